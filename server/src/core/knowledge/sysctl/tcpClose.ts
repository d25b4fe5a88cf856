import type { SysctlKeyDoc } from '../types';

/** Keys that govern the four-way close: FIN_WAIT2, TIME_WAIT and orphaned sockets. */
export const TCP_CLOSE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.tcp_fin_timeout',
    type: 'int',
    unit: 'seconds',
    default: '60',
    perNamespace: true,
    related: ['net.ipv4.tcp_max_orphans', 'net.ipv4.tcp_orphan_retries', 'net.ipv4.tcp_tw_reuse'],
    summary: {
      en: 'How long an orphaned socket (already closed by the application) may wait in FIN_WAIT2 for the peer\'s FIN.',
      zh: '已被应用 close() 的孤儿 socket 在 FIN_WAIT2 中等待对端 FIN 的最长时间。',
    },
    details: {
      en:
        'Active-closer side. After our FIN has been acknowledged we wait for the peer to close its half. Once the application has closed the socket nobody can read from it any more, so the kernel gives up after this many seconds.\n\n' +
        '- It does **not** shorten TIME_WAIT, a very common misunderstanding: TIME_WAIT is a fixed 60 s (`TCP_TIMEWAIT_LEN`) compiled into the kernel.\n' +
        '- A socket half-closed with `shutdown(SHUT_WR)` and still owned by the application is not affected and may stay in FIN_WAIT2 indefinitely.\n' +
        '- Lowering it (e.g. 15–30) reclaims memory on servers whose clients often never send their FIN.',
      zh:
        '作用于主动关闭方。本端 FIN 被确认后，要等对端关闭它那一半。应用既然已关闭 socket，就不会再有人读取它，所以内核等待这么多秒后放弃。\n\n' +
        '- 它**不能**缩短 TIME_WAIT，这是非常常见的误解：TIME_WAIT 固定为 60 秒（`TCP_TIMEWAIT_LEN`），写死在内核代码里。\n' +
        '- 用 `shutdown(SHUT_WR)` 半关闭、仍由应用持有的 socket 不受影响，可以无限期停在 FIN_WAIT2。\n' +
        '- 客户端经常不发 FIN 的服务器上，调低它（如 15–30）可以更快回收内存。',
    },
  },
  {
    key: 'net.ipv4.tcp_tw_reuse',
    type: 'enum',
    default: '2',
    defaultChanges: [{ version: '4.18', from: '0', to: '2' }],
    values: [
      {
        value: '0',
        meaning: {
          en: 'Never let a new outgoing connection take over a TIME_WAIT socket.',
          zh: '从不允许新发起的连接接管 TIME_WAIT 连接。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Allow it for any outgoing connection when TCP timestamps make it safe.',
          zh: '只要 TCP 时间戳能保证安全，所有主动发起的连接都可以复用。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'Allow it only for loopback traffic (default).',
          zh: '只对回环（loopback）流量允许复用（默认）。',
        },
        since: '4.18',
      },
    ],
    perNamespace: true,
    related: [
      'net.ipv4.tcp_tw_reuse_delay',
      'net.ipv4.tcp_timestamps',
      'net.ipv4.ip_local_port_range',
      'net.ipv4.tcp_max_tw_buckets',
      'net.ipv4.tcp_tw_recycle',
    ],
    summary: {
      en: 'Whether a new outgoing connection may take over the 4-tuple of a connection that is still in TIME_WAIT.',
      zh: '新发起的连接能否直接接管仍处于 TIME_WAIT 的连接的四元组。',
    },
    details: {
      en:
        'Connecting side only. It helps a client that opens many short connections to the same destination and runs out of local ports (`connect()` fails with EADDRNOTAVAIL). It does nothing for a server whose TIME_WAIT sockets come from accepted connections.\n\n' +
        '- Requires `tcp_timestamps` on both ends: PAWS then rejects stray segments of the old connection.\n' +
        '- Since 6.14 reuse is allowed `tcp_tw_reuse_delay` ms after the socket entered TIME_WAIT; older kernels use a coarse, hard-coded one-second check.\n' +
        '- 1 is reasonable for outgoing traffic and far safer than the removed `tcp_tw_recycle`, but reusing connections (keep-alive, pools) is the real fix.',
      zh:
        '只作用于发起连接的一端。它帮助那些向同一目标频繁建立短连接、临时端口耗尽（`connect()` 报 EADDRNOTAVAIL）的客户端；对于 TIME_WAIT 来自被动接入连接的服务端毫无作用。\n\n' +
        '- 需要两端都开启 `tcp_timestamps`：靠 PAWS 拒绝旧连接的残留报文。\n' +
        '- 从 6.14 起，socket 进入 TIME_WAIT 满 `tcp_tw_reuse_delay` 毫秒后即可复用；更早的内核使用写死的、以秒为粒度的判断。\n' +
        '- 对主动发起的流量设为 1 是合理的，比已被移除的 `tcp_tw_recycle` 安全得多；但真正的解决办法是复用连接（keep-alive、连接池）。',
    },
  },
  {
    key: 'net.ipv4.tcp_tw_reuse_delay',
    type: 'int',
    unit: 'milliseconds',
    default: '1000',
    range: { min: 1, max: 60000 },
    since: '6.14',
    perNamespace: true,
    related: ['net.ipv4.tcp_tw_reuse', 'net.ipv4.tcp_timestamps'],
    summary: {
      en: 'How long, in milliseconds, a socket must have been in TIME_WAIT before tcp_tw_reuse may hand its 4-tuple to a new connection.',
      zh: 'socket 进入 TIME_WAIT 后至少经过多少毫秒，tcp_tw_reuse 才能把它的四元组交给新连接。',
    },
    details: {
      en:
        'Connecting side, and only where `tcp_tw_reuse` applies. Before 6.14 the kernel used a coarse, hard-coded one-second check instead.\n\n' +
        '- The delay protects PAWS: the peer\'s timestamp clock must have ticked since the old connection, and an unknown peer may tick only once per second.\n' +
        '- Lower it only when you know both ends (e.g. hosts in one data centre with millisecond timestamp clocks) and short connections still exhaust ports.\n' +
        '- The maximum, 60000, equals the TIME_WAIT length.',
      zh:
        '作用于发起连接的一端，且只在 `tcp_tw_reuse` 生效时有意义。6.14 之前内核用的是写死的、以秒为粒度的判断。\n\n' +
        '- 这个延迟是为了保护 PAWS：对端的时间戳时钟必须在旧连接之后至少走过一格，而陌生对端可能每秒才走一格。\n' +
        '- 只有在两端都可控（如同一机房、时间戳时钟精度为毫秒），短连接仍然耗尽端口时才调低。\n' +
        '- 最大值 60000 正好等于 TIME_WAIT 的时长。',
    },
  },
  {
    key: 'net.ipv4.tcp_tw_recycle',
    type: 'bool',
    default: '0',
    removedIn: '4.12',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Normal TIME_WAIT handling (default).',
          zh: '正常处理 TIME_WAIT（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Expire TIME_WAIT sockets early and drop SYNs whose timestamp is older than the last one seen from the same IP address.',
          zh: '提前回收 TIME_WAIT，并丢弃时间戳比同一 IP 上次记录的值更旧的 SYN。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_tw_reuse', 'net.ipv4.tcp_timestamps'],
    summary: {
      en: 'Recycled TIME_WAIT sockets early using per-host timestamps, which broke clients behind NAT; removed in 4.12.',
      zh: '曾依据按主机记录的时间戳提前回收 TIME_WAIT，导致 NAT 后面的客户端连不上；已在 4.12 移除。',
    },
    details: {
      en:
        'The kernel remembered the last TCP timestamp seen from each IP address and dropped SYNs carrying an older one. Behind NAT many hosts share one address but have unrelated timestamp clocks, so their SYNs were silently dropped: random connect timeouts that were very hard to trace.\n\n' +
        '- After 4.10 randomized timestamp offsets per connection, the check was wrong even without NAT, and 4.12 removed the key.\n' +
        '- On current kernels `sysctl -p` reports "cannot stat /proc/sys/net/ipv4/tcp_tw_recycle": delete the line from the configuration.\n' +
        '- For port exhaustion use connection reuse, a wider `ip_local_port_range` or `tcp_tw_reuse`.',
      zh:
        '内核会记住每个 IP 最近一次的 TCP 时间戳，并丢弃时间戳更旧的 SYN。NAT 后面的多台主机共用一个地址，时间戳时钟却互不相关，它们的 SYN 就会被悄悄丢掉：表现为随机的连接超时，极难排查。\n\n' +
        '- 4.10 起时间戳偏移按连接随机化，即使没有 NAT 这个检查也不再成立，于是 4.12 删除了该参数。\n' +
        '- 在当前内核上执行 `sysctl -p` 会报 "cannot stat /proc/sys/net/ipv4/tcp_tw_recycle"：把这一行从配置中删掉即可。\n' +
        '- 临时端口耗尽应当靠复用连接、扩大 `ip_local_port_range` 或 `tcp_tw_reuse` 解决。',
    },
  },
  {
    key: 'net.ipv4.tcp_max_tw_buckets',
    type: 'int',
    unit: 'sockets',
    default: null,
    defaultNote: {
      en: 'Set at boot to half the number of TCP hash buckets, which scales with RAM (131072 on a 24 GiB test machine).',
      zh: '开机时设为 TCP 哈希桶数量的一半，而桶数随内存而定（在一台 24 GiB 内存的测试机上为 131072）。',
    },
    perNamespace: true,
    related: ['net.ipv4.tcp_tw_reuse', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_max_orphans'],
    summary: {
      en: 'Maximum number of TIME_WAIT sockets kept at the same time.',
      zh: '同时保留的 TIME_WAIT socket 的最大数量。',
    },
    details: {
      en:
        'Affects whichever side closes first. Above the limit no TIME_WAIT socket is created: the connection is destroyed at once and `TcpExtTCPTimeWaitOverflow` increases. Current kernels log nothing; the message "TCP: time wait bucket table overflow" that old guides quote comes from 2.6-era kernels (RHEL 6 and older), and RHEL 7\'s 3.10 already only counts.\n\n' +
        '- A TIME_WAIT socket is small (well under 1 KB), so raising the limit is cheap.\n' +
        '- Lowering it to "get rid of" TIME_WAIT throws away the protection against late segments of old connections; change the traffic pattern instead (keep-alive, pools, letting the client close first).',
      zh:
        '作用于先关闭连接的一端。超过上限后不再创建 TIME_WAIT socket，连接被立即销毁，`TcpExtTCPTimeWaitOverflow` 计数增加。当前内核不会打印任何日志；老文档里引用的 "TCP: time wait bucket table overflow" 来自 2.6 时代的内核（RHEL 6 及更早），RHEL 7 的 3.10 就已经只计数不打印了。\n\n' +
        '- 单个 TIME_WAIT socket 很小（远小于 1 KB），调大上限代价很低。\n' +
        '- 靠调低它来“消灭” TIME_WAIT，等于放弃对旧连接迟到报文的防护；应当改变流量模式（keep-alive、连接池、让客户端先关闭）。',
    },
  },
  {
    key: 'net.ipv4.tcp_orphan_retries',
    type: 'int',
    unit: 'retries',
    default: '0',
    defaultNote: {
      en: '0 is special: the kernel then uses 8 retries.',
      zh: '0 是特殊值：此时内核按 8 次处理。',
    },
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_max_orphans', 'net.ipv4.tcp_retries2', 'net.ipv4.tcp_fin_timeout'],
    summary: {
      en: 'How long the kernel keeps retransmitting on a connection the application has already closed (FIN_WAIT1, CLOSING, LAST_ACK) before killing it, given as a number of retransmissions backing off from 200 ms.',
      zh: '对于应用已关闭的连接（FIN_WAIT1、CLOSING、LAST_ACK），内核坚持重传多久才放弃，以“从 200 毫秒起指数退避重传的次数”表示。',
    },
    details: {
      en:
        'Applies to orphaned sockets, i.e. after `close()`: usually the FIN of the closing side plus any data still queued before it. The default 0 means 8: a budget of about 102 s (a 200 ms timeout doubled eight times), so when the peer is gone such a socket lingers for roughly two minutes, longer when its RTO is large.\n\n' +
        '- Zero-window probes to a peer that stopped reading count against the same limit.\n' +
        '- Lowering it (e.g. 2–3) on busy web servers frees FIN_WAIT1 and LAST_ACK sockets and their send buffers sooner.',
      zh:
        '作用于孤儿 socket，即应用 `close()` 之后的连接：通常是关闭方的 FIN，以及排在它前面尚未发完的数据。默认值 0 表示 8 次，即约 102 秒的预算（从 200 毫秒起翻倍 8 次），所以对端消失时这类 socket 大约会存活两分钟，RTO 较大时更久。\n\n' +
        '- 向不再读数据的对端发送的零窗口探测，也计入同一上限。\n' +
        '- 繁忙的 Web 服务器上调低它（如 2–3），可以更快释放 FIN_WAIT1、LAST_ACK socket 及其发送缓冲区。',
    },
  },
  {
    key: 'net.ipv4.tcp_max_orphans',
    type: 'int',
    unit: 'sockets',
    default: null,
    defaultNote: {
      en: 'Set at boot from the size of the TCP hash table, i.e. from RAM (131072 on a 24 GiB test machine).',
      zh: '开机时根据 TCP 哈希表大小（也就是内存大小）设定（在一台 24 GiB 内存的测试机上为 131072）。',
    },
    perNamespace: false,
    related: ['net.ipv4.tcp_orphan_retries', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_mem'],
    summary: {
      en: 'System-wide maximum number of orphaned TCP sockets: closed by the application but still finishing the close.',
      zh: '全系统孤儿 TCP socket 的上限：应用已关闭、但关闭过程尚未完成的连接。',
    },
    details: {
      en:
        'Orphans are sockets in FIN_WAIT1, FIN_WAIT2, CLOSING or LAST_ACK whose file descriptor is gone. Above the limit the kernel resets them right away and logs "too many orphaned sockets"; `TcpExtTCPAbortOnMemory` counts it.\n\n' +
        '- Each orphan may still hold unsent data, up to its send buffer.\n' +
        '- Current count: the `orphan` field in `/proc/net/sockstat`.\n' +
        '- Raise it if a legitimately busy server hits the message; never lower it as a tuning trick.',
      zh:
        '孤儿 socket 指文件描述符已经关闭、仍处于 FIN_WAIT1、FIN_WAIT2、CLOSING 或 LAST_ACK 的 socket。超过上限时内核会立即重置它们，并记录 "too many orphaned sockets"，`TcpExtTCPAbortOnMemory` 计数。\n\n' +
        '- 每个孤儿 socket 仍可能占着未发送的数据，最多达到其发送缓冲区大小。\n' +
        '- 当前数量：`/proc/net/sockstat` 中的 `orphan` 字段。\n' +
        '- 确实繁忙的服务器出现这条日志时调大它；不要把调低它当作优化手段。',
    },
  },
  {
    key: 'net.ipv4.tcp_rfc1337',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'An RST received in TIME_WAIT ends the TIME_WAIT socket early (default).',
          zh: 'TIME_WAIT 期间收到 RST 会提前结束该 socket（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Ignore RSTs in TIME_WAIT and wait the full period, as RFC 1337 recommends.',
          zh: '忽略 TIME_WAIT 期间收到的 RST，等满整个周期，符合 RFC 1337 的建议。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_tw_reuse', 'net.ipv4.tcp_max_tw_buckets'],
    summary: {
      en: 'Whether a TIME_WAIT socket ignores incoming RSTs (protection against "TIME_WAIT assassination").',
      zh: 'TIME_WAIT socket 是否忽略收到的 RST（防止所谓的 “TIME_WAIT 暗杀”）。',
    },
    details: {
      en:
        'Active-closer side. RFC 1337 shows how a stray RST can end TIME_WAIT early and let old duplicate segments corrupt a new connection with the same 4-tuple.\n\n' +
        '- 1 keeps the socket for the full 60 s: a small robustness gain with no performance cost.\n' +
        '- It never reduces the number of TIME_WAIT sockets; it can only keep some of them a little longer.',
      zh:
        '作用于主动关闭方。RFC 1337 描述了一个游离的 RST 如何提前结束 TIME_WAIT，使旧的重复报文干扰同一四元组上的新连接。\n\n' +
        '- 设为 1 会让 socket 保留满 60 秒：稳健性略有提升，没有性能代价。\n' +
        '- 它不会减少 TIME_WAIT 的数量，只可能让其中一部分多停留一会儿。',
    },
  },
];
