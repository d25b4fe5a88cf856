import { format } from '../../i18n/localized';
import { counterSeries, seriesPeriod } from './counterSeries';
import type { DumpRule } from './dumpRule';
import { percent } from './grouping';

/**
 * Retransmitted segments as a share of the segments sent, between `netstat -s` snapshots: Tcp
 * RetransSegs over Tcp OutSegs (which leaves retransmissions out). Since boot the share mixes every
 * past incident, so only the growth between snapshots is judged.
 */

/** Above about 1% of segments resent, loss or congestion on the path costs throughput. */
const RETRANSMISSION_SHARE = 0.01;
/** Fewer segments than this between the snapshots say too little to judge a share. */
const MIN_SEGMENTS_SENT = 1000;

export const retransmissionShare: DumpRule = {
  code: 'counters.retransmission-share',
  wholeDocument: true,
  *check({ dump }) {
    const retransmitted = counterSeries(dump, 'Tcp', 'RetransSegs');
    const sent = counterSeries(dump, 'Tcp', 'OutSegs');
    if (retransmitted?.growth === undefined || sent?.growth === undefined || sent.growth < MIN_SEGMENTS_SENT || retransmitted.growth < sent.growth * RETRANSMISSION_SHARE) {
      return [];
    }
    const values = { share: percent(retransmitted.growth, sent.growth), resent: retransmitted.growth, sent: sent.growth };
    const period = seriesPeriod(retransmitted);
    return [
      {
        code: this.code,
        severity: 'information',
        line: retransmitted.last.line,
        span: retransmitted.last.span,
        message: format(
          {
            en: `{share}% of the TCP segments sent ${period.en} were retransmissions ({resent} resent, {sent} sent). Above about 1% the path loses or congests packets: look at interface drops (ip -s link, ethtool -S), then at which connections retransmit (ss -ti shows retrans per socket).`,
            zh: `${period.zh}，发出的 TCP 报文段中有 {share}% 是重传（重传 {resent} 个，发出 {sent} 个）。超过约 1% 说明链路在丢包或拥塞：先看网卡丢包（ip -s link、ethtool -S），再看哪些连接在重传（ss -ti 会显示每个 socket 的 retrans）。`,
          },
          values,
        ),
        related: [{ line: sent.last.line, span: sent.last.span, message: { en: 'OutSegs: segments sent', zh: 'OutSegs：发出的报文段数' } }],
      },
    ];
  },
};
