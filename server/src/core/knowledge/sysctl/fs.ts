import type { SysctlKeyDoc } from '../types';

/** File-descriptor limits: every socket is a file descriptor, so they cap the number of connections. */
export const FS_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'fs.file-max',
    type: 'int',
    unit: 'entries',
    default: null,
    defaultNote: {
      en: 'Computed at boot as about one file handle per 10 KiB of RAM (2466177 on a 24 GiB test machine).',
      zh: '开机时按每 10 KiB 内存约一个文件句柄计算（在一台 24 GiB 内存的测试机上为 2466177）。',
    },
    perNamespace: false,
    related: ['fs.nr_open'],
    summary: {
      en: 'System-wide limit on open file handles, enforced on processes without CAP_SYS_ADMIN; every socket uses one.',
      zh: '全系统打开的文件句柄总数上限，只对没有 CAP_SYS_ADMIN 的进程生效；每个 socket 都占用一个。',
    },
    details: {
      en:
        'Whole machine. When it is reached, `socket()`, `accept()` and `open()` fail with ENFILE ("Too many open files in system") for ordinary processes; a process with CAP_SYS_ADMIN (a service running as root, for one) can still open more, so the total may exceed this value.\n\n' +
        '- Current use: `cat /proc/sys/fs/file-nr` (allocated, unused, maximum).\n' +
        '- The per-process limit is usually hit first (EMFILE, "Too many open files"): `ulimit -n`, systemd `LimitNOFILE=`, capped by `fs.nr_open`.\n' +
        '- A count that keeps growing alongside many CLOSE_WAIT sockets points to a descriptor leak in the application.',
      zh:
        '作用于整台机器。达到上限后，普通进程的 `socket()`、`accept()`、`open()` 都会失败并返回 ENFILE（"Too many open files in system"）；拥有 CAP_SYS_ADMIN 的进程（例如以 root 运行的服务）仍可继续打开，所以总数可能超过这个值。\n\n' +
        '- 当前用量：`cat /proc/sys/fs/file-nr`（已分配、未使用、上限）。\n' +
        '- 通常先撞上的是单进程上限（EMFILE，"Too many open files"）：`ulimit -n`、systemd 的 `LimitNOFILE=`，它们又受 `fs.nr_open` 限制。\n' +
        '- 句柄数持续上涨且伴随大量 CLOSE_WAIT，说明应用存在文件描述符泄漏。',
    },
  },
  {
    key: 'fs.nr_open',
    type: 'int',
    unit: 'entries',
    default: '1048576',
    perNamespace: false,
    related: ['fs.file-max'],
    summary: {
      en: 'Highest value the per-process open-file limit (RLIMIT_NOFILE) may be set to.',
      zh: '单进程打开文件数上限（RLIMIT_NOFILE）最高能设到多少。',
    },
    details: {
      en:
        'Per process. `ulimit -n`, systemd `LimitNOFILE=` and `setrlimit()` cannot go above this value, so raise it first when a proxy or database needs more than about a million descriptors.\n\n' +
        '- Every connection is one descriptor: a server holding 2 million connections needs both this and `fs.file-max` raised.',
      zh:
        '作用于单个进程。`ulimit -n`、systemd 的 `LimitNOFILE=` 和 `setrlimit()` 都不能超过它，所以代理或数据库需要超过约一百万个描述符时，要先调大它。\n\n' +
        '- 每个连接占一个描述符：要承载 200 万连接的服务器，这个值和 `fs.file-max` 都要调大。',
    },
  },
];
