import { risingTrend, stateCount, timelineOf } from '../../analysis/timeline';
import { CANONICAL_STATES, type TcpState } from '../../model/tcpState';
import type { Finding } from '../finding';
import type { DumpRule } from './dumpRule';
import { trendEnds, trendWords, withTrend } from './trendWords';

/** What a steady rise of each state usually means, and where to look. CLOSE_WAIT has a rule of its own. */
const MEANINGS: ReadonlyMap<TcpState, { readonly en: string; readonly zh: string }> = new Map<TcpState, { en: string; zh: string }>([
  ['TIME_WAIT', { en: 'connections are opened and closed faster than TIME_WAIT (60 s) lets them go: reuse connections (keep-alive, pools) on the side that closes first', zh: '短连接的建立和关闭速度超过了 TIME_WAIT（60 秒）的回收速度：在主动关闭的一方复用连接（keep-alive、连接池）' }],
  ['SYN_RECV', { en: 'handshakes are not completing: a SYN flood, or clients whose final ACK does not arrive; compare with netstat -s SyncookiesSent', zh: '握手没有完成：可能是 SYN 洪水，或客户端的最后一个 ACK 没有到达；可对照 netstat -s 的 SyncookiesSent' }],
  ['SYN_SENT', { en: 'connection attempts are not answered: the peer or a firewall drops the SYNs', zh: '发出的连接请求没有回应：对端或防火墙丢弃了 SYN' }],
  ['ESTABLISHED', { en: 'open connections keep piling up: check whether clients ever close idle ones (pool sizes, keep-alive limits)', zh: '已建立的连接越积越多：检查客户端是否会关闭空闲连接（连接池大小、keep-alive 上限）' }],
  ['FIN_WAIT2', { en: 'this side closed and the peers never finish their close; tcp_fin_timeout limits only orphaned sockets', zh: '本端已关闭而对端迟迟不关闭；tcp_fin_timeout 只限制孤儿 socket' }],
]);
const OTHER_MEANING = { en: 'this state only grows between the snapshots; see where its sockets come from with ss -tanp', zh: '这个状态在快照之间只增不减；用 ss -tanp 看这些连接从哪里来' };

/**
 * Any TCP state whose count rises across a pasted series (three snapshots or more, never falling) by
 * at least `thresholds.trendGrowth` sockets: a growing problem that one snapshot cannot show.
 */
export const countRising: DumpRule = {
  code: 'trend.count-rising',
  wholeDocument: true,
  *check({ dump, settings }) {
    const findings: Finding[] = [];
    for (const series of timelineOf(dump).series) {
      for (const state of CANONICAL_STATES) {
        if (state === 'CLOSE_WAIT' || state === 'LISTEN') {
          continue;
        }
        const trend = risingTrend(series, (snapshot) => stateCount(series, snapshot, state));
        if (!trend || trend.to - trend.from < settings.thresholds.trendGrowth) {
          continue;
        }
        const meaning = MEANINGS.get(state) ?? OTHER_MEANING;
        findings.push({
          code: this.code,
          severity: 'information',
          line: trend.last.startLine,
          message: withTrend({ en: `${state} keeps rising: {trend}. Often ${meaning.en}.`, zh: `${state} 持续上涨：{trend}。常见原因：${meaning.zh}。` }, trendWords(trend)),
          related: trendEnds(trend),
        });
      }
    }
    return findings;
  },
};
