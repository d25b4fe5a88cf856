import type { SysctlKeyDoc } from '../types';

/** Receive and transmit processing below the sockets: softirq budgets, packet steering, batching. */
const PACKET_PROCESSING_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.core.netdev_budget_usecs',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'Two timer ticks: 2000000 / CONFIG_HZ microseconds (8000 on the test machine with HZ=250, 2000 with HZ=1000).',
      zh: '两个时钟节拍：2000000 / CONFIG_HZ 微秒（测试机 HZ=250 时为 8000，HZ=1000 时为 2000）。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['net.core.netdev_budget', 'net.core.netdev_max_backlog', 'net.core.dev_weight'],
    summary: {
      en: 'Maximum time, in microseconds, one CPU spends in a single receive softirq round before yielding.',
      zh: '单个 CPU 在一轮接收软中断中最多花费的时间（微秒），到时即让出 CPU。',
    },
    details: {
      en:
        'Receive side, per CPU. A round ends when either this time or the packet budget `netdev_budget` runs out; the leftover work waits for the next round and the time squeeze counter (third column of `/proc/net/softnet_stat`) increases.\n\n' +
        '- Raise it together with `netdev_budget` when time squeeze grows steadily under load and the CPUs have headroom; a longer round delays other work on that CPU.\n' +
        '- Because the default follows the kernel\'s HZ, distributions with different HZ ship different values.',
      zh:
        '作用于接收方，每个 CPU 独立计算。这个时间或报文预算 `netdev_budget` 任一用完，这一轮就结束；剩下的工作留到下一轮，同时 time squeeze 计数（`/proc/net/softnet_stat` 第三列）增加。\n\n' +
        '- 负载下 time squeeze 持续增长且 CPU 有余量时，可与 `netdev_budget` 一起调大；每轮时间越长，该 CPU 上的其他任务就被推迟得越久。\n' +
        '- 默认值取决于内核的 HZ，所以 HZ 不同的发行版默认值也不同。',
    },
  },
  {
    key: 'net.core.dev_weight',
    type: 'int',
    unit: 'packets',
    default: '64',
    perNamespace: false,
    related: ['net.core.dev_weight_rx_bias', 'net.core.dev_weight_tx_bias', 'net.core.netdev_budget'],
    summary: {
      en: 'Packets processed per turn from a CPU\'s backlog queue, and base of the per-run transmit quota of qdiscs.',
      zh: '每次从 CPU 积压队列中处理的报文数，也是 qdisc 每轮发送配额的基数。',
    },
    details: {
      en:
        'Receive side: packets queued by RPS, loopback, veth and non-NAPI drivers are processed in turns of `dev_weight × dev_weight_rx_bias` packets. Transmit side: a qdisc sends at most `dev_weight × dev_weight_tx_bias` packets per run before yielding. NAPI drivers use their own poll weight (usually also 64), which this key does not change.\n\n' +
        '- Raising it (e.g. 128–256) can help container hosts where most traffic crosses veth pairs and `/proc/net/softnet_stat` shows time squeezes; it makes each turn longer for other devices on that CPU.',
      zh:
        '接收方：由 RPS、回环接口、veth 和不支持 NAPI 的驱动放入积压队列的报文，每次处理 `dev_weight × dev_weight_rx_bias` 个。发送方：qdisc 每轮最多发送 `dev_weight × dev_weight_tx_bias` 个报文后让出 CPU。NAPI 驱动使用自己的轮询权重（通常也是 64），不受这个参数影响。\n\n' +
        '- 大部分流量经过 veth 对、且 `/proc/net/softnet_stat` 出现 time squeeze 的容器主机，调大（如 128–256）可能有帮助；代价是同一 CPU 上其他设备每次要等得更久。',
    },
  },
  {
    key: 'net.core.dev_weight_rx_bias',
    type: 'int',
    default: '1',
    perNamespace: false,
    related: ['net.core.dev_weight', 'net.core.dev_weight_tx_bias'],
    summary: {
      en: 'Multiplier of `dev_weight` for the receive backlog (RPS, loopback, veth) processed per turn.',
      zh: '接收积压队列（RPS、回环、veth）每次处理量相对于 `dev_weight` 的倍数。',
    },
    details: {
      en:
        'The backlog turn is `dev_weight × dev_weight_rx_bias` packets. Raise it to give RPS-steered and veth traffic a larger share of each softirq round without changing the transmit quota. Rarely changed.',
      zh:
        '积压队列每次处理 `dev_weight × dev_weight_rx_bias` 个报文。想让经 RPS 分发的流量和 veth 流量在每轮软中断中获得更多份额、又不改变发送配额时，可以调大。很少需要修改。',
    },
  },
  {
    key: 'net.core.dev_weight_tx_bias',
    type: 'int',
    default: '1',
    perNamespace: false,
    related: ['net.core.dev_weight', 'net.core.dev_weight_rx_bias', 'net.core.default_qdisc'],
    summary: {
      en: 'Multiplier of `dev_weight` for the number of packets a qdisc sends per run.',
      zh: 'qdisc 每轮发送报文数相对于 `dev_weight` 的倍数。',
    },
    details: {
      en:
        'The transmit quota is `dev_weight × dev_weight_tx_bias` packets per qdisc run; after that the rest is sent from the transmit softirq. Larger values raise transmit throughput on busy interfaces but let one CPU spend longer sending. Rarely changed.',
      zh:
        '发送配额为每轮 `dev_weight × dev_weight_tx_bias` 个报文，超出部分交给发送软中断处理。调大能提高繁忙接口的发送吞吐，但会让单个 CPU 花更长时间在发送上。很少需要修改。',
    },
  },
  {
    key: 'net.core.gro_normal_batch',
    type: 'int',
    unit: 'packets',
    default: '8',
    range: { min: 1 },
    perNamespace: false,
    related: ['net.core.netdev_budget', 'net.core.dev_weight'],
    summary: {
      en: 'Number of segments GRO collects before passing them up the stack as one batch.',
      zh: 'GRO 攒够多少个报文段，才作为一批交给上层协议栈。',
    },
    details: {
      en:
        'Receive side. Packets leaving GRO, merged or not, are handed to the stack in batches rather than one by one, which saves CPU per packet. A batch is also flushed at the end of each NAPI poll, so latency stays bounded.\n\n' +
        '- Changing it is only worth it when benchmarking receive CPU cost on very fast NICs; 1 disables batching.',
      zh:
        '作用于接收方。离开 GRO 的报文（无论是否被合并）按批而不是逐个交给协议栈，可以降低每个报文的 CPU 开销。每次 NAPI 轮询结束时也会把未满的批次送出，所以延迟是有上限的。\n\n' +
        '- 只有在高速网卡上做接收 CPU 开销基准测试时才值得调整；设为 1 即关闭批处理。',
    },
  },
  {
    key: 'net.core.netdev_tstamp_prequeue',
    type: 'bool',
    default: '1',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Take receive timestamps on the CPU that processes the packet, after RPS.',
          zh: '在 RPS 之后、由处理报文的 CPU 打接收时间戳。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Take receive timestamps as early as possible, before RPS queueing (default).',
          zh: '在 RPS 排队之前尽早打接收时间戳（默认）。',
        },
      },
    ],
    perNamespace: false,
    related: ['net.core.rps_sock_flow_entries', 'net.core.tstamp_allow_data'],
    summary: {
      en: 'Whether software receive timestamps are taken before packets are queued to another CPU by RPS.',
      zh: '是否在报文经 RPS 排队到其他 CPU 之前就打上软件接收时间戳。',
    },
    details: {
      en:
        'Matters for applications reading `SO_TIMESTAMP`/`SO_TIMESTAMPING` receive times and for `tcpdump` timestamps while RPS is active. With 1 the times are more accurate; with 0 the work of taking them moves to the RPS target CPUs, which slightly spreads load but adds queueing delay to the timestamps.',
      zh:
        'RPS 生效时，它会影响读取 `SO_TIMESTAMP`/`SO_TIMESTAMPING` 接收时间的应用以及 `tcpdump` 的时间戳。设为 1 时时间戳更准确；设为 0 时打时间戳的工作转移到 RPS 的目标 CPU 上，略微分散负载，但时间戳会包含排队延迟。',
    },
  },
  {
    key: 'net.core.rps_sock_flow_entries',
    type: 'int',
    unit: 'entries',
    default: '0',
    range: { min: 0, max: 536870912 },
    perNamespace: false,
    related: ['net.core.rps_default_mask', 'net.core.netdev_max_backlog', 'net.core.flow_limit_cpu_bitmap'],
    summary: {
      en: 'Size of the global Receive Flow Steering (RFS) table; 0 disables RFS.',
      zh: '全局 RFS（Receive Flow Steering，接收流转向）表的大小；0 表示关闭 RFS。',
    },
    details: {
      en:
        'Receive side. RFS remembers on which CPU the application reading each flow last ran, and steers the flow\'s packets to that CPU for better cache locality. The value is rounded up to a power of two. RFS also needs `rps_flow_cnt` set per receive queue in `/sys/class/net/<dev>/queues/rx-<n>/`.\n\n' +
        '- A common setting is 32768, with `rps_flow_cnt` = 32768 / number of receive queues.\n' +
        '- Helps when a NIC has fewer queues than CPUs, or for busy servers whose threads move between CPUs; check the gain with `mpstat -P ALL` (softirq time) and application latency.',
      zh:
        '作用于接收方。RFS 记录读取每条流的应用上次运行在哪个 CPU 上，并把这条流的报文引导到该 CPU 处理，以获得更好的缓存局部性。取值会向上取整为 2 的幂。要启用 RFS，还需在 `/sys/class/net/<dev>/queues/rx-<n>/` 下为每个接收队列设置 `rps_flow_cnt`。\n\n' +
        '- 常见设置为 32768，`rps_flow_cnt` 取 32768 / 接收队列数。\n' +
        '- 网卡队列数少于 CPU 数，或繁忙服务器的线程经常在 CPU 之间迁移时会有帮助；用 `mpstat -P ALL`（软中断时间）和应用延迟评估效果。',
    },
  },
  {
    key: 'net.core.rps_default_mask',
    type: 'string',
    default: '0',
    perNamespace: true,
    related: ['net.core.rps_sock_flow_entries', 'net.core.netdev_max_backlog'],
    summary: {
      en: 'CPU mask (hex) of Receive Packet Steering applied to the receive queues of devices created afterwards in this namespace.',
      zh: '本命名空间中此后新建设备的接收队列默认使用的 RPS（Receive Packet Steering，接收包转向）CPU 掩码（十六进制）。',
    },
    details: {
      en:
        'RPS spreads received packets of a queue over the CPUs in its mask; normally it is set per queue in `/sys/class/net/<dev>/queues/rx-<n>/rps_cpus`. This default matters for devices created on the fly, such as the veth pairs of containers, which would otherwise start with RPS off.\n\n' +
        '- Example: `f` spreads new devices over CPUs 0–3. Existing devices are not changed.',
      zh:
        'RPS 把一个接收队列收到的报文分散到掩码中的各个 CPU 上处理；通常在 `/sys/class/net/<dev>/queues/rx-<n>/rps_cpus` 中按队列设置。这个默认值主要用于动态创建的设备（例如容器的 veth 对），否则它们创建时 RPS 是关闭的。\n\n' +
        '- 例如 `f` 让新设备分散到 CPU 0–3。已有设备不受影响。',
    },
  },
  {
    key: 'net.core.flow_limit_cpu_bitmap',
    type: 'string',
    default: '0',
    perNamespace: false,
    related: ['net.core.flow_limit_table_len', 'net.core.netdev_max_backlog'],
    summary: {
      en: 'CPU mask (hex) of CPUs on which the backlog flow limit is active.',
      zh: '启用积压队列流限制（flow limit）的 CPU 掩码（十六进制）。',
    },
    details: {
      en:
        'Receive side. When a CPU\'s backlog (`netdev_max_backlog`) is more than half full, flow limit drops packets of the few large flows that fill it first, so small flows (e.g. interactive or control traffic) still get through during an overload.\n\n' +
        '- Useful on servers hit by a single heavy flow or a flood; enable it on the CPUs that receive traffic, e.g. `ff` for CPUs 0–7. The packets it drops are counted in the 11th column of `/proc/net/softnet_stat`.',
      zh:
        '作用于接收方。当某个 CPU 的积压队列（`netdev_max_backlog`）超过一半时，流限制会优先丢弃那几条占满队列的大流的报文，让小流（如交互或控制流量）在过载时仍能通过。\n\n' +
        '- 适用于会被单个大流或洪泛打满的服务器；在接收流量的 CPU 上开启，例如 `ff` 表示 CPU 0–7。它丢弃的报文计入 `/proc/net/softnet_stat` 的第 11 列。',
    },
  },
  {
    key: 'net.core.flow_limit_table_len',
    type: 'int',
    unit: 'entries',
    default: '4096',
    range: { min: 1 },
    perNamespace: false,
    related: ['net.core.flow_limit_cpu_bitmap'],
    summary: {
      en: 'Number of hash buckets per CPU that flow limit uses to tell flows apart; must be a power of two.',
      zh: '流限制在每个 CPU 上用于区分各条流的哈希桶数量，必须是 2 的幂。',
    },
    details: {
      en:
        'More buckets tell more concurrent flows apart, so a small flow is less likely to share a bucket with a heavy one. The size is applied when flow limit is enabled on a CPU, so set it before writing `flow_limit_cpu_bitmap`.',
      zh:
        '桶越多，能区分的并发流就越多，小流与大流落进同一个桶的概率越低。表大小在某个 CPU 启用流限制时才生效，所以应先设置它，再写 `flow_limit_cpu_bitmap`。',
    },
  },
  {
    key: 'net.core.netdev_rss_key',
    type: 'string',
    default: null,
    defaultNote: {
      en: 'Random, generated the first time a driver asks for an RSS key; 52 zero bytes (00:00:…) until then, as on the test VM.',
      zh: '随机值，在驱动第一次请求 RSS 密钥时生成；此前为 52 个零字节（00:00:…），测试虚拟机上即如此。',
    },
    perNamespace: false,
    related: ['net.core.rps_sock_flow_entries', 'net.core.rps_default_mask'],
    summary: {
      en: 'Read-only: the key NIC drivers use for Receive Side Scaling hashes, shown as colon-separated hex bytes.',
      zh: '只读：网卡驱动计算接收端扩展（RSS）哈希所用的密钥，以冒号分隔的十六进制字节显示。',
    },
    details: {
      en:
        'RSS spreads flows over a NIC\'s receive queues by hashing addresses and ports with this key; most drivers use its first 40 bytes. It is generated at random per boot, so the queue a given flow lands on changes between reboots.\n\n' +
        '- Compare with `ethtool -x <dev>`, which shows the key the NIC actually uses; change it per device with `ethtool -X <dev> hkey ...`, not here.',
      zh:
        'RSS 用这个密钥对地址和端口做哈希，把各条流分散到网卡的多个接收队列；大多数驱动只用前 40 个字节。它在每次开机时随机生成，所以同一条流落在哪个队列上，重启前后会不同。\n\n' +
        '- 可与 `ethtool -x <dev>` 显示的接口实际密钥对照；要修改请对单个设备使用 `ethtool -X <dev> hkey ...`，而不是这里。',
    },
  },
  {
    key: 'net.core.max_skb_frags',
    type: 'int',
    default: '17',
    defaultNote: {
      en: 'Equals the build option CONFIG_MAX_SKB_FRAGS, which is also the upper bound (17 unless the kernel was built with more).',
      zh: '等于编译选项 CONFIG_MAX_SKB_FRAGS，也是允许的上限（除非内核编译时调大，否则为 17）。',
    },
    range: { min: 1 },
    perNamespace: false,
    related: ['net.core.high_order_alloc_disable', 'net.core.mem_pcpu_rsv'],
    summary: {
      en: 'Maximum number of page fragments the send path (TCP, MPTCP and spliced sends) puts into one socket buffer of outgoing data; GRO on the receive side does not read it.',
      zh: '发送路径（TCP、MPTCP 以及 splice 方式的发送）往一个待发送的 skb（socket 缓冲区）里最多挂多少个页面分片；接收方向的 GRO 不读取它。',
    },
    details: {
      en:
        'When `send()` copies data into page fragments and the next one cannot be merged with the previous, TCP starts a new buffer once this many fragments are attached. With 4 KiB pages, 17 fragments hold about 64 KiB, the usual size of one TSO packet. Lowering it makes outgoing buffers smaller, which some virtual or older NICs need when they cannot handle many scatter-gather entries; otherwise leave it alone. Received packets merged by GRO are limited by the build-time maximum, not by this key.',
      zh:
        '`send()` 把数据复制进页面分片时，如果新分片无法与上一个合并，而当前 skb 已挂满这么多分片，TCP 就另起一个 skb。页面大小为 4 KiB 时，17 个分片约合 64 KiB，正好是一个 TSO 大报文的常见大小。调低会让发送的 skb 变小，某些无法处理大量分散/聚集条目的虚拟网卡或老网卡需要这样做；否则不要改动。接收方向 GRO 合并报文时受编译期上限约束，与这个参数无关。',
    },
  },
  {
    key: 'net.core.skb_defer_max',
    type: 'int',
    unit: 'packets',
    default: '64',
    range: { min: 0 },
    perNamespace: false,
    related: ['net.core.high_order_alloc_disable', 'net.core.mem_pcpu_rsv'],
    summary: {
      en: 'Maximum length of the per-CPU list of received buffers handed back to the CPU that allocated them for freeing.',
      zh: '每个 CPU 上延迟释放列表的最大长度：列表中是要交还给原分配 CPU 释放的接收缓冲区。',
    },
    details: {
      en:
        'When an application on one CPU consumes packets received on another, TCP defers freeing the buffers to the CPU that allocated them, which keeps the memory allocator\'s caches local. Beyond this length buffers are freed directly. 0 turns the deferral off. Rarely tuned.',
      zh:
        '当某个 CPU 上的应用读取了另一个 CPU 收到的报文时，TCP 会把缓冲区交还给当初分配它的 CPU 延后释放，以保持内存分配器缓存的局部性。超过这个长度后直接释放。设为 0 关闭延迟释放。很少需要调整。',
    },
  },
  {
    key: 'net.core.high_order_alloc_disable',
    type: 'bool',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Allocate socket page fragments from high-order pages where possible (default).',
          zh: '尽可能从高阶页面分配 socket 页面分片（默认）。',
        },
      },
      {
        value: '1',
        meaning: { en: 'Use only single (order-0) pages.', zh: '只使用单个（0 阶）页面。' },
      },
    ],
    perNamespace: false,
    related: ['net.core.max_skb_frags', 'net.core.mem_pcpu_rsv'],
    summary: {
      en: 'Whether the page-fragment allocator of the network stack avoids high-order (multi-page) allocations.',
      zh: '网络协议栈的页面分片分配器是否避免高阶（多页）分配。',
    },
    details: {
      en:
        'By default socket data is copied into 32 KiB blocks (order 3 on x86), which is efficient. On older kernels, heavy contention in the page allocator for such blocks could cost CPU; setting 1 falls back to 4 KiB pages. On current kernels it is mostly of historical interest.',
      zh:
        '默认情况下 socket 数据会复制到 32 KiB 的内存块中（x86 上为 3 阶），效率较高。在较老的内核上，页面分配器对这类内存块的争用可能消耗大量 CPU，设为 1 可退回到 4 KiB 页面。在当前内核上它基本只有历史意义。',
    },
  },
  {
    key: 'net.core.mem_pcpu_rsv',
    type: 'int',
    unit: 'pages',
    default: '256',
    defaultNote: {
      en: '1 MiB per CPU expressed in pages: 256 with 4 KiB pages; also the minimum.',
      zh: '每个 CPU 1 MiB，以页为单位：4 KiB 页面时为 256，这也是最小值。',
    },
    perNamespace: false,
    related: ['net.ipv4.tcp_mem', 'net.ipv4.udp_mem'],
    summary: {
      en: 'Socket memory each CPU may account locally before updating the global counter that `tcp_mem` and `udp_mem` are checked against.',
      zh: '每个 CPU 在汇总到全局计数之前可在本地记账的 socket 内存量；`tcp_mem` 和 `udp_mem` 比较的正是这个全局计数。',
    },
    details: {
      en:
        'Socket memory is accounted per CPU and folded into the global total in chunks of this size, which avoids contention on a shared counter on many-core machines. The global figure (the `mem` values of `/proc/net/sockstat`) may therefore lag by up to this amount per CPU.\n\n' +
        '- Raising it reduces contention further on large machines with very many sockets; the values cannot go below the default.',
      zh:
        'socket 内存先按 CPU 记账，再以这个大小为单位汇总到全局总数，避免多核机器上对共享计数器的争用。因此全局数值（`/proc/net/sockstat` 中的 `mem`）每个 CPU 最多可能滞后这么多。\n\n' +
        '- 在 socket 数量极多的大型机器上调大，可进一步减少争用；取值不能低于默认值。',
    },
  },
];

/** Socket-level defaults and limits that live under net.core. */
const SOCKET_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.core.busy_read',
    type: 'int',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['net.core.busy_poll'],
    summary: {
      en: 'Default busy-poll time in microseconds for blocking socket reads (the default of `SO_BUSY_POLL`); 0 is off.',
      zh: '阻塞读 socket 时默认的忙轮询时长（微秒），即 `SO_BUSY_POLL` 的默认值；0 表示关闭。',
    },
    details: {
      en:
        'Receive side. Instead of sleeping until an interrupt wakes it, a reading thread polls the NIC queue itself for up to this long, cutting tens of microseconds of latency at the cost of a CPU spinning. It needs a NIC driver with NAPI and works best when each application thread owns a receive queue.\n\n' +
        '- Prefer setting `SO_BUSY_POLL` on the few latency-critical sockets; set this globally (50 is the usual value) only on dedicated low-latency machines.\n' +
        '- Expect higher CPU use and power draw; verify with `nstat -az TcpExtBusyPollRxPackets`.',
      zh:
        '作用于接收方。读取线程不再睡眠等待中断唤醒，而是自己轮询网卡队列，最长持续这么久，可以减少几十微秒的延迟，代价是占着一个 CPU 空转。需要网卡驱动支持 NAPI，每个应用线程独占一个接收队列时效果最好。\n\n' +
        '- 优先只在少数对延迟敏感的 socket 上设置 `SO_BUSY_POLL`；只有专用的低延迟机器才做全局设置（常用值 50）。\n' +
        '- CPU 占用和功耗都会上升；可用 `nstat -az TcpExtBusyPollRxPackets` 确认是否生效。',
    },
  },
  {
    key: 'net.core.busy_poll',
    type: 'int',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['net.core.busy_read'],
    summary: {
      en: 'Busy-poll time in microseconds for `poll()`, `select()` and `epoll` waits on sockets; 0 is off.',
      zh: '对 socket 执行 `poll()`、`select()` 和 `epoll` 等待时的忙轮询时长（微秒）；0 表示关闭。',
    },
    details: {
      en:
        'Receive side. Event loops spin on the NIC queues of the watched sockets for up to this long before sleeping. With `poll()` and `select()` only sockets with busy polling enabled (`SO_BUSY_POLL` or `busy_read`) take part; `epoll` needs nothing more than this value and polls the NIC queue its ready sockets last received on.\n\n' +
        '- Typical values: 50 for a few sockets, 100 for several hundred; for more, epoll-based busy polling with NAPI ids works better.\n' +
        '- Costs CPU and power; use it on dedicated latency-sensitive hosts only.',
      zh:
        '作用于接收方。事件循环在进入睡眠之前，会对被监视 socket 所在的网卡队列空转轮询，最长持续这么久。对 `poll()` 和 `select()` 来说，只有开启了忙轮询的 socket（`SO_BUSY_POLL` 或 `busy_read`）才参与；`epoll` 则只看这个值，不要求 socket 另行开启，直接轮询其就绪 socket 最近收包的那个网卡队列。\n\n' +
        '- 常用值：少量 socket 时取 50，几百个 socket 时取 100；更多时应使用基于 epoll 和 NAPI ID 的忙轮询。\n' +
        '- 会增加 CPU 占用和功耗，只在专用的延迟敏感主机上使用。',
    },
  },
  {
    key: 'net.core.optmem_max',
    type: 'int',
    unit: 'bytes',
    default: '131072',
    defaultNote: {
      en: 'Before 6.8 it was one value for the whole machine, 20480 on 64-bit builds; since 6.8 each network namespace has its own.',
      zh: '6.8 之前整台机器共用一个值，64 位内核上为 20480；从 6.8 起每个网络命名空间各有一份。',
    },
    defaultChanges: [{ version: '6.8', from: '20480', to: '131072' }],
    perNamespace: true,
    related: ['net.core.rmem_max', 'net.core.wmem_max'],
    summary: {
      en: 'Maximum memory per socket for ancillary data and option buffers (control messages, socket filters, multicast memberships, zero-copy notifications).',
      zh: '每个 socket 用于辅助数据和选项缓冲区（控制消息、socket 过滤器、组播成员关系、零拷贝通知）的最大内存。',
    },
    details: {
      en:
        'Not a data buffer: it limits the side allocations of one socket. When exceeded, the call fails, usually with `ENOBUFS` ("No buffer space available") or `ENOMEM`: e.g. when joining many multicast groups on one socket, attaching a large BPF socket filter, or sending with `MSG_ZEROCOPY` faster than completions are read. Older kernels used 20480 (20 KiB).\n\n' +
        '- Raise it when an application gets `ENOBUFS` or `ENOMEM` from `setsockopt()`, or from `sendmsg()` with ancillary data.',
      zh:
        '它限制的不是数据缓冲区，而是单个 socket 的附属内存分配。超出时调用会失败，通常返回 `ENOBUFS`（"No buffer space available"）或 `ENOMEM`：例如在一个 socket 上加入大量组播组、挂载较大的 BPF socket 过滤器，或者使用 `MSG_ZEROCOPY` 发送得比读取完成通知更快时。较早的内核使用 20480（20 KiB）。\n\n' +
        '- 应用调用 `setsockopt()` 或带辅助数据的 `sendmsg()` 得到 `ENOBUFS` 或 `ENOMEM` 时，就可以调大它。',
    },
  },
  {
    key: 'net.core.tstamp_allow_data',
    type: 'bool',
    default: '1',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Unprivileged processes get transmit timestamps only without the packet payload.',
          zh: '非特权进程只能拿到不带报文内容的发送时间戳。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Transmit timestamps may come with a copy of the sent packet (default).',
          zh: '发送时间戳可以附带已发送报文的副本（默认）。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.core.netdev_tstamp_prequeue', 'net.core.optmem_max'],
    summary: {
      en: 'Whether processes may receive transmit timestamps together with a copy of the packet they belong to.',
      zh: '进程获取发送时间戳时，是否可以同时拿到对应报文的副本。',
    },
    details: {
      en:
        'With `SO_TIMESTAMPING`, the kernel returns transmit timestamps on the socket\'s error queue, by default along with the packet. With 0, unprivileged processes must request timestamps only (`SOF_TIMESTAMPING_OPT_TSONLY`), otherwise their requests are dropped; this hardens against reading packet headers the process did not write. PTP daemons and latency tracers depend on these timestamps.',
      zh:
        '使用 `SO_TIMESTAMPING` 时，内核通过 socket 的错误队列返回发送时间戳，默认会附带报文本身。设为 0 后，非特权进程必须只请求时间戳（`SOF_TIMESTAMPING_OPT_TSONLY`），否则请求会被丢弃；这样可以防止进程读到并非自己写入的报文头。PTP 守护进程和延迟跟踪工具都依赖这些时间戳。',
    },
  },
  {
    key: 'net.core.txrehash',
    type: 'bool',
    default: '1',
    values: [
      {
        value: '0',
        meaning: { en: 'Keep the transmit hash after timeouts.', zh: '超时后保留原来的发送哈希。' },
      },
      {
        value: '1',
        meaning: {
          en: 'Pick a new transmit hash after timeouts, which may move the flow to another path (default).',
          zh: '超时后重新选择发送哈希，流可能因此换到另一条路径（默认）。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.ipv4.tcp_retries2', 'net.ipv4.tcp_synack_retries'],
    summary: {
      en: 'Default of `SO_TXREHASH` for every new TCP socket of the namespace, client or server: whether it picks a new transmit hash after a timeout, so that the flow can take another path.',
      zh: '本命名空间内每个新建 TCP socket（客户端和服务端都算）的 `SO_TXREHASH` 默认值：超时后是否更换发送哈希，让流有机会换一条路径。',
    },
    details: {
      en:
        'The transmit hash picks the outgoing queue and, for IPv6, the flow label that routers use for ECMP load balancing. Choosing a new one after a timeout lets a connection escape a broken path in a multipath network, e.g. a retransmitted SYN-ACK tries another path. Current kernels copy it into each IPv4 or IPv6 socket when the socket is created, so it covers outgoing connections as well as listeners and the connections they accept; `SO_TXREHASH` overrides it per socket. The first kernels with the key read it only in `listen()`.\n\n' +
        '- Set 0 only if middleboxes require a constant flow label for the lifetime of a connection.',
      zh:
        '发送哈希决定报文走哪个发送队列，对 IPv6 来说还决定流标签，路由器会据此做 ECMP 负载分担。超时后换一个哈希，可以让连接在多路径网络中绕开故障路径，例如重传的 SYN-ACK 会尝试另一条路径。当前内核在创建每个 IPv4 或 IPv6 socket 时就把它复制进去，所以主动发起的连接、监听 socket 以及 accept 得到的连接都受它影响；单个 socket 可用 `SO_TXREHASH` 覆盖。最早带有这个参数的内核只在 `listen()` 时读取它。\n\n' +
        '- 只有当中间设备要求连接的流标签始终不变时才设为 0。',
    },
  },
  {
    key: 'net.core.message_cost',
    type: 'int',
    unit: 'seconds',
    default: '5',
    perNamespace: false,
    related: ['net.core.message_burst', 'kernel.printk_ratelimit'],
    summary: {
      en: 'Interval of the rate limit on networking warnings written to the kernel log.',
      zh: '网络子系统内核日志告警的限速周期（秒）。',
    },
    details: {
      en:
        'Networking code checks `net_ratelimit()` before logging, e.g. for martian packets or neighbour table overflow. Within each interval of this many seconds at most `message_burst` messages are written; the rest are counted and reported as "net_ratelimit: N callbacks suppressed".\n\n' +
        '- When you see that line, the log is missing messages: temporarily lower this (or raise `message_burst`) while debugging. 0 disables the limit.',
      zh:
        '网络代码写日志前会先调用 `net_ratelimit()` 检查，例如记录火星报文或邻居表溢出时。每个周期（长度为该秒数）内最多写出 `message_burst` 条，其余只计数，并以 "net_ratelimit: N callbacks suppressed" 报告。\n\n' +
        '- 看到这行就说明日志不完整：排查期间可以临时调小它（或调大 `message_burst`）。设为 0 即取消限速。',
    },
  },
  {
    key: 'net.core.message_burst',
    type: 'int',
    default: '10',
    perNamespace: false,
    related: ['net.core.message_cost'],
    summary: {
      en: 'Number of networking warnings allowed into the kernel log within each `message_cost` interval.',
      zh: '每个 `message_cost` 周期内允许写入内核日志的网络告警条数。',
    },
    details: {
      en:
        'Together with `message_cost` this caps networking warnings at 10 per 5 seconds by default, so a flood of bad packets cannot fill the disk with logs. Raise it temporarily when "callbacks suppressed" hides messages you need.',
      zh:
        '与 `message_cost` 一起，默认把网络告警限制在每 5 秒 10 条，防止大量异常报文把日志写满磁盘。如果需要的信息被 "callbacks suppressed" 吞掉了，可以临时调大。',
    },
  },
  {
    key: 'net.core.warnings',
    type: 'int',
    default: '0',
    perNamespace: false,
    related: ['net.core.message_cost'],
    summary: {
      en: 'Unused: kept only so that old configuration files that set it still apply.',
      zh: '已不再使用：保留它只是为了让设置过它的旧配置文件仍能正常加载。',
    },
    details: {
      en:
        'It once switched console warnings about network problems (bad checksums, duplicate addresses) on and off. Those messages are now debug messages controlled by the dynamic debug facility, and writing this key has no effect.',
      zh:
        '它曾用于开关网络问题（校验和错误、地址冲突）的控制台告警。这些消息现在属于调试信息，由动态调试（dynamic debug）机制控制，写这个参数不会有任何效果。',
    },
  },
];

/** BPF just-in-time compiler controls. */
const BPF_JIT_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.core.bpf_jit_enable',
    type: 'enum',
    default: '1',
    defaultNote: {
      en: '1 on kernels built with CONFIG_BPF_JIT_DEFAULT_ON, as most distributions are; with CONFIG_BPF_JIT_ALWAYS_ON it cannot be changed.',
      zh: '内核编译时开启 CONFIG_BPF_JIT_DEFAULT_ON 则为 1（大多数发行版如此）；开启 CONFIG_BPF_JIT_ALWAYS_ON 时无法修改。',
    },
    values: [
      { value: '0', meaning: { en: 'Interpret BPF programs.', zh: '以解释方式执行 BPF 程序。' } },
      { value: '1', meaning: { en: 'Compile BPF programs to native code.', zh: '把 BPF 程序编译为本机代码。' } },
      {
        value: '2',
        meaning: {
          en: 'Compile and dump the generated code to the kernel log; for JIT debugging only.',
          zh: '编译并把生成的代码打印到内核日志，仅用于调试 JIT。',
        },
      },
    ],
    range: { min: 0, max: 2 },
    perNamespace: false,
    related: ['net.core.bpf_jit_harden', 'net.core.bpf_jit_limit', 'kernel.unprivileged_bpf_disabled'],
    summary: {
      en: 'Whether BPF programs (packet filters, XDP, tc, tracing, seccomp) are compiled to native machine code.',
      zh: 'BPF 程序（报文过滤器、XDP、tc、跟踪、seccomp）是否编译为本机机器码执行。',
    },
    details: {
      en:
        'Affects everything built on BPF: `tcpdump` filters, Cilium and other eBPF-based CNI plugins, XDP, seccomp profiles of containers. The JIT makes them several times faster than the interpreter.\n\n' +
        '- Keep 1. Many kernels are built with the interpreter removed, in which case writing 0 or 2 fails with an error and the value stays 1.\n' +
        '- 2 writes code to the kernel log and is not meant for production.',
      zh:
        '影响所有基于 BPF 的功能：`tcpdump` 过滤器、Cilium 等基于 eBPF 的 CNI 插件、XDP、容器的 seccomp 配置。JIT 编译后比解释执行快好几倍。\n\n' +
        '- 保持 1。很多内核编译时去掉了解释器，此时写入 0 或 2 会报错，值仍保持 1。\n' +
        '- 2 会把代码打印到内核日志，不适合生产环境。',
    },
  },
  {
    key: 'net.core.bpf_jit_harden',
    type: 'enum',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'No hardening (default).', zh: '不加固（默认）。' } },
      {
        value: '1',
        meaning: { en: 'Harden programs loaded by unprivileged users.', zh: '对非特权用户加载的程序加固。' },
      },
      { value: '2', meaning: { en: 'Harden all programs.', zh: '对所有程序加固。' } },
    ],
    range: { min: 0, max: 2 },
    perNamespace: false,
    related: ['net.core.bpf_jit_enable', 'net.core.bpf_jit_kallsyms', 'kernel.unprivileged_bpf_disabled'],
    summary: {
      en: 'Whether the BPF JIT blinds constants in generated code to resist JIT-spraying attacks.',
      zh: 'BPF JIT 是否对生成代码中的常量做致盲处理，以抵御 JIT spraying 攻击。',
    },
    details: {
      en:
        'Hardening rewrites constants so that attacker-chosen values do not appear verbatim in executable memory. It costs some performance of BPF programs, and while it is 1 or 2 `bpf_jit_kallsyms` is off for every JIT-compiled program, hardened or not. "Privileged" here means having `CAP_BPF` or `CAP_SYS_ADMIN` in the initial user namespace.\n\n' +
        '- Security baselines often require 1 or 2 on multi-tenant hosts; measure XDP or Cilium throughput before choosing 2. Only root can read or write it.',
      zh:
        '加固会改写常量，使攻击者选定的值不会原样出现在可执行内存中。它会降低一些 BPF 程序的性能；而且只要取值为 1 或 2，`bpf_jit_kallsyms` 就对所有 JIT 编译的程序失效，不论该程序是否被加固。这里的“特权”指在初始用户命名空间中拥有 `CAP_BPF` 或 `CAP_SYS_ADMIN`。\n\n' +
        '- 多租户主机的安全基线常要求设为 1 或 2；选 2 之前先测一下 XDP 或 Cilium 的吞吐。只有 root 能读写。',
    },
  },
  {
    key: 'net.core.bpf_jit_kallsyms',
    type: 'bool',
    default: '1',
    defaultNote: {
      en: '1 on kernels built with CONFIG_BPF_JIT_DEFAULT_ON, 0 otherwise.',
      zh: '内核编译时开启 CONFIG_BPF_JIT_DEFAULT_ON 则为 1，否则为 0。',
    },
    values: [
      { value: '0', meaning: { en: 'Hide JIT-compiled programs from kallsyms.', zh: '不在 kallsyms 中显示 JIT 编译的程序。' } },
      {
        value: '1',
        meaning: {
          en: 'Export addresses of JIT-compiled programs to privileged users.',
          zh: '向特权用户导出 JIT 编译程序的地址。',
        },
      },
    ],
    perNamespace: false,
    related: ['net.core.bpf_jit_enable', 'net.core.bpf_jit_harden'],
    summary: {
      en: 'Whether JIT-compiled BPF programs appear in `/proc/kallsyms`, so that profilers and stack traces can name them.',
      zh: 'JIT 编译的 BPF 程序是否出现在 `/proc/kallsyms` 中，以便性能分析工具和调用栈能显示它们的名字。',
    },
    details: {
      en:
        'With 1, `perf top`, `bpftool prog profile` and kernel stack traces show BPF programs by name (`bpf_prog_<tag>_<name>`) instead of unknown addresses. Has no effect at all while `bpf_jit_harden` is 1 or 2: then no JIT-compiled program is listed. Only root can read or write it.',
      zh:
        '设为 1 时，`perf top`、`bpftool prog profile` 和内核调用栈会按名字（`bpf_prog_<tag>_<name>`）显示 BPF 程序，而不是未知地址。只要 `bpf_jit_harden` 为 1 或 2，它就完全不起作用，任何 JIT 编译的程序都不会列出。只有 root 能读写。',
    },
  },
  {
    key: 'net.core.bpf_jit_limit',
    type: 'int',
    unit: 'bytes',
    default: null,
    defaultNote: {
      en: 'Half of the executable memory area available to the JIT, rounded to pages (528482304 on the x86-64 test machine).',
      zh: 'JIT 可用的可执行内存区域的一半，按页取整（在 x86-64 测试机上为 528482304）。',
    },
    range: { min: 1 },
    perNamespace: false,
    related: ['net.core.bpf_jit_enable', 'kernel.unprivileged_bpf_disabled'],
    summary: {
      en: 'Total memory that JIT-compiled BPF programs may occupy before the JIT stops compiling programs of unprivileged users.',
      zh: 'JIT 编译的 BPF 程序可占用的内存总量，超过后 JIT 不再编译非特权用户的程序。',
    },
    details: {
      en:
        'Protects the kernel\'s executable memory from being exhausted by unprivileged programs. Once the limit is reached the JIT refuses further programs of users without `CAP_BPF` or `CAP_SYS_ADMIN`: such a program then runs in the slower interpreter, or, on kernels built without one (CONFIG_BPF_JIT_ALWAYS_ON), its load fails with `ENOTSUPP` (error 524). Programs of privileged users are still compiled.\n\n' +
        '- Raise it only on hosts running very many BPF programs (large Cilium or tracing deployments) that hit the limit. Only root can read or write it.',
      zh:
        '防止非特权程序耗尽内核的可执行内存。达到上限后，JIT 不再为没有 `CAP_BPF` 或 `CAP_SYS_ADMIN` 的用户编译程序：这类程序改由较慢的解释器执行；如果内核编译时去掉了解释器（CONFIG_BPF_JIT_ALWAYS_ON），加载会以 `ENOTSUPP`（错误码 524）失败。特权用户的程序仍会被编译。\n\n' +
        '- 只有运行大量 BPF 程序（大规模 Cilium 或跟踪部署）并触到上限的主机才需要调大。只有 root 能读写。',
    },
  },
];

/** Namespace creation, device teardown and IPsec (xfrm) defaults. */
const NAMESPACE_AND_XFRM_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'net.core.devconf_inherit_init_net',
    type: 'enum',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'New namespaces copy IPv4 settings from the initial namespace and reset IPv6 settings (default).',
          zh: '新命名空间从初始命名空间复制 IPv4 设置，IPv6 设置恢复默认（默认）。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Copy both IPv4 and IPv6 settings from the initial namespace.',
          zh: 'IPv4 和 IPv6 设置都从初始命名空间复制。',
        },
      },
      {
        value: '2',
        meaning: { en: 'Reset both IPv4 and IPv6 settings to kernel defaults.', zh: 'IPv4 和 IPv6 设置都恢复为内核默认值。' },
      },
      {
        value: '3',
        meaning: {
          en: 'Copy both from the namespace that creates the new one.',
          zh: '两者都从创建新命名空间的那个命名空间复制。',
        },
      },
    ],
    range: { min: 0, max: 3 },
    perNamespace: false,
    related: ['net.ipv4.conf.<iface>.rp_filter', 'net.ipv6.conf.<iface>.disable_ipv6', 'net.ipv4.ip_forward'],
    summary: {
      en: 'Where a new network namespace takes its `net.ipv4.conf.{all,default}` and `net.ipv6.conf.{all,default}` values from.',
      zh: '新网络命名空间的 `net.ipv4.conf.{all,default}` 和 `net.ipv6.conf.{all,default}` 取值从哪里来。',
    },
    details: {
      en:
        'Explains why containers sometimes see the host\'s `rp_filter` or `ip_forward` but not its IPv6 settings: with the default 0, IPv4 interface defaults (and `ip_forward`) are copied from the host while IPv6 ones start fresh.\n\n' +
        '- Set 2 to give every container clean kernel defaults regardless of host tuning; set 1 or 3 when IPv6 hardening such as `accept_ra` or `accept_redirects` must reach new namespaces too.\n' +
        '- Whatever the value, `default.disable_ipv6` and `default.autoconf` of a new namespace come from the `ipv6.disable_ipv6=` and `ipv6.autoconf=` boot options, never from the host, so a host that turned IPv6 off by sysctl does not pass that on.\n' +
        '- Only namespaces created after the change are affected.',
      zh:
        '它解释了为什么容器有时会带上宿主机的 `rp_filter` 或 `ip_forward`，却没有带上 IPv6 设置：默认值 0 下，IPv4 的接口设置（以及 `ip_forward`）从宿主机复制，而 IPv6 设置则从内核默认值开始。\n\n' +
        '- 设为 2，可以让每个容器都使用干净的内核默认值，不受宿主机调优影响；如果 `accept_ra`、`accept_redirects` 之类的 IPv6 加固也要传到新命名空间，就设为 1 或 3。\n' +
        '- 无论取值如何，新命名空间的 `default.disable_ipv6` 和 `default.autoconf` 都取自启动参数 `ipv6.disable_ipv6=` 和 `ipv6.autoconf=`，从不复制宿主机的值，所以宿主机用 sysctl 关闭 IPv6 并不会传给新命名空间。\n' +
        '- 只影响修改之后创建的命名空间。',
    },
  },
  {
    key: 'net.core.fb_tunnels_only_for_init_net',
    type: 'enum',
    default: '0',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Create fallback tunnel devices in every namespace (default).',
          zh: '在每个命名空间中都创建后备隧道设备（默认）。',
        },
      },
      {
        value: '1',
        meaning: { en: 'Create them only in the initial namespace.', zh: '只在初始命名空间中创建。' },
      },
      { value: '2', meaning: { en: 'Never create them.', zh: '任何命名空间都不创建。' } },
    ],
    range: { min: 0, max: 2 },
    perNamespace: false,
    related: ['net.core.devconf_inherit_init_net'],
    summary: {
      en: 'Whether tunnel modules create their catch-all devices (`tunl0`, `gre0`, `sit0`, `ip6tnl0`, …) in each network namespace.',
      zh: '隧道模块是否在每个网络命名空间中创建其后备设备（`tunl0`、`gre0`、`sit0`、`ip6tnl0` 等）。',
    },
    details: {
      en:
        'These fallback devices receive tunnel packets that match no configured tunnel. They are rarely used, yet with 0 every container gets them, cluttering `ip link` and slowing namespace creation and teardown on hosts with many containers.\n\n' +
        '- Set 1 on container hosts. Because built-in modules create the devices at boot, the boot parameter `fb_tunnels=initns` or `fb_tunnels=none` is the reliable way to get 1 or 2.',
      zh:
        '这些后备设备负责接收不匹配任何已配置隧道的隧道报文。它们很少用到，但设为 0 时每个容器里都会有一份，让 `ip link` 输出变得杂乱，并在容器很多的主机上拖慢命名空间的创建和销毁。\n\n' +
        '- 容器主机上设为 1。由于内置模块在开机时就会创建这些设备，要可靠地得到 1 或 2，应使用启动参数 `fb_tunnels=initns` 或 `fb_tunnels=none`。',
    },
  },
  {
    key: 'net.core.netdev_unregister_timeout_secs',
    type: 'int',
    unit: 'seconds',
    default: '10',
    range: { min: 1, max: 3600 },
    perNamespace: false,
    related: ['net.core.fb_tunnels_only_for_init_net'],
    summary: {
      en: 'Interval of the "unregister_netdevice: waiting for <dev> to become free" warning while a removed device is still referenced.',
      zh: '已删除的设备仍有引用时，"unregister_netdevice: waiting for <dev> to become free" 告警的输出间隔。',
    },
    details: {
      en:
        'When an interface (often a container\'s veth or `lo`) is deleted, the kernel waits until nothing references it; while waiting it logs "unregister_netdevice: waiting for eth0 to become free. Usage count = N" at this interval. The message means a reference leak or something slow to let go (sockets, routes, a kernel bug), and namespace teardown can hang meanwhile.\n\n' +
        '- Changing it only changes how often the warning repeats, not the wait itself; upgrade the kernel if the count never reaches 0.',
      zh:
        '删除接口（通常是容器的 veth 或 `lo`）时，内核要等到没有任何对象再引用它；等待期间会按这个间隔打印 "unregister_netdevice: waiting for eth0 to become free. Usage count = N"。出现这条消息说明存在引用泄漏或有东西迟迟不释放（socket、路由、内核缺陷），期间命名空间的销毁可能卡住。\n\n' +
        '- 修改它只改变告警重复的频率，不影响等待本身；如果计数始终降不到 0，应升级内核。',
    },
  },
  {
    key: 'net.core.xfrm_acq_expires',
    type: 'int',
    unit: 'seconds',
    default: '30',
    perNamespace: true,
    related: ['net.core.xfrm_larval_drop'],
    summary: {
      en: 'How long an IPsec acquire (a request to the IKE daemon to negotiate a missing security association) stays pending.',
      zh: 'IPsec acquire（请求 IKE 守护进程协商缺失的安全关联）保持待定状态的时长。',
    },
    details: {
      en:
        'When traffic matches an IPsec policy but no SA exists yet, the kernel asks the IKE daemon (strongSwan, Libreswan) to negotiate one and keeps a placeholder state for this long. If negotiation takes longer, the acquire expires and the next packet triggers a new one.\n\n' +
        '- Raise it when IKE negotiations through slow or lossy links regularly take more than 30 s.',
      zh:
        '流量命中 IPsec 策略但还没有 SA 时，内核会请求 IKE 守护进程（strongSwan、Libreswan）协商一个，并保留一个占位状态这么久。如果协商更慢，acquire 过期，下一个报文会触发新的 acquire。\n\n' +
        '- 如果经过慢速或有丢包链路的 IKE 协商经常超过 30 秒，可以调大。',
    },
  },
  {
    key: 'net.core.xfrm_larval_drop',
    type: 'bool',
    default: '1',
    values: [
      {
        value: '0',
        meaning: {
          en: 'Queue the packets (at most about 100 per policy) and send them once the security association is ready.',
          zh: '把报文放进队列暂存（每条策略最多约 100 个），等安全关联建好后再发出。',
        },
      },
      {
        value: '1',
        meaning: {
          en: 'Drop packets while the security association is being negotiated (default).',
          zh: '在安全关联协商期间丢弃报文（默认）。',
        },
      },
    ],
    perNamespace: true,
    related: ['net.core.xfrm_acq_expires'],
    summary: {
      en: 'Whether packets needing an IPsec security association that is still being negotiated are dropped instead of being queued until it is ready.',
      zh: '所需的 IPsec 安全关联仍在协商时，报文是直接丢弃，还是先排队暂存、等它建好后再发。',
    },
    details: {
      en:
        'With 1 the first packets of a new flow are lost while IKE negotiates, and TCP recovers by retransmitting, typically seen as a one-second delay on the first connection. With 0 the sender is not blocked: the kernel holds the packets in a queue of the IPsec policy (about 100 at most, more are dropped), retries the lookup at doubling intervals starting at 0.1 s, sends the queue once the SA exists, and drops it once the interval has grown past 60 s.',
      zh:
        '设为 1 时，IKE 协商期间新流的前几个报文会丢失，TCP 靠重传恢复，通常表现为第一次连接延迟约一秒。设为 0 时发送方也不会被阻塞：报文被暂存在该 IPsec 策略的队列中（最多约 100 个，多出的丢弃），内核从 0.1 秒起以成倍增长的间隔重新查找，SA 建好后把队列中的报文发出；间隔增长到超过 60 秒仍未建好，就丢弃整个队列。',
    },
  },
  {
    key: 'net.core.xfrm_aevent_etime',
    type: 'int',
    default: '10',
    perNamespace: true,
    related: ['net.core.xfrm_aevent_rseqth'],
    summary: {
      en: 'Default interval, in units of 100 ms, of IPsec replay-state events sent to user space for SA synchronisation (10 = 1 s).',
      zh: '发往用户态、用于 SA 同步的 IPsec 防重放状态事件的默认间隔，单位为 100 毫秒（10 即 1 秒）。',
    },
    details: {
      en:
        'Used by high-availability IPsec gateways that copy sequence numbers and replay windows to a standby node, so that after failover the standby neither reuses sequence numbers nor rejects valid packets. Shorter intervals keep the standby more current at the cost of more events. Only relevant when such synchronisation is in use.',
      zh:
        '用于高可用 IPsec 网关：把序列号和防重放窗口复制到备用节点，使切换后备用节点既不会重复使用序列号，也不会拒收合法报文。间隔越短备用节点越及时，但事件也越多。只在使用这类同步时才有意义。',
    },
  },
  {
    key: 'net.core.xfrm_aevent_rseqth',
    type: 'int',
    unit: 'packets',
    default: '2',
    perNamespace: true,
    related: ['net.core.xfrm_aevent_etime'],
    summary: {
      en: 'Default number of packets between IPsec replay-state events sent to user space for SA synchronisation.',
      zh: '两次发往用户态、用于 SA 同步的 IPsec 防重放状态事件之间的默认报文数。',
    },
    details: {
      en:
        'An event is sent when the sequence number has advanced by this many packets since the last one, or when `xfrm_aevent_etime` expires. Like that key, it only matters for IPsec gateways that synchronise SA state to a standby.',
      zh:
        '自上次事件以来序列号前进了这么多个报文，或 `xfrm_aevent_etime` 到期时，就发送一次事件。与 `xfrm_aevent_etime` 一样，只对把 SA 状态同步到备用节点的 IPsec 网关有意义。',
    },
  },
];

/** The remaining net.core keys: socket buffers, busy polling, BPF, packet steering. */
export const CORE_EXTRA_KEYS: readonly SysctlKeyDoc[] = [
  ...PACKET_PROCESSING_KEYS,
  ...SOCKET_KEYS,
  ...BPF_JIT_KEYS,
  ...NAMESPACE_AND_XFRM_KEYS,
];
