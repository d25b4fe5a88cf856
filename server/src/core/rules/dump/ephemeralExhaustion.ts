import { type ConnectionSides, type EphemeralRange, ephemeralRangeOf, isInboundConnection, isInboundPort } from '../../analysis/connectionSide';
import { describeSource } from '../../analysis/sysctlContext';
import { format, type Localized } from '../../i18n/localized';
import { NO_KEY, NO_STATE, type SocketColumns, stateOrdinal, TCP_PROTOCOL } from '../../parsers/socketColumns';
import type { Finding } from '../finding';
import type { DumpRule } from './dumpRule';
import { filterByColumns, firstProcessLabel, groupRows, indicesInBigBuckets, joinLocalized, ROWS_PER_STEP, rowsAt, type Steps, moreNote, percent, relatedRows, remoteText, rowGroupOf, stateBreakdown } from './grouping';

/**
 * A local port can serve many destinations at once, but towards one remote address and port every
 * connection from one local address needs a port of its own, in any state (TIME_WAIT included).
 * So the ephemeral range is exhausted per (local address, remote endpoint), not per host.
 */
export const ephemeralExhaustion: DumpRule = {
  code: 'ports.ephemeral-exhaustion',
  *check({ columns, first, end, settings, sides, tcpTotal, workspace }) {
    const range = ephemeralRangeOf(workspace);
    const rangeSize = range.high - range.low + 1;
    // No group can reach the share when the whole dump cannot.
    if ((tcpTotal / rangeSize) * 100 < settings.thresholds.ephemeralPortShare) {
      return [];
    }
    const reachesShare = (count: number) => (count / rangeSize) * 100 >= settings.thresholds.ephemeralPortShare;
    const candidates = yield* candidateIndices(columns, first, end, range, sides);
    // A group is one local address towards one endpoint: all its rows have the same peer host.
    const kept = yield* indicesInBigBuckets(candidates, (index) => (hasColumnKeys(columns, index) && columns.remoteHost[index] !== NO_KEY ? columns.remoteHost[index] : undefined), reachesShare);
    const groups = yield* groupRows(
      rowsAt(columns, kept),
      (row) => {
        const port = Number(row.local?.port);
        const connected = row.state !== undefined && row.state !== 'LISTEN' && row.remote !== undefined;
        return connected && port >= range.low && port <= range.high && !isInboundConnection(row, sides);
      },
      (row) => `${row.local?.address}|${remoteText(row)}`,
    );
    const findings: Finding[] = [];
    for (const rows of groups.values()) {
      const share = percent(rows.length, rangeSize);
      if (!reachesShare(rows.length)) {
        continue;
      }
      const first = rows.row(0);
      const process = firstProcessLabel(rows);
      const values = {
        count: rows.length,
        share,
        rangeSize,
        low: range.low,
        high: range.high,
        local: first.local?.address ?? '?',
        upstream: remoteText(first),
        states: yield* stateBreakdown(rows),
        process: process ?? '',
        free: Math.max(0, rangeSize - rows.length),
      };
      const timeWait = (yield* filterByColumns(rows, (index) => rows.columns.stateOf(index) === 'TIME_WAIT')).length;
      findings.push({
        code: this.code,
        severity: 'warning',
        line: first.line,
        span: first.stateSpan,
        message: joinLocalized(
          format(
            {
              en: '{count} local ports from {local} to {upstream} are taken ({states}): {share}% of the {rangeSize} ephemeral ports {low}–{high} ',
              zh: '从 {local} 到 {upstream} 的连接占用了 {count} 个本地端口（{states}）：已用掉临时端口范围 {low}–{high}（共 {rangeSize} 个）的 {share}%',
            },
            values,
          ),
          rangeOrigin(range),
          process ? format({ en: ', opened by {process}', zh: '，由 {process} 发起' }, values) : { en: '', zh: '' },
          format(
            {
              en: '. Towards one address and port each connection needs its own local port, so only {free} are left; when none is, connect() fails with "Cannot assign requested address" (EADDRNOTAVAIL). ',
              zh: '。连向同一个地址和端口时，每个连接都要独占一个本地端口，现在只剩 {free} 个；一旦用完，connect() 会报 “Cannot assign requested address”（EADDRNOTAVAIL）。',
            },
            values,
          ),
          timeWait * 2 >= rows.length ? SHORT_CONNECTIONS : LONG_CONNECTIONS,
          TW_REUSE,
          moreNote(rows.length),
        ),
        related: relatedRows(rows, { en: 'Connection holding a port of this range', zh: '占用该范围端口的连接' }),
        rowGroup: rowGroupOf(rows, format({ en: 'Ports from {local} to {upstream}', zh: '{local} 到 {upstream} 占用的端口' }, values)),
      });
    }
    return findings;
  },
};

/**
 * The rows that may hold a port of the range, read from the columns: rows without a state and listeners
 * are left out, and so are TCP rows whose local port, written as a plain number, is outside the range or
 * a service port of this host. The others are judged on their decoded row.
 */
function* candidateIndices(columns: SocketColumns, first: number, end: number, range: EphemeralRange, sides: ConnectionSides): Steps<number[]> {
  const listen = stateOrdinal('LISTEN');
  const candidates: number[] = [];
  for (let index = first; index < end; index++) {
    if (index > first && (index - first) % ROWS_PER_STEP === 0) {
      yield;
    }
    const state = columns.state[index];
    if (state === NO_STATE || state === listen) {
      continue;
    }
    const port = columns.localPort[index];
    if (hasColumnKeys(columns, index) && port >= 0 && (port < range.low || port > range.high || isInboundPort(port, sides))) {
      continue;
    }
    candidates.push(index);
  }
  return candidates;
}

/** Whether the row's key columns were read by the scan from its own line (a TCP row of an ss or netstat table). */
function hasColumnKeys(columns: SocketColumns, index: number): boolean {
  return columns.protocol[index] === TCP_PROTOCOL && columns.objectRow(index) === undefined;
}

function rangeOrigin(range: EphemeralRange): Localized {
  return range.source
    ? format(
        { en: '(net.ipv4.ip_local_port_range from {source})', zh: '（net.ipv4.ip_local_port_range，取自 {source}）' },
        { source: describeSource(range.source) },
      )
    : { en: '(the Linux default; open the sysctl file that sets net.ipv4.ip_local_port_range to use its range)', zh: '（Linux 默认值；打开设置了 net.ipv4.ip_local_port_range 的 sysctl 文件即可按其范围计算）' };
}

const SHORT_CONNECTIONS: Localized = {
  en: 'Most are TIME_WAIT: this host opens a new connection per request and closes it first, and each closed connection keeps its port for 60 s. Reuse connections instead (HTTP keep-alive, a connection pool with enough idle connections): a pooled connection uses one port for hours. ',
  zh: '其中大部分是 TIME_WAIT：本机每个请求都新建连接并主动关闭，每个关闭的连接还要占住端口 60 秒。请改为复用连接（HTTP Keep-Alive、保留足够空闲连接的连接池）：池化的连接可以用同一个端口跑上几个小时。',
};

const LONG_CONNECTIONS: Localized = {
  en: 'Most are still open: the pool towards this upstream is simply very large, or connections leak (check CLOSE_WAIT and the pool size limits). ',
  zh: '其中大部分连接仍处于打开状态：要么连向这个上游的连接池过大，要么连接在泄漏（检查 CLOSE_WAIT 和连接池的上限设置）。',
};

const TW_REUSE: Localized = {
  en: 'net.ipv4.tcp_tw_reuse = 1 lets a new outgoing connection take over a port whose previous connection is in TIME_WAIT, when both ends use TCP timestamps (the default 2 allows it on loopback only); it does nothing for ports held by open connections, nothing for incoming connections, and nothing with tcp_timestamps = 0. Widening ip_local_port_range, or spreading connections over more upstream addresses or ports, also adds room.',
  zh: 'net.ipv4.tcp_tw_reuse = 1 允许新的出站连接接管上一个连接处于 TIME_WAIT 的端口，前提是双方都启用了 TCP 时间戳（默认值 2 只对回环地址生效）；它对仍被打开的连接占用的端口无效，对入站连接无效，在 tcp_timestamps = 0 时也无效。扩大 ip_local_port_range，或把连接分散到更多上游地址或端口，也能腾出空间。',
};
