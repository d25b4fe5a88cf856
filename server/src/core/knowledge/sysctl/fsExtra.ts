import type { SysctlKeyDoc } from '../types';

/** Live counters of file handles, dentries and inodes (read-only). */
const COUNTER_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'fs.file-nr',
    type: 'int-list',
    items: 3,
    default: null,
    defaultNote: {
      en: 'A live counter: allocated handles, always 0, and the current `fs.file-max`.',
      zh: '实时计数：已分配句柄数、恒为 0 的一项，以及当前的 `fs.file-max`。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.file-max', 'fs.nr_open', 'fs.epoll.max_user_watches'],
    summary: {
      en: 'Read-only: file handles in use on the whole machine, next to the system-wide limit.',
      zh: '只读：整台机器正在使用的文件句柄数，以及全系统上限。',
    },
    details: {
      en:
        'Whole machine. The first number counts every open file, socket, pipe, eventfd and epoll instance; the middle one is kept at 0 for compatibility; the third repeats `fs.file-max`.\n\n' +
        '- When the first number approaches the third, `socket()` and `accept()` start failing with ENFILE ("Too many open files in system") for every process without CAP_SYS_ADMIN (processes with it may go past the limit), and servers log accept errors while clients see resets or timeouts.\n' +
        '- EMFILE ("Too many open files") is the per-process limit instead: compare `ls /proc/<pid>/fd | wc -l` with `Max open files` in `/proc/<pid>/limits`.\n' +
        '- A first number that only grows, together with many CLOSE_WAIT sockets in `ss -tan`, points to an application that does not close its sockets.',
      zh:
        '作用于整台机器。第一个数统计所有打开的文件、socket、管道、eventfd 和 epoll 实例；中间一项为兼容而恒为 0；第三个数就是 `fs.file-max`。\n\n' +
        '- 第一个数接近第三个数时，所有不具备 CAP_SYS_ADMIN 的进程（具备该能力的进程可以越过上限）的 `socket()`、`accept()` 都会以 ENFILE（"Too many open files in system"）失败，服务端日志出现 accept 错误，客户端看到连接被重置或超时。\n' +
        '- EMFILE（"Too many open files"）则是单进程上限：对比 `ls /proc/<pid>/fd | wc -l` 和 `/proc/<pid>/limits` 中的 `Max open files`。\n' +
        '- 第一个数只增不减，同时 `ss -tan` 中有大量 CLOSE_WAIT，说明应用没有关闭 socket。',
    },
  },
  {
    key: 'fs.dentry-state',
    type: 'int-list',
    items: 6,
    default: null,
    defaultNote: {
      en: 'A live counter of the dentry cache; it changes all the time.',
      zh: '目录项缓存的实时计数，随时变化。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['vm.vfs_cache_pressure', 'fs.dentry-negative', 'fs.inode-nr'],
    summary: {
      en: 'Read-only: dentry cache statistics (total, unused, age limit, want pages, negative, unused field).',
      zh: '只读：目录项缓存统计（总数、未使用数、老化期限、需求页数、负目录项数、保留字段）。',
    },
    details: {
      en:
        'Whole machine. Dentries cache path lookups, including "negative" ones for names that do not exist. Millions of negative dentries (from programs probing many missing files) can use gigabytes of slab memory and slow `umount` or reclaim.\n\n' +
        '- Compare the fifth field with the first; see the memory cost with `slabtop` (`dentry`).',
      zh:
        '作用于整台机器。目录项缓存（dcache）保存路径查找的结果，也包括不存在的文件名对应的“负目录项”。大量探测不存在文件的程序会产生数百万负目录项，可能占用数 GB 的 slab 内存，拖慢 `umount` 和内存回收。\n\n' +
        '- 对比第五个字段和第一个字段；用 `slabtop`（`dentry`）查看内存占用。',
    },
  },
  {
    key: 'fs.inode-nr',
    type: 'int-list',
    items: 2,
    default: null,
    defaultNote: { en: 'A live counter; it changes all the time.', zh: '实时计数，随时变化。' },
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.inode-state', 'fs.dentry-state', 'vm.vfs_cache_pressure'],
    summary: {
      en: 'Read-only: inodes allocated in memory and how many of them are free.',
      zh: '只读：内存中已分配的 inode 数，以及其中空闲的数量。',
    },
    details: {
      en:
        'Whole machine. In-memory inodes are cached metadata for files, sockets and pipes; every socket has one. There is no limit to reach here: the cache shrinks under memory pressure (see `vm.vfs_cache_pressure`).',
      zh:
        '作用于整台机器。内存中的 inode 是文件、socket、管道的元数据缓存，每个 socket 都有一个。它没有上限，内存紧张时缓存会自动收缩（见 `vm.vfs_cache_pressure`）。',
    },
  },
  {
    key: 'fs.inode-state',
    type: 'int-list',
    items: 7,
    default: null,
    defaultNote: { en: 'A live counter; it changes all the time.', zh: '实时计数，随时变化。' },
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.inode-nr'],
    summary: {
      en: 'Read-only: the two numbers of `fs.inode-nr` followed by five fields kept for compatibility.',
      zh: '只读：`fs.inode-nr` 的两个数，后跟五个为兼容而保留的字段。',
    },
    details: {
      en: 'Whole machine. Read `fs.inode-nr` instead; the extra fields carry no useful information on current kernels.',
      zh: '作用于整台机器。直接看 `fs.inode-nr` 即可；当前内核上多出的字段没有实际信息。',
    },
  },
  {
    key: 'fs.aio-nr',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: { en: 'A live counter of reserved AIO events; 0 when nobody uses Linux AIO.', zh: '已预留 AIO 事件的实时计数；无人使用 Linux AIO 时为 0。' },
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.aio-max-nr'],
    summary: {
      en: 'Read-only: asynchronous I/O events currently reserved by all `io_setup()` contexts.',
      zh: '只读：所有 `io_setup()` 上下文当前预留的异步 I/O 事件总数。',
    },
    details: {
      en: 'Whole machine. When it reaches `fs.aio-max-nr`, new `io_setup()` calls fail with EAGAIN.',
      zh: '作用于整台机器。达到 `fs.aio-max-nr` 后，新的 `io_setup()` 调用会以 EAGAIN 失败。',
    },
  },
];

/** Limits on file-related kernel objects: AIO, epoll, inotify, fanotify, pipes, mounts. */
const LIMIT_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'fs.epoll.max_user_watches',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'Scaled from RAM at boot: about 4% of low memory divided by the cost of one watch (5491511 on a 24 GiB test machine).',
      zh: '开机时按内存计算：约为低端内存的 4% 除以每个监视项的开销（在一台 24 GiB 内存的测试机上为 5491511）。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.file-nr', 'fs.nr_open', 'fs.inotify.max_user_watches'],
    summary: {
      en: 'Maximum number of file descriptors one user may register in all of their epoll instances together.',
      zh: '单个用户在其所有 epoll 实例中合计可以注册的文件描述符数上限。',
    },
    details: {
      en:
        'Per user (UID), across all of that user\'s processes. Event-driven servers (nginx, HAProxy, Envoy, Node.js, Netty, Go) register every connection socket with epoll, so this caps the connections one service account can watch.\n\n' +
        '- At the limit `epoll_ctl(EPOLL_CTL_ADD)` fails with ENOSPC and the server typically closes the new connection.\n' +
        '- Each watch costs about 200 bytes of kernel memory; the default already allows millions on large machines, so it matters mainly on small VMs and containers with many connections per user.',
      zh:
        '按用户（UID）计算，覆盖该用户的所有进程。事件驱动的服务器（nginx、HAProxy、Envoy、Node.js、Netty、Go）会把每个连接的 socket 注册到 epoll，所以它限制了一个服务账号能同时监视的连接数。\n\n' +
        '- 达到上限时 `epoll_ctl(EPOLL_CTL_ADD)` 以 ENOSPC 失败，服务器通常会直接关闭新连接。\n' +
        '- 每个监视项约占 200 字节内核内存；大内存机器上的默认值已允许数百万个，主要在小规格虚拟机或单用户连接极多的容器中才会碰到。',
    },
  },
  {
    key: 'fs.aio-max-nr',
    type: 'int',
    unit: 'entries',
    default: '65536',
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.aio-nr'],
    summary: {
      en: 'System-wide maximum of asynchronous I/O events that `io_setup()` contexts may reserve.',
      zh: '全系统 `io_setup()` 上下文可预留的异步 I/O 事件总数上限。',
    },
    details: {
      en:
        'Whole machine. Databases using native Linux AIO (MySQL/InnoDB, Oracle, ScyllaDB) reserve events per instance and per thread; several instances on one host can exhaust the default, and then startup fails with "io_setup() failed with EAGAIN". Values of 1048576 are common. io_uring is not counted here.',
      zh:
        '作用于整台机器。使用原生 Linux AIO 的数据库（MySQL/InnoDB、Oracle、ScyllaDB）按实例、按线程预留事件；同一主机上跑多个实例就可能耗尽默认值，启动时报 "io_setup() failed with EAGAIN"。常见设置为 1048576。io_uring 不计入此处。',
    },
  },
  {
    key: 'fs.inotify.max_user_watches',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'Scaled from RAM at boot so that watches may use about 1% of low memory, clamped between 8192 and 1048576 watches; 192536 on a 24 GiB test machine.',
      zh: '开机时按内存计算：让监视项最多占用约 1% 的低端内存，再限制在 8192 到 1048576 之间；在一台 24 GiB 内存的测试机上为 192536。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.inotify.max_user_instances', 'fs.inotify.max_queued_events', 'user.max_inotify_watches'],
    summary: {
      en: 'Maximum number of files and directories one user may watch with inotify.',
      zh: '单个用户用 inotify 最多能监视的文件和目录数。',
    },
    details: {
      en:
        'Per user, across all of their processes; the same limit as `user.max_inotify_watches` of the initial user namespace. Each watched directory is one watch, so IDEs, file sync tools, log shippers and Kubernetes nodes (kubelet, many pods under one UID) exhaust it.\n\n' +
        '- Symptom: `inotify_add_watch()` fails with ENOSPC, often reported misleadingly as "No space left on device". 524288 is a common setting.',
      zh:
        '按用户计算，覆盖其所有进程；与初始用户命名空间的 `user.max_inotify_watches` 是同一个限制。每个被监视的目录占一个监视项，IDE、文件同步工具、日志采集器以及 Kubernetes 节点（kubelet、同一 UID 下的大量 Pod）都容易耗尽它。\n\n' +
        '- 症状：`inotify_add_watch()` 以 ENOSPC 失败，报错信息是容易误导人的 "No space left on device"。常见设置为 524288。',
    },
  },
  {
    key: 'fs.inotify.max_user_instances',
    type: 'int',
    unit: 'entries',
    default: '128',
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.inotify.max_user_watches', 'user.max_inotify_instances'],
    summary: {
      en: 'Maximum number of inotify instances one user may create.',
      zh: '单个用户最多能创建的 inotify 实例数。',
    },
    details: {
      en:
        'Per user. Every program that calls `inotify_init()` uses at least one; with many containers running as the same UID the 128 default runs out and tools fail with "Too many open files" (EMFILE), although no file limit was reached. Raising it to 1024–8192 is common on container hosts.',
      zh:
        '按用户计算。每个调用 `inotify_init()` 的程序至少占一个；大量容器以同一 UID 运行时，默认的 128 很快用完，工具会报 "Too many open files"（EMFILE），但实际上并没有达到文件数上限。容器主机上常调到 1024–8192。',
    },
  },
  {
    key: 'fs.inotify.max_queued_events',
    type: 'int',
    unit: 'entries',
    default: '16384',
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.inotify.max_user_watches'],
    summary: {
      en: 'Maximum events queued on one inotify instance before further events are dropped.',
      zh: '单个 inotify 实例最多排队的事件数，超过后丢弃后续事件。',
    },
    details: {
      en:
        'Per instance. When a reader falls behind, the kernel drops events and queues IN_Q_OVERFLOW, after which the program must rescan. Raise it for watchers of busy directories.',
      zh:
        '按实例计算。读取方跟不上时，内核丢弃后续事件并在队列中放入一个 IN_Q_OVERFLOW 事件，程序随后只能重新扫描目录。监视繁忙目录的程序可以调大它。',
    },
  },
  {
    key: 'fs.fanotify.max_user_groups',
    type: 'int',
    unit: 'entries',
    default: '128',
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.fanotify.max_user_marks', 'user.max_fanotify_groups'],
    summary: {
      en: 'Maximum number of fanotify groups one user may create.',
      zh: '单个用户最多能创建的 fanotify 组数。',
    },
    details: {
      en: 'Per user. fanotify is used by antivirus, audit and file-access monitoring agents; each `fanotify_init()` creates one group.',
      zh: '按用户计算。杀毒、审计、文件访问监控代理会使用 fanotify，每次 `fanotify_init()` 创建一个组。',
    },
  },
  {
    key: 'fs.fanotify.max_user_marks',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'Scaled from RAM at boot like the inotify watch limit (205039 on a 24 GiB test machine).',
      zh: '开机时与 inotify 监视上限一样按内存计算（在一台 24 GiB 内存的测试机上为 205039）。',
    },
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.fanotify.max_user_groups', 'user.max_fanotify_marks'],
    summary: {
      en: 'Maximum number of fanotify marks (watched objects) one user may hold.',
      zh: '单个用户最多可持有的 fanotify 标记（被监视对象）数。',
    },
    details: {
      en: 'Per user. Adding a mark beyond it fails with ENOSPC; security agents that mark many directories may need more.',
      zh: '按用户计算。超过后添加标记会以 ENOSPC 失败；对大量目录打标记的安全代理可能需要调大。',
    },
  },
  {
    key: 'fs.fanotify.max_queued_events',
    type: 'int',
    unit: 'entries',
    default: '16384',
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.fanotify.max_user_groups'],
    summary: {
      en: 'Maximum events queued on one fanotify group before an overflow event is reported.',
      zh: '单个 fanotify 组最多排队的事件数，超过后报告溢出事件。',
    },
    details: {
      en: 'Per group. Groups created with FAN_UNLIMITED_QUEUE are exempt.',
      zh: '按组计算。以 FAN_UNLIMITED_QUEUE 创建的组不受限制。',
    },
  },
  {
    key: 'fs.fanotify.watchdog_timeout',
    type: 'int',
    unit: 'seconds',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.fanotify.max_queued_events'],
    summary: {
      en: 'Seconds after which the kernel warns about a fanotify permission event nobody has answered; 0 disables the check.',
      zh: 'fanotify 权限事件无人响应超过该秒数时内核发出警告；0 关闭检查。',
    },
    details: {
      en:
        'Whole machine. With permission events (used by on-access virus scanners) the opening process waits for the agent\'s verdict; a stuck agent freezes every process that opens a watched file. The warning names the agent so you can find it.',
      zh:
        '作用于整台机器。使用权限事件（实时杀毒扫描器会用）时，打开文件的进程要等代理给出结论；代理卡住会冻结所有打开被监视文件的进程。警告会指出是哪个代理，便于定位。',
    },
  },
  {
    key: 'fs.pipe-max-size',
    type: 'int',
    unit: 'bytes',
    default: '1048576',
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.pipe-user-pages-soft', 'fs.pipe-user-pages-hard'],
    summary: {
      en: 'Largest pipe buffer an unprivileged process may request with `fcntl(F_SETPIPE_SZ)`.',
      zh: '非特权进程通过 `fcntl(F_SETPIPE_SZ)` 可以申请的管道缓冲区大小上限。',
    },
    details: {
      en:
        'Whole machine. Proxies that move data between sockets with `splice()` (HAProxy, some load balancers) pass it through pipes, and larger pipes mean fewer system calls per megabyte. Beyond this size `fcntl()` fails with EPERM unless the process has CAP_SYS_RESOURCE.',
      zh:
        '作用于整台机器。用 `splice()` 在 socket 之间搬运数据的代理（HAProxy、部分负载均衡器）要经过管道，管道越大，每 MB 所需的系统调用越少。超过该大小时，除非进程有 CAP_SYS_RESOURCE，否则 `fcntl()` 以 EPERM 失败。',
    },
  },
  {
    key: 'fs.pipe-user-pages-soft',
    type: 'int',
    unit: 'pages',
    default: '16384',
    range: { min: 0 },
    since: '4.5',
    perNamespace: false,
    related: ['fs.pipe-user-pages-hard', 'fs.pipe-max-size'],
    summary: {
      en: 'Pipe buffer pages one user may hold before their new pipes are shrunk to two pages (one page before 5.14); 0 means no limit.',
      zh: '单个用户可占用的管道缓冲页数，超过后新建的管道缩减为两页（5.14 之前为一页）；0 表示不限制。',
    },
    details: {
      en:
        'Per user. The default (16384 pages = 64 MiB) is 1024 pipes of the normal 64 KiB size. A splicing proxy running as one user with thousands of connections can reach it; its pipes then silently become 8 KiB (4 KiB on kernels before 5.14) and throughput drops.\n\n' +
        '- Raise it, or set it to 0, on such hosts.',
      zh:
        '按用户计算。默认值 16384 页（64 MiB）相当于 1024 个常规 64 KiB 的管道。以单一用户运行、承载数千连接并使用 splice 的代理可能达到该值，此后它的管道会悄悄缩成 8 KiB（5.14 之前的内核为 4 KiB），吞吐随之下降。\n\n' +
        '- 这类主机上应调大它或设为 0。',
    },
  },
  {
    key: 'fs.pipe-user-pages-hard',
    type: 'int',
    unit: 'pages',
    default: '0',
    range: { min: 0 },
    since: '4.5',
    perNamespace: false,
    related: ['fs.pipe-user-pages-soft'],
    summary: {
      en: 'Pipe buffer pages one user may hold before creating new pipes fails; 0 means no limit.',
      zh: '单个用户可占用的管道缓冲页数，超过后创建新管道会失败；0 表示不限制。',
    },
    details: {
      en: 'Per user. Beyond a non-zero limit, unprivileged users get ENFILE from `pipe()` and EPERM when enlarging a pipe with `fcntl(F_SETPIPE_SZ)`.',
      zh: '按用户计算。设了非 0 上限后，非特权用户超过时 `pipe()` 返回 ENFILE，用 `fcntl(F_SETPIPE_SZ)` 扩大管道则返回 EPERM。',
    },
  },
  {
    key: 'fs.mount-max',
    type: 'int',
    unit: 'entries',
    default: '100000',
    range: { min: 1 },
    since: '4.9',
    perNamespace: false,
    related: ['user.max_mnt_namespaces'],
    summary: {
      en: 'Maximum number of mounts in one mount namespace.',
      zh: '单个挂载命名空间中的挂载点数上限。',
    },
    details: {
      en:
        'Per mount namespace. Protects against mount propagation storms; container hosts with many bind mounts and shared propagation occasionally hit it, and `mount` then fails with ENOSPC.',
      zh:
        '按挂载命名空间计算。用于防止挂载传播风暴；有大量 bind mount 且使用共享传播的容器主机偶尔会撞上，此时 `mount` 以 ENOSPC 失败。',
    },
  },
  {
    key: 'fs.overflowuid',
    type: 'int',
    default: '65534',
    range: { min: 0, max: 65535 },
    perNamespace: false,
    related: ['fs.overflowgid', 'kernel.overflowuid'],
    summary: {
      en: 'UID written to disk in place of an owner that does not fit, by file systems that can store only 16-bit owners (minix, or ext2/ext4 mounted with `nouid32`).',
      zh: '只能存 16 位属主的文件系统（minix，或以 `nouid32` 挂载的 ext2/ext4）在写盘时，用来顶替放不下的 UID 的值。',
    },
    details: {
      en: 'Whole machine. The kernel substitutes it when it writes the inode, so once the inode is read back from disk (after a remount, say) such files belong to it (usually `nobody`); until then `stat()` still reports the real owner. Rarely changed.',
      zh: '作用于整台机器。内核在写回 inode 时用它替换，等到 inode 重新从磁盘读入（例如重新挂载后），这些文件就归它所有（通常是 `nobody`）；在此之前 `stat()` 看到的仍是真实属主。很少修改。',
    },
  },
  {
    key: 'fs.overflowgid',
    type: 'int',
    default: '65534',
    range: { min: 0, max: 65535 },
    perNamespace: false,
    related: ['fs.overflowuid', 'kernel.overflowgid'],
    summary: {
      en: 'GID written to disk in place of a group that does not fit, by file systems that can store only 16-bit groups (minix, or ext2/ext4 mounted with `nouid32`).',
      zh: '只能存 16 位属组的文件系统（minix，或以 `nouid32` 挂载的 ext2/ext4）在写盘时，用来顶替放不下的 GID 的值。',
    },
    details: {
      en: 'Whole machine. The kernel substitutes it when it writes the inode, so once the inode is read back from disk such files belong to it (usually `nogroup`). Rarely changed.',
      zh: '作用于整台机器。内核在写回 inode 时用它替换，等到 inode 重新从磁盘读入后，这些文件就归它所有（通常是 `nogroup`）。很少修改。',
    },
  },
];

/** File leases, directory notification and the dentry cache policy. */
const BEHAVIOUR_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'fs.leases-enable',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Refuse `fcntl(F_SETLEASE)`.', zh: '拒绝 `fcntl(F_SETLEASE)`。' } },
      { value: '1', meaning: { en: 'Allow file leases (default).', zh: '允许文件租约（默认）。' } },
    ],
    perNamespace: false,
    related: ['fs.lease-break-time'],
    summary: {
      en: 'Whether processes may take file leases, used by Samba and NFS servers for client caching.',
      zh: '进程能否获取文件租约；Samba、NFS 服务端用它支持客户端缓存。',
    },
    details: {
      en: 'Whole machine. Leases let a file server be told when another process opens a file its client has cached (oplocks, delegations). Keep it on for file servers.',
      zh: '作用于整台机器。租约让文件服务器在其他进程打开其客户端已缓存的文件时得到通知（oplock、delegation）。文件服务器应保持开启。',
    },
  },
  {
    key: 'fs.lease-break-time',
    type: 'int',
    unit: 'seconds',
    default: '45',
    perNamespace: false,
    related: ['fs.leases-enable'],
    summary: {
      en: 'Seconds a lease holder gets to give up its lease before the kernel breaks it.',
      zh: '租约持有者被要求放弃租约后的宽限秒数，超时后内核强制解除。',
    },
    details: {
      en:
        'Whole machine. The process that opened the file waits during this time; a slow or unreachable Samba/NFS client can therefore stall local `open()` calls for up to 45 s.',
      zh:
        '作用于整台机器。打开文件的进程在此期间一直等待；因此缓慢或失联的 Samba/NFS 客户端可能让本地 `open()` 卡住最多 45 秒。',
    },
  },
  {
    key: 'fs.dir-notify-enable',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Disable dnotify.', zh: '禁用 dnotify。' } },
      { value: '1', meaning: { en: 'Allow dnotify (default).', zh: '允许 dnotify（默认）。' } },
    ],
    perNamespace: false,
    related: ['fs.inotify.max_user_watches'],
    summary: {
      en: 'Whether the old dnotify directory-change interface is available.',
      zh: '旧的 dnotify 目录变化通知接口是否可用。',
    },
    details: {
      en: 'Whole machine. dnotify (`fcntl(F_NOTIFY)`) predates inotify; almost nothing uses it today.',
      zh: '作用于整台机器。dnotify（`fcntl(F_NOTIFY)`）早于 inotify 出现，如今几乎无人使用。',
    },
  },
  {
    key: 'fs.dentry-negative',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'A deleted file leaves a negative dentry in the cache (default).', zh: '删除文件后在缓存中留下负目录项（默认）。' } },
      { value: '1', meaning: { en: 'Deleting a file drops its dentry instead.', zh: '删除文件时直接丢弃其目录项。' } },
    ],
    perNamespace: false,
    related: ['fs.dentry-state', 'vm.vfs_cache_pressure'],
    summary: {
      en: 'Whether deleting a file turns its dentry into a negative dentry or removes it.',
      zh: '删除文件时是把其目录项变为负目录项，还是直接移除。',
    },
    details: {
      en:
        'Whole machine. Negative dentries speed up repeated lookups of a missing name, but workloads that create and delete huge numbers of unique temporary files can fill memory with them. 1 avoids that growth.',
      zh:
        '作用于整台机器。负目录项能加速对不存在文件名的重复查找，但大量创建、删除唯一临时文件的负载会让它们占满内存。设为 1 可避免这种增长。',
    },
  },
];

/** Link and file protections in world-writable directories, and core dumps of setuid programs. */
const PROTECTION_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'fs.protected_symlinks',
    type: 'bool',
    default: '0',
    defaultNote: {
      en: 'The kernel default is 0; systemd and most distributions set 1 at boot.',
      zh: '内核默认值为 0；systemd 和多数发行版在开机时设为 1。',
    },
    values: [
      { value: '0', meaning: { en: 'Follow symlinks without restriction.', zh: '不限制跟随符号链接。' } },
      {
        value: '1',
        meaning: {
          en: 'In sticky world-writable directories, follow a symlink only if the follower or the directory owner owns it.',
          zh: '在带粘滞位的全局可写目录中，只跟随属于跟随者本人或目录属主的符号链接。',
        },
      },
    ],
    perNamespace: false,
    related: ['fs.protected_hardlinks', 'fs.protected_fifos', 'fs.protected_regular'],
    summary: {
      en: 'Blocks the classic `/tmp` symlink race by refusing to follow other users\' symlinks in sticky directories.',
      zh: '拒绝在粘滞目录中跟随其他用户的符号链接，阻止经典的 `/tmp` 符号链接竞争攻击。',
    },
    details: {
      en: 'Whole machine. Keep 1 on multi-user hosts; a refused link shows as EACCES and an audit message.',
      zh: '作用于整台机器。多用户主机上应保持 1；被拒绝时返回 EACCES 并记录审计消息。',
    },
  },
  {
    key: 'fs.protected_hardlinks',
    type: 'bool',
    default: null,
    defaultNote: {
      en: 'The kernel default is 0; systemd and most distributions set 1 at boot, as on the test machine.',
      zh: '内核默认值为 0；systemd 和多数发行版在开机时设为 1，测试机上也是 1。',
    },
    values: [
      { value: '0', meaning: { en: 'Anyone may hard-link any file they can see.', zh: '任何人都可以为可见的任意文件创建硬链接。' } },
      {
        value: '1',
        meaning: {
          en: 'Only the owner (or CAP_FOWNER), or a user who can read and write a regular file that is not setuid or setgid-executable, may hard-link it.',
          zh: '只有属主（或有 CAP_FOWNER 者），或对非 setuid、非 setgid 可执行的普通文件有读写权限的用户，才能为其创建硬链接。',
        },
      },
    ],
    perNamespace: false,
    related: ['fs.protected_symlinks'],
    summary: {
      en: 'Stops users from hard-linking other users\' files unless they are regular files the user can read and write and not setuid or setgid programs, a building block of privilege-escalation attacks.',
      zh: '禁止用户为他人的文件创建硬链接（自己可读写、且不是 setuid/setgid 程序的普通文件除外），防止其成为提权攻击的一环。',
    },
    details: {
      en: 'Whole machine. Keep 1; a refused `link()` fails with EPERM.',
      zh: '作用于整台机器。应保持 1；被拒绝的 `link()` 以 EPERM 失败。',
    },
  },
  {
    key: 'fs.protected_fifos',
    type: 'enum',
    default: '0',
    defaultNote: {
      en: 'The kernel default is 0; systemd sets 1 at boot.',
      zh: '内核默认值为 0；systemd 在开机时设为 1。',
    },
    values: [
      { value: '0', meaning: { en: 'No restriction.', zh: '不限制。' } },
      {
        value: '1',
        meaning: {
          en: 'Refuse `O_CREAT` opens of another user\'s FIFO in sticky world-writable directories.',
          zh: '在带粘滞位的全局可写目录中，拒绝以 `O_CREAT` 打开他人的 FIFO。',
        },
      },
      { value: '2', meaning: { en: 'As 1, and also in sticky group-writable directories.', zh: '同 1，并且也适用于带粘滞位的组可写目录。' } },
    ],
    since: '4.19',
    perNamespace: false,
    related: ['fs.protected_regular', 'fs.protected_symlinks'],
    summary: {
      en: 'Protects programs that create files in `/tmp` from opening a FIFO planted there by another user.',
      zh: '防止在 `/tmp` 中创建文件的程序打开其他用户预先放置的 FIFO。',
    },
    details: {
      en: 'Whole machine. A blocked open fails with EACCES.',
      zh: '作用于整台机器。被阻止的打开操作以 EACCES 失败。',
    },
  },
  {
    key: 'fs.protected_regular',
    type: 'enum',
    default: '0',
    defaultNote: {
      en: 'The kernel default is 0; systemd sets 1 at boot.',
      zh: '内核默认值为 0；systemd 在开机时设为 1。',
    },
    values: [
      { value: '0', meaning: { en: 'No restriction.', zh: '不限制。' } },
      {
        value: '1',
        meaning: {
          en: 'Refuse `O_CREAT` opens of another user\'s regular file in sticky world-writable directories.',
          zh: '在带粘滞位的全局可写目录中，拒绝以 `O_CREAT` 打开他人的普通文件。',
        },
      },
      { value: '2', meaning: { en: 'As 1, and also in sticky group-writable directories.', zh: '同 1，并且也适用于带粘滞位的组可写目录。' } },
    ],
    since: '4.19',
    perNamespace: false,
    related: ['fs.protected_fifos', 'fs.protected_symlinks'],
    summary: {
      en: 'Protects programs that create files in `/tmp` from writing into a file planted there by another user.',
      zh: '防止在 `/tmp` 中创建文件的程序写入其他用户预先放置的文件。',
    },
    details: {
      en:
        'Whole machine. Occasionally breaks scripts that, as root, reopen a file in `/tmp` created by another user; the open fails with EACCES.',
      zh:
        '作用于整台机器。以 root 身份运行的脚本如果要重新打开 `/tmp` 中其他用户创建的文件，偶尔会受影响，此时打开以 EACCES 失败。',
    },
  },
  {
    key: 'fs.suid_dumpable',
    type: 'enum',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'No core dump for processes that changed credentials (default).', zh: '更换过身份凭据的进程不产生 core dump（默认）。' } },
      { value: '1', meaning: { en: 'Dump all processes (debug only; may leak secrets).', zh: '所有进程都转储（仅用于调试，可能泄露机密）。' } },
      {
        value: '2',
        meaning: {
          en: 'Dump them readable by root only; requires an absolute path or pipe in `kernel.core_pattern`.',
          zh: '转储但只允许 root 读取；要求 `kernel.core_pattern` 为绝对路径或管道。',
        },
      },
    ],
    perNamespace: false,
    related: ['kernel.core_pattern'],
    summary: {
      en: 'Whether setuid programs and daemons that dropped privileges may write core dumps.',
      zh: 'setuid 程序以及降权运行的守护进程能否生成 core dump。',
    },
    details: {
      en:
        'Whole machine. Servers that start as root and switch to an unprivileged user (nginx workers, sshd, many daemons) are "non-dumpable" under 0, so a crash leaves no core. Set 2 together with a `kernel.core_pattern` pipe or absolute path when you need those cores.',
      zh:
        '作用于整台机器。以 root 启动后切换到非特权用户的服务（nginx worker、sshd 及许多守护进程）在 0 模式下被视为“不可转储”，崩溃后不留 core。需要这些 core 时，设为 2 并让 `kernel.core_pattern` 使用管道或绝对路径。',
    },
  },
];

/** POSIX message queues (per IPC namespace). */
const MQUEUE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'fs.mqueue.queues_max',
    type: 'int',
    unit: 'entries',
    default: '256',
    perNamespace: false,
    related: ['fs.mqueue.msg_max', 'fs.mqueue.msgsize_max'],
    summary: {
      en: 'Maximum number of POSIX message queues in the IPC namespace.',
      zh: 'IPC 命名空间中 POSIX 消息队列的数量上限。',
    },
    details: {
      en: 'Per IPC namespace. `mq_open(O_CREAT)` fails with ENOSPC beyond it for unprivileged users. Also bounded by `RLIMIT_MSGQUEUE` (bytes per user).',
      zh: '按 IPC 命名空间计算。超过后非特权用户的 `mq_open(O_CREAT)` 以 ENOSPC 失败。同时还受 `RLIMIT_MSGQUEUE`（每用户字节数）限制。',
    },
  },
  {
    key: 'fs.mqueue.msg_max',
    type: 'int',
    unit: 'entries',
    default: '10',
    range: { min: 1, max: 65536 },
    perNamespace: false,
    related: ['fs.mqueue.msg_default', 'fs.mqueue.msgsize_max'],
    summary: {
      en: 'Largest `mq_maxmsg` (queue depth) an unprivileged process may request for a POSIX message queue.',
      zh: '非特权进程为 POSIX 消息队列可申请的最大 `mq_maxmsg`（队列深度）。',
    },
    details: {
      en: 'Per IPC namespace. `mq_open()` with a larger depth fails with EINVAL; applications such as some telecom and industrial stacks need it raised.',
      zh: '按 IPC 命名空间计算。申请更大深度时 `mq_open()` 以 EINVAL 失败；部分电信、工控软件栈需要调大。',
    },
  },
  {
    key: 'fs.mqueue.msg_default',
    type: 'int',
    unit: 'entries',
    default: '10',
    range: { min: 1, max: 65536 },
    perNamespace: false,
    related: ['fs.mqueue.msg_max'],
    summary: {
      en: 'Queue depth used when `mq_open()` is called without attributes.',
      zh: '调用 `mq_open()` 未指定属性时使用的队列深度。',
    },
    details: {
      en: 'Per IPC namespace. Capped by `fs.mqueue.msg_max`.',
      zh: '按 IPC 命名空间计算。不超过 `fs.mqueue.msg_max`。',
    },
  },
  {
    key: 'fs.mqueue.msgsize_max',
    type: 'int',
    unit: 'bytes',
    default: '8192',
    range: { min: 128, max: 16777216 },
    perNamespace: false,
    related: ['fs.mqueue.msgsize_default', 'fs.mqueue.msg_max'],
    summary: {
      en: 'Largest message size an unprivileged process may request for a POSIX message queue.',
      zh: '非特权进程为 POSIX 消息队列可申请的最大消息长度。',
    },
    details: {
      en: 'Per IPC namespace. Larger `mq_msgsize` values fail with EINVAL.',
      zh: '按 IPC 命名空间计算。更大的 `mq_msgsize` 会以 EINVAL 失败。',
    },
  },
  {
    key: 'fs.mqueue.msgsize_default',
    type: 'int',
    unit: 'bytes',
    default: '8192',
    range: { min: 128, max: 16777216 },
    perNamespace: false,
    related: ['fs.mqueue.msgsize_max'],
    summary: {
      en: 'Message size used when `mq_open()` is called without attributes.',
      zh: '调用 `mq_open()` 未指定属性时使用的消息长度。',
    },
    details: {
      en: 'Per IPC namespace. Capped by `fs.mqueue.msgsize_max`.',
      zh: '按 IPC 命名空间计算。不超过 `fs.mqueue.msgsize_max`。',
    },
  },
];

/** FUSE request limits. */
const FUSE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'fs.fuse.max_pages_limit',
    type: 'int',
    unit: 'pages',
    default: '256',
    range: { min: 1, max: 65535 },
    perNamespace: false,
    related: ['fs.fuse.default_request_timeout'],
    summary: {
      en: 'Upper bound on the pages one FUSE request may carry (256 pages = 1 MiB).',
      zh: '单个 FUSE 请求可携带的页数上限（256 页即 1 MiB）。',
    },
    details: {
      en:
        'Whole machine. A FUSE daemon (sshfs, s3fs, gcsfuse, rclone) negotiates its request size up to this bound; larger requests mean fewer round trips for big sequential reads and writes.',
      zh:
        '作用于整台机器。FUSE 守护进程（sshfs、s3fs、gcsfuse、rclone）在此上限内协商请求大小；请求越大，大块顺序读写所需的往返越少。',
    },
  },
  {
    key: 'fs.fuse.default_request_timeout',
    type: 'int',
    unit: 'seconds',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.fuse.max_request_timeout'],
    summary: {
      en: 'Timeout for FUSE requests on connections that set none; 0 waits forever unless `fs.fuse.max_request_timeout` is set, whose value then applies.',
      zh: 'FUSE 连接未自行设置超时时使用的请求超时；0 表示无限等待，但若设置了 `fs.fuse.max_request_timeout`，则改用它的值。',
    },
    details: {
      en:
        'Whole machine. Network-backed FUSE file systems hang every process touching them when the remote end stops answering; with a timeout the kernel aborts the connection instead, and callers get errors such as ENOTCONN ("Transport endpoint is not connected") instead of hanging in D state.',
      zh:
        '作用于整台机器。远端不再响应时，基于网络的 FUSE 文件系统会让所有访问它的进程挂起；设置超时后内核会中止该连接，调用者得到 ENOTCONN（"Transport endpoint is not connected"）等错误，而不是卡在 D 状态。',
    },
  },
  {
    key: 'fs.fuse.max_request_timeout',
    type: 'int',
    unit: 'seconds',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.fuse.default_request_timeout'],
    summary: {
      en: 'Upper bound on the request timeout any FUSE connection may use; 0 means no bound.',
      zh: '任何 FUSE 连接可使用的请求超时上限；0 表示不设上限。',
    },
    details: {
      en: 'Whole machine. Lets an administrator force a maximum wait even for FUSE servers that ask for longer timeouts or none.',
      zh: '作用于整台机器。即使 FUSE 服务端要求更长超时或不设超时，管理员也能借此强制规定最长等待时间。',
    },
  },
];

/** XFS tunables (present when XFS is built in or loaded). */
const XFS_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'fs.xfs.error_level',
    type: 'int',
    default: '3',
    range: { min: 0, max: 11 },
    perNamespace: false,
    related: ['fs.xfs.panic_mask'],
    summary: {
      en: 'How much XFS reports when it detects corruption (0 = least, 11 = most, including stack traces).',
      zh: 'XFS 检测到损坏时的报告详细程度（0 最少，11 最多，含调用栈）。',
    },
    details: {
      en: 'Whole machine. Raise it temporarily while investigating corruption reports in `dmesg`.',
      zh: '作用于整台机器。排查 `dmesg` 中的损坏报告时可临时调高。',
    },
  },
  {
    key: 'fs.xfs.panic_mask',
    type: 'int',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.xfs.error_level', 'kernel.panic_on_oops'],
    summary: {
      en: 'Bit mask of XFS alert classes that the kernel turns into a BUG (an oops) on the spot; that panics the machine only when `kernel.panic_on_oops` is set.',
      zh: 'XFS 告警类别的位掩码，命中时内核当场触发 BUG（oops）；只有设置了 `kernel.panic_on_oops` 才会让整机 panic。',
    },
    details: {
      en: 'Whole machine. Used by developers to capture a crash dump at the moment of corruption (with `kernel.panic_on_oops = 1` and kdump); keep 0 in production.',
      zh: '作用于整台机器。开发者用它在损坏发生的瞬间获取崩溃转储（配合 `kernel.panic_on_oops = 1` 和 kdump）；生产环境保持 0。',
    },
  },
  {
    key: 'fs.xfs.xfssyncd_centisecs',
    type: 'int',
    default: '3000',
    range: { min: 100, max: 720000 },
    perNamespace: false,
    related: ['vm.dirty_expire_centisecs'],
    summary: {
      en: 'Interval, in hundredths of a second, at which XFS writes out its metadata log (3000 = 30 s).',
      zh: 'XFS 写出元数据日志的间隔，单位百分之一秒（3000 即 30 秒）。',
    },
    details: {
      en: 'Whole machine. Shorter intervals narrow the window of lost metadata after a crash at the cost of more I/O.',
      zh: '作用于整台机器。间隔越短，崩溃后丢失元数据的窗口越小，但 I/O 更多。',
    },
  },
  {
    key: 'fs.xfs.filestream_centisecs',
    type: 'int',
    default: '3000',
    range: { min: 1, max: 360000 },
    perNamespace: false,
    related: ['fs.xfs.rotorstep'],
    summary: {
      en: 'How long, in hundredths of a second, a directory keeps its allocation group in the filestreams allocator.',
      zh: '在 filestreams 分配器中，目录保持其分配组关联的时长，单位百分之一秒。',
    },
    details: {
      en: 'Whole machine; only for file systems mounted with `filestreams` (video capture and similar streaming writes).',
      zh: '作用于整台机器；只对以 `filestreams` 挂载的文件系统有效（视频采集等流式写入场景）。',
    },
  },
  {
    key: 'fs.xfs.rotorstep',
    type: 'int',
    default: '1',
    range: { min: 1, max: 255 },
    perNamespace: false,
    related: ['fs.xfs.filestream_centisecs'],
    summary: {
      en: 'How many files the `inode32` allocator places in one allocation group before moving to the next.',
      zh: '`inode32` 分配器在一个分配组中放置多少个文件后切换到下一个。',
    },
    details: {
      en: 'Whole machine; only matters for XFS mounted with `inode32`.',
      zh: '作用于整台机器；只对以 `inode32` 挂载的 XFS 有意义。',
    },
  },
  {
    key: 'fs.xfs.speculative_prealloc_lifetime',
    type: 'int',
    unit: 'seconds',
    default: '300',
    range: { min: 1, max: 86400 },
    perNamespace: false,
    related: ['fs.xfs.speculative_cow_prealloc_lifetime'],
    summary: {
      en: 'How long XFS keeps space speculatively preallocated beyond the end of files before trimming it.',
      zh: 'XFS 在文件末尾推测性预分配的空间保留多久后回收。',
    },
    details: {
      en:
        'Whole machine. Preallocation reduces fragmentation of growing files such as logs, but makes `du` larger than the data for a while. Lower it if the apparent extra usage worries monitoring.',
      zh:
        '作用于整台机器。预分配可减少日志等不断增长文件的碎片，但会让 `du` 在一段时间内大于实际数据量。若监控被这部分额外用量干扰，可调低它。',
    },
  },
  {
    key: 'fs.xfs.inherit_sync',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Ignore the flag on the parent directory.', zh: '忽略父目录上的标志。' } },
      { value: '1', meaning: { en: 'New files inherit the directory\'s `sync` flag (default).', zh: '新文件继承目录的 `sync` 标志（默认）。' } },
    ],
    perNamespace: false,
    related: ['fs.xfs.inherit_nodump', 'fs.xfs.inherit_noatime'],
    summary: {
      en: 'Whether new XFS files inherit the `sync` attribute set with `xfs_io chattr` on their directory.',
      zh: '新建的 XFS 文件是否继承目录上用 `xfs_io chattr` 设置的 `sync` 属性。',
    },
    details: {
      en: 'Whole machine. Only matters where administrators set XFS attributes on directories.',
      zh: '作用于整台机器。只在管理员给目录设置了 XFS 属性时有意义。',
    },
  },
  {
    key: 'fs.xfs.inherit_nodump',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Ignore the flag on the parent directory.', zh: '忽略父目录上的标志。' } },
      { value: '1', meaning: { en: 'New files inherit the directory\'s `nodump` flag (default).', zh: '新文件继承目录的 `nodump` 标志（默认）。' } },
    ],
    perNamespace: false,
    related: ['fs.xfs.inherit_sync'],
    summary: {
      en: 'Whether new XFS files inherit the `nodump` attribute of their directory.',
      zh: '新建的 XFS 文件是否继承目录的 `nodump` 属性。',
    },
    details: {
      en: 'Whole machine. `nodump` excludes files from `xfsdump` backups.',
      zh: '作用于整台机器。`xfsdump` 备份时会跳过带 `nodump` 属性的文件。',
    },
  },
  {
    key: 'fs.xfs.inherit_noatime',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Ignore the flag on the parent directory.', zh: '忽略父目录上的标志。' } },
      { value: '1', meaning: { en: 'New files inherit the directory\'s `noatime` flag (default).', zh: '新文件继承目录的 `noatime` 标志（默认）。' } },
    ],
    perNamespace: false,
    related: ['fs.xfs.inherit_sync'],
    summary: {
      en: 'Whether new XFS files inherit the `noatime` attribute of their directory.',
      zh: '新建的 XFS 文件是否继承目录的 `noatime` 属性。',
    },
    details: {
      en: 'Whole machine. Independent of the `noatime` mount option, which applies to the whole file system.',
      zh: '作用于整台机器。与作用于整个文件系统的 `noatime` 挂载选项无关。',
    },
  },
  {
    key: 'fs.xfs.inherit_nosymlinks',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Ignore the flag on the parent directory (default).', zh: '忽略父目录上的标志（默认）。' } },
      { value: '1', meaning: { en: 'New files inherit the directory\'s `nosymlinks` flag.', zh: '新文件继承目录的 `nosymlinks` 标志。' } },
    ],
    perNamespace: false,
    related: ['fs.xfs.inherit_sync'],
    summary: {
      en: 'Whether new XFS files inherit the `nosymlinks` attribute of their directory.',
      zh: '新建的 XFS 文件是否继承目录的 `nosymlinks` 属性。',
    },
    details: {
      en: 'Whole machine. `nosymlinks` forbids creating symbolic links in the directory.',
      zh: '作用于整台机器。`nosymlinks` 禁止在该目录中创建符号链接。',
    },
  },
  {
    key: 'fs.xfs.inherit_nodefrag',
    type: 'bool',
    default: '1',
    values: [
      { value: '0', meaning: { en: 'Ignore the flag on the parent directory.', zh: '忽略父目录上的标志。' } },
      { value: '1', meaning: { en: 'New files inherit the directory\'s `nodefrag` flag (default).', zh: '新文件继承目录的 `nodefrag` 标志（默认）。' } },
    ],
    perNamespace: false,
    related: ['fs.xfs.inherit_sync'],
    summary: {
      en: 'Whether new XFS files inherit the `nodefrag` attribute, which keeps `xfs_fsr` away from them.',
      zh: '新建的 XFS 文件是否继承 `nodefrag` 属性，该属性让 `xfs_fsr` 不整理它们。',
    },
    details: {
      en: 'Whole machine. Only relevant if you run the `xfs_fsr` defragmenter.',
      zh: '作用于整台机器。只有运行 `xfs_fsr` 碎片整理工具时才有关系。',
    },
  },
  {
    key: 'fs.xfs.stats_clear',
    type: 'bool',
    default: '0',
    values: [
      { value: '0', meaning: { en: 'Nothing happens (the value always reads 0).', zh: '无动作（读取时总是 0）。' } },
      { value: '1', meaning: { en: 'Writing 1 resets the counters in `/proc/fs/xfs/stat`.', zh: '写入 1 会清零 `/proc/fs/xfs/stat` 中的计数。' } },
    ],
    perNamespace: false,
    related: ['fs.xfs.error_level'],
    summary: {
      en: 'Write 1 to reset the XFS statistics counters.',
      zh: '写入 1 可清零 XFS 统计计数。',
    },
    details: {
      en: 'Whole machine. Handy before a benchmark so `/proc/fs/xfs/stat` shows only what the test did.',
      zh: '作用于整台机器。压测前清零，可以让 `/proc/fs/xfs/stat` 只反映本次测试的情况。',
    },
  },
];

/** Disk quota statistics (read-only counters). */
const QUOTA_KEYS: readonly SysctlKeyDoc[] = (
  [
    ['lookups', 'quota lookups performed', '配额查找次数'],
    ['drops', 'quota references dropped', '释放配额引用的次数'],
    ['reads', 'quota structures read from disk', '从磁盘读取配额结构的次数'],
    ['writes', 'quota structures written to disk', '向磁盘写入配额结构的次数'],
    ['cache_hits', 'quota lookups served from the cache', '命中缓存的配额查找次数'],
    ['allocated_dquots', 'quota structures currently allocated in memory', '当前内存中已分配的配额结构数'],
    ['free_dquots', 'allocated quota structures that are currently unused', '已分配但当前未使用的配额结构数'],
    ['syncs', 'times quota information was synced to disk', '配额信息同步到磁盘的次数'],
  ] as const
).map(([name, en, zh]): SysctlKeyDoc => ({
  key: `fs.quota.${name}`,
  type: 'int',
  default: null,
  defaultNote: name === 'allocated_dquots' || name === 'free_dquots'
    ? { en: 'A live count of the structures in memory right now, going up and down; 0 when no file system uses quotas.', zh: '当前内存中结构数的实时值，会增也会减；没有文件系统启用配额时为 0。' }
    : { en: 'A live counter since boot; 0 when no file system uses quotas.', zh: '开机以来的实时计数；没有文件系统启用配额时为 0。' },
  range: { min: 0 },
  perNamespace: false,
  related: ['fs.quota.lookups', 'fs.quota.cache_hits'].filter((key) => key !== `fs.quota.${name}`),
  summary: { en: `Read-only disk-quota statistic: ${en}.`, zh: `只读的磁盘配额统计：${zh}。` },
  details: {
    en: 'Whole machine. A statistic for diagnosing quota overhead on file servers; it cannot be tuned.',
    zh: '作用于整台机器。用于诊断文件服务器上配额功能开销的统计值，不可调整。',
  },
}));

/** The remaining fs.* keys: file handles, epoll, inotify, pipes, protected links, message queues, FUSE, XFS. */
export const FS_EXTRA_KEYS: readonly SysctlKeyDoc[] = [
  ...COUNTER_KEYS,
  ...LIMIT_KEYS,
  ...BEHAVIOUR_KEYS,
  ...PROTECTION_KEYS,
  ...MQUEUE_KEYS,
  ...FUSE_KEYS,
  ...XFS_KEYS,
  ...QUOTA_KEYS,
];
