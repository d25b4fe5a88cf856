import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimelineResult } from '../../server/src/protocol';
import { serverForSuite } from './support/serverConnection';

const REAL = join(__dirname, '..', 'fixtures', 'real');
const ssTan = (scenario: string) => readFileSync(join(REAL, scenario, 'ss-tan.txt'), 'utf8');

/** A `while true; do date; ss -tan; sleep 60; done` log made of three real captures, the time as zh_CN `date` prints it. */
const LOG = [
  ['2026年 12月 07日 星期一 18:00:00 CST', 'healthy'],
  ['2026年 12月 07日 星期一 18:01:00 CST', 'mixed'],
  ['2026年 12月 07日 星期一 18:02:00 CST', 'close-wait-leak'],
]
  .map(([date, scenario]) => `${date}\n${ssTan(scenario)}`)
  .join('');

describe('language server over stdio: netstatInsight/timeline', () => {
  const connection = serverForSuite('zh-cn');

  it('answers with each snapshot’s time, label and counts, and publishes the trend; the summary counts the latest snapshot', async () => {
    const uri = 'file:///tmp/loop.log';
    const published = await connection().open(uri, 'netstat', LOG);
    const timeline = await connection().connection.sendRequest<TimelineResult | null>('netstatInsight/timeline', { textDocument: { uri } });
    ok(timeline);
    deepStrictEqual(
      timeline.snapshots.map((snapshot) => [snapshot.time, snapshot.elapsedSeconds, snapshot.total, snapshot.states.CLOSE_WAIT ?? 0]),
      [
        ['2026-12-07T18:00:00+08:00', 0, 44, 0],
        ['2026-12-07T18:01:00+08:00', 60, 37, 2],
        ['2026-12-07T18:02:00+08:00', 120, 38, 30],
      ],
    );
    strictEqual(timeline.snapshots[0].label, '2026年 12月 07日 星期一 18:00:00 CST');
    deepStrictEqual(timeline.series.map((series) => series.name), ['ss 连接列表']);
    deepStrictEqual(timeline.zoneNotes, ['CST 按中国标准时间（+08:00）理解：文档中的日期是中文格式。']);
    const trend = published.diagnostics.find((diagnostic) => diagnostic.code === 'trend.close-wait-rising');
    ok(trend?.message.includes('在 3 个快照中从 0 一路涨到 30，从未回落（+30），历时 2 分钟，每分钟增加 15 个'), trend?.message);
    strictEqual(trend?.range.start.line, timeline.snapshots[2].startLine);
    const summary = await connection().summary(uri);
    deepStrictEqual([summary?.total, summary?.states.CLOSE_WAIT, summary?.series?.snapshots], [38, 30, 3]);
  });

  it('answers no snapshots for a single table, and null for a document it does not hold', async () => {
    const uri = 'file:///tmp/single.ss';
    await connection().open(uri, 'netstat', ssTan('mixed'));
    deepStrictEqual(await connection().connection.sendRequest('netstatInsight/timeline', { textDocument: { uri } }), { snapshots: [], series: [], zoneNotes: [] });
    strictEqual(await connection().connection.sendRequest('netstatInsight/timeline', { textDocument: { uri: 'file:///tmp/not-open.ss' } }), null);
    strictEqual(await connection().connection.sendRequest('netstatInsight/timeline', {}), null);
  });
});
