import type { Localized } from '../../i18n/localized';
import type { SysctlKeyDoc } from '../types';
import { offOn } from './enumValues';

/**
 * fs.* keys of file systems that are modules: the NFS client and lock manager (fs.nfs), XFS's
 * deprecated knobs, OCFS2, quota warnings, fs-verity and the old NTFS driver's debug switch; and the
 * roots of their own that Coda (`coda`) and the FS-Cache layers (`fscache`, `cachefiles`) register.
 *
 * Facts from the 6.12 Debian tree: fs/nfs/sysctl.c, nfs4sysctl.c, namespace.c (500 s), super.c
 * (idmap 600 s), write.c (congestion limit from RAM); fs/lockd/svc.c (grace period 0 to 240 s,
 * nlm_timeout 10 s, ports 0 = any); fs/xfs/xfs_sysctl.c and xfs_globals.c; fs/ocfs2/stackglue.c;
 * fs/quota/dquot.c; fs/verity/init.c; fs/coda/sysctl.c, psdev.c and upcall.c (30 s);
 * fs/cachefiles/error_inject.c and internal.h; fs/ntfs/sysctl.c of 6.8; fs/fscache/main.c of 5.15.
 */

const NFS_CLIENT: Localized = {
  en: 'Exists once the `nfs` module is loaded (any NFS mount loads it).',
  zh: '加载 `nfs` 模块后才存在（挂载任何 NFS 都会加载它）。',
};

const LOCKD: Localized = {
  en: 'Belongs to lockd, the NFSv2/v3 lock manager (NLM); exists once `lockd` is loaded, i.e. on NFSv3 clients and servers. NFSv4 handles locks inside the protocol and does not use it.',
  zh: '属于 NFSv2/v3 的锁管理器 lockd（NLM）；加载 `lockd` 后才存在，也就是 NFSv3 的客户端和服务端。NFSv4 在协议内部处理锁，不使用它。',
};

const FIXED_PORT: Localized = {
  en: 'Pin it when a firewall must allow NFSv3: set the same port in `/etc/nfs.conf` (`[lockd] port=`) or here, and open it. With 0 the kernel binds a free port of its own choosing and only registers it with rpcbind.',
  zh: '防火墙需要放行 NFSv3 时应固定端口：在 `/etc/nfs.conf`（`[lockd] port=`）或这里设置同一个端口并放行。设为 0 时由内核自行绑定一个空闲的随机端口，rpcbind 只负责登记它。',
};

const XFS_DEPRECATED: Localized = {
  en: 'Deprecated for years (writing it logged a warning) and removed in 6.18, as XFS had announced for September 2025; drop the line.',
  zh: '已弃用多年（写入时会在日志中告警），并按 XFS 预告的 2025 年 9 月计划在 6.18 中删除；请删掉这一行。',
};

export const FS_MORE_KEYS: readonly SysctlKeyDoc[] = [
  {
    key: 'fs.nfs.nfs_mountpoint_timeout',
    type: 'int',
    unit: 'seconds',
    default: '500',
    perNamespace: false,
    related: ['fs.nfs.nfs_congestion_kb'],
    summary: {
      en: 'How long an NFS submount that the client mounted automatically (crossing into another export) stays after its last use.',
      zh: 'NFS 客户端自动挂载的子挂载（跨入另一个导出目录时产生）在最后一次使用后保留多久。',
    },
    details: { en: NFS_CLIENT.en, zh: NFS_CLIENT.zh },
  },
  {
    key: 'fs.nfs.nfs_congestion_kb',
    type: 'int',
    default: null,
    defaultNote: { en: 'Scaled from RAM when the module loads (16 × √RAM pages, at most 256 MiB), in KiB.', zh: '模块加载时按内存计算（16 × √内存页数，最大 256 MiB），单位 KiB。' },
    perNamespace: false,
    related: ['vm.dirty_ratio', 'fs.nfs.nfs_mountpoint_timeout'],
    summary: {
      en: 'How much data, in KiB, may be under write-back on one NFS mount before the client holds back further background write-back to it.',
      zh: '单个 NFS 挂载上正在回写的数据量达到多少 KiB 后，客户端暂停对它的后台回写。',
    },
    details: {
      en: `Counted per mounted file system (superblock), not per server. Above the limit, background and periodic write-back waits until three quarters of it remain; writers themselves are slowed only indirectly, through the dirty limits (\`vm.dirty_ratio\`). Larger values let fast networks keep more writes in flight; smaller ones keep a slow server from soaking up memory. ${NFS_CLIENT.en}`,
      zh: `按挂载的文件系统（superblock）计算，而不是按服务器。超过后，后台和定期回写要等到在途量降到四分之三以下才继续；写入进程只会间接地通过脏页上限（\`vm.dirty_ratio\`）被拖慢。调大可以让高速网络上有更多在途写入；调小可以避免慢速服务器占用过多内存。${NFS_CLIENT.zh}`,
    },
  },
  {
    key: 'fs.nfs.idmap_cache_timeout',
    type: 'int',
    unit: 'seconds',
    default: '600',
    perNamespace: false,
    related: ['fs.nfs.nfs_callback_tcpport'],
    summary: {
      en: 'How long the NFSv4 client caches a user or group name to ID mapping.',
      zh: 'NFSv4 客户端缓存"用户名/组名 ↔ ID"映射的时间。',
    },
    details: {
      en: 'Lower it when ownership changes on the server must show up sooner (`nfsidmap -c` clears the cache at once). Exists once the `nfsv4` module is loaded.',
      zh: '服务端的属主变更需要更快生效时可以调小（`nfsidmap -c` 可以立即清空缓存）。加载 `nfsv4` 模块后才存在。',
    },
  },
  {
    key: 'fs.nfs.nfs_callback_tcpport',
    type: 'int',
    unit: 'ports',
    default: '0',
    range: { min: 0, max: 65535 },
    perNamespace: false,
    related: ['fs.nfs.idmap_cache_timeout', 'fs.nfs.nlm_tcpport'],
    summary: {
      en: 'The TCP port on which an NFSv4.0 client listens for delegation callbacks from the server; 0 picks one at random.',
      zh: 'NFSv4.0 客户端监听服务端委托回调的 TCP 端口；0 表示随机选择。',
    },
    details: {
      en: 'Pin it when a client firewall must let callbacks in; NFSv4.1 and later reuse the client\'s own connection and need no open port. Exists once the `nfsv4` module is loaded.',
      zh: '客户端有防火墙、需要放行回调时应固定端口；NFSv4.1 及以后复用客户端自己发起的连接，不需要开放端口。加载 `nfsv4` 模块后才存在。',
    },
  },
  {
    key: 'fs.nfs.nlm_grace_period',
    type: 'int',
    unit: 'seconds',
    default: '0',
    range: { min: 0, max: 240 },
    perNamespace: false,
    related: ['fs.nfs.nlm_timeout'],
    summary: {
      en: 'How long after a restart the NFSv3 lock manager only accepts lock reclaims; 0 means five times `fs.nfs.nlm_timeout` (50 s by default).',
      zh: 'NFSv3 锁管理器重启后只接受锁回收请求的时长；0 表示取 `fs.nfs.nlm_timeout` 的 5 倍（默认 50 秒）。',
    },
    details: {
      en: `Rounded up to a multiple of \`nlm_timeout\`. A grace time set over netlink for a network namespace (\`nfsdctl\` on recent kernels) takes precedence, and while an NFSv4 server's own grace period (a setting of its own, \`/proc/fs/nfsd/nfsv4gracetime\`, 90 s by default like the lease time) is running, lockd refuses new locks too. ${LOCKD.en}`,
      zh: `会向上取整为 \`nlm_timeout\` 的整数倍。通过 netlink 为某个网络命名空间设置的宽限时间（较新内核上的 \`nfsdctl\`）优先；NFSv4 服务端自己的宽限期（单独的设置 \`/proc/fs/nfsd/nfsv4gracetime\`，默认 90 秒，与默认租约时间相同）没结束时，lockd 同样拒绝新的加锁。${LOCKD.zh}`,
    },
  },
  {
    key: 'fs.nfs.nlm_timeout',
    type: 'int',
    unit: 'seconds',
    default: '10',
    range: { min: 3, max: 20 },
    perNamespace: false,
    related: ['fs.nfs.nlm_grace_period'],
    summary: {
      en: 'The retransmit timeout of NFSv3 lock manager (NLM) requests.',
      zh: 'NFSv3 锁管理器（NLM）请求的重传超时。',
    },
    details: { en: LOCKD.en, zh: LOCKD.zh },
  },
  {
    key: 'fs.nfs.nlm_tcpport',
    type: 'int',
    unit: 'ports',
    default: '0',
    range: { min: 0, max: 65535 },
    perNamespace: false,
    related: ['fs.nfs.nlm_udpport', 'fs.nfs.nfs_callback_tcpport'],
    summary: {
      en: 'The TCP port lockd listens on; 0 takes a random one registered with rpcbind.',
      zh: 'lockd 监听的 TCP 端口；0 表示使用向 rpcbind 注册的随机端口。',
    },
    details: { en: `${FIXED_PORT.en} ${LOCKD.en}`, zh: `${FIXED_PORT.zh}${LOCKD.zh}` },
  },
  {
    key: 'fs.nfs.nlm_udpport',
    type: 'int',
    unit: 'ports',
    default: '0',
    range: { min: 0, max: 65535 },
    perNamespace: false,
    related: ['fs.nfs.nlm_tcpport'],
    summary: {
      en: 'The UDP port lockd listens on; 0 takes a random one registered with rpcbind.',
      zh: 'lockd 监听的 UDP 端口；0 表示使用向 rpcbind 注册的随机端口。',
    },
    details: { en: `${FIXED_PORT.en} ${LOCKD.en}`, zh: `${FIXED_PORT.zh}${LOCKD.zh}` },
  },
  {
    key: 'fs.nfs.nsm_use_hostnames',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Identify peers by IP address (default).', zh: '按 IP 地址识别对端（默认）。' },
      { en: 'Identify peers by host name.', zh: '按主机名识别对端。' },
    ),
    perNamespace: false,
    related: ['fs.nfs.nsm_local_state'],
    summary: {
      en: 'Whether lock recovery after a reboot (NSM, rpc.statd) tracks peers by host name instead of IP address.',
      zh: '重启后的锁恢复（NSM，rpc.statd）是按主机名而不是 IP 地址来跟踪对端。',
    },
    details: { en: `Useful for multi-homed peers whose address may differ after reboot. ${LOCKD.en}`, zh: `适用于重启后地址可能变化的多宿主对端。${LOCKD.zh}` },
  },
  {
    key: 'fs.nfs.nsm_local_state',
    type: 'int',
    default: '0',
    defaultNote: { en: 'Written by rpc.statd at start-up with its state number.', zh: '由 rpc.statd 启动时写入其状态号。' },
    range: { min: 0 },
    perNamespace: false,
    related: ['fs.nfs.nsm_use_hostnames'],
    summary: {
      en: 'The NSM state number of this host, which tells peers it has rebooted; managed by rpc.statd.',
      zh: '本机的 NSM 状态号，用于告诉对端本机已经重启；由 rpc.statd 管理。',
    },
    details: { en: `Do not set it by hand. ${LOCKD.en}`, zh: `不要手工设置。${LOCKD.zh}` },
  },
  {
    key: 'fs.quota.warnings',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Silent.', zh: '不提示。' },
      { en: 'Print quota warnings to the user\'s terminal (default).', zh: '向用户终端打印配额警告（默认）。' },
    ),
    perNamespace: false,
    related: ['fs.quota.syncs'],
    summary: {
      en: 'Whether exceeding a disk quota prints a warning on the user\'s terminal.',
      zh: '超出磁盘配额时是否在用户终端上打印警告。',
    },
    details: {
      en: 'Only with CONFIG_PRINT_QUOTA_WARNING, which distributions usually leave off in favour of netlink notifications (quota_nld).',
      zh: '仅在启用 CONFIG_PRINT_QUOTA_WARNING 时存在；发行版通常不开，改用 netlink 通知（quota_nld）。',
    },
  },
  {
    key: 'fs.verity.require_signatures',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Signatures optional (default).', zh: '签名可选（默认）。' },
      { en: 'Every verity file must carry a signature trusted by the `.fs-verity` keyring.', zh: '每个 verity 文件都必须带有 `.fs-verity` 密钥环信任的签名。' },
    ),
    perNamespace: false,
    related: ['kernel.modules_disabled'],
    summary: {
      en: 'Whether fs-verity refuses to open protected files that lack a trusted built-in signature.',
      zh: 'fs-verity 是否拒绝打开没有可信内置签名的受保护文件。',
    },
    details: {
      en: 'Needs CONFIG_FS_VERITY_BUILTIN_SIGNATURES. Most systems check signatures in user space (IPE, package managers) instead.',
      zh: '需要 CONFIG_FS_VERITY_BUILTIN_SIGNATURES。多数系统改在用户态（IPE、包管理器）校验签名。',
    },
  },
  {
    key: 'fs.ocfs2.nm.hb_ctl_path',
    type: 'string',
    default: '/sbin/ocfs2_hb_ctl',
    perNamespace: false,
    related: ['kernel.hotplug'],
    summary: {
      en: 'The helper program OCFS2 runs to stop its disk heartbeat when a volume is unmounted.',
      zh: 'OCFS2 卸载卷时为停止磁盘心跳而运行的辅助程序。',
    },
    details: {
      en: 'Only for the OCFS2 cluster file system with its own o2cb stack; exists once `ocfs2_stackglue` is loaded.',
      zh: '仅用于使用自带 o2cb 集群栈的 OCFS2 集群文件系统；加载 `ocfs2_stackglue` 后才存在。',
    },
  },
  {
    key: 'fs.ntfs-debug',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Quiet (default).', zh: '不输出（默认）。' },
      { en: 'Log debug messages of the ntfs driver.', zh: '输出 ntfs 驱动的调试信息。' },
    ),
    perNamespace: false,
    related: ['fs.quota.warnings'],
    summary: {
      en: 'Whether the old read-mostly `ntfs` driver writes debug messages.',
      zh: '旧的（以只读为主的）`ntfs` 驱动是否输出调试信息。',
    },
    details: {
      en: 'Only with CONFIG_NTFS_DEBUG. The driver was removed in 6.9 in favour of `ntfs3`, which has no such key.',
      zh: '仅在启用 CONFIG_NTFS_DEBUG 时存在。该驱动已在 6.9 中移除，由没有此参数的 `ntfs3` 取代。',
    },
  },
  {
    key: 'fs.xfs.irix_sgid_inherit',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Normal Linux behaviour (default).', zh: '标准 Linux 行为（默认）。' },
      { en: 'IRIX behaviour for set-group-ID inheritance.', zh: 'IRIX 的 setgid 继承行为。' },
    ),
    removedIn: '6.18',
    perNamespace: false,
    related: ['fs.xfs.irix_symlink_mode'],
    summary: {
      en: 'Whether new files in a set-group-ID directory follow IRIX rules for the set-group-ID bit.',
      zh: 'setgid 目录中的新文件是否按 IRIX 的规则处理 setgid 位。',
    },
    details: { en: `A compatibility knob from XFS's IRIX days. ${XFS_DEPRECATED.en}`, zh: `XFS 源自 IRIX 时代的兼容开关。${XFS_DEPRECATED.zh}` },
  },
  {
    key: 'fs.xfs.irix_symlink_mode',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Symlinks are mode 0777 (default).', zh: '符号链接权限为 0777（默认）。' },
      { en: 'Symlinks get the creator\'s umask, as on IRIX.', zh: '符号链接按创建者的 umask 设置权限，与 IRIX 相同。' },
    ),
    removedIn: '6.18',
    perNamespace: false,
    related: ['fs.xfs.irix_sgid_inherit'],
    summary: {
      en: 'Whether symbolic links on XFS get permissions from the umask, as on IRIX.',
      zh: 'XFS 上的符号链接是否像 IRIX 那样按 umask 设置权限。',
    },
    details: { en: XFS_DEPRECATED.en, zh: XFS_DEPRECATED.zh },
  },
  {
    key: 'fs.xfs.speculative_cow_prealloc_lifetime',
    type: 'int',
    unit: 'seconds',
    default: '1800',
    range: { min: 1 },
    removedIn: '6.18',
    perNamespace: false,
    related: ['fs.xfs.speculative_prealloc_lifetime'],
    summary: {
      en: 'How often XFS frees copy-on-write space it reserved ahead on reflinked files but did not use.',
      zh: 'XFS 多久回收一次为 reflink 文件预留却未使用的写时复制空间。',
    },
    details: {
      en: `An alias of \`fs.xfs.speculative_prealloc_lifetime\`. ${XFS_DEPRECATED.en}`,
      zh: `它是 \`fs.xfs.speculative_prealloc_lifetime\` 的别名。${XFS_DEPRECATED.zh}`,
    },
  },
  {
    key: 'fs.xfs.age_buffer_centisecs',
    type: 'int',
    default: '1500',
    range: { min: 100, max: 720000 },
    removedIn: '4.0',
    perNamespace: false,
    related: ['fs.xfs.xfsbufd_centisecs'],
    summary: {
      en: 'How old, in hundredths of a second, a dirty XFS metadata buffer had to be before xfsbufd flushed it.',
      zh: 'XFS 脏元数据缓冲区要"老"到多少（百分之一秒）才会被 xfsbufd 刷写。',
    },
    details: {
      en: 'A tunable of XFS\'s old buffer flushing thread; 3.x kernels still accept it but no longer use it, and 4.0 removed it.',
      zh: 'XFS 旧缓冲区刷写线程的调节项；3.x 内核仍接受它但已不再使用，4.0 将其删除。',
    },
  },
  {
    key: 'fs.xfs.xfsbufd_centisecs',
    type: 'int',
    default: '100',
    range: { min: 50, max: 3000 },
    removedIn: '4.0',
    perNamespace: false,
    related: ['fs.xfs.age_buffer_centisecs'],
    summary: {
      en: 'How often, in hundredths of a second, XFS\'s old xfsbufd thread woke to flush metadata buffers.',
      zh: 'XFS 旧的 xfsbufd 线程每隔多久（百分之一秒）醒来刷写元数据缓冲区。',
    },
    details: {
      en: 'Accepted but unused on 3.x kernels; removed in 4.0.',
      zh: '3.x 内核接受但不再使用；4.0 将其删除。',
    },
  },
  {
    key: 'cachefiles.error_injection',
    type: 'int',
    default: '0',
    range: { min: 0 },
    since: '5.17',
    perNamespace: false,
    related: ['fscache.object_max_active'],
    summary: {
      en: 'Makes the cachefiles back end of FS-Cache fail its own disk I/O on purpose, to test how network file systems cope with a broken cache.',
      zh: '让 FS-Cache 的 cachefiles 后端故意让自身的磁盘 I/O 失败，用来测试网络文件系统如何应对损坏的缓存。',
    },
    details: {
      en: 'A bit mask: 1 makes cache writes fail with ENOSPC; 2 makes reads, writes and removals fail with EIO (it wins over 1). Leave it at 0 outside tests. Needs CONFIG_CACHEFILES_ERROR_INJECTION; exists once the `cachefiles` module is loaded (cachefilesd, as NFS or AFS with the `fsc` option use).',
      zh: '按位取值：1 让缓存写入返回 ENOSPC；2 让读、写、删除都返回 EIO（优先于 1）。测试之外请保持为 0。需要 CONFIG_CACHEFILES_ERROR_INJECTION；加载 `cachefiles` 模块后才存在（使用 cachefilesd，例如带 `fsc` 选项的 NFS 或 AFS）。',
    },
  },
  {
    key: 'fscache.object_max_active',
    type: 'int',
    default: null,
    defaultNote: { en: 'The number of possible CPUs, at least 4; the workqueue ceiling it is clamped to (512, or four per CPU if that is more) never cuts it.', zh: '取可能的 CPU 数，最少 4；它所受的工作队列上限（512，或每 CPU 4 个中较大者）不会把它压低。' },
    removedIn: '5.17',
    perNamespace: false,
    related: ['fscache.operation_max_active'],
    summary: {
      en: 'How many FS-Cache objects (cached files) the old FS-Cache worked on at the same time.',
      zh: '旧版 FS-Cache 同时处理的缓存对象（被缓存的文件）数量上限。',
    },
    details: {
      en: 'The concurrency of its `fscache_object` workqueue; writing it takes effect at once. The file keeps any integer written, but the workqueue clamps what it uses to between 1 and its ceiling (512, or four per possible CPU if that is more) and logs a warning when the value is outside. Exists once the `fscache` module is loaded (CONFIG_FSCACHE). The FS-Cache rewrite of 5.17 removed it.',
      zh: '即 `fscache_object` 工作队列的并发度，写入后立即生效。文件会原样保存写入的任何整数，但工作队列实际使用时会把它限制在 1 到上限（512，或每个可能的 CPU 4 个中较大者）之间，超出范围时还会打印警告。加载 `fscache` 模块（CONFIG_FSCACHE）后才存在。5.17 重写 FS-Cache 时删除了它。',
    },
  },
  {
    key: 'fscache.operation_max_active',
    type: 'int',
    default: null,
    defaultNote: { en: 'Half of `fscache.object_max_active`, at least 2.', zh: '为 `fscache.object_max_active` 的一半，最少 2。' },
    removedIn: '5.17',
    perNamespace: false,
    related: ['fscache.object_max_active'],
    summary: {
      en: 'How many FS-Cache operations (reads and writes of cached pages) the old FS-Cache ran at the same time.',
      zh: '旧版 FS-Cache 同时执行的缓存操作（读写缓存页）数量上限。',
    },
    details: {
      en: 'The concurrency of its `fscache_operation` workqueue; writing it takes effect at once. The file keeps any integer written, but the workqueue clamps what it uses to between 1 and its ceiling (512, or four per possible CPU if that is more) and logs a warning when the value is outside. Exists once the `fscache` module is loaded (CONFIG_FSCACHE). The FS-Cache rewrite of 5.17 removed it.',
      zh: '即 `fscache_operation` 工作队列的并发度，写入后立即生效。文件会原样保存写入的任何整数，但工作队列实际使用时会把它限制在 1 到上限（512，或每个可能的 CPU 4 个中较大者）之间，超出范围时还会打印警告。加载 `fscache` 模块（CONFIG_FSCACHE）后才存在。5.17 重写 FS-Cache 时删除了它。',
    },
  },
  {
    key: 'coda.timeout',
    type: 'int',
    unit: 'seconds',
    default: '30',
    perNamespace: false,
    related: ['coda.hard'],
    summary: {
      en: 'How long a process waiting for Venus, the Coda cache manager, holds back signals other than Ctrl-C (SIGINT), SIGKILL and SIGSTOP; those three can end the wait at any time, the others only after this many seconds.',
      zh: '进程等待 Coda 缓存管理器 Venus 时，前多少秒屏蔽 Ctrl-C（SIGINT）、SIGKILL 和 SIGSTOP 以外的信号；这三个信号随时可以结束等待，其他信号要过了这段时间才行。',
    },
    details: {
      en: 'The other signals stay held back for the whole wait while `coda.hard` is 1, and for close, store and similar requests that Venus has not yet picked up, so no data is lost; Ctrl-C, SIGKILL and SIGSTOP (which can never be blocked) still end those waits within about a second. Exists once the `coda` module is loaded (CONFIG_CODA_FS).',
      zh: '`coda.hard` 为 1 时，以及 Venus 尚未取走的关闭、写回（store）等请求，其他信号在整个等待期间都被屏蔽，以免丢数据；但 Ctrl-C、SIGKILL 以及无法被屏蔽的 SIGSTOP 仍会在约一秒内结束这类等待。加载 `coda` 模块（CONFIG_CODA_FS）后才存在。',
    },
  },
  {
    key: 'coda.hard',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Soft: after `coda.timeout` a signal may interrupt a wait for Venus (default).', zh: '软等待：超过 `coda.timeout` 后，信号可以打断对 Venus 的等待（默认）。' },
      { en: 'Hard: processes wait for Venus in uninterruptible sleep, like an NFS hard mount; only Ctrl-C, SIGKILL and SIGSTOP (which cannot be blocked) end the wait, within about a second.', zh: '硬等待：进程以不可中断睡眠等待 Venus，类似 NFS 的 hard 挂载；只有 Ctrl-C、SIGKILL 和无法屏蔽的 SIGSTOP 能在约一秒内结束等待。' },
    ),
    perNamespace: false,
    related: ['coda.timeout'],
    summary: {
      en: 'Whether waits for the Coda cache manager (Venus) stay uninterruptible, with every signal but Ctrl-C (SIGINT), SIGKILL and SIGSTOP held back for as long as Venus takes.',
      zh: '等待 Coda 缓存管理器（Venus）时是否一直处于不可中断状态：除 Ctrl-C（SIGINT）、SIGKILL 和 SIGSTOP 外的信号在 Venus 应答前一律被屏蔽。',
    },
    details: {
      en: 'With 1, a hung Venus leaves processes in uninterruptible sleep (state D) and `coda.timeout` no longer lets other signals through; the kernel still checks once a second for Ctrl-C, SIGKILL or SIGSTOP (the three signals it leaves unblocked) and ends the wait with EINTR. Exists once the `coda` module is loaded (CONFIG_CODA_FS).',
      zh: '设为 1 时，Venus 一旦卡住，进程会处于不可中断睡眠（D 状态），`coda.timeout` 到期后也不放行其他信号；但内核每秒检查一次 Ctrl-C、SIGKILL 或 SIGSTOP（它唯一不屏蔽的三个信号），收到就以 EINTR 结束等待。加载 `coda` 模块（CONFIG_CODA_FS）后才存在。',
    },
  },
  {
    key: 'coda.fake_statfs',
    type: 'bool',
    default: '0',
    values: offOn({ en: 'Off (default).', zh: '关闭（默认）。' }, { en: 'On, with no effect.', zh: '开启，但没有效果。' }),
    perNamespace: false,
    related: ['coda.hard'],
    summary: {
      en: 'A Coda switch that nothing in the kernel reads any more: setting it changes nothing.',
      zh: 'Coda 的一个开关，内核中已没有代码读取它：设置它不起任何作用。',
    },
    details: {
      en: 'Mode 0600 (root only). It once made `statfs` on Coda return made-up numbers instead of asking Venus. Exists once the `coda` module is loaded (CONFIG_CODA_FS).',
      zh: '权限 0600（仅 root 可读写）。它曾让 Coda 上的 `statfs` 直接返回虚构的数值而不询问 Venus。加载 `coda` 模块（CONFIG_CODA_FS）后才存在。',
    },
  },
];
