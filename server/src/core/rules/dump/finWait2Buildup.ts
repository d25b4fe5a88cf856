import { processLabel } from '../../analysis/connectionSide';
import { format, type Localized } from '../../i18n/localized';
import type { Finding } from '../finding';
import type { DumpRule } from './dumpRule';
import { groupByDirection } from './directionFromData';
import { filterByColumns, findRow, groupPlaceOf, hasProcessLabelAt, joinLocalized, placeFirst, moreNote, percent, relatedRows, rowGroupOf } from './grouping';

/**
 * FIN_WAIT2: this side closed, the peer acknowledged and has not closed its own side. It is the
 * mirror image of a CLOSE_WAIT leak on the peer. tcp_fin_timeout ends it only for orphans
 * (sockets the application has already close()d); a socket still held after shutdown() waits forever.
 */
export const finWait2Buildup: DumpRule = {
  code: 'state.fin-wait2-buildup',
  *check({ rows: dumpRows, rowsByState, settings, sides, tcpTotal }) {
    const findings: Finding[] = [];
    // Whether the dump shows owners at all: looked up once, when a first group is reported.
    let dumpShowsOwners: boolean | undefined;
    if (rowsByState.indicesOf('FIN_WAIT2').length < settings.thresholds.finWait2) {
      return findings;
    }
    // Which side opened each connection, also from the rows themselves (directionFromData.ts).
    const { groups, inboundAt } = yield* groupByDirection(rowsByState, 'FIN_WAIT2', sides, false);
    for (const rows of groups.values()) {
      if (rows.length < settings.thresholds.finWait2) {
        continue;
      }
      const first = rows.row(0);
      const inbound = inboundAt(rows.indices[0]);
      dumpShowsOwners ??= (yield* findRow(dumpRows, (row) => row.processes.length > 0)) !== undefined;
      const held = yield* filterByColumns(rows, (index) => hasProcessLabelAt(rows.columns, index));
      const values = { count: rows.length, share: percent(rows.length, tcpTotal), held: held.length, process: held.length > 0 ? processLabel(held.row(0)) : '' };
      const peer = inbound
        ? { en: 'the clients never close their side', zh: '这些客户端一直没有关闭自己这一侧' }
        : { en: 'the upstream never closes its side', zh: '上游一直没有关闭自己这一侧' };
      findings.push({
        code: this.code,
        severity: 'warning',
        line: first.line,
        span: first.stateSpan,
        message: joinLocalized(
          placeFirst(groupPlaceOf(first, inbound), format({ en: '{count} sockets in FIN_WAIT2 ', zh: '有 {count} 个 FIN_WAIT2 连接' }, values)),
          {
            en: ` (${values.share}% of TCP sockets). This host has closed them and the peer has acknowledged, but ${peer.en}: on the peer these connections sit in CLOSE_WAIT, so look there for a close() that is never called. `,
            zh: `（占 TCP 连接的 ${values.share}%）。本机已经关闭，对端也确认了，但${peer.zh}：在对端，这些连接处于 CLOSE_WAIT，请到对端排查没有调用 close() 的地方。`,
          },
          ownershipNote(held.length, values.process, dumpShowsOwners),
          moreNote(rows.length),
        ),
        related: relatedRows(rows, { en: 'FIN_WAIT2 socket of this group', zh: '本组的 FIN_WAIT2 连接' }),
        rowGroup: rowGroupOf(rows, joinLocalized({ en: 'FIN_WAIT2 ', zh: 'FIN_WAIT2：' }, groupPlaceOf(first, inbound)), 'FIN_WAIT2'),
      });
    }
    return findings;
  },
};

/** What tcp_fin_timeout does for these sockets depends on whether a process still holds them. */
function ownershipNote(held: number, process: string, dumpShowsProcesses: boolean): Localized {
  if (held > 0) {
    return format(
      {
        en: '{held} of them are still held by {process} (it called shutdown() rather than close()), and net.ipv4.tcp_fin_timeout does not apply to them: they wait until the peer closes or the process closes the socket. Close the socket once the response is done, or set a read timeout on the half-closed connection.',
        zh: '其中 {held} 个仍被 {process} 持有（它调用的是 shutdown() 而不是 close()），net.ipv4.tcp_fin_timeout 对它们不起作用：它们会一直等到对端关闭或本进程关闭 socket。请在响应结束后 close() 这个 socket，或为半关闭的连接设置读超时。',
      },
      { held, process },
    );
  }
  if (dumpShowsProcesses) {
    return {
      en: 'No process holds them any more, so they are orphans and the kernel drops each one after net.ipv4.tcp_fin_timeout (default 60 s); lowering it shortens their life, but the fix belongs on the peer.',
      zh: '已经没有进程持有它们，它们是孤儿连接，内核会在 net.ipv4.tcp_fin_timeout（默认 60 秒）后逐个回收；调小这个值能缩短它们的存活时间，但真正的修复在对端。',
    };
  }
  return {
    en: 'net.ipv4.tcp_fin_timeout (default 60 s) ends them only if the application has already called close() (orphans, listed without a process by ss -p); sockets a process still holds after shutdown() wait until the peer closes. Run ss -tanp state fin-wait-2 to see which case this is.',
    zh: 'net.ipv4.tcp_fin_timeout（默认 60 秒）只对应用已经 close() 的孤儿连接生效（ss -p 中不显示进程）；调用 shutdown() 后仍被进程持有的 socket 会一直等到对端关闭。用 ss -tanp state fin-wait-2 可以确认属于哪种情况。',
  };
}
