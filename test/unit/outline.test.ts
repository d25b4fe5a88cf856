import { deepStrictEqual, strictEqual } from 'node:assert';
import { FoldingRangeKind, SymbolKind } from 'vscode-languageserver-types';
import { readFixture } from './support/fixtures';
import { documentOf, service, settingsWith } from './support/service';

/** A support ticket: three outputs with the prompts that printed them. */
const SESSION = [
  '[root@web1 ~]# ss -tan',
  'State      Recv-Q Send-Q Local Address:Port   Peer Address:Port',
  'LISTEN     0      128          0.0.0.0:22          0.0.0.0:*',
  'ESTAB      0      0           10.0.0.5:22       10.0.0.9:51000',
  'ESTAB      0      0           10.0.0.5:22       10.0.0.9:51001',
  '',
  '[root@web1 ~]# netstat -ant',
  'Active Internet connections (servers and established)',
  'Proto Recv-Q Send-Q Local Address           Foreign Address         State',
  'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN',
  'tcp        0      0 10.0.0.5:22             10.0.0.9:51002          TIME_WAIT',
  '',
  '[root@web1 ~]# cat /proc/net/tcp',
  '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
  '   0: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 20353 1 0000000000000000 100 0 0 10 0',
  '   1: 0500000A:0016 0900000A:C738 01 00000000:00000000 02:000AF9A8 00000000     0        0 21770 4 0000000000000000 20 4 29 10 -1',
].join('\n');

describe('outline, folding and sections of a pasted session', () => {
  const document = documentOf('netstat', SESSION);
  const parsed = service.parse(document);

  it('splits the session at each prompt and counts each output on its own', () => {
    const summary = service.getSummary(document, parsed, settingsWith());
    deepStrictEqual(
      summary?.sections.map(({ format, startLine, endLine, command, total, states }) => ({ format, startLine, endLine, command, total, states })),
      [
        { format: 'ss', startLine: 0, endLine: 4, command: 'ss -tan', total: 3, states: { LISTEN: 1, ESTABLISHED: 2 } },
        { format: 'netstat-linux', startLine: 6, endLine: 10, command: 'netstat -ant', total: 2, states: { LISTEN: 1, TIME_WAIT: 1 } },
        { format: 'proc-net', startLine: 12, endLine: 15, command: 'cat /proc/net/tcp', total: 2, states: { LISTEN: 1, ESTABLISHED: 1 } },
      ],
    );
    strictEqual(summary?.total, 7);
  });

  it('shows one outline entry per output, named by its command, in English and Chinese', () => {
    const english = service.findDocumentSymbols(parsed, settingsWith({ language: 'en' }));
    deepStrictEqual(
      english.map((symbol) => [symbol.name, symbol.detail, symbol.kind, symbol.range.start.line, symbol.range.end.line]),
      [
        ['ss -tan', 'ss socket table · 3 TCP sockets: ESTABLISHED 2, LISTEN 1', SymbolKind.Module, 0, 4],
        ['netstat -ant', 'netstat (Linux net-tools) · 2 TCP sockets: LISTEN 1, TIME_WAIT 1', SymbolKind.Module, 6, 10],
        ['cat /proc/net/tcp', '/proc/net/tcp table · 2 TCP sockets: LISTEN 1, ESTABLISHED 1', SymbolKind.Module, 12, 15],
      ],
    );
    const chinese = service.findDocumentSymbols(parsed, settingsWith({ language: 'zh-cn' }));
    strictEqual(chinese[0].detail, 'ss 连接列表 · 3 个 TCP 连接：ESTABLISHED 2, LISTEN 1');
  });

  it('folds each output', () => {
    deepStrictEqual(
      service.getFoldingRanges(document, parsed),
      [
        { startLine: 0, endLine: 4, kind: FoldingRangeKind.Region },
        { startLine: 6, endLine: 10, kind: FoldingRangeKind.Region },
        { startLine: 12, endLine: 15, kind: FoldingRangeKind.Region },
      ],
    );
  });

  it('names a section by its format when no prompt was pasted', () => {
    const single = documentOf('netstat', SESSION.split('\n').slice(1, 5).join('\n'));
    const symbols = service.findDocumentSymbols(service.parse(single), settingsWith({ language: 'en' }));
    deepStrictEqual(
      symbols.map((symbol) => [symbol.name, symbol.detail]),
      [['ss socket table', '3 TCP sockets: ESTABLISHED 2, LISTEN 1']],
    );
  });

  it('counts TCP sockets printed without a state, as BSD netstat -T does, instead of saying there are none', () => {
    const text = readFixture('samples', 'freebsd-netstat-AaT.txt');
    const parsed = service.parse(documentOf('netstat', text));
    deepStrictEqual(
      service.findDocumentSymbols(parsed, settingsWith({ language: 'en' })).map((symbol) => symbol.detail),
      ['2 TCP sockets, no state printed'],
    );
    deepStrictEqual(
      service.findDocumentSymbols(parsed, settingsWith({ language: 'zh-cn' })).map((symbol) => symbol.detail),
      ['2 个 TCP 连接，未显示状态'],
    );
  });

  it('outlines a sysctl file by key and folds its comment blocks', () => {
    const file = documentOf('sysctl', ['# Tuning for the web tier', '# owner: sre', 'net.core.somaxconn = 4096', '', 'net.ipv4.tcp_fin_timeout=30'].join('\n'));
    const sysctl = service.parse(file);
    deepStrictEqual(
      service.findDocumentSymbols(sysctl, settingsWith()).map((symbol) => [symbol.name, symbol.detail, symbol.kind, symbol.range.start.line]),
      [
        ['net.core.somaxconn', '4096', SymbolKind.Property, 2],
        ['net.ipv4.tcp_fin_timeout', '30', SymbolKind.Property, 4],
      ],
    );
    deepStrictEqual(service.getFoldingRanges(file, sysctl), [{ startLine: 0, endLine: 1, kind: FoldingRangeKind.Comment }]);
  });
});

describe('outline of statistics and summaries', () => {
  it('says what a netstat -s or ss -s section holds instead of "no TCP sockets"', () => {
    const statistics = documentOf('netstat', ['$ netstat -s | grep -i listen', '    1520 times the listen queue of a socket overflowed', '    1533 SYNs to LISTEN sockets dropped'].join('\n'));
    deepStrictEqual(
      service.findDocumentSymbols(service.parse(statistics), settingsWith({ language: 'en' })).map((symbol) => symbol.detail),
      ['netstat -s protocol statistics · 2 counters'],
    );
    const summary = documentOf('netstat', ['Total: 190', 'TCP:   13 (estab 9, closed 3, orphaned 0, timewait 1)'].join('\n'));
    deepStrictEqual(
      service.findDocumentSymbols(service.parse(summary), settingsWith({ language: 'zh-cn' })).map((symbol) => symbol.detail),
      ['TCP：estab 9, closed 3, orphaned 0, timewait 1'],
    );
  });
});
