import type { SysctlKeyDoc } from '../types';

/** Keys of the core receive path, below TCP: where packets wait before the stack processes them. */
export const CORE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.core.netdev_max_backlog',
    type: 'int',
    unit: 'packets',
    default: '1000',
    perNamespace: false,
    related: ['net.core.netdev_budget'],
    summary: {
      en: 'Length of the per-CPU queue of received packets waiting to be processed by the network stack.',
      zh: '每个 CPU 上等待协议栈处理的接收报文队列长度。',
    },
    details: {
      en:
        'Receive side, per CPU. Packets wait here when RPS/RFS hands them to another CPU, for drivers without NAPI, and for traffic arriving from veth pairs and loopback (containers). When the queue is full they are dropped before TCP ever sees them.\n\n' +
        '- Check the second column of `/proc/net/softnet_stat` (one hex line per CPU): a growing value means drops here.\n' +
        '- Raising it (e.g. 10000–30000) helps with bursts on fast links; if the third column (time squeeze) grows too, look at `netdev_budget`.',
      zh:
        '作用于接收方，每个 CPU 一个队列。当 RPS/RFS 把报文交给其他 CPU 处理、驱动不支持 NAPI，或者流量来自 veth 对和回环接口（容器场景）时，报文会在这里排队。队列满时报文直接被丢弃，TCP 根本看不到它们。\n\n' +
        '- 查看 `/proc/net/softnet_stat` 的第二列（每个 CPU 一行，十六进制）：数值增长说明这里有丢包。\n' +
        '- 高速链路上有突发流量时可以调大（如 10000–30000）；如果第三列（time squeeze）也在增长，再看 `netdev_budget`。',
    },
  },
  {
    key: 'net.core.netdev_budget',
    type: 'int',
    unit: 'packets',
    default: '300',
    perNamespace: false,
    related: ['net.core.netdev_max_backlog'],
    summary: {
      en: 'Maximum number of packets one CPU processes in a single receive softirq round, across all its interfaces.',
      zh: '单个 CPU 在一轮接收软中断中（所有网卡合计）最多处理的报文数。',
    },
    details: {
      en:
        'Receive side. When a round ends with work left over, because this budget or `netdev_budget_usecs` ran out, the time squeeze counter (third column of `/proc/net/softnet_stat`) increases and the rest waits for the next round.\n\n' +
        '- Raise it (e.g. 600) together with `netdev_budget_usecs` when time squeeze grows steadily under load and CPU time for softirqs is available.',
      zh:
        '作用于接收方。如果一轮结束时因为这个预算或 `netdev_budget_usecs` 用完而仍有报文没处理，time squeeze 计数（`/proc/net/softnet_stat` 第三列）就会增加，剩下的留到下一轮。\n\n' +
        '- 负载下 time squeeze 持续增长、且还有 CPU 余量处理软中断时，可与 `netdev_budget_usecs` 一起调大（如 600）。',
    },
  },
];
