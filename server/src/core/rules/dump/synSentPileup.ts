import { format } from '../../i18n/localized';
import { ipv4NumberIn, portCountKeyIn } from '../../parsers/endpoint';
import { NO_STATE, type SocketColumns, TCP_PROTOCOL } from '../../parsers/socketColumns';
import { remoteHostKeyOf } from '../../parsers/socketTallies';
import type { Finding } from '../finding';
import type { DumpRule } from './dumpRule';
import { firstProcessLabel, groupRowsInState, joinLocalized, ROWS_PER_STEP, type RowList, type Steps, moreNote, percent, relatedRows, remoteText, remoteTextAt, rowGroupOf } from './grouping';

/**
 * SYN_SENT lasts one round trip on a working path. Many towards one endpoint, making up most of
 * this host's sockets to it, mean the SYN-ACKs do not come back. A busy pool that opens a few new
 * connections next to hundreds of established ones stays below the share.
 */
export const synSentPileup: DumpRule = {
  code: 'state.syn-sent-pileup',
  *check({ columns, first, end, rowsByState, settings }) {
    const findings: Finding[] = [];
    // Only groups big enough to report need their remote's other sockets counted.
    const groups = new Map(
      [...(yield* groupRowsInState(rowsByState, 'SYN_SENT', remoteText, (index) => remoteTextAt(columns, index)))].filter(([, rows]) => !(rows.length < settings.thresholds.synSent)),
    );
    const socketsTowards = groups.size > 0 ? yield* countSocketsPerRemote(columns, first, end, groups) : new Map<string, number>();
    for (const [remote, rows] of groups) {
      const towardsRemote = socketsTowards.get(remote) ?? rows.length;
      const share = percent(rows.length, towardsRemote);
      if ((rows.length / towardsRemote) * 100 < settings.thresholds.synSentShare) {
        continue;
      }
      const first = rows.row(0);
      const process = firstProcessLabel(rows);
      const values = { count: rows.length, remote, share, total: towardsRemote, process: process ?? '', port: first.remote?.port ?? '?' };
      findings.push({
        code: this.code,
        severity: 'warning',
        line: first.line,
        span: first.stateSpan,
        message: joinLocalized(
          format(
            { en: '{count} connection attempts to {remote} are stuck in SYN_SENT ({share}% of the {total} sockets to it)', zh: '有 {count} 个连向 {remote} 的连接卡在 SYN_SENT（占连向它的 {total} 个连接的 {share}%）' },
            values,
          ),
          process ? format({ en: ', opened by {process}', zh: '，由 {process} 发起' }, values) : { en: '', zh: '' },
          format(
            {
              en: '. The SYNs leave but no SYN-ACK comes back: the upstream is down or unreachable, or a firewall, security group or network ACL silently drops the SYNs (a rejecting firewall would fail the connect at once), or the upstream\'s own queues are full. With the default net.ipv4.tcp_syn_retries = 6 each attempt keeps retrying for about two minutes before the application sees a timeout (some 127 s up to Linux 6.4; 131 s since 6.5, whose tcp_syn_linear_timeouts adds four quick retries). Check the path: nc -vz or curl to {remote}, tcpdump -ni any \'tcp port {port} and tcp[tcpflags] & tcp-syn != 0\' on both ends, and the firewall rules in between.',
              zh: '。SYN 发出去了，却没有 SYN-ACK 回来：上游宕机或不可达，或者防火墙、安全组、网络 ACL 悄悄丢弃了 SYN（如果是拒绝型规则，connect 会立即失败），也可能是上游自己的队列满了。按默认的 net.ipv4.tcp_syn_retries = 6，每次连接要重试约两分钟，应用才会看到超时（Linux 6.4 及之前约 127 秒；6.5 起 tcp_syn_linear_timeouts 会额外加上四次快速重试，约 131 秒）。请检查链路：用 nc -vz 或 curl 测试 {remote}，在两端执行 tcpdump -ni any \'tcp port {port} and tcp[tcpflags] & tcp-syn != 0\'，并核对中间的防火墙规则。',
            },
            values,
          ),
          moreNote(rows.length),
        ),
        related: relatedRows(rows, { en: 'SYN_SENT towards this endpoint', zh: '连向该地址的 SYN_SENT 连接' }),
        rowGroup: rowGroupOf(rows, format({ en: 'SYN_SENT towards {remote}', zh: '连向 {remote} 的 SYN_SENT' }, values), 'SYN_SENT'),
      });
    }
    return findings;
  },
};

/** TCP sockets per remote endpoint, for the remotes that have SYN_SENT sockets: one pass over the dump. */
function* countSocketsPerRemote(columns: SocketColumns, first: number, end: number, remotes: ReadonlyMap<string, RowList>): Steps<Map<string, number>> {
  const counts = new Map<string, number>();
  // Comparing host keys, then addresses, spares building the endpoint of every row of a big dump:
  // a row whose address is one of these has one of these keys (the key is made from the address).
  const firstRows = [...remotes.values()].map((group) => group.row(0));
  const addresses = new Set(firstRows.map((row) => row.remote?.address));
  const hostKeys = new Set(firstRows.map((row) => remoteHostKeyOf(row)));
  // A row whose peer a plain row reader read (an IPv4 host and a plain port, both columns) is written
  // `a.b.c.d:port`: it is compared by those two numbers, with the remotes written that way.
  const plainRemotes = new Map<number, string>();
  for (const remote of remotes.keys()) {
    const key = plainRemoteKey(remote);
    if (key !== undefined) {
      plainRemotes.set(key, remote);
    }
  }
  for (let index = first; index < end; index++) {
    if (index > first && (index - first) % ROWS_PER_STEP === 0) {
      yield;
    }
    // A TCP row's peer host key is a column: rows towards other hosts are not decoded.
    if (columns.state[index] === NO_STATE || (columns.protocol[index] === TCP_PROTOCOL && !hostKeys.has(columns.remoteHostKey(index)))) {
      continue;
    }
    const host = columns.remoteHost[index];
    const port = columns.remotePort[index];
    if (host >= 0 && port >= 0) {
      const remote = plainRemotes.get(host * PORTS + port);
      if (remote !== undefined) {
        counts.set(remote, (counts.get(remote) ?? 0) + 1);
      }
      continue;
    }
    const row = columns.transientRow(index);
    if (row.state === undefined || !hostKeys.has(remoteHostKeyOf(row)) || !row.remote || !addresses.has(row.remote.address)) {
      continue;
    }
    const remote = remoteText(row);
    if (remotes.has(remote)) {
      counts.set(remote, (counts.get(remote) ?? 0) + 1);
    }
  }
  return counts;
}

/** More than any plain port: a host and a port make one number. */
const PORTS = 100_000;

/** The number a remote written `a.b.c.d:port` (a plain IPv4 address and a plain port) is compared by; undefined for any other. */
function plainRemoteKey(remote: string): number | undefined {
  const colon = remote.lastIndexOf(':');
  const host = colon > 0 ? ipv4NumberIn(remote, 0, colon) : -1;
  const port = colon > 0 ? portCountKeyIn(remote, colon + 1, remote.length) : undefined;
  return host >= 0 && typeof port === 'number' ? host * PORTS + port : undefined;
}
