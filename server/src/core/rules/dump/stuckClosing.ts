import { format } from '../../i18n/localized';
import type { TcpState } from '../../model/tcpState';
import type { Finding } from '../finding';
import type { DumpRule } from './dumpRule';
import { allInState, filterByColumns, groupAllRows, GroupKeyStrings, groupPlace, rowsAt, joinLocalized, placeFirst, moreNote, peerGroupKey, peerGroupKeyAt, percent, relatedRows, rowGroupOf, stateBreakdown } from './grouping';

/** States in which this side has sent its FIN and waits for it to be acknowledged. */
const UNACKNOWLEDGED_FIN: ReadonlySet<TcpState> = new Set(['FIN_WAIT1', 'CLOSING', 'LAST_ACK']);

/**
 * FIN_WAIT1, CLOSING and LAST_ACK each last one round trip normally. Many of them towards the same
 * peer mean our FIN is not acknowledged: it is lost, the peer is gone, or (FIN_WAIT1 with data
 * still queued) the peer's zero window keeps the FIN from being sent at all.
 */
export const stuckClosing: DumpRule = {
  code: 'state.stuck-closing',
  *check({ rowsByState, settings, sides, tcpTotal }) {
    const findings: Finding[] = [];
    const { columns } = rowsByState;
    const closing = [...UNACKNOWLEDGED_FIN].flatMap((state) => rowsByState.indicesOf(state)).sort((a, b) => columns.line[a] - columns.line[b]);
    const keys = new GroupKeyStrings();
    const groups = yield* groupAllRows(rowsAt(columns, closing), (row) => peerGroupKey(row, sides), (index) => peerGroupKeyAt(columns, index, sides, keys));
    for (const rows of groups.values()) {
      if (rows.length < settings.thresholds.closingStates) {
        continue;
      }
      const first = rows.row(0);
      // The FIN itself takes one sequence number, so a Send-Q of 1 is just the unacknowledged FIN.
      const withQueuedData = (yield* filterByColumns(rows, (index) => columns.stateOf(index) === 'FIN_WAIT1' && columns.sendQ[index] > 1)).length;
      const values = { count: rows.length, states: yield* stateBreakdown(rows), share: percent(rows.length, tcpTotal), queued: withQueuedData };
      findings.push({
        code: this.code,
        severity: 'warning',
        line: first.line,
        span: first.stateSpan,
        message: joinLocalized(
          placeFirst(groupPlace(first, sides), format({ en: '{count} connections are stuck closing ', zh: '有 {count} 个连接卡在关闭阶段' }, values)),
          format(
            {
              en: ' ({states}; {share}% of TCP sockets). This side has sent its FIN and it is not being acknowledged: the FINs or their ACKs are lost (a firewall or NAT that already dropped the flow), or the peer host is gone. The kernel keeps retransmitting, for orphaned sockets up to net.ipv4.tcp_orphan_retries times (0 means 8), before giving up. ',
              zh: '（{states}；占 TCP 连接的 {share}%）。本机已经发出 FIN，却一直没有收到确认：FIN 或它的 ACK 在路上丢了（防火墙或 NAT 已经删除了这条连接的状态），或者对端主机已经不在了。内核会不断重传，对孤儿连接最多重传 net.ipv4.tcp_orphan_retries 次（0 表示 8 次）后才放弃。',
            },
            values,
          ),
          withQueuedData > 0
            ? format(
                {
                  en: '{queued} FIN_WAIT1 sockets still have data queued before their FIN (Send-Q above 1): the peer advertises a zero window and is not reading, so the FIN cannot even be sent; look at the peer application. ',
                  zh: '其中 {queued} 个 FIN_WAIT1 连接在 FIN 之前还排着数据（Send-Q 大于 1）：对端通告了零窗口、不再读取数据，FIN 根本发不出去；请检查对端应用。',
                },
                values,
              )
            : { en: '', zh: '' },
          {
            en: 'Check the path for stateful devices with short timeouts (tcpdump for the FIN and its ACK on both ends) and whether the peer is still up.',
            zh: '请检查链路上超时较短的有状态设备（在两端用 tcpdump 抓 FIN 及其 ACK），并确认对端是否仍然在线。',
          },
          moreNote(rows.length),
        ),
        related: relatedRows(rows, { en: 'Socket waiting for its FIN to be acknowledged', zh: '等待 FIN 被确认的连接' }),
        rowGroup: rowGroupOf(
          rows,
          joinLocalized({ en: 'Stuck closing ', zh: '卡在关闭阶段：' }, groupPlace(first, sides)),
          allInState(rows, first.state) ? first.state : undefined,
        ),
      });
    }
    return findings;
  },
};
