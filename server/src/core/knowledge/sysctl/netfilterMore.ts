import type { Localized } from '../../i18n/localized';
import type { SysctlKeyDoc, SysctlUnit, SysctlValueType } from '../types';

/**
 * Connection-tracking keys of older kernels and of protocols few people track: the IPv4-only
 * `net.ipv4.netfilter.ip_conntrack_*` aliases of 3.x kernels, DCCP and UDP-Lite tracking, the
 * event re-delivery timer, automatic helper assignment and the flowtable timeouts.
 *
 * Facts from the kernel sources: the 3.10 tree the catalogs name (net/netfilter/nf_conntrack_proto_*.c
 * `ctl_compat_table` entries sharing the data of the `nf_conntrack_*` keys, built with
 * CONFIG_NF_CONNTRACK_PROC_COMPAT and registered by nf_conntrack_ipv4; nf_conntrack_ecache.c;
 * nf_conntrack_proto_udplite.c), and net/netfilter/nf_conntrack_standalone.c and
 * nf_conntrack_proto_dccp.c of 5.10–6.12 (timeouts in seconds: request 240, respond 480, partopen
 * 480, open 43200, closereq 64, closing 64, timewait 240; dccp_loose 1, proc_dou8vec_minmax 0–1). `removedIn` is set only where the release
 * is known; otherwise the catalogs give the range.
 */

/** The seconds-based files print whole seconds, so 300 ms shows as 0. */
const ROUNDED_TO_SECONDS: Localized = {
  en: 'The timer is 300 ms; the file counts whole seconds, so `sysctl` prints 0.',
  zh: '实际定时器是 300 毫秒；该文件以整秒计，所以 `sysctl` 显示为 0。',
};

const COMPAT_NOTE: Localized = {
  en:
    '- Only on kernels built with CONFIG_NF_CONNTRACK_PROC_COMPAT, once `nf_conntrack_ipv4` is loaded (RHEL 7\'s 3.10 is such a kernel). Reading or writing it acts on the same value as the `net.netfilter` name, for IPv4 and IPv6 alike.\n' +
    '- Later kernels dropped these aliases: write the `net.netfilter.nf_conntrack_*` name, which every kernel since 2.6.26 has, and configuration keeps working after an upgrade.',
  zh:
    '- 仅在启用 CONFIG_NF_CONNTRACK_PROC_COMPAT 编译、且已加载 `nf_conntrack_ipv4` 的内核上存在（RHEL 7 的 3.10 就是这样）。读写它与读写对应的 `net.netfilter` 参数是同一个值，对 IPv4 和 IPv6 都生效。\n' +
    '- 后来的内核去掉了这些别名：请改写 `net.netfilter.nf_conntrack_*` 名称，2.6.26 以来的内核都有它，升级内核后配置依然有效。',
};

interface CompatAlias {
  readonly leaf: string;
  readonly modern: string;
  readonly type: SysctlValueType;
  readonly unit?: SysctlUnit;
  readonly default: string | null;
  readonly defaultNote?: Localized;
  /** What the value means, as a clause after "Old IPv4 name of <modern>:". */
  readonly what: Localized;
}

function compatAlias(alias: CompatAlias): SysctlKeyDoc {
  const key = `net.ipv4.netfilter.ip_conntrack_${alias.leaf}`;
  return {
    key,
    type: alias.type,
    ...(alias.unit ? { unit: alias.unit } : {}),
    default: alias.default,
    ...(alias.defaultNote ? { defaultNote: alias.defaultNote } : {}),
    ...(alias.type === 'bool'
      ? {
          values: [
            { value: '0', meaning: { en: 'Off.', zh: '关闭。' } },
            { value: '1', meaning: { en: 'On.', zh: '开启。' } },
          ],
        }
      : {}),
    // Timeouts go through proc_dointvec_jiffies, which bounds nothing (a negative number is stored).
    ...(alias.type === 'int' && alias.unit !== 'seconds' ? { range: { min: 0 } } : {}),
    perNamespace: true,
    related: [alias.modern],
    summary: {
      en: `Old IPv4-only name of \`${alias.modern}\`: ${alias.what.en}`,
      zh: `\`${alias.modern}\` 的旧 IPv4 名称：${alias.what.zh}`,
    },
    details: {
      en: `Connection tracking (netfilter), 3.x kernels.\n\n${COMPAT_NOTE.en}`,
      zh: `连接跟踪（netfilter），3.x 内核。\n\n${COMPAT_NOTE.zh}`,
    },
  };
}

const seconds = (what: Localized): Pick<CompatAlias, 'type' | 'unit' | 'what'> => ({ type: 'int', unit: 'seconds', what });

const COMPAT_ALIASES: readonly SysctlKeyDoc[] = [
  compatAlias({ leaf: 'buckets', modern: 'net.netfilter.nf_conntrack_buckets', type: 'int', unit: 'entries', default: null, defaultNote: { en: 'Read-only; sized from RAM at boot.', zh: '只读；开机时按内存大小确定。' }, what: { en: 'the size of the conntrack hash table (read-only here).', zh: 'conntrack 哈希表的大小（这里只读）。' } }),
  compatAlias({ leaf: 'count', modern: 'net.netfilter.nf_conntrack_count', type: 'int', unit: 'entries', default: null, defaultNote: { en: 'A live counter, not a setting.', zh: '实时计数，不是配置项。' }, what: { en: 'how many entries the current network namespace tracks right now (read-only).', zh: '当前网络命名空间此刻跟踪的条目数（只读）。' } }),
  compatAlias({ leaf: 'checksum', modern: 'net.netfilter.nf_conntrack_checksum', type: 'bool', default: '1', what: { en: 'whether conntrack verifies checksums and treats bad packets as invalid.', zh: 'conntrack 是否校验校验和，并把校验失败的报文当作 invalid。' } }),
  compatAlias({ leaf: 'log_invalid', modern: 'net.netfilter.nf_conntrack_log_invalid', type: 'int', default: '0', what: { en: 'the protocol number whose invalid packets are logged (0: none, 255: all).', zh: '记录哪个协议号的 invalid 报文（0 不记录，255 全部记录）。' } }),
  compatAlias({ leaf: 'generic_timeout', modern: 'net.netfilter.nf_conntrack_generic_timeout', default: '600', ...seconds({ en: 'how long an entry of an untracked protocol lives without traffic.', zh: '未专门跟踪的协议，其条目在没有流量时保留多久。' }) }),
  compatAlias({ leaf: 'icmp_timeout', modern: 'net.netfilter.nf_conntrack_icmp_timeout', default: '30', ...seconds({ en: 'how long an ICMP entry (echo request and reply) lives.', zh: 'ICMP 条目（echo 请求与应答）保留多久。' }) }),
  compatAlias({ leaf: 'udp_timeout', modern: 'net.netfilter.nf_conntrack_udp_timeout', default: '30', ...seconds({ en: 'how long a UDP flow that has seen traffic one way only is kept.', zh: '只有单向流量的 UDP 流保留多久。' }) }),
  compatAlias({ leaf: 'udp_timeout_stream', modern: 'net.netfilter.nf_conntrack_udp_timeout_stream', default: '180', ...seconds({ en: 'how long a UDP flow with replies (a "stream") is kept.', zh: '有回包的 UDP 流（"stream"）保留多久。' }) }),
  compatAlias({ leaf: 'tcp_loose', modern: 'net.netfilter.nf_conntrack_tcp_loose', type: 'bool', default: '1', what: { en: 'whether connections already open when tracking started are picked up mid-stream.', zh: '开始跟踪时已经建立的连接，是否从中途接管。' } }),
  compatAlias({ leaf: 'tcp_be_liberal', modern: 'net.netfilter.nf_conntrack_tcp_be_liberal', type: 'bool', default: '0', what: { en: 'whether out-of-window TCP segments are accepted instead of marked invalid.', zh: '窗口外的 TCP 报文是否放行，而不是标为 invalid。' } }),
  compatAlias({ leaf: 'tcp_max_retrans', modern: 'net.netfilter.nf_conntrack_tcp_max_retrans', type: 'int', unit: 'retries', default: '3', what: { en: 'how many unanswered retransmissions move an entry to the short max_retrans timeout.', zh: '连续多少次未被确认的重传后，条目改用较短的 max_retrans 超时。' } }),
  compatAlias({ leaf: 'tcp_timeout_syn_sent', modern: 'net.netfilter.nf_conntrack_tcp_timeout_syn_sent', default: '120', ...seconds({ en: 'lifetime of an entry after the first SYN.', zh: '发出第一个 SYN 之后条目的存活时间。' }) }),
  {
    // Not an alias: net/netfilter/nf_conntrack_proto_tcp.c of 3.10 points it at timeouts[TCP_CONNTRACK_SYN_SENT2],
    // which no net.netfilter key shares; 6.18 still has the state and its 2-minute timeout, without a sysctl.
    ...compatAlias({ leaf: 'tcp_timeout_syn_sent2', modern: 'net.netfilter.nf_conntrack_tcp_timeout_syn_sent', default: '120', ...seconds({ en: '', zh: '' }) }),
    summary: {
      en: 'Lifetime of a TCP entry in SYN_SENT2, the simultaneous-open state (a SYN seen from the reply side as well); its own timer, with no `net.netfilter` twin.',
      zh: 'TCP 条目处于 SYN_SENT2（同时打开：应答方向也出现了 SYN）时的存活时间；这是单独的定时器，`net.netfilter` 下没有对应参数。',
    },
    details: {
      en:
        'Connection tracking (netfilter), 3.x kernels.\n\n' +
        '- Only on kernels built with CONFIG_NF_CONNTRACK_PROC_COMPAT, once `nf_conntrack_ipv4` is loaded (RHEL 7\'s 3.10 is such a kernel). Unlike the other `ip_conntrack_*` names it is not a second name of a `net.netfilter` key: it sets the SYN_SENT2 timeout, for IPv4 and IPv6 alike, and `nf_conntrack_tcp_timeout_syn_sent` does not change it.\n' +
        '- Later kernels keep the SYN_SENT2 state and its 120 s timeout but offer no sysctl for it; a conntrack timeout policy (`nfct timeout`) can still set it. Drop the line from configuration meant for new kernels.',
      zh:
        '连接跟踪（netfilter），3.x 内核。\n\n' +
        '- 仅在启用 CONFIG_NF_CONNTRACK_PROC_COMPAT 编译、且已加载 `nf_conntrack_ipv4` 的内核上存在（RHEL 7 的 3.10 就是这样）。与其他 `ip_conntrack_*` 名称不同，它不是某个 `net.netfilter` 参数的别名：它设置的是 SYN_SENT2 状态的超时，对 IPv4 和 IPv6 都生效，改 `nf_conntrack_tcp_timeout_syn_sent` 不会影响它。\n' +
        '- 后来的内核仍保留 SYN_SENT2 状态及其 120 秒超时，但不再提供对应的 sysctl；仍可以用 conntrack 超时策略（`nfct timeout`）设置。面向新内核的配置应删掉这一行。',
    },
  },
  compatAlias({ leaf: 'tcp_timeout_syn_recv', modern: 'net.netfilter.nf_conntrack_tcp_timeout_syn_recv', default: '60', ...seconds({ en: 'lifetime after the SYN-ACK.', zh: '收到 SYN-ACK 之后条目的存活时间。' }) }),
  compatAlias({ leaf: 'tcp_timeout_established', modern: 'net.netfilter.nf_conntrack_tcp_timeout_established', default: '432000', ...seconds({ en: 'how long an idle established connection stays tracked (5 days).', zh: '空闲的已建立连接保持跟踪多久（5 天）。' }) }),
  compatAlias({ leaf: 'tcp_timeout_fin_wait', modern: 'net.netfilter.nf_conntrack_tcp_timeout_fin_wait', default: '120', ...seconds({ en: 'lifetime after the first FIN.', zh: '第一个 FIN 之后条目的存活时间。' }) }),
  compatAlias({ leaf: 'tcp_timeout_close_wait', modern: 'net.netfilter.nf_conntrack_tcp_timeout_close_wait', default: '60', ...seconds({ en: 'lifetime once one side has closed and the other has not.', zh: '一方已关闭、另一方尚未关闭时条目的存活时间。' }) }),
  compatAlias({ leaf: 'tcp_timeout_last_ack', modern: 'net.netfilter.nf_conntrack_tcp_timeout_last_ack', default: '30', ...seconds({ en: 'lifetime while the last FIN awaits its ACK.', zh: '最后一个 FIN 等待确认期间条目的存活时间。' }) }),
  compatAlias({ leaf: 'tcp_timeout_time_wait', modern: 'net.netfilter.nf_conntrack_tcp_timeout_time_wait', default: '120', ...seconds({ en: 'lifetime after both FINs were acknowledged.', zh: '双方 FIN 都被确认之后条目的存活时间。' }) }),
  compatAlias({ leaf: 'tcp_timeout_close', modern: 'net.netfilter.nf_conntrack_tcp_timeout_close', default: '10', ...seconds({ en: 'lifetime after a RST.', zh: '收到 RST 之后条目的存活时间。' }) }),
  compatAlias({ leaf: 'tcp_timeout_max_retrans', modern: 'net.netfilter.nf_conntrack_tcp_timeout_max_retrans', default: '300', ...seconds({ en: 'lifetime once retransmissions went unanswered too often.', zh: '重传多次未被确认之后条目的存活时间。' }) }),
  compatAlias({ leaf: 'sctp_timeout_closed', modern: 'net.netfilter.nf_conntrack_sctp_timeout_closed', default: '10', ...seconds({ en: 'lifetime of a closed SCTP association.', zh: '已关闭的 SCTP 关联的存活时间。' }) }),
  compatAlias({ leaf: 'sctp_timeout_cookie_wait', modern: 'net.netfilter.nf_conntrack_sctp_timeout_cookie_wait', default: '3', ...seconds({ en: 'lifetime after an INIT (an INIT-ACK restarts it), until the COOKIE-ECHO.', zh: '发出 INIT 之后（INIT-ACK 会重新计时）、出现 COOKIE-ECHO 之前的存活时间。' }) }),
  compatAlias({ leaf: 'sctp_timeout_cookie_echoed', modern: 'net.netfilter.nf_conntrack_sctp_timeout_cookie_echoed', default: '3', ...seconds({ en: 'lifetime after a COOKIE-ECHO, until the COOKIE-ACK.', zh: '发出 COOKIE-ECHO 之后、收到 COOKIE-ACK 之前的存活时间。' }) }),
  compatAlias({ leaf: 'sctp_timeout_established', modern: 'net.netfilter.nf_conntrack_sctp_timeout_established', default: '432000', ...seconds({ en: 'how long an idle established association stays tracked (5 days).', zh: '空闲的已建立 SCTP 关联保持跟踪多久（5 天）。' }) }),
  compatAlias({ leaf: 'sctp_timeout_shutdown_sent', modern: 'net.netfilter.nf_conntrack_sctp_timeout_shutdown_sent', default: '0', defaultNote: ROUNDED_TO_SECONDS, ...seconds({ en: 'lifetime after a SHUTDOWN was sent.', zh: '发出 SHUTDOWN 之后的存活时间。' }) }),
  compatAlias({ leaf: 'sctp_timeout_shutdown_recd', modern: 'net.netfilter.nf_conntrack_sctp_timeout_shutdown_recd', default: '0', defaultNote: ROUNDED_TO_SECONDS, ...seconds({ en: 'lifetime after a SHUTDOWN was received.', zh: '收到 SHUTDOWN 之后的存活时间。' }) }),
  compatAlias({ leaf: 'sctp_timeout_shutdown_ack_sent', modern: 'net.netfilter.nf_conntrack_sctp_timeout_shutdown_ack_sent', default: '3', ...seconds({ en: 'lifetime after a SHUTDOWN-ACK was sent.', zh: '发出 SHUTDOWN-ACK 之后的存活时间。' }) }),
];

const DCCP_NOTE: Localized = {
  en: '- Tracks DCCP, a datagram protocol with congestion control that almost nothing uses; present when the kernel has CONFIG_NF_CT_PROTO_DCCP. DCCP support was later retired from Linux together with its conntrack module (the catalogs show when), so drop the line from configuration meant for new kernels.',
  zh: '- 用于跟踪 DCCP（一种带拥塞控制的数据报协议，几乎没有应用使用）；内核启用 CONFIG_NF_CT_PROTO_DCCP 时才有。后来 Linux 连同其 conntrack 模块一起移除了 DCCP 支持（具体版本见内核目录数据），面向新内核的配置应删掉这一行。',
};

function dccpTimeout(state: string, defaultSeconds: string, what: Localized): SysctlKeyDoc {
  return {
    key: `net.netfilter.nf_conntrack_dccp_timeout_${state}`,
    type: 'int',
    unit: 'seconds',
    default: defaultSeconds,
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_max', 'net.netfilter.nf_conntrack_generic_timeout'],
    summary: {
      en: `How long a DCCP connection tracking entry lives ${what.en}.`,
      zh: `DCCP 连接跟踪条目${what.zh}的存活时间。`,
    },
    details: {
      en: `Connection tracking of DCCP. When the timer runs out without traffic, the entry is freed and later packets of the flow are seen as new or invalid.\n\n${DCCP_NOTE.en}`,
      zh: `DCCP 的连接跟踪。计时到期前没有流量，条目就会被释放，之后这条流的报文会被当作新连接或 invalid。\n\n${DCCP_NOTE.zh}`,
    },
  };
}

const DCCP_KEYS: readonly SysctlKeyDoc[] = [
  dccpTimeout('request', '240', { en: 'after the client\'s Request', zh: '在客户端发出 Request 之后' }),
  dccpTimeout('respond', '480', { en: 'after the server\'s Response', zh: '在服务端发出 Response 之后' }),
  dccpTimeout('partopen', '480', { en: 'while the handshake completes (PARTOPEN)', zh: '在握手收尾阶段（PARTOPEN）' }),
  dccpTimeout('open', '43200', { en: 'while open and idle (12 hours)', zh: '在连接已建立且空闲时（12 小时）' }),
  dccpTimeout('closereq', '64', { en: 'after the server asked to close (CloseReq)', zh: '在服务端请求关闭（CloseReq）之后' }),
  dccpTimeout('closing', '64', { en: 'after a Close', zh: '在发出 Close 之后' }),
  dccpTimeout('timewait', '240', { en: 'in TIMEWAIT, after the final Reset', zh: '在最后的 Reset 之后的 TIMEWAIT 状态' }),
  {
    key: 'net.netfilter.nf_conntrack_dccp_loose',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Only a DCCP Request starts a tracked connection.', zh: '只有 DCCP Request 报文才会建立新的跟踪条目。' } },
      { value: '1', meaning: { en: 'A connection already under way is picked up mid-stream (default).', zh: '中途看到的已在进行的连接也会被接管跟踪（默认）。' } },
    ],
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_tcp_loose', 'net.netfilter.nf_conntrack_dccp_timeout_open'],
    summary: {
      en: 'Whether conntrack starts tracking a DCCP connection from a packet other than its opening Request.',
      zh: 'conntrack 是否可以从 Request 以外的报文开始跟踪一条 DCCP 连接。',
    },
    details: {
      en: `The DCCP counterpart of \`nf_conntrack_tcp_loose\`: with 1, connections that were open before the firewall (re)started keep working; with 0 their packets are invalid until they reconnect, which is stricter.\n\n${DCCP_NOTE.en}`,
      zh: `与 \`nf_conntrack_tcp_loose\` 对应的 DCCP 开关：设为 1 时，防火墙（重新）启动前已建立的连接可以继续工作；设为 0 时，这些连接的报文在重连前都被视为 invalid，更严格。\n\n${DCCP_NOTE.zh}`,
    },
  },
];

const OTHER_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.netfilter.nf_conntrack_udplite_timeout',
    type: 'int',
    unit: 'seconds',
    default: '30',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_udplite_timeout_stream', 'net.netfilter.nf_conntrack_udp_timeout'],
    summary: {
      en: 'How long a UDP-Lite flow that has seen packets one way only stays tracked.',
      zh: '只有单向报文的 UDP-Lite 流保持跟踪多久。',
    },
    details: {
      en: 'UDP-Lite (protocol 136) is UDP with a partial checksum, used by some media streaming. This key came with the separate `nf_conntrack_proto_udplite` module (CONFIG_NF_CT_PROTO_UDPLITE); later kernels track UDP-Lite with the UDP code and its `nf_conntrack_udp_timeout` values, and this name is gone.',
      zh: 'UDP-Lite（协议号 136）是只校验部分数据的 UDP，少数流媒体应用使用。这个参数属于单独的 `nf_conntrack_proto_udplite` 模块（CONFIG_NF_CT_PROTO_UDPLITE）；后来的内核用 UDP 的代码和 `nf_conntrack_udp_timeout` 的值来跟踪 UDP-Lite，这个名称也就没有了。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_udplite_timeout_stream',
    type: 'int',
    unit: 'seconds',
    default: '180',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_udplite_timeout', 'net.netfilter.nf_conntrack_udp_timeout_stream'],
    summary: {
      en: 'How long a UDP-Lite flow with traffic in both directions stays tracked.',
      zh: '双向都有流量的 UDP-Lite 流保持跟踪多久。',
    },
    details: {
      en: 'The UDP-Lite twin of `nf_conntrack_udp_timeout_stream`, from the separate module of older kernels (CONFIG_NF_CT_PROTO_UDPLITE). Newer kernels use the UDP values for UDP-Lite and no longer have this name.',
      zh: '相当于 UDP-Lite 版的 `nf_conntrack_udp_timeout_stream`，来自旧内核里单独的模块（CONFIG_NF_CT_PROTO_UDPLITE）。新内核对 UDP-Lite 使用 UDP 的取值，不再有这个名称。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_events_retry_timeout',
    type: 'int',
    unit: 'seconds',
    default: '15',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_events'],
    summary: {
      en: 'How long conntrack waits before re-sending an event that a full ctnetlink listener could not take.',
      zh: 'ctnetlink 监听者缓冲区满、事件投递失败后，conntrack 等多久再重发。',
    },
    details: {
      en: 'Only matters with reliable event delivery (a listener such as `conntrackd` that asked not to lose events): undelivered destroy events keep their entries alive and are retried on this timer. Present on 3.x kernels with CONFIG_NF_CONNTRACK_EVENTS; later kernels retry from a work queue and dropped the key.',
      zh: '只在可靠事件投递时起作用（例如 `conntrackd` 这类要求不丢事件的监听者）：没有送达的销毁事件会让条目继续保留，并按这个间隔重试。仅 3.x 内核在启用 CONFIG_NF_CONNTRACK_EVENTS 时才有；后来的内核改由工作队列重试，去掉了这个参数。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_helper',
    type: 'bool',
    default: '0',
    defaultChanges: [{ version: '4.7', from: '1', to: '0' }],
    values: [
      { value: '0', meaning: { en: 'Helpers (FTP, SIP, …) attach only where a rule assigns them with `-j CT --helper` or an nft `ct helper` object.', zh: '只有规则显式指定（`-j CT --helper` 或 nft 的 `ct helper` 对象）时才挂载 FTP、SIP 等 helper。' } },
      { value: '1', meaning: { en: 'Every loaded helper attaches itself to traffic on its well-known port.', zh: '已加载的 helper 会自动挂到其知名端口的流量上。' } },
    ],
    removedIn: '6.0',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_max', 'net.netfilter.nf_conntrack_expect_max'],
    summary: {
      en: 'Whether conntrack helpers are assigned automatically by port number.',
      zh: '是否按端口号自动分配 conntrack helper。',
    },
    details: {
      en:
        'Automatic assignment lets any host open pinholes through the firewall by talking to a helper\'s port, so 4.7 turned it off by default and 6.0 removed the switch: helpers now attach only where a rule says so.\n\n' +
        '- An old `nf_conntrack_helper = 1` line fails on 6.0 and later; replace it with explicit rules, e.g. `iptables -t raw -A PREROUTING -p tcp --dport 21 -j CT --helper ftp`.',
      zh:
        '自动分配意味着任何主机只要连到 helper 的端口，就能在防火墙上打开临时通道，所以 4.7 把默认值改为关闭，6.0 干脆移除了这个开关：现在只有规则显式指定时才会挂载 helper。\n\n' +
        '- 旧配置里的 `nf_conntrack_helper = 1` 在 6.0 及以后会失败；请改成显式规则，例如 `iptables -t raw -A PREROUTING -p tcp --dport 21 -j CT --helper ftp`。',
    },
  },
  {
    key: 'net.netfilter.nf_conntrack_sctp_timeout_heartbeat_acked',
    type: 'int',
    unit: 'seconds',
    default: '210',
    removedIn: '6.2',
    perNamespace: true,
    related: ['net.netfilter.nf_conntrack_sctp_timeout_heartbeat_sent', 'net.netfilter.nf_conntrack_sctp_timeout_established'],
    summary: {
      en: 'How long an SCTP tracking entry lives after a HEARTBEAT on a secondary path was acknowledged.',
      zh: 'SCTP 备用路径上的 HEARTBEAT 被确认之后，跟踪条目的存活时间。',
    },
    details: {
      en: 'Multi-homed SCTP associations probe their other paths with HEARTBEATs; the conntrack entry of such a path had a state of its own. 6.2 folded it into ESTABLISHED (the fix went to stable kernels too, so 5.15 and 6.1 updates lack it), and `nf_conntrack_sctp_timeout_established` now applies.',
      zh: '多宿主的 SCTP 关联用 HEARTBEAT 探测其他路径，这类路径的 conntrack 条目曾有单独的状态。6.2 把它并入 ESTABLISHED（该修复也进入了稳定版，所以 5.15、6.1 的更新版本同样没有它），现在适用 `nf_conntrack_sctp_timeout_established`。',
    },
  },
  {
    key: 'net.netfilter.nf_flowtable_tcp_timeout',
    type: 'int',
    unit: 'seconds',
    default: '30',
    since: '5.14',
    perNamespace: true,
    related: ['net.netfilter.nf_flowtable_udp_timeout', 'net.netfilter.nf_conntrack_tcp_timeout_established'],
    summary: {
      en: 'How long an idle TCP flow stays in the nftables flowtable fast path before going back to the normal path.',
      zh: '空闲的 TCP 流在 nftables flowtable 快速路径里保留多久，之后退回普通转发路径。',
    },
    details: {
      en: 'Only for flows offloaded by an nftables `flow add @ft` rule (software or hardware offload). After this idle time the flow leaves the flowtable and conntrack\'s own TCP timeouts take over again. Needs CONFIG_NF_FLOW_TABLE.',
      zh: '只对 nftables `flow add @ft` 规则卸载的流有效（软件或硬件卸载）。空闲超过这个时间后，流离开 flowtable，重新由 conntrack 自己的 TCP 超时接管。需要 CONFIG_NF_FLOW_TABLE。',
    },
  },
  {
    key: 'net.netfilter.nf_flowtable_udp_timeout',
    type: 'int',
    unit: 'seconds',
    default: '30',
    since: '5.14',
    perNamespace: true,
    related: ['net.netfilter.nf_flowtable_tcp_timeout', 'net.netfilter.nf_conntrack_udp_timeout_stream'],
    summary: {
      en: 'How long an idle UDP flow stays in the nftables flowtable fast path.',
      zh: '空闲的 UDP 流在 nftables flowtable 快速路径里保留多久。',
    },
    details: {
      en: 'The UDP counterpart of `nf_flowtable_tcp_timeout`: when it expires the flow returns to the normal forwarding path and conntrack\'s UDP timeouts apply. Needs CONFIG_NF_FLOW_TABLE.',
      zh: '相当于 UDP 版的 `nf_flowtable_tcp_timeout`：到期后流回到普通转发路径，适用 conntrack 的 UDP 超时。需要 CONFIG_NF_FLOW_TABLE。',
    },
  },
  {
    key: 'net.netfilter.nf_flowtable_tcp_pickup',
    type: 'int',
    unit: 'seconds',
    default: '120',
    since: '5.14',
    removedIn: '5.15',
    perNamespace: true,
    related: ['net.netfilter.nf_flowtable_tcp_timeout'],
    summary: {
      en: 'Conntrack timeout given to a TCP flow when it left the flowtable, on 5.14 only.',
      zh: 'TCP 流离开 flowtable 时赋给它的 conntrack 超时，仅 5.14 有。',
    },
    details: {
      en: 'Existed for one release: 5.15 removed it and gives a flow leaving the flowtable the regular established timeout instead. Drop the line on any other kernel.',
      zh: '只存在了一个版本：5.15 把它删掉，改为给离开 flowtable 的流使用普通的已建立连接超时。其他内核上请删掉这一行。',
    },
  },
  {
    key: 'net.netfilter.nf_flowtable_udp_pickup',
    type: 'int',
    unit: 'seconds',
    default: '30',
    since: '5.14',
    removedIn: '5.15',
    perNamespace: true,
    related: ['net.netfilter.nf_flowtable_udp_timeout'],
    summary: {
      en: 'Conntrack timeout given to a UDP flow when it left the flowtable, on 5.14 only.',
      zh: 'UDP 流离开 flowtable 时赋给它的 conntrack 超时，仅 5.14 有。',
    },
    details: {
      en: 'Like `nf_flowtable_tcp_pickup`, it lasted one release; 5.15 uses the normal UDP stream timeout instead.',
      zh: '和 `nf_flowtable_tcp_pickup` 一样只存在了一个版本；5.15 改用普通的 UDP stream 超时。',
    },
  },
];

export const NETFILTER_MORE_KEYS: readonly SysctlKeyDoc[] = [...COMPAT_ALIASES, ...DCCP_KEYS, ...OTHER_KEYS];
