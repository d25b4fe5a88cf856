import { integersOf, lastEntries } from '../../analysis/sysctlContext';
import { format } from '../../i18n/localized';
import type { SysctlRule } from './sysctlRule';

/**
 * Load balancers and stateful firewalls forget a TCP flow after an idle timeout and then drop (or
 * reset) its next packet. If the first keepalive probe comes later than that, pooled connections
 * that sat idle are already dead when the application reuses them. Only sockets with SO_KEEPALIVE
 * send probes at all, so this is advice, not an error.
 */
export const keepaliveExceedsIdleTimeout: SysctlRule = {
  code: 'sysctl.keepalive-exceeds-idle-timeout',
  check({ file, settings }) {
    const entry = lastEntries(file).get('net.ipv4.tcp_keepalive_time');
    const seconds = entry ? integersOf(entry.value) : undefined;
    if (file.isSnapshot || !entry || !seconds || seconds.length !== 1) {
      return [];
    }
    const exceeded = settings.idleTimeouts.filter((timeout) => seconds[0] >= timeout.seconds).sort((a, b) => a.seconds - b.seconds);
    if (exceeded.length === 0) {
      return [];
    }
    const shortest = exceeded[0].seconds;
    const suggestion = shortest > 120 ? shortest - 60 : Math.max(1, Math.floor(shortest / 2));
    const values = {
      value: seconds[0],
      devices: listInEnglish(exceeded.map((timeout) => `${timeout.name} (${timeout.seconds} s)`)),
      devicesZh: exceeded.map((timeout) => `${timeout.name}（${timeout.seconds} 秒）`).join('、'),
      suggestion,
    };
    return [
      {
        code: this.code,
        severity: 'information',
        line: entry.line,
        span: entry.valueSpan,
        message: format(
          {
            en: 'tcp_keepalive_time = {value} s: the first keepalive probe leaves only after the idle timeout of {devices} has already expired. Such a device silently forgets an idle flow, so a pooled connection that sat idle fails on its next request (a reset or a hang until retransmissions give up). Set it below the shortest timeout on your path, e.g. {suggestion} s, or have the pool evict idle connections sooner. It only matters for sockets that enable SO_KEEPALIVE; the list of idle timeouts is the setting netstatInsight.diagnostics.idleTimeouts.',
            zh: 'tcp_keepalive_time = {value} 秒：第一个保活探测包要等到 {devicesZh}的空闲超时过后才发出。这类设备会悄悄丢掉空闲的连接记录，连接池里闲置过的连接在下一次请求时就会失败（收到 RST，或一直卡到重传放弃）。请把它设得比路径上最短的空闲超时更小，例如 {suggestion} 秒，或者让连接池更早回收空闲连接。该参数只对开启了 SO_KEEPALIVE 的 socket 生效；空闲超时列表可在设置项 netstatInsight.diagnostics.idleTimeouts 中修改。',
          },
          values,
        ),
        fixes: [
          {
            title: format({ en: 'Set to {suggestion} s', zh: '改为 {suggestion} 秒' }, values),
            line: entry.line,
            span: entry.valueSpan,
            newText: String(suggestion),
            isPreferred: true,
          },
        ],
      },
    ];
  },
};

/** "A", "A and B", "A, B and C". */
function listInEnglish(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
