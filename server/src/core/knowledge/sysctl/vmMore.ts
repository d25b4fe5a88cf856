import type { Localized } from '../../i18n/localized';
import type { SysctlKeyDoc } from '../types';
import { offOn } from './enumValues';

/**
 * vm.* keys that only some builds have: memory-failure handling, 32-bit highmem and vDSO,
 * allocation profiling, the statistics refresh action and an old hugetlb switch.
 *
 * Facts from the 6.12 Debian tree (mm/memory-failure.c: early_kill 0, recovery 1,
 * enable_soft_offline 1; mm/page-writeback.c; lib/alloc_tag.c; kernel/sysctl.c for stat_refresh,
 * mode 0600, whose read returns nothing, and vdso_enabled on 32-bit x86) and the 3.10 tree for
 * hugepages_treat_as_movable and scan_unevictable_pages (mm/vmscan.c: the handler only warns, then
 * proc_doulongvec_minmax; the rest of the interface went in 3.18). vm.nr_trim_pages: mm/nommu.c
 * (`CONFIG_NOMMU_INITIAL_TRIM_EXCESS`, default 1 in mm/Kconfig), proc_dointvec_minmax from 0.
 */

const MEMORY_FAILURE: Localized = {
  en: 'Memory failure handling (CONFIG_MEMORY_FAILURE) deals with RAM pages that the hardware reports as corrupted (machine-check or ECC errors); x86 and arm64 server kernels have it.',
  zh: '内存故障处理（CONFIG_MEMORY_FAILURE）负责处置硬件报告为已损坏的内存页（机器检查或 ECC 错误）；x86 和 arm64 服务器内核都有。',
};

export const VM_MORE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'vm.memory_failure_early_kill',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Only unmap the page; a process is killed when it touches it (default).', zh: '只解除映射；进程访问到该页时才被杀（默认）。' },
      { en: 'Kill every process that has the page mapped right away.', zh: '立即杀掉所有映射了该页的进程。' },
    ),
    perNamespace: false,
    related: ['vm.memory_failure_recovery', 'vm.enable_soft_offline'],
    summary: {
      en: 'Whether processes using a page found corrupted in the background are killed at once or only when they touch it.',
      zh: '后台发现内存页损坏时，使用该页的进程是立即被杀，还是等到访问时才被杀。',
    },
    details: {
      en: `${MEMORY_FAILURE.en} Applications that handle SIGBUS themselves (some databases and hypervisors) can ask for early kill per process with prctl.`,
      zh: `${MEMORY_FAILURE.zh}自行处理 SIGBUS 的应用（部分数据库和虚拟化软件）可以用 prctl 为自己单独开启提前终止。`,
    },
  },
  {
    key: 'vm.memory_failure_recovery',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Panic on any memory failure.', zh: '遇到内存故障就 panic。' },
      { en: 'Try to recover: isolate the page and kill only its users (default).', zh: '尝试恢复：隔离该页，只终止使用它的进程（默认）。' },
    ),
    perNamespace: false,
    related: ['vm.memory_failure_early_kill', 'kernel.panic_on_oops'],
    summary: {
      en: 'Whether the kernel tries to survive a corrupted memory page or panics at once.',
      zh: '遇到损坏的内存页时，内核是尝试继续运行还是立即 panic。',
    },
    details: {
      en: `${MEMORY_FAILURE.en} Set 0 where a node must rather restart than run on with suspect memory (clusters that fail over).`,
      zh: `${MEMORY_FAILURE.zh}在宁可重启也不愿带着可疑内存继续运行的节点上（可以故障切换的集群）设为 0。`,
    },
  },
  {
    key: 'vm.enable_soft_offline',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Refuse soft-offline requests.', zh: '拒绝软下线请求。' },
      { en: 'Allow pages with correctable errors to be taken out of use (default).', zh: '允许把出现可纠正错误的内存页下线（默认）。' },
    ),
    perNamespace: false,
    related: ['vm.memory_failure_recovery'],
    summary: {
      en: 'Whether pages that show correctable errors may be migrated away and retired before they fail (soft offline).',
      zh: '是否允许把出现可纠正错误的内存页迁走并提前停用（软下线）。',
    },
    details: {
      en: `${MEMORY_FAILURE.en} Retiring a huge page splits it, which some workloads cannot afford; they set 0. Newer kernels only (the catalogs show since when).`,
      zh: `${MEMORY_FAILURE.zh}停用大页时需要把它拆分，有些负载承受不起，会设为 0。仅较新的内核提供（版本见内核目录数据）。`,
    },
  },
  {
    key: 'vm.highmem_is_dirtyable',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Dirty limits count low memory only (default).', zh: '脏页上限只按低端内存计算（默认）。' },
      { en: 'Count high memory too.', zh: '也把高端内存计算在内。' },
    ),
    perNamespace: false,
    related: ['vm.dirty_ratio', 'vm.dirty_background_ratio'],
    summary: {
      en: 'On 32-bit kernels with high memory, whether it counts toward the dirty page limits.',
      zh: '在有高端内存的 32 位内核上，高端内存是否计入脏页上限。',
    },
    details: {
      en: 'Only 32-bit kernels with CONFIG_HIGHMEM have it. Setting 1 lets large writes buffer more, at the risk of exhausting low memory.',
      zh: '只有启用 CONFIG_HIGHMEM 的 32 位内核才有。设为 1 可以缓冲更多写入，但可能耗尽低端内存。',
    },
  },
  {
    key: 'vm.vdso_enabled',
    type: 'bool',
    default: '1',
    defaultNote: {
      en: '0 on 32-bit x86 kernels built with CONFIG_COMPAT_VDSO (the workaround for 2003-era glibc), 1 otherwise; the `vdso=` boot option (`vdso32=` on x86) overrides both.',
      zh: '使用 CONFIG_COMPAT_VDSO（为 2003 年前后的旧 glibc 准备的兼容选项）编译的 32 位 x86 内核上为 0，其他情况为 1；启动参数 `vdso=`（x86 上也可用 `vdso32=`）可以覆盖这两种默认值。',
    },
    values: offOn(
      { en: 'No vDSO for new programs.', zh: '新程序不映射 vDSO。' },
      { en: 'Map the vDSO into new programs (default).', zh: '为新程序映射 vDSO（默认）。' },
    ),
    perNamespace: false,
    related: ['abi.vsyscall32'],
    summary: {
      en: 'On 32-bit x86 kernels, whether new programs get the vDSO, which makes calls such as gettimeofday fast; SuperH kernels with the vsyscall page have a key of the same name.',
      zh: '在 32 位 x86 内核上，新程序是否映射 vDSO（让 gettimeofday 等调用更快）；启用 vsyscall 页的 SuperH 内核也有同名参数。',
    },
    details: {
      en: '64-bit x86 kernels have the same switch for 32-bit programs as `abi.vsyscall32`. On SuperH (CONFIG_VSYSCALL) the page is always mapped and the key only decides whether new programs are told its address.',
      zh: '64 位 x86 内核上针对 32 位程序的同一开关是 `abi.vsyscall32`。SuperH（CONFIG_VSYSCALL）上该页总会映射，这个参数只决定是否把它的地址告诉新程序。',
    },
  },
  {
    key: 'vm.mem_profiling',
    type: 'enum',
    default: null,
    defaultNote: { en: 'CONFIG_MEM_ALLOC_PROFILING_ENABLED_BY_DEFAULT of the build, or the `sysctl.vm.mem_profiling=` boot option.', zh: '取自编译选项 CONFIG_MEM_ALLOC_PROFILING_ENABLED_BY_DEFAULT，或启动参数 `sysctl.vm.mem_profiling=`。' },
    values: [
      { value: '0', meaning: { en: 'Profiling off.', zh: '关闭剖析。' } },
      { value: '1', meaning: { en: 'Count allocations per call site in /proc/allocinfo.', zh: '在 /proc/allocinfo 中按调用点统计内存分配。' } },
      { value: 'never', meaning: { en: 'Disabled at boot; cannot be turned on (the file is then read-only).', zh: '启动时已禁用，之后无法开启（此时文件只读）。' } },
    ],
    perNamespace: false,
    related: ['vm.stat_refresh'],
    summary: {
      en: 'Whether the kernel counts its memory allocations per source line, shown in /proc/allocinfo.',
      zh: '内核是否按源码位置统计自身的内存分配，结果见 /proc/allocinfo。',
    },
    details: {
      en: 'Finds which kernel code holds memory; costs a little on every allocation. Needs CONFIG_MEM_ALLOC_PROFILING (6.10 and later).',
      zh: '用于查出哪段内核代码占用了内存；每次分配都会多一点开销。需要 CONFIG_MEM_ALLOC_PROFILING（6.10 及以后）。',
    },
  },
  {
    key: 'vm.stat_refresh',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'An action (mode 0600): a read returns nothing, so `sysctl -a` does not list it.',
      zh: '这是一个动作（权限 0600）：读取不会返回内容，所以 `sysctl -a` 不会列出它。',
    },
    unlisted: 'write-only',
    perNamespace: false,
    related: ['vm.stat_interval'],
    summary: {
      en: 'Writing anything folds the per-CPU memory statistics into the global counters at once, so /proc/meminfo and /proc/vmstat are exact.',
      zh: '写入任意值会立即把各 CPU 的内存统计汇总到全局计数器，使 /proc/meminfo 和 /proc/vmstat 的数据准确。',
    },
    details: {
      en: 'Monitoring and tests write it before reading counters that would otherwise lag by up to `vm.stat_interval`. Useless in a sysctl.conf file.',
      zh: '监控和测试程序在读取计数器之前写一下它，否则数据可能滞后最多 `vm.stat_interval`。写在 sysctl.conf 里没有意义。',
    },
  },
  {
    key: 'vm.hugepages_treat_as_movable',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Huge pages come from normal zones (default).', zh: '大页从普通内存区分配（默认）。' },
      { en: 'Huge pages may also come from ZONE_MOVABLE.', zh: '大页也可以从 ZONE_MOVABLE 分配。' },
    ),
    perNamespace: false,
    related: ['vm.nr_hugepages'],
    summary: {
      en: 'Whether the hugetlb pool may take pages from ZONE_MOVABLE (3.x and early 4.x kernels).',
      zh: 'hugetlb 大页池是否可以从 ZONE_MOVABLE 区取页（3.x 及早期 4.x 内核）。',
    },
    details: {
      en: 'Later kernels decide this per huge page size and dropped the switch early in the 4.x series (the late-2017 removal; 4.18 no longer has it), so not only 3.x kernels accept it.',
      zh: '后来的内核按大页尺寸自行决定，并在 4.x 早期（2017 年底的删除提交）去掉了这个开关，4.18 已经没有它；所以接受它的并不只是 3.x 内核。',
    },
  },
  {
    key: 'vm.scan_unevictable_pages',
    type: 'int',
    default: '0',
    range: { min: 0 },
    removedIn: '3.18',
    perNamespace: false,
    related: ['vm.drop_caches'],
    summary: {
      en: 'An old action that asked the kernel to rescan pages kept off the reclaim lists (mlocked or otherwise unevictable); a no-op in its last releases, removed in 3.18.',
      zh: '一个旧的动作开关，让内核重新扫描不可回收（被 mlock 等锁定）的内存页；在最后几个版本里已不起作用，3.18 删除。',
    },
    details: {
      en: 'Kernels of the 3.x series that still have the file do nothing when it is written except log, once, that the interface was disabled for lack of a use case. On 3.18 and later a sysctl.conf line for it fails; old Android and desktop tuning scripts still carry it, so just drop the line.',
      zh: '仍保留该文件的 3.x 内核在写入时什么也不做，只会记录一次日志，说明此接口因没有实际用途已被停用。3.18 及以后，sysctl.conf 中的这一行会失败；一些老的 Android 和桌面调优脚本里还有它，删掉即可。',
    },
  },
  {
    key: 'vm.nr_trim_pages',
    type: 'int',
    unit: 'pages',
    default: '1',
    defaultNote: {
      en: 'CONFIG_NOMMU_INITIAL_TRIM_EXCESS of the build, 1 unless changed. The key exists only on kernels without an MMU (small embedded processors), never on a PC or server.',
      zh: '取自编译选项 CONFIG_NOMMU_INITIAL_TRIM_EXCESS，未修改时为 1。该参数只存在于没有 MMU 的内核（小型嵌入式处理器），PC 和服务器上没有。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.overcommit_memory'],
    summary: {
      en: 'On a kernel without an MMU, how many unused pages the power-of-two block allocated for a mapping must have beyond what it needs before that surplus is given back (0 never trims).',
      zh: '在没有 MMU 的内核上，一次映射按 2 的幂向上取整分配后，多出的页数达到多少时把多余部分归还系统（0 表示从不裁剪）。',
    },
    details: {
      en: 'Without an MMU a mapping needs physically contiguous pages, and the allocator hands them out in power-of-two blocks. With 1 any unused tail is trimmed and returned; a larger value keeps small tails to limit fragmentation work; 0 never trims. Irrelevant on ordinary Linux machines, where the file does not exist.',
      zh: '没有 MMU 时，映射需要物理上连续的内存页，分配器按 2 的幂大小成块分配。设为 1 时，块尾未用的部分都会裁掉并归还；设得更大，则较小的尾部保留不动，以减少碎片整理的开销；设为 0 表示从不裁剪。普通 Linux 机器上没有这个文件，与之无关。',
    },
  },
];
