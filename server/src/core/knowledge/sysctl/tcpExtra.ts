import type { SysctlKeyDoc } from '../types';
import { offOn } from './enumValues';

/** The two meanings of a 0/1 switch, off first, as the knowledge test expects. */
/** Loss detection, retransmission timers and reordering: how fast a sender notices and repairs loss. */
const LOSS_RECOVERY_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.tcp_early_retrans',
    type: 'enum',
    default: '3',
    range: { min: 0, max: 4 },
    values: [
      { value: '0', meaning: { en: 'No tail loss probe.', zh: '不发送尾部丢包探测（TLP）。' } },
      {
        value: '1',
        meaning: {
          en: 'No tail loss probe (an early-retransmit mode of old kernels).',
          zh: '不发送 TLP（旧内核的一种早期重传模式）。',
        },
      },
      {
        value: '2',
        meaning: {
          en: 'No tail loss probe (an early-retransmit mode of old kernels).',
          zh: '不发送 TLP（旧内核的一种早期重传模式）。',
        },
      },
      { value: '3', meaning: { en: 'Send tail loss probes (default).', zh: '发送尾部丢包探测（默认）。' } },
      {
        value: '4',
        meaning: { en: 'Send tail loss probes; today the same as 3.', zh: '发送尾部丢包探测；如今与 3 相同。' },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_recovery', 'net.ipv4.tcp_frto', 'net.ipv4.tcp_sack'],
    summary: {
      en: 'Whether the sender sends a tail loss probe (TLP) to turn a loss at the end of a burst into a fast retransmit instead of a full RTO.',
      zh: '发送方是否发送尾部丢包探测（TLP），把一批数据末尾的丢包变成快速重传，而不是等一次完整的 RTO。',
    },
    details: {
      en:
        'Sender side, SACK connections only. When the last segments of a burst are lost, no duplicate ACKs come back and the sender would wait a whole retransmission timeout (at least 200 ms). With TLP it retransmits one segment after about two RTTs; the SACK that answers it starts normal fast recovery.\n\n' +
        '- Only 3 and 4 enable probes; 1 and 2 are leftovers of the old early-retransmit algorithm, which RACK replaced, and now behave like 0.\n' +
        '- Counters: `nstat -az TcpExtTCPLossProbes TcpExtTCPLossProbeRecovery` (probes sent, and losses they repaired).\n' +
        '- Keep the default. Request/response traffic (RPC, HTTP) benefits most, because its responses often end in a small tail.',
      zh:
        '作用于发送方，只对启用 SACK 的连接有效。一批数据末尾的报文丢失时，不会有重复 ACK 返回，发送方只能等一次完整的重传超时（至少 200 毫秒）。开启 TLP 后，它在约两个 RTT 后重发一个报文段，对端回应的 SACK 会触发正常的快速恢复。\n\n' +
        '- 只有 3 和 4 会发送探测；1 和 2 是旧的早期重传（early retransmit）算法遗留下来的取值，该算法已被 RACK 取代，现在效果等同于 0。\n' +
        '- 计数器：`nstat -az TcpExtTCPLossProbes TcpExtTCPLossProbeRecovery`（发出的探测数，以及靠探测修复的丢包数）。\n' +
        '- 保持默认即可。请求/响应型流量（RPC、HTTP）受益最大，因为响应的末尾常常只剩一小段。',
    },
  },
  {
    key: 'net.ipv4.tcp_recovery',
    type: 'int',
    default: '1',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_early_retrans', 'net.ipv4.tcp_reordering', 'net.ipv4.tcp_max_reordering'],
    summary: {
      en: 'Bit mask of RACK loss-detection options: 0x1 RACK (no longer read by 6.18, where RACK is always on), 0x2 static reordering window, 0x4 no duplicate-ACK threshold.',
      zh: 'RACK 丢包检测的选项位掩码：0x1 启用 RACK（6.18 已不再读取这一位，RACK 始终开启），0x2 固定乱序窗口，0x4 不使用重复 ACK 阈值。',
    },
    details: {
      en:
        'Sender side. RACK (RFC 8985) declares a segment lost when a segment sent after it has been acknowledged and a short reordering window has passed, instead of counting three duplicate ACKs. It also detects lost retransmissions.\n\n' +
        '- 0x1: RACK. Up to 6.8 at least, clearing it turns RACK off and loss is found by counting duplicate ACKs again; 6.18 no longer reads the bit, so there RACK is always on and clearing it changes nothing.\n' +
        '- 0x2: keep the reordering window fixed at min_rtt/4 instead of adapting it when reordering is seen.\n' +
        '- 0x4: stop using the duplicate-ACK count as a shortcut; useful only on paths with heavy reordering.\n' +
        '- Leave it at 1 unless a kernel developer asks otherwise.',
      zh:
        '作用于发送方。RACK（RFC 8985）不再靠数三个重复 ACK 来判断丢包，而是看时间：某个报文段之后发出的报文已被确认，再过一个很短的乱序窗口它仍未被确认，就认定它已丢失。RACK 还能发现重传报文本身的丢失。\n\n' +
        '- 0x1：启用 RACK。至少到 6.8 为止，清掉这一位会关闭 RACK，重新靠数重复 ACK 判断丢包；6.18 已不再读取这一位，RACK 始终开启，清掉它没有任何变化。\n' +
        '- 0x2：乱序窗口固定为 min_rtt/4，不再在发现乱序后自适应调整。\n' +
        '- 0x4：不再把重复 ACK 计数当作判断丢包的捷径；只在乱序非常严重的路径上才有用。\n' +
        '- 除非内核开发者另有建议，保持 1 即可。',
    },
  },
  {
    key: 'net.ipv4.tcp_frto',
    type: 'int',
    default: '2',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_early_retrans', 'net.ipv4.tcp_recovery', 'net.ipv4.tcp_retries2'],
    summary: {
      en: 'Enables F-RTO (RFC 5682), which detects spurious retransmission timeouts and undoes the needless slowdown; 0 disables it.',
      zh: '启用 F-RTO（RFC 5682）：识别虚假的重传超时并撤销不必要的降速；0 表示关闭。',
    },
    details: {
      en:
        'Sender side only; the peer needs no support. A retransmission timeout can fire just because the RTT suddenly grew (wireless links, a busy path), not because data was lost. F-RTO sends new data after the timeout and watches the ACKs: if they acknowledge data that was never retransmitted, the timeout was spurious and the congestion window is restored.\n\n' +
        '- Any non-zero value enables it; 1 and 2 once chose between the basic and the SACK-enhanced variant, a distinction current kernels no longer make.\n' +
        '- Spurious timeouts detected: `nstat -az TcpExtTCPSpuriousRTOs`.\n' +
        '- There is rarely a reason to turn it off.',
      zh:
        '只作用于发送方，不需要对端支持。重传超时有时只是因为 RTT 突然变大（无线链路、路径繁忙）而触发，并没有真的丢包。F-RTO 在超时后先发送新数据并观察 ACK：如果确认的是从未重传过的数据，说明这次超时是虚假的，随即恢复拥塞窗口。\n\n' +
        '- 任何非 0 值都表示开启；1 和 2 过去分别对应基本版和基于 SACK 的增强版，现在的内核已不再区分。\n' +
        '- 识别出的虚假超时：`nstat -az TcpExtTCPSpuriousRTOs`。\n' +
        '- 几乎没有关闭它的理由。',
    },
  },
  {
    key: 'net.ipv4.tcp_reordering',
    type: 'int',
    unit: 'packets',
    default: '3',
    perNamespace: true,
    related: ['net.ipv4.tcp_max_reordering', 'net.ipv4.tcp_recovery'],
    summary: {
      en: 'Initial reordering tolerance of a connection: how many segments may arrive out of order before the sender assumes a loss.',
      zh: '连接初始的乱序容忍度：允许多少个报文段乱序到达，超过后发送方才认定丢包。',
    },
    details: {
      en:
        'Sender side. This is the classic duplicate-ACK threshold of fast retransmit. The kernel raises it per connection when it sees that reordering, not loss, caused retransmissions, up to `tcp_max_reordering`. That cap applies only to the raising: a larger value written here is accepted and used as the starting threshold of new connections.\n\n' +
        '- With RACK (`tcp_recovery`) loss detection is time-based, so this value matters less than it used to.\n' +
        '- Reordering events: `nstat -az TcpExtTCPSACKReorder TcpExtTCPTSReorder TcpExtTCPRenoReorder`.\n' +
        '- Raising it globally delays loss recovery on every path; fix the reordering (e.g. round-robin bonding) instead.',
      zh:
        '作用于发送方。这就是经典快速重传里的重复 ACK 阈值。内核发现某条连接的重传其实是乱序而非丢包造成时，会把该连接的值调高，最高到 `tcp_max_reordering`。这个上限只约束内核自动调高的过程：写入本参数时并不与它比较，写入更大的值也会被接受，并作为新连接的初始阈值。\n\n' +
        '- 启用 RACK（`tcp_recovery`）后丢包检测基于时间，这个值已不像过去那么重要。\n' +
        '- 乱序事件计数：`nstat -az TcpExtTCPSACKReorder TcpExtTCPTSReorder TcpExtTCPRenoReorder`。\n' +
        '- 全局调大会让所有路径上的丢包恢复都变慢；应当解决乱序本身（例如轮询模式的 bonding）。',
    },
  },
  {
    key: 'net.ipv4.tcp_max_reordering',
    type: 'int',
    unit: 'packets',
    default: '300',
    perNamespace: true,
    related: ['net.ipv4.tcp_reordering', 'net.ipv4.tcp_recovery'],
    summary: {
      en: 'Upper limit for the reordering tolerance TCP learns per connection.',
      zh: 'TCP 为每条连接学习到的乱序容忍度的上限。',
    },
    details: {
      en:
        'Sender side. When a connection detects reordering it raises its own threshold from `tcp_reordering`, but never above this value.\n\n' +
        '- 300 is generous. Raise it only for paths that spray packets of one flow over several links (bonding in round-robin mode, some multipath setups), where reordering can exceed it.\n' +
        '- `ss -ti` shows `reordering:N` for connections whose threshold has moved away from the initial value.',
      zh:
        '作用于发送方。连接发现乱序时会从 `tcp_reordering` 开始提高自己的阈值，但不会超过这个值。\n\n' +
        '- 300 已经很宽松。只有当一条流的报文被分散到多条链路上（轮询模式的 bonding、某些多路径组网），乱序程度可能超过它时才需要调大。\n' +
        '- 阈值已偏离初始值的连接，在 `ss -ti` 中会显示 `reordering:N`。',
    },
  },
  {
    key: 'net.ipv4.tcp_thin_linear_timeouts',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Always back off exponentially (default).', zh: '始终按指数退避（默认）。' },
      {
        en: 'Use up to 6 linear (non-doubling) timeouts while fewer than 4 segments are in flight.',
        zh: '在途报文少于 4 个时，前 6 次超时不翻倍（线性超时）。',
      },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_retries2', 'net.ipv4.tcp_early_retrans', 'net.ipv4.tcp_syn_linear_timeouts'],
    summary: {
      en: 'Whether "thin" streams (fewer than 4 segments in flight) retransmit with linear instead of exponential timeouts at first.',
      zh: '“稀疏流”（在途报文少于 4 个）的前几次重传是否用线性超时代替指数退避。',
    },
    details: {
      en:
        'Sender side. Interactive, time-sensitive streams (games, trading feeds, SSH, telemetry) rarely have enough packets in flight to trigger fast retransmit, so every loss costs an RTO, and each RTO doubles the next one. With this switch the first 6 timeouts keep the same length while the stream is thin, then normal exponential backoff resumes.\n\n' +
        '- Applications can ask for it per socket with the `TCP_THIN_LINEAR_TIMEOUTS` socket option instead of changing it for the whole host.\n' +
        '- It makes a flow more aggressive during outages, which is why it is off by default.',
      zh:
        '作用于发送方。交互式、对时延敏感的流（游戏、行情推送、SSH、遥测）在途报文往往太少，触发不了快速重传，每次丢包都要等一次 RTO，而且每次 RTO 都会让下一次翻倍。开启后，只要流仍处于稀疏状态，前 6 次超时时长保持不变，之后再恢复正常的指数退避。\n\n' +
        '- 应用可以通过 socket 选项 `TCP_THIN_LINEAR_TIMEOUTS` 只为单个 socket 开启，不必修改整机设置。\n' +
        '- 网络中断期间它会让这条流重传得更激进，因此默认关闭。',
    },
  },
  {
    key: 'net.ipv4.tcp_syn_linear_timeouts',
    type: 'int',
    default: '4',
    range: { min: 0, max: 127 },
    perNamespace: true,
    related: ['net.ipv4.tcp_syn_retries', 'net.ipv4.tcp_synack_retries', 'net.ipv4.tcp_thin_linear_timeouts'],
    summary: {
      en: 'How many SYN retransmissions of an outgoing connection use a fixed timeout before exponential backoff starts.',
      zh: '主动发起连接时，前多少次 SYN 重传使用固定超时，之后才开始指数退避。',
    },
    details: {
      en:
        'Connecting side only; SYN-ACK retransmissions of a server are not affected. A lost SYN no longer costs 1 s, then 2 s, then 4 s: the first attempts are retried every initial RTO (1 s), so a single lost SYN delays `connect()` far less.\n\n' +
        '- The total time before `connect()` fails with ETIMEDOUT is still modelled on `tcp_syn_retries`; the linear retries come on top of its count. Measured on 6.18 against a silent address: with the defaults (6 retries, 4 linear) 10 SYNs are retransmitted, at about 1, 2, 3, 4, 5, 7, 11, 19, 35 and 67 s, and `connect()` fails after roughly 130 s; with `tcp_syn_retries = 2` there are 5 retransmissions and it fails after about 7 s.\n' +
        '- 0 restores the classic schedule (1, 2, 4, 8 … s).\n' +
        '- Count SYN retransmissions with `nstat -az TcpExtTCPSynRetrans`.',
      zh:
        '只作用于发起连接的一端；服务端的 SYN-ACK 重传不受影响。SYN 丢失后不再依次等 1 秒、2 秒、4 秒：前几次都按初始 RTO（1 秒）重试，所以偶尔丢一个 SYN 对 `connect()` 的延迟影响小得多。\n\n' +
        '- `connect()` 报 ETIMEDOUT 之前的总时长仍按 `tcp_syn_retries` 推算，线性重传的次数额外加在它的次数之上。在 6.18 上对一个不响应的地址实测：默认值（重试 6 次、线性 4 次）下共重传 10 次 SYN，大约在第 1、2、3、4、5、7、11、19、35、67 秒，`connect()` 约 130 秒后失败；`tcp_syn_retries = 2` 时重传 5 次，约 7 秒后失败。\n' +
        '- 设为 0 恢复经典的退避节奏（1、2、4、8……秒）。\n' +
        '- 用 `nstat -az TcpExtTCPSynRetrans` 统计 SYN 重传次数。',
    },
  },
  {
    key: 'net.ipv4.tcp_rto_min_us',
    type: 'int',
    default: '200000',
    range: { min: 1 },
    perNamespace: true,
    related: ['net.ipv4.tcp_rto_max_ms', 'net.ipv4.tcp_retries2', 'net.ipv4.tcp_early_retrans'],
    summary: {
      en: 'Lower bound of the retransmission timeout, in microseconds (default 200 ms).',
      zh: '重传超时（RTO）的下限，单位微秒（默认 200 毫秒）。',
    },
    details: {
      en:
        'Sender side. However small the measured RTT, a retransmission timeout never fires sooner than this. Inside a data centre (RTT well below 1 ms) 200 ms is an eternity: one lost tail segment stalls a request for 200 ms, the classic cause of p99 latency spikes.\n\n' +
        '- Precedence: the `rto_min` route attribute (`ip route change … rto_min 5ms`) wins, then the `TCP_RTO_MIN_US` socket option (or a BPF program), then this key.\n' +
        '- Lowering it (e.g. to 5000–20000) helps low-RTT networks but risks spurious retransmissions when the peer delays its ACKs (a Linux receiver waits at least 40 ms and up to 200 ms before a delayed ACK).\n' +
        '- Timeouts seen: `nstat -az TcpExtTCPTimeouts`; per connection `ss -ti` shows `rto:`.',
      zh:
        '作用于发送方。无论测得的 RTT 多小，重传超时都不会早于这个值触发。在机房内部（RTT 远小于 1 毫秒），200 毫秒相当漫长：末尾丢一个报文段就会让请求卡住 200 毫秒，这是 p99 延迟尖刺的经典成因。\n\n' +
        '- 优先级：路由属性 `rto_min`（`ip route change … rto_min 5ms`）最高，其次是 socket 选项 `TCP_RTO_MIN_US`（或 BPF 程序），最后才是这个参数。\n' +
        '- 调低（如 5000–20000）对低 RTT 网络有帮助，但如果对端延迟发送 ACK，就可能造成虚假重传（Linux 接收方的延迟 ACK 至少等 40 毫秒，最长 200 毫秒）。\n' +
        '- 超时次数：`nstat -az TcpExtTCPTimeouts`；单个连接可在 `ss -ti` 中看 `rto:`。',
    },
  },
  {
    key: 'net.ipv4.tcp_rto_max_ms',
    type: 'int',
    unit: 'milliseconds',
    default: '120000',
    range: { min: 1000, max: 120000 },
    perNamespace: true,
    related: ['net.ipv4.tcp_rto_min_us', 'net.ipv4.tcp_retries2', 'net.ipv4.tcp_syn_retries'],
    summary: {
      en: 'Upper bound of the retransmission timeout after exponential backoff (default 120 s).',
      zh: '指数退避后重传超时（RTO）的上限（默认 120 秒）。',
    },
    details: {
      en:
        'Sender side. Each unanswered retransmission doubles the timeout until it reaches this cap. With a lower cap a connection that survives an outage (a failover, a rerouted link) notices sooner that the path is back, because its next retry comes earlier.\n\n' +
        '- The `TCP_RTO_MAX_MS` socket option overrides it per socket.\n' +
        '- `tcp_retries2` counts retransmissions, and the time they add up to depends on this cap: lowering the cap makes dead connections fail sooner unless you raise `tcp_retries2` too.\n' +
        '- Typical use: 5000–30000 on hosts behind load balancers or in clusters with fast failover.',
      zh:
        '作用于发送方。每次重传得不到回应，超时就翻倍，直到达到这个上限。上限越低，熬过中断（主备切换、链路改道）的连接就能越早发现路径已恢复，因为下一次重试来得更早。\n\n' +
        '- socket 选项 `TCP_RTO_MAX_MS` 可以为单个 socket 覆盖它。\n' +
        '- `tcp_retries2` 数的是重传次数，这些次数累计的时间取决于这个上限：调低上限会让已失效的连接更早被判定失败，除非同时调大 `tcp_retries2`。\n' +
        '- 常见用法：在负载均衡后面或能快速切换的集群中设为 5000–30000。',
    },
  },
  {
    key: 'net.ipv4.tcp_retrans_collapse',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Retransmit segments as they were first sent.', zh: '按原样重传报文段。' },
      {
        en: 'Merge small queued segments into a larger one when retransmitting (default).',
        zh: '重传时把排队中的小报文段合并成更大的报文段（默认）。',
      },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_early_retrans', 'net.ipv4.tcp_workaround_signed_windows'],
    summary: {
      en: 'Whether a retransmission may merge several small unacknowledged segments into one bigger segment.',
      zh: '重传时是否允许把几个未被确认的小报文段合并成一个更大的报文段。',
    },
    details: {
      en:
        'Sender side. Merging saves packets when an application wrote many small pieces; it was originally added to work around old TCP stacks (some printers) that mishandled many tiny retransmissions.\n\n' +
        '- Harmless and on by default; there is no common reason to change it.\n' +
        '- Overall retransmissions: `nstat -az TcpRetransSegs`.',
      zh:
        '作用于发送方。应用分很多小块写入时，合并可以少发报文；它最初是为了兼容一些旧 TCP 协议栈（例如某些打印机）而加入的，这些协议栈处理大量小重传时会出错。\n\n' +
        '- 默认开启且无害，通常没有理由修改。\n' +
        '- 总体重传量：`nstat -az TcpRetransSegs`。',
    },
  },
];

/** Windows, segment sizes, pacing and ACK generation: how much data moves per packet and per round trip. */
const WINDOW_AND_SEGMENT_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.tcp_limit_output_bytes',
    type: 'int',
    unit: 'bytes',
    default: '4194304',
    perNamespace: true,
    related: ['net.ipv4.tcp_notsent_lowat', 'net.core.default_qdisc', 'net.ipv4.tcp_pacing_ca_ratio', 'net.ipv4.tcp_autocorking'],
    summary: {
      en: 'TCP Small Queues: upper bound of what a single socket may have queued below TCP, in the qdisc and the NIC, before it waits for transmit completions; retransmissions may use twice this.',
      zh: 'TCP 小队列（TSQ）：单个 socket 在 TCP 之下（qdisc 和网卡队列中）可排队字节数的上限，超过后要等网卡发送完成再继续；重传时允许达到它的两倍。',
    },
    details: {
      en:
        'Sender side. A bulk sender would otherwise push its whole congestion window into the local queues, adding latency for every other flow on the host (bufferbloat) and hiding the real RTT from TCP. The kernel lets each socket queue roughly 1 ms worth of data at its current pacing rate (at least two packets), and never more than this value, twice that for retransmissions; the rest waits in the socket until transmit completions free room.\n\n' +
        '- The default is 4 MiB on 6.18 kernels; much older kernels used far smaller limits (128–256 KiB), which is why old tuning guides raise it.\n' +
        '- Raise it only if a single fast flow cannot fill the link and the NIC or virtual NIC completes transmissions late (some hypervisors, Wi-Fi aggregation).\n' +
        '- Lowering it reduces latency under load but can cap per-flow throughput. Queue build-up is visible with `tc -s qdisc show dev <iface>` (backlog).',
      zh:
        '作用于发送方。如果不加限制，批量发送的连接会把整个拥塞窗口都塞进本机队列，给本机其他流带来额外时延（缓冲区膨胀，bufferbloat），也让 TCP 测不到真实 RTT。内核允许每个 socket 按当前 pacing 速率排队约 1 毫秒的数据（至少两个报文），且不超过这个值（重传时为它的两倍）；其余数据留在 socket 里，等网卡发送完成、腾出空间后再下发。\n\n' +
        '- 6.18 内核的默认值为 4 MiB；很早的内核用的上限小得多（128–256 KiB），所以老的调优文章会建议调大。\n' +
        '- 只有在单条高速流跑不满链路、且网卡或虚拟网卡的发送完成通知来得较晚（某些虚拟化平台、Wi-Fi 聚合）时才需要调大。\n' +
        '- 调小能降低负载下的时延，但可能限制单流吞吐。队列堆积情况可以用 `tc -s qdisc show dev <iface>`（backlog）查看。',
    },
  },
  {
    key: 'net.ipv4.tcp_pacing_ss_ratio',
    type: 'int',
    default: '200',
    range: { min: 0, max: 1000 },
    perNamespace: true,
    related: ['net.ipv4.tcp_pacing_ca_ratio', 'net.core.default_qdisc', 'net.ipv4.tcp_limit_output_bytes'],
    summary: {
      en: 'Pacing rate during slow start, as a percentage of the current rate (congestion window × MSS / smoothed RTT).',
      zh: '慢启动阶段的发送节奏（pacing）速率，以当前速率（拥塞窗口 × MSS / 平滑 RTT）的百分比表示。',
    },
    details: {
      en:
        'Sender side. TCP computes a pacing rate for every socket; it is enforced by the `fq` qdisc or by TCP\'s own internal pacing (used by BBR, for example). In slow start the window doubles every round trip, so the rate is set to 200% to let the sender keep up with that growth instead of bursting.\n\n' +
        '- Congestion controls that set their own rate (BBR) ignore it.\n' +
        '- Per connection, `ss -ti` shows `pacing_rate`.\n' +
        '- Rarely changed; lower values make slow start gentler at the cost of a slower ramp-up.',
      zh:
        '作用于发送方。TCP 会为每个 socket 计算一个 pacing 速率，由 `fq` 队列规则或 TCP 自己的内部 pacing（例如 BBR 使用）来执行。慢启动时拥塞窗口每个 RTT 翻倍，所以速率设为当前的 200%，让发送跟得上窗口的增长，而不是一下子突发出去。\n\n' +
        '- 自己设定速率的拥塞控制算法（如 BBR）不使用它。\n' +
        '- 单个连接可在 `ss -ti` 中看 `pacing_rate`。\n' +
        '- 很少需要修改；调小会让慢启动更温和，但爬升也更慢。',
    },
  },
  {
    key: 'net.ipv4.tcp_pacing_ca_ratio',
    type: 'int',
    default: '120',
    range: { min: 0, max: 1000 },
    perNamespace: true,
    related: ['net.ipv4.tcp_pacing_ss_ratio', 'net.core.default_qdisc', 'net.ipv4.tcp_limit_output_bytes'],
    summary: {
      en: 'Pacing rate in congestion avoidance, as a percentage of the current rate (congestion window × MSS / smoothed RTT).',
      zh: '拥塞避免阶段的发送节奏（pacing）速率，以当前速率（拥塞窗口 × MSS / 平滑 RTT）的百分比表示。',
    },
    details: {
      en:
        'Sender side. After slow start the window grows slowly, so the pacing rate is only a little above the current rate (120%), leaving headroom to probe for more bandwidth without bursts.\n\n' +
        '- Effective only where pacing is enforced: the `fq` qdisc (`net.core.default_qdisc = fq`) or TCP internal pacing.\n' +
        '- Congestion controls that set their own rate (BBR) ignore it. Check `pacing_rate` in `ss -ti`.',
      zh:
        '作用于发送方。慢启动结束后窗口增长缓慢，所以 pacing 速率只比当前速率略高（120%），留出一点余量去探测更多带宽，又不会造成突发。\n\n' +
        '- 只在真正执行 pacing 的地方生效：`fq` 队列规则（`net.core.default_qdisc = fq`）或 TCP 内部 pacing。\n' +
        '- 自己设定速率的拥塞控制算法（如 BBR）不使用它。可在 `ss -ti` 中查看 `pacing_rate`。',
    },
  },
  {
    key: 'net.ipv4.tcp_min_rtt_wlen',
    type: 'int',
    unit: 'seconds',
    default: '300',
    range: { min: 0, max: 86400 },
    perNamespace: true,
    related: ['net.ipv4.tcp_recovery', 'net.ipv4.tcp_tso_rtt_log', 'net.ipv4.tcp_congestion_control'],
    summary: {
      en: 'Length of the window over which each connection tracks its minimum RTT.',
      zh: '每条连接统计最小 RTT 所用的时间窗口长度。',
    },
    details: {
      en:
        'Sender side. The minimum RTT seen in this window is the connection\'s estimate of the path\'s base delay, used by RACK loss detection, TSO sizing and some congestion controls (BBR keeps its own 10-second estimate).\n\n' +
        '- A shorter window adapts faster when a route change makes the path longer; a longer window ignores temporary queueing delay better.\n' +
        '- `ss -ti` shows the current `minrtt`. The default suits almost everyone.',
      zh:
        '作用于发送方。这个窗口内观察到的最小 RTT 即该连接对路径基础时延的估计，RACK 丢包检测、TSO 大小计算和部分拥塞控制算法都会用到它（BBR 另有自己的 10 秒窗口）。\n\n' +
        '- 窗口越短，路由变化导致路径变长时适应得越快；窗口越长，越不容易被暂时的排队时延干扰。\n' +
        '- `ss -ti` 中显示当前的 `minrtt`。默认值几乎适合所有场景。',
    },
  },
  {
    key: 'net.ipv4.tcp_tso_win_divisor',
    type: 'int',
    default: '3',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_min_tso_segs', 'net.ipv4.tcp_tso_rtt_log', 'net.ipv4.tcp_limit_output_bytes'],
    summary: {
      en: 'How long TCP may hold back data to build a bigger TSO frame: it sends once it can fill 1/N of the congestion window.',
      zh: 'TCP 为拼出更大的 TSO 帧最多可以压着数据等多久：能填满拥塞窗口的 1/N 时就发送。',
    },
    details: {
      en:
        'Sender side, with TCP segmentation offload. Sending fewer, larger frames saves CPU, but waiting for more data to accumulate makes traffic burstier and can delay it. The value trades one against the other; 0 replaces the fraction with a fixed cap of a few segments.\n\n' +
        '- Lower values (1–2) favour big frames, higher values send sooner.\n' +
        '- Almost never tuned; TSO autosizing (`tcp_min_tso_segs`, `tcp_tso_rtt_log`) matters more today.',
      zh:
        '作用于发送方，配合 TCP 分段卸载（TSO）。发更少、更大的帧能省 CPU，但为了攒数据而等待会让流量更突发、也可能带来延迟。这个值在两者之间取舍；0 表示不按比例，而是用一个固定的、只有几个报文段的上限。\n\n' +
        '- 值越小（1–2）越倾向于大帧，值越大发送越及时。\n' +
        '- 几乎不需要调整；如今 TSO 自动定长（`tcp_min_tso_segs`、`tcp_tso_rtt_log`）的影响更大。',
    },
  },
  {
    key: 'net.ipv4.tcp_min_tso_segs',
    type: 'int',
    unit: 'packets',
    default: '2',
    range: { min: 1, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_tso_win_divisor', 'net.ipv4.tcp_tso_rtt_log', 'net.ipv4.tcp_limit_output_bytes'],
    summary: {
      en: 'Minimum number of segments TCP puts in one TSO frame when it sizes frames from the flow\'s rate.',
      zh: 'TCP 按流速率决定 TSO 帧大小时，每个帧至少包含的报文段数。',
    },
    details: {
      en:
        'Sender side. Instead of always building 64 KB frames, TCP sizes each TSO frame to about 1 ms of its pacing rate, so slow flows send small frames and do not burst. This value is the floor of that calculation.\n\n' +
        '- Raising it builds bigger frames for slow flows (less CPU, more burstiness); useful only in special cases such as a few flows on a host short of CPU.\n' +
        '- The stack still splits frames that do not fit into the available window.',
      zh:
        '作用于发送方。TCP 不会总是拼 64 KB 的帧，而是按 pacing 速率把每个 TSO 帧控制在约 1 毫秒的数据量，慢速流就发小帧、不产生突发。这个值是该计算的下限。\n\n' +
        '- 调大会让慢速流也发更大的帧（省 CPU，但更突发）；只在少数特殊场景有用，例如 CPU 紧张且流数很少的主机。\n' +
        '- 帧放不进当前可用窗口时，协议栈仍会把它拆开。',
    },
  },
  {
    key: 'net.ipv4.tcp_tso_rtt_log',
    type: 'int',
    default: '9',
    range: { min: 0, max: 255 },
    since: '5.18',
    perNamespace: true,
    related: ['net.ipv4.tcp_min_tso_segs', 'net.ipv4.tcp_tso_win_divisor', 'net.ipv4.tcp_min_rtt_wlen'],
    summary: {
      en: 'Lets flows with a very small minimum RTT build bigger TSO frames; the scale is 2^N microseconds, 0 turns it off.',
      zh: '让最小 RTT 很小的流构造更大的 TSO 帧；尺度为 2^N 微秒，0 表示关闭。',
    },
    details: {
      en:
        'Sender side. Frame sizing normally follows the pacing rate only. With this key the kernel adds a bonus that shrinks as the flow\'s min RTT grows: with the default 9 (512 µs) a flow inside a rack gets close to maximum-size frames, a flow with a few milliseconds of RTT gets almost nothing extra.\n\n' +
        '- Purpose: lower CPU cost for traffic between nearby hosts, where bursts do little harm.\n' +
        '- 0 restores the older sizing that depends only on the pacing rate.',
      zh:
        '作用于发送方。TSO 帧的大小通常只取决于 pacing 速率。有了这个参数，内核会额外加上一个随最小 RTT 增大而迅速衰减的加成：默认值 9（512 微秒）下，同一机柜内的流几乎能用上最大尺寸的帧，RTT 达到几毫秒的流基本得不到加成。\n\n' +
        '- 目的：降低近距离主机之间流量的 CPU 开销，这类流量的突发危害很小。\n' +
        '- 设为 0 恢复旧的、只依赖 pacing 速率的计算方式。',
    },
  },
  {
    key: 'net.ipv4.tcp_adv_win_scale',
    type: 'int',
    default: '1',
    range: { min: -31, max: 31 },
    perNamespace: true,
    related: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_moderate_rcvbuf', 'net.ipv4.tcp_app_win'],
    summary: {
      en: 'Obsolete since 6.6: the share of the receive buffer that older kernels counted as overhead rather than window.',
      zh: '自 6.6 起已废弃：旧内核把接收缓冲区中多大比例算作开销而不计入通告窗口。',
    },
    details: {
      en:
        'Receiver side. A receive buffer holds packets with their kernel bookkeeping, so it can accept less payload than its size. Older kernels assumed a fixed ratio: a positive N counted buffer/2^N as overhead (1 = half the buffer is advertised as window), a negative N left only buffer/2^-N for the window.\n\n' +
        '- Since 6.6 the kernel measures the real payload-to-memory ratio of each socket and ignores this key; writing it has no effect.\n' +
        '- On older kernels a wrong value made the advertised window too small (throughput) or too large (drops and collapsing under memory pressure, `TcpExtTCPRcvCollapsed`).',
      zh:
        '作用于接收方。接收缓冲区里存放的是报文连同内核的管理开销，所以能容纳的有效数据少于缓冲区大小。旧内核假设一个固定比例：N 为正时，把缓冲区的 1/2^N 算作开销（1 表示把缓冲区的一半作为窗口通告出去）；N 为负时，只把缓冲区的 1/2^-N 用作窗口。\n\n' +
        '- 从 6.6 起内核会实测每个 socket 的有效数据与内存之比，不再使用这个参数，写入也不起作用。\n' +
        '- 在旧内核上取值不当会让通告窗口过小（吞吐上不去）或过大（内存紧张时丢包、接收队列被反复合并，见 `TcpExtTCPRcvCollapsed`）。',
    },
  },
  {
    key: 'net.ipv4.tcp_app_win',
    type: 'int',
    default: '31',
    range: { min: 0, max: 31 },
    perNamespace: true,
    related: ['net.ipv4.tcp_adv_win_scale', 'net.ipv4.tcp_rmem'],
    summary: {
      en: 'Part of the receive window held back for the application\'s own buffering: window/2^N; 0 reserves nothing.',
      zh: '为应用自身缓冲预留、不通告出去的那部分接收窗口：窗口/2^N；0 表示不预留。',
    },
    details: {
      en:
        'Receiver side. The idea is to keep some buffer space for data the application has not read yet. With the default 31 the reserved share rounds down to nothing, so in practice no window is held back.\n\n' +
        '- Small values (e.g. 1 = half the window) shrink the advertised window and usually only cost throughput. Leave the default.',
      zh:
        '作用于接收方。设计初衷是为应用尚未读取的数据留一些缓冲空间。默认值 31 时预留部分向下取整为 0，所以实际上什么也不预留。\n\n' +
        '- 设成较小的值（如 1，即预留一半窗口）会缩小通告窗口，通常只会降低吞吐。保持默认即可。',
    },
  },
  {
    key: 'net.ipv4.tcp_workaround_signed_windows',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Trust peers that do not use window scaling (default).', zh: '信任不使用窗口扩大选项的对端（默认）。' },
      {
        en: 'Treat such peers as possibly broken and never advertise more than 32767 bytes to them.',
        zh: '把这类对端视为可能有缺陷，向其通告的窗口不超过 32767 字节。',
      },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_window_scaling', 'net.ipv4.tcp_rmem'],
    summary: {
      en: 'Whether to cap the window at 32767 bytes for peers that did not negotiate window scaling, in case they read it as a signed number.',
      zh: '对未协商窗口扩大的对端，是否把窗口限制在 32767 字节，以防对方把窗口当作有符号数解析。',
    },
    details: {
      en:
        'Receiver side: it limits the window we advertise. Some very old TCP stacks stored the 16-bit window in a signed variable, so a window above 32767 looked negative to them and stalled the connection.\n\n' +
        '- Only peers that did not send the window scale option are affected, and enabling it halves the largest window they may use.\n' +
        '- Turn it on only when connections to a specific legacy device stall right after the handshake.',
      zh:
        '作用于接收方：限制的是本端通告的窗口。一些非常老的 TCP 协议栈用有符号变量保存 16 位窗口值，窗口超过 32767 时在它们看来是负数，连接就会卡住。\n\n' +
        '- 只影响没有发送窗口扩大选项的对端；开启后它们能使用的最大窗口减半。\n' +
        '- 只有在连接某台老旧设备、握手后立刻卡住时才开启。',
    },
  },
  {
    key: 'net.ipv4.tcp_shrink_window',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Never shrink the advertised window (default).', zh: '从不收缩已通告的窗口（默认）。' },
      {
        en: 'Shrink it when needed to stay within the socket\'s receive buffer (only with window scaling).',
        zh: '必要时收缩窗口，以不超出 socket 的接收缓冲区（仅在启用窗口扩大时）。',
      },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_window_scaling', 'net.ipv4.tcp_moderate_rcvbuf'],
    summary: {
      en: 'Whether the receiver may retract window it has already advertised when memory runs short, as RFC 7323 allows.',
      zh: '内存不足时，接收方是否可以按 RFC 7323 的允许收回已经通告出去的窗口。',
    },
    details: {
      en:
        'Receiver side. By default Linux never moves the right edge of its window backwards, even when the data that could arrive would exceed the receive buffer; such data is then dropped on arrival and must be retransmitted. With 1 the window shrinks instead, so a well-behaved sender stops in time.\n\n' +
        '- Useful with applications that read slowly and buffers close to their limit; look for `TcpExtTCPRcvQDrop` and `TcpExtRcvPruned`.\n' +
        '- Rare old peers mishandle a shrinking window; test before enabling it widely.',
      zh:
        '作用于接收方。默认情况下 Linux 从不把窗口右沿往回收，即使可能到达的数据会超出接收缓冲区；这些数据到达后会被丢弃，只能等重传。设为 1 时改为收缩窗口，行为正常的发送方就会及时停下。\n\n' +
        '- 适用于应用读取较慢、缓冲区经常接近上限的场景；可关注 `TcpExtTCPRcvQDrop` 和 `TcpExtRcvPruned`。\n' +
        '- 少数老旧的对端处理不好窗口收缩，大范围开启前先测试。',
    },
  },
  {
    key: 'net.ipv4.tcp_comp_sack_delay_ns',
    type: 'int',
    default: '1000000',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.ipv4.tcp_comp_sack_nr', 'net.ipv4.tcp_comp_sack_slack_ns', 'net.ipv4.tcp_sack'],
    summary: {
      en: 'Longest time, in nanoseconds, a receiver may hold back a SACK while compressing them (default 1 ms).',
      zh: '接收方压缩 SACK 时最多可以推迟多久发送，单位纳秒（默认 1 毫秒）。',
    },
    details: {
      en:
        'Receiver side. When segments arrive out of order, sending one SACK for every packet floods the sender with ACKs (bad on Wi-Fi and for CPU). The receiver instead arms a short timer, a small fraction of the smoothed RTT capped by this value, and sends one SACK covering everything that arrived meanwhile.\n\n' +
        '- Compressed ACKs are counted as `TcpExtTCPAckCompressed`.\n' +
        '- Lower it if senders on very low-latency paths react too late to loss; there is rarely a reason to raise it.',
      zh:
        '作用于接收方。报文乱序到达时，每收到一个就回一个 SACK 会让发送方被 ACK 淹没（对 Wi-Fi 和 CPU 都不好）。接收方改为启动一个很短的定时器（平滑 RTT 的一小部分，并以本值为上限），到期后只发一个 SACK，涵盖这段时间里到达的所有报文。\n\n' +
        '- 被压缩掉的 ACK 计入 `TcpExtTCPAckCompressed`。\n' +
        '- 如果极低时延路径上的发送方对丢包反应太慢，可以调小；几乎没有理由调大。',
    },
  },
  {
    key: 'net.ipv4.tcp_comp_sack_slack_ns',
    type: 'int',
    default: '100000',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.ipv4.tcp_comp_sack_delay_ns', 'net.ipv4.tcp_comp_sack_nr'],
    summary: {
      en: 'Slack, in nanoseconds, allowed when arming the SACK compression timer (default 100 µs).',
      zh: '设置 SACK 压缩定时器时允许的松弛量，单位纳秒（默认 100 微秒）。',
    },
    details: {
      en:
        'Receiver side. The slack lets the kernel fire the SACK compression timer together with other timers, saving interrupts, and gives flows with a tiny RTT a little more time to gather out-of-order segments.\n\n' +
        '- Too large a value delays SACKs and can reduce throughput. Leave the default.',
      zh:
        '作用于接收方。松弛量让内核可以把 SACK 压缩定时器与其他定时器合并触发，减少中断；也给 RTT 极小的流多一点时间收集乱序报文。\n\n' +
        '- 值过大会推迟 SACK，可能降低吞吐。保持默认即可。',
    },
  },
  {
    key: 'net.ipv4.tcp_comp_sack_nr',
    type: 'int',
    default: '44',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_comp_sack_delay_ns', 'net.ipv4.tcp_comp_sack_slack_ns', 'net.ipv4.tcp_sack'],
    summary: {
      en: 'Maximum number of SACKs a receiver may fold into one before it must send; 0 disables SACK compression.',
      zh: '接收方最多可以把多少个 SACK 合并成一个再发送；0 表示关闭 SACK 压缩。',
    },
    details: {
      en:
        'Receiver side. Together with `tcp_comp_sack_delay_ns` it bounds how long and how much the receiver compresses SACKs while data arrives out of order.\n\n' +
        '- Set 0 to get one SACK per out-of-order segment, e.g. when testing a sender\'s loss recovery.\n' +
        '- Check `nstat -az TcpExtTCPAckCompressed` to see whether compression happens at all.',
      zh:
        '作用于接收方。它与 `tcp_comp_sack_delay_ns` 一起限定数据乱序到达时，接收方压缩 SACK 的时长和数量。\n\n' +
        '- 设为 0 则每个乱序报文都回一个 SACK，例如在测试发送方的丢包恢复时。\n' +
        '- 用 `nstat -az TcpExtTCPAckCompressed` 查看是否发生过压缩。',
    },
  },
  {
    key: 'net.ipv4.tcp_backlog_ack_defer',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Acknowledge backlogged packets one by one.', zh: '逐个确认积压的报文。' },
      { en: 'Send one ACK for the whole backlog (default).', zh: '对整批积压只发一个 ACK（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_comp_sack_nr', 'net.ipv4.tcp_pingpong_thresh'],
    summary: {
      en: 'Whether the receiver sends a single ACK after processing the packets that queued up while the application held the socket.',
      zh: '应用占用 socket 期间积压的报文处理完后，接收方是否只发一个 ACK。',
    },
    details: {
      en:
        'Receiver side. Packets that arrive while a system call owns the socket wait in its backlog and are processed when the call ends. Acknowledging each of them separately made the end of such system calls slow on busy sockets; one ACK for the batch avoids that latency.\n\n' +
        '- Keep the default; 0 exists mainly for comparison and debugging.',
      zh:
        '作用于接收方。系统调用占用 socket 期间到达的报文会先放进积压队列（backlog），调用结束时再处理。逐个发送 ACK 会让繁忙 socket 上系统调用的收尾变慢；整批只回一个 ACK 就避免了这段时延。\n\n' +
        '- 保持默认；0 主要用于对比测试和排查问题。',
    },
  },
  {
    key: 'net.ipv4.tcp_pingpong_thresh',
    type: 'int',
    default: '1',
    range: { min: 1, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_backlog_ack_defer', 'net.ipv4.tcp_autocorking'],
    summary: {
      en: 'How many request/response exchanges TCP must see before it treats a connection as interactive and delays its ACKs.',
      zh: 'TCP 观察到多少次请求/响应往来后，才把连接当作交互式连接并推迟发送 ACK。',
    },
    details: {
      en:
        'Receiver side of each request. In "ping-pong" mode the ACK for a request is delayed (typically 40 ms, at most 200 ms) so that it can ride on the response. That saves packets for classic request/response protocols, but hurts when the reply does not come immediately or the peer waits for the ACK (Nagle\'s algorithm on the other side).\n\n' +
        '- A higher threshold makes the mode harder to enter, so more ACKs are sent immediately.\n' +
        '- Symptoms of delayed-ACK trouble: 40 ms steps in latency; count delayed ACKs with `nstat -az TcpExtDelayedACKs`. Applications can also use `TCP_QUICKACK`.',
      zh:
        '作用于每次请求的接收方。在 ping-pong 模式下，请求的 ACK 会被推迟（通常 40 毫秒，最长 200 毫秒），以便搭上响应一起发出。这对典型的请求/响应协议能省报文，但如果响应不是马上产生，或者对端在等这个 ACK（对端启用了 Nagle 算法），就会拖慢通信。\n\n' +
        '- 阈值越大越难进入该模式，立即发送的 ACK 也就越多。\n' +
        '- 延迟 ACK 问题的典型症状：时延呈 40 毫秒的台阶；用 `nstat -az TcpExtDelayedACKs` 统计延迟 ACK。应用也可以使用 `TCP_QUICKACK`。',
    },
  },
];

/** Path MTU probing, MSS floors and the per-destination metrics cache. */
const MTU_AND_METRICS_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.tcp_min_snd_mss',
    type: 'int',
    unit: 'bytes',
    default: '48',
    range: { min: 48, max: 65535 },
    perNamespace: true,
    related: ['net.ipv4.tcp_mtu_probe_floor', 'net.ipv4.tcp_base_mss'],
    summary: {
      en: 'Smallest MSS the kernel accepts from a peer: a smaller advertised MSS is silently raised to this value.',
      zh: '内核接受的对端最小 MSS：对端通告的 MSS 更小时，内核会悄悄把它提高到这个值。',
    },
    details: {
      en:
        'Sending side of every connection. A peer that advertises a tiny MSS forces us to cut data into a huge number of tiny segments, burning CPU and memory; this was exploited in 2019 (CVE-2019-11479), and the key was added as the fix. The default 48 still allows 8 bytes of payload per segment.\n\n' +
        '- Raising it (e.g. to 536, the classic minimum for IPv4 hosts) blunts such attacks; legitimate peers very rarely advertise less.\n' +
        '- Too high a value breaks peers that really need small segments (some tunnels, very old links).',
      zh:
        '作用于每条连接的发送方向。对端通告一个极小的 MSS，会迫使本端把数据切成海量小报文段，消耗大量 CPU 和内存；2019 年就有人利用这一点发起攻击（CVE-2019-11479），该参数正是作为修复加入的。默认值 48 仍允许每个报文段只带 8 字节数据。\n\n' +
        '- 调高（如 536，即 IPv4 主机的经典最小值）可以削弱这类攻击；正常的对端很少通告比它更小的值。\n' +
        '- 设得过高会让确实需要小报文段的对端（某些隧道、很老的链路）无法正常通信。',
    },
  },
  {
    key: 'net.ipv4.tcp_mtu_probe_floor',
    type: 'int',
    unit: 'bytes',
    default: '48',
    range: { min: 48, max: 65535 },
    perNamespace: true,
    related: ['net.ipv4.tcp_mtu_probing', 'net.ipv4.tcp_base_mss', 'net.ipv4.tcp_probe_interval', 'net.ipv4.tcp_min_snd_mss'],
    summary: {
      en: 'Lowest MSS that packetization-layer path MTU discovery (MTU probing) may fall back to.',
      zh: '分组层路径 MTU 探测（MTU probing）最低可以退到的 MSS。',
    },
    details: {
      en:
        'Sender side, only when `tcp_mtu_probing` is active. After repeated timeouts the prober suspects a black hole and lowers the segment size step by step; this value stops it from going below a sane size.\n\n' +
        '- Raising it (e.g. to 536 or 1024) keeps a connection from collapsing to tiny segments after losses that had nothing to do with MTU.',
      zh:
        '作用于发送方，仅在 `tcp_mtu_probing` 生效时有意义。连续超时后探测逻辑会怀疑存在 MTU 黑洞，逐步减小报文段大小；这个值防止它降到不合理的程度。\n\n' +
        '- 调高（如 536 或 1024）可以避免连接在与 MTU 无关的丢包之后缩成极小的报文段。',
    },
  },
  {
    key: 'net.ipv4.tcp_probe_interval',
    type: 'int',
    unit: 'seconds',
    default: '600',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.ipv4.tcp_mtu_probing', 'net.ipv4.tcp_probe_threshold', 'net.ipv4.tcp_mtu_probe_floor'],
    summary: {
      en: 'How often a connection doing MTU probing tries again whether a larger packet size now gets through.',
      zh: '执行 MTU 探测的连接每隔多久重新尝试更大的报文是否已能通过。',
    },
    details: {
      en:
        'Sender side, only when `tcp_mtu_probing` is active. Paths change, so a connection that settled on a smaller size probes again after this interval (RFC 4821 suggests 10 minutes).\n\n' +
        '- Matters only for long-lived connections; shorter intervals recover full-size packets sooner after a path change.',
      zh:
        '作用于发送方，仅在 `tcp_mtu_probing` 生效时有意义。路径会变化，所以已经退到较小报文的连接在经过这个间隔后会再次探测（RFC 4821 建议 10 分钟）。\n\n' +
        '- 只对长连接有意义；间隔越短，路径变化后越早恢复全尺寸报文。',
    },
  },
  {
    key: 'net.ipv4.tcp_probe_threshold',
    type: 'int',
    unit: 'bytes',
    default: '8',
    perNamespace: true,
    related: ['net.ipv4.tcp_mtu_probing', 'net.ipv4.tcp_probe_interval'],
    summary: {
      en: 'MTU probing stops searching once the range between the known-good and known-bad size is narrower than this.',
      zh: '已知可行与已知不可行的报文大小之差小于这个值时，MTU 探测停止搜索。',
    },
    details: {
      en:
        'Sender side, only when `tcp_mtu_probing` is active. The prober does a binary search between a size that worked and one that failed; this is its precision.\n\n' +
        '- Smaller values find the exact path MTU with more probes; the default 8 bytes is a sensible compromise.',
      zh:
        '作用于发送方，仅在 `tcp_mtu_probing` 生效时有意义。探测逻辑在一个可行的大小和一个失败的大小之间做二分查找，这个值就是查找精度。\n\n' +
        '- 值越小，越能精确找到路径 MTU，但需要更多探测报文；默认的 8 字节是合理的折中。',
    },
  },
  {
    key: 'net.ipv4.tcp_no_ssthresh_metrics_save',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Save the slow-start threshold in the TCP metrics cache.', zh: '把慢启动阈值保存到 TCP 指标缓存。' },
      { en: 'Do not save it (default).', zh: '不保存（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_no_metrics_save', 'net.ipv4.tcp_congestion_control'],
    summary: {
      en: 'Whether TCP leaves the slow-start threshold out of the per-destination metrics it remembers after a connection closes.',
      zh: '连接关闭后 TCP 按目的地记录指标时，是否不记录慢启动阈值（ssthresh）。',
    },
    details: {
      en:
        'Sender side. A remembered ssthresh makes the next connection to the same host leave slow start early, so one congested moment can slow later connections for a long time. That is why it is not saved by default, while RTT estimates still are (unless `tcp_no_metrics_save` is 1).\n\n' +
        '- Inspect and clear the cache with `ip tcp_metrics show` and `ip tcp_metrics flush`.',
      zh:
        '作用于发送方。记住的 ssthresh 会让下一条到同一主机的连接过早退出慢启动，一次偶然的拥塞就可能长期拖慢之后的连接。所以默认不保存它，而 RTT 估计仍会保存（除非 `tcp_no_metrics_save` 为 1）。\n\n' +
        '- 用 `ip tcp_metrics show` 查看、`ip tcp_metrics flush` 清空这个缓存。',
    },
  },
];

/** Defences against forged or abusive segments. */
const ROBUSTNESS_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.tcp_challenge_ack_limit',
    type: 'int',
    unit: 'packets',
    default: '2147483647',
    perNamespace: true,
    related: ['net.ipv4.tcp_invalid_ratelimit', 'net.ipv4.tcp_rfc1337'],
    summary: {
      en: 'Challenge ACKs (RFC 5961) each network namespace may send per second, drawn as a random budget around this value; the default means unlimited.',
      zh: '每个网络命名空间每秒可发送的挑战 ACK（RFC 5961）数量，实际额度在该值附近随机选取；默认值即不限制。',
    },
    details: {
      en:
        'Both sides of established connections. When a RST or SYN arrives whose sequence number is inside the window but not exact, TCP does not obey it blindly; it answers with a challenge ACK so that only the real peer can complete the reset. This protects against blind reset and injection attacks.\n\n' +
        '- A low host-wide limit was itself a flaw: an off-path attacker could count the shared budget to infer connections (CVE-2016-5696). On current kernels (6.0 onwards) the budget belongs to each network namespace, is redrawn at random every second (between half and one and a half times the value) and is unlimited by default; each socket is rate-limited first by `tcp_invalid_ratelimit`.\n' +
        '- Do not set a small value because an old hardening guide says so.\n' +
        '- Counters: `nstat -az TcpExtTCPChallengeACK TcpExtTCPSYNChallenge TcpExtTCPACKSkippedChallenge`.',
      zh:
        '作用于已建立连接的两端。收到序号落在窗口内但不精确匹配的 RST 或 SYN 时，TCP 不会直接照办，而是回一个挑战 ACK，只有真正的对端才能据此完成重置。这可以抵御盲重置（blind reset）攻击和数据注入攻击。\n\n' +
        '- 全机共用一个过低的上限本身就是漏洞：不在路径上的（off-path）攻击者可以通过探测这个共享额度推断连接是否存在（CVE-2016-5696）。当前内核（6.0 起）的额度改为每个网络命名空间各一份，每秒随机重取（介于该值的一半到一倍半之间），且默认不限制；每个 socket 还会先经过 `tcp_invalid_ratelimit` 的单独限速。\n' +
        '- 不要因为老的加固指南而把它设成小值。\n' +
        '- 计数器：`nstat -az TcpExtTCPChallengeACK TcpExtTCPSYNChallenge TcpExtTCPACKSkippedChallenge`。',
    },
  },
  {
    key: 'net.ipv4.tcp_invalid_ratelimit',
    type: 'int',
    unit: 'milliseconds',
    default: '500',
    perNamespace: true,
    related: ['net.ipv4.tcp_challenge_ack_limit', 'net.ipv4.tcp_timestamps'],
    summary: {
      en: 'Minimum gap between the duplicate ACKs a socket sends in reply to invalid segments (out of window, failed PAWS); 0 disables the limit.',
      zh: '同一 socket 为回应无效报文（超出窗口、PAWS 检查失败）而发送的重复 ACK 之间的最小间隔；0 表示不限制。',
    },
    details: {
      en:
        'Both sides. A segment with a sequence or acknowledgement number outside the window is answered with a duplicate ACK. If a broken or malicious middlebox rewrites sequence numbers, both ends can end up answering each other forever (an "ACK loop"); this limit breaks such loops. The same per-socket limit applies to challenge ACKs.\n\n' +
        '- Suppressed replies are counted: `nstat -az | grep TCPACKSkipped` (Seq, PAWS, SynRecv, FinWait2, TimeWait, Challenge).\n' +
        '- Growing counters usually point to a middlebox or NAT mangling sequence numbers or timestamps.',
      zh:
        '作用于两端。序号或确认号超出窗口的报文会得到一个重复 ACK 作为回应。如果有故障或恶意的中间设备改写了序号，两端就可能无休止地互相回应（“ACK 风暴”）；这个限制可以打断这种循环。挑战 ACK 也受这个按 socket 计算的限速约束。\n\n' +
        '- 被抑制的回应有计数：`nstat -az | grep TCPACKSkipped`（Seq、PAWS、SynRecv、FinWait2、TimeWait、Challenge）。\n' +
        '- 这些计数持续增长，通常说明有中间设备或 NAT 篡改了序号或时间戳。',
    },
  },
  {
    key: 'net.ipv4.tcp_stdurg',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'BSD interpretation of the urgent pointer, as most stacks use (default).', zh: '按 BSD 方式解释紧急指针，与大多数协议栈一致（默认）。' },
      { en: 'RFC 1122 interpretation of the urgent pointer.', zh: '按 RFC 1122 的方式解释紧急指针。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_rfc1337'],
    summary: {
      en: 'Which interpretation of the TCP urgent pointer to use: BSD (default) or the one in the host requirements RFC.',
      zh: '采用哪种 TCP 紧急指针的解释：BSD 方式（默认）或主机需求 RFC 中的方式。',
    },
    details: {
      en:
        'Receiver side. The two interpretations differ by one byte about where urgent data ends. Almost every stack uses the BSD one, and RFC 6093 later recommended it; urgent data (`MSG_OOB`) is rarely used at all apart from telnet and some FTP clients.\n\n' +
        '- Leave it at 0; enabling it can corrupt urgent data exchanged with normal peers.',
      zh:
        '作用于接收方。两种解释对紧急数据在哪里结束相差一个字节。几乎所有协议栈都用 BSD 方式，RFC 6093 后来也推荐它；除了 telnet 和部分 FTP 客户端，紧急数据（`MSG_OOB`）本身就很少使用。\n\n' +
        '- 保持 0；开启后与普通对端交换紧急数据时可能出错。',
    },
  },
];

/** Listeners, Fast Open, packet marks and VRFs: how connections are set up and classified. */
const SETUP_AND_CLASSIFICATION_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.tcp_migrate_req',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Reset pending connections when their listener closes (default).', zh: '监听 socket 关闭时，重置还没被 accept 的连接（默认）。' },
      {
        en: 'Move them to another listener of the same SO_REUSEPORT group.',
        zh: '把它们迁移到同一 SO_REUSEPORT 组内的其他监听 socket。',
      },
    ),
    perNamespace: true,
    related: ['net.core.somaxconn', 'net.ipv4.tcp_max_syn_backlog', 'net.ipv4.tcp_abort_on_overflow'],
    summary: {
      en: 'Whether connections waiting on a closing SO_REUSEPORT listener (in the handshake or the accept queue) move to another listener instead of being reset.',
      zh: '关闭一个 SO_REUSEPORT 监听 socket 时，仍在等待的连接（握手中或在全连接队列中）是否迁移到同组其他监听 socket，而不是被重置。',
    },
    details: {
      en:
        'Server side. Servers that run several processes with `SO_REUSEPORT` (nginx, envoy, many Go servers) restart workers one at a time. Each incoming connection is tied to the listener that got its SYN, so closing that listener used to reset its half-open and not-yet-accepted connections: clients saw sporadic RSTs during every reload.\n\n' +
        '- With 1 the kernel hands them to a surviving listener (chosen at random, or by a `BPF_SK_REUSEPORT_SELECT_OR_MIGRATE` program).\n' +
        '- Configure all listeners of the group alike: a migrated request is served under the new listener\'s options, so if only that one uses `TCP_SAVE_SYN` it finds no saved SYN for requests that came from the other.\n' +
        '- Symptom it fixes: resets or `TcpExtListenDrops` bursts that coincide with reloads.',
      zh:
        '作用于服务端。用 `SO_REUSEPORT` 运行多个进程的服务（nginx、envoy、很多 Go 服务）会逐个重启工作进程。每个新连接都绑定在收到其 SYN 的那个监听 socket 上，所以关闭它时，半连接队列和全连接队列里的连接都会被重置：每次 reload，客户端都会零星地收到 RST。\n\n' +
        '- 设为 1 后，内核会把它们交给仍存活的监听 socket（随机选择，或由 `BPF_SK_REUSEPORT_SELECT_OR_MIGRATE` 程序决定）。\n' +
        '- 同组的监听 socket 应配置一致：迁移过去的请求按新监听 socket 的选项处理。例如只有新监听 socket 启用了 `TCP_SAVE_SYN`，那么从其他监听 socket 迁来的请求就拿不到保存的 SYN。\n' +
        '- 它解决的症状：与 reload 同时出现的 RST 或 `TcpExtListenDrops` 突增。',
    },
  },
  {
    key: 'net.ipv4.tcp_fastopen_key',
    type: 'string',
    default: '00000000-00000000-00000000-00000000',
    perNamespace: true,
    related: ['net.ipv4.tcp_fastopen', 'net.ipv4.tcp_fastopen_blackhole_timeout_sec'],
    summary: {
      en: 'The secret key (and an optional backup key) a server uses to create and check TCP Fast Open cookies.',
      zh: '服务端生成和校验 TCP Fast Open cookie 所用的密钥（以及可选的备用密钥）。',
    },
    details: {
      en:
        'Server side of TCP Fast Open. Written as four 8-digit hex words separated by dashes, optionally followed by a comma and a backup key that is only used to validate cookies during a key rotation. All zeros means no key has been set yet; the kernel picks a random key the first time a listener enables Fast Open.\n\n' +
        '- Servers behind one load-balanced address must share the same key, otherwise a client\'s cookie is rejected by every other server and it falls back to a normal handshake.\n' +
        '- Readable and writable only by root (mode 0600); treat it as a secret and rotate it with the backup-key form.\n' +
        '- Applications can set a per-listener key with the `TCP_FASTOPEN_KEY` socket option, which takes precedence.',
      zh:
        '作用于 TCP Fast Open 的服务端。格式为四组 8 位十六进制数，用短横线连接；后面可以跟一个逗号和备用密钥，备用密钥只在轮换期间用来校验 cookie。全 0 表示尚未设置密钥；当第一个监听 socket 启用 Fast Open 时，内核会随机生成一个。\n\n' +
        '- 同一负载均衡地址后面的服务器必须共用同一个密钥，否则客户端的 cookie 会被其他服务器拒绝，只能退回普通握手。\n' +
        '- 只有 root 能读写（权限 0600）；要把它当作机密，并用备用密钥的方式轮换。\n' +
        '- 应用可以用 `TCP_FASTOPEN_KEY` socket 选项为单个监听 socket 设置密钥，它的优先级更高。',
    },
  },
  {
    key: 'net.ipv4.tcp_fastopen_blackhole_timeout_sec',
    type: 'int',
    unit: 'seconds',
    default: '0',
    range: { min: 0 },
    perNamespace: true,
    related: ['net.ipv4.tcp_fastopen', 'net.ipv4.tcp_fastopen_key'],
    summary: {
      en: 'How long outgoing TCP Fast Open is switched off after a middlebox seems to drop it; 0 disables this detection (default).',
      zh: '发现中间设备疑似丢弃 Fast Open 报文后，主动连接暂停使用 TCP Fast Open 的时长；0 表示不做这种检测（默认）。',
    },
    details: {
      en:
        'Client side. Some firewalls drop SYNs that carry data, or the packets after them, which makes Fast Open connections hang. With a non-zero value the kernel disables Fast Open for active connections for this long when it sees the pattern, doubling the pause if the problem comes back right after re-enabling.\n\n' +
        '- Older kernels enabled the detection with one hour (3600); it was switched off by default because it also triggered without a real black hole.\n' +
        '- Detections are counted as `TcpExtTCPFastOpenBlackhole`.',
      zh:
        '作用于客户端。有些防火墙会丢弃携带数据的 SYN 或紧随其后的报文，导致 Fast Open 连接卡住。设为非 0 时，内核一旦发现这种迹象，就在这段时间内对主动连接停用 Fast Open；如果重新启用后问题马上再次出现，暂停时间加倍。\n\n' +
        '- 较老的内核默认开启这项检测，时长为一小时（3600）；后来因为在没有真正黑洞时也会误触发，改为默认关闭。\n' +
        '- 检测到的次数计入 `TcpExtTCPFastOpenBlackhole`。',
    },
  },
  {
    key: 'net.ipv4.tcp_fwmark_accept',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Accepted sockets start without a mark (default).', zh: 'accept 得到的 socket 不带标记（默认）。' },
      { en: 'Accepted sockets take the fwmark of the incoming SYN.', zh: 'accept 得到的 socket 继承入站 SYN 的 fwmark。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.fwmark_reflect', 'net.ipv4.tcp_reflect_tos', 'net.ipv4.tcp_l3mdev_accept'],
    summary: {
      en: 'Whether a connection accepted by a listener without its own mark inherits the firewall mark of the SYN that opened it.',
      zh: '监听 socket 本身未设标记时，accept 得到的新连接是否继承其 SYN 的防火墙标记（fwmark）。',
    },
    details: {
      en:
        'Server side. With policy routing based on marks (`ip rule add fwmark …`) on a host with several uplinks, replies of a server must leave by the path the request came in. If the SYN is marked (e.g. by iptables/nftables or by the interface), this makes the whole connection, starting with the SYN-ACK, carry the same mark.\n\n' +
        '- Listeners that set `SO_MARK` themselves are not affected.\n' +
        '- Check marks and rules with `ss -tie` (shows `fwmark`) and `ip rule show`.',
      zh:
        '作用于服务端。多出口主机上用基于标记的策略路由（`ip rule add fwmark …`）时，服务端的回包必须从请求进来的路径出去。如果 SYN 已被打上标记（例如由 iptables/nftables 或网卡打上），开启后整条连接从 SYN-ACK 开始都会带上同一个标记。\n\n' +
        '- 自己设置了 `SO_MARK` 的监听 socket 不受影响。\n' +
        '- 用 `ss -tie`（显示 `fwmark`）和 `ip rule show` 检查标记与规则。',
    },
  },
  {
    key: 'net.ipv4.tcp_reflect_tos',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Accepted connections use the listener\'s own TOS/DSCP (default).', zh: 'accept 得到的连接使用监听 socket 自己的 TOS/DSCP（默认）。' },
      { en: 'Accepted connections copy the DSCP of the incoming SYN.', zh: 'accept 得到的连接沿用入站 SYN 的 DSCP。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_fwmark_accept'],
    summary: {
      en: 'Whether a server answers each connection with the DSCP value the client used in its SYN, for IPv4 and IPv6.',
      zh: '服务端是否用客户端 SYN 中的 DSCP 值来回应每个连接（IPv4 和 IPv6 都适用）。',
    },
    details: {
      en:
        'Server side. QoS networks classify traffic by DSCP; without this the server\'s direction of a connection carries whatever the listening socket was set to (usually 0), so both directions end up in different classes.\n\n' +
        '- Assumes the client keeps the same DSCP for the whole connection.\n' +
        '- Verify with `tcpdump -v` (the `tos` field) on both directions.',
      zh:
        '作用于服务端。QoS 网络按 DSCP 对流量分类；不开启时，连接中服务端方向的报文使用监听 socket 上的设置（通常是 0），两个方向就会落入不同的类别。\n\n' +
        '- 前提是客户端在整个连接期间保持同一个 DSCP。\n' +
        '- 用 `tcpdump -v`（看 `tos` 字段）检查两个方向的报文。',
    },
  },
  {
    key: 'net.ipv4.tcp_l3mdev_accept',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'A listener outside any VRF only accepts connections from the default VRF (default).', zh: '不属于任何 VRF 的监听 socket 只接受默认 VRF 的连接（默认）。' },
      {
        en: 'It accepts connections from every VRF; each connection is bound to the VRF it arrived in.',
        zh: '接受所有 VRF 的连接；每个连接绑定到它到达时所在的 VRF。',
      },
    ),
    perNamespace: true,
    related: ['net.ipv4.udp_l3mdev_accept', 'net.ipv4.raw_l3mdev_accept', 'net.ipv4.tcp_fwmark_accept'],
    summary: {
      en: 'Whether a TCP listener not bound to a VRF also accepts connections arriving through VRF (L3 master) devices.',
      zh: '未绑定 VRF 的 TCP 监听 socket 是否也接受经由 VRF（L3 master）设备到达的连接。',
    },
    details: {
      en:
        'Server side, only on kernels with VRF support. It lets one daemon (sshd, a BGP speaker, an exporter) serve every VRF without binding a socket per VRF; replies follow the VRF of each connection.\n\n' +
        '- The alternative is to start the service inside the VRF (`ip vrf exec <vrf> <command>`).\n' +
        '- It weakens the separation between VRFs, so network OSs that rely on it usually enable it deliberately.',
      zh:
        '作用于服务端，仅在支持 VRF 的内核上存在。它让一个守护进程（sshd、BGP 进程、监控 exporter）无需为每个 VRF 单独绑定 socket 就能服务所有 VRF；回包沿各连接所属的 VRF 发出。\n\n' +
        '- 另一种做法是在 VRF 内启动服务（`ip vrf exec <vrf> <command>`）。\n' +
        '- 它削弱了 VRF 之间的隔离，依赖它的网络操作系统通常是有意开启的。',
    },
  },
  {
    key: 'net.ipv4.tcp_early_demux',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Look up established TCP sockets only after routing.', zh: '只在路由之后再查找已建立的 TCP socket。' },
      {
        en: 'Find the established socket before routing and reuse its cached route (default).',
        zh: '在路由之前找到已建立的 socket，并复用它缓存的路由（默认）。',
      },
    ),
    perNamespace: true,
    related: ['net.ipv4.ip_early_demux', 'net.ipv4.udp_early_demux'],
    summary: {
      en: 'Whether incoming TCP packets are matched to their established socket early, saving a route lookup.',
      zh: '是否提前把入站 TCP 报文匹配到对应的已建立 socket，从而省去一次路由查找。',
    },
    details: {
      en:
        'Receive path, only while `ip_early_demux` is 1. On a host that terminates many TCP connections this saves work per packet; on a router, where most packets belong to no local socket, the extra lookup is wasted.\n\n' +
        '- Keep it on for servers; routers and firewalls may turn `ip_early_demux` off instead.',
      zh:
        '作用于接收路径，仅在 `ip_early_demux` 为 1 时生效。对终结大量 TCP 连接的主机来说，每个报文都能省一点开销；在路由器上大多数报文并不属于本机 socket，这次额外查找就白做了。\n\n' +
        '- 服务器保持开启；路由器和防火墙可以改为关闭 `ip_early_demux`。',
    },
  },
  {
    key: 'net.ipv4.tcp_ehash_entries',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'Read-only; sized from RAM at boot (262144 on a 24 GiB machine); negative in a namespace that shares the host table.',
      zh: '只读；启动时按内存大小确定（24 GiB 内存的机器上为 262144）；在共用主机表的网络命名空间中显示为负数。',
    },
    perNamespace: true,
    related: ['net.ipv4.tcp_child_ehash_entries', 'net.ipv4.tcp_max_tw_buckets', 'net.ipv4.tcp_max_syn_backlog'],
    summary: {
      en: 'Number of buckets in the hash table of established and TIME_WAIT TCP sockets used by the current network namespace.',
      zh: '当前网络命名空间使用的 TCP 连接哈希表（存放已建立和 TIME_WAIT 状态的 socket）的桶数。',
    },
    details: {
      en:
        'Both sides: every incoming segment of an established connection is looked up here. The host table is sized from memory at boot (the `thash_entries=` boot parameter overrides it); a namespace shows a negative number when it shares the host table, or its own size when it was created with `tcp_child_ehash_entries`.\n\n' +
        '- The boot log line "TCP established hash table entries: …" shows how it was sized.\n' +
        '- The defaults of `tcp_max_tw_buckets` and `tcp_max_syn_backlog` are derived from this size.',
      zh:
        '作用于两端：已建立连接的每个入站报文都要在这里查找。主机上的表在启动时按内存大小确定（可用启动参数 `thash_entries=` 覆盖）；网络命名空间如果共用主机的表，这里显示为负数，如果创建时用了 `tcp_child_ehash_entries`，则显示它自己的大小。\n\n' +
        '- 启动日志中 "TCP established hash table entries: …" 一行说明了它的大小。\n' +
        '- `tcp_max_tw_buckets` 和 `tcp_max_syn_backlog` 的默认值由这个大小推算而来。',
    },
  },
  {
    key: 'net.ipv4.tcp_child_ehash_entries',
    type: 'int',
    unit: 'entries',
    default: '0',
    range: { min: 0, max: 16777216 },
    perNamespace: true,
    related: ['net.ipv4.tcp_ehash_entries', 'net.ipv4.udp_child_hash_entries', 'net.ipv4.tcp_max_tw_buckets'],
    summary: {
      en: 'Size of a private TCP socket hash table for network namespaces created from this one; 0 means they share the host table.',
      zh: '从当前网络命名空间创建的新网络命名空间所用的私有 TCP socket 哈希表大小；0 表示它们共用主机的表。',
    },
    details: {
      en:
        'It is read when a namespace is created (`unshare`, `clone`, `ip netns add`), so set it before starting the container. Non-zero values are rounded up to a power of two.\n\n' +
        '- A private table isolates containers: one container with millions of sockets no longer slows lookups for the others, and its `tcp_max_tw_buckets` and `tcp_max_syn_backlog` defaults follow the smaller table.\n' +
        '- If the allocation fails the new namespace falls back to the shared table and the kernel logs a warning ("Failed to allocate TCP ehash … fallback to the global one"); check `tcp_ehash_entries` inside it (negative = shared).',
      zh:
        '在创建网络命名空间时（`unshare`、`clone`、`ip netns add`）读取，所以要在启动容器之前设置。非 0 值会向上取整为 2 的幂。\n\n' +
        '- 私有哈希表能隔离容器：一个容器里有上百万个 socket 时不会再拖慢其他容器的查找，而且它的 `tcp_max_tw_buckets`、`tcp_max_syn_backlog` 默认值会按较小的表来计算。\n' +
        '- 如果内存分配失败，新网络命名空间会退回共用表，内核日志里会留下一条警告（"Failed to allocate TCP ehash … fallback to the global one"）；在其中查看 `tcp_ehash_entries` 即可确认（负数表示共用）。',
    },
  },
  {
    key: 'net.ipv4.tcp_available_ulp',
    type: 'string',
    default: null,
    defaultNote: {
      en: 'Read-only; lists the upper-layer protocols built in or loaded as modules (e.g. `mptcp`, `tls`, `espintcp`).',
      zh: '只读；列出内置或已作为模块加载的上层协议（如 `mptcp`、`tls`、`espintcp`）。',
    },
    perNamespace: false,
    related: ['net.mptcp.enabled', 'net.ipv4.tcp_available_congestion_control'],
    summary: {
      en: 'The TCP upper-layer protocols (ULPs) a socket can attach to with setsockopt(TCP_ULP), such as kernel TLS.',
      zh: 'socket 可以通过 setsockopt(TCP_ULP) 挂载的 TCP 上层协议（ULP），例如内核 TLS。',
    },
    details: {
      en:
        'A ULP hooks into a TCP socket and transforms its data: `tls` encrypts in the kernel (kTLS, used by nginx, OpenSSL 3 and some NICs with TLS offload), `espintcp` carries IPsec in TCP, and `mptcp` appears here because MPTCP uses the hook for its subflows.\n\n' +
        '- If kTLS does not work, check that `tls` is listed; `modprobe tls` loads it.\n' +
        '- The list is the same in every namespace and cannot be written.',
      zh:
        'ULP 挂在 TCP socket 上并对其数据进行处理：`tls` 在内核中加密（kTLS，nginx、OpenSSL 3 以及一些支持 TLS 卸载的网卡会用到），`espintcp` 用 TCP 承载 IPsec，`mptcp` 出现在这里是因为 MPTCP 用这个机制管理它的子流。\n\n' +
        '- kTLS 不生效时，先确认列表中有 `tls`；`modprobe tls` 可以加载它。\n' +
        '- 所有网络命名空间看到的列表都相同，且不可写。',
    },
  },
];

/** ECN negotiation details and Protective Load Balancing, which reacts to ECN marks. */
const ECN_AND_PLB_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.ipv4.tcp_ecn_fallback',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Keep ECN even if the path seems to mishandle it.', zh: '即使路径似乎处理不好 ECN 也继续使用。' },
      { en: 'Fall back to non-ECN when the path misbehaves (default).', zh: '路径表现异常时退回不使用 ECN（默认）。' },
    ),
    perNamespace: true,
    related: ['net.ipv4.tcp_ecn', 'net.ipv4.tcp_ecn_option'],
    summary: {
      en: 'Whether TCP gives up ECN for a connection when the network seems to break ECN-marked packets.',
      zh: '网络似乎会破坏带 ECN 标记的报文时，TCP 是否对该连接放弃 ECN。',
    },
    details: {
      en:
        'Connecting side. Some broken middleboxes drop SYNs that request ECN. With fallback on, a SYN retransmission is sent without the ECN request (the fallback of RFC 3168, section 6.1.1.1), so the connection still opens, just without ECN.\n\n' +
        '- Has no effect while `tcp_ecn` (or the route or congestion control) does not use ECN.\n' +
        '- Keep it on when you enable ECN for outgoing connections (`tcp_ecn = 1`).',
      zh:
        '作用于发起连接的一端。一些有缺陷的中间设备会丢弃请求 ECN 的 SYN。开启回退后，重传的 SYN 不再请求 ECN（即 RFC 3168 第 6.1.1.1 节的回退方式），连接仍能建立，只是不用 ECN。\n\n' +
        '- `tcp_ecn`（或路由、拥塞控制算法）不使用 ECN 时它不起作用。\n' +
        '- 为主动连接启用 ECN（`tcp_ecn = 1`）时应保持开启。',
    },
  },
  {
    key: 'net.ipv4.tcp_ecn_option',
    type: 'enum',
    default: '2',
    range: { min: 0, max: 2 },
    values: [
      { value: '0', meaning: { en: 'Never send the AccECN option, not even in the SYN-ACK.', zh: '从不发送 AccECN 选项，SYN-ACK 中也不发。' } },
      { value: '1', meaning: { en: 'Send it sparingly, following the minimum rules of the AccECN specification.', zh: '按 AccECN 规范的最低要求，尽量少发。' } },
      { value: '2', meaning: { en: 'Send it on every packet where it fits (default).', zh: '只要选项空间放得下，每个报文都发（默认）。' } },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_ecn', 'net.ipv4.tcp_ecn_option_beacon', 'net.ipv4.tcp_ecn_fallback'],
    summary: {
      en: 'How often a connection that negotiated Accurate ECN (AccECN) sends the AccECN TCP option with its exact congestion-mark counts.',
      zh: '协商了精确 ECN（AccECN）的连接多久发送一次携带精确拥塞标记计数的 AccECN TCP 选项。',
    },
    details: {
      en:
        'Receiver side of each direction. Classic ECN only says "there was congestion in this round trip"; AccECN feeds back how many bytes were marked, which L4S congestion controls (TCP Prague, DCTCP-like algorithms) need. Sending is suppressed anyway while no AccECN option has been seen from the peer.\n\n' +
        '- Only connections that negotiated AccECN are affected; on 6.18 `tcp_ecn` still rejects the AccECN modes (writing 3–5 fails), so it rarely matters yet.\n' +
        '- Lower it when middleboxes strip or choke on unknown TCP options.',
      zh:
        '作用于每个方向的接收方。经典 ECN 只能表达“这个往返里发生过拥塞”；AccECN 则反馈有多少字节被标记，L4S 类拥塞控制（TCP Prague、类 DCTCP 算法）需要这一信息。只要还没从对端收到过 AccECN 选项，本端就不会发送。\n\n' +
        '- 只影响协商了 AccECN 的连接；在 6.18 上 `tcp_ecn` 还不接受 AccECN 模式（写入 3–5 会失败），所以目前很少起作用。\n' +
        '- 如果中间设备会剥离或处理不了未知的 TCP 选项，可以调低。',
    },
  },
  {
    key: 'net.ipv4.tcp_ecn_option_beacon',
    type: 'int',
    default: '3',
    range: { min: 0, max: 3 },
    perNamespace: true,
    related: ['net.ipv4.tcp_ecn_option', 'net.ipv4.tcp_ecn'],
    summary: {
      en: 'How many times per round trip the AccECN option is sent at least when `tcp_ecn_option` is 1; at 2 it goes on every packet anyway, and 0 turns the beacon off.',
      zh: '`tcp_ecn_option` 为 1 时，每个往返至少发送多少次 AccECN 选项；为 2 时本来就每个报文都带，设为 0 则不做这种定期发送。',
    },
    details: {
      en:
        'Receiver side of an AccECN connection. Sending the option a few times per RTT even when nothing changed lets the sender recover the counts if some ACKs are lost.\n\n' +
        '- Only relevant for connections that negotiated AccECN; see `tcp_ecn_option`.',
      zh:
        '作用于 AccECN 连接的接收方。即使计数没有变化，每个 RTT 也发几次选项，这样部分 ACK 丢失时发送方仍能拿到准确的计数。\n\n' +
        '- 只对协商了 AccECN 的连接有意义；参见 `tcp_ecn_option`。',
    },
  },
  {
    key: 'net.ipv4.tcp_plb_enabled',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Protective Load Balancing off (default).', zh: '关闭保护性负载均衡（默认）。' },
      {
        en: 'On, for congestion controls that support it (DCTCP in the mainline kernel).',
        zh: '开启，仅对支持它的拥塞控制算法生效（主线内核中是 DCTCP）。',
      },
    ),
    perNamespace: true,
    related: [
      'net.ipv4.tcp_plb_cong_thresh',
      'net.ipv4.tcp_plb_rehash_rounds',
      'net.ipv4.tcp_plb_idle_rehash_rounds',
      'net.ipv4.tcp_plb_suspend_rto_sec',
      'net.ipv4.fib_multipath_hash_policy',
    ],
    summary: {
      en: 'Protective Load Balancing: a connection that stays congested changes its flow hash so that ECMP switches move it to another path.',
      zh: '保护性负载均衡（PLB）：持续拥塞的连接会更换自己的流哈希，让 ECMP 交换机把它挪到另一条路径。',
    },
    details: {
      en:
        'Sender side, for data-centre fabrics with ECMP. When many rounds in a row see a high share of ECN-marked packets, the connection picks a new hash. For IPv6 that changes the flow label, which switches can include in their ECMP hash; for IPv4 nothing in the header changes unless traffic is encapsulated.\n\n' +
        '- Needs ECN marking in the network and a congestion control that reports the marked fraction (DCTCP).\n' +
        '- Tuned with `tcp_plb_cong_thresh`, `tcp_plb_rehash_rounds`, `tcp_plb_idle_rehash_rounds` and `tcp_plb_suspend_rto_sec`.',
      zh:
        '作用于发送方，面向使用 ECMP 的数据中心网络。连续多个往返中被 ECN 标记的报文比例都很高时，连接会换一个新哈希。对 IPv6 来说这会改变流标签，交换机可以把它纳入 ECMP 哈希；对 IPv4，除非流量经过封装，报文头中没有任何字段会变。\n\n' +
        '- 需要网络做 ECN 标记，并且拥塞控制算法能报告被标记的比例（DCTCP）。\n' +
        '- 通过 `tcp_plb_cong_thresh`、`tcp_plb_rehash_rounds`、`tcp_plb_idle_rehash_rounds` 和 `tcp_plb_suspend_rto_sec` 调整。',
    },
  },
  {
    key: 'net.ipv4.tcp_plb_cong_thresh',
    type: 'int',
    default: '128',
    range: { min: 0, max: 256 },
    perNamespace: true,
    related: ['net.ipv4.tcp_plb_enabled', 'net.ipv4.tcp_plb_rehash_rounds'],
    summary: {
      en: 'Share of ECN-marked packets, in 1/256 units, that makes PLB count a round trip as congested (128 = 50%).',
      zh: 'PLB 判定一个往返为“拥塞”所需的 ECN 标记报文比例，以 1/256 为单位（128 即 50%）。',
    },
    details: {
      en:
        'Sender side, only with `tcp_plb_enabled`. Lower values make PLB react to milder congestion; 0 makes every round count as congested, which is meant only for experiments.',
      zh:
        '作用于发送方，仅在开启 `tcp_plb_enabled` 时有效。值越小，PLB 对轻微拥塞也会作出反应；0 表示每个往返都算拥塞，仅供实验使用。',
    },
  },
  {
    key: 'net.ipv4.tcp_plb_rehash_rounds',
    type: 'int',
    default: '12',
    range: { min: 0, max: 31 },
    perNamespace: true,
    related: ['net.ipv4.tcp_plb_enabled', 'net.ipv4.tcp_plb_idle_rehash_rounds', 'net.ipv4.tcp_plb_cong_thresh'],
    summary: {
      en: 'Number of consecutive congested round trips after which PLB changes the path even with data in flight.',
      zh: '连续多少个拥塞的往返之后，PLB 即使仍有数据在途也会更换路径。',
    },
    details: {
      en:
        'Sender side, only with `tcp_plb_enabled`. Moving a flow while packets are in flight can reorder them, so this forced rehash waits longer than the idle one. Small values react faster but risk spurious retransmissions.',
      zh:
        '作用于发送方，仅在开启 `tcp_plb_enabled` 时有效。有报文在途时更换路径可能造成乱序，所以这种强制换路要比空闲时换路等得更久。值小反应快，但可能引起虚假重传。',
    },
  },
  {
    key: 'net.ipv4.tcp_plb_idle_rehash_rounds',
    type: 'int',
    default: '3',
    range: { min: 0, max: 31 },
    perNamespace: true,
    related: ['net.ipv4.tcp_plb_enabled', 'net.ipv4.tcp_plb_rehash_rounds'],
    summary: {
      en: 'Number of consecutive congested round trips after which PLB changes the path at a moment with nothing in flight.',
      zh: '连续多少个拥塞的往返之后，PLB 会在没有数据在途的时刻更换路径。',
    },
    details: {
      en:
        'Sender side, only with `tcp_plb_enabled`. With no packets in flight a path change cannot cause reordering, so PLB may move the flow sooner than with `tcp_plb_rehash_rounds`.',
      zh:
        '作用于发送方，仅在开启 `tcp_plb_enabled` 时有效。没有报文在途时换路不会造成乱序，所以 PLB 可以比 `tcp_plb_rehash_rounds` 更早地迁移这条流。',
    },
  },
  {
    key: 'net.ipv4.tcp_plb_suspend_rto_sec',
    type: 'int',
    unit: 'seconds',
    default: '60',
    range: { min: 0, max: 255 },
    perNamespace: true,
    related: ['net.ipv4.tcp_plb_enabled', 'net.ipv4.tcp_plb_rehash_rounds'],
    summary: {
      en: 'After a retransmission timeout PLB stops changing paths for a random time between one and two times this value.',
      zh: '发生重传超时后，PLB 在该值的一到两倍之间的随机时长内停止换路。',
    },
    details: {
      en:
        'Sender side, only with `tcp_plb_enabled`. A timeout may mean a failed link; rehashing then could land the flow on a black hole, so PLB pauses. The randomness keeps many connections from moving at once. Set it to about the time your fabric needs to route around a failed link.',
      zh:
        '作用于发送方，仅在开启 `tcp_plb_enabled` 时有效。超时可能意味着链路故障，此时换路可能把流挪进黑洞，所以 PLB 会暂停。加入随机性是为了避免大量连接同时迁移。建议设为网络绕开故障链路所需的大致时间。',
    },
  },
];

/** The remaining net.ipv4.tcp_* keys: less often tuned, but all of them explained. */
export const TCP_EXTRA_KEYS: readonly SysctlKeyDoc[] = [
  ...LOSS_RECOVERY_KEYS,
  ...WINDOW_AND_SEGMENT_KEYS,
  ...MTU_AND_METRICS_KEYS,
  ...ROBUSTNESS_KEYS,
  ...SETUP_AND_CLASSIFICATION_KEYS,
  ...ECN_AND_PLB_KEYS,
];
