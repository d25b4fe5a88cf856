import type { SysctlKeyDoc } from '../types';
import { offOn } from './enumValues';

/** The two meanings of a 0/1 switch, off first, as the knowledge test expects. */
/** ICMP: echo handling, error generation and the rate limits that often surprise people running traceroute. */
const ICMP_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.icmp_ratelimit',
    type: 'int',
    unit: 'milliseconds',
    default: '1000',
    perNamespace: true,
    related: ['net.ipv4.icmp_ratemask', 'net.ipv4.icmp_msgs_per_sec', 'net.ipv4.icmp_msgs_burst', 'net.ipv6.icmp.ratelimit'],
    summary: {
      en: 'Per-destination rate limit for the ICMP types selected by `icmp_ratemask`: on average one message per this many milliseconds; 0 disables it.',
      zh: '对 `icmp_ratemask` 选中的 ICMP 类型按目的地址限速：平均每隔这么多毫秒发一个；0 表示不限速。',
    },
    details: {
      en:
        'Sending side of ICMP errors (destination unreachable, time exceeded, parameter problem by default). Each destination gets a small token bucket that allows a short burst and then about one message per interval.\n\n' +
        '- Classic symptom: `mtr` or a fast traceroute shows "loss" at a Linux router hop while the final destination has none. The router forwards fine; it just answers with fewer time-exceeded messages.\n' +
        '- It also slows down port-scan results (port unreachable), which is partly the point.\n' +
        '- Echo replies are not limited by default (not in the mask).\n' +
        '- Messages suppressed by this limit are counted as `IcmpOutRateLimitHost` (`nstat -az IcmpOutRateLimitHost`).',
      zh:
        '作用于 ICMP 差错报文的发送方（默认包括目的不可达、超时、参数错误）。每个目的地址有一个小令牌桶，允许短暂突发，之后大约每个间隔发一个。\n\n' +
        '- 典型现象：`mtr` 或快速 traceroute 显示某个 Linux 路由器跳点“丢包”，而最终目的地并不丢包。该路由器转发正常，只是回的超时报文少了。\n' +
        '- 它也会让端口扫描（端口不可达）变慢，这在一定程度上正是目的。\n' +
        '- 默认不限制 Echo Reply（不在掩码中）。\n' +
        '- 被这一限速抑制的报文计入 `IcmpOutRateLimitHost`（`nstat -az IcmpOutRateLimitHost`）。',
    },
  },
  {
    key: 'net.ipv4.icmp_ratemask',
    type: 'int',
    default: '6168',
    perNamespace: true,
    related: ['net.ipv4.icmp_ratelimit', 'net.ipv4.icmp_msgs_per_sec', 'net.ipv6.icmp.ratemask'],
    summary: {
      en: 'Bit mask of ICMP types (bit N = type N) that the rate limits apply to; the default 6168 covers types 3, 4, 11 and 12.',
      zh: '受限速约束的 ICMP 类型位掩码（第 N 位对应类型 N）；默认 6168 即类型 3、4、11、12。',
    },
    details: {
      en:
        'The default selects destination unreachable (3), source quench (4), time exceeded (11) and parameter problem (12). Echo reply (0) is not in it, so ping responses are not rate limited.\n\n' +
        '- To stop traceroute from showing rate-limit "loss", clear bit 11: 6168 − 2048 = 4120 (or set `icmp_ratelimit` to 0 for no limit).\n' +
        '- Adding bit 0 (value 6169) limits echo replies too, a cheap defence against ping floods.',
      zh:
        '默认值选中目的不可达（3）、源抑制（4）、超时（11）和参数错误（12）。Echo Reply（0）不在其中，所以 ping 的回应不受限速。\n\n' +
        '- 想让 traceroute 不再因限速显示“丢包”，可以清掉第 11 位：6168 − 2048 = 4120（或把 `icmp_ratelimit` 设为 0 取消限速）。\n' +
        '- 加上第 0 位（值为 6169）会把 Echo Reply 也纳入限速，是抵御 ping 洪水的简单办法。',
    },
  },
  {
    key: 'net.ipv4.icmp_msgs_per_sec',
    type: 'int',
    default: '1000',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.ipv4.icmp_msgs_burst', 'net.ipv4.icmp_ratelimit', 'net.ipv4.icmp_ratemask'],
    summary: {
      en: 'Overall limit of rate-limited ICMP and ICMPv6 messages (types in `icmp_ratemask` and `net.ipv6.icmp.ratemask`) the namespace sends per second, to all destinations together.',
      zh: '本网络命名空间每秒最多发送多少个受限速的 ICMP 和 ICMPv6 报文（类型见 `icmp_ratemask` 与 `net.ipv6.icmp.ratemask`），所有目的地址合计。',
    },
    details: {
      en:
        'Sending side. This global bucket sits on top of the per-destination `icmp_ratelimit`. For security the exact number per second is randomized slightly, because a precise shared counter let off-path attackers probe for open UDP ports (the "SAD DNS" attack).\n\n' +
        '- Routers that must answer traceroute for many users at once may need more; suppressed messages are counted as `IcmpOutRateLimitGlobal` (`nstat -az IcmpOutRateLimitGlobal`).',
      zh:
        '作用于发送方。这个全局令牌桶叠加在按目的地址的 `icmp_ratelimit` 之上。出于安全考虑，每秒的确切数量会有少量随机化，因为精确的共享计数曾让不在路径上的（off-path）攻击者探测开放的 UDP 端口（“SAD DNS”攻击）。\n\n' +
        '- 需要同时为大量用户回应 traceroute 的路由器可能需要调大；被抑制的报文计入 `IcmpOutRateLimitGlobal`（`nstat -az IcmpOutRateLimitGlobal`）。',
    },
  },
  {
    key: 'net.ipv4.icmp_msgs_burst',
    type: 'int',
    default: '50',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.ipv4.icmp_msgs_per_sec', 'net.ipv4.icmp_ratelimit'],
    summary: {
      en: 'Burst size of the global ICMP rate limit set by `icmp_msgs_per_sec`.',
      zh: '由 `icmp_msgs_per_sec` 设定的全局 ICMP 限速所允许的突发量。',
    },
    details: {
      en:
        'Sending side. The global bucket can hold this many messages, so short bursts above `icmp_msgs_per_sec` still go out. Like the rate, the exact burst is randomized a little for security.\n\n' +
        '- Raise it together with `icmp_msgs_per_sec` when bursts of ICMP errors (e.g. PMTU "fragmentation needed" on a tunnel endpoint) are being suppressed.',
      zh:
        '作用于发送方。全局令牌桶最多能积攒这么多个报文的额度，因此超过 `icmp_msgs_per_sec` 的短暂突发仍能发出。与速率一样，确切的突发量也会为安全起见做少量随机化。\n\n' +
        '- 如果成批的 ICMP 差错报文（例如隧道端点上的 PMTU “需要分片”）被抑制，可以与 `icmp_msgs_per_sec` 一起调大。',
    },
  },
  {
    key: 'net.ipv4.icmp_echo_ignore_all',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Answer ping (default).', zh: '回应 ping（默认）。' },
      { en: 'Ignore all ICMP echo requests.', zh: '忽略所有 ICMP Echo 请求。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.icmp_echo_ignore_broadcasts', 'net.ipv4.icmp_ratemask', 'net.ipv6.icmp.echo_ignore_all'],
    summary: {
      en: 'Whether the host ignores every ICMP echo request, i.e. does not answer ping.',
      zh: '主机是否忽略所有 ICMP Echo 请求，即不回应 ping。',
    },
    details: {
      en:
        'Receiving side. Hiding from ping gives little security (port scans find the host anyway) but breaks a basic troubleshooting tool and monitoring that relies on ping.\n\n' +
        '- It applies to IPv4 only; IPv6 has `net.ipv6.icmp.echo_ignore_all`.\n' +
        '- If a host "does not answer ping", check this key before suspecting the network; a firewall rule is the more flexible way to filter.',
      zh:
        '作用于接收方。不回应 ping 带来的安全性很有限（端口扫描照样能发现主机），却破坏了最基本的排障工具以及依赖 ping 的监控。\n\n' +
        '- 只对 IPv4 生效；IPv6 对应 `net.ipv6.icmp.echo_ignore_all`。\n' +
        '- 主机“ping 不通”时，先检查这个参数再怀疑网络；过滤 ping 用防火墙规则更灵活。',
    },
  },
  {
    key: 'net.ipv4.icmp_echo_ignore_broadcasts',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Answer echo and timestamp requests sent to broadcast or multicast addresses.', zh: '回应发往广播或组播地址的 Echo 和时间戳请求。' },
      { en: 'Ignore them (default).', zh: '忽略它们（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.icmp_echo_ignore_all', 'net.ipv6.icmp.echo_ignore_multicast'],
    summary: {
      en: 'Whether echo and timestamp requests sent to a broadcast or multicast address are ignored.',
      zh: '是否忽略发往广播或组播地址的 Echo 和时间戳请求。',
    },
    details: {
      en:
        'Receiving side. Answering broadcast pings lets an attacker use a whole subnet to amplify traffic toward a spoofed victim (the "smurf" attack), so it is off by default and security baselines require 1.\n\n' +
        '- Set 0 only on isolated lab networks where `ping -b` discovery is wanted.',
      zh:
        '作用于接收方。回应广播 ping 会让攻击者利用整个网段放大流量、打向被伪造源地址的受害者（“smurf”攻击），所以默认忽略，安全基线也要求设为 1。\n\n' +
        '- 只有在隔离的实验网络中需要用 `ping -b` 发现主机时才设为 0。',
    },
  },
  {
    key: 'net.ipv4.icmp_echo_enable_probe',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Do not answer PROBE requests (default).', zh: '不回应 PROBE 请求（默认）。' },
      { en: 'Answer RFC 8335 PROBE requests.', zh: '回应 RFC 8335 PROBE 请求。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.icmp_echo_ignore_all'],
    summary: {
      en: 'Whether the host answers RFC 8335 PROBE messages, which ask about the state of one of its interfaces.',
      zh: '主机是否回应 RFC 8335 PROBE 报文（用于查询主机上某个接口的状态）。',
    },
    details: {
      en:
        'Receiving side. PROBE is an extended echo: the request names an interface (by name, index or address) and the reply says whether it exists and is up, even if that interface has no route back to the asker. Useful for checking unnumbered or unreachable interfaces.\n\n' +
        '- Off by default because it discloses information about the host\'s interfaces; enable it only on networks you trust.',
      zh:
        '作用于接收方。PROBE 是扩展的 Echo：请求中指明一个接口（按名称、索引或地址），回应说明它是否存在、是否处于 up 状态，即使这个接口本身没有回到询问者的路由。可用于检查无编号（unnumbered）或不可达的接口。\n\n' +
        '- 默认关闭，因为它会泄露主机接口的信息；只在可信的网络中开启。',
    },
  },
  {
    key: 'net.ipv4.icmp_errors_use_inbound_ifaddr',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Use the address of the interface the error leaves by (default).', zh: '使用差错报文出口接口的地址（默认）。' },
      { en: 'Use the address of the interface that received the offending packet.', zh: '使用收到原报文的那个接口的地址。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.icmp_ratelimit'],
    summary: {
      en: 'For ICMP errors about packets not addressed to this host (forwarded traffic), which local address they are sent from: one picked by the route back to the sender (default) or one of the interface the packet came in on.',
      zh: '对于不是发给本机的报文（转发流量）所产生的 ICMP 差错报文，用哪个本地地址作源地址：按回程路由选出的地址（默认），还是原报文入口接口的地址。',
    },
    details: {
      en:
        'Routers. Traceroute shows the source address of each time-exceeded message; with the default a multi-homed router reports the address of whichever interface leads back to the sender, which may not be on the path being traced. With 1 each hop shows the address the probe actually reached, which most network engineers expect.\n\n' +
        '- If the chosen interface has no primary address, the first non-loopback address is used anyway.\n' +
        '- Errors about packets addressed to the host itself (port unreachable, for instance) always come from the address the packet was sent to, whatever this key says.',
      zh:
        '用于路由器。traceroute 显示的是每个超时报文的源地址；默认情况下，多接口路由器报告的是回程出口接口的地址，它可能根本不在被追踪的路径上。设为 1 后，每一跳显示的都是探测报文实际到达的那个接口的地址，这更符合大多数网络工程师的预期。\n\n' +
        '- 如果选中的接口没有主地址，仍会使用第一个非回环地址。\n' +
        '- 针对发给本机的报文的差错报文（例如端口不可达）总是以原报文的目的地址作源地址，与这个参数无关。',
    },
  },
  {
    key: 'net.ipv4.icmp_ignore_bogus_error_responses',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Drop ICMP errors about packets that were sent to a broadcast address, logging a warning for each.', zh: '丢弃针对发往广播地址的报文的 ICMP 差错报文，并为每个记录一条警告。' },
      { en: 'Do not check: such errors are handled like any other and passed to the socket (default).', zh: '不做这项检查：这类差错报文和其他差错报文一样处理并交给 socket（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.icmp_echo_ignore_broadcasts'],
    summary: {
      en: 'Whether ICMP errors about a packet that was sent to a broadcast address are accepted without a check (1, default) or logged and dropped (0).',
      zh: '针对发往广播地址的报文的 ICMP 差错报文，是不加检查直接接受（1，默认），还是记录日志后丢弃（0）。',
    },
    details: {
      en:
        'Receiving side. RFC 1122 forbids answering a broadcast with an ICMP error, yet some routers do. With 0 the kernel looks at the packet quoted in each incoming unreachable, source quench, time exceeded or parameter problem message; if it was addressed to a local broadcast address, the error is dropped with a rate-limited kernel warning instead of reaching the socket. With 1 (the default) there is no such check, so nothing is logged and the error is handled normally. Security baselines ask for 1 to avoid log flooding.',
      zh:
        '作用于接收方。RFC 1122 不允许对广播报文回 ICMP 差错，但有些路由器照回不误。设为 0 时，内核会检查收到的目的不可达、源抑制、超时和参数错误报文中引用的原报文；如果原报文发往的是本地的广播地址，就丢弃这个差错报文并打印一条限速的内核警告，不再交给 socket。设为 1（默认）时不做这项检查，既不记日志，差错报文也照常处理。安全基线要求设为 1，以免日志刷屏。',
    },
  },
  {
    key: 'net.ipv4.ping_group_range',
    type: 'int-list',
    items: 2,
    default: '1\t0',
    range: { min: 0, max: 4294967294 },
    perNamespace: true,
    related: ['net.ipv4.ip_unprivileged_port_start', 'net.ipv4.icmp_echo_ignore_all'],
    summary: {
      en: 'Range of group IDs allowed to create unprivileged ICMP "ping sockets"; the kernel default "1 0" allows nobody.',
      zh: '允许创建非特权 ICMP “ping socket”的组 ID 范围；内核默认值 "1 0" 表示谁都不允许。',
    },
    details: {
      en:
        'A ping socket (`socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP)`) lets a program send echo requests without root or `CAP_NET_RAW`. A process may open one if its group is within the range; with low > high nobody can.\n\n' +
        '- systemd and container runtimes usually set `0 2147483647`, so `ping` works without setuid or capabilities; on a host with the kernel default, an unprivileged `ping` fails with "Operation not permitted" unless the binary has `cap_net_raw`.\n' +
        '- The values are interpreted in the user namespace of the writer.',
      zh:
        'ping socket（`socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP)`）允许程序在没有 root 或 `CAP_NET_RAW` 的情况下发送 Echo 请求。进程所属的组在这个范围内就可以创建；下限大于上限时谁都不行。\n\n' +
        '- systemd 和容器运行时通常设为 `0 2147483647`，这样 `ping` 不需要 setuid 或 capability；在保持内核默认值的主机上，非特权用户的 `ping` 会报 "Operation not permitted"，除非该程序带有 `cap_net_raw`。\n' +
        '- 这些值按写入者所在的用户命名空间解释。',
    },
  },
];

/** IP-layer behaviour of the host: TTL, path MTU, demultiplexing and packet marks. */
const IP_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.ip_default_ttl',
    type: 'int',
    default: '64',
    range: { min: 1, max: 255 },
    perNamespace: true,
    related: ['net.ipv6.conf.<iface>.hop_limit'],
    summary: {
      en: 'TTL (time to live) put in IPv4 packets this host originates; forwarded packets keep their own TTL.',
      zh: '本机发出的 IPv4 报文所带的 TTL（生存时间）；转发的报文保留其自身的 TTL。',
    },
    details: {
      en:
        'Sending side. Each router decrements the TTL and drops the packet at 0, so it limits how many hops a packet can cross. 64 is plenty for the Internet.\n\n' +
        '- Some ISPs or mobile carriers detect tethering by the TTL of packets they see; changing it to hide that is a common, but fragile, trick.\n' +
        '- Applications override it per socket with `IP_TTL`. The IPv6 equivalent is `hop_limit`.',
      zh:
        '作用于发送方。每经过一台路由器 TTL 减一，减到 0 报文即被丢弃，因此它限制了报文能经过的跳数。对互联网来说 64 绰绰有余。\n\n' +
        '- 有些运营商通过报文的 TTL 识别共享热点；修改它来规避是常见但并不可靠的做法。\n' +
        '- 应用可以用 `IP_TTL` 按 socket 覆盖。IPv6 对应的是 `hop_limit`。',
    },
  },
  {
    key: 'net.ipv4.ip_no_pmtu_disc',
    type: 'enum',
    default: '0',
    range: { min: 0, max: 3 },
    values: [
      { value: '0', meaning: { en: 'Path MTU discovery on: send with DF and honour "fragmentation needed" (default).', zh: '启用路径 MTU 发现：带 DF 发送，并遵从“需要分片”报文（默认）。' } },
      { value: '1', meaning: { en: 'Off: send without DF; a "fragmentation needed" lowers the path MTU only to `min_pmtu`.', zh: '关闭：发送时不带 DF；收到“需要分片”时路径 MTU 最多只降到 `min_pmtu`。' } },
      { value: '2', meaning: { en: 'Off, and ignore incoming "fragmentation needed" messages entirely.', zh: '关闭，并完全忽略收到的“需要分片”报文。' } },
      { value: '3', meaning: { en: 'Hardened: accept "fragmentation needed" only for protocols that can verify it (TCP, SCTP).', zh: '加固模式：只为能校验该报文的协议（TCP、SCTP）接受“需要分片”。' } },
    ],
    perNamespace: true,
    related: ['net.ipv4.route.min_pmtu', 'net.ipv4.route.mtu_expires', 'net.ipv4.tcp_mtu_probing', 'net.ipv4.ip_forward_use_pmtu'],
    summary: {
      en: 'Whether and how the host does path MTU discovery for the packets it sends.',
      zh: '本机发出的报文是否做路径 MTU 发现，以及怎么做。',
    },
    details: {
      en:
        'Sending side. With path MTU discovery packets carry the "don\'t fragment" bit and routers report a too-small link with ICMP "fragmentation needed"; the sender then uses smaller packets. Firewalls that drop that ICMP create "black holes": small requests work, large transfers hang.\n\n' +
        '- For black holes prefer `tcp_mtu_probing = 1` or MSS clamping on the tunnel; turning discovery off (1 or 2) makes routers fragment instead, which is slower and fails across NAT and some firewalls.\n' +
        '- Mode 3 protects a host (e.g. a DNS server) from forged ICMP that would shrink its UDP packets, while TCP keeps working; do not enable it globally without need.\n' +
        '- Cached PMTU values: `ip route get <address>` shows `mtu` after a discovery.',
      zh:
        '作用于发送方。启用路径 MTU 发现时，报文带“禁止分片”标志，遇到 MTU 过小的链路时路由器回 ICMP “需要分片”，发送方随后改用更小的报文。丢弃这类 ICMP 的防火墙会造成“黑洞”：小请求正常，大数据传输卡死。\n\n' +
        '- 遇到黑洞时优先用 `tcp_mtu_probing = 1` 或在隧道上做 MSS 钳制；关闭发现（1 或 2）会让路由器去分片，既慢、又无法穿过 NAT 和部分防火墙。\n' +
        '- 模式 3 用于保护主机（例如 DNS 服务器）不被伪造的 ICMP 缩小 UDP 报文，同时 TCP 仍能正常工作；没有必要不要全局开启。\n' +
        '- 缓存的 PMTU：发现过之后，`ip route get <address>` 会显示 `mtu`。',
    },
  },
  {
    key: 'net.ipv4.ip_forward_use_pmtu',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Forwarded packets ignore learned path MTUs and use the interface MTU (default).', zh: '转发的报文忽略学到的路径 MTU，使用接口 MTU（默认）。' },
      { en: 'Forwarded packets honour learned path MTUs.', zh: '转发的报文遵从学到的路径 MTU。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.ip_no_pmtu_disc', 'net.ipv4.route.min_pmtu', 'net.ipv4.ip_forward'],
    summary: {
      en: 'Whether a router uses the path MTU it learned for a destination when forwarding packets to it.',
      zh: '路由器转发报文时，是否使用已为该目的地学到的路径 MTU。',
    },
    details: {
      en:
        'Routers only. Learned path MTUs come from ICMP messages that anyone can forge, so by default a router does not let them shrink forwarded traffic and cause needless fragmentation.\n\n' +
        '- Enable it only when user-space software on the router does its own path MTU discovery and needs the kernel to respect the result.',
      zh:
        '只作用于路由器。学到的路径 MTU 来自任何人都能伪造的 ICMP 报文，所以默认情况下路由器不会让它们缩小转发流量、造成不必要的分片。\n\n' +
        '- 只有当路由器上的用户态软件自己做路径 MTU 发现、并需要内核遵从结果时才开启。',
    },
  },
  {
    key: 'net.ipv4.ip_forward_update_priority',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Keep the packet\'s priority when forwarding.', zh: '转发时保留报文原有的优先级。' },
      { en: 'Set the priority from the TOS field when forwarding (default).', zh: '转发时根据 TOS 字段设置优先级（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.ip_forward'],
    summary: {
      en: 'Whether a forwarded IPv4 packet gets its queueing priority recomputed from its TOS field.',
      zh: '转发的 IPv4 报文是否根据其 TOS 字段重新计算排队优先级。',
    },
    details: {
      en:
        'Routers only. The kernel priority (`skb->priority`) selects the band in qdiscs such as `prio` or `pfifo_fast` and the traffic class on some hardware. By default forwarding maps TOS to priority with a fixed table; turn it off when an earlier step (ingress classification, a switch ASIC driver) already set the priority and it must survive forwarding.',
      zh:
        '只作用于路由器。内核优先级（`skb->priority`）决定报文在 `prio`、`pfifo_fast` 等队列规则中的频段，在部分硬件上还决定流量类别。默认情况下转发时会按一张固定的表把 TOS 映射为优先级；如果之前的环节（入口分类、交换芯片驱动）已经设置好优先级、并需要在转发后保留，就关闭它。',
    },
  },
  {
    key: 'net.ipv4.ip_early_demux',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Route every incoming packet before looking for a socket.', zh: '每个入站报文都先查路由，再找 socket。' },
      { en: 'Look up the local socket first for TCP and UDP and reuse its cached route (default).', zh: '对 TCP 和 UDP 先查找本地 socket，并复用其缓存的路由（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_early_demux', 'net.ipv4.udp_early_demux'],
    summary: {
      en: 'Master switch for early demultiplexing: matching incoming packets to local sockets before the route lookup.',
      zh: '提前分流（early demux）的总开关：在路由查找之前就把入站报文匹配到本地 socket。',
    },
    details: {
      en:
        'Receive path. For established TCP connections and connected UDP sockets the socket already knows its route, so the per-packet route lookup can be skipped. On a pure router almost no packet belongs to a local socket and the extra lookup only costs throughput.\n\n' +
        '- Routers and firewalls may set 0; hosts should keep 1.\n' +
        '- `tcp_early_demux` and `udp_early_demux` select the protocols; both only matter while this switch is 1.',
      zh:
        '作用于接收路径。对已建立的 TCP 连接和已 connect 的 UDP socket，socket 早已知道自己的路由，因此可以省掉每个报文的路由查找。纯路由器上几乎没有报文属于本地 socket，这次额外查找只会降低吞吐。\n\n' +
        '- 路由器和防火墙可以设为 0；普通主机保持 1。\n' +
        '- `tcp_early_demux` 和 `udp_early_demux` 分别控制各协议，且只在本开关为 1 时才有意义。',
    },
  },
  {
    key: 'net.ipv4.ip_dynaddr',
    type: 'int',
    default: '0',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_syn_retries'],
    summary: {
      en: 'Support for dial-up style links whose address changes: lets not-yet-connected sockets switch to the new source address.',
      zh: '支持地址会变化的拨号类链路：让尚未连通的 socket 改用新的源地址。',
    },
    details: {
      en:
        'Connecting side. It was made for dial-on-demand links: the first SYN is sent while the link is still down and carries an old or placeholder address; once the link comes up with its real address the kernel rewrites the socket\'s source address instead of letting the connection fail.\n\n' +
        '- 0 is off, 1 rewrites silently, any larger value also logs each rewrite to the kernel log.\n' +
        '- Irrelevant on servers and normal networks; leave it at 0.',
      zh:
        '作用于发起连接的一端。它是为按需拨号链路设计的：第一个 SYN 发出时链路还没建立，用的是旧地址或占位地址；链路拿到真实地址后，内核会改写 socket 的源地址，而不是让连接失败。\n\n' +
        '- 0 表示关闭，1 表示静默改写，更大的值还会把每次改写记入内核日志。\n' +
        '- 对服务器和普通网络没有意义，保持 0 即可。',
    },
  },
  {
    key: 'net.ipv4.ip_autobind_reuse',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'bind() with port 0 never picks a port already in use (default).', zh: '端口为 0 的 bind() 从不选择已被占用的端口（默认）。' },
      {
        en: 'It may pick a port shared by sockets that all set SO_REUSEADDR.',
        zh: '可以选择已由多个设置了 SO_REUSEADDR 的 socket 共用的端口。',
      },
    ),
    perNamespace: true,
    related: ['net.ipv4.ip_local_port_range', 'net.ipv4.tcp_tw_reuse'],
    summary: {
      en: 'Whether bind() with port 0 may choose a local port that SO_REUSEADDR sockets already use, helping bind()+connect() clients that run out of ports.',
      zh: '端口为 0 的 bind() 是否可以选择已被 SO_REUSEADDR socket 使用的本地端口，以缓解先 bind() 再 connect() 的客户端端口耗尽。',
    },
    details: {
      en:
        'Connecting side. A client that calls `bind()` before `connect()` (to choose a source address) gets a port that cannot be shared with any other connection, so it exhausts `ip_local_port_range` far sooner than plain `connect()`, which can reuse a port toward different destinations.\n\n' +
        '- The clean fix is the `IP_BIND_ADDRESS_NO_PORT` socket option, which defers the port choice to `connect()`.\n' +
        '- This key is a blunter tool that can surprise applications relying on exclusive ports; use it only when the application cannot be changed.',
      zh:
        '作用于发起连接的一端。先调用 `bind()` 再 `connect()`（为了指定源地址）的客户端拿到的端口不能与任何其他连接共用，所以比直接 `connect()` 更快耗尽 `ip_local_port_range`；直接 `connect()` 时，同一端口可以复用于不同的目的地。\n\n' +
        '- 干净的解决办法是 socket 选项 `IP_BIND_ADDRESS_NO_PORT`，它把端口的选择推迟到 `connect()`。\n' +
        '- 这个参数是更粗放的手段，可能让依赖端口独占的应用出意外；只有在无法修改应用时才使用。',
    },
  },
  {
    key: 'net.ipv4.fwmark_reflect',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Kernel-generated replies carry no mark (default).', zh: '内核生成的回应报文不带标记（默认）。' },
      { en: 'They carry the fwmark of the packet they answer.', zh: '它们带上所回应报文的 fwmark。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_fwmark_accept', 'net.ipv6.fwmark_reflect'],
    summary: {
      en: 'Whether replies the kernel sends without a socket (TCP RSTs, ICMP echo replies and errors) copy the firewall mark of the packet they answer.',
      zh: '内核代发、不属于任何 socket 的回应报文（TCP RST、ICMP Echo 回应和差错报文）是否沿用所回应报文的防火墙标记。',
    },
    details: {
      en:
        'With mark-based policy routing, replies must leave by the same path or table as the request. Socket traffic can be marked by the application; these kernel-generated replies cannot, so without this they use the main table and may leave by the wrong uplink.\n\n' +
        '- Typical symptom: ping or connection refusals work on one uplink of a multi-homed host but not on the other.',
      zh:
        '使用基于标记的策略路由时，回应报文必须走与请求相同的路径或路由表。socket 的流量可以由应用打标记，而这些内核生成的回应做不到；不开启时它们会走主路由表，可能从错误的出口发出。\n\n' +
        '- 典型症状：多出口主机上，ping 或连接被拒的回应在一个出口正常，在另一个出口却不通。',
    },
  },
  {
    key: 'net.ipv4.raw_l3mdev_accept',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Raw sockets not bound to a VRF see only default-VRF traffic.', zh: '未绑定 VRF 的原始 socket 只能收到默认 VRF 的流量。' },
      { en: 'They receive packets from every VRF (default).', zh: '它们能收到所有 VRF 的报文（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_l3mdev_accept', 'net.ipv4.udp_l3mdev_accept'],
    summary: {
      en: 'Whether raw sockets that are not bound to a VRF also receive packets arriving through VRF (L3 master) devices.',
      zh: '未绑定 VRF 的原始 socket 是否也接收经由 VRF（L3 master）设备到达的报文。',
    },
    details: {
      en:
        'Receiving side, only on kernels with VRF support. Unlike TCP and UDP this defaults to on, so tools built on raw sockets (routing daemons speaking OSPF, monitoring probes) keep working across VRFs. Set 0 for strict separation between VRFs.',
      zh:
        '作用于接收方，仅在支持 VRF 的内核上存在。与 TCP、UDP 不同，它默认开启，这样基于原始 socket 的工具（运行 OSPF 的路由进程、监控探针）能跨 VRF 工作。需要严格隔离 VRF 时设为 0。',
    },
  },
  {
    key: 'net.ipv4.nexthop_compat_mode',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Route dumps and notifications show only the nexthop object ID.', zh: '路由导出和通知中只显示下一跳对象的 ID。' },
      { en: 'They also include the expanded nexthop, as old tools expect (default).', zh: '同时包含展开后的下一跳信息，兼容旧工具（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.fib_notify_on_flag_change'],
    summary: {
      en: 'Whether routes that use nexthop objects are also shown and announced in the old, fully expanded format.',
      zh: '使用下一跳对象的路由是否同时以旧的、完全展开的格式显示和通告。',
    },
    details: {
      en:
        'Routing control plane. With nexthop objects (`ip nexthop add …`, used by FRR and other routing suites) many routes share one nexthop. In compatibility mode every route dump repeats the full nexthop, and a nexthop change sends a notification for every route using it, which is slow with large tables.\n\n' +
        '- Set 0 once all tools on the host understand nexthop objects (recent FRR, iproute2); older tools would then see routes without gateways.',
      zh:
        '作用于路由控制面。使用下一跳对象（`ip nexthop add …`，FRR 等路由软件会用）时，许多路由共享同一个下一跳。兼容模式下每次导出路由都会重复完整的下一跳信息，下一跳变化时还要为每条引用它的路由发送一次通知，在大路由表下很慢。\n\n' +
        '- 确认主机上所有工具都支持下一跳对象（较新的 FRR、iproute2）后可设为 0；旧工具届时会看到没有网关的路由。',
    },
  },
];

/** Reassembly of fragmented IPv4 packets. */
const FRAGMENT_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.ipfrag_high_thresh',
    type: 'int',
    unit: 'bytes',
    default: '4194304',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.ipv4.ipfrag_low_thresh', 'net.ipv4.ipfrag_time', 'net.ipv4.ipfrag_max_dist', 'net.ipv6.ip6frag_high_thresh'],
    summary: {
      en: 'Memory the namespace may use for IPv4 fragments waiting to be reassembled; beyond it new fragments are dropped.',
      zh: '本网络命名空间用于缓存待重组 IPv4 分片的内存上限；超过后丢弃新到的分片。',
    },
    details: {
      en:
        'Receiving side. Fragments are common for large UDP datagrams: DNS responses with big EDNS buffers, NFS over UDP, some VPN and tunnel traffic. When the limit is hit, every datagram that needs a dropped fragment is lost.\n\n' +
        '- Check `nstat -az IpReasmFails IpReasmTimeout IpReasmReqds IpReasmOKs`; failures growing under load suggest raising it (e.g. 8–32 MiB), timeouts suggest real fragment loss.\n' +
        '- Fragments tracked by conntrack are counted separately (`nf_conntrack_frag6_*` for IPv6; IPv4 defragmentation for conntrack uses these limits).',
      zh:
        '作用于接收方。大的 UDP 报文经常会分片：使用较大 EDNS 缓冲的 DNS 响应、基于 UDP 的 NFS、一些 VPN 和隧道流量。达到上限后，凡是缺了被丢分片的报文都会整个丢失。\n\n' +
        '- 查看 `nstat -az IpReasmFails IpReasmTimeout IpReasmReqds IpReasmOKs`；负载下失败数增长说明需要调大（如 8–32 MiB），超时数增长则说明分片在路上真的丢了。\n' +
        '- conntrack 的分片另有统计（IPv6 为 `nf_conntrack_frag6_*`；IPv4 为 conntrack 做的重组使用这里的限制）。',
    },
  },
  {
    key: 'net.ipv4.ipfrag_low_thresh',
    type: 'int',
    unit: 'bytes',
    default: '3145728',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.ipv4.ipfrag_high_thresh', 'net.ipv4.ipfrag_time'],
    summary: {
      en: 'Obsolete since 4.17: the level down to which older kernels evicted incomplete fragment queues after reaching the high threshold.',
      zh: '自 4.17 起已废弃：旧内核在达到高水位后，会把未完成的分片队列清理到这个水位。',
    },
    details: {
      en:
        'Receiving side. Older kernels pruned incomplete reassembly queues down to this value when `ipfrag_high_thresh` was reached. Since 4.17 the kernel simply refuses new fragments above the high threshold, and this value only has to stay below it.\n\n' +
        '- When raising `ipfrag_high_thresh`, keep this one lower; there is no other reason to change it.',
      zh:
        '作用于接收方。旧内核在达到 `ipfrag_high_thresh` 时，会把未完成的重组队列清理到这个值。从 4.17 起内核只是在超过高水位后拒收新分片，这个值只需保持低于高水位即可。\n\n' +
        '- 调大 `ipfrag_high_thresh` 时让它保持更低；除此之外没有修改它的理由。',
    },
  },
  {
    key: 'net.ipv4.ipfrag_time',
    type: 'int',
    unit: 'seconds',
    default: '30',
    perNamespace: true,
    related: ['net.ipv4.ipfrag_high_thresh', 'net.ipv4.ipfrag_max_dist', 'net.ipv6.ip6frag_time'],
    summary: {
      en: 'How long an incomplete IPv4 datagram waits for its missing fragments before it is discarded.',
      zh: '不完整的 IPv4 报文等待缺失分片的最长时间，超时后整个丢弃。',
    },
    details: {
      en:
        'Receiving side. While waiting, the fragments occupy memory counted against `ipfrag_high_thresh`. Expiries are counted as `IpReasmTimeout`, and the sender gets an ICMP "fragment reassembly time exceeded" if the first fragment had arrived.\n\n' +
        '- Lowering it (e.g. 5–15) frees memory faster when fragments are often lost, for example under fragment-based floods.',
      zh:
        '作用于接收方。等待期间这些分片占用的内存计入 `ipfrag_high_thresh`。超时计入 `IpReasmTimeout`；如果第一个分片已经到达，发送方还会收到 ICMP “分片重组超时”。\n\n' +
        '- 分片经常丢失时（例如遭受分片洪水攻击），调低（如 5–15）可以更快释放内存。',
    },
  },
  {
    key: 'net.ipv4.ipfrag_max_dist',
    type: 'int',
    default: '64',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.ipv4.ipfrag_time', 'net.ipv4.ipfrag_high_thresh', 'net.ipv4.inet_peer_threshold'],
    summary: {
      en: 'How many fragments from one source may arrive in between additions to an incomplete datagram before it is presumed lost and dropped; 0 disables the check.',
      zh: '来自同一源地址的分片中，两次补充某个未完成报文之间最多可以插入多少个其他分片，超过就认为它已丢失并丢弃；0 表示不检查。',
    },
    details: {
      en:
        'Receiving side. If many fragments from the same host arrive while one datagram stays incomplete, its missing pieces were probably lost; keeping it only risks gluing together fragments of different datagrams whose IP IDs collided, which corrupts data silently.\n\n' +
        '- Very small values (1–2) drop datagrams under normal reordering; very large ones raise the risk of mis-assembly on fast links. The default suits most hosts.',
      zh:
        '作用于接收方。如果某个报文迟迟不完整，而同一主机又陆续到了很多分片，它缺的部分多半已经丢失；继续保留只会增大错拼的风险：把 IP ID 相同的不同报文的分片拼到一起，悄无声息地损坏数据。\n\n' +
        '- 过小（1–2）会在正常乱序时误丢报文；过大会增加高速链路上错拼的风险。默认值适合大多数主机。',
    },
  },
  {
    key: 'net.ipv4.ipfrag_secret_interval',
    type: 'int',
    unit: 'seconds',
    default: '0',
    perNamespace: false,
    related: ['net.ipv4.ipfrag_time', 'net.ipv4.ipfrag_high_thresh'],
    summary: {
      en: 'Obsolete: once the interval for re-keying the fragment hash table; kept only so that old configuration files still load.',
      zh: '已废弃：过去用于定期更换分片哈希表的密钥；保留它只是为了让旧配置文件仍能加载。',
    },
    details: {
      en:
        'The fragment table now uses a hash design that needs no periodic re-keying, so the value is ignored. Remove it from configuration files when you come across it.',
      zh:
        '分片表现在采用的哈希结构不再需要定期更换密钥，所以内核忽略这个值。遇到时可以把它从配置文件中删掉。',
    },
  },
];

/** The forwarding table: multipath (ECMP) hashing and notifications to routing software. */
const FIB_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.fib_multipath_hash_policy',
    type: 'enum',
    default: '0',
    range: { min: 0, max: 3 },
    values: [
      { value: '0', meaning: { en: 'Layer 3: source and destination address (default).', zh: '三层：源地址和目的地址（默认）。' } },
      { value: '1', meaning: { en: 'Layer 4: the 5-tuple, including ports.', zh: '四层：包括端口在内的五元组。' } },
      { value: '2', meaning: { en: 'Layer 3, using the inner header of encapsulated packets when present.', zh: '三层；对封装报文使用内层报文头。' } },
      { value: '3', meaning: { en: 'Custom: the fields chosen in `fib_multipath_hash_fields`.', zh: '自定义：使用 `fib_multipath_hash_fields` 中选择的字段。' } },
    ],
    perNamespace: true,
    related: ['net.ipv4.fib_multipath_hash_fields', 'net.ipv4.fib_multipath_hash_seed', 'net.ipv4.fib_multipath_use_neigh', 'net.ipv6.fib_multipath_hash_policy'],
    summary: {
      en: 'Which header fields decide the nexthop of an IPv4 multipath (ECMP) route for each flow.',
      zh: 'IPv4 多路径（ECMP）路由为每条流选择下一跳时依据哪些报文头字段。',
    },
    details: {
      en:
        'Forwarding and locally sent traffic over routes with several nexthops (`ip route add … nexthop via A nexthop via B`). With the default layer-3 hash all traffic between two hosts takes one path, so a few large flows between the same pair cannot be spread; layer 4 spreads them by port.\n\n' +
        '- Typical change: set 1 on hosts or routers doing ECMP toward several gateways or load balancers.\n' +
        '- Any policy keeps one flow on one path, so packets of a flow are not reordered. IPv6 has its own key.\n' +
        '- Check the choice for a flow with `ip route get <dst> ipproto tcp sport <p> dport <p>`.',
      zh:
        '作用于经由多下一跳路由（`ip route add … nexthop via A nexthop via B`）的转发流量和本机发出的流量。默认的三层哈希下，两台主机之间的所有流量都走同一条路径，同一对主机之间的几条大流无法分摊；四层哈希会按端口把它们分散开。\n\n' +
        '- 常见调整：在通过 ECMP 连接多个网关或负载均衡器的主机、路由器上设为 1。\n' +
        '- 任何策略下同一条流都固定在一条路径上，因此流内不会乱序。IPv6 有自己对应的参数。\n' +
        '- 用 `ip route get <dst> ipproto tcp sport <p> dport <p>` 查看某条流会选哪条路径。',
    },
  },
  {
    key: 'net.ipv4.fib_multipath_hash_fields',
    type: 'int',
    default: '7',
    range: { min: 1, max: 4095 },
    perNamespace: true,
    related: ['net.ipv4.fib_multipath_hash_policy', 'net.ipv4.fib_multipath_hash_seed', 'net.ipv6.fib_multipath_hash_fields'],
    summary: {
      en: 'Bit mask of header fields hashed for multipath routes when `fib_multipath_hash_policy` is 3 (default 7: addresses and protocol).',
      zh: '`fib_multipath_hash_policy` 为 3 时参与多路径哈希的报文头字段位掩码（默认 7：地址和协议）。',
    },
    details: {
      en:
        'Only used with the custom policy. Bits: 0x1 source address, 0x2 destination address, 0x4 protocol, 0x8 flow label (unused for IPv4), 0x10 source port, 0x20 destination port; 0x40–0x800 are the same fields of the inner header of encapsulated packets.\n\n' +
        '- Example: 0x37 hashes the outer 5-tuple; 0x0c0 hashes only the inner addresses, to spread tunnel traffic by its inner hosts.',
      zh:
        '只在自定义策略下使用。各位含义：0x1 源地址，0x2 目的地址，0x4 协议，0x8 流标签（IPv4 不使用），0x10 源端口，0x20 目的端口；0x40–0x800 是封装报文内层报文头中的同样字段。\n\n' +
        '- 例如：0x37 对外层五元组做哈希；0x0c0 只对内层地址做哈希，用于按内层主机分散隧道流量。',
    },
  },
  {
    key: 'net.ipv4.fib_multipath_hash_seed',
    type: 'int',
    default: '0',
    range: { min: 0, max: 4294967295 },
    perNamespace: true,
    related: ['net.ipv4.fib_multipath_hash_policy', 'net.ipv4.fib_multipath_hash_fields'],
    summary: {
      en: 'Seed of the multipath route hash for IPv4 and IPv6; 0 means a random seed chosen at boot.',
      zh: 'IPv4 和 IPv6 多路径路由哈希所用的种子；0 表示使用启动时随机生成的种子。',
    },
    details: {
      en:
        'With a random seed each machine spreads flows differently, and the mapping changes after a reboot. Setting the same seed on several routers or hosts makes them choose paths identically (useful for consistent ECMP toward anycast services or for reproducible tests).\n\n' +
        '- The hash algorithm itself may change between kernel versions, so the same seed does not guarantee the same paths across upgrades.',
      zh:
        '使用随机种子时，每台机器对流的分配各不相同，重启后映射也会变化。在多台路由器或主机上设置同一个种子，可以让它们以相同方式选择路径（便于对 anycast 服务做一致的 ECMP，或复现测试）。\n\n' +
        '- 哈希算法本身可能随内核版本变化，所以相同的种子并不能保证升级前后选择相同的路径。',
    },
  },
  {
    key: 'net.ipv4.fib_multipath_use_neigh',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Pick nexthops by hash only, even if one is unreachable (default).', zh: '只按哈希选择下一跳，即使某个下一跳已不可达（默认）。' },
      { en: 'Skip nexthops whose neighbour entry is known to be failed.', zh: '跳过邻居表项已确认失效的下一跳。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.fib_multipath_hash_policy', 'net.ipv4.conf.<iface>.ignore_routes_with_linkdown'],
    summary: {
      en: 'Whether multipath routing avoids nexthops whose ARP entry has failed.',
      zh: '多路径路由是否避开邻居表（ARP）项已失效的下一跳。',
    },
    details: {
      en:
        'Forwarding and local output over ECMP routes. Without it, if one gateway dies but its link stays up, the flows hashed to it are black-holed until a routing protocol removes the route. With it, a nexthop whose neighbour entry is in the FAILED state is skipped.\n\n' +
        '- Recommended for static ECMP toward several gateways; check states with `ip neigh show`.',
      zh:
        '作用于经由 ECMP 路由的转发和本机发出的流量。不开启时，如果某个网关宕机而链路仍是 up，哈希到它的流会一直被黑洞吞掉，直到路由协议删除这条路由。开启后，跳过邻居表项处于 FAILED 状态的下一跳。\n\n' +
        '- 对多个网关做静态 ECMP 时建议开启；用 `ip neigh show` 查看邻居状态。',
    },
  },
  {
    key: 'net.ipv4.fib_notify_on_flag_change',
    type: 'enum',
    default: '0',
    range: { min: 0, max: 2 },
    values: [
      { value: '0', meaning: { en: 'No notification when offload flags change (default).', zh: '卸载标志变化时不发通知（默认）。' } },
      { value: '1', meaning: { en: 'Notify on every change of the offload, trap and offload-failed flags.', zh: '卸载（offload）、trap 和卸载失败标志的每次变化都发通知。' } },
      { value: '2', meaning: { en: 'Notify only when the offload-failed flag changes.', zh: '只在卸载失败标志变化时发通知。' } },
    ],
    perNamespace: true,
    related: ['net.ipv4.nexthop_compat_mode', 'net.ipv4.fib_sync_mem'],
    summary: {
      en: 'Whether routing software is told (RTM_NEWROUTE) when a route\'s hardware-offload state changes.',
      zh: '路由的硬件卸载状态变化时，是否通知路由软件（RTM_NEWROUTE）。',
    },
    details: {
      en:
        'Only for switches and NICs that offload routes to hardware (switchdev drivers such as mlxsw). Installing a route in the kernel does not guarantee it reached the ASIC; with notifications a routing daemon learns whether it did, or that the table in hardware is full.\n\n' +
        '- `ip route` shows the state as `offload`, `trap` or `offload_failed`.',
      zh:
        '只用于把路由卸载到硬件的交换机和网卡（switchdev 驱动，如 mlxsw）。路由装进内核并不代表已写入交换芯片；开启通知后，路由进程可以得知是否写入成功，或者硬件表已满。\n\n' +
        '- `ip route` 会以 `offload`、`trap` 或 `offload_failed` 显示这一状态。',
    },
  },
  {
    key: 'net.ipv4.fib_sync_mem',
    type: 'int',
    unit: 'bytes',
    default: '524288',
    range: { min: 65536, max: 67108864 },
    perNamespace: false,
    related: ['net.ipv4.fib_notify_on_flag_change', 'net.ipv4.nexthop_compat_mode'],
    summary: {
      en: 'How much memory freed routing-table entries may pile up before the kernel forces an RCU grace period to release it.',
      zh: '待释放的路由表项最多可积压多少内存，超过后内核强制等待一个 RCU 宽限期来回收。',
    },
    details: {
      en:
        'Control plane. Deleted routes are freed lazily; when many routes change at once (a BGP full table reloading) the backlog can grow large, and this cap bounds it at the cost of the updater waiting. Raising it speeds up bulk route changes, lowering it bounds memory use. Rarely changed.',
      zh:
        '作用于控制面。被删除的路由是延后释放的；大量路由同时变化时（例如 BGP 全表重载）积压可能很大，这个上限限制了积压量，代价是更新路由的一方需要等待。调大可以加快批量路由变更，调小可以限制内存占用。很少需要修改。',
    },
  },
];

/** net.ipv4.route.*: path MTU cache, ICMP error and redirect rate limits, and leftovers of the old route cache. */
const ROUTE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.route.min_pmtu',
    type: 'int',
    unit: 'bytes',
    default: '552',
    range: { min: 68 },
    perNamespace: true,
    related: ['net.ipv4.route.mtu_expires', 'net.ipv4.ip_no_pmtu_disc', 'net.ipv4.route.min_adv_mss'],
    summary: {
      en: 'Lowest path MTU the kernel accepts from an ICMP "fragmentation needed" message.',
      zh: '内核从 ICMP “需要分片”报文中接受的最小路径 MTU。',
    },
    details: {
      en:
        'Sending side. A forged or broken ICMP claiming a tiny MTU would otherwise force tiny packets; below this value the kernel uses the floor instead (and sends without the DF bit).\n\n' +
        '- Inside networks with known MTUs (overlay or data-centre fabrics) some raise it to the smallest real MTU, e.g. 1280, to resist such tricks.',
      zh:
        '作用于发送方。如果没有这个下限，一个伪造或出错、声称 MTU 极小的 ICMP 报文就能迫使本机发送极小的报文；低于这个值时内核改用该下限（并且发送时不带 DF 标志）。\n\n' +
        '- 在 MTU 已知的网络（overlay 或数据中心网络）中，有人会把它调到实际最小的 MTU（如 1280）来抵御这类攻击。',
    },
  },
  {
    key: 'net.ipv4.route.mtu_expires',
    type: 'int',
    unit: 'seconds',
    default: '600',
    perNamespace: true,
    related: ['net.ipv4.route.min_pmtu', 'net.ipv4.ip_no_pmtu_disc', 'net.ipv4.tcp_mtu_probing'],
    summary: {
      en: 'How long a path MTU learned from ICMP stays cached before the kernel tries the full interface MTU again.',
      zh: '从 ICMP 学到的路径 MTU 缓存多久，过期后内核会重新尝试完整的接口 MTU。',
    },
    details: {
      en:
        'Sending side. Learned values are stored as route exceptions: `ip route get <address>` shows `mtu` and an `expires` countdown; `ip route flush cache` clears them.\n\n' +
        '- Shorter values recover full-size packets sooner after a path change, at the price of more "fragmentation needed" round trips.',
      zh:
        '作用于发送方。学到的值以路由例外的形式保存：`ip route get <address>` 会显示 `mtu` 和 `expires` 倒计时；`ip route flush cache` 可以清除它们。\n\n' +
        '- 值越短，路径变化后越早恢复全尺寸报文，代价是更多次“需要分片”的往返。',
    },
  },
  {
    key: 'net.ipv4.route.min_adv_mss',
    type: 'int',
    unit: 'bytes',
    default: '256',
    perNamespace: true,
    related: ['net.ipv4.route.min_pmtu'],
    summary: {
      en: 'Smallest MSS this host advertises in its own SYN and SYN-ACK, whatever the route MTU.',
      zh: '本机在自己的 SYN 和 SYN-ACK 中通告的最小 MSS，不论路由 MTU 多小。',
    },
    details: {
      en:
        'Receiving side of TCP: the advertised MSS tells the peer how large segments it may send to us. It is derived from the MTU of the route toward the peer, and never goes below this value.\n\n' +
        '- Per-route control is usually better: `ip route change … advmss 1400`.\n' +
        '- The opposite direction, what we accept from the peer, is `tcp_min_snd_mss`.',
      zh:
        '作用于 TCP 的接收方向：通告的 MSS 告诉对端最多可以给本端发多大的报文段。它由通往对端的路由 MTU 推算，不会低于这个值。\n\n' +
        '- 通常按路由控制更合适：`ip route change … advmss 1400`。\n' +
        '- 反方向（本端能接受的对端通告 MSS 下限）由 `tcp_min_snd_mss` 控制。',
    },
  },
  {
    key: 'net.ipv4.route.error_cost',
    type: 'int',
    unit: 'jiffies',
    default: null,
    defaultNote: {
      en: 'One second in jiffies, so it depends on CONFIG_HZ: 250 with HZ=250, 1000 with HZ=1000.',
      zh: '等于一秒的 jiffies 数，取决于 CONFIG_HZ：HZ=250 时为 250，HZ=1000 时为 1000。',
    },
    perNamespace: false,
    related: ['net.ipv4.route.error_burst', 'net.ipv4.icmp_ratelimit'],
    summary: {
      en: 'Cost of one ICMP "unreachable" error sent because routing failed: with the default, about one per second per source.',
      zh: '因路由失败而发送一个 ICMP “不可达”差错报文的代价：默认大约每个源地址每秒一个。',
    },
    details: {
      en:
        'When the kernel cannot route a packet (no route, prohibit or unreachable routes) it answers with ICMP unreachable, rate limited per source by a token bucket: each message costs this much, and `error_burst` is the bucket size.\n\n' +
        '- Raise it to send fewer such errors, lower it to send more. Expressed in jiffies, so the same value means different times on kernels built with different HZ.',
      zh:
        '内核无法路由某个报文时（没有路由，或命中 prohibit、unreachable 路由），会回一个 ICMP 不可达，并按源地址用令牌桶限速：每个报文消耗这么多令牌，`error_burst` 是桶的容量。\n\n' +
        '- 调大则发得更少，调小则发得更多。单位是 jiffies，所以同一个数值在 HZ 不同的内核上代表不同的时间。',
    },
  },
  {
    key: 'net.ipv4.route.error_burst',
    type: 'int',
    unit: 'jiffies',
    default: null,
    defaultNote: {
      en: 'Five seconds in jiffies, so it depends on CONFIG_HZ: 1250 with HZ=250, 5000 with HZ=1000.',
      zh: '等于五秒的 jiffies 数，取决于 CONFIG_HZ：HZ=250 时为 1250，HZ=1000 时为 5000。',
    },
    perNamespace: false,
    related: ['net.ipv4.route.error_cost', 'net.ipv4.icmp_ratelimit'],
    summary: {
      en: 'Burst allowance of the rate limit on ICMP errors for unroutable packets: with the defaults, 5 messages at once.',
      zh: '对无法路由报文所发 ICMP 差错的限速所允许的突发量：默认一次可发 5 个。',
    },
    details: {
      en:
        'Size of the per-source token bucket described under `error_cost`: burst / cost is the number of errors that can be sent back to back. Like the cost it is in jiffies and scales with HZ.',
      zh:
        '即 `error_cost` 中所述按源地址令牌桶的容量：burst / cost 就是可以连续发送的差错报文数。与 cost 一样以 jiffies 为单位，随 HZ 变化。',
    },
  },
  {
    key: 'net.ipv4.route.redirect_number',
    type: 'int',
    default: '9',
    perNamespace: false,
    related: ['net.ipv4.route.redirect_load', 'net.ipv4.route.redirect_silence', 'net.ipv4.conf.<iface>.send_redirects'],
    summary: {
      en: 'How many ICMP redirects a router sends to one host that ignores them before it falls silent.',
      zh: '路由器向一台不理会重定向的主机最多发送多少个 ICMP 重定向，之后便不再发送。',
    },
    details: {
      en:
        'Routers with `send_redirects` on. When a host keeps sending through us although a better gateway is on its own subnet, we send the first redirect at once and then wait twice `redirect_load` before the next, doubling the gap each time; after this many without effect we stop until `redirect_silence` has passed.',
      zh:
        '作用于开启 `send_redirects` 的路由器。如果某台主机明明同网段有更好的网关，却一直经由本机转发，本机会立即发出第一个重定向，下一个要等 `redirect_load` 的两倍，此后间隔每次翻倍；发了这么多仍无效果，就停发，直到 `redirect_silence` 过去。',
    },
  },
  {
    key: 'net.ipv4.route.redirect_load',
    type: 'int',
    unit: 'jiffies',
    default: null,
    defaultNote: {
      en: 'A fiftieth of a second in jiffies, so it depends on CONFIG_HZ: 5 with HZ=250, 20 with HZ=1000.',
      zh: '等于 1/50 秒的 jiffies 数，取决于 CONFIG_HZ：HZ=250 时为 5，HZ=1000 时为 20。',
    },
    perNamespace: false,
    related: ['net.ipv4.route.redirect_number', 'net.ipv4.route.redirect_silence'],
    summary: {
      en: 'The unit of the gap between ICMP redirects to the same host: the first goes out at once, the next after twice this, and the gap doubles with every redirect sent.',
      zh: '向同一主机发送 ICMP 重定向的间隔基数：第一个立即发出，下一个要等两倍于此的时间，之后每发一次间隔翻倍。',
    },
    details: {
      en:
        'Routers only. Together with `redirect_number` and `redirect_silence` it keeps a router from flooding a misconfigured host with redirects. In jiffies, so it scales with HZ.',
      zh:
        '只作用于路由器。它与 `redirect_number`、`redirect_silence` 一起防止路由器向配置错误的主机狂发重定向。单位为 jiffies，随 HZ 变化。',
    },
  },
  {
    key: 'net.ipv4.route.redirect_silence',
    type: 'int',
    unit: 'jiffies',
    default: null,
    defaultNote: {
      en: 'About 20 seconds in jiffies, so it depends on CONFIG_HZ: 5120 with HZ=250, 20480 with HZ=1000.',
      zh: '约 20 秒的 jiffies 数，取决于 CONFIG_HZ：HZ=250 时为 5120，HZ=1000 时为 20480。',
    },
    perNamespace: false,
    related: ['net.ipv4.route.redirect_number', 'net.ipv4.route.redirect_load'],
    summary: {
      en: 'Quiet time after which a router that gave up redirecting a host starts sending it redirects again.',
      zh: '路由器放弃向某主机发送重定向后，经过这段静默时间才会重新开始发送。',
    },
    details: {
      en:
        'Routers only. After `redirect_number` redirects were ignored, the router stays silent toward that host; once this much time passes without traffic needing a redirect, the counter resets. In jiffies, so it scales with HZ.',
      zh:
        '只作用于路由器。发出 `redirect_number` 个重定向都被忽略后，路由器对该主机保持沉默；如果这段时间内没有再出现需要重定向的流量，计数会被清零。单位为 jiffies，随 HZ 变化。',
    },
  },
  {
    key: 'net.ipv4.route.gc_timeout',
    type: 'int',
    unit: 'seconds',
    default: '300',
    perNamespace: false,
    related: ['net.ipv4.route.mtu_expires', 'net.ipv4.conf.<iface>.accept_redirects'],
    summary: {
      en: 'How long a gateway learned from an ICMP redirect stays in use for that destination.',
      zh: '从 ICMP 重定向学到的网关对该目的地保持生效的时长。',
    },
    details: {
      en:
        'Hosts that accept redirects (`accept_redirects`). The new gateway is stored as a route exception and expires after this time; `ip route get <address>` shows it, `ip route flush cache` removes it. The old route-cache meaning of the name no longer applies.',
      zh:
        '作用于接受重定向（`accept_redirects`）的主机。新网关以路由例外的形式保存，经过这段时间后失效；`ip route get <address>` 可以看到它，`ip route flush cache` 可以删除它。名字里“垃圾回收”的旧含义（路由缓存）已不再适用。',
    },
  },
  {
    key: 'net.ipv4.route.gc_interval',
    type: 'int',
    unit: 'seconds',
    default: '60',
    perNamespace: false,
    related: ['net.ipv4.route.gc_timeout', 'net.ipv4.route.gc_thresh', 'net.ipv6.route.gc_interval'],
    summary: {
      en: 'Leftover of the IPv4 route cache removed in 3.6; kept for compatibility and has no effect.',
      zh: 'IPv4 路由缓存（已在 3.6 移除）的遗留参数；为兼容而保留，不起作用。',
    },
    details: {
      en:
        'Up to 3.5 IPv4 kept a cache of recently used routes that was garbage-collected with these settings. The cache is gone, so tuning guides that still set `net.ipv4.route.gc_*` change nothing. The IPv6 keys of the same name are still used.',
      zh:
        '3.5 及以前 IPv4 会缓存最近用过的路由，并按这些参数做垃圾回收。如今这个缓存已不存在，仍在设置 `net.ipv4.route.gc_*` 的调优指南实际上什么也没改变。IPv6 下同名的参数仍然有效。',
    },
  },
  {
    key: 'net.ipv4.route.gc_min_interval',
    type: 'int',
    unit: 'seconds',
    default: '0',
    perNamespace: false,
    related: ['net.ipv4.route.gc_min_interval_ms', 'net.ipv4.route.gc_interval'],
    summary: {
      en: 'Leftover of the IPv4 route cache removed in 3.6; has no effect (0 is half a second rounded down).',
      zh: 'IPv4 路由缓存（已在 3.6 移除）的遗留参数；不起作用（0 是半秒向下取整的结果）。',
    },
    details: {
      en:
        'Same value as `gc_min_interval_ms`, shown in whole seconds. Kept only so that old configuration files load.',
      zh:
        '与 `gc_min_interval_ms` 是同一个值，只是以整秒显示。保留它只是为了让旧配置文件能加载。',
    },
  },
  {
    key: 'net.ipv4.route.gc_min_interval_ms',
    type: 'int',
    unit: 'milliseconds',
    default: '500',
    perNamespace: false,
    related: ['net.ipv4.route.gc_min_interval', 'net.ipv4.route.gc_interval', 'net.ipv6.route.gc_min_interval_ms'],
    summary: {
      en: 'Leftover of the IPv4 route cache removed in 3.6; has no effect.',
      zh: 'IPv4 路由缓存（已在 3.6 移除）的遗留参数；不起作用。',
    },
    details: {
      en:
        'Minimum gap between garbage-collection runs of the old route cache. The IPv6 key of the same name still matters for IPv6.',
      zh:
        '曾是旧路由缓存两次垃圾回收之间的最小间隔。IPv6 下同名的参数对 IPv6 仍然有效。',
    },
  },
  {
    key: 'net.ipv4.route.gc_elasticity',
    type: 'int',
    default: '8',
    perNamespace: false,
    related: ['net.ipv4.route.gc_thresh', 'net.ipv4.route.gc_interval', 'net.ipv6.route.gc_elasticity'],
    summary: {
      en: 'Leftover of the IPv4 route cache removed in 3.6; has no effect.',
      zh: 'IPv4 路由缓存（已在 3.6 移除）的遗留参数；不起作用。',
    },
    details: {
      en:
        'Controlled how aggressively the old cache was pruned per hash bucket. Old "high-traffic router" tuning guides still list it; it can be removed from configuration.',
      zh:
        '曾控制旧缓存按哈希桶清理的激进程度。老的“高流量路由器”调优指南还会列出它；可以从配置中删除。',
    },
  },
  {
    key: 'net.ipv4.route.gc_thresh',
    type: 'int',
    default: '-1',
    perNamespace: false,
    related: ['net.ipv4.route.max_size', 'net.ipv4.route.gc_elasticity', 'net.ipv6.route.gc_thresh'],
    summary: {
      en: 'Leftover of the IPv4 route cache removed in 3.6; -1 shows that no garbage collection threshold is used.',
      zh: 'IPv4 路由缓存（已在 3.6 移除）的遗留参数；-1 表示不使用垃圾回收阈值。',
    },
    details: {
      en:
        'Was the cache size at which garbage collection started. Not to be confused with the neighbour-table keys `net.ipv4.neigh.default.gc_thresh1/2/3`, which do matter (ARP table size).',
      zh:
        '曾是触发垃圾回收的缓存大小。不要与邻居表参数 `net.ipv4.neigh.default.gc_thresh1/2/3` 混淆，后者（ARP 表大小）是真正起作用的。',
    },
  },
  {
    key: 'net.ipv4.route.max_size',
    type: 'int',
    default: '2147483647',
    perNamespace: false,
    related: ['net.ipv4.route.gc_thresh', 'net.ipv6.route.max_size'],
    summary: {
      en: 'Leftover of the IPv4 route cache removed in 3.6: no longer limits anything for IPv4.',
      zh: 'IPv4 路由缓存（已在 3.6 移除）的遗留参数：对 IPv4 不再有任何限制作用。',
    },
    details: {
      en:
        'Once the maximum number of cached routes; the routing table itself (FIB) has never been limited by it. A value of 2147483647 means unlimited. The IPv6 key of the same name is a different story.',
      zh:
        '曾是缓存路由的最大数量；路由表本身（FIB）从来不受它限制。2147483647 即不限制。IPv6 下同名参数的情况不同。',
    },
  },
];

/** IGMP group membership limits and the robustness of the reports the host sends. */
const IGMP_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.igmp_max_memberships',
    type: 'int',
    default: '20',
    perNamespace: true,
    related: ['net.ipv4.igmp_max_msf'],
    summary: {
      en: 'Maximum number of IPv4 multicast groups one socket may join.',
      zh: '单个 socket 最多能加入的 IPv4 组播组数量。',
    },
    details: {
      en:
        'Receiving side. The limit is per socket, not per host: the 21st `IP_ADD_MEMBERSHIP` on the same socket fails with ENOBUFS ("No buffer space available"), a classic surprise for market-data and IPTV receivers that join many groups on one socket.\n\n' +
        '- Raise it to the number of groups the application needs (hundreds or a few thousand are common); the kernel sets no upper limit, and the 5459 ceiling quoted in ip-sysctl.rst does not apply because the kernel splits IGMPv3 reports into packets that fit the interface MTU.\n' +
        '- Current memberships: `ip maddr show` or `netstat -gn`.',
      zh:
        '作用于接收方。这个限制针对单个 socket，而非整台主机：同一个 socket 上第 21 次 `IP_ADD_MEMBERSHIP` 会以 ENOBUFS（"No buffer space available"）失败，这常让在一个 socket 上加入大量组的行情接收程序和 IPTV 接收端措手不及。\n\n' +
        '- 按应用需要的组数调大（几百到几千都很常见）；内核没有设上限；ip-sysctl.rst 里提到的 5459 这个上限并不成立，因为内核会把 IGMPv3 报告按接口 MTU 拆成多个报文发送。\n' +
        '- 查看当前加入的组：`ip maddr show` 或 `netstat -gn`。',
    },
  },
  {
    key: 'net.ipv4.igmp_max_msf',
    type: 'int',
    default: '10',
    perNamespace: true,
    related: ['net.ipv4.igmp_max_memberships', 'net.ipv4.igmp_qrv'],
    summary: {
      en: 'Maximum number of source addresses in one socket\'s source filter for a multicast group (source-specific multicast).',
      zh: '单个 socket 对一个组播组设置的源过滤列表中最多可包含的源地址数（特定源组播）。',
    },
    details: {
      en:
        'Receiving side, for source-specific multicast (SSM) and IGMPv3 include/exclude filters. Adding more sources than this with `IP_ADD_SOURCE_MEMBERSHIP` or `setsourcefilter()` fails with ENOBUFS.\n\n' +
        '- Raise it for receivers that subscribe to a group from many senders.',
      zh:
        '作用于接收方，用于特定源组播（SSM）和 IGMPv3 的包含/排除过滤。用 `IP_ADD_SOURCE_MEMBERSHIP` 或 `setsourcefilter()` 添加的源超过这个数时会以 ENOBUFS 失败。\n\n' +
        '- 接收端需要从很多发送者订阅同一个组时，调大它。',
    },
  },
  {
    key: 'net.ipv4.igmp_qrv',
    type: 'int',
    default: '2',
    range: { min: 1 },
    perNamespace: true,
    related: ['net.ipv4.conf.<iface>.igmpv3_unsolicited_report_interval', 'net.ipv6.mld_qrv'],
    summary: {
      en: 'IGMP robustness variable: how many times the host sends each unsolicited membership report or leave message.',
      zh: 'IGMP 健壮性变量：主机把每个主动发送的成员报告或离开报文发送几次。',
    },
    details: {
      en:
        'Host side of IGMP. Reports are sent several times because a single lost report would leave a switch with IGMP snooping, or a router, unaware that the host joined, and the multicast stream would not arrive. The default follows RFC 2236; raise it on lossy networks.\n\n' +
        '- The interval between the repeats is `igmpv3_unsolicited_report_interval` (or `igmpv2_…` for IGMPv2).',
      zh:
        '作用于 IGMP 的主机侧。报告要重复发送几次，因为只要丢一个，开启 IGMP 侦听的交换机或路由器就可能不知道主机已加入，组播流也就到不了。默认值遵循 RFC 2236；网络丢包较多时可以调大。\n\n' +
        '- 重复发送的间隔由 `igmpv3_unsolicited_report_interval`（IGMPv2 则是 `igmpv2_…`）决定。',
    },
  },
  {
    key: 'net.ipv4.igmp_link_local_mcast_reports',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Do not send reports for 224.0.0.x groups.', zh: '不为 224.0.0.x 组发送报告。' },
      { en: 'Send IGMP reports for link-local groups too (default).', zh: '也为链路本地组发送 IGMP 报告（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.igmp_max_memberships', 'net.ipv4.igmp_qrv'],
    summary: {
      en: 'Whether the host sends IGMP membership reports for link-local groups in 224.0.0.0/24.',
      zh: '主机是否为 224.0.0.0/24 中的链路本地组发送 IGMP 成员报告。',
    },
    details: {
      en:
        'Host side of IGMP. Switches always flood link-local groups (OSPF, VRRP, mDNS use them), so reports for them are not needed for delivery; some networks turn them off to reduce IGMP chatter, others keep them so that monitoring sees every membership.',
      zh:
        '作用于 IGMP 的主机侧。交换机总是泛洪链路本地组（OSPF、VRRP、mDNS 都在用），因此这些组的报告对投递并非必需；有的网络关闭它来减少 IGMP 报文，有的保留它以便监控能看到所有成员关系。',
    },
  },
];

/** Per-remote-host state (inet_peer), labelled networking (CIPSO) and IPsec leftovers. */
const PEER_AND_LABEL_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.inet_peer_threshold',
    type: 'int',
    unit: 'entries',
    default: '65664',
    defaultNote: {
      en: 'Sized from RAM at boot since 5.x (5.14 and later; 5.4 still used a fixed 65664, cut only below 32 MB): the entries that fit in 1% of memory, between 4096 and 65664, so 65664 on any machine with more than about 1.3 GB.',
      zh: '自 5.x 起（5.14 及以后；5.4 仍是固定的 65664，只在内存不足 32 MB 时调小）在启动时按内存计算：取 1% 内存能放下的表项数，限定在 4096 到 65664 之间，因此内存超过约 1.3 GB 的机器都是 65664。',
    },
    perNamespace: false,
    related: ['net.ipv4.inet_peer_minttl', 'net.ipv4.inet_peer_maxttl', 'net.ipv4.icmp_ratelimit'],
    summary: {
      en: 'Size above which the kernel evicts entries from its cache of per-remote-host state (inet_peer) aggressively.',
      zh: '内核按远端主机保存的状态缓存（inet_peer）超过这个大小后，会更积极地淘汰表项。',
    },
    details: {
      en:
        'The inet_peer cache holds small per-host records: ICMP and redirect rate-limit tokens and fragment counters used by `ipfrag_max_dist`. Above the threshold, entries are dropped sooner; below it they live between `inet_peer_minttl` and `inet_peer_maxttl`.\n\n' +
        '- Hosts talking to millions of distinct addresses (big DNS resolvers, scanners) churn this cache; raising it keeps rate limiting accurate at the cost of memory. Most hosts never need to touch it.',
      zh:
        'inet_peer 缓存保存每个远端主机的少量信息：ICMP 和重定向限速的令牌、`ipfrag_max_dist` 使用的分片计数等。超过阈值后表项会被更早地清除；低于阈值时，表项的存活时间在 `inet_peer_minttl` 与 `inet_peer_maxttl` 之间。\n\n' +
        '- 与数百万个不同地址通信的主机（大型 DNS 递归服务器、扫描器）会让这个缓存频繁更替；调大能让限速更准确，代价是内存。大多数主机无需调整。',
    },
  },
  {
    key: 'net.ipv4.inet_peer_minttl',
    type: 'int',
    unit: 'seconds',
    default: '120',
    perNamespace: false,
    related: ['net.ipv4.inet_peer_maxttl', 'net.ipv4.inet_peer_threshold', 'net.ipv4.ipfrag_time'],
    summary: {
      en: 'Minimum lifetime of an unused inet_peer entry while the cache is below its threshold.',
      zh: '缓存未超过阈值时，未被使用的 inet_peer 表项的最短存活时间。',
    },
    details: {
      en:
        'It should cover the fragment reassembly time (`ipfrag_time`) so that per-host fragment state is not forgotten while reassembly is still possible. Rarely changed.',
      zh:
        '它应当不短于分片重组时间（`ipfrag_time`），以免在还可能重组时就忘掉按主机记录的分片状态。很少需要修改。',
    },
  },
  {
    key: 'net.ipv4.inet_peer_maxttl',
    type: 'int',
    unit: 'seconds',
    default: '600',
    perNamespace: false,
    related: ['net.ipv4.inet_peer_minttl', 'net.ipv4.inet_peer_threshold'],
    summary: {
      en: 'Time after which an unused inet_peer entry expires when the cache is small.',
      zh: '缓存很小时，未被使用的 inet_peer 表项经过这段时间后过期。',
    },
    details: {
      en:
        'The closer the cache gets to `inet_peer_threshold`, the closer the lifetime moves toward `inet_peer_minttl`. Rarely changed.',
      zh:
        '缓存越接近 `inet_peer_threshold`，表项的存活时间就越接近 `inet_peer_minttl`。很少需要修改。',
    },
  },
  {
    key: 'net.ipv4.cipso_cache_enable',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Do not cache CIPSO label translations.', zh: '不缓存 CIPSO 标签转换结果。' },
      { en: 'Cache them (default).', zh: '缓存（默认）。' },
    ),
    perNamespace: false,
    related: ['net.ipv4.cipso_cache_bucket_size', 'net.ipv4.cipso_rbm_strictvalid'],
    summary: {
      en: 'Whether the kernel caches translations between CIPSO security labels in packets and local security labels.',
      zh: '内核是否缓存报文中 CIPSO 安全标签与本地安全标签之间的转换结果。',
    },
    details: {
      en:
        'Only relevant for labelled networking (NetLabel with SELinux or Smack MLS policies), where packets carry a CIPSO IP option. The cache can be switched off and on at any time safely; it is invalidated whenever needed.',
      zh:
        '只与带标签的网络有关（NetLabel 配合 SELinux 或 Smack 的多级安全策略），此时报文携带 CIPSO IP 选项。缓存可以随时安全地关闭或开启，需要时会自动失效。',
    },
  },
  {
    key: 'net.ipv4.cipso_cache_bucket_size',
    type: 'int',
    unit: 'entries',
    default: '10',
    perNamespace: false,
    related: ['net.ipv4.cipso_cache_enable'],
    summary: {
      en: 'Number of entries per hash bucket of the CIPSO label cache; when a bucket is full its oldest entry is replaced.',
      zh: 'CIPSO 标签缓存每个哈希桶的表项数；桶满时替换其中最旧的表项。',
    },
    details: {
      en:
        'Only for labelled networking (NetLabel/CIPSO). Larger values cache more label mappings; raise it only if a system with many distinct labels shows CPU time in label translation.',
      zh:
        '只用于带标签的网络（NetLabel/CIPSO）。值越大缓存的标签映射越多；只有当标签种类很多的系统在标签转换上耗费明显 CPU 时才需要调大。',
    },
  },
  {
    key: 'net.ipv4.cipso_rbm_optfmt',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Standard CIPSO tag layout (default).', zh: '标准的 CIPSO 标签格式（默认）。' },
      { en: 'Pad the tag with empty categories to keep packet data 32-bit aligned.', zh: '用空类别填充标签，使报文数据按 32 位对齐。' },
    ),
    perNamespace: false,
    related: ['net.ipv4.cipso_rbm_strictvalid', 'net.ipv4.cipso_cache_enable'],
    summary: {
      en: 'Whether CIPSO tag type 1 uses the "optimized" format that pads it for 32-bit alignment.',
      zh: 'CIPSO 类型 1 标签是否使用为 32 位对齐而填充的“优化”格式。',
    },
    details: {
      en:
        'Only for labelled networking. Enable it only if the peer systems expect the optimized format of the CIPSO draft; both ends must agree.',
      zh:
        '只用于带标签的网络。只有对端系统要求 CIPSO 草案中的优化格式时才开启；两端必须一致。',
    },
  },
  {
    key: 'net.ipv4.cipso_rbm_strictvalid',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Check only the length of a tag type 1 when the CIPSO option is parsed.', zh: '解析 CIPSO 选项时，对类型 1 标签只检查长度。' },
      { en: 'Also check its level and categories against the DOI definition (default).', zh: '还要按 DOI 定义检查其级别和类别（默认）。' },
    ),
    perNamespace: false,
    related: ['net.ipv4.cipso_rbm_optfmt', 'net.ipv4.cipso_cache_enable'],
    summary: {
      en: 'Whether the level and categories of a CIPSO tag type 1 (restricted bitmap) are checked against the DOI definition when IP options are parsed; other tag types are always checked.',
      zh: '解析 IP 选项时，是否按 DOI 定义检查 CIPSO 类型 1（受限位图）标签的级别和类别；其他类型的标签总是会检查。',
    },
    details: {
      en:
        'Only for labelled networking. Errors are caught later in CIPSO processing either way; relaxed checking saves a little work but may not interoperate with peers that expect strict behaviour. Note that the kernel default is 1, although some documentation says 0.',
      zh:
        '只用于带标签的网络。无论哪种方式，错误都会在之后的 CIPSO 处理中被发现；宽松检查能省一点开销，但可能与要求严格检查的对端不兼容。注意内核默认值是 1，尽管有些文档写的是 0。',
    },
  },
  {
    key: 'net.ipv4.xfrm4_gc_thresh',
    type: 'int',
    default: '32768',
    perNamespace: true,
    related: ['net.ipv6.xfrm6_gc_thresh'],
    summary: {
      en: 'Obsolete since 4.14: once the number of cached IPsec routes at which garbage collection started.',
      zh: '自 4.14 起已废弃：过去缓存的 IPsec 路由达到这个数量时开始垃圾回收。',
    },
    details: {
      en:
        'Old IPsec gateways with many tunnels hit this limit and failed to send with ENOBUFS, so tuning guides raised it. The IPsec flow cache it was tuned for was removed in 4.14 and the kernel documentation lists the key as obsolete; raising it is not a fix for IPsec problems on current kernels.',
      zh:
        '过去有大量隧道的 IPsec 网关会碰到这个上限、发送时报 ENOBUFS，所以调优指南会建议调大。它针对的 IPsec 流缓存已在 4.14 移除，内核文档也已将其列为废弃；在当前内核上，调大它解决不了 IPsec 的问题。',
    },
  },
];

/** UDP buffers, socket hash tables and receive shortcuts. */
const UDP_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.udp_mem',
    type: 'int-list',
    items: 3,
    unit: 'pages',
    default: null,
    defaultNote: {
      en: 'Computed at boot from the amount of RAM, like tcp_mem.',
      zh: '与 tcp_mem 一样，在启动时按内存大小计算。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['net.ipv4.udp_rmem_min', 'net.ipv4.tcp_mem', 'net.core.rmem_max', 'net.core.rmem_default'],
    summary: {
      en: 'Memory limit, in pages, for the receive queues of all UDP sockets of the host together: above the first value only sockets holding less than `udp_rmem_min` may queue more, above the third none may.',
      zh: '全机所有 UDP socket 接收队列合计的内存限制，单位为页：超过第一个值后，只有占用少于 `udp_rmem_min` 的 socket 还能继续排队；超过第三个值后一律不能。',
    },
    details: {
      en:
        'Receiving side: UDP memory is the data waiting in receive queues. The format copies `tcp_mem`, but UDP has no pressure mode: once the total passes the first value, a socket may only queue more while it holds less than `udp_rmem_min`, so new datagrams are dropped even if the socket\'s own buffer has room. Above the third value even that minimum is refused; the second value only matters to TCP-style pressure handling, which UDP lacks.\n\n' +
        '- Drops show up as `UdpRcvbufErrors` and `UdpInErrors` in `nstat -az`, and per socket as the drops column of `ss -uamn` (`d` in `skmem`).\n' +
        '- Most UDP drops come from a too-small socket buffer or a slow reader, not from this limit: check `net.core.rmem_max` and the application first.\n' +
        '- Current usage: the `UDP: … mem` line of `/proc/net/sockstat`, in pages.',
      zh:
        '作用于接收方：UDP 占用的内存就是排在接收队列里的数据。格式照搬 `tcp_mem`，但 UDP 没有压力模式：总量一旦超过第一个值，socket 只有在自身占用少于 `udp_rmem_min` 时才能继续排队，所以即使 socket 自己的缓冲区还有空间，新报文也会被丢弃。超过第三个值后，连这点最低保障也没有了；第二个值只用于 TCP 那样的压力模式，对 UDP 不起作用。\n\n' +
        '- 丢包体现在 `nstat -az` 的 `UdpRcvbufErrors` 和 `UdpInErrors`，单个 socket 可在 `ss -uamn` 的 `skmem` 中看 `d`（drops）。\n' +
        '- 大多数 UDP 丢包源于 socket 缓冲区太小或应用读得太慢，而不是这个限制：先检查 `net.core.rmem_max` 和应用。\n' +
        '- 当前用量：`/proc/net/sockstat` 中 `UDP: … mem` 一行，单位为页。',
    },
  },
  {
    key: 'net.ipv4.udp_rmem_min',
    type: 'int',
    unit: 'bytes',
    default: '4096',
    range: { min: 1 },
    perNamespace: true,
    related: ['net.ipv4.udp_mem', 'net.core.rmem_default'],
    summary: {
      en: 'Receive buffer space every UDP socket may still use when total UDP memory is between the first and third values of `udp_mem`.',
      zh: 'UDP 总内存介于 `udp_mem` 第一个值和第三个值之间时，每个 UDP socket 仍可使用的接收缓冲空间。',
    },
    details: {
      en:
        'Receiving side. It guarantees that under memory pressure (but below the third `udp_mem` value) every socket can still queue at least a datagram or two, so one busy socket cannot starve all others completely. It does not set the normal buffer size; that is `net.core.rmem_default` or `SO_RCVBUF`.',
      zh:
        '作用于接收方。它保证在内存紧张（但未超过 `udp_mem` 第三个值）时，每个 socket 仍至少能排队一两个报文，一个繁忙的 socket 不会把其他 socket 完全饿死。它并不决定平时的缓冲区大小，那是 `net.core.rmem_default` 或 `SO_RCVBUF` 的事。',
    },
  },
  {
    key: 'net.ipv4.udp_wmem_min',
    type: 'int',
    unit: 'bytes',
    default: '4096',
    range: { min: 1 },
    perNamespace: true,
    related: ['net.ipv4.udp_rmem_min', 'net.core.wmem_default'],
    summary: {
      en: 'Has no effect: UDP does not account send memory against `udp_mem`, so this minimum is never used.',
      zh: '不起作用：UDP 的发送内存不计入 `udp_mem`，因此这个下限从来用不上。',
    },
    details: {
      en:
        'It exists for symmetry with `udp_rmem_min`. The send buffer of a UDP socket is limited by `SO_SNDBUF` (`net.core.wmem_default` / `wmem_max`); a full send buffer makes `send()` block or fail with EAGAIN / ENOBUFS.',
      zh:
        '它只是为了与 `udp_rmem_min` 对称而存在。UDP socket 的发送缓冲由 `SO_SNDBUF`（`net.core.wmem_default` / `wmem_max`）限制；发送缓冲满时 `send()` 会阻塞，或返回 EAGAIN / ENOBUFS。',
    },
  },
  {
    key: 'net.ipv4.udp_early_demux',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Route every incoming UDP datagram before finding its socket.', zh: '每个入站 UDP 报文都先查路由再找 socket。' },
      { en: 'Match datagrams of connected UDP sockets early and reuse their route (default).', zh: '提前匹配已 connect 的 UDP socket 的报文并复用其路由（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.ip_early_demux', 'net.ipv4.tcp_early_demux'],
    summary: {
      en: 'Whether incoming datagrams for connected UDP sockets are matched to their socket before the route lookup.',
      zh: '发往已 connect 的 UDP socket 的入站报文，是否在路由查找之前就匹配到 socket。',
    },
    details: {
      en:
        'Receive path, only while `ip_early_demux` is 1. It speeds up connected UDP sockets (QUIC clients, some DNS and RTP setups), but costs an extra lookup for every datagram to unconnected sockets; disable it on hosts whose UDP traffic goes mostly to unconnected sockets, such as busy DNS servers.',
      zh:
        '作用于接收路径，仅在 `ip_early_demux` 为 1 时生效。它能加速已 connect 的 UDP socket（QUIC 客户端、部分 DNS 和 RTP 场景），但每个发往未 connect socket 的报文都要多查一次；如果主机的 UDP 流量大多发往未 connect 的 socket（例如繁忙的 DNS 服务器），可以关闭它。',
    },
  },
  {
    key: 'net.ipv4.udp_l3mdev_accept',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'A UDP socket outside any VRF only receives default-VRF traffic (default).', zh: '不属于任何 VRF 的 UDP socket 只接收默认 VRF 的流量（默认）。' },
      { en: 'It receives datagrams arriving in any VRF.', zh: '接收从任意 VRF 到达的报文。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_l3mdev_accept', 'net.ipv4.raw_l3mdev_accept'],
    summary: {
      en: 'Whether a UDP socket not bound to a VRF also receives datagrams arriving through VRF (L3 master) devices.',
      zh: '未绑定 VRF 的 UDP socket 是否也接收经由 VRF（L3 master）设备到达的报文。',
    },
    details: {
      en:
        'Receiving side, only on kernels with VRF support. It lets one service (DNS, SNMP, syslog) answer in every VRF; note that replies must still be sent into the right VRF, which needs `IP_PKTINFO` or per-VRF sockets in the application.',
      zh:
        '作用于接收方，仅在支持 VRF 的内核上存在。它让一个服务（DNS、SNMP、syslog）能在所有 VRF 中应答；注意回包仍需发往正确的 VRF，这要求应用使用 `IP_PKTINFO` 或按 VRF 分别建立 socket。',
    },
  },
  {
    key: 'net.ipv4.udp_hash_entries',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'Read-only; sized from RAM at boot (16384 on a 24 GiB machine); negative in a namespace that shares the host table.',
      zh: '只读；启动时按内存大小确定（24 GiB 内存的机器上为 16384）；在共用主机表的网络命名空间中显示为负数。',
    },
    perNamespace: true,
    related: ['net.ipv4.udp_child_hash_entries', 'net.ipv4.tcp_ehash_entries'],
    summary: {
      en: 'Number of buckets in the UDP socket hash table used by the current network namespace.',
      zh: '当前网络命名空间所用的 UDP socket 哈希表的桶数。',
    },
    details: {
      en:
        'Every incoming datagram is matched to a socket through this table. The host table is sized at boot (the `uhash_entries=` boot parameter overrides it); a namespace shows a negative number when it shares it, or its own size when it was created with `udp_child_hash_entries`.',
      zh:
        '每个入站报文都要通过这张表找到对应的 socket。主机上的表在启动时确定大小（可用启动参数 `uhash_entries=` 覆盖）；网络命名空间共用它时显示为负数，如果创建时用了 `udp_child_hash_entries`，则显示它自己的大小。',
    },
  },
  {
    key: 'net.ipv4.udp_child_hash_entries',
    type: 'int',
    unit: 'entries',
    default: '0',
    range: { min: 0, max: 65536 },
    perNamespace: true,
    related: ['net.ipv4.udp_hash_entries', 'net.ipv4.tcp_child_ehash_entries'],
    summary: {
      en: 'Size of a private UDP socket hash table for network namespaces created from this one; 0 means they share the host table.',
      zh: '从当前网络命名空间创建的新网络命名空间所用的私有 UDP socket 哈希表大小；0 表示共用主机的表。',
    },
    details: {
      en:
        'Read when a namespace is created, so set it before starting the container. Non-zero values are rounded up to a power of two, at least 128. A private table keeps one container with very many UDP sockets from slowing lookups for the others; if the allocation fails the namespace silently uses the shared table (check `udp_hash_entries` inside it).',
      zh:
        '在创建网络命名空间时读取，所以要在启动容器之前设置。非 0 值会向上取整为 2 的幂，且至少为 128。私有哈希表可以避免一个拥有大量 UDP socket 的容器拖慢其他容器的查找；如果内存分配失败，新网络命名空间会悄悄使用共用表（在其中查看 `udp_hash_entries` 即可确认）。',
    },
  },
];

/** Multipath TCP: whether it is available, how subflows are managed and when it falls back to TCP. */
const MPTCP_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.mptcp.enabled',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Creating MPTCP sockets fails.', zh: '无法创建 MPTCP socket。' },
      { en: 'Applications may create MPTCP sockets (default).', zh: '应用可以创建 MPTCP socket（默认）。' },
    ),
    perNamespace: true,
    related: ['net.mptcp.path_manager', 'net.mptcp.scheduler', 'net.mptcp.checksum_enabled', 'net.ipv4.tcp_available_ulp'],
    summary: {
      en: 'Whether applications in this network namespace can create Multipath TCP sockets.',
      zh: '本网络命名空间中的应用能否创建多路径 TCP（MPTCP）socket。',
    },
    details: {
      en:
        'MPTCP spreads one connection over several paths (e.g. Wi-Fi and LTE, or two uplinks) as TCP subflows. Applications opt in by creating the socket with `IPPROTO_MPTCP` (or by running under `mptcpize run`); ordinary TCP sockets are never affected. When the peer does not support MPTCP the connection silently falls back to plain TCP.\n\n' +
        '- Subflows and endpoints: `ip mptcp endpoint show`, `ss -M`; counters: `nstat -az | grep MPTcpExt`.',
      zh:
        'MPTCP 把一个连接分散到多条路径上（如 Wi-Fi 和 LTE，或两条上行链路），每条路径是一个 TCP 子流。应用需要主动选择：用 `IPPROTO_MPTCP` 创建 socket（或在 `mptcpize run` 下运行）；普通 TCP socket 永远不受影响。对端不支持 MPTCP 时，连接会悄悄退回普通 TCP。\n\n' +
        '- 子流与端点：`ip mptcp endpoint show`、`ss -M`；计数器：`nstat -az | grep MPTcpExt`。',
    },
  },
  {
    key: 'net.mptcp.path_manager',
    type: 'string',
    default: 'kernel',
    since: '6.15',
    perNamespace: true,
    related: ['net.mptcp.pm_type', 'net.mptcp.available_path_managers', 'net.mptcp.enabled'],
    summary: {
      en: 'Path manager of new MPTCP connections: `kernel` (rules configured with `ip mptcp`) or `userspace` (a daemon such as mptcpd decides).',
      zh: '新 MPTCP 连接使用的路径管理器：`kernel`（按 `ip mptcp` 配置的规则）或 `userspace`（由 mptcpd 等守护进程决定）。',
    },
    details: {
      en:
        'The path manager decides which extra subflows to open and which addresses to announce to the peer. The in-kernel one applies per-namespace endpoint rules (`ip mptcp endpoint add … subflow|signal`); the user-space one hands every decision to a privileged program over netlink, more flexible but chattier.\n\n' +
        '- Accepted names are listed in `available_path_managers`. It replaces the numeric `pm_type`.',
      zh:
        '路径管理器决定建立哪些额外子流、向对端通告哪些地址。内核路径管理器按网络命名空间内的端点规则工作（`ip mptcp endpoint add … subflow|signal`）；用户态路径管理器把每个决策都通过 netlink 交给一个特权程序，更灵活，但通信开销更大。\n\n' +
        '- 可用的名字列在 `available_path_managers` 中。它取代了数字形式的 `pm_type`。',
    },
  },
  {
    key: 'net.mptcp.pm_type',
    type: 'enum',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'In-kernel path manager (default).', zh: '内核路径管理器（默认）。' } },
      { value: '1', meaning: { en: 'User-space path manager.', zh: '用户态路径管理器。' } },
    ],
    perNamespace: true,
    related: ['net.mptcp.path_manager', 'net.mptcp.available_path_managers'],
    summary: {
      en: 'Deprecated since 6.15 in favour of `path_manager`: the path manager of new MPTCP connections as a number.',
      zh: '自 6.15 起已弃用，改用 `path_manager`：以数字表示的新 MPTCP 连接所用路径管理器。',
    },
    details: {
      en:
        'Kept so that existing configuration keeps working; 0 is the in-kernel manager, 1 the user-space one. Use `path_manager` in new configuration.',
      zh:
        '保留它是为了让已有配置继续生效；0 为内核路径管理器，1 为用户态路径管理器。新配置请使用 `path_manager`。',
    },
  },
  {
    key: 'net.mptcp.available_path_managers',
    type: 'string',
    default: 'kernel userspace',
    perNamespace: false,
    related: ['net.mptcp.path_manager', 'net.mptcp.available_schedulers'],
    summary: {
      en: 'Read-only list of the MPTCP path managers registered in the kernel.',
      zh: '只读：内核中已注册的 MPTCP 路径管理器列表。',
    },
    details: {
      en:
        'The names that `path_manager` accepts. More may appear when additional managers (for example BPF-based ones on newer kernels) are loaded.',
      zh:
        '即 `path_manager` 可以接受的名字。加载了其他路径管理器（例如较新内核上基于 BPF 的实现）后，这里会出现更多名字。',
    },
  },
  {
    key: 'net.mptcp.scheduler',
    type: 'string',
    default: 'default',
    perNamespace: true,
    related: ['net.mptcp.available_schedulers', 'net.mptcp.stale_loss_cnt', 'net.mptcp.enabled'],
    summary: {
      en: 'Packet scheduler that picks the subflow for each piece of data of new MPTCP connections.',
      zh: '新 MPTCP 连接用来为每段数据挑选子流的报文调度器。',
    },
    details: {
      en:
        'The built-in `default` scheduler prefers non-backup subflows with the lowest latency and room in their window, and uses backup subflows only when no other is usable. Other schedulers can be added as BPF programs and then appear in `available_schedulers`.',
      zh:
        '内置的 `default` 调度器优先选择非备份、时延最低且窗口有余量的子流，只有在其他子流都不可用时才使用备份子流。其他调度器可以作为 BPF 程序加入，之后会出现在 `available_schedulers` 中。',
    },
  },
  {
    key: 'net.mptcp.available_schedulers',
    type: 'string',
    default: 'default',
    perNamespace: false,
    related: ['net.mptcp.scheduler', 'net.mptcp.available_path_managers'],
    summary: {
      en: 'Read-only list of the MPTCP packet schedulers registered in the kernel.',
      zh: '只读：内核中已注册的 MPTCP 报文调度器列表。',
    },
    details: {
      en: 'The names that `scheduler` accepts; BPF schedulers appear here once loaded.',
      zh: '即 `scheduler` 可以接受的名字；BPF 调度器加载后会出现在这里。',
    },
  },
  {
    key: 'net.mptcp.checksum_enabled',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Do not request DSS checksums (default).', zh: '不请求 DSS 校验和（默认）。' },
      { en: 'Request DSS checksums on new connections.', zh: '在新连接上请求 DSS 校验和。' },
    ),
    perNamespace: true,
    related: ['net.mptcp.enabled', 'net.mptcp.blackhole_timeout'],
    summary: {
      en: 'Whether this host asks for the data-sequence (DSS) checksum, which detects middleboxes changing the payload, on new MPTCP connections; a connection uses it when either end asks.',
      zh: '本机是否在新 MPTCP 连接上要求使用数据序列（DSS）校验和（用于发现改动了载荷的中间设备）；任何一端要求，连接就会使用。',
    },
    details: {
      en:
        'Both ends. Middleboxes that rewrite payload (some application-level gateways) break MPTCP\'s mapping of data to subflows; the checksum detects this and makes the connection fall back to plain TCP instead of corrupting data. It costs CPU on every segment and is used when either end asks for it.\n\n' +
        '- Checksum failures: `MPTcpExtDataCsumErr` in `nstat -az`.',
      zh:
        '作用于两端。改写载荷的中间设备（某些应用层网关）会破坏 MPTCP 中数据与子流的对应关系；校验和能发现这种情况，让连接退回普通 TCP，而不是损坏数据。它会给每个报文段增加 CPU 开销，只要任何一端要求就会启用。\n\n' +
        '- 校验失败次数：`nstat -az` 中的 `MPTcpExtDataCsumErr`。',
    },
  },
  {
    key: 'net.mptcp.allow_join_initial_addr_port',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Tell peers not to open extra subflows to the address and port of the first subflow.', zh: '告知对端不要向首个子流的地址和端口建立额外子流。' },
      { en: 'Allow such joins (default).', zh: '允许这样的加入（默认）。' },
    ),
    perNamespace: true,
    related: ['net.mptcp.path_manager', 'net.mptcp.add_addr_timeout'],
    summary: {
      en: 'Whether peers may open additional subflows to the same address and port the connection started on.',
      zh: '是否允许对端向连接最初使用的地址和端口建立额外的子流。',
    },
    details: {
      en:
        'Server side mostly. Behind a load balancer the initial address is a virtual IP; a second subflow to it could land on a different backend and be rejected. Setting 0 only sets a flag in the MP_CAPABLE handshake that asks the peer not to open such subflows; the kernel does not itself reject a join that arrives anyway. Joins to addresses announced with ADD_ADDR are unaffected.',
      zh:
        '主要作用于服务端。在负载均衡器后面，初始地址是一个虚拟 IP；向它建立的第二个子流可能落到另一台后端上而被拒绝。设为 0 只是在 MP_CAPABLE 握手中置一个标志，请对端不要建立这种子流；如果对端仍然发来这样的加入请求，内核自己并不会拒绝。向 ADD_ADDR 通告的地址加入不受影响。',
    },
  },
  {
    key: 'net.mptcp.add_addr_timeout',
    type: 'int',
    unit: 'seconds',
    default: '120',
    perNamespace: true,
    related: ['net.mptcp.path_manager', 'net.mptcp.allow_join_initial_addr_port'],
    summary: {
      en: 'Longest wait before an ADD_ADDR announcement that the peer has not acknowledged is sent again; since 6.18 the largest retransmission timeout of the connection\'s subflows is used when it is shorter (before 6.18 exactly this value); 0 turns the resends off.',
      zh: '对端未确认的 ADD_ADDR 地址通告最多等多久重新发送；自 6.18 起，如果连接各子流中最大的重传超时更短，就改用它（6.18 之前固定用这个值）；0 表示不重发。',
    },
    details: {
      en:
        'The side that announces addresses (usually a server with several addresses). ADD_ADDR travels in a TCP option of an otherwise empty ACK and can be lost; the default matches the maximum TCP retransmission timeout. Each announcement is resent at most 3 times; from 6.18 the wait also doubles after each resend. On older kernels, lower it if extra subflows take too long to appear on lossy paths; from 6.18 the subflows\' RTO already keeps the wait short.',
      zh:
        '作用于通告地址的一端（通常是有多个地址的服务端）。ADD_ADDR 放在一个不带数据的 ACK 的 TCP 选项里，可能丢失；默认值与 TCP 的最大重传超时相同。每个通告最多重发 3 次；从 6.18 起，每重发一次等待时间还会翻倍。在较老的内核上，如果丢包较多的路径上额外子流迟迟建立不起来，可以调小它；6.18 起子流的 RTO 已经让等待时间足够短。',
    },
  },
  {
    key: 'net.mptcp.stale_loss_cnt',
    type: 'int',
    default: '4',
    perNamespace: true,
    related: ['net.mptcp.scheduler', 'net.mptcp.enabled'],
    summary: {
      en: 'Number of MPTCP retransmission intervals without progress after which a subflow is considered stale and skipped by the scheduler.',
      zh: '子流连续多少个 MPTCP 重传间隔毫无进展后判定为失效（stale），调度器不再选用它。',
    },
    details: {
      en:
        'Sender side. Low values switch from a dead primary path to a backup quickly (active-backup setups); high values keep using a lossy but working link, or a peer that paused reading. Stale and recovered subflows are counted as `MPTcpExtSubflowStale` and `MPTcpExtSubflowRecover`.',
      zh:
        '作用于发送方。值小，主路径失效时能快速切到备份路径（主备场景）；值大，则会继续使用丢包多但仍可用的链路，或暂停读取的对端。失效和恢复的子流分别计入 `MPTcpExtSubflowStale` 和 `MPTcpExtSubflowRecover`。',
    },
  },
  {
    key: 'net.mptcp.close_timeout',
    type: 'int',
    unit: 'seconds',
    default: '60',
    perNamespace: true,
    related: ['net.mptcp.enabled'],
    summary: {
      en: 'How long an MPTCP connection with no subflows left stays open, waiting for a new subflow, before it is closed.',
      zh: '所有子流都已断开的 MPTCP 连接保持打开、等待新子流的时长，超时后关闭。',
    },
    details: {
      en:
        'This is the "make after break" window: a phone losing Wi-Fi can re-attach over another network and continue the same connection. If the application has not closed the socket, the connection survives this long without any subflow; the default equals the TIME_WAIT length.',
      zh:
        '这就是“先断后连”（make after break）的窗口：手机断开 Wi-Fi 后可以通过另一个网络重新接入、继续同一个连接。只要应用没有关闭 socket，连接在没有任何子流的情况下最多保留这么久；默认值等于 TIME_WAIT 的时长。',
    },
  },
  {
    key: 'net.mptcp.blackhole_timeout',
    type: 'int',
    unit: 'seconds',
    default: '3600',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.mptcp.syn_retrans_before_tcp_fallback', 'net.mptcp.enabled'],
    summary: {
      en: 'How long new outgoing connections skip MPTCP after a firewall seemed to drop MPTCP packets; 0 disables the detection.',
      zh: '发现防火墙似乎丢弃 MPTCP 报文后，新的主动连接在这段时间内不再使用 MPTCP；0 表示不做这种检测。',
    },
    details: {
      en:
        'Client side. Some firewalls drop SYNs carrying MPTCP options. When that pattern is seen, active MPTCP sockets fall back to plain TCP for this period, doubling it if the problem reappears right after MPTCP is re-enabled. Detections: `MPTcpExtBlackhole` in `nstat -az`.',
      zh:
        '作用于客户端。有些防火墙会丢弃带 MPTCP 选项的 SYN。发现这种情况后，主动创建的 MPTCP socket 在这段时间内退回普通 TCP；重新启用 MPTCP 后如果问题马上再次出现，时长加倍。检测次数：`nstat -az` 中的 `MPTcpExtBlackhole`。',
    },
  },
  {
    key: 'net.mptcp.syn_retrans_before_tcp_fallback',
    type: 'int',
    default: '2',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.mptcp.blackhole_timeout', 'net.ipv4.tcp_syn_retries'],
    summary: {
      en: 'How many SYN retransmissions keep the MPTCP option before the client retries as plain TCP.',
      zh: '客户端重传多少次带 MPTCP 选项的 SYN 之后，改用普通 TCP 重试。',
    },
    details: {
      en:
        'Client side. If a middlebox drops SYNs with MPTCP options, the connection would otherwise time out; dropping the option after a few attempts lets it open as TCP. 0 drops the option from the first retransmission; 128 or more keeps it on every retransmission. Low values may make MPTCP black-hole detection fire on ordinary packet loss.',
      zh:
        '作用于客户端。如果中间设备丢弃带 MPTCP 选项的 SYN，连接本会超时；尝试几次后去掉该选项，就能以普通 TCP 建立连接。0 表示从第一次重传起就去掉选项；128 及以上表示每次重传都保留。值太小可能让普通丢包也触发 MPTCP 黑洞检测。',
    },
  },
];

/** Unix domain sockets. */
const UNIX_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.unix.max_dgram_qlen',
    type: 'int',
    unit: 'packets',
    default: '10',
    perNamespace: true,
    related: ['net.core.somaxconn', 'net.core.wmem_default'],
    summary: {
      en: 'How many datagrams may wait in the receive queue of a Unix datagram socket before senders it is not connected back to block or get EAGAIN.',
      zh: 'Unix 数据报 socket 的接收队列中最多可以积压多少个数据报，超过后，该 socket 未反向 connect 到的发送方会阻塞或收到 EAGAIN。',
    },
    details: {
      en:
        'Sending side feels it. The classic case is logging: programs write to `/dev/log`, and when the syslog daemon falls behind, 10 queued messages are enough to make every logging process block inside `syslog()`, which can stall whole services.\n\n' +
        '- Raise it (e.g. 512–4096) on busy hosts; the memory used is still bounded by the socket buffers.\n' +
        '- Each socket copies the value when it is created, so restart the receiving daemon (rsyslog, journald) after changing it.\n' +
        '- The limit is skipped when the receiver is itself connected to the sender, as with the two ends of a `socketpair()`; only the send buffer limits those.\n' +
        '- It does not limit stream Unix sockets; their pending connections are bounded by the `listen()` backlog and `net.core.somaxconn`.\n' +
        '- Queue lengths: `ss -xl` and `ss -xa` (Recv-Q).',
      zh:
        '影响体现在发送方。典型场景是日志：程序写入 `/dev/log`，syslog 守护进程处理不过来时，积压 10 条消息就足以让每个写日志的进程阻塞在 `syslog()` 里，进而卡住整个服务。\n\n' +
        '- 繁忙的主机上可以调大（如 512–4096）；内存占用仍受 socket 缓冲区限制。\n' +
        '- 每个 socket 在创建时复制这个值，所以修改后要重启接收方守护进程（rsyslog、journald）才生效。\n' +
        '- 如果接收方自己也 connect 到了发送方（例如 `socketpair()` 的两端），就不检查这个上限，只受发送缓冲区限制。\n' +
        '- 它不限制 Unix 流 socket；后者待处理的连接数由 `listen()` 的 backlog 和 `net.core.somaxconn` 决定。\n' +
        '- 查看队列长度：`ss -xl` 和 `ss -xa`（Recv-Q）。',
    },
  },
];

/** Other net.ipv4 keys (ICMP, IGMP, fragments, routing, UDP, raw, FIB), plus net.mptcp and net.unix. */
export const IPV4_EXTRA_KEYS: readonly SysctlKeyDoc[] = [
  ...ICMP_KEYS,
  ...IP_KEYS,
  ...FRAGMENT_KEYS,
  ...FIB_KEYS,
  ...ROUTE_KEYS,
  ...IGMP_KEYS,
  ...PEER_AND_LABEL_KEYS,
  ...UDP_KEYS,
  ...MPTCP_KEYS,
  ...UNIX_KEYS,
];
