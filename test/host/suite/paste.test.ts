import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, fixture, pasteIntoNewUntitled, readText, setDocsLanguage, waitFor } from './helpers';

describe('paste detection', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await setDocsLanguage(undefined);
    await closeAllEditors();
  });

  /** Pastes `text` into a new untitled plaintext editor and waits for the extension to switch it to netstat. */
  async function pasteIntoUntitled(text: string): Promise<vscode.TextDocument> {
    const { uri, current } = await pasteIntoNewUntitled(text);
    await waitFor('the text to arrive in the untitled document', () => (current()?.getText().length ?? 0) > 0, {
      events: [vscode.workspace.onDidChangeTextDocument as vscode.Event<unknown>],
    });
    return waitFor(`the pasted document ${uri} to switch to the netstat language`, () => current()?.languageId === 'netstat' && current(), {
      timeoutMs: 60_000,
      events: [vscode.workspace.onDidOpenTextDocument as vscode.Event<unknown>],
    });
  }

  it('switches an untitled plaintext document to netstat when ss output is pasted', async () => {
    assert.notStrictEqual(vscode.workspace.getConfiguration('netstatInsight').get('detectPastedContent'), false,
      'netstatInsight.detectPastedContent is on by default');
    const switched = await pasteIntoUntitled(await readText(fixture('mixed.ss')));
    assert.strictEqual(switched.languageId, 'netstat');
  });

  // What the outline says of each paste: the core's count of the same sample.
  const PASTES: [string, string[]][] = [
    ['windows-netstat-anob-zh.txt', ['netstat (Windows): 8 TCP sockets']],
    ['macos-netstat-an.txt', ['netstat (macOS / BSD): 8 TCP sockets']],
    ['proc-net-tcp6.txt', ['/proc/net/tcp table: 4 TCP sockets']],
    ['netstat-a-resolved.txt', ['netstat (Linux net-tools): 12 TCP sockets']],
    ['pasted-session.txt', ['unrecognised output: no TCP sockets', 'ss -tan | head -4: ss socket table · 3 TCP sockets',
      'netstat -s | grep -i listen: netstat -s protocol statistics · 2 counters', 'cat /proc/net/tcp | head -3: /proc/net/tcp table · 2 TCP sockets',
      'netstat -ano | findstr 3306: netstat (Windows) · 1 TCP socket', 'netstat -rn: routing table · no TCP sockets']],
    ['lsof-capture', ['lsof network files: 38 TCP sockets']],
  ];
  for (const [name, expected] of PASTES) {
    it(`detects and counts ${name} pasted into an untitled editor`, async () => {
      await setDocsLanguage('en');
      const document = await pasteIntoUntitled(await readText(name === 'lsof-capture' ? fixture(name) : fixture(`pastes/${name}`)));
      const outline = await waitFor(`the outline of the pasted ${name}`, async () => {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        return symbols && symbols.length === expected.length ? symbols : undefined;
      });
      assert.deepStrictEqual(
        outline.map((symbol, index) => `${symbol.name}: ${symbol.detail}`.slice(0, expected[index].length)),
        expected,
      );
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }
});
