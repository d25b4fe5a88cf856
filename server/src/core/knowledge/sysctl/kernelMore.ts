import type { Localized } from '../../i18n/localized';
import type { SysctlKeyDoc } from '../types';
import { offOn } from './enumValues';

/**
 * kernel.*, debug.* and crypto.* keys that only some builds have: module loading, kexec, LSMs
 * (AppArmor, LoadPin), scheduler extras, lock debugging, tracing, FIPS mode.
 *
 * Facts from the 6.12 Debian tree (kernel/sysctl.c, kernel/module/kmod.c, kernel/kexec_core.c,
 * kernel/latencytop.c, kernel/locking/lockdep.c: prove_locking and lock_stat start at 1,
 * kernel/sched/core.c and topology.c, kernel/stackleak.c, kernel/kprobes.c,
 * kernel/trace/trace_events_user.c, security/apparmor/lsm.c, security/loadpin/loadpin.c,
 * drivers/hv/hv_common.c, drivers/scsi/sg.c, crypto/fips.c) and, for keys gone since, the 3.10
 * tree the catalogs name (kernel/sysctl.c: blk_iopoll under CONFIG_BLOCK, kmemcheck,
 * sched_time_avg_ms and sched_shares_window_ns inside CONFIG_SCHED_DEBUG, numa_balancing_* inside
 * CONFIG_NUMA_BALANCING). `removedIn` is set only where the release is known: random.read_wakeup_threshold
 * (drivers/char/random.c: 8–4096 in 3.10, 8–1024 in 4.18; gone with "random: remove
 * kernel.random.read_wakeup_threshold", 5.6), the interrupt benchmark (5.18, below) and
 * sched_child_runs_first (kernel/sched/fair.c of 6.1: plain proc_dointvec; unused since the EEVDF
 * switch of 6.6, deleted by "sched/debug: Remove the /proc/sys/kernel/sched_child_runs_first sysctl", 6.7).
 */

const MOVED_TO_DEBUGFS: Localized = {
  en: '5.13 moved it to debugfs (`/sys/kernel/debug/sched/numa_balancing/`), where sysctl cannot write it; on 5.13 and later a sysctl.conf line for it fails.',
  zh: '5.13 把它移到了 debugfs（`/sys/kernel/debug/sched/numa_balancing/`），sysctl 无法写入；5.13 及以后，sysctl.conf 中的这一行会失败。',
};

function numaScan(
  key: string,
  defaultValue: string,
  unit: 'milliseconds' | undefined,
  summary: Localized,
  defaultChanges?: SysctlKeyDoc['defaultChanges'],
): SysctlKeyDoc {
  return {
    key,
    type: 'int',
    ...(unit ? { unit } : {}),
    default: defaultValue,
    ...(defaultChanges ? { defaultChanges } : {}),
    range: { min: 0 },
    removedIn: '5.13',
    perNamespace: false,
    related: ['kernel.numa_balancing'],
    summary,
    details: {
      en: `A tunable of automatic NUMA balancing (CONFIG_NUMA_BALANCING), which samples a task's memory to move pages or the task next to each other. ${MOVED_TO_DEBUGFS.en}`,
      zh: `自动 NUMA 均衡（CONFIG_NUMA_BALANCING）的调节项；该功能通过采样任务的内存访问，把内存页或任务迁移到彼此靠近的节点。${MOVED_TO_DEBUGFS.zh}`,
    },
  };
}

/**
 * drivers/char/random.c registers these two only when ADD_INTERRUPT_BENCH is defined by editing the
 * file (no Kconfig option sets it); 5.18 deleted the benchmark ("random: remove ifdef'd out interrupt
 * bench", also taken into the 5.4, 5.10 and 5.15 stable trees). Both are 0444 and unsigned longs.
 */
function interruptBench(key: string, summary: Localized, measure: Localized): SysctlKeyDoc {
  return {
    key,
    type: 'int',
    default: null,
    defaultNote: { en: 'Measured while the machine runs; 0 until the first interrupt.', zh: '在机器运行中测得；第一次中断之前为 0。' },
    range: { min: 0 },
    removedIn: '5.18',
    perNamespace: false,
    related: ['kernel.random.entropy_avail'],
    summary,
    details: {
      en: `${measure.en} A benchmark for kernel developers: it exists only when the random number generator's source was edited to define ADD_INTERRUPT_BENCH, which no build option does, and 5.18 removed it. Reading it is harmless; writing it fails.`,
      zh: `${measure.zh}这是给内核开发者用的基准测量：只有手工修改随机数发生器的源码、定义 ADD_INTERRUPT_BENCH 时才存在，没有任何编译选项会打开它，5.18 已将其删除。读取它没有影响，写入会失败。`,
    },
  };
}

const ONE_WAY: Localized = {
  en: 'Once set it cannot be undone until the next boot, so set it last in the boot sequence.',
  zh: '一旦设置，直到下次重启都无法撤销，所以应放在启动流程的最后设置。',
};

export const KERNEL_MORE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.modprobe',
    type: 'string',
    default: '/sbin/modprobe',
    defaultNote: { en: 'CONFIG_MODPROBE_PATH of the build; `/sbin/modprobe` on distribution kernels.', zh: '取自编译选项 CONFIG_MODPROBE_PATH；发行版内核为 `/sbin/modprobe`。' },
    perNamespace: false,
    related: ['kernel.modules_disabled'],
    summary: {
      en: 'The program the kernel runs to load a module it needs on demand (a protocol family, a file system, a crypto algorithm).',
      zh: '内核按需加载模块（协议族、文件系统、加密算法等）时运行的程序。',
    },
    details: {
      en: 'An empty value stops automatic module loading. Attackers who can write it get code run as root, so it is also a hardening target; `kernel.modules_disabled = 1` is the stronger switch.',
      zh: '设为空值会停止自动加载模块。能改写它的攻击者就能让内核以 root 身份运行任意程序，所以它也是加固时关注的对象；更彻底的开关是 `kernel.modules_disabled = 1`。',
    },
  },
  {
    key: 'kernel.modules_disabled',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Modules can be loaded (default).', zh: '可以加载模块（默认）。' },
      { en: 'No module can be loaded or removed until reboot.', zh: '重启前不能再加载或卸载任何模块。' },
    ),
    perNamespace: false,
    related: ['kernel.modprobe', 'kernel.kexec_load_disabled'],
    summary: {
      en: 'A one-way switch that forbids loading and unloading kernel modules.',
      zh: '一个单向开关，禁止加载和卸载内核模块。',
    },
    details: {
      en: `${ONE_WAY.en} Load every module the machine needs (netfilter, IPVS, bonding…) before it, or services fail later.`,
      zh: `${ONE_WAY.zh}在此之前要先加载机器所需的全部模块（netfilter、IPVS、bonding 等），否则之后相关服务会失败。`,
    },
  },
  {
    key: 'kernel.kexec_load_disabled',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'kexec allowed (default).', zh: '允许 kexec（默认）。' },
      { en: 'kexec_load and kexec_file_load refused until reboot.', zh: '重启前拒绝 kexec_load 和 kexec_file_load。' },
    ),
    since: '3.14',
    perNamespace: false,
    related: ['kernel.kexec_load_limit_panic', 'kernel.kexec_load_limit_reboot', 'kernel.modules_disabled'],
    summary: {
      en: 'A one-way switch that forbids loading a new kernel with kexec.',
      zh: '一个单向开关，禁止用 kexec 加载新内核。',
    },
    details: {
      en: `Stops root from replacing the running kernel without a reboot. ${ONE_WAY.en} A crash kernel (kdump) loaded before it keeps working.`,
      zh: `防止 root 不经重启就替换正在运行的内核。${ONE_WAY.zh}在此之前加载的崩溃内核（kdump）仍然有效。`,
    },
  },
  {
    key: 'kernel.kexec_load_limit_panic',
    type: 'int',
    default: '-1',
    range: { min: -1 },
    perNamespace: false,
    related: ['kernel.kexec_load_limit_reboot', 'kernel.kexec_load_disabled'],
    summary: {
      en: 'How many more times a crash (kdump) kernel may be loaded; -1 means no limit.',
      zh: '还允许加载多少次崩溃（kdump）内核；-1 表示不限制。',
    },
    details: {
      en: 'Each load (and each unload request) lowers the count, and a write must be strictly below the current count: set 0 after the kdump service has loaded its kernel to stop anyone from swapping it; 1 would still allow one more load.',
      zh: '每次加载（包括卸载请求）计数减一，写入的值必须严格小于当前计数：kdump 服务加载完内核后设为 0，可防止别人再替换它；设为 1 的话仍允许再加载一次。',
    },
  },
  {
    key: 'kernel.kexec_load_limit_reboot',
    type: 'int',
    default: '-1',
    range: { min: -1 },
    perNamespace: false,
    related: ['kernel.kexec_load_limit_panic', 'kernel.kexec_load_disabled'],
    summary: {
      en: 'How many more times a kernel for `kexec` reboot may be loaded; -1 means no limit.',
      zh: '还允许为 `kexec` 重启加载多少次内核；-1 表示不限制。',
    },
    details: {
      en: 'Like `kexec_load_limit_panic`, for the kernel started by `kexec -e` or a kexec reboot; it can only be lowered.',
      zh: '与 `kexec_load_limit_panic` 类似，针对 `kexec -e` 或 kexec 重启所启动的内核；只能调小。',
    },
  },
  {
    key: 'kernel.hotplug',
    type: 'string',
    default: null,
    defaultNote: { en: 'CONFIG_UEVENT_HELPER_PATH of the build, usually empty.', zh: '取自编译选项 CONFIG_UEVENT_HELPER_PATH，通常为空。' },
    perNamespace: false,
    related: ['kernel.modprobe'],
    summary: {
      en: 'A program the kernel forks for every device event (uevent); empty on systems where udev listens instead.',
      zh: '每个设备事件（uevent）发生时内核都会启动的程序；由 udev 监听事件的系统上为空。',
    },
    details: {
      en: 'A leftover of early hotplug. Forking a helper per event is slow at boot and can exhaust memory, so keep it empty. Only on kernels with CONFIG_UEVENT_HELPER.',
      zh: '早期热插拔机制的遗留。每个事件都启动一个程序，开机时很慢，还可能耗尽内存，所以应保持为空。仅在启用 CONFIG_UEVENT_HELPER 的内核上存在。',
    },
  },
  {
    key: 'kernel.latencytop',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'No latency accounting (default).', zh: '不统计延迟（默认）。' },
      { en: 'Record where tasks block, for the `latencytop` tool.', zh: '记录任务在哪里阻塞，供 `latencytop` 工具使用。' },
    ),
    perNamespace: false,
    related: ['kernel.sched_schedstats'],
    summary: {
      en: 'Whether the kernel records why and how long tasks wait, as read by `latencytop` from /proc/latency_stats.',
      zh: '内核是否记录任务等待的原因和时长，供 `latencytop` 从 /proc/latency_stats 读取。',
    },
    details: {
      en: 'Adds overhead to every sleep; turn it on only while measuring. Needs CONFIG_LATENCYTOP.',
      zh: '会给每次睡眠增加开销，只在测量时开启。需要 CONFIG_LATENCYTOP。',
    },
  },
  {
    key: 'kernel.sched_schedstats',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Statistics off (default).', zh: '关闭统计（默认）。' },
      { en: 'Collect scheduler statistics.', zh: '收集调度器统计。' },
    ),
    since: '4.6',
    perNamespace: false,
    related: ['kernel.latencytop'],
    summary: {
      en: 'Whether the scheduler collects the statistics shown in /proc/schedstat and /proc/<pid>/sched.',
      zh: '调度器是否收集 /proc/schedstat 和 /proc/<pid>/sched 中显示的统计信息。',
    },
    details: {
      en: 'Tools such as `perf sched` and some run-queue latency monitors need it; it costs a little on every context switch. Needs CONFIG_SCHEDSTATS.',
      zh: '`perf sched` 和一些运行队列延迟监控工具需要它；每次上下文切换都会多一点开销。需要 CONFIG_SCHEDSTATS。',
    },
  },
  {
    key: 'kernel.sched_energy_aware',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Place tasks for performance only.', zh: '只按性能放置任务。' },
      { en: 'Use energy-aware placement where the platform supports it (default).', zh: '平台支持时使用能耗感知的任务放置（默认）。' },
    ),
    since: '5.0',
    perNamespace: false,
    related: ['kernel.sched_util_clamp_min'],
    summary: {
      en: 'Whether the scheduler places tasks to save energy on CPUs of different sizes (big.LITTLE).',
      zh: '在大小核（big.LITTLE）等异构 CPU 上，调度器是否为省电而安排任务位置。',
    },
    details: {
      en: 'Has effect only on asymmetric CPUs with an energy model and the schedutil governor; on ordinary servers it changes nothing.',
      zh: '只在有能耗模型、使用 schedutil 调频策略的异构 CPU 上起作用；普通服务器上没有影响。',
    },
  },
  {
    key: 'kernel.sched_util_clamp_min',
    type: 'int',
    default: '1024',
    range: { min: 0, max: 1024 },
    since: '5.3',
    perNamespace: false,
    related: ['kernel.sched_util_clamp_max', 'kernel.sched_util_clamp_min_rt_default'],
    summary: {
      en: 'The highest minimum-utilization boost any task actually gets, on a 0–1024 scale; a task may still request more, but its boost is cut down to this value.',
      zh: '任务实际能得到的最低利用率提升的上限，取值范围 0–1024；任务仍可请求更高的值，但生效的提升会被压到这个值。',
    },
    details: {
      en: 'Utilization clamping lets tasks or cgroups tell the CPU frequency governor to run faster (or slower) than their load suggests. Lowering this caps every boost system-wide. Needs CONFIG_UCLAMP_TASK.',
      zh: '利用率钳制让任务或 cgroup 告诉调频策略以高于（或低于）实际负载的频率运行。调小它会在全系统范围内限制提升幅度。需要 CONFIG_UCLAMP_TASK。',
    },
  },
  {
    key: 'kernel.sched_util_clamp_max',
    type: 'int',
    default: '1024',
    range: { min: 0, max: 1024 },
    since: '5.3',
    perNamespace: false,
    related: ['kernel.sched_util_clamp_min'],
    summary: {
      en: 'The highest utilization cap any task may have, on a 0–1024 scale; lowering it limits how fast tasks can make the CPU run.',
      zh: '任务利用率上限的最高值，取值范围 0–1024；调小它会限制任务能让 CPU 跑多快。',
    },
    details: {
      en: 'Must not be below `sched_util_clamp_min`. Needs CONFIG_UCLAMP_TASK.',
      zh: '不能小于 `sched_util_clamp_min`。需要 CONFIG_UCLAMP_TASK。',
    },
  },
  {
    key: 'kernel.sched_util_clamp_min_rt_default',
    type: 'int',
    default: '1024',
    range: { min: 0, max: 1024 },
    perNamespace: false,
    related: ['kernel.sched_util_clamp_min'],
    summary: {
      en: 'The utilization boost real-time tasks get by default; 1024 runs the CPU at full speed whenever one is runnable.',
      zh: '实时任务默认获得的利用率提升；1024 表示只要有实时任务可运行，CPU 就以最高频率运行。',
    },
    details: {
      en: 'Lower it on battery-powered devices where real-time tasks need not force top frequency. Needs CONFIG_UCLAMP_TASK.',
      zh: '在电池供电、实时任务不必强制最高频率的设备上可以调低。需要 CONFIG_UCLAMP_TASK。',
    },
  },
  {
    key: 'kernel.sched_itmt_enabled',
    type: 'bool',
    default: null,
    defaultNote: {
      en: '1 wherever the key exists: the kernel creates it, switched on, once the CPU driver reports cores of different top performance. That is Intel CPUs such as those with Turbo Boost Max 3.0 (favoured cores), and, from 6.9, AMD CPUs with preferred-core ranking under `amd-pstate`. Absent on other machines.',
      zh: '只要该参数存在就是 1：CPU 驱动报告各核心最高性能不同时，内核才创建它并同时打开。这包括 Intel CPU（例如支持 Turbo Boost Max 3.0 优选核心的型号），以及从 6.9 起在 `amd-pstate` 下具备首选核心排序的 AMD CPU。其他机器上没有该参数。',
    },
    values: offOn(
      { en: 'Treat all cores alike.', zh: '所有核心一视同仁。' },
      { en: 'Prefer the cores that reach the highest turbo frequency.', zh: '优先使用能达到最高睿频的核心。' },
    ),
    perNamespace: false,
    related: ['kernel.sched_energy_aware'],
    summary: {
      en: 'Whether the scheduler prefers the cores the CPU reports as fastest (Intel Turbo Boost Max 3.0 "favoured" cores, AMD preferred cores).',
      zh: '调度器是否优先使用 CPU 报告为最快的核心（Intel Turbo Boost Max 3.0 的"优选"核心、AMD 的首选核心）。',
    },
    details: {
      en: 'x86 only (CONFIG_SCHED_MC_PRIO); appears when the platform reports core priorities. Newer kernels moved the switch out of sysctl (the catalogs show when).',
      zh: '仅 x86（CONFIG_SCHED_MC_PRIO）；平台报告了核心优先级时才出现。较新的内核已把这个开关移出 sysctl（版本见内核目录数据）。',
    },
  },
  {
    key: 'kernel.sched_time_avg_ms',
    type: 'int',
    unit: 'milliseconds',
    default: '1000',
    range: { min: 1 },
    perNamespace: false,
    related: ['kernel.sched_rt_runtime_us'],
    summary: {
      en: 'The period over which the scheduler averaged the time real-time tasks took from a CPU, to lower its capacity for normal tasks.',
      zh: '调度器统计实时任务占用 CPU 时间的平均周期，用于相应降低该 CPU 留给普通任务的能力。',
    },
    details: {
      en: 'A scheduler debugging knob (CONFIG_SCHED_DEBUG) of older kernels; the averaging was replaced by per-class utilization tracking and the key is gone (the catalogs show when).',
      zh: '旧内核的调度器调试参数（CONFIG_SCHED_DEBUG）；这种平均方法后来被按调度类跟踪利用率取代，参数也已删除（版本见内核目录数据）。',
    },
  },
  {
    key: 'kernel.sched_shares_window_ns',
    type: 'int',
    default: '10000000',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.sched_cfs_bandwidth_slice_us'],
    summary: {
      en: 'A leftover: before 3.8 the window, in nanoseconds, over which a task group\'s load on each CPU was averaged to split its CPU shares; from 3.8 on, every kernel the catalogs cover included, nothing reads it.',
      zh: '遗留参数：3.8 之前是任务组（cgroup）在每个 CPU 上的负载做平均、据此分配 CPU 份额时所用的时间窗口（纳秒）；从 3.8 起（包括内核目录数据覆盖的所有版本）已没有代码读取它。',
    },
    details: {
      en: 'A scheduler debugging knob (CONFIG_SCHED_DEBUG) of 3.x kernels, gone once group load tracking changed (the catalogs show when).',
      zh: '3.x 内核的调度器调试参数（CONFIG_SCHED_DEBUG），组负载跟踪改版后被删除（版本见内核目录数据）。',
    },
  },
  numaScan('kernel.numa_balancing_scan_delay_ms', '1000', 'milliseconds', {
    en: 'How long after a task starts automatic NUMA balancing first samples its memory.',
    zh: '任务启动后多久，自动 NUMA 均衡才第一次对其内存采样。',
  }),
  // kernel/sched/fair.c: 3.10 initialises min 100 and max 100*50; Mel Gorman's NUMA balancing series merged for
  // 3.13 set 1000 and 60000 (linux-3.13.10 has them, 4.18 and 5.4 too).
  numaScan(
    'kernel.numa_balancing_scan_period_min_ms',
    '1000',
    'milliseconds',
    {
      en: 'The shortest interval between two scans of a task\'s memory by NUMA balancing.',
      zh: 'NUMA 均衡两次扫描任务内存之间的最短间隔。',
    },
    [{ version: '3.13', from: '100', to: '1000' }],
  ),
  numaScan(
    'kernel.numa_balancing_scan_period_max_ms',
    '60000',
    'milliseconds',
    {
      en: 'The longest interval between two scans of a task\'s memory by NUMA balancing.',
      zh: 'NUMA 均衡两次扫描任务内存之间的最长间隔。',
    },
    [{ version: '3.13', from: '5000', to: '60000' }],
  ),
  numaScan('kernel.numa_balancing_scan_size_mb', '256', undefined, {
    en: 'How many megabytes of a task\'s memory one NUMA balancing scan samples.',
    zh: '每次 NUMA 均衡扫描采样任务多少 MB 内存。',
  }),
  // Mainline 3.13 only ("sched/numa: Drop sysctl_numa_balancing_settle_count sysctl", 3.14); RHEL 7's
  // 3.10.0-1160 still registers it (kernel/sysctl.c), with nothing in kernel/sched reading it.
  {
    key: 'kernel.numa_balancing_settle_count',
    type: 'int',
    default: '4',
    since: '3.13',
    removedIn: '3.14',
    perNamespace: false,
    related: ['kernel.numa_balancing'],
    summary: {
      en: 'How many NUMA scans a task was to complete before the load balancer stopped favouring its preferred node.',
      zh: '任务完成多少轮 NUMA 扫描后，负载均衡器就不再优先把它放到首选节点上。',
    },
    details: {
      en: 'A tunable of automatic NUMA balancing that only mainline 3.13 had: by then the scheduler no longer read it, and 3.14 deleted it. RHEL 7 kernels still list it (default 4), and writing it there changes nothing. Any other kernel fails on the line, so drop it.',
      zh: '自动 NUMA 均衡的调节项，主线只有 3.13 带有它：那时调度器已经不再读取这个值，3.14 便把它删除了。RHEL 7 内核里仍然有这个参数（默认 4），但写入它不会改变任何行为。其他内核上这一行会报错，删掉即可。',
    },
  },
  // Removed by "sched: numa: Remove the numa_balancing_scan_period_reset sysctl" (Mel Gorman, in the series
  // merged for 3.13): kernel/sysctl.c of 3.10 registers it, linux-3.13.10 neither registers nor reads it.
  {
    key: 'kernel.numa_balancing_scan_period_reset',
    type: 'int',
    unit: 'milliseconds',
    default: '60000',
    removedIn: '3.13',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.numa_balancing'],
    summary: {
      en: 'How often early NUMA balancing (3.8–3.12 era) reset a task\'s scan period back to the minimum.',
      zh: '早期 NUMA 均衡（3.8–3.12 时期）每隔多久把任务的扫描周期重置为最小值。',
    },
    details: {
      en: 'A tunable of the first automatic NUMA balancing (CONFIG_NUMA_BALANCING); the scan-rate logic was reworked soon after and the key dropped (the catalogs show when).',
      zh: '第一版自动 NUMA 均衡（CONFIG_NUMA_BALANCING）的调节项；扫描频率逻辑不久后重写，这个参数也被删除（版本见内核目录数据）。',
    },
  },
  {
    key: 'kernel.blk_iopoll',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Drivers use plain interrupts.', zh: '驱动使用普通中断。' },
      { en: 'Drivers that support it poll for block completions (default).', zh: '支持的驱动以轮询方式收取块设备完成事件（默认）。' },
    ),
    removedIn: '4.5',
    perNamespace: false,
    related: ['kernel.sched_schedstats'],
    summary: {
      en: 'Whether block drivers that support it collect I/O completions by polling instead of one interrupt each.',
      zh: '支持的块设备驱动是否以轮询代替逐个中断来收取 I/O 完成事件。',
    },
    details: {
      en: '4.5 turned block iopoll into the generic irq_poll library, which has no switch; drop the line on newer kernels.',
      zh: '4.5 把块设备 iopoll 改成了通用的 irq_poll 库，不再有开关；新内核上请删掉这一行。',
    },
  },
  {
    key: 'kernel.kmemcheck',
    type: 'enum',
    default: null,
    defaultNote: { en: 'Set by the build (CONFIG_KMEMCHECK_*_BY_DEFAULT) or the `kmemcheck=` boot option.', zh: '由编译选项（CONFIG_KMEMCHECK_*_BY_DEFAULT）或启动参数 `kmemcheck=` 决定。' },
    values: [
      { value: '0', meaning: { en: 'Off.', zh: '关闭。' } },
      { value: '1', meaning: { en: 'On.', zh: '开启。' } },
      { value: '2', meaning: { en: 'One-shot: stop after the first report.', zh: '一次性：报告第一个问题后停止。' } },
    ],
    removedIn: '4.15',
    perNamespace: false,
    related: ['kernel.prove_locking'],
    summary: {
      en: 'Whether kmemcheck, a debugger that traps reads of uninitialized kernel memory, is active.',
      zh: 'kmemcheck（捕获内核读取未初始化内存的调试器）是否启用。',
    },
    details: {
      en: 'A very slow debugging feature (CONFIG_KMEMCHECK, x86), removed in 4.15 in favour of KASAN and KMSAN.',
      zh: '一个非常慢的调试功能（CONFIG_KMEMCHECK，仅 x86），4.15 中被移除，由 KASAN 和 KMSAN 取代。',
    },
  },
  {
    key: 'kernel.prove_locking',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Lock validation off.', zh: '关闭锁验证。' },
      { en: 'lockdep checks every lock operation (default on such kernels).', zh: 'lockdep 检查每一次加锁操作（这类内核上的默认值）。' },
    ),
    perNamespace: false,
    related: ['kernel.lock_stat'],
    summary: {
      en: 'Whether lockdep validates lock ordering to report possible deadlocks.',
      zh: 'lockdep 是否验证加锁顺序，以报告可能的死锁。',
    },
    details: {
      en: 'Only on debug kernels (CONFIG_PROVE_LOCKING); such kernels are much slower and not meant for production.',
      zh: '仅在调试内核（CONFIG_PROVE_LOCKING）上存在；这类内核慢得多，不适合生产环境。',
    },
  },
  {
    key: 'kernel.lock_stat',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'No lock statistics.', zh: '不收集锁统计。' },
      { en: 'Collect contention statistics in /proc/lock_stat (default on such kernels).', zh: '在 /proc/lock_stat 中收集锁争用统计（这类内核上的默认值）。' },
    ),
    perNamespace: false,
    related: ['kernel.prove_locking'],
    summary: {
      en: 'Whether the kernel collects lock contention statistics in /proc/lock_stat.',
      zh: '内核是否在 /proc/lock_stat 中收集锁争用统计。',
    },
    details: {
      en: 'Only on debug kernels (CONFIG_LOCK_STAT).',
      zh: '仅在调试内核（CONFIG_LOCK_STAT）上存在。',
    },
  },
  {
    key: 'kernel.stack_tracer_enabled',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Off (default).', zh: '关闭（默认）。' },
      { en: 'Record the deepest kernel stack seen, in tracefs `stack_trace`.', zh: '在 tracefs 的 `stack_trace` 中记录出现过的最深内核栈。' },
    ),
    perNamespace: false,
    // kernel/trace/trace_stack.c registers a function-tracing callback, which ftrace_enabled = 0 silences.
    related: ['kernel.ftrace_enabled'],
    summary: {
      en: 'Whether the ftrace stack tracer records the maximum kernel stack depth and the call chain that reached it.',
      zh: 'ftrace 栈跟踪器是否记录内核栈的最大深度以及达到该深度的调用链。',
    },
    details: {
      en: 'A debugging aid with overhead on every function call; needs CONFIG_STACK_TRACER.',
      zh: '调试手段，会给每次函数调用增加开销；需要 CONFIG_STACK_TRACER。',
    },
  },
  {
    key: 'kernel.stack_erasing',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Do not clear the stack.', zh: '不清理内核栈。' },
      { en: 'Clear the used kernel stack on every return to user space (default).', zh: '每次返回用户态时清理用过的内核栈（默认）。' },
    ),
    since: '4.20',
    perNamespace: false,
    related: ['kernel.randomize_va_space'],
    summary: {
      en: 'Whether STACKLEAK wipes the kernel stack before returning to user space, so stale data cannot leak.',
      zh: 'STACKLEAK 是否在返回用户态前擦除内核栈，防止残留数据泄露。',
    },
    details: {
      en: 'A hardening feature (CONFIG_GCC_PLUGIN_STACKLEAK, later CONFIG_KSTACK_ERASE) costing a few percent on system-call-heavy loads; turning it off trades that protection for speed.',
      zh: '一项加固功能（CONFIG_GCC_PLUGIN_STACKLEAK，后改名 CONFIG_KSTACK_ERASE），在系统调用密集的负载上约有几个百分点的开销；关闭它是用安全性换性能。',
    },
  },
  {
    key: 'kernel.panic_on_stackoverflow',
    type: 'bool',
    default: '0',
    defaultNote: {
      en: '0 on x86; PA-RISC kernels start at 1 (arch/parisc/kernel/irq.c).',
      zh: 'x86 上为 0；PA-RISC 内核初始为 1（arch/parisc/kernel/irq.c）。',
    },
    values: offOn(
      { en: 'Only warn (default).', zh: '只告警（默认）。' },
      { en: 'Panic when a kernel stack overflow is detected.', zh: '检测到内核栈溢出时触发 panic。' },
    ),
    perNamespace: false,
    related: ['kernel.panic_on_oops'],
    summary: {
      en: 'Whether a detected kernel stack overflow panics the machine instead of only being logged.',
      zh: '检测到内核栈溢出时，是让机器 panic，还是只记录日志。',
    },
    details: {
      en: 'Only with CONFIG_DEBUG_STACKOVERFLOW, on x86 and PA-RISC. Kernels up to 5.4 have it on 64-bit x86 too; from 5.10 on only 32-bit x86 and PA-RISC kernels register it.',
      zh: '仅在启用 CONFIG_DEBUG_STACKOVERFLOW 的 x86 和 PA-RISC 内核上存在。5.4 及更早的 64 位 x86 内核也有它；从 5.10 起只有 32 位 x86 和 PA-RISC 内核才注册它。',
    },
  },
  {
    key: 'kernel.user_events_max',
    type: 'int',
    unit: 'entries',
    default: '32768',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.perf_event_paranoid'],
    summary: {
      en: 'How many user_events (trace events registered by user programs) may exist at once.',
      zh: '同时最多可存在多少个 user_events（由用户程序注册的跟踪事件）。',
    },
    details: {
      en: 'Bounds the kernel memory user programs can spend on tracepoints; needs CONFIG_USER_EVENTS.',
      zh: '限制用户程序在跟踪点上可消耗的内核内存；需要 CONFIG_USER_EVENTS。',
    },
  },
  {
    key: 'kernel.perf_user_access',
    type: 'enum',
    default: null,
    defaultNote: {
      en: '0 on Arm (arm64, and 32-bit kernels built with CONFIG_ARM_PMUV3); 1 on RISC-V, where only the SBI PMU driver creates the key.',
      zh: 'Arm 上为 0（arm64，以及启用了 CONFIG_ARM_PMUV3 的 32 位内核）；RISC-V 上为 1，且只有 SBI PMU 驱动才会创建这个参数。',
    },
    values: [
      { value: '0', meaning: { en: 'User programs cannot read counters directly.', zh: '用户程序不能直接读取计数器。' } },
      { value: '1', meaning: { en: 'Programs that opened a perf event may read its counter directly.', zh: '已打开 perf 事件的程序可以直接读取其计数器。' } },
      { value: '2', meaning: { en: 'RISC-V only: the legacy behaviour, cycle and instret counters readable by everyone.', zh: '仅 RISC-V：旧行为，所有人都能读取 cycle 和 instret 计数器。' } },
    ],
    range: { min: 0, max: 2 },
    perNamespace: false,
    related: ['kernel.perf_event_paranoid'],
    summary: {
      en: 'Whether user programs may read hardware performance counters directly, without a system call (arm64, 32-bit Arm kernels with the PMUv3 driver, RISC-V).',
      zh: '用户程序能否不经系统调用直接读取硬件性能计数器（arm64、带 PMUv3 驱动的 32 位 Arm 内核、RISC-V）。',
    },
    details: {
      en: 'Speeds up self-profiling tools; counter values can also serve timing side channels, hence off by default on Arm. On Arm the key comes with the PMUv3 driver (CONFIG_ARM_PMUV3): on arm64, and on 32-bit kernels built with that driver for ARMv8 processors running in 32-bit mode.',
      zh: '能加快自我剖析类工具；计数器的值也可能被用于计时侧信道，所以 Arm 上默认关闭。Arm 上这个参数由 PMUv3 驱动（CONFIG_ARM_PMUV3）提供：arm64 上有；32 位内核若为以 32 位模式运行的 ARMv8 处理器启用了该驱动，也会有。',
    },
  },
  {
    key: 'kernel.sg-big-buff',
    type: 'int',
    unit: 'bytes',
    default: '32768',
    defaultNote: { en: 'Read-only; the reserved buffer size of the sg driver (`def_reserved_size` module option).', zh: '只读；即 sg 驱动的预留缓冲区大小（模块参数 `def_reserved_size`）。' },
    perNamespace: false,
    related: ['dev.scsi.logging_level'],
    summary: {
      en: 'The reserved buffer size of the SCSI generic (sg) driver, read-only.',
      zh: 'SCSI 通用驱动（sg）的预留缓冲区大小，只读。',
    },
    details: {
      en: 'Exists once the `sg` module is loaded; tape and CD writing tools read it. Change it with the `def_reserved_size` module option.',
      zh: '加载 `sg` 模块后才存在；磁带和刻录工具会读取它。要修改请使用模块参数 `def_reserved_size`。',
    },
  },
  {
    key: 'kernel.hyperv_record_panic_msg',
    type: 'bool',
    default: '1',
    defaultNote: {
      en: '1 in ordinary guests; 0 in isolated (confidential) guests such as SEV-SNP or TDX VMs. The key exists only when the host offers the crash-reporting registers.',
      zh: '普通虚拟机中为 1；隔离型（机密计算）虚拟机，例如 SEV-SNP 或 TDX 虚拟机中为 0。只有宿主机提供崩溃上报寄存器时才有这个参数。',
    },
    values: offOn(
      { en: 'Do not send the log.', zh: '不发送日志。' },
      { en: 'Send the panic log to the host (default).', zh: '把 panic 日志发给宿主机（默认）。' },
    ),
    perNamespace: false,
    related: ['kernel.panic'],
    summary: {
      en: 'Whether a Hyper-V or Azure guest sends its kernel log to the host when it panics.',
      zh: 'Hyper-V 或 Azure 虚拟机发生 panic 时，是否把内核日志发送给宿主机。',
    },
    details: {
      en: 'The message appears in the host\'s event log or the Azure serial and diagnostic data. Only in guests built with CONFIG_HYPERV.',
      zh: '这些信息会出现在宿主机的事件日志或 Azure 的串口与诊断数据中。仅在启用 CONFIG_HYPERV 的虚拟机内核上存在。',
    },
  },
  {
    key: 'kernel.acpi_video_flags',
    type: 'int',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.hotplug'],
    summary: {
      en: 'How the video card is brought back after ACPI suspend to RAM: a bit mask (1 call the video BIOS, 2 restore the video mode, 4 beep early).',
      zh: 'ACPI 挂起到内存后如何恢复显卡：位掩码（1 调用显卡 BIOS，2 恢复显示模式，4 提前鸣响）。',
    },
    details: {
      en: 'A workaround for laptops whose screen stays dark after resume; same as the `acpi_sleep=` boot option. x86 with CONFIG_ACPI_SLEEP only.',
      zh: '用于解决部分笔记本唤醒后黑屏的问题，与启动参数 `acpi_sleep=` 等效。仅 x86 且启用 CONFIG_ACPI_SLEEP 时存在。',
    },
  },
  {
    key: 'kernel.unprivileged_userns_apparmor_policy',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Only root in the initial namespace may load policy.', zh: '只有初始命名空间中的 root 可以加载策略。' },
      { en: 'Root inside an unprivileged user namespace may manage AppArmor policy of its own (default).', zh: '非特权用户命名空间中的 root 也可以管理自己的 AppArmor 策略（默认）。' },
    ),
    perNamespace: false,
    related: ['kernel.apparmor_restrict_unprivileged_unconfined', 'kernel.unprivileged_bpf_disabled'],
    summary: {
      en: 'Whether an unprivileged user namespace may load AppArmor policy into a policy namespace of its own (containers such as LXD).',
      zh: '非特权用户命名空间能否把 AppArmor 策略加载到自己的策略命名空间中（LXD 等容器需要）。',
    },
    details: {
      en: 'Set 0 to shrink the attack surface where no container loads its own profiles. AppArmor kernels only.',
      zh: '没有容器需要加载自己的配置文件时，设为 0 可以缩小攻击面。仅在启用 AppArmor 的内核上存在。',
    },
  },
  {
    key: 'kernel.apparmor_restrict_unprivileged_unconfined',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'No extra restriction (default).', zh: '不额外限制（默认）。' },
      { en: 'change_profile by an unconfined unprivileged task is turned into a stack on top of unconfined.', zh: '未受限的非特权任务执行 change_profile 时，会被改为叠加在 unconfined 之上。' },
    ),
    perNamespace: false,
    related: ['kernel.unprivileged_userns_apparmor_policy', 'kernel.apparmor_display_secid_mode'],
    summary: {
      en: 'Whether a change_profile (also one at the next exec) by an unprivileged process AppArmor does not confine is turned into a stack on top of unconfined, so it cannot shed the restrictions set for unconfined tasks; change_hat is not affected.',
      zh: '未被 AppArmor 约束的非特权进程执行 change_profile（包括在下一次 exec 时切换）时，是否改为叠加在 unconfined 之上，使其无法借此摆脱对 unconfined 任务设置的限制；change_hat 不受影响。',
    },
    details: {
      en: 'Closes a way around Ubuntu\'s restriction of unprivileged user namespaces. AppArmor kernels only.',
      zh: '堵住一条绕过 Ubuntu 非特权用户命名空间限制的途径。仅在启用 AppArmor 的内核上存在。',
    },
  },
  {
    key: 'kernel.apparmor_display_secid_mode',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Normal output (default).', zh: '正常输出（默认）。' },
      { en: 'Label text also shows the profile mode, e.g. `(enforce)`.', zh: '标签文本中附带配置模式，例如 `(enforce)`。' },
    ),
    perNamespace: false,
    related: ['kernel.apparmor_restrict_unprivileged_unconfined'],
    summary: {
      en: 'Whether the label text AppArmor hands to other subsystems for a security ID (audit records, SCM_SECURITY messages on Unix sockets, conntrack security marks) also shows the profile mode, e.g. `(enforce)`.',
      zh: 'AppArmor 按安全 ID 交给其他子系统的标签文本（审计记录、Unix 套接字的 SCM_SECURITY 消息、conntrack 的安全标记等）是否附带配置模式，例如 `(enforce)`。',
    },
    details: {
      en: 'Only for AppArmor developers (mode 0600); leave it at 0.',
      zh: '只供 AppArmor 开发者使用（权限 0600）；保持 0 即可。',
    },
  },
  {
    key: 'kernel.loadpin.enforce',
    type: 'bool',
    default: null,
    defaultNote: { en: 'CONFIG_SECURITY_LOADPIN_ENFORCE of the build, or the `loadpin.enforce=` boot option.', zh: '取自编译选项 CONFIG_SECURITY_LOADPIN_ENFORCE，或启动参数 `loadpin.enforce=`。' },
    values: offOn(
      { en: 'Report only.', zh: '只报告。' },
      { en: 'Refuse modules, firmware and other kernel files not read from the pinned file system.', zh: '拒绝不是从固定文件系统读取的模块、固件等内核文件。' },
    ),
    perNamespace: false,
    related: ['kernel.modules_disabled'],
    summary: {
      en: 'Whether the LoadPin LSM enforces that kernel modules and firmware come from the first file system they were loaded from (for example a verified read-only root).',
      zh: 'LoadPin 安全模块是否强制要求内核模块和固件来自第一次加载它们的文件系统（例如经过校验的只读根文件系统）。',
    },
    details: {
      en: 'Used on ChromeOS-style systems. Writing 1 is always accepted, but 0 (switching enforcement off) only once the first pinned file system has turned out to be writable, which LoadPin treats as a test setup; before anything is pinned, and when the pinned file system is read-only, the key takes only 1. Needs CONFIG_SECURITY_LOADPIN.',
      zh: '用于 ChromeOS 一类的系统。写 1 总是可以的；但只有在第一个被固定的文件系统是可写的情况下（LoadPin 把它当作测试环境）才允许写 0 关闭强制；还没有固定任何文件系统时，或者固定的文件系统是只读的，这个参数只接受 1。需要 CONFIG_SECURITY_LOADPIN。',
    },
  },
  {
    key: 'kernel.loadpin.enabled',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Report only.', zh: '只报告。' },
      { en: 'Enforce pinning.', zh: '强制固定。' },
    ),
    perNamespace: false,
    related: ['kernel.loadpin.enforce'],
    summary: {
      en: 'The earlier name of `kernel.loadpin.enforce`: whether LoadPin enforces that kernel files come from the pinned file system.',
      zh: '`kernel.loadpin.enforce` 的旧名称：LoadPin 是否强制内核文件来自固定的文件系统。',
    },
    details: {
      en: 'Renamed to `enforce` shortly after 4.18 (the catalogs show when); write the new name.',
      zh: '4.18 之后不久改名为 `enforce`（版本见内核目录数据）；请使用新名称。',
    },
  },
  {
    key: 'kernel.compat-log',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Quiet.', zh: '不记录。' },
      { en: 'Log 32-bit programs that try vm86 mode (default).', zh: '记录尝试进入 vm86 模式的 32 位程序（默认）。' },
    ),
    perNamespace: false,
    related: ['kernel.printk_ratelimit'],
    summary: {
      en: 'Whether a 64-bit x86 kernel logs a 32-bit program that tries vm86 mode, which it cannot run; that is the only message behind the switch, and on other architectures the key does nothing.',
      zh: '32 位程序尝试进入 64 位 x86 内核无法支持的 vm86 模式时，内核是否记录日志；这是该开关控制的唯一一条消息，在其他架构上这个参数没有任何作用。',
    },
    details: {
      en: 'A 3.x key of 64-bit kernels with CONFIG_COMPAT, later dropped (the catalogs show when).',
      zh: '启用 CONFIG_COMPAT 的 64 位 3.x 内核上的参数，后来被删除（版本见内核目录数据）。',
    },
  },
  {
    key: 'kernel.rcutorture_runnable',
    type: 'bool',
    default: null,
    defaultNote: {
      en: '1 when rcutorture is built as a module or with CONFIG_RCU_TORTURE_TEST_RUNNABLE, otherwise 0; the module\'s `rcutorture_runnable` option sets it at load time.',
      zh: 'rcutorture 编译为模块或启用 CONFIG_RCU_TORTURE_TEST_RUNNABLE 时为 1，否则为 0；加载模块时可用其 `rcutorture_runnable` 参数指定。',
    },
    values: offOn(
      { en: 'Torture test paused.', zh: '暂停压力测试。' },
      { en: 'Torture test running.', zh: '运行压力测试。' },
    ),
    perNamespace: false,
    related: ['kernel.prove_locking'],
    summary: {
      en: 'Starts or pauses the RCU torture test of a kernel built with CONFIG_RCU_TORTURE_TEST.',
      zh: '启动或暂停 RCU 压力测试（需内核启用 CONFIG_RCU_TORTURE_TEST）。',
    },
    details: {
      en: 'A kernel developers\' test on 3.x kernels, later replaced by a module option (the catalogs show when). Never on production machines.',
      zh: '3.x 内核上供内核开发者使用的测试，后来改为模块参数（版本见内核目录数据）。不要在生产机器上使用。',
    },
  },
  {
    key: 'debug.kprobes-optimization',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Kprobes always use a breakpoint.', zh: 'kprobe 一律使用断点。' },
      { en: 'Replace breakpoints by jumps where possible (default).', zh: '尽可能用跳转指令代替断点（默认）。' },
    ),
    perNamespace: false,
    related: ['kernel.perf_event_paranoid'],
    summary: {
      en: 'Whether kprobes are turned into jumps (optimized probes) instead of breakpoint traps, which makes them much cheaper.',
      zh: '是否把 kprobe 从断点陷阱改为跳转指令（优化探针），以大幅降低开销。',
    },
    details: {
      en: 'Matters for eBPF and perf tools that attach many kprobes. Set 0 only when debugging kprobes themselves. Needs CONFIG_OPTPROBES.',
      zh: '对挂载大量 kprobe 的 eBPF 和 perf 工具有影响。只有在调试 kprobe 本身时才设为 0。需要 CONFIG_OPTPROBES。',
    },
  },
  {
    key: 'crypto.fips_enabled',
    type: 'bool',
    default: '0',
    defaultNote: { en: 'Read-only: 1 only when booted with `fips=1`.', zh: '只读：只有以 `fips=1` 启动时才为 1。' },
    values: offOn(
      { en: 'Normal mode.', zh: '普通模式。' },
      { en: 'FIPS 140 mode: only approved algorithms, with self-tests.', zh: 'FIPS 140 模式：只允许经认可的算法，并执行自检。' },
    ),
    perNamespace: false,
    related: ['crypto.fips_name', 'crypto.fips_version'],
    summary: {
      en: 'Whether the kernel crypto API runs in FIPS 140 mode, read-only.',
      zh: '内核加密 API 是否运行在 FIPS 140 模式，只读。',
    },
    details: {
      en: 'Set at boot with `fips=1` (RHEL\'s `fips-mode-setup` does it); OpenSSL and other libraries read this file to switch to FIPS mode too. Needs CONFIG_CRYPTO_FIPS.',
      zh: '通过启动参数 `fips=1` 开启（RHEL 的 `fips-mode-setup` 就是这样做的）；OpenSSL 等库也会读取这个文件来切换到 FIPS 模式。需要 CONFIG_CRYPTO_FIPS。',
    },
  },
  {
    key: 'crypto.fips_name',
    type: 'string',
    default: null,
    defaultNote: { en: 'CONFIG_CRYPTO_FIPS_NAME of the build.', zh: '取自编译选项 CONFIG_CRYPTO_FIPS_NAME。' },
    perNamespace: false,
    related: ['crypto.fips_enabled', 'crypto.fips_version'],
    summary: {
      en: 'The name under which this kernel\'s crypto module was certified for FIPS 140, read-only.',
      zh: '本内核加密模块申请 FIPS 140 认证时使用的名称，只读。',
    },
    details: {
      en: 'Set by vendors that certify their kernel; audit tools report it.',
      zh: '由为内核申请认证的厂商设置；审计工具会报告它。',
    },
  },
  {
    key: 'crypto.fips_version',
    type: 'string',
    default: null,
    defaultNote: { en: 'The kernel release, unless the build sets a custom version.', zh: '默认为内核版本号，除非编译时指定了自定义版本。' },
    perNamespace: false,
    related: ['crypto.fips_name'],
    summary: {
      en: 'The version string of the FIPS 140 crypto module, read-only.',
      zh: 'FIPS 140 加密模块的版本字符串，只读。',
    },
    details: {
      en: 'Reported with `fips_name` to identify the certified module.',
      zh: '与 `fips_name` 一起用来标识通过认证的模块。',
    },
  },
  interruptBench(
    'kernel.random.add_interrupt_avg_cycles',
    { en: 'How many CPU cycles the random number generator spent, on average, mixing one interrupt into its pool (read-only, debug builds of 4.x–5.17 only).', zh: '随机数发生器把一次中断混入熵池平均花费的 CPU 周期数（只读，仅见于 4.x–5.17 的调试构建）。' },
    { en: 'A moving average in which each new interrupt weighs 1/256; the number printed is that average multiplied by 256.', zh: '这是一个滑动平均，每次新中断的权重为 1/256；显示的数值是该平均值乘以 256。' },
  ),
  interruptBench(
    'kernel.random.add_interrupt_avg_deviation',
    { en: 'How much the cycles spent per interrupt by the random number generator vary around their average (read-only, debug builds of 4.x–5.17 only).', zh: '随机数发生器处理每次中断所花的周期数围绕平均值的波动幅度（只读，仅见于 4.x–5.17 的调试构建）。' },
    { en: 'A moving average of the absolute distance from `add_interrupt_avg_cycles`, kept the same way (multiplied by 256).', zh: '与 `add_interrupt_avg_cycles` 之差的绝对值的滑动平均，同样乘以 256 保存。' },
  ),
  {
    key: 'kernel.random.read_wakeup_threshold',
    type: 'int',
    default: '64',
    range: { min: 8, max: 4096 },
    removedIn: '5.6',
    perNamespace: false,
    related: ['kernel.random.write_wakeup_threshold', 'kernel.random.entropy_avail'],
    summary: {
      en: 'Bits of estimated entropy that had to be in the pool before a process blocked reading /dev/random was woken (kernels before 5.6).',
      zh: '熵池中的估计熵达到多少位时，才唤醒阻塞在读取 /dev/random 上的进程（5.6 之前的内核）。',
    },
    details: {
      en: 'The kernel accepted 8 to 4096 in 3.x (the input pool\'s size in bits) and 8 to 1024 in 4.x and 5.x. 5.6 made /dev/random block only until the generator is first seeded, so the threshold lost its purpose and the file was deleted; on 5.6 and later a sysctl.conf line for it fails. Old hardening guides and entropy daemons (rngd, haveged) still set it; drop the line for current kernels. `write_wakeup_threshold` is the setting that stayed.',
      zh: '3.x 内核接受 8 到 4096（输入熵池的位数），4.x 和 5.x 接受 8 到 1024。从 5.6 起 /dev/random 只在随机数发生器首次完成播种之前阻塞，这个阈值失去作用，文件随之删除；5.6 及以后，sysctl.conf 中的这一行会失败。老的加固指南和熵守护进程（rngd、haveged）仍会设置它，面向新内核的配置应删掉这一行。保留下来的是 `write_wakeup_threshold`。',
    },
  },
  {
    key: 'kernel.sched_child_runs_first',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'After fork the parent keeps the CPU and the child waits its turn (default).', zh: 'fork 之后父进程继续运行，子进程排队等待（默认）。' },
      { en: 'After fork the child is scheduled before the parent.', zh: 'fork 之后优先调度子进程，再轮到父进程。' },
    ),
    removedIn: '6.7',
    perNamespace: false,
    related: ['kernel.sched_autogroup_enabled'],
    summary: {
      en: 'Whether a newly forked child runs before its parent on the CFS scheduler (kernels before 6.7).',
      zh: '在 CFS 调度器下，新 fork 出的子进程是否先于父进程运行（6.7 之前的内核）。',
    },
    details: {
      en: 'Letting the child run first helps when it calls exec at once, since the parent does not copy pages the child will throw away. The EEVDF scheduler of 6.6 no longer reads the value, and 6.7 deleted the file; on 6.7 and later a sysctl.conf line for it fails. The kernel stored any integer and treated every non-zero value as 1.',
      zh: '子进程若马上调用 exec，让它先运行可以避免父进程为子进程即将丢弃的内存页做写时复制。6.6 的 EEVDF 调度器已不再读取这个值，6.7 删除了该文件；6.7 及以后，sysctl.conf 中的这一行会失败。内核接受任意整数，非 0 值都按 1 处理。',
    },
  },
];
