import type { SysctlKeyDoc } from '../types';

/** Keys that choose congestion control and the queueing discipline that paces outgoing packets. */
export const CONGESTION_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.tcp_congestion_control',
    type: 'string',
    suggestions: [
      { value: 'cubic', meaning: { en: 'CUBIC: loss-based, the default of most kernels since 2.6.19.', zh: 'CUBIC：基于丢包，2.6.19 以来大多数内核的默认算法。' } },
      {
        value: 'bbr',
        meaning: {
          en: 'BBR: paces by the measured bottleneck bandwidth and round-trip time; good on long or lossy paths. Needs the tcp_bbr module.',
          zh: 'BBR：按测得的瓶颈带宽和往返时间控制发送节奏，适合长距离或有丢包的链路。需要 tcp_bbr 模块。',
        },
      },
      { value: 'reno', meaning: { en: 'Reno: the classic additive-increase, multiplicative-decrease; always built in.', zh: 'Reno：经典的加性增、乘性减算法，始终编译在内核中。' } },
      {
        value: 'dctcp',
        meaning: {
          en: 'DCTCP: for data centres whose switches mark ECN; do not use it towards the internet.',
          zh: 'DCTCP：用于交换机会打 ECN 标记的数据中心网络，不要用于访问互联网的连接。',
        },
      },
      { value: 'htcp', meaning: { en: 'H-TCP: for fast, long-distance paths. Needs the tcp_htcp module.', zh: 'H-TCP：适合高速长距离链路。需要 tcp_htcp 模块。' } },
    ],
    default: null,
    defaultNote: {
      en: 'Chosen when the kernel is built (CONFIG_DEFAULT_TCP_CONG): cubic on most distribution kernels, bbr on some cloud kernels. A new network namespace starts with the host\'s value.',
      zh: '由内核编译选项 CONFIG_DEFAULT_TCP_CONG 决定：大多数发行版内核为 cubic，部分云厂商内核为 bbr。新建的网络命名空间沿用宿主机当前的值。',
    },
    perNamespace: true,
    related: [
      'net.ipv4.tcp_available_congestion_control',
      'net.ipv4.tcp_allowed_congestion_control',
      'net.core.default_qdisc',
    ],
    summary: {
      en: 'Congestion control algorithm of new TCP connections, outgoing and accepted alike: an accepted connection takes the value current when it is set up, not the one its listener started with.',
      zh: '新 TCP 连接使用的拥塞控制算法，主动发起和被动接入的都一样：被动接入的连接取建立时的当前值，而不是监听 socket 创建时的值。',
    },
    details: {
      en:
        'Sender side: it decides how fast data is pushed, so it matters on the host that sends the bulk of the data (usually the server).\n\n' +
        '- `cubic` reacts to packet loss; `bbr` models bandwidth and RTT and often does much better on lossy long-distance paths.\n' +
        '- Pick from `tcp_available_congestion_control`; `modprobe tcp_bbr` loads BBR when it is built as a module. Kernels before 4.13 needed the `fq` qdisc for BBR\'s pacing, and `fq` is still the usual companion.\n' +
        '- Per socket: `TCP_CONGESTION`; connections accepted by a listener that set it keep the listener\'s choice. A route\'s `congctl` (`ip route ... congctl bbr`) overrides both. See what a connection uses with `ss -ti`.',
      zh:
        '作用于发送方：它决定数据推送的速度，所以在发送大量数据的一端（通常是服务端）最重要。\n\n' +
        '- `cubic` 以丢包作为拥塞信号；`bbr` 对带宽和 RTT 建模，在有丢包的长距离链路上往往好得多。\n' +
        '- 从 `tcp_available_congestion_control` 中选择；BBR 编译为模块时先 `modprobe tcp_bbr`。4.13 之前的内核需要 `fq` 队列规则为 BBR 提供 pacing，现在 `fq` 仍是它的常见搭配。\n' +
        '- 单个 socket 可用 `TCP_CONGESTION` 指定；监听 socket 设置过它时，被动接入的连接沿用监听 socket 的选择。路由的 `congctl`（`ip route ... congctl bbr`）优先于这两者。用 `ss -ti` 查看某条连接实际使用的算法。',
    },
  },
  {
    key: 'net.ipv4.tcp_available_congestion_control',
    type: 'string',
    default: null,
    defaultNote: {
      en: 'Depends on which algorithms are built into the kernel or loaded as modules.',
      zh: '取决于内核内置了哪些算法、加载了哪些模块。',
    },
    perNamespace: false,
    related: ['net.ipv4.tcp_congestion_control', 'net.ipv4.tcp_allowed_congestion_control'],
    summary: {
      en: 'Read-only list of the congestion control algorithms currently registered in the kernel.',
      zh: '只读：当前已在内核中注册的拥塞控制算法列表。',
    },
    details: {
      en:
        'Algorithms built as modules appear only after they are loaded (e.g. `modprobe tcp_bbr`).\n\n' +
        '- The key cannot be written; choose the algorithm with `tcp_congestion_control`.',
      zh:
        '编译为模块的算法只有加载后才会出现（如 `modprobe tcp_bbr`）。\n\n' +
        '- 该参数不可写；请用 `tcp_congestion_control` 选择算法。',
    },
  },
  {
    key: 'net.ipv4.tcp_allowed_congestion_control',
    type: 'string',
    default: null,
    defaultNote: {
      en: 'reno plus the kernel\'s default algorithm, e.g. "reno cubic".',
      zh: 'reno 加上内核的默认算法，例如 "reno cubic"。',
    },
    perNamespace: false,
    related: ['net.ipv4.tcp_congestion_control', 'net.ipv4.tcp_available_congestion_control'],
    summary: {
      en: 'Algorithms that unprivileged processes and non-initial network namespaces may select.',
      zh: '非特权进程和非初始网络命名空间可以选用的拥塞控制算法。',
    },
    details: {
      en:
        'Any process may choose one of these per socket with `TCP_CONGESTION`; other algorithms need CAP_NET_ADMIN. Inside a container `tcp_congestion_control` can only be set to an algorithm from this list.\n\n' +
        '- One value for the whole host and read-only inside containers: set it on the host.',
      zh:
        '任何进程都可以用 `TCP_CONGESTION` 为单个 socket 选择列表中的算法，其他算法需要 CAP_NET_ADMIN。在容器内，`tcp_congestion_control` 也只能设为列表中的算法。\n\n' +
        '- 全机只有一个值，在容器内只读：需要在宿主机上设置。',
    },
  },
  {
    key: 'net.core.default_qdisc',
    type: 'string',
    suggestions: [
      {
        value: 'fq_codel',
        meaning: { en: 'Fair queuing with CoDel: keeps queues short under load; what systemd sets at boot.', zh: '带 CoDel 的公平队列：负载高时也能让队列保持很短；systemd 开机时设置的就是它。' },
      },
      {
        value: 'fq',
        meaning: { en: 'Per-flow fair queuing with pacing: the usual choice for busy servers and for BBR.', zh: '按流公平排队并支持发送节奏控制：繁忙服务器和 BBR 的常用选择。' },
      },
      { value: 'pfifo_fast', meaning: { en: 'Three priority bands, no queue management: the built-in default.', zh: '三个优先级队列，没有队列管理：内核内置的默认值。' } },
      { value: 'cake', meaning: { en: 'CAKE: shaping and fairness for home and edge links.', zh: 'CAKE：面向家庭和边缘链路的整形与公平调度。' } },
    ],
    default: 'pfifo_fast',
    defaultNote: {
      en: 'Build-time default; systemd-based distributions usually switch it to fq_codel at boot.',
      zh: '编译期默认值；基于 systemd 的发行版通常在开机时改为 fq_codel。',
    },
    since: '3.12',
    perNamespace: false,
    related: ['net.ipv4.tcp_congestion_control'],
    summary: {
      en: 'Queueing discipline a newly activated interface gets on each transmit queue when none is configured; interfaces without a queue of their own (loopback, veth, bridges, VLANs) get noqueue instead.',
      zh: '接口启用时，若没有显式配置队列规则，就给它的每个发送队列挂上这个 qdisc；本身不带队列的接口（loopback、veth、网桥、VLAN）则用 noqueue。',
    },
    details: {
      en:
        'Outgoing packets on the host. It is applied when an interface is set up, so changing it does not touch interfaces that already exist: re-create them or use `tc qdisc replace`.\n\n' +
        '- `fq` paces each flow and is the usual companion of BBR; `fq_codel` keeps queues short and latency low.\n' +
        '- See what an interface uses with `tc qdisc show dev <iface>`.',
      zh:
        '作用于本机发出的报文。它在接口初始化时应用，所以修改后不会影响已经存在的接口：需要重建接口或使用 `tc qdisc replace`。\n\n' +
        '- `fq` 为每条流做 pacing，是 BBR 的常见搭配；`fq_codel` 让队列保持短小、延迟低。\n' +
        '- 用 `tc qdisc show dev <iface>` 查看接口当前的队列规则。',
    },
  },
];
