import type { SysctlKeyDoc } from '../types';

/** Free-memory reserves and watermarks: what keeps atomic (softirq) allocations for packets from failing. */
const RESERVE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'vm.min_free_kbytes',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'Computed at boot as about sqrt(16 × low memory in KiB), then raised when transparent huge pages are enabled (67584 on a 24 GiB test machine).',
      zh: '开机时取 16 × 低端内存 KiB 数的平方根（近似值），启用透明大页时还会再调高（在一台 24 GiB 内存的测试机上为 67584）。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.watermark_scale_factor', 'vm.watermark_boost_factor', 'vm.lowmem_reserve_ratio'],
    summary: {
      en: 'Memory in KiB the kernel keeps free for allocations that cannot wait, such as packet buffers allocated in softirq context.',
      zh: '内核保留的空闲内存（KiB），供不能等待的分配使用，例如软中断里为收包分配的缓冲区。',
    },
    details: {
      en:
        'Whole machine. The value sets the `min` watermark of every zone; `low` and `high` sit above it. Ordinary allocations wait for reclaim when free memory falls near `min`, while atomic ones (GFP_ATOMIC, used by NIC drivers refilling receive rings and by the TCP/IP stack in softirq) may go below it, but only down to about 3/8 of `min` (`__GFP_HIGH` may use half of the reserve and non-blocking callers a quarter of the remainder on top), and fail below that.\n\n' +
        '- Symptom of a reserve too small under heavy network load: `dmesg` shows `page allocation failure: order:N` with `GFP_ATOMIC`, drivers report RX refill failures, and drops rise in `ip -s link` or `ethtool -S`.\n' +
        '- Raising it gives bursts more headroom. On 10/25/100 GbE hosts 256 MiB–1 GiB is common, which is roughly 1% of RAM on a machine with 25–100 GiB; go beyond 3% of RAM only for a measured reason. Check `/proc/buddyinfo` for a lack of high-order blocks and `/proc/zoneinfo` for the resulting watermarks.\n' +
        '- Too high a value wastes memory and starts reclaim early; very large values can trigger the OOM killer at boot. Change it in moderate steps.',
      zh:
        '作用于整台机器。它决定每个内存区（zone）的 `min` 水位线，`low` 和 `high` 水位线在它之上。普通分配在空闲内存接近 `min` 时会等待回收；原子分配（GFP_ATOMIC，网卡驱动在软中断里补充接收环、TCP/IP 协议栈都会用到）可以用到 `min` 以下，但最多只能降到 `min` 的约 3/8（`__GFP_HIGH` 可动用一半保留量，不可阻塞的调用方还能再动用剩余部分的四分之一），再往下就会失败。\n\n' +
        '- 网络压力大时保留量不足的症状：`dmesg` 出现带 `GFP_ATOMIC` 的 `page allocation failure: order:N`，驱动报 RX refill 失败，`ip -s link` 或 `ethtool -S` 中的丢包增加。\n' +
        '- 调大它能让突发流量有更多余量。10/25/100 GbE 主机上常见的取值是 256 MiB 到 1 GiB，对 25–100 GiB 内存的机器来说大约是内存的 1%；超过内存的 3% 要有实测依据。用 `/proc/buddyinfo` 查看是否缺少高阶连续内存块，用 `/proc/zoneinfo` 查看调整后的水位线。\n' +
        '- 设得过大则浪费内存、过早触发回收，极端值甚至会在开机时触发 OOM。应小步调整。',
    },
  },
  {
    key: 'vm.watermark_scale_factor',
    type: 'int',
    default: '10',
    range: { min: 1, max: 3000 },
    since: '4.6',
    perNamespace: false,
    related: ['vm.min_free_kbytes', 'vm.watermark_boost_factor'],
    summary: {
      en: 'Gap between the min, low and high watermarks, in units of 0.01% of memory: how early kswapd starts reclaiming.',
      zh: 'min、low、high 三条水位线之间的间距，单位为内存的万分之一：决定 kswapd 多早开始回收。',
    },
    details: {
      en:
        'Whole machine. kswapd wakes when free memory falls to the `low` watermark and sleeps again at `high`. The default 10 puts the marks 0.1% of memory apart, which on a busy host can be crossed faster than kswapd reclaims, so applications (and softirq) hit direct reclaim or allocation failures.\n\n' +
        '- Raising it (e.g. 100–500, i.e. 1–5%) makes background reclaim start earlier without reserving memory permanently, unlike `vm.min_free_kbytes`.\n' +
        '- Watch `allocstall` and `pgscan_direct` in `/proc/vmstat`: if they grow, reclaim runs in the allocating task\'s context and latency suffers.',
      zh:
        '作用于整台机器。空闲内存降到 `low` 水位线时 kswapd 被唤醒，回收到 `high` 时再休眠。默认值 10 表示水位线之间相差内存的 0.1%，繁忙主机上内存消耗可能比 kswapd 回收得更快，于是应用（以及软中断）陷入直接回收或分配失败。\n\n' +
        '- 调大它（如 100–500，即 1–5%）能让后台回收更早开始，而且不像 `vm.min_free_kbytes` 那样永久占用内存。\n' +
        '- 关注 `/proc/vmstat` 中的 `allocstall` 和 `pgscan_direct`：它们持续增长说明出现了直接回收（在分配者自己的上下文里回收），延迟会变差。',
    },
  },
  {
    key: 'vm.watermark_boost_factor',
    type: 'int',
    default: '15000',
    range: { min: 0 },
    since: '5.0',
    perNamespace: false,
    related: ['vm.watermark_scale_factor', 'vm.min_free_kbytes', 'vm.compaction_proactiveness'],
    summary: {
      en: 'Cap on the temporary boost the page allocator adds to all watermarks of a zone after a fallback that fragments memory, in units of 0.01% of the high watermark; kswapd then reclaims the boost away.',
      zh: '页分配器在一次造成碎片的跨迁移类型借用之后，给内存区全部水位线临时加上的提升量的上限，单位为 high 水位线的万分之一；随后由 kswapd 回收掉这部分提升。',
    },
    details: {
      en:
        'Whole machine. When an allocation has to steal a page block of another mobility type, the allocator adds one page block to the zone\'s boost, up to this share of the high watermark (150% by default); the boost lifts min, low and high alike, so kswapd reclaims and compacts a little more, keeping high-order blocks available for later.\n\n' +
        '- Set 0 to disable boosting; some database and cache hosts do so when the extra reclaim evicts useful page cache.\n' +
        '- Boost activity shows up as kswapd CPU time with plenty of free memory and as `kswapd_low_wmark_hit_quickly` in `/proc/vmstat`.',
      zh:
        '作用于整台机器。当一次分配不得不“借用”另一种迁移类型的页块时，分配器把该内存区的提升量加一个页块，最多加到 high 水位线的这个比例（默认 150%）；提升量同时抬高 min、low、high 三条水位线，让 kswapd 多回收、多规整一些，以保证后续仍有高阶连续内存。\n\n' +
        '- 设为 0 可关闭这一机制；部分数据库、缓存主机发现额外回收会挤掉有用的页缓存时会这样做。\n' +
        '- 其表现是空闲内存充足时 kswapd 仍占用 CPU，以及 `/proc/vmstat` 中的 `kswapd_low_wmark_hit_quickly` 增长。',
    },
  },
  {
    key: 'vm.lowmem_reserve_ratio',
    type: 'int-list',
    default: '256\t256\t32\t0\t0',
    defaultNote: {
      en: 'One ratio per memory zone compiled in (DMA, DMA32, Normal, Movable, Device on x86-64), so other builds print fewer items.',
      zh: '每个编译进内核的内存区一个比值（x86-64 上为 DMA、DMA32、Normal、Movable、Device），其他配置打印的项数可能更少。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.min_free_kbytes'],
    summary: {
      en: 'How much of each lower memory zone is protected from allocations that could have used a higher zone.',
      zh: '每个低端内存区保留多少，防止本可以使用高端内存区的分配把它占满。',
    },
    details: {
      en:
        'Whole machine. A zone keeps back 1/ratio of the memory of the zones above it, so devices limited to DMA or 32-bit addresses still find memory. A smaller ratio protects more; 0 protects nothing.\n\n' +
        '- Rarely changed on 64-bit servers; the effective reserves appear as `protection:` in `/proc/zoneinfo`.',
      zh:
        '作用于整台机器。每个内存区为高于它的内存区保留其内存的 1/比值，使只能访问 DMA 或 32 位地址的设备仍能分到内存。比值越小保护越多，0 表示不保护。\n\n' +
        '- 64 位服务器上很少调整；实际保留量见 `/proc/zoneinfo` 中的 `protection:`。',
    },
  },
  {
    key: 'vm.admin_reserve_kbytes',
    type: 'int',
    default: '8192',
    defaultNote: {
      en: 'The smaller of 3% of free memory and 8 MiB, so 8192 on any machine with more than a few hundred MiB.',
      zh: '取空闲内存的 3% 与 8 MiB 中较小者，内存超过几百 MiB 的机器上都是 8192。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.user_reserve_kbytes', 'vm.overcommit_memory'],
    summary: {
      en: 'With strict overcommit, memory in KiB kept back for processes with CAP_SYS_ADMIN so an administrator can still log in and recover (before 5.2 also in the default heuristic mode).',
      zh: '严格的内存过量使用（overcommit）模式下，为拥有 CAP_SYS_ADMIN 的进程保留的内存（KiB），保证管理员仍能登录并处理故障（5.2 之前默认的启发式模式也会扣除）。',
    },
    details: {
      en:
        'Whole machine; since 5.2 used only when `vm.overcommit_memory = 2`: the reserve is subtracted from what ordinary processes may commit, so root can still start a shell, `sshd` session and `kill`. Older kernels also took it off the free memory the default mode 0 compares a request with.\n\n' +
        '- With strict overcommit, raise it to cover what a recovery session needs (a login shell plus tools is often 100 MiB or more).',
      zh:
        '作用于整台机器；从 5.2 起只在 `vm.overcommit_memory = 2` 时生效：普通进程可提交的内存要扣除这部分，使 root 仍能启动 shell、`sshd` 会话并执行 `kill`。更早的内核在默认模式 0 下判断空闲内存是否够用时也会先扣掉它。\n\n' +
        '- 使用严格的内存过量使用（overcommit）模式时，应调大到足以支撑一次救援会话（登录 shell 加常用工具往往需要 100 MiB 以上）。',
    },
  },
  {
    key: 'vm.user_reserve_kbytes',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'The smaller of 3% of free memory and 128 MiB at boot (100405 on a 24 GiB test machine).',
      zh: '开机时取空闲内存的 3% 与 128 MiB 中较小者（在一台 24 GiB 内存的测试机上为 100405）。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.admin_reserve_kbytes', 'vm.overcommit_memory'],
    summary: {
      en: 'With strict overcommit, memory in KiB a single user process cannot take, so the user can still kill a runaway program.',
      zh: '严格的内存过量使用（overcommit）模式下，单个用户进程不能占用的内存（KiB），使用户仍能结束失控的程序。',
    },
    details: {
      en:
        'Whole machine; used only when `vm.overcommit_memory = 2`. A request is refused once it would leave less of `CommitLimit` free than the smaller of this reserve and 1/32 of the requesting process\'s current virtual size (plus `vm.admin_reserve_kbytes` for processes without CAP_SYS_ADMIN), so only a process with more than 32 times the reserve mapped feels the full amount; the room left lets the user run `ps` and `kill`.\n\n' +
        '- Lower it when a single large process (a database) must be able to commit almost all of `CommitLimit`.',
      zh:
        '作用于整台机器；只在 `vm.overcommit_memory = 2` 时生效。一次申请若会使 `CommitLimit` 的剩余额度低于“本参数”与“申请进程当前虚拟内存大小的 1/32”两者中的较小者（没有 CAP_SYS_ADMIN 的进程还要再加上 `vm.admin_reserve_kbytes`），就会被拒绝；因此只有已映射内存超过保留量 32 倍的进程才会被扣满这部分保留。留出的余量用于运行 `ps`、`kill`。\n\n' +
        '- 需要让单个大进程（如数据库）几乎用满 `CommitLimit` 时，可以调小它。',
    },
  },
];

/** Swapping, cache reclaim and compaction. */
const RECLAIM_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'vm.swappiness',
    type: 'int',
    default: '60',
    range: { min: 0, max: 200 },
    perNamespace: false,
    related: ['vm.vfs_cache_pressure', 'vm.page-cluster', 'vm.zone_reclaim_mode'],
    summary: {
      en: 'How willing the kernel is to swap out anonymous memory rather than drop page cache (0–200).',
      zh: '内核在换出匿名内存与丢弃页缓存之间的倾向（0–200）。',
    },
    details: {
      en:
        'Whole machine (cgroup v1 memory controllers have their own copy). It weighs the cost of reclaiming anonymous pages (which must be written to swap) against file pages (which can be dropped or re-read). 100 treats them as equally expensive; values above 100 (allowed since 5.8) favour swapping, useful with fast zram.\n\n' +
        '- Database and latency-sensitive hosts (MySQL, PostgreSQL, Redis, Elasticsearch, Kafka brokers) often use 1–10 so the buffer pool and heap are not swapped while page cache is plentiful.\n' +
        '- 0 does not disable swap: the kernel still swaps to avoid an OOM kill; it just waits until file cache is nearly gone, which can make OOM kills more likely under pressure.\n' +
        '- Check `si`/`so` in `vmstat 1`, `pswpin`/`pswpout` in `/proc/vmstat`, and per-process `VmSwap` in `/proc/<pid>/status`. A swapped-out network daemon shows latency spikes and timeouts rather than errors.',
      zh:
        '作用于整台机器（cgroup v1 内存控制器各有一份）。它衡量回收匿名页（需要写入交换分区）与回收文件页（可直接丢弃、以后重读）的相对代价。100 表示两者代价相同；大于 100（5.8 起允许）则倾向于交换，适合使用高速 zram 的场景。\n\n' +
        '- 数据库和延迟敏感的主机（MySQL、PostgreSQL、Redis、Elasticsearch、Kafka broker）常设为 1–10，在页缓存充足时避免缓冲池、堆内存被换出。\n' +
        '- 设为 0 并不会关闭交换：为避免 OOM，内核仍会换出，只是要等文件缓存几乎耗尽，这在压力大时反而更容易触发 OOM kill。\n' +
        '- 查看 `vmstat 1` 的 `si`/`so`、`/proc/vmstat` 的 `pswpin`/`pswpout`，以及 `/proc/<pid>/status` 中每个进程的 `VmSwap`。网络服务被换出后表现为延迟尖刺和超时，而不是报错。',
    },
  },
  {
    key: 'vm.vfs_cache_pressure',
    type: 'int',
    default: '100',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.vfs_cache_pressure_denom', 'vm.swappiness', 'fs.dentry-state', 'fs.inode-nr'],
    summary: {
      en: 'How eagerly the kernel reclaims the dentry and inode caches compared with page cache.',
      zh: '内核回收目录项（dentry）和 inode 缓存相对于页缓存的积极程度。',
    },
    details: {
      en:
        'Whole machine. At 100 (relative to `vm.vfs_cache_pressure_denom`) the metadata caches are reclaimed at a "fair" rate. Lower values keep directory and inode metadata longer, which helps file servers and build hosts walking large trees; higher values free it sooner.\n\n' +
        '- 0 never reclaims these caches and can lead to OOM; values far above 100 make reclaim scan much more and cost CPU.\n' +
        '- Size of the caches: `slabtop`, or `dentry`/`inode_cache` in `/proc/slabinfo`.',
      zh:
        '作用于整台机器。取值 100（相对于 `vm.vfs_cache_pressure_denom`）时按“公平”比例回收这些元数据缓存。调小会更久地保留目录和 inode 元数据，对遍历大目录树的文件服务器、构建机有利；调大则更早释放。\n\n' +
        '- 设为 0 则永不回收，可能导致 OOM；远大于 100 会让回收扫描量大增，消耗 CPU。\n' +
        '- 缓存大小可用 `slabtop` 查看，或看 `/proc/slabinfo` 中的 `dentry`、`inode_cache`。',
    },
  },
  {
    key: 'vm.vfs_cache_pressure_denom',
    type: 'int',
    default: '100',
    range: { min: 100 },
    perNamespace: false,
    related: ['vm.vfs_cache_pressure'],
    summary: {
      en: 'Denominator for `vm.vfs_cache_pressure`, allowing ratios finer than whole percent.',
      zh: '`vm.vfs_cache_pressure` 的分母，用于表达比整百分比更细的比例。',
    },
    details: {
      en:
        'Whole machine. The effective pressure is `vfs_cache_pressure / vfs_cache_pressure_denom`; with the default 100 the older percent meaning is unchanged.\n\n' +
        '- The kernel refuses values below 100. To get a pressure below 1% without reaching 0 (which stops reclaiming the caches), raise the denominator: 5 / 1000 means 0.5%.',
      zh:
        '作用于整台机器。实际压力为 `vfs_cache_pressure / vfs_cache_pressure_denom`；保持默认 100 时，原来的百分比含义不变。\n\n' +
        '- 内核不接受小于 100 的值。需要低于 1% 又不能为 0（为 0 会完全停止回收这些缓存）时，可调大分母：5 / 1000 即 0.5%。',
    },
  },
  {
    key: 'vm.page-cluster',
    type: 'int',
    default: '3',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.swappiness'],
    summary: {
      en: 'Upper limit of swap readahead, as a power of two (3 = at most 8 pages per read); the kernel reads fewer when earlier readahead went unused.',
      zh: '交换预读的上限，按 2 的幂表示（3 即每次最多读 8 页）；之前预读的页没用上时，内核会少读。',
    },
    details: {
      en:
        'Whole machine. Swap readahead pulls in neighbouring pages on the assumption they will be needed soon. This helps on rotating disks and wastes I/O on SSD, NVMe or zram.\n\n' +
        '- 0 reads a single page; common with zram and fast SSD swap.',
      zh:
        '作用于整台机器。交换预读会顺带读入相邻的页，假设它们很快会用到。这对机械硬盘有利，在 SSD、NVMe 或 zram 上则浪费 I/O。\n\n' +
        '- 设为 0 表示每次只读一页；使用 zram 或高速 SSD 交换分区时常这样设置。',
    },
  },
  {
    key: 'vm.zone_reclaim_mode',
    type: 'int',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.min_unmapped_ratio', 'vm.min_slab_ratio'],
    summary: {
      en: 'Bit mask: whether a NUMA node reclaims its own memory before allocating from another node.',
      zh: '位掩码：NUMA 节点在从其他节点分配内存之前，是否先回收本节点内存。',
    },
    details: {
      en:
        'Whole machine, NUMA only. Bit 1 reclaims locally before going off-node, bit 2 also writes out dirty pages, bit 4 also swaps. 0 (default) falls back to remote nodes, which is right for file servers, databases and most network services where page cache is worth more than locality.\n\n' +
        '- Symptoms of an unwanted non-zero value: plenty of free memory on other nodes yet constant reclaim, page-cache thrashing and latency spikes; check `numastat` and `/proc/vmstat` `zone_reclaim_*`.',
      zh:
        '作用于整台机器，仅对 NUMA 有效。位 1 表示先回收本节点再跨节点分配，位 2 同时回写脏页，位 4 同时进行交换。默认 0 表示直接从远端节点分配，对文件服务器、数据库和大多数网络服务来说这是正确的，因为页缓存比内存亲和性更有价值。\n\n' +
        '- 误设为非 0 的症状：其他节点空闲内存很多，却持续回收，页缓存反复抖动、延迟出现尖刺；可查看 `numastat` 和 `/proc/vmstat` 中的 `zone_reclaim_*`。',
    },
  },
  {
    key: 'vm.min_unmapped_ratio',
    type: 'int',
    default: '1',
    range: { min: 0, max: 100 },
    perNamespace: false,
    related: ['vm.zone_reclaim_mode', 'vm.min_slab_ratio'],
    summary: {
      en: 'Percent of a NUMA node\'s memory that must be unmapped page cache before node reclaim tries to free it (per zone before 4.8).',
      zh: 'NUMA 节点内存中未映射的页缓存至少达到多少百分比，节点回收才会尝试释放它（4.8 之前按内存区计算）。',
    },
    details: {
      en:
        'Whole machine; the threshold is kept per NUMA node as this percent of the node\'s pages. Matters only when `vm.zone_reclaim_mode` is non-zero: when both this share and `vm.min_slab_ratio` are not exceeded, local reclaim is skipped and the allocation goes to another node.\n\n' +
        '- Leave it alone unless you deliberately run zone reclaim.',
      zh:
        '作用于整台机器；阈值按 NUMA 节点保存，为该节点页数的这个百分比。只在 `vm.zone_reclaim_mode` 非 0 时有意义：这个比例和 `vm.min_slab_ratio` 都没有超过时，跳过本地回收，转而从其他节点分配。\n\n' +
        '- 除非有意启用区域回收，否则无需调整。',
    },
  },
  {
    key: 'vm.min_slab_ratio',
    type: 'int',
    default: '5',
    range: { min: 0, max: 100 },
    perNamespace: false,
    related: ['vm.zone_reclaim_mode', 'vm.min_unmapped_ratio'],
    summary: {
      en: 'Percent of a NUMA node\'s memory in reclaimable slab above which node reclaim runs even when there is little unmapped page cache (per zone before 4.8).',
      zh: 'NUMA 节点内存中可回收 slab 的占比超过多少时，即使未映射的页缓存不多，节点回收也会进行（4.8 之前按内存区计算）。',
    },
    details: {
      en:
        'Whole machine; kept per NUMA node. Used only with `vm.zone_reclaim_mode`; ordinary reclaim ignores it. A node reclaim pass shrinks page cache and slab together, so this share only decides whether the pass runs. Kernels up to 5.15 entered the pass but shrank nothing unless unmapped page cache was over `vm.min_unmapped_ratio` as well; older kernels such as 3.10 shrank slab on their own above this share.\n\n' +
        '- Slab usage per cache: `slabtop`.',
      zh:
        '作用于整台机器；按 NUMA 节点计算。只和 `vm.zone_reclaim_mode` 配合使用，普通回收不受它影响。一次节点回收会同时收缩页缓存和 slab，这个比例只决定这次回收做不做。5.15 及更早的内核虽然会进入回收，但只要未映射页缓存没有同时超过 `vm.min_unmapped_ratio` 就什么也不收缩；3.10 这类更老的内核则在超过这个比例时单独收缩 slab。\n\n' +
        '- 各 slab 缓存的用量可用 `slabtop` 查看。',
    },
  },
  {
    key: 'vm.compaction_proactiveness',
    type: 'int',
    default: '20',
    range: { min: 0, max: 100 },
    since: '5.9',
    perNamespace: false,
    related: ['vm.extfrag_threshold', 'vm.compact_unevictable_allowed', 'vm.defrag_mode'],
    summary: {
      en: 'How hard the kernel compacts memory in the background to keep large contiguous blocks available (0–100).',
      zh: '内核在后台进行内存规整、保持大块连续内存可用的积极程度（0–100）。',
    },
    details: {
      en:
        'Whole machine. kcompactd moves pages around so that high-order allocations (huge pages, large socket buffers, jumbo-frame receive buffers) succeed without stalling. Higher values compact sooner and cost background CPU; 0 turns proactive compaction off.\n\n' +
        '- Look at `/proc/buddyinfo` for a shortage of high orders and `compact_stall` / `compact_fail` in `/proc/vmstat`.',
      zh:
        '作用于整台机器。kcompactd 会移动内存页，使高阶分配（大页、大的 socket 缓冲区、巨帧接收缓冲区）不必停顿等待。值越大越早规整、后台 CPU 开销越大；0 关闭主动规整。\n\n' +
        '- 查看 `/proc/buddyinfo` 中高阶块是否短缺，以及 `/proc/vmstat` 中的 `compact_stall`、`compact_fail`。',
    },
  },
  {
    key: 'vm.extfrag_threshold',
    type: 'int',
    default: '500',
    range: { min: 0, max: 1000 },
    perNamespace: false,
    related: ['vm.compaction_proactiveness'],
    summary: {
      en: 'Fragmentation index above which a failed allocation of order 4 or higher (16 pages and up) compacts memory instead of reclaiming it; orders 1–3 skip this test (older kernels such as 3.10 applied it to every order).',
      zh: '碎片指数高于该值时，4 阶及以上（16 页起）的分配失败后选择内存规整而不是回收；1–3 阶不做这项判断（3.10 等较老的内核对所有阶都用它）。',
    },
    details: {
      en:
        'Whole machine. The index (0–1000, per order in `/sys/kernel/debug/extfrag/extfrag_index`) says whether a failure is due to fragmentation (towards 1000) or plain lack of memory (towards 0). Lower thresholds compact more often.\n\n' +
        '- Rarely tuned; prefer `vm.compaction_proactiveness`.',
      zh:
        '作用于整台机器。碎片指数（0–1000，各阶数值见 `/sys/kernel/debug/extfrag/extfrag_index`）表示分配失败是由于碎片（接近 1000）还是单纯缺内存（接近 0）。阈值越低，越常进行规整。\n\n' +
        '- 很少调整；优先考虑 `vm.compaction_proactiveness`。',
    },
  },
  {
    key: 'vm.compact_unevictable_allowed',
    type: 'bool',
    default: '1',
    defaultNote: {
      en: '0 on kernels built with CONFIG_PREEMPT_RT (real-time kernels) since 5.7, where changing it also logs a warning; 1 on all others. The 4.18 RT patch set still started at 1.',
      zh: '从 5.7 起，使用 CONFIG_PREEMPT_RT 编译的内核（实时内核）上为 0，而且修改它会在日志中留下警告；其他内核上为 1。4.18 的 RT 补丁集中仍为 1。',
    },
    values: [
      { value: '0', meaning: { en: 'Compaction leaves mlocked pages where they are.', zh: '内存规整不移动被 mlock 锁定的页。' } },
      { value: '1', meaning: { en: 'Compaction may move mlocked pages (default except on PREEMPT_RT).', zh: '内存规整可以移动被 mlock 锁定的页（除 PREEMPT_RT 外的默认值）。' } },
    ],
    perNamespace: false,
    related: ['vm.compaction_proactiveness'],
    summary: {
      en: 'Whether memory compaction may migrate locked (unevictable) pages.',
      zh: '内存规整是否可以迁移被锁定（不可回收）的页。',
    },
    details: {
      en:
        'Whole machine. Moving an mlocked page causes a short page fault for its owner. Real-time kernels default to 0 so locked memory never sees such a stall.\n\n' +
        '- Set 0 for latency-critical applications that `mlock()` their memory (trading systems, some packet-processing daemons).',
      zh:
        '作用于整台机器。移动被 mlock 的页会让其所属进程遇到一次短暂的缺页。实时内核默认为 0，确保锁定内存不会出现这种停顿。\n\n' +
        '- 对用 `mlock()` 锁定内存、延迟要求极高的应用（交易系统、部分包处理守护进程）可设为 0。',
    },
  },
  {
    key: 'vm.defrag_mode',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Normal fallback between page-block types.', zh: '按常规方式在不同页块类型间回退分配。' } },
      { value: '1', meaning: { en: 'Reclaim and compact harder to avoid mixing page-block types.', zh: '更积极地回收和规整，避免混用不同页块类型。' } },
    ],
    since: '6.15',
    perNamespace: false,
    related: ['vm.compaction_proactiveness', 'vm.watermark_boost_factor'],
    summary: {
      en: 'Whether the allocator works harder to keep memory unfragmented, for reliable huge-page allocation.',
      zh: '分配器是否更努力地防止内存碎片化，以便可靠地分配大页。',
    },
    details: {
      en:
        'Whole machine, recent kernels only. With 1 the allocator avoids stealing page blocks of another mobility type and instead reclaims and compacts up front, so transparent huge pages and other high-order allocations succeed more often over a long uptime, at the cost of more reclaim work.\n\n' +
        '- Consider it on long-running hosts that depend on huge pages; compare `thp_fault_fallback` in `/proc/vmstat` before and after.',
      zh:
        '作用于整台机器，仅较新的内核提供。设为 1 时，分配器避免借用其他迁移类型的页块，而是预先回收和规整，使长时间运行后透明大页等高阶分配更容易成功，代价是更多的回收工作。\n\n' +
        '- 适合依赖大页、长期运行的主机；可对比调整前后 `/proc/vmstat` 中的 `thp_fault_fallback`。',
    },
  },
  {
    key: 'vm.percpu_pagelist_high_fraction',
    type: 'int',
    default: '0',
    range: { min: 0 },
    since: '5.14',
    perNamespace: false,
    related: ['vm.min_free_kbytes'],
    summary: {
      en: 'Caps the per-CPU free-page caches of a zone at 1/N of the zone in total, split among the CPUs of its node; 0 lets the kernel size them automatically.',
      zh: '把一个内存区所有每 CPU 空闲页缓存的总上限设为该内存区的 1/N，再由该节点的各 CPU 平分；0 表示由内核自动决定。',
    },
    details: {
      en:
        'Whole machine. Per-CPU page lists make page allocation and freeing cheap, which matters for packet-heavy workloads that allocate and free buffers at high rates. Non-zero values must be at least 8; smaller values allow larger lists.\n\n' +
        '- The current lists are shown as `pagesets` in `/proc/zoneinfo`. The default suits almost everyone.',
      zh:
        '作用于整台机器。每 CPU 页链表让页的分配和释放开销更低，对高频分配释放缓冲区的大流量收发包场景很重要。非 0 值至少为 8，值越小链表越大。\n\n' +
        '- 当前情况见 `/proc/zoneinfo` 中的 `pagesets`。默认值几乎适合所有场景。',
    },
  },
  {
    key: 'vm.page_lock_unfairness',
    type: 'int',
    default: '5',
    range: { min: 0 },
    since: '5.9',
    perNamespace: false,
    related: ['vm.swappiness'],
    summary: {
      en: 'How many times a waiter may lose a contended page lock before it is handed the lock directly.',
      zh: '等待者在竞争页锁时最多被“插队”多少次，之后锁会直接交给它。',
    },
    details: {
      en:
        'Whole machine. Letting newcomers steal a just-released page lock improves throughput but can starve a waiter; after this many steals the lock is passed to the waiter fairly.\n\n' +
        '- A kernel-internal fairness knob; leave the default.',
      zh:
        '作用于整台机器。允许新来者抢占刚释放的页锁可以提高吞吐，但可能让等待者饿死；被抢占达到该次数后，锁会公平地交给等待者。\n\n' +
        '- 属于内核内部的公平性参数，保持默认即可。',
    },
  },
  {
    key: 'vm.stat_interval',
    type: 'int',
    unit: 'seconds',
    default: '1',
    perNamespace: false,
    related: ['vm.numa_stat'],
    summary: {
      en: 'How often per-CPU memory statistics are folded into the global counters.',
      zh: '每个 CPU 的内存统计多久汇总到全局计数器一次。',
    },
    details: {
      en:
        'Whole machine. The counters in `/proc/vmstat` and `/proc/meminfo` may lag by up to this interval. Raising it reduces timer work on idle CPUs, which some low-latency setups do.\n\n' +
        '- Keep 1 unless you are isolating CPUs for latency.',
      zh:
        '作用于整台机器。`/proc/vmstat`、`/proc/meminfo` 中的计数最多会滞后这么久。调大可减少空闲 CPU 上的定时器工作，一些低延迟部署会这样做。\n\n' +
        '- 除非在为低延迟隔离 CPU，否则保持 1。',
    },
  },
];

/** Dirty page writeback. */
const WRITEBACK_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'vm.dirty_ratio',
    type: 'int',
    default: '20',
    range: { min: 0, max: 100 },
    perNamespace: false,
    related: ['vm.dirty_bytes', 'vm.dirty_background_ratio', 'vm.dirty_expire_centisecs'],
    summary: {
      en: 'Percent of available memory that may be dirty before processes writing to files are throttled until writeback catches up.',
      zh: '脏页占可用内存达到该百分比时，写文件的进程会被限流，直到回写跟上。',
    },
    details: {
      en:
        'Whole machine. Above this limit `write()` calls block in `balance_dirty_pages`, which shows up as sudden multi-second stalls in logging or database processes, and in any network service that writes synchronously to disk.\n\n' +
        '- On hosts with a lot of RAM 20% can be tens of GiB of dirty data waiting for slow disks; many operators use `vm.dirty_bytes` / `vm.dirty_background_bytes` for fixed, smaller limits.\n' +
        '- Watch `Dirty` and `Writeback` in `/proc/meminfo`. Writing a non-zero `vm.dirty_bytes` sets this key to 0, and the reverse.',
      zh:
        '作用于整台机器。超过该上限后，`write()` 会阻塞在 `balance_dirty_pages` 中，表现为日志或数据库进程突然停顿数秒，同步写盘的网络服务也会受影响。\n\n' +
        '- 大内存主机上 20% 可能意味着几十 GiB 的脏数据等着写入慢速磁盘；很多运维改用 `vm.dirty_bytes` / `vm.dirty_background_bytes` 设定较小的固定值。\n' +
        '- 关注 `/proc/meminfo` 中的 `Dirty` 和 `Writeback`。写入非 0 的 `vm.dirty_bytes` 会把本参数置 0，反之亦然。',
    },
  },
  {
    key: 'vm.dirty_background_ratio',
    type: 'int',
    default: '10',
    range: { min: 0, max: 100 },
    perNamespace: false,
    related: ['vm.dirty_background_bytes', 'vm.dirty_ratio', 'vm.dirty_writeback_centisecs'],
    summary: {
      en: 'Percent of available memory that may be dirty before background flusher threads start writing it out.',
      zh: '脏页占可用内存达到该百分比时，后台刷写线程开始回写。',
    },
    details: {
      en:
        'Whole machine. Background writeback does not block applications. Keeping this well below `vm.dirty_ratio` gives the flushers time to catch up before writers are throttled.\n\n' +
        '- Lower values smooth out I/O on write-heavy hosts; writing `vm.dirty_background_bytes` replaces it with an absolute value.',
      zh:
        '作用于整台机器。后台回写不会阻塞应用。让它明显低于 `vm.dirty_ratio`，可以让刷写线程在写入者被限流之前追上进度。\n\n' +
        '- 写入密集的主机上调低它能让 I/O 更平滑；写入 `vm.dirty_background_bytes` 则改为使用绝对值。',
    },
  },
  {
    key: 'vm.dirty_bytes',
    type: 'int',
    unit: 'bytes',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.dirty_ratio', 'vm.dirty_background_bytes'],
    summary: {
      en: 'Absolute amount of dirty memory at which writers are throttled; 0 means `vm.dirty_ratio` applies.',
      zh: '写入进程开始被限流的脏内存阈值（绝对值）；0 表示改用 `vm.dirty_ratio`。',
    },
    details: {
      en:
        'Whole machine. Only one of `dirty_bytes` and `dirty_ratio` is in force; writing one zeroes the other. A fixed size (for example 256 MiB–1 GiB, matched to what the storage writes in a few seconds) avoids huge dirty backlogs on large-memory hosts.\n\n' +
        '- The smallest accepted value is two pages.',
      zh:
        '作用于整台机器。`dirty_bytes` 和 `dirty_ratio` 同时只有一个生效，写入其中一个会把另一个置 0。在大内存主机上使用固定值（如 256 MiB–1 GiB，与存储几秒内能写完的量相当）可避免积压大量脏数据。\n\n' +
        '- 可接受的最小值是两个页。',
    },
  },
  {
    key: 'vm.dirty_background_bytes',
    type: 'int',
    unit: 'bytes',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.dirty_background_ratio', 'vm.dirty_bytes'],
    summary: {
      en: 'Absolute amount of dirty memory at which background writeback starts; 0 means `vm.dirty_background_ratio` applies.',
      zh: '触发后台回写的脏内存阈值（绝对值）；0 表示改用 `vm.dirty_background_ratio`。',
    },
    details: {
      en:
        'Whole machine. Writing it zeroes `vm.dirty_background_ratio` and the reverse. Set it to a fraction of `vm.dirty_bytes` (often a quarter to a half).',
      zh:
        '作用于整台机器。写入它会把 `vm.dirty_background_ratio` 置 0，反之亦然。通常设为 `vm.dirty_bytes` 的四分之一到一半。',
    },
  },
  {
    key: 'vm.dirty_expire_centisecs',
    type: 'int',
    default: '3000',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.dirty_writeback_centisecs', 'vm.dirty_ratio', 'vm.dirtytime_expire_seconds'],
    summary: {
      en: 'Age in hundredths of a second after which dirty data is written out by the next flusher run (3000 = 30 s).',
      zh: '脏数据存在超过该时长（单位百分之一秒，3000 即 30 秒）后，会在下一次刷写时写出。',
    },
    details: {
      en:
        'Whole machine. It bounds how much recently written data a crash can lose when applications do not call `fsync()`. Lower values write sooner and more often.',
      zh:
        '作用于整台机器。它限定了应用不调用 `fsync()` 时宕机可能丢失多少最近写入的数据。调低则写出得更早、更频繁。',
    },
  },
  {
    key: 'vm.dirty_writeback_centisecs',
    type: 'int',
    default: '500',
    perNamespace: false,
    related: ['vm.dirty_expire_centisecs', 'vm.dirty_background_ratio'],
    summary: {
      en: 'How often, in hundredths of a second, the flusher threads wake to write out old dirty data (500 = 5 s).',
      zh: '刷写线程每隔多久（单位百分之一秒，500 即 5 秒）醒来写出过期脏数据。',
    },
    details: {
      en:
        'Whole machine. 0 disables the periodic wake-up, leaving writeback to the dirty thresholds and `sync`. Rarely changed on servers.',
      zh:
        '作用于整台机器。设为 0 会关闭周期性唤醒，只靠脏页阈值和 `sync` 触发回写。服务器上很少调整。',
    },
  },
  {
    key: 'vm.dirtytime_expire_seconds',
    type: 'int',
    unit: 'seconds',
    default: '43200',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.dirty_expire_centisecs'],
    summary: {
      en: 'How long an inode whose only change is its timestamps (lazytime) may stay unwritten (43200 s = 12 h).',
      zh: '仅时间戳发生变化（lazytime）的 inode 最多可以多久不写回磁盘（43200 秒即 12 小时）。',
    },
    details: {
      en:
        'Whole machine; matters for file systems mounted with `lazytime`, which keep atime/mtime updates in memory to save I/O.',
      zh:
        '作用于整台机器；对以 `lazytime` 挂载的文件系统有意义，这类文件系统把 atime/mtime 更新留在内存中以节省 I/O。',
    },
  },
  {
    key: 'vm.laptop_mode',
    type: 'int',
    unit: 'seconds',
    default: '0',
    perNamespace: false,
    related: ['vm.dirty_writeback_centisecs'],
    summary: {
      en: 'Laptop mode: batch writeback so the disk can stay spun down; the value is the delay in seconds after disk activity.',
      zh: '笔记本模式：把回写集中进行，让磁盘尽量保持停转；取值为磁盘活动后延迟回写的秒数。',
    },
    details: {
      en:
        'Whole machine. Meant for battery-powered machines with spinning disks. Keep 0 on servers: it delays writeback and widens the data-loss window.',
      zh:
        '作用于整台机器。面向使用机械硬盘的电池供电设备。服务器上应保持 0：它会推迟回写、扩大数据丢失窗口。',
    },
  },
];

/** Overcommit and the OOM killer. */
const OVERCOMMIT_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'vm.overcommit_memory',
    type: 'enum',
    default: '0',
    values: [
      {
        value: '0',
        meaning: { en: 'Heuristic: refuse only allocations that obviously cannot fit (default).', zh: '启发式：只拒绝明显放不下的分配（默认）。' },
      },
      { value: '1', meaning: { en: 'Always allow; never refuse an allocation.', zh: '总是允许，从不拒绝分配。' } },
      {
        value: '2',
        meaning: {
          en: 'Strict: refuse allocations beyond CommitLimit (swap plus a share of RAM).',
          zh: '严格模式：超过 CommitLimit（交换空间加一定比例的内存）的分配一律拒绝。',
        },
      },
    ],
    perNamespace: false,
    related: ['vm.overcommit_ratio', 'vm.overcommit_kbytes', 'vm.admin_reserve_kbytes'],
    summary: {
      en: 'Policy for granting virtual memory beyond what RAM and swap can back.',
      zh: '当虚拟内存申请超出内存和交换空间的承载能力时的处理策略。',
    },
    details: {
      en:
        'Whole machine. Programs reserve far more address space than they touch, so Linux normally promises more than it has and resolves real shortage with the OOM killer.\n\n' +
        '- Redis recommends 1: its background save `fork()`s a process that shares all memory, and under 0 a large instance may be refused ("Can\'t save in background: fork: Cannot allocate memory").\n' +
        '- PostgreSQL recommends 2 (with a suitable `vm.overcommit_ratio`) so allocations fail cleanly with ENOMEM instead of the OOM killer ending the postmaster.\n' +
        '- With 2, `malloc()`, `fork()` and thread creation (each thread reserves stack) fail once `Committed_AS` reaches `CommitLimit` in `/proc/meminfo`, even if memory is free; thread-per-connection servers then refuse connections.',
      zh:
        '作用于整台机器。程序预留的地址空间远多于实际使用，所以 Linux 默认允许内存过量使用（overcommit），真正缺内存时再由 OOM killer 处理。\n\n' +
        '- Redis 建议设为 1：后台保存会 `fork()` 出一个共享全部内存的子进程，在 0 模式下大实例可能被拒绝（"Can\'t save in background: fork: Cannot allocate memory"）。\n' +
        '- PostgreSQL 建议设为 2（并配合合适的 `vm.overcommit_ratio`），让分配以 ENOMEM 明确失败，而不是由 OOM killer 杀掉 postmaster。\n' +
        '- 设为 2 时，一旦 `/proc/meminfo` 中 `Committed_AS` 达到 `CommitLimit`，即使还有空闲内存，`malloc()`、`fork()` 和创建线程（每个线程都要预留栈）也会失败；每连接一线程的服务器会因此拒绝新连接。',
    },
  },
  {
    key: 'vm.overcommit_ratio',
    type: 'int',
    default: '50',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.overcommit_memory', 'vm.overcommit_kbytes'],
    summary: {
      en: 'With strict overcommit, the percent of RAM that counts toward CommitLimit (plus all swap).',
      zh: '严格的内存过量使用（overcommit）模式下，计入 CommitLimit 的内存百分比（另加全部交换空间）。',
    },
    details: {
      en:
        'Whole machine; used only when `vm.overcommit_memory = 2` and `vm.overcommit_kbytes` is 0. CommitLimit = swap + RAM × ratio / 100 (huge pages excluded).\n\n' +
        '- The default 50 lets processes commit only half of RAM on a host without swap, which is usually too low; 80–95 is common. Check `CommitLimit` in `/proc/meminfo` after changing it.',
      zh:
        '作用于整台机器；只在 `vm.overcommit_memory = 2` 且 `vm.overcommit_kbytes` 为 0 时使用。CommitLimit = 交换空间 + 内存 × 比例 / 100（不含大页）。\n\n' +
        '- 默认 50 意味着在没有交换分区的主机上，进程只能提交一半内存，通常偏低；常见设置为 80–95。修改后查看 `/proc/meminfo` 中的 `CommitLimit`。',
    },
  },
  {
    key: 'vm.overcommit_kbytes',
    type: 'int',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.overcommit_ratio', 'vm.overcommit_memory'],
    summary: {
      en: 'With strict overcommit, a fixed amount of RAM in KiB counted toward CommitLimit instead of a percentage.',
      zh: '严格的内存过量使用（overcommit）模式下，以固定 KiB 数而非百分比计入 CommitLimit 的内存量。',
    },
    details: {
      en:
        'Whole machine. Only one of `overcommit_kbytes` and `overcommit_ratio` is in force; writing one zeroes the other. Useful when the limit should not move with RAM size.',
      zh:
        '作用于整台机器。`overcommit_kbytes` 与 `overcommit_ratio` 同时只有一个生效，写入一个会把另一个置 0。适合希望上限不随内存大小变化的场景。',
    },
  },
  {
    key: 'vm.panic_on_oom',
    type: 'enum',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Kill a process and keep running (default).', zh: '杀掉一个进程后继续运行（默认）。' } },
      {
        value: '1',
        meaning: {
          en: 'Panic on a system-wide OOM; OOMs limited by cpuset, mempolicy or memory cgroup still kill a process.',
          zh: '全局 OOM 时 panic；受 cpuset、mempolicy 或内存 cgroup 限制的 OOM 仍只杀进程。',
        },
      },
      { value: '2', meaning: { en: 'Panic on every OOM, even one confined to a cgroup.', zh: '任何 OOM 都 panic，包括只发生在某个 cgroup 内的。' } },
    ],
    perNamespace: false,
    related: ['vm.oom_kill_allocating_task', 'vm.oom_dump_tasks', 'kernel.panic'],
    summary: {
      en: 'Whether running out of memory panics the kernel instead of invoking the OOM killer.',
      zh: '内存耗尽时是让内核 panic，还是调用 OOM killer。',
    },
    details: {
      en:
        'Whole machine. Clusters with fast failover sometimes prefer a clean panic and reboot (`kernel.panic` > 0) to a node limping on with a random service killed.\n\n' +
        '- Find past OOM kills with `dmesg -T | grep -i "killed process"` or `journalctl -k`.',
      zh:
        '作用于整台机器。具备快速故障切换的集群有时宁愿干净地 panic 并重启（`kernel.panic` > 0），也不愿节点在随机服务被杀后带病运行。\n\n' +
        '- 用 `dmesg -T | grep -i "killed process"` 或 `journalctl -k` 查找以往的 OOM kill。',
    },
  },
  {
    key: 'vm.oom_kill_allocating_task',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Scan all tasks and kill the one with the highest badness score.', zh: '扫描所有进程，杀掉评分最高的那个。' } },
      { value: '1', meaning: { en: 'Kill the task whose allocation triggered the OOM.', zh: '杀掉触发 OOM 的那个分配者。' } },
    ],
    perNamespace: false,
    related: ['vm.panic_on_oom', 'vm.oom_dump_tasks'],
    summary: {
      en: 'Whether the OOM killer simply kills the allocating task instead of searching for the biggest one.',
      zh: 'OOM killer 是直接杀掉正在分配内存的进程，还是逐个扫描、挑出占用最大的进程。',
    },
    details: {
      en:
        'Whole machine. 1 avoids scanning the task list on machines with huge numbers of processes, but the victim is often an innocent small process. Steer the choice with `/proc/<pid>/oom_score_adj` instead.',
      zh:
        '作用于整台机器。设为 1 可以在进程极多的机器上省去扫描，但被杀的往往是无辜的小进程。更好的做法是通过 `/proc/<pid>/oom_score_adj` 调整选择。',
    },
  },
  {
    key: 'vm.oom_dump_tasks',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Do not print the task table on OOM.', zh: 'OOM 时不打印进程表。' } },
      { value: '1', meaning: { en: 'Print every eligible task\'s memory use to the kernel log on OOM (default).', zh: 'OOM 时把每个候选进程的内存用量打印到内核日志（默认）。' } },
    ],
    perNamespace: false,
    related: ['vm.panic_on_oom', 'vm.oom_kill_allocating_task'],
    summary: {
      en: 'Whether an OOM kill logs a table of all candidate tasks and their memory use.',
      zh: 'OOM kill 时是否在日志中列出所有候选进程及其内存用量。',
    },
    details: {
      en:
        'Whole machine. The table is the main evidence for who used the memory; disable it only on hosts with so many tasks that printing it stalls the machine.',
      zh:
        '作用于整台机器。这张表是判断内存被谁占用的主要依据；只有在进程多到打印本身会卡住机器时才应关闭。',
    },
  },
];

/** Address-space layout, mappings and huge pages. */
const MAPPING_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'vm.max_map_count',
    type: 'int',
    unit: 'entries',
    default: '65530',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.threads-max'],
    summary: {
      en: 'Maximum number of memory mappings (VMAs) one process may have.',
      zh: '单个进程最多可拥有的内存映射区（VMA）数量。',
    },
    details: {
      en:
        'Per process. Each `mmap()` region, thread stack (plus its guard page) and shared library segment is one mapping. At the limit `mmap()` and `pthread_create()` fail with ENOMEM even though memory is free.\n\n' +
        '- Elasticsearch and OpenSearch refuse to start below 262144; JVMs with thousands of threads, databases mapping many files and memory allocators that map and unmap aggressively also hit the default.\n' +
        '- Count a process\'s mappings with `wc -l /proc/<pid>/maps`. Some distributions now ship 1048576.',
      zh:
        '作用于单个进程。每个 `mmap()` 区域、每个线程栈（及其保护页）、每个共享库段都算一个映射。达到上限后，即使还有空闲内存，`mmap()` 和 `pthread_create()` 也会以 ENOMEM 失败。\n\n' +
        '- Elasticsearch 和 OpenSearch 要求不低于 262144，否则拒绝启动；有成千上万线程的 JVM、映射大量文件的数据库、频繁映射和解除映射的内存分配器也会撞上默认值。\n' +
        '- 用 `wc -l /proc/<pid>/maps` 统计某进程的映射数。部分发行版现在默认设为 1048576。',
    },
  },
  {
    key: 'vm.mmap_min_addr',
    type: 'int',
    unit: 'bytes',
    default: null,
    defaultNote: {
      en: 'Set by CONFIG_DEFAULT_MMAP_MIN_ADDR: 4096 on the test kernel, 65536 on many distribution kernels.',
      zh: '由 CONFIG_DEFAULT_MMAP_MIN_ADDR 决定：测试内核上为 4096，很多发行版内核为 65536。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.randomize_va_space'],
    summary: {
      en: 'Lowest virtual address an unprivileged process may map, guarding against NULL-pointer-dereference exploits.',
      zh: '非特权进程可以映射的最低虚拟地址，用于防范空指针解引用漏洞利用。',
    },
    details: {
      en:
        'Whole machine. Keeping the first pages unmappable turns kernel NULL-pointer bugs into crashes instead of privilege escalation. Only a few legacy programs (DOS emulators) need it lowered.',
      zh:
        '作用于整台机器。保证最低的几个页不可映射，内核空指针缺陷就只会导致崩溃，而无法用来提权。只有极少数老程序（如 DOS 模拟器）需要调低。',
    },
  },
  {
    key: 'vm.mmap_rnd_bits',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'Set by CONFIG_ARCH_MMAP_RND_BITS; 28 on x86-64 kernels built with the minimum, up to 32.',
      zh: '由 CONFIG_ARCH_MMAP_RND_BITS 决定；x86-64 内核按最小值构建时为 28，最大可到 32。',
    },
    perNamespace: false,
    related: ['vm.mmap_rnd_compat_bits', 'kernel.randomize_va_space'],
    summary: {
      en: 'Number of random bits in the base address of mmap regions for native processes, the 64-bit ones on a 64-bit kernel and all of them on a 32-bit kernel (ASLR strength).',
      zh: '原生进程 mmap 区域基址中随机位的数量（ASLR 强度）：64 位内核上指 64 位进程，32 位内核上指所有进程。',
    },
    details: {
      en:
        'Whole machine. More bits make addresses harder to guess; the allowed range is fixed by the architecture (28–32 on x86-64). Has effect only while `kernel.randomize_va_space` is non-zero.',
      zh:
        '作用于整台机器。随机位越多，地址越难猜测；可设范围由体系结构决定（x86-64 上为 28–32）。只有 `kernel.randomize_va_space` 非 0 时才生效。',
    },
  },
  {
    key: 'vm.mmap_rnd_compat_bits',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'Set by CONFIG_ARCH_MMAP_RND_COMPAT_BITS; 8 on x86-64 kernels built with the minimum, up to 16.',
      zh: '由 CONFIG_ARCH_MMAP_RND_COMPAT_BITS 决定；x86-64 内核按最小值构建时为 8，最大可到 16。',
    },
    perNamespace: false,
    related: ['vm.mmap_rnd_bits'],
    summary: {
      en: 'Number of random bits in the mmap base address for 32-bit (compat) processes.',
      zh: '32 位（兼容模式）进程 mmap 基址中随机位的数量。',
    },
    details: {
      en:
        'Whole machine. The 32-bit address space leaves little room, so the range is small (8–16 on x86-64); raise it to harden 32-bit programs.',
      zh:
        '作用于整台机器。32 位地址空间余地很小，所以范围也小（x86-64 上为 8–16）；调大可增强 32 位程序的防护。',
    },
  },
  {
    key: 'vm.legacy_va_layout',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Modern layout: mmap area grows down from below the stack (default).', zh: '新布局：mmap 区从栈下方向下增长（默认）。' } },
      { value: '1', meaning: { en: 'Legacy layout: mmap area grows up from a fixed low address.', zh: '旧布局：mmap 区从固定的低地址向上增长。' } },
    ],
    perNamespace: false,
    related: ['kernel.randomize_va_space'],
    summary: {
      en: 'Whether new processes use the old bottom-up address-space layout.',
      zh: '新进程是否使用旧的自底向上地址空间布局。',
    },
    details: {
      en: 'Whole machine. Only for very old programs that assume the 2.4-era layout; keep 0.',
      zh: '作用于整台机器。只适用于依赖 2.4 时代布局的极老程序；保持 0。',
    },
  },
  {
    key: 'vm.memfd_noexec',
    type: 'enum',
    default: '0',
    values: [
      { value: '0', meaning: { en: '`memfd_create()` without a flag creates executable memfds (default).', zh: '不带标志调用 `memfd_create()` 时创建可执行的 memfd（默认）。' } },
      { value: '1', meaning: { en: 'Without a flag, memfds are created non-executable.', zh: '不带标志时创建不可执行的 memfd。' } },
      { value: '2', meaning: { en: 'Like 1, and refuse `memfd_create()` with MFD_EXEC; the first releases with the key also refused calls that passed no flag.', zh: '同 1，并拒绝带 MFD_EXEC 的 `memfd_create()`；最早几个带此参数的版本连不带标志的调用也会拒绝。' } },
    ],
    since: '6.3',
    perNamespace: false,
    related: ['vm.mmap_min_addr'],
    summary: {
      en: 'Whether anonymous memory files from `memfd_create()` may be executable, a common fileless-malware technique.',
      zh: '是否允许执行 `memfd_create()` 创建的匿名内存文件（无文件恶意程序的常用手法）。',
    },
    details: {
      en:
        'Per PID namespace (set in the initial namespace here). 2 blocks running code straight from memory without touching disk, but breaks a few legitimate users such as some JIT runtimes and container runtimes that re-exec themselves from a memfd.',
      zh:
        '按 PID 命名空间生效（此处为初始命名空间的值）。设为 2 可阻止不落盘直接从内存运行代码，但会影响少数正当用途，例如某些 JIT 运行时，以及通过 memfd 重新执行自身的容器运行时。',
    },
  },
  {
    key: 'vm.unprivileged_userfaultfd',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Unprivileged users may handle only faults raised in user mode (default).', zh: '非特权用户只能处理用户态触发的缺页（默认）。' } },
      { value: '1', meaning: { en: 'Unprivileged users may also handle kernel-mode faults.', zh: '非特权用户也可以处理内核态触发的缺页。' } },
    ],
    since: '5.2',
    perNamespace: false,
    related: ['kernel.unprivileged_bpf_disabled'],
    summary: {
      en: 'Whether unprivileged processes may use userfaultfd to handle page faults raised inside the kernel.',
      zh: '非特权进程能否用 userfaultfd 处理在内核中触发的缺页。',
    },
    details: {
      en:
        'Whole machine. Catching kernel-mode faults lets an attacker pause the kernel at a chosen moment, a classic way to widen race windows in exploits, so it stays off unless a tool (e.g. live migration as a non-root user) needs it.',
      zh:
        '作用于整台机器。能捕获内核态缺页就意味着攻击者可以让内核在选定时刻暂停，这是扩大竞争窗口的经典利用手法，因此除非某些工具（如以非 root 身份进行热迁移）需要，否则保持关闭。',
    },
  },
  {
    key: 'vm.nr_hugepages',
    type: 'int',
    unit: 'pages',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.nr_overcommit_hugepages', 'vm.nr_hugepages_mempolicy', 'vm.hugetlb_shm_group', 'vm.hugetlb_optimize_vmemmap'],
    summary: {
      en: 'Size of the persistent pool of default-size huge pages (2 MiB on x86-64) reserved for hugetlbfs and SHM_HUGETLB.',
      zh: '常驻大页池的大小（按默认尺寸的大页计，x86-64 上为 2 MiB），供 hugetlbfs 和 SHM_HUGETLB 使用。',
    },
    details: {
      en:
        'Whole machine. Pool pages are taken out of normal use even while unused. Oracle, PostgreSQL `huge_pages`, DPDK and other packet-processing frameworks (which need huge pages for their mbuf pools) rely on it.\n\n' +
        '- Reserve early (boot parameter `hugepages=` or early in boot) because fragmentation makes large pools hard to allocate later. Check `HugePages_Total`, `HugePages_Free` and `HugePages_Rsvd` in `/proc/meminfo`.\n' +
        '- Unrelated to transparent huge pages (`/sys/kernel/mm/transparent_hugepage/enabled`).',
      zh:
        '作用于整台机器。池中的页即使没人使用，也不再参与普通分配。Oracle、PostgreSQL 的 `huge_pages`、DPDK 等包处理框架（其 mbuf 池需要大页）都依赖它。\n\n' +
        '- 应尽早预留（启动参数 `hugepages=` 或开机早期设置），因为内存碎片化后很难再分配出大的池。查看 `/proc/meminfo` 中的 `HugePages_Total`、`HugePages_Free`、`HugePages_Rsvd`。\n' +
        '- 与透明大页（`/sys/kernel/mm/transparent_hugepage/enabled`）无关。',
    },
  },
  {
    key: 'vm.nr_hugepages_mempolicy',
    type: 'int',
    unit: 'pages',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.nr_hugepages'],
    summary: {
      en: 'Like `vm.nr_hugepages`, but allocates or frees pages only on the NUMA nodes allowed by the writer\'s memory policy.',
      zh: '与 `vm.nr_hugepages` 类似，但只在写入者内存策略允许的 NUMA 节点上分配或释放大页。',
    },
    details: {
      en:
        'Whole machine. Use it with `numactl --membind=<node>` to size the huge-page pool per node, for example next to the NIC that a DPDK application drives.',
      zh:
        '作用于整台机器。配合 `numactl --membind=<节点>` 按节点设置大页池，例如放在 DPDK 应用所用网卡所在的 NUMA 节点上。',
    },
  },
  {
    key: 'vm.nr_overcommit_hugepages',
    type: 'int',
    unit: 'pages',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.nr_hugepages'],
    summary: {
      en: 'How many extra "surplus" huge pages may be allocated on demand beyond the persistent pool.',
      zh: '在常驻池之外，最多可以按需额外分配多少个“溢出”大页。',
    },
    details: {
      en:
        'Whole machine. Surplus pages come from normal memory when a hugetlb mapping needs them and go back when freed, so they can fail under fragmentation. See `HugePages_Surp` in `/proc/meminfo`.',
      zh:
        '作用于整台机器。溢出大页在 hugetlb 映射需要时从普通内存中分配，释放后归还，因此内存碎片化时可能分配失败。见 `/proc/meminfo` 中的 `HugePages_Surp`。',
    },
  },
  {
    key: 'vm.hugetlb_shm_group',
    type: 'int',
    default: '0',
    perNamespace: false,
    related: ['vm.nr_hugepages'],
    summary: {
      en: 'Group ID whose members may create SysV shared memory backed by huge pages (SHM_HUGETLB).',
      zh: '允许创建大页 SysV 共享内存（SHM_HUGETLB）的组 ID。',
    },
    details: {
      en:
        'Whole machine. Without CAP_IPC_LOCK, `shmget(SHM_HUGETLB)` succeeds only for this group; databases such as Oracle document setting it to their `dba` group.',
      zh:
        '作用于整台机器。没有 CAP_IPC_LOCK 时，只有这个组的成员能成功调用 `shmget(SHM_HUGETLB)`；Oracle 等数据库的文档要求把它设为 `dba` 组。',
    },
  },
  {
    key: 'vm.hugetlb_optimize_vmemmap',
    type: 'bool',
    default: '0',
    defaultNote: {
      en: 'Follows CONFIG_HUGETLB_PAGE_OPTIMIZE_VMEMMAP_DEFAULT_ON, off in the default configuration.',
      zh: '取决于 CONFIG_HUGETLB_PAGE_OPTIMIZE_VMEMMAP_DEFAULT_ON，默认配置下为关闭。',
    },
    values: [
      { value: '0', meaning: { en: 'Keep full page metadata for every huge page.', zh: '为每个大页保留完整的页元数据。' } },
      { value: '1', meaning: { en: 'Free most of the per-page metadata (struct page) of hugetlb pages.', zh: '释放 hugetlb 大页的大部分逐页元数据（struct page）。' } },
    ],
    perNamespace: false,
    related: ['vm.nr_hugepages'],
    summary: {
      en: 'Whether the kernel frees the redundant struct page memory behind hugetlb pages.',
      zh: '内核是否释放 hugetlb 大页背后冗余的 struct page 内存。',
    },
    details: {
      en:
        'Whole machine. Frees most of the page metadata behind each huge page, about 1.4% of the pool\'s size with 2 MiB pages (7 of the 8 metadata pages) and 1.6% with 1 GiB pages (4095 of 4096), given 4 KiB pages and a 64-byte `struct page`, at a small cost when pages are allocated or freed. Worth enabling on hosts with large persistent pools.',
      zh:
        '作用于整台机器。可释放每个大页背后的大部分页元数据，在 4 KiB 页、64 字节 `struct page` 的情况下，2 MiB 大页约为大页池大小的 1.4%（8 个元数据页释放 7 个），1 GiB 大页约为 1.6%（4096 个释放 4095 个），代价是分配、释放大页时略慢。常驻大页池很大的主机值得开启。',
    },
  },
];

/** NUMA statistics and zone ordering. */
const NUMA_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'vm.numa_stat',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Stop updating NUMA hit/miss counters to save CPU.', zh: '停止更新 NUMA 命中/未命中计数以节省 CPU。' } },
      { value: '1', meaning: { en: 'Keep NUMA allocation counters accurate (default).', zh: '保持 NUMA 分配计数准确（默认）。' } },
    ],
    perNamespace: false,
    related: ['vm.stat_interval'],
    summary: {
      en: 'Whether the kernel keeps per-node allocation statistics (numa_hit, numa_miss, …).',
      zh: '内核是否维护按节点的分配统计（numa_hit、numa_miss 等）。',
    },
    details: {
      en:
        'Whole machine. Turning it off removes a little overhead from every page allocation, which matters only at extreme allocation rates; switching it off also resets the NUMA counters to 0, where they stay, so `numastat` shows zeros.',
      zh:
        '作用于整台机器。关闭后每次页分配都少一点开销，只在分配速率极高时才有意义；关闭的同时 NUMA 计数会被清零，并一直停在 0，`numastat` 看到的都是 0。',
    },
  },
  {
    key: 'vm.numa_zonelist_order',
    type: 'string',
    default: 'Node',
    perNamespace: false,
    related: ['vm.zone_reclaim_mode'],
    summary: {
      en: 'Order in which memory zones are tried across NUMA nodes; only node order remains.',
      zh: '跨 NUMA 节点尝试内存区的顺序；现在只剩按节点排序一种。',
    },
    details: {
      en:
        'Whole machine. Older kernels also offered zone order; current kernels always use node order and accept only a value starting with N or D (`Node`, `Default`), which changes nothing; any other string, `Zone` included, is refused with EINVAL. Nothing to tune.',
      zh:
        '作用于整台机器。旧内核还提供按内存区排序；当前内核始终按节点排序，只接受以 N 或 D 开头的值（`Node`、`Default`），写入后也不起任何作用；其他字符串（包括 `Zone`）一律返回 EINVAL。无需调整。',
    },
  },
];

/** Keys this kernel build adds on top of mainline Linux; documented only as far as they can be verified. */
const BUILD_SPECIFIC_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'vm.shrink_inodes_with_pagecache',
    type: 'int',
    default: '0',
    defaultNote: {
      en: 'The value of the reference build (6.18.44-fc-v657) right after boot; mainline Linux has no such key.',
      zh: '参考内核（6.18.44-fc-v657）开机后的值；主线 Linux 没有这个参数。',
    },
    perNamespace: false,
    related: ['vm.vfs_cache_pressure', 'fs.inode-nr'],
    summary: {
      en: 'A key of this particular kernel build, not of mainline Linux; its exact effect is not publicly documented.',
      zh: '这个内核构建特有的参数，主线 Linux 中没有；其确切作用没有公开文档。',
    },
    details: {
      en:
        'Whole machine. Neither the mainline kernel sources nor its documentation contain `vm.shrink_inodes_with_pagecache`, so it comes from the patches of whoever built this kernel. Its name points at the reclaim of cached inodes that still hold page cache, the area `vm.vfs_cache_pressure` tunes, but Netstat Insight does not guess its behaviour: leave it at its value unless the kernel\'s vendor documents it, and do not copy it into configuration for other hosts, where `sysctl` will report it as unknown.',
      zh:
        '作用于整台机器。主线内核的源码和文档中都没有 `vm.shrink_inodes_with_pagecache`，它来自构建这个内核的一方所加的补丁。从名字看，它与回收仍持有页缓存的 inode 缓存有关，也就是 `vm.vfs_cache_pressure` 调节的范围，但 Netstat Insight 不猜测它的具体行为：除非内核提供方有文档说明，否则保持现值；也不要把它写进其他主机的配置，那些主机上的 `sysctl` 会报告该参数不存在。',
    },
  },
];

/** Virtual memory keys: reserves that keep packet allocations working, swapping, writeback and overcommit. */
export const VM_KEYS: readonly SysctlKeyDoc[] = [
  ...RESERVE_KEYS,
  ...RECLAIM_KEYS,
  ...WRITEBACK_KEYS,
  ...OVERCOMMIT_KEYS,
  ...MAPPING_KEYS,
  ...NUMA_KEYS,
  ...BUILD_SPECIFIC_KEYS,
];
