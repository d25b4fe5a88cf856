import type { SysctlKeyDoc } from '../types';

/** Keys that size socket buffers, per socket and for TCP as a whole. */
export const BUFFER_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.tcp_rmem',
    type: 'int-list',
    unit: 'bytes',
    default: '4096\t131072\t33554432',
    defaultNote: {
      en: 'The third value is capped at boot to 1/128 of memory, so machines with less than about 4 GiB of RAM show less. A new network namespace starts with a copy of the host values.',
      zh: '第三个值开机时会被限制在内存的 1/128 以内，所以内存小于约 4 GiB 的机器上会更小。新建的网络命名空间会复制宿主机当前的值。',
    },
    defaultChanges: [{ version: '6.16', from: '4096\t131072\t6291456', to: '4096\t131072\t33554432' }],
    items: 3,
    range: { min: 1 },
    perNamespace: true,
    related: ['net.ipv4.tcp_moderate_rcvbuf', 'net.core.rmem_max', 'net.ipv4.tcp_mem', 'net.ipv4.tcp_wmem'],
    summary: {
      en: 'Receive buffer sizes of TCP sockets: the minimum, the initial size and the maximum autotuning may grow to.',
      zh: 'TCP socket 的接收缓冲区大小：最小值、初始值，以及自动调优能增长到的最大值。',
    },
    details: {
      en:
        'Both sides, per socket, in bytes. The receive buffer bounds the window a receiver can advertise, so the maximum caps the throughput of one connection at roughly `max / RTT`.\n\n' +
        '- Autotuning (`tcp_moderate_rcvbuf`) grows each socket from the middle value towards the maximum as needed; idle connections stay small.\n' +
        '- An application that sets `SO_RCVBUF` turns autotuning off for that socket and is capped by `net.core.rmem_max` instead.\n' +
        '- Raise the maximum for high-bandwidth, long-distance transfers; the total is still bounded by `tcp_mem`. Older kernels used 87380 as the initial value and 6 MiB as the maximum.',
      zh:
        '两端都适用，按 socket 计算，单位字节。接收缓冲区决定了接收方能通告的窗口大小，所以最大值把单条连接的吞吐限制在约 `max / RTT`。\n\n' +
        '- 自动调优（`tcp_moderate_rcvbuf`）会按需把每个 socket 从中间值增长到最大值，空闲连接保持很小。\n' +
        '- 应用一旦设置 `SO_RCVBUF`，该 socket 的自动调优即关闭，改受 `net.core.rmem_max` 限制。\n' +
        '- 高带宽、长距离传输可以调大最大值，总量仍受 `tcp_mem` 约束。较老的内核初始值为 87380，最大值为 6 MiB。',
    },
  },
  {
    key: 'net.ipv4.tcp_wmem',
    type: 'int-list',
    unit: 'bytes',
    default: '4096\t16384\t4194304',
    defaultNote: {
      en: 'The third value is smaller on machines with very little RAM (below about 512 MiB). A new network namespace starts with a copy of the host values.',
      zh: '内存很小（低于约 512 MiB）的机器上第三个值会更小。新建的网络命名空间会复制宿主机当前的值。',
    },
    items: 3,
    range: { min: 1 },
    perNamespace: true,
    related: ['net.core.wmem_max', 'net.ipv4.tcp_notsent_lowat', 'net.ipv4.tcp_mem', 'net.ipv4.tcp_rmem'],
    summary: {
      en: 'Send buffer sizes of TCP sockets: the minimum, the initial size and the maximum autotuning may grow to.',
      zh: 'TCP socket 的发送缓冲区大小：最小值、初始值，以及自动调优能增长到的最大值。',
    },
    details: {
      en:
        'Both sides, per socket, in bytes. The send buffer holds data the application has written but the peer has not yet acknowledged, so its maximum caps data in flight on high-latency paths.\n\n' +
        '- It grows automatically with the congestion window; `SO_SNDBUF` turns that off and is capped by `net.core.wmem_max`.\n' +
        '- A large Send-Q in `ss -tn` means the peer or the network is not keeping up, not that this value is too small.',
      zh:
        '两端都适用，按 socket 计算，单位字节。发送缓冲区存放应用已写入、对端尚未确认的数据，所以它的最大值限制了高延迟链路上的在途数据量。\n\n' +
        '- 它会随拥塞窗口自动增长；设置 `SO_SNDBUF` 会关闭自动增长，并受 `net.core.wmem_max` 限制。\n' +
        '- `ss -tn` 中 Send-Q 很大，说明对端或网络跟不上，而不是这个值太小。',
    },
  },
  {
    key: 'net.ipv4.tcp_mem',
    type: 'int-list',
    unit: 'pages',
    default: null,
    defaultNote: {
      en: 'Computed at boot from the memory available for buffers: roughly 4.7 %, 6.25 % and 9.4 % of it, in pages.',
      zh: '开机时根据可用于缓冲区的内存计算：大约为其 4.7%、6.25% 和 9.4%，单位为页。',
    },
    items: 3,
    range: { min: 0 },
    perNamespace: false,
    related: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem', 'net.ipv4.tcp_max_orphans'],
    summary: {
      en: 'System-wide limits, in pages, for the memory of all TCP socket buffers together: low, pressure and high.',
      zh: '全系统所有 TCP socket 缓冲区内存总量的三个阈值（单位为页）：低水位、压力值和上限。',
    },
    details: {
      en:
        'Counted in pages (usually 4 KiB), not bytes, across all TCP sockets.\n\n' +
        '- Below *low*: no restriction. Above *pressure*: TCP shrinks buffers and stops growing them until usage falls back under *low*. At *high*: allocations fail, packets are dropped and orphaned sockets are killed ("out of memory -- consider tuning tcp_mem" in the kernel log).\n' +
        '- Current usage: the TCP `mem` field in `/proc/net/sockstat`, in pages; pressure events: `nstat -az TcpExtTCPMemoryPressures`.\n' +
        '- The usual cause is many connections with full buffers, e.g. slow readers; raise it only when you really hit pressure.',
      zh:
        '单位是页（通常 4 KiB）而不是字节，统计所有 TCP socket 的总和。\n\n' +
        '- 低于 *low*：不做限制。超过 *pressure*：TCP 收缩缓冲区且不再扩大，直到用量回落到 *low* 以下。达到 *high*：内存分配失败，开始丢包，孤儿 socket 被强制关闭（内核日志出现 "out of memory -- consider tuning tcp_mem"）。\n' +
        '- 当前用量：`/proc/net/sockstat` 中 TCP 行的 `mem` 字段（单位页）；压力事件：`nstat -az TcpExtTCPMemoryPressures`。\n' +
        '- 常见原因是大量连接的缓冲区被塞满，例如对端读得太慢；只有真正进入压力状态时才调大。',
    },
  },
  {
    key: 'net.core.rmem_max',
    type: 'int',
    unit: 'bytes',
    default: '4194304',
    defaultNote: {
      en: 'Before 6.18 the default equalled rmem_default (212992 on common 64-bit builds).',
      zh: '6.18 之前默认值与 rmem_default 相同（常见 64 位内核上为 212992）。',
    },
    defaultChanges: [{ version: '6.18', from: '212992', to: '4194304' }],
    perNamespace: false,
    related: ['net.core.rmem_default', 'net.ipv4.tcp_rmem', 'net.core.wmem_max'],
    summary: {
      en: 'Largest receive buffer an application may request with SO_RCVBUF.',
      zh: '应用通过 SO_RCVBUF 能申请的最大接收缓冲区。',
    },
    details: {
      en:
        'Applies to every socket type that calls `setsockopt(SO_RCVBUF)`; the kernel doubles the requested value for bookkeeping. It does **not** limit TCP autotuning, which follows `tcp_rmem`.\n\n' +
        '- Raise it when an application (database, proxy, UDP receiver) explicitly asks for big buffers and `ss -tm` shows them capped.\n' +
        '- One value for the whole host: it is read-only inside containers (non-initial network namespaces).',
      zh:
        '对所有调用 `setsockopt(SO_RCVBUF)` 的 socket 生效，内核会把申请值翻倍用于内部记账。它**不**限制 TCP 自动调优，后者按 `tcp_rmem` 执行。\n\n' +
        '- 当应用（数据库、代理、UDP 接收程序）明确申请大缓冲区，而 `ss -tm` 显示被截断时调大。\n' +
        '- 全机只有一个值：在容器（非初始网络命名空间）内是只读的。',
    },
  },
  {
    key: 'net.core.wmem_max',
    type: 'int',
    unit: 'bytes',
    default: '4194304',
    defaultNote: {
      en: 'Before 6.18 the default equalled wmem_default (212992 on common 64-bit builds).',
      zh: '6.18 之前默认值与 wmem_default 相同（常见 64 位内核上为 212992）。',
    },
    defaultChanges: [{ version: '6.18', from: '212992', to: '4194304' }],
    perNamespace: false,
    related: ['net.core.wmem_default', 'net.ipv4.tcp_wmem', 'net.core.rmem_max'],
    summary: {
      en: 'Largest send buffer an application may request with SO_SNDBUF.',
      zh: '应用通过 SO_SNDBUF 能申请的最大发送缓冲区。',
    },
    details: {
      en:
        'Applies to every socket type that calls `setsockopt(SO_SNDBUF)`; the kernel doubles the requested value. TCP autotuning ignores it and follows `tcp_wmem`.\n\n' +
        '- Raise it when an application sets large send buffers explicitly and they end up capped.\n' +
        '- One value for the whole host: read-only inside containers.',
      zh:
        '对所有调用 `setsockopt(SO_SNDBUF)` 的 socket 生效，内核会把申请值翻倍。TCP 自动调优不受它限制，按 `tcp_wmem` 执行。\n\n' +
        '- 应用显式设置了大的发送缓冲区却被截断时调大。\n' +
        '- 全机只有一个值：在容器内是只读的。',
    },
  },
  {
    key: 'net.core.rmem_default',
    type: 'int',
    unit: 'bytes',
    default: '212992',
    defaultNote: {
      en: 'Derived from the size of the kernel\'s packet buffer structure; 212992 on common 64-bit builds.',
      zh: '由内核报文缓冲结构的大小推算而来；常见 64 位内核上为 212992。',
    },
    perNamespace: false,
    related: ['net.core.rmem_max', 'net.ipv4.tcp_rmem'],
    summary: {
      en: 'Initial receive buffer of sockets that do not set one, for protocols other than TCP (TCP uses tcp_rmem).',
      zh: '未显式设置时 socket 的初始接收缓冲区，适用于 TCP 以外的协议（TCP 使用 tcp_rmem）。',
    },
    details: {
      en:
        'Mostly matters for UDP, raw and netlink sockets: a UDP receiver that falls behind drops datagrams once this buffer is full (`nstat -az UdpRcvbufErrors`).\n\n' +
        '- TCP ignores it and starts from the middle value of `tcp_rmem`.\n' +
        '- One value for the whole host.',
      zh:
        '主要影响 UDP、raw 和 netlink socket：处理不过来的 UDP 接收方在缓冲区满后就会丢包（`nstat -az UdpRcvbufErrors`）。\n\n' +
        '- TCP 不使用它，而是从 `tcp_rmem` 的中间值开始。\n' +
        '- 全机只有一个值。',
    },
  },
  {
    key: 'net.core.wmem_default',
    type: 'int',
    unit: 'bytes',
    default: '212992',
    defaultNote: {
      en: 'Derived from the size of the kernel\'s packet buffer structure; 212992 on common 64-bit builds.',
      zh: '由内核报文缓冲结构的大小推算而来；常见 64 位内核上为 212992。',
    },
    perNamespace: false,
    related: ['net.core.wmem_max', 'net.ipv4.tcp_wmem'],
    summary: {
      en: 'Initial send buffer of sockets that do not set one, for protocols other than TCP (TCP uses tcp_wmem).',
      zh: '未显式设置时 socket 的初始发送缓冲区，适用于 TCP 以外的协议（TCP 使用 tcp_wmem）。',
    },
    details: {
      en:
        'Mostly matters for UDP and raw sockets; TCP starts from the middle value of `tcp_wmem` instead.\n\n' +
        '- One value for the whole host.',
      zh:
        '主要影响 UDP 和 raw socket；TCP 则从 `tcp_wmem` 的中间值开始。\n\n' +
        '- 全机只有一个值。',
    },
  },
  {
    key: 'net.ipv4.tcp_moderate_rcvbuf',
    type: 'bool',
    default: '1',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Receive buffers keep their initial size unless the application sets SO_RCVBUF.',
          zh: '接收缓冲区保持初始大小，除非应用设置了 SO_RCVBUF。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Grow each receive buffer towards tcp_rmem\'s maximum to match the measured bandwidth-delay product (default).',
          zh: '按测得的带宽时延积，把每个接收缓冲区向 tcp_rmem 的最大值增长（默认）。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_rmem', 'net.core.rmem_max'],
    summary: {
      en: 'Enables receive-buffer autotuning.',
      zh: '开启接收缓冲区自动调优。',
    },
    details: {
      en:
        'Receiver side. Autotuning lets one configuration serve both LAN and long-distance connections without wasting memory on idle sockets.\n\n' +
        '- Leave it on; switching it off is useful only for experiments.\n' +
        '- Sockets that set `SO_RCVBUF` are excluded anyway.',
      zh:
        '作用于接收方。有了自动调优，同一套配置既能服务局域网连接，也能服务长距离连接，又不会在空闲 socket 上浪费内存。\n\n' +
        '- 保持开启；关闭它只适合做实验。\n' +
        '- 设置了 `SO_RCVBUF` 的 socket 本来就不参与自动调优。',
    },
  },
  {
    key: 'net.ipv4.tcp_notsent_lowat',
    type: 'int',
    unit: 'bytes',
    default: '4294967295',
    since: '3.12',
    range: { min: 0, max: 4294967295 },
    perNamespace: true,
    related: ['net.ipv4.tcp_wmem', 'net.ipv4.tcp_autocorking'],
    summary: {
      en: 'How much not-yet-sent data a TCP socket may queue before it stops reporting itself writable.',
      zh: 'TCP socket 中尚未发出的数据积压到多少时，socket 不再报告“可写”。',
    },
    details: {
      en:
        'Sender side. With the default (UINT_MAX) only the send buffer size limits queued data. A lower value such as 16384–131072 keeps most queued data already in flight and lets the application decide late what to send next: useful for HTTP/2 prioritization and interactive traffic, and it saves memory per connection.\n\n' +
        '- Per socket: `TCP_NOTSENT_LOWAT`.\n' +
        '- A change applies immediately to existing sockets that did not set their own value.',
      zh:
        '作用于发送方。默认值（UINT_MAX）下只有发送缓冲区大小限制排队的数据。设成 16384–131072 这样的较小值，能让排队的数据大多已在途，应用可以更晚决定下一步发什么：对 HTTP/2 优先级和交互式流量很有用，也能节省每个连接的内存。\n\n' +
        '- 单个 socket 可用 `TCP_NOTSENT_LOWAT` 设置。\n' +
        '- 修改后对未自行设置该值的已有 socket 立即生效。',
    },
  },
];
