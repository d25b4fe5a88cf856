import type { SysctlKeyDoc } from '../types';

/** Keys that switch TCP options and algorithms on or off, including legacy switches kept for compatibility. */
export const TCP_FEATURE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.tcp_timestamps',
    type: 'enum',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Do not use TCP timestamps.', zh: '不使用 TCP 时间戳。' } },
      {
        value: '1',
        meaning: {
          en: 'Use timestamps with a random offset per connection (default).',
          zh: '使用时间戳，且每个连接有随机偏移（默认）。',
        },
      },
      {
        value: '2',
        meaning: { en: 'Use timestamps without random offsets.', zh: '使用时间戳，但不加随机偏移。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_tw_reuse', 'net.ipv4.tcp_syncookies', 'net.ipv4.tcp_window_scaling'],
    summary: {
      en: 'Whether TCP uses the timestamp option (RFC 7323) for RTT measurement and protection against wrapped sequence numbers (PAWS).',
      zh: 'TCP 是否使用时间戳选项（RFC 7323），用于测量 RTT 和防止序列号回绕（PAWS）。',
    },
    details: {
      en:
        'Negotiated in the handshake; both ends must agree. Timestamps give accurate RTT samples and PAWS, which is what makes `tcp_tw_reuse` safe.\n\n' +
        '- Switching them off disables `tcp_tw_reuse` and weakens SYN cookies, which can then no longer carry window scaling or SACK.\n' +
        '- Some security baselines disable them to hide uptime; with random per-connection offsets (1) that concern no longer applies.',
      zh:
        '在握手中协商，需要两端都支持。时间戳能提供精确的 RTT 采样和 PAWS，`tcp_tw_reuse` 的安全性正依赖于它。\n\n' +
        '- 关闭后 `tcp_tw_reuse` 失效，SYN cookie 也无法再携带窗口扩大和 SACK 信息。\n' +
        '- 有些安全基线为了隐藏开机时长而关闭它；每个连接都有随机偏移（取值 1）时，这个顾虑已不存在。',
    },
  },
  {
    key: 'net.ipv4.tcp_sack',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Do not negotiate SACK.', zh: '不协商 SACK。' } },
      {
        value: '1',
        meaning: { en: 'Negotiate selective acknowledgements (default).', zh: '协商选择性确认（默认）。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_dsack', 'net.ipv4.tcp_timestamps'],
    summary: {
      en: 'Whether TCP negotiates selective acknowledgements (SACK).',
      zh: 'TCP 是否协商选择性确认（SACK）。',
    },
    details: {
      en:
        'SACK lets the receiver report exactly which segments arrived, so the sender retransmits only the missing ones; essential on lossy or long-distance paths.\n\n' +
        '- Keep it on. Turning it off was a temporary workaround for the 2019 "SACK Panic" bugs (CVE-2019-11477); patched kernels do not need it.\n' +
        '- Whether a connection uses it: `ss -ti` lists `sack` among its options.',
      zh:
        '有了 SACK，接收方可以准确告知收到了哪些报文段，发送方只需重传缺失的部分；在丢包多或距离远的链路上必不可少。\n\n' +
        '- 保持开启。关闭它曾是 2019 年 "SACK Panic" 漏洞（CVE-2019-11477）的临时规避手段，打过补丁的内核无需如此。\n' +
        '- 某条连接是否在用：`ss -ti` 的选项中会列出 `sack`。',
    },
  },
  {
    key: 'net.ipv4.tcp_dsack',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Do not send D-SACKs.', zh: '不发送 D-SACK。' } },
      {
        value: '1',
        meaning: { en: 'Report duplicate segments with D-SACK (default).', zh: '用 D-SACK 报告收到的重复报文段（默认）。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_sack'],
    summary: {
      en: 'Whether TCP sends duplicate SACKs (D-SACK) for segments received twice.',
      zh: 'TCP 是否对重复收到的报文段发送 D-SACK。',
    },
    details: {
      en:
        'D-SACK tells the sender that a retransmission was unnecessary, so it can undo a needless cut of its congestion window and adapt to reordering.\n\n' +
        '- Keep it on; it costs nothing.',
      zh:
        'D-SACK 告诉发送方某次重传其实没有必要，发送方可以据此撤销多余的拥塞窗口缩减，并适应乱序。\n\n' +
        '- 保持开启，没有任何代价。',
    },
  },
  {
    key: 'net.ipv4.tcp_window_scaling',
    type: 'bool',
    default: '1',
    values: [
      {
        value: '0',
        meaning: { en: 'Do not offer window scaling: windows stay at 64 KB or less.', zh: '不提供窗口扩大：窗口最大 64 KB。' },
      },
      {
        value: '1',
        meaning: { en: 'Offer window scaling in the SYN (default).', zh: '在 SYN 中提供窗口扩大选项（默认）。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_timestamps'],
    summary: {
      en: 'Whether TCP negotiates window scaling (RFC 7323), which allows receive windows larger than 64 KB.',
      zh: 'TCP 是否协商窗口扩大选项（RFC 7323），使接收窗口可以超过 64 KB。',
    },
    details: {
      en:
        'Both ends must offer it in their SYNs. Without it a connection never has more than 64 KB in flight, which caps throughput at 64 KB per RTT (about 5 Mbit/s at 100 ms).\n\n' +
        '- Keep it on. If throughput is stuck low, look for `wscale:` in `ss -ti`; a middlebox that strips the option from SYNs is a classic culprit.',
      zh:
        '需要两端都在 SYN 中提供。没有它，连接的在途数据永远不超过 64 KB，吞吐被限制在每个 RTT 64 KB（100 ms 时约 5 Mbit/s）。\n\n' +
        '- 保持开启。吞吐上不去时，查看 `ss -ti` 中有没有 `wscale:`；中间设备剥掉 SYN 里的这个选项是经典原因。',
    },
  },
  {
    key: 'net.ipv4.tcp_ecn',
    type: 'enum',
    default: '2',
    values: [
      { value: '0', meaning: { en: 'Never use ECN.', zh: '从不使用 ECN。' } },
      {
        value: '1',
        meaning: {
          en: 'Request ECN on outgoing connections and accept it on incoming ones.',
          zh: '主动发起的连接请求 ECN，被动接入的连接也接受 ECN。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'Accept ECN when the peer asks for it, but do not request it (default).',
          zh: '对端请求时接受 ECN，但自己不主动请求（默认）。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_congestion_control'],
    summary: {
      en: 'Whether TCP negotiates Explicit Congestion Notification (ECN).',
      zh: 'TCP 是否协商显式拥塞通知（ECN）。',
    },
    details: {
      en:
        'With ECN, routers mark packets instead of dropping them to signal congestion; both ends and the path must support it.\n\n' +
        '- The default 2 is conservative: a server accepts ECN from clients that request it.\n' +
        '- 1 also requests it on outgoing connections; a few old middleboxes mishandle ECN-flagged SYNs, which the kernel detects and falls back from.\n' +
        '- Recent upstream kernels document further Accurate ECN modes (3–5); kernels without AccECN support reject them.',
      zh:
        '启用 ECN 后，路由器可以通过给报文打标记而不是丢包来通告拥塞；需要两端和整条路径都支持。\n\n' +
        '- 默认值 2 比较保守：服务端接受请求了 ECN 的客户端。\n' +
        '- 设为 1 时主动发起的连接也会请求 ECN；少数老旧中间设备处理不好带 ECN 标志的 SYN，内核会检测到并回退。\n' +
        '- 较新的上游内核文档还列出了 Accurate ECN 模式（3–5）；不支持 AccECN 的内核会拒绝这些值。',
    },
  },
  {
    key: 'net.ipv4.tcp_slow_start_after_idle',
    type: 'bool',
    default: '1',
    values: [
      {
        value: '0',
        meaning: { en: 'Keep the congestion window across idle periods.', zh: '空闲之后保留原有的拥塞窗口。' },
      },
      {
        value: '1',
        meaning: {
          en: 'Shrink the congestion window after an idle period longer than the retransmission timeout (default, RFC 2861).',
          zh: '空闲时间超过重传超时后缩小拥塞窗口（默认，RFC 2861）。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_congestion_control'],
    summary: {
      en: 'Whether a connection that has been idle restarts from a small congestion window.',
      zh: '空闲过一段时间的连接是否从较小的拥塞窗口重新开始。',
    },
    details: {
      en:
        'Sender side. Long-lived connections (HTTP keep-alive, RPC, database pools) sit idle between bursts; with 1, every burst after a pause ramps up slowly again and costs extra round trips.\n\n' +
        '- 0 is a common choice for servers on stable networks (e.g. inside a data centre) that answer over long-lived connections.\n' +
        '- It matters most for responses larger than the initial window (about 14 KB).',
      zh:
        '作用于发送方。长连接（HTTP keep-alive、RPC、数据库连接池）在两次突发之间处于空闲；取值 1 时，每次空闲后的突发都要重新慢启动，多花几个往返。\n\n' +
        '- 网络稳定（如同一机房内）、通过长连接响应请求的服务端常设为 0。\n' +
        '- 对超过初始窗口（约 14 KB）的响应影响最大。',
    },
  },
  {
    key: 'net.ipv4.tcp_mtu_probing',
    type: 'enum',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Disabled (default).', zh: '关闭（默认）。' } },
      {
        value: '1',
        meaning: {
          en: 'Off until an ICMP black hole is suspected on a connection, then probe.',
          zh: '平时关闭，怀疑某条连接遇到 ICMP 黑洞时才开始探测。',
        },
      },
      {
        value: '2',
        meaning: { en: 'Always probe, starting from tcp_base_mss.', zh: '始终探测，从 tcp_base_mss 开始。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_base_mss', 'net.ipv4.tcp_retries1'],
    summary: {
      en: 'Packetization-layer path MTU discovery (RFC 4821): find a working packet size without relying on ICMP.',
      zh: '分组层路径 MTU 发现（RFC 4821）：不依赖 ICMP 找出可用的报文大小。',
    },
    details: {
      en:
        'Sender side. Classic path MTU discovery needs ICMP "fragmentation needed" messages; when a firewall drops them, full-size segments vanish and connections stall after the handshake (small requests work, large responses hang): an MTU black hole.\n\n' +
        '- 1 is a safe choice behind VPNs, tunnels and cloud overlays: the MSS is lowered after repeated timeouts.\n' +
        '- Check a connection with `ss -ti` (`pmtu`, `mss`, `advmss`).',
      zh:
        '作用于发送方。传统的路径 MTU 发现依赖 ICMP “需要分片”报文；防火墙把它们丢掉后，满长度的报文段就会消失，连接在握手之后卡住（小请求正常，大响应挂起），这就是 MTU 黑洞。\n\n' +
        '- 在 VPN、隧道、云上 overlay 网络后面，设为 1 是稳妥的选择：多次超时后内核会调低 MSS。\n' +
        '- 用 `ss -ti` 查看单条连接（`pmtu`、`mss`、`advmss`）。',
    },
  },
  {
    key: 'net.ipv4.tcp_base_mss',
    type: 'int',
    unit: 'bytes',
    default: '1024',
    perNamespace: true,
    related: ['net.ipv4.tcp_mtu_probing'],
    summary: {
      en: 'Starting MSS for MTU probing when tcp_mtu_probing is active.',
      zh: 'tcp_mtu_probing 生效时，MTU 探测使用的起始 MSS。',
    },
    details: {
      en:
        'Sender side. Packetization-layer MTU discovery starts its search here, and `tcp_mtu_probing=2` uses it as the first MSS.\n\n' +
        '- Lower it only if paths with an effective MTU well below 1100 bytes are common for you.',
      zh:
        '作用于发送方。分组层 MTU 发现从这个值开始搜索，`tcp_mtu_probing=2` 时它就是第一个 MSS。\n\n' +
        '- 只有在有效 MTU 远低于 1100 字节的路径很常见时才调低。',
    },
  },
  {
    key: 'net.ipv4.tcp_no_metrics_save',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Cache per-destination metrics when a connection closes and use them to start the next one (default).',
          zh: '连接关闭时按目标缓存其指标，供下一条连接起步使用（默认）。',
        },
      },
      {
        value: '1',
        meaning: { en: 'Do not cache; every connection starts from scratch.', zh: '不缓存，每条连接都从零开始。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_congestion_control'],
    summary: {
      en: 'Whether TCP remembers metrics such as RTT from closed connections for the next connection to the same host.',
      zh: 'TCP 是否记住已关闭连接的 RTT 等指标，供通往同一主机的下一条连接使用。',
    },
    details: {
      en:
        'Both sides. A new connection to a host seen recently starts from the cached RTT estimate (and other metrics) instead of defaults.\n\n' +
        '- Stale values after a path change can hurt; setting 1 is common in benchmarks to make runs independent.\n' +
        '- Inspect or clear the cache with `ip tcp_metrics show` and `ip tcp_metrics flush`.',
      zh:
        '两端都适用。与最近连接过的主机新建连接时，会从缓存的 RTT 估计（及其他指标）起步，而不是默认值。\n\n' +
        '- 路径变化后旧数值可能起反作用；做基准测试时常设为 1，让每轮测试互不影响。\n' +
        '- 用 `ip tcp_metrics show` 查看、用 `ip tcp_metrics flush` 清空缓存。',
    },
  },
  {
    key: 'net.ipv4.tcp_autocorking',
    type: 'bool',
    default: '1',
    since: '3.14',
    values: [
      { value: '0', meaning: { en: 'Send small writes immediately.', zh: '小块写入立即发送。' } },
      {
        value: '1',
        meaning: {
          en: 'Hold small writes back briefly while earlier packets of the flow are still queued locally, and merge them (default).',
          zh: '同一条流前面的报文还在本机队列中时，暂缓小块写入并将其合并（默认）。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_notsent_lowat'],
    summary: {
      en: 'Whether TCP merges consecutive small writes while earlier data is still waiting in the local queue.',
      zh: '前面的数据还在本机队列中等待时，TCP 是否合并连续的小块写入。',
    },
    details: {
      en:
        'Sender side. Fewer, fuller packets for applications that issue many tiny `write()` calls, at no cost when the queue is empty.\n\n' +
        '- Rarely worth changing; applications that need exact control use `TCP_CORK` or `TCP_NODELAY`.',
      zh:
        '作用于发送方。对频繁调用小块 `write()` 的应用，可以发出更少、更满的报文；队列为空时没有任何代价。\n\n' +
        '- 一般无需修改；需要精确控制的应用应使用 `TCP_CORK` 或 `TCP_NODELAY`。',
    },
  },
  {
    key: 'net.ipv4.tcp_low_latency',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'No effect on current kernels.', zh: '在当前内核上没有作用。' } },
      { value: '1', meaning: { en: 'No effect on current kernels.', zh: '在当前内核上没有作用。' } },
    ],
    perNamespace: false,
    related: ['net.ipv4.tcp_autocorking'],
    summary: {
      en: 'Legacy switch for the TCP prequeue, which was removed in 4.14; the key is still accepted but ignored.',
      zh: 'TCP prequeue 的遗留开关；prequeue 已在 4.14 移除，该参数仍可写入但被忽略。',
    },
    details: {
      en:
        'The prequeue processed incoming segments in the context of the receiving process; 1 used to bypass it. Since 4.14 the key exists only so that old configuration files keep loading.\n\n' +
        '- Setting it changes nothing: remove it from tuning scripts.',
      zh:
        'prequeue 会在接收进程的上下文中处理收到的报文段，设为 1 曾可绕过它。从 4.14 起这个参数只是为了让旧配置文件还能正常加载。\n\n' +
        '- 设置它不会有任何效果：可以从调优脚本中删掉。',
    },
  },
  {
    key: 'net.ipv4.tcp_fack',
    type: 'bool',
    default: '0',
    defaultChanges: [{ version: '4.11', from: '1', to: '0' }],
    values: [
      { value: '0', meaning: { en: 'No effect on current kernels.', zh: '在当前内核上没有作用。' } },
      { value: '1', meaning: { en: 'No effect on current kernels.', zh: '在当前内核上没有作用。' } },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_sack'],
    summary: {
      en: 'Legacy switch for Forward Acknowledgement loss detection, which was removed in 4.15; the key is still accepted but ignored.',
      zh: 'FACK（前向确认）丢包检测的遗留开关；FACK 已在 4.15 移除，该参数仍可写入但被忽略。',
    },
    details: {
      en:
        'FACK was switched off by default in 4.11 and replaced by RACK, time-based loss detection that works with SACK. The key remains so that old configuration files still apply without errors.\n\n' +
        '- Setting it has no effect: remove it from tuning scripts.',
      zh:
        'FACK 从 4.11 起默认关闭，之后被基于时间的丢包检测 RACK（配合 SACK 工作）取代。保留这个参数只是为了让旧配置文件能无报错地加载。\n\n' +
        '- 设置它不会有任何效果：可以从调优脚本中删掉。',
    },
  },
];
