import type { Localized } from '../../i18n/localized';
import type { SysctlKeyDoc, SysctlRange, SysctlUnit, SysctlValueType } from '../types';

/**
 * Keys of old or specialised network protocols and of a few network drivers: DECnet, IrDA, IPX,
 * AppleTalk, LLC2, the amateur-radio protocols NET/ROM and ROSE, X.25, RDS, RxRPC (AFS), DCCP,
 * TIPC, SMC, MPLS, 6LoWPAN, Phonet, VRF and the RDMA connection managers. Each exists only on
 * kernels built with its protocol and once its module is loaded.
 *
 * Facts from the 6.12 Debian tree: include/net/netrom.h and rose.h (timers kept in milliseconds),
 * include/net/x25.h (timers kept in jiffies, so the printed number depends on CONFIG_HZ),
 * include/linux/atalk.h and net/llc/sysctl_net_llc.c (seconds through proc_dointvec_jiffies),
 * net/rds/sysctl.c and ib_sysctl.c, net/rxrpc/misc.c and conn_client.c, net/tipc/*.c,
 * net/smc/smc_sysctl.c with smc.h / smc_core.h, net/mpls/af_mpls.c, net/phonet/sysctl.c,
 * net/ieee802154/6lowpan/reassembly.c, drivers/net/vrf.c, drivers/infiniband/core/iwcm.c and
 * ucma.c; the catalogs' 3.10 and 5.15 trees for DECnet and IrDA. DECnet left Linux in 6.1 and
 * IrDA in 4.17; for the others that went, the catalogs give the range.
 */

interface Family {
  readonly prefix: string;
  readonly perNamespace: boolean;
  /** What the protocol is, where it exists and whether it is gone: the details of every key. */
  readonly context: Localized;
  /** Why a default is not given, for keys of the family without one. */
  readonly unknownDefault?: Localized;
  readonly removedIn?: string;
  /** A key of another family named as related by the rows that give no `related` (used by IPX, a family of one key). */
  readonly anchor?: string;
}

interface Row {
  readonly leaf: string;
  readonly type?: SysctlValueType;
  readonly unit?: SysctlUnit;
  readonly default: string | null;
  /** Why the default is null, or a nuance about it; overrides the family's `unknownDefault`. */
  readonly defaultNote?: Localized;
  /** 'unbounded' where the handler (plain proc_dointvec or a jiffies variant) stores any int; else 0 and up unless given. */
  readonly range?: SysctlRange | 'unbounded';
  readonly items?: number;
  /**
   * Leaves of the same family that the kernel connects with this one (read on the same code path, or the same role in
   * a sibling mechanism). Nothing is named for a row without it, except a family's `anchor`: every row says its own.
   */
  readonly related?: readonly string[];
  /** Where one key differs from its family (a leftover registered for the initial namespace only). */
  readonly perNamespace?: boolean;
  readonly summary: Localized;
}

function familyKeys(family: Family, rows: readonly Row[]): SysctlKeyDoc[] {
  const keys = rows.map((row) => `${family.prefix}${row.leaf}`);
  return rows.map((row, index) => {
    const type = row.type ?? 'int';
    return {
      key: keys[index],
      type,
      ...(row.unit ? { unit: row.unit } : {}),
      default: row.default,
      ...(row.defaultNote
        ? { defaultNote: row.defaultNote }
        : row.default === null && family.unknownDefault
          ? { defaultNote: family.unknownDefault }
          : {}),
      ...((type === 'int' || type === 'int-list') && row.range !== 'unbounded' ? { range: row.range ?? { min: 0 } } : {}),
      ...(type === 'bool' ? { values: OFF_ON } : {}),
      ...(row.items ? { items: row.items } : {}),
      ...(family.removedIn ? { removedIn: family.removedIn } : {}),
      perNamespace: row.perNamespace ?? family.perNamespace,
      related: row.related ? row.related.map((leaf) => `${family.prefix}${leaf}`) : family.anchor ? [family.anchor] : [],
      summary: row.summary,
      details: family.context,
    };
  });
}

/** net/smc/smc_sysctl.c: SMC_BUF_MIN_SIZE (16 KiB) to INT_MAX / 2. */
const SMC_BUFFER_RANGE: SysctlRange = { min: 16384, max: 1073741823 };

const OFF_ON = [
  { value: '0', meaning: { en: 'Off.', zh: '关闭。' } },
  { value: '1', meaning: { en: 'On.', zh: '开启。' } },
];

const HZ_DEPENDENT: Localized = {
  en: 'Kept in jiffies, so the number printed depends on the kernel\'s tick rate (CONFIG_HZ).',
  zh: '以 jiffies 保存，显示的数值取决于内核的节拍频率（CONFIG_HZ）。',
};

/** net/decnet/sysctl_net_decnet.c: the disconnect counts go from 1 to NSP_MAXRXTSHIFT (12). */
const DECNET_RETRIES: SysctlRange = { min: 1, max: 12 };

const DECNET = familyKeys(
  {
    prefix: 'net.decnet.',
    perNamespace: false,
    removedIn: '6.1',
    context: {
      en: 'DECnet Phase IV, the protocol suite of Digital Equipment\'s VAX/VMS networks (CONFIG_DECNET, module `decnet`). Linux dropped DECnet in 6.1; a line for it only makes sense on older kernels that still load the module.',
      zh: 'DECnet Phase IV，DEC 公司 VAX/VMS 网络的协议族（CONFIG_DECNET，模块 `decnet`）。Linux 在 6.1 中移除了 DECnet；只有仍能加载该模块的老内核才需要这一行。',
    },
  },
  [
    {
      leaf: 'node_address',
      type: 'string',
      default: '0.0',
      defaultNote: { en: 'Set when the module loads from its `addr=area,node` parameter; 0.0 without it.', zh: '模块加载时取自模块参数 `addr=区域,节点`；未给出时为 0.0。' },
      related: ['default_device'],
      summary: { en: 'This node\'s DECnet address, as area.node (e.g. 1.2).', zh: '本节点的 DECnet 地址，格式为 区域.节点（如 1.2）。' },
    },
    { leaf: 'node_name', type: 'string', default: '???', related: ['node_address'], summary: { en: 'This node\'s DECnet name (up to six characters).', zh: '本节点的 DECnet 名称（最多 6 个字符）。' } },
    {
      leaf: 'default_device',
      type: 'string',
      default: null,
      defaultNote: {
        en: 'Empty until DECnet sets up an Ethernet interface by itself (one whose MAC address already encodes a DECnet address); the first such interface becomes the default.',
        zh: '在 DECnet 自动配置某个以太网接口（其 MAC 地址本身就编码了 DECnet 地址）之前为空；第一个这样的接口成为默认接口。',
      },
      related: ['node_address'],
      summary: { en: 'The interface DECnet sends on when no route says otherwise.', zh: '没有路由指定时 DECnet 使用的发送接口。' },
    },
    { leaf: 'time_wait', unit: 'seconds', default: '30', range: { min: 5, max: 600 }, related: ['dn_count', 'di_count', 'dr_count'], summary: { en: 'How long a closed DECnet connection waits before its state is freed.', zh: 'DECnet 连接关闭后，其状态保留多久才释放。' } },
    { leaf: 'dn_count', unit: 'retries', default: '1', range: DECNET_RETRIES, related: ['di_count', 'dr_count', 'time_wait'], summary: { en: 'How many disconnect-confirm messages are sent when closing a connection the peer has already disconnected (our own disconnects are counted by `di_count`).', zh: '对端已先断开时，本端关闭连接要发送多少次断开确认消息（本端主动断开由 `di_count` 计数）。' } },
    { leaf: 'di_count', unit: 'retries', default: '3', range: DECNET_RETRIES, related: ['dr_count', 'dn_count', 'time_wait'], summary: { en: 'How many disconnect-initiate messages are sent.', zh: '发送多少次断开发起消息。' } },
    { leaf: 'dr_count', unit: 'retries', default: '3', range: DECNET_RETRIES, related: ['di_count', 'dn_count', 'time_wait'], summary: { en: 'How many disconnect-reject messages are sent.', zh: '发送多少次断开拒绝消息。' } },
    { leaf: 'dst_gc_interval', unit: 'seconds', default: '2', range: { min: 1, max: 60 }, related: ['node_address'], summary: { en: 'How often cached DECnet routes are garbage-collected.', zh: 'DECnet 路由缓存的回收间隔。' } },
    { leaf: 'no_fc_max_cwnd', default: '1', range: { min: 1, max: 2046 }, related: ['decnet_wmem', 'decnet_rmem'], summary: { en: 'The largest congestion window used on connections without flow control.', zh: '无流控连接使用的最大拥塞窗口。' } },
    { leaf: 'decnet_mem', type: 'int-list', unit: 'pages', items: 3, default: '6144\t8192\t12288', related: ['decnet_rmem', 'decnet_wmem'], summary: { en: 'Low, pressure and high page counts meant for the memory of all DECnet sockets. DECnet never charges its sockets\' memory to the counter these are compared with, so they have no effect.', zh: '本意是所有 DECnet socket 内存的低、压力、高三档页数。但 DECnet 从不把 socket 内存计入与之比较的计数器，所以这三个值不起作用。' } },
    { leaf: 'decnet_rmem', type: 'int-list', unit: 'bytes', items: 3, default: '4096\t87380\t174760', range: 'unbounded', related: ['decnet_wmem', 'decnet_mem'], summary: { en: 'Receive buffer of DECnet sockets, written as three numbers like `tcp_rmem`; only the middle one is used, as the buffer a new socket starts with. DECnet reads neither of the other two.', zh: 'DECnet socket 的接收缓冲区，仿照 `tcp_rmem` 写成三个数；只用中间那个，作为新 socket 的初始缓冲区，另外两个 DECnet 都不读取。' } },
    { leaf: 'decnet_wmem', type: 'int-list', unit: 'bytes', items: 3, default: '4096\t16384\t131072', range: 'unbounded', related: ['decnet_rmem', 'decnet_mem'], summary: { en: 'Send buffer of DECnet sockets, written as three numbers like `tcp_wmem`; only the middle one is used, as the buffer a new socket starts with. DECnet reads neither of the other two.', zh: 'DECnet socket 的发送缓冲区，仿照 `tcp_wmem` 写成三个数；只用中间那个，作为新 socket 的初始缓冲区，另外两个 DECnet 都不读取。' } },
    { leaf: 'debug', default: '0', range: 'unbounded', related: ['default_device'], summary: { en: 'Debug output of the DECnet stack; 0 prints nothing.', zh: 'DECnet 协议栈的调试输出；0 表示不输出。' } },
  ],
);

const IRDA = familyKeys(
  {
    prefix: 'net.irda.',
    perNamespace: false,
    removedIn: '4.17',
    context: {
      en: 'IrDA, infrared links of old laptops and phones (CONFIG_IRDA, module `irda`). It moved to staging in 4.14 and was deleted in 4.17; drop these lines on newer kernels.',
      zh: 'IrDA，老式笔记本和手机上的红外连接（CONFIG_IRDA，模块 `irda`）。4.14 移入 staging，4.17 被删除；新内核上请删掉这些行。',
    },
  },
  [
    { leaf: 'discovery', type: 'bool', default: '0', related: ['discovery_timeout', 'devname'], summary: { en: 'Whether the stack periodically looks for IrDA devices in range.', zh: '协议栈是否定期搜索范围内的 IrDA 设备。' } },
    { leaf: 'devname', type: 'string', default: 'Linux', related: ['discovery'], summary: { en: 'The name this machine announces during IrDA discovery.', zh: '本机在 IrDA 发现过程中公布的名称。' } },
    { leaf: 'discovery_slots', default: '6', range: { min: 1, max: 16 }, related: ['discovery'], summary: { en: 'How many slots a discovery round uses.', zh: '每轮发现使用的时隙数。' } },
    { leaf: 'discovery_timeout', unit: 'seconds', range: 'unbounded', default: '3', related: ['discovery'], summary: { en: 'How often discovery runs.', zh: '多久执行一次发现。' } },
    {
      leaf: 'slot_timeout',
      unit: 'milliseconds',
      range: { min: 20, max: 160 },
      default: null,
      defaultNote: {
        en: '90 ms rounded down to whole kernel ticks: 90 on kernels with CONFIG_HZ of 100, 300 or 1000, 88 with 250.',
        zh: '90 毫秒按内核节拍向下取整：CONFIG_HZ 为 100、300 或 1000 时是 90，为 250 时是 88。',
      },
      related: ['discovery_slots'],
      summary: { en: 'How long each discovery slot waits for an answer.', zh: '每个发现时隙等待应答的时长。' },
    },
    { leaf: 'fast_poll_increase', range: 'unbounded', default: '50', related: ['discovery'], summary: { en: 'How fast the polling interval grows when the link is idle.', zh: '链路空闲时轮询间隔增长的速度。' } },
    { leaf: 'lap_keepalive_time', unit: 'milliseconds', range: { min: 100, max: 10000 }, default: '2000', related: ['discovery'], summary: { en: 'How long an IrLAP link is kept up after its last connection closes, before the link itself is shut down.', zh: 'IrLAP 链路上最后一个连接关闭后，链路本身还保持多久才断开。' } },
    { leaf: 'max_baud_rate', range: { min: 2400, max: 16000000 }, default: '16000000', related: ['max_noreply_time'], summary: { en: 'The highest link speed, in bit/s, offered during negotiation.', zh: '协商时提供的最高链路速率（bit/s）。' } },
    { leaf: 'min_tx_turn_time', range: { min: 0, max: 10000 }, default: '10', related: ['max_tx_data_size', 'max_tx_window'], summary: { en: 'A floor, in microseconds, for the turnaround time the peer announced: this side waits at least this long before transmitting to it.', zh: '对端通告的收发转换时间的下限（微秒）：本端向对端发送前至少等待这么久。' } },
    { leaf: 'max_tx_data_size', unit: 'bytes', range: { min: 64, max: 2048 }, default: '2042', related: ['max_tx_window', 'min_tx_turn_time'], summary: { en: 'The largest frame this side sends.', zh: '本端发送的最大帧。' } },
    { leaf: 'max_tx_window', range: { min: 1, max: 7 }, default: '7', related: ['max_tx_data_size', 'min_tx_turn_time'], summary: { en: 'How many frames may be sent before waiting for an acknowledgement.', zh: '等待确认之前最多可发送多少帧。' } },
    { leaf: 'max_noreply_time', unit: 'seconds', range: { min: 3, max: 40 }, default: '12', related: ['warn_noreply_time', 'max_baud_rate'], summary: { en: 'How long without replies before the link is declared lost.', zh: '多久收不到应答就判定链路断开。' } },
    { leaf: 'warn_noreply_time', unit: 'seconds', range: { min: 1, max: 3 }, default: '3', related: ['max_noreply_time'], summary: { en: 'How long without replies before the stack warns that the link is failing.', zh: '多久收不到应答就告警链路可能中断。' } },
    { leaf: 'debug', range: 'unbounded', default: '0', related: ['discovery'], summary: { en: 'Debug output level of the IrDA stack.', zh: 'IrDA 协议栈的调试输出级别。' } },
  ],
);

const IPX = familyKeys(
  {
    prefix: 'net.ipx.',
    perNamespace: false,
    anchor: 'net.appletalk.aarp-expiry-time',
    context: {
      en: 'IPX, the network layer of Novell NetWare (CONFIG_IPX, module `ipx`). It moved to staging in 4.16 and was deleted soon after (the catalogs show when).',
      zh: 'IPX，Novell NetWare 的网络层协议（CONFIG_IPX，模块 `ipx`）。4.16 移入 staging，之后不久被删除（版本见内核目录数据）。',
    },
  },
  [
    { leaf: 'ipx_pprop_broadcasting', type: 'bool', default: '1', summary: { en: 'Whether NetBIOS-over-IPX broadcasts (packet type 20) are propagated to the other networks.', zh: '是否把 NetBIOS over IPX 广播（报文类型 20）转发到其他网络。' } },
  ],
);

const APPLETALK = familyKeys(
  {
    prefix: 'net.appletalk.',
    perNamespace: false,
    context: {
      en: 'AppleTalk\'s address resolution (AARP), for classic Mac OS networks and netatalk (CONFIG_ATALK, module `appletalk`). The times are printed in seconds.',
      zh: 'AppleTalk 的地址解析协议（AARP），用于经典 Mac OS 网络和 netatalk（CONFIG_ATALK，模块 `appletalk`）。时间以秒显示。',
    },
  },
  [
    { leaf: 'aarp-expiry-time', range: 'unbounded', unit: 'seconds', default: '300', related: ['aarp-tick-time'], summary: { en: 'Ten times this is how long a learned AppleTalk-to-hardware address mapping stays cached after its last use (3000 s by default); the value itself is how often the AARP timer runs while no address is being resolved.', zh: '学到的"AppleTalk 地址→硬件地址"映射在最后一次使用后缓存该值的十倍时长（默认 3000 秒）；该值本身是没有待解析地址时 AARP 定时器的运行间隔。' } },
    { leaf: 'aarp-tick-time', range: 'unbounded', unit: 'seconds', default: '0', related: ['aarp-expiry-time'], summary: { en: 'How often an unanswered AARP request is resent: the AARP timer runs this often only while some address is being resolved (a fifth of a second, which prints as 0).', zh: '未得到应答的 AARP 请求的重发间隔：只有存在待解析地址时，AARP 定时器才按这个间隔运行（0.2 秒，显示为 0）。' } },
    { leaf: 'aarp-retransmit-limit', range: 'unbounded', unit: 'retries', default: '10', related: ['aarp-tick-time', 'aarp-expiry-time'], summary: { en: 'How many AARP requests are sent before giving up on an address.', zh: '放弃解析一个地址之前发送多少次 AARP 请求。' } },
    { leaf: 'aarp-resolve-time', range: 'unbounded', unit: 'seconds', default: '10', related: ['aarp-expiry-time', 'aarp-retransmit-limit'], summary: { en: 'How long an unanswered address resolution, with the packets waiting for it, is kept before it is dropped; the retransmit limit usually drops it sooner.', zh: '未得到应答的地址解析（连同等待它的报文）保留多久后被丢弃；通常重发次数上限会更早让它被丢弃。' } },
  ],
);

const LLC = familyKeys(
  {
    prefix: 'net.llc.llc2.timeout.',
    perNamespace: false,
    context: {
      en: 'LLC type 2, the connection-oriented IEEE 802.2 link layer used by old SNA and NetBEUI setups (CONFIG_LLC2, module `llc2`). Printed in seconds.',
      zh: 'LLC 类型 2，即面向连接的 IEEE 802.2 链路层，老式 SNA 和 NetBEUI 环境使用（CONFIG_LLC2，模块 `llc2`）。以秒显示。',
    },
  },
  [
    { leaf: 'ack', range: 'unbounded', unit: 'seconds', default: '1', related: ['busy'], summary: { en: 'The LLC2 acknowledgement timer.', zh: 'LLC2 的确认定时器。' } },
    { leaf: 'busy', range: 'unbounded', unit: 'seconds', default: '3', related: ['ack'], summary: { en: 'How long LLC2 waits before polling a peer that said it is busy.', zh: '对端报告忙之后，LLC2 等多久再去轮询它。' } },
    { leaf: 'p', range: 'unbounded', unit: 'seconds', default: '2', related: ['ack'], summary: { en: 'The LLC2 poll (P-bit) timer.', zh: 'LLC2 的轮询（P 位）定时器。' } },
    { leaf: 'rej', range: 'unbounded', unit: 'seconds', default: '3', related: ['ack'], summary: { en: 'The LLC2 reject timer.', zh: 'LLC2 的拒绝（REJ）定时器。' } },
  ],
);

const NETROM = familyKeys(
  {
    prefix: 'net.netrom.',
    perNamespace: false,
    context: {
      en: 'NET/ROM, a routing layer of amateur packet radio over AX.25 (CONFIG_NETROM, module `netrom`). Times are in milliseconds.',
      zh: 'NET/ROM，业余分组无线电在 AX.25 之上的路由层（CONFIG_NETROM，模块 `netrom`）。时间以毫秒计。',
    },
  },
  [
    { leaf: 'default_path_quality', default: '10', range: { min: 0, max: 255 }, related: ['obsolescence_count_initialiser'], summary: { en: 'The quality given to a newly heard NET/ROM neighbour (0–255).', zh: '赋给新发现的 NET/ROM 邻居的质量值（0–255）。' } },
    { leaf: 'obsolescence_count_initialiser', default: '6', range: { min: 0, max: 255 }, related: ['default_path_quality'], summary: { en: 'How many routing broadcasts a route survives without being heard again.', zh: '一条路由在多少次路由广播中未再出现后失效。' } },
    { leaf: 'network_ttl_initialiser', default: '16', range: { min: 0, max: 255 }, related: ['routing_control'], summary: { en: 'The time-to-live of NET/ROM packets, in hops.', zh: 'NET/ROM 报文的生存期（跳数）。' } },
    { leaf: 'transport_timeout', unit: 'milliseconds', default: '120000', related: ['transport_maximum_tries', 'transport_busy_delay'], summary: { en: 'How long a frame waits for an acknowledgement before it is resent.', zh: '帧等待确认多久后重发。' } },
    { leaf: 'transport_maximum_tries', unit: 'retries', default: '3', related: ['transport_timeout'], summary: { en: 'How many times a frame is sent before the circuit is dropped, as a new socket takes it: converted as if it were milliseconds (times CONFIG_HZ / 1000, rounded up), so 3 acts as 3 only with HZ 1000 and as 1 on HZ 100, 250 and 300 kernels.', zh: '一帧最多发送多少次，之后断开电路；新 socket 取值时内核把它当作毫秒换算（乘以 CONFIG_HZ / 1000 后向上取整），所以只有 HZ=1000 的内核上 3 才是 3 次，HZ 为 100、250、300 时实际只有 1 次。' } },
    { leaf: 'transport_acknowledge_delay', unit: 'milliseconds', default: '5000', related: ['transport_requested_window_size'], summary: { en: 'How long an acknowledgement is held back, hoping to ride on data.', zh: '确认延迟发送多久，以便捎带在数据上。' } },
    { leaf: 'transport_busy_delay', unit: 'milliseconds', default: '180000', related: ['transport_timeout'], summary: { en: 'How long to wait before polling a peer that said it is busy.', zh: '对端报告忙之后等多久再去轮询。' } },
    { leaf: 'transport_requested_window_size', default: '4', range: { min: 1, max: 127 }, related: ['transport_acknowledge_delay'], summary: { en: 'The window asked for when a circuit is set up.', zh: '建立电路时请求的窗口大小。' } },
    { leaf: 'transport_no_activity_timeout', unit: 'milliseconds', default: '0', related: ['transport_timeout', 'transport_maximum_tries'], summary: { en: 'How long an idle circuit stays up; 0 keeps it forever.', zh: '空闲电路保持多久；0 表示永不断开。' } },
    { leaf: 'routing_control', type: 'bool', default: '1', related: ['default_path_quality'], summary: { en: 'Whether this node routes NET/ROM traffic for others.', zh: '本节点是否为他人转发 NET/ROM 流量。' } },
    { leaf: 'link_fails_count', default: '2', range: { min: 1, max: 10 }, related: ['default_path_quality'], summary: { en: 'After how many AX.25 link failures to a neighbour NET/ROM stops using it and moves each destination to its next route; the routes stay in the table.', zh: '到某个邻居的 AX.25 链路失败多少次后，NET/ROM 不再使用它，把各目的地切换到下一条路由；路由本身仍留在表中。' } },
    { leaf: 'reset', type: 'bool', default: '0', related: ['default_path_quality'], summary: { en: 'Whether NET/ROM reset frames are sent and accepted.', zh: '是否发送和接受 NET/ROM 复位帧。' } },
  ],
);

const ROSE = familyKeys(
  {
    prefix: 'net.rose.',
    perNamespace: false,
    context: {
      en: 'ROSE, an X.25-like network layer of amateur packet radio (CONFIG_ROSE, module `rose`). Times are in milliseconds.',
      zh: 'ROSE，业余分组无线电中类似 X.25 的网络层（CONFIG_ROSE，模块 `rose`）。时间以毫秒计。',
    },
  },
  [
    { leaf: 'restart_request_timeout', unit: 'milliseconds', default: '180000', related: ['call_request_timeout', 'link_fail_timeout'], summary: { en: 'How long a restart request waits for its confirmation (T0).', zh: '重启请求等待确认的时长（T0）。' } },
    { leaf: 'call_request_timeout', unit: 'milliseconds', default: '200000', related: ['reset_request_timeout', 'clear_request_timeout', 'restart_request_timeout'], summary: { en: 'How long a call request waits to be accepted (T1).', zh: '呼叫请求等待接受的时长（T1）。' } },
    { leaf: 'reset_request_timeout', unit: 'milliseconds', default: '180000', related: ['call_request_timeout', 'clear_request_timeout'], summary: { en: 'How long a reset request waits for its confirmation (T2).', zh: '复位请求等待确认的时长（T2）。' } },
    { leaf: 'clear_request_timeout', unit: 'milliseconds', default: '180000', related: ['call_request_timeout', 'reset_request_timeout'], summary: { en: 'How long a clear request waits for its confirmation (T3).', zh: '清除请求等待确认的时长（T3）。' } },
    { leaf: 'no_activity_timeout', unit: 'milliseconds', default: '0', related: ['clear_request_timeout'], summary: { en: 'How long an idle circuit stays up; 0 keeps it forever.', zh: '空闲电路保持多久；0 表示永不断开。' } },
    { leaf: 'acknowledge_hold_back_timeout', unit: 'milliseconds', default: '5000', related: ['window_size'], summary: { en: 'How long an acknowledgement is held back, hoping to ride on data.', zh: '确认延迟发送多久，以便捎带在数据上。' } },
    { leaf: 'routing_control', type: 'bool', default: '1', related: ['link_fail_timeout'], summary: { en: 'Whether this node routes ROSE calls for others.', zh: '本节点是否为他人转发 ROSE 呼叫。' } },
    { leaf: 'link_fail_timeout', unit: 'milliseconds', default: '120000', related: ['restart_request_timeout', 'routing_control'], summary: { en: 'How long a failed link is avoided before it is tried again.', zh: '失败的链路在多久之内不再使用。' } },
    { leaf: 'maximum_virtual_circuits', default: '50', related: ['routing_control'], summary: { en: 'How many circuits one neighbour may carry.', zh: '每个邻居最多承载多少条电路。' } },
    { leaf: 'window_size', default: '7', range: { min: 1, max: 7 }, related: ['acknowledge_hold_back_timeout'], summary: { en: 'The window size of ROSE circuits.', zh: 'ROSE 电路的窗口大小。' } },
  ],
);

const X25 = familyKeys(
  {
    prefix: 'net.x25.',
    perNamespace: false,
    unknownDefault: HZ_DEPENDENT,
    context: {
      en: 'X.25, the packet-switched networks of the past still found in some banking and telecom links (CONFIG_X25, module `x25`). The timeouts are kept in jiffies.',
      zh: 'X.25，过去的分组交换网络，部分银行和电信链路中仍能见到（CONFIG_X25，模块 `x25`）。超时以 jiffies 保存。',
    },
  },
  [
    { leaf: 'restart_request_timeout', default: null, related: ['call_request_timeout'], summary: { en: 'How long a restart request waits for its confirmation (T20, 180 s).', zh: '重启请求等待确认的时长（T20，180 秒）。' } },
    { leaf: 'call_request_timeout', default: null, related: ['reset_request_timeout', 'clear_request_timeout', 'restart_request_timeout'], summary: { en: 'How long a call request waits to be accepted (T21, 200 s).', zh: '呼叫请求等待接受的时长（T21，200 秒）。' } },
    { leaf: 'reset_request_timeout', default: null, related: ['call_request_timeout', 'clear_request_timeout'], summary: { en: 'How long a reset request waits for its confirmation (T22, 180 s).', zh: '复位请求等待确认的时长（T22，180 秒）。' } },
    { leaf: 'clear_request_timeout', default: null, related: ['call_request_timeout', 'reset_request_timeout'], summary: { en: 'How long a clear request waits for its confirmation (T23, 180 s).', zh: '清除请求等待确认的时长（T23，180 秒）。' } },
    { leaf: 'acknowledgement_hold_back_timeout', default: null, related: ['call_request_timeout', 'reset_request_timeout', 'clear_request_timeout'], summary: { en: 'How long an acknowledgement is held back, hoping to ride on data (T2, 3 s).', zh: '确认延迟发送多久，以便捎带在数据上（T2，3 秒）。' } },
    { leaf: 'x25_forward', type: 'bool', default: '0', related: ['restart_request_timeout'], summary: { en: 'Whether this machine forwards X.25 calls between interfaces.', zh: '本机是否在接口之间转发 X.25 呼叫。' } },
  ],
);

const RDS_CONTEXT: Localized = {
  en: 'RDS (Reliable Datagram Sockets), used by Oracle RAC over InfiniBand or TCP (CONFIG_RDS, module `rds`; `rds_rdma` and `rds_tcp` for the transports).',
  zh: 'RDS（可靠数据报 socket），Oracle RAC 在 InfiniBand 或 TCP 上使用（CONFIG_RDS，模块 `rds`；传输层为 `rds_rdma` 和 `rds_tcp`）。',
};

const RDS = familyKeys(
  { prefix: 'net.rds.', perNamespace: false, unknownDefault: { en: 'Depends on the tick rate (CONFIG_HZ).', zh: '取决于节拍频率（CONFIG_HZ）。' }, context: RDS_CONTEXT },
  [
    { leaf: 'max_unacked_packets', range: 'unbounded', unit: 'packets', default: '8', related: ['max_unacked_bytes'], summary: { en: 'How many packets RDS sends before it asks for an acknowledgement.', zh: 'RDS 发送多少个报文后要求对端确认。' } },
    { leaf: 'max_unacked_bytes', range: 'unbounded', unit: 'bytes', default: '16777216', related: ['max_unacked_packets'], summary: { en: 'How many bytes RDS sends before it asks for an acknowledgement.', zh: 'RDS 发送多少字节后要求对端确认。' } },
    { leaf: 'ping_enable', type: 'bool', default: '1', related: ['max_unacked_packets'], summary: { en: 'Whether this host answers RDS pings (`rds-ping`).', zh: '本机是否响应 RDS ping（`rds-ping`）。' } },
    { leaf: 'reconnect_min_delay_ms', unit: 'milliseconds', default: null, related: ['reconnect_max_delay_ms'], summary: { en: 'The starting bound of the random delay between RDS reconnection attempts: the first attempt after a drop is immediate, later ones wait a random time below this bound, which doubles each time up to the maximum.', zh: 'RDS 重连尝试之间随机延迟的初始上界：连接断开后第一次重连立即进行，之后每次等待低于该上界的随机时长，上界每次翻倍，直到最大值。' } },
    { leaf: 'reconnect_max_delay_ms', unit: 'milliseconds', default: '1000', related: ['reconnect_min_delay_ms'], summary: { en: 'The longest delay between RDS reconnection attempts.', zh: 'RDS 两次重连尝试之间的最长延迟。' } },
  ],
);

/** net/rds/ib_recv.c rds_ib_recv_init and iw_recv.c rds_iw_recv_init overwrite the compiled-in 32768 when the module loads. */
const RDS_RECV_ALLOCATION_LOAD: Localized = {
  en: '32768 is only the compiled-in value: when the module loads, the kernel replaces it with a third of the machine\'s RAM counted in 4 KiB units (262144 for every 3 GiB), so that is the number a running system shows.',
  zh: '32768 只是编译时的初值：模块加载时内核会把它改为本机内存的三分之一、按 4 KiB 计的数量（每 3 GiB 内存对应 262144），运行中的系统显示的是这个数。',
};

const RDS_IB = familyKeys(
  {
    prefix: 'net.rds.ib.',
    perNamespace: false,
    context: { en: `The InfiniBand transport of RDS. ${RDS_CONTEXT.en}`, zh: `RDS 的 InfiniBand 传输。${RDS_CONTEXT.zh}` },
  },
  [
    { leaf: 'max_send_wr', default: '256', range: { min: 1 }, related: ['max_recv_wr'], summary: { en: 'How many send work requests an RDS InfiniBand connection posts.', zh: 'RDS InfiniBand 连接投递的发送工作请求数。' } },
    { leaf: 'max_recv_wr', default: '1024', range: { min: 1 }, related: ['max_send_wr'], summary: { en: 'How many receive work requests an RDS InfiniBand connection posts.', zh: 'RDS InfiniBand 连接投递的接收工作请求数。' } },
    { leaf: 'max_recv_allocation', default: null, defaultNote: RDS_RECV_ALLOCATION_LOAD, related: ['max_recv_wr'], summary: { en: 'The most incoming-message structures RDS over InfiniBand may have allocated at once (one per received message, however many fragments it has); receive refills stop at the limit.', zh: 'RDS over InfiniBand 同时可分配的接收消息结构数上限（每条收到的消息一个，不论含多少分片）；达到上限后停止补充接收缓冲。' } },
    { leaf: 'max_unsignaled_wr', default: '16', range: { min: 1, max: 64 }, related: ['max_send_wr'], summary: { en: 'How many sends may complete silently before one asks for a completion event.', zh: '多少个发送可以静默完成，之后才请求一次完成事件。' } },
    { leaf: 'flow_control', type: 'bool', default: '0', related: ['max_send_wr'], summary: { en: 'Whether RDS over InfiniBand uses credit-based flow control.', zh: 'RDS over InfiniBand 是否使用基于信用的流控。' } },
  ],
);

const RDS_IW = familyKeys(
  {
    prefix: 'net.rds.iw.',
    perNamespace: false,
    context: {
      en: `The iWARP transport of RDS, found in 3.x kernels and removed later (the catalogs show when). ${RDS_CONTEXT.en}`,
      zh: `RDS 的 iWARP 传输，3.x 内核中存在，后来被删除（版本见内核目录数据）。${RDS_CONTEXT.zh}`,
    },
  },
  [
    { leaf: 'max_send_wr', default: '256', range: { min: 1 }, related: ['max_recv_wr'], summary: { en: 'How many send work requests an RDS iWARP connection posts.', zh: 'RDS iWARP 连接投递的发送工作请求数。' } },
    { leaf: 'max_recv_wr', default: '1024', range: { min: 1 }, related: ['max_send_wr'], summary: { en: 'How many receive work requests an RDS iWARP connection posts.', zh: 'RDS iWARP 连接投递的接收工作请求数。' } },
    { leaf: 'max_recv_allocation', default: null, defaultNote: RDS_RECV_ALLOCATION_LOAD, related: ['max_recv_wr'], summary: { en: 'The most incoming-message structures RDS over iWARP may have allocated at once (one per received message, however many fragments it has); receive refills stop at the limit.', zh: 'RDS over iWARP 同时可分配的接收消息结构数上限（每条收到的消息一个，不论含多少分片）；达到上限后停止补充接收缓冲。' } },
    { leaf: 'max_unsignaled_wr', default: '16', range: { min: 1 }, related: ['max_send_wr'], summary: { en: 'How many sends may complete silently before one asks for a completion event.', zh: '多少个发送可以静默完成，之后才请求一次完成事件。' } },
    { leaf: 'max_unsignaled_bytes', unit: 'bytes', default: '16777216', related: ['max_unsignaled_wr'], summary: { en: 'How many bytes may be sent silently before one send asks for a completion event.', zh: '静默发送多少字节后请求一次完成事件。' } },
    { leaf: 'flow_control', type: 'bool', default: '1', related: ['max_send_wr'], summary: { en: 'Whether RDS over iWARP uses credit-based flow control.', zh: 'RDS over iWARP 是否使用基于信用的流控。' } },
  ],
);

const RDS_TCP_BUFFER_UNSET: Localized = {
  en: '0 leaves the buffer to TCP: the namespace\'s TCP defaults and autotuning apply. A value written must be at least the kernel\'s socket minimum (a few KiB), so 0 cannot be written back.',
  zh: '0 表示交给 TCP 处理：沿用该命名空间的 TCP 默认值并允许自动调整。写入的值不能低于内核的 socket 最小值（几 KiB），因此无法再写回 0。',
};

const RDS_TCP = familyKeys(
  {
    prefix: 'net.rds.tcp.',
    perNamespace: true,
    context: { en: `The TCP transport of RDS (module \`rds_tcp\`). ${RDS_CONTEXT.en}`, zh: `RDS 的 TCP 传输（模块 \`rds_tcp\`）。${RDS_CONTEXT.zh}` },
  },
  [
    { leaf: 'rds_tcp_sndbuf', unit: 'bytes', default: '0', defaultNote: RDS_TCP_BUFFER_UNSET, related: ['rds_tcp_rcvbuf'], summary: { en: 'The send buffer size of the TCP sockets RDS uses; changing it resets the connections.', zh: 'RDS 所用 TCP socket 的发送缓冲区大小；修改后连接会被重置。' } },
    { leaf: 'rds_tcp_rcvbuf', unit: 'bytes', default: '0', defaultNote: RDS_TCP_BUFFER_UNSET, related: ['rds_tcp_sndbuf'], summary: { en: 'The receive buffer size of the TCP sockets RDS uses; changing it resets the connections.', zh: 'RDS 所用 TCP socket 的接收缓冲区大小；修改后连接会被重置。' } },
  ],
);

const RXRPC = familyKeys(
  {
    prefix: 'net.rxrpc.',
    perNamespace: false,
    context: {
      en: 'RxRPC, the RPC transport of the AFS distributed file system over UDP, used by the kernel\'s own AFS client (kAFS) and by AFS tools through AF_RXRPC sockets; OpenAFS brings its own Rx code and does not use it (CONFIG_AF_RXRPC, module `rxrpc`).',
      zh: 'RxRPC，AFS 分布式文件系统在 UDP 上使用的 RPC 传输，由内核自带的 AFS 客户端（kAFS）以及通过 AF_RXRPC socket 工作的 AFS 工具使用；OpenAFS 自带 Rx 实现，不走这个模块（CONFIG_AF_RXRPC，模块 `rxrpc`）。',
    },
  },
  [
    { leaf: 'max_backlog', default: '10', range: { min: 4, max: 31 }, related: ['rx_window_size'], summary: { en: 'The largest backlog of incoming calls listen() may set on an RxRPC socket: a larger request fails with EINVAL, and INT_MAX takes this value.', zh: 'listen() 在 RxRPC socket 上可设置的最大呼入调用积压数：请求更大的值会返回 EINVAL，传入 INT_MAX 则取此值。' } },
    // The receive limits RxRPC advertises in its ACKs (window and MTU; the jumbo count on older kernels).
    { leaf: 'rx_window_size', range: { min: 1, max: 255 }, unit: 'packets', default: null, defaultNote: { en: 'Raised over the years: 32 in 4.18, 63 in 5.4, 255 in 6.18.', zh: '历年来逐步调大：4.18 为 32，5.4 为 63，6.18 为 255。' }, related: ['rx_mtu', 'rx_jumbo_max'], summary: { en: 'The receive window RxRPC advertises, in packets.', zh: 'RxRPC 通告的接收窗口（报文数）。' } },
    {
      leaf: 'rx_mtu',
      range: { min: 500, max: 65535 },
      unit: 'bytes',
      default: null,
      defaultNote: {
        en: '5692 up to 6.13; 65160 (a jumbo packet of 46 subpackets) from 6.14, which added path-MTU discovery.',
        zh: '6.13 及以前为 5692；6.14 加入路径 MTU 探测后为 65160（含 46 个子包的巨型报文）。',
      },
      related: ['rx_jumbo_max', 'rx_window_size'],
      summary: {
        en: 'The largest packet RxRPC tells peers it can receive. From 6.14 only peers that also do path-MTU discovery are told this value; the others are offered at most 1444 bytes.',
        zh: 'RxRPC 告诉对端自己能接收的最大报文。从 6.14 起只有同样支持路径 MTU 探测的对端才会收到这个值，其他对端最多只被告知 1444 字节。',
      },
    },
    {
      leaf: 'rx_jumbo_max',
      range: { min: 1 },
      unit: 'packets',
      default: null,
      defaultNote: { en: '4 up to 6.13; 46 from 6.14, where the value is no longer read.', zh: '6.13 及以前为 4；6.14 起为 46，但已不再被读取。' },
      related: ['rx_mtu', 'rx_window_size'],
      summary: {
        en: 'How many packets a peer may glue into one jumbo packet, as advertised up to 6.13. From 6.14 RxRPC advertises path-MTU discovery instead and never reads this value.',
        zh: '对端最多可以把多少个报文拼成一个巨型报文（6.13 及以前会通告此值）。从 6.14 起 RxRPC 改为通告路径 MTU 探测，不再读取它。',
      },
    },
    { leaf: 'soft_ack_delay', range: { min: 1, max: 1000 }, unit: 'milliseconds', default: '1000', related: ['idle_ack_delay', 'req_ack_delay'], summary: { en: 'How long a soft (DELAY) acknowledgement is held back. Current kernels (6.18) use it only until the call has a round-trip-time measurement, then wait one round-trip time instead.', zh: '软确认（DELAY ACK）推迟发送多久。当前内核（6.18）只在调用尚未测得往返时间时使用它，之后改为等待一个往返时间。' } },
    { leaf: 'idle_ack_delay', range: { min: 1, max: 1000 }, unit: 'milliseconds', default: '500', related: ['soft_ack_delay', 'req_ack_delay'], summary: { en: 'On older kernels, how long an IDLE acknowledgement waits after received data has been consumed, and the delay before a PING; current kernels (6.18) read it only as the delay before a PING acknowledgement they decided to send.', zh: '老内核中是收到的数据被取走后 IDLE 确认等待的时长，也是发送 PING 前的延迟；当前内核（6.18）只把它用作决定发送 PING 确认前的延迟。' } },
    { leaf: 'req_ack_delay', unit: 'milliseconds', default: null, defaultNote: { en: 'One kernel tick shown in milliseconds, 1000 / CONFIG_HZ rounded down: 1 with HZ 1000, 3 with 300, 4 with 250, 10 with 100.', zh: '一个内核节拍，以毫秒显示，即 1000 / CONFIG_HZ 向下取整：HZ 为 1000 时是 1，为 300 时是 3，为 250 时是 4，为 100 时是 10。' }, related: ['soft_ack_delay', 'idle_ack_delay'], summary: { en: 'How long a requested acknowledgement may be delayed.', zh: '被请求的确认可以延迟多久。' } },
    { leaf: 'resend_timeout', unit: 'milliseconds', default: '4000', related: ['max_backlog'], summary: { en: 'The retransmission timeout of unacknowledged packets.', zh: '未确认报文的重传超时。' } },
    { leaf: 'idle_conn_expiry', unit: 'milliseconds', default: '120000', related: ['idle_conn_fast_expiry', 'reap_client_conns'], summary: { en: 'How long an idle client connection is kept (2 minutes on current kernels).', zh: '空闲的客户端连接保留多久（当前内核为 2 分钟）。' } },
    { leaf: 'idle_conn_fast_expiry', unit: 'milliseconds', default: '2000', related: ['idle_conn_expiry', 'reap_client_conns'], summary: { en: 'How long an idle client connection is kept when there are too many (2 seconds on current kernels).', zh: '连接过多时空闲客户端连接保留多久（当前内核为 2 秒）。' } },
    { leaf: 'max_client_conns', default: '1000', related: ['reap_client_conns'], summary: { en: 'The most client connections kept (older kernels).', zh: '保留的客户端连接上限（老内核）。' } },
    { leaf: 'reap_client_conns', range: { min: 1, max: 65535 }, default: '900', related: ['idle_conn_fast_expiry', 'max_client_conns'], summary: { en: 'How many client connections make idle ones expire faster.', zh: '客户端连接数达到多少时，空闲连接会更快过期。' } },
    { leaf: 'inject_rx_delay', unit: 'milliseconds', default: '0', related: ['max_backlog'], summary: { en: 'A testing aid: delay added to received packets (CONFIG_AF_RXRPC_INJECT_RX_DELAY).', zh: '测试辅助：给收到的报文人为增加的延迟（CONFIG_AF_RXRPC_INJECT_RX_DELAY）。' } },
  ],
);

const DCCP = familyKeys(
  {
    prefix: 'net.dccp.default.',
    perNamespace: false,
    context: {
      en: 'DCCP, a datagram protocol with congestion control that almost nothing used (CONFIG_IP_DCCP, module `dccp`). Linux later retired it (the catalogs show when).',
      zh: 'DCCP，一种带拥塞控制的数据报协议，几乎没有应用使用（CONFIG_IP_DCCP，模块 `dccp`）。Linux 后来将其移除（版本见内核目录数据）。',
    },
  },
  [
    { leaf: 'request_retries', unit: 'retries', default: '6', related: ['retries1', 'retries2'], summary: { en: 'How many times a DCCP connection request is retransmitted before the connection attempt fails (the first send not counted).', zh: 'DCCP 连接请求最多重传多少次，之后连接尝试失败（首次发送不计在内）。' } },
    { leaf: 'retries1', unit: 'retries', default: '3', related: ['request_retries', 'retries2'], summary: { en: 'After how many retransmissions DCCP asks the route to be checked.', zh: '重传多少次后 DCCP 要求重新检查路由。' } },
    { leaf: 'retries2', unit: 'retries', default: '15', related: ['request_retries', 'retries1'], summary: { en: 'After how many retransmissions DCCP gives the connection up.', zh: '重传多少次后 DCCP 放弃连接。' } },
    { leaf: 'tx_ccid', default: '2', related: ['rx_ccid'], summary: { en: 'The congestion control (CCID) wanted for sending: 2 TCP-like, 3 TFRC.', zh: '发送方向希望使用的拥塞控制（CCID）：2 类 TCP，3 TFRC。' } },
    { leaf: 'rx_ccid', default: '2', related: ['tx_ccid'], summary: { en: 'The congestion control (CCID) wanted for receiving.', zh: '接收方向希望使用的拥塞控制（CCID）。' } },
    { leaf: 'seq_window', default: '100', related: ['sync_ratelimit'], summary: { en: 'The initial sequence window.', zh: '初始序列号窗口。' } },
    { leaf: 'tx_qlen', unit: 'packets', default: '5', related: ['request_retries'], summary: { en: 'How many packets may wait in a socket\'s transmit queue; 0 for no limit.', zh: 'socket 发送队列中最多排队多少个报文；0 表示不限制。' } },
    {
      leaf: 'sync_ratelimit',
      unit: 'milliseconds',
      default: null,
      defaultNote: {
        en: 'An eighth of a second kept in whole kernel ticks: 125 on kernels with CONFIG_HZ of 1000, 124 with 250, 120 with 100.',
        zh: '八分之一秒，按整数个内核节拍保存：CONFIG_HZ 为 1000 时显示 125，为 250 时 124，为 100 时 120。',
      },
      related: ['seq_window'],
      summary: { en: 'The shortest interval between two DCCP-Sync packets of a socket.', zh: '同一 socket 两个 DCCP-Sync 报文之间的最短间隔。' },
    },
  ],
);

const TIPC = familyKeys(
  {
    prefix: 'net.tipc.',
    perNamespace: false,
    context: {
      en: 'TIPC, the cluster messaging protocol of telecom and some HA stacks (CONFIG_TIPC, module `tipc`).',
      zh: 'TIPC，电信设备和部分高可用集群使用的集群消息协议（CONFIG_TIPC，模块 `tipc`）。',
    },
  },
  [
    { leaf: 'tipc_rmem', range: { min: 1, max: 2147483647 }, type: 'int-list', unit: 'bytes', items: 3, default: '524288\t2097152\t16777216', related: ['sk_filter'], summary: { en: 'Receive buffer of TIPC sockets, written as three numbers like `tcp_rmem`; only the middle one is used, as the buffer a new socket starts with. The first and the last are never read.', zh: 'TIPC socket 的接收缓冲区，仿照 `tcp_rmem` 写成三个数；内核只用中间那个，作为新 socket 的初始缓冲区，第一个和最后一个从不读取。' } },
    { leaf: 'named_timeout', unit: 'milliseconds', default: '2000', related: ['tipc_rmem'], summary: { en: 'Meant as how long an out-of-order name-table update waits for the one it depends on; no kernel from 4.18 on reads it, so it has no effect.', zh: '本意是乱序到达的名称表更新等待其依赖更新的时长；4.18 及以后的内核都不读取它，设置不起作用。' } },
    { leaf: 'sk_filter', type: 'string', default: '0\t0\t0\t0\t0', related: ['tipc_rmem'], summary: { en: 'A debugging filter selecting which sockets TIPC traces.', zh: '调试用过滤器，选择 TIPC 跟踪哪些 socket。' } },
    { leaf: 'max_tfms', range: { min: 1, max: 2147483647 }, default: '10', related: ['key_exchange_enabled'], summary: { en: 'How many crypto transforms TIPC encryption allocates per key.', zh: 'TIPC 加密为每个密钥分配的加密变换数。' } },
    { leaf: 'key_exchange_enabled', type: 'bool', default: '1', related: ['max_tfms'], summary: { en: 'Whether TIPC nodes exchange encryption keys automatically.', zh: 'TIPC 节点之间是否自动交换加密密钥。' } },
    { leaf: 'bc_retruni', type: 'bool', default: '0', related: ['tipc_rmem'], summary: { en: 'Whether broadcast retransmissions go out as unicast.', zh: '广播的重传是否改用单播发送。' } },
  ],
);

const SMC = familyKeys(
  {
    prefix: 'net.smc.',
    perNamespace: true,
    context: {
      en: 'SMC (Shared Memory Communications), which lets TCP applications move data over RDMA (SMC-R) or IBM Z internal links (SMC-D) (CONFIG_SMC, module `smc`).',
      zh: 'SMC（共享内存通信），让 TCP 应用通过 RDMA（SMC-R）或 IBM Z 内部链路（SMC-D）传输数据（CONFIG_SMC，模块 `smc`）。',
    },
  },
  [
    { leaf: 'autocorking_size', unit: 'bytes', default: '65536', related: ['wmem'], summary: { en: 'Up to how many bytes SMC holds small sends back to merge them.', zh: 'SMC 最多积攒多少字节的小块发送后再合并发出。' } },
    { leaf: 'smcr_buf_type', default: '0', range: { min: 0, max: 2 }, related: ['wmem', 'rmem'], summary: { en: 'How SMC-R buffers are allocated: 0 physically contiguous, 1 virtually contiguous, 2 either.', zh: 'SMC-R 缓冲区的分配方式：0 物理连续，1 虚拟连续，2 两者皆可。' } },
    { leaf: 'smcr_testlink_time', range: 'unbounded', unit: 'seconds', default: '30', related: ['smcr_buf_type', 'smcr_max_links_per_lgr'], summary: { en: 'How often an idle SMC-R link is tested; 0 turns the test off.', zh: '空闲 SMC-R 链路的检测间隔；0 表示关闭检测。' } },
    { leaf: 'wmem', unit: 'bytes', default: '65536', range: SMC_BUFFER_RANGE, related: ['rmem', 'autocorking_size'], summary: { en: 'The send buffer size of new SMC connections.', zh: '新建 SMC 连接的发送缓冲区大小。' } },
    { leaf: 'rmem', unit: 'bytes', default: '65536', range: SMC_BUFFER_RANGE, related: ['wmem', 'smcr_buf_type'], summary: { en: 'The receive buffer size of new SMC connections.', zh: '新建 SMC 连接的接收缓冲区大小。' } },
    { leaf: 'smcr_max_links_per_lgr', default: '2', related: ['smcr_max_conns_per_lgr'], summary: { en: 'How many links a new SMC-R link group may have.', zh: '新的 SMC-R 链路组最多有多少条链路。' } },
    { leaf: 'smcr_max_conns_per_lgr', default: '255', related: ['smcr_max_links_per_lgr'], summary: { en: 'How many connections share one SMC-R link group.', zh: '一个 SMC-R 链路组最多承载多少个连接。' } },
    { leaf: 'limit_smc_hs', type: 'bool', default: '0', related: ['wmem', 'rmem'], summary: { en: 'Whether SMC falls back to TCP when handshakes pile up.', zh: 'SMC 握手积压时是否回退到 TCP。' } },
  ],
);

const SIXLOWPAN = familyKeys(
  {
    prefix: 'net.ieee802154.6lowpan.',
    perNamespace: true,
    context: {
      en: 'Reassembly of fragmented IPv6 packets on IEEE 802.15.4 low-power radios (6LoWPAN: Zigbee-class sensors; CONFIG_IEEE802154_6LOWPAN, module `ieee802154_6lowpan`).',
      zh: 'IEEE 802.15.4 低功耗无线网络上分片 IPv6 报文的重组（6LoWPAN，Zigbee 一类传感器；CONFIG_IEEE802154_6LOWPAN，模块 `ieee802154_6lowpan`）。',
    },
  },
  [
    { leaf: '6lowpanfrag_high_thresh', unit: 'bytes', default: '4194304', related: ['6lowpanfrag_low_thresh'], summary: { en: 'Memory for fragments being reassembled above which new fragments are dropped.', zh: '正在重组的分片占用内存超过该值后丢弃新分片。' } },
    { leaf: '6lowpanfrag_low_thresh', unit: 'bytes', default: '3145728', related: ['6lowpanfrag_high_thresh'], summary: { en: 'Not used for pruning on kernels from 4.17 on (older kernels pruned fragment memory back to it); it only has to stay at or below `6lowpanfrag_high_thresh`.', zh: '4.17 及以后的内核不再用它清理分片内存（旧内核会清理到这个水位）；它只需不高于 `6lowpanfrag_high_thresh`。' } },
    { leaf: '6lowpanfrag_time', range: 'unbounded', unit: 'seconds', default: '60', related: ['6lowpanfrag_high_thresh'], summary: { en: 'How long an incomplete packet waits for its missing fragments.', zh: '不完整的报文等待缺失分片的时长。' } },
    // reassembly.c: a global placeholder in lowpan_frags_ctl_table, registered for init_net only.
    { leaf: '6lowpanfrag_secret_interval', range: 'unbounded', unit: 'seconds', default: '0', perNamespace: false, related: ['6lowpanfrag_high_thresh'], summary: { en: 'No longer used; kept so old configuration still applies.', zh: '已不再使用；保留只是为了让旧配置仍能应用。' } },
  ],
);

const MPLS_CONTEXT: Localized = {
  en: 'MPLS forwarding (CONFIG_MPLS_ROUTING, module `mpls_router`); each network namespace has its own value.',
  zh: 'MPLS 转发（CONFIG_MPLS_ROUTING，模块 `mpls_router`）；每个网络命名空间各有一份。',
};

const MPLS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.mpls.platform_labels',
    type: 'int',
    unit: 'entries',
    default: '0',
    range: { min: 0, max: 1048575 },
    perNamespace: true,
    related: ['net.mpls.conf.<iface>.input'],
    summary: { en: 'How many MPLS labels the label table has; 0 (default) turns MPLS forwarding off.', zh: 'MPLS 标签表的大小；0（默认）表示关闭 MPLS 转发。' },
    details: { en: `Set it to the highest label you route plus one before adding routes with \`ip -f mpls route\`. ${MPLS_CONTEXT.en}`, zh: `用 \`ip -f mpls route\` 添加路由之前，要把它设为所用最大标签加一。${MPLS_CONTEXT.zh}` },
  },
  {
    key: 'net.mpls.conf.<iface>.input',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Drop MPLS packets arriving here (default).', zh: '丢弃从这里进入的 MPLS 报文（默认）。' } },
      { value: '1', meaning: { en: 'Accept MPLS packets on this interface.', zh: '在该接口上接收 MPLS 报文。' } },
    ],
    perNamespace: true,
    related: ['net.mpls.platform_labels'],
    summary: { en: 'Whether labelled (MPLS) packets are accepted on this interface.', zh: '该接口是否接收带标签的（MPLS）报文。' },
    details: { en: `Enable it on every interface that faces MPLS neighbours. ${MPLS_CONTEXT.en}`, zh: `面向 MPLS 邻居的每个接口都要开启。${MPLS_CONTEXT.zh}` },
  },
  {
    key: 'net.mpls.ip_ttl_propagate',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Hide the MPLS hops from traceroute.', zh: '在 traceroute 中隐藏 MPLS 跳。' } },
      { value: '1', meaning: { en: 'Copy the IP TTL into the label and back (default).', zh: '在 IP TTL 与标签之间相互复制（默认）。' } },
    ],
    perNamespace: true,
    related: ['net.mpls.default_ttl'],
    summary: { en: 'Whether the IP TTL is copied into the MPLS label when a packet enters the MPLS network, and back when it leaves.', zh: '报文进入 MPLS 网络时是否把 IP TTL 复制到标签中，离开时再复制回去。' },
    details: { en: `With 0 the label TTL starts at \`default_ttl\`. ${MPLS_CONTEXT.en}`, zh: `设为 0 时标签 TTL 从 \`default_ttl\` 开始。${MPLS_CONTEXT.zh}` },
  },
  {
    key: 'net.mpls.default_ttl',
    type: 'int',
    default: '255',
    range: { min: 1, max: 255 },
    perNamespace: true,
    related: ['net.mpls.ip_ttl_propagate'],
    summary: { en: 'The label TTL used when the IP TTL is not propagated.', zh: '不传递 IP TTL 时使用的标签 TTL。' },
    details: { en: MPLS_CONTEXT.en, zh: MPLS_CONTEXT.zh },
  },
];

const OTHER_NET_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.vrf.strict_mode',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Several VRFs may share a routing table (default).', zh: '多个 VRF 可以共用一张路由表（默认）。' } },
      { value: '1', meaning: { en: 'Each VRF must have a routing table of its own.', zh: '每个 VRF 必须使用独立的路由表。' } },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_l3mdev_accept'],
    summary: { en: 'Whether every VRF device must use a routing table no other VRF uses.', zh: '是否要求每个 VRF 设备使用其他 VRF 都不用的路由表。' },
    details: {
      en: 'Strict mode keeps VRFs truly separate; it can only be turned on while no two VRFs share a table. Exists once the `vrf` module is loaded.',
      zh: '严格模式保证 VRF 之间真正隔离；只有在没有两个 VRF 共用路由表时才能开启。加载 `vrf` 模块后才存在。',
    },
  },
  {
    key: 'net.phonet.local_port_range',
    type: 'int-list',
    unit: 'ports',
    items: 2,
    default: '64\t127',
    range: { min: 0, max: 1023 },
    perNamespace: false,
    related: ['net.ipv4.ip_local_port_range'],
    summary: { en: 'The range of local ports automatically given to Phonet sockets.', zh: '自动分配给 Phonet socket 的本地端口范围。' },
    details: {
      en: 'Phonet is Nokia\'s protocol for talking to a cellular modem (CONFIG_PHONET, module `phonet`).',
      zh: 'Phonet 是诺基亚用于与蜂窝调制解调器通信的协议（CONFIG_PHONET，模块 `phonet`）。',
    },
  },
  {
    key: 'net.iw_cm.default_backlog',
    type: 'int',
    default: '256',
    range: { min: 0 },
    perNamespace: false,
    related: ['net.rdma_ucm.max_backlog'],
    summary: { en: 'The listen backlog of iWARP RDMA connections when the application gives none.', zh: '应用未指定时 iWARP RDMA 连接的监听队列长度。' },
    details: { en: 'Exists once `iw_cm` (the iWARP connection manager of the RDMA stack) is loaded.', zh: '加载 `iw_cm`（RDMA 协议栈的 iWARP 连接管理器）后才存在。' },
  },
  {
    key: 'net.rdma_ucm.max_backlog',
    type: 'int',
    default: '1024',
    range: { min: 0 },
    perNamespace: false,
    related: ['net.iw_cm.default_backlog', 'net.core.somaxconn'],
    summary: { en: 'The largest listen backlog a user-space RDMA program may ask for (like `somaxconn` for RDMA CM).', zh: '用户态 RDMA 程序可请求的最大监听队列（相当于 RDMA CM 的 `somaxconn`）。' },
    details: { en: 'Exists once `rdma_ucm` is loaded.', zh: '加载 `rdma_ucm` 后才存在。' },
  },
];

export const PROTOCOLS_MORE_KEYS: readonly SysctlKeyDoc[] = [
  ...MPLS,
  ...OTHER_NET_KEYS,
  ...SMC,
  ...TIPC,
  ...RDS,
  ...RDS_IB,
  ...RDS_IW,
  ...RDS_TCP,
  ...RXRPC,
  ...SIXLOWPAN,
  ...DCCP,
  ...APPLETALK,
  ...LLC,
  ...NETROM,
  ...ROSE,
  ...X25,
  ...DECNET,
  ...IRDA,
  ...IPX,
];
