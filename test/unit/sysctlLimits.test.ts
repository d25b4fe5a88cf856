import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { MAX_COMPLETION_ITEMS, MAX_FILE_INTERFACES, sysctlCompletions } from '../../server/src/core/features/completion';
import { boundedEditDistance, isFullyCatalogued, keyStatus, REFERENCE_KEYS, suggestKeys, templateKey } from '../../server/src/core/knowledge/sysctlKeys';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { MAX_FINDINGS_PER_RULE } from '../../server/src/core/rules/cappedFindings';
import { diagnose, settingsWith } from './support/service';

/** A file of `count` lines made by `line`, behind a comment so it does not read as `sysctl -a` output. */
function generated(count: number, line: (index: number) => string): string {
  const lines = ['# generated'];
  for (let index = 0; index < count; index++) {
    lines.push(line(index));
  }
  return lines.join('\n');
}

function codeCounts(diagnostics: readonly Diagnostic[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const diagnostic of diagnostics) {
    counts.set(String(diagnostic.code), (counts.get(String(diagnostic.code)) ?? 0) + 1);
  }
  return [...counts];
}

describe('sysctl diagnostics on hostile files', function () {
  // Big inputs: the limits are structural (counts), the timeout only turns a regression into a failure.
  this.timeout(60000);

  it('reports 100 bad values of a 200,000-line file one by one and the other 199,900 in one summary, in both languages', () => {
    const text = generated(200000, () => 'net.ipv4.tcp_fin_timeout = abc');
    strictEqual(MAX_FINDINGS_PER_RULE, 100);
    const english = diagnose('sysctl', text);
    deepStrictEqual(codeCounts(english), [['sysctl.invalid-value', 101]]);
    deepStrictEqual(english.slice(0, 100).map((diagnostic) => diagnostic.range.start.line), Array.from({ length: 100 }, (_, index) => index + 1));
    const summary = english[100];
    deepStrictEqual(summary.range, { start: { line: 101, character: 27 }, end: { line: 101, character: 30 } });
    strictEqual(summary.severity, 1);
    ok(summary.message.startsWith('199900 more values from here on'), summary.message);
    strictEqual(summary.data, undefined, 'the summary has no quick fix');

    const chinese = diagnose('sysctl', text, settingsWith({ language: 'zh-cn' }));
    strictEqual(chinese.length, 101);
    ok(chinese[100].message.startsWith('从这里开始还有 199900 个取值'), chinese[100].message);
  });

  it('caps unknown, removed and overridden keys the same way, each with its own count', () => {
    const unknown = diagnose('sysctl', generated(250, (index) => `net.ipv4.made_up_${index} = 1`));
    deepStrictEqual(codeCounts(unknown), [['sysctl.unknown-key', 101]]);
    ok(unknown[100].message.startsWith('150 more keys from here on are unknown'), unknown[100].message);
    strictEqual(unknown[100].range.start.line, 101);

    const removed = diagnose('sysctl', generated(300, () => 'net.ipv4.tcp_tw_recycle = 0'));
    // The other rules see one key (its last line), so they say at most one thing.
    deepStrictEqual(codeCounts(removed).filter(([code]) => code === 'sysctl.removed-key'), [['sysctl.removed-key', 101]]);
    ok(removed.find((diagnostic) => diagnostic.code === 'sysctl.removed-key' && diagnostic.message.startsWith('200 more keys')));

    const duplicates = diagnose('sysctl', generated(1000, (index) => `net.core.somaxconn = ${5000 + index}`));
    deepStrictEqual(codeCounts(duplicates), [['sysctl.duplicate-key', 101]]);
    // 999 lines are overridden by the last one: 100 reported, 899 summed up from line 101 on.
    ok(duplicates[100].message.startsWith('899 more lines from here on are overridden'), duplicates[100].message);
    strictEqual(duplicates[100].range.start.line, 101);
    strictEqual(duplicates[99].relatedInformation?.[0].location.range.start.line, 1000);
  });

  it('bounds "did you mean" work on a 440 KB file of distinct unknown keys: only the 100 keys reported are looked up', () => {
    // 14,000 distinct keys: every 100th a misspelt tcp_fin_timeout (fully catalogued), the rest keys of
    // a build-dependent tree that no catalog knows and that look like no known key.
    const text = generated(14000, (index) =>
      index % 100 === 0 ? `net.ipv4.tcp_fin_timeout${index.toString(36)} = 30` : `kernel.vendor_knob_${index.toString(36)}_tuning = 1`,
    );
    ok(text.length > 440 * 1024, `${text.length} characters`);
    const diagnostics = diagnose('sysctl', text);
    deepStrictEqual(codeCounts(diagnostics), [['sysctl.unknown-key', 101]]);
    // Every unknown key is reported: lines 1–100 one by one, the other 13,900 in the summary on line 101.
    deepStrictEqual(diagnostics.slice(0, 100).map((diagnostic) => diagnostic.range.start.line), Array.from({ length: 100 }, (_, index) => 1 + index));
    ok(diagnostics[100].message.startsWith('13900 more keys'), diagnostics[100].message);
    strictEqual(diagnostics[100].range.start.line, 101);
    // The typo is a warning with its suggestion; the vendor knobs are information only, without a fix.
    deepStrictEqual([diagnostics[0].severity, diagnostics[0].message.includes('Did you mean net.ipv4.tcp_fin_timeout?')], [2, true]);
    deepStrictEqual([...new Set(diagnostics.slice(1, 100).map((diagnostic) => diagnostic.severity))], [3]);
    strictEqual(diagnostics[5].data, undefined, 'no suggestion, so no quick fix');
  });

  it('counts a typo past the cap without looking it up, and suggests for every key within it', () => {
    const unknown = Array.from({ length: MAX_FINDINGS_PER_RULE }, (_, index) => `vm.vendor_knob_${index} = 1`);
    const text = ['# cap', ...unknown, 'net.ipv4.tcp_fin_timeot = 30'].join('\n');
    const diagnostics = diagnose('sysctl', text);
    deepStrictEqual(codeCounts(diagnostics), [['sysctl.unknown-key', 101]]);
    deepStrictEqual([diagnostics[100].range.start.line, diagnostics[100].message.startsWith('1 more keys')], [101, true]);
    const small = diagnose('sysctl', '# ok\nnet.ipv4.tcp_fin_timeot = 30\nkernel.pid_mx = 10');
    deepStrictEqual(
      small.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity, diagnostic.message.includes('Did you mean')]),
      [
        [1, 2, true],
        [2, 2, true],
      ],
    );
  });

  it('suggests exactly as before: the closest known keys, at most three, ties in alphabetical order', () => {
    deepStrictEqual(suggestKeys('net.ipv4.conf.<iface>.rp_filtr'), ['net.ipv4.conf.<iface>.rp_filter']);
    deepStrictEqual(suggestKeys('net.ipv4.tcp_fin_tiemout'), ['net.ipv4.tcp_fin_timeout']);
    deepStrictEqual(suggestKeys('net.core.rmem_mx'), ['net.core.rmem_max']);
    deepStrictEqual(suggestKeys('net.core.xmem_max'), ['net.core.rmem_max', 'net.core.wmem_max']);
    deepStrictEqual(suggestKeys('net.core.somaxconn'), [], 'a known key is no typo of another');
    deepStrictEqual(suggestKeys('x'.repeat(5000)), []);
    // Asked twice (the second answer comes from the cache), the answer is the same and not shared.
    const first = suggestKeys('net.ipv4.tcp_syncookie');
    first.push('mutated');
    deepStrictEqual(suggestKeys('net.ipv4.tcp_syncookie'), ['net.ipv4.tcp_syncookies']);
  });

  it('computes the bounded edit distance exactly, counting a swap once and giving up past the limit', () => {
    const cases: [string, string, number, number][] = [
      ['rp_filter', 'rp_filter', 2, 0],
      ['rp_filter', 'rp_filtr', 2, 1],
      ['tcp_fin_timeout', 'tcp_fin_tiemout', 2, 1],
      ['abcdef', 'badcfe', 3, 3],
      ['abcdef', 'badcfe', 2, 3],
      ['kitten', 'sitting', 3, 3],
      ['kitten', 'sitting', 1, 2],
      ['short', 'a much longer string', 3, 4],
      ['', 'ab', 2, 2],
      ['ab', '', 1, 2],
    ];
    deepStrictEqual(
      cases.map(([a, b, limit]) => boundedEditDistance(a, b, limit)),
      cases.map(([, , , expected]) => expected),
    );
  });

  it('keeps a segment holding a dot apart from the per-interface directories', () => {
    strictEqual(templateKey(['net', 'ipv4', 'conf', 'eth0.100', 'rp_filter']), 'net.ipv4.conf.<iface>.rp_filter');
    strictEqual(templateKey(['net', 'ipv4.conf', 'eth0', 'x', 'rp_filter']), 'net.ipv4/conf.eth0.x.rp_filter');
    ok(isFullyCatalogued('net.ipv4.tcp_fin_timeout'));
    strictEqual(keyStatus('net.ipv4.conf.<iface>.rp_filter').kind, 'documented');
  });
});

describe('sysctl completion on hostile files', function () {
  this.timeout(60000);

  /** 1 MB of per-interface keys, each for another interface. */
  const text = generated(36000, (index) => `net.ipv4.conf.eth${index}.rp_filter = 1`);
  const file = parseSysctlFile(text);

  it('lists the file\'s interfaces once, at most MAX_FILE_INTERFACES of them, and says the list is incomplete', () => {
    ok(text.length > 1_000_000, `${text.length} characters`);
    const list = sysctlCompletions('net.ipv4.conf.', 0, 14, file, 'en');
    strictEqual(list.isIncomplete, true);
    strictEqual(MAX_FILE_INTERFACES, 500);
    strictEqual(list.items.length, 3 + 500);
    deepStrictEqual(list.items.slice(0, 5).map((item) => item.label), ['all', 'default', 'lo', 'eth0', 'eth1']);
    strictEqual(list.items[502].label, 'eth499');
    strictEqual(new Set(list.items.map((item) => item.label)).size, list.items.length, 'no name twice');
  });

  it('collects the names starting with what is typed first, so asking again narrows the list', () => {
    const list = sysctlCompletions('net.ipv6.conf.eth3456', 0, 21, file, 'en');
    strictEqual(list.isIncomplete, true);
    deepStrictEqual(list.items.slice(0, 4).map((item) => item.label), ['all', 'default', 'lo', 'eth3456']);
    // eth3456 and eth34560–eth34569, then the file's other names in order of use.
    deepStrictEqual(list.items.slice(4, 14).map((item) => item.label), Array.from({ length: 10 }, (_, index) => `eth3456${index}`));
    strictEqual(list.items[14].label, 'eth0');
    strictEqual(list.items.length, 503);
    const complete = sysctlCompletions('net.ipv4.conf.eth12345', 0, 22, file, 'en');
    strictEqual(complete.isIncomplete, true, 'the rest of the names still exceed the cap');
  });

  it('is complete on an ordinary file, and caps a directory with more keys than MAX_COMPLETION_ITEMS', () => {
    const small = parseSysctlFile('net.ipv4.conf.eth1.rp_filter = 1\nnet.ipv4.conf.eth1.forwarding = 0\n');
    const list = sysctlCompletions('net.ipv4.conf.', 0, 14, small, 'en');
    deepStrictEqual([list.isIncomplete, list.items.map((item) => item.label)], [false, ['all', 'default', 'lo', 'eth1']]);

    const crowded = new Set<string>([...REFERENCE_KEYS, ...Array.from({ length: 1500 }, (_, index) => `vendor.knob_${index}`)]);
    const capped = sysctlCompletions('vendor.', 0, 7, small, 'en', crowded);
    deepStrictEqual([capped.isIncomplete, capped.items.length], [true, MAX_COMPLETION_ITEMS]);
    const notCapped = sysctlCompletions('net.core.', 0, 9, small, 'en', crowded);
    strictEqual(notCapped.isIncomplete, false);
  });
});
