import type { SysctlKeyDoc } from '../types';

/**
 * Two keys hardening guides always set whose presence depends on the build: the Yama security module
 * (security/yama/yama_lsm.c, CONFIG_SECURITY_YAMA) and the magic SysRq key (drivers/tty/sysrq.c in
 * current kernels, kernel/sysctl.c before; CONFIG_MAGIC_SYSRQ, default from
 * CONFIG_MAGIC_SYSRQ_DEFAULT_ENABLE). Bit values from Documentation/admin-guide/sysrq.rst and
 * Documentation/admin-guide/LSM/Yama.rst, restated.
 */
export const HARDENING_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.yama.ptrace_scope',
    type: 'enum',
    default: '1',
    defaultNote: {
      en: 'A mainline kernel with Yama starts at 1. Debian patches its kernel to start at 0 (yama-disable-by-default.patch); Fedora and RHEL keep the kernel\'s 1 but set 0 at boot (10-default-yama-scope.conf from elfutils); Ubuntu keeps 1 (its 10-ptrace.conf sets 1 again). Without Yama the key does not exist and ptrace follows the classic rules.',
      zh: '带 Yama 的主线内核初始值为 1。Debian 给自己的内核打了补丁，初始值改为 0（yama-disable-by-default.patch）；Fedora 和 RHEL 的内核仍是 1，但开机时会改成 0（elfutils 提供的 10-default-yama-scope.conf）；Ubuntu 保持 1（它的 10-ptrace.conf 再次设为 1）。没有 Yama 的内核没有这个参数，ptrace 按传统规则处理。',
    },
    values: [
      { value: '0', meaning: { en: 'Classic: a process may trace any process of the same user that is dumpable.', zh: '传统规则：进程可以跟踪同一用户下任何可转储的进程。' } },
      { value: '1', meaning: { en: 'Restricted: only descendants, or processes that allowed it with PR_SET_PTRACER, may be traced without CAP_SYS_PTRACE.', zh: '受限：没有 CAP_SYS_PTRACE 时，只能跟踪自己的子孙进程，或通过 PR_SET_PTRACER 明确允许的进程。' } },
      { value: '2', meaning: { en: 'Admin only: attaching needs CAP_SYS_PTRACE.', zh: '仅管理员：附加需要 CAP_SYS_PTRACE。' } },
      { value: '3', meaning: { en: 'No attaching at all; cannot be lowered again until reboot.', zh: '完全禁止附加；设置后直到重启都不能再调低。' } },
    ],
    perNamespace: false,
    related: ['fs.suid_dumpable'],
    summary: {
      en: 'Who may attach to a running process with ptrace: debuggers, strace, and anything reading another process\'s memory.',
      zh: '谁可以用 ptrace 附加到正在运行的进程：调试器、strace，以及任何读取其他进程内存的工具。',
    },
    details: {
      en:
        'Whole machine. With 1, `gdb -p`, `strace -p` and profilers attached to an already running process fail with "Operation not permitted" for normal users, while starting a program under the debugger still works. Java tools (`jstack`, `jcmd` attach), crash reporters and some APM agents hit this.\n\n' +
        '- Containers: Docker and Kubernetes add CAP_SYS_PTRACE only when asked (`--cap-add SYS_PTRACE`), and the setting of the host applies inside.\n' +
        '- 3 is for hardened hosts that never debug in production; it needs a reboot to undo.',
      zh:
        '作用于整台机器。取 1 时，普通用户用 `gdb -p`、`strace -p` 或性能分析工具附加到已在运行的进程会报 "Operation not permitted"，而在调试器里直接启动程序仍然可以。Java 工具（`jstack`、`jcmd` 的 attach）、崩溃收集器和一些 APM 探针都会受影响。\n\n' +
        '- 容器：Docker 和 Kubernetes 只在显式要求时才添加 CAP_SYS_PTRACE（`--cap-add SYS_PTRACE`），宿主机的这个设置在容器内同样生效。\n' +
        '- 3 适用于生产环境从不调试的加固主机；要撤销只能重启。',
    },
  },
  {
    key: 'kernel.sysrq',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'Set by the build (CONFIG_MAGIC_SYSRQ_DEFAULT_ENABLE, 1 in mainline) and often changed at boot: systemd\'s 50-default.conf sets 16 (sync only), Ubuntu\'s 10-magic-sysrq.conf 176.',
      zh: '由编译选项决定（CONFIG_MAGIC_SYSRQ_DEFAULT_ENABLE，主线为 1），开机时还常被改掉：systemd 的 50-default.conf 设为 16（只允许 sync），Ubuntu 的 10-magic-sysrq.conf 设为 176。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.panic'],
    summary: {
      en: 'Which magic SysRq functions the keyboard (Alt+SysRq) and a serial or hypervisor console (BREAK) may trigger: 0 none, 1 all, or a sum of bits.',
      zh: '键盘（Alt+SysRq）以及串口或虚拟化控制台（BREAK）可以触发哪些魔术 SysRq 功能：0 全部禁止，1 全部允许，或各功能位之和。',
    },
    details: {
      en:
        'Whole machine. Bits: 2 console log level, 4 keyboard control (SAK, unraw), 8 debugging dumps of processes, 16 sync, 32 remount read-only, 64 signalling processes (term, kill, OOM kill), 128 reboot and power off, 256 real-time task nicing.\n\n' +
        '- It limits the keyboard and the BREAK sequence of serial and hypervisor consoles (IPMI serial-over-LAN among them); root can always trigger every function through `/proc/sysrq-trigger` (e.g. `echo w > /proc/sysrq-trigger` to list blocked tasks), whatever this value says.\n' +
        '- On servers reached over a serial console or IPMI, 176 (sync, remount, reboot) or 1 help recover a hung machine; hardening guides often ask for 0.',
      zh:
        '作用于整台机器。各位含义：2 控制台日志级别，4 键盘控制（SAK、unraw），8 进程调试转储，16 sync，32 只读重新挂载，64 向进程发信号（term、kill、OOM kill），128 重启和关机，256 调整实时任务的 nice 值。\n\n' +
        '- 它限制的是键盘以及串口和虚拟化控制台的 BREAK 序列（包括 IPMI 串口重定向）；无论取值如何，root 都能通过 `/proc/sysrq-trigger` 触发全部功能（例如 `echo w > /proc/sysrq-trigger` 列出阻塞的任务）。\n' +
        '- 通过串口控制台或 IPMI 管理的服务器，设为 176（sync、重新挂载、重启）或 1 有助于挽救卡死的机器；加固指南通常要求设为 0。',
    },
  },
];
