import { deepStrictEqual, strictEqual } from 'node:assert';
import type { Hover } from 'vscode-languageserver-types';
import { collectSysctlValues } from '../../server/src/core/analysis/sysctlContext';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { readFixture } from './support/fixtures';
import { documentOf, service, settingsWith } from './support/service';

/** Bugs found in the review of the features and analysis modules, one test each. */

function hoverAt(languageId: 'netstat' | 'sysctl', text: string, line: number, character: number): Hover | undefined {
  const document = documentOf(languageId, text);
  return service.doHover(document, { line, character }, service.parse(document), settingsWith({ hoverDetail: 'full' }));
}

function hoverText(hover: Hover | undefined): string {
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('review regressions: features and analysis', () => {
  it('the TCP total of ss -s is highlighted without the blank before the parenthesis', () => {
    const text = ['$ ss -s', 'Total: 190', 'TCP:   21 (estab 3, closed 17, orphaned 0, timewait 0)'].join('\n');
    const hover = hoverAt('netstat', text, 2, 8);
    strictEqual(hoverText(hover).split(' — ')[0], '**`TCP:   21`** (`ss -s`)');
    deepStrictEqual(hover?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } });
    strictEqual(hoverAt('netstat', text, 2, 10), undefined);
  });

  it('sysctl.d files apply in strcmp order of their names, as systemd-sysctl sorts them', () => {
    const values = collectSysctlValues([
      { uri: 'file:///etc/sysctl.d/99_tuning.conf', file: parseSysctlFile('net.ipv4.tcp_fin_timeout = 15\n') },
      { uri: 'file:///etc/sysctl.d/99-defaults.conf', file: parseSysctlFile('net.ipv4.tcp_fin_timeout = 60\n') },
      { uri: 'file:///etc/sysctl.d/a-local.conf', file: parseSysctlFile('net.core.somaxconn = 8192\n') },
      { uri: 'file:///etc/sysctl.d/B-vendor.conf', file: parseSysctlFile('net.core.somaxconn = 1024\n') },
    ]);
    // `-` (0x2D) sorts before `_` (0x5F), and `B` (0x42) before `a` (0x61): the later file wins.
    deepStrictEqual(values.get('net.ipv4.tcp_fin_timeout'), { value: '15', uri: 'file:///etc/sysctl.d/99_tuning.conf', line: 0 });
    deepStrictEqual(values.get('net.core.somaxconn'), { value: '8192', uri: 'file:///etc/sysctl.d/a-local.conf', line: 0 });
  });

  it('completes a key written after `-` and a blank, which the parser accepts', () => {
    const text = '- net.ipv4.tcp_sync';
    const document = documentOf('sysctl', text);
    const items = service.doComplete(document, { line: 0, character: text.length }, service.parse(document), settingsWith());
    const item = items.find((candidate) => candidate.label === 'tcp_syncookies');
    deepStrictEqual(item?.textEdit, { range: { start: { line: 0, character: 11 }, end: { line: 0, character: 19 } }, newText: 'tcp_syncookies' });
    strictEqual(item?.detail?.startsWith('net.ipv4.tcp_syncookies — '), true);
  });

  it('a /proc/net address answers with the cursor right after it, as every other hover does', () => {
    const text = readFixture('samples', 'proc-net-tcp.txt');
    const hover = hoverAt('netstat', text, 1, 19);
    deepStrictEqual(hover?.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 19 } });
    strictEqual(hoverText(hover).startsWith('`0100007F:1F90` is the local address **127\\.0\\.0\\.1:8080**.'), true);
  });

  it('a hover over a huge pasted value quotes only its start', () => {
    const text = `net.ipv4.tcp_rmem = 4096 ${'1 '.repeat(100_000)}`;
    const hover = hoverAt('sysctl', text, 0, 30);
    strictEqual(hoverText(hover).split('\n')[0], `**net\\.ipv4\\.tcp\\_rmem = 4096 ${'1 '.repeat(125)}1…**`);
    deepStrictEqual(hover?.range, { start: { line: 0, character: 20 }, end: { line: 0, character: 200_024 } });
  });

  it('the outline of a sysctl file quotes only the start of a huge value', () => {
    const text = `kernel.core_pattern = ${'x'.repeat(1_000_000)}\nnet.core.netdev_rss_key = ${'ab:'.repeat(51)}cd`;
    const document = documentOf('sysctl', text);
    const details = service.findDocumentSymbols(service.parse(document), settingsWith()).map((symbol) => symbol.detail);
    deepStrictEqual(details, [`${'x'.repeat(256)}…`, `${'ab:'.repeat(51)}cd`]);
  });
});
