import type { SysctlKeyDoc } from '../types';

/**
 * Connection tracking (netfilter) keys. They exist only while nf_conntrack is loaded, i.e. on hosts
 * with stateful firewall or NAT rules, which includes most Docker and Kubernetes nodes.
 */
export const CONNTRACK_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.netfilter.nf_conntrack_max',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'Sized from RAM when conntrack initializes (262144 on a 24 GiB test machine).',
      zh: 'conntrack 初始化时按内存大小计算（在一台 24 GiB 内存的测试机上为 262144）。',
    },
    perNamespace: false,
    related: [
      'net.netfilter.nf_conntrack_buckets',
      'net.netfilter.nf_conntrack_tcp_timeout_established',
      'net.netfilter.nf_conntrack_tcp_timeout_time_wait',
    ],
    summary: {
      en: 'Maximum number of connection tracking entries (used by stateful firewalling and NAT) that each network namespace may hold.',
      zh: '每个网络命名空间最多可持有的连接跟踪条目数（状态防火墙和 NAT 使用）。',
    },
    details: {
      en:
        'Every flow through or to the host is tracked while conntrack is active. When the table is full, packets of new flows are dropped and the kernel logs "nf_conntrack: table full, dropping packet": new connections hang in SYN_SENT on the clients.\n\n' +
        '- Compare `conntrack -C` (or `net.netfilter.nf_conntrack_count`) with this value.\n' +
        '- Busy NAT gateways and Kubernetes nodes often need millions; raise `nf_conntrack_buckets` along with it.\n' +
        '- Long timeouts fill the table as much as traffic does. In containers the value is read-only: set it on the host.\n' +
        '- The limit is one value for the machine, but each network namespace counts its own entries against it: the host and every container with conntrack active may each hold this many, so the shared table can hold more in total. Newer kernels name the namespace in the "table full" message when it is not the host\'s.',
      zh:
        'conntrack 生效时，经过或发往本机的每条流都会被跟踪。表满后新流的报文被丢弃，内核日志出现 "nf_conntrack: table full, dropping packet"：客户端的新连接卡在 SYN_SENT。\n\n' +
        '- 用 `conntrack -C`（或 `net.netfilter.nf_conntrack_count`）与这个值对比。\n' +
        '- 繁忙的 NAT 网关和 Kubernetes 节点常需要数百万，同时调大 `nf_conntrack_buckets`。\n' +
        '- 超时时间过长和流量大一样会把表填满。在容器内该值只读：需要在宿主机上设置。\n' +
        '- 上限是整机一个值，但每个网络命名空间各自计数、分别对照这个上限：宿主机和每个启用了 conntrack 的容器各自最多可有这么多条目，因此共用的表总计可以超过它。较新的内核在非宿主机命名空间表满时，会在 "table full" 日志中注明命名空间。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_buckets',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'Sized from RAM when conntrack initializes (262144 on a 24 GiB test machine).',
      zh: 'conntrack 初始化时按内存大小计算（在一台 24 GiB 内存的测试机上为 262144）。',
    },
    perNamespace: false,
    related: ['net.netfilter.nf_conntrack_max'],
    summary: {
      en: 'Number of hash buckets of the connection tracking table.',
      zh: '连接跟踪表的哈希桶数量。',
    },
    details: {
      en:
        'Lookups get slower as entries per bucket grow, so keep `nf_conntrack_max` within a few times this value. It can be changed at run time only from the initial network namespace, or at load time with the `hashsize` module parameter.\n\n' +
        '- Raise it together with `nf_conntrack_max` on busy NAT gateways and Kubernetes nodes.',
      zh:
        '每个桶里的条目越多，查找越慢，所以 `nf_conntrack_max` 应保持在它的几倍以内。运行时只能在初始网络命名空间中修改，或者在加载模块时通过 `hashsize` 参数指定。\n\n' +
        '- 在繁忙的 NAT 网关和 Kubernetes 节点上与 `nf_conntrack_max` 一起调大。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_timeout_established',
    type: 'int',
    unit: 'seconds',
    default: '432000',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_max', 'net.ipv4.tcp_keepalive_time'],
    summary: {
      en: 'How long conntrack keeps an idle established TCP flow (5 days by default).',
      zh: 'conntrack 保留空闲的已建立 TCP 流的时间（默认 5 天）。',
    },
    details: {
      en:
        'Matters only where conntrack is active (NAT, stateful filtering). The long default keeps idle long-lived connections working but also keeps entries for connections whose endpoints vanished without FIN or RST.\n\n' +
        '- Lowering it (e.g. 3600–86400) is common on busy gateways; keep it above the longest legitimate idle period, or make those connections send keepalives more often.\n' +
        '- After expiry, packets of the old connection no longer match their NAT mapping and are usually dropped or answered with RST.',
      zh:
        '只在 conntrack 生效的主机上有意义（NAT、状态过滤）。较长的默认值能让空闲的长连接保持可用，但也会把端点已经消失、却没发 FIN 或 RST 的连接一直留在表里。\n\n' +
        '- 繁忙网关上常调低到 3600–86400；要高于正常连接的最长空闲时间，或者让这些连接更频繁地发送保活探测。\n' +
        '- 条目过期后，旧连接的报文不再匹配原来的 NAT 映射，通常会被丢弃或收到 RST。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_timeout_time_wait',
    type: 'int',
    unit: 'seconds',
    default: '120',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_max'],
    summary: {
      en: 'How long conntrack keeps a TCP flow after both FINs have been exchanged.',
      zh: '双方 FIN 都交换完毕后，conntrack 继续保留该 TCP 流的时间。',
    },
    details: {
      en:
        'Independent of the endpoints\' own TIME_WAIT, which is 60 s on Linux. Many short connections through a NAT gateway leave many entries in this state.\n\n' +
        '- Lowering it (e.g. 30–60) frees table space faster on busy gateways.',
      zh:
        '与两端自身的 TIME_WAIT（Linux 上为 60 秒）互不相关。大量短连接经过 NAT 网关时，会在这个状态留下大量条目。\n\n' +
        '- 繁忙网关上调低（如 30–60）可以更快腾出表空间。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_timeout_close_wait',
    type: 'int',
    unit: 'seconds',
    default: '60',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_tcp_timeout_fin_wait', 'net.netfilter.nf_conntrack_tcp_timeout_established'],
    summary: {
      en: 'How long conntrack keeps a half-closed TCP flow: the first FIN was acknowledged but the other side has not sent its own.',
      zh: 'conntrack 保留半关闭 TCP 流的时间：第一个 FIN 已被确认，但另一方尚未发出自己的 FIN。',
    },
    details: {
      en:
        'This is the phase in which one endpoint sits in FIN_WAIT2 and the other in CLOSE_WAIT. If the application on the CLOSE_WAIT side takes longer than this to close, the gateway forgets the flow and the late FIN or data may be dropped, leaving the other end stuck.\n\n' +
        '- Fix the application that does not close; raising this only hides it.',
      zh:
        '这正是一端处于 FIN_WAIT2、另一端处于 CLOSE_WAIT 的阶段。如果 CLOSE_WAIT 一侧的应用超过这个时间才关闭，网关已经忘掉了这条流，迟到的 FIN 或数据可能被丢弃，另一端就会卡住。\n\n' +
        '- 应当修复不关闭连接的应用；调大这个值只是掩盖问题。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_timeout_fin_wait',
    type: 'int',
    unit: 'seconds',
    default: '120',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_tcp_timeout_close_wait', 'net.netfilter.nf_conntrack_tcp_timeout_time_wait'],
    summary: {
      en: 'How long conntrack keeps a TCP flow after the first FIN, while that FIN is not yet acknowledged.',
      zh: '看到第一个 FIN、但它尚未被确认时，conntrack 保留该 TCP 流的时间。',
    },
    details: {
      en:
        'Covers the start of the four-way close, while the closing endpoint is in FIN_WAIT1. A peer that never acknowledges (gone, unreachable) leaves the entry for this long.\n\n' +
        '- Shorter values free the table faster on busy NAT gateways.',
      zh:
        '覆盖四次挥手的开头阶段，即关闭方处于 FIN_WAIT1 时。如果对端一直不确认（已消失或不可达），条目就保留这么久。\n\n' +
        '- 在繁忙的 NAT 网关上调短可以更快释放表空间。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_timeout_syn_sent',
    type: 'int',
    unit: 'seconds',
    default: '120',
    perNamespace: true,
    related: ['net.ipv4.tcp_syn_retries', 'net.netfilter.nf_conntrack_max'],
    summary: {
      en: 'How long conntrack keeps a TCP flow for which only the SYN has been seen.',
      zh: '只看到 SYN 的 TCP 流，conntrack 会保留多久。',
    },
    details: {
      en:
        'Entries for connection attempts that never get an answer (scans, dead backends) live this long.\n\n' +
        '- Lowering it (e.g. 30–60) helps a gateway flooded with unanswered SYNs.\n' +
        '- It does not change how long the client itself keeps retrying (`tcp_syn_retries`).',
      zh:
        '一直得不到应答的连接尝试（扫描、后端宕机）所对应的条目会保留这么久。\n\n' +
        '- 网关上充斥无应答 SYN 时，调低（如 30–60）会有帮助。\n' +
        '- 它不改变客户端自身重试的时长（由 `tcp_syn_retries` 决定）。',
    },
  },
];
