import { risingTrend, stateCount, timelineOf } from '../../analysis/timeline';
import type { Finding } from '../finding';
import type { DumpRule } from './dumpRule';
import { trendEnds, trendWords, withTrend } from './trendWords';

/**
 * CLOSE_WAIT that only grows across a series of snapshots: sockets the peer closed and this host's
 * application never will. No kernel timer ends the state, so any steady rise is a leak, however
 * small the count still is (state.close-wait-buildup waits for a pile; this does not).
 */
export const closeWaitRising: DumpRule = {
  code: 'trend.close-wait-rising',
  wholeDocument: true,
  *check({ dump }) {
    const findings: Finding[] = [];
    for (const series of timelineOf(dump).series) {
      const trend = risingTrend(series, (snapshot) => stateCount(series, snapshot, 'CLOSE_WAIT'));
      if (!trend) {
        continue;
      }
      findings.push({
        code: this.code,
        severity: 'warning',
        line: trend.last.startLine,
        message: withTrend(
          {
            en: 'CLOSE_WAIT is leaking: {trend}. A socket stays in CLOSE_WAIT until its application calls close(), so this count keeps rising until the process runs out of file descriptors. Find the owner with ss -tanp state close-wait and the code path that never closes its connections.',
            zh: 'CLOSE_WAIT 正在泄漏：{trend}。应用调用 close() 之前连接会一直停在 CLOSE_WAIT，所以这个数会一直涨，直到进程的文件描述符耗尽。用 ss -tanp state close-wait 找到所属进程，再排查哪段代码没有关闭连接。',
          },
          trendWords(trend),
        ),
        related: trendEnds(trend),
      });
    }
    return findings;
  },
};
