import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DumpComparison } from '../../server/src/core/analysis/compareDumps';
import type { SysctlComparison } from '../../server/src/core/analysis/compareSysctl';
import type { ComparedDocument } from '../../server/src/core/features/compare';
import { createLanguageService } from '../../server/src/core/languageService';
import { CANONICAL_STATES } from '../../server/src/core/model/tcpState';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { HISTOGRAM_PIPELINES, pasteOf, runPipeline } from '../support/histogramPipelines';

const REAL = join(__dirname, '..', 'fixtures', 'real');
const SESSION = join(__dirname, '..', 'fixtures', 'real-sessions', 'two-snapshots');
const service = createLanguageService();

interface Truth {
  readonly tcp: Record<string, number>;
  readonly tcpTotal: number;
}

function side(text: string, languageId = 'netstat', startLine?: number): ComparedDocument {
  const document = { uri: 'test://compare', version: 1, languageId, getText: () => text };
  return { parsed: service.parse(document), startLine };
}

function dumpComparison(base: ComparedDocument, other: ComparedDocument): DumpComparison {
  const result = service.compare(base, other, DEFAULT_SETTINGS);
  strictEqual(result.kind, 'socket-dump', JSON.stringify(result));
  return result as DumpComparison;
}

function sysctlComparison(base: string, other: string): SysctlComparison {
  const result = service.compare(side(base, 'sysctl'), side(other, 'sysctl'), DEFAULT_SETTINGS);
  strictEqual(result.kind, 'sysctl', JSON.stringify(result));
  return result as SysctlComparison;
}

const truthOf = (scenario: string) => JSON.parse(readFileSync(join(REAL, scenario, 'truth.json'), 'utf8')) as Truth;
const capture = (scenario: string, file: string) => readFileSync(join(REAL, scenario, file), 'utf8');

/** The comparison's states must be the differences of the two captures' /proc counts, times `scale`. */
function assertStatesFollowTruth(result: DumpComparison, base: Truth, other: Truth, scale: number, label: string): void {
  for (const state of CANONICAL_STATES) {
    const expected = { base: base.tcp[state] * scale, other: other.tcp[state] * scale, delta: (other.tcp[state] - base.tcp[state]) * scale };
    deepStrictEqual(result.states[state], expected, `${label}: ${state}`);
  }
  deepStrictEqual(result.total, { base: base.tcpTotal * scale, other: other.tcpTotal * scale, delta: (other.tcpTotal - base.tcpTotal) * scale }, label);
}

const SCENARIOS = readdirSync(REAL, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(join(REAL, entry.name)).includes('truth.json'))
  .map((entry) => entry.name)
  .sort();

describe('compare: socket dumps', () => {
  it('gives, for every pair of real scenarios in ss and netstat form, the differences of their /proc counts', () => {
    ok(SCENARIOS.length >= 10, SCENARIOS.join());
    for (const [index, scenario] of SCENARIOS.entries()) {
      const next = SCENARIOS[(index + 1) % SCENARIOS.length];
      for (const [baseFile, otherFile] of [['ss-tanp.txt', 'netstat-antp.txt'], ['netstat-ant.txt', 'ss-tan.txt']]) {
        const result = dumpComparison(side(capture(scenario, baseFile)), side(capture(next, otherFile)));
        assertStatesFollowTruth(result, truthOf(scenario), truthOf(next), 1, `${scenario}/${baseFile} → ${next}/${otherFile}`);
      }
    }
  });

  it('gives the same differences at ten times the size (each capture repeated on other ports)', async () => {
    // The bench's and the UI test's own scaling, an .mjs module without types.
    const benchDumps = pathToFileURL(join(__dirname, '..', '..', 'scripts', 'lib', 'benchDumps.mjs')).href;
    const { scaledDump } = (await import(benchDumps)) as {
      scaledDump: (dump: { name: string; text: string; headerLines: number; sockets: number }, times: number) => { text: string };
    };
    const scaled = (scenario: string) => scaledDump({ name: scenario, text: capture(scenario, 'ss-tan.txt'), headerLines: 1, sockets: truthOf(scenario).tcpTotal }, 10).text;
    for (const [base, other] of [['healthy', 'close-wait-leak'], ['syn-flood', 'time-wait-storm'], ['fin-wait2', 'teardown-states']]) {
      const result = dumpComparison(side(scaled(base)), side(scaled(other)));
      assertStatesFollowTruth(result, truthOf(base), truthOf(other), 10, `${base} ×10 → ${other} ×10`);
    }
  });

  it('lists the listeners that came and went, and the ports and processes that moved most', () => {
    const result = dumpComparison(side(capture('healthy', 'ss-tanp.txt')), side(capture('close-wait-leak', 'ss-tanp.txt')));
    const listener = ({ address, port, process }: { address: string; port: string; process?: string }) => `${address}:${port} ${process ?? ''}`;
    deepStrictEqual(result.listeners.added.map(listener).sort(), ['0.0.0.0:8080 api-server', '127.0.0.1:9000 api-server']);
    deepStrictEqual(result.listeners.removed.map(listener).sort(), ['*:443 web-server', '0.0.0.0:80 web-server', '127.0.0.1:9100 node-exporter', ':::80 web-server']);
    strictEqual(result.listeners.removedCount, 4);
    deepStrictEqual(result.processes.slice(0, 2).map(({ key, base, other, delta }) => [key, base, other, delta]), [
      ['api-server', 0, 38, 38],
      ['web-server', 38, 0, -38],
    ]);
    deepStrictEqual(result.ports[0], { key: '8080', base: 0, other: 37, delta: 37 });
    strictEqual(result.counters.length, 0);
    strictEqual(result.seconds, undefined);
  });

  it('compares two outputs of one real paste by their start lines, with counters per second from the date lines', () => {
    const text = readFileSync(join(SESSION, 'session.txt'), 'utf8');
    const [first, second] = (JSON.parse(readFileSync(join(SESSION, 'snapshots.json'), 'utf8')) as { snapshots: (Truth & { date: string })[] }).snapshots;
    const sections = side(text).parsed;
    ok(sections.kind === 'socket-dump');
    const [ssBase, ssOther] = sections.dump.sections.filter((section) => section.format === 'ss').map((section) => section.startLine);
    const [statsBase, statsOther] = sections.dump.sections.filter((section) => section.format === 'netstat-statistics').map((section) => section.startLine);
    const states = dumpComparison(side(text, 'netstat', ssBase), side(text, 'netstat', ssOther));
    assertStatesFollowTruth(states, first, second, 1, 'session');
    deepStrictEqual([states.base.time, states.other.time], [first.date, second.date]);
    deepStrictEqual(states.listeners.added.map((listener) => listener.port), ['8443']);
    deepStrictEqual(states.listeners.removed.map((listener) => listener.port), ['9100']);

    const counters = dumpComparison(side(text, 'netstat', statsBase), side(text, 'netstat', statsOther));
    const seconds = (Date.parse(second.date) - Date.parse(first.date)) / 1000;
    strictEqual(counters.seconds, seconds);
    // Each snapshot's own numbers, read from its netstat -s text here without the parser.
    const openings = (start: number, end: number) => Number(/(\d+) active connection openings/.exec(text.split('\n').slice(start, end).join('\n'))![1]);
    const [baseOpens, otherOpens] = [openings(statsBase, ssOther), openings(statsOther, Infinity)];
    const activeOpens = counters.counters.find((counter) => counter.name === 'Tcp.ActiveOpens');
    deepStrictEqual(activeOpens, { name: 'Tcp.ActiveOpens', base: baseOpens, other: otherOpens, delta: otherOpens - baseOpens, perSecond: (otherOpens - baseOpens) / seconds });
    // Both snapshots' established connections, as /proc counted them: a gauge, so no rate.
    deepStrictEqual(counters.counters.find((counter) => counter.name === 'Tcp.CurrEstab'), {
      name: 'Tcp.CurrEstab',
      base: first.tcp.ESTABLISHED,
      other: second.tcp.ESTABLISHED,
      delta: second.tcp.ESTABLISHED - first.tcp.ESTABLISHED,
    });
  });

  it('reads the growth of the two netstat -s snapshots of a real listen overflow', () => {
    const text = capture('listen-overflow', 'netstat-s.txt');
    const parsed = side(text).parsed;
    ok(parsed.kind === 'socket-dump');
    const [first, second] = parsed.dump.sections.map((section) => section.startLine);
    const result = dumpComparison(side(text, 'netstat', first), side(text, 'netstat', second));
    const values = (name: string) => [...text.matchAll(new RegExp(`(\\d+) ${name}`, 'g'))].map((match) => Number(match[1]));
    const [overflowsBefore, overflowsAfter] = values('times the listen queue of a socket overflowed');
    deepStrictEqual(result.counters.find((counter) => counter.name === 'TcpExt.ListenOverflows'), {
      name: 'TcpExt.ListenOverflows',
      base: overflowsBefore,
      other: overflowsAfter,
      delta: overflowsAfter - overflowsBefore,
    });
  });

  it('compares two pasted state histograms (the real awk over two real captures) by the differences of their /proc counts', function () {
    const [awk] = HISTOGRAM_PIPELINES.filter((pipeline) => pipeline.name === 'states-awk');
    const histogramOf = (scenario: string) => {
      const result = runPipeline({ ...awk, capture: [scenario, 'netstat-ant.txt'] });
      if ('missing' in result) {
        this.skip();
      }
      return pasteOf(awk, (result as { output: string }).output);
    };
    const [before, after] = [histogramOf('healthy'), histogramOf('close-wait-leak')];
    const [baseTruth, otherTruth] = [truthOf('healthy'), truthOf('close-wait-leak')];
    const expected = (name: string) => ({ base: baseTruth.tcp[name] ?? 0, other: otherTruth.tcp[name] ?? 0, delta: (otherTruth.tcp[name] ?? 0) - (baseTruth.tcp[name] ?? 0) });
    // Each alone, and as two outputs of one paste chosen by their start lines.
    const pasted = `${before}\n${after}`;
    const afterLine = before.split('\n').length;
    for (const result of [dumpComparison(side(before), side(after)), dumpComparison(side(pasted, 'netstat', 0), side(pasted, 'netstat', afterLine))]) {
      deepStrictEqual(Object.fromEntries(CANONICAL_STATES.map((name) => [name, result.states[name]])), Object.fromEntries(CANONICAL_STATES.map((name) => [name, expected(name)])));
      deepStrictEqual(result.total, { base: baseTruth.tcpTotal, other: otherTruth.tcpTotal, delta: otherTruth.tcpTotal - baseTruth.tcpTotal });
    }
  });

  it('says why a dump and a sysctl file, or a line where no output starts, cannot be compared', () => {
    const dump = side(capture('healthy', 'ss-tan.txt'));
    strictEqual(service.compare(dump, side('net.core.somaxconn = 4096\n', 'sysctl'), DEFAULT_SETTINGS).kind, 'not-comparable');
    const result = service.compare(side(capture('healthy', 'ss-tan.txt'), 'netstat', 3), dump, DEFAULT_SETTINGS);
    ok(result.kind === 'not-comparable' && result.reason.zh.includes('第 4 行'), JSON.stringify(result));
  });
});

describe('compare: sysctl', () => {
  const host = readFileSync(join(REAL, 'sysctl', 'sysctl-a-host-6.18.44-fc-v657.txt'), 'utf8');
  const netns = readFileSync(join(REAL, 'sysctl', 'sysctl-a-netns-6.18.44-fc-v657.txt'), 'utf8');
  const keysOf = (text: string) => new Map(text.split('\n').filter((line) => line.includes(' = ')).map((line) => [line.slice(0, line.indexOf(' = ')), line.slice(line.indexOf(' = ') + 3)]));

  it('finds the keys a real network namespace lacks, and the values it does not share with the host', () => {
    const hostKeys = keysOf(host);
    const netnsKeys = keysOf(netns);
    const result = sysctlComparison(host, netns).sysctl;
    deepStrictEqual(result.removed.map((entry) => entry.key).sort(), [...hostKeys.keys()].filter((key) => !netnsKeys.has(key)).sort());
    deepStrictEqual(result.added.map((entry) => entry.key).sort(), [...netnsKeys.keys()].filter((key) => !hostKeys.has(key)).sort());
    deepStrictEqual(
      result.changed.map((entry) => entry.key).sort(),
      [...hostKeys].filter(([key, value]) => netnsKeys.has(key) && netnsKeys.get(key) !== value).map(([key]) => key).sort(),
    );
    strictEqual(result.removedCount, result.removed.length);
    ok(result.removed.length > 100, `${result.removed.length} keys only the host has`);
  });

  it('lists exactly the few keys an edit of a real capture changed, added and removed, each with its documentation', () => {
    const edited = host
      .replace('net.ipv4.tcp_fin_timeout = 60\n', 'net.ipv4.tcp_fin_timeout = 15\n')
      .replace(/^net\.core\.somaxconn = \d+\n/m, '')
      .replace('net.ipv4.tcp_tw_reuse = 2\n', 'net.ipv4.tcp_tw_reuse = 1\n')
      .concat('net.ipv4.tcp_example_added_key = 7\n');
    const result = sysctlComparison(host, edited).sysctl;
    deepStrictEqual(result.changed.map(({ key, base, other }) => [key, base, other]), [
      ['net.ipv4.tcp_fin_timeout', '60', '15'],
      ['net.ipv4.tcp_tw_reuse', '2', '1'],
    ]);
    deepStrictEqual(result.removed.map(({ key, value }) => [key, value]), [['net.core.somaxconn', keysOf(host).get('net.core.somaxconn')]]);
    deepStrictEqual(result.added.map(({ key, value, description }) => [key, value, description]), [['net.ipv4.tcp_example_added_key', '7', null]]);
    ok(result.changed.every((entry) => entry.description?.documented && entry.description.summary?.zh), 'documented in both languages');
  });

  it('takes a configuration file line as equal to sysctl -a output whatever blanks separate a list', () => {
    const result = sysctlComparison('net.ipv4.tcp_rmem = 4096\t131072\t6291456\n', 'net.ipv4.tcp_rmem = 4096 131072   6291456\n').sysctl;
    deepStrictEqual([result.changed, result.added, result.removed], [[], [], []]);
  });
});
