import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors, DIAGNOSTIC_SOURCE, diagnosticCode, fixture, openAndShow, readText, waitForDiagnostics, writeWorkspaceFile,
} from './helpers';

const hasCode = (code: string) => (d: vscode.Diagnostic) => d.source === DIAGNOSTIC_SOURCE && diagnosticCode(d) === code;

describe('diagnostics', () => {
  after(closeAllEditors);

  for (const file of ['close-wait-leak.ss', 'close-wait-leak.netstat', 'lsof-capture']) {
    it(`reports a CLOSE_WAIT build-up in the real ${file} capture`, async () => {
      const editor = await openAndShow(fixture(file));
      const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) => ds.some(hasCode('state.close-wait-buildup')),
        `a state.close-wait-buildup diagnostic on ${file}`);
      const d = diagnostics.find(hasCode('state.close-wait-buildup'))!;
      assert.ok(d.message.length > 0);
    });
  }

  it('reports a line that is not socket output in a real ss dump', async () => {
    const lines = (await readText(fixture('mixed.ss'))).split('\n');
    lines.splice(3, 0, 'this line is not part of any ss output');
    const uri = await writeWorkspaceFile('garbled.ss', lines.join('\n'));
    await openAndShow(uri);
    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some(hasCode('parse.unrecognized-line')),
      'a parse.unrecognized-line diagnostic on garbled.ss');
    assert.deepStrictEqual(diagnostics.filter(hasCode('parse.unrecognized-line')).map((d) => d.range.start.line), [3],
      'only the inserted line (line 4) is unrecognized');
  });

  it('reports a misspelt key and a bad value in sysctl.conf', async () => {
    const uri = await writeWorkspaceFile('sysctl.conf', [
      '# net.ipv4.tcp_fin_timeout misspelt, then given a non-numeric value',
      'net.ipv4.tcp_fin_timout = 30',
      'net.ipv4.tcp_fin_timeout = thirty',
      'net.ipv4.tcp_tw_reuse = 1',
      '',
    ].join('\n'));
    const editor = await openAndShow(uri);
    assert.strictEqual(editor.document.languageId, 'sysctl', 'a file named sysctl.conf must get the sysctl language');
    const diagnostics = await waitForDiagnostics(uri,
      (ds) => ds.some(hasCode('sysctl.unknown-key')) && ds.some(hasCode('sysctl.invalid-value')),
      'sysctl.unknown-key and sysctl.invalid-value on sysctl.conf');
    assert.deepStrictEqual(diagnostics.filter(hasCode('sysctl.unknown-key')).map((d) => d.range.start.line), [1],
      'only the misspelt key (line 2) is unknown');
    assert.deepStrictEqual(diagnostics.filter(hasCode('sysctl.invalid-value')).map((d) => d.range.start.line), [2],
      'only "thirty" (line 3) is an invalid value');
  });
});
