import { deepStrictEqual, strictEqual } from 'node:assert';
import type { CompletionItem, CompletionList, Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { ServerConnection } from './support/serverConnection';

function lines(diagnostics: Diagnostic[]): [string, number][] {
  return diagnostics.map((diagnostic) => [String(diagnostic.code), diagnostic.range.start.line]);
}

describe('language server over stdio: requests and notifications it must not trust', function () {
  this.timeout(60000);
  let server: ServerConnection;

  before(async () => {
    server = new ServerConnection();
    await server.initialize('en');
  });

  after(async () => {
    strictEqual(await server.shutdown(), 0);
  });

  it('answers textDocument/codeAction with a null, missing or malformed context with no actions, not an error', async () => {
    const uri = 'file:///tmp/trust-actions.conf';
    const published = await server.open(uri, 'sysctl', '# tuning\nnet.ipv4.tcp_fin_timeout = abc\n');
    deepStrictEqual(lines(published.diagnostics), [['sysctl.invalid-value', 1]]);
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } };
    const ask = (context: unknown) => server.connection.sendRequest<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range, context });
    deepStrictEqual(await ask(null), []);
    deepStrictEqual(await ask(undefined), []);
    deepStrictEqual(await ask({ diagnostics: null }), []);
    deepStrictEqual(await ask({ diagnostics: 'none' }), []);
    const junk = [null, 5, { source: 'netstat-insight', data: { fixes: [null, { title: 1 }] } }, { source: 'netstat-insight', data: { rows: null } }];
    deepStrictEqual(await ask({ diagnostics: junk }), []);
    // The real diagnostic, next to the junk, still gets its fix.
    const actions = await ask({ diagnostics: [...junk, published.diagnostics[0]] });
    deepStrictEqual(actions.map((action) => (action as { title: string }).title), ['Set to the default (60)']);
  });

  it('ignores a didChange whose version is older than the document\'s: its text, parse and diagnostics stay', async () => {
    const uri = 'file:///tmp/trust-versions.conf';
    await server.open(uri, 'sysctl', '# a\nnet.ipv4.tcp_fin_timeout = abc\n');
    const newer = await server.change(uri, 3, '# b\nnet.core.somaxconn = 8192\nnet.core.somaxconn = 16384\n');
    deepStrictEqual([newer.version, lines(newer.diagnostics)], [3, [['sysctl.duplicate-key', 1]]]);

    // Version 2 arrives late, after version 3.
    void server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'net.ipv4.tcp_tw_recycle = 1\n' }],
    });
    const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    deepStrictEqual(symbols.map((symbol) => [symbol.name, symbol.range.start.line]), [['net.core.somaxconn', 1], ['net.core.somaxconn', 2]]);

    // A settings change re-validates every document at once: what is published is still version 3's.
    const republished = server.nextDiagnostics(uri, 0);
    await server.changeSettings({});
    const again = await republished;
    deepStrictEqual([again.version, lines(again.diagnostics)], [3, [['sysctl.duplicate-key', 1]]]);

    // An incremental edit of version 4 applies to version 3's text, not to the stale one.
    const next = server.nextDiagnostics(uri, 4);
    void server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 4 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# c\n' }],
    });
    const edited = await next;
    deepStrictEqual([edited.version, lines(edited.diagnostics)], [4, [['sysctl.duplicate-key', 2]]]);
  });

  it('answers completion on 1 MB of per-interface keys with a capped list marked incomplete', async () => {
    const uri = 'file:///tmp/trust-interfaces.conf';
    const text = ['# many interfaces', ...Array.from({ length: 36000 }, (_, index) => `net.ipv4.conf.eth${index}.rp_filter = 1`), 'net.ipv4.conf.'].join('\n');
    await server.open(uri, 'sysctl', text);
    const list = await server.connection.sendRequest<CompletionList | CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 36001, character: 14 },
    });
    strictEqual(Array.isArray(list), false);
    const { isIncomplete, items } = list as CompletionList;
    deepStrictEqual([isIncomplete, items.length, items.slice(0, 4).map((item) => item.label)], [true, 503, ['all', 'default', 'lo', 'eth0']]);
  });
});
