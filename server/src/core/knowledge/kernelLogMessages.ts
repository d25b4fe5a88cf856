import type { Localized } from '../i18n/localized';

/**
 * The kernel log messages of the network stack that an SRE pastes next to a socket dump, with the
 * format strings of the kernels that print them. Each wording was read in the kernel trees named in
 * `versions` (mirrors of 3.10.105, 4.18, 5.4.273, 5.14, 5.15.100, 6.8 and 6.18.2, and older 2.4/2.6
 * sources and netdev patches where a wording is older than those); a range end written as "…" means
 * "still printed by the newest tree read".
 */
export type KernelMessageKind =
  | 'syn-flood'
  | 'conntrack-full'
  | 'tcp-out-of-memory'
  | 'tcp-too-many-orphans'
  | 'out-of-socket-memory'
  | 'neighbour-overflow'
  | 'time-wait-overflow';

/** One format string as the kernel prints it: `pr_fmt` prefixes included, `\n` left out. */
export interface KernelFormatString {
  /** The whole line as printed, printf conversions as in the source. */
  readonly format: string;
  readonly file: string;
  readonly function: string;
  /** The kernels that print it, as far as the trees read tell (`…`: still in the newest tree read). */
  readonly versions: string;
  /** Where the wording was read: kernel trees (by version) or a patch (by its subject). */
  readonly readIn: string;
  /** What else the source says about it: the prefix, how often it is printed, what `%s` holds. */
  readonly note?: Localized;
}

export interface KernelMessageDoc {
  readonly kind: KernelMessageKind;
  /** A short name for the panel and the diagnostic. */
  readonly title: Localized;
  /** What the kernel is saying, in our words. */
  readonly meaning: Localized;
  /** What usually makes it print this. */
  readonly causes: Localized;
  /** What to look at and what to tune. */
  readonly check: Localized;
  /** The sysctl keys the message is about, compared with the workspace's values in the diagnostic. */
  readonly relatedKeys: readonly string[];
  /** Whether the kernel limits the message through net_ratelimit (then `net_ratelimit: N callbacks suppressed` hides repeats). */
  readonly rateLimited: boolean;
  readonly wordings: readonly KernelFormatString[];
}

/**
 * `net_ratelimit()` (net/core/utils.c) lets ten network messages through every five seconds; the
 * ones it holds back are only counted, and `___ratelimit` (lib/ratelimit.c) prints the count, named
 * after the caller: `net_ratelimit: %d callbacks suppressed`.
 */
export const RATELIMIT_SUPPRESSED: KernelFormatString = {
  format: '%s: %d callbacks suppressed',
  file: 'lib/ratelimit.c',
  function: '___ratelimit',
  versions: '3.10 … 6.18',
  readIn: '3.10, 6.18',
  note: {
    en: 'For the net_*_ratelimited messages the name printed is net_ratelimit.',
    zh: '对 net_*_ratelimited 系列消息，打印的名字是 net_ratelimit。',
  },
};

export const RATELIMIT_DOC = {
  title: { en: 'messages held back by net_ratelimit', zh: '被 net_ratelimit 抑制的消息' },
  meaning: {
    en: 'The kernel lets only a few network warnings per interval reach the log; this line says how many more it held back since the last one it printed. Those held back can be any net_ratelimit message (conntrack table full, orphans, tcp_mem, neighbour table, SYN flood on newer kernels), so the real number of events is the lines you see plus this count. net.core.message_burst (10) and net.core.message_cost (5 s) set the pace.',
    zh: '内核在一段时间内只让少量网络告警写进日志；这一行说明从上一条打印的消息以来又有多少条被压下没有打印。被压下的可以是任何经过 net_ratelimit 的消息（conntrack 表满、孤儿连接、tcp_mem、邻居表溢出、新内核的 SYN flood 等），所以实际事件数是看到的行数再加上这个数字。放行的节奏由 net.core.message_burst（10 条）和 net.core.message_cost（5 秒）决定。',
  },
} satisfies Record<string, Localized>;

export const KERNEL_MESSAGES: readonly KernelMessageDoc[] = [
  {
    kind: 'syn-flood',
    title: { en: 'SYN queue of a listener full (possible SYN flooding)', zh: '监听端口的半连接队列已满（possible SYN flooding）' },
    meaning: {
      en: 'A listening socket received a SYN while its queue of half-open connections (SYN_RECV) was already full. With `Sending cookies` the kernel answered with a SYN cookie instead of keeping state, so the client can still connect (without some TCP options such as window scaling on older kernels); with `Dropping request` tcp_syncookies is off and the SYN was thrown away, so the client retries after a second or more. The kernel prints it once per listening socket, not once per SYN.',
      zh: '某个监听 socket 在半连接队列（SYN_RECV）已满时又收到了 SYN。若写的是 `Sending cookies`，内核改用 SYN cookie 应答而不保存连接状态，客户端仍能连上（老内核上会丢失窗口扩大等部分 TCP 选项）；若写的是 `Dropping request`，说明 tcp_syncookies 已关闭，这个 SYN 被直接丢弃，客户端要等一秒以上再重传。每个监听 socket 只打印一次，而不是每个 SYN 打印一次。',
    },
    causes: {
      en: 'A real SYN flood, or simply more connection attempts than the queue holds: a burst of clients after a restart, a backlog passed to listen() that is too small, or an application that accepts too slowly (a full accept queue makes the SYN queue fill up too).',
      zh: '真正的 SYN 洪泛攻击，或者只是新建连接太多、队列装不下：重启后客户端集中重连、listen() 传入的 backlog 太小，或者应用 accept 太慢（全连接队列满了也会连带半连接队列被占满）。',
    },
    check: {
      en: 'Compare `nstat -az TcpExtListenOverflows TcpExtListenDrops TcpExtTCPReqQFullDoCookies TcpExtTCPReqQFullDrop` between two runs, and the listener\'s Send-Q (the backlog) in `ss -ltn`. The SYN queue is bounded by the listen() backlog, capped by net.core.somaxconn, and by net.ipv4.tcp_max_syn_backlog; keep net.ipv4.tcp_syncookies = 1 so a full queue costs TCP options rather than connections.',
      zh: '两次运行 `nstat -az TcpExtListenOverflows TcpExtListenDrops TcpExtTCPReqQFullDoCookies TcpExtTCPReqQFullDrop` 对比增量，并查看 `ss -ltn` 中监听端口的 Send-Q（即 backlog）。半连接队列的长度受 listen() 的 backlog（上限为 net.core.somaxconn）和 net.ipv4.tcp_max_syn_backlog 约束；保持 net.ipv4.tcp_syncookies = 1，队列满时只损失部分 TCP 选项而不会丢连接。',
    },
    relatedKeys: ['net.ipv4.tcp_max_syn_backlog', 'net.core.somaxconn', 'net.ipv4.tcp_syncookies'],
    rateLimited: true,
    wordings: [
      {
        format: 'TCP: %s: Possible SYN flooding on port %pI4:%u. %s.',
        file: 'net/ipv4/tcp_input.c',
        function: 'tcp_syn_flood_action',
        versions: '6.2 … 6.18',
        readIn: '6.8, 6.18; netdev patch "tcp: Add listening address to SYN flood message" (Nov 2022)',
        note: {
          en: 'The first %s is the request socket cache name (request_sock_TCP; request_sock_subflow_v4 for MPTCP), the last "Sending cookies" or "Dropping request". Printed once per listening socket, through net_ratelimit.',
          zh: '第一个 %s 是请求 socket 的缓存名（request_sock_TCP；MPTCP 为 request_sock_subflow_v4），最后一个是 "Sending cookies" 或 "Dropping request"。每个监听 socket 只打印一次，并受 net_ratelimit 限速。',
        },
      },
      {
        format: 'TCP: %s: Possible SYN flooding on port [%pI6c]:%u. %s.',
        file: 'net/ipv4/tcp_input.c',
        function: 'tcp_syn_flood_action',
        versions: '6.2 … 6.18',
        readIn: '6.8, 6.18',
        note: { en: 'IPv6 listeners (request_sock_TCPv6).', zh: 'IPv6 监听 socket（request_sock_TCPv6）。' },
      },
      {
        format: 'TCP: %s: Possible SYN flooding on port %d. %s.  Check SNMP counters.',
        file: 'net/ipv4/tcp_input.c',
        function: 'tcp_syn_flood_action',
        versions: '4.x … 6.1',
        readIn: '4.18, 5.4, 5.14, 5.15',
        note: {
          en: 'The first %s is the request socket cache name, request_sock_TCP or request_sock_TCPv6. Printed once per listening socket, through net_ratelimit.',
          zh: '第一个 %s 是请求 socket 的缓存名：request_sock_TCP 或 request_sock_TCPv6。每个监听 socket 只打印一次，并受 net_ratelimit 限速。',
        },
      },
      {
        format: 'TCP: %s: Possible SYN flooding on port %d. %s.  Check SNMP counters.',
        file: 'net/ipv4/tcp_ipv4.c',
        function: 'tcp_syn_flood_action',
        versions: '3.x',
        readIn: '3.10',
        note: {
          en: 'The first %s is "TCP" or "TCPv6", so the line starts with `TCP: TCP:` (CentOS 7 and other 3.10 kernels). Printed once per listening socket.',
          zh: '第一个 %s 是 "TCP" 或 "TCPv6"，所以这一行以 `TCP: TCP:` 开头（CentOS 7 等 3.10 内核）。每个监听 socket 只打印一次。',
        },
      },
      {
        format: 'possible SYN flooding on port %d. Sending cookies.',
        file: 'net/ipv4/tcp_ipv4.c',
        function: 'syn_flood_warning',
        versions: '2.2 … 2.6.x',
        readIn: '2.2, 2.4 and 2.6 trees (syn_flood_warning)',
        note: {
          en: 'Only with CONFIG_SYN_COOKIES, at most once a minute for the whole host.',
          zh: '仅在启用 CONFIG_SYN_COOKIES 时打印，全机每分钟最多一次。',
        },
      },
    ],
  },
  {
    kind: 'conntrack-full',
    title: { en: 'conntrack table full, packets dropped', zh: 'conntrack 连接跟踪表已满，丢包' },
    meaning: {
      en: 'netfilter connection tracking had no room for a new flow, so the packet that would have created it was dropped. New connections through this host (or to it, with stateful firewall rules or NAT) fail or time out while established ones keep working.',
      zh: 'netfilter 连接跟踪表没有空位记录新的流，于是本该创建新条目的数据包被丢弃。经过本机（或在有状态防火墙、NAT 规则下访问本机）的新连接会失败或超时，已建立的连接不受影响。',
    },
    causes: {
      en: 'More tracked flows than net.netfilter.nf_conntrack_max: high connection rates with long timeouts (TIME_WAIT and ESTABLISHED entries live long: nf_conntrack_tcp_timeout_established is 5 days by default), a flood, or a NAT gateway or Kubernetes node carrying many clients.',
      zh: '被跟踪的流超过了 net.netfilter.nf_conntrack_max：新建连接速率高而超时时间长（TIME_WAIT、ESTABLISHED 条目存活很久，nf_conntrack_tcp_timeout_established 默认是 5 天）、遭受洪泛，或者本机是承载大量客户端的 NAT 网关、Kubernetes 节点。',
    },
    check: {
      en: 'Compare net.netfilter.nf_conntrack_count with net.netfilter.nf_conntrack_max and look at `conntrack -S` (drop, early_drop, insert_failed). Raise nf_conntrack_max (each entry takes a few hundred bytes of kernel memory) together with the hash size (nf_conntrack_buckets, or the nf_conntrack module\'s hashsize), shorten the TCP timeouts, or exempt busy flows with NOTRACK/CT rules.',
      zh: '对比 net.netfilter.nf_conntrack_count 与 net.netfilter.nf_conntrack_max，并查看 `conntrack -S`（drop、early_drop、insert_failed）。可以调大 nf_conntrack_max（每个条目占用几百字节内核内存），同时调大哈希桶数（nf_conntrack_buckets，或 nf_conntrack 模块的 hashsize 参数），缩短 TCP 相关超时，或用 NOTRACK/CT 规则让高流量的流不经过连接跟踪。',
    },
    relatedKeys: ['net.netfilter.nf_conntrack_max', 'net.netfilter.nf_conntrack_buckets', 'net.nf_conntrack_max'],
    rateLimited: true,
    wordings: [
      {
        format: 'nf_conntrack: nf_conntrack: table full, dropping packet',
        file: 'net/netfilter/nf_conntrack_core.c',
        function: '__nf_conntrack_alloc',
        versions: '4.x … 6.18',
        readIn: '4.18, 5.4, 5.14, 5.15, 6.8, 6.18',
        note: {
          en: 'The file adds its module name in front of every message (pr_fmt), so the prefix appears twice. Limited by net_ratelimit.',
          zh: '该源文件通过 pr_fmt 给每条消息加上模块名前缀，所以前缀出现了两次。受 net_ratelimit 限速。',
        },
      },
      {
        format: 'nf_conntrack: nf_conntrack: table full in netns %u, dropping packet',
        file: 'net/netfilter/nf_conntrack_core.c',
        function: '__nf_conntrack_alloc',
        versions: '6.x … 6.18',
        readIn: '6.18 (6.8 has no such line)',
        note: {
          en: 'The table of a network namespace other than the host\'s (a container) is full; the number is the namespace\'s inode (`ls -l /proc/<pid>/ns/net`).',
          zh: '满的是主机以外某个网络命名空间（容器）的表；数字是该命名空间的 inode 号（`ls -l /proc/<pid>/ns/net` 可查）。',
        },
      },
      {
        format: 'nf_conntrack: table full, dropping packet',
        file: 'net/netfilter/nf_conntrack_core.c',
        function: '__nf_conntrack_alloc',
        versions: '2.6.x … 3.x',
        readIn: '3.10',
        note: { en: 'Limited by net_ratelimit.', zh: '受 net_ratelimit 限速。' },
      },
    ],
  },
  {
    kind: 'tcp-out-of-memory',
    title: { en: 'TCP memory above tcp_mem', zh: 'TCP 内存超过 tcp_mem 上限' },
    meaning: {
      en: 'All TCP sockets together use more memory than the third value of net.ipv4.tcp_mem (counted in pages, usually 4 KiB). The kernel then refuses to grow socket buffers and closes orphaned connections it cannot afford; applications see stalls, resets and retransmissions.',
      zh: '所有 TCP socket 合计使用的内存超过了 net.ipv4.tcp_mem 的第三个值（单位是页，通常 4 KiB）。此时内核拒绝再扩大 socket 缓冲区，并关闭负担不起的孤儿连接；应用会看到卡顿、连接被重置和重传。',
    },
    causes: {
      en: 'Many connections with data queued: peers that read slowly (large Send-Q), applications that do not read (large Recv-Q), or very large tcp_rmem/tcp_wmem maximums multiplied by many sockets. tcp_mem itself is sized at boot from RAM, so it can also be too low on a small machine or after someone set it by hand.',
      zh: '大量连接的队列里积压着数据：对端读得慢（Send-Q 大）、应用自己不读（Recv-Q 大），或者 tcp_rmem/tcp_wmem 的上限很大又乘以大量连接。tcp_mem 本身是开机时按内存大小算出来的，小内存机器或被人手工改小后也可能偏低。',
    },
    check: {
      en: 'Read the `TCP: ... mem N` field of /proc/net/sockstat (pages) against tcp_mem, and look for sockets with big queues (`ss -tnm`, the Recv-Q/Send-Q columns). Fix the slow readers first; raise tcp_mem (three values in pages: no pressure, pressure, hard limit) only when the memory is really there.',
      zh: '把 /proc/net/sockstat 中 `TCP: ... mem N`（单位为页）与 tcp_mem 对比，并找出队列很大的连接（`ss -tnm`，看 Recv-Q/Send-Q 列）。先解决读得慢的一方；只有确实有空闲内存时才调大 tcp_mem（三个值，单位为页：无压力、压力、硬上限）。',
    },
    relatedKeys: ['net.ipv4.tcp_mem', 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'],
    rateLimited: true,
    wordings: [
      {
        format: 'TCP: out of memory -- consider tuning tcp_mem',
        file: 'net/ipv4/tcp.c',
        function: 'tcp_check_oom',
        versions: '3.2 … 6.18',
        readIn: '3.10 … 6.18',
        note: { en: 'Limited by net_ratelimit.', zh: '受 net_ratelimit 限速。' },
      },
    ],
  },
  {
    kind: 'tcp-too-many-orphans',
    title: { en: 'too many orphaned TCP sockets', zh: '孤儿 TCP 连接过多' },
    meaning: {
      en: 'More TCP sockets that no process holds any more (closed by the application, still finishing their close in FIN_WAIT1, CLOSING or LAST_ACK) than net.ipv4.tcp_max_orphans allows. The kernel resets such connections at once instead of finishing the close politely.',
      zh: '已不属于任何进程的 TCP 连接（应用已关闭、仍在 FIN_WAIT1、CLOSING 或 LAST_ACK 中完成关闭）超过了 net.ipv4.tcp_max_orphans。内核会立即重置这些连接，而不是按正常流程关闭。',
    },
    causes: {
      en: 'Peers that stop acknowledging during the close (gone clients, lossy links, a load balancer dropping idle flows), many short connections closed with unsent data, or a limit lowered by hand. The kernel counts an orphan two or four times when its peer has been silent or sent ICMP errors, so it can print this below the limit.',
      zh: '对端在关闭过程中不再确认（客户端已经消失、链路丢包、负载均衡器丢掉了空闲流）、大量短连接在还有数据未发完时被关闭，或者上限被手工调低。当对端长时间无响应或发来 ICMP 错误时，内核会把一个孤儿连接按两倍或四倍计算，所以可能在未到上限时就打印这条消息。',
    },
    check: {
      en: 'Count orphans in /proc/net/sockstat (`orphan`) or `ss -s`, and list the stuck ones with `ss -tan state fin-wait-1` / `state last-ack`. Lower net.ipv4.tcp_orphan_retries to free them sooner; raise net.ipv4.tcp_max_orphans only with the memory for it (each orphan may hold up to tcp_wmem bytes).',
      zh: '在 /proc/net/sockstat（`orphan` 字段）或 `ss -s` 中查看孤儿连接数，用 `ss -tan state fin-wait-1` / `state last-ack` 列出卡住的连接。调小 net.ipv4.tcp_orphan_retries 可以更快释放它们；只有内存充足时才调大 net.ipv4.tcp_max_orphans（每个孤儿连接最多可能占用 tcp_wmem 大小的内存）。',
    },
    relatedKeys: ['net.ipv4.tcp_max_orphans', 'net.ipv4.tcp_orphan_retries'],
    rateLimited: true,
    wordings: [
      {
        format: 'TCP: too many orphaned sockets',
        file: 'net/ipv4/tcp.c',
        function: 'tcp_check_oom',
        versions: '3.5 … 6.18',
        readIn: '3.10 … 6.18',
        note: { en: 'Limited by net_ratelimit.', zh: '受 net_ratelimit 限速。' },
      },
      {
        format: 'TCP: too many of orphaned sockets',
        file: 'net/ipv4/tcp.c',
        function: 'tcp_close',
        versions: '2.4 … 3.4',
        readIn: '2.4 tcp_close',
        note: {
          en: 'Printed by tcp_close until tcp_check_oom took it over (3.2); the prefix was part of the string. Limited by net_ratelimit.',
          zh: '先由 tcp_close 打印，3.2 起改由 tcp_check_oom 打印；当时前缀直接写在字符串里。受 net_ratelimit 限速。',
        },
      },
    ],
  },
  {
    kind: 'out-of-socket-memory',
    title: { en: 'Out of socket memory (orphans or tcp_mem)', zh: 'Out of socket memory（孤儿连接或 tcp_mem）' },
    meaning: {
      en: 'The wording of older kernels for two different limits: either more orphaned TCP sockets than net.ipv4.tcp_max_orphans, or TCP memory above net.ipv4.tcp_mem. Despite its words it rarely means the machine is out of memory. The kernel reset the connection it was handling.',
      zh: '老内核对两种不同上限共用的提示：要么孤儿 TCP 连接数超过 net.ipv4.tcp_max_orphans，要么 TCP 内存超过 net.ipv4.tcp_mem。虽然字面是“内存不足”，但很少真的表示整机内存耗尽。内核重置了当时正在处理的连接。',
    },
    causes: {
      en: 'The same as the two messages that replaced it from Linux 3.2 on: orphans piling up when peers stop acknowledging the close, or socket buffers full of data nobody reads.',
      zh: '与 Linux 3.2 起取代它的两条消息相同：对端不再确认关闭导致孤儿连接堆积，或者 socket 缓冲区里堆满了没人读的数据。',
    },
    check: {
      en: 'Look at both: `orphan` and `mem` in /proc/net/sockstat against net.ipv4.tcp_max_orphans and net.ipv4.tcp_mem (pages).',
      zh: '两方面都要看：把 /proc/net/sockstat 中的 `orphan` 和 `mem` 分别与 net.ipv4.tcp_max_orphans、net.ipv4.tcp_mem（单位为页）对比。',
    },
    relatedKeys: ['net.ipv4.tcp_max_orphans', 'net.ipv4.tcp_mem'],
    rateLimited: true,
    wordings: [
      {
        format: 'Out of socket memory',
        file: 'net/ipv4/tcp_timer.c',
        function: 'tcp_out_of_resources',
        versions: '2.4 … 3.1',
        readIn: '2.4, 2.6.16, 2.6.38 tcp_timer.c',
        note: {
          en: 'Replaced by the two messages of tcp_check_oom, which tell the two limits apart. Limited by net_ratelimit.',
          zh: '后来被 tcp_check_oom 的两条消息取代，以区分两种上限。受 net_ratelimit 限速。',
        },
      },
    ],
  },
  {
    kind: 'neighbour-overflow',
    title: { en: 'neighbour (ARP/NDP) table full', zh: '邻居表（ARP/NDP）已满' },
    meaning: {
      en: 'The neighbour table (ARP for IPv4 `arp_cache`, NDP for IPv6 `ndisc_cache`) reached gc_thresh3 and garbage collection could free nothing, so no entry could be made for a new neighbour: packets to that address are dropped and connections to it fail.',
      zh: '邻居表（IPv4 的 ARP 表 `arp_cache`，IPv6 的 NDP 表 `ndisc_cache`）达到了 gc_thresh3，垃圾回收也释放不出条目，因此无法为新的邻居建表项：发往该地址的数据包被丢弃，连接失败。',
    },
    causes: {
      en: 'More directly reachable hosts than the table allows: a big flat subnet (/16 or larger), a router or Kubernetes node talking to many pods or peers, or a scan of a local subnet creating incomplete entries.',
      zh: '直连可达的主机数超过了表的容量：大的扁平网段（/16 或更大）、与大量 Pod 或对端通信的路由器或 Kubernetes 节点，或者对本地网段的扫描产生了大量未完成的表项。',
    },
    check: {
      en: 'Count entries with `ip -4 neigh show | wc -l` (and `ip -6 neigh`) and compare with net.ipv4.neigh.default.gc_thresh3 (net.ipv6.neigh.default.* for ndisc_cache). Raise gc_thresh1/2/3 together (gc_thresh1 below which nothing is collected, gc_thresh2 the soft limit, gc_thresh3 the hard limit) above the number of neighbours you expect.',
      zh: '用 `ip -4 neigh show | wc -l`（以及 `ip -6 neigh`）统计表项数，与 net.ipv4.neigh.default.gc_thresh3 对比（ndisc_cache 对应 net.ipv6.neigh.default.*）。同时调大 gc_thresh1/2/3（gc_thresh1 以下不回收，gc_thresh2 为软上限，gc_thresh3 为硬上限），使其高于预期的邻居数量。',
    },
    relatedKeys: ['net.ipv4.neigh.default.gc_thresh1', 'net.ipv4.neigh.default.gc_thresh2', 'net.ipv4.neigh.default.gc_thresh3'],
    rateLimited: true,
    wordings: [
      {
        format: 'neighbour: %s: neighbor table overflow!',
        file: 'net/core/neighbour.c',
        function: 'neigh_alloc',
        versions: '4.x … 6.18',
        readIn: '3.10, 4.18, 5.4, 5.14, 5.15, 6.8, 6.18',
        note: {
          en: '%s is the table: arp_cache (IPv4) or ndisc_cache (IPv6). Limited by net_ratelimit.',
          zh: '%s 是表名：arp_cache（IPv4）或 ndisc_cache（IPv6）。受 net_ratelimit 限速。',
        },
      },
      {
        format: 'Neighbour table overflow.',
        file: 'net/ipv4/route.c, net/ipv6/route.c',
        function: 'rt_intern_hash',
        versions: '2.4 … 3.5',
        readIn: '2.4, 2.6 route.c',
        note: {
          en: 'Printed by the IPv4 route cache (and IPv6 routing) when no neighbour entry could be bound to a route; the route cache was removed in 3.6. Limited by net_ratelimit.',
          zh: '由 IPv4 路由缓存（以及 IPv6 路由）在无法为路由绑定邻居表项时打印；路由缓存在 3.6 中被移除。受 net_ratelimit 限速。',
        },
      },
    ],
  },
  {
    kind: 'time-wait-overflow',
    title: { en: 'TIME_WAIT bucket table full', zh: 'TIME_WAIT 桶表已满' },
    meaning: {
      en: 'A connection closed first by this host should have entered TIME_WAIT, but there were already net.ipv4.tcp_max_tw_buckets TIME_WAIT sockets (or no memory for one), so the kernel closed it at once. Newer kernels only count this (TcpExtTCPTimeWaitOverflow) without a log line.',
      zh: '本机主动关闭的连接本应进入 TIME_WAIT，但 TIME_WAIT 数量已达到 net.ipv4.tcp_max_tw_buckets（或分配不到内存），于是内核直接关闭了它。新内核只计数（TcpExtTCPTimeWaitOverflow），不再打印日志。',
    },
    causes: {
      en: 'Many short connections closed by this side: an HTTP client or proxy without keep-alive, health checks, a connection pool that churns.',
      zh: '本端主动关闭了大量短连接：不使用长连接的 HTTP 客户端或代理、健康检查、频繁重建的连接池。',
    },
    check: {
      en: 'Count TIME_WAIT with `ss -tan state time-wait | wc -l` against net.ipv4.tcp_max_tw_buckets. Reuse connections (keep-alive, pools) first; net.ipv4.tcp_tw_reuse lets outgoing connections reuse TIME_WAIT ports safely.',
      zh: '用 `ss -tan state time-wait | wc -l` 统计 TIME_WAIT 数量并与 net.ipv4.tcp_max_tw_buckets 对比。优先复用连接（keep-alive、连接池）；net.ipv4.tcp_tw_reuse 可以让主动发起的连接安全地复用 TIME_WAIT 端口。',
    },
    relatedKeys: ['net.ipv4.tcp_max_tw_buckets', 'net.ipv4.tcp_tw_reuse'],
    rateLimited: true,
    wordings: [
      {
        format: 'TCP: time wait bucket table overflow',
        file: 'net/ipv4/tcp_minisocks.c',
        function: 'tcp_time_wait',
        versions: '2.4 … 3.x',
        readIn: '2.4, 2.6 tcp_minisocks.c, 3.10',
        note: {
          en: 'Limited by net_ratelimit (later LIMIT_NETDEBUG); 3.10 only counts TcpExtTCPTimeWaitOverflow.',
          zh: '受 net_ratelimit 限速（后来改为 LIMIT_NETDEBUG）；3.10 只增加 TcpExtTCPTimeWaitOverflow 计数。',
        },
      },
    ],
  },
];

const BY_KIND: ReadonlyMap<KernelMessageKind, KernelMessageDoc> = new Map(KERNEL_MESSAGES.map((doc) => [doc.kind, doc]));

export function kernelMessageDoc(kind: KernelMessageKind): KernelMessageDoc {
  return BY_KIND.get(kind)!;
}
