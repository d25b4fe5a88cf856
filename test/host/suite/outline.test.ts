import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, openAndShow, setDocsLanguage, waitFor, writeWorkspaceFile } from './helpers';

/** A support ticket holding three outputs and the prompts between them. */
const SESSION = [
  '[root@web1 ~]# ss -tan',
  'State      Recv-Q Send-Q Local Address:Port   Peer Address:Port',
  'LISTEN     0      128          0.0.0.0:22          0.0.0.0:*',
  'ESTAB      0      0           10.0.0.5:22       10.0.0.9:51000',
  '',
  'PS C:\\> netstat -ano',
  '',
  'Active Connections',
  '',
  '  Proto  Local Address          Foreign Address        State           PID',
  '  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1016',
  '  TCP    10.0.0.7:49711         52.1.2.3:443           ESTABLISHED     4420',
  '',
  '$ cat /proc/net/tcp',
  '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
  '   0: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 20353 1 0000000000000000 100 0 0 10 0',
].join('\n');

describe('outline, folding and completion', () => {
  after(async () => {
    await setDocsLanguage(undefined);
    await closeAllEditors();
  });

  it('shows each output of a pasted session in the outline, and folds it', async () => {
    await setDocsLanguage('en');
    const document = await vscode.workspace.openTextDocument({ language: 'netstat', content: SESSION });
    await vscode.window.showTextDocument(document);
    const symbols = await waitFor(
      'three sections in the outline',
      async () => {
        const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        return found && found.length === 3 ? found : undefined;
      },
    );
    assert.deepStrictEqual(
      symbols.map((symbol) => [symbol.name, symbol.range.start.line]),
      [
        ['ss -tan', 0],
        ['netstat -ano', 5],
        ['cat /proc/net/tcp', 13],
      ],
    );
    assert.ok(symbols[1].detail.includes('2 TCP sockets'), symbols[1].detail);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    assert.deepStrictEqual(
      folds.map((fold) => [fold.start, fold.end]),
      [
        [0, 3],
        [5, 11],
        [13, 15],
      ],
    );
  });

  it('completes sysctl keys with their documentation, then their values', async () => {
    const uri = await writeWorkspaceFile('sysctl.d/70-complete.conf', 'net.ipv4.tcp_fin\nnet.ipv4.tcp_syncookies = \n');
    const editor = await openAndShow(uri);
    const keys = await waitFor('key completions', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(0, 16));
      return list.items.some((item) => labelOf(item) === 'tcp_fin_timeout') ? list : undefined;
    });
    // Keys complete one segment at a time, like paths.
    const finTimeout = keys.items.find((item) => labelOf(item) === 'tcp_fin_timeout');
    assert.ok(finTimeout?.documentation, 'the key comes with its documentation');
    const values = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      new vscode.Position(1, editor.document.lineAt(1).text.length),
    );
    const offered = values.items.map(labelOf);
    assert.ok(offered.includes('0') && offered.includes('1'), `syncookies values: ${offered.join(', ')}`);
  });
});

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
