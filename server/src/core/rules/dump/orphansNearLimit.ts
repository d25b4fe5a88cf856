import { describeSource, workspaceIntegers } from '../../analysis/sysctlContext';
import { format } from '../../i18n/localized';
import type { ColumnSpan } from '../../model/span';
import type { DumpRule } from './dumpRule';
import { percent } from './grouping';

/**
 * Orphans are TCP sockets the application has closed that are still finishing their close
 * (FIN_WAIT1/2, CLOSING, LAST_ACK). Past net.ipv4.tcp_max_orphans the kernel resets them and logs
 * "too many orphaned sockets". The default scales with memory, so the rule needs the workspace's value.
 */
export const orphansNearLimit: DumpRule = {
  code: 'state.orphans-near-limit',
  wholeDocument: true,
  *check({ dump, settings, workspace }) {
    const limit = workspaceIntegers(workspace, 'net.ipv4.tcp_max_orphans');
    const count = latestOrphanCount(dump);
    if (!limit || !count || limit.numbers[0] <= 0 || (count.value / limit.numbers[0]) * 100 < settings.thresholds.orphanShare) {
      return [];
    }
    const values = { orphans: count.value, max: limit.numbers[0], share: percent(count.value, limit.numbers[0]), source: describeSource(limit.source) };
    return [
      {
        code: this.code,
        severity: 'warning',
        line: count.line,
        span: count.span,
        message: format(
          {
            en: '{orphans} orphaned TCP sockets: {share}% of net.ipv4.tcp_max_orphans = {max} ({source}). The kernel weighs an orphan two or four times when its peer has been silent or sent errors, so resets ("too many orphaned sockets" in dmesg) can start well before the limit. Orphans pile up when peers stop acknowledging FINs; look for stuck FIN_WAIT1/LAST_ACK sockets (ss -tan state fin-wait-1) before raising the limit, since each orphan can hold up to tcp_wmem bytes of memory.',
            zh: '当前有 {orphans} 个孤儿 TCP 连接，已达到 net.ipv4.tcp_max_orphans = {max}（取自 {source}）的 {share}%。当对端长时间无响应或返回错误时，内核会把一个孤儿连接按两倍或四倍计算，因此远未到上限时就可能开始重置连接（dmesg 中出现 “too many orphaned sockets”）。对端不再确认 FIN 时孤儿连接就会堆积；在调大上限之前，请先查找卡住的 FIN_WAIT1/LAST_ACK 连接（ss -tan state fin-wait-1），因为每个孤儿连接最多可能占用 tcp_wmem 大小的内存。',
          },
          values,
        ),
      },
    ];
  },
};

/** The orphan count of the last `ss -s` TCP line or /proc/net/sockstat line in the paste. */
function latestOrphanCount(dump: Parameters<DumpRule['check']>[0]['dump']): { value: number; line: number; span?: ColumnSpan } | undefined {
  const candidates: { value: number; line: number; span?: ColumnSpan }[] = [
    ...dump.ssSummaries.filter((summary) => summary.tcp.orphaned !== undefined).map((summary) => ({ value: summary.tcp.orphaned, line: summary.line })),
    ...dump.counters.filter((counter) => counter.group === 'TCP' && counter.name === 'orphan').map((counter) => ({ value: counter.value, line: counter.line, span: counter.span })),
  ];
  return candidates.sort((a, b) => a.line - b.line).pop();
}
