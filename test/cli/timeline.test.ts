import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL, runCli, temporaryDirectory } from './support/runCli';

/** `date` output of the loop log, in the C locale. */
const DATES = ['Mon Dec  7 10:00:00 UTC 2026', 'Mon Dec  7 10:00:30 UTC 2026', 'Mon Dec  7 10:02:00 UTC 2026'];
const SCENARIOS = ['healthy', 'mixed', 'close-wait-leak'];

function truthOf(scenario: string): Record<string, number> {
  const { tcp } = JSON.parse(readFileSync(join(REAL, scenario, 'truth.json'), 'utf8')) as { tcp: Record<string, number> };
  return Object.fromEntries(Object.entries(tcp).filter(([, count]) => count > 0));
}

describe('netstat-insight timeline', () => {
  const directory = temporaryDirectory('timeline');
  after(() => directory.remove());
  const series = join(directory.path, 'loop.log');
  writeFileSync(series, SCENARIOS.map((scenario, index) => `${DATES[index]}\n${readFileSync(join(REAL, scenario, 'ss-tan.txt'), 'utf8')}`).join(''));

  it('--format json: each snapshot with its time and the counts /proc had for that capture, and the trends', () => {
    const result = runCli(['timeline', '--format', 'json', series]);
    strictEqual(result.status, 0, result.stderr);
    const document = JSON.parse(result.stdout);
    deepStrictEqual([document.schemaVersion, document.command, document.language], [1, 'timeline', 'en']);
    deepStrictEqual(
      document.timeline.snapshots.map((snapshot: { time: string; label: string; states: Record<string, number> }) => [snapshot.time, snapshot.label, snapshot.states]),
      SCENARIOS.map((scenario, index) => [`2026-12-07T10:0${[0, 0, 2][index]}:${['00', '30', '00'][index]}Z`, DATES[index], truthOf(scenario)]),
    );
    deepStrictEqual(document.trends.map((trend: { code: string }) => trend.code), ['trend.close-wait-rising']);
    ok(document.trends[0].message.includes('from 0 to 30 across 3 snapshots without falling once (+30) in 2 minutes, 15 per minute'), document.trends[0].message);
  });

  it('text, in English and in Chinese: a row per snapshot, a column per state, then the trends', () => {
    const english = runCli(['timeline', series]);
    strictEqual(english.status, 0, english.stderr);
    const lines = english.stdout.split('\n');
    strictEqual(lines[1], '  3 snapshots of ss socket table');
    ok(/^ {4}Time +TCP +LISTEN +SYN_SENT +ESTABLISHED +FIN_WAIT2 +CLOSE_WAIT +TIME_WAIT$/.test(lines[2]), lines[2]);
    ok(/^ {4}Mon Dec {2}7 10:02:00 UTC 2026 +38 +2 +0 +6 +0 +30 +0$/.test(lines[5]), lines[5]);
    strictEqual(lines[6], '  Trends:');
    const chinese = runCli(['timeline', series], { env: { LANG: 'zh_CN.UTF-8' } });
    ok(chinese.stdout.includes('\n    时间 '), chinese.stdout);
    ok(chinese.stdout.includes('\n  趋势：\n  - CLOSE_WAIT 正在泄漏：在 3 个快照中从 0 一路涨到 30'), chinese.stdout);
  });

  it('says when a file is no series, and exits 2 on a usage or read error', () => {
    const single = runCli(['timeline', 'test/fixtures/real/mixed/ss-tan.txt']);
    deepStrictEqual([single.status, single.stdout], [0, 'test/fixtures/real/mixed/ss-tan.txt — no series: a timeline needs two or more snapshots of the same output (with date or watch lines between tables)\n']);
    strictEqual(runCli(['timeline', series, series]).status, 2);
    const missing = runCli(['timeline', join(directory.path, 'missing.log')]);
    strictEqual(missing.status, 2);
    ok(missing.stderr.includes('no such file or directory'), missing.stderr);
    strictEqual(runCli(['timeline', '-'], { input: readFileSync(series, 'utf8') }).stdout.split('\n')[1], '  3 snapshots of ss socket table');
  });
});
