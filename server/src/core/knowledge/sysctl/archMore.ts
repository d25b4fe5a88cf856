import type { Localized } from '../../i18n/localized';
import type { SysctlEnumValue, SysctlKeyDoc } from '../types';

/**
 * Keys that exist only on one processor architecture: arm64 and RISC-V vector and tagging
 * defaults, s390 (IBM Z), SPARC, PA-RISC, PowerPC, and architectures Linux has dropped (IA-64 in
 * 6.7, Meta in 4.17). The keys of arch-only roots such as `s390.*` or `tile.*` are not here:
 * test/unit/knowledge.test.ts accepts only the common roots for now.
 *
 * Facts from the 6.12 Debian tree (arch/arm64/kernel/fpsimd.c: SVE 64 bytes, SME 32 bytes;
 * arch/arm64/kernel/process.c; arch/riscv/kernel/vector.c; kernel/sysctl.c for the s390, SPARC,
 * PA-RISC and unaligned-access keys; arch/s390/mm/cmm.c and pgalloc.c; arch/powerpc/kernel/idle.c
 * and platforms/pseries/mobility.c) and the 3.10 and 6.1 trees for IA-64 and Meta.
 */

function offOn(off: Localized, on: Localized): readonly SysctlEnumValue[] {
  return [
    { value: '0', meaning: off },
    { value: '1', meaning: on },
  ];
}

const OFF: Localized = { en: 'Off.', zh: '关闭。' };
const ON: Localized = { en: 'On.', zh: '开启。' };

function archOnly(arch: Localized, removed?: Localized): Localized {
  return {
    en: `Exists only on ${arch.en} kernels.${removed ? ` ${removed.en}` : ''}`,
    zh: `仅存在于 ${arch.zh} 内核上。${removed ? removed.zh : ''}`,
  };
}

const S390: Localized = { en: 's390 (IBM Z mainframe)', zh: 's390（IBM Z 大型机）' };
const SPARC: Localized = { en: 'SPARC', zh: 'SPARC' };
const IA64: Localized = { en: 'IA-64 (Itanium)', zh: 'IA-64（安腾）' };
const IA64_GONE: Localized = { en: 'Linux dropped IA-64 in 6.7.', zh: 'Linux 在 6.7 中移除了 IA-64。' };

function s390Note(extra: Localized): Localized {
  const where = archOnly(S390);
  return { en: `${extra.en} ${where.en}`, zh: `${extra.zh}${where.zh}` };
}

export const ARCH_MORE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'abi.sve_default_vector_length',
    type: 'int',
    unit: 'bytes',
    default: '64',
    range: { min: -1 },
    perNamespace: false,
    related: ['abi.sme_default_vector_length'],
    summary: {
      en: 'The SVE vector length, in bytes, new programs start with on arm64 CPUs with the Scalable Vector Extension.',
      zh: '在支持可伸缩向量扩展（SVE）的 arm64 CPU 上，新程序启动时的 SVE 向量长度（字节）。',
    },
    details: {
      en: 'Rounded down to a length the CPU supports; -1 means the largest. Programs can change their own with prctl. Exists only on arm64 kernels with CONFIG_ARM64_SVE.',
      zh: '会向下取整到 CPU 支持的长度；-1 表示最大值。程序可以用 prctl 修改自己的值。仅存在于启用 CONFIG_ARM64_SVE 的 arm64 内核上。',
    },
  },
  {
    key: 'abi.sme_default_vector_length',
    type: 'int',
    unit: 'bytes',
    default: '32',
    range: { min: -1 },
    perNamespace: false,
    related: ['abi.sve_default_vector_length'],
    summary: {
      en: 'The streaming vector length, in bytes, new programs start with on arm64 CPUs with the Scalable Matrix Extension.',
      zh: '在支持可伸缩矩阵扩展（SME）的 arm64 CPU 上，新程序启动时的流式向量长度（字节）。',
    },
    details: {
      en: 'Rounded to a supported length; -1 means the largest. Exists only on arm64 kernels with CONFIG_ARM64_SME.',
      zh: '会取整到 CPU 支持的长度；-1 表示最大值。仅存在于启用 CONFIG_ARM64_SME 的 arm64 内核上。',
    },
  },
  {
    key: 'abi.tagged_addr_disabled',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Programs may opt in to tagged pointers (default).', zh: '程序可以选择使用带标签的指针（默认）。' },
      { en: 'No program may turn on the tagged address ABI.', zh: '禁止任何程序启用带标签地址 ABI。' },
    ),
    perNamespace: false,
    related: ['abi.sve_default_vector_length'],
    summary: {
      en: 'Whether arm64 programs are forbidden to pass tagged pointers (top-byte tags, as used by MTE and HWASan) to system calls.',
      zh: '是否禁止 arm64 程序向系统调用传递带标签的指针（高字节标签，MTE 和 HWASan 会用到）。',
    },
    details: {
      en: 'Exists only on arm64 kernels with CONFIG_ARM64_TAGGED_ADDR_ABI.',
      zh: '仅存在于启用 CONFIG_ARM64_TAGGED_ADDR_ABI 的 arm64 内核上。',
    },
  },
  {
    key: 'abi.riscv_v_default_allow',
    type: 'bool',
    default: null,
    defaultNote: { en: 'CONFIG_RISCV_ISA_V_DEFAULT_ENABLE of the build.', zh: '取自编译选项 CONFIG_RISCV_ISA_V_DEFAULT_ENABLE。' },
    values: offOn(
      { en: 'New programs must ask for the vector unit with prctl.', zh: '新程序须用 prctl 申请使用向量单元。' },
      { en: 'New programs may use the vector unit right away.', zh: '新程序可以直接使用向量单元。' },
    ),
    perNamespace: false,
    related: ['abi.sve_default_vector_length'],
    summary: {
      en: 'Whether new RISC-V programs may use the vector extension (V) without asking first.',
      zh: 'RISC-V 新程序是否无需申请即可使用向量扩展（V）。',
    },
    details: {
      en: 'Vector state makes every context switch bigger, hence the opt-in. Exists only on RISC-V kernels with CONFIG_RISCV_ISA_V.',
      zh: '向量状态会增大每次上下文切换的开销，所以需要显式申请。仅存在于启用 CONFIG_RISCV_ISA_V 的 RISC-V 内核上。',
    },
  },
  {
    key: 'kernel.ignore-unaligned-usertrap',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Log each fixed-up unaligned access of a program (default).', zh: '记录程序每一次被修正的非对齐访问（默认）。' },
      { en: 'Fix them up silently.', zh: '静默修正。' },
    ),
    perNamespace: false,
    related: ['kernel.unaligned-trap'],
    summary: {
      en: 'Whether the kernel stays quiet when it emulates an unaligned memory access of a user program.',
      zh: '内核模拟用户程序的非对齐内存访问时是否不再记录日志。',
    },
    details: {
      en: 'Only on architectures that trap unaligned accesses and select CONFIG_SYSCTL_ARCH_UNALIGN_NO_WARN (IA-64 until 6.7, LoongArch).',
      zh: '仅在会对非对齐访问产生陷阱、并选择了 CONFIG_SYSCTL_ARCH_UNALIGN_NO_WARN 的架构上存在（6.7 之前的 IA-64、LoongArch）。',
    },
  },
  {
    key: 'kernel.unaligned-trap',
    type: 'bool',
    default: null,
    defaultNote: { en: 'Set by the architecture.', zh: '由体系结构决定。' },
    values: offOn(
      { en: 'Send SIGBUS to programs that access memory unaligned.', zh: '向进行非对齐访问的程序发送 SIGBUS。' },
      { en: 'Emulate the access.', zh: '模拟完成这次访问。' },
    ),
    perNamespace: false,
    related: ['kernel.ignore-unaligned-usertrap'],
    summary: {
      en: 'Whether the kernel emulates unaligned memory accesses of user programs or kills them with SIGBUS.',
      zh: '内核是模拟用户程序的非对齐内存访问，还是用 SIGBUS 终止它们。',
    },
    details: {
      en: 'Only on architectures that select CONFIG_SYSCTL_ARCH_UNALIGN_ALLOW (PA-RISC, ARC, LoongArch).',
      zh: '仅在选择了 CONFIG_SYSCTL_ARCH_UNALIGN_ALLOW 的架构上存在（PA-RISC、ARC、LoongArch）。',
    },
  },
  {
    key: 'kernel.unaligned-dump-stack',
    type: 'bool',
    default: '0',
    values: offOn(OFF, { en: 'Print a stack trace for each unaligned kernel access.', zh: '每次内核非对齐访问都打印栈回溯。' }),
    removedIn: '6.7',
    perNamespace: false,
    related: ['kernel.ignore-unaligned-usertrap'],
    summary: {
      en: 'Whether IA-64 prints a stack trace when the kernel itself accesses memory unaligned.',
      zh: 'IA-64 在内核自身发生非对齐内存访问时是否打印栈回溯。',
    },
    details: archOnly(IA64, IA64_GONE),
  },
  {
    key: 'kernel.kdump_on_init',
    type: 'bool',
    default: '1',
    values: offOn(OFF, ON),
    removedIn: '6.7',
    perNamespace: false,
    related: ['kernel.kdump_on_fatal_mca'],
    summary: {
      en: 'Whether an INIT signal from the firmware (a hung-machine "NMI" on Itanium) starts the kdump crash kernel.',
      zh: '固件发出的 INIT 信号（安腾上用于挂死机器的"NMI"）是否启动 kdump 崩溃内核。',
    },
    details: archOnly(IA64, IA64_GONE),
  },
  {
    key: 'kernel.kdump_on_fatal_mca',
    type: 'bool',
    default: '1',
    values: offOn(OFF, ON),
    removedIn: '6.7',
    perNamespace: false,
    related: ['kernel.kdump_on_init'],
    summary: {
      en: 'Whether a fatal machine-check abort starts the kdump crash kernel on Itanium.',
      zh: '安腾上发生致命的机器检查中止时是否启动 kdump 崩溃内核。',
    },
    details: archOnly(IA64, IA64_GONE),
  },
  {
    key: 'kernel.perfmon.debug',
    type: 'bool',
    default: '0',
    values: offOn(OFF, ON),
    perNamespace: false,
    related: ['kernel.perfmon.expert_mode'],
    summary: {
      en: 'Debug output of perfmon, the old Itanium performance monitoring interface.',
      zh: 'perfmon（安腾上旧的性能监控接口）的调试输出。',
    },
    details: archOnly(IA64, { en: 'perfmon (CONFIG_IA64_PERFMON) was removed before IA-64 itself (the catalogs show when).', zh: 'perfmon（CONFIG_IA64_PERFMON）比 IA-64 本身更早被删除（版本见内核目录数据）。' }),
  },
  {
    key: 'kernel.perfmon.debug_ovfl',
    type: 'bool',
    default: '0',
    values: offOn(OFF, ON),
    perNamespace: false,
    related: ['kernel.perfmon.debug'],
    summary: {
      en: 'Debug output of perfmon\'s counter overflow handling on Itanium.',
      zh: '安腾上 perfmon 计数器溢出处理的调试输出。',
    },
    details: archOnly(IA64),
  },
  {
    key: 'kernel.perfmon.expert_mode',
    type: 'bool',
    default: '0',
    values: offOn(OFF, ON),
    perNamespace: false,
    related: ['kernel.perfmon.debug'],
    summary: {
      en: 'Whether perfmon lets tools program any counter register without the usual checks (Itanium).',
      zh: 'perfmon 是否允许工具不经常规检查就设置任意计数寄存器（安腾）。',
    },
    details: archOnly(IA64),
  },
  {
    key: 'kernel.perfmon.fastctxsw',
    type: 'bool',
    default: '0',
    values: offOn(OFF, ON),
    perNamespace: false,
    related: ['kernel.perfmon.debug'],
    summary: {
      en: 'Whether perfmon skips saving counters on context switches to save time (Itanium).',
      zh: 'perfmon 是否在上下文切换时跳过保存计数器以节省时间（安腾）。',
    },
    details: archOnly(IA64),
  },
  {
    key: 'kernel.kstack_depth_to_print',
    type: 'int',
    default: null,
    defaultNote: { en: '12 on 64-bit kernels, 24 on 32-bit ones.', zh: '64 位内核为 12，32 位内核为 24。' },
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.panic_on_oops'],
    summary: {
      en: 'How many words of the kernel stack an x86 oops or stack dump printed.',
      zh: 'x86 上 oops 或栈转储时打印多少个内核栈字。',
    },
    details: archOnly({ en: 'x86', zh: 'x86' }, { en: 'Later kernels print call traces without a raw stack dump and dropped the key (the catalogs show when).', zh: '后来的内核只打印调用栈、不再输出原始栈内容，并删除了这个参数（版本见内核目录数据）。' }),
  },
  {
    key: 'kernel.capabilities',
    type: 'string',
    default: null,
    defaultNote: { en: 'Read-only: describes the processor.', zh: '只读：描述处理器。' },
    removedIn: '4.17',
    perNamespace: false,
    related: ['kernel.osrelease'],
    summary: {
      en: 'The capabilities of the Meta (metag) processor, read-only.',
      zh: 'Meta（metag）处理器的能力描述，只读。',
    },
    details: archOnly({ en: 'Imagination Meta', zh: 'Imagination Meta' }, { en: 'Linux dropped the architecture in 4.17.', zh: 'Linux 在 4.17 中移除了该架构。' }),
  },
  {
    key: 'kernel.spin_retry',
    type: 'int',
    default: null,
    defaultNote: { en: 'Chosen at boot (1000 retries unless the `spin_retry=` boot option says otherwise).', zh: '开机时确定（除非用启动参数 `spin_retry=` 指定，否则为 1000 次）。' },
    perNamespace: false,
    related: ['kernel.userprocess_debug'],
    summary: {
      en: 'How many times a spinlock spins before the CPU yields to the hypervisor on s390.',
      zh: 's390 上自旋锁自旋多少次后把 CPU 让给虚拟化层（hypervisor）。',
    },
    details: s390Note({ en: 'Matters under z/VM or LPAR, where the lock holder may not be running.', zh: '在 z/VM 或 LPAR 下有意义，因为持锁者可能并未在运行。' }),
  },
  {
    key: 'kernel.userprocess_debug',
    type: 'bool',
    default: null,
    defaultNote: { en: 'Depends on the build.', zh: '取决于编译配置。' },
    values: offOn(OFF, { en: 'Log details of user programs killed by a fault.', zh: '记录因故障被终止的用户程序的详细信息。' }),
    perNamespace: false,
    related: ['kernel.spin_retry'],
    summary: {
      en: 'Whether s390 logs registers and details when a user program dies from an exception.',
      zh: 's390 在用户程序因异常终止时，是否记录寄存器等详细信息。',
    },
    details: s390Note({ en: 'Like `debug.exception-trace` elsewhere.', zh: '类似其他架构上的 `debug.exception-trace`。' }),
  },
  {
    key: 'kernel.ieee_emulation_warnings',
    type: 'bool',
    default: '0',
    values: offOn(OFF, ON),
    perNamespace: false,
    related: ['kernel.userprocess_debug'],
    summary: {
      en: 'Whether s390 warns when it emulates IEEE floating point for CPUs without it.',
      zh: 's390 为不支持 IEEE 浮点的 CPU 进行模拟时是否告警。',
    },
    details: s390Note({ en: 'Needs CONFIG_MATHEMU, for very old machines; later kernels dropped it (the catalogs show when).', zh: '需要 CONFIG_MATHEMU，面向非常老的机器；后来的内核删除了它（版本见内核目录数据）。' }),
  },
  {
    key: 'kernel.callhome',
    type: 'bool',
    default: '0',
    values: offOn(OFF, ON),
    perNamespace: false,
    related: ['kernel.userprocess_debug'],
    summary: {
      en: 'Whether an s390 system reports a kernel panic to IBM service through the service element ("call home").',
      zh: 's390 系统发生内核 panic 时，是否通过服务单元向 IBM 服务报告（"call home"）。',
    },
    details: s390Note({ en: 'Needs the `sclp_async` driver (CONFIG_SCLP_ASYNC), later removed (the catalogs show when).', zh: '需要 `sclp_async` 驱动（CONFIG_SCLP_ASYNC），后来已被删除（版本见内核目录数据）。' }),
  },
  {
    key: 'vm.cmm_pages',
    type: 'int',
    unit: 'pages',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.cmm_timed_pages', 'vm.cmm_timeout'],
    summary: {
      en: 'How many pages the s390 guest hands back to z/VM (cooperative memory management balloon).',
      zh: 's390 客户机归还给 z/VM 的内存页数（协作式内存管理气球）。',
    },
    details: s390Note({ en: 'Usually set by the z/VM operator through the `cmm` module.', zh: '通常由 z/VM 管理员通过 `cmm` 模块设置。' }),
  },
  {
    key: 'vm.cmm_timed_pages',
    type: 'int',
    unit: 'pages',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.cmm_pages', 'vm.cmm_timeout'],
    summary: {
      en: 'Pages handed back to z/VM that are returned to the guest little by little, per `cmm_timeout`.',
      zh: '归还给 z/VM、再按 `cmm_timeout` 逐步还给客户机的内存页数。',
    },
    details: s390Note({ en: 'Part of the `cmm` module.', zh: '属于 `cmm` 模块。' }),
  },
  {
    key: 'vm.cmm_timeout',
    type: 'string',
    default: null,
    defaultNote: { en: 'Set when the `cmm` module loads.', zh: '`cmm` 模块加载时设置。' },
    perNamespace: false,
    related: ['vm.cmm_timed_pages'],
    summary: {
      en: 'Two numbers: how many timed pages go back to the guest, and every how many seconds.',
      zh: '两个数：每次还给客户机多少个限时归还的页，以及间隔多少秒。',
    },
    details: s390Note({ en: 'Part of the `cmm` module.', zh: '属于 `cmm` 模块。' }),
  },
  {
    key: 'vm.allocate_pgste',
    type: 'bool',
    default: '0',
    values: offOn(OFF, { en: 'Give new processes page tables with extensions, as KVM guests need.', zh: '为新进程分配带扩展的页表，这是 KVM 客户机所需的。' }),
    perNamespace: false,
    related: ['vm.cmm_pages'],
    summary: {
      en: 'Whether new s390 processes get extended page tables (PGSTE), which running KVM guests inside them requires.',
      zh: 's390 新进程是否使用扩展页表（PGSTE），在其中运行 KVM 客户机需要它。',
    },
    details: s390Note({ en: 'Needed for some older QEMU setups; newer kernels handle it themselves and dropped the key (the catalogs show when).', zh: '部分较老的 QEMU 环境需要；较新的内核会自行处理，并删除了这个参数（版本见内核目录数据）。' }),
  },
  {
    key: 'kernel.reboot-cmd',
    type: 'string',
    default: null,
    defaultNote: { en: 'Empty unless set.', zh: '未设置时为空。' },
    perNamespace: false,
    related: ['kernel.stop-a'],
    summary: {
      en: 'The command passed to the SPARC firmware (OpenBoot) when the machine reboots.',
      zh: 'SPARC 机器重启时传给固件（OpenBoot）的命令。',
    },
    details: archOnly(SPARC),
  },
  {
    key: 'kernel.stop-a',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Ignore Stop-A.', zh: '忽略 Stop-A。' },
      { en: 'Stop-A (L1-A) drops to the firmware prompt (default).', zh: 'Stop-A（L1-A）会进入固件提示符（默认）。' },
    ),
    perNamespace: false,
    related: ['kernel.reboot-cmd'],
    summary: {
      en: 'Whether the Stop-A key combination halts a SPARC machine into the firmware.',
      zh: 'Stop-A 组合键是否让 SPARC 机器停下并进入固件。',
    },
    details: archOnly(SPARC),
  },
  {
    key: 'kernel.scons-poweroff',
    type: 'bool',
    default: '0',
    values: offOn(OFF, { en: 'Power off when the serial console asks for halt.', zh: '串口控制台请求停机时关闭电源。' }),
    perNamespace: false,
    related: ['kernel.reboot-cmd'],
    summary: {
      en: 'Whether a halt from the SPARC serial console powers the machine off instead of dropping to the firmware.',
      zh: 'SPARC 串口控制台发出停机时，是关闭电源而不是进入固件。',
    },
    details: archOnly(SPARC),
  },
  {
    key: 'kernel.tsb-ratio',
    type: 'int',
    default: null,
    defaultNote: { en: 'Set by the SPARC64 memory code.', zh: '由 SPARC64 内存管理代码设置。' },
    perNamespace: false,
    related: ['kernel.reboot-cmd'],
    summary: {
      en: 'How the size of a process\'s translation storage buffer (TSB) grows with its memory on SPARC64.',
      zh: 'SPARC64 上进程的地址转换存储缓冲区（TSB）随内存增长的比例。',
    },
    details: archOnly({ en: 'SPARC64', zh: 'SPARC64' }),
  },
  {
    key: 'kernel.soft-power',
    type: 'bool',
    default: null,
    defaultNote: { en: 'Depends on the machine.', zh: '取决于机器。' },
    values: offOn(
      { en: 'The power button turns the machine off at once.', zh: '按电源键立即断电。' },
      { en: 'The power button asks the kernel to shut down cleanly.', zh: '按电源键会请求内核正常关机。' },
    ),
    perNamespace: false,
    related: ['kernel.poweroff_cmd'],
    summary: {
      en: 'Whether the power button of a PA-RISC machine triggers a clean shutdown.',
      zh: 'PA-RISC 机器的电源键是否触发正常关机。',
    },
    details: archOnly({ en: 'PA-RISC (HP 9000)', zh: 'PA-RISC（HP 9000）' }),
  },
  {
    key: 'kernel.powersave-nap',
    type: 'bool',
    default: '0',
    values: offOn(OFF, { en: 'Put idle CPUs into nap mode.', zh: '让空闲 CPU 进入 nap 省电模式。' }),
    perNamespace: false,
    related: ['kernel.nmi_wd_lpm_factor'],
    summary: {
      en: 'Whether idle 32-bit PowerPC CPUs use their "nap" power-saving state.',
      zh: '32 位 PowerPC CPU 空闲时是否进入"nap"省电状态。',
    },
    details: archOnly({ en: '32-bit PowerPC', zh: '32 位 PowerPC' }),
  },
  {
    key: 'kernel.nmi_wd_lpm_factor',
    type: 'int',
    default: '200',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.watchdog_thresh'],
    summary: {
      en: 'During a live partition migration on IBM Power, the NMI watchdog threshold is stretched to this percent of its value; 0 leaves it alone.',
      zh: 'IBM Power 上进行分区在线迁移期间，NMI 看门狗阈值放大到原值的这个百分比；0 表示不调整。',
    },
    details: archOnly({ en: 'PowerPC pseries (PowerVM)', zh: 'PowerPC pseries（PowerVM）' }, { en: 'It keeps the watchdog from firing while the partition is paused for migration.', zh: '它能防止分区因迁移而暂停时误触发看门狗。' }),
  },
];
