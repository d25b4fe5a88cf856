import { type EphemeralRange, ephemeralRangeOf, isInboundConnection, isInboundPort } from '../../analysis/connectionSide';
import { describeSource } from '../../analysis/sysctlContext';
import { format, type Localized } from '../../i18n/localized';
import type { SocketRow } from '../../model/socketTable';
import { NO_KEY } from '../../parsers/socketColumns';
import { localPortOf } from '../../parsers/tableRow';
import type { Finding } from '../finding';
import type { DumpRule } from './dumpRule';
import { groupAllRows, GroupKeyStrings, groupPlace, hasKeysInColumns, indicesInBigBuckets, joinLocalized, localAddressAt, moreNote, percent, portNumberOf, relatedRows, remoteNumberAt, remoteText, remoteTextAt, rowGroupOf, rowsAt } from './grouping';

/**
 * TIME_WAIT sits on the side that closed first and lasts 2×MSL (60 s on Linux, not tunable).
 * On a server port it costs little but memory; towards one upstream it pins a local port per
 * connection, and enough of them exhaust the ephemeral range for that destination.
 */
export const timeWaitBuildup: DumpRule = {
  code: 'state.time-wait-buildup',
  *check({ rowsByState, settings, sides, tcpTotal, workspace }) {
    const findings: Finding[] = [];
    const { columns } = rowsByState;
    // Inbound rows group by their service port, outbound ones by upstream: a bucket per port or peer host
    // (a port and an IPv4 number may share one, which only keeps more rows) holds each group whole.
    const bucketOf = (index: number): number | undefined => {
      const port = columns.localPort[index];
      if (columns.objectRow(index) !== undefined || port < 0) {
        return undefined;
      }
      if (isInboundPort(port, sides)) {
        return port;
      }
      return columns.remoteHost[index] === NO_KEY ? undefined : columns.remoteHost[index];
    };
    const kept = yield* indicesInBigBuckets(rowsByState.indicesOf('TIME_WAIT'), bucketOf, (count) => count >= settings.thresholds.timeWait);
    const keys = new GroupKeyStrings();
    const groups = yield* groupAllRows(
      rowsAt(columns, kept),
      (row) => (isInboundConnection(row, sides) ? `in:${localPortOf(row)}` : `out:${row.local?.address}|${remoteText(row)}`),
      (index) => {
        if (!hasKeysInColumns(columns, index)) {
          return undefined;
        }
        const port = columns.localPort[index];
        // An inbound key by its port (its first number below every local address), an outbound one by local address and peer.
        return isInboundPort(port, sides)
          ? keys.key(-1, portNumberOf(port), () => `in:${port}`)
          : keys.key(columns.localHost[index], remoteNumberAt(columns, index), () => `out:${localAddressAt(columns, index)}|${remoteTextAt(columns, index)}`);
      },
    );
    for (const rows of groups.values()) {
      if (rows.length < settings.thresholds.timeWait) {
        continue;
      }
      const first = rows.row(0);
      const message = isInboundConnection(first, sides)
        ? inboundMessage(first, rows.length, tcpTotal)
        : outboundMessage(first, rows.length, tcpTotal, ephemeralRangeOf(workspace));
      findings.push({
        code: this.code,
        severity: 'warning',
        line: first.line,
        span: first.stateSpan,
        message: joinLocalized(message, moreNote(rows.length)),
        related: relatedRows(rows, { en: 'TIME_WAIT socket of this group', zh: '本组的 TIME_WAIT 连接' }),
        rowGroup: rowGroupOf(rows, joinLocalized({ en: 'TIME_WAIT ', zh: 'TIME_WAIT：' }, groupPlace(first, sides)), 'TIME_WAIT'),
      });
    }
    return findings;
  },
};

function inboundMessage(first: SocketRow, count: number, tcpTotal: number): Localized {
  return format(
    {
      en: '{count} sockets in TIME_WAIT on server port {port} ({share}% of TCP sockets): this server closes these connections first, so it keeps each one for 60 s (2×MSL). They share the listening port, so no port runs out, but each costs memory and the total is capped by net.ipv4.tcp_max_tw_buckets. Usually the server closes after every response: enable HTTP keep-alive (or let clients close first) rather than shortening TIME_WAIT.',
      zh: '服务端口 {port} 上有 {count} 个 TIME_WAIT 连接（占 TCP 连接的 {share}%）：本机服务是主动关闭方，每个连接都要保持 60 秒（2×MSL）。它们共用监听端口，不会耗尽端口，但会占用内存，总数受 net.ipv4.tcp_max_tw_buckets 限制。常见原因是服务端每次响应后就断开连接：应开启 HTTP Keep-Alive（或让客户端先关闭），而不是想办法缩短 TIME_WAIT。',
    },
    { count, port: first.local?.port ?? '?', share: percent(count, tcpTotal) },
  );
}

function outboundMessage(first: SocketRow, count: number, tcpTotal: number, range: EphemeralRange): Localized {
  const rangeSize = range.high - range.low + 1;
  const values = {
    count,
    share: percent(count, tcpTotal),
    upstream: remoteText(first),
    local: first.local?.address ?? '?',
    rangeShare: percent(count, rangeSize),
    rangeSize,
    origin: range.source ? `ephemeral range ${range.low}–${range.high} (from ${describeSource(range.source)})` : `default ephemeral range ${range.low}–${range.high}`,
    originZh: range.source ? `临时端口范围 ${range.low}–${range.high}（取自 ${describeSource(range.source)}）` : `默认临时端口范围 ${range.low}–${range.high}`,
  };
  return format(
    {
      en: '{count} sockets in TIME_WAIT towards {upstream} from {local} ({share}% of TCP sockets): this host opens short connections to that upstream and closes them first, and each one holds a local port for 60 s. That is {rangeShare}% of the {rangeSize} ports in the {origin} for this destination; when it runs out, connect() fails with "Cannot assign requested address". Reuse connections (HTTP keep-alive, a connection pool); net.ipv4.tcp_tw_reuse = 1 lets new outgoing connections reuse TIME_WAIT ports (it needs TCP timestamps; the default 2 does this for loopback only); widening net.ipv4.ip_local_port_range buys headroom. tcp_tw_recycle is not an option: it was removed in Linux 4.12.',
      zh: '从 {local} 连向 {upstream} 的 TIME_WAIT 连接有 {count} 个（占 TCP 连接的 {share}%）：本机对这个上游使用短连接并且主动关闭，每个连接都会占住一个本地端口 60 秒。对这个目标而言，它们已占用{originZh}共 {rangeSize} 个端口中的 {rangeShare}%；一旦耗尽，connect() 会报 “Cannot assign requested address”。请复用连接（HTTP Keep-Alive、连接池）；net.ipv4.tcp_tw_reuse = 1 允许新的出站连接复用 TIME_WAIT 端口（依赖 TCP 时间戳；默认值 2 只对回环地址生效）；扩大 net.ipv4.ip_local_port_range 可以多留一些余量。不要指望 tcp_tw_recycle：它已在 Linux 4.12 中移除。',
    },
    values,
  );
}
