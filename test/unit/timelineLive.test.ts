import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { countSections } from '../../server/src/core/analysis/sectionCounts';
import { SERIES_COUNTERS, timelineOf } from '../../server/src/core/analysis/timeline';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { captureCloseWaitSeries, captureUnavailableReason, cleanupAll, type SeriesSnapshot, type SeriesStep } from '../support/realSockets';
import { documentOf, service, settingsWith } from './support/service';

/**
 * A live series: real `date`, `ss -s`, `ss -tan` and `netstat -s` run in a network namespace while
 * clients close connections the server never closes (CLOSE_WAIT rises), or the server finally closes
 * some (it falls once). The paste is what `while true; do date; ss -s; ss -tan; netstat -s; sleep 1; done`
 * prints. Needs root and `ip netns` (skipped with the reason otherwise).
 */

/** The commands of one loop iteration: `date` of a known second (TZ=UTC, C locale), then the three tools. */
function iteration(seconds: number): string[][] {
  return [['env', 'TZ=UTC', 'date', '-d', `@${seconds}`], ['ss', '-s'], ['ss', '-tan'], ['netstat', '-s']];
}

async function liveSeries(connections: number, steps: SeriesStep[]): Promise<{ snapshots: SeriesSnapshot[]; seconds: number[] }> {
  const seconds: number[] = [];
  const snapshots = await captureCloseWaitSeries(connections, steps, (index) => {
    seconds[index] = Math.floor(Date.now() / 1000);
    return iteration(seconds[index]);
  });
  return { snapshots, seconds };
}

/** The loop's log: each iteration's outputs, one after another. */
const pasteOf = (snapshots: readonly SeriesSnapshot[]) => snapshots.map((snapshot) => snapshot.outputs.join('')).join('');

/** zh_CN `date` of the same second in China Standard Time: `2026年 12月 07日 星期一 18:00:00 CST`. */
function chineseDate(seconds: number): string {
  const local = new Date((seconds + 8 * 3600) * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  const weekday = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'][local.getUTCDay()];
  return `${local.getUTCFullYear()}年 ${pad(local.getUTCMonth() + 1)}月 ${pad(local.getUTCDate())}日 ${weekday} ${local.toISOString().slice(11, 19)} CST`;
}

describe('timeline: a live series of real captures', function () {
  this.timeout(300_000);
  const unavailable = captureUnavailableReason();
  after(cleanupAll);

  it('reads each snapshot as the parse of that capture alone, and calls out CLOSE_WAIT rising with its speed', async function () {
    if (unavailable) {
      console.log(`      skipped: ${unavailable}`);
      this.skip();
    }
    const { snapshots, seconds } = await liveSeries(12, [{ endClients: 3 }, { endClients: 3, waitMs: 1100 }, { endClients: 3, waitMs: 1100 }]);
    deepStrictEqual(snapshots.map((snapshot) => snapshot.truth.tcp.CLOSE_WAIT), [3, 6, 9]);
    const dump = parseSocketDump(pasteOf(snapshots));
    strictEqual(dump.unrecognized.length, 0);
    const timeline = timelineOf(dump);
    deepStrictEqual(timeline.series.map((series) => [series.kind.format, series.snapshots.length]), [['ss', 3], ['ss-summary', 3], ['netstat-statistics', 3]]);
    const [tables, summaries, statistics] = timeline.series;
    snapshots.forEach((snapshot, index) => {
      const [date, ssS, ssTan, netstatS] = snapshot.outputs;
      const alone = countSections(parseSocketDump(ssTan))[0];
      deepStrictEqual({ total: tables.snapshots[index].total, states: tables.snapshots[index].states }, { total: alone.total, states: alone.states });
      // And what the kernel held: every state with sockets, as /proc counted them.
      deepStrictEqual(tables.snapshots[index].states, Object.fromEntries(Object.entries(snapshot.truth.tcp).filter(([, count]) => count > 0)));
      const summaryAlone = parseSocketDump(ssS).ssSummaries[0];
      strictEqual(summaries.snapshots[index].total, summaryAlone.tcpTotal);
      strictEqual(summaries.snapshots[index].states.ESTABLISHED, summaryAlone.tcp.estab);
      const countersAlone = parseSocketDump(netstatS).counters;
      for (const [group, name] of SERIES_COUNTERS) {
        strictEqual(statistics.snapshots[index].counters?.[`${group}.${name}`], countersAlone.find((counter) => counter.group === group && counter.name === name)?.value, `${group}.${name}`);
      }
      const iso = new Date(seconds[index] * 1000).toISOString().replace('.000Z', 'Z');
      deepStrictEqual([tables.snapshots[index].time, tables.snapshots[index].label], [iso, date.trim()]);
      strictEqual(summaries.snapshots[index].time, iso);
    });

    const document = documentOf('netstat', pasteOf(snapshots));
    const findings = service.doValidation(document, service.parse(document), settingsWith());
    const rising = findings.filter((finding) => finding.code === 'trend.close-wait-rising');
    strictEqual(rising.length, 1);
    const minutes = (seconds[2] - seconds[0]) / 60;
    ok(rising[0].message.includes(`from 3 to 9 across 3 snapshots without falling once (+6) in ${Math.round(minutes * 10) / 10} minutes, ${Math.round((6 / minutes) * 10) / 10} per minute`), rising[0].message);
    strictEqual(rising[0].range.start.line, tables.snapshots[2].startLine);
    // Below the pile threshold (10): only the trend speaks.
    strictEqual(findings.filter((finding) => finding.code === 'state.close-wait-buildup').length, 0);

    // The same series with Chinese dates: the same instants, read in China Standard Time.
    const chinese = snapshots.map((snapshot, index) => [chineseDate(seconds[index]) + '\n', ...snapshot.outputs.slice(1)].join('')).join('');
    const chineseTimes = timelineOf(parseSocketDump(chinese)).series[0].snapshots.map((snapshot) => Date.parse(snapshot.time!));
    deepStrictEqual(chineseTimes, seconds.map((second) => second * 1000));
  });

  it('stays silent when CLOSE_WAIT falls once', async function () {
    if (unavailable) {
      console.log(`      skipped: ${unavailable}`);
      this.skip();
    }
    const { snapshots } = await liveSeries(6, [{ endClients: 4 }, { endClients: 2 }, { closeOnServer: 3 }]);
    deepStrictEqual(snapshots.map((snapshot) => snapshot.truth.tcp.CLOSE_WAIT), [4, 6, 3]);
    const document = documentOf('netstat', pasteOf(snapshots));
    const findings = service.doValidation(document, service.parse(document), settingsWith());
    deepStrictEqual(findings.filter((finding) => String(finding.code).startsWith('trend.')), []);
    deepStrictEqual(timelineOf(parseSocketDump(pasteOf(snapshots))).series[0].snapshots.map((snapshot) => snapshot.states.CLOSE_WAIT), [4, 6, 3]);
  });

  it('reads date printed in the zh_CN locale', function () {
    const installed = spawnSync('locale', ['-a'], { encoding: 'utf8' }).stdout ?? '';
    const locale = installed.split('\n').find((name) => /^zh_CN\.utf-?8$/i.test(name));
    if (!locale) {
      // The shape itself is read in timeline.test.ts and above (formatted from its known shape).
      console.log('      skipped: the zh_CN.UTF-8 locale is not installed (locale -a)');
      this.skip();
    }
    const seconds = 1796637600;
    const printed = spawnSync('date', ['-d', `@${seconds}`], { encoding: 'utf8', env: { PATH: process.env.PATH, LC_ALL: locale, TZ: 'Asia/Shanghai' } }).stdout.trim();
    const timeline = timelineOf(parseSocketDump(`${printed}\n$ ss -tan\nState Recv-Q Send-Q Local Address:Port Peer Address:Port\n${printed}\n$ ss -tan\nState Recv-Q Send-Q Local Address:Port Peer Address:Port\n`));
    strictEqual(Date.parse(timeline.series[0]?.snapshots[0].time ?? ''), seconds * 1000, printed);
  });
});
