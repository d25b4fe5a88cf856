import type { SysctlKeyDoc } from '../types';

/** How IPv6 sockets bind and how the host chooses and defends its addresses. */
const SOCKET_AND_ADDRESS_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv6.bindv6only',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'An IPv6 socket that does not choose for itself also accepts IPv4, through IPv4-mapped addresses (default).',
          zh: '未自行设置该选项的 IPv6 socket 同时接收 IPv4，对端显示为 IPv4 映射地址（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Such sockets are IPv6-only; IPv4 needs a separate socket.',
          zh: '这类 socket 只处理 IPv6；IPv4 需要另开一个 socket。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.ip_nonlocal_bind', 'net.ipv6.conf.<iface>.disable_ipv6'],
    summary: {
      en: 'Default of the IPV6_V6ONLY socket option: whether a socket bound to `::` serves IPv6 only or IPv4 as well.',
      zh: 'IPV6_V6ONLY socket 选项的默认值：绑定到 `::` 的 socket 只服务 IPv6，还是同时服务 IPv4。',
    },
    details: {
      en:
        'Server side, for sockets that do not set IPV6_V6ONLY themselves. With 0 a listener on `[::]` also accepts IPv4 connections, whose peers appear as IPv4-mapped addresses such as `::ffff:192.0.2.10`. `netstat` then shows only `tcp6 ... :::80`, nothing on `0.0.0.0:80`, and IPv4 clients still get through.\n\n' +
        '- `ss -ltn` tells the two apart: `*:80` is a dual-stack listener, `[::]:80` an IPv6-only one.\n' +
        '- Setting 1 makes such listeners IPv6-only: a service that binds only `::` silently stops accepting IPv4.\n' +
        '- With 0, binding `0.0.0.0:80` and then `[::]:80` fails with EADDRINUSE unless the program sets IPV6_V6ONLY itself, as most servers (nginx, for example) do.',
      zh:
        '作用于服务端，只影响没有自行设置 IPV6_V6ONLY 的 socket。为 0 时，监听 `[::]` 的 socket 也接受 IPv4 连接，对端显示为 `::ffff:192.0.2.10` 这样的 IPv4 映射地址。此时 `netstat` 只显示 `tcp6 ... :::80`，`0.0.0.0:80` 上什么都没有，但 IPv4 客户端照样能连上。\n\n' +
        '- 用 `ss -ltn` 可以区分：`*:80` 是双栈监听，`[::]:80` 是纯 IPv6 监听。\n' +
        '- 设为 1 后这类监听变成纯 IPv6：只绑定 `::` 的服务不再接受 IPv4，而且没有任何报错。\n' +
        '- 为 0 时，先绑定 `0.0.0.0:80` 再绑定 `[::]:80` 会报 EADDRINUSE，除非程序自己设置 IPV6_V6ONLY（nginx 等大多数服务器都会设置）。',
    },
  },
  {
    key: 'net.ipv6.ip_nonlocal_bind',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'bind() only to addresses configured on the host and usable now (default).',
          zh: 'bind() 只能绑定本机已配置且当前可用的地址（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'bind() to any IPv6 address, even one the host does not (yet) have.',
          zh: 'bind() 可以绑定任意 IPv6 地址，即使本机（暂时）没有这个地址。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.ip_nonlocal_bind', 'net.ipv6.conf.<iface>.optimistic_dad', 'net.ipv6.conf.<iface>.accept_dad'],
    summary: {
      en: 'Whether processes may bind() to an IPv6 address that is not, or not yet, usable on this host.',
      zh: '是否允许进程 bind() 到本机没有或暂时还不能用的 IPv6 地址。',
    },
    details: {
      en:
        'Typical users are keepalived or HAProxy binding a virtual IP that only the active node holds, and services that start while an address is still tentative: IPv6 first runs Duplicate Address Detection, and until it finishes bind() fails with EADDRNOTAVAIL ("Cannot assign requested address"), a classic boot-time race.\n\n' +
        '- The per-socket alternative is the IP_FREEBIND / IPV6_FREEBIND option (systemd: `FreeBind=`).\n' +
        '- IPv4 has its own switch, `net.ipv4.ip_nonlocal_bind`.',
      zh:
        '典型使用者是 keepalived、HAProxy 这类要绑定虚拟 IP（只有主节点持有）的程序，以及在地址仍处于 tentative 状态时就启动的服务：IPv6 要先做重复地址检测（DAD），完成之前 bind() 会报 EADDRNOTAVAIL（"Cannot assign requested address"），这是开机时的经典竞态问题。\n\n' +
        '- 针对单个 socket 的替代办法是 IP_FREEBIND / IPV6_FREEBIND 选项（systemd 中为 `FreeBind=`）。\n' +
        '- IPv4 有自己独立的开关 `net.ipv4.ip_nonlocal_bind`。',
    },
  },
  {
    key: 'net.ipv6.idgen_retries',
    type: 'int',
    unit: 'retries',
    default: '3',
    perNamespace: true,
    related: ['net.ipv6.idgen_delay', 'net.ipv6.conf.<iface>.addr_gen_mode', 'net.ipv6.conf.<iface>.dad_transmits'],
    summary: {
      en: 'How many times a stable privacy address (RFC 7217) is generated again after Duplicate Address Detection finds a conflict.',
      zh: '重复地址检测（DAD）发现冲突后，稳定隐私地址（RFC 7217）最多重新生成几次。',
    },
    details: {
      en:
        'Only for addresses generated with `addr_gen_mode` 2 or 3. When DAD reports that another node uses the address, the kernel derives a new one with an incremented counter after `idgen_delay` seconds, up to this many times; then it gives up and the interface has no such address.\n\n' +
        '- Repeated conflicts usually mean a duplicated stable secret (cloned VM images) or a misbehaving switch echoing solicitations, not bad luck.',
      zh:
        '只针对 `addr_gen_mode` 为 2 或 3 时生成的地址。DAD 发现该地址已被其他节点使用时，内核在 `idgen_delay` 秒后把计数器加一、派生出新地址，最多重试这么多次；仍失败就放弃，接口上不会有这个地址。\n\n' +
        '- 反复冲突通常说明稳定密钥重复了（克隆出来的虚拟机镜像），或交换机回送了邻居请求，而不是运气不好。',
    },
  },
  {
    key: 'net.ipv6.idgen_delay',
    type: 'int',
    unit: 'seconds',
    default: '1',
    perNamespace: true,
    related: ['net.ipv6.idgen_retries', 'net.ipv6.conf.<iface>.addr_gen_mode'],
    summary: {
      en: 'Delay, in seconds, before a new stable privacy address is tried after a Duplicate Address Detection conflict.',
      zh: '重复地址检测（DAD）发现冲突后，隔多少秒再尝试新的稳定隐私地址。',
    },
    details: {
      en:
        'Works with `idgen_retries` for addresses generated with `addr_gen_mode` 2 or 3 (RFC 7217). The default of 1 second follows the RFC.\n\n' +
        '- There is rarely a reason to change it; investigate why addresses collide instead.',
      zh:
        '与 `idgen_retries` 配合，针对 `addr_gen_mode` 为 2 或 3（RFC 7217）时生成的地址。默认 1 秒遵循 RFC 的建议。\n\n' +
        '- 通常没有修改它的必要；应该去查地址为什么会冲突。',
    },
  },
  {
    key: 'net.ipv6.anycast_src_echo_reply',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Answer an echo request sent to an anycast address from a unicast address of the host (default).',
          zh: '对发往任播地址的 echo 请求，用本机的单播地址作为源地址回复（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Answer it from the anycast address itself.',
          zh: '直接用该任播地址作为源地址回复。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.icmp.echo_ignore_anycast', 'net.ipv6.icmp.error_anycast_as_unicast'],
    summary: {
      en: 'Whether replies to pings sent to an IPv6 anycast address use that anycast address as their source.',
      zh: '回复发往 IPv6 任播地址的 ping 时，是否以该任播地址作为源地址。',
    },
    details: {
      en:
        'Monitoring that pings an anycast service address usually expects the reply to come from that same address, and some tools discard replies from any other source. Enable it on nodes that announce anycast addresses.\n\n' +
        '- Pings to anycast addresses are ignored entirely when `icmp.echo_ignore_anycast` is 1.',
      zh:
        '对任播服务地址做 ping 监控时，通常期望回复就来自这个地址，有些工具会丢弃来自其他源地址的回复。在发布任播地址的节点上应开启。\n\n' +
        '- 如果 `icmp.echo_ignore_anycast` 为 1，发往任播地址的 ping 会被直接忽略。',
    },
  },
  {
    key: 'net.ipv6.fwmark_reflect',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Replies the kernel sends on its own (TCP RST, ICMPv6 echo reply) carry fwmark 0 (default).',
          zh: '内核自行发出的回复（TCP RST、ICMPv6 echo 回复）的 fwmark 为 0（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'They carry the fwmark of the packet they answer.',
          zh: '它们沿用所回复报文的 fwmark。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.fwmark_reflect'],
    summary: {
      en: 'Whether IPv6 replies generated by the kernel without a socket copy the firewall mark of the packet they answer.',
      zh: '内核在没有对应 socket 时自行生成的 IPv6 回复，是否沿用所回复报文的防火墙标记（fwmark）。',
    },
    details: {
      en:
        'Matters with policy routing by fwmark (`ip -6 rule add fwmark ...`), for example on multi-homed hosts or VPN gateways. With 0, TCP resets and echo replies carry no mark, follow the main routing table and may leave through the wrong uplink, where they are dropped or look spoofed.\n\n' +
        '- IPv4 has its own switch, `net.ipv4.fwmark_reflect`.',
      zh:
        '在按 fwmark 做策略路由（`ip -6 rule add fwmark ...`）时有意义，例如多出口主机或 VPN 网关。为 0 时，TCP RST 和 echo 回复不带标记，走主路由表，可能从错误的出口发出，被丢弃或被当作伪造报文。\n\n' +
        '- IPv4 有自己独立的开关 `net.ipv4.fwmark_reflect`。',
    },
  },
];

/** The 20-bit flow label: how it is chosen, reserved and reflected. */
const FLOW_LABEL_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv6.auto_flowlabels',
    type: 'enum',
    default: '1',
    range: { min: 0, max: 3 },
    values: [
      {
        value: '0',
        meaning: { en: 'Never generate flow labels automatically.', zh: '从不自动生成流标签。' },
      },
      {
        value: '1',
        meaning: {
          en: 'Generate them unless a socket opts out with IPV6_AUTOFLOWLABEL (default).',
          zh: '自动生成，单个 socket 可以用 IPV6_AUTOFLOWLABEL 关闭（默认）。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'Off unless a socket opts in with IPV6_AUTOFLOWLABEL.',
          zh: '不生成，除非 socket 用 IPV6_AUTOFLOWLABEL 主动开启。',
        },
      },
      {
        value: '3',
        meaning: { en: 'Always generate them; sockets cannot opt out.', zh: '始终生成，socket 无法关闭。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.fib_multipath_hash_policy', 'net.ipv6.flowlabel_state_ranges', 'net.ipv6.flowlabel_reflect', 'net.ipv6.seg6_flowlabel'],
    summary: {
      en: 'Whether outgoing IPv6 packets get a flow label derived from a hash of their flow.',
      zh: '发出的 IPv6 报文是否带上由流哈希计算出的流标签（flow label）。',
    },
    details: {
      en:
        'Sending side. Routers and link aggregation can spread traffic by source, destination and flow label without parsing past the IPv6 header (RFC 6438), which also works for encrypted or fragmented traffic. Each connection gets a label from its flow hash.\n\n' +
        '- When TCP hits a retransmission timeout the kernel picks a new hash and so a new label, which lets a connection escape a broken ECMP path; turning labels off loses that.\n' +
        '- Keep the default unless a middlebox mishandles labelled packets.',
      zh:
        '作用于发送方。路由器和链路聚合无需解析 IPv6 头之后的内容，就能按源地址、目的地址和流标签分担流量（RFC 6438），对加密或分片的流量同样有效。每条连接的标签取自它的流哈希。\n\n' +
        '- TCP 发生重传超时时，内核会换一个哈希值，也就换了标签，使连接有机会绕开出故障的 ECMP 路径；关掉流标签就失去了这个能力。\n' +
        '- 除非某个中间设备处理带标签的报文有问题，否则保持默认。',
    },
  },
  {
    key: 'net.ipv6.flowlabel_consistency',
    type: 'bool',
    default: '1',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Allow the IPV6_FL_F_REFLECT request of the flow label manager (TCP sockets then reflect the peer\'s label).',
          zh: '允许通过流标签管理器请求 IPV6_FL_F_REFLECT（TCP socket 随后回显对端的流标签）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Refuse IPV6_FL_F_REFLECT with EPERM (default).',
          zh: '拒绝 IPV6_FL_F_REFLECT 请求，返回 EPERM（默认）。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.flowlabel_reflect', 'net.ipv6.flowlabel_state_ranges'],
    summary: {
      en: 'Whether applications are refused the IPV6_FL_F_REFLECT flow label request; the kernel reads this switch for nothing else.',
      zh: '是否拒绝应用发出的 IPV6_FL_F_REFLECT 流标签请求；内核读取这个开关只为这一件事。',
    },
    details: {
      en:
        'Affects only applications that use the IPV6_FLOWLABEL_MGR socket option, and only its IPV6_FL_F_REFLECT request, which makes a TCP socket answer with the flow label its peer sends. With 1 that request fails with EPERM and a rate-limited kernel message; the uniqueness and sharing checks on labels an application leases are made whatever the value. Automatically generated labels are not involved.\n\n' +
        '- Leave it at 1 unless an application documents that it needs IPV6_FL_F_REFLECT; bit 1 of `flowlabel_reflect` gives every new socket the same behaviour without it.',
      zh:
        '只影响使用 IPV6_FLOWLABEL_MGR socket 选项的应用，而且只影响其中的 IPV6_FL_F_REFLECT 请求（让 TCP socket 回显对端发来的流标签）。为 1 时该请求返回 EPERM，内核打印一条限速日志；应用租用流标签时的唯一性和共享检查不受这个值影响，照常进行。自动生成的标签与此无关。\n\n' +
        '- 除非应用文档说明需要 IPV6_FL_F_REFLECT，否则保持为 1；`flowlabel_reflect` 置位 1 则不受这个开关限制，能让所有新建 socket 具备同样的回显行为。',
    },
  },
  {
    key: 'net.ipv6.flowlabel_state_ranges',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'One shared label space for managed and automatic labels (default).',
          zh: '手动管理的标签和自动生成的标签共用同一个取值空间（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Reserve 0x00000–0x7FFFF for the flow label manager and 0x80000–0xFFFFF for stateless labels.',
          zh: '0x00000–0x7FFFF 留给流标签管理器，0x80000–0xFFFFF 留给无状态标签。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.auto_flowlabels', 'net.ipv6.flowlabel_consistency'],
    summary: {
      en: 'Whether the flow label space is split between labels managed by applications and stateless (automatic) labels.',
      zh: '是否把流标签取值空间划分为应用管理的标签和无状态（自动生成）的标签两段。',
    },
    details: {
      en:
        'With 1 the top bit of the 20-bit label tells stateless labels (RFC 6437, such as those of `auto_flowlabels`) from labels handed out through IPV6_FLOWLABEL_MGR, so the two can never collide.\n\n' +
        '- The kernel default is 0, although older documentation says otherwise; only applications using the flow label manager care.',
      zh:
        '为 1 时，用 20 位标签的最高位区分无状态标签（RFC 6437，例如 `auto_flowlabels` 生成的）和通过 IPV6_FLOWLABEL_MGR 分配的标签，二者永远不会冲突。\n\n' +
        '- 内核默认值为 0，尽管旧版文档的说法与此不同；只有使用流标签管理器的应用才需要关心。',
    },
  },
  {
    key: 'net.ipv6.flowlabel_reflect',
    type: 'int',
    default: '0',
    range: { min: 0, max: 7 },
    perNamespace: true,
    related: ['net.ipv6.auto_flowlabels', 'net.ipv6.flowlabel_consistency'],
    summary: {
      en: 'Bit mask of the cases in which the host answers with the same flow label as the packet it received.',
      zh: '位掩码：在哪些情况下本机回复时沿用收到报文的流标签。',
    },
    details: {
      en:
        'Bits: 1 for established connections, 2 for the RST sent in answer to a SYN to a closed port, 4 for ICMPv6 echo replies. Reflection keeps both directions of a flow on the same ECMP path, which Path MTU Discovery needs when anycast servers sit behind ECMP load balancing (RFC 7690).\n\n' +
        '- Bit 1 stops TCP from changing its label after retransmission timeouts, so a connection can no longer move away from a broken path.',
      zh:
        '各位含义：1 表示已建立的连接，2 表示回应发往未监听端口的 SYN 时发出的 RST，4 表示 ICMPv6 echo 回复。沿用标签能让一条流的往返方向走同一条 ECMP 路径；任播服务器位于 ECMP 负载均衡之后时，路径 MTU 发现需要这一点（RFC 7690）。\n\n' +
        '- 置位 1 后，TCP 在重传超时后不再更换标签，连接也就无法再绕开故障路径。',
    },
  },
  {
    key: 'net.ipv6.seg6_flowlabel',
    type: 'enum',
    default: '0',
    range: { min: -1, max: 1 },
    values: [
      {
        value: '-1',
        meaning: { en: 'Set the outer flow label to 0.', zh: '外层流标签设为 0。' },
      },
      {
        value: '0',
        meaning: {
          en: 'Copy the flow label of an inner IPv6 packet; 0 for inner IPv4 or Ethernet (default).',
          zh: '内层是 IPv6 时复制其流标签；内层为 IPv4 或以太网帧时为 0（默认）。',
        },
      },
      {
        value: '1',
        meaning: { en: 'Compute the outer label from a hash of the inner flow.', zh: '根据内层流的哈希计算外层标签。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.auto_flowlabels', 'net.netfilter.nf_hooks_lwtunnel'],
    summary: {
      en: 'How the outer flow label is set when the kernel encapsulates packets with Segment Routing over IPv6 (SRv6).',
      zh: '内核用 SRv6（基于 IPv6 的段路由）封装报文时，外层流标签如何设置。',
    },
    details: {
      en:
        'Only for SRv6 encapsulation routes (`ip -6 route add ... encap seg6 mode encap ...`). Choosing 1 gives every inner flow its own outer label, so routers along the SRv6 path can spread the tunnelled traffic across ECMP links.\n\n' +
        '- Hosts that do not use SRv6 are not affected.',
      zh:
        '只用于 SRv6 封装路由（`ip -6 route add ... encap seg6 mode encap ...`）。选 1 时每条内层流都有自己的外层标签，SRv6 路径上的路由器就能把隧道流量分散到多条 ECMP 链路上。\n\n' +
        '- 不使用 SRv6 的主机不受影响。',
    },
  },
];

/** Multipath (ECMP) routing and route notifications. */
const MULTIPATH_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv6.fib_multipath_hash_policy',
    type: 'enum',
    default: '0',
    range: { min: 0, max: 3 },
    values: [
      {
        value: '0',
        meaning: {
          en: 'Layer 3: source and destination address, flow label and next header (default).',
          zh: '三层：源地址、目的地址、流标签和 Next Header（默认）。',
        },
      },
      {
        value: '1',
        meaning: { en: 'Layer 4: the 5-tuple.', zh: '四层：五元组。' },
      },
      {
        value: '2',
        meaning: {
          en: 'Layer 3 of the inner packet when the packet is encapsulated, otherwise layer 3.',
          zh: '报文有封装时取内层的三层字段，否则取三层字段。',
        },
      },
      {
        value: '3',
        meaning: {
          en: 'Custom: the fields selected in fib_multipath_hash_fields.',
          zh: '自定义：使用 fib_multipath_hash_fields 中选定的字段。',
        },
      },
    ],
    perNamespace: true,
    related: [
      'net.ipv6.fib_multipath_hash_fields',
      'net.ipv4.fib_multipath_hash_policy',
      'net.ipv4.fib_multipath_hash_seed',
      'net.ipv6.auto_flowlabels',
      'net.ipv6.conf.<iface>.ignore_routes_with_linkdown',
    ],
    summary: {
      en: 'Which packet fields choose the next hop of an IPv6 multipath (ECMP) route.',
      zh: 'IPv6 多路径（ECMP）路由用报文的哪些字段来选择下一跳。',
    },
    details: {
      en:
        'For routes with several next hops (`ip -6 route add ... nexthop via ... nexthop via ...`), on hosts and on Linux routers. Unlike IPv4, the default layer-3 policy already spreads connections well, because it includes the flow label, which differs per connection when `auto_flowlabels` is on.\n\n' +
        '- Use 1 when traffic from peers that send no flow label must still be spread by port.\n' +
        '- Use 2 on routers carrying tunnels, so that one tunnel does not pin all its inner flows to one path.',
      zh:
        '用于有多个下一跳的路由（`ip -6 route add ... nexthop via ... nexthop via ...`），主机和 Linux 路由器都适用。与 IPv4 不同，默认的三层策略就已能较好地分散连接，因为它包含流标签，而 `auto_flowlabels` 开启时每条连接的流标签都不同。\n\n' +
        '- 对端发来的报文不带流标签、又要按端口分散时，用 1。\n' +
        '- 承载隧道的路由器用 2，避免一条隧道的所有内层流都固定在同一条路径上。',
    },
  },
  {
    key: 'net.ipv6.fib_multipath_hash_fields',
    type: 'int',
    default: '7',
    perNamespace: true,
    related: ['net.ipv6.fib_multipath_hash_policy', 'net.ipv4.fib_multipath_hash_fields'],
    summary: {
      en: 'Bit mask of the fields hashed for IPv6 multipath routing when fib_multipath_hash_policy is 3 (custom).',
      zh: 'fib_multipath_hash_policy 为 3（自定义）时，IPv6 多路径路由参与哈希的字段位掩码。',
    },
    details: {
      en:
        'Bits: 0x1 source address, 0x2 destination address, 0x4 protocol, 0x8 flow label, 0x10 source port, 0x20 destination port, and 0x40–0x800 the same fields of an inner (encapsulated) packet. The default 7 is source, destination and protocol.\n\n' +
        '- Ignored unless `fib_multipath_hash_policy` is 3. `sysctl` prints it in decimal: 0x37, for example, reads 55.',
      zh:
        '各位含义：0x1 源地址，0x2 目的地址，0x4 协议，0x8 流标签，0x10 源端口，0x20 目的端口；0x40–0x800 是内层（被封装）报文的相应字段。默认值 7 即源地址、目的地址和协议。\n\n' +
        '- 只有 `fib_multipath_hash_policy` 为 3 时才生效。`sysctl` 以十进制显示，例如 0x37 显示为 55。',
    },
  },
  {
    key: 'net.ipv6.fib_notify_on_flag_change',
    type: 'enum',
    default: '0',
    range: { min: 0, max: 2 },
    values: [
      {
        value: '0',
        meaning: { en: 'Do not notify (default).', zh: '不发通知（默认）。' },
      },
      {
        value: '1',
        meaning: {
          en: 'Send RTM_NEWROUTE whenever a route\'s offload, trap or offload-failed flag changes.',
          zh: '路由的 offload、trap 或 offload-failed 标志变化时都发送 RTM_NEWROUTE。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'Notify only when the offload-failed flag changes.',
          zh: '只在 offload-failed 标志变化时通知。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.fib_notify_on_flag_change', 'net.ipv6.route.skip_notify_on_dev_down'],
    summary: {
      en: 'Whether routing daemons are told over netlink when an IPv6 route\'s hardware-offload state changes.',
      zh: 'IPv6 路由的硬件卸载状态变化时，是否通过 netlink 通知路由守护进程。',
    },
    details: {
      en:
        'Relevant on switches and NICs that offload routes to hardware (switchdev drivers). A route accepted by the kernel is not necessarily programmed into the ASIC; with 1 or 2, daemons such as FRR learn when it is, or when it failed (e.g. a full hardware table).\n\n' +
        '- No effect on hosts without route offload.',
      zh:
        '用于把路由卸载到硬件的交换机和网卡（switchdev 驱动）。内核接受了一条路由，并不代表它已写入 ASIC；设为 1 或 2 后，FRR 等守护进程能得知何时写入成功或失败（例如硬件表已满）。\n\n' +
        '- 对没有路由卸载的主机没有影响。',
    },
  },
];

/** ICMPv6: echo handling, errors and their rate limits. */
const ICMP_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv6.icmp.echo_ignore_all',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: { en: 'Answer ICMPv6 echo requests (default).', zh: '回复 ICMPv6 echo 请求（默认）。' },
      },
      {
        value: '1',
        meaning: { en: 'Ignore all of them.', zh: '全部忽略。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.icmp.echo_ignore_multicast', 'net.ipv6.icmp.echo_ignore_anycast', 'net.ipv4.icmp_echo_ignore_all'],
    summary: {
      en: 'Whether the host ignores every ICMPv6 echo request, i.e. does not answer `ping -6`.',
      zh: '本机是否忽略所有 ICMPv6 echo 请求，即不回应 `ping -6`。',
    },
    details: {
      en:
        'Only echo requests are affected; Neighbour Discovery, Packet Too Big and other ICMPv6 messages that IPv6 needs keep working. IPv4 has its own switch, `net.ipv4.icmp_echo_ignore_all`, so disabling one does not hide the host.\n\n' +
        '- Hiding from ping also blinds your own monitoring and troubleshooting; filtering at the firewall is usually the better tool.',
      zh:
        '只影响 echo 请求；邻居发现、Packet Too Big 等 IPv6 必需的 ICMPv6 报文照常工作。IPv4 有自己的开关 `net.ipv4.icmp_echo_ignore_all`，只关一个并不能把主机藏起来。\n\n' +
        '- 不回应 ping 也会让自己的监控和排障失去手段；通常在防火墙上过滤更合适。',
    },
  },
  {
    key: 'net.ipv6.icmp.echo_ignore_multicast',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: { en: 'Answer echo requests sent to a multicast address (default).', zh: '回复发往组播地址的 echo 请求（默认）。' },
      },
      {
        value: '1',
        meaning: { en: 'Ignore them.', zh: '忽略它们。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.icmp.echo_ignore_all', 'net.ipv6.icmp.echo_ignore_anycast', 'net.ipv4.icmp_echo_ignore_broadcasts'],
    summary: {
      en: 'Whether the host ignores ICMPv6 echo requests sent to a multicast address such as ff02::1.',
      zh: '本机是否忽略发往组播地址（如 ff02::1）的 ICMPv6 echo 请求。',
    },
    details: {
      en:
        '`ping -6 ff02::1%eth0` makes every IPv6 host on the link answer, which is a handy way to list neighbours and also a way to make many hosts reply at once. Setting 1 removes this host from such sweeps.\n\n' +
        '- It is the IPv6 counterpart of `net.ipv4.icmp_echo_ignore_broadcasts`, which is on by default, whereas this is off.',
      zh:
        '`ping -6 ff02::1%eth0` 会让链路上所有 IPv6 主机都回应，这是列出邻居的便捷方法，但也可能被滥用，让大量主机同时回包。设为 1 后本机不再参与这类扫描。\n\n' +
        '- 它对应 IPv4 的 `net.ipv4.icmp_echo_ignore_broadcasts`；但那个默认开启，这个默认关闭。',
    },
  },
  {
    key: 'net.ipv6.icmp.echo_ignore_anycast',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: { en: 'Answer echo requests sent to an anycast address (default).', zh: '回复发往任播地址的 echo 请求（默认）。' },
      },
      {
        value: '1',
        meaning: { en: 'Ignore them.', zh: '忽略它们。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.anycast_src_echo_reply', 'net.ipv6.icmp.echo_ignore_all'],
    summary: {
      en: 'Whether the host ignores ICMPv6 echo requests sent to one of its anycast addresses.',
      zh: '本机是否忽略发往自身任播地址的 ICMPv6 echo 请求。',
    },
    details: {
      en:
        'Anycast addresses include the subnet-router anycast address that a forwarding host holds on each of its prefixes, and addresses added for anycast services. When answered, the reply comes from a unicast address unless `anycast_src_echo_reply` is 1.\n\n' +
        '- Leave it at 0 on anycast service nodes that are monitored with ping.',
      zh:
        '任播地址包括开启转发的主机在其每个前缀上持有的子网路由器任播地址，以及为任播服务添加的地址。回复时默认以单播地址作为源地址，除非 `anycast_src_echo_reply` 为 1。\n\n' +
        '- 用 ping 监控的任播服务节点上应保持为 0。',
    },
  },
  {
    key: 'net.ipv6.icmp.error_anycast_as_unicast',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Send no ICMPv6 errors to an address known as anycast, as RFC 4443 requires (default).',
          zh: '按 RFC 4443 的要求，不向已知的任播地址发送 ICMPv6 差错报文（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Treat such addresses like unicast ones and send the errors.',
          zh: '把这类地址当作单播地址，照常发送差错报文。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.anycast_src_echo_reply', 'net.ipv6.icmp.ratelimit'],
    summary: {
      en: 'Whether the host sends ICMPv6 errors to a source address it considers anycast, such as the subnet-router anycast address of an attached prefix.',
      zh: '本机是否向它认为是任播的源地址（例如直连前缀的子网路由器任播地址）发送 ICMPv6 差错报文。',
    },
    details: {
      en:
        'RFC 4443 forbids error messages to an address that may not identify a single node. Linux treats as anycast the destinations of anycast routes and the all-zeros host address of each directly attached prefix. If a peer really uses such an address as its own, for example the first address of a /64 assigned to a host, it never gets Destination Unreachable or Packet Too Big from this host, and Path MTU Discovery towards it fails.\n\n' +
        '- Set 1 on hosts that must talk to such peers.\n' +
        '- Errors sent this way are still subject to `icmp.ratelimit` and `icmp.ratemask`.',
      zh:
        'RFC 4443 禁止向可能不只对应一个节点的地址发送差错报文。Linux 把任播路由的目的地址，以及每个直连前缀中主机部分全为 0 的地址视为任播地址。如果对端确实把这样的地址当作自己的地址使用（例如把某个 /64 的第一个地址分配给了主机），它就永远收不到本机发出的 Destination Unreachable 或 Packet Too Big，发往它的路径 MTU 发现也会失败。\n\n' +
        '- 需要与这类对端通信的主机设为 1。\n' +
        '- 这样发出的差错报文同样受 `icmp.ratelimit` 和 `icmp.ratemask` 限制。',
    },
  },
  {
    key: 'net.ipv6.icmp.ratelimit',
    type: 'int',
    unit: 'milliseconds',
    default: '100',
    defaultNote: {
      en: 'Was 1000 until kernel updates of early 2026 lowered it to 100, upstream and in stable series such as 6.18.y; older kernels still print 1000.',
      zh: '原为 1000，2026 年初的内核更新（主线及 6.18.y 等稳定分支）改为 100；较旧的内核仍显示 1000。',
    },
    perNamespace: true,
    related: ['net.ipv6.icmp.ratemask', 'net.ipv4.icmp_ratelimit', 'net.ipv4.icmp_msgs_per_sec', 'net.ipv4.icmp_msgs_burst'],
    summary: {
      en: 'Minimum spacing, in milliseconds, of rate-limited ICMPv6 messages sent to the same destination host; 0 disables the limit.',
      zh: '发往同一目的主机的受限速 ICMPv6 报文之间的最小间隔（毫秒）；0 表示不限速。',
    },
    details: {
      en:
        'Applies per destination to the message types in `icmp.ratemask` (by default errors other than Packet Too Big). On top of it the host-wide budget `net.ipv4.icmp_msgs_per_sec` / `icmp_msgs_burst` applies to IPv6 too. Loopback is never limited.\n\n' +
        '- Symptom of the limit: `traceroute -6` or `mtr` shows `* * *` at a Linux hop although the path works, because the hop answers only some probes with Time Exceeded.\n' +
        '- Check `nstat -az Icmp6OutErrors Icmp6OutTimeExcds Icmp6OutDestUnreachs` while probing.',
      zh:
        '按目的主机对 `icmp.ratemask` 中的报文类型限速（默认是 Packet Too Big 之外的差错报文）。在此之上，全机范围的 `net.ipv4.icmp_msgs_per_sec` / `icmp_msgs_burst` 配额同样作用于 IPv6。回环接口从不限速。\n\n' +
        '- 限速的典型现象：`traceroute -6` 或 `mtr` 在某个 Linux 节点显示 `* * *`，而实际路径是通的，原因是该节点只对部分探测回复了 Time Exceeded。\n' +
        '- 探测期间用 `nstat -az Icmp6OutErrors Icmp6OutTimeExcds Icmp6OutDestUnreachs` 观察。',
    },
  },
  {
    key: 'net.ipv6.icmp.ratemask',
    type: 'string',
    default: '0-1,3-127',
    perNamespace: true,
    related: ['net.ipv6.icmp.ratelimit', 'net.ipv4.icmp_ratemask'],
    summary: {
      en: 'ICMPv6 message types, as comma-separated ranges, whose sending is rate-limited by icmp.ratelimit.',
      zh: '受 icmp.ratelimit 限速的 ICMPv6 报文类型，以逗号分隔的区间表示。',
    },
    details: {
      en:
        'The default `0-1,3-127` covers the error messages (Destination Unreachable 1, Time Exceeded 3, Parameter Problem 4) but not Packet Too Big (2), because Path MTU Discovery must never be slowed down, and no informational messages, so echo replies (129) are not limited.\n\n' +
        '- Writing replaces the whole list, e.g. `0-1,3-127,129` to also limit echo replies.\n' +
        '- Unlike IPv4\'s `icmp_ratemask`, which is a bit mask, this is a list of type numbers.',
      zh:
        '默认值 `0-1,3-127` 涵盖差错报文（Destination Unreachable 1、Time Exceeded 3、Parameter Problem 4），但不包括 Packet Too Big（2），因为路径 MTU 发现绝不能被拖慢；也不包括信息类报文，所以 echo 回复（129）不受限。\n\n' +
        '- 写入时会替换整个列表，例如 `0-1,3-127,129` 表示把 echo 回复也纳入限速。\n' +
        '- IPv4 的 `icmp_ratemask` 是位掩码，而这里是类型编号列表。',
    },
  },
];

/** Limits on received extension headers. */
const EXTENSION_HEADER_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv6.max_dst_opts_number',
    type: 'int',
    default: '8',
    perNamespace: true,
    related: ['net.ipv6.max_dst_opts_length', 'net.ipv6.max_hbh_opts_number'],
    summary: {
      en: 'Maximum number of options, padding not counted, accepted in a received Destination Options header.',
      zh: '收到的目的选项（Destination Options）扩展头中最多接受多少个选项（不计填充）。',
    },
    details: {
      en:
        'Receive side. Packets with more options are dropped. A negative value also rejects options the kernel does not know, and allows at most its absolute value of known ones.\n\n' +
        '- Lower it to harden a host against crafted packets that make the stack walk long option lists; legitimate traffic rarely carries more than one or two.',
      zh:
        '作用于接收方。选项多于此值的报文被丢弃。设为负数时还会拒绝内核不认识的选项，已知选项的个数上限取该值的绝对值。\n\n' +
        '- 为防范恶意构造、迫使协议栈遍历长选项列表的报文，可以调小；正常流量很少带超过一两个选项。',
    },
  },
  {
    key: 'net.ipv6.max_dst_opts_length',
    type: 'int',
    unit: 'bytes',
    default: '2147483647',
    perNamespace: true,
    related: ['net.ipv6.max_dst_opts_number', 'net.ipv6.max_hbh_length'],
    summary: {
      en: 'Maximum length, in bytes, of a received Destination Options header; the default means no limit.',
      zh: '收到的目的选项扩展头的最大长度（字节）；默认值表示不限制。',
    },
    details: {
      en:
        'Receive side. Packets whose Destination Options header is longer are dropped. The default 2147483647 (INT_MAX) disables the check.\n\n' +
        '- A value of a few hundred bytes is a simple hardening step where such headers are not expected.',
      zh:
        '作用于接收方。目的选项扩展头超过这个长度的报文被丢弃。默认值 2147483647（INT_MAX）相当于不检查。\n\n' +
        '- 在不需要这类扩展头的环境中，设为几百字节是一种简单的加固手段。',
    },
  },
  {
    key: 'net.ipv6.max_hbh_opts_number',
    type: 'int',
    default: '8',
    perNamespace: true,
    related: ['net.ipv6.max_hbh_length', 'net.ipv6.max_dst_opts_number'],
    summary: {
      en: 'Maximum number of options, padding not counted, accepted in a received Hop-by-Hop Options header.',
      zh: '收到的逐跳选项（Hop-by-Hop Options）扩展头中最多接受多少个选项（不计填充）。',
    },
    details: {
      en:
        'Receive side, and on a router also for forwarded packets, because every node on the path processes Hop-by-Hop options. Packets with more options are dropped; a negative value also rejects unknown options and allows at most its absolute value of known ones.\n\n' +
        '- Hop-by-Hop headers are used by MLD (Router Alert), jumbograms and IOAM; other traffic rarely carries them.',
      zh:
        '作用于接收方；在路由器上也作用于转发的报文，因为路径上的每个节点都要处理逐跳选项。选项多于此值的报文被丢弃；设为负数时还会拒绝不认识的选项，已知选项的个数上限取该值的绝对值。\n\n' +
        '- 逐跳选项头用于 MLD（Router Alert）、巨型报文（jumbogram）和 IOAM；其他流量很少携带。',
    },
  },
  {
    key: 'net.ipv6.max_hbh_length',
    type: 'int',
    unit: 'bytes',
    default: '2147483647',
    perNamespace: true,
    related: ['net.ipv6.max_hbh_opts_number', 'net.ipv6.max_dst_opts_length'],
    summary: {
      en: 'Maximum length, in bytes, of a received Hop-by-Hop Options header; the default means no limit.',
      zh: '收到的逐跳选项扩展头的最大长度（字节）；默认值表示不限制。',
    },
    details: {
      en:
        'Receive side, and forwarded packets on a router. Packets whose Hop-by-Hop header is longer are dropped. The default 2147483647 (INT_MAX) disables the check.\n\n' +
        '- Keep room for IOAM trace data if `conf.<iface>.ioam6_enabled` is used.',
      zh:
        '作用于接收方，在路由器上也作用于转发的报文。逐跳选项头超过这个长度的报文被丢弃。默认值 2147483647（INT_MAX）相当于不检查。\n\n' +
        '- 如果启用了 `conf.<iface>.ioam6_enabled`，要给 IOAM 追踪数据留出空间。',
    },
  },
];

/** Reassembly of fragmented IPv6 packets on this host. */
const FRAGMENT_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv6.ip6frag_high_thresh',
    type: 'int',
    unit: 'bytes',
    default: '4194304',
    perNamespace: true,
    related: [
      'net.ipv6.ip6frag_time',
      'net.ipv6.ip6frag_low_thresh',
      'net.ipv4.ipfrag_high_thresh',
      'net.netfilter.nf_conntrack_frag6_high_thresh',
    ],
    summary: {
      en: 'Memory, in bytes, that incomplete IPv6 packets may occupy while waiting for their missing fragments; above it new fragments are dropped.',
      zh: '等待缺失分片的不完整 IPv6 报文最多可占用的内存（字节）；超过后新到的分片被丢弃。',
    },
    details: {
      en:
        'Receive side. In IPv6 only the sender fragments, so reassembly happens at the destination host (and on nodes whose firewall tracks connections, under the separate `nf_conntrack_frag6_*` limits). Large UDP datagrams are the usual source: DNS with EDNS, NFS or syslog over UDP, and tunnels whose MTU is too large for the path.\n\n' +
        '- Check `nstat -az Ip6ReasmFails Ip6ReasmTimeout Ip6ReasmReqds`: ReasmFails growing under load means fragments are lost here or never arrive.\n' +
        '- Raising it (e.g. 16–64 MiB) helps hosts receiving many large datagrams; also a target for fragment floods, so do not raise it blindly.',
      zh:
        '作用于接收方。IPv6 只由发送方分片，所以重组发生在目的主机上（以及防火墙做连接跟踪的节点上，后者受单独的 `nf_conntrack_frag6_*` 限制）。常见来源是大的 UDP 数据报：带 EDNS 的 DNS、基于 UDP 的 NFS 或 syslog，以及 MTU 超过路径承载能力的隧道。\n\n' +
        '- 查看 `nstat -az Ip6ReasmFails Ip6ReasmTimeout Ip6ReasmReqds`：负载下 ReasmFails 增长，说明分片在这里被丢弃或根本没有到达。\n' +
        '- 接收大量大数据报的主机可以调大（如 16–64 MiB）；这里也是分片洪泛攻击的目标，不要盲目调大。',
    },
  },
  {
    key: 'net.ipv6.ip6frag_low_thresh',
    type: 'int',
    unit: 'bytes',
    default: '3145728',
    perNamespace: true,
    related: ['net.ipv6.ip6frag_high_thresh', 'net.ipv4.ipfrag_low_thresh'],
    summary: {
      en: 'Former target, in bytes, that IPv6 reassembly memory was pruned down to; largely unused since the fragment-cache rework in 4.17.',
      zh: '过去 IPv6 重组内存清理时要降到的目标值（字节）；4.17 重写分片缓存后基本不再使用。',
    },
    details: {
      en:
        'Older kernels evicted incomplete packets until memory fell below this mark whenever `ip6frag_high_thresh` was exceeded. Since 4.17, as for IPv4\'s `ipfrag_low_thresh`, new fragments are simply dropped above the high mark and incomplete packets expire after `ip6frag_time`.\n\n' +
        '- Tune `ip6frag_high_thresh` instead.',
      zh:
        '旧内核在超过 `ip6frag_high_thresh` 时会不断淘汰不完整的报文，直到内存降到这个值以下。从 4.17 起，与 IPv4 的 `ipfrag_low_thresh` 一样，超过上限后直接丢弃新分片，不完整的报文在 `ip6frag_time` 后过期。\n\n' +
        '- 应调整 `ip6frag_high_thresh`。',
    },
  },
  {
    key: 'net.ipv6.ip6frag_time',
    type: 'int',
    unit: 'seconds',
    default: '60',
    perNamespace: true,
    related: ['net.ipv6.ip6frag_high_thresh', 'net.ipv4.ipfrag_time', 'net.netfilter.nf_conntrack_frag6_timeout'],
    summary: {
      en: 'How long, in seconds, an incomplete IPv6 packet is kept waiting for its missing fragments.',
      zh: '不完整的 IPv6 报文等待缺失分片的最长时间（秒）。',
    },
    details: {
      en:
        'After this time the fragments received so far are freed and, if the first fragment had arrived, an ICMPv6 Time Exceeded (fragment reassembly) is sent to the source; `Ip6ReasmTimeout` counts these.\n\n' +
        '- Lowering it (e.g. 15–30 s) frees memory faster under fragment loss or floods; genuine fragments arrive within milliseconds of each other.',
      zh:
        '超时后，已收到的分片被释放；如果第一个分片已经到达，还会向源地址发送 ICMPv6 Time Exceeded（分片重组超时），计数器 `Ip6ReasmTimeout` 记录这种情况。\n\n' +
        '- 分片丢失较多或遭遇分片洪泛时，调小（如 15–30 秒）可以更快释放内存；正常分片之间的间隔只有毫秒级。',
    },
  },
  {
    key: 'net.ipv6.ip6frag_secret_interval',
    type: 'int',
    unit: 'seconds',
    default: '0',
    perNamespace: false,
    related: ['net.ipv6.ip6frag_high_thresh', 'net.ipv4.ipfrag_secret_interval'],
    summary: {
      en: 'Obsolete: once the interval for regenerating the hash secret of the IPv6 fragment table; no longer used.',
      zh: '已废弃：曾是 IPv6 分片表哈希密钥的更新间隔；现已不再使用。',
    },
    details: {
      en:
        'Since 4.17 the fragment table is a resizable hash table seeded at random, so there is no secret to rotate. The key remains, only in the initial network namespace, so that old configuration files still apply without errors.\n\n' +
        '- Remove it from configuration files; writing it has no effect.',
      zh:
        '从 4.17 起分片表改为随机种子的可伸缩哈希表，已没有需要轮换的密钥。保留这个参数（只存在于初始网络命名空间）只是为了让旧配置文件能照常加载而不报错。\n\n' +
        '- 可以从配置文件中删除；写入它没有任何效果。',
    },
  },
];

/** Multicast listener (MLD), IOAM, CALIPSO and IPsec leftovers. */
const MULTICAST_AND_OPTION_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv6.mld_max_msf',
    type: 'int',
    unit: 'entries',
    default: '64',
    perNamespace: false,
    related: ['net.ipv6.mld_qrv', 'net.ipv4.igmp_max_msf'],
    summary: {
      en: 'Maximum number of source addresses one socket may filter for one IPv6 multicast group (source-specific multicast).',
      zh: '单个 socket 对同一个 IPv6 组播组最多能设置多少个源地址过滤条目（特定源组播）。',
    },
    details: {
      en:
        'Receivers that join a group for specific sources (SSM: IPTV, market data feeds) add one entry per source. Beyond the limit the join fails with ENOBUFS.\n\n' +
        '- Raise it for applications that follow many sources of the same group.\n' +
        '- One value for the whole host, present only in the initial network namespace.',
      zh:
        '按特定源加入组播组（SSM，如 IPTV、行情数据）的接收方，每个源占一个条目。超过上限时加入操作失败并返回 ENOBUFS。\n\n' +
        '- 应用需要跟踪同一组的大量源时调大。\n' +
        '- 全机只有一个值，只存在于初始网络命名空间。',
    },
  },
  {
    key: 'net.ipv6.mld_qrv',
    type: 'int',
    default: '2',
    range: { min: 1 },
    perNamespace: false,
    related: [
      'net.ipv6.mld_max_msf',
      'net.ipv4.igmp_qrv',
      'net.ipv6.conf.<iface>.mldv2_unsolicited_report_interval',
    ],
    summary: {
      en: 'MLD robustness variable: how many times the host repeats unsolicited multicast membership reports.',
      zh: 'MLD 健壮性变量：主机主动发送的组播成员报告重复几次。',
    },
    details: {
      en:
        'When a socket joins or leaves an IPv6 multicast group the host announces it to routers and MLD-snooping switches, repeating the report this many times to survive packet loss (RFC 3810).\n\n' +
        '- Raise it on lossy links where joins are missed and multicast streams start late or not at all.\n' +
        '- One value for the whole host, present only in the initial network namespace.',
      zh:
        'socket 加入或离开 IPv6 组播组时，主机要向路由器和开启 MLD snooping 的交换机通告，并把报告重复这么多次，以防丢包（RFC 3810）。\n\n' +
        '- 在丢包较多、加入请求容易丢失导致组播流迟迟不来的链路上调大。\n' +
        '- 全机只有一个值，只存在于初始网络命名空间。',
    },
  },
  {
    key: 'net.ipv6.ioam6_id',
    type: 'int',
    default: '16777215',
    range: { min: 0, max: 16777215 },
    perNamespace: true,
    related: ['net.ipv6.ioam6_id_wide', 'net.ipv6.conf.<iface>.ioam6_enabled', 'net.ipv6.conf.<iface>.ioam6_id'],
    summary: {
      en: 'The 24-bit node ID this host writes into IOAM (in-situ OAM) trace data.',
      zh: '本机写入 IOAM（带内 OAM）追踪数据的 24 位节点 ID。',
    },
    details: {
      en:
        'IOAM (RFC 9197) records, inside a Hop-by-Hop option, which nodes a packet crossed and when. Only packets on interfaces with `conf.<iface>.ioam6_enabled` and IOAM namespaces configured with `ip ioam` are affected.\n\n' +
        '- Give each node a distinct ID so traces can be read; the default is all 24 bits set (0xFFFFFF).',
      zh:
        'IOAM（RFC 9197）在逐跳选项中记录报文经过了哪些节点以及经过的时间。只有在开启了 `conf.<iface>.ioam6_enabled`、并用 `ip ioam` 配置了 IOAM 命名空间的接口上才生效。\n\n' +
        '- 给每个节点分配不同的 ID，追踪结果才能看懂；默认值是 24 位全 1（0xFFFFFF）。',
    },
  },
  {
    key: 'net.ipv6.ioam6_id_wide',
    type: 'int',
    default: '72057594037927935',
    perNamespace: true,
    related: ['net.ipv6.ioam6_id', 'net.ipv6.conf.<iface>.ioam6_id_wide'],
    summary: {
      en: 'The 56-bit "wide" node ID this host writes into IOAM trace data when wide fields are requested.',
      zh: 'IOAM 追踪要求宽字段时，本机写入的 56 位宽节点 ID。',
    },
    details: {
      en:
        'Used instead of `ioam6_id` when the IOAM trace type asks for wide node IDs. May differ from the short ID. The default has all 56 bits set (0xFFFFFFFFFFFFFF).\n\n' +
        '- Only meaningful where IOAM is deployed.',
      zh:
        'IOAM 追踪类型要求宽节点 ID 时，用它代替 `ioam6_id`，可以与短 ID 不同。默认值为 56 位全 1（0xFFFFFFFFFFFFFF）。\n\n' +
        '- 只在部署了 IOAM 的环境中有意义。',
    },
  },
  {
    key: 'net.ipv6.calipso_cache_enable',
    type: 'bool',
    default: '1',
    values: [
      {
        value: '0',
        meaning: { en: 'Translate CALIPSO labels on every packet.', zh: '每个报文都重新转换 CALIPSO 标签。' },
      },
      {
        value: '1',
        meaning: { en: 'Cache label translations (default).', zh: '缓存标签转换结果（默认）。' },
      },
    ],
    perNamespace: false,
    related: ['net.ipv6.calipso_cache_bucket_size', 'net.ipv4.cipso_cache_enable'],
    summary: {
      en: 'Whether the kernel caches the translation of CALIPSO security labels carried by IPv6 packets.',
      zh: '内核是否缓存 IPv6 报文所带 CALIPSO 安全标签的转换结果。',
    },
    details: {
      en:
        'CALIPSO (RFC 5570) carries multi-level security labels in IPv6 packets; NetLabel maps them to SELinux or Smack labels. Only systems using labelled networking are affected.\n\n' +
        '- One value for the whole host, present only in the initial network namespace; IPv4\'s CIPSO has its own `net.ipv4.cipso_cache_enable`.',
      zh:
        'CALIPSO（RFC 5570）在 IPv6 报文中携带多级安全标签，由 NetLabel 映射为 SELinux 或 Smack 标签。只有使用带标签网络的系统才受影响。\n\n' +
        '- 全机只有一个值，只存在于初始网络命名空间；IPv4 的 CIPSO 有自己的 `net.ipv4.cipso_cache_enable`。',
    },
  },
  {
    key: 'net.ipv6.calipso_cache_bucket_size',
    type: 'int',
    unit: 'entries',
    default: '10',
    perNamespace: false,
    related: ['net.ipv6.calipso_cache_enable', 'net.ipv4.cipso_cache_bucket_size'],
    summary: {
      en: 'Maximum number of entries per hash bucket of the CALIPSO label cache.',
      zh: 'CALIPSO 标签缓存每个哈希桶最多容纳的条目数。',
    },
    details: {
      en:
        'Bounds the memory and lookup time of the cache enabled by `calipso_cache_enable`; older entries are evicted when a bucket is full. Raise it only on labelled-networking systems that see many distinct labels.\n\n' +
        '- One value for the whole host, present only in the initial network namespace.',
      zh:
        '限制 `calipso_cache_enable` 所开启缓存的内存和查找开销；某个桶满时淘汰较旧的条目。只有在带标签网络中、标签种类很多的系统上才需要调大。\n\n' +
        '- 全机只有一个值，只存在于初始网络命名空间。',
    },
  },
  {
    key: 'net.ipv6.xfrm6_gc_thresh',
    type: 'int',
    unit: 'entries',
    default: '32768',
    perNamespace: true,
    related: ['net.ipv4.xfrm4_gc_thresh'],
    summary: {
      en: 'Obsolete since 4.14: threshold of the former IPsec flow cache for IPv6 destinations.',
      zh: '自 4.14 起已废弃：原 IPv6 IPsec 流缓存的垃圾回收阈值。',
    },
    details: {
      en:
        'The IPsec (xfrm) flow cache it sized was removed in 4.14; the key is kept so that old configuration files still load. Changing it has no effect on current kernels.\n\n' +
        '- Advice to raise it for IPsec gateways applies only to kernels older than 4.14.',
      zh:
        '它所控制的 IPsec（xfrm）流缓存已在 4.14 中移除；保留这个参数只是为了让旧配置文件能照常加载。在当前内核上修改它没有效果。\n\n' +
        '- “IPsec 网关要调大它”这类建议只适用于 4.14 之前的内核。',
    },
  },
];

/** The IPv6 destination cache (dst entries) and learned path MTUs. */
const ROUTE_CACHE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv6.route.max_size',
    type: 'int',
    unit: 'entries',
    default: '2147483647',
    defaultChanges: [{ version: '6.3', from: '4096', to: '2147483647' }],
    perNamespace: true,
    related: ['net.ipv6.route.gc_thresh', 'net.ipv6.route.gc_min_interval_ms', 'net.ipv4.route.max_size'],
    summary: {
      en: 'Upper limit on IPv6 destination-cache entries; effectively unlimited since 6.3, 4096 before.',
      zh: 'IPv6 目的缓存条目数的上限；6.3 起实际上不限制，之前为 4096。',
    },
    details: {
      en:
        'The destination cache holds per-destination routing results, such as routes cloned for a learned path MTU or a redirect. Before 6.3, going over 4096 entries made new allocations fail: `dmesg` showed "Route cache is full: consider increasing sysctl net.ipv6.route.max_size" and IPv6 traffic to new destinations broke.\n\n' +
        '- Since 6.3 the limit is no longer enforced at all. On older kernels raise it on busy IPv6 servers and routers (tens of thousands or more).\n' +
        '- On old kernels routes in the routing table counted too, which is why routers with a full IPv6 table raised it; it does not limit the routing table today.',
      zh:
        '目的缓存保存按目的地计算的路由结果，例如因学到的路径 MTU 或重定向而克隆出的路由。6.3 之前，条目超过 4096 时新的分配会失败：`dmesg` 中出现 "Route cache is full: consider increasing sysctl net.ipv6.route.max_size"，发往新目的地的 IPv6 流量中断。\n\n' +
        '- 从 6.3 起这个上限完全不再生效。在更早的内核上，繁忙的 IPv6 服务器和路由器应调大（数万甚至更多）。\n' +
        '- 在很老的内核上路由表中的路由也计入其中，所以承载完整 IPv6 路由表的路由器曾需要调大它；如今它不限制路由表大小。',
    },
  },
  {
    key: 'net.ipv6.route.gc_thresh',
    type: 'int',
    unit: 'entries',
    default: '1024',
    perNamespace: true,
    related: ['net.ipv6.route.max_size', 'net.ipv6.route.gc_min_interval_ms', 'net.ipv6.route.gc_timeout', 'net.ipv4.route.gc_thresh'],
    summary: {
      en: 'Number of IPv6 destination-cache entries above which allocating a new entry first runs the garbage collector.',
      zh: 'IPv6 目的缓存条目超过这个数时，分配新条目前会先运行垃圾回收。',
    },
    details: {
      en:
        'Garbage collection removes cached entries that are no longer used, at most once per `gc_min_interval_ms`. On a host sending to very many IPv6 destinations with cloned routes, a low threshold means frequent collections.\n\n' +
        '- Raise it together with `max_size` on busy IPv6 servers if the collector shows up in CPU profiles (`ip6_dst_gc`).',
      zh:
        '垃圾回收删除不再使用的缓存条目，每 `gc_min_interval_ms` 最多运行一次。主机向大量 IPv6 目的地发送、且存在克隆路由时，阈值低就意味着频繁回收。\n\n' +
        '- 在繁忙的 IPv6 服务器上，如果 CPU 性能分析中能看到回收函数（`ip6_dst_gc`），就与 `max_size` 一起调大。',
    },
  },
  {
    key: 'net.ipv6.route.gc_min_interval_ms',
    type: 'int',
    unit: 'milliseconds',
    default: '500',
    perNamespace: true,
    related: ['net.ipv6.route.gc_min_interval', 'net.ipv6.route.gc_thresh', 'net.ipv4.route.gc_min_interval_ms'],
    summary: {
      en: 'Minimum time, in milliseconds, between two garbage-collection runs of the IPv6 destination cache.',
      zh: 'IPv6 目的缓存两次垃圾回收之间的最小间隔（毫秒）。',
    },
    details: {
      en:
        'Limits how often allocation pressure above `gc_thresh` may trigger a collection. `gc_min_interval` is the same setting in seconds.\n\n' +
        '- Rarely tuned; the default keeps collection cheap.',
      zh:
        '限制超过 `gc_thresh` 的分配压力触发回收的频率。`gc_min_interval` 是同一个参数，单位为秒。\n\n' +
        '- 很少需要调整；默认值已能让回收开销保持在低水平。',
    },
  },
  {
    key: 'net.ipv6.route.gc_min_interval',
    type: 'int',
    unit: 'seconds',
    default: '0',
    perNamespace: true,
    related: ['net.ipv6.route.gc_min_interval_ms', 'net.ipv4.route.gc_min_interval'],
    summary: {
      en: 'The same setting as gc_min_interval_ms, shown in whole seconds.',
      zh: '与 gc_min_interval_ms 是同一个参数，以整秒显示。',
    },
    details: {
      en:
        'It prints 0 because the default of half a second is rounded down to whole seconds; the kernel still waits 500 ms. Writing it sets whole seconds.\n\n' +
        '- Use `gc_min_interval_ms` to read or set the real value.',
      zh:
        '显示为 0 是因为默认的半秒按整秒向下取整了；内核实际上仍等待 500 毫秒。写入它时只能设置整秒。\n\n' +
        '- 读取或设置真实值请用 `gc_min_interval_ms`。',
    },
  },
  {
    key: 'net.ipv6.route.gc_timeout',
    type: 'int',
    unit: 'seconds',
    default: '60',
    perNamespace: true,
    related: ['net.ipv6.route.gc_interval', 'net.ipv6.route.gc_thresh', 'net.ipv4.route.gc_timeout'],
    summary: {
      en: 'Sets, in seconds, the idle age used by IPv6 destination-cache collections under pressure: each such episode starts by removing cached routes unused for about half this time.',
      zh: '决定 IPv6 目的缓存在压力下回收时使用的闲置时间门限（秒）：每轮压力回收开始时，删除闲置超过此值约一半的缓存路由。',
    },
    details: {
      en:
        'Used by collections triggered by `gc_thresh`: they start by removing entries unused for about half this time and become stricter while pressure lasts.\n\n' +
        '- Rarely tuned; learned path MTUs expire on their own schedule, `mtu_expires`.',
      zh:
        '用于由 `gc_thresh` 触发的回收：开始时删除闲置超过此值约一半的条目，压力持续时标准逐渐收紧。\n\n' +
        '- 很少需要调整；学到的路径 MTU 按 `mtu_expires` 单独过期。',
    },
  },
  {
    key: 'net.ipv6.route.gc_interval',
    type: 'int',
    unit: 'seconds',
    default: '30',
    perNamespace: true,
    related: ['net.ipv6.route.gc_timeout', 'net.ipv6.route.mtu_expires', 'net.ipv4.route.gc_interval'],
    summary: {
      en: 'Interval, in seconds, of the periodic IPv6 routing garbage collection that expires cached and time-limited routes.',
      zh: 'IPv6 路由周期性垃圾回收的间隔（秒），用于让缓存路由和有时限的路由过期。',
    },
    details: {
      en:
        'The periodic run removes expired entries: routes with a lifetime (for example learned from Router Advertisements) and cached routes for learned path MTUs or redirects that have expired or stayed unused.\n\n' +
        '- Rarely tuned; a lower value makes expired routes disappear a little sooner.',
      zh:
        '周期性回收删除已过期的条目：有生存期的路由（例如从路由器通告学到的），以及因路径 MTU 或重定向而缓存、已过期或长时间未用的路由。\n\n' +
        '- 很少需要调整；调小可以让过期路由稍早消失。',
    },
  },
  {
    key: 'net.ipv6.route.gc_elasticity',
    type: 'int',
    default: '9',
    perNamespace: true,
    related: ['net.ipv6.route.gc_timeout', 'net.ipv6.route.gc_thresh', 'net.ipv4.route.gc_elasticity'],
    summary: {
      en: 'How quickly the IPv6 destination-cache collector becomes stricter while allocation pressure lasts; larger values tighten it more slowly.',
      zh: '分配压力持续时，IPv6 目的缓存回收变严格的速度；值越大，收紧得越慢。',
    },
    details: {
      en:
        'After each collection the age limit it uses shrinks by 1/2^`gc_elasticity` of its value, so while pressure lasts it removes ever younger entries; with the default 9 this happens very gradually.\n\n' +
        '- Practically never tuned; `gc_thresh` and `max_size` matter far more.',
      zh:
        '每次回收之后，它所用的闲置时间门限按自身的 1/2^`gc_elasticity` 缩小，因此压力持续时会删除闲置时间越来越短的条目；默认值 9 时这种变化非常平缓。\n\n' +
        '- 实际上几乎无人调整；`gc_thresh` 和 `max_size` 重要得多。',
    },
  },
  {
    key: 'net.ipv6.route.mtu_expires',
    type: 'int',
    unit: 'seconds',
    default: '600',
    perNamespace: true,
    related: ['net.ipv6.route.min_adv_mss', 'net.ipv4.route.mtu_expires', 'net.ipv6.conf.<iface>.mtu', 'net.ipv4.tcp_mtu_probing'],
    summary: {
      en: 'How long, in seconds, a path MTU learned from an ICMPv6 Packet Too Big message is kept for a destination.',
      zh: '从 ICMPv6 Packet Too Big 报文学到的路径 MTU 对某个目的地保留多少秒。',
    },
    details: {
      en:
        'Sending side. IPv6 routers never fragment: a too-large packet is dropped and the router returns Packet Too Big, after which the host uses the smaller MTU towards that destination for this long, then tries the interface MTU again. See a learned value with `ip -6 route get ADDRESS` (`mtu` ... `expires`).\n\n' +
        '- If Packet Too Big is filtered somewhere, connections stall after the handshake (small packets pass, full-size ones vanish): fix the filter, or use `tcp_mtu_probing` or MSS clamping.\n' +
        '- Lowering it lets hosts notice sooner that a path has a larger MTU again.',
      zh:
        '作用于发送方。IPv6 路由器从不分片：报文过大就丢弃并返回 Packet Too Big，主机随后在这段时间内对该目的地使用较小的 MTU，到期后再尝试接口 MTU。用 `ip -6 route get ADDRESS` 可以看到学到的值（`mtu` ... `expires`）。\n\n' +
        '- 如果路径上有设备过滤了 Packet Too Big，连接会在握手之后卡住（小报文能通过，满长报文消失）：应修正过滤规则，或启用 `tcp_mtu_probing`、MSS 钳制。\n' +
        '- 调小可以让主机更早发现路径 MTU 已经重新变大。',
    },
  },
  {
    key: 'net.ipv6.route.min_adv_mss',
    type: 'int',
    unit: 'bytes',
    default: '1220',
    perNamespace: true,
    related: ['net.ipv6.route.mtu_expires', 'net.ipv4.route.min_adv_mss'],
    summary: {
      en: 'Smallest TCP MSS the host advertises for IPv6, whatever the route MTU.',
      zh: '无论路由 MTU 多小，本机为 IPv6 通告的 TCP MSS 最小值。',
    },
    details: {
      en:
        'Receiving side of a TCP connection: the MSS in our SYN or SYN-ACK is derived from the MTU of the route, but never below this value. 1220 is the IPv6 minimum MTU of 1280 minus 40 bytes of IPv6 header and 20 of TCP header.\n\n' +
        '- Rarely tuned: every IPv6 link must carry 1280-byte packets, so the floor is always safe.',
      zh:
        '作用于 TCP 连接的接收方：本端 SYN 或 SYN-ACK 中的 MSS 由路由的 MTU 推算，但不会低于这个值。1220 等于 IPv6 最小 MTU 1280 减去 40 字节 IPv6 头和 20 字节 TCP 头。\n\n' +
        '- 很少需要调整：所有 IPv6 链路都必须能承载 1280 字节的报文，这个下限总是安全的。',
    },
  },
  {
    key: 'net.ipv6.route.skip_notify_on_dev_down',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Send an RTM_DELROUTE message for each IPv6 route removed when a device goes down (default).',
          zh: '接口 down 时，每删除一条 IPv6 路由就发送一条 RTM_DELROUTE 消息（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Skip those messages, as IPv4 does.',
          zh: '不发送这些消息，与 IPv4 的行为一致。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv6.fib_notify_on_flag_change', 'net.ipv4.nexthop_compat_mode'],
    summary: {
      en: 'Whether removing IPv6 routes because their device went down is reported to netlink listeners route by route.',
      zh: '因接口 down 而删除 IPv6 路由时，是否逐条通知 netlink 监听者。',
    },
    details: {
      en:
        'On routers with large tables, taking a link down can flood routing daemons with one message per route. With 1 the daemons are expected to react to the link event itself and purge routes from their own cache, as they already must for IPv4.\n\n' +
        '- Enable it only if your routing daemon handles link-down events this way.',
      zh:
        '在路由表很大的路由器上，一条链路断开就可能让路由守护进程收到海量的逐条消息。设为 1 后，守护进程需要根据链路事件本身从自己的缓存中清除路由，这与它们处理 IPv4 的方式相同。\n\n' +
        '- 只有当路由守护进程按这种方式处理链路断开事件时才开启。',
    },
  },
];

/** Host-wide net.ipv6 keys (not per interface). */
export const IPV6_KEYS: readonly SysctlKeyDoc[] = [
  ...SOCKET_AND_ADDRESS_KEYS,
  ...FLOW_LABEL_KEYS,
  ...MULTIPATH_KEYS,
  ...ICMP_KEYS,
  ...EXTENSION_HEADER_KEYS,
  ...FRAGMENT_KEYS,
  ...MULTICAST_AND_OPTION_KEYS,
  ...ROUTE_CACHE_KEYS,
];
