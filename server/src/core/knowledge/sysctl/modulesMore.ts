import type { Localized } from '../../i18n/localized';
import type { SysctlEnumValue, SysctlKeyDoc } from '../types';
import { offOn } from './enumValues';

/**
 * The rest of the IPVS, SCTP and sunrpc keys (the common ones are in moduleKeys.ts). They exist
 * once `ip_vs`, `sctp`, `sunrpc` or `rpcrdma` is loaded.
 *
 * Facts from the 6.12 Debian tree: net/netfilter/ipvs/ip_vs_ctl.c (ip_vs_control_net_init_sysctl:
 * amemthresh 1024, am_droprate 10, snat_reroute 1, sync_ver 1, sync_ports 1, sync_qlen_max from
 * free buffer pages / 32, sync_threshold 3 50, pmtu_disc 1, run_estimation 1) and include/net/ip_vs.h;
 * ip_vs_lblc.c / ip_vs_lblcr.c (24 h expiry); net/sctp/protocol.c (sctp_defaults_init) with
 * include/net/sctp/constants.h and net/sctp/sysctl.c; net/sunrpc/sysctl.c, xprtsock.c,
 * xprtrdma/transport.c and svc_rdma.c with include/linux/sunrpc/xprtrdma.h and svc_rdma.h.
 */

const IPVS_MODULE: Localized = {
  en: '- Exists once the `ip_vs` module is loaded; each network namespace has its own value.',
  zh: '- 加载 `ip_vs` 模块后才存在；每个网络命名空间各有一份。',
};

const DEFENSE_MODES: Localized = {
  en: '0 never, 1 automatically when free memory drops below `amemthresh`, 2 on for now: the kernel itself turns 1 into 2 while memory is short and 2 back into 1 once it recovers (a 2 written while memory is plentiful becomes 1 at once); only 3 means always on and never switched.',
  zh: '0 从不，1 在空闲内存低于 `amemthresh` 时自动开启，2 表示当前开启：内存不足时内核自己把 1 改成 2，内存恢复后再把 2 改回 1（内存充足时写入的 2 会立即变回 1）；只有 3 表示一直开启且不自动切换。',
};

function defenseValues(): readonly SysctlEnumValue[] {
  return [
    { value: '0', meaning: { en: 'Off (default).', zh: '关闭（默认）。' } },
    { value: '1', meaning: { en: 'Automatic: switched on when free memory falls below `amemthresh`.', zh: '自动：空闲内存低于 `amemthresh` 时开启。' } },
    { value: '2', meaning: { en: 'On now; falls back to 1 when memory recovers.', zh: '当前开启；内存恢复后回到 1。' } },
    { value: '3', meaning: { en: 'Always on.', zh: '一直开启。' } },
  ];
}

function ipvsDefense(key: string, what: Localized, effect: Localized, related: readonly string[]): SysctlKeyDoc {
  return {
    key,
    type: 'enum',
    default: '0',
    values: defenseValues(),
    perNamespace: true,
    related,
    summary: what,
    details: {
      en: `A defence of the IPVS director against connection floods. ${effect.en} Modes: ${DEFENSE_MODES.en}\n\n${IPVS_MODULE.en}`,
      zh: `IPVS 调度器抵御连接洪泛的防护手段。${effect.zh}取值：${DEFENSE_MODES.zh}\n\n${IPVS_MODULE.zh}`,
    },
  };
}

function ipvsFlag(key: string, defaultValue: '0' | '1', values: readonly SysctlEnumValue[], related: readonly string[], summary: Localized, details: Localized): SysctlKeyDoc {
  return {
    key,
    type: 'bool',
    default: defaultValue,
    values,
    perNamespace: true,
    related,
    summary,
    details: { en: `${details.en}\n\n${IPVS_MODULE.en}`, zh: `${details.zh}\n\n${IPVS_MODULE.zh}` },
  };
}

const IPVS_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.vs.amemthresh',
    type: 'int',
    unit: 'pages',
    default: '1024',
    perNamespace: true,
    related: ['net.ipv4.vs.drop_entry', 'net.ipv4.vs.drop_packet', 'net.ipv4.vs.secure_tcp'],
    summary: {
      en: 'Free memory, in pages, below which the automatic IPVS defences (`drop_entry`, `drop_packet`, `secure_tcp` set to 1) switch on.',
      zh: '空闲内存（以页计）低于该值时，自动模式（设为 1）的 IPVS 防护（`drop_entry`、`drop_packet`、`secure_tcp`）开始生效。',
    },
    details: {
      en: `1024 pages are 4 MiB with 4 KiB pages. Raise it on a busy director so the defences start before memory is really short.\n\n${IPVS_MODULE.en}`,
      zh: `页大小为 4 KiB 时，1024 页就是 4 MiB。负载高的调度器可以调大，让防护在内存真正吃紧之前就启动。\n\n${IPVS_MODULE.zh}`,
    },
  },
  {
    key: 'net.ipv4.vs.am_droprate',
    type: 'int',
    default: '10',
    perNamespace: true,
    related: ['net.ipv4.vs.drop_packet', 'net.ipv4.vs.amemthresh'],
    summary: {
      en: 'When `drop_packet` is in mode 3, drop one packet in this many.',
      zh: '`drop_packet` 处于模式 3 时，每这么多个报文丢弃一个。',
    },
    details: {
      en: `With the automatic modes the rate is worked out from free memory instead; this fixed rate is used only when the defence is forced on.\n\n${IPVS_MODULE.en}`,
      zh: `自动模式下丢包率按空闲内存计算；只有强制开启防护时才使用这个固定比例。\n\n${IPVS_MODULE.zh}`,
    },
  },
  ipvsDefense(
    'net.ipv4.vs.drop_entry',
    { en: 'Whether IPVS randomly drops entries of its connection table to survive a flood.', zh: 'IPVS 是否随机丢弃连接表中的条目，以扛住洪泛攻击。' },
    { en: 'Entries are dropped randomly, mostly half-open ones, freeing memory at the cost of some real connections.', zh: '随机丢弃条目（主要是半开连接）来释放内存，代价是可能误伤部分真实连接。' },
    ['net.ipv4.vs.amemthresh', 'net.ipv4.vs.drop_packet', 'net.ipv4.vs.secure_tcp'],
  ),
  ipvsDefense(
    'net.ipv4.vs.drop_packet',
    { en: 'Whether IPVS drops a share of new connection packets when memory runs low.', zh: '内存不足时，IPVS 是否丢弃一部分新建连接的报文。' },
    { en: 'Drops part of the packets that would create new entries; the rate follows free memory, or `am_droprate` in mode 3.', zh: '丢弃一部分会新建条目的报文；丢弃比例随空闲内存变化，模式 3 时使用 `am_droprate`。' },
    ['net.ipv4.vs.amemthresh', 'net.ipv4.vs.am_droprate'],
  ),
  ipvsDefense(
    'net.ipv4.vs.secure_tcp',
    { en: 'Whether IPVS switches to a stricter TCP state machine under attack; the per-state timeouts stay the same.', zh: '遭受攻击时，IPVS 是否改用更严格的 TCP 状态机；各状态的超时时间不变。' },
    { en: 'Switches to a stricter table of TCP state transitions; the timeout of each state is not changed. With NAT a connection reaches ESTABLISHED (15 minutes) only after the real server has answered, so entries of a SYN flood stay in the handshake states, whose timeouts are short.', zh: '改用更严格的 TCP 状态转换表，每个状态的超时时间并不改变。NAT 模式下，连接要等真实服务器应答后才进入 ESTABLISHED（15 分钟），因此 SYN 洪泛产生的条目停留在超时较短的握手状态。' },
    ['net.ipv4.vs.amemthresh', 'net.ipv4.vs.drop_entry', 'net.ipv4.vs.drop_packet'],
  ),
  ipvsFlag(
    'net.ipv4.vs.cache_bypass',
    '0',
    offOn(
      { en: 'Drop packets when no cache server is available (default).', zh: '没有可用的缓存服务器时丢弃报文（默认）。' },
      { en: 'Send them straight to the original destination.', zh: '直接发往原始目的地址。' },
    ),
    ['net.ipv4.vs.expire_nodest_conn'],
    { en: 'For transparent cache clusters: whether traffic goes directly to its destination when no cache server is available.', zh: '用于透明缓存集群：没有可用缓存服务器时，流量是否直接发往原目的地。' },
    { en: 'Only matters for virtual services that redirect web traffic to caches (fwmark services with LBLC/LBLCR).', zh: '只对把 Web 流量重定向到缓存的虚拟服务有意义（配合 LBLC/LBLCR 的 fwmark 服务）。' },
  ),
  {
    key: 'net.ipv4.vs.debug_level',
    type: 'int',
    default: '0',
    perNamespace: false,
    related: ['net.ipv4.vs.conntrack'],
    summary: {
      en: 'How verbose the IPVS debug messages in the kernel log are; 0 prints none.',
      zh: 'IPVS 在内核日志中输出调试信息的详细程度；0 表示不输出。',
    },
    details: {
      en: 'Only on kernels built with CONFIG_IP_VS_DEBUG, which distributions leave off. Higher values print per-packet decisions and can flood the log on a busy director.\n\n- Exists once the `ip_vs` module is loaded; one value for the whole machine.',
      zh: '仅在启用 CONFIG_IP_VS_DEBUG 编译的内核上存在，发行版一般不开。取值越大输出越多，会打印每个报文的调度结果，负载高时可能刷爆日志。\n\n- 加载 `ip_vs` 模块后才存在；整机共用一个值。',
    },
  },
  ipvsFlag(
    'net.ipv4.vs.nat_icmp_send',
    '0',
    offOn(
      { en: 'Drop silently (default).', zh: '静默丢弃（默认）。' },
      { en: 'Answer with ICMP port unreachable.', zh: '回复 ICMP 端口不可达。' },
    ),
    ['net.ipv4.vs.expire_nodest_conn'],
    { en: 'Whether a NAT director answers with ICMP when a real server\'s packet arrives for a connection it no longer has.', zh: 'NAT 模式下，真实服务器发来的报文找不到对应连接时，调度器是否回复 ICMP。' },
    { en: 'The ICMP goes back to the real server that sent the packet (TCP resets and SCTP aborts get none), so it stops sending on a connection the director has forgotten instead of retransmitting until it times out.', zh: 'ICMP 回给发出该报文的真实服务器（TCP RST 和 SCTP ABORT 不回），让它停止在调度器已遗忘的连接上发送，而不是一直重传到超时。' },
  ),
  ipvsFlag(
    'net.ipv4.vs.snat_reroute',
    '1',
    offOn(
      { en: 'Route replies by their original destination.', zh: '按原始目的地址为回包选路。' },
      { en: 'Route replies again after the source is rewritten (default), so policy routing by source address works.', zh: '改写源地址后重新选路（默认），使按源地址的策略路由生效。' },
    ),
    ['net.ipv4.vs.conntrack'],
    { en: 'Whether NAT replies from real servers are routed again after their source address is rewritten to the virtual IP.', zh: 'NAT 模式下，真实服务器的回包在源地址改写成 VIP 后，是否重新选路。' },
    { en: 'Leave on where the director has several uplinks chosen by source address.', zh: '调度器有多个按源地址选择的出口时，应保持开启。' },
  ),
  ipvsFlag(
    'net.ipv4.vs.pmtu_disc',
    '1',
    offOn(
      { en: 'Fragment oversized packets even when DF is set (tunnelling mode).', zh: '即使设置了 DF，也把过大的报文分片（隧道模式）。' },
      { en: 'Honour DF and send ICMP "fragmentation needed" (default).', zh: '遵守 DF 位，回复 ICMP"需要分片"（默认）。' },
    ),
    ['net.ipv4.ip_no_pmtu_disc'],
    { en: 'Whether IPVS tunnelling honours path MTU discovery when a packet plus the tunnel header is too big.', zh: 'IPVS 隧道模式下，报文加上隧道头过大时是否遵循路径 MTU 发现。' },
    { en: 'Setting 0 helps clients whose ICMP is filtered, at the price of fragmentation.', zh: '设为 0 可以照顾 ICMP 被过滤的客户端，代价是产生分片。' },
  ),
  ipvsFlag(
    'net.ipv4.vs.backup_only',
    '0',
    offOn(
      { en: 'Balance traffic even while running as a sync backup (default).', zh: '作为同步备机时也照常转发流量（默认）。' },
      { en: 'Forward nothing while the backup sync daemon runs.', zh: '备机同步进程运行期间不转发流量。' },
    ),
    ['net.ipv4.vs.sync_ports', 'net.ipv4.vs.sync_sock_size'],
    { en: 'Whether a director running the backup sync daemon stops balancing traffic itself.', zh: '运行备机同步进程的调度器是否停止自己转发流量。' },
    { en: 'Set 1 on a standby director that must not answer for the virtual IP until it takes over.', zh: '在接管之前不应响应 VIP 的备用调度器上设为 1。' },
  ),
  ipvsFlag(
    'net.ipv4.vs.ignore_tunneled',
    '0',
    offOn(
      { en: 'Balance tunnelled packets too (default).', zh: '隧道报文也参与调度（默认）。' },
      { en: 'Leave packets that arrived through a tunnel to the local stack.', zh: '经隧道到达的报文交给本机协议栈处理。' },
    ),
    ['net.ipv4.vs.schedule_icmp'],
    { en: 'Whether IPVS skips packets that reached it through an IP tunnel.', zh: 'IPVS 是否忽略经 IP 隧道到达的报文。' },
    { en: 'Useful when the director is also a real server of another director that tunnels to it, to avoid balancing the same packet twice.', zh: '当调度器同时是另一台调度器（以隧道转发）的真实服务器时有用，避免同一报文被调度两次。' },
  ),
  ipvsFlag(
    'net.ipv4.vs.schedule_icmp',
    '0',
    offOn(
      { en: 'ICMP errors follow existing connections only (default).', zh: 'ICMP 差错报文只跟随已有连接（默认）。' },
      { en: 'Schedule ICMP errors to a real server even without a connection entry.', zh: '即使没有连接条目，也把 ICMP 差错报文调度给真实服务器。' },
    ),
    ['net.ipv4.vs.ignore_tunneled'],
    { en: 'Whether ICMP errors without a matching connection are scheduled to a real server.', zh: '没有对应连接的 ICMP 差错报文是否调度给真实服务器。' },
    { en: 'Needed when several directors share a virtual IP (ECMP), so "fragmentation needed" reaches the server that sent the big packet.', zh: '多台调度器通过 ECMP 共享 VIP 时需要，这样"需要分片"的 ICMP 能送到发出大包的那台服务器。' },
  ),
  ipvsFlag(
    'net.ipv4.vs.sloppy_sctp',
    '0',
    offOn(
      { en: 'Only an SCTP INIT creates an entry (default).', zh: '只有 SCTP INIT 才会创建条目（默认）。' },
      { en: 'Any SCTP packet may create one.', zh: '任何 SCTP 报文都可以创建条目。' },
    ),
    ['net.ipv4.vs.sloppy_tcp'],
    { en: 'Whether IPVS creates SCTP connection entries from any packet, not only from an INIT.', zh: 'IPVS 是否允许任意 SCTP 报文创建连接条目，而不只是 INIT。' },
    { en: 'The SCTP twin of `sloppy_tcp`, for directors that take over associations from another director.', zh: '相当于 SCTP 版的 `sloppy_tcp`，用于接管其他调度器上已有关联的场景。' },
  ),
  ipvsFlag(
    'net.ipv4.vs.run_estimation',
    '1',
    offOn(
      { en: 'Stop the rate estimators; the rates `ipvsadm --rate` shows stop being updated and keep their last values.', zh: '停止速率估算；`ipvsadm --rate` 显示的速率不再更新，停留在最后一次估算的值。' },
      { en: 'Estimate rates (default).', zh: '估算速率（默认）。' },
    ),
    ['net.ipv4.vs.est_nice'],
    { en: 'Whether IPVS keeps estimating the packet and byte rates shown by `ipvsadm --rate`.', zh: 'IPVS 是否持续估算 `ipvsadm --rate` 显示的报文和字节速率。' },
    { en: 'With tens of thousands of services the estimators cost real CPU; 0 saves it if nobody reads the rates.', zh: '服务数量达到数万时估算器会消耗可观的 CPU；没人看速率时设为 0 可以省下来。' },
  ),
  {
    key: 'net.ipv4.vs.est_nice',
    type: 'int',
    default: '0',
    range: { min: -20, max: 19 },
    perNamespace: true,
    related: ['net.ipv4.vs.est_cpulist', 'net.ipv4.vs.run_estimation'],
    summary: {
      en: 'Scheduling priority (nice value, -20 to 19) of the IPVS rate estimation kernel threads.',
      zh: 'IPVS 速率估算内核线程的调度优先级（nice 值，-20 到 19）。',
    },
    details: {
      en: `Raise it to keep estimation from competing with packet processing. Since 6.2, when estimation moved into kernel threads.\n\n${IPVS_MODULE.en}`,
      zh: `调大可以避免估算线程与报文处理争抢 CPU。6.2 起估算改由内核线程完成，才有这个参数。\n\n${IPVS_MODULE.zh}`,
    },
  },
  {
    key: 'net.ipv4.vs.est_cpulist',
    type: 'string',
    default: null,
    defaultNote: {
      en: 'The housekeeping CPUs of the machine.',
      zh: '本机的 housekeeping CPU。',
    },
    perNamespace: true,
    related: ['net.ipv4.vs.est_nice', 'net.ipv4.vs.run_estimation'],
    summary: {
      en: 'The CPUs (a list such as `0-3,8`) on which the IPVS rate estimation threads may run.',
      zh: 'IPVS 速率估算线程允许运行的 CPU（如 `0-3,8` 这样的列表）。',
    },
    details: {
      en: `Keep the estimators off the CPUs that handle network interrupts on a busy director. An empty value stops estimation. Since 6.2.\n\n${IPVS_MODULE.en}`,
      zh: `负载高的调度器可以让估算线程避开处理网络中断的 CPU。设为空则停止估算。6.2 起提供。\n\n${IPVS_MODULE.zh}`,
    },
  },
  {
    key: 'net.ipv4.vs.lblc_expiration',
    type: 'int',
    unit: 'seconds',
    default: '86400',
    perNamespace: true,
    related: ['net.ipv4.vs.lblcr_expiration'],
    summary: {
      en: 'How long an unused destination-to-server mapping of the LBLC scheduler is kept (24 hours).',
      zh: 'LBLC 调度算法中未使用的"目的地址→服务器"映射保留多久（24 小时）。',
    },
    details: {
      en: 'Locality-based least-connection keeps each destination IP on the same cache server; stale mappings are collected after this time. Exists once `ip_vs_lblc` is loaded.',
      zh: '基于局部性的最少连接算法会让同一目的 IP 始终落到同一台缓存服务器；超过这个时间未用的映射会被回收。加载 `ip_vs_lblc` 后才存在。',
    },
  },
  {
    key: 'net.ipv4.vs.lblcr_expiration',
    type: 'int',
    unit: 'seconds',
    default: '86400',
    perNamespace: true,
    related: ['net.ipv4.vs.lblc_expiration'],
    summary: {
      en: 'How long an unused destination-to-server-set mapping of the LBLCR scheduler is kept (24 hours).',
      zh: 'LBLCR 调度算法中未使用的"目的地址→服务器组"映射保留多久（24 小时）。',
    },
    details: {
      en: 'The replicated variant of LBLC maps each destination to a set of servers; unused sets are collected after this time. Exists once `ip_vs_lblcr` is loaded.',
      zh: 'LBLC 的带复制变体会把每个目的地址映射到一组服务器；超过这个时间未用的服务器组会被回收。加载 `ip_vs_lblcr` 后才存在。',
    },
  },
  {
    key: 'net.ipv4.vs.sync_threshold',
    type: 'int-list',
    items: 2,
    default: '3\t50',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.ipv4.vs.sync_refresh_period', 'net.ipv4.vs.sync_version'],
    summary: {
      en: 'Two numbers: after how many packets a connection is first synced to the backup, and every how many packets again.',
      zh: '两个数：连接收到多少个报文后第一次同步到备机，以及此后每隔多少个报文再同步一次。',
    },
    details: {
      en: `For the IPVS connection sync between directors. The first must be smaller than the second. A non-zero \`sync_refresh_period\` additionally holds back syncs of connections whose state has not changed; the packet counts still apply unless the second number is 0.\n\n${IPVS_MODULE.en}`,
      zh: `用于调度器之间的 IPVS 连接同步。第一个数必须小于第二个。\`sync_refresh_period\` 不为 0 时，还会抑制状态未变的连接的同步；除非第二个数为 0，按报文数同步的条件仍然有效。\n\n${IPVS_MODULE.zh}`,
    },
  },
  {
    key: 'net.ipv4.vs.sync_refresh_period',
    type: 'int',
    unit: 'seconds',
    default: '0',
    perNamespace: true,
    related: ['net.ipv4.vs.sync_threshold', 'net.ipv4.vs.sync_retries'],
    summary: {
      en: 'Seconds for which IPVS holds back a new sync message of a connection whose state has not changed (capped at half the connection\'s timeout, but not below 10 s); 0 leaves the timing to the packet counts of `sync_threshold` alone, which otherwise still apply on top.',
      zh: '连接状态没有变化时，IPVS 在这么多秒内不再为它发送同步消息（上限为该连接超时的一半，但不低于 10 秒）；0 表示只按 `sync_threshold` 的报文数同步，非 0 时报文数条件仍然同时生效。',
    },
    details: {
      en: `A timer-based sync sends far fewer messages for long connections than the packet-count method.\n\n${IPVS_MODULE.en}`,
      zh: `对于长连接，按时间同步比按报文数同步发送的消息少得多。\n\n${IPVS_MODULE.zh}`,
    },
  },
  {
    key: 'net.ipv4.vs.sync_retries',
    type: 'int',
    unit: 'retries',
    default: '0',
    range: { min: 0, max: 3 },
    perNamespace: true,
    related: ['net.ipv4.vs.sync_refresh_period'],
    summary: {
      en: 'How many extra times (0–3) the sync message of an unchanged connection is repeated within `sync_refresh_period`, against lost messages: the sync protocol has no acknowledgements.',
      zh: '在 `sync_refresh_period` 内，对状态未变的连接额外重复发送几次同步消息（0–3），用来防止消息丢失：同步协议本身没有确认机制。',
    },
    details: {
      en: `Retries go out at an interval of an eighth of \`sync_refresh_period\`.\n\n${IPVS_MODULE.en}`,
      zh: `重发间隔为 \`sync_refresh_period\` 的八分之一。\n\n${IPVS_MODULE.zh}`,
    },
  },
  {
    key: 'net.ipv4.vs.sync_version',
    type: 'enum',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'The old format, for backups running kernels before 2.6.39.', zh: '旧格式，用于运行 2.6.39 之前内核的备机。' } },
      { value: '1', meaning: { en: 'The current format, with IPv6 and persistence data (default).', zh: '当前格式，支持 IPv6 和持久化数据（默认）。' } },
    ],
    perNamespace: true,
    related: ['net.ipv4.vs.sync_ports', 'net.ipv4.vs.sync_threshold'],
    summary: {
      en: 'The format of the connection sync messages the master sends.',
      zh: '主调度器发送的连接同步消息的格式。',
    },
    details: {
      en: `Backups read both formats; set 0 only while a backup still runs a very old kernel.\n\n${IPVS_MODULE.en}`,
      zh: `备机两种格式都能读；只有备机还在运行很老的内核时才需要设为 0。\n\n${IPVS_MODULE.zh}`,
    },
  },
  {
    key: 'net.ipv4.vs.sync_ports',
    type: 'int',
    default: '1',
    range: { min: 1 },
    perNamespace: true,
    related: ['net.ipv4.vs.sync_qlen_max', 'net.ipv4.vs.sync_version'],
    summary: {
      en: 'How many sync threads and UDP ports the master uses; a power of two.',
      zh: '主调度器使用多少个同步线程和 UDP 端口；须为 2 的幂。',
    },
    details: {
      en: `More than one spreads the sync load over CPUs; the backup must be started with the same number. Changing it needs the sync daemons restarted.\n\n${IPVS_MODULE.en}`,
      zh: `大于 1 时同步负载会分散到多个 CPU；备机启动时须使用相同的数目。修改后需要重启同步进程。\n\n${IPVS_MODULE.zh}`,
    },
  },
  {
    key: 'net.ipv4.vs.sync_qlen_max',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'A thirty-second of the low-memory pages above the high watermark (nr_free_buffer_pages), about RAM / 32 in pages; it follows the machine\'s memory size, not how much is free, and is set when IPVS starts in the namespace.',
      zh: '高水位线以上的低端内存页数（nr_free_buffer_pages）的 1/32，约等于内存页数的 1/32；它取决于机器的内存大小而不是当时的空闲内存，在该命名空间启用 IPVS 时确定。',
    },
    range: { min: 0 },
    perNamespace: true,
    related: ['net.ipv4.vs.sync_sock_size', 'net.ipv4.vs.sync_ports'],
    summary: {
      en: 'The most sync messages that may wait in the send queue of each master sync thread (one per `sync_ports`); beyond it new ones are dropped.',
      zh: '每个主调度器同步线程（共 `sync_ports` 个，各有一条队列）的发送队列里最多可以积压多少条同步消息；超过后新消息会被丢弃。',
    },
    details: {
      en: `Caps the memory the sync queue can take when the backup link is slow.\n\n${IPVS_MODULE.en}`,
      zh: `在到备机的链路较慢时，限制同步队列占用的内存。\n\n${IPVS_MODULE.zh}`,
    },
  },
  {
    key: 'net.ipv4.vs.sync_sock_size',
    type: 'int',
    unit: 'bytes',
    default: '0',
    perNamespace: true,
    related: ['net.ipv4.vs.sync_qlen_max', 'net.core.wmem_max', 'net.core.rmem_max'],
    summary: {
      en: 'Socket buffer size of the sync sockets (send buffer on the master, receive buffer on the backup); 0 keeps the system default.',
      zh: '同步 socket 的缓冲区大小（主机为发送缓冲区，备机为接收缓冲区）；0 表示沿用系统默认值。',
    },
    details: {
      en: `Raise it when the backup loses sync messages, which shows as growing UDP receive-buffer errors (\`RcvbufErrors\` in \`nstat\` or \`netstat -su\`) on the backup; the kernel keeps no count of dropped sync messages for \`ipvsadm\` to show and does not log them.\n\n${IPVS_MODULE.en}`,
      zh: `备机丢失同步消息时可以调大，表现为备机上 UDP 接收缓冲区错误（\`nstat\` 或 \`netstat -su\` 中的 \`RcvbufErrors\`）不断增长；内核并不统计被丢弃的同步消息，\`ipvsadm\` 看不到，日志里也不会记录。\n\n${IPVS_MODULE.zh}`,
    },
  },
  {
    key: 'net.ipv4.vs.sync_persist_mode',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Sync every connection (default).', zh: '同步所有连接（默认）。' },
      { en: 'Sync only persistence templates, not the connections under them.', zh: '只同步持久化模板，不同步模板下的连接。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.vs.sync_threshold'],
    summary: {
      en: 'Whether only the persistence templates of persistent services are synced, to cut sync traffic.',
      zh: '对持久化服务是否只同步持久化模板，以减少同步流量。',
    },
    details: {
      en: `After a failover the client returns to the same real server, but its open connections are not known to the backup.\n\n${IPVS_MODULE.en}`,
      zh: `切换后客户端仍会落到同一台真实服务器，但备机并不知道它已有的连接。\n\n${IPVS_MODULE.zh}`,
    },
  },
];

const SCTP_MODULE: Localized = {
  en: '- Exists once the `sctp` module is loaded; each network namespace has its own value unless said otherwise.',
  zh: '- 加载 `sctp` 模块后才存在；除非另有说明，每个网络命名空间各有一份。',
};

function sctpFlag(key: string, defaultValue: '0' | '1', off: Localized, on: Localized, related: readonly string[], summary: Localized, details: Localized): SysctlKeyDoc {
  return {
    key,
    type: 'bool',
    default: defaultValue,
    values: offOn(off, on),
    perNamespace: true,
    related,
    summary,
    details: { en: `${details.en}\n\n${SCTP_MODULE.en}`, zh: `${details.zh}\n\n${SCTP_MODULE.zh}` },
  };
}

const OFF: Localized = { en: 'Off.', zh: '关闭。' };
const ON: Localized = { en: 'On.', zh: '开启。' };

const SCTP_KEYS: readonly SysctlKeyDoc[] = [
  sctpFlag('net.sctp.addip_enable', '0', OFF, ON, ['net.sctp.addip_noauth_enable', 'net.sctp.default_auto_asconf'],
    { en: 'Whether SCTP may add and remove addresses of a live association (ASCONF, RFC 5061).', zh: 'SCTP 是否允许在关联存续期间增删地址（ASCONF，RFC 5061）。' },
    { en: 'Needed for multi-homed endpoints whose addresses change. Without `auth_enable` the peer must also accept unauthenticated ASCONF (`addip_noauth_enable`).', zh: '地址会变化的多宿主端点需要它。未开启 `auth_enable` 时，还要求对端接受未认证的 ASCONF（`addip_noauth_enable`）。' }),
  sctpFlag('net.sctp.addip_noauth_enable', '0', OFF, ON, ['net.sctp.addip_enable', 'net.sctp.auth_enable'],
    { en: 'Whether address changes (ASCONF) are accepted without SCTP-AUTH.', zh: '是否接受未经 SCTP-AUTH 认证的地址变更（ASCONF）。' },
    { en: 'The RFC requires authentication, since an unauthenticated ASCONF lets an attacker move an association; enable only for peers that lack AUTH.', zh: 'RFC 要求认证，因为未认证的 ASCONF 可能被攻击者用来劫持关联；只在对端不支持 AUTH 时开启。' }),
  sctpFlag('net.sctp.auth_enable', '0', OFF, ON, ['net.sctp.addip_noauth_enable', 'net.sctp.addip_enable'],
    { en: 'Whether SCTP-AUTH (RFC 4895), authenticated chunks, is offered.', zh: '是否启用 SCTP-AUTH（RFC 4895，带认证的 chunk）。' },
    { en: 'Applies to new sockets; needed by ASCONF unless `addip_noauth_enable` is set.', zh: '对新建的 socket 生效；除非设置了 `addip_noauth_enable`，ASCONF 都需要它。' }),
  sctpFlag('net.sctp.default_auto_asconf', '0', OFF, ON, ['net.sctp.addip_enable'],
    { en: 'Whether new SCTP sockets bound to all addresses follow the host\'s address changes automatically.', zh: '绑定到全部地址的新 SCTP socket 是否自动跟随本机地址变化。' },
    { en: 'When on, an address added to or removed from an interface is announced to peers with ASCONF; needs `addip_enable`.', zh: '开启后，接口上增删地址会通过 ASCONF 通告给对端；需要 `addip_enable`。' }),
  sctpFlag('net.sctp.cookie_preserve_enable', '1', OFF, ON, ['net.sctp.valid_cookie_life'],
    { en: 'Whether a peer may ask for a longer cookie lifetime when its handshake was too slow.', zh: '握手太慢时，是否允许对端请求延长 cookie 有效期。' },
    { en: 'The Cookie Preservative parameter of RFC 4960; harmless to leave on.', zh: '即 RFC 4960 的 Cookie Preservative 参数；保持开启无害。' }),
  sctpFlag('net.sctp.ecn_enable', '1', OFF, ON, ['net.ipv4.tcp_ecn'],
    { en: 'Whether SCTP negotiates Explicit Congestion Notification.', zh: 'SCTP 是否协商显式拥塞通知（ECN）。' },
    { en: 'Marks congestion instead of dropping when both ends and the routers support ECN.', zh: '两端和路由器都支持 ECN 时，用拥塞标记代替丢包。' }),
  sctpFlag('net.sctp.intl_enable', '0', OFF, ON, ['net.sctp.reconf_enable'],
    { en: 'Whether SCTP offers message interleaving (I-DATA, RFC 8260).', zh: 'SCTP 是否支持消息交错（I-DATA，RFC 8260）。' },
    { en: 'Lets large messages of different streams interleave so one does not block the others; the application must also ask for it.', zh: '允许不同流的大消息交错发送，避免互相阻塞；应用程序也需要显式开启。' }),
  sctpFlag('net.sctp.l3mdev_accept', '1', OFF, ON, ['net.ipv4.tcp_l3mdev_accept'],
    { en: 'Whether an SCTP socket not bound to a VRF accepts associations arriving through any VRF.', zh: '未绑定 VRF 的 SCTP socket 是否接受经任意 VRF 到达的关联。' },
    { en: 'The SCTP counterpart of `tcp_l3mdev_accept`; set 0 to keep services inside their VRF.', zh: '相当于 SCTP 版的 `tcp_l3mdev_accept`；设为 0 可把服务限制在各自的 VRF 内。' }),
  sctpFlag('net.sctp.pf_enable', '1', OFF, ON, ['net.sctp.pf_retrans', 'net.sctp.pf_expose'],
    { en: 'Whether SCTP uses the "potentially failed" path state to switch paths early.', zh: 'SCTP 是否使用"可能失效"（PF）路径状态来提前切换路径。' },
    { en: 'With it, a path that missed `pf_retrans` replies is avoided long before it is declared dead.', zh: '开启后，一条路径只要有 `pf_retrans` 次未响应就会被避开，而不必等到判定失效。' }),
  sctpFlag('net.sctp.prsctp_enable', '1', OFF, ON, ['net.sctp.reconf_enable'],
    { en: 'Whether partial reliability (PR-SCTP, RFC 3758) is offered.', zh: '是否支持部分可靠传输（PR-SCTP，RFC 3758）。' },
    { en: 'Lets applications give up on stale messages instead of retransmitting them forever.', zh: '允许应用放弃过时的消息，而不是无限重传。' }),
  sctpFlag('net.sctp.reconf_enable', '0', OFF, ON, ['net.sctp.intl_enable'],
    { en: 'Whether stream reconfiguration (RFC 6525: resetting and adding streams) is offered.', zh: '是否支持流重配置（RFC 6525：重置和新增流）。' },
    { en: 'Applies to new sockets; applications enable it per socket too.', zh: '对新建的 socket 生效；应用还需按 socket 开启。' }),
  {
    key: 'net.sctp.pf_expose',
    type: 'enum',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Unset: the old behaviour, PF state visible in some places only.', zh: '未设置：保持旧行为，PF 状态只在部分接口可见。' } },
      { value: '1', meaning: { en: 'Hide it: no PF event is sent, and asking for the state of a PF path (SCTP_GET_PEER_ADDR_INFO) fails with EACCES.', zh: '隐藏：不发送 PF 事件，查询处于 PF 状态的路径（SCTP_GET_PEER_ADDR_INFO）会返回 EACCES。' } },
      { value: '2', meaning: { en: 'Expose it: an SCTP_PEER_ADDR_CHANGE event is sent when a path becomes PF, and its state can be queried.', zh: '暴露：路径进入 PF 状态时发送 SCTP_PEER_ADDR_CHANGE 事件，也可以查询它的状态。' } },
    ],
    range: { min: 0, max: 2 },
    perNamespace: true,
    related: ['net.sctp.pf_enable'],
    summary: {
      en: 'Whether applications see the "potentially failed" state of SCTP paths.',
      zh: '应用程序能否看到 SCTP 路径的"可能失效"（PF）状态。',
    },
    details: {
      en: `Set 2 when monitoring needs to see paths going bad; 1 keeps the state internal. The value is copied into each new socket, and applications can change theirs with the SCTP_EXPOSE_POTENTIALLY_FAILED_STATE socket option.\n\n${SCTP_MODULE.en}`,
      zh: `监控需要看到路径变差时设为 2；1 表示该状态只在内核内部使用。新建 socket 时会复制这个值，应用可以用 SCTP_EXPOSE_POTENTIALLY_FAILED_STATE socket 选项修改自己的值。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.addr_scope_policy',
    type: 'enum',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Ignore address scoping.', zh: '不考虑地址范围。' } },
      { value: '1', meaning: { en: 'Follow the scoping rules of the draft (default).', zh: '遵循草案的地址范围规则（默认）。' } },
      { value: '2', meaning: { en: 'Follow the scoping rules, but let private addresses (10/8, 172.16/12, 192.168/16) through whatever the peer\'s scope.', zh: '遵循地址范围规则，但无论对端属于哪个范围，都放行私有地址（10/8、172.16/12、192.168/16）。' } },
      { value: '3', meaning: { en: 'Follow the scoping rules, but let link-local addresses through whatever the peer\'s scope.', zh: '遵循地址范围规则，但无论对端属于哪个范围，都放行链路本地地址。' } },
    ],
    range: { min: 0, max: 3 },
    perNamespace: true,
    related: ['net.sctp.addip_enable'],
    summary: {
      en: 'Which local addresses SCTP lists in its INIT to a peer, judged by scope (private, link-local).',
      zh: 'SCTP 在发给对端的 INIT 中列出哪些本地地址，按地址范围（私有、链路本地）判断。',
    },
    details: {
      en: `Keeps private or link-local addresses from being offered to peers that cannot reach them.\n\n${SCTP_MODULE.en}`,
      zh: `避免把对端无法到达的私有或链路本地地址通告出去。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.cookie_hmac_alg',
    type: 'string',
    default: null,
    defaultNote: {
      en: 'Chosen at build time (CONFIG_SCTP_DEFAULT_COOKIE_HMAC_*). Before 6.18: `md5` (the build default), `sha1` or `none`. From 6.18: `sha256`, or `none` on kernels built that way, and only these two can be written.',
      zh: '编译时确定（CONFIG_SCTP_DEFAULT_COOKIE_HMAC_*）。6.18 之前：`md5`（编译默认值）、`sha1` 或 `none`。6.18 起：`sha256`，按 none 选项编译的内核为 `none`，并且只能写入这两个值。',
    },
    suggestions: [
      { value: 'sha256', meaning: { en: 'HMAC-SHA256 (6.18 and later).', zh: 'HMAC-SHA256（6.18 及以后）。' } },
      { value: 'sha1', meaning: { en: 'HMAC-SHA1 (before 6.18).', zh: 'HMAC-SHA1（6.18 之前）。' } },
      { value: 'md5', meaning: { en: 'HMAC-MD5 (before 6.18).', zh: 'HMAC-MD5（6.18 之前）。' } },
      { value: 'none', meaning: { en: 'No signature: cookies can be forged.', zh: '不签名：cookie 可以被伪造。' } },
    ],
    perNamespace: true,
    related: ['net.sctp.valid_cookie_life'],
    summary: {
      en: 'The HMAC used to sign the state cookie of the SCTP handshake.',
      zh: 'SCTP 握手中用于给状态 cookie 签名的 HMAC 算法。',
    },
    details: {
      en: `The cookie lets a server keep no state until the handshake completes, like a TCP SYN cookie; \`none\` makes it forgeable.\n\n${SCTP_MODULE.en}`,
      zh: `cookie 让服务端在握手完成前不保存状态，类似 TCP 的 SYN cookie；设为 \`none\` 后 cookie 可被伪造。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.max_burst',
    type: 'int',
    unit: 'packets',
    default: '4',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.sctp.rto_initial'],
    summary: {
      en: 'The most new packets SCTP sends at once in reply to one acknowledgement.',
      zh: 'SCTP 收到一个确认后一次最多发送多少个新报文。',
    },
    details: {
      en: `Limits bursts into the network; 0 removes the limit.\n\n${SCTP_MODULE.en}`,
      zh: `限制突发流量；0 表示不限制。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.max_autoclose',
    type: 'int',
    unit: 'seconds',
    default: null,
    defaultNote: {
      en: 'INT_MAX divided by the kernel\'s tick rate (CONFIG_HZ), about 8.6 million with HZ 250.',
      zh: 'INT_MAX 除以内核节拍频率（CONFIG_HZ），HZ 为 250 时约 860 万。',
    },
    range: { min: 0 },
    perNamespace: true,
    related: ['net.sctp.association_max_retrans'],
    summary: {
      en: 'The largest idle time an application may set for automatic closing of associations (SCTP_AUTOCLOSE).',
      zh: '应用通过 SCTP_AUTOCLOSE 设置的关联空闲自动关闭时间的上限。',
    },
    details: {
      en: `Only bounds the socket option; associations are not closed by this key itself.\n\n${SCTP_MODULE.en}`,
      zh: `只限制 socket 选项的取值；这个参数本身不会关闭任何关联。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.pf_retrans',
    type: 'int',
    unit: 'retries',
    default: '0',
    range: { min: 0, max: 65535 },
    perNamespace: true,
    related: ['net.sctp.pf_enable', 'net.sctp.path_max_retrans', 'net.sctp.ps_retrans'],
    summary: {
      en: 'After how many unanswered retransmissions a path counts as "potentially failed" and traffic moves to another path.',
      zh: '一条路径连续多少次重传未被响应后被视为"可能失效"，流量改走其他路径。',
    },
    details: {
      en: `0 switches at the first timeout. Must not exceed \`path_max_retrans\`, which declares the path dead.\n\n${SCTP_MODULE.en}`,
      zh: `0 表示第一次超时就切换。不应超过 \`path_max_retrans\`（超过后路径被判定失效）。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.ps_retrans',
    type: 'int',
    unit: 'retries',
    default: '65535',
    range: { min: 0, max: 65535 },
    perNamespace: true,
    related: ['net.sctp.pf_retrans'],
    summary: {
      en: 'After how many timeouts on the primary path, once traffic already runs on another path, SCTP makes that other path the new primary (primary path switchover, RFC 7829), so traffic does not go back when the old primary recovers; 65535 turns it off.',
      zh: '主路径超时多少次后（此时流量已经改走另一条路径），SCTP 把正在使用的那条路径设为新的主路径（主路径切换，RFC 7829），旧主路径恢复后流量也不再切回；65535 表示关闭。',
    },
    details: {
      en: `Must not be below \`pf_retrans\`.\n\n${SCTP_MODULE.en}`,
      zh: `不能小于 \`pf_retrans\`。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.rcvbuf_policy',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'The receive buffer is shared by all associations of a socket (default).', zh: '一个 socket 的所有关联共用接收缓冲区（默认）。' },
      { en: 'Each association has its own receive buffer.', zh: '每个关联有自己的接收缓冲区。' },
    ),
    perNamespace: true,
    related: ['net.sctp.sndbuf_policy', 'net.sctp.sctp_rmem'],
    summary: {
      en: 'Whether the receive buffer of a one-to-many SCTP socket is counted per association.',
      zh: '一对多 SCTP socket 的接收缓冲区是否按关联分别计算。',
    },
    details: {
      en: `Per association, one slow peer cannot fill the buffer for everyone.\n\n${SCTP_MODULE.en}`,
      zh: `按关联计算时，一个慢速对端不会占满所有关联共用的缓冲区。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.sndbuf_policy',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'The send buffer is shared by all associations of a socket (default).', zh: '一个 socket 的所有关联共用发送缓冲区（默认）。' },
      { en: 'Each association has its own send buffer.', zh: '每个关联有自己的发送缓冲区。' },
    ),
    perNamespace: true,
    related: ['net.sctp.rcvbuf_policy', 'net.sctp.sctp_wmem'],
    summary: {
      en: 'Whether the send buffer of a one-to-many SCTP socket is counted per association.',
      zh: '一对多 SCTP socket 的发送缓冲区是否按关联分别计算。',
    },
    details: {
      en: `Per association, one stalled peer does not block sending to the others.\n\n${SCTP_MODULE.en}`,
      zh: `按关联计算时，一个卡住的对端不会阻塞向其他对端的发送。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.rto_alpha_exp_divisor',
    type: 'int',
    default: '3',
    range: { min: 0, max: 1000 },
    perNamespace: true,
    related: ['net.sctp.rto_beta_exp_divisor', 'net.sctp.rto_initial'],
    summary: {
      en: 'The smoothing weight of the SCTP round-trip estimate, as a power of two: 3 means 1/8, the value RFC 4960 gives.',
      zh: 'SCTP 往返时间估算的平滑权重，以 2 的幂表示：3 即 1/8，也就是 RFC 4960 规定的值。',
    },
    details: {
      en: `Read-only on 3.x; writable from 4.x on, but other values depart from the RFC and the kernel logs a warning.\n\n${SCTP_MODULE.en}`,
      zh: `3.x 上只读；4.x 起可写，但其他取值偏离 RFC，内核会在日志中告警。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.rto_beta_exp_divisor',
    type: 'int',
    default: '2',
    range: { min: 0, max: 1000 },
    perNamespace: true,
    related: ['net.sctp.rto_alpha_exp_divisor'],
    summary: {
      en: 'The weight of the SCTP round-trip variance, as a power of two: 2 means 1/4, the value RFC 4960 gives.',
      zh: 'SCTP 往返时间偏差的权重，以 2 的幂表示：2 即 1/4，也就是 RFC 4960 规定的值。',
    },
    details: {
      en: `Read-only on 3.x; writable from 4.x on, but other values depart from the RFC and the kernel logs a warning.\n\n${SCTP_MODULE.en}`,
      zh: `3.x 上只读；4.x 起可写，但其他取值偏离 RFC，内核会在日志中告警。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.rwnd_update_shift',
    type: 'int',
    default: '4',
    range: { min: 1, max: 16 },
    perNamespace: true,
    related: ['net.core.rmem_default', 'net.sctp.rcvbuf_policy'],
    summary: {
      en: 'How much the receive window must grow before SCTP announces it: by a 2^n-th of the buffer (4 means 1/16).',
      zh: '接收窗口增长多少后 SCTP 才通告新窗口：缓冲区的 1/2^n（4 即 1/16）。',
    },
    details: {
      en: `Smaller values send window updates less often.\n\n${SCTP_MODULE.en}`,
      zh: `值越小，窗口更新发得越少。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.plpmtud_probe_interval',
    type: 'int',
    unit: 'milliseconds',
    default: '0',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.ipv4.tcp_mtu_probing'],
    summary: {
      en: 'Interval of SCTP packetization-layer path MTU probing (RFC 8899); 0 turns it off, otherwise at least 5000.',
      zh: 'SCTP 分组层路径 MTU 探测（RFC 8899）的间隔；0 表示关闭，否则至少 5000。',
    },
    details: {
      en: `Finds the path MTU without relying on ICMP, which firewalls often drop. Since 5.14.\n\n${SCTP_MODULE.en}`,
      zh: `不依赖常被防火墙丢弃的 ICMP 来确定路径 MTU。5.14 起提供。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.udp_port',
    type: 'int',
    unit: 'ports',
    default: '0',
    range: { min: 0, max: 65535 },
    perNamespace: true,
    related: ['net.sctp.encap_port'],
    summary: {
      en: 'The local UDP port on which SCTP over UDP (RFC 6951) is received; 0 disables it.',
      zh: '接收 UDP 封装 SCTP（RFC 6951）所用的本地 UDP 端口；0 表示不启用。',
    },
    details: {
      en: `SCTP in UDP crosses NAT devices that only know TCP and UDP; the registered port is 9899. Since 5.11.\n\n${SCTP_MODULE.en}`,
      zh: `把 SCTP 封装进 UDP，可以穿过只认识 TCP 和 UDP 的 NAT 设备；注册端口是 9899。5.11 起提供。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.encap_port',
    type: 'int',
    unit: 'ports',
    default: '0',
    range: { min: 0, max: 65535 },
    perNamespace: true,
    related: ['net.sctp.udp_port'],
    summary: {
      en: 'The remote UDP port SCTP uses when it sends encapsulated in UDP; 0 sends plain SCTP.',
      zh: 'SCTP 以 UDP 封装发送时使用的对端 UDP 端口；0 表示发送普通 SCTP。',
    },
    details: {
      en: `A default for new sockets; applications can set it per socket or per peer. Since 5.11.\n\n${SCTP_MODULE.en}`,
      zh: `作为新 socket 的默认值；应用可以按 socket 或按对端单独设置。5.11 起提供。\n\n${SCTP_MODULE.zh}`,
    },
  },
  {
    key: 'net.sctp.sctp_mem',
    type: 'int-list',
    unit: 'pages',
    items: 3,
    default: null,
    defaultNote: { en: 'Scaled from RAM when the module loads.', zh: '模块加载时按内存大小计算。' },
    range: { min: 0 },
    perNamespace: false,
    related: ['net.sctp.sctp_rmem', 'net.sctp.sctp_wmem', 'net.ipv4.tcp_mem'],
    summary: {
      en: 'Three page counts (low, pressure, high) bounding the memory all SCTP sockets together may use.',
      zh: '三个页数（低、压力、高），限制所有 SCTP socket 合计可用的内存。',
    },
    details: {
      en: 'Works like `tcp_mem`, for SCTP. One value for the whole machine.\n\n- Exists once the `sctp` module is loaded.',
      zh: '作用和 `tcp_mem` 相同，只是针对 SCTP。整机共用一个值。\n\n- 加载 `sctp` 模块后才存在。',
    },
  },
  {
    key: 'net.sctp.sctp_rmem',
    type: 'int-list',
    unit: 'bytes',
    items: 3,
    default: null,
    defaultNote: { en: 'Set when the module loads: the first value is the page size (4096 on most machines), the middle one a build-time constant (1500 times the memory of a one-byte packet), and the last one is scaled from RAM.', zh: '模块加载时确定：第一个值是页大小（多数机器为 4096），中间值是编译时常量（单字节报文占用内存的 1500 倍），最后一个按内存大小计算。' },
    perNamespace: false,
    related: ['net.sctp.sctp_wmem', 'net.sctp.sctp_mem', 'net.ipv4.tcp_rmem'],
    summary: {
      en: 'Receive memory, in bytes, that every SCTP socket may use even under memory pressure: only the first of the three numbers does anything.',
      zh: '每个 SCTP socket 即使在内存紧张时也可使用的接收内存（字节）：三个数中只有第一个起作用。',
    },
    details: {
      en: 'Written like `tcp_rmem`, but unlike TCP, SCTP never sizes a socket from the middle or the last number: a new socket starts with `net.core.rmem_default`, and `SO_RCVBUF` is capped by `net.core.rmem_max`. One value for the whole machine.\n\n- Exists once the `sctp` module is loaded.',
      zh: '写法和 `tcp_rmem` 一样，但与 TCP 不同，SCTP 从不用中间或最后一个数设定 socket 的大小：新 socket 从 `net.core.rmem_default` 开始，`SO_RCVBUF` 的上限是 `net.core.rmem_max`。整机共用一个值。\n\n- 加载 `sctp` 模块后才存在。',
    },
  },
  {
    key: 'net.sctp.sctp_wmem',
    type: 'int-list',
    unit: 'bytes',
    items: 3,
    default: null,
    defaultNote: { en: 'The top value is scaled from RAM when the module loads.', zh: '最大值在模块加载时按内存大小计算。' },
    perNamespace: false,
    related: ['net.sctp.sctp_rmem', 'net.sctp.sctp_mem', 'net.ipv4.tcp_wmem'],
    summary: {
      en: 'Send memory, in bytes, that every SCTP socket may use even under memory pressure: only the first of the three numbers does anything, and on mainline 3.10 none does.',
      zh: '每个 SCTP socket 即使在内存紧张时也可使用的发送内存（字节）：三个数中只有第一个起作用，主线 3.10 内核上三个都不起作用。',
    },
    details: {
      en: 'Written like `tcp_wmem`, but unlike TCP, SCTP never sizes a socket from the middle or the last number: a new socket starts with `net.core.wmem_default`, and `SO_SNDBUF` is capped by `net.core.wmem_max`. One value for the whole machine.\n\n- Exists once the `sctp` module is loaded.',
      zh: '写法和 `tcp_wmem` 一样，但与 TCP 不同，SCTP 从不用中间或最后一个数设定 socket 的大小：新 socket 从 `net.core.wmem_default` 开始，`SO_SNDBUF` 的上限是 `net.core.wmem_max`。整机共用一个值。\n\n- 加载 `sctp` 模块后才存在。',
    },
  },
];

const RPC_DEBUG: Localized = {
  en: 'A bit mask of debug message classes written to the kernel log; 0 (default) prints nothing. `rpcdebug -m <module> -s <flags>` sets it by name. Only on kernels with CONFIG_SUNRPC_DEBUG; a busy server can flood its log, so turn it off again after use.',
  zh: '一个位掩码，指定向内核日志输出哪些类别的调试信息；0（默认）不输出。可以用 `rpcdebug -m <模块> -s <标志>` 按名称设置。仅在启用 CONFIG_SUNRPC_DEBUG 的内核上存在；繁忙的服务器可能刷爆日志，用完请关掉。',
};

function rpcDebug(key: string, who: Localized): SysctlKeyDoc {
  return {
    key,
    type: 'int',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['sunrpc.nfs_debug'],
    summary: { en: `Debug output of ${who.en}, as a bit mask.`, zh: `${who.zh}的调试输出，以位掩码表示。` },
    details: RPC_DEBUG,
  };
}

const RDMA_STAT_MODULE: Localized = {
  en: 'Exists once `rpcrdma` (the RDMA transport of sunrpc) is loaded.',
  zh: '加载 `rpcrdma`（sunrpc 的 RDMA 传输模块）后才存在。',
};

/**
 * A statistic the NFS-over-RDMA server still keeps (net/sunrpc/xprtrdma). `gap`: kernels that keep the
 * file but never count it (rdma_stat_read and _write in 4.18, 5.4 and 5.10, RHEL 7's 3.10 too).
 */
function rdmaStat(key: string, what: Localized, gap?: Localized): SysctlKeyDoc {
  return {
    key,
    type: 'int',
    default: '0',
    defaultNote: { en: 'A counter: 0 when the module loads, then it grows.', zh: '计数器：模块加载时为 0，之后递增。' },
    range: { min: 0 },
    perNamespace: false,
    related: ['sunrpc.svc_rdma.max_requests'],
    summary: { en: `Counter of the NFS-over-RDMA server: ${what.en}`, zh: `NFS over RDMA 服务端的计数器：${what.zh}` },
    details: {
      en: `A statistic, not a setting; writing a number resets it.${gap ? ` ${gap.en}` : ''} ${RDMA_STAT_MODULE.en}`,
      zh: `这是统计值而不是配置；写入一个数会把它重置。${gap?.zh ?? ''}${RDMA_STAT_MODULE.zh}`,
    },
  };
}

const NOT_COUNTED_4_TO_5_10: Localized = {
  en: 'Mainline 3.10 and the 5.14 and later kernels count it; the kernels in between (4.18 to 5.10, and RHEL 7\'s 3.10) never do, so it stays 0 there.',
  zh: '主线 3.10 以及 5.14 和更新的内核会计数；介于两者之间的内核（4.18 到 5.10，还有 RHEL 7 的 3.10）从不计数，一直是 0。',
};

/**
 * A statistic nothing counts any more: only mainline 3.x increments it (svc_rdma_transport.c); 4.18 to
 * 5.10 keep an atomic nobody touches, and the 5.14 and later trees point the file at `svcrdma_stat_unused`
 * with proc_dointvec_minmax from 0 to 0.
 */
function retiredRdmaStat(key: string, what: Localized): SysctlKeyDoc {
  return {
    key,
    type: 'int',
    default: '0',
    range: { min: 0, max: 0 },
    perNamespace: false,
    related: ['sunrpc.svc_rdma.max_requests'],
    summary: {
      en: `Left over from the statistics of the NFS-over-RDMA server (${what.en}): nothing counts it any more, so it reads 0.`,
      zh: `NFS over RDMA 服务端统计项的遗留文件（${what.zh}）：内核已不再计数，读出来总是 0。`,
    },
    details: {
      en: `Only mainline 3.x kernels counted it. 4.18 to 5.10, and RHEL 7's 3.10, keep the file but never count it (a write resets it to 0); in 5.14 and later it is a placeholder that accepts only 0, and writing any other number fails. ${RDMA_STAT_MODULE.en}`,
      zh: `只有主线 3.x 内核会计数。4.18 到 5.10 以及 RHEL 7 的 3.10 保留了这个文件但从不计数（写入会把它清零）；5.14 及更新的内核里它只是个占位文件，只接受 0，写入其他数值会失败。${RDMA_STAT_MODULE.zh}`,
    },
  };
}

const RDMA_MODULE: Localized = {
  en: 'Exists once `rpcrdma` (NFS over RDMA, InfiniBand or RoCE) is loaded.',
  zh: '加载 `rpcrdma`（NFS over RDMA，InfiniBand 或 RoCE）后才存在。',
};

const SUNRPC_KEYS: readonly SysctlKeyDoc[] = [
  rpcDebug('sunrpc.rpc_debug', { en: 'the RPC layer (transports, scheduling)', zh: 'RPC 层（传输、调度）' }),
  rpcDebug('sunrpc.nfsd_debug', { en: 'the NFS server', zh: 'NFS 服务端' }),
  rpcDebug('sunrpc.nlm_debug', { en: 'the NFS lock manager (lockd)', zh: 'NFS 锁管理器（lockd）' }),
  {
    key: 'sunrpc.transports',
    type: 'string',
    default: null,
    defaultNote: { en: 'Read-only: lists the server-side transports registered on this machine.', zh: '只读：列出本机已注册的服务端传输方式。' },
    perNamespace: false,
    related: ['sunrpc.svc_rdma.max_requests'],
    summary: {
      en: 'The transports the kernel\'s RPC server (nfsd, lockd) can listen on, each with its largest payload in bytes (`udp`, `tcp`, and `rdma` once `rpcrdma` is loaded); read-only.',
      zh: '内核 RPC 服务端（nfsd、lockd）可以监听的传输方式及各自的最大负载（字节）：`udp`、`tcp`，加载 `rpcrdma` 后还有 `rdma`；只读。',
    },
    details: {
      en: 'Client transports such as `tcp-tls` never appear here. In 4.18 and later `rpcrdma` holds both the client and the server side of RDMA, so an `rdma` line also shows that the module a `proto=rdma` mount needs is loaded; on 3.10 the server side was the separate `svcrdma` module. Only on kernels with CONFIG_SUNRPC_DEBUG.',
      zh: '`tcp-tls` 这类客户端传输方式不会出现在这里。4.18 及以后 `rpcrdma` 同时包含 RDMA 的客户端和服务端，所以出现 `rdma` 一行也说明 `proto=rdma` 挂载所需的模块已加载；3.10 上服务端是单独的 `svcrdma` 模块。仅在启用 CONFIG_SUNRPC_DEBUG 的内核上存在。',
    },
  },
  {
    key: 'sunrpc.tcp_fin_timeout',
    type: 'int',
    unit: 'seconds',
    default: '15',
    perNamespace: false,
    related: ['net.ipv4.tcp_fin_timeout'],
    summary: {
      en: 'On 3.x kernels, how long the RPC client lets a TCP connection to the server take to finish closing before it aborts it; later kernels keep the key but never read it.',
      zh: '在 3.x 内核上，RPC 客户端给到服务端的 TCP 连接留出多长的关闭时间，超时后强行中止；之后的内核保留了这个参数，但从不读取。',
    },
    details: {
      en: 'On 3.x it kept a reconnecting NFS client from waiting on a half-closed socket; 4.18, 5.4 and 6.18 register it but no code uses the value, so setting it changes nothing there. Separate from `net.ipv4.tcp_fin_timeout`.',
      zh: '在 3.x 上它避免重连的 NFS 客户端被半关闭的连接拖住；4.18、5.4 和 6.18 虽然注册了它，但没有任何代码使用这个值，设置了也不起作用。与 `net.ipv4.tcp_fin_timeout` 互不相干。',
    },
  },
  {
    key: 'sunrpc.rdma_slot_table_entries',
    type: 'int',
    unit: 'entries',
    default: '128',
    range: { min: 4, max: 16384 },
    perNamespace: false,
    related: ['sunrpc.tcp_slot_table_entries', 'sunrpc.rdma_max_inline_read'],
    summary: {
      en: 'How many RPC requests an NFS-over-RDMA client may have in flight per connection.',
      zh: 'NFS over RDMA 客户端每个连接最多同时有多少个 RPC 请求在途。',
    },
    details: { en: `The RDMA twin of \`tcp_slot_table_entries\`. ${RDMA_MODULE.en}`, zh: `相当于 RDMA 版的 \`tcp_slot_table_entries\`。${RDMA_MODULE.zh}` },
  },
  {
    key: 'sunrpc.rdma_max_inline_read',
    type: 'int',
    unit: 'bytes',
    default: '4096',
    range: { min: 1024, max: 65536 },
    perNamespace: false,
    related: ['sunrpc.rdma_max_inline_write'],
    summary: {
      en: 'The largest reply an NFS-over-RDMA client accepts inline, in the message itself; larger data is moved with RDMA operations.',
      zh: 'NFS over RDMA 客户端在消息内直接接收的最大应答；更大的数据通过 RDMA 操作传输。',
    },
    details: { en: `Both ends negotiate the smaller of their limits. ${RDMA_MODULE.en}`, zh: `两端协商取双方限制中较小的值。${RDMA_MODULE.zh}` },
  },
  {
    key: 'sunrpc.rdma_max_inline_write',
    type: 'int',
    unit: 'bytes',
    default: '4096',
    range: { min: 1024, max: 65536 },
    perNamespace: false,
    related: ['sunrpc.rdma_max_inline_read'],
    summary: {
      en: 'The largest request an NFS-over-RDMA client sends inline; larger data is moved with RDMA operations.',
      zh: 'NFS over RDMA 客户端在消息内直接发送的最大请求；更大的数据通过 RDMA 操作传输。',
    },
    details: { en: RDMA_MODULE.en, zh: RDMA_MODULE.zh },
  },
  {
    key: 'sunrpc.rdma_inline_write_padding',
    type: 'int',
    unit: 'bytes',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['sunrpc.rdma_max_inline_write'],
    summary: {
      en: 'Padding once added to inline NFS-over-RDMA writes for old servers; ignored by current kernels.',
      zh: '曾为兼容老服务端而给 NFS over RDMA 内联写请求添加的填充；当前内核已忽略它。',
    },
    details: { en: `Kept so existing configuration still applies. ${RDMA_MODULE.en}`, zh: `保留它只是为了让已有配置仍能应用。${RDMA_MODULE.zh}` },
  },
  {
    key: 'sunrpc.rdma_memreg_strategy',
    type: 'int',
    default: '5',
    range: { min: 0 },
    perNamespace: false,
    related: ['sunrpc.rdma_slot_table_entries'],
    summary: {
      en: 'The memory registration mode of the NFS-over-RDMA client, 5 (FRWR, fast registration) by default. 3.x kernels offered several modes; 5.4 accepts only 5 (any other value makes setting up the transport fail); 5.14 and later always use FRWR and never read it.',
      zh: 'NFS over RDMA 客户端的内存注册方式，默认 5（FRWR，快速注册）。3.x 内核提供多种方式；5.4 只接受 5（其他值会导致传输建立失败）；5.14 及以后总是用 FRWR，不再读取这个值。',
    },
    details: { en: `Writing another number changes nothing on current kernels; leave it alone. ${RDMA_MODULE.en}`, zh: `在当前内核上写入其他数值不起任何作用；保持默认即可。${RDMA_MODULE.zh}` },
  },
  {
    key: 'sunrpc.rdma_pad_optimize',
    type: 'bool',
    default: null,
    defaultNote: { en: '0 on 3.10 and on 5.4 and later; some releases in between (around 4.0) default to 1; 6.8 and later never read it.', zh: '3.10 以及 5.4 和更新的内核为 0；介于两者之间的部分版本（4.0 前后）默认为 1；6.8 起不再读取它。' },
    values: offOn(
      { en: 'Move the XDR round-up padding in the RDMA chunks along with the data.', zh: 'XDR 对齐填充随数据一起放进 RDMA chunk 传输。' },
      { en: 'Leave the XDR round-up padding out of the RDMA chunks.', zh: 'RDMA chunk 中省略 XDR 对齐填充。' },
    ),
    perNamespace: false,
    related: ['sunrpc.rdma_inline_write_padding'],
    summary: {
      en: 'Whether the NFS-over-RDMA client leaves the XDR round-up padding out of the data it moves in RDMA chunks (an old tuning knob; 6.8 and later never read it).',
      zh: 'NFS over RDMA 客户端是否在通过 RDMA chunk 传输的数据中省略 XDR 对齐填充（旧的调优开关；6.8 及以后不再读取）。',
    },
    details: { en: `Kept for compatibility. ${RDMA_MODULE.en}`, zh: `为兼容而保留。${RDMA_MODULE.zh}` },
  },
  {
    key: 'sunrpc.svc_rdma.max_requests',
    type: 'int',
    unit: 'entries',
    default: '64',
    range: { min: 4, max: 16384 },
    perNamespace: false,
    related: ['sunrpc.svc_rdma.max_req_size', 'sunrpc.svc_rdma.max_outbound_read_requests'],
    summary: {
      en: 'How many RPC requests an NFS-over-RDMA server accepts in flight per connection (its credit limit).',
      zh: 'NFS over RDMA 服务端每个连接同时接受多少个在途 RPC 请求（信用额度）。',
    },
    details: { en: `Raising it lets clients keep more I/O in flight at the cost of posted receive buffers; applies to new connections. ${RDMA_MODULE.en}`, zh: `调大可让客户端保持更多在途 I/O，代价是预留更多接收缓冲区；对新连接生效。${RDMA_MODULE.zh}` },
  },
  {
    key: 'sunrpc.svc_rdma.max_req_size',
    type: 'int',
    unit: 'bytes',
    default: '4096',
    range: { min: 4096, max: 65536 },
    perNamespace: false,
    related: ['sunrpc.svc_rdma.max_requests'],
    summary: {
      en: 'The largest inline request an NFS-over-RDMA server receives.',
      zh: 'NFS over RDMA 服务端可接收的最大内联请求。',
    },
    details: { en: RDMA_MODULE.en, zh: RDMA_MODULE.zh },
  },
  {
    key: 'sunrpc.svc_rdma.max_outbound_read_requests',
    type: 'int',
    unit: 'entries',
    default: '16',
    range: { min: 1 },
    perNamespace: false,
    related: ['sunrpc.svc_rdma.max_requests'],
    summary: {
      en: 'On 3.x kernels, how many RDMA reads an NFS-over-RDMA server may have outstanding per connection; later kernels take that limit from the client\'s connection request and the adapter, and only print this value in a debug message.',
      zh: '在 3.x 内核上，NFS over RDMA 服务端每个连接最多同时发起多少个 RDMA 读操作；之后的内核按客户端的连接请求和适配器能力确定这个上限，这个值只在调试信息里打印。',
    },
    details: { en: `On 3.x it was also bounded by what the adapter supports; 4.18, 5.4 and 6.18 never use it. ${RDMA_MODULE.en}`, zh: `3.x 上它还受适配器能力限制；4.18、5.4 和 6.18 都不使用它。${RDMA_MODULE.zh}` },
  },
  rdmaStat('sunrpc.svc_rdma.rdma_stat_read', { en: 'RDMA reads issued.', zh: '发起的 RDMA 读操作次数。' }, NOT_COUNTED_4_TO_5_10),
  rdmaStat('sunrpc.svc_rdma.rdma_stat_write', { en: 'RDMA writes issued.', zh: '发起的 RDMA 写操作次数。' }, NOT_COUNTED_4_TO_5_10),
  rdmaStat('sunrpc.svc_rdma.rdma_stat_recv', { en: 'RPC messages received.', zh: '收到的 RPC 消息数。' }),
  retiredRdmaStat('sunrpc.svc_rdma.rdma_stat_rq_poll', { en: 'receive completion queue polls', zh: '接收完成队列的轮询次数' }),
  retiredRdmaStat('sunrpc.svc_rdma.rdma_stat_rq_prod', { en: 'receive completions processed', zh: '已处理的接收完成事件数' }),
  retiredRdmaStat('sunrpc.svc_rdma.rdma_stat_rq_starve', { en: 'times a receive found no free context', zh: '接收时找不到空闲上下文的次数' }),
  retiredRdmaStat('sunrpc.svc_rdma.rdma_stat_sq_poll', { en: 'send completion queue polls', zh: '发送完成队列的轮询次数' }),
  retiredRdmaStat('sunrpc.svc_rdma.rdma_stat_sq_prod', { en: 'send completions processed', zh: '已处理的发送完成事件数' }),
  rdmaStat('sunrpc.svc_rdma.rdma_stat_sq_starve', { en: 'times a send waited for room in the send queue.', zh: '发送时等待发送队列空位的次数。' }),
];

export const MODULES_MORE_KEYS: readonly SysctlKeyDoc[] = [...IPVS_KEYS, ...SCTP_KEYS, ...SUNRPC_KEYS];
