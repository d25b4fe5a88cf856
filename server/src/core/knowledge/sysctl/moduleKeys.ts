import type { Localized } from '../../i18n/localized';
import type { SysctlKeyDoc } from '../types';
import { offOn } from './enumValues';

/**
 * Keys of modules that servers load and that install guides set: IPVS (kube-proxy in IPVS mode sets
 * the first four), SCTP and the NFS client's sunrpc. They exist only once the module is loaded, so a
 * sysctl file applied early at boot may fail on them (see sysctlBuildOptions.ts).
 *
 * Defaults and ranges from mainline: net/netfilter/ipvs/ip_vs_ctl.c (ip_vs_control_net_init_sysctl,
 * Documentation/networking/ipvs-sysctl.rst), net/sctp/protocol.c (sctp_defaults_init) with
 * include/net/sctp/constants.h and net/sctp/sysctl.c, and net/sunrpc/xprtsock.c with
 * include/linux/sunrpc/xprt.h (RPC_MIN_SLOT_TABLE 2, RPC_DEF_SLOT_TABLE 16, RPC_MAX_SLOT_TABLE_LIMIT
 * 65536, RPC_DEF_MIN_RESVPORT 665, RPC_DEF_MAX_RESVPORT 1023).
 */

const LOAD_MODULE_FIRST: Localized = {
  en: '- The directory appears when the `ip_vs` module is loaded; list it in `/etc/modules-load.d/` so the key exists when sysctl files are applied at boot.',
  zh: '- 这个目录在加载 `ip_vs` 模块后才出现；请把模块写进 `/etc/modules-load.d/`，保证开机应用 sysctl 配置时参数已经存在。',
};

const IPVS_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.vs.conntrack',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'IPVS keeps no conntrack entries for the connections it handles (default).', zh: 'IPVS 不为它处理的连接保留 conntrack 条目（默认）。' },
      { en: 'Keep conntrack entries, so iptables/nftables rules that match on connection state and NAT (masquerade) work for IPVS traffic.', zh: '保留 conntrack 条目，这样按连接状态匹配的 iptables/nftables 规则以及 NAT（masquerade）对 IPVS 流量也能生效。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.vs.conn_reuse_mode', 'net.netfilter.nf_conntrack_max'],
    summary: {
      en: 'Whether IPVS keeps netfilter connection-tracking entries for the connections it load-balances.',
      zh: 'IPVS 是否为它负载均衡的连接保留 netfilter 连接跟踪条目。',
    },
    details: {
      en:
        'Load balancer side. kube-proxy in IPVS mode sets it to 1 because its masquerade and filter rules are iptables rules that need conntrack. It costs a conntrack entry per balanced connection, so `nf_conntrack_max` must cover that traffic too.\n\n' +
        '- Needs a kernel built with CONFIG_IP_VS_NFCT.\n' +
        LOAD_MODULE_FIRST.en,
      zh:
        '作用于负载均衡器一侧。kube-proxy 的 IPVS 模式会把它设为 1，因为它的 masquerade 和过滤规则都是依赖 conntrack 的 iptables 规则。每条被均衡的连接都要占一个 conntrack 条目，所以 `nf_conntrack_max` 也要容纳这部分流量。\n\n' +
        '- 需要内核启用 CONFIG_IP_VS_NFCT。\n' +
        LOAD_MODULE_FIRST.zh,
    },
  },
  {
    key: 'net.ipv4.vs.conn_reuse_mode',
    type: 'int',
    default: '1',
    perNamespace: true,
    related: ['net.ipv4.vs.expire_nodest_conn', 'net.ipv4.vs.conntrack'],
    summary: {
      en: 'What IPVS does when a new connection reuses the source port of an old one it still tracks: keep it on the same real server, or schedule it afresh.',
      zh: '新连接复用了 IPVS 仍在跟踪的旧连接的源端口时怎么办：继续发往同一台真实服务器，还是重新调度。',
    },
    details: {
      en:
        'Load balancer side; a bitmap. 0 keeps the new connection on the real server of the old entry, even if that server is now overloaded. Bit 1 (the default 1) reschedules it when that is safe: the old TCP connection is in TIME_WAIT or CLOSE (for SCTP, CLOSED). Bit 2 also reschedules over TCP connections in FIN_WAIT, the last state a Direct Routing balancer sees. On 6.18 a real server that was removed or set to weight 0 is handled by `expire_nodest_conn` whatever this key says: its connections are rescheduled only when that key is 1, and with 0 the packets of a removed server are dropped.\n\n' +
        '- With 1 and conntrack on, kernels before 5.9 dropped the first SYN of such a reused port, adding a 1 s delay under heavy connection churn; kube-proxy therefore set 0 on those kernels. Since 5.9 the delay is gone and kube-proxy keeps 1.\n' +
        LOAD_MODULE_FIRST.en,
      zh:
        '作用于负载均衡器一侧，按位取值。0 表示新连接仍发往旧条目对应的真实服务器，即使它现在已经过载。第 1 位（默认值 1）表示在安全时重新调度：旧的 TCP 连接处于 TIME_WAIT 或 CLOSE（SCTP 为 CLOSED）。第 2 位还会对处于 FIN_WAIT 的 TCP 连接重新调度，这是直接路由（DR）模式下均衡器能看到的最后一个状态。在 6.18 上，真实服务器被删除或权重被设为 0 的情况由 `expire_nodest_conn` 决定，与本参数无关：只有它为 1 时这些连接才会被重新调度，为 0 时发往已删除服务器的报文会被丢弃。\n\n' +
        '- 取 1 且开启 conntrack 时，5.9 之前的内核会丢弃这种复用端口连接的第一个 SYN，在连接频繁新建时造成 1 秒延迟，所以 kube-proxy 在这些内核上设为 0。5.9 起这个延迟已消除，kube-proxy 保持 1。\n' +
        LOAD_MODULE_FIRST.zh,
    },
  },
  {
    key: 'net.ipv4.vs.expire_nodest_conn',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Silently drop packets of connections whose real server was removed (default); they continue if it comes back.', zh: '真实服务器被删除后，悄悄丢弃这些连接的报文（默认）；服务器恢复后连接可以继续。' },
      { en: 'Expire such a connection at its next packet, so the client learns at once that it is gone.', zh: '下一个报文到达时就让这种连接过期，客户端能立刻知道连接已断。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.vs.expire_quiescent_template', 'net.ipv4.vs.conn_reuse_mode'],
    summary: {
      en: 'Whether IPVS ends connections to a real server that has been removed, instead of silently dropping their packets.',
      zh: 'IPVS 是否结束指向已删除真实服务器的连接，而不是悄悄丢弃它们的报文。',
    },
    details: {
      en:
        'Load balancer side. With 0, clients of a deleted backend (a pod that went away) hang until their own timeouts; kube-proxy sets 1 so they fail fast and reconnect to a live backend.\n\n' +
        LOAD_MODULE_FIRST.en,
      zh:
        '作用于负载均衡器一侧。取 0 时，连接到已删除后端（例如已消失的 Pod）的客户端会一直挂起，直到自身超时；kube-proxy 设为 1，让它们快速失败并重连到存活的后端。\n\n' +
        LOAD_MODULE_FIRST.zh,
    },
  },
  {
    key: 'net.ipv4.vs.expire_quiescent_template',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Persistent clients keep going to a server whose weight was set to 0 (default).', zh: '会话保持的客户端继续发往权重已被设为 0 的服务器（默认）。' },
      { en: 'Expire the persistence template when its server is quiescent, so the client is scheduled to another one.', zh: '服务器处于静默状态（权重为 0）时让会话保持模板过期，客户端会被调度到其他服务器。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.vs.expire_nodest_conn'],
    summary: {
      en: 'Whether a persistent (sticky) client stops being sent to a real server whose weight was set to 0.',
      zh: '会话保持（粘性）的客户端，是否不再被发往权重已设为 0 的真实服务器。',
    },
    details: {
      en:
        'Load balancer side, for services with persistence (session affinity). Setting a server\'s weight to 0 is how a backend is drained; with 0 here, clients that have a persistence template keep reaching it for as long as the template lives. kube-proxy sets 1 so that draining works with session affinity.\n\n' +
        LOAD_MODULE_FIRST.en,
      zh:
        '作用于负载均衡器一侧，针对开启了会话保持（会话亲和）的服务。把服务器权重设为 0 是摘除后端的常规做法；这里取 0 时，已有会话保持模板的客户端在模板有效期内仍会被发往它。kube-proxy 设为 1，使会话亲和下也能正常摘流。\n\n' +
        LOAD_MODULE_FIRST.zh,
    },
  },
  {
    key: 'net.ipv4.vs.sloppy_tcp',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Create IPVS connections only from a SYN (default).', zh: '只根据 SYN 建立 IPVS 连接（默认）。' },
      { en: 'Also pick up TCP connections from any packet, e.g. on a backup director after failover.', zh: '任意 TCP 报文都可以建立连接，例如故障切换后在备用调度器上接管。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.vs.sloppy_sctp', 'net.ipv4.vs.sync_persist_mode'],
    summary: {
      en: 'Whether IPVS accepts a TCP connection it did not see start, creating its entry from any packet.',
      zh: 'IPVS 是否接受没有看到建立过程的 TCP 连接，根据任意报文建立连接条目。',
    },
    details: {
      en:
        'Load balancer side. Useful on a standby director that takes over connections without connection synchronisation, or with asymmetric paths. It also lets stray packets create entries, so leave it off otherwise.\n\n' +
        LOAD_MODULE_FIRST.en,
      zh:
        '作用于负载均衡器一侧。适用于没有做连接同步、需要接管现有连接的备用调度器，或者来回路径不对称的场景。它也会让零散的报文建立条目，所以其他情况下请保持关闭。\n\n' +
        LOAD_MODULE_FIRST.zh,
    },
  },
];

const SCTP_MODULE: Localized = {
  en: '- Exists once the `sctp` module is loaded; each network namespace has its own value, and sockets take it when they are created (applications can change theirs with SCTP socket options).',
  zh: '- 加载 `sctp` 模块后才存在；每个网络命名空间各有一份，socket 在创建时取用当时的值（应用可以用 SCTP socket 选项修改自己的值）。',
};

/** SCTP timers are in milliseconds and share one range (1 ms to one day). */
function sctpTimer(leaf: string, defaultMs: string, summary: Localized, details: Localized, related: readonly string[]): SysctlKeyDoc {
  return {
    key: `net.sctp.${leaf}`,
    type: 'int',
    unit: 'milliseconds',
    default: defaultMs,
    range: { min: 1, max: 86400000 },
    perNamespace: true,
    related,
    summary,
    details: { en: `${details.en}\n${SCTP_MODULE.en}`, zh: `${details.zh}\n${SCTP_MODULE.zh}` },
  };
}

function sctpCount(leaf: string, defaultCount: string, summary: Localized, details: Localized, related: readonly string[]): SysctlKeyDoc {
  return {
    key: `net.sctp.${leaf}`,
    type: 'int',
    unit: 'retries',
    default: defaultCount,
    range: { min: 1, max: 2147483647 },
    perNamespace: true,
    related,
    summary,
    details: { en: `${details.en}\n${SCTP_MODULE.en}`, zh: `${details.zh}\n${SCTP_MODULE.zh}` },
  };
}

const SCTP_KEYS: readonly SysctlKeyDoc[] = [
  sctpTimer(
    'rto_initial',
    '3000',
    { en: 'Retransmission timeout, in milliseconds, used before any round-trip time has been measured on a path.', zh: '在某条路径上还没测得往返时间之前使用的重传超时（毫秒）。' },
    {
      en: 'Both ends of an association. 3 s is the RFC 4960 value; telecom signalling (Diameter, SIGTRAN) often lowers it together with `rto_min` and `rto_max` to detect a dead path within seconds.\n\n- Keep `rto_min` ≤ `rto_initial` ≤ `rto_max`.',
      zh: '作用于关联的两端。3 秒是 RFC 4960 的取值；电信信令（Diameter、SIGTRAN）常把它和 `rto_min`、`rto_max` 一起调小，以便在几秒内发现路径失效。\n\n- 保持 `rto_min` ≤ `rto_initial` ≤ `rto_max`。',
    },
    ['net.sctp.rto_min', 'net.sctp.rto_max', 'net.sctp.path_max_retrans'],
  ),
  sctpTimer(
    'rto_min',
    '1000',
    { en: 'Lower bound, in milliseconds, of the SCTP retransmission timeout.', zh: 'SCTP 重传超时的下限（毫秒）。' },
    {
      en: 'Both ends. However short the measured round trip, a retransmission waits at least this long. Lowering it speeds up recovery on fast links at the price of spurious retransmissions.',
      zh: '作用于两端。无论测得的往返时间多短，重传至少要等这么久。调小可以加快高速链路上的恢复，代价是可能出现不必要的重传。',
    },
    ['net.sctp.rto_initial', 'net.sctp.rto_max'],
  ),
  sctpTimer(
    'rto_max',
    '60000',
    { en: 'Upper bound, in milliseconds, of the SCTP retransmission timeout as it backs off.', zh: 'SCTP 重传超时在退避过程中的上限（毫秒）。' },
    {
      en: 'Both ends. Together with `path_max_retrans` and `association_max_retrans` it sets how long a failure takes to be declared: with 60 s, a few backed-off retransmissions already take minutes.',
      zh: '作用于两端。它和 `path_max_retrans`、`association_max_retrans` 一起决定多久才判定失败：取 60 秒时，退避几次重传就要花好几分钟。',
    },
    ['net.sctp.rto_min', 'net.sctp.association_max_retrans', 'net.sctp.path_max_retrans'],
  ),
  sctpTimer(
    'hb_interval',
    '30000',
    { en: 'Interval, in milliseconds, between HEARTBEAT chunks on an idle path.', zh: '空闲路径上 HEARTBEAT 块的发送间隔（毫秒）。' },
    {
      en: 'Both ends. Heartbeats check idle paths of a multihomed association; each is sent about this long plus the path\'s RTO after the last one, jittered. Lower it to notice a dead standby path sooner.',
      zh: '作用于两端。心跳用来检查多宿主关联中的空闲路径；每次在上一次之后约“该值加上路径 RTO”再发送，并带有随机抖动。想更快发现备用路径失效就调小。',
    },
    ['net.sctp.path_max_retrans', 'net.sctp.rto_max'],
  ),
  sctpTimer(
    'valid_cookie_life',
    '60000',
    { en: 'Lifetime, in milliseconds, of the state cookie a server hands out in its INIT-ACK.', zh: '服务端在 INIT-ACK 中发出的状态 cookie 的有效期（毫秒）。' },
    {
      en: 'Server side. The client must echo the cookie (COOKIE-ECHO) within this time, or the server rejects it with a "stale cookie" error and the handshake starts over.',
      zh: '作用于服务端。客户端必须在这段时间内回送 cookie（COOKIE-ECHO），否则服务端以 “stale cookie” 错误拒绝，握手重新开始。',
    },
    ['net.sctp.max_init_retransmits'],
  ),
  {
    key: 'net.sctp.sack_timeout',
    type: 'int',
    unit: 'milliseconds',
    default: '200',
    range: { min: 1, max: 500 },
    perNamespace: true,
    related: ['net.sctp.rto_min'],
    summary: {
      en: 'How long, in milliseconds, a receiver may delay its SACK (SCTP\'s acknowledgement).',
      zh: '接收方最多可以把 SACK（SCTP 的确认）推迟多少毫秒。',
    },
    details: {
      en: `Receiving side. Like TCP's delayed ACK; RFC 4960 caps it at 500 ms, and so does the kernel.\n${SCTP_MODULE.en}`,
      zh: `作用于接收方。相当于 TCP 的延迟确认；RFC 4960 规定不超过 500 毫秒，内核也是这样限制的。\n${SCTP_MODULE.zh}`,
    },
  },
  sctpCount(
    'association_max_retrans',
    '10',
    { en: 'Retransmissions, over all paths, after which the whole association is declared dead and aborted.', zh: '在所有路径上累计重传多少次后，判定整个关联失效并中止。' },
    {
      en: 'Both ends. Should be at least the sum of `path_max_retrans` over the paths, or the association dies while a path is still considered usable.',
      zh: '作用于两端。应不小于各路径 `path_max_retrans` 之和，否则还有路径被认为可用时关联就已被中止。',
    },
    ['net.sctp.path_max_retrans', 'net.sctp.rto_max'],
  ),
  sctpCount(
    'path_max_retrans',
    '5',
    { en: 'Retransmissions on one path after which that path is marked inactive and traffic moves to another.', zh: '一条路径上重传多少次后把它标记为不可用，流量转到其他路径。' },
    {
      en: 'Both ends of a multihomed association. Lower values fail over faster; `pf_retrans` can move traffic away even earlier without declaring the path dead.',
      zh: '作用于多宿主关联的两端。取值越小切换越快；`pf_retrans` 可以在不判定路径失效的前提下更早地把流量移走。',
    },
    ['net.sctp.association_max_retrans', 'net.sctp.hb_interval'],
  ),
  sctpCount(
    'max_init_retransmits',
    '8',
    { en: 'Retransmissions of INIT and COOKIE-ECHO before an association attempt gives up.', zh: '建立关联时 INIT 和 COOKIE-ECHO 最多重传几次，之后放弃。' },
    {
      en: 'Connecting side; SCTP\'s counterpart of `tcp_syn_retries`. With the default RTO backoff from `rto_initial`, 8 attempts take minutes; lower it when the application fails over to another peer itself.',
      zh: '作用于发起方，相当于 SCTP 版的 `tcp_syn_retries`。按默认从 `rto_initial` 开始的退避，8 次要花好几分钟；如果应用自己会切换到另一个对端，可以调小。',
    },
    ['net.sctp.rto_initial', 'net.sctp.valid_cookie_life', 'net.ipv4.tcp_syn_retries'],
  ),
];

const SUNRPC_MODULE: Localized = {
  en: '- Exists once the `sunrpc` module is loaded (by the NFS client or server). Set early at boot it may fail; `options sunrpc …` in `/etc/modprobe.d/` sets it at load time instead. One value for the whole machine.',
  zh: '- 加载 `sunrpc` 模块（NFS 客户端或服务端会加载它）后才存在。开机过早设置可能会失败；可以改用 `/etc/modprobe.d/` 中的 `options sunrpc …` 在模块加载时设置。整台机器只有一个值。',
};

/** nfs_debug is no module parameter of sunrpc (net/sunrpc/sysctl.c), so `options sunrpc …` cannot set it. */
const SUNRPC_DEBUG_MODULE: Localized = {
  en: '- Exists once the `sunrpc` module is loaded (by the NFS client or server). It is not a module parameter, so `options sunrpc …` cannot set it; apply it after the module is loaded. One value for the whole machine.',
  zh: '- 加载 `sunrpc` 模块（NFS 客户端或服务端会加载它）后才存在。它不是模块参数，不能用 `options sunrpc …` 设置，需要在模块加载后再设置。整台机器只有一个值。',
};

const SUNRPC_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'sunrpc.tcp_slot_table_entries',
    type: 'int',
    unit: 'entries',
    default: '2',
    range: { min: 2, max: 65536 },
    perNamespace: false,
    related: ['sunrpc.tcp_max_slot_table_entries', 'sunrpc.udp_slot_table_entries'],
    summary: {
      en: 'RPC request slots an NFS client preallocates per TCP connection; more are added on demand up to `tcp_max_slot_table_entries`.',
      zh: 'NFS 客户端为每条 TCP 连接预先分配的 RPC 请求槽位数；不够时按需增加，直到 `tcp_max_slot_table_entries`。',
    },
    details: {
      en:
        `NFS client side. Each slot is one outstanding RPC. Since slots grow dynamically (Linux 3.1 and later), this is only the starting number; database install guides that set 128 come from kernels with a fixed table, where it was the real limit.\n\n` +
        `- To cap concurrency per mount (some filers stall under hundreds of outstanding requests), set \`tcp_max_slot_table_entries\` instead.\n${SUNRPC_MODULE.en}`,
      zh:
        `作用于 NFS 客户端。每个槽位对应一个未完成的 RPC 请求。Linux 3.1 起槽位可以动态增长，这个值只是初始数量；数据库安装指南里设成 128 的做法来自槽位表固定大小的老内核，那时它才是真正的上限。\n\n` +
        `- 想限制每个挂载的并发（有些存储在几百个未完成请求时会卡顿），应设置 \`tcp_max_slot_table_entries\`。\n${SUNRPC_MODULE.zh}`,
    },
  },
  {
    key: 'sunrpc.tcp_max_slot_table_entries',
    type: 'int',
    unit: 'entries',
    default: '65536',
    range: { min: 2, max: 65536 },
    perNamespace: false,
    related: ['sunrpc.tcp_slot_table_entries'],
    summary: {
      en: 'Most RPC requests an NFS client keeps outstanding on one TCP connection.',
      zh: 'NFS 客户端在一条 TCP 连接上最多同时保持多少个未完成的 RPC 请求。',
    },
    details: {
      en: `NFS client side. The default effectively means no limit. Vendors of some NAS systems recommend 128 or fewer so one busy client cannot flood the server's queues.\n${SUNRPC_MODULE.en}`,
      zh: `作用于 NFS 客户端。默认值相当于不设上限。有些 NAS 厂商建议设为 128 或更小，避免一个繁忙的客户端塞满服务端的队列。\n${SUNRPC_MODULE.zh}`,
    },
  },
  {
    key: 'sunrpc.udp_slot_table_entries',
    type: 'int',
    unit: 'entries',
    default: '16',
    range: { min: 2, max: 65536 },
    perNamespace: false,
    related: ['sunrpc.tcp_slot_table_entries'],
    summary: {
      en: 'RPC request slots per NFS-over-UDP transport: the most requests outstanding at once.',
      zh: '每个基于 UDP 的 NFS 传输的 RPC 请求槽位数，即同时未完成请求的上限。',
    },
    details: {
      en: `NFS client side, only for mounts with \`proto=udp\` (NFSv3 at most; current kernels disable NFS over UDP by default).\n${SUNRPC_MODULE.en}`,
      zh: `作用于 NFS 客户端，只影响 \`proto=udp\` 的挂载（最多用于 NFSv3；当前内核默认已禁用基于 UDP 的 NFS）。\n${SUNRPC_MODULE.zh}`,
    },
  },
  {
    key: 'sunrpc.min_resvport',
    type: 'int',
    unit: 'ports',
    default: '665',
    range: { min: 1, max: 65535 },
    perNamespace: false,
    related: ['sunrpc.max_resvport'],
    summary: {
      en: 'Lowest privileged source port the RPC client binds to when talking to an NFS server.',
      zh: 'RPC 客户端连接 NFS 服务端时绑定的特权源端口的下限。',
    },
    details: {
      en:
        'NFS client side. Servers exporting with `secure` (the default) accept requests only from ports below 1024, so the client picks one in `min_resvport`–`max_resvport`. With many mounts the 359 ports of the default range can run out, and mounts fail with "port in use" errors.\n\n' +
        `- Widening it downwards can collide with services listening on low ports; reserve those with \`ip_local_reserved_ports\`.\n${SUNRPC_MODULE.en}`,
      zh:
        '作用于 NFS 客户端。以 `secure`（默认）导出的服务端只接受来自 1024 以下端口的请求，所以客户端会在 `min_resvport`–`max_resvport` 之间选一个端口。挂载很多时，默认范围的 359 个端口可能用完，挂载会因端口被占用而失败。\n\n' +
        `- 向下扩大范围可能与监听低端口的服务冲突；请用 \`ip_local_reserved_ports\` 预留这些端口。\n${SUNRPC_MODULE.zh}`,
    },
  },
  {
    key: 'sunrpc.max_resvport',
    type: 'int',
    unit: 'ports',
    default: '1023',
    range: { min: 1, max: 65535 },
    perNamespace: false,
    related: ['sunrpc.min_resvport'],
    summary: {
      en: 'Highest privileged source port the RPC client binds to when talking to an NFS server.',
      zh: 'RPC 客户端连接 NFS 服务端时绑定的特权源端口的上限。',
    },
    details: {
      en: `NFS client side. Keep it at 1023 or below for servers that export with \`secure\`, and at least \`min_resvport\`.\n${SUNRPC_MODULE.en}`,
      zh: `作用于 NFS 客户端。对以 \`secure\` 导出的服务端，要保持在 1023 及以下，并且不小于 \`min_resvport\`。\n${SUNRPC_MODULE.zh}`,
    },
  },
  {
    key: 'sunrpc.nfs_debug',
    type: 'int',
    default: '0',
    perNamespace: false,
    related: ['sunrpc.rpc_debug', 'sunrpc.nfsd_debug', 'sunrpc.nlm_debug'],
    summary: {
      en: 'Bitmask of NFS client debug messages written to the kernel log; 0 turns them off.',
      zh: 'NFS 客户端调试信息的位掩码，信息写入内核日志；0 表示关闭。',
    },
    details: {
      en:
        'NFS client side. Set it with `rpcdebug -m nfs -s <flags>` rather than by number, and only while debugging: the messages are verbose and slow the client down. Left non-zero in a sysctl file it floods the log.\n\n' +
        `- Needs a kernel built with CONFIG_SUNRPC_DEBUG.\n${SUNRPC_DEBUG_MODULE.en}`,
      zh:
        '作用于 NFS 客户端。建议用 `rpcdebug -m nfs -s <flags>` 设置而不是直接写数字，并且只在排障期间打开：这些信息很多，还会拖慢客户端。在 sysctl 配置里一直留着非零值会刷满日志。\n\n' +
        `- 需要内核启用 CONFIG_SUNRPC_DEBUG。\n${SUNRPC_DEBUG_MODULE.zh}`,
    },
  },
];

/** Keys that exist once IPVS, SCTP or sunrpc is loaded. */
export const MODULE_KEYS_DOCS: readonly SysctlKeyDoc[] = [...IPVS_KEYS, ...SCTP_KEYS, ...SUNRPC_KEYS];
