import { format } from '../../i18n/localized';
import { processLabel } from '../../analysis/connectionSide';
import type { Finding } from '../finding';
import type { DumpRule } from './dumpRule';
import { groupByDirection } from './directionFromData';
import { groupPlaceOf, joinLocalized, moreNote, percent, relatedRows, remoteText, rowGroupOf } from './grouping';

/**
 * CLOSE_WAIT means the peer has closed and this side's application has not called close().
 * No kernel timer ends the state, so a pile of them is a descriptor leak in the application.
 * Inbound sockets group by the service port they were accepted on; outbound ones by the upstream
 * they lead to (their local ports are all different ephemeral ports). Which is which comes from the
 * LISTEN rows and, when a grepped paste lost them, from the rows' own pattern (directionFromData.ts).
 */
export const closeWaitBuildup: DumpRule = {
  code: 'state.close-wait-buildup',
  *check({ rowsByState, settings, sides, tcpTotal }) {
    const findings: Finding[] = [];
    if (rowsByState.indicesOf('CLOSE_WAIT').length < settings.thresholds.closeWait) {
      return findings;
    }
    // Which side opened each connection, from the LISTEN rows and, where a partial paste lacks them, from
    // the rows themselves (directionFromData.ts): inbound ones group by service port, outbound by upstream.
    const { groups, inboundAt } = yield* groupByDirection(rowsByState, 'CLOSE_WAIT', sides, true);
    for (const rows of groups.values()) {
      if (rows.length < settings.thresholds.closeWait) {
        continue;
      }
      const first = rows.row(0);
      const inbound = inboundAt(rows.indices[0]);
      const process = processLabel(first);
      const values = {
        count: rows.length,
        share: percent(rows.length, tcpTotal),
        port: first.local?.port ?? '?',
        upstream: remoteText(first),
        process: process || '?',
      };
      const where = inbound
        ? format({ en: 'on local port {port}', zh: '堆积在本地端口 {port} 上' }, values)
        : format({ en: 'towards {upstream}', zh: '堆积在连向 {upstream} 的出站连接上' }, values);
      const owner = process
        ? format({ en: ', held by {process}', zh: '，属于进程 {process}' }, values)
        : { en: '', zh: '' };
      const advice = inbound
        ? format(
            {
              en: ' The clients have closed; this server has not called close() on these sockets, and no kernel timer will clean them up. Look for a code path that skips close() (an exception before finally/try-with-resources, a handler that hangs, a leaked connection object), then restart only as a stopgap. List them: ss -tanp state close-wait \'( sport = :{port} )\'.',
              zh: '客户端已经关闭连接，但本机服务没有对这些 socket 调用 close()，内核也没有任何定时器会回收它们。请排查漏掉 close() 的代码路径（异常跳过了 finally/try-with-resources、处理线程卡死、连接对象泄漏），重启进程只能临时缓解。查看明细：ss -tanp state close-wait \'( sport = :{port} )\'。',
            },
            values,
          )
        : format(
            {
              en: ' The upstream closed these connections (often its idle timeout) but the client here still holds them: typically a connection pool that keeps dead connections without validating or evicting idle ones. Enable idle eviction / validation in the pool, keep its idle timeout below the server\'s, and make sure every borrowed connection is returned and closed. List them: ss -tanp state close-wait dst {upstream}.',
              zh: '对端（上游）已经关闭了这些连接（常见原因是对端的空闲超时），但本机客户端仍然占着不放：典型情况是连接池持有已失效的连接，既不校验也不回收。请在连接池中开启空闲回收/有效性检测，让连接池的空闲超时小于服务端的超时，并确保借出的连接都被归还和关闭。查看明细：ss -tanp state close-wait dst {upstream}。',
            },
            values,
          );
      findings.push({
        code: this.code,
        severity: 'warning',
        line: first.line,
        span: first.stateSpan,
        message: joinLocalized(
          format({ en: '{count} sockets in CLOSE_WAIT ', zh: '{count} 个 CLOSE_WAIT 连接' }, values),
          where,
          owner,
          format({ en: ' ({share}% of TCP sockets in this dump).', zh: '（占本次输出 TCP 连接的 {share}%）。' }, values),
          advice,
          moreNote(rows.length),
        ),
        related: relatedRows(rows, { en: 'CLOSE_WAIT socket of this group', zh: '本组的 CLOSE_WAIT 连接' }),
        rowGroup: rowGroupOf(rows, joinLocalized({ en: 'CLOSE_WAIT ', zh: 'CLOSE_WAIT：' }, groupPlaceOf(first, inbound)), 'CLOSE_WAIT'),
      });
    }
    return findings;
  },
};
