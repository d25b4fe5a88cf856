import { processLabel } from '../../analysis/connectionSide';
import { format, type Localized } from '../../i18n/localized';
import { hostKey } from '../../parsers/endpoint';
import { localPortOf } from '../../parsers/tableRow';
import type { Finding } from '../finding';
import type { DumpRule } from './dumpRule';
import { countDistinct, findRow, groupRowsInState, joinLocalized, moreNote, relatedRows, rowGroupOf } from './grouping';

/**
 * SYN_RECV sockets are half-open: SYN received, SYN-ACK sent, the client's ACK not yet back.
 * Many on one port mean a SYN flood (many distinct, often spoofed sources) or clients whose ACKs
 * never arrive (asymmetric routing, a firewall in between).
 */
export const synRecvFlood: DumpRule = {
  code: 'state.syn-recv-flood',
  *check({ rows: dumpRows, rowsByState, settings }) {
    const findings: Finding[] = [];
    const groups = yield* groupRowsInState(rowsByState, 'SYN_RECV', (row) => localPortOf(row) ?? '');
    for (const rows of groups.values()) {
      if (rows.length < settings.thresholds.synRecv) {
        continue;
      }
      const first = rows.row(0);
      const sources = yield* countDistinct(rows, (row) => (row.remote ? hostKey(row.remote.address) : ''));
      const listener = yield* findRow(dumpRows, (row) => row.state === 'LISTEN' && row.local?.port === first.local?.port);
      const values = {
        count: rows.length,
        port: first.local?.port ?? '?',
        sources,
        process: listener ? processLabel(listener) : '',
      };
      const owner = values.process
        ? format({ en: ' (listener: {process})', zh: '（监听进程：{process}）' }, values)
        : { en: '', zh: '' };
      // A full accept queue makes the kernel drop the handshake's last ACK, which leaves SYN_RECV behind.
      const acceptQueueFull = listener?.format === 'ss' && listener.recvQ !== undefined && listener.sendQ !== undefined && listener.recvQ > 0 && listener.recvQ >= listener.sendQ;
      const cause: Localized = acceptQueueFull
        ? format(
            {
              en: ' The listener\'s accept queue is full as well (Recv-Q {queued}, backlog {backlog}): while it is, the kernel discards the clients\' final ACKs and the connections wait in SYN_RECV. That is a slow accept path, not an attack: make the application accept faster or raise its backlog.',
              zh: '该监听端口的全连接队列也已满（Recv-Q {queued}，backlog {backlog}）：队列满时内核会丢弃客户端的最后一个 ACK，连接就停在 SYN_RECV。这是应用 accept 太慢，而不是攻击：请加快应用的 accept，或调大它的 backlog。',
            },
            { queued: listener.recvQ ?? 0, backlog: listener.sendQ ?? 0 },
          )
        : { en: '', zh: '' };
      findings.push({
        code: this.code,
        severity: 'warning',
        line: first.line,
        span: first.stateSpan,
        message: joinLocalized(
          format({ en: '{count} half-open connections in SYN_RECV on port {port}', zh: '端口 {port} 上有 {count} 个处于 SYN_RECV 的半连接' }, values),
          owner,
          format(
            {
              en: ' from {sources} distinct source addresses. The SYN arrived and the SYN-ACK went out, but the final ACK has not come back. Many sources suggest a SYN flood; few sources suggest their ACKs are lost on the way (asymmetric routing, a firewall or a load balancer dropping them). Keep net.ipv4.tcp_syncookies = 1 so a full SYN queue does not refuse real clients, size net.ipv4.tcp_max_syn_backlog to the load, and watch nstat -az TcpExtSyncookiesSent TcpExtListenDrops.',
              zh: '，来自 {sources} 个不同的源地址。SYN 已收到、SYN-ACK 已发出，但第三次握手的 ACK 迟迟没有回来。源地址很多时多半是 SYN Flood 攻击；源地址很少时更可能是 ACK 在路上丢了（路由不对称，或被防火墙、负载均衡器丢弃）。请保持 net.ipv4.tcp_syncookies = 1，避免半连接队列满时拒绝正常客户端；按负载调整 net.ipv4.tcp_max_syn_backlog，并用 nstat -az TcpExtSyncookiesSent TcpExtListenDrops 观察计数。',
            },
            values,
          ),
          cause,
          moreNote(rows.length),
        ),
        related: relatedRows(rows, { en: 'SYN_RECV socket on this port', zh: '该端口上的 SYN_RECV 连接' }),
        rowGroup: rowGroupOf(rows, format({ en: 'SYN_RECV on port {port}', zh: '端口 {port} 上的 SYN_RECV' }, values), 'SYN_RECV'),
      });
    }
    return findings;
  },
};
