import type { SysctlKeyDoc } from '../types';

/** Limits on processes and threads: what a thread-per-connection server runs into. */
const TASK_LIMIT_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.pid_max',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'The larger of 32768 and 1024 per possible CPU (32768 on a 2-CPU test machine); systemd raises it to 4194304 on 64-bit systems.',
      zh: '取 32768 与“每个可能的 CPU 1024 个”中较大者（2 CPU 测试机上为 32768）；systemd 在 64 位系统上会调到 4194304。',
    },
    range: { min: 301, max: 4194304 },
    perNamespace: false,
    related: ['kernel.threads-max'],
    summary: {
      en: 'Highest process ID plus one; every thread takes a PID, so it caps the number of threads on the machine.',
      zh: '最大进程 ID 加一；每个线程都占一个 PID，所以它限制了整台机器的线程总数。',
    },
    details: {
      en:
        'Up to Linux 6.13 one value for the whole machine. Since 6.14 each PID namespace has its own, and a new one starts at the 4194304 maximum; a PID is only handed out if it fits under the limit of every namespace above as well, so a container never gets past the host\'s value. Servers that use a thread per connection (Java thread pools, MySQL without a thread pool, Apache `worker`, many RPC frameworks) consume one PID per connection, so a connection surge on a default 32768 host can exhaust PIDs.\n\n' +
        '- Symptoms: `fork()`/`clone()` fail with EAGAIN ("Resource temporarily unavailable"), Java logs "unable to create native thread", shells cannot start commands.\n' +
        '- Count threads with `ps -eLf | wc -l` or the fourth field of `/proc/loadavg`. Also check the other caps: `kernel.threads-max`, `ulimit -u` (RLIMIT_NPROC, per user), cgroup `pids.max` and systemd `TasksMax=`.\n' +
        '- 4194304 is the 64-bit maximum and costs almost nothing; PIDs with more digits only affect tools that assume five.',
      zh:
        '到 Linux 6.13 为止是整台机器一个值。从 6.14 起每个 PID 命名空间各有一个，新建的命名空间从上限 4194304 开始；但分配 PID 时还要满足所有上层命名空间的限制，所以容器无论怎么设，也超不过宿主机的值。每个连接一个线程的服务器（Java 线程池、未启用线程池的 MySQL、Apache `worker`、很多 RPC 框架）每个连接都要消耗一个 PID，默认 32768 的主机在连接暴涨时可能把 PID 用光。\n\n' +
        '- 症状：`fork()`/`clone()` 以 EAGAIN（"Resource temporarily unavailable"）失败，Java 报 "unable to create native thread"，shell 无法执行命令。\n' +
        '- 用 `ps -eLf | wc -l` 或 `/proc/loadavg` 的第四个字段统计线程数。还要检查其他上限：`kernel.threads-max`、`ulimit -u`（RLIMIT_NPROC，按用户）、cgroup 的 `pids.max` 以及 systemd 的 `TasksMax=`。\n' +
        '- 4194304 是 64 位系统的上限，几乎没有代价；PID 位数变多只会影响假定五位数的工具。',
    },
  },
  {
    key: 'kernel.threads-max',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'Computed at boot so that thread structures use at most 1/8 of RAM (192730 on a 24 GiB test machine).',
      zh: '开机时按“线程结构最多占内存的 1/8”计算（在一台 24 GiB 内存的测试机上为 192730）。',
    },
    range: { min: 20, max: 1073741823 },
    perNamespace: false,
    related: ['kernel.pid_max', 'user.max_user_namespaces'],
    summary: {
      en: 'System-wide maximum number of threads (tasks) that `fork()` and `clone()` may create.',
      zh: '`fork()` 和 `clone()` 能创建的线程（任务）总数上限，作用于全系统。',
    },
    details: {
      en:
        'Whole machine. Beyond it `fork()` and `pthread_create()` fail with EAGAIN. It rarely binds before `kernel.pid_max` on large machines, but on small VMs it can. Its value also sets the default RLIMIT_NPROC (half of it) and the `user.max_*_namespaces` limits.\n\n' +
        '- Current number of tasks: `ps -eLf | wc -l`.',
      zh:
        '作用于整台机器。超过后 `fork()` 和 `pthread_create()` 以 EAGAIN 失败。大内存机器上它很少先于 `kernel.pid_max` 触顶，但在小规格虚拟机上可能先到。它的一半还被用作默认的 RLIMIT_NPROC 以及 `user.max_*_namespaces` 限制。\n\n' +
        '- 当前任务数：`ps -eLf | wc -l`。',
    },
  },
  {
    key: 'kernel.ngroups_max',
    type: 'int',
    default: '65536',
    perNamespace: false,
    related: ['kernel.overflowuid'],
    summary: {
      en: 'Read-only: maximum number of supplementary groups a process may belong to.',
      zh: '只读：一个进程最多可以属于的附加组数。',
    },
    details: {
      en: 'Whole machine, fixed at build time. NFS with AUTH_SYS still sends only 16 groups per request, a separate and much lower limit.',
      zh: '作用于整台机器，构建时固定。使用 AUTH_SYS 的 NFS 每个请求仍只发送 16 个组，这是另一个低得多的限制。',
    },
  },
  {
    key: 'kernel.cap_last_cap',
    type: 'int',
    default: '40',
    defaultChanges: [
      { version: '3.16', from: '36', to: '37' },
      { version: '5.8', from: '37', to: '39' },
      { version: '5.9', from: '39', to: '40' },
    ],
    perNamespace: false,
    related: ['kernel.usermodehelper.bset'],
    summary: {
      en: 'Read-only: number of the highest capability the running kernel knows.',
      zh: '只读：当前内核所知的最大能力（capability）编号。',
    },
    details: {
      en:
        'Whole machine. Container runtimes and `capsh` read it to build full capability sets. 40 is CAP_CHECKPOINT_RESTORE; CAP_PERFMON (38) and CAP_BPF (39) arrived just before it.',
      zh:
        '作用于整台机器。容器运行时和 `capsh` 读取它来构造完整的能力集合。40 是 CAP_CHECKPOINT_RESTORE；CAP_PERFMON（38）和 CAP_BPF（39）在它之前不久加入。',
    },
  },
  {
    key: 'kernel.overflowuid',
    type: 'int',
    default: '65534',
    range: { min: 0, max: 65535 },
    perNamespace: false,
    related: ['kernel.overflowgid', 'fs.overflowuid'],
    summary: {
      en: 'UID reported by 16-bit system calls when the real UID does not fit in 16 bits.',
      zh: '16 位系统调用在真实 UID 超出 16 位时返回的 UID。',
    },
    details: {
      en: 'Whole machine. Appears as `nobody`; user namespaces also show unmapped IDs this way.',
      zh: '作用于整台机器。显示为 `nobody`；用户命名空间中未映射的 ID 也这样显示。',
    },
  },
  {
    key: 'kernel.overflowgid',
    type: 'int',
    default: '65534',
    range: { min: 0, max: 65535 },
    perNamespace: false,
    related: ['kernel.overflowuid', 'fs.overflowgid'],
    summary: {
      en: 'GID reported by 16-bit system calls when the real GID does not fit in 16 bits.',
      zh: '16 位系统调用在真实 GID 超出 16 位时返回的 GID。',
    },
    details: {
      en: 'Whole machine. Appears as `nogroup`; user namespaces also show unmapped groups this way.',
      zh: '作用于整台机器。显示为 `nogroup`；用户命名空间中未映射的组也这样显示。',
    },
  },
];

/** System V IPC limits, tuned for databases (Oracle, PostgreSQL before 9.3, SAP). */
const IPC_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.shmmax',
    type: 'int',
    unit: 'bytes',
    default: '18446744073692774399',
    defaultChanges: [{ version: '3.16', from: '33554432', to: '18446744073692774399' }],
    perNamespace: false,
    related: ['kernel.shmall', 'kernel.shmmni', 'vm.hugetlb_shm_group'],
    summary: {
      en: 'Largest System V shared memory segment one `shmget()` may create.',
      zh: '单次 `shmget()` 能创建的 System V 共享内存段的最大字节数。',
    },
    details: {
      en:
        'Per IPC namespace. Since 3.16 the default is practically unlimited (ULONG_MAX minus 16 MiB), so old installation guides that "raise" it to a few GiB actually lower it.\n\n' +
        '- Too small a value makes `shmget()` fail with EINVAL; databases such as Oracle then refuse to start. Inspect segments with `ipcs -m`.',
      zh:
        '按 IPC 命名空间生效。从 3.16 起默认值几乎不设限（ULONG_MAX 减 16 MiB），所以旧安装手册里把它“调大”到几 GiB，实际上是调小了。\n\n' +
        '- 设得太小会让 `shmget()` 以 EINVAL 失败，Oracle 等数据库因此无法启动。用 `ipcs -m` 查看共享内存段。',
    },
  },
  {
    key: 'kernel.shmall',
    type: 'int',
    unit: 'pages',
    default: '18446744073692774399',
    defaultChanges: [{ version: '3.16', from: '2097152', to: '18446744073692774399' }],
    perNamespace: false,
    related: ['kernel.shmmax', 'kernel.shmmni'],
    summary: {
      en: 'Total System V shared memory, in pages, that may exist at once.',
      zh: '同时可存在的 System V 共享内存总量，单位为页。',
    },
    details: {
      en:
        'Per IPC namespace. Counted in pages (4 KiB on x86-64), not bytes, a frequent mistake when copying values between hosts. The default is practically unlimited since 3.16.\n\n' +
        '- When exceeded `shmget()` fails with ENOSPC. Compare with `ipcs -mu`.',
      zh:
        '按 IPC 命名空间生效。单位是页（x86-64 上为 4 KiB）而不是字节，在主机之间照抄数值时经常弄错。从 3.16 起默认值几乎不设限。\n\n' +
        '- 超过时 `shmget()` 以 ENOSPC 失败。可与 `ipcs -mu` 的结果对照。',
    },
  },
  {
    key: 'kernel.shmmni',
    type: 'int',
    unit: 'entries',
    default: '4096',
    range: { min: 0, max: 32768 },
    perNamespace: false,
    related: ['kernel.shmmax', 'kernel.shmall'],
    summary: {
      en: 'Maximum number of System V shared memory segments.',
      zh: 'System V 共享内存段的数量上限。',
    },
    details: {
      en: 'Per IPC namespace. `shmget()` fails with ENOSPC at the limit; leaked segments from crashed programs (`ipcs -m`, owner gone, `nattch` 0) are a common cause.',
      zh: '按 IPC 命名空间生效。达到上限时 `shmget()` 以 ENOSPC 失败；常见原因是崩溃程序遗留的共享内存段（`ipcs -m` 中属主已不存在、`nattch` 为 0）。',
    },
  },
  {
    key: 'kernel.shm_rmid_forced',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Segments persist until explicitly removed (default).', zh: '共享内存段一直保留，直到被显式删除（默认）。' } },
      { value: '1', meaning: { en: 'Segments are destroyed when no process is attached any more.', zh: '没有进程挂接时自动销毁共享内存段。' } },
    ],
    perNamespace: false,
    related: ['kernel.shmmni'],
    summary: {
      en: 'Whether System V shared memory segments are destroyed automatically once nobody uses them.',
      zh: '无人使用的 System V 共享内存段是否自动销毁。',
    },
    details: {
      en: 'Per IPC namespace. 1 prevents leaks but breaks programs that create a segment and expect it to survive until another process attaches.',
      zh: '按 IPC 命名空间生效。设为 1 可防止泄漏，但会影响那些先创建段、期望它保留到其他进程挂接的程序。',
    },
  },
  {
    key: 'kernel.sem',
    type: 'int-list',
    items: 4,
    default: '32000\t1024000000\t500\t32000',
    defaultChanges: [{ version: '3.19', from: '250\t32000\t32\t128', to: '32000\t1024000000\t500\t32000' }],
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.msgmni', 'kernel.shmmni'],
    summary: {
      en: 'System V semaphore limits: SEMMSL (per set), SEMMNS (total), SEMOPM (per semop call), SEMMNI (number of sets).',
      zh: 'System V 信号量限制：SEMMSL（每组）、SEMMNS（总数）、SEMOPM（每次 semop 操作数）、SEMMNI（组数）。',
    },
    details: {
      en:
        'Per IPC namespace. Oracle, SAP and older PostgreSQL (semaphores per connection) have documented minimums; since 3.19 the defaults exceed them, so copying an old `250 32000 100 128` line into `sysctl.conf` lowers the limits.\n\n' +
        '- Exhaustion shows as `semget()` failing with ENOSPC ("No space left on device") at database start or when connections are added; check `ipcs -s` and `ipcs -ls`.',
      zh:
        '按 IPC 命名空间生效。Oracle、SAP 和较老的 PostgreSQL（每个连接使用信号量）都有文档规定的最低值；3.19 起默认值已超过这些要求，把旧的 `250 32000 100 128` 照抄进 `sysctl.conf` 反而会降低上限。\n\n' +
        '- 耗尽时表现为数据库启动或新增连接时 `semget()` 以 ENOSPC（"No space left on device"）失败；用 `ipcs -s`、`ipcs -ls` 查看。',
    },
  },
  {
    key: 'kernel.msgmax',
    type: 'int',
    unit: 'bytes',
    default: '8192',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.msgmnb', 'kernel.msgmni'],
    summary: {
      en: 'Largest single message on a System V message queue.',
      zh: 'System V 消息队列中单条消息的最大字节数。',
    },
    details: {
      en: 'Per IPC namespace. `msgsnd()` of a larger message fails with EINVAL. Keep it no larger than `kernel.msgmnb`.',
      zh: '按 IPC 命名空间生效。发送更大的消息时 `msgsnd()` 以 EINVAL 失败。不应大于 `kernel.msgmnb`。',
    },
  },
  {
    key: 'kernel.msgmnb',
    type: 'int',
    unit: 'bytes',
    default: '16384',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.msgmax', 'kernel.msgmni'],
    summary: {
      en: 'Default maximum number of bytes queued on one System V message queue.',
      zh: '单个 System V 消息队列默认可容纳的最大字节数。',
    },
    details: {
      en: 'Per IPC namespace. A full queue blocks `msgsnd()` (or returns EAGAIN with IPC_NOWAIT); watch `ipcs -q` for queues whose used bytes sit at the limit.',
      zh: '按 IPC 命名空间生效。队列满时 `msgsnd()` 阻塞（带 IPC_NOWAIT 则返回 EAGAIN）；用 `ipcs -q` 查看已用字节数停在上限的队列。',
    },
  },
  {
    key: 'kernel.msgmni',
    type: 'int',
    unit: 'entries',
    default: '32000',
    range: { min: 0, max: 32768 },
    perNamespace: false,
    related: ['kernel.msgmax', 'kernel.msgmnb', 'kernel.auto_msgmni'],
    summary: {
      en: 'Maximum number of System V message queues.',
      zh: 'System V 消息队列的数量上限。',
    },
    details: {
      en: 'Per IPC namespace. A fixed 32000 since 3.19; older kernels scaled it with RAM. `msgget()` fails with ENOSPC at the limit.',
      zh: '按 IPC 命名空间生效。3.19 起固定为 32000，更早的内核按内存大小计算。达到上限时 `msgget()` 以 ENOSPC 失败。',
    },
  },
  {
    key: 'kernel.auto_msgmni',
    type: 'int',
    default: '0',
    range: { min: 0, max: 1 },
    perNamespace: false,
    related: ['kernel.msgmni'],
    summary: {
      en: 'Obsolete: once made `kernel.msgmni` follow memory size; kept only so old scripts do not fail.',
      zh: '已废弃：曾用于让 `kernel.msgmni` 随内存大小变化；保留只是为了不让旧脚本出错。',
    },
    details: {
      en: 'Per IPC namespace. Any write (0 or 1) is accepted and thrown away, so it always reads 0; the first write after boot only logs an informational line saying it has no effect. `kernel.msgmni` no longer changes by itself.',
      zh: '按 IPC 命名空间生效。写入任何值（0 或 1）都会被接受然后直接丢弃，读出来始终是 0；开机后第一次写入只会在日志里打一条 info 级别的提示，说明写入不起作用。`kernel.msgmni` 不再自动变化。',
    },
  },
];

/** Panic, oops and NMI policy: whether a fault stops the machine and whether it reboots. */
const PANIC_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.panic',
    type: 'int',
    unit: 'seconds',
    default: null,
    defaultNote: {
      en: 'CONFIG_PANIC_TIMEOUT, 0 in most kernels, unless the boot parameter `panic=` overrides it (the test machine boots with `panic=1`).',
      zh: '取 CONFIG_PANIC_TIMEOUT，多数内核为 0，除非启动参数 `panic=` 覆盖（测试机以 `panic=1` 启动）。',
    },
    perNamespace: false,
    related: ['kernel.panic_on_oops', 'kernel.panic_on_warn', 'kernel.softlockup_panic', 'kernel.hung_task_panic', 'vm.panic_on_oom'],
    summary: {
      en: 'Seconds to wait before rebooting after a kernel panic; 0 hangs forever, a negative value reboots at once.',
      zh: '内核 panic 后等待多少秒再重启；0 表示一直挂起，负数表示立即重启。',
    },
    details: {
      en:
        'Whole machine. With 0 a panicked server stays dead until someone power-cycles it; fleets usually set 10–60 so nodes come back and rejoin the load balancer, and pair it with kdump to keep the crash evidence.\n\n' +
        '- The `panic_on_*` keys decide which faults become panics; this key decides what happens next.',
      zh:
        '作用于整台机器。设为 0 时，panic 的服务器会一直停在那里，直到有人断电重启；集群通常设为 10–60，让节点自动恢复并重新加入负载均衡，同时配合 kdump 保留崩溃现场。\n\n' +
        '- `panic_on_*` 系列参数决定哪些故障升级为 panic，本参数决定 panic 之后怎么办。',
    },
  },
  {
    key: 'kernel.panic_on_oops',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Kill the faulting task and try to keep running (default).', zh: '杀掉出错的任务，尝试继续运行（默认）。' } },
      { value: '1', meaning: { en: 'Panic on any oops.', zh: '任何 oops 都触发 panic。' } },
    ],
    perNamespace: false,
    related: ['kernel.panic', 'kernel.oops_limit', 'kernel.panic_on_warn'],
    summary: {
      en: 'Whether a kernel oops (a caught kernel bug) panics the machine.',
      zh: '内核 oops（被捕获的内核缺陷）是否让机器 panic。',
    },
    details: {
      en:
        'Whole machine. After an oops the kernel may hold broken locks or corrupted state, so a server can keep answering pings while its network stack or storage is wedged. Many production fleets set 1 together with `kernel.panic` > 0 to turn that into a clean reboot.',
      zh:
        '作用于整台机器。oops 之后内核可能持有损坏的锁或处于错误状态，服务器可能还能回应 ping，但网络协议栈或存储已经卡死。很多生产集群把它设为 1，并配合 `kernel.panic` > 0，将这种情况变成一次干净的重启。',
    },
  },
  {
    key: 'kernel.panic_on_warn',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Log the warning and continue (default).', zh: '记录警告后继续运行（默认）。' } },
      { value: '1', meaning: { en: 'Panic on any kernel WARN.', zh: '任何内核 WARN 都触发 panic。' } },
    ],
    perNamespace: false,
    related: ['kernel.panic', 'kernel.warn_limit', 'kernel.panic_on_oops'],
    summary: {
      en: 'Whether a kernel WARN() (a suspicious but survivable condition) panics the machine.',
      zh: '内核 WARN()（可疑但可继续运行的情况）是否让机器 panic。',
    },
    details: {
      en: 'Whole machine. Used by fuzzers and some hardened setups; in production it turns harmless driver warnings into outages, so keep 0.',
      zh: '作用于整台机器。模糊测试和部分加固环境会使用；在生产环境中它会把无害的驱动警告变成宕机，应保持 0。',
    },
  },
  {
    key: 'kernel.oops_limit',
    type: 'int',
    default: '10000',
    range: { min: 0 },
    since: '6.2',
    perNamespace: false,
    related: ['kernel.panic_on_oops', 'kernel.warn_limit'],
    summary: {
      en: 'Number of oopses after which the kernel panics even when `kernel.panic_on_oops` is 0; 0 means no limit.',
      zh: 'oops 次数达到该值后，即使 `kernel.panic_on_oops` 为 0 也会 panic；0 表示不限制。',
    },
    details: {
      en: 'Whole machine. Guards against attacks that trigger the same bug over and over to overflow reference counts.',
      zh: '作用于整台机器。用于防范反复触发同一缺陷以造成引用计数溢出的攻击。',
    },
  },
  {
    key: 'kernel.warn_limit',
    type: 'int',
    default: '0',
    range: { min: 0 },
    since: '6.2',
    perNamespace: false,
    related: ['kernel.panic_on_warn', 'kernel.oops_limit'],
    summary: {
      en: 'Number of kernel warnings after which the kernel panics; 0 (default) means no limit.',
      zh: '内核警告次数达到该值后 panic；0（默认）表示不限制。',
    },
    details: {
      en: 'Whole machine. A softer alternative to `kernel.panic_on_warn`.',
      zh: '作用于整台机器。是 `kernel.panic_on_warn` 的温和替代方案。',
    },
  },
  {
    key: 'kernel.panic_print',
    type: 'int',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.panic_sys_info', 'kernel.panic'],
    summary: {
      en: 'Bit mask of extra information (tasks, memory, timers, locks, ftrace buffer, all CPUs\' backtraces) printed on panic.',
      zh: 'panic 时额外打印的信息位掩码（任务、内存、定时器、锁、ftrace 缓冲区、所有 CPU 的调用栈）。',
    },
    details: {
      en: 'Whole machine. Useful with a serial or network console when kdump is not available; the bits are listed in the kernel\'s admin guide.',
      zh: '作用于整台机器。在没有 kdump、只有串口或网络控制台时很有用；各位的含义见内核管理员文档。',
    },
  },
  {
    key: 'kernel.panic_sys_info',
    type: 'string',
    default: '',
    perNamespace: false,
    related: ['kernel.panic_print'],
    summary: {
      en: 'Comma-separated names of the reports to print on panic; a readable form of `kernel.panic_print`.',
      zh: 'panic 时要打印的报告名称，以逗号分隔；是 `kernel.panic_print` 的可读形式。',
    },
    details: {
      en: 'Whole machine, recent kernels only. Empty (default) prints nothing extra.',
      zh: '作用于整台机器，仅较新的内核提供。为空（默认）时不额外打印。',
    },
  },
  {
    key: 'kernel.oops_all_cpu_backtrace',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Print only the faulting CPU\'s backtrace (default).', zh: '只打印出错 CPU 的调用栈（默认）。' } },
      { value: '1', meaning: { en: 'Also print every other CPU\'s backtrace on oops.', zh: 'oops 时还打印所有其他 CPU 的调用栈。' } },
    ],
    perNamespace: false,
    related: ['kernel.panic_on_oops'],
    summary: {
      en: 'Whether an oops also dumps the backtraces of all CPUs.',
      zh: 'oops 时是否同时输出所有 CPU 的调用栈。',
    },
    details: {
      en: 'Whole machine. Helps with bugs caused by another CPU holding a lock.',
      zh: '作用于整台机器。有助于分析由其他 CPU 持有锁导致的问题。',
    },
  },
  {
    key: 'kernel.panic_on_rcu_stall',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Only report RCU stalls (default).', zh: '只报告 RCU 停滞（默认）。' } },
      { value: '1', meaning: { en: 'Panic when an RCU stall is detected.', zh: '检测到 RCU 停滞时 panic。' } },
    ],
    perNamespace: false,
    related: ['kernel.max_rcu_stall_to_panic', 'kernel.panic'],
    summary: {
      en: 'Whether an RCU CPU stall warning panics the machine.',
      zh: 'RCU CPU 停滞警告是否让机器 panic。',
    },
    details: {
      en:
        'Whole machine. "rcu_sched self-detected stall" messages often come from a CPU stuck in softirq, for example a NIC driver looping under a packet flood, or from a starved virtual machine.',
      zh:
        '作用于整台机器。"rcu_sched self-detected stall" 消息常见于 CPU 卡在软中断中（例如网卡驱动在包洪泛下循环处理），或虚拟机得不到调度。',
    },
  },
  {
    key: 'kernel.max_rcu_stall_to_panic',
    type: 'int',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.panic_on_rcu_stall'],
    summary: {
      en: 'With `kernel.panic_on_rcu_stall`, the RCU stall warning (counted since boot) on which the kernel panics: 3 panics on the third.',
      zh: '启用 `kernel.panic_on_rcu_stall` 时，在第几次 RCU 停滞警告（自开机起累计）时 panic：设为 3 即在第三次时 panic。',
    },
    details: {
      en: 'Whole machine. 0 and 1 both panic on the first stall.',
      zh: '作用于整台机器。0 和 1 都表示第一次停滞就 panic。',
    },
  },
  {
    key: 'kernel.unknown_nmi_panic',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Log unknown NMIs (default).', zh: '只记录未知 NMI（默认）。' } },
      { value: '1', meaning: { en: 'Panic on an NMI no handler claims, e.g. a BMC "diagnostic interrupt".', zh: '没有处理程序认领的 NMI（如 BMC 发出的“诊断中断”）触发 panic。' } },
    ],
    perNamespace: false,
    related: ['kernel.panic_on_unrecovered_nmi', 'kernel.panic_on_io_nmi'],
    summary: {
      en: 'Whether an unknown NMI panics the machine, so an operator can force a crash dump from the BMC.',
      zh: '未知 NMI 是否让机器 panic，便于运维通过 BMC 强制生成崩溃转储。',
    },
    details: {
      en: 'Whole machine. Set 1 with kdump so `ipmitool chassis power diag` on a hung server produces a vmcore.',
      zh: '作用于整台机器。配合 kdump 设为 1 后，对挂死的服务器执行 `ipmitool chassis power diag` 即可得到 vmcore。',
    },
  },
  {
    key: 'kernel.panic_on_unrecovered_nmi',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Log and continue (default).', zh: '记录后继续运行（默认）。' } },
      { value: '1', meaning: { en: 'Panic on a PCI SERR NMI and on any NMI no handler claims.', zh: 'PCI SERR 类 NMI 以及任何无人认领的 NMI 都触发 panic。' } },
    ],
    perNamespace: false,
    related: ['kernel.unknown_nmi_panic', 'kernel.panic_on_io_nmi'],
    summary: {
      en: 'x86: whether a PCI system error (SERR) NMI panics the machine; 1 also panics on every unknown NMI, as `kernel.unknown_nmi_panic` does.',
      zh: 'x86：PCI 系统错误（SERR）触发的 NMI 是否让机器 panic；设为 1 时，任何未知 NMI 也会 panic，效果同 `kernel.unknown_nmi_panic`。',
    },
    details: {
      en: 'Whole machine. A SERR NMI reports a hardware error on the PCI bus, and continuing after it risks silent data corruption; hosts that would rather stop (and take a kdump) set 1. Memory ECC errors are not covered: on x86 they arrive as machine checks (MCE), which the machine-check code handles whatever this key says.',
      zh: '作用于整台机器。SERR 类 NMI 表示 PCI 总线上出现了硬件错误，出错后继续运行有静默数据损坏的风险；宁可停机（并通过 kdump 留下转储）的主机会设为 1。内存 ECC 错误不在此列：x86 上它们以机器检查异常（MCE）的形式上报，由 MCE 代码处理，与这个参数无关。',
    },
  },
  {
    key: 'kernel.panic_on_io_nmi',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Log and continue (default).', zh: '记录后继续运行（默认）。' } },
      { value: '1', meaning: { en: 'Panic on an I/O channel check NMI.', zh: 'I/O 通道检查 NMI 触发 panic。' } },
    ],
    perNamespace: false,
    related: ['kernel.panic_on_unrecovered_nmi'],
    summary: {
      en: 'Whether an I/O channel-check NMI (a PCI/bus error) panics the machine.',
      zh: 'I/O 通道检查 NMI（PCI/总线错误）是否让机器 panic。',
    },
    details: {
      en: 'Whole machine. Such NMIs usually point to a failing adapter, including network cards.',
      zh: '作用于整台机器。这类 NMI 通常意味着适配器故障，也包括网卡。',
    },
  },
];

/** Lockup and hung-task detectors. */
const WATCHDOG_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.watchdog',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Disable both lockup detectors.', zh: '关闭软、硬两种锁死检测。' } },
      { value: '1', meaning: { en: 'Enable the soft and hard lockup detectors (default).', zh: '开启软、硬锁死检测（默认）。' } },
    ],
    perNamespace: false,
    related: ['kernel.soft_watchdog', 'kernel.nmi_watchdog', 'kernel.watchdog_thresh', 'kernel.watchdog_cpumask'],
    summary: {
      en: 'Master switch for the soft-lockup and hard-lockup detectors.',
      zh: '软锁死（soft lockup）和硬锁死（hard lockup）检测器的总开关。',
    },
    details: {
      en: 'Whole machine. A master switch: each detector runs only while this key and its own one (`kernel.soft_watchdog`, `kernel.nmi_watchdog`) are both 1. Writing it leaves the settings of those two alone; while it is 0 they read as 0, and writing 1 again brings back what they were set to. In 3.10-era kernels, before `kernel.soft_watchdog` existed, this key and `kernel.nmi_watchdog` were one and the same variable.',
      zh: '作用于整台机器。它是总开关：只有它和各检测器自己的开关（`kernel.soft_watchdog`、`kernel.nmi_watchdog`）同时为 1，对应的检测器才运行。写入它不会改动另外两个开关的设置；它为 0 时那两个读出来都是 0，重新写 1 后它们恢复为原先的设置。3.10 时代的内核还没有 `kernel.soft_watchdog`，这个参数和 `kernel.nmi_watchdog` 实际上是同一个变量。',
    },
  },
  {
    key: 'kernel.soft_watchdog',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Disable the soft-lockup detector.', zh: '关闭软锁死检测。' } },
      { value: '1', meaning: { en: 'Enable it (default).', zh: '开启（默认）。' } },
    ],
    perNamespace: false,
    related: ['kernel.watchdog', 'kernel.watchdog_thresh', 'kernel.softlockup_panic'],
    summary: {
      en: 'Whether the kernel reports a CPU that runs kernel code without scheduling for too long (soft lockup).',
      zh: '内核是否报告长时间停在内核态、不让出调度的 CPU（软锁死）。',
    },
    details: {
      en:
        'Whole machine. A soft lockup ("watchdog: BUG: soft lockup - CPU#3 stuck for 22s!") fires after twice `kernel.watchdog_thresh`. On network hosts the stuck code is often a driver or netfilter path in softirq; on VMs it is frequently the hypervisor stealing the CPU.',
      zh:
        '作用于整台机器。软锁死（"watchdog: BUG: soft lockup - CPU#3 stuck for 22s!"）在超过 `kernel.watchdog_thresh` 的两倍时间后报告。网络主机上卡住的往往是软中断中的驱动或 netfilter 路径；虚拟机上则常是宿主机抢占了 CPU。',
    },
  },
  {
    key: 'kernel.nmi_watchdog',
    type: 'bool',
    default: null,
    defaultNote: {
      en: '1 where the kernel has a hard-lockup detector that works on this machine, else 0. The perf detector (x86 and most builds) needs a perf NMI source: most bare-metal servers have one, many virtual machines do not and show 0, as the test machine does. The buddy detector (6.5+, e.g. arm64 without pseudo-NMIs) needs no hardware and starts at 1.',
      zh: '内核带有、且在本机能工作的硬锁死检测器时为 1，否则为 0。perf 检测器（x86 及多数构建）需要 perf NMI 源：多数物理服务器都有，很多虚拟机没有，因而显示 0，测试机也是 0。buddy 检测器（6.5 起，例如未启用伪 NMI 的 arm64）不依赖硬件，初始即为 1。',
    },
    values: [
      { value: '0', meaning: { en: 'Disable the hard-lockup detector.', zh: '关闭硬锁死检测。' } },
      { value: '1', meaning: { en: 'Enable it.', zh: '开启。' } },
    ],
    perNamespace: false,
    related: ['kernel.watchdog', 'kernel.hardlockup_panic', 'kernel.watchdog_thresh'],
    summary: {
      en: 'Whether the hard-lockup detector reports a CPU stuck with interrupts disabled (hard lockup); despite the name, not every build detects it with an NMI.',
      zh: '硬锁死检测器是否报告关中断卡死的 CPU（硬锁死）；名字里虽有 NMI，但并非每种构建都靠 NMI 检测。',
    },
    details: {
      en:
        'Whole machine. The kernel builds one of several detectors. The perf detector (x86, and arm64 with pseudo-NMIs) takes one hardware perf counter per CPU whose overflow raises an NMI; some administrators turn it off to free that counter for profiling, or on VMs where it adds overhead. The buddy detector (6.5+, used e.g. by arm64 without pseudo-NMIs) has each CPU check from its soft-lockup timer that the next CPU still takes timer interrupts, with no NMI and no counter. PowerPC and SPARC have detectors of their own.',
      zh:
        '作用于整台机器。内核会编入几种检测器中的一种。perf 检测器（x86，以及启用伪 NMI 的 arm64）在每个 CPU 上占用一个硬件 perf 计数器，计数溢出时产生 NMI；有的管理员为了把计数器留给性能分析而关闭它，在虚拟机上也常因开销而关闭。buddy 检测器（6.5 起，例如未启用伪 NMI 的 arm64）由每个 CPU 在自己的软锁死定时器里检查下一个 CPU 是否仍在处理定时器中断，不用 NMI，也不占计数器。PowerPC 和 SPARC 有各自的检测器。',
    },
  },
  {
    key: 'kernel.watchdog_thresh',
    type: 'int',
    unit: 'seconds',
    default: '10',
    range: { min: 0, max: 60 },
    perNamespace: false,
    related: ['kernel.watchdog', 'kernel.soft_watchdog', 'kernel.nmi_watchdog'],
    summary: {
      en: 'Hard-lockup threshold in seconds; the soft-lockup threshold is twice this value.',
      zh: '硬锁死阈值（秒）；软锁死阈值为它的两倍。',
    },
    details: {
      en: 'Whole machine. Raising it quiets false reports on overcommitted VMs; 0 disables both detectors.',
      zh: '作用于整台机器。调大可减少超售虚拟机上的误报；0 会关闭两种检测。',
    },
  },
  {
    key: 'kernel.watchdog_cpumask',
    type: 'string',
    default: null,
    defaultNote: {
      en: 'All CPUs (a range such as `0-1`), minus those isolated with `nohz_full=`.',
      zh: '所有 CPU（形如 `0-1` 的范围），减去用 `nohz_full=` 隔离的 CPU。',
    },
    perNamespace: false,
    related: ['kernel.watchdog'],
    summary: {
      en: 'CPUs on which the lockup detectors run, as a CPU list.',
      zh: '运行锁死检测的 CPU 列表。',
    },
    details: {
      en: 'Whole machine. Remove isolated CPUs that run polling packet-processing loops (DPDK, busy-poll) so the detector does not disturb or misreport them.',
      zh: '作用于整台机器。运行轮询式包处理循环（DPDK、busy-poll）的隔离 CPU 应从中移除，避免检测器干扰它们或误报。',
    },
  },
  {
    key: 'kernel.softlockup_panic',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Only report soft lockups (default).', zh: '只报告软锁死（默认）。' } },
      { value: '1', meaning: { en: 'Panic on a soft lockup.', zh: '发生软锁死时 panic。' } },
    ],
    perNamespace: false,
    related: ['kernel.soft_watchdog', 'kernel.panic', 'kernel.softlockup_all_cpu_backtrace'],
    summary: {
      en: 'Whether a soft lockup panics the machine.',
      zh: '软锁死是否让机器 panic。',
    },
    details: {
      en: 'Whole machine. Set it with `kernel.panic` and kdump when lockups leave a host half-alive and you want a reboot plus a dump.',
      zh: '作用于整台机器。主机锁死后处于“半死”状态、希望它自动重启并留下转储时，配合 `kernel.panic` 和 kdump 开启。',
    },
  },
  {
    key: 'kernel.softlockup_all_cpu_backtrace',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Backtrace only the stuck CPU (default).', zh: '只打印卡住的 CPU 的调用栈（默认）。' } },
      { value: '1', meaning: { en: 'Backtrace all CPUs on a soft lockup.', zh: '软锁死时打印所有 CPU 的调用栈。' } },
    ],
    perNamespace: false,
    related: ['kernel.softlockup_panic'],
    summary: {
      en: 'Whether a soft lockup report includes every CPU\'s backtrace.',
      zh: '软锁死报告是否包含所有 CPU 的调用栈。',
    },
    details: {
      en: 'Whole machine. Shows which other CPU holds the lock the stuck one spins on.',
      zh: '作用于整台机器。可以看出卡住的 CPU 在自旋等待的锁由哪个 CPU 持有。',
    },
  },
  {
    key: 'kernel.hardlockup_panic',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Only report hard lockups (default).', zh: '只报告硬锁死（默认）。' } },
      { value: '1', meaning: { en: 'Panic on a hard lockup.', zh: '发生硬锁死时 panic。' } },
    ],
    perNamespace: false,
    related: ['kernel.nmi_watchdog', 'kernel.panic', 'kernel.hardlockup_all_cpu_backtrace'],
    summary: {
      en: 'Whether a hard lockup panics the machine.',
      zh: '硬锁死是否让机器 panic。',
    },
    details: {
      en: 'Whole machine. A hard-locked CPU rarely recovers, so panicking (with `kernel.panic` > 0) is usually the better outcome.',
      zh: '作用于整台机器。硬锁死的 CPU 很少能自行恢复，所以 panic（配合 `kernel.panic` > 0）通常是更好的结果。',
    },
  },
  {
    key: 'kernel.hardlockup_all_cpu_backtrace',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Backtrace only the stuck CPU (default).', zh: '只打印卡住的 CPU 的调用栈（默认）。' } },
      { value: '1', meaning: { en: 'Backtrace all CPUs on a hard lockup.', zh: '硬锁死时打印所有 CPU 的调用栈。' } },
    ],
    perNamespace: false,
    related: ['kernel.hardlockup_panic'],
    summary: {
      en: 'Whether a hard lockup report includes every CPU\'s backtrace.',
      zh: '硬锁死报告是否包含所有 CPU 的调用栈。',
    },
    details: {
      en: 'Whole machine. Useful for lock-ordering problems between CPUs.',
      zh: '作用于整台机器。用于分析 CPU 之间的加锁顺序问题。',
    },
  },
  {
    key: 'kernel.hung_task_timeout_secs',
    type: 'int',
    unit: 'seconds',
    default: '120',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.hung_task_panic', 'kernel.hung_task_warnings', 'kernel.hung_task_check_interval_secs'],
    summary: {
      en: 'Seconds a task may sit in uninterruptible sleep (D state) before the kernel reports it as hung; 0 disables the check.',
      zh: '任务处于不可中断睡眠（D 状态）超过该秒数后，内核将其报告为挂起；0 关闭检测。',
    },
    details: {
      en:
        'Whole machine. The report ("INFO: task nginx:1234 blocked for more than 120 seconds") includes the stack, which tells you what the task waits for.\n\n' +
        '- On network hosts the usual culprit is storage reached over the network: an NFS hard mount or iSCSI/Ceph volume whose server stopped answering. Processes touching it hang, often cannot be killed, and the load average climbs.\n' +
        '- List D-state tasks with `ps -eo pid,stat,wchan:32,cmd | awk \'$2 ~ /D/\'`.',
      zh:
        '作用于整台机器。报告（"INFO: task nginx:1234 blocked for more than 120 seconds"）附带调用栈，可以看出任务在等什么。\n\n' +
        '- 网络主机上最常见的原因是通过网络访问的存储：NFS hard 挂载、iSCSI/Ceph 卷的服务端不再响应。访问它的进程会挂起，往往无法被杀死，负载值持续上升。\n' +
        '- 用 `ps -eo pid,stat,wchan:32,cmd | awk \'$2 ~ /D/\'` 列出 D 状态的任务。',
    },
  },
  {
    key: 'kernel.hung_task_panic',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Only report hung tasks (default).', zh: '只报告挂起的任务（默认）。' } },
      { value: '1', meaning: { en: 'Panic when a hung task is detected.', zh: '检测到挂起任务时 panic。' } },
    ],
    perNamespace: false,
    related: ['kernel.hung_task_timeout_secs', 'kernel.panic'],
    summary: {
      en: 'Whether a hung task panics the machine.',
      zh: '出现挂起任务时是否让机器 panic。',
    },
    details: {
      en: 'Whole machine. Risky on hosts with network storage: one unreachable NFS server would reboot every client.',
      zh: '作用于整台机器。在使用网络存储的主机上有风险：一台 NFS 服务器失联就可能让所有客户端重启。',
    },
  },
  {
    key: 'kernel.hung_task_warnings',
    type: 'int',
    default: '10',
    range: { min: -1 },
    perNamespace: false,
    related: ['kernel.hung_task_timeout_secs'],
    summary: {
      en: 'How many hung-task reports are still printed; each report decrements it, -1 means unlimited.',
      zh: '还会打印多少条挂起任务报告；每打印一条减一，-1 表示不限。',
    },
    details: {
      en: 'Whole machine. After ten reports the kernel goes quiet, so a later hang may leave no trace; set -1 on hosts where you rely on these messages.',
      zh: '作用于整台机器。打印十条后内核就不再报告，之后的挂起可能毫无记录；依赖这些消息的主机应设为 -1。',
    },
  },
  {
    key: 'kernel.hung_task_check_interval_secs',
    type: 'int',
    unit: 'seconds',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.hung_task_timeout_secs'],
    summary: {
      en: 'How often the hung-task detector runs; 0 means every `kernel.hung_task_timeout_secs`.',
      zh: '挂起任务检测的运行间隔；0 表示每 `kernel.hung_task_timeout_secs` 运行一次。',
    },
    details: {
      en: 'Whole machine. A shorter interval reports hangs closer to the timeout.',
      zh: '作用于整台机器。间隔越短，报告时间越接近设定的超时。',
    },
  },
  {
    key: 'kernel.hung_task_check_count',
    type: 'int',
    default: '4194304',
    defaultNote: {
      en: 'The PID limit of the build: 4194304 on 64-bit kernels, 32768 on 32-bit ones.',
      zh: '等于本内核的 PID 上限：64 位内核为 4194304，32 位内核为 32768。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.hung_task_timeout_secs'],
    summary: {
      en: 'Upper bound on the tasks the hung-task detector examines per run.',
      zh: '挂起任务检测每次最多检查的任务数。',
    },
    details: {
      en: 'Whole machine. The default equals the largest possible PID count, so every task is checked.',
      zh: '作用于整台机器。默认值等于 PID 的最大可能数量，因此会检查所有任务。',
    },
  },
  {
    key: 'kernel.hung_task_all_cpu_backtrace',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Print only the hung task\'s stack (default).', zh: '只打印挂起任务的调用栈（默认）。' } },
      { value: '1', meaning: { en: 'Also backtrace all CPUs.', zh: '同时打印所有 CPU 的调用栈。' } },
    ],
    perNamespace: false,
    related: ['kernel.hung_task_timeout_secs'],
    summary: {
      en: 'Whether a hung-task report also dumps every CPU\'s backtrace.',
      zh: '挂起任务报告是否同时输出所有 CPU 的调用栈。',
    },
    details: {
      en: 'Whole machine. Helps when the lock a task waits for is held by code running on another CPU.',
      zh: '作用于整台机器。当任务等待的锁被其他 CPU 上运行的代码持有时很有帮助。',
    },
  },
  {
    key: 'kernel.hung_task_detect_count',
    type: 'int',
    default: null,
    defaultNote: { en: 'A counter since boot; 0 on a healthy machine.', zh: '开机以来的计数；健康的机器上为 0。' },
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.hung_task_timeout_secs', 'kernel.hung_task_warnings'],
    summary: {
      en: 'Read-only: number of hung tasks detected since boot, even after the warnings ran out.',
      zh: '只读：开机以来检测到的挂起任务数，警告次数用完后仍会计数。',
    },
    details: {
      en: 'Whole machine. A cheap metric to export to monitoring: any increase means some task was blocked longer than the timeout.',
      zh: '作用于整台机器。适合导出到监控的廉价指标：只要增长，就说明有任务阻塞超过了超时时间。',
    },
  },
];

/** Core dumps. */
const COREDUMP_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.core_pattern',
    type: 'string',
    default: 'core',
    perNamespace: false,
    related: ['kernel.core_uses_pid', 'kernel.core_pipe_limit', 'fs.suid_dumpable', 'kernel.core_modes'],
    summary: {
      en: 'Where and how core dumps are written: a file name template, or `|program` to pipe the dump to a helper.',
      zh: 'core dump 写到哪里、如何写：文件名模板，或以 `|程序` 的形式交给辅助程序处理。',
    },
    details: {
      en:
        'Whole machine, and not namespaced: a container cannot set its own, and a pipe helper runs in the host\'s context. Distributions install a helper (`|/lib/systemd/systemd-coredump …`, Ubuntu apport, Fedora abrt); the kernel default `core` writes into the crashing process\'s working directory.\n\n' +
        '- Useful specifiers: `%e` program name, `%p` PID, `%t` time, `%h` host name. Example: `/var/crash/core.%e.%p.%t`.\n' +
        '- No core after a crash? Check `ulimit -c` (0 disables), `fs.suid_dumpable` for daemons that changed user, free disk space, and `coredumpctl list` when systemd-coredump is in use.',
      zh:
        '作用于整台机器，且不区分命名空间：容器不能单独设置，管道辅助程序在宿主机上下文中运行。各发行版会安装辅助程序（`|/lib/systemd/systemd-coredump …`、Ubuntu 的 apport、Fedora 的 abrt）；内核默认值 `core` 会写到崩溃进程的当前工作目录。\n\n' +
        '- 常用占位符：`%e` 程序名、`%p` PID、`%t` 时间、`%h` 主机名。示例：`/var/crash/core.%e.%p.%t`。\n' +
        '- 崩溃后没有 core？检查 `ulimit -c`（为 0 即关闭）、切换过用户的守护进程对应的 `fs.suid_dumpable`、磁盘剩余空间，使用 systemd-coredump 时用 `coredumpctl list` 查看。',
    },
  },
  {
    key: 'kernel.core_uses_pid',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Use the pattern as is (default).', zh: '按模板原样命名（默认）。' } },
      { value: '1', meaning: { en: 'Append `.PID` when the pattern has no `%p`.', zh: '模板中没有 `%p` 时追加 `.PID`。' } },
    ],
    perNamespace: false,
    related: ['kernel.core_pattern'],
    summary: {
      en: 'Whether the PID is appended to the core file name, so dumps of several processes do not overwrite each other.',
      zh: '是否在 core 文件名后追加 PID，避免多个进程的转储互相覆盖。',
    },
    details: {
      en: 'Whole machine. Irrelevant when `kernel.core_pattern` is a pipe or already contains `%p`.',
      zh: '作用于整台机器。`kernel.core_pattern` 是管道或已包含 `%p` 时无关紧要。',
    },
  },
  {
    key: 'kernel.core_pipe_limit',
    type: 'int',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.core_pattern'],
    summary: {
      en: 'How many crashing processes may pipe core dumps to the helper at once; 0 means unlimited.',
      zh: '同时可以把 core dump 通过管道交给辅助程序的崩溃进程数；0 表示不限。',
    },
    details: {
      en:
        'Whole machine. With a non-zero value the kernel also keeps the crashed process\'s `/proc/<pid>` until the helper finishes, so the helper can read it; extra crashes beyond the limit are skipped and logged.',
      zh:
        '作用于整台机器。设为非 0 时，内核还会保留崩溃进程的 `/proc/<pid>` 直到辅助程序处理完毕，方便其读取；超出上限的崩溃会被跳过并记录日志。',
    },
  },
  {
    key: 'kernel.core_file_note_size_limit',
    type: 'int',
    unit: 'bytes',
    default: '4194304',
    range: { min: 4194304, max: 16777216 },
    perNamespace: false,
    related: ['kernel.core_pattern'],
    summary: {
      en: 'Maximum size of the note section (file mappings list) written into a core dump.',
      zh: '写入 core dump 的 note 段（文件映射列表）的最大字节数。',
    },
    details: {
      en: 'Whole machine. Accepts 4–16 MiB. Processes with very many mapped files can exceed the default and then lose that list in their dumps; raise it for such programs.',
      zh: '作用于整台机器。可设范围为 4–16 MiB。映射文件极多的进程可能超过默认值，其转储中就会缺少这份列表；这类程序可调大它。',
    },
  },
  {
    key: 'kernel.core_sort_vma',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Write memory areas in address order (default).', zh: '按地址顺序写出内存区域（默认）。' } },
      { value: '1', meaning: { en: 'Write the smallest areas first.', zh: '先写出最小的内存区域。' } },
    ],
    perNamespace: false,
    related: ['kernel.core_pattern'],
    summary: {
      en: 'Whether core dumps write small memory areas first, so a truncated dump still holds stacks and metadata.',
      zh: 'core dump 是否先写小的内存区域，使被截断的转储仍保留栈和元数据。',
    },
    details: {
      en: 'Whole machine. Helps when `ulimit -c` or the collecting helper caps dump size.',
      zh: '作用于整台机器。在 `ulimit -c` 或收集程序限制转储大小时有用。',
    },
  },
  {
    key: 'kernel.core_modes',
    type: 'string',
    default: null,
    defaultNote: {
      en: 'A read-only list printed one mode per line (`file`, `pipe`, `socket`), which `sysctl` shows as repeated lines.',
      zh: '只读列表，每行一种方式（`file`、`pipe`、`socket`），`sysctl` 会把同一个参数显示为多行。',
    },
    perNamespace: false,
    related: ['kernel.core_pattern'],
    summary: {
      en: 'Read-only: the kinds of `kernel.core_pattern` targets this kernel supports.',
      zh: '只读：当前内核支持的 `kernel.core_pattern` 目标类型。',
    },
    details: {
      en: 'Whole machine, recent kernels only. `socket` means the pattern may name a Unix socket (prefix `@`) that a crash collector listens on.',
      zh: '作用于整台机器，仅较新的内核提供。`socket` 表示模板可以指定一个由崩溃收集程序监听的 Unix socket（前缀 `@`）。',
    },
  },
];

/** Kernel log output and who may read it. */
const LOGGING_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.printk',
    type: 'int-list',
    items: 4,
    default: null,
    defaultNote: {
      en: 'Usually `7 4 1 7`; the boot parameter `quiet` lowers the first value to 4 (as on the test machine) and `loglevel=` sets it.',
      zh: '通常为 `7 4 1 7`；启动参数 `quiet` 会把第一个值降为 4（测试机即如此），`loglevel=` 可直接指定。',
    },
    perNamespace: false,
    related: ['kernel.printk_ratelimit', 'kernel.printk_delay', 'kernel.dmesg_restrict'],
    summary: {
      en: 'Console log levels: current, default for messages without a level, minimum allowed, and boot-time default.',
      zh: '控制台日志级别：当前级别、未标级别消息的默认级别、允许的最低级别、启动时的默认级别。',
    },
    details: {
      en:
        'Whole machine. Levels run from 0 (emergency) to 7 (debug). Only messages more important than the first value (lower number) reach the console; everything still goes to `dmesg` and the journal.\n\n' +
        '- A slow serial console that prints every message (for example a flood of "nf_conntrack: table full, dropping packet") can stall CPUs and even trigger lockups; lowering the first value to 3 or 4 is a common fix.',
      zh:
        '作用于整台机器。级别从 0（紧急）到 7（调试）。只有比第一个值更重要（数字更小）的消息才输出到控制台；所有消息仍会进入 `dmesg` 和 journal。\n\n' +
        '- 慢速串口控制台若逐条打印消息（例如大量 "nf_conntrack: table full, dropping packet"），可能拖住 CPU 甚至触发锁死检测；把第一个值降到 3 或 4 是常见做法。',
    },
  },
  {
    key: 'kernel.printk_ratelimit',
    type: 'int',
    unit: 'seconds',
    default: '5',
    perNamespace: false,
    related: ['kernel.printk_ratelimit_burst', 'kernel.printk'],
    summary: {
      en: 'Window in seconds for rate-limited kernel messages; together with the burst it caps repetitive warnings.',
      zh: '内核消息限速的时间窗口（秒）；与突发条数一起限制重复警告。',
    },
    details: {
      en:
        'Whole machine. Applies to messages printed through `printk_ratelimit()`, such as many network warnings; when suppressed you see "N callbacks suppressed". Counters like `nstat` are better evidence than log counts.',
      zh:
        '作用于整台机器。适用于通过 `printk_ratelimit()` 打印的消息，例如许多网络告警；被抑制时会看到 "N callbacks suppressed"。比起日志条数，`nstat` 等计数器是更可靠的证据。',
    },
  },
  {
    key: 'kernel.printk_ratelimit_burst',
    type: 'int',
    default: '10',
    perNamespace: false,
    related: ['kernel.printk_ratelimit'],
    summary: {
      en: 'How many rate-limited messages may be printed in each `kernel.printk_ratelimit` window.',
      zh: '每个 `kernel.printk_ratelimit` 窗口内最多打印多少条受限速的消息。',
    },
    details: {
      en: 'Whole machine. Raise temporarily to see more of a repeating message while debugging.',
      zh: '作用于整台机器。调试时可临时调大，以看到更多重复出现的消息。',
    },
  },
  {
    key: 'kernel.printk_delay',
    type: 'int',
    unit: 'milliseconds',
    default: '0',
    range: { min: 0, max: 10000 },
    perNamespace: false,
    related: ['kernel.printk'],
    summary: {
      en: 'Milliseconds the kernel stalls before logging each message, whether or not the console shows it; meant for reading fast-scrolling output.',
      zh: '内核记录每条消息之前停顿的毫秒数，不论这条消息是否显示在控制台上；用于看清快速滚动的输出。',
    },
    details: {
      en: 'Whole machine. A debugging aid only; any non-zero value slows the machine when it logs a lot.',
      zh: '作用于整台机器。仅作调试用；任何非 0 值都会在大量打印日志时拖慢机器。',
    },
  },
  {
    key: 'kernel.printk_devkmsg',
    type: 'enum',
    default: 'ratelimit',
    values: [
      { value: 'on', meaning: { en: 'Accept all messages written to `/dev/kmsg`.', zh: '接受写入 `/dev/kmsg` 的所有消息。' } },
      { value: 'off', meaning: { en: 'Refuse to open `/dev/kmsg` at all (EPERM), for reading too; writes on a descriptor opened earlier are dropped.', zh: '完全拒绝打开 `/dev/kmsg`（EPERM），读取也不行；此前已打开的描述符写入的内容会被丢弃。' } },
      { value: 'ratelimit', meaning: { en: 'Accept writes, rate-limited per open descriptor (default).', zh: '接受写入，但按每个打开的描述符限速（默认）。' } },
    ],
    perNamespace: false,
    related: ['kernel.printk_ratelimit', 'kernel.dmesg_restrict'],
    summary: {
      en: 'How `/dev/kmsg` treats user space: writes to the kernel log accepted or rate-limited, or, with `off`, the device cannot be opened at all, so readers of it such as journald fail too.',
      zh: '`/dev/kmsg` 如何对待用户态：写入内核日志的消息照收或限速；设为 `off` 时该设备根本无法打开，journald 等读取它的程序也会失败。',
    },
    details: {
      en: 'Whole machine. Early boot tools log this way; "N output lines suppressed due to ratelimiting" means something writes too much. `on` helps when debugging boot.',
      zh: '作用于整台机器。启动早期的工具通过这种方式记录日志；出现 "N output lines suppressed due to ratelimiting" 说明有程序写得太多。调试启动过程时可设为 `on`。',
    },
  },
  {
    key: 'kernel.print-fatal-signals',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Stay silent (default).', zh: '不打印（默认）。' } },
      { value: '1', meaning: { en: 'Log a process killed by a core-dumping signal, with its registers.', zh: '进程被会产生 core dump 的信号杀死时，记录该进程及其寄存器。' } },
    ],
    perNamespace: false,
    related: ['kernel.core_pattern'],
    summary: {
      en: 'Whether the kernel logs the registers of a process killed by a signal whose default action dumps core (SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE…); SIGKILL and SIGTERM are not logged.',
      zh: '进程被默认动作为产生 core dump 的信号（SIGSEGV、SIGBUS、SIGABRT、SIGILL、SIGFPE 等）杀死时，内核是否记录其寄存器等信息；SIGKILL、SIGTERM 不会记录。',
    },
    details: {
      en: 'Whole machine. Handy for catching crashes of short-lived programs without core dumps; noisy and may reveal data, so enable briefly. It also makes the kernel report signals dropped because the receiver reached RLIMIT_SIGPENDING.',
      zh: '作用于整台机器。便于在没有 core dump 时捕捉短命程序的崩溃；输出很多且可能泄露数据，只应短时间开启。开启后，接收方达到 RLIMIT_SIGPENDING 上限而被丢弃的信号也会记录下来。',
    },
  },
  {
    key: 'kernel.dmesg_restrict',
    type: 'bool',
    default: null,
    defaultNote: {
      en: 'CONFIG_SECURITY_DMESG_RESTRICT: 0 in the upstream default configuration, 1 on many distributions and on the test kernel.',
      zh: '取 CONFIG_SECURITY_DMESG_RESTRICT：上游默认配置为 0，很多发行版以及测试内核为 1。',
    },
    values: [
      { value: '0', meaning: { en: 'Anyone may read the kernel log.', zh: '任何人都可以读取内核日志。' } },
      { value: '1', meaning: { en: 'Only CAP_SYSLOG may read it.', zh: '只有具备 CAP_SYSLOG 的进程可以读取。' } },
    ],
    perNamespace: false,
    related: ['kernel.kptr_restrict', 'kernel.printk'],
    summary: {
      en: 'Whether unprivileged users are denied reading the kernel log with `dmesg`.',
      zh: '是否禁止非特权用户用 `dmesg` 读取内核日志。',
    },
    details: {
      en:
        'Whole machine. With 1, `dmesg` run as a normal user prints "Operation not permitted"; use `sudo dmesg` or `journalctl -k`. The log can leak kernel addresses useful to attackers.',
      zh:
        '作用于整台机器。设为 1 时，普通用户执行 `dmesg` 会显示 "Operation not permitted"；请改用 `sudo dmesg` 或 `journalctl -k`。内核日志可能泄露对攻击者有用的内核地址。',
    },
  },
];

/** Hardening switches. */
const SECURITY_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.randomize_va_space',
    type: 'enum',
    default: '2',
    defaultNote: {
      en: '2 when the kernel is built without CONFIG_COMPAT_BRK, as distribution kernels and the reference build are; that option\'s own Kconfig default is y, and such a build starts at 1 (heap start not randomised).',
      zh: '内核编译时关闭 CONFIG_COMPAT_BRK（发行版内核和参考构建都是如此）时为 2；该选项在 Kconfig 中的默认值是 y，这样编出的内核初始为 1（堆起始地址不随机化）。',
    },
    values: [
      { value: '0', meaning: { en: 'No address-space randomisation.', zh: '不进行地址空间随机化。' } },
      { value: '1', meaning: { en: 'Randomise stack, mmap base, vDSO and shared libraries.', zh: '随机化栈、mmap 基址、vDSO 和共享库。' } },
      { value: '2', meaning: { en: 'Also randomise the heap (brk) start (default).', zh: '还随机化堆（brk）起始地址（默认）。' } },
    ],
    perNamespace: false,
    related: ['vm.mmap_rnd_bits', 'kernel.kptr_restrict'],
    summary: {
      en: 'Address space layout randomisation (ASLR) for user processes.',
      zh: '用户进程的地址空间布局随机化（ASLR）。',
    },
    details: {
      en:
        'Whole machine. Keep 2. Debuggers disable it per process (`setarch -R`) when they need reproducible addresses, so there is no need to turn it off globally.',
      zh:
        '作用于整台机器。应保持 2。调试器需要可复现的地址时会按进程关闭（`setarch -R`），没有必要全局关闭。',
    },
  },
  {
    key: 'kernel.kptr_restrict',
    type: 'enum',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Kernel pointers printed with `%pK` are hashed for everyone (default).', zh: '用 `%pK` 打印的内核指针对所有人做哈希处理（默认）。' } },
      { value: '1', meaning: { en: 'Shown only to users with CAP_SYSLOG; zeros for others.', zh: '只对具备 CAP_SYSLOG 的用户显示，其他人看到全零。' } },
      { value: '2', meaning: { en: 'Always printed as zeros.', zh: '始终显示为全零。' } },
    ],
    perNamespace: false,
    related: ['kernel.dmesg_restrict', 'kernel.perf_event_paranoid'],
    summary: {
      en: 'How much kernel addresses are hidden in `/proc/kallsyms`, `/proc/net/*` and similar files.',
      zh: '在 `/proc/kallsyms`、`/proc/net/*` 等文件中隐藏内核地址的程度。',
    },
    details: {
      en:
        'Whole machine. Hides the addresses attackers need to defeat kernel ASLR. Profilers (`perf`, bpftrace) need symbol addresses: they run as root, or you temporarily set 0 for them. The socket addresses in `/proc/net/tcp` are also affected.',
      zh:
        '作用于整台机器。隐藏攻击者绕过内核 ASLR 所需的地址。性能分析工具（`perf`、bpftrace）需要符号地址：要么以 root 运行，要么临时设为 0。`/proc/net/tcp` 中的 socket 地址也受影响。',
    },
  },
  {
    key: 'kernel.perf_event_paranoid',
    type: 'enum',
    default: '2',
    defaultChanges: [{ version: '4.6', from: '1', to: '2' }],
    values: [
      { value: '-1', meaning: { en: 'No restrictions, including raw tracepoints.', zh: '不限制，包括原始 tracepoint。' } },
      { value: '0', meaning: { en: 'Allow CPU-wide events, but no raw tracepoint data.', zh: '允许 CPU 级事件，但不允许原始 tracepoint 数据。' } },
      { value: '1', meaning: { en: 'Allow kernel and user profiling of your own processes.', zh: '允许对自己的进程进行内核态和用户态分析。' } },
      { value: '2', meaning: { en: 'Allow only user-space profiling of your own processes (default).', zh: '只允许对自己的进程进行用户态分析（默认）。' } },
      { value: '3', meaning: { en: 'Distribution patch (Debian, Ubuntu, Android): no perf for unprivileged users.', zh: '发行版补丁（Debian、Ubuntu、Android）：非特权用户完全不能使用 perf。' } },
    ],
    perNamespace: false,
    related: ['kernel.kptr_restrict', 'kernel.perf_event_max_sample_rate', 'kernel.unprivileged_bpf_disabled'],
    summary: {
      en: 'How much unprivileged users may observe with `perf_event_open()` (profilers, `perf`).',
      zh: '非特权用户通过 `perf_event_open()`（性能分析器、`perf`）能观测多少内容。',
    },
    details: {
      en:
        'Whole machine. Root and CAP_PERFMON are not affected. When `perf top` or a continuous profiler fails with "Permission denied" / "Access to performance monitoring and observability operations is limited", this is the key. Lower it only on trusted hosts, or grant CAP_PERFMON to the profiler.',
      zh:
        '作用于整台机器。root 和具备 CAP_PERFMON 的进程不受影响。`perf top` 或持续性能分析器报 "Permission denied" 或 "Access to performance monitoring and observability operations is limited" 时，就是这个参数的原因。只在可信主机上调低，或者给分析器授予 CAP_PERFMON。',
    },
  },
  {
    key: 'kernel.unprivileged_bpf_disabled',
    type: 'enum',
    default: '2',
    defaultNote: {
      en: '2 with CONFIG_BPF_UNPRIV_DEFAULT_OFF=y, the default of current kernels and distributions; 0 otherwise.',
      zh: '设置 CONFIG_BPF_UNPRIV_DEFAULT_OFF=y 时（当前内核和发行版的默认配置）为 2，否则为 0。',
    },
    values: [
      { value: '0', meaning: { en: 'Unprivileged users may load some BPF programs.', zh: '非特权用户可以加载部分 BPF 程序。' } },
      { value: '1', meaning: { en: 'Disabled, and cannot be re-enabled until reboot.', zh: '禁用，且在重启前不能再开启。' } },
      { value: '2', meaning: { en: 'Disabled, but an administrator may set 0 again.', zh: '禁用，但管理员可以重新设为 0。' } },
    ],
    perNamespace: false,
    related: ['kernel.perf_event_paranoid', 'kernel.bpf_stats_enabled', 'vm.unprivileged_userfaultfd'],
    summary: {
      en: 'Whether users without CAP_BPF or CAP_SYS_ADMIN may call `bpf()`.',
      zh: '没有 CAP_BPF 或 CAP_SYS_ADMIN 的用户能否调用 `bpf()`。',
    },
    details: {
      en:
        'Whole machine. Unprivileged BPF has been a source of Spectre-style leaks and verifier exploits. Classic BPF socket filters (tcpdump, `SO_ATTACH_FILTER`) are not affected, and eBPF networking tools (XDP, tc-bpf, bpftrace, Cilium) run as root or with CAP_BPF, so they keep working.',
      zh:
        '作用于整台机器。非特权 BPF 曾引发 Spectre 类信息泄露和校验器漏洞利用。经典 BPF 的 socket 过滤器（tcpdump、`SO_ATTACH_FILTER`）不受影响；eBPF 网络工具（XDP、tc-bpf、bpftrace、Cilium）以 root 或 CAP_BPF 运行，也能照常工作。',
    },
  },
  {
    key: 'kernel.bpf_stats_enabled',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'No run-time statistics (default).', zh: '不统计运行时间（默认）。' } },
      { value: '1', meaning: { en: 'Count run time and run count per BPF program.', zh: '统计每个 BPF 程序的运行时间和次数。' } },
    ],
    perNamespace: false,
    related: ['kernel.unprivileged_bpf_disabled'],
    summary: {
      en: 'Whether the kernel measures how long each BPF program runs (`run_time_ns`, `run_cnt` in `bpftool prog`).',
      zh: '内核是否统计每个 BPF 程序的运行耗时（`bpftool prog` 中的 `run_time_ns`、`run_cnt`）。',
    },
    details: {
      en: 'Whole machine. Useful to see how much CPU XDP or tc programs cost per packet; it adds a little overhead to every run, so enable while measuring.',
      zh: '作用于整台机器。可用来查看 XDP、tc 程序每个包消耗多少 CPU；每次运行都会增加少许开销，建议只在测量时开启。',
    },
  },
  {
    key: 'kernel.io_uring_disabled',
    type: 'enum',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Everyone may create io_uring instances (default).', zh: '所有人都可以创建 io_uring 实例（默认）。' } },
      { value: '1', meaning: { en: 'Only privileged users and members of `kernel.io_uring_group`.', zh: '只允许特权用户和 `kernel.io_uring_group` 组成员。' } },
      { value: '2', meaning: { en: 'io_uring is disabled for everyone.', zh: '对所有人禁用 io_uring。' } },
    ],
    since: '6.6',
    perNamespace: false,
    related: ['kernel.io_uring_group'],
    summary: {
      en: 'Who may use io_uring, the asynchronous I/O interface also used for high-rate network servers.',
      zh: '哪些用户可以使用 io_uring（高吞吐网络服务器也在用的异步 I/O 接口）。',
    },
    details: {
      en:
        'Whole machine. Some hardened or container platforms disable io_uring because of its history of kernel bugs; programs then get EPERM from `io_uring_setup()` and must fall back to epoll. Check this key when a runtime (e.g. a Rust/Tokio, Java or database io_uring backend) logs that io_uring is unavailable.',
      zh:
        '作用于整台机器。部分加固平台或容器平台因为 io_uring 内核缺陷较多而禁用它；程序调用 `io_uring_setup()` 会得到 EPERM，只能回退到 epoll。当运行时（如 Rust/Tokio、Java 或数据库的 io_uring 后端）报告 io_uring 不可用时，应检查此参数。',
    },
  },
  {
    key: 'kernel.io_uring_group',
    type: 'int',
    default: '-1',
    since: '6.6',
    perNamespace: false,
    related: ['kernel.io_uring_disabled'],
    summary: {
      en: 'Group ID allowed to use io_uring when `kernel.io_uring_disabled` is 1; -1 means no group.',
      zh: '当 `kernel.io_uring_disabled` 为 1 时允许使用 io_uring 的组 ID；-1 表示没有这样的组。',
    },
    details: {
      en: 'Whole machine. Lets you grant io_uring to a specific service account while keeping it away from everyone else.',
      zh: '作用于整台机器。可以只对特定服务账号开放 io_uring，而对其他人保持禁用。',
    },
  },
  {
    key: 'kernel.sysctl_writes_strict',
    type: 'enum',
    default: '1',
    values: [
      { value: '-1', meaning: { en: 'Legacy: no warning for writes at a non-zero offset.', zh: '旧行为：对非零偏移写入不给警告。' } },
      { value: '0', meaning: { en: 'Legacy behaviour with a warning.', zh: '旧行为，但给出警告。' } },
      { value: '1', meaning: { en: 'Strict (default): a number must be written in one piece from offset 0, later pieces are ignored; a string write continues at the file position, so strings may be written in pieces, and text beyond the maximum length is dropped.', zh: '严格（默认）：数值必须从偏移 0 一次写完，后续分段写入被忽略；字符串则从当前文件位置接着写，可以分段写入，超出最大长度的部分被丢弃。' } },
    ],
    perNamespace: false,
    related: ['kernel.printk'],
    summary: {
      en: 'How writes to `/proc/sys` files at a non-zero file position are handled.',
      zh: '向 `/proc/sys` 文件的非零偏移处写入时的处理方式。',
    },
    details: {
      en: 'Whole machine. Only matters to programs that write sysctl files in pieces; `sysctl -w` and `echo` are unaffected.',
      zh: '作用于整台机器。只影响分段写入 sysctl 文件的程序；`sysctl -w` 和 `echo` 不受影响。',
    },
  },
  {
    key: 'kernel.tainted',
    type: 'int',
    default: null,
    defaultNote: {
      en: '0 on a clean kernel; non-zero once proprietary or unsigned modules load, or after an oops or warning.',
      zh: '干净的内核上为 0；加载了专有或未签名模块，或发生过 oops、警告后变为非 0。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.panic_on_oops', 'kernel.panic_on_warn'],
    summary: {
      en: 'Bit mask of reasons the kernel is "tainted" (proprietary module, prior oops, warning, forced load, …).',
      zh: '内核被“污染”的原因位掩码（专有模块、发生过 oops、警告、强制加载等）。',
    },
    details: {
      en:
        'Whole machine. A quick health signal: bit 7 (D, value 128) means an oops happened and bit 9 (W, value 512) a warning since boot, both worth reading in `dmesg`. Out-of-tree or unsigned modules, common with vendor NIC drivers, set bit 12 (O) or bit 13 (E). Decode with `tools/debugging/kernel-chktaint` from the kernel sources.',
      zh:
        '作用于整台机器。快速的健康信号：第 7 位（D，值 128）表示开机以来发生过 oops，第 9 位（W，值 512）表示出现过警告，都值得去 `dmesg` 查看。树外或未签名的模块（厂商网卡驱动很常见）会设置第 12 位（O）或第 13 位（E）。可用内核源码中的 `tools/debugging/kernel-chktaint` 解码。',
    },
  },
  {
    key: 'kernel.seccomp.actions_avail',
    type: 'string',
    default: 'kill_process kill_thread trap errno user_notif trace log allow',
    perNamespace: false,
    related: ['kernel.seccomp.actions_logged'],
    summary: {
      en: 'Read-only: seccomp filter actions this kernel supports.',
      zh: '只读：当前内核支持的 seccomp 过滤动作。',
    },
    details: {
      en: 'Whole machine. Container runtimes check it before installing profiles that use newer actions such as `user_notif`.',
      zh: '作用于整台机器。容器运行时在安装使用 `user_notif` 等较新动作的配置前会检查它。',
    },
  },
  {
    key: 'kernel.seccomp.actions_logged',
    type: 'string',
    default: 'kill_process kill_thread trap errno user_notif trace log',
    perNamespace: false,
    related: ['kernel.seccomp.actions_avail'],
    summary: {
      en: 'Seccomp actions that are written to the audit log when a filter takes them.',
      zh: '过滤器执行时会写入审计日志的 seccomp 动作。',
    },
    details: {
      en:
        'Whole machine. Even when listed, most actions are logged only if the filter asks for it (SECCOMP_FILTER_FLAG_LOG). When a containerised service fails with EPERM on a system call, audit records (`ausearch -m SECCOMP`) show which call was blocked.',
      zh:
        '作用于整台机器。即使列在这里，大多数动作也只在过滤器要求记录（SECCOMP_FILTER_FLAG_LOG）时才写日志。容器化服务在某个系统调用上报 EPERM 时，审计记录（`ausearch -m SECCOMP`）能显示被拦截的调用。',
    },
  },
  {
    key: 'kernel.usermodehelper.bset',
    type: 'int-list',
    items: 2,
    default: '4294967295\t511',
    defaultNote: {
      en: 'All capabilities the kernel knows, as two 32-bit words; the second word grows with `kernel.cap_last_cap`.',
      zh: '内核已知的全部能力，表示为两个 32 位字；第二个字随 `kernel.cap_last_cap` 增大。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.usermodehelper.inheritable', 'kernel.cap_last_cap'],
    summary: {
      en: 'Capability bounding set for helper programs the kernel starts itself (modprobe, core-dump pipes, …).',
      zh: '内核自行启动的辅助程序（modprobe、core dump 管道等）的能力边界集。',
    },
    details: {
      en: 'Whole machine. Bits can only be cleared, not set again; hardening guides drop capabilities here to limit what a hijacked helper could do.',
      zh: '作用于整台机器。位只能清除、不能再置位；加固指南会在这里去掉部分能力，限制被劫持的辅助程序能做的事。',
    },
  },
  {
    key: 'kernel.usermodehelper.inheritable',
    type: 'int-list',
    items: 2,
    default: '4294967295\t511',
    defaultNote: {
      en: 'All capabilities the kernel knows, as two 32-bit words; the second word grows with `kernel.cap_last_cap`.',
      zh: '内核已知的全部能力，表示为两个 32 位字；第二个字随 `kernel.cap_last_cap` 增大。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.usermodehelper.bset'],
    summary: {
      en: 'Inheritable capability set for helper programs the kernel starts itself.',
      zh: '内核自行启动的辅助程序的可继承能力集。',
    },
    details: {
      en: 'Whole machine. Like `kernel.usermodehelper.bset`, bits can only be removed.',
      zh: '作用于整台机器。与 `kernel.usermodehelper.bset` 一样，位只能清除、不能再置位。',
    },
  },
];

/** Kernel key retention service (used by NFS, CIFS, Kerberos, dm-crypt, containers). */
const KEYRING_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.keys.maxkeys',
    type: 'int',
    unit: 'entries',
    default: '200',
    range: { min: 1, max: 2147483647 },
    perNamespace: false,
    related: ['kernel.keys.maxbytes', 'kernel.keys.root_maxkeys'],
    summary: {
      en: 'Maximum number of keys a non-root user may own in the kernel keyring.',
      zh: '非 root 用户在内核密钥环中最多可拥有的密钥数。',
    },
    details: {
      en:
        'Per user. Every container started under the same non-root (or user-namespace-mapped) UID creates a session keyring, and NFS/CIFS with Kerberos store tickets as keys, so busy hosts hit 200 quickly. Then `add_key()` / `keyctl` fail with EDQUOT ("Disk quota exceeded"), and container starts or mounts fail with that confusing message.\n\n' +
        '- Current use per user: `/proc/key-users`. Container hosts often raise it to 5000 or more, together with `kernel.keys.maxbytes`.',
      zh:
        '按用户计算。以同一个非 root（或经用户命名空间映射的）UID 启动的每个容器都会创建一个会话密钥环，使用 Kerberos 的 NFS/CIFS 也把票据存为密钥，所以繁忙主机很快就会用满 200。此时 `add_key()`、`keyctl` 以 EDQUOT（"Disk quota exceeded"）失败，容器启动或挂载会报出这个令人困惑的错误。\n\n' +
        '- 各用户当前用量见 `/proc/key-users`。容器主机常把它调到 5000 以上，同时调大 `kernel.keys.maxbytes`。',
    },
  },
  {
    key: 'kernel.keys.maxbytes',
    type: 'int',
    unit: 'bytes',
    default: '20000',
    range: { min: 1, max: 2147483647 },
    perNamespace: false,
    related: ['kernel.keys.maxkeys', 'kernel.keys.root_maxbytes'],
    summary: {
      en: 'Maximum bytes of key data a non-root user may hold in the kernel keyring.',
      zh: '非 root 用户在内核密钥环中最多可持有的密钥数据字节数。',
    },
    details: {
      en: 'Per user. Exceeding it fails with EDQUOT like `kernel.keys.maxkeys`; raise both together (e.g. 25000000).',
      zh: '按用户计算。超出时与 `kernel.keys.maxkeys` 一样以 EDQUOT 失败；两者应一起调大（如 25000000）。',
    },
  },
  {
    key: 'kernel.keys.root_maxkeys',
    type: 'int',
    unit: 'entries',
    default: '1000000',
    range: { min: 1, max: 2147483647 },
    perNamespace: false,
    related: ['kernel.keys.maxkeys', 'kernel.keys.root_maxbytes'],
    summary: {
      en: 'Maximum number of keys root may own.',
      zh: 'root 最多可拥有的密钥数。',
    },
    details: {
      en: 'Whole machine (root user). The default is high enough for almost every host.',
      zh: '作用于整台机器（root 用户）。默认值几乎对所有主机都足够。',
    },
  },
  {
    key: 'kernel.keys.root_maxbytes',
    type: 'int',
    unit: 'bytes',
    default: '25000000',
    range: { min: 1, max: 2147483647 },
    perNamespace: false,
    related: ['kernel.keys.root_maxkeys', 'kernel.keys.maxbytes'],
    summary: {
      en: 'Maximum bytes of key data root may hold.',
      zh: 'root 最多可持有的密钥数据字节数。',
    },
    details: {
      en: 'Whole machine (root user). Rarely reached.',
      zh: '作用于整台机器（root 用户）。很少会达到。',
    },
  },
  {
    key: 'kernel.keys.gc_delay',
    type: 'int',
    unit: 'seconds',
    default: '300',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.keys.maxkeys'],
    summary: {
      en: 'Seconds an expired or revoked key lingers before the garbage collector removes it.',
      zh: '过期或已吊销的密钥在垃圾回收前保留的秒数。',
    },
    details: {
      en: 'Whole machine. Lingering keys still count against quotas, so churn-heavy hosts may lower it when they hit `kernel.keys.maxkeys`.',
      zh: '作用于整台机器。残留的密钥仍计入配额，所以密钥频繁创建销毁的主机在撞上 `kernel.keys.maxkeys` 时可以调低它。',
    },
  },
  {
    key: 'kernel.keys.persistent_keyring_expiry',
    type: 'int',
    unit: 'seconds',
    default: '259200',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.keys.gc_delay'],
    summary: {
      en: 'Seconds a user\'s persistent keyring (used for Kerberos credential caches) survives without access (259200 = 3 days).',
      zh: '用户的持久密钥环（用于 Kerberos 凭据缓存）无人访问时保留的秒数（259200 即 3 天）。',
    },
    details: {
      en: 'Whole machine. Matters for hosts using `KEYRING:persistent` Kerberos caches with NFS or SSH.',
      zh: '作用于整台机器。对在 NFS 或 SSH 中使用 `KEYRING:persistent` Kerberos 缓存的主机有意义。',
    },
  },
];

/** Scheduler knobs that operators tune (real-time throttling, CFS quota slices, NUMA balancing). */
const SCHEDULER_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.sched_autogroup_enabled',
    type: 'bool',
    default: '1',
    defaultNote: {
      en: '1 when the kernel is built with CONFIG_SCHED_AUTOGROUP, as on most distributions; the boot parameter `noautogroup` sets 0.',
      zh: '内核启用 CONFIG_SCHED_AUTOGROUP 时为 1（多数发行版如此）；启动参数 `noautogroup` 会设为 0。',
    },
    values: [
      { value: '0', meaning: { en: 'Schedule all tasks individually.', zh: '所有任务单独调度。' } },
      { value: '1', meaning: { en: 'Group tasks by session for fair CPU sharing.', zh: '按会话把任务分组以公平分配 CPU。' } },
    ],
    perNamespace: false,
    related: ['kernel.sched_rt_runtime_us'],
    summary: {
      en: 'Whether the scheduler groups tasks by session (terminal) so one busy session cannot starve others.',
      zh: '调度器是否按会话（终端）给任务分组，避免一个繁忙会话挤占其他会话。',
    },
    details: {
      en:
        'Whole machine. Great for desktops, surprising on servers: `nice` values then only order tasks inside the same session, so a niced batch job started from another SSH session still competes equally with the service. Many server setups set 0; with systemd, cgroups already provide grouping.',
      zh:
        '作用于整台机器。对桌面系统很有用，在服务器上却可能带来意外：`nice` 值只在同一会话内部起作用，从另一个 SSH 会话启动、已调低优先级的批处理任务仍会与服务平等竞争。很多服务器设为 0；使用 systemd 时 cgroup 已经提供了分组。',
    },
  },
  {
    key: 'kernel.sched_cfs_bandwidth_slice_us',
    type: 'int',
    default: '5000',
    range: { min: 1 },
    perNamespace: false,
    related: ['kernel.sched_rt_runtime_us'],
    summary: {
      en: 'Microseconds of CPU quota each CPU takes at a time from a cgroup\'s CPU limit (`cpu.max`, Kubernetes CPU limits).',
      zh: '每个 CPU 每次从 cgroup 的 CPU 配额（`cpu.max`、Kubernetes CPU limit）中领取的时间片（微秒）。',
    },
    details: {
      en:
        'Whole machine. Containers with CPU limits and many threads can be throttled even while below their average limit, which shows up as latency spikes and timeouts in network services. Smaller slices distribute quota more evenly at some overhead.\n\n' +
        '- Check `nr_throttled` and `throttled_usec` in the cgroup\'s `cpu.stat`.',
      zh:
        '作用于整台机器。设置了 CPU limit 且线程很多的容器，即使平均用量低于上限也可能被限流，在网络服务中表现为延迟尖刺和超时。更小的时间片让配额分配更均匀，但有一定开销。\n\n' +
        '- 查看 cgroup 的 `cpu.stat` 中的 `nr_throttled` 和 `throttled_usec`。',
    },
  },
  {
    key: 'kernel.sched_rt_runtime_us',
    type: 'int',
    default: '950000',
    range: { min: -1 },
    perNamespace: false,
    related: ['kernel.sched_rt_period_us'],
    summary: {
      en: 'Microseconds per `kernel.sched_rt_period_us` that real-time tasks may use; -1 removes the limit.',
      zh: '每个 `kernel.sched_rt_period_us` 周期内实时任务可使用的微秒数；-1 表示不限制。',
    },
    details: {
      en:
        'Whole machine. The default keeps 5% of each second for normal tasks, so a runaway SCHED_FIFO thread cannot lock up the machine completely ("sched: RT throttling activated" in `dmesg`). Packet-processing or audio workloads that pin RT threads sometimes set -1, at the risk of starving everything else on those CPUs.',
      zh:
        '作用于整台机器。默认值给普通任务每秒留出 5% 的 CPU 时间，使失控的 SCHED_FIFO 线程不至于完全锁死机器（`dmesg` 中出现 "sched: RT throttling activated"）。绑定实时线程的包处理或音频负载有时设为 -1，代价是这些 CPU 上的其他任务可能饿死。',
    },
  },
  {
    key: 'kernel.sched_rt_period_us',
    type: 'int',
    default: '1000000',
    range: { min: 1 },
    perNamespace: false,
    related: ['kernel.sched_rt_runtime_us'],
    summary: {
      en: 'Length in microseconds of the period over which real-time CPU time is limited.',
      zh: '限制实时任务 CPU 时间所用的周期长度（微秒）。',
    },
    details: {
      en: 'Whole machine. Normally left at one second; change `kernel.sched_rt_runtime_us` instead.',
      zh: '作用于整台机器。通常保持 1 秒，应调整的是 `kernel.sched_rt_runtime_us`。',
    },
  },
  {
    key: 'kernel.sched_rr_timeslice_ms',
    type: 'int',
    unit: 'milliseconds',
    default: '100',
    perNamespace: false,
    related: ['kernel.sched_rt_runtime_us'],
    summary: {
      en: 'Time slice of SCHED_RR real-time tasks; writing 0 or a negative value restores the default.',
      zh: 'SCHED_RR 实时任务的时间片；写入 0 或负数恢复默认值。',
    },
    details: {
      en: 'Whole machine. Only affects tasks using the round-robin real-time policy.',
      zh: '作用于整台机器。只影响使用轮转实时策略的任务。',
    },
  },
  {
    key: 'kernel.numa_balancing',
    type: 'enum',
    default: null,
    defaultNote: {
      en: 'Enabled at boot only on machines with more than one NUMA node (and CONFIG_NUMA_BALANCING_DEFAULT_ENABLED); 0 on the single-node test machine.',
      zh: '只在多于一个 NUMA 节点的机器上（且启用 CONFIG_NUMA_BALANCING_DEFAULT_ENABLED）开机即启用；单节点测试机上为 0。',
    },
    values: [
      { value: '0', meaning: { en: 'Off.', zh: '关闭。' } },
      { value: '1', meaning: { en: 'Move tasks and pages to the node where the memory is used.', zh: '把任务和内存页迁移到使用该内存的节点。' } },
      { value: '2', meaning: { en: 'Memory tiering: promote hot pages from slow (e.g. CXL) memory.', zh: '内存分层：把热页从慢速内存（如 CXL）提升到快速内存。' } },
      { value: '3', meaning: { en: 'Both of the above.', zh: '同时启用以上两者。' } },
    ],
    perNamespace: false,
    related: ['kernel.numa_balancing_scan_delay_ms', 'kernel.numa_balancing_promote_rate_limit_MBps'],
    summary: {
      en: 'Automatic NUMA balancing: the kernel samples memory accesses and migrates tasks or pages toward each other.',
      zh: '自动 NUMA 均衡：内核采样内存访问，并让任务和内存页相互靠近。',
    },
    details: {
      en:
        'Whole machine. Helps long-running processes that are not pinned, but its sampling faults and page migrations can add latency jitter. Databases and packet-processing services that pin threads and memory with `numactl` or their own affinity often turn it off.\n\n' +
        '- Its activity shows as `numa_hint_faults` and `numa_pages_migrated` in `/proc/vmstat`.',
      zh:
        '作用于整台机器。对未绑定的长时间运行进程有帮助，但采样引起的缺页和页迁移会带来延迟抖动。用 `numactl` 或自身亲和性设置绑定线程和内存的数据库、包处理服务常把它关闭。\n\n' +
        '- 其活动体现在 `/proc/vmstat` 的 `numa_hint_faults` 和 `numa_pages_migrated` 中。',
    },
  },
  {
    key: 'kernel.timer_migration',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Timers stay on the CPU that armed them.', zh: '定时器留在设置它的 CPU 上。' } },
      { value: '1', meaning: { en: 'Idle CPUs may hand their timers to busy ones (default).', zh: '空闲 CPU 可以把定时器交给繁忙 CPU（默认）。' } },
    ],
    perNamespace: false,
    related: ['kernel.watchdog_cpumask'],
    summary: {
      en: 'Whether timers may be moved off idle CPUs so those CPUs can stay asleep.',
      zh: '是否允许把定时器从空闲 CPU 上迁走，让这些 CPU 保持休眠。',
    },
    details: {
      en: 'Whole machine. Saves power; latency-tuned hosts sometimes set 0 so timers fire on a predictable CPU.',
      zh: '作用于整台机器。可节能；为延迟调优的主机有时设为 0，使定时器在可预期的 CPU 上触发。',
    },
  },
  {
    key: 'kernel.task_delayacct',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Do not collect per-task delay statistics (default).', zh: '不收集每个任务的延迟统计（默认）。' } },
      { value: '1', meaning: { en: 'Collect time spent waiting for CPU, block I/O, swap-in and reclaim.', zh: '收集等待 CPU、块 I/O、换入和回收所花的时间。' } },
    ],
    perNamespace: false,
    related: ['kernel.sched_schedstats'],
    summary: {
      en: 'Whether the kernel records per-task delays, which `iotop` and `getdelays` display.',
      zh: '内核是否统计每个任务的延迟（`iotop`、`getdelays` 会显示这些数据）。',
    },
    details: {
      en: 'Whole machine. `iotop` prints a hint to enable it when its SWAPIN and IO columns are empty; the overhead is small.',
      zh: '作用于整台机器。`iotop` 的 SWAPIN、IO 列为空时会提示开启它；开销很小。',
    },
  },
  {
    key: 'kernel.split_lock_mitigate',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Only warn about split locks.', zh: '只对跨缓存行加锁给出警告。' } },
      { value: '1', meaning: { en: 'Warn and slow the offending task down (default).', zh: '警告并让出问题的任务变慢（默认）。' } },
    ],
    perNamespace: false,
    related: ['kernel.tainted'],
    summary: {
      en: 'On x86, whether a process doing split-lock atomic operations is deliberately slowed down.',
      zh: '在 x86 上，是否故意减慢执行跨缓存行原子操作（split lock）的进程。',
    },
    details: {
      en:
        'Whole machine. A split lock stalls the memory bus for every core. Some older games and emulators trip this and become very slow; set 0 if such a program is important, knowing it hurts neighbours.',
      zh:
        '作用于整台机器。split lock 会让所有核心的内存总线停顿。一些老游戏和模拟器会触发它而变得很慢；如果这类程序很重要可设为 0，但要清楚它会影响同机的其他负载。',
    },
  },
];

/** perf_event limits used by profilers. */
const PERF_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.perf_event_max_sample_rate',
    type: 'int',
    default: '100000',
    defaultNote: {
      en: 'The boot value; the kernel lowers it by itself when sampling interrupts take too long (see `dmesg`).',
      zh: '这是开机时的值；采样中断耗时过长时内核会自动调低（见 `dmesg`）。',
    },
    range: { min: 1 },
    perNamespace: false,
    related: ['kernel.perf_cpu_time_max_percent', 'kernel.perf_event_paranoid'],
    summary: {
      en: 'Highest sampling frequency, in samples per second, that perf events may request.',
      zh: 'perf 事件可请求的最高采样频率（每秒采样次数）。',
    },
    details: {
      en:
        'Whole machine. "perf: interrupt took too long, lowering kernel.perf_event_max_sample_rate to N" in `dmesg` means the limit was cut automatically, common on busy or virtualised hosts.',
      zh:
        '作用于整台机器。`dmesg` 中出现 "perf: interrupt took too long, lowering kernel.perf_event_max_sample_rate to N" 表示上限已被自动下调，在繁忙主机或虚拟机上很常见。',
    },
  },
  {
    key: 'kernel.perf_cpu_time_max_percent',
    type: 'int',
    default: '25',
    range: { min: 0, max: 100 },
    perNamespace: false,
    related: ['kernel.perf_event_max_sample_rate'],
    summary: {
      en: 'Share of CPU time perf sampling interrupts may use before the kernel lowers the sample rate.',
      zh: 'perf 采样中断可占用的 CPU 时间比例，超过后内核降低采样率。',
    },
    details: {
      en: 'Whole machine. 0 disables the automatic adjustment; 100 allows sampling to use all CPU time.',
      zh: '作用于整台机器。0 关闭自动调整；100 允许采样占用全部 CPU 时间。',
    },
  },
  {
    key: 'kernel.perf_event_mlock_kb',
    type: 'int',
    default: '516',
    defaultNote: {
      en: '512 KiB plus one page: 516 with 4 KiB pages (x86-64 and most arm64 builds), 528 with 16 KiB pages, 576 with 64 KiB pages.',
      zh: '512 KiB 再加一个页：4 KiB 页（x86-64 和大多数 arm64 构建）为 516，16 KiB 页为 528，64 KiB 页为 576。',
    },
    perNamespace: false,
    related: ['kernel.perf_event_paranoid'],
    summary: {
      en: 'KiB of perf ring buffer an unprivileged user may lock per CPU, on top of `ulimit -l`.',
      zh: '非特权用户每个 CPU 可锁定的 perf 环形缓冲区大小（KiB），在 `ulimit -l` 之外额外计算。',
    },
    details: {
      en: 'Whole machine. `perf record -m` with large buffers fails with "Permission error mapping pages" when it is too small.',
      zh: '作用于整台机器。值太小时，使用大缓冲区的 `perf record -m` 会报 "Permission error mapping pages"。',
    },
  },
  {
    key: 'kernel.perf_event_max_stack',
    type: 'int',
    default: '127',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.perf_event_max_contexts_per_stack'],
    summary: {
      en: 'Deepest call chain, in frames, recorded for a perf or BPF stack sample.',
      zh: 'perf 或 BPF 栈采样记录的最大调用链深度（帧数）。',
    },
    details: {
      en: 'Whole machine. Deeply recursive programs (some JVM or interpreter stacks) show truncated flame graphs; raise it for them.',
      zh: '作用于整台机器。调用栈很深的程序（某些 JVM 或解释器）火焰图会被截断，此时可调大。',
    },
  },
];

/** Host identity and kernel version strings. */
const IDENTITY_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.hostname',
    type: 'string',
    default: null,
    defaultNote: { en: 'The machine\'s host name, set at boot.', zh: '机器的主机名，开机时设置。' },
    perNamespace: false,
    related: ['kernel.domainname', 'kernel.osrelease'],
    summary: {
      en: 'Host name of the current UTS namespace, as `hostname` and `uname -n` print it.',
      zh: '当前 UTS 命名空间的主机名，即 `hostname`、`uname -n` 打印的内容。',
    },
    details: {
      en:
        'Per UTS namespace, so each container has its own. Writing it changes the running name only; persist it with `hostnamectl set-hostname` or `/etc/hostname`. A name that does not resolve (missing from `/etc/hosts` or DNS) slows `sudo`, Java and some daemons at start-up.',
      zh:
        '按 UTS 命名空间生效，每个容器都有自己的值。写入只改变运行中的名字；要持久化请用 `hostnamectl set-hostname` 或 `/etc/hostname`。主机名无法解析（不在 `/etc/hosts` 或 DNS 中）会让 `sudo`、Java 和部分守护进程启动变慢。',
    },
  },
  {
    key: 'kernel.domainname',
    type: 'string',
    default: '(none)',
    perNamespace: false,
    related: ['kernel.hostname'],
    summary: {
      en: 'NIS/YP domain name of the current UTS namespace (not the DNS domain).',
      zh: '当前 UTS 命名空间的 NIS/YP 域名（不是 DNS 域名）。',
    },
    details: {
      en: 'Per UTS namespace. Only NIS uses it; the DNS search domain lives in `/etc/resolv.conf`.',
      zh: '按 UTS 命名空间生效。只有 NIS 使用它；DNS 搜索域在 `/etc/resolv.conf` 中。',
    },
  },
  {
    key: 'kernel.osrelease',
    type: 'string',
    default: null,
    defaultNote: { en: 'The running kernel\'s release, e.g. `6.18.44-fc-v657`.', zh: '当前运行内核的版本号，例如 `6.18.44-fc-v657`。' },
    perNamespace: false,
    related: ['kernel.version', 'kernel.ostype'],
    summary: {
      en: 'Read-only: kernel release string, as `uname -r` prints it.',
      zh: '只读：内核版本字符串，即 `uname -r` 的输出。',
    },
    details: {
      en: 'Whole machine. The first two numbers decide which sysctl keys and defaults apply; this product uses it to pick the matching documentation.',
      zh: '作用于整台机器。前两位数字决定了有哪些 sysctl 参数及其默认值；本产品据此选择对应的文档。',
    },
  },
  {
    key: 'kernel.ostype',
    type: 'string',
    default: 'Linux',
    perNamespace: false,
    related: ['kernel.osrelease'],
    summary: {
      en: 'Read-only: the operating system name, as `uname -s` prints it.',
      zh: '只读：操作系统名称，即 `uname -s` 的输出。',
    },
    details: {
      en: 'Whole machine. Always `Linux`.',
      zh: '作用于整台机器。始终为 `Linux`。',
    },
  },
  {
    key: 'kernel.version',
    type: 'string',
    default: null,
    defaultNote: { en: 'The build number and date of the running kernel.', zh: '当前运行内核的构建编号和日期。' },
    perNamespace: false,
    related: ['kernel.osrelease'],
    summary: {
      en: 'Read-only: kernel build string (`#1 SMP PREEMPT_DYNAMIC …`), as `uname -v` prints it.',
      zh: '只读：内核构建信息（`#1 SMP PREEMPT_DYNAMIC …`），即 `uname -v` 的输出。',
    },
    details: {
      en: 'Whole machine. Shows the preemption model and build date, useful when comparing two hosts with the same release.',
      zh: '作用于整台机器。显示抢占模型和构建日期，对比两台版本号相同的主机时有用。',
    },
  },
  {
    key: 'kernel.arch',
    type: 'string',
    default: null,
    defaultNote: { en: 'The machine architecture, e.g. `x86_64` or `aarch64`.', zh: '机器体系结构，例如 `x86_64` 或 `aarch64`。' },
    perNamespace: false,
    related: ['kernel.osrelease'],
    summary: {
      en: 'Read-only: hardware architecture, as `uname -m` prints it.',
      zh: '只读：硬件体系结构，即 `uname -m` 的输出。',
    },
    details: {
      en: 'Whole machine. Some keys exist only on certain architectures (for example `kernel.split_lock_mitigate` on x86).',
      zh: '作用于整台机器。有些参数只在特定体系结构上存在（例如 x86 上的 `kernel.split_lock_mitigate`）。',
    },
  },
];

/** Pseudo-terminals: every interactive SSH session uses one. */
const PTY_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.pty.max',
    type: 'int',
    unit: 'entries',
    default: '4096',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.pty.nr', 'kernel.pty.reserve'],
    summary: {
      en: 'Limit on open pseudo-terminals for the whole machine (one fewer than this can be open at once); each interactive SSH session, `tmux` pane or `docker exec -t` takes one.',
      zh: '整台机器打开的伪终端数量上限（同时最多只能打开比它少一个）；每个交互式 SSH 会话、`tmux` 窗格或 `docker exec -t` 都占一个。',
    },
    details: {
      en:
        'Whole machine, one count shared by every devpts instance. A new terminal is refused once the count would reach this value, so with the default at most 4095 are open at once; devpts instances mounted outside the initial mount namespace (containers) are refused earlier, when the count would reach this value minus `kernel.pty.reserve` (3072 by default, so 3071 terminals). At the limit new SSH logins fail with "PTY allocation request failed" (or "no more ptys") although the TCP connection and authentication succeed. Bastion hosts and CI runners with thousands of sessions raise it.',
      zh:
        '作用于整台机器，所有 devpts 实例共用一个计数。计数一旦会达到这个值，新终端就会被拒绝，所以默认情况下同时最多只能打开 4095 个；在初始挂载命名空间之外挂载的 devpts 实例（容器）更早被拒绝：计数会达到这个值减去 `kernel.pty.reserve`（默认 3072，即 3071 个终端）时就不再分配。达到上限后，新的 SSH 登录会报 "PTY allocation request failed"（或 "no more ptys"），尽管 TCP 连接和认证都已成功。承载数千会话的跳板机和 CI 执行机需要调大它。',
    },
  },
  {
    key: 'kernel.pty.reserve',
    type: 'int',
    unit: 'entries',
    default: '1024',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.pty.max'],
    summary: {
      en: 'Pseudo-terminals kept back for the initial devpts mount, so containers cannot use them all.',
      zh: '为初始 devpts 挂载保留的伪终端数，防止容器把它们全部用完。',
    },
    details: {
      en: 'Whole machine. Containers with their own devpts instance can use at most `kernel.pty.max` minus this reserve.',
      zh: '作用于整台机器。拥有独立 devpts 实例的容器最多只能使用 `kernel.pty.max` 减去该保留值。',
    },
  },
  {
    key: 'kernel.pty.nr',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: { en: 'A live count of pseudo-terminals in use.', zh: '正在使用的伪终端的实时数量。' },
    perNamespace: false,
    related: ['kernel.pty.max'],
    summary: {
      en: 'Read-only: pseudo-terminals currently allocated.',
      zh: '只读：当前已分配的伪终端数。',
    },
    details: {
      en: 'Whole machine. Compare with `kernel.pty.max`; a steadily growing number points to leaked sessions (e.g. abandoned `screen` or stuck SSH connections).',
      zh: '作用于整台机器。与 `kernel.pty.max` 对比；数字持续增长说明会话泄漏（例如被遗弃的 `screen` 或卡住的 SSH 连接）。',
    },
  },
];

/** The random number generator and boot identifiers. */
const RANDOM_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.random.boot_id',
    type: 'string',
    default: null,
    defaultNote: { en: 'A random UUID chosen at each boot.', zh: '每次开机随机生成的 UUID。' },
    perNamespace: false,
    related: ['kernel.random.uuid'],
    summary: {
      en: 'Read-only: a UUID that stays the same until the next reboot.',
      zh: '只读：在下次重启前保持不变的 UUID。',
    },
    details: {
      en: 'Whole machine. Monitoring and `journalctl --list-boots` use it to tell boots apart, a reliable way to detect an unexpected reboot.',
      zh: '作用于整台机器。监控系统和 `journalctl --list-boots` 用它区分不同次启动，是发现意外重启的可靠方法。',
    },
  },
  {
    key: 'kernel.random.uuid',
    type: 'string',
    default: null,
    defaultNote: { en: 'A new random UUID on every read.', zh: '每次读取都返回一个新的随机 UUID。' },
    perNamespace: false,
    related: ['kernel.random.boot_id'],
    summary: {
      en: 'Read-only: returns a fresh random UUID each time it is read.',
      zh: '只读：每次读取都返回一个新的随机 UUID。',
    },
    details: {
      en: 'Whole machine. A handy UUID source for shell scripts: `cat /proc/sys/kernel/random/uuid`.',
      zh: '作用于整台机器。可作为 shell 脚本的 UUID 来源：`cat /proc/sys/kernel/random/uuid`。',
    },
  },
  {
    key: 'kernel.random.entropy_avail',
    type: 'int',
    default: null,
    defaultNote: {
      en: '256 once the generator is initialised on 5.18 and later; older kernels show a fluctuating estimate.',
      zh: '5.18 及以后内核在随机数生成器初始化后恒为 256；更老的内核显示一个不断变化的估计值。',
    },
    perNamespace: false,
    related: ['kernel.random.poolsize', 'kernel.random.write_wakeup_threshold'],
    summary: {
      en: 'Read-only: the kernel\'s estimate of entropy in the input pool, in bits.',
      zh: '只读：内核对输入池中熵的估计值（比特）。',
    },
    details: {
      en:
        'Whole machine. On old kernels a low value made `/dev/random` block, stalling TLS servers, key generation and Java `SecureRandom` right after boot on VMs; `haveged` or `rng-tools` were installed to fix it. Since 5.6 `/dev/random` blocks only until the generator is initialised, and since 5.18 the number stays at 256 once it is, so it is no longer a useful alarm.',
      zh:
        '作用于整台机器。在老内核上，该值偏低会让 `/dev/random` 阻塞，使虚拟机刚开机时 TLS 服务、密钥生成、Java `SecureRandom` 卡住，过去常安装 `haveged` 或 `rng-tools` 解决。5.6 起 `/dev/random` 只在随机数生成器初始化完成前阻塞，5.18 起初始化后该值恒为 256，这个数字已不再是有用的告警指标。',
    },
  },
  {
    key: 'kernel.random.poolsize',
    type: 'int',
    default: '256',
    defaultChanges: [{ version: '5.18', from: '4096', to: '256' }],
    perNamespace: false,
    related: ['kernel.random.entropy_avail'],
    summary: {
      en: 'Read-only: size of the entropy input pool in bits.',
      zh: '只读：熵输入池的大小（比特）。',
    },
    details: {
      en: 'Whole machine. Fixed by the generator design; the 5.18 rewrite shrank it to one hash state.',
      zh: '作用于整台机器。由生成器的设计决定；5.18 的重写把它缩小为一个哈希状态的大小。',
    },
  },
  {
    key: 'kernel.random.write_wakeup_threshold',
    type: 'int',
    default: '256',
    // drivers/char/random.c: random_write_wakeup_thresh = 128 in 3.10; 28 * OUTPUT_POOL_WORDS (896) from 3.13
    // (linux-3.13.10, 4.18, 5.14); POOL_MIN_BITS (256) since the 5.18 rewrite, also taken into the 5.4, 5.10 and
    // 5.15 stable trees (5.4.273 and 5.15.100 have it).
    defaultChanges: [
      { version: '3.13', from: '128', to: '896' },
      { version: '5.18', from: '896', to: '256' },
    ],
    defaultNote: {
      en: 'Long-term 5.4, 5.10 and 5.15 kernels updated since mid-2022 took the 5.18 generator and show 256 as well; older builds of them show 896.',
      zh: '2022 年年中以后更新过的 5.4、5.10、5.15 长期支持内核也合入了 5.18 的新生成器，同样显示 256；更早的构建显示 896。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.random.entropy_avail', 'kernel.random.urandom_min_reseed_secs'],
    summary: {
      en: 'Entropy level below which processes waiting to feed `/dev/random` are woken.',
      zh: '熵低于该值时，唤醒等待向 `/dev/random` 补充熵的进程。',
    },
    details: {
      en: 'Whole machine. Entropy daemons such as `rngd` once tuned it; since 5.18 it stays writable only for compatibility and writing it changes nothing.',
      zh: '作用于整台机器。`rngd` 等熵守护进程过去会调整它；5.18 起它只是为兼容而保持可写，写入不再产生任何效果。',
    },
  },
  {
    key: 'kernel.random.urandom_min_reseed_secs',
    type: 'int',
    unit: 'seconds',
    default: '60',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.random.write_wakeup_threshold'],
    summary: {
      en: 'Kept for compatibility: once the minimum interval between reseeds of the urandom generator.',
      zh: '为兼容而保留：曾是 urandom 生成器两次重新播种之间的最短间隔。',
    },
    details: {
      en: 'Whole machine. Current kernels reseed on their own schedule and ignore the value.',
      zh: '作用于整台机器。当前内核按自身节奏重新播种，忽略该值。',
    },
  },
];

/** Reboot, power-off and process accounting. */
const SYSTEM_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.ctrl-alt-del',
    type: 'bool',
    default: '1',
    defaultNote: {
      en: 'The kernel starts with 1; init systems such as systemd set 0 at boot so they can handle the key themselves.',
      zh: '内核初始值为 1；systemd 等 init 系统开机时会设为 0，以便自己处理该组合键。',
    },
    values: [
      { value: '0', meaning: { en: 'Send the key press to init (PID 1) for a clean shutdown.', zh: '把组合键交给 init（PID 1）以正常关机。' } },
      { value: '1', meaning: { en: 'Reboot immediately without syncing disks.', zh: '立即重启，不同步磁盘。' } },
    ],
    perNamespace: false,
    related: ['kernel.cad_pid'],
    summary: {
      en: 'What Ctrl-Alt-Del on the console does: signal init, or an immediate hard reboot.',
      zh: '控制台上按 Ctrl-Alt-Del 的效果：通知 init，还是立即硬重启。',
    },
    details: {
      en: 'Whole machine. Relevant for servers with KVM/IPMI consoles where someone may press it by accident; systemd maps it to `ctrl-alt-del.target`, which can be masked.',
      zh: '作用于整台机器。对有人可能误按的 KVM/IPMI 控制台服务器有意义；systemd 把它映射到 `ctrl-alt-del.target`，可以将其屏蔽。',
    },
  },
  {
    key: 'kernel.poweroff_cmd',
    type: 'string',
    default: '/sbin/poweroff',
    perNamespace: false,
    related: ['kernel.usermodehelper.bset'],
    summary: {
      en: 'Program the kernel runs when it needs an orderly power-off (e.g. critical temperature).',
      zh: '内核需要有序关机时（例如温度过高）运行的程序。',
    },
    details: {
      en: 'Whole machine. Rarely changed; make sure the path exists in minimal images.',
      zh: '作用于整台机器。很少修改；在精简镜像中要确认该路径存在。',
    },
  },
  {
    key: 'kernel.acct',
    type: 'int-list',
    items: 3,
    default: '4\t2\t30',
    perNamespace: false,
    related: ['kernel.task_delayacct'],
    summary: {
      en: 'BSD process accounting thresholds: resume above 4% free disk, suspend below 2%, check every 30 s.',
      zh: 'BSD 进程记账阈值：磁盘空闲高于 4% 时恢复，低于 2% 时暂停，每 30 秒检查一次。',
    },
    details: {
      en: 'Whole machine. Only matters when process accounting (`accton`, `psacct`/`acct` packages) is on; it protects the disk from filling with accounting records.',
      zh: '作用于整台机器。只在启用进程记账（`accton`，`psacct`/`acct` 软件包）时有意义；用于防止记账记录写满磁盘。',
    },
  },
];

/** Per-user-namespace limits on namespaces and notification watches (the user.* keys). */
const USER_NAMESPACE_KEYS: readonly SysctlKeyDoc[] = [
  ...(
    [
      ['user', 'user namespaces', '用户命名空间', 'Setting 0 in the initial namespace is a common hardening step that disables unprivileged user namespaces, but it breaks rootless containers, Chrome\'s and Flatpak\'s sandboxes.', '在初始命名空间中设为 0 是常见的加固手段，可禁用非特权用户命名空间，但会让 rootless 容器以及 Chrome、Flatpak 的沙箱无法工作。'],
      ['net', 'network namespaces', '网络命名空间', 'Every container or pod normally gets its own network namespace with its own sockets, routes and sysctl values; `ip netns add` and CNI plugins fail with ENOSPC at the limit.', '每个容器或 Pod 通常都有自己的网络命名空间，拥有独立的 socket、路由和 sysctl 值；达到上限时 `ip netns add` 和 CNI 插件以 ENOSPC 失败。'],
      ['mnt', 'mount namespaces', '挂载命名空间', 'systemd services with `PrivateTmp=` or `ProtectSystem=` and every container create one.', '使用 `PrivateTmp=`、`ProtectSystem=` 的 systemd 服务和每个容器都会创建一个。'],
      ['pid', 'PID namespaces', 'PID 命名空间', 'Each container normally has its own PID namespace.', '每个容器通常都有自己的 PID 命名空间。'],
      ['ipc', 'IPC namespaces', 'IPC 命名空间', 'Each gets its own System V IPC and POSIX message-queue limits.', '每个命名空间都有独立的 System V IPC 和 POSIX 消息队列限制。'],
      ['uts', 'UTS namespaces', 'UTS 命名空间', 'Each has its own host name, which is how containers get theirs.', '每个命名空间都有自己的主机名，容器的主机名就是这样来的。'],
      ['cgroup', 'cgroup namespaces', 'cgroup 命名空间', 'Container runtimes create one per container on cgroup v2 hosts.', '在 cgroup v2 主机上，容器运行时为每个容器创建一个。'],
      ['time', 'time namespaces', '时间命名空间', 'Used mainly by checkpoint/restore tools to keep monotonic clocks consistent.', '主要供检查点/恢复工具使用，以保持单调时钟一致。'],
    ] as const
  ).map(
    ([kind, en, zh, noteEn, noteZh]): SysctlKeyDoc => ({
      key: `user.max_${kind}_namespaces`,
      type: 'int',
      unit: 'entries',
      default: null,
      defaultNote: {
        en: 'Half of `kernel.threads-max` at boot (96365 on a 24 GiB test machine).',
        zh: '开机时为 `kernel.threads-max` 的一半（在一台 24 GiB 内存的测试机上为 96365）。',
      },
      range: { min: 0 },
      since: kind === 'time' ? '5.6' : '4.9',
      perNamespace: false,
      related: kind === 'user' ? ['user.max_net_namespaces', 'kernel.threads-max'] : ['user.max_user_namespaces', 'kernel.threads-max'],
      summary: {
        en: `Maximum number of ${en} each user may create in the current user namespace; those created in its child user namespaces count against the user who owns the child.`,
        zh: `当前用户命名空间中每个用户可创建的${zh}数量上限；在其子用户命名空间中创建的，计入拥有该子命名空间的用户名下。`,
      },
      details: {
        en: `Per user namespace: each user namespace has its own copy, and the strictest one on the path to the initial namespace applies. ${noteEn}`,
        zh: `按用户命名空间生效：每个用户命名空间都有自己的一份，从当前命名空间到初始命名空间路径上最严格的一个起作用。${noteZh}`,
      },
    }),
  ),
  {
    key: 'user.max_inotify_instances',
    type: 'int',
    unit: 'entries',
    default: '128',
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.inotify.max_user_instances', 'user.max_inotify_watches'],
    summary: {
      en: 'Maximum inotify instances per user, as seen from the current user namespace.',
      zh: '从当前用户命名空间看，每个用户可创建的 inotify 实例数上限。',
    },
    details: {
      en: 'Per user namespace. In the initial namespace it is the same limit as `fs.inotify.max_user_instances`; containers with their own user namespace can be given a separate value.',
      zh: '按用户命名空间生效。在初始命名空间中它与 `fs.inotify.max_user_instances` 是同一个限制；拥有独立用户命名空间的容器可以单独设置。',
    },
  },
  {
    key: 'user.max_inotify_watches',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'Scaled from RAM at boot, like `fs.inotify.max_user_watches` (192536 on a 24 GiB test machine).',
      zh: '开机时按内存计算，与 `fs.inotify.max_user_watches` 相同（在一台 24 GiB 内存的测试机上为 192536）。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.inotify.max_user_watches', 'user.max_inotify_instances'],
    summary: {
      en: 'Maximum inotify watches per user, as seen from the current user namespace.',
      zh: '从当前用户命名空间看，每个用户可使用的 inotify 监视项上限。',
    },
    details: {
      en: 'Per user namespace. In the initial namespace it is the same limit as `fs.inotify.max_user_watches`.',
      zh: '按用户命名空间生效。在初始命名空间中它与 `fs.inotify.max_user_watches` 是同一个限制。',
    },
  },
  {
    key: 'user.max_fanotify_groups',
    type: 'int',
    unit: 'entries',
    default: '128',
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.fanotify.max_user_groups', 'user.max_fanotify_marks'],
    summary: {
      en: 'Maximum fanotify groups per user, as seen from the current user namespace.',
      zh: '从当前用户命名空间看，每个用户可创建的 fanotify 组上限。',
    },
    details: {
      en: 'Per user namespace. In the initial namespace it is the same limit as `fs.fanotify.max_user_groups`.',
      zh: '按用户命名空间生效。在初始命名空间中它与 `fs.fanotify.max_user_groups` 是同一个限制。',
    },
  },
  {
    key: 'user.max_fanotify_marks',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'Scaled from RAM at boot, like `fs.fanotify.max_user_marks` (205039 on a 24 GiB test machine).',
      zh: '开机时按内存计算，与 `fs.fanotify.max_user_marks` 相同（在一台 24 GiB 内存的测试机上为 205039）。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.fanotify.max_user_marks', 'user.max_fanotify_groups'],
    summary: {
      en: 'Maximum fanotify marks per user, as seen from the current user namespace.',
      zh: '从当前用户命名空间看，每个用户可持有的 fanotify 标记上限。',
    },
    details: {
      en: 'Per user namespace. In the initial namespace it is the same limit as `fs.fanotify.max_user_marks`.',
      zh: '按用户命名空间生效。在初始命名空间中它与 `fs.fanotify.max_user_marks` 是同一个限制。',
    },
  },
];

/** The few keys outside kernel.* that still come up in hardening reviews and crash triage. */
const OTHER_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'debug.exception-trace',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Do not log unhandled signals.', zh: '不记录未处理的信号。' } },
      { value: '1', meaning: { en: 'Log a line for each process killed by an unhandled fault (default).', zh: '进程因未处理的错误被杀时记录一行日志（默认）。' } },
    ],
    perNamespace: false,
    related: ['kernel.print-fatal-signals', 'kernel.core_pattern'],
    summary: {
      en: 'Whether the kernel logs "segfault at …" lines when a process dies from an unhandled fault.',
      zh: '进程因未处理的错误退出时，内核是否记录 "segfault at …" 日志。',
    },
    details: {
      en:
        'Whole machine. The line names the program, the faulting address and the library (`… error 4 in libc.so.6`), often the only trace of a crashed worker when no core dump was written. Find them with `dmesg -T | grep segfault`; the messages are rate-limited.',
      zh:
        '作用于整台机器。该日志包含程序名、出错地址和所在的库（`… error 4 in libc.so.6`），在没有生成 core dump 时往往是崩溃 worker 留下的唯一线索。用 `dmesg -T | grep segfault` 查找；这些消息有限速。',
    },
  },
  {
    key: 'abi.vsyscall32',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Do not map the vDSO into 32-bit processes.', zh: '不为 32 位进程映射 vDSO。' } },
      { value: '1', meaning: { en: 'Map the vDSO into 32-bit processes (default).', zh: '为 32 位进程映射 vDSO（默认）。' } },
    ],
    perNamespace: false,
    related: ['kernel.randomize_va_space'],
    summary: {
      en: 'On x86-64, whether 32-bit programs get the vDSO for fast system calls and clock reads.',
      zh: '在 x86-64 上，32 位程序是否获得用于快速系统调用和读取时钟的 vDSO。',
    },
    details: {
      en: 'Whole machine. Only needed off for very old 32-bit binaries that break with a vDSO; turning it off makes `gettimeofday()` in 32-bit programs a real system call.',
      zh: '作用于整台机器。只有与 vDSO 不兼容的极老 32 位程序才需要关闭；关闭后 32 位程序中的 `gettimeofday()` 会变成真正的系统调用。',
    },
  },
  {
    key: 'dev.tty.ldisc_autoload',
    type: 'bool',
    default: '1',
    defaultNote: {
      en: 'Follows CONFIG_LDISC_AUTOLOAD, enabled in the default configuration.',
      zh: '取决于 CONFIG_LDISC_AUTOLOAD，默认配置下为开启。',
    },
    values: [
      { value: '0', meaning: { en: 'Only CAP_SYS_MODULE may cause line-discipline modules to load.', zh: '只有具备 CAP_SYS_MODULE 的进程才能触发加载线路规程模块。' } },
      { value: '1', meaning: { en: 'Any user may trigger loading them by selecting a line discipline.', zh: '任何用户选择线路规程时都能触发加载相应模块。' } },
    ],
    perNamespace: false,
    related: ['dev.tty.legacy_tiocsti'],
    summary: {
      en: 'Whether unprivileged users can make the kernel load TTY line-discipline modules (a past attack surface).',
      zh: '非特权用户能否让内核加载 TTY 线路规程模块（曾被用作攻击面）。',
    },
    details: {
      en: 'Whole machine. Hardening baselines set 0; rarely used disciplines (e.g. for old serial protocols) then load only when root selects them.',
      zh: '作用于整台机器。加固基线会设为 0；此后很少用到的线路规程（例如老式串口协议）只有 root 选择时才会加载。',
    },
  },
  {
    key: 'dev.tty.legacy_tiocsti',
    type: 'bool',
    default: '1',
    defaultNote: {
      en: 'Follows CONFIG_LEGACY_TIOCSTI; several distributions build it off, giving 0.',
      zh: '取决于 CONFIG_LEGACY_TIOCSTI；好几个发行版构建时关闭它，此时为 0。',
    },
    values: [
      { value: '0', meaning: { en: 'Only CAP_SYS_ADMIN may push input into a terminal with TIOCSTI.', zh: '只有具备 CAP_SYS_ADMIN 的进程才能用 TIOCSTI 向终端注入输入。' } },
      { value: '1', meaning: { en: 'Any process may push input into its controlling terminal.', zh: '任何进程都能向其控制终端注入输入。' } },
    ],
    since: '6.2',
    perNamespace: false,
    related: ['dev.tty.ldisc_autoload'],
    summary: {
      en: 'Whether unprivileged programs may inject keystrokes into a terminal with the TIOCSTI ioctl.',
      zh: '非特权程序能否通过 TIOCSTI ioctl 向终端注入按键。',
    },
    details: {
      en:
        'Whole machine. A program run through `su` or `sudo` without a new terminal could type commands into the caller\'s shell this way. Set 0 unless a tool you rely on (some older terminal helpers) still needs it.',
      zh:
        '作用于整台机器。通过 `su` 或 `sudo` 运行、却没有分配新终端的程序，可以借此向调用者的 shell 输入命令。除非依赖的工具（少数老式终端辅助程序）仍需要它，否则设为 0。',
    },
  },
];

/**
 * Keys for kernel developers and special tooling (tracing, checkpoint/restore, boot internals).
 * Brief on purpose: the hover says what the key is and when an SRE would ever meet it.
 */
const DEVELOPER_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'kernel.bootloader_type',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'Whatever the boot loader wrote into the x86 boot header; 176 (0xB0) on the reference Firecracker VM.',
      zh: '取决于引导程序写入 x86 启动头的值；参考用的 Firecracker 虚拟机上为 176（0xB0）。',
    },
    perNamespace: false,
    related: ['kernel.bootloader_version', 'kernel.osrelease'],
    summary: {
      en: 'Read-only, x86 only: the type number of the boot loader that started the kernel.',
      zh: '只读，仅 x86：启动本内核的引导程序的类型编号。',
    },
    details: {
      en:
        'Whole machine; a kernel-developer key with nothing to tune. The value is the loader type shifted left by four bits, with the low four bits of the loader version below it (the old `type_of_loader` encoding, kept for compatibility); the x86 boot protocol lists the type numbers, 7 being GRUB. An SRE reads it at most when auditing how hosts boot, e.g. to tell GRUB-booted machines from ones started directly by a hypervisor or by kexec.',
      zh:
        '作用于整台机器；这是给内核开发者看的参数，没有可调的内容。其值为引导程序类型左移四位，低四位是引导程序版本号的低四位（沿用旧的 `type_of_loader` 编码以保持兼容）；各类型编号见 x86 启动协议文档，其中 7 是 GRUB。SRE 最多在核查主机启动方式时会读它，例如区分由 GRUB 引导的机器与由虚拟化平台或 kexec 直接启动的机器。',
    },
  },
  {
    key: 'kernel.bootloader_version',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'Whatever the boot loader reported; 0 on the reference Firecracker VM.',
      zh: '取决于引导程序上报的值；参考用的 Firecracker 虚拟机上为 0。',
    },
    perNamespace: false,
    related: ['kernel.bootloader_type'],
    summary: {
      en: 'Read-only, x86 only: the full version number the boot loader reported.',
      zh: '只读，仅 x86：引导程序上报的完整版本号。',
    },
    details: {
      en: 'Whole machine; informational only. Read it together with `kernel.bootloader_type`, which keeps only the low four bits of this version.',
      zh: '作用于整台机器，仅供参考。应与 `kernel.bootloader_type` 一起看，后者只保留了该版本号的低四位。',
    },
  },
  {
    key: 'kernel.cad_pid',
    type: 'int',
    default: '1',
    perNamespace: false,
    related: ['kernel.ctrl-alt-del'],
    summary: {
      en: 'The process signalled when Ctrl-Alt-Del is pressed and `kernel.ctrl-alt-del` is 0: init (PID 1) by default.',
      zh: '在 `kernel.ctrl-alt-del` 为 0 时按下 Ctrl-Alt-Del 会收到信号的进程，默认是 init（PID 1）。',
    },
    details: {
      en:
        'Whole machine; readable and writable by root only. With `kernel.ctrl-alt-del` at 0 the kernel does not reboot on the key combination but sends SIGINT to this process; systemd answers by starting `ctrl-alt-del.target`. Writing a PID that belongs to no running process fails with ESRCH. An SRE meets it only when Ctrl-Alt-Del on a console (or a hypervisor\'s "send Ctrl-Alt-Del" button) does nothing or something unexpected: check that it still points at PID 1.',
      zh:
        '作用于整台机器，只有 root 可读写。`kernel.ctrl-alt-del` 为 0 时，内核收到该组合键不会重启，而是向这个进程发送 SIGINT；systemd 收到后会启动 `ctrl-alt-del.target`。写入一个不属于任何运行中进程的 PID 会以 ESRCH 失败。SRE 只有在控制台上的 Ctrl-Alt-Del（或虚拟化平台的“发送 Ctrl-Alt-Del”按钮）没有反应或行为异常时才会碰到它：确认它仍然指向 PID 1。',
    },
  },
  {
    key: 'kernel.firmware_config.force_sysfs_fallback',
    type: 'bool',
    default: '0',
    defaultNote: {
      en: 'Follows CONFIG_FW_LOADER_USER_HELPER_FALLBACK, which most builds (the reference one included) leave off.',
      zh: '取决于 CONFIG_FW_LOADER_USER_HELPER_FALLBACK，多数内核构建（包括参考内核）都不启用它。',
    },
    values: [
      { value: '0', meaning: { en: 'Fall back to the sysfs interface only for drivers that ask for it.', zh: '只有驱动明确要求时才回退到 sysfs 接口。' } },
      { value: '1', meaning: { en: 'Every failed direct load falls back to the sysfs interface and waits for user space.', zh: '每次直接加载失败都回退到 sysfs 接口，等待用户态提供文件。' } },
    ],
    perNamespace: false,
    related: ['kernel.firmware_config.ignore_sysfs_fallback'],
    summary: {
      en: 'Whether a failed firmware load always falls back to the sysfs interface, where a user-space helper must supply the file.',
      zh: '固件加载失败时是否总是回退到 sysfs 接口，由用户态辅助程序提供固件文件。',
    },
    details: {
      en:
        'Whole machine; a driver-developer key. When a driver (NIC, GPU, Wi-Fi, storage controller) requests firmware, the kernel first reads it from `/lib/firmware`. The sysfs fallback then waits for user space to write the file through `/sys/class/firmware/`, for up to `/sys/class/firmware/timeout` seconds (60 by default). With 1, every missing file costs that wait, which shows up as boot or `modprobe` stalls of a minute each. Check `dmesg | grep -i firmware` and that the firmware package is installed.',
      zh:
        '作用于整台机器；这是给驱动开发者用的参数。驱动（网卡、GPU、Wi-Fi、存储控制器）请求固件时，内核先从 `/lib/firmware` 直接读取；sysfs 回退机制则会等待用户态通过 `/sys/class/firmware/` 写入文件，最长 `/sys/class/firmware/timeout` 秒（默认 60）。设为 1 时，每缺一个文件都要等这么久，表现为开机或 `modprobe` 每次卡住约一分钟。用 `dmesg | grep -i firmware` 检查，并确认已安装相应的固件软件包。',
    },
  },
  {
    key: 'kernel.firmware_config.ignore_sysfs_fallback',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Use the sysfs fallback where a driver or `force_sysfs_fallback` asks for it.', zh: '驱动或 `force_sysfs_fallback` 要求时使用 sysfs 回退。' } },
      { value: '1', meaning: { en: 'Never use the sysfs fallback: a missing firmware file fails at once.', zh: '从不使用 sysfs 回退：缺少固件文件时立即失败。' } },
    ],
    perNamespace: false,
    related: ['kernel.firmware_config.force_sysfs_fallback'],
    summary: {
      en: 'Turns the sysfs firmware fallback off completely, overriding `kernel.firmware_config.force_sysfs_fallback`.',
      zh: '彻底关闭固件加载的 sysfs 回退机制，优先于 `kernel.firmware_config.force_sysfs_fallback`。',
    },
    details: {
      en:
        'Whole machine; a driver-developer key. With 1 a missing firmware file fails immediately instead of waiting for a user-space helper, which helps systems that have no such helper and stall while drivers load. The driver then usually fails to initialise: look for "Direct firmware load for … failed" in `dmesg`.',
      zh:
        '作用于整台机器；这是给驱动开发者用的参数。设为 1 后，缺少固件文件会立即失败，而不是等待用户态辅助程序；对于没有这类辅助程序、加载驱动时会卡住的系统有帮助。此时驱动通常会初始化失败：在 `dmesg` 中查找 "Direct firmware load for … failed"。',
    },
  },
  {
    key: 'kernel.ftrace_dump_on_oops',
    type: 'string',
    default: '0',
    perNamespace: false,
    related: ['kernel.panic_on_oops', 'kernel.traceoff_on_warning', 'kernel.ftrace_enabled'],
    summary: {
      en: 'Whether an oops prints the ftrace buffer to the console: 0 no, 1 every CPU\'s buffer, 2 or `orig_cpu` only the CPU that oopsed.',
      zh: '内核 oops 时是否把 ftrace 缓冲区打印到控制台：0 不打印，1 打印所有 CPU 的缓冲区，2 或 `orig_cpu` 只打印出错的 CPU。',
    },
    details: {
      en:
        'Whole machine; a tracing and debugging key. When you chase a rare crash with tracing running, it puts the events that led up to the crash into the console log, and so into a serial console, pstore or kdump capture. Recent kernels also accept trace instance names (`foo`, `foo=orig_cpu`, several separated by commas). Dumping a large buffer over a slow serial console can take minutes, so shrink the buffer (`buffer_size_kb` in `/sys/kernel/tracing`) before enabling it. The boot parameter of the same name sets it from boot.',
      zh:
        '作用于整台机器；这是用于跟踪和调试的参数。在开启跟踪的情况下排查偶发崩溃时，它会把崩溃前的事件写进控制台日志，从而进入串口控制台、pstore 或 kdump 的采集结果。较新的内核还接受跟踪实例名（`foo`、`foo=orig_cpu`，多个用逗号分隔）。通过慢速串口输出大缓冲区可能要好几分钟，因此开启前应先缩小缓冲区（`/sys/kernel/tracing` 下的 `buffer_size_kb`）。同名启动参数可以从开机起设置它。',
    },
  },
  {
    key: 'kernel.ftrace_enabled',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Function tracing is off: the function tracers get no calls.', zh: '关闭函数跟踪：函数跟踪器收不到任何调用。' } },
      { value: '1', meaning: { en: 'Function tracing may be used (default); nothing is traced until a tracer is enabled.', zh: '允许使用函数跟踪（默认）；在启用跟踪器之前不会跟踪任何内容。' } },
    ],
    perNamespace: false,
    related: ['kernel.ftrace_dump_on_oops', 'kernel.tracepoint_printk', 'kernel.stack_tracer_enabled'],
    summary: {
      en: 'Master switch for the kernel\'s function tracing hooks (the `function` and `function_graph` tracers and tools built on them).',
      zh: '内核函数跟踪钩子的总开关（`function`、`function_graph` 跟踪器以及基于它们的工具）。',
    },
    details: {
      en:
        'Whole machine; a tracing key. At 1 it costs nothing by itself: tracing starts only when someone enables a tracer, e.g. with `trace-cmd` or `perf ftrace`. Setting 0 makes those tools trace nothing; the kernel refuses (EBUSY) while a live patch, which relies on the same hooks, is loaded. An SRE meets it when a tracing tool reports that function tracing is disabled.',
      zh:
        '作用于整台机器；这是跟踪相关的参数。值为 1 本身没有开销：只有有人启用跟踪器（例如用 `trace-cmd` 或 `perf ftrace`）时才开始跟踪。设为 0 后这些工具什么也跟踪不到；加载了依赖同一套钩子的内核热补丁（livepatch）时，内核会以 EBUSY 拒绝修改。SRE 只有在跟踪工具报告函数跟踪被禁用时才会碰到它。',
    },
  },
  {
    key: 'kernel.init_private',
    type: 'int',
    default: '1',
    defaultNote: {
      en: 'The value of the reference build (6.18.44-fc-v657) right after boot; mainline Linux has no such key.',
      zh: '参考内核（6.18.44-fc-v657）开机后的值；主线 Linux 没有这个参数。',
    },
    perNamespace: false,
    related: ['kernel.osrelease'],
    summary: {
      en: 'A key of this particular kernel build, not of mainline Linux; what it does is not publicly documented.',
      zh: '这个内核构建特有的参数，主线 Linux 中没有；其作用没有公开文档。',
    },
    details: {
      en:
        'Whole machine. Neither the mainline kernel sources nor its documentation contain `kernel.init_private`, so it comes from the patches of whoever built this kernel. Netstat Insight does not guess its meaning: leave it at its value unless the kernel\'s vendor documents it, and do not copy it into configuration for other hosts, where `sysctl` will report it as unknown.',
      zh:
        '作用于整台机器。主线内核的源码和文档中都没有 `kernel.init_private`，它来自构建这个内核的一方所加的补丁。Netstat Insight 不猜测它的含义：除非内核提供方有文档说明，否则保持现值；也不要把它写进其他主机的配置，那些主机上的 `sysctl` 会报告该参数不存在。',
    },
  },
  {
    key: 'kernel.io_delay_type',
    type: 'enum',
    default: '0',
    defaultNote: {
      en: 'Chosen at build time (CONFIG_IO_DELAY_0X80, the usual choice, and its alternatives) or by the `io_delay=` boot parameter; a few old laptops get 0xED automatically.',
      zh: '由构建选项（通常是 CONFIG_IO_DELAY_0X80，另有几个可选项）或启动参数 `io_delay=` 决定；少数老式笔记本会被自动设为 0xED。',
    },
    values: [
      { value: '0', meaning: { en: 'Write to I/O port 0x80.', zh: '向 I/O 端口 0x80 写一次。' } },
      { value: '1', meaning: { en: 'Write to I/O port 0xED.', zh: '向 I/O 端口 0xED 写一次。' } },
      { value: '2', meaning: { en: 'Busy-wait for 2 microseconds.', zh: '忙等 2 微秒。' } },
      { value: '3', meaning: { en: 'No delay.', zh: '不延迟。' } },
    ],
    perNamespace: false,
    related: ['kernel.bootloader_type'],
    summary: {
      en: 'x86 only: how the kernel pauses after legacy "slow" port I/O (`outb_p`, `inb_p`).',
      zh: '仅 x86：内核在传统“慢速”端口 I/O（`outb_p`、`inb_p`）之后如何等待。',
    },
    details: {
      en:
        'Whole machine; a kernel-developer key. ISA-era chips needed a short pause between port accesses, which the kernel makes by touching an unused port. It matters only to drivers of legacy hardware (timer, CMOS clock, old serial or floppy controllers); network servers never need to change it. A change takes effect at once; `io_delay=0x80|0xed|udelay|none` on the kernel command line sets it from boot.',
      zh:
        '作用于整台机器；这是给内核开发者看的参数。ISA 时代的芯片在两次端口访问之间需要短暂停顿，内核通过访问一个闲置端口来制造这个延迟。它只影响传统硬件的驱动（定时器、CMOS 时钟、老式串口或软驱控制器）；网络服务器永远不需要改它。修改立即生效；在内核命令行加 `io_delay=0x80|0xed|udelay|none` 可从开机起设置。',
    },
  },
  {
    key: 'kernel.max_lock_depth',
    type: 'int',
    default: '1024',
    perNamespace: false,
    related: ['kernel.sched_rt_runtime_us'],
    summary: {
      en: 'How many locks deep the kernel follows a chain of priority-inheritance mutexes before it gives up.',
      zh: '内核沿优先级继承互斥锁的持有链最多追溯多少层，超过即放弃。',
    },
    details: {
      en:
        'Whole machine; a kernel-developer key. When a thread blocks on a priority-inheritance lock (a `pthread` mutex created with `PTHREAD_PRIO_INHERIT`, i.e. a PI futex, or an rt-mutex inside the kernel), the kernel walks the chain of lock owners to lend them its priority and to detect deadlocks. A chain longer than this stops the walk: the lock call fails with EDEADLK and "Maximum lock depth … reached" appears in `dmesg`. Real programs never come close; raise it only if that message appears for a legitimate design.',
      zh:
        '作用于整台机器；这是给内核开发者看的参数。线程阻塞在优先级继承锁上时（用 `PTHREAD_PRIO_INHERIT` 创建的 `pthread` 互斥锁，即 PI futex，或内核内部的 rt-mutex），内核会沿锁持有者链逐个向上，把自己的优先级借给它们并检测死锁。链长超过此值就停止追溯：加锁调用以 EDEADLK 失败，`dmesg` 中出现 "Maximum lock depth … reached"。正常程序远达不到这个深度；只有在合理的设计确实触发该消息时才调大。',
    },
  },
  {
    key: 'kernel.msg_next_id',
    type: 'int',
    default: '-1',
    range: { min: -1, max: 2147483647 },
    perNamespace: false,
    related: ['kernel.msgmni', 'kernel.sem_next_id', 'kernel.shm_next_id'],
    summary: {
      en: 'Checkpoint/restore: the ID the next System V message queue should get; the -1 it prints while none is set means the kernel chooses.',
      zh: '用于检查点/恢复：指定下一个 System V 消息队列的 ID；未指定时显示为 -1，表示由内核自行分配。',
    },
    details: {
      en:
        'Each IPC namespace (so each container) has its own value; it does not follow network namespaces. CRIU sets it right before re-creating a message queue so that a restored process finds the queue ID it had; the kernel resets it to -1 after the next allocation and does not promise to honour it. On 6.18 the root user of the user namespace owning the IPC namespace may write it, like the other IPC keys, and so may any process holding CAP_CHECKPOINT_RESTORE or CAP_SYS_ADMIN over that namespace (6.8 already has this capability rule; in 5.15 only the host\'s root could write); the kernel takes only 0 to 2147483647: -1 is what it prints while no ID is requested, never a value to write. An SRE meets it only when debugging container checkpoint/restore or live migration (CRIU, `podman container checkpoint`); otherwise it reads -1.',
      zh:
        '每个 IPC 命名空间（也就是每个容器）各有一份，与网络命名空间无关。CRIU 在重建消息队列之前设置它，使恢复后的进程拿到原来的队列 ID；下一次分配之后内核会把它重置为 -1，而且不保证一定采用该值。在 6.18 上，拥有该 IPC 命名空间的用户命名空间里的 root 用户可以像写其他 IPC 参数一样写它，对该命名空间拥有 CAP_CHECKPOINT_RESTORE 或 CAP_SYS_ADMIN 的任何进程也可以写（6.8 已有这条能力规则；5.15 上只有宿主机的 root 能写）；内核只接受 0 到 2147483647：-1 只是未指定 ID 时显示的值，不能写入。SRE 只有在排查容器检查点/恢复或热迁移（CRIU、`podman container checkpoint`）时才会碰到它；其他时候读出来都是 -1。',
    },
  },
  {
    key: 'kernel.sem_next_id',
    type: 'int',
    default: '-1',
    range: { min: -1, max: 2147483647 },
    perNamespace: false,
    related: ['kernel.sem', 'kernel.msg_next_id', 'kernel.shm_next_id'],
    summary: {
      en: 'Checkpoint/restore: the ID the next System V semaphore set should get; the -1 it prints while none is set means the kernel chooses.',
      zh: '用于检查点/恢复：指定下一个 System V 信号量集的 ID；未指定时显示为 -1，表示由内核自行分配。',
    },
    details: {
      en: 'Each IPC namespace has its own value. Works like `kernel.msg_next_id`, for semaphore sets: CRIU writes it before re-creating a set, the kernel resets it to -1 afterwards. Only 0 to 2147483647 can be written; -1 is printed, not accepted. Nothing to tune.',
      zh: '每个 IPC 命名空间各有一份。作用与 `kernel.msg_next_id` 相同，只是针对信号量集：CRIU 在重建信号量集之前写入，之后内核把它重置为 -1。只能写入 0 到 2147483647；-1 只会显示，不能写入。没有需要调整的地方。',
    },
  },
  {
    key: 'kernel.shm_next_id',
    type: 'int',
    default: '-1',
    range: { min: -1, max: 2147483647 },
    perNamespace: false,
    related: ['kernel.shmmni', 'kernel.msg_next_id', 'kernel.sem_next_id'],
    summary: {
      en: 'Checkpoint/restore: the ID the next System V shared memory segment should get; the -1 it prints while none is set means the kernel chooses.',
      zh: '用于检查点/恢复：指定下一个 System V 共享内存段的 ID；未指定时显示为 -1，表示由内核自行分配。',
    },
    details: {
      en: 'Each IPC namespace has its own value. Works like `kernel.msg_next_id`, for shared memory segments: CRIU writes it before re-creating a segment, the kernel resets it to -1 afterwards. Only 0 to 2147483647 can be written; -1 is printed, not accepted. Nothing to tune.',
      zh: '每个 IPC 命名空间各有一份。作用与 `kernel.msg_next_id` 相同，只是针对共享内存段：CRIU 在重建共享内存段之前写入，之后内核把它重置为 -1。只能写入 0 到 2147483647；-1 只会显示，不能写入。没有需要调整的地方。',
    },
  },
  {
    key: 'kernel.ns_last_pid',
    type: 'int',
    default: null,
    defaultNote: {
      en: 'A counter: the last PID handed out in the reader\'s PID namespace (6138 when the reference host was captured).',
      zh: '这是一个计数值：读取者所在 PID 命名空间中最近分配的 PID（采集参考主机时为 6138）。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.pid_max'],
    summary: {
      en: 'The last PID allocated in the reader\'s PID namespace; writing it makes the next `fork()` try the number after it.',
      zh: '读取者所在 PID 命名空间中最近分配的 PID；写入后，下一次 `fork()` 会从其后一个号码开始尝试。',
    },
    details: {
      en:
        'Each PID namespace (so each container) has its own value; it does not follow network namespaces. CRIU writes the wanted PID minus one here before forking, so that restored processes get their old PIDs; newer CRIU uses `clone3()` with an explicit PID instead. Writing needs CAP_CHECKPOINT_RESTORE or CAP_SYS_ADMIN over the namespace. For monitoring, sampling it twice shows how fast PIDs are consumed; they wrap around at `kernel.pid_max`.',
      zh:
        '每个 PID 命名空间（也就是每个容器）各有一份，与网络命名空间无关。CRIU 在 fork 之前把目标 PID 减一写到这里，使恢复的进程拿回原来的 PID；较新的 CRIU 改用带指定 PID 的 `clone3()`。写入需要对该命名空间拥有 CAP_CHECKPOINT_RESTORE 或 CAP_SYS_ADMIN。做监控时，隔一段时间读两次即可看出 PID 的消耗速度；PID 到 `kernel.pid_max` 后会回绕。',
    },
  },
  {
    key: 'kernel.numa_balancing_promote_rate_limit_MBps',
    type: 'int',
    default: '65536',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.numa_balancing'],
    summary: {
      en: 'Memory tiering: at most this many MB per second of hot pages are promoted into each fast NUMA node.',
      zh: '内存分层：每个快速 NUMA 节点每秒最多提升这么多 MB 的热页。',
    },
    details: {
      en:
        'Whole machine. Used only when `kernel.numa_balancing` includes memory tiering (2 or 3), on machines with a slow memory tier such as CXL or persistent memory. Promotion traffic competes with the application for memory bandwidth: a lower limit smooths latency at the price of hot data reaching fast memory later. The default (64 GiB/s) is effectively no limit; about a tenth of the slow tier\'s write bandwidth is a sensible starting point. Watch `pgpromote_success` and `pgpromote_candidate` in `/proc/vmstat`.',
      zh:
        '作用于整台机器。只在 `kernel.numa_balancing` 包含内存分层（2 或 3）、且机器有 CXL 或持久内存这类慢速内存层时才生效。页提升的流量会与应用争抢内存带宽：限得低一些能让延迟更平稳，代价是热数据更晚进入快速内存。默认值（64 GiB/s）实际上等于不限制；可以先设为慢速内存层写带宽的十分之一左右。观察 `/proc/vmstat` 中的 `pgpromote_success` 和 `pgpromote_candidate`。',
    },
  },
  {
    key: 'kernel.perf_event_max_contexts_per_stack',
    type: 'int',
    default: '8',
    range: { min: 0, max: 1000 },
    perNamespace: false,
    related: ['kernel.perf_event_max_stack'],
    summary: {
      en: 'Most context markers (e.g. kernel-to-user boundaries) one perf or BPF call chain may contain.',
      zh: '一条 perf 或 BPF 调用链中最多可包含的上下文标记数（例如内核态与用户态的分界）。',
    },
    details: {
      en: 'Whole machine; a profiling key. A sampled call chain marks where it crosses from kernel to user space; this caps those markers, while `kernel.perf_event_max_stack` caps the frames. Writing fails with EBUSY while any event records call chains. There is rarely a reason to change it.',
      zh: '作用于整台机器；这是性能剖析相关的参数。采样得到的调用链会标出从内核态进入用户态等边界；本参数限制这类标记的数量，`kernel.perf_event_max_stack` 限制的则是栈帧数。有事件正在记录调用链时写入会以 EBUSY 失败。一般没有理由修改。',
    },
  },
  {
    key: 'kernel.real-root-dev',
    type: 'int',
    default: '0',
    perNamespace: false,
    related: ['kernel.bootloader_type'],
    summary: {
      en: 'Legacy initrd: the device number of the real root file system, which a `/linuxrc` script could change.',
      zh: '传统 initrd 机制：真正根文件系统的设备号，`/linuxrc` 脚本可以修改它。',
    },
    details: {
      en: 'Whole machine; an obsolete boot key. With the old initrd mechanism (a ramdisk image running `/linuxrc`, not today\'s initramfs) the script could write a device number here to tell the kernel what to mount as root afterwards. Systems that boot with an initramfs mount the root file system themselves, so it stays 0 and can be ignored.',
      zh: '作用于整台机器；这是已过时的启动参数。在旧的 initrd 机制下（运行 `/linuxrc` 的 ramdisk 镜像，而不是现在的 initramfs），脚本可以向这里写入设备号，告诉内核随后把哪个设备挂载为根。使用 initramfs 启动的系统自己挂载根文件系统，因此它保持为 0，可以忽略。',
    },
  },
  {
    key: 'kernel.sched_deadline_period_max_us',
    type: 'int',
    default: '4194304',
    perNamespace: false,
    related: ['kernel.sched_deadline_period_min_us', 'kernel.sched_rt_runtime_us'],
    summary: {
      en: 'Longest period, in microseconds, a SCHED_DEADLINE task may ask for (4194304 µs, about 4.2 s).',
      zh: 'SCHED_DEADLINE 任务可申请的最长周期，单位微秒（4194304 µs，约 4.2 秒）。',
    },
    details: {
      en:
        'Whole machine; a real-time scheduling key. Checked when a task switches to SCHED_DEADLINE with `sched_setattr()` (or `chrt --deadline`): a longer period is refused with EINVAL, while tasks already running keep their parameters. The cap keeps a task with a small share from getting very long stretches of CPU. It cannot be set below `kernel.sched_deadline_period_min_us`. Relevant only where deadline scheduling is used (industrial control, some audio and packet-processing setups).',
      zh:
        '作用于整台机器；这是实时调度相关的参数。在任务通过 `sched_setattr()`（或 `chrt --deadline`）切换到 SCHED_DEADLINE 时检查：周期更长的请求以 EINVAL 拒绝，已在运行的任务保持原参数。这个上限防止占比很小的任务一次拿到很长的连续 CPU 时间。它不能设得比 `kernel.sched_deadline_period_min_us` 小。只有使用 deadline 调度的场景（工业控制、部分音频和包处理系统）才需要关心。',
    },
  },
  {
    key: 'kernel.sched_deadline_period_min_us',
    type: 'int',
    default: '100',
    perNamespace: false,
    related: ['kernel.sched_deadline_period_max_us'],
    summary: {
      en: 'Shortest period, in microseconds, a SCHED_DEADLINE task may ask for (100 µs).',
      zh: 'SCHED_DEADLINE 任务可申请的最短周期，单位微秒（100 µs）。',
    },
    details: {
      en: 'Whole machine; a real-time scheduling key. A very short period makes the kernel fire a timer that often, which could flood a CPU with interrupts; this floor prevents it. Checked by `sched_setattr()` like the maximum, and it cannot be set above `kernel.sched_deadline_period_max_us`. Lower it only for specialised real-time setups.',
      zh: '作用于整台机器；这是实时调度相关的参数。周期过短会让内核以同样的频率触发定时器，可能用中断把一个 CPU 淹没；这个下限就是为了防止这种情况。与上限一样由 `sched_setattr()` 检查，且不能设得比 `kernel.sched_deadline_period_max_us` 大。只有专门的实时系统才需要调低。',
    },
  },
  {
    key: 'kernel.traceoff_on_warning',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'A kernel warning leaves tracing running.', zh: '内核告警不影响跟踪。' } },
      { value: '1', meaning: { en: 'A kernel warning stops trace recording, freezing the buffer.', zh: '内核告警时停止记录跟踪，冻结缓冲区内容。' } },
    ],
    perNamespace: false,
    related: ['kernel.panic_on_warn', 'kernel.ftrace_dump_on_oops'],
    summary: {
      en: 'Whether a kernel WARNING stops ftrace recording, so the buffer keeps the events that led up to it.',
      zh: '内核出现 WARNING 时是否停止 ftrace 记录，使缓冲区保留告警之前的事件。',
    },
    details: {
      en:
        'Whole machine; a tracing and debugging key. Useful while tracing a bug that shows up as a `WARNING: CPU: … at …` splat in `dmesg`: without it the ring buffer overwrites the interesting events within seconds. Read the buffer afterwards from `/sys/kernel/tracing/trace` and resume recording with `echo 1 > /sys/kernel/tracing/tracing_on`. The boot parameter of the same name sets it from boot.',
      zh:
        '作用于整台机器；这是用于跟踪和调试的参数。跟踪一个会在 `dmesg` 中留下 `WARNING: CPU: … at …` 告警的问题时很有用：否则环形缓冲区几秒内就会覆盖掉关键事件。事后从 `/sys/kernel/tracing/trace` 读取缓冲区，再用 `echo 1 > /sys/kernel/tracing/tracing_on` 恢复记录。同名启动参数可以从开机起设置它。',
    },
  },
  {
    key: 'kernel.tracepoint_printk',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Trace events go only to the trace buffer.', zh: '跟踪事件只写入跟踪缓冲区。' } },
      { value: '1', meaning: { en: 'Enabled trace events are also printed to the kernel log (only after booting with `tp_printk`).', zh: '已启用的跟踪事件同时打印到内核日志（需以 `tp_printk` 启动）。' } },
    ],
    perNamespace: false,
    related: ['kernel.printk', 'kernel.ftrace_enabled'],
    summary: {
      en: 'Whether enabled trace events are also written to the kernel log; works only with the `tp_printk` boot parameter.',
      zh: '已启用的跟踪事件是否同时写入内核日志；只有带 `tp_printk` 启动参数时才起作用。',
    },
    details: {
      en: 'Whole machine; a tracing and debugging key. Meant for problems that bring the machine down before the trace buffer can be read, e.g. during boot. Writing 1 has no effect unless the kernel was booted with `tp_printk`; the sysctl then only turns that output off and on again. Printing every event to a console is slow and can stall the machine itself, so enable only a few events.',
      zh: '作用于整台机器；这是用于跟踪和调试的参数。用于排查在能读取跟踪缓冲区之前就让机器宕掉的问题，例如启动过程中的问题。除非内核以 `tp_printk` 启动，否则写入 1 没有作用；此时这个 sysctl 只是把该输出关掉或重新打开。把每个事件都打印到控制台很慢，本身就可能让机器卡住，所以只启用少量事件。',
    },
  },
];

/** kernel.* and user.* keys (plus a few abi/debug/dev ones): limits on processes, threads, namespaces, and knobs support engineers meet. */
export const KERNEL_KEYS: readonly SysctlKeyDoc[] = [
  ...TASK_LIMIT_KEYS,
  ...IPC_KEYS,
  ...PANIC_KEYS,
  ...WATCHDOG_KEYS,
  ...COREDUMP_KEYS,
  ...LOGGING_KEYS,
  ...SECURITY_KEYS,
  ...KEYRING_KEYS,
  ...SCHEDULER_KEYS,
  ...PERF_KEYS,
  ...IDENTITY_KEYS,
  ...PTY_KEYS,
  ...RANDOM_KEYS,
  ...SYSTEM_KEYS,
  ...USER_NAMESPACE_KEYS,
  ...OTHER_KEYS,
  ...DEVELOPER_KEYS,
];
