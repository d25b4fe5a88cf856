import type { SysctlKeyDoc } from '../types';

/** Keys that govern connection setup: the SYN queue, the accept queue and SYN retransmissions. */
export const TCP_HANDSHAKE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.core.somaxconn',
    type: 'int',
    unit: 'connections',
    default: '4096',
    defaultChanges: [{ version: '5.4', from: '128', to: '4096' }],
    perNamespace: true,
    related: ['net.ipv4.tcp_max_syn_backlog', 'net.ipv4.tcp_abort_on_overflow', 'net.ipv4.tcp_syncookies'],
    summary: {
      en: 'Upper limit for the accept queue of every listening socket: the backlog passed to `listen()` is silently capped to this value.',
      zh: '每个监听 socket 全连接队列（accept 队列）的上限：应用传给 `listen()` 的 backlog 会被悄悄截断到这个值。',
    },
    details: {
      en:
        'Server side. A connection that has completed the three-way handshake waits in the accept queue until the application calls `accept()`; the queue holds `min(backlog, somaxconn)` connections.\n\n' +
        '- In `ss -lnt` a LISTEN socket shows the current queue length in Recv-Q and its own limit, `min(backlog, somaxconn)`, in Send-Q, so Send-Q equals `somaxconn` only when the application asked for at least that much. The queue counts as full only once it holds more than that limit, so Recv-Q can reach Send-Q + 1.\n' +
        '- When the queue is full the kernel drops new SYNs and the client\'s final ACK (or answers that ACK with RST when `tcp_abort_on_overflow=1`); `nstat -az TcpExtListenOverflows` counts it.\n' +
        '- Raising it helps with bursts only if the application passes a larger backlog too (nginx `listen ... backlog=`, Java `new ServerSocket(port, backlog)`) and keeps up with `accept()`.\n' +
        '- It was 128 before 5.4, which is why old tuning guides always raise it.',
      zh:
        '作用于服务端。完成三次握手的连接先进入全连接队列（accept 队列），等应用调用 `accept()` 取走；队列容量为 `min(backlog, somaxconn)`。\n\n' +
        '- `ss -lnt` 中 LISTEN 行的 Recv-Q 是当前排队数，Send-Q 是该监听 socket 自己的上限 `min(backlog, somaxconn)`，只有应用传入的 backlog 不小于 `somaxconn` 时才等于 `somaxconn`。内核要等队列超过这个上限才算满，所以 Recv-Q 最多可以到 Send-Q + 1。\n' +
        '- 队列满时，内核会丢弃新来的 SYN 和客户端的第三次握手 ACK（`tcp_abort_on_overflow=1` 时对这个 ACK 改为回 RST），`nstat -az TcpExtListenOverflows` 会计数。\n' +
        '- 调大它只有在应用同时传入更大的 backlog 时才生效（如 nginx 的 `listen ... backlog=`、Java 的 `new ServerSocket(port, backlog)`），并且 `accept()` 要跟得上。\n' +
        '- 5.4 之前默认只有 128，所以老的调优文档总会先改它。',
    },
  },
  {
    key: 'net.ipv4.tcp_max_syn_backlog',
    type: 'int',
    unit: 'connections',
    default: null,
    defaultNote: {
      en: 'Computed at boot from the size of the TCP connection hash table, which scales with RAM: about one per 128 hash buckets and never below 128 (2048 on a 24 GiB test machine).',
      zh: '开机时根据 TCP 连接哈希表的大小计算，而哈希表大小随内存而定：约为桶数的 1/128，最少 128（在一台 24 GiB 内存的测试机上为 2048）。',
    },
    perNamespace: true,
    related: ['net.core.somaxconn', 'net.ipv4.tcp_syncookies', 'net.ipv4.tcp_synack_retries'],
    summary: {
      en: 'Only with SYN cookies off: once a listener\'s SYN queue holds three quarters of this many requests, SYNs from peers not seen before are dropped; the queue itself is bounded by the listen() backlog.',
      zh: '仅在关闭 SYN cookie 时起作用：监听 socket 的半连接队列达到该值的四分之三后，丢弃来自陌生对端的 SYN；队列本身的上限是 listen() 的 backlog。',
    },
    details: {
      en:
        'Server side, per listener. Every SYN that is answered with a SYN-ACK leaves a small request waiting for the client\'s final ACK.\n\n' +
        '- On current kernels a listener\'s SYN queue already counts as full once it holds more requests than its accept backlog (`min(backlog, somaxconn)`); new SYNs then get SYN cookies or are dropped.\n' +
        '- This key matters mostly with `tcp_syncookies=0`: once the queue is three quarters of this value, SYNs from clients not seen before are dropped.\n' +
        '- Watch `nstat -az TcpExtListenDrops TcpExtTCPReqQFullDrop TcpExtTCPReqQFullDoCookies`. For SYN floods, SYN cookies are the real defence.',
      zh:
        '作用于服务端，按监听 socket 计算。每个回复了 SYN-ACK 的 SYN 都会留下一个小的请求结构，等待客户端的第三次握手 ACK。\n\n' +
        '- 在当前内核中，监听 socket 的半连接队列只要超过它的 accept backlog（`min(backlog, somaxconn)`）就算满，新的 SYN 会改用 SYN cookie 应答或被丢弃。\n' +
        '- 这个参数主要在 `tcp_syncookies=0` 时起作用：队列超过它的四分之三后，来自陌生客户端的 SYN 会被丢弃。\n' +
        '- 观察 `nstat -az TcpExtListenDrops TcpExtTCPReqQFullDrop TcpExtTCPReqQFullDoCookies`。防御 SYN flood 真正靠的是 SYN cookie。',
    },
  },
  {
    key: 'net.ipv4.tcp_syncookies',
    type: 'enum',
    default: '1',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Never send SYN cookies; once the SYN queue is full, new SYNs are dropped.',
          zh: '从不使用 SYN cookie；半连接队列满后新的 SYN 直接丢弃。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Send SYN cookies only when a listener\'s SYN queue overflows (default).',
          zh: '只在监听 socket 的半连接队列溢出时才使用 SYN cookie（默认）。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'Always answer with SYN cookies, even without overflow; meant for testing.',
          zh: '不管队列是否溢出都使用 SYN cookie，一般只用于测试。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_max_syn_backlog', 'net.core.somaxconn', 'net.ipv4.tcp_timestamps'],
    summary: {
      en: 'Whether the kernel answers with SYN cookies when a listening socket\'s SYN queue overflows.',
      zh: '监听 socket 的半连接队列溢出时，内核是否改用 SYN cookie 应答。',
    },
    details: {
      en:
        'Server side. With a SYN cookie the server keeps no state for the half-open connection: it encodes it in the sequence number of its SYN-ACK and rebuilds it from the client\'s ACK.\n\n' +
        '- Lets legitimate clients in during a SYN flood.\n' +
        '- Cookie connections can lose TCP options (window scaling and SACK survive only when `tcp_timestamps` is on).\n' +
        '- Cookies under normal load mean the queues are too small or `accept()` is too slow: check `nstat -az TcpExtSyncookiesSent` and the kernel log for "Possible SYN flooding on port". Fix the queue, not the symptom.',
      zh:
        '作用于服务端。使用 SYN cookie 时服务端不为半连接保存任何状态：信息编码在 SYN-ACK 的序列号里，收到客户端 ACK 时再还原出来。\n\n' +
        '- 在 SYN flood 期间仍能让正常客户端连进来。\n' +
        '- 通过 cookie 建立的连接可能丢失部分 TCP 选项（只有开启 `tcp_timestamps` 时才能保留窗口扩大和 SACK）。\n' +
        '- 正常负载下也在发 cookie，说明队列太小或 `accept()` 太慢：查看 `nstat -az TcpExtSyncookiesSent`，以及内核日志中的 "Possible SYN flooding on port"。应当解决队列问题，而不是掩盖症状。',
    },
  },
  {
    key: 'net.ipv4.tcp_abort_on_overflow',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Drop the client\'s final ACK when the accept queue is full; the client retransmits and usually gets in once the queue drains (default).',
          zh: '全连接队列满时丢弃客户端的第三次握手 ACK，客户端会重传，队列腾出空位后通常能连上（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Answer with RST instead: the client sees "connection reset" at once.',
          zh: '改为直接回 RST，客户端立即看到 connection reset。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.core.somaxconn', 'net.ipv4.tcp_synack_retries'],
    summary: {
      en: 'What the server does with a completed handshake when the accept queue is full: drop it quietly or reset it.',
      zh: '全连接队列已满时，服务端如何处理刚完成握手的连接：悄悄丢弃还是回 RST。',
    },
    details: {
      en:
        'Server side. With the default 0 a short burst only costs clients a retransmission: the client already shows ESTABLISHED while the server still keeps the request in SYN_RECV.\n\n' +
        '- Set 1 only when a fast, visible failure is better than a slow one, e.g. behind a load balancer that retries another backend.\n' +
        '- It adds no capacity: fix a slow `accept()` loop or raise the backlog and `somaxconn`.\n' +
        '- Overflows are counted in `TcpExtListenOverflows` either way.',
      zh:
        '作用于服务端。默认值 0 下，短暂的突发只会让客户端多重传一次：此时客户端已显示 ESTABLISHED，而服务端仍把请求留在 SYN_RECV。\n\n' +
        '- 只有在“快速、明确地失败”比“慢慢失败”更好时才设为 1，例如负载均衡器后面、失败后会换一台后端重试的场景。\n' +
        '- 它不会增加处理能力：应当优化缓慢的 `accept()` 循环，或调大 backlog 和 `somaxconn`。\n' +
        '- 无论取值如何，溢出都会计入 `TcpExtListenOverflows`。',
    },
  },
  {
    key: 'net.ipv4.tcp_syn_retries',
    type: 'int',
    unit: 'retries',
    default: '6',
    range: { min: 1, max: 127 },
    perNamespace: true,
    related: ['net.ipv4.tcp_synack_retries', 'net.ipv4.tcp_syn_linear_timeouts'],
    summary: {
      en: 'How long `connect()` keeps retransmitting its SYN before it fails with ETIMEDOUT: the time this many retransmissions backing off from 1 s would take; the `tcp_syn_linear_timeouts` ones come on top of the count.',
      zh: '`connect()` 重传 SYN 坚持多久才以 ETIMEDOUT 失败：按从 1 秒起指数退避重传这么多次所需的时间计算；`tcp_syn_linear_timeouts` 的线性重传次数另外加在这个次数之上。',
    },
    details: {
      en:
        'Client side (SYN_SENT). Up to Linux 6.4 the retransmissions back off exponentially from a 1 s timeout, so the default 6 means about 127 s before `connect()` fails. Since 6.5 the first `tcp_syn_linear_timeouts` retransmissions (default 4) keep a 1 s timeout and are added to this count: 10 SYN retransmissions and about 131 s with both defaults.\n\n' +
        '- A destination that silently drops SYNs (firewall, security group, dead host) keeps sockets in SYN_SENT for the whole period; a closed port answers RST at once.\n' +
        '- Lower it (e.g. 2–3) on clients that must fail over quickly; per socket, use `TCP_SYNCNT` or an application connect timeout.',
      zh:
        '作用于客户端（SYN_SENT）。Linux 6.4 及之前，重传从 1 秒超时开始指数退避，默认 6 次意味着大约 127 秒后 `connect()` 才失败。6.5 起，前 `tcp_syn_linear_timeouts` 次重传（默认 4 次）保持 1 秒超时，并额外加在这个次数之上：两个参数都取默认值时共重传 10 次 SYN，约 131 秒后失败。\n\n' +
        '- 目标悄悄丢弃 SYN（防火墙、安全组、主机宕机）时，socket 会在 SYN_SENT 停留整个周期；端口未监听则会立即收到 RST。\n' +
        '- 需要快速切换后端的客户端可以调低（如 2–3）；针对单个 socket 可用 `TCP_SYNCNT` 或应用层连接超时。',
    },
  },
  {
    key: 'net.ipv4.tcp_synack_retries',
    type: 'int',
    unit: 'retries',
    default: '5',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_syn_retries', 'net.ipv4.tcp_max_syn_backlog', 'net.ipv4.tcp_abort_on_overflow'],
    summary: {
      en: 'How many times the server retransmits a SYN-ACK while it waits for the client\'s final ACK.',
      zh: '服务端在等待客户端第三次握手 ACK 时，SYN-ACK 最多重传几次。',
    },
    details: {
      en:
        'Server side (SYN_RECV). Starting at 1 s and doubling, the default 5 keeps a half-open request for about 63 s (1+2+4+8+16+32).\n\n' +
        '- The same retransmission happens when the accept queue was full and the client\'s ACK was dropped.\n' +
        '- Lowering it (2–3) empties the SYN queue faster during a SYN flood or when many clients vanish mid-handshake; too low hurts clients on lossy or long-distance paths.',
      zh:
        '作用于服务端（SYN_RECV）。从 1 秒开始成倍递增，默认 5 次会让一个半连接请求保留约 63 秒（1+2+4+8+16+32）。\n\n' +
        '- 全连接队列已满、客户端 ACK 被丢弃时，也会触发同样的重传。\n' +
        '- 调低（2–3）可以在 SYN flood 或大量客户端握手中途消失时更快腾空半连接队列；过低则会伤害丢包多或距离远的客户端。',
    },
  },
  {
    key: 'net.ipv4.tcp_fastopen',
    type: 'int',
    default: '1',
    since: '3.6',
    perNamespace: true,
    related: ['net.ipv4.tcp_syn_retries', 'net.ipv4.tcp_max_syn_backlog'],
    summary: {
      en: 'Bitmask that enables TCP Fast Open (data carried in the SYN) for clients and/or servers.',
      zh: '按位开启 TCP Fast Open（在 SYN 中携带数据）的客户端和/或服务端支持。',
    },
    details: {
      en:
        'TFO saves a round trip on repeat connections: the client presents a cookie obtained earlier and sends its first request inside the SYN.\n\n' +
        '- `0x1` client support (default), `0x2` server support, `3` both; `0x400` enables it on every listener without the `TCP_FASTOPEN` socket option.\n' +
        '- Applications must opt in: `MSG_FASTOPEN` or `TCP_FASTOPEN_CONNECT` on clients, `TCP_FASTOPEN` on listeners.\n' +
        '- Some middleboxes drop SYNs that carry data; if connection setup turns flaky after enabling it, switch it off first.',
      zh:
        'TFO 能为重复建立的连接省掉一个往返：客户端出示之前拿到的 cookie，直接在 SYN 里带上第一个请求。\n\n' +
        '- `0x1` 客户端支持（默认），`0x2` 服务端支持，`3` 两者都开；`0x400` 让所有监听 socket 无需设置 `TCP_FASTOPEN` 选项即启用。\n' +
        '- 应用必须主动使用：客户端用 `MSG_FASTOPEN` 或 `TCP_FASTOPEN_CONNECT`，监听端用 `TCP_FASTOPEN`。\n' +
        '- 部分中间设备会丢弃带数据的 SYN；开启后建连变得不稳定，先把它关掉排查。',
    },
  },
];
