import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { countSections } from '../../server/src/core/analysis/sectionCounts';
import { timelineOf } from '../../server/src/core/analysis/timeline';
import { buildTimelineResult, MAX_LISTED_SNAPSHOTS } from '../../server/src/core/features/timeline';
import { instantOf, readPrintedTime, zoneCuesOf } from '../../server/src/core/parsers/printedTime';
import { parseSocketDump, reparseSocketDump } from '../../server/src/core/parsers/socketDump';
import { readFixture } from './support/fixtures';
import { diagnose, documentOf, service, settingsWith } from './support/service';

/**
 * A paste of several snapshots read as a timeline: the time lines between them (`date`, `watch`),
 * which sections make one series, each snapshot's counts, the document's totals, and the trend rules.
 * The snapshots are committed real captures (test/fixtures/real); the live run is timelineLive.test.ts.
 */

const ssTan = (scenario: string) => readFixture('real', scenario, 'ss-tan.txt');

/** `date` output in the C locale, as GNU date prints it (`%a %b %e %H:%M:%S %Z %Y`). */
function cDate(iso: string, zone = 'UTC'): string {
  const date = new Date(iso);
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][date.getUTCMonth()];
  const time = date.toISOString().slice(11, 19);
  return `${weekday} ${month} ${String(date.getUTCDate()).padStart(2, ' ')} ${time} ${zone} ${date.getUTCFullYear()}`;
}

function timeOf(line: string) {
  const printed = readPrintedTime(line);
  return printed && instantOf(printed, zoneCuesOf([printed]));
}

describe('timeline: printed times', () => {
  it('reads date in the C locale and 12-hour locales, date -R, ISO forms, zh_CN date and watch headers, to ISO 8601', () => {
    const cases: [string, string][] = [
      ['Mon Dec  7 10:00:00 UTC 2026', '2026-12-07T10:00:00Z'],
      ['Mon Dec  7 10:00:00 CET 2026', '2026-12-07T10:00:00+01:00'],
      ['Mon Dec  7 11:04:52 PM UTC 2026', '2026-12-07T23:04:52Z'],
      ['Mon Dec  7 12:04:52 AM UTC 2026', '2026-12-07T00:04:52Z'],
      ['Mon, 07 Dec 2026 10:00:00 +0800', '2026-12-07T10:00:00+08:00'],
      ['2026-12-07T10:00:00+08:00', '2026-12-07T10:00:00+08:00'],
      ['2026-12-07T10:00:00,123456789-05:00', '2026-12-07T10:00:00.123456789-05:00'],
      ['2026-12-07 10:00:00.5+00:00', '2026-12-07T10:00:00.5Z'],
      ['2026-12-07 10:00:00', '2026-12-07T10:00:00'],
      ['2026年 12月 07日 星期一 10:00:00 CST', '2026-12-07T10:00:00+08:00'],
      ['2026年12月 7日 星期一 下午 02:00:00 CST', '2026-12-07T14:00:00+08:00'],
      ['Every 2.0s: ss -s                     db-01: Mon Dec  7 10:00:00 2026', '2026-12-07T10:00:00'],
    ];
    deepStrictEqual(
      cases.map(([line]) => timeOf(line)?.iso),
      cases.map(([, iso]) => iso),
    );
    strictEqual(readPrintedTime('Every 2.0s: ss -tan     db-01: Mon Dec  7 10:00:00 2026')?.command, 'ss -tan');
    strictEqual(readPrintedTime('Every 1.0s: netstat -s')?.command, 'netstat -s');
  });

  it('leaves other lines alone: rows, counters, headings, impossible dates, prose that starts like a date', () => {
    for (const line of [
      'State  Recv-Q Send-Q Local Address:Port Peer Address:Port',
      'ESTAB 0 0 10.0.0.1:22 10.0.0.2:5000',
      'Total: 4',
      '    12 total packets received',
      'Mon Feb 30 10:00:00 UTC 2026',
      'Mon Dec  7 25:00:00 UTC 2026',
      'Monday was slow',
      'Sat Dec  7 10:00:00 UTC 2026 and then it broke',
      '2026-12-07 was the day',
      `Every 2.0s: ${'x '.repeat(200)}`,
      `Mon ${'Dec '.repeat(5000)}`,
    ]) {
      strictEqual(readPrintedTime(line), undefined, line);
    }
  });

  it('says which zone an ambiguous CST was taken for, by the document’s other cues', () => {
    const cLocale = readPrintedTime('Mon Dec  7 10:00:00 CST 2026')!;
    const chinese = readPrintedTime('2026年 12月 07日 星期一 10:00:00 CST')!;
    const us = readPrintedTime('Mon Dec  7 11:00:00 EST 2026')!;
    const alone = instantOf(cLocale, zoneCuesOf([cLocale]))!;
    deepStrictEqual([alone.iso, alone.assumption?.reason, alone.assumption?.offset], ['2026-12-07T10:00:00+08:00', 'default', '+08:00']);
    deepStrictEqual(instantOf(cLocale, zoneCuesOf([cLocale, chinese]))?.assumption?.reason, 'chinese-date');
    const nextToUs = instantOf(cLocale, zoneCuesOf([cLocale, us]))!;
    deepStrictEqual([nextToUs.iso, nextToUs.assumption?.reason], ['2026-12-07T10:00:00-06:00', 'us-zone']);
    strictEqual(instantOf(readPrintedTime('Mon Dec  7 10:00:00 XYZ 2026')!, zoneCuesOf([])), undefined);
  });
});

describe('timeline: a series of real captures', () => {
  const scenarios = ['healthy', 'mixed', 'close-wait-leak'];
  const times = ['2026-12-07T10:00:00Z', '2026-12-07T10:00:30Z', '2026-12-07T10:02:00Z'];
  const paste = (order: readonly string[]) => order.map((scenario, index) => `${cDate(times[index])}\n${ssTan(scenario)}`).join('');

  it('reads each snapshot as the parse of that capture alone, with its time', () => {
    const dump = parseSocketDump(paste(scenarios));
    strictEqual(dump.unrecognized.length, 0);
    const [series, ...others] = timelineOf(dump).series;
    deepStrictEqual(others, []);
    deepStrictEqual(series.kind, { format: 'ss' });
    deepStrictEqual(
      series.snapshots.map(({ total, states }) => ({ total, states })),
      scenarios.map((scenario) => {
        const [alone] = countSections(parseSocketDump(ssTan(scenario)));
        return { total: alone.total, states: alone.states };
      }),
    );
    deepStrictEqual(series.snapshots.map((snapshot) => [snapshot.time, snapshot.elapsedSeconds, snapshot.label]), times.map((time, index) => [time, [0, 30, 120][index], cDate(time)]));
  });

  it('gives the document the totals of its latest snapshot, and says so', () => {
    const document = documentOf('netstat', paste(scenarios));
    const summary = service.getSummary(document, service.parse(document), settingsWith())!;
    const latest = service.getSummary(documentOf('netstat', ssTan('close-wait-leak')), service.parse(documentOf('netstat', ssTan('close-wait-leak'))), settingsWith())!;
    deepStrictEqual([summary.total, summary.states], [latest.total, latest.states]);
    deepStrictEqual(summary.series, { snapshots: 3, latestStartLine: summary.sections[2].startLine });
  });

  it('keeps today’s behaviour for two tables pasted without times: no series, the totals add up', () => {
    const text = ssTan('mixed') + ssTan('close-wait-leak');
    deepStrictEqual(timelineOf(parseSocketDump(text)).series, []);
    const document = documentOf('netstat', text);
    const summary = service.getSummary(document, service.parse(document), settingsWith())!;
    strictEqual(summary.series, undefined);
    strictEqual(summary.total, 37 + 38);
  });

  it('trend.close-wait-rising: fires on CLOSE_WAIT rising below the count threshold, with how much and how fast', () => {
    const findings = service.doValidation(documentOf('netstat', paste(scenarios)), service.parse(documentOf('netstat', paste(scenarios))), settingsWith({ thresholds: { closeWait: 1000 } }));
    const rising = findings.filter((finding) => finding.code === 'trend.close-wait-rising');
    strictEqual(rising.length, 1);
    ok(rising[0].message.includes('from 0 to 30 across 3 snapshots without falling once (+30) in 2 minutes, 15 per minute'), rising[0].message);
    strictEqual(findings.filter((finding) => finding.code === 'state.close-wait-buildup').length, 0);
  });

  it('the rules over rows judge the latest snapshot of a series, once, as the summary counts it', () => {
    const capture = readFixture('real', 'close-wait-leak', 'ss-tan.txt').trimEnd();
    const times = ['Mon Dec  7 10:00:00 UTC 2026', 'Mon Dec  7 10:00:30 UTC 2026', 'Mon Dec  7 10:01:00 UTC 2026'];
    const text = times.map((time) => `${time}\n${capture}\n`).join('');
    const piles = diagnose('netstat', text).filter((diagnostic) => diagnostic.code === 'state.close-wait-buildup');
    strictEqual(piles.length, 1);
    ok(piles[0].range.start.line > text.split('\n').indexOf(times[2]));
    // Pasted once, the same capture is judged the same.
    strictEqual(diagnose('netstat', capture).filter((diagnostic) => diagnostic.code === 'state.close-wait-buildup').length, 1);
  });

  it('trend.close-wait-rising: silent on a series that falls once', () => {
    const text = paste(['mixed', 'close-wait-leak', 'healthy']);
    const document = documentOf('netstat', text);
    deepStrictEqual(service.doValidation(document, service.parse(document), settingsWith()).filter((finding) => String(finding.code).startsWith('trend.')), []);
  });

  it('trend.count-rising: a state rising by the growth threshold or more; without a speed when the snapshots print no time', () => {
    // TIME_WAIT 5 → 20 → 292 in three real captures, run as prompts of the same command.
    const text = ['healthy', 'time-wait-overflow', 'time-wait-storm'].map((scenario) => `$ ss -tan\n${ssTan(scenario)}`).join('');
    const document = documentOf('netstat', text);
    const findings = (threshold: number) => service.doValidation(document, service.parse(document), settingsWith({ thresholds: { trendGrowth: threshold } })).filter((finding) => finding.code === 'trend.count-rising');
    deepStrictEqual(findings(1000), []);
    const [timeWait, ...others] = findings(100);
    deepStrictEqual(others, []);
    ok(timeWait.message.startsWith('TIME_WAIT keeps rising: from 5 to 292 across 3 snapshots without falling once (+287); the snapshots print no readable time, so the speed is unknown.'), timeWait.message);
  });

  it('reads netstat -s snapshots with times as rates: drops per second', () => {
    const [first, second] = readFixture('real', 'listen-overflow', 'netstat-s.txt').split(/^(?=\$ netstat -s$)/m);
    const text = `${cDate('2026-12-07T10:00:00Z')}\n${first}${cDate('2026-12-07T10:00:05Z')}\n${second}`;
    const document = documentOf('netstat', text);
    const timeline = service.getTimeline(service.parse(document), settingsWith())!;
    deepStrictEqual(timeline.series.map((series) => [series.kind.format, series.snapshots.length]), [['netstat-statistics', 2]]);
    const overflows = timeline.snapshots.map((snapshot) => snapshot.counters?.['TcpExt.ListenOverflows']);
    const dropped = overflows[1]! - overflows[0]!;
    ok(dropped > 0);
    const finding = service.doValidation(document, service.parse(document), settingsWith({ thresholds: { listenDrops: 1 } })).find((one) => one.code === 'listen.queue-overflows');
    ok(finding?.message.includes(`(5 s apart, ${Math.round((dropped / 5) * 100) / 100} per second)`), finding?.message);
  });

  it('counters.retransmission-share: retransmitted segments as a share of those sent between timed snapshots', () => {
    const snapshots = (sent: number, resent: number) =>
      `${cDate('2026-12-07T10:00:00Z')}\nTcp:\n    10000 segments sent out\n    100 segments retransmitted\n${cDate('2026-12-07T10:01:00Z')}\nTcp:\n    ${10000 + sent} segments sent out\n    ${100 + resent} segments retransmitted\n`;
    const findings = (text: string) => {
      const document = documentOf('netstat', text);
      return service.doValidation(document, service.parse(document), settingsWith()).filter((finding) => finding.code === 'counters.retransmission-share');
    };
    const [finding, ...others] = findings(snapshots(2000, 60));
    deepStrictEqual(others, []);
    ok(finding.message.startsWith('3% of the TCP segments sent between the snapshots on lines 4 and 8 (60 s apart, 1 per second) were retransmissions (60 resent, 2000 sent).'), finding.message);
    deepStrictEqual(findings(snapshots(2000, 10)), []);
    // Too few segments to judge, and a single snapshot (its share mixes every incident since boot).
    deepStrictEqual(findings(snapshots(500, 60)), []);
    deepStrictEqual(findings('Tcp:\n    10000 segments sent out\n    5000 segments retransmitted\n'), []);
  });

  it('names ambiguous zones in the result, in the reader’s language', () => {
    const text = ['healthy', 'mixed'].map((scenario, index) => `Mon Dec  7 10:0${index}:00 CST 2026\n${ssTan(scenario)}`).join('');
    const dump = parseSocketDump(text);
    const english = buildTimelineResult(dump, 'en');
    deepStrictEqual(english.snapshots.map((snapshot) => snapshot.time), ['2026-12-07T10:00:00+08:00', '2026-12-07T10:01:00+08:00']);
    deepStrictEqual(english.zoneNotes, ['CST is ambiguous; read as China Standard Time (+08:00). If the host uses US Central Standard Time (-06:00), the times shift but the intervals between snapshots stay right.']);
    ok(buildTimelineResult(dump, 'zh-cn').zoneNotes[0].startsWith('CST 有歧义，按中国标准时间（+08:00）理解'));
  });

  it('a watch log of ss -s: one series named by its command, the state counts of each ss -s', () => {
    const ssS = readFixture('real', 'listen-overflow', 'ss-s.txt');
    const text = [0, 2, 4].map((second) => `Every 2.0s: ss -s                    db-01: Mon Dec  7 10:00:0${second} 2026\n\n${ssS}`).join('\n');
    const dump = parseSocketDump(text);
    strictEqual(dump.unrecognized.length, 0);
    const result = buildTimelineResult(dump, 'en');
    deepStrictEqual(result.series.map((series) => [series.name, series.snapshots.length]), [['ss -s', 3]]);
    const alone = parseSocketDump(ssS).ssSummaries[0];
    deepStrictEqual(result.snapshots[2], {
      startLine: result.snapshots[2].startLine,
      endLine: result.snapshots[2].endLine,
      time: '2026-12-07T10:00:04',
      elapsedSeconds: 4,
      label: 'Every 2.0s: ss -s                    db-01: Mon Dec  7 10:00:04 2026',
      total: alone.tcpTotal,
      states: { ESTABLISHED: alone.tcp.estab, TIME_WAIT: alone.tcp.timewait },
      counters: { 'ss.closed': alone.tcp.closed, 'ss.orphaned': alone.tcp.orphaned },
    });
  });

  it('a session of prompts: `$ date` and its output give the time of the `$ ss -tan` below', () => {
    const text = times.map((time, index) => `$ date\n${cDate(time)}\n$ ss -tan\n${ssTan(scenarios[index])}`).join('');
    const [series, ...others] = timelineOf(parseSocketDump(text)).series;
    deepStrictEqual(others, []);
    deepStrictEqual(series.kind, { format: 'ss', command: 'ss -tan' });
    deepStrictEqual(series.snapshots.map((snapshot) => [snapshot.time, snapshot.states.CLOSE_WAIT ?? 0]), [[times[0], 0], [times[1], 2], [times[2], 30]]);
  });

  it('lists at most the latest MAX_LISTED_SNAPSHOTS snapshots of a series, and says how many it left out', () => {
    const count = MAX_LISTED_SNAPSHOTS + 3;
    const rows = 'State Recv-Q Send-Q Local Address:Port Peer Address:Port\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5000\n';
    const text = Array.from({ length: count }, (_, index) => `${cDate(new Date(Date.UTC(2026, 11, 7) + index * 5000).toISOString())}\n${rows}`).join('');
    const result = buildTimelineResult(parseSocketDump(text), 'en');
    deepStrictEqual([result.snapshots.length, result.series[0].omittedSnapshots, result.snapshots[0].elapsedSeconds], [MAX_LISTED_SNAPSHOTS, 3, 15]);
  });

  it('a committed loop log (`date; ss -s; ss -tan` in a namespace while clients leave CLOSE_WAIT behind): two series, each snapshot its capture alone', () => {
    const text = readFixture('series', 'date-loop-close-wait.txt');
    const dump = parseSocketDump(text);
    strictEqual(dump.unrecognized.length, 0);
    const iterations = text.split(/^(?=Mon |Tue |Wed |Thu |Fri |Sat |Sun )/m);
    strictEqual(iterations.length, 3);
    const [tables, summaries] = timelineOf(dump).series;
    deepStrictEqual([tables.kind, summaries.kind], [{ format: 'ss' }, { format: 'ss-summary' }]);
    iterations.forEach((iteration, index) => {
      const [date, ...rest] = iteration.split('\n');
      const alone = parseSocketDump(rest.join('\n'));
      const [, table] = countSections(alone);
      deepStrictEqual(tables.snapshots[index].states, table.states);
      strictEqual(summaries.snapshots[index].total, alone.ssSummaries[0].tcpTotal);
      strictEqual(tables.snapshots[index].label, date);
      strictEqual(tables.snapshots[index].time, new Date(`${date.slice(4, 19)} ${date.slice(-4)} UTC`).toISOString().replace('.000Z', 'Z'));
    });
    deepStrictEqual(tables.snapshots.map((snapshot) => snapshot.states.CLOSE_WAIT), [2, 4, 7]);
    const document = documentOf('netstat', text);
    deepStrictEqual(
      service.doValidation(document, service.parse(document), settingsWith()).map((finding) => finding.code),
      ['trend.close-wait-rising'],
    );
  });

  it('a re-scan after deleting or retyping any line of the loop log equals a fresh parse', () => {
    const text = readFixture('series', 'date-loop-close-wait.txt');
    const lines = text.split('\n');
    const facts = (dump: ReturnType<typeof parseSocketDump>) => ({
      sections: dump.sections,
      printedTimes: dump.printedTimes,
      unrecognized: dump.unrecognized,
      ssSummaries: dump.ssSummaries,
      rows: dump.rows.map((row) => [row.line, row.state]),
    });
    const previous = parseSocketDump(text);
    for (let line = 0; line < lines.length; line++) {
      for (const edited of [[...lines.slice(0, line), ...lines.slice(line + 1)], [...lines.slice(0, line), `${lines[line]}x`, ...lines.slice(line + 1)]]) {
        const changed = edited.join('\n');
        deepStrictEqual(facts(reparseSocketDump(previous, changed, Math.max(0, line - 1))), facts(parseSocketDump(changed)), `line ${line}`);
      }
    }
  });

  it('names each snapshot in the outline by its clock time', () => {
    const document = documentOf('netstat', paste(scenarios));
    deepStrictEqual(
      service.findDocumentSymbols(service.parse(document), settingsWith()).map((symbol) => symbol.name),
      ['ss socket table · 10:00:00', 'ss socket table · 10:00:30', 'ss socket table · 10:02:00'],
    );
  });

  it('a re-scan after an edit that adds a time line equals a fresh parse', () => {
    const text = paste(scenarios);
    const previous = parseSocketDump(text.replace(/^Mon Dec {2}7 10:00:30 UTC 2026\n/m, ''));
    const edited = reparseSocketDump(previous, text, 0);
    deepStrictEqual(
      { sections: edited.sections, printedTimes: edited.printedTimes, unrecognized: edited.unrecognized },
      (({ sections, printedTimes, unrecognized }) => ({ sections, printedTimes, unrecognized }))(parseSocketDump(text)),
    );
  });
});
