import type { Localized } from '../../i18n/localized';
import type { SysctlKeyDoc } from '../types';

/**
 * How conntrack follows a TCP connection. Its states are the firewall's view of both ends at once, so
 * they only resemble the per-socket states `netstat` shows; each timeout says which endpoint states it covers.
 */
const CONNTRACK_TCP_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.netfilter.nf_conntrack_tcp_timeout_syn_recv',
    type: 'int',
    unit: 'seconds',
    default: '60',
    perNamespace: true,
    related: [
      'net.netfilter.nf_conntrack_tcp_timeout_syn_sent',
      'net.ipv4.tcp_synack_retries',
      'net.netfilter.nf_conntrack_max',
    ],
    summary: {
      en: 'How long conntrack keeps a TCP flow that has seen the SYN and the SYN-ACK but not yet the final ACK of the handshake.',
      zh: '已看到 SYN 和 SYN-ACK、但还没看到握手最后一个 ACK 的 TCP 流，conntrack 会保留多久。',
    },
    details: {
      en:
        'This is the moment the server socket sits in SYN_RECV (`ss -tan state syn-recv`) while the client is about to become ESTABLISHED. When the final ACK passes, the entry moves to ESTABLISHED and `nf_conntrack_tcp_timeout_established` takes over.\n\n' +
        '- Entries stay here when clients never complete the handshake: SYN floods with spoofed sources, or return traffic that takes another path than the firewall.\n' +
        '- The server keeps retransmitting its SYN-ACK for about a minute with the default `tcp_synack_retries` = 5, so 60 s matches the endpoint; going much lower can drop a handshake the server is still trying to finish.\n' +
        '- On a gateway flooded with half-open handshakes, 20–30 s frees the table faster. Count them with `conntrack -L -p tcp --state SYN_RECV | wc -l`.',
      zh:
        '对应服务端 socket 处于 SYN_RECV（`ss -tan state syn-recv`）、客户端即将进入 ESTABLISHED 的那一刻。最后一个 ACK 通过后，条目转为 ESTABLISHED，改由 `nf_conntrack_tcp_timeout_established` 计时。\n\n' +
        '- 客户端始终不完成握手时，条目会停在这里：伪造源地址的 SYN 洪泛，或回程流量没有经过这台防火墙。\n' +
        '- 在默认 `tcp_synack_retries` = 5 下，服务端大约会重传 SYN-ACK 一分钟，60 秒正好与端点的行为吻合；调得太低，服务端还在重试的握手可能会被掐断。\n' +
        '- 网关上堆积大量半连接时，调到 20–30 秒可以更快腾出连接跟踪表。用 `conntrack -L -p tcp --state SYN_RECV | wc -l` 统计数量。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_timeout_last_ack',
    type: 'int',
    unit: 'seconds',
    default: '30',
    perNamespace: true,
    related: [
      'net.netfilter.nf_conntrack_tcp_timeout_close_wait',
      'net.netfilter.nf_conntrack_tcp_timeout_time_wait',
      'net.ipv4.tcp_orphan_retries',
    ],
    summary: {
      en: 'How long conntrack keeps a TCP flow in which both sides have sent their FIN but the last FIN is not yet acknowledged.',
      zh: '双方都已发出 FIN、但最后一个 FIN 还没收到确认时，conntrack 保留该 TCP 流的时间。',
    },
    details: {
      en:
        'The passive closer sits in LAST_ACK here and the active closer in FIN_WAIT2 or already TIME_WAIT. When the final ACK passes, the entry moves to TIME_WAIT (`nf_conntrack_tcp_timeout_time_wait`).\n\n' +
        '- If that ACK is lost, or the active closer is gone, the entry expires after this time; the passive closer keeps retransmitting its FIN on its own schedule and may then get no answer through NAT.\n' +
        '- Many LAST_ACK entries (`conntrack -L -p tcp --state LAST_ACK`) usually mean peers that disappear during the close; the default rarely needs changing.',
      zh:
        '此时被动关闭方处于 LAST_ACK，主动关闭方处于 FIN_WAIT2 或已进入 TIME_WAIT。最后一个 ACK 通过后，条目转入 TIME_WAIT（由 `nf_conntrack_tcp_timeout_time_wait` 计时）。\n\n' +
        '- 如果这个 ACK 丢了，或者主动关闭方已经不在，条目会在这个时间后过期；被动关闭方仍会按自己的节奏重传 FIN，经过 NAT 后可能再也得不到应答。\n' +
        '- LAST_ACK 条目很多（`conntrack -L -p tcp --state LAST_ACK`）通常说明对端在关闭过程中消失了；默认值一般不用改。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_timeout_close',
    type: 'int',
    unit: 'seconds',
    default: '10',
    perNamespace: true,
    related: [
      'net.netfilter.nf_conntrack_tcp_ignore_invalid_rst',
      'net.netfilter.nf_conntrack_tcp_timeout_time_wait',
    ],
    summary: {
      en: 'How long conntrack keeps a TCP flow after a valid RST has been seen.',
      zh: '看到合法的 RST 之后，conntrack 继续保留该 TCP 流的时间。',
    },
    details: {
      en:
        'After a reset both sockets are gone (they no longer appear in `netstat`), so the entry only lingers briefly to absorb packets still in flight.\n\n' +
        '- Connections that end with a reset rather than FINs (aborting clients, load balancers resetting idle connections) pass through this state; see them with `conntrack -L -p tcp --state CLOSE`.\n' +
        '- There is rarely a reason to change it.',
      zh:
        '复位之后两端的 socket 都已消失（`netstat` 里看不到了），条目只是短暂保留，用来吸收还在路上的报文。\n\n' +
        '- 以 RST 而不是 FIN 结束的连接（客户端中止连接、负载均衡器复位空闲连接）会经过这个状态；可以用 `conntrack -L -p tcp --state CLOSE` 查看。\n' +
        '- 一般没有理由修改。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_timeout_max_retrans',
    type: 'int',
    unit: 'seconds',
    default: '300',
    perNamespace: true,
    related: [
      'net.netfilter.nf_conntrack_tcp_max_retrans',
      'net.netfilter.nf_conntrack_tcp_timeout_unacknowledged',
      'net.ipv4.tcp_retries2',
    ],
    summary: {
      en: 'Upper bound on a TCP flow\'s timeout once one segment has been retransmitted `nf_conntrack_tcp_max_retrans` times without an acknowledgement.',
      zh: '某个报文段重传 `nf_conntrack_tcp_max_retrans` 次仍未得到确认后，TCP 流超时时间的上限。',
    },
    details: {
      en:
        'A retransmitting sender usually means the peer is gone. Instead of keeping such a connection for the 5 days of `nf_conntrack_tcp_timeout_established`, conntrack caps its timeout at this value, so entries of dead peers leave the table after 5 minutes of silence.\n\n' +
        '- The sender itself gives up later, after about 15 minutes with the default `tcp_retries2` = 15; if the peer answers again in between, the flow continues normally.\n' +
        '- Lowering it frees entries of dead peers faster on busy gateways; keep it above the longest outage the endpoints should survive.',
      zh:
        '发送方一直在重传，通常说明对端已经不在了。conntrack 不会让这种连接保留 `nf_conntrack_tcp_timeout_established` 那样的 5 天，而是把超时时间压到这个值，对端静默 5 分钟后条目就会被清出连接跟踪表。\n\n' +
        '- 发送方自己放弃得更晚：默认 `tcp_retries2` = 15 时约 15 分钟；如果对端在此期间恢复应答，流会照常继续。\n' +
        '- 在繁忙网关上调低可以更快清掉失联对端的条目，但要大于端点需要扛过的最长中断时间。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_timeout_unacknowledged',
    type: 'int',
    unit: 'seconds',
    default: '300',
    perNamespace: true,
    related: [
      'net.netfilter.nf_conntrack_tcp_timeout_max_retrans',
      'net.netfilter.nf_conntrack_tcp_timeout_established',
    ],
    summary: {
      en: 'Upper bound on a TCP flow\'s timeout while data it has seen is still waiting for an acknowledgement.',
      zh: 'TCP 流中还有已发出但未确认的数据时，其超时时间的上限。',
    },
    details: {
      en:
        'When one side has sent data the other has not acknowledged, conntrack shortens the flow\'s timeout to this value even in ESTABLISHED. A connection whose peer vanished in the middle of a transfer therefore leaves the table after 5 minutes instead of 5 days.\n\n' +
        '- It complements `nf_conntrack_tcp_timeout_max_retrans`, which applies once retransmissions are counted.\n' +
        '- Raising it only matters for paths where acknowledgements can legitimately stay away for longer than 5 minutes.',
      zh:
        '一方发出的数据另一方还没确认时，即使处于 ESTABLISHED，conntrack 也会把这条流的超时时间缩短到这个值。所以传输中途对端突然消失的连接，会在 5 分钟（而不是 5 天）后被清出连接跟踪表。\n\n' +
        '- 它与 `nf_conntrack_tcp_timeout_max_retrans` 互为补充，后者在重传次数达到阈值后生效。\n' +
        '- 只有在 ACK 确实可能超过 5 分钟才回来的路径上，才需要调大。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_max_retrans',
    type: 'int',
    unit: 'retries',
    default: '3',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_tcp_timeout_max_retrans'],
    summary: {
      en: 'Number of retransmissions of the same segment, without an acceptable ACK, after which conntrack switches a TCP flow to the shorter max_retrans timeout.',
      zh: '同一报文段重传多少次仍没有收到有效的 ACK，conntrack 就把该 TCP 流切换到较短的 max_retrans 超时。',
    },
    details: {
      en:
        'Conntrack counts retransmissions it sees passing; when the count reaches this value the flow\'s timeout is capped at `nf_conntrack_tcp_timeout_max_retrans`.\n\n' +
        '- Higher values tolerate lossy paths longer before the entry is put on the short timer; lower values reclaim entries of dead peers sooner.\n' +
        '- The default of 3 suits almost every setup.',
      zh:
        'conntrack 统计经过它的重传次数；达到这个值后，该流的超时时间最多为 `nf_conntrack_tcp_timeout_max_retrans`。\n\n' +
        '- 调高后，丢包严重的路径要多重传几次才会切到短超时；调低则能更早回收失联对端的条目。\n' +
        '- 默认值 3 适合几乎所有场景。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_loose',
    type: 'bool',
    default: '1',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Only a SYN can create a TCP entry; packets of connections already in progress are INVALID.',
          zh: '只有 SYN 能创建 TCP 条目；连接中途的报文一律判为 INVALID。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Pick up connections already in progress from any packet (default).',
          zh: '任意报文都能为已在进行中的连接创建条目，中途接管跟踪（默认）。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_tcp_be_liberal', 'net.netfilter.nf_conntrack_max'],
    summary: {
      en: 'Whether conntrack creates entries for TCP connections it first sees in the middle, not at their SYN.',
      zh: 'conntrack 是否为从中途（而不是从 SYN）开始看到的 TCP 连接创建条目。',
    },
    details: {
      en:
        'With 1, connections survive when the table lost their entry: after a firewall reboot or failover, a `conntrack -F`, or when conntrack is loaded on a host that already carries traffic. The entry is created from the first packet seen, and because the window scaling negotiated in the missed handshake is unknown, window checks stay relaxed for the rest of that entry\'s life, not just until replies are seen.\n\n' +
        '- With 0 such packets are INVALID, which a `--ctstate INVALID -j DROP` rule drops and NAT does not translate: existing connections break after a failover unless conntrackd synchronised the table.\n' +
        '- 0 is stricter against ACK scans and forged mid-stream packets; stateful clusters without state synchronisation need 1.',
      zh:
        '设为 1 时，即使连接跟踪表里已经没有对应条目，连接也能继续：防火墙重启或主备切换后、执行 `conntrack -F` 后，或在已有流量的主机上刚加载 conntrack 时。条目由看到的第一个报文创建；由于错过了握手，不知道协商的窗口缩放，该条目在整个生命周期内都采用宽松的窗口检查，并不会在看到回包后恢复严格检查。\n\n' +
        '- 设为 0 时这类报文一律判为 INVALID：`--ctstate INVALID -j DROP` 规则会丢弃它们，NAT 也不会转换它们；如果没有用 conntrackd 同步连接跟踪表，主备切换后现有连接会中断。\n' +
        '- 0 对 ACK 扫描和伪造的中途报文更严格；没有状态同步的有状态集群需要保持 1。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_be_liberal',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Packets outside the TCP window are marked INVALID (default).',
          zh: '超出 TCP 窗口的报文标记为 INVALID（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Accept packets outside the window; only out-of-window RSTs are INVALID.',
          zh: '接受超出窗口的报文；只有窗口外的 RST 才算 INVALID。',
        },
      },
    ],
    perNamespace: true,
    related: [
      'net.netfilter.nf_conntrack_tcp_loose',
      'net.netfilter.nf_conntrack_log_invalid',
      'net.netfilter.nf_conntrack_tcp_ignore_invalid_rst',
    ],
    summary: {
      en: 'Whether conntrack tolerates TCP packets whose sequence or acknowledgement numbers fall outside the window it tracks.',
      zh: 'conntrack 是否容忍序列号或确认号超出跟踪窗口的 TCP 报文。',
    },
    details: {
      en:
        'Conntrack follows each direction\'s sequence numbers and window; a packet outside them is INVALID. INVALID packets are not NATed, so on a NAT gateway or Kubernetes node such a packet can reach the host with the pod or backend address, and the host answers it with a RST: clients see sporadic "connection reset by peer" on long transfers.\n\n' +
        '- Confirm first: the `invalid` counter of `conntrack -S`, and `nf_conntrack_log_invalid` = 6 to log the rejected TCP packets in `dmesg`.\n' +
        '- Two common fixes: drop INVALID packets explicitly (`-m conntrack --ctstate INVALID -j DROP`), or set this to 1. Also used with asymmetric routing, when the firewall sees only one direction.\n' +
        '- 1 weakens protection against injected segments; prefer fixing the path when you can.',
      zh:
        'conntrack 跟踪两个方向各自的序列号和窗口，落在范围之外的报文就是 INVALID。INVALID 报文不会做 NAT，所以在 NAT 网关或 Kubernetes 节点上，这样的报文可能带着 Pod 或后端的地址直接到达主机，主机随即回一个 RST：客户端在长时间传输中会零星遇到 "connection reset by peer"。\n\n' +
        '- 先确认问题：看 `conntrack -S` 中的 `invalid` 计数，并设置 `nf_conntrack_log_invalid` = 6，在 `dmesg` 里记录被判为 INVALID 的 TCP 报文。\n' +
        '- 常见的两种修复：显式丢弃 INVALID 报文（`-m conntrack --ctstate INVALID -j DROP`），或者把这个值设为 1。非对称路由、防火墙只能看到单向流量时也会这样设置。\n' +
        '- 设为 1 会削弱对注入报文段的防护；能修正路径时优先修正路径。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_tcp_ignore_invalid_rst',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'A RST outside the window is marked INVALID (default).',
          zh: '窗口外的 RST 标记为 INVALID（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'A RST outside the window is not marked INVALID; it still does not close the entry.',
          zh: '窗口外的 RST 不标记为 INVALID，但也不会关闭条目。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_tcp_be_liberal', 'net.netfilter.nf_conntrack_tcp_timeout_close'],
    summary: {
      en: 'Whether conntrack lets TCP resets with out-of-window sequence numbers pass instead of marking them INVALID.',
      zh: 'conntrack 是否放行序列号在窗口之外的 TCP 复位报文，而不是把它们标记为 INVALID。',
    },
    details: {
      en:
        'A RST whose sequence number does not fit the window cannot close the connection, because it may be forged. By default it is also INVALID, so rules that drop INVALID packets stop it before the endpoint sees it.\n\n' +
        '- Set 1 when conntrack\'s view of the window can be out of date (asymmetric routing, connections picked up mid-stream, a peer that restarted) and legitimate resets get dropped, leaving endpoints hanging on dead connections.\n' +
        '- It is narrower than `nf_conntrack_tcp_be_liberal`, which accepts all other out-of-window packets.',
      zh:
        '序列号不在窗口内的 RST 可能是伪造的，因此不能用它关闭连接。默认情况下它还会被标记为 INVALID，丢弃 INVALID 报文的规则会在它到达端点之前就把它拦下。\n\n' +
        '- 如果 conntrack 掌握的窗口可能已经过时（非对称路由、中途接管的连接、对端重启过），导致合法的 RST 被丢弃、端点一直挂在早已失效的连接上，就设为 1。\n' +
        '- 它比 `nf_conntrack_tcp_be_liberal` 的范围窄，后者会接受所有其他窗口外报文。',
    },
  },
];

/** Timeouts of the other protocols conntrack follows: UDP, ICMP, GRE, SCTP, and everything else. */
const CONNTRACK_OTHER_PROTOCOL_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.netfilter.nf_conntrack_udp_timeout',
    type: 'int',
    unit: 'seconds',
    default: '30',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_udp_timeout_stream', 'net.netfilter.nf_conntrack_max'],
    summary: {
      en: 'How long conntrack keeps a UDP flow that has not yet become a stream (traffic in one direction, or a single exchange).',
      zh: '尚未成为“流”的 UDP 会话（只有单向流量，或只有一问一答），conntrack 会保留多久。',
    },
    details: {
      en:
        'UDP has no connection, so conntrack only counts idle time. Flows seen in one direction, and short request/answer exchanges such as DNS queries, use this timeout; once traffic keeps flowing both ways the entry becomes ASSURED and `nf_conntrack_udp_timeout_stream` applies.\n\n' +
        '- On DNS-heavy hosts and Kubernetes nodes, every query leaves an entry for 30 s; lowering it (e.g. 10–15) frees the table faster.\n' +
        '- UDP applications that stay silent longer than this behind NAT (some VPNs, VoIP, IoT) lose their mapping: replies are dropped until they send again. Make them send keepalives more often than this timeout.',
      zh:
        'UDP 没有连接的概念，conntrack 只能统计空闲时间。只有单向流量的会话，以及 DNS 查询这类一问一答的短交互，都使用这个超时；一旦双向流量持续出现，条目变为 ASSURED，改用 `nf_conntrack_udp_timeout_stream`。\n\n' +
        '- 在 DNS 请求多的主机和 Kubernetes 节点上，每次查询都会留下一个条目，保留 30 秒；调低（如 10–15）可以更快腾出连接跟踪表。\n' +
        '- 在 NAT 后面静默时间超过这个值的 UDP 应用（部分 VPN、VoIP、物联网设备）会丢失映射：在它们再次发包之前，回包都会被丢弃。应让它们的保活间隔短于这个超时。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_udp_timeout_stream',
    type: 'int',
    unit: 'seconds',
    default: '120',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_udp_timeout', 'net.netfilter.nf_conntrack_max'],
    summary: {
      en: 'How long conntrack keeps an idle UDP flow that has carried traffic in both directions for a while (a stream).',
      zh: '双向持续有流量的 UDP 会话（“流”）空闲后，conntrack 会保留多久。',
    },
    details: {
      en:
        'Applies to long-lived UDP exchanges such as QUIC, VPN tunnels, VoIP and game traffic; each packet restarts the timer. Older kernels used 180 s.\n\n' +
        '- Raise it when a UDP application behind NAT goes quiet for longer than 2 minutes and loses its mapping, or better, shorten the application\'s keepalive interval.\n' +
        '- Lower it on a gateway whose table is full of idle UDP streams (`conntrack -L -p udp | grep -c ASSURED`).',
      zh:
        '适用于 QUIC、VPN 隧道、VoIP、游戏等长时间的 UDP 交互；每个报文都会重新开始计时。较早的内核使用 180 秒。\n\n' +
        '- NAT 后面的 UDP 应用静默超过 2 分钟就丢失映射时，可以调大；更好的做法是缩短应用的保活间隔。\n' +
        '- 如果网关的连接跟踪表被空闲的 UDP 流占满（`conntrack -L -p udp | grep -c ASSURED`），可以调小。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_icmp_timeout',
    type: 'int',
    unit: 'seconds',
    default: '30',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_icmpv6_timeout', 'net.netfilter.nf_conntrack_max'],
    summary: {
      en: 'How long conntrack keeps an ICMP query flow, such as an echo request and its reply.',
      zh: 'conntrack 保留 ICMP 查询类会话（如回显请求及其应答）的时间。',
    },
    details: {
      en:
        'Each `ping` session (keyed by its ICMP id) gets one entry. ICMP errors (unreachable, time exceeded) create no entry of their own: they are matched to the flow they report on.\n\n' +
        '- Monitoring systems pinging thousands of targets through a gateway keep that many entries; lower it (e.g. 10) if they crowd the table.',
      zh:
        '每个 `ping` 会话（按 ICMP 标识符区分）占一个条目。ICMP 差错报文（不可达、超时）不单独建条目，而是关联到它所报告的那条流。\n\n' +
        '- 监控系统通过网关 ping 成千上万个目标时，就会占用同样多的条目；如果它们挤占了连接跟踪表，可以调低（如 10）。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_icmpv6_timeout',
    type: 'int',
    unit: 'seconds',
    default: '30',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_icmp_timeout'],
    summary: {
      en: 'How long conntrack keeps an ICMPv6 query flow, such as an echo request and its reply.',
      zh: 'conntrack 保留 ICMPv6 查询类会话（如回显请求及其应答）的时间。',
    },
    details: {
      en:
        'The IPv6 counterpart of `nf_conntrack_icmp_timeout`. Neighbour discovery and router advertisements are not tracked as flows, so this only concerns queries such as `ping -6`.\n\n' +
        '- The default rarely needs changing.',
      zh:
        '`nf_conntrack_icmp_timeout` 的 IPv6 版本。邻居发现和路由通告不会作为会话跟踪，所以它只影响 `ping -6` 之类的查询。\n\n' +
        '- 默认值一般无需修改。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_generic_timeout',
    type: 'int',
    unit: 'seconds',
    default: '600',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_gre_timeout', 'net.netfilter.nf_conntrack_max'],
    summary: {
      en: 'How long conntrack keeps an idle flow of a protocol it has no specific tracker for.',
      zh: '对于没有专门跟踪模块的协议，conntrack 保留其空闲会话的时间。',
    },
    details: {
      en:
        'Covers protocols such as ESP (IPsec), OSPF or IP-in-IP, which conntrack follows by addresses and protocol number only. Such a flow usually carries many inner connections, so a long timeout keeps it alive between bursts.\n\n' +
        '- Lower it only if entries of such protocols pile up; check with `conntrack -L | awk \'{print $1}\' | sort | uniq -c`.',
      zh:
        '覆盖 ESP（IPsec）、OSPF、IP-in-IP 等协议，conntrack 只按地址和协议号跟踪它们。这样一条会话里通常承载着许多内层连接，超时设得长一些，流量间歇时条目才不会过期。\n\n' +
        '- 只有这类协议的条目堆积时才需要调低；可以用 `conntrack -L | awk \'{print $1}\' | sort | uniq -c` 查看。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_gre_timeout',
    type: 'int',
    unit: 'seconds',
    default: '30',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_gre_timeout_stream', 'net.netfilter.nf_conntrack_generic_timeout'],
    summary: {
      en: 'How long conntrack keeps a GRE flow that has seen traffic in one direction only.',
      zh: '只看到单向流量的 GRE 会话，conntrack 会保留多久。',
    },
    details: {
      en:
        'Used by the GRE tracker, which follows PPTP VPN data channels by their call ids. Once both directions carry traffic, `nf_conntrack_gre_timeout_stream` applies.\n\n' +
        '- Only relevant where PPTP passes through NAT; the default is fine.',
      zh:
        '由 GRE 跟踪模块使用，它按呼叫 ID 跟踪 PPTP VPN 的数据通道。双向都有流量后改用 `nf_conntrack_gre_timeout_stream`。\n\n' +
        '- 只在 PPTP 经过 NAT 时才有意义；默认值即可。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_gre_timeout_stream',
    type: 'int',
    unit: 'seconds',
    default: '180',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_gre_timeout'],
    summary: {
      en: 'How long conntrack keeps an idle GRE flow that has carried traffic in both directions.',
      zh: '双向都有过流量的 GRE 会话空闲后，conntrack 会保留多久。',
    },
    details: {
      en:
        'Applies to established PPTP data channels. If a tunnel is idle longer than this, its NAT mapping disappears and the tunnel stalls until the control connection rebuilds it.\n\n' +
        '- Raise it for PPTP tunnels that stay silent for minutes.',
      zh:
        '适用于已建立的 PPTP 数据通道。隧道空闲超过这个时间，NAT 映射就会消失，隧道随之卡住，直到控制连接重新建立映射。\n\n' +
        '- 如果 PPTP 隧道会静默好几分钟，可以调大。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_sctp_timeout_closed',
    type: 'int',
    unit: 'seconds',
    default: '10',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_sctp_timeout_established'],
    summary: {
      en: 'How long conntrack keeps an SCTP association after it was aborted or fully shut down.',
      zh: 'SCTP 关联被中止或完全关闭后，conntrack 继续保留它的时间。',
    },
    details: {
      en:
        'The SCTP counterpart of the TCP CLOSE timeout: a short grace period for chunks still in flight. Only relevant where SCTP (telecom signalling, Diameter, S1AP/NGAP) crosses a stateful firewall or NAT.',
      zh:
        '相当于 TCP 的 CLOSE 超时：给还在路上的数据块（chunk）留一点缓冲时间。只在 SCTP（电信信令、Diameter、S1AP/NGAP）经过有状态防火墙或 NAT 时才有意义。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_sctp_timeout_cookie_wait',
    type: 'int',
    unit: 'seconds',
    default: '3',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed'],
    summary: {
      en: 'How long conntrack keeps an SCTP association after the INIT (each INIT-ACK restarts it) until the COOKIE-ECHO arrives.',
      zh: 'SCTP 发出 INIT 后（INIT-ACK 会重新计时），conntrack 等待 COOKIE-ECHO 到来的时间。',
    },
    details: {
      en:
        'SCTP opens an association with INIT, INIT-ACK, COOKIE-ECHO and COOKIE-ACK. This state covers the time between the INIT and the COOKIE-ECHO, comparable to TCP\'s SYN_SENT.\n\n' +
        '- Raise it only for very slow links where the handshake takes longer than 3 s.',
      zh:
        'SCTP 通过 INIT、INIT-ACK、COOKIE-ECHO、COOKIE-ACK 四次握手建立关联。这个状态覆盖从 INIT 到 COOKIE-ECHO 之间的时间，类似 TCP 的 SYN_SENT。\n\n' +
        '- 只有在握手超过 3 秒的极慢链路上才需要调大。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed',
    type: 'int',
    unit: 'seconds',
    default: '3',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_sctp_timeout_cookie_wait', 'net.netfilter.nf_conntrack_sctp_timeout_established'],
    summary: {
      en: 'How long conntrack waits after an SCTP COOKIE-ECHO for the COOKIE-ACK that completes the handshake.',
      zh: 'SCTP 发出 COOKIE-ECHO 后，conntrack 等待 COOKIE-ACK（握手最后一步）的时间。',
    },
    details: {
      en:
        'The last step of the SCTP handshake, comparable to TCP\'s SYN_RECV. When the COOKIE-ACK passes, the association is ESTABLISHED.\n\n' +
        '- The default suits normal round-trip times.',
      zh:
        'SCTP 握手的最后一步，类似 TCP 的 SYN_RECV。COOKIE-ACK 通过后，关联进入 ESTABLISHED。\n\n' +
        '- 默认值适合正常的往返时延。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_sctp_timeout_established',
    type: 'int',
    unit: 'seconds',
    default: '210',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent', 'net.netfilter.nf_conntrack_tcp_timeout_established'],
    summary: {
      en: 'How long conntrack keeps an idle established SCTP association.',
      zh: '已建立的 SCTP 关联空闲后，conntrack 保留它的时间。',
    },
    details: {
      en:
        'SCTP endpoints send HEARTBEATs every 30 s by default, so a live association is never idle for long; 210 s covers several missed heartbeats plus the maximum retransmission timeout. Older kernels used 5 days here, as for TCP.\n\n' +
        '- If associations drop through a firewall, check that heartbeats are enabled on the endpoints before raising this.',
      zh:
        'SCTP 端点默认每 30 秒发送一次 HEARTBEAT，存活的关联不会空闲太久；210 秒足以容忍丢失几次心跳，再加上最大重传超时。较早的内核在这里与 TCP 一样使用 5 天。\n\n' +
        '- 如果经过防火墙的关联频繁断开，先确认端点开启了心跳，再考虑调大。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent',
    type: 'int',
    unit: 'seconds',
    default: '3',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd', 'net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent'],
    summary: {
      en: 'How long conntrack keeps an SCTP association after a SHUTDOWN was sent.',
      zh: '发出 SHUTDOWN 后，conntrack 保留该 SCTP 关联的时间。',
    },
    details: {
      en:
        'SCTP closes with SHUTDOWN, SHUTDOWN-ACK and SHUTDOWN-COMPLETE. This state waits for the peer\'s SHUTDOWN-ACK, comparable to TCP\'s FIN_WAIT. Older kernels used 0.3 s, which the sysctl showed as 0.',
      zh:
        'SCTP 通过 SHUTDOWN、SHUTDOWN-ACK、SHUTDOWN-COMPLETE 关闭关联。这个状态等待对端的 SHUTDOWN-ACK，类似 TCP 的 FIN_WAIT。较早的内核使用 0.3 秒，sysctl 中显示为 0。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd',
    type: 'int',
    unit: 'seconds',
    default: '3',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent'],
    summary: {
      en: 'How long conntrack keeps an SCTP association after a SHUTDOWN was received from the other side.',
      zh: '收到对方的 SHUTDOWN 后，conntrack 保留该 SCTP 关联的时间。',
    },
    details: {
      en:
        'The receiving side of the SCTP close, comparable to TCP\'s CLOSE_WAIT: the endpoint finishes sending its queued data, then answers with SHUTDOWN-ACK. Older kernels used 0.3 s, which the sysctl showed as 0.',
      zh:
        'SCTP 关闭过程中的接收方，类似 TCP 的 CLOSE_WAIT：端点发完排队的数据后，再回复 SHUTDOWN-ACK。较早的内核使用 0.3 秒，sysctl 中显示为 0。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent',
    type: 'int',
    unit: 'seconds',
    default: '3',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_sctp_timeout_closed'],
    summary: {
      en: 'How long conntrack keeps an SCTP association after a SHUTDOWN-ACK, while waiting for the final SHUTDOWN-COMPLETE.',
      zh: '发出 SHUTDOWN-ACK 后等待最终 SHUTDOWN-COMPLETE 期间，conntrack 保留该 SCTP 关联的时间。',
    },
    details: {
      en:
        'The last step of the SCTP close, comparable to TCP\'s LAST_ACK. When the SHUTDOWN-COMPLETE passes, the entry moves to CLOSED (`nf_conntrack_sctp_timeout_closed`).',
      zh:
        'SCTP 关闭的最后一步，类似 TCP 的 LAST_ACK。SHUTDOWN-COMPLETE 通过后，条目转入 CLOSED（由 `nf_conntrack_sctp_timeout_closed` 计时）。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent',
    type: 'int',
    unit: 'seconds',
    default: '30',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_sctp_timeout_established'],
    summary: {
      en: 'How long conntrack keeps an entry created by an SCTP HEARTBEAT on a secondary path until the HEARTBEAT-ACK arrives.',
      zh: 'SCTP 在备用路径上发送 HEARTBEAT 时创建的条目，conntrack 在收到 HEARTBEAT-ACK 之前保留它的时间。',
    },
    details: {
      en:
        'Multi-homed SCTP associations probe their alternate addresses with HEARTBEATs; conntrack tracks each path as its own entry. Once the HEARTBEAT-ACK is seen, the path entry uses the established timeout. The default matches SCTP\'s 30 s heartbeat interval.',
      zh:
        '多宿主的 SCTP 关联用 HEARTBEAT 探测备用地址，conntrack 把每条路径作为单独的条目跟踪。看到 HEARTBEAT-ACK 后，该路径条目改用已建立状态的超时。默认值与 SCTP 30 秒的心跳间隔一致。',
    },
  },
];

/** The connection table itself: what is tracked, counted and recorded per entry. */
const CONNTRACK_TABLE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.netfilter.nf_conntrack_count',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'A live, read-only counter of the current network namespace (0 on an idle machine).',
      zh: '当前网络命名空间的实时只读计数（空闲机器上为 0）。',
    },
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_max', 'net.netfilter.nf_conntrack_buckets'],
    summary: {
      en: 'Number of entries currently in the connection tracking table (read-only).',
      zh: '连接跟踪表中当前的条目数（只读）。',
    },
    details: {
      en:
        'The number to watch against `nf_conntrack_max`: when it reaches the maximum, new flows are dropped with "nf_conntrack: table full, dropping packet" in the kernel log. Each network namespace counts its own entries, and each count is held to the same global `nf_conntrack_max`.\n\n' +
        '- Alert well before the limit, e.g. at 80 %: `echo $(( 100 * $(sysctl -n net.netfilter.nf_conntrack_count) / $(sysctl -n net.netfilter.nf_conntrack_max) ))%`.\n' +
        '- To see what fills the table: `conntrack -L | awk \'{print $1}\' | sort | uniq -c` per protocol, `conntrack -L -p tcp | awk \'{print $4}\' | sort | uniq -c | sort -rn` per TCP state. `conntrack -S` shows `drop` and `early_drop` counters per CPU.',
      zh:
        '需要对照 `nf_conntrack_max` 重点监控的指标：达到上限后新流会被丢弃，内核日志出现 "nf_conntrack: table full, dropping packet"。每个网络命名空间各自计数，但都受同一个全局 `nf_conntrack_max` 限制。\n\n' +
        '- 在触及上限之前就应告警，例如用量达到 80% 时：`echo $(( 100 * $(sysctl -n net.netfilter.nf_conntrack_count) / $(sysctl -n net.netfilter.nf_conntrack_max) ))%`。\n' +
        '- 查看连接跟踪表被什么占满：按协议统计用 `conntrack -L | awk \'{print $1}\' | sort | uniq -c`，按 TCP 状态统计用 `conntrack -L -p tcp | awk \'{print $4}\' | sort | uniq -c | sort -rn`。`conntrack -S` 按 CPU 显示 `drop` 和 `early_drop` 计数。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_expect_max',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'Four times nf_conntrack_buckets / 256, so sized from RAM (4096 on a 24 GiB test machine).',
      zh: '等于 nf_conntrack_buckets / 256 的四倍，因此随内存大小而定（在一台 24 GiB 内存的测试机上为 4096）。',
    },
    perNamespace: false,
    related: ['net.netfilter.nf_conntrack_buckets', 'net.netfilter.nf_conntrack_max'],
    summary: {
      en: 'Maximum number of expectations each network namespace may hold: related connections that protocol helpers (FTP, SIP, TFTP, H.323) announce in advance.',
      zh: '每个网络命名空间最多可持有的期望（expectation）数；期望是协议辅助模块（FTP、SIP、TFTP、H.323）预先登记的关联连接。',
    },
    details: {
      en:
        'A helper reads the control connection (e.g. an FTP `PORT` command or a SIP SDP body) and registers the data connection it announces, so that the firewall accepts it as RELATED and NAT rewrites it. When a network namespace already holds this many, its new expectations fail with "nf_conntrack: expectation table full" and those data connections are blocked.\n\n' +
        '- Only relevant on gateways running helpers for many FTP or VoIP sessions. It can be changed only in the initial network namespace; other namespaces see it read-only.',
      zh:
        '辅助模块解析控制连接（如 FTP 的 `PORT` 命令或 SIP 的 SDP 内容），把其中通告的数据连接登记为期望，防火墙才会把它当作 RELATED 放行，NAT 也才会改写它。某个网络命名空间的期望数达到上限时，该命名空间新的期望登记失败，日志出现 "nf_conntrack: expectation table full"，对应的数据连接会被拦截。\n\n' +
        '- 只对为大量 FTP 或 VoIP 会话运行辅助模块的网关有意义。只能在初始网络命名空间中修改，其他命名空间中只读。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_checksum',
    type: 'bool',
    default: '1',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Do not verify checksums; track every packet.',
          zh: '不检查校验和，所有报文都参与跟踪。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Verify checksums of incoming packets; bad ones are INVALID (default).',
          zh: '检查入向报文的校验和，校验和错误的报文判为 INVALID（默认）。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_log_invalid', 'net.netfilter.nf_conntrack_tcp_be_liberal'],
    summary: {
      en: 'Whether conntrack verifies the layer-4 checksum of incoming packets before tracking them.',
      zh: 'conntrack 在跟踪入向报文之前，是否先检查其四层校验和。',
    },
    details: {
      en:
        'A packet with a bad checksum would be thrown away by the receiving host anyway; with 1 it also cannot change conntrack state (e.g. a corrupted RST closing an entry). Packets whose checksum the NIC already verified are not checked again, so the cost is small.\n\n' +
        '- Setting 0 saves some CPU on gateways whose NICs do not verify checksums, at the price of letting corrupted packets update the table.',
      zh:
        '校验和错误的报文本来就会被接收主机丢弃；设为 1 时，这类报文也无法改变 conntrack 状态（例如损坏的 RST 把条目关掉）。网卡已经校验过的报文不会重复校验，所以开销很小。\n\n' +
        '- 在网卡不做接收校验和卸载的网关上，设为 0 可以省一些 CPU，代价是损坏的报文也能更新连接跟踪表。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_log_invalid',
    type: 'int',
    default: '0',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: [
      'net.netfilter.nf_conntrack_tcp_be_liberal',
      'net.netfilter.nf_log.2',
      'net.netfilter.nf_log.10',
    ],
    summary: {
      en: 'Logs the packets conntrack marks INVALID, for one IP protocol number or 255 for all.',
      zh: '记录被 conntrack 标记为 INVALID 的报文：填一个 IP 协议号，或填 255 表示全部协议。',
    },
    details: {
      en:
        'The value is an IP protocol number: 1 ICMP, 6 TCP, 17 UDP, 58 ICMPv6, 132 SCTP; 255 logs every protocol and 0 logs nothing. The messages go to the kernel log (`dmesg`) and explain the verdict, e.g. that a TCP segment was out of window.\n\n' +
        '- The first tool when clients see unexplained resets through NAT: set 6, reproduce, read `dmesg`, then decide about `nf_conntrack_tcp_be_liberal`. The `invalid` counter of `conntrack -S` tells whether it is worth looking.\n' +
        '- Logging needs a logger bound to the address family (`net.netfilter.nf_log.2` for IPv4, `net.netfilter.nf_log.10` for IPv6); if they show `NONE`, `modprobe nf_log_syslog`. Nothing rate-limits these messages: every INVALID packet of the chosen protocol produces a line, so switch it back to 0 as soon as you are done on busy hosts.',
      zh:
        '取值是 IP 协议号：1 为 ICMP，6 为 TCP，17 为 UDP，58 为 ICMPv6，132 为 SCTP；255 记录所有协议，0 不记录。日志写入内核日志（`dmesg`），并说明判定原因，例如某个 TCP 报文段超出了窗口。\n\n' +
        '- 客户端经过 NAT 后出现原因不明的连接复位时，这是首选工具：设为 6，复现问题，查看 `dmesg`，再决定是否调整 `nf_conntrack_tcp_be_liberal`。`conntrack -S` 中的 `invalid` 计数可以帮你判断是否值得深挖。\n' +
        '- 记录日志需要为对应地址族绑定日志模块（IPv4 为 `net.netfilter.nf_log.2`，IPv6 为 `net.netfilter.nf_log.10`）；如果它们显示 `NONE`，先执行 `modprobe nf_log_syslog`。这些日志没有任何限速：所选协议的每个 INVALID 报文都会产生一行，所以在繁忙主机上排查完后应立即改回 0。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_acct',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: { en: 'No per-flow counters (default).', zh: '不按流统计报文数和字节数（默认）。' },
      },
      {
        value: '1',
        meaning: {
          en: 'Count packets and bytes per direction for new flows.',
          zh: '为新建的流按方向统计报文数和字节数。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_timestamp', 'net.netfilter.nf_conntrack_events'],
    summary: {
      en: 'Whether conntrack counts packets and bytes for each flow.',
      zh: 'conntrack 是否为每条流统计报文数和字节数。',
    },
    details: {
      en:
        'With 1, `conntrack -L` shows `packets=` and `bytes=` for both directions, and flow exporters reading conntrack events get traffic volumes. Only flows created after the change get counters.\n\n' +
        '- Costs a little memory per entry and some CPU per packet; enable it when you need per-connection traffic figures, e.g. to find which client fills a NAT gateway\'s uplink.',
      zh:
        '设为 1 后，`conntrack -L` 会显示两个方向的 `packets=` 和 `bytes=`，读取 conntrack 事件的流量导出工具也能拿到流量数据。只有修改之后新建的流才有计数。\n\n' +
        '- 每个条目多占一点内存，每个报文多花一点 CPU；确实需要按连接统计流量时再开启，例如找出哪个客户端占满了 NAT 网关的上行带宽。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_timestamp',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: { en: 'Do not record start and stop times (default).', zh: '不记录开始和结束时间（默认）。' },
      },
      {
        value: '1',
        meaning: { en: 'Record when each new flow starts and ends.', zh: '记录每条新建流的开始和结束时间。' },
      },
    ],
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_acct', 'net.netfilter.nf_conntrack_events'],
    summary: {
      en: 'Whether conntrack records the start and end time of each flow.',
      zh: 'conntrack 是否记录每条流的开始和结束时间。',
    },
    details: {
      en:
        'With 1, destroy events (`conntrack -E -e DESTROY -o ktimestamp`) carry the flow\'s start and stop times, so flow logs such as ulogd can record connection durations. Only flows created after the change are stamped.\n\n' +
        '- Useful together with `nf_conntrack_acct` for NAT session logging that regulations sometimes require.',
      zh:
        '设为 1 后，销毁事件（`conntrack -E -e DESTROY -o ktimestamp`）会带上流的开始和结束时间，ulogd 等流日志工具就能据此记录连接时长。只有修改之后新建的流才会打时间戳。\n\n' +
        '- 与 `nf_conntrack_acct` 配合使用，可以满足部分法规对 NAT 会话日志留存的要求。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_events',
    type: 'enum',
    default: '2',
    values: [
      { value: '0', meaning: { en: 'Never send events.', zh: '从不发送事件。' } },
      { value: '1', meaning: { en: 'Always prepare events for every new flow.', zh: '始终为每条新流准备事件。' } },
      {
        value: '2',
        meaning: {
          en: 'Prepare events only while a program listens for them (default).',
          zh: '只在有程序监听时才准备事件（默认）。',
        },
      },
    ],
    range: { min: 0, max: 2 },
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_acct', 'net.netfilter.nf_conntrack_timestamp'],
    summary: {
      en: 'Whether conntrack reports new, updated and destroyed flows to user space over netlink.',
      zh: 'conntrack 是否通过 netlink 向用户态报告流的新建、更新和销毁。',
    },
    details: {
      en:
        'Events feed `conntrack -E`, conntrackd (state synchronisation between firewalls), ulogd and other flow loggers. With 2 the per-flow event data is only set up when such a listener exists; older kernels defaulted to 1.\n\n' +
        '- Set 0 to save a little per-flow work on gateways where nothing consumes events; set 1 if a listener that starts later must also see flows created before it.',
      zh:
        '事件供 `conntrack -E`、conntrackd（防火墙之间的状态同步）、ulogd 等流日志工具使用。设为 2 时，只有存在这样的监听程序，才会为流准备事件数据；较早的内核默认为 1。\n\n' +
        '- 在没有任何程序消费事件的网关上设为 0，可以省掉一点按流的开销；如果后启动的监听程序也需要看到它启动前建立的流，就设为 1。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_frag6_high_thresh',
    type: 'int',
    unit: 'bytes',
    default: '4194304',
    perNamespace: true,
    related: [
      'net.netfilter.nf_conntrack_frag6_low_thresh',
      'net.netfilter.nf_conntrack_frag6_timeout',
      'net.ipv6.ip6frag_high_thresh',
    ],
    summary: {
      en: 'Memory conntrack may use to reassemble IPv6 fragments before it starts dropping them.',
      zh: 'conntrack 重组 IPv6 分片可用的内存上限，超过后开始丢弃分片。',
    },
    details: {
      en:
        'Conntrack must see a whole IPv6 packet to read its ports, so it reassembles fragments in its own queue, separate from the IPv6 stack\'s (`net.ipv6.ip6frag_high_thresh`). While this memory is exceeded, every arriving fragment is dropped; acceptance resumes as soon as completed or expired queues bring usage back to this value, not down to `nf_conntrack_frag6_low_thresh`.\n\n' +
        '- Raise it on gateways that forward a lot of fragmented IPv6 (large DNS answers, some tunnels) when such packets get lost while the endpoints themselves reassemble fine.',
      zh:
        'conntrack 必须看到完整的 IPv6 报文才能读出端口，所以它在自己的队列里重组分片，与 IPv6 协议栈自己的重组队列（`net.ipv6.ip6frag_high_thresh`）相互独立。用量超过这个值期间，到达的分片一律丢弃；等重组完成或超时的队列把用量降回这个值以内，就重新接收分片，并不需要降到 `nf_conntrack_frag6_low_thresh`。\n\n' +
        '- 网关转发大量 IPv6 分片（大的 DNS 应答、某些隧道），这类报文经过网关后丢失、而端点自己重组却正常时，可以调大。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_frag6_low_thresh',
    type: 'int',
    unit: 'bytes',
    default: '3145728',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_frag6_high_thresh'],
    summary: {
      en: 'Kept for compatibility: since 4.17 conntrack\'s IPv6 reassembly no longer prunes memory down to this mark; the value only sets the floor that nf_conntrack_frag6_high_thresh may be lowered to.',
      zh: '为兼容而保留：从 4.17 起，conntrack 的 IPv6 分片重组不再把内存清理到这个水位；它只决定 nf_conntrack_frag6_high_thresh 能调到的最低值。',
    },
    details: {
      en:
        'Older kernels evicted incomplete fragment queues down to this value once `nf_conntrack_frag6_high_thresh` was hit. Since the 4.17 fragment rework, shared with `ip6frag_low_thresh`, fragments above the high mark are simply dropped and incomplete queues expire after `nf_conntrack_frag6_timeout`. The two files still bound each other: this one cannot be set above the high threshold, nor the high threshold below this one.\n\n' +
        '- Tune `nf_conntrack_frag6_high_thresh` instead; lower this one first if you want a high threshold under 3 MiB.',
      zh:
        '旧内核在触及 `nf_conntrack_frag6_high_thresh` 后，会淘汰未完成的分片队列，直到用量降到这个值。4.17 重写分片缓存后（与 `ip6frag_low_thresh` 相同），超过上限的分片直接丢弃，未完成的队列在 `nf_conntrack_frag6_timeout` 后过期。两个文件仍然互相限制：这个值不能设得高于上限，上限也不能设得低于这个值。\n\n' +
        '- 应调整 `nf_conntrack_frag6_high_thresh`；想把上限设到 3 MiB 以下时，先调低这个值。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_frag6_timeout',
    type: 'int',
    unit: 'seconds',
    default: '60',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_frag6_high_thresh'],
    summary: {
      en: 'How long conntrack keeps an incomplete IPv6 fragment queue waiting for its missing pieces.',
      zh: '未重组完的 IPv6 分片队列在 conntrack 中等待缺失分片的最长时间。',
    },
    details: {
      en:
        'When a fragment is lost the rest of the packet waits this long before it is discarded, holding reassembly memory meanwhile. Lowering it (e.g. 15–30) frees memory faster when fragments are often lost; the default rarely needs changing.',
      zh:
        '某个分片丢失后，同一报文的其余分片要等这么久才会丢弃，期间一直占用重组内存。分片经常丢失时调低（如 15–30）可以更快释放内存；默认值一般无需修改。',
    },
  },
  {
    key: 'net.netfilter.nf_hooks_lwtunnel',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Lightweight tunnel traffic skips netfilter hooks (default).',
          zh: '轻量级隧道的流量不经过 netfilter 钩子（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Run netfilter hooks for lightweight tunnel traffic; cannot be switched back.',
          zh: '轻量级隧道的流量也经过 netfilter 钩子；开启后无法关闭。',
        },
      },
    ],
    perNamespace: false,
    related: ['net.ipv6.seg6_flowlabel'],
    summary: {
      en: 'Whether packets that SRv6 routes encapsulate or decapsulate pass through the netfilter hooks; no other lightweight tunnel type checks it.',
      zh: '由 SRv6 路由封装或解封装的报文是否经过 netfilter 钩子；其他类型的轻量级隧道都不看这个开关。',
    },
    details: {
      en:
        'Lightweight tunnels are route-based encapsulations (`ip route ... encap ...`). Only the SRv6 ones read this switch: `encap seg6` routes and the decapsulating `encap seg6local` behaviours. With 1, iptables/nftables rules and conntrack also see the packets they encapsulate or decapsulate, e.g. to filter or NAT SRv6 traffic; MPLS, RPL, IOAM and BPF encapsulations are not affected.\n\n' +
        '- Once set to 1 it cannot be set back to 0 until reboot. The switch is shared by all network namespaces even though each one shows the file.',
      zh:
        '轻量级隧道是基于路由的封装（`ip route ... encap ...`）。只有 SRv6 相关的会读取这个开关：`encap seg6` 路由，以及负责解封装的 `encap seg6local` 行为。设为 1 后，iptables/nftables 规则和 conntrack 也能看到它们封装或解封装的报文，例如对 SRv6 流量做过滤或 NAT；MPLS、RPL、IOAM、BPF 等封装不受影响。\n\n' +
        '- 一旦设为 1，重启之前无法改回 0。每个网络命名空间里都能看到这个文件，但开关是所有命名空间共用的。',
    },
  },
  {
    key: 'net.nf_conntrack_max',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'Same value as net.netfilter.nf_conntrack_max: sized from RAM (262144 on a 24 GiB test machine).',
      zh: '与 net.netfilter.nf_conntrack_max 是同一个值：根据内存大小计算（在一台 24 GiB 内存的测试机上为 262144）。',
    },
    perNamespace: false,
    related: ['net.netfilter.nf_conntrack_max', 'net.netfilter.nf_conntrack_count'],
    summary: {
      en: 'Older name of `net.netfilter.nf_conntrack_max`: how many connection tracking entries each network namespace may hold.',
      zh: '`net.netfilter.nf_conntrack_max` 的旧名称：每个网络命名空间最多可持有的连接跟踪条目数。',
    },
    details: {
      en:
        'Both names read and write the same limit; this one exists only in the initial network namespace. Many tuning guides set both, which is harmless as long as they agree; if they disagree, whichever file is written last wins.\n\n' +
        '- See `net.netfilter.nf_conntrack_max` for sizing and the "table full, dropping packet" symptom.',
      zh:
        '两个名称读写的是同一个上限；这个名称只存在于初始网络命名空间。很多调优指南会同时设置两者，只要取值一致就没问题；如果不一致，以最后写入的为准。\n\n' +
        '- 容量规划和 "table full, dropping packet" 现象请看 `net.netfilter.nf_conntrack_max`。',
    },
  },
];

/** Which logger backend writes the packets netfilter logs, one key per protocol family number. */
function nfLogKey(familyNumber: number, family: Localized, builtInLogger?: string): SysctlKeyDoc {
  const key = `net.netfilter.nf_log.${familyNumber}`;
  const shared = {
    key,
    type: 'string' as const,
    perNamespace: true,
    // Conntrack logs its INVALID packets under the hook's family, which is only ever IPv4 (2) or IPv6 (10).
    related: familyNumber === 2 || familyNumber === 10
      ? ['net.netfilter.nf_log_all_netns', 'net.netfilter.nf_conntrack_log_invalid']
      : ['net.netfilter.nf_log_all_netns'],
    summary: {
      en: `Logger that writes netfilter log messages for protocol family ${familyNumber} (${family.en}).`,
      zh: `负责输出协议族 ${familyNumber}（${family.zh}）netfilter 日志的日志模块。`,
    },
    details: {
      en:
        `Netfilter hands packets logged by \`LOG\`/\`log\` rules and by \`nf_conntrack_log_invalid\` to the logger bound to their family. \`NONE\` means no logger is bound and such messages are silently dropped. The value can be set to the name of any registered logger listed in \`/proc/net/netfilter/nf_log\`, e.g. \`nfnetlink_log\` to send messages to ulogd instead of the kernel log.\n\n` +
        (builtInLogger === undefined
          ? '- No built-in logger serves this family number, so the value normally stays `NONE`.'
          : `- The kernel's own logger \`${builtInLogger}\` binds itself here when its module (\`nf_log_syslog\`) is loaded. If logging rules print nothing, check that this is not \`NONE\`.`),
      zh:
        `\`LOG\`/\`log\` 规则和 \`nf_conntrack_log_invalid\` 记录的报文，会交给该地址族绑定的日志模块处理。\`NONE\` 表示没有绑定日志模块，这些日志会被悄悄丢弃。可以设为 \`/proc/net/netfilter/nf_log\` 中列出的任一已注册日志模块的名字，例如设为 \`nfnetlink_log\`，把日志交给 ulogd 而不是写入内核日志。\n\n` +
        (builtInLogger === undefined
          ? '- 内核没有对应这个协议族编号的内置日志模块，所以它通常保持 `NONE`。'
          : `- 内核自带的日志模块 \`${builtInLogger}\` 在其所属模块（\`nf_log_syslog\`）加载后会自动绑定到这里。如果日志规则没有任何输出，先检查这里是不是 \`NONE\`。`),
    },
  };
  if (builtInLogger === undefined) {
    return { ...shared, default: 'NONE' };
  }
  return {
    ...shared,
    default: null,
    defaultNote: {
      en: `\`${builtInLogger}\` once nf_log_syslog is loaded or built in (as on the test machine), \`NONE\` before.`,
      zh: `nf_log_syslog 加载或编译进内核后（测试机即如此）为 \`${builtInLogger}\`，在此之前为 \`NONE\`。`,
    },
  };
}

const NF_LOG_KEYS: readonly SysctlKeyDoc[] = [
  nfLogKey(0, { en: 'unspecified', zh: '未指定' }),
  nfLogKey(1, { en: 'inet, the combined IPv4/IPv6 family of nftables', zh: 'inet，即 nftables 中 IPv4/IPv6 合一的地址族' }),
  nfLogKey(2, { en: 'IPv4', zh: 'IPv4' }, 'nf_log_ipv4'),
  nfLogKey(3, { en: 'ARP', zh: 'ARP' }, 'nf_log_arp'),
  nfLogKey(4, { en: 'unused', zh: '未使用' }),
  nfLogKey(5, { en: 'netdev, the ingress/egress hooks of nftables', zh: 'netdev，即 nftables 的 ingress/egress 钩子' }, 'nf_log_netdev'),
  nfLogKey(6, { en: 'unused', zh: '未使用' }),
  nfLogKey(7, { en: 'bridge', zh: '网桥' }, 'nf_log_bridge'),
  nfLogKey(8, { en: 'unused', zh: '未使用' }),
  nfLogKey(9, { en: 'unused', zh: '未使用' }),
  nfLogKey(10, { en: 'IPv6', zh: 'IPv6' }, 'nf_log_ipv6'),
  {
    key: 'net.netfilter.nf_log_all_netns',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Only the initial network namespace may write netfilter logs to the kernel log (default).',
          zh: '只有初始网络命名空间能把 netfilter 日志写入内核日志（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Every network namespace may write netfilter logs to the kernel log.',
          zh: '所有网络命名空间都能把 netfilter 日志写入内核日志。',
        },
      },
    ],
    perNamespace: false,
    related: ['net.netfilter.nf_log.2', 'net.netfilter.nf_conntrack_log_invalid'],
    summary: {
      en: 'Whether `LOG` rules inside containers and other network namespaces may write to the host\'s kernel log.',
      zh: '容器等非初始网络命名空间中的 `LOG` 规则是否可以写入宿主机的内核日志。',
    },
    details: {
      en:
        'The kernel log is shared by the whole machine, so by default a namespace could otherwise flood it; with 0, `LOG` rules and `nf_conntrack_log_invalid` in other namespaces print nothing. This often puzzles people debugging firewall rules inside a container.\n\n' +
        '- Set 1 on the host while debugging, or log through `nfnetlink_log` (NFLOG) to a collector inside the namespace instead.',
      zh:
        '内核日志是整机共用的，为了防止某个命名空间刷屏，默认为 0：其他命名空间中的 `LOG` 规则和 `nf_conntrack_log_invalid` 都不会输出任何内容。在容器里调试防火墙规则时，这一点经常让人困惑。\n\n' +
        '- 调试时在宿主机上设为 1，或者改用 `nfnetlink_log`（NFLOG）把日志交给命名空间内的收集程序。',
    },
  },
];

/** br_netfilter: whether bridged frames pass through iptables, ip6tables and arptables. */
const BRIDGE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.bridge.bridge-nf-call-iptables',
    type: 'bool',
    default: '1',
    defaultNote: {
      en: 'Exists only while the br_netfilter module is loaded (built in on the test machine); 1 as soon as it is.',
      zh: '只在 br_netfilter 模块加载后才存在（测试机上已编译进内核）；一旦加载即为 1。',
    },
    values: [
      {
        value: '0',
        meaning: {
          en: 'Bridged IPv4 traffic bypasses iptables and conntrack.',
          zh: '桥接的 IPv4 流量绕过 iptables 和 conntrack。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Bridged IPv4 traffic passes through iptables and conntrack (default).',
          zh: '桥接的 IPv4 流量经过 iptables 和 conntrack（默认）。',
        },
      },
    ],
    perNamespace: true,
    related: [
      'net.bridge.bridge-nf-call-ip6tables',
      'net.bridge.bridge-nf-call-arptables',
      'net.netfilter.nf_conntrack_max',
    ],
    summary: {
      en: 'Whether IPv4 packets switched by a Linux bridge go through iptables rules and connection tracking.',
      zh: '经 Linux 网桥交换的 IPv4 报文是否经过 iptables 规则和连接跟踪。',
    },
    details: {
      en:
        'A bridge forwards frames at layer 2, so normally iptables never sees traffic between two ports of the same bridge. Kubernetes (kube-proxy in iptables mode), Docker and many CNI plugins rely on it: a pod reaching a Service IP whose backend sits on the same bridge must be DNATed and un-NATed on the way back. kubeadm\'s preflight checks complain when it is not 1.\n\n' +
        '- The key exists only after `modprobe br_netfilter`; "cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables" means the module is missing. Load it at boot (`/etc/modules-load.d/`) before `sysctl --system` applies the value.\n' +
        '- Symptom when it is 0 or missing: a pod calling a Service times out whenever the chosen backend sits on the same bridge, because the reply bypasses the reverse NAT; backends on other nodes answer fine.\n' +
        '- Cost: every bridged packet (including plain VM traffic) traverses iptables and conntrack and occupies table entries.',
      zh:
        '网桥在二层转发帧，同一网桥两个端口之间的流量通常根本不经过 iptables。Kubernetes（iptables 模式的 kube-proxy）、Docker 和很多 CNI 插件都依赖它：Pod 访问 Service IP，而后端恰好挂在同一网桥上时，去程要做 DNAT，回程要做反向 NAT。这个值不为 1 时，kubeadm 的预检（preflight）会报错。\n\n' +
        '- 只有执行 `modprobe br_netfilter` 之后这个参数才存在；"cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables" 说明模块没有加载。应配置开机加载模块（`/etc/modules-load.d/`），并确保早于 `sysctl --system` 应用该值。\n' +
        '- 设为 0 或缺失时的现象：Pod 访问 Service 时，只要选中的后端挂在同一网桥上就会超时，因为回包绕过了反向 NAT；选中其他节点上的后端则一切正常。\n' +
        '- 代价：所有桥接报文（包括普通虚拟机流量）都要经过 iptables 和 conntrack，并占用连接跟踪表条目。',
    },
  },
  {
    key: 'net.bridge.bridge-nf-call-ip6tables',
    type: 'bool',
    default: '1',
    defaultNote: {
      en: 'Exists only while the br_netfilter module is loaded (built in on the test machine); 1 as soon as it is.',
      zh: '只在 br_netfilter 模块加载后才存在（测试机上已编译进内核）；一旦加载即为 1。',
    },
    values: [
      {
        value: '0',
        meaning: {
          en: 'Bridged IPv6 traffic bypasses ip6tables and conntrack.',
          zh: '桥接的 IPv6 流量绕过 ip6tables 和 conntrack。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Bridged IPv6 traffic passes through ip6tables and conntrack (default).',
          zh: '桥接的 IPv6 流量经过 ip6tables 和 conntrack（默认）。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.bridge.bridge-nf-call-iptables', 'net.bridge.bridge-nf-call-arptables'],
    summary: {
      en: 'Whether IPv6 packets switched by a Linux bridge go through ip6tables rules and connection tracking.',
      zh: '经 Linux 网桥交换的 IPv6 报文是否经过 ip6tables 规则和连接跟踪。',
    },
    details: {
      en:
        'The IPv6 counterpart of `bridge-nf-call-iptables`, needed for IPv6 and dual-stack Kubernetes Services and Docker networks on a bridge. Kubernetes installation guides set both to 1.\n\n' +
        '- Like its IPv4 sibling it exists only after `modprobe br_netfilter`.',
      zh:
        '`bridge-nf-call-iptables` 的 IPv6 版本，网桥上的 IPv6 或双栈 Kubernetes Service、Docker 网络都需要它。Kubernetes 安装指南会把两者都设为 1。\n\n' +
        '- 与 IPv4 版本一样，只有执行 `modprobe br_netfilter` 之后才存在。',
    },
  },
  {
    key: 'net.bridge.bridge-nf-call-arptables',
    type: 'bool',
    default: '1',
    defaultNote: {
      en: 'Exists only while the br_netfilter module is loaded (built in on the test machine); 1 as soon as it is.',
      zh: '只在 br_netfilter 模块加载后才存在（测试机上已编译进内核）；一旦加载即为 1。',
    },
    values: [
      {
        value: '0',
        meaning: { en: 'Bridged ARP bypasses arptables.', zh: '桥接的 ARP 报文绕过 arptables。' },
      },
      {
        value: '1',
        meaning: { en: 'Bridged ARP passes through arptables (default).', zh: '桥接的 ARP 报文经过 arptables（默认）。' },
      },
    ],
    perNamespace: true,
    related: ['net.bridge.bridge-nf-call-iptables'],
    summary: {
      en: 'Whether ARP packets switched by a Linux bridge go through arptables rules.',
      zh: '经 Linux 网桥交换的 ARP 报文是否经过 arptables 规则。',
    },
    details: {
      en:
        'Only matters if arptables (or nftables `arp` family) rules exist; without rules the cost is negligible. Set 0 if you filter ARP with ebtables instead and do not want bridged ARP to hit arptables.',
      zh:
        '只有配置了 arptables（或 nftables 的 `arp` 地址族）规则时才有影响；没有规则时开销可以忽略。如果改用 ebtables 过滤 ARP，不希望桥接的 ARP 再经过 arptables，就设为 0。',
    },
  },
  {
    key: 'net.bridge.bridge-nf-filter-vlan-tagged',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'VLAN-tagged bridged frames bypass iptables and ip6tables (default).',
          zh: '带 VLAN 标签的桥接帧绕过 iptables 和 ip6tables（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'VLAN-tagged bridged frames pass through iptables and ip6tables.',
          zh: '带 VLAN 标签的桥接帧经过 iptables 和 ip6tables。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.bridge.bridge-nf-call-iptables', 'net.bridge.bridge-nf-pass-vlan-input-dev'],
    summary: {
      en: 'Whether IP packets inside 802.1Q VLAN-tagged frames crossing a bridge are handed to iptables and ip6tables.',
      zh: '经过网桥、带 802.1Q VLAN 标签的帧，其中的 IP 报文是否交给 iptables 和 ip6tables 处理。',
    },
    details: {
      en:
        'Relevant for bridges that carry trunks, e.g. a hypervisor bridge passing tagged VM traffic. With 0, firewall rules on the host do not apply to tagged traffic, which is a common surprise when filtering VLAN trunks.\n\n' +
        '- Has an effect only while `bridge-nf-call-iptables` or `bridge-nf-call-ip6tables` is 1.',
      zh:
        '与承载 trunk 的网桥有关，例如虚拟化宿主机上转发带标签虚拟机流量的网桥。设为 0 时，主机上的防火墙规则对带标签的流量不起作用，这是过滤 VLAN trunk 时常踩的坑。\n\n' +
        '- 只有在 `bridge-nf-call-iptables` 或 `bridge-nf-call-ip6tables` 为 1 时才生效。',
    },
  },
  {
    key: 'net.bridge.bridge-nf-filter-pppoe-tagged',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'IP inside PPPoE session frames bypasses iptables and ip6tables (default).',
          zh: 'PPPoE 会话帧中的 IP 报文绕过 iptables 和 ip6tables（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'IP inside PPPoE session frames passes through iptables and ip6tables.',
          zh: 'PPPoE 会话帧中的 IP 报文经过 iptables 和 ip6tables。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.bridge.bridge-nf-call-iptables', 'net.bridge.bridge-nf-filter-vlan-tagged'],
    summary: {
      en: 'Whether IP packets inside PPPoE session frames crossing a bridge are handed to iptables and ip6tables.',
      zh: '经过网桥的 PPPoE 会话帧，其中的 IP 报文是否交给 iptables 和 ip6tables 处理。',
    },
    details: {
      en:
        'Only relevant on bridges that pass PPPoE sessions, such as a transparent firewall between subscribers and a broadband access server. Has an effect only while `bridge-nf-call-iptables` or `bridge-nf-call-ip6tables` is 1.',
      zh:
        '只与转发 PPPoE 会话的网桥有关，例如架设在用户与宽带接入服务器之间的透明防火墙。只有在 `bridge-nf-call-iptables` 或 `bridge-nf-call-ip6tables` 为 1 时才生效。',
    },
  },
  {
    key: 'net.bridge.bridge-nf-pass-vlan-input-dev',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Rules see the bridge as input device of tagged frames (default).',
          zh: '规则把网桥本身当作带标签帧的输入设备（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Rules see the matching VLAN device on top of the bridge as input device.',
          zh: '规则把网桥之上对应的 VLAN 设备当作输入设备。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.bridge.bridge-nf-filter-vlan-tagged'],
    summary: {
      en: 'Whether iptables sees a VLAN device on top of the bridge, instead of the bridge, as the input interface of tagged frames.',
      zh: '对带标签的帧，iptables 是否把网桥之上的 VLAN 设备（而不是网桥本身）当作输入接口。',
    },
    details: {
      en:
        'With a VLAN device such as `br0.10` on the bridge and 1 here, rules like `-i br0.10` match bridged tagged traffic of that VLAN, and NAT can pick the VLAN device. Useful only together with `bridge-nf-filter-vlan-tagged` = 1.',
      zh:
        '网桥上建有 `br0.10` 这样的 VLAN 设备、且这里设为 1 时，`-i br0.10` 之类的规则就能匹配该 VLAN 的桥接带标签流量，NAT 也能选用这个 VLAN 设备。只有与 `bridge-nf-filter-vlan-tagged` = 1 一起使用才有意义。',
    },
  },
];

/** The remaining net.netfilter keys (connection tracking timeouts, helpers, logging) and net.bridge. */
export const NETFILTER_KEYS: readonly SysctlKeyDoc[] = [
  ...CONNTRACK_TCP_KEYS,
  ...CONNTRACK_OTHER_PROTOCOL_KEYS,
  ...CONNTRACK_TABLE_KEYS,
  ...NF_LOG_KEYS,
  ...BRIDGE_KEYS,
];
