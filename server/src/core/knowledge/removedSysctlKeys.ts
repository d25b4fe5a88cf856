import type { Localized } from '../i18n/localized';

/**
 * Keys that older kernels had and current ones do not, which still turn up in copied tuning guides.
 * Keys the knowledge base documents in full (such as tcp_tw_recycle) carry `removedIn` there instead.
 * `removedIn` is given only where the release is certain; otherwise the key is simply absent from
 * the reference kernel of sysctlKeyCatalog.json.
 */
export interface RemovedSysctlKey {
  readonly key: string;
  readonly removedIn?: string;
  readonly replacement?: string;
  readonly note: Localized;
}

/**
 * CFS tuning knobs that tuned profiles and database guides still set: 5.13 moved them from sysctl to
 * debugfs, so `sysctl -p` fails on them.
 */
function schedulerDebugKnob(key: string, debugfsName: string): RemovedSysctlKey {
  return {
    key: `kernel.${key}`,
    removedIn: '5.13',
    note: {
      en: `The scheduler tunable moved to debugfs: \`/sys/kernel/debug/sched/${debugfsName}\` (needs debugfs mounted), which sysctl cannot write. With the EEVDF scheduler of 6.6 and later, several of these CFS knobs are gone altogether: measure before carrying old values over.`,
      zh: `这个调度器参数已移到 debugfs：\`/sys/kernel/debug/sched/${debugfsName}\`（需要挂载 debugfs），sysctl 无法写入。6.6 起改用 EEVDF 调度器后，这类 CFS 参数有好几个已经彻底不存在：沿用旧值之前请先实测。`,
    },
  };
}

export const REMOVED_SYSCTL_KEYS: readonly RemovedSysctlKey[] = [
  schedulerDebugKnob('sched_min_granularity_ns', 'min_granularity_ns'),
  schedulerDebugKnob('sched_latency_ns', 'latency_ns'),
  schedulerDebugKnob('sched_wakeup_granularity_ns', 'wakeup_granularity_ns'),
  schedulerDebugKnob('sched_migration_cost_ns', 'migration_cost_ns'),
  schedulerDebugKnob('sched_nr_migrate', 'nr_migrate'),
  schedulerDebugKnob('sched_tunable_scaling', 'tunable_scaling'),
  {
    key: 'net.ipv4.tcp_abc',
    removedIn: '3.9',
    note: {
      en: 'Appropriate Byte Counting was dropped from the TCP stack; congestion window growth no longer has this switch.',
      zh: 'TCP 协议栈已移除 ABC（按字节计数）机制，拥塞窗口增长不再受这个开关控制。',
    },
  },
  {
    key: 'net.ipv4.tcp_cookie_size',
    removedIn: '3.10',
    note: {
      en: 'TCP Cookie Transactions (TCPCT) were removed; the modern equivalent for faster opens is TCP Fast Open (`tcp_fastopen`).',
      zh: 'TCP Cookie Transactions（TCPCT）已被移除；想加快建连请看 TCP Fast Open（`tcp_fastopen`）。',
    },
    replacement: 'net.ipv4.tcp_fastopen',
  },
  {
    key: 'net.ipv4.tcp_frto_response',
    removedIn: '3.10',
    note: {
      en: 'F-RTO was rewritten and this tuning knob went away; only `tcp_frto` remains.',
      zh: 'F-RTO 重写后去掉了这个调节项，只保留 `tcp_frto`。',
    },
    replacement: 'net.ipv4.tcp_frto',
  },
  {
    key: 'net.ipv4.tcp_max_ssthresh',
    note: {
      en: 'Limited Slow Start was removed from Linux; current kernels have no such key.',
      zh: 'Linux 已移除 Limited Slow Start，当前内核没有这个参数。',
    },
  },
  {
    key: 'net.ipv4.tcp_dma_copybreak',
    note: {
      en: 'Belonged to the NET_DMA receive offload, which was removed from the kernel.',
      zh: '属于已被移除的 NET_DMA 接收卸载功能，当前内核没有这个参数。',
    },
  },
  {
    key: 'net.ipv4.tcp_thin_dupack',
    note: {
      en: 'The thin-stream duplicate-ACK tweak was removed from the kernel; `tcp_thin_linear_timeouts` still exists.',
      zh: '针对“瘦流”的重复 ACK 快速重传已从内核移除；`tcp_thin_linear_timeouts` 仍然保留。',
    },
    replacement: 'net.ipv4.tcp_thin_linear_timeouts',
  },
  {
    key: 'net.ipv4.netfilter.ip_conntrack_max',
    note: {
      en: 'The old IPv4-only conntrack name; the connection tracking table size is `net.netfilter.nf_conntrack_max` now.',
      zh: '旧的仅限 IPv4 的 conntrack 参数名；连接跟踪表大小现在由 `net.netfilter.nf_conntrack_max` 控制。',
    },
    replacement: 'net.netfilter.nf_conntrack_max',
  },
  {
    key: 'net.ipv4.ip_conntrack_max',
    note: {
      en: 'The old ip_conntrack name; use `net.netfilter.nf_conntrack_max`.',
      zh: '旧的 ip_conntrack 参数名，请改用 `net.netfilter.nf_conntrack_max`。',
    },
    replacement: 'net.netfilter.nf_conntrack_max',
  },
  {
    key: 'vm.percpu_pagelist_fraction',
    removedIn: '5.14',
    note: {
      en: 'Replaced by `vm.percpu_pagelist_high_fraction`, which has a different meaning (0 = automatic).',
      zh: '已被 `vm.percpu_pagelist_high_fraction` 取代，两者含义不同（新参数 0 表示自动）。',
    },
    replacement: 'vm.percpu_pagelist_high_fraction',
  },
  {
    key: 'vm.nr_pdflush_threads',
    note: {
      en: 'pdflush was replaced by per-device flusher threads long ago; the key had no effect and was removed.',
      zh: 'pdflush 早已被按设备的回写线程取代，这个参数先是失效、后被移除。',
    },
  },
  {
    key: 'vm.block_dump',
    note: {
      en: 'Block I/O debugging through the kernel log was removed; use the block tracepoints (`blktrace`, `bpftrace`) instead.',
      zh: '通过内核日志打印块设备 I/O 的调试功能已移除，请改用 block tracepoint（`blktrace`、`bpftrace`）。',
    },
  },
];
