import { type ConnectionSides, isInboundConnection, processLabel } from '../../analysis/connectionSide';
import { format } from '../../i18n/localized';
import type { Finding } from '../finding';
import { groupPlace, joinLocalized, moreNote, placeFirst, relatedRows, rowGroupOf } from './grouping';
import { formatBytes, type MinorityRule } from './queueBuildup';

/**
 * Slow clients inside a busy service port: most of the port's connections drain their Send-Q, so the
 * server keeps up, but a sizeable group holds data the clients do not acknowledge. On any busy port a
 * few clients are caught mid-download with a full queue at the moment of the snapshot; a group is
 * "sizeable" when it is both
 * - at least SLOW_CLIENTS_MIN_SOCKETS sockets: a population, not the few that happen to be sending, and
 * - at least SLOW_CLIENTS_MIN_SHARE percent of the port's established connections: on a port with tens
 *   of thousands of connections a few dozen slow ones are the ordinary tail of mobile and distant users.
 * Above the rule's share threshold (queueShare) the whole group is backed up and the Send-Q finding
 * itself speaks; this one covers the groups below it. Only inbound groups: a client's connections to
 * one upstream that partly stall are one peer's problem, which the Send-Q finding already names.
 */
export const SLOW_CLIENTS_MIN_SOCKETS = 20;
export const SLOW_CLIENTS_MIN_SHARE = 5;

export function isSizeableSlowGroup(backedUp: number, groupSize: number): boolean {
  return backedUp >= SLOW_CLIENTS_MIN_SOCKETS && (backedUp / groupSize) * 100 >= SLOW_CLIENTS_MIN_SHARE;
}

/** The Send-Q rule's finding for slow clients among a busy port's connections. */
export function slowClients(code: string, sides: ConnectionSides): MinorityRule {
  return {
    test: (backedUp, groupSize, first) => isSizeableSlowGroup(backedUp, groupSize) && isInboundConnection(first, sides),
    finding({ backedUp, groupSize, totalBytes, maxBytes }, settings): Finding {
      const first = backedUp.row(0);
      const process = processLabel(first);
      const values = {
        count: backedUp.length,
        size: groupSize,
        total: formatBytes(totalBytes),
        max: formatBytes(maxBytes),
        threshold: formatBytes(settings.thresholds.queueBytes),
        port: first.local?.port ?? '?',
        process,
      };
      return {
        code,
        severity: 'information',
        line: first.line,
        span: first.stateSpan,
        message: joinLocalized(
          placeFirst(groupPlace(first, sides), format({ en: '{count} of {size} established connections ', zh: '{size} 个已建立连接中有 {count} 个' }, values)),
          process ? format({ en: ' (held by {process})', zh: '（属于 {process}）' }, values) : { en: '', zh: '' },
          format(
            {
              en: ' each hold at least {threshold} in Send-Q that the client has not acknowledged ({total} in all, up to {max} on one socket), while the port\'s other connections drain theirs: the server keeps up, these clients do not. Look for what they share: one network, region or provider (sort them by peer address: ss -tn state established \'( sport = :{port} )\'), a lossy path (ss -ti on them: retrans and rto grow), or clients that stopped reading (snd_wnd 0, a zero window). Make sure the server\'s send timeout ends connections that never drain, so they do not hold buffers and workers.',
              zh: '各自都有不少于 {threshold} 的 Send-Q 数据未被客户端确认（合计 {total}，单个连接最多 {max}），而该端口的其他连接都能正常发完：服务端本身跟得上，是这一批客户端跟不上。请找出它们的共同点：是否来自同一网段、地区或运营商（按对端地址排序：ss -tn state established \'( sport = :{port} )\'），链路是否丢包（对这些连接执行 ss -ti，看 retrans 和 rto 是否在增长），或者客户端已经不再读取数据（snd_wnd 为 0，即零窗口）。同时确认服务端的发送超时能够断开长期发不完的连接，避免它们一直占用缓冲区和工作线程。',
            },
            values,
          ),
          moreNote(backedUp.length),
        ),
        related: relatedRows(backedUp, { en: 'Connection to a slow client', zh: '连向慢客户端的连接' }),
        rowGroup: rowGroupOf(backedUp, joinLocalized({ en: 'Slow clients ', zh: '慢客户端：' }, groupPlace(first, sides)), 'ESTABLISHED'),
      };
    },
  };
}
