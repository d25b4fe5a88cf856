import type { Localized } from '../../i18n/localized';
import type { SysctlKeyDoc } from '../types';
import { offOn } from './enumValues';

/**
 * Keys that exist only on one processor architecture: arm64 and RISC-V vector and tagging
 * defaults, s390 (IBM Z), SPARC, PA-RISC, PowerPC, and architectures Linux has dropped (IA-64 in
 * 6.7, Meta in 4.17), including the roots only one architecture registers: `bus.isa` (ARM),
 * `csky`, `frv` and `pm` (FR-V), `lasat` (MIPS LASAT boards), `nds32`, `s390`, `s390dbf`, `tile`.
 *
 * Facts from the 6.12 Debian tree (arch/arm64/kernel/fpsimd.c: SVE 64 bytes, SME 32 bytes;
 * arch/arm64/kernel/process.c; arch/riscv/kernel/vector.c; kernel/sysctl.c for the s390, SPARC,
 * PA-RISC and unaligned-access keys; arch/s390/mm/cmm.c and pgalloc.c; arch/powerpc/kernel/idle.c
 * and platforms/pseries/mobility.c) and the 3.10 and 6.1 trees for IA-64 and Meta. The arch-only
 * roots: arch/arm/kernel/isa.c, arch/csky/abiv1/alignment.c, arch/s390/kernel/topology.c,
 * hiperdispatch.c and debug.c of 6.12; arch/nds32/mm/alignment.c of 5.15; arch/frv/kernel/sysctl.c
 * and pm.c, arch/mips/lasat/sysctl.c and arch/tile/kernel/proc.c of 3.10.
 */

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

const ARM_ISA: Localized = { en: '32-bit ARM', zh: '32 位 ARM' };
const CSKY: Localized = { en: 'C-SKY', zh: 'C-SKY' };
const FRV: Localized = { en: 'FR-V (Fujitsu)', zh: 'FR-V（富士通）' };
const FRV_GONE: Localized = { en: 'Linux dropped FR-V in 4.17.', zh: 'Linux 在 4.17 中移除了 FR-V。' };
const LASAT: Localized = { en: 'MIPS LASAT board (CONFIG_LASAT)', zh: 'MIPS LASAT 主板（CONFIG_LASAT）' };
const LASAT_GONE: Localized = { en: 'Linux dropped the LASAT boards after 5.4; 5.10 no longer has them.', zh: 'Linux 在 5.4 之后移除了 LASAT 主板支持，5.10 中已没有。' };
const NDS32: Localized = { en: 'NDS32 (Andes)', zh: 'NDS32（晶心科技 Andes）' };
const NDS32_GONE: Localized = { en: 'Linux dropped NDS32 in 5.18.', zh: 'Linux 在 5.18 中移除了 NDS32。' };
const TILE: Localized = { en: 'Tile (Tilera TILE-Gx and TILEPro)', zh: 'Tile（Tilera TILE-Gx 与 TILEPro）' };
const TILE_GONE: Localized = { en: 'Linux dropped Tile in 4.17.', zh: 'Linux 在 4.17 中移除了 Tile。' };

const LASAT_EEPROM: Localized = {
  en: 'Writing it also rewrites the board\'s EEPROM, so the value survives a reboot.',
  zh: '写入时会同时改写主板 EEPROM，因此重启后依然有效。',
};

/** Read-only board facts of a LASAT board, filled in at boot from its EEPROM and the CPU. */
function lasatBoardFact(key: string, type: 'int' | 'string', summary: Localized): SysctlKeyDoc {
  return {
    key,
    type,
    default: null,
    defaultNote: { en: 'Read from the board at boot.', zh: '开机时从主板读取。' },
    perNamespace: false,
    related: ['lasat.prid'],
    summary,
    details: { en: `Read-only. ${archOnly(LASAT, LASAT_GONE).en}`, zh: `只读。${archOnly(LASAT, LASAT_GONE).zh}` },
  };
}

/** A C-SKY alignment-fix-up switch (user or kernel space). */
function cskyAlignmentSwitch(key: string, space: Localized, related: string): SysctlKeyDoc {
  return {
    key,
    type: 'bool',
    default: '1',
    values: offOn(
      { en: `Do not emulate: an unaligned access from ${space.en} fails (a user program gets SIGBUS, the kernel dies with an oops).`, zh: `不模拟：${space.zh}的非对齐访问直接失败（用户程序收到 SIGBUS，内核则 oops 崩溃）。` },
      { en: 'Emulate the access and count it (default).', zh: '模拟完成这次访问并计数（默认）。' },
    ),
    perNamespace: false,
    related: [related],
    summary: {
      en: `Whether a C-SKY ABIv1 CPU emulates unaligned memory accesses made by ${space.en}.`,
      zh: `C-SKY ABIv1 CPU 是否模拟${space.zh}发起的非对齐内存访问。`,
    },
    details: {
      en: `The file is writable by every user (mode 0666). ${archOnly(CSKY).en} Only ABIv1 CPUs (CONFIG_CPU_NEED_SOFTALIGN) have it.`,
      zh: `所有用户都可写（权限 0666）。${archOnly(CSKY).zh}只有 ABIv1 CPU（CONFIG_CPU_NEED_SOFTALIGN）才有。`,
    },
  };
}

/** A C-SKY alignment fix-up counter (user or kernel space). */
function cskyAlignmentCount(key: string, space: Localized, related: string): SysctlKeyDoc {
  return {
    key,
    type: 'int',
    default: '0',
    perNamespace: false,
    related: [related],
    summary: {
      en: `How many unaligned accesses of ${space.en} the kernel has emulated since boot on a C-SKY ABIv1 CPU.`,
      zh: `C-SKY ABIv1 CPU 上自开机以来内核替${space.zh}模拟的非对齐访问次数。`,
    },
    details: {
      en: `A counter: write 0 to start counting again. A steadily growing value points at code that should align its data, since each emulation costs a trap. ${archOnly(CSKY).en}`,
      zh: `这是计数器：写 0 可重新计数。数值持续增长说明有代码应当对齐数据，因为每次模拟都要付出一次陷阱的开销。${archOnly(CSKY).zh}`,
    },
  };
}

/** A one-bit field of the FR-V clock control register (CLKC), set through power management. */
function frvClockBit(key: string, summary: Localized, off: Localized, on: Localized): SysctlKeyDoc {
  return {
    key,
    type: 'bool',
    default: null,
    defaultNote: { en: 'Read from the clock control register at boot.', zh: '开机时从时钟控制寄存器读取。' },
    values: offOn(off, on),
    removedIn: '4.17',
    perNamespace: false,
    related: ['pm.cmode', 'pm.suspend'],
    summary,
    details: {
      en: `Writing it reprograms the clock control register (CLKC) with DMA paused. Exists only on FR-V kernels with CONFIG_PM. ${FRV_GONE.en}`,
      zh: `写入时会在暂停 DMA 的情况下重新设置时钟控制寄存器（CLKC）。仅存在于启用 CONFIG_PM 的 FR-V 内核上。${FRV_GONE.zh}`,
    },
  };
}

export const ARCH_MORE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'abi.sve_default_vector_length',
    type: 'int',
    unit: 'bytes',
    default: null,
    defaultNote: {
      en: 'The longest length the CPU supports that is at most 64 bytes (512 bits): 16 on 128-bit SVE cores such as Neoverse V2, 32 on 256-bit ones such as Neoverse V1, 64 only where the CPU goes that far.',
      zh: 'CPU 支持的、不超过 64 字节（512 位）的最大长度：Neoverse V2 这类 128 位 SVE 核心上为 16，Neoverse V1 这类 256 位核心上为 32，只有 CPU 支持到 512 位时才是 64。',
    },
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
    default: null,
    defaultNote: {
      en: 'The longest streaming length the CPU supports that is at most 32 bytes (256 bits); a CPU whose shortest length is longer starts at that shortest one.',
      zh: 'CPU 支持的、不超过 32 字节（256 位）的最大流式向量长度；若 CPU 最短的长度也超过 32 字节，则取这个最短长度。',
    },
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
      en: 'Whether programs are refused when they ask (with prctl) for the tagged address ABI, which lets them pass tagged pointers (high-bit tags, as MTE and HWASan use) to system calls; on arm64, and on RISC-V with pointer masking.',
      zh: '程序用 prctl 申请带标签地址 ABI（允许向系统调用传递带高位标签的指针，MTE 和 HWASan 会用到）时是否被拒绝；适用于 arm64，以及支持指针掩码的 RISC-V。',
    },
    details: {
      en: 'Only new requests are refused: programs that already turned the ABI on keep it. arm64 kernels have it with CONFIG_ARM64_TAGGED_ADDR_ABI; 6.18 also registers it on RISC-V kernels with CONFIG_RISCV_ISA_SUPM when the CPU has the Supm extension.',
      zh: '只拒绝新的申请，已经开启该 ABI 的程序不受影响。arm64 内核在启用 CONFIG_ARM64_TAGGED_ADDR_ABI 时提供；6.18 在启用 CONFIG_RISCV_ISA_SUPM 且 CPU 具备 Supm 扩展的 RISC-V 内核上也会注册它。',
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
    default: null,
    defaultNote: {
      en: '1 on ARC and LoongArch, 0 on PA-RISC (and on IA-64 until 6.7).',
      zh: 'ARC 和 LoongArch 上为 1，PA-RISC 上为 0（6.7 之前的 IA-64 也为 0）。',
    },
    values: offOn(
      { en: 'Report each emulated access: a log line on ARC and IA-64, a register dump on LoongArch, a rate-limited warning on PA-RISC.', zh: '报告每次被模拟的访问：ARC 和 IA-64 上记一行日志，LoongArch 上打印寄存器，PA-RISC 上输出限速的告警。' },
      { en: 'Stay quiet; ARC and IA-64 still log one notice, the first time.', zh: '不再报告；ARC 和 IA-64 仍会在第一次时记录一条提示。' },
    ),
    perNamespace: false,
    related: ['kernel.unaligned-trap'],
    summary: {
      en: 'Whether the kernel stops reporting the unaligned memory accesses it emulates: those of user programs on ARC and IA-64, every emulated one on LoongArch, and only the kernel\'s own on PA-RISC.',
      zh: '内核是否不再报告它模拟的非对齐内存访问：ARC 和 IA-64 上针对用户程序的访问，LoongArch 上针对所有被模拟的访问，PA-RISC 上则只针对内核自身的访问。',
    },
    details: {
      en: 'Only on architectures that select CONFIG_SYSCTL_ARCH_UNALIGN_NO_WARN: ARC, LoongArch, PA-RISC (not yet in 5.4), and IA-64 until 6.7. It changes only the messages, never whether the access is emulated.',
      zh: '仅在选择了 CONFIG_SYSCTL_ARCH_UNALIGN_NO_WARN 的架构上存在：ARC、LoongArch、PA-RISC（5.4 中尚未加入），以及 6.7 之前的 IA-64。它只影响日志输出，不影响是否模拟访问。',
    },
  },
  {
    key: 'kernel.unaligned-trap',
    type: 'bool',
    default: '1',
    defaultNote: { en: '1 on every architecture that has the key.', zh: '所有提供该参数的架构上都为 1。' },
    values: offOn(
      { en: 'Send SIGBUS to programs that access memory unaligned.', zh: '向进行非对齐访问的程序发送 SIGBUS。' },
      { en: 'Emulate the access (default).', zh: '模拟完成这次访问（默认）。' },
    ),
    perNamespace: false,
    related: ['kernel.ignore-unaligned-usertrap'],
    summary: {
      en: 'Whether the kernel emulates unaligned memory accesses of user programs or kills them with SIGBUS.',
      zh: '内核是模拟用户程序的非对齐内存访问，还是用 SIGBUS 终止它们。',
    },
    details: {
      en: 'Only on architectures that select CONFIG_SYSCTL_ARCH_UNALIGN_ALLOW: PA-RISC, ARC, LoongArch, and RISC-V kernels that emulate misaligned accesses (CONFIG_RISCV_SCALAR_MISALIGNED in 6.18). On LoongArch and RISC-V, 0 also stops the emulation of the kernel\'s own unaligned accesses.',
      zh: '仅在选择了 CONFIG_SYSCTL_ARCH_UNALIGN_ALLOW 的架构上存在：PA-RISC、ARC、LoongArch，以及会模拟非对齐访问的 RISC-V 内核（6.18 中为 CONFIG_RISCV_SCALAR_MISALIGNED）。在 LoongArch 和 RISC-V 上，设为 0 还会停止模拟内核自身的非对齐访问。',
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
    related: ['kernel.perfmon.debug_ovfl'],
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
      en: 'Whether perfmon, when a monitored task is switched back in, reloads only the data registers its session uses instead of every implemented one (Itanium).',
      zh: '被监控的任务重新切换上 CPU 时，perfmon 是否只重新载入该会话用到的数据寄存器，而不是全部已实现的寄存器（安腾）。',
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
    defaultNote: {
      en: 'Fixed when the kernel is built: `dsp fpu`, `dsp`, `fpu` or empty, after CONFIG_METAG_DSP and CONFIG_METAG_FPU.',
      zh: '编译内核时就已确定：根据 CONFIG_METAG_DSP 和 CONFIG_METAG_FPU 取 `dsp fpu`、`dsp`、`fpu` 或空。',
    },
    removedIn: '4.17',
    perNamespace: false,
    related: ['kernel.osrelease'],
    summary: {
      en: 'Which Meta (metag) processor features this kernel was built to support (DSP, FPU), read-only; the processor is not probed.',
      zh: '这个内核在编译时支持了哪些 Meta（metag）处理器特性（DSP、FPU），只读；并不探测实际处理器。',
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
    default: '1',
    values: offOn(OFF, { en: 'Log details of user programs killed by a fault (default).', zh: '记录因故障被终止的用户程序的详细信息（默认）。' }),
    perNamespace: false,
    // arch/s390/mm/fault.c of 6.18 (kernel/sysctl.c in older trees): a second name of show_unhandled_signals,
    // the variable behind debug.exception-trace, which s390 also builds (it selects SYSCTL_EXCEPTION_TRACE).
    related: ['debug.exception-trace'],
    summary: {
      en: 'Whether s390 logs registers and details when a user program dies from an exception.',
      zh: 's390 在用户程序因异常终止时，是否记录寄存器等详细信息。',
    },
    details: s390Note({
      en: 'The same setting as `debug.exception-trace`, which s390 kernels also have: both files read and write one value.',
      zh: '与 `debug.exception-trace` 是同一个设置（s390 内核同样提供后者）：两个文件读写的是同一个值。',
    }),
  },
  {
    key: 'kernel.ieee_emulation_warnings',
    type: 'bool',
    default: '1',
    values: offOn(OFF, { en: 'Log the instruction, process and PSW (default).', zh: '记录该指令、进程和 PSW（默认）。' }),
    perNamespace: false,
    related: ['kernel.userprocess_debug'],
    summary: {
      en: 'Whether the s390 IEEE floating-point emulator (for CPUs without IEEE hardware) logs the instructions it meets but cannot emulate.',
      zh: 's390 的 IEEE 浮点模拟器（用于没有 IEEE 浮点硬件的 CPU）遇到无法模拟的指令时是否记录日志。',
    },
    details: s390Note({ en: 'Needs CONFIG_MATHEMU, for very old machines; later kernels dropped it (the catalogs show when).', zh: '需要 CONFIG_MATHEMU，面向非常老的机器；后来的内核删除了它（版本见内核目录数据）。' }),
  },
  {
    key: 'kernel.callhome',
    type: 'bool',
    default: '0',
    values: offOn(OFF, ON),
    perNamespace: false,
    // drivers/s390/char/sclp_async.c of 3.10: the report goes out from a panic notifier, so an oops reaches it
    // only through kernel.panic_on_oops; userprocess_debug shares no code with it.
    related: ['kernel.panic_on_oops'],
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
    default: '0 0',
    defaultNote: {
      en: 'Nothing sets it at load: timed pages are never given back until it is written, by hand or by a CMM message from z/VM.',
      zh: '模块加载时不会设置它：在手工写入或收到 z/VM 的 CMM 消息之前，限时归还的页不会还给客户机。',
    },
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
    default: '1',
    values: offOn(
      { en: 'On a machine with a serial console, a power-off only halts to the firmware prompt.', zh: '使用串口控制台的机器上，关机请求只停到固件提示符。' },
      { en: 'Power off even with a serial console (default).', zh: '即使使用串口控制台也切断电源（默认）。' },
    ),
    perNamespace: false,
    related: ['kernel.reboot-cmd'],
    summary: {
      en: 'Whether a power-off request (such as `poweroff`) really cuts the power of a SPARC machine whose console is a serial port, rather than stopping at the firmware prompt.',
      zh: '控制台为串口的 SPARC 机器收到关机请求（如 `poweroff`）时，是真正切断电源，还是停在固件提示符。',
    },
    details: archOnly(SPARC),
  },
  {
    key: 'kernel.tsb-ratio',
    type: 'int',
    default: '-2',
    defaultNote: {
      en: 'A negative n grows a TSB once the resident pages exceed its entries less one 2^n-th (-2: three quarters full); a positive n lets them exceed the entries by one 2^n-th first.',
      zh: '取负数 n 时，驻留页数超过 TSB 条目数减去其 2^n 分之一（-2 即四分之三满）就扩大 TSB；取正数 n 时，则允许先超出条目数的 2^n 分之一。',
    },
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
    default: '1',
    values: offOn(
      { en: 'The kernel ignores the soft power button.', zh: '内核不理会软电源键。' },
      { en: 'Holding the button down makes the kernel send SIGINT to `kernel.cad_pid` (init) (default).', zh: '按住电源键时，内核向 `kernel.cad_pid`（init）发送 SIGINT（默认）。' },
    ),
    perNamespace: false,
    related: ['kernel.cad_pid', 'kernel.ctrl-alt-del'],
    summary: {
      en: 'Whether the kernel acts on the soft power button of a PA-RISC machine: held down for a few seconds, it sends init SIGINT, the signal init gets for Ctrl-Alt-Del when `kernel.ctrl-alt-del` is 0, and init decides what happens.',
      zh: '内核是否响应 PA-RISC 机器的软电源键：按住数秒后，内核向 init 发送 SIGINT（即 `kernel.ctrl-alt-del` 为 0 时 Ctrl-Alt-Del 让 init 收到的信号），之后如何处理由 init 决定。',
    },
    details: archOnly({ en: 'PA-RISC (HP 9000)', zh: 'PA-RISC（HP 9000）' }),
  },
  {
    key: 'kernel.powersave-nap',
    type: 'bool',
    default: null,
    defaultNote: {
      en: '0 as compiled, but the platform code sets it at boot: 1 on bare-metal POWER machines (PowerNV) and in KVM guests with paravirtual support on 64-bit Book3S, and 1 on the Power Macs whose CPUs can nap.',
      zh: '编译时的初值是 0，但平台代码会在开机时设置它：裸机运行的 POWER 机器（PowerNV）和 64 位 Book3S 上支持半虚拟化的 KVM 虚拟机里为 1，CPU 支持 nap 的 Power Mac 上也为 1。',
    },
    values: offOn(OFF, { en: 'Put idle CPUs into nap mode.', zh: '让空闲 CPU 进入 nap 省电模式。' }),
    perNamespace: false,
    related: ['kernel.nmi_wd_lpm_factor'],
    summary: {
      en: 'Whether idle PowerPC CPUs that have a "nap" power-saving state use it: 32-bit 6xx/7xx/74xx and e500 cores, the 64-bit PowerPC 970 (Power Mac G5), and the fallback idle routine of bare-metal POWER7 and POWER8 machines.',
      zh: '具备"nap"省电状态的 PowerPC CPU 空闲时是否进入该状态：32 位 6xx/7xx/74xx 和 e500 核心、64 位的 PowerPC 970（Power Mac G5），以及裸机运行的 POWER7、POWER8 机器的后备空闲例程。',
    },
    details: {
      en: 'Exists on every PowerPC kernel, 32- and 64-bit. Besides those CPUs, the fallback idle routine of POWER7 and POWER8 machines running bare metal (PowerNV) also checks it, and the PowerNV platform code sets it to 1 at boot; on Power Macs the platform code switches it on where napping works.',
      zh: '所有 PowerPC 内核（32 位和 64 位）都有这个参数。除上述 CPU 外，裸机运行（PowerNV）的 POWER7 和 POWER8 机器的后备空闲例程也会检查它，PowerNV 平台代码开机时会把它设为 1；在 Power Mac 上，平台代码会在开机时为支持 nap 的机器把它打开。',
    },
  },
  {
    key: 'kernel.nmi_wd_lpm_factor',
    type: 'int',
    default: '200',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.watchdog_thresh'],
    summary: {
      en: 'During a live partition migration on IBM Power, this percentage of `kernel.watchdog_thresh` is added to the NMI (hard lockup) watchdog timeout; 0 leaves it alone.',
      zh: 'IBM Power 上进行分区在线迁移期间，NMI（硬锁死）看门狗超时在原值之外再加上 `kernel.watchdog_thresh` 的这个百分比；0 表示不调整。',
    },
    details: archOnly({ en: 'PowerPC pseries (PowerVM)', zh: 'PowerPC pseries（PowerVM）' }, { en: 'It keeps the watchdog from firing while the partition is paused for migration.', zh: '它能防止分区因迁移而暂停时误触发看门狗。' }),
  },
  {
    key: 'bus.isa.membase',
    type: 'int',
    default: null,
    defaultNote: { en: 'Set by the board code at boot.', zh: '开机时由板级代码设定。' },
    perNamespace: false,
    related: ['bus.isa.portbase', 'bus.isa.portshift'],
    summary: {
      en: 'The physical address where the ISA memory space of a 32-bit ARM board starts.',
      zh: '32 位 ARM 主板上 ISA 内存空间的起始物理地址。',
    },
    details: {
      en: `Read-only. glibc reads these three keys to emulate \`ioperm\`, \`inb\` and \`outb\` for user programs on ARM. Only boards that register ISA ports (the DC21285 "footbridge" in 6.12) have them. ${archOnly(ARM_ISA).en}`,
      zh: `只读。glibc 读取这三个参数，在 ARM 上为用户程序模拟 \`ioperm\`、\`inb\`、\`outb\`。只有登记了 ISA 端口的主板才有（6.12 中为 DC21285 "footbridge"）。${archOnly(ARM_ISA).zh}`,
    },
  },
  {
    key: 'bus.isa.portbase',
    type: 'int',
    default: null,
    defaultNote: { en: 'Set by the board code at boot.', zh: '开机时由板级代码设定。' },
    perNamespace: false,
    related: ['bus.isa.membase', 'bus.isa.portshift'],
    summary: {
      en: 'The address where the ISA I/O port space of a 32-bit ARM board is mapped.',
      zh: '32 位 ARM 主板上 ISA I/O 端口空间映射到的地址。',
    },
    details: {
      en: `Read-only; used with \`bus.isa.portshift\` to turn a port number into an address. ${archOnly(ARM_ISA).en}`,
      zh: `只读；与 \`bus.isa.portshift\` 一起把端口号换算成地址。${archOnly(ARM_ISA).zh}`,
    },
  },
  {
    key: 'bus.isa.portshift',
    type: 'int',
    default: null,
    defaultNote: { en: 'Set by the board code at boot (0 on the footbridge).', zh: '开机时由板级代码设定（footbridge 上为 0）。' },
    perNamespace: false,
    related: ['bus.isa.portbase'],
    summary: {
      en: 'How many bits an ISA port number is shifted left before it is added to `bus.isa.portbase` on a 32-bit ARM board.',
      zh: '32 位 ARM 主板上，ISA 端口号先左移多少位再加到 `bus.isa.portbase` 上。',
    },
    details: { en: `Read-only. ${archOnly(ARM_ISA).en}`, zh: `只读。${archOnly(ARM_ISA).zh}` },
  },
  cskyAlignmentSwitch('csky.csky_alignment.user_enable', { en: 'user programs', zh: '用户程序' }, 'csky.csky_alignment.user_count'),
  cskyAlignmentSwitch('csky.csky_alignment.kernel_enable', { en: 'the kernel itself', zh: '内核自身' }, 'csky.csky_alignment.kernel_count'),
  cskyAlignmentCount('csky.csky_alignment.user_count', { en: 'user programs', zh: '用户程序' }, 'csky.csky_alignment.user_enable'),
  cskyAlignmentCount('csky.csky_alignment.kernel_count', { en: 'the kernel itself', zh: '内核自身' }, 'csky.csky_alignment.kernel_enable'),
  {
    key: 'frv.cache-mode',
    type: 'enum',
    default: null,
    defaultNote: { en: 'The mode the boot loader left the data cache in (usually wback).', zh: '取决于引导程序设置的数据缓存模式（通常为 wback）。' },
    values: [
      { value: 'wback', meaning: { en: 'Write-back: writes stay in the cache until the line is evicted.', zh: '写回：写入先留在缓存中，直到该缓存行被换出。' } },
      { value: 'wthru', meaning: { en: 'Write-through: every write also goes to memory at once.', zh: '直写：每次写入都同时写到内存。' } },
    ],
    removedIn: '4.17',
    perNamespace: false,
    related: ['frv.pin-cxnr'],
    summary: {
      en: 'Whether the FR-V data cache works in write-back or write-through mode.',
      zh: 'FR-V 的数据缓存工作在写回模式还是直写模式。',
    },
    details: {
      en: `Writing flushes the data cache and switches the mode on the spot. ${archOnly(FRV, FRV_GONE).en}`,
      zh: `写入时会先刷新数据缓存，然后立即切换模式。${archOnly(FRV, FRV_GONE).zh}`,
    },
  },
  {
    key: 'frv.pin-cxnr',
    type: 'int',
    default: '-1',
    defaultNote: {
      en: '-1 means that no context is pinned; it stays so until a process ID is written. Only a process ID can be written, so writing -1 back fails.',
      zh: '-1 表示没有固定任何上下文，直到写入一个进程号为止。只能写入进程号，把 -1 写回去会失败。',
    },
    removedIn: '4.17',
    perNamespace: false,
    related: ['frv.cache-mode'],
    summary: {
      en: 'Pins the MMU context number of the process whose ID is written, so its address space is never recycled; reading shows the pinned context.',
      zh: '固定所写入进程号对应进程的 MMU 上下文编号，使其地址空间不会被回收复用；读取时显示被固定的上下文。',
    },
    details: {
      en: `A debugging aid. Only FR-V kernels with an MMU have it. ${FRV_GONE.en}`,
      zh: `用于调试。只有带 MMU 的 FR-V 内核才有。${FRV_GONE.zh}`,
    },
  },
  {
    key: 'pm.suspend',
    type: 'enum',
    default: null,
    defaultNote: { en: 'Write-only: it is an action, not a setting.', zh: '只写：它是一个动作，不是设置项。' },
    values: [
      { value: '1', meaning: { en: 'Suspend the board now.', zh: '立即让主板挂起。' } },
      { value: '5', meaning: { en: 'Put the bus to sleep.', zh: '让总线进入休眠。' } },
    ],
    removedIn: '4.17',
    perNamespace: false,
    unlisted: 'write-only',
    related: ['pm.cmode'],
    summary: {
      en: 'Suspends an FR-V board (1) or puts its bus to sleep (5) when written.',
      zh: '写入后让 FR-V 主板挂起（1）或让总线休眠（5）。',
    },
    details: {
      en: `Mode 0200: only root can write it, nobody can read it. Any other value fails with EINVAL. Exists only on FR-V kernels with CONFIG_PM. ${FRV_GONE.en}`,
      zh: `权限 0200：只有 root 能写，任何人都不能读。写其他值会返回 EINVAL。仅存在于启用 CONFIG_PM 的 FR-V 内核上。${FRV_GONE.zh}`,
    },
  },
  {
    key: 'pm.cmode',
    type: 'int',
    default: null,
    defaultNote: { en: 'The clock mode the board booted in.', zh: '主板启动时的时钟模式。' },
    range: { min: 0, max: 15 },
    removedIn: '4.17',
    perNamespace: false,
    related: ['pm.p0', 'pm.cm'],
    summary: {
      en: 'The clock mode (0 to 15) of an FR-V CPU, which sets its core and bus clock ratios.',
      zh: 'FR-V CPU 的时钟模式（0 到 15），决定内核时钟和总线时钟的倍率。',
    },
    details: {
      en: `Only the modes the CPU model permits are accepted; others fail with EINVAL. Exists only on FR-V kernels with CONFIG_PM. ${FRV_GONE.en}`,
      zh: `只接受该型号 CPU 允许的模式，其他值返回 EINVAL。仅存在于启用 CONFIG_PM 的 FR-V 内核上。${FRV_GONE.zh}`,
    },
  },
  frvClockBit(
    'pm.p0',
    { en: 'The P0 clock-divider bit of an FR-V CPU, switching between its two clock ratios.', zh: 'FR-V CPU 的 P0 分频位，在两种时钟倍率之间切换。' },
    { en: 'P0 bit clear.', zh: '清除 P0 位。' },
    { en: 'P0 bit set.', zh: '置位 P0。' },
  ),
  frvClockBit(
    'pm.cm',
    { en: 'The CM (clock mode) bit of an FR-V CPU\'s clock control register.', zh: 'FR-V CPU 时钟控制寄存器中的 CM（时钟模式）位。' },
    { en: 'CM bit clear.', zh: '清除 CM 位。' },
    { en: 'CM bit set.', zh: '置位 CM。' },
  ),
  lasatBoardFact('lasat.cpu-hz', 'int', { en: 'The CPU clock of a LASAT board, in Hz.', zh: 'LASAT 主板的 CPU 时钟频率（Hz）。' }),
  lasatBoardFact('lasat.bus-hz', 'int', { en: 'The bus clock of a LASAT board, in Hz.', zh: 'LASAT 主板的总线时钟频率（Hz）。' }),
  lasatBoardFact('lasat.bmid', 'int', { en: 'The board model ID of a LASAT board.', zh: 'LASAT 主板的型号编号。' }),
  lasatBoardFact('lasat.namestr', 'string', { en: 'The product name of a LASAT board.', zh: 'LASAT 主板的产品名称。' }),
  lasatBoardFact('lasat.typestr', 'string', { en: 'The product type of a LASAT board.', zh: 'LASAT 主板的产品类型。' }),
  {
    key: 'lasat.prid',
    type: 'int',
    default: null,
    defaultNote: { en: 'Read from the board\'s EEPROM at boot.', zh: '开机时从主板 EEPROM 读取。' },
    perNamespace: false,
    related: ['lasat.bmid', 'lasat.namestr'],
    summary: {
      en: 'The product ID stored in a LASAT board\'s EEPROM, which decides the product name and type the board reports.',
      zh: 'LASAT 主板 EEPROM 中保存的产品编号，决定主板报告的产品名称和类型。',
    },
    details: {
      en: `${LASAT_EEPROM.en} The board information is read again after a write. ${archOnly(LASAT, LASAT_GONE).en}`,
      zh: `${LASAT_EEPROM.zh}写入后会重新读取主板信息。${archOnly(LASAT, LASAT_GONE).zh}`,
    },
  },
  {
    key: 'lasat.ipaddr',
    type: 'string',
    default: null,
    defaultNote: { en: 'Stored in the board\'s EEPROM.', zh: '保存在主板 EEPROM 中。' },
    perNamespace: false,
    related: ['lasat.netmask'],
    summary: {
      en: 'The IPv4 address kept in a LASAT board\'s EEPROM, in dotted form.',
      zh: 'LASAT 主板 EEPROM 中保存的 IPv4 地址（点分十进制）。',
    },
    details: {
      en: `${LASAT_EEPROM.en} It does not configure any interface by itself. Needs CONFIG_INET. ${archOnly(LASAT, LASAT_GONE).en}`,
      zh: `${LASAT_EEPROM.zh}它本身不会配置任何接口。需要 CONFIG_INET。${archOnly(LASAT, LASAT_GONE).zh}`,
    },
  },
  {
    key: 'lasat.netmask',
    type: 'string',
    default: null,
    defaultNote: { en: 'Stored in the board\'s EEPROM.', zh: '保存在主板 EEPROM 中。' },
    perNamespace: false,
    related: ['lasat.ipaddr'],
    summary: {
      en: 'The IPv4 netmask kept in a LASAT board\'s EEPROM, in dotted form.',
      zh: 'LASAT 主板 EEPROM 中保存的 IPv4 子网掩码（点分十进制）。',
    },
    details: {
      en: `${LASAT_EEPROM.en} Needs CONFIG_INET. ${archOnly(LASAT, LASAT_GONE).en}`,
      zh: `${LASAT_EEPROM.zh}需要 CONFIG_INET。${archOnly(LASAT, LASAT_GONE).zh}`,
    },
  },
  {
    key: 'lasat.passwd_hash',
    type: 'string',
    default: null,
    defaultNote: { en: 'Stored in the board\'s EEPROM.', zh: '保存在主板 EEPROM 中。' },
    perNamespace: false,
    related: ['lasat.boot-service'],
    summary: {
      en: 'The password hash kept in a LASAT board\'s EEPROM.',
      zh: 'LASAT 主板 EEPROM 中保存的密码哈希。',
    },
    details: {
      en: `Mode 0600: only root can read or write it. ${LASAT_EEPROM.en} ${archOnly(LASAT, LASAT_GONE).en}`,
      zh: `权限 0600：只有 root 能读写。${LASAT_EEPROM.zh}${archOnly(LASAT, LASAT_GONE).zh}`,
    },
  },
  {
    key: 'lasat.boot-service',
    type: 'bool',
    default: '0',
    values: offOn({ en: 'Reboot normally (default).', zh: '正常重启（默认）。' }, { en: 'Reboot into the board\'s service mode.', zh: '重启后进入主板的维护模式。' }),
    perNamespace: false,
    related: ['lasat.passwd_hash'],
    summary: {
      en: 'Whether the next reboot of a LASAT board starts its service (maintenance) mode instead of the normal system.',
      zh: 'LASAT 主板下次重启时是否进入维护模式而不是正常系统。',
    },
    details: archOnly(LASAT, LASAT_GONE),
  },
  {
    key: 'lasat.rtc',
    type: 'int',
    unit: 'seconds',
    default: null,
    defaultNote: { en: 'The current time of the board\'s clock chip.', zh: '主板时钟芯片的当前时间。' },
    perNamespace: false,
    related: ['lasat.boot-service'],
    summary: {
      en: 'The time of a LASAT board\'s DS1603 clock chip, in seconds since 1970; writing sets the chip.',
      zh: 'LASAT 主板 DS1603 时钟芯片的时间（自 1970 年起的秒数）；写入即设置该芯片。',
    },
    details: {
      en: `Needs CONFIG_DS1603. ${archOnly(LASAT, LASAT_GONE).en}`,
      zh: `需要 CONFIG_DS1603。${archOnly(LASAT, LASAT_GONE).zh}`,
    },
  },
  {
    key: 'nds32.unaligned_access.enable',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'An unaligned access of a user program is not emulated: the program gets a signal (default).', zh: '不模拟用户程序的非对齐访问：程序会收到信号（默认）。' },
      { en: 'Emulate it.', zh: '模拟完成这次访问。' },
    ),
    removedIn: '5.18',
    perNamespace: false,
    related: ['nds32.unaligned_access.debug_info'],
    summary: {
      en: 'Whether the kernel emulates unaligned memory accesses of user programs on NDS32 CPUs.',
      zh: 'NDS32 CPU 上内核是否模拟用户程序的非对齐内存访问。',
    },
    details: {
      en: `The file is writable by every user (mode 0666). Needs CONFIG_ALIGNMENT_TRAP. ${archOnly(NDS32, NDS32_GONE).en}`,
      zh: `所有用户都可写（权限 0666）。需要 CONFIG_ALIGNMENT_TRAP。${archOnly(NDS32, NDS32_GONE).zh}`,
    },
  },
  {
    key: 'nds32.unaligned_access.debug_info',
    type: 'bool',
    default: '0',
    values: offOn(OFF, { en: 'Log the address and instruction of each emulated access.', zh: '记录每次被模拟访问的地址和指令。' }),
    removedIn: '5.18',
    perNamespace: false,
    related: ['nds32.unaligned_access.enable'],
    summary: {
      en: 'Whether NDS32 logs each unaligned access it emulates, with the faulting address and instruction.',
      zh: 'NDS32 是否记录每次模拟的非对齐访问，包括出错地址和指令。',
    },
    details: {
      en: `Needs CONFIG_ALIGNMENT_TRAP. ${archOnly(NDS32, NDS32_GONE).en}`,
      zh: `需要 CONFIG_ALIGNMENT_TRAP。${archOnly(NDS32, NDS32_GONE).zh}`,
    },
  },
  {
    key: 's390.topology',
    type: 'bool',
    default: null,
    defaultNote: {
      en: 'On when the machine reports its CPU topology (the configuration-topology facility), off otherwise; the `topology=` boot parameter overrides both.',
      zh: '机器报告 CPU 拓扑（具备配置拓扑功能）时为开启，否则为关闭；启动参数 `topology=` 可覆盖这两种情况。',
    },
    values: offOn(
      { en: 'The scheduler treats every CPU as a separate package.', zh: '调度器把每个 CPU 都当作独立的封装。' },
      { en: 'The scheduler sees the CPU topology (cores, books, drawers) the machine reports.', zh: '调度器使用机器报告的 CPU 拓扑（核、book、drawer）。' },
    ),
    perNamespace: false,
    related: ['s390.polarization', 's390.hiperdispatch'],
    summary: {
      en: 'Whether the scheduler on IBM Z uses the CPU topology the machine reports.',
      zh: 'IBM Z 上调度器是否使用机器报告的 CPU 拓扑。',
    },
    details: s390Note({
      en: 'Needs CONFIG_SCHED_TOPOLOGY. Switching rebuilds the scheduling domains.',
      zh: '需要 CONFIG_SCHED_TOPOLOGY。切换时会重建调度域。',
    }),
  },
  {
    key: 's390.polarization',
    type: 'bool',
    default: null,
    defaultNote: {
      en: '1 with CONFIG_SCHED_TOPOLOGY_VERTICAL (on by default) where the machine supports CPU topology; otherwise the polarization the machine is in at boot, normally horizontal (0), and always 0 without topology support.',
      zh: '在支持 CPU 拓扑的机器上，启用 CONFIG_SCHED_TOPOLOGY_VERTICAL（默认启用）时为 1；否则取开机时机器所处的极化方式，通常为水平（0），不支持拓扑的机器上始终为 0。',
    },
    values: offOn(
      { en: 'Horizontal: the hypervisor spreads the LPAR\'s weight evenly over its CPUs.', zh: '水平：虚拟化层把 LPAR 的权重平均分给各 CPU。' },
      { en: 'Vertical: some CPUs get dedicated capacity, others share the rest.', zh: '垂直：部分 CPU 获得专用算力，其余 CPU 分享剩余部分。' },
    ),
    perNamespace: false,
    related: ['s390.hiperdispatch', 's390.topology'],
    summary: {
      en: 'Whether the IBM Z logical partition asks the hypervisor for horizontal or vertical CPU polarization.',
      zh: 'IBM Z 逻辑分区向虚拟化层请求水平还是垂直的 CPU 极化。',
    },
    details: s390Note({
      en: 'The same switch as writing to /sys/devices/system/cpu/dispatching. Needs CONFIG_SCHED_TOPOLOGY.',
      zh: '与写 /sys/devices/system/cpu/dispatching 效果相同。需要 CONFIG_SCHED_TOPOLOGY。',
    }),
  },
  {
    key: 's390.hiperdispatch',
    type: 'bool',
    default: null,
    defaultNote: {
      en: '1 with CONFIG_HIPERDISPATCH_ON (on by default) where the machine supports CPU topology, otherwise 0; writing 1 on a machine without topology support leaves it 0.',
      zh: '在支持 CPU 拓扑的机器上，启用 CONFIG_HIPERDISPATCH_ON（默认启用）时为 1，否则为 0；在不支持拓扑的机器上写 1 也仍为 0。',
    },
    values: offOn(OFF, { en: 'Adapt the CPUs used to the capacity the hypervisor grants.', zh: '根据虚拟化层分配的算力调整所用的 CPU。' }),
    perNamespace: false,
    related: ['s390.polarization', 's390.topology'],
    summary: {
      en: 'Whether Linux on IBM Z uses vertical polarization to keep work on the CPUs with dedicated capacity, and leaves the shared ones idle when they are starved.',
      zh: 'IBM Z 上的 Linux 是否借助垂直极化把任务集中在有专用算力的 CPU 上，并在共享 CPU 算力不足时让其空闲。',
    },
    details: s390Note({
      en: 'Needs CONFIG_SCHED_TOPOLOGY.',
      zh: '需要 CONFIG_SCHED_TOPOLOGY。',
    }),
  },
  {
    key: 's390dbf.debug_active',
    type: 'bool',
    default: '1',
    values: offOn({ en: 'Record nothing.', zh: '不再记录。' }, { en: 'Record into the debug logs (default).', zh: '写入调试日志（默认）。' }),
    perNamespace: false,
    related: ['s390dbf.debug_stoppable'],
    summary: {
      en: 'Whether the s390 debug feature (s390dbf) records into its in-memory debug logs.',
      zh: 's390 调试功能（s390dbf）是否向内存中的调试日志写入记录。',
    },
    details: s390Note({
      en: 'Can be turned off only while `s390dbf.debug_stoppable` is 1; turning it back on always works. An oops turns it off when stoppable.',
      zh: '只有 `s390dbf.debug_stoppable` 为 1 时才能关闭；重新开启总是可以。允许停止时，内核 oops 会自动关闭它。',
    }),
  },
  {
    key: 's390dbf.debug_stoppable',
    type: 'bool',
    default: '1',
    values: offOn({ en: 'The debug logs keep recording, even after an oops.', zh: '调试日志一直记录，oops 之后也不停止。' }, { en: 'An oops or a write of 0 to `debug_active` stops them (default).', zh: '内核 oops 或向 `debug_active` 写 0 会停止记录（默认）。' }),
    perNamespace: false,
    related: ['s390dbf.debug_active'],
    summary: {
      en: 'Whether the s390 debug logs may be stopped, by an oops or through `s390dbf.debug_active`.',
      zh: '是否允许停止 s390 调试日志（通过内核 oops 或 `s390dbf.debug_active`）。',
    },
    details: s390Note({
      en: 'Stopping at an oops keeps the entries that led up to it for a dump.',
      zh: '在 oops 时停止记录，可以为转储保留出错前的记录。',
    }),
  },
  {
    key: 'tile.unaligned_fixup.enabled',
    type: 'bool',
    default: '1',
    values: offOn({ en: 'Send SIGBUS to the program.', zh: '向程序发送 SIGBUS。' }, { en: 'Emulate the access (default).', zh: '模拟完成这次访问（默认）。' }),
    removedIn: '4.17',
    perNamespace: false,
    related: ['tile.unaligned_fixup.printk', 'tile.unaligned_fixup.count'],
    summary: {
      en: 'Whether the Tile kernel emulates unaligned memory accesses of user programs or kills them with SIGBUS.',
      zh: 'Tile 内核是模拟用户程序的非对齐内存访问，还是用 SIGBUS 终止程序。',
    },
    details: {
      en: `The \`unaligned_fixup=\` boot parameter sets it too. ${archOnly(TILE, TILE_GONE).en}`,
      zh: `启动参数 \`unaligned_fixup=\` 也可以设置它。${archOnly(TILE, TILE_GONE).zh}`,
    },
  },
  {
    key: 'tile.unaligned_fixup.printk',
    type: 'bool',
    default: '0',
    values: offOn(OFF, { en: 'Log each emulated access.', zh: '记录每次模拟的访问。' }),
    removedIn: '4.17',
    perNamespace: false,
    related: ['tile.unaligned_fixup.enabled'],
    summary: {
      en: 'Whether the Tile kernel logs each unaligned access it emulates.',
      zh: 'Tile 内核是否记录它模拟的每次非对齐访问。',
    },
    details: {
      en: `The \`unaligned_printk=\` boot parameter sets it too. ${archOnly(TILE, TILE_GONE).en}`,
      zh: `启动参数 \`unaligned_printk=\` 也可以设置它。${archOnly(TILE, TILE_GONE).zh}`,
    },
  },
  {
    key: 'tile.unaligned_fixup.count',
    type: 'int',
    default: '0',
    range: { min: 0 },
    removedIn: '4.17',
    perNamespace: false,
    related: ['tile.unaligned_fixup.enabled'],
    summary: {
      en: 'How many unaligned accesses the Tile kernel has emulated since boot.',
      zh: 'Tile 内核自开机以来模拟的非对齐访问次数。',
    },
    details: {
      en: `A counter; write 0 to reset it. ${archOnly(TILE, TILE_GONE).en}`,
      zh: `这是计数器，写 0 可清零。${archOnly(TILE, TILE_GONE).zh}`,
    },
  },
];
