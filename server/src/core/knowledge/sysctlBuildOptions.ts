import { MORE_BUILD_RULES } from './sysctl/buildRulesMore';

/**
 * Documented sysctl keys that a kernel has only when it was built with some option, or once a
 * module is loaded. A kernel without them is not wrong, and a key missing from one machine's
 * `sysctl -a` is explained by this table rather than by an error in the knowledge base.
 *
 * Provenance: mainline at v6.17-rc3, mirror Kingxukai/linux, commits
 * 9b44fff655e2c6f4cc53cb499dd2c038e99cb013 and 0291023e7330da28f2f7453c87c2ab7082d8360f (the
 * mirror stores each file at one of the two). Read there: the ctl_table and its `#ifdef CONFIG_…`
 * blocks in net/core/sysctl_net_core.c, net/ipv4/sysctl_net_ipv4.c, net/ipv6/sysctl_net_ipv6.c,
 * net/ipv6/addrconf.c, net/netfilter/nf_conntrack_standalone.c, net/netfilter/nf_log.c,
 * net/ipv6/netfilter/nf_conntrack_reasm.c, net/bridge/br_netfilter_hooks.c, net/mptcp/ctrl.c,
 * ipc/ipc_sysctl.c, kernel/ucount.c, kernel/watchdog.c, kernel/hung_task.c, kernel/acct.c,
 * kernel/delayacct.c, kernel/sched/autogroup.c, kernel/sysctl.c, fs/coredump.c, fs/quota/dquot.c,
 * fs/notify/inotify/inotify_user.c, fs/notify/fanotify/fanotify_user.c,
 * fs/notify/dnotify/dnotify.c and arch/x86/entry/vdso/vdso32-setup.c; the `obj-$(CONFIG_…)` lines
 * of net/bridge/Makefile, net/unix/Makefile, net/xfrm/Makefile, net/ipv6/Makefile,
 * net/ipv6/netfilter/Makefile, ipc/Makefile, fs/Makefile, fs/fuse/Makefile, kernel/Makefile,
 * drivers/base/firmware_loader/Makefile, arch/x86/kernel/cpu/Makefile and
 * arch/x86/entry/vdso/Makefile; and the Kconfig entries net/unix/Kconfig (UNIX is bool, so no
 * module), net/mptcp/Kconfig, fs/fuse/Kconfig, fs/notify/inotify/Kconfig and
 * fs/notify/fanotify/Kconfig. Files the mirror does not store were checked against the same
 * tables as quoted in upstream patches: net/netfilter/nf_hooks_lwtunnel.c and its Makefile line,
 * net/unix/sysctl_net_unix.c, net/xfrm/xfrm_sysctl.c, net/ipv4/xfrm4_policy.c, fs/locks.c,
 * fs/aio.c, io_uring/io_uring.c, security/keys/sysctl.c, kernel/events/callchain.c, mm/mmap.c,
 * arch/x86/kernel/setup.c and arch/x86/kernel/cpu/bus_lock.c. Not yet read, so written from the
 * tree's layout and still to be checked: the xfrm6 rule, fs.xfs and fs.epoll, the keys inside fuse's
 * sysctl.c, kernel.seccomp, kernel.pty, the bpf and ftrace keys, and the vm rules other than
 * mmap_rnd_bits / mmap_rnd_compat_bits. Whole directories registered by a
 * file that is only built with an option name that option and file. Keys are in the documented
 * form (`<iface>` for an interface); an entry ending in a dot covers every key under that
 * directory.
 */

export interface SysctlBuildCondition {
  /**
   * The Kconfig option the keys depend on (set to y, or m for a module); with `requirement`, the
   * option that must be off, or the macro that must be defined.
   */
  readonly option: string;
  /**
   * What `option` must be when it is not a Kconfig option to turn on: `option-unset` for keys of
   * kernels built without it (vm.nr_trim_pages exists only without CONFIG_MMU); `hand-set-define`
   * for a macro no Kconfig option sets, defined by editing `source` (ADD_INTERRUPT_BENCH).
   */
  readonly requirement?: 'option-unset' | 'hand-set-define';
  /** Further options the keys need besides `option`, e.g. an enclosing `#ifdef`. */
  readonly alsoNeeds?: readonly string[];
  /** The module that registers the keys when the option is built as m. */
  readonly module?: string;
  /** The file of the kernel tree that registers the keys. */
  readonly source: string;
}

export interface SysctlBuildRule extends SysctlBuildCondition {
  /** Documented keys, or directories ending in '.'. */
  readonly keys: readonly string[];
}

export const SYSCTL_BUILD_RULES: readonly SysctlBuildRule[] = [
  // net/core
  { keys: ['net.core.flow_limit_cpu_bitmap', 'net.core.flow_limit_table_len'], option: 'CONFIG_NET_FLOW_LIMIT', source: 'net/core/sysctl_net_core.c' },
  { keys: ['net.core.rps_sock_flow_entries', 'net.core.rps_default_mask'], option: 'CONFIG_RPS', source: 'net/core/sysctl_net_core.c' },
  { keys: ['net.core.busy_poll', 'net.core.busy_read'], option: 'CONFIG_NET_RX_BUSY_POLL', source: 'net/core/sysctl_net_core.c' },
  { keys: ['net.core.default_qdisc'], option: 'CONFIG_NET_SCHED', source: 'net/core/sysctl_net_core.c' },
  { keys: ['net.core.bpf_jit_enable', 'net.core.bpf_jit_limit'], option: 'CONFIG_BPF_JIT', source: 'net/core/sysctl_net_core.c' },
  {
    keys: ['net.core.bpf_jit_harden', 'net.core.bpf_jit_kallsyms'],
    option: 'CONFIG_BPF_JIT',
    alsoNeeds: ['CONFIG_HAVE_EBPF_JIT'],
    source: 'net/core/sysctl_net_core.c',
  },
  {
    keys: ['net.core.xfrm_acq_expires', 'net.core.xfrm_larval_drop', 'net.core.xfrm_aevent_etime', 'net.core.xfrm_aevent_rseqth'],
    option: 'CONFIG_XFRM',
    source: 'net/xfrm/xfrm_sysctl.c',
  },
  { keys: ['net.unix.'], option: 'CONFIG_UNIX', source: 'net/unix/sysctl_net_unix.c' },
  { keys: ['net.mptcp.'], option: 'CONFIG_MPTCP', source: 'net/mptcp/ctrl.c' },

  // net/ipv4
  {
    keys: ['net.ipv4.cipso_cache_enable', 'net.ipv4.cipso_cache_bucket_size', 'net.ipv4.cipso_rbm_optfmt', 'net.ipv4.cipso_rbm_strictvalid'],
    option: 'CONFIG_NETLABEL',
    source: 'net/ipv4/sysctl_net_ipv4.c',
  },
  {
    keys: ['net.ipv4.raw_l3mdev_accept', 'net.ipv4.tcp_l3mdev_accept', 'net.ipv4.udp_l3mdev_accept'],
    option: 'CONFIG_NET_L3_MASTER_DEV',
    source: 'net/ipv4/sysctl_net_ipv4.c',
  },
  { keys: ['net.ipv4.igmp_qrv'], option: 'CONFIG_IP_MULTICAST', source: 'net/ipv4/sysctl_net_ipv4.c' },
  { keys: ['net.ipv4.tcp_syncookies'], option: 'CONFIG_SYN_COOKIES', source: 'net/ipv4/sysctl_net_ipv4.c' },
  {
    keys: [
      'net.ipv4.fib_multipath_use_neigh',
      'net.ipv4.fib_multipath_hash_policy',
      'net.ipv4.fib_multipath_hash_fields',
      'net.ipv4.fib_multipath_hash_seed',
    ],
    option: 'CONFIG_IP_ROUTE_MULTIPATH',
    source: 'net/ipv4/sysctl_net_ipv4.c',
  },
  { keys: ['net.ipv4.xfrm4_gc_thresh'], option: 'CONFIG_XFRM', source: 'net/ipv4/xfrm4_policy.c' },

  // net/ipv6: the whole directory needs IPv6, which may be a module.
  { keys: ['net.ipv6.'], option: 'CONFIG_IPV6', module: 'ipv6', source: 'net/ipv6/sysctl_net_ipv6.c' },
  {
    keys: ['net.ipv6.conf.<iface>.accept_ra_rtr_pref', 'net.ipv6.conf.<iface>.router_probe_interval'],
    option: 'CONFIG_IPV6_ROUTER_PREF',
    module: 'ipv6',
    source: 'net/ipv6/addrconf.c',
  },
  {
    keys: ['net.ipv6.conf.<iface>.accept_ra_rt_info_min_plen', 'net.ipv6.conf.<iface>.accept_ra_rt_info_max_plen'],
    option: 'CONFIG_IPV6_ROUTE_INFO',
    alsoNeeds: ['CONFIG_IPV6_ROUTER_PREF'],
    module: 'ipv6',
    source: 'net/ipv6/addrconf.c',
  },
  {
    keys: ['net.ipv6.conf.<iface>.optimistic_dad', 'net.ipv6.conf.<iface>.use_optimistic'],
    option: 'CONFIG_IPV6_OPTIMISTIC_DAD',
    module: 'ipv6',
    source: 'net/ipv6/addrconf.c',
  },
  { keys: ['net.ipv6.conf.<iface>.mc_forwarding'], option: 'CONFIG_IPV6_MROUTE', module: 'ipv6', source: 'net/ipv6/addrconf.c' },
  { keys: ['net.ipv6.conf.<iface>.seg6_require_hmac'], option: 'CONFIG_IPV6_SEG6_HMAC', module: 'ipv6', source: 'net/ipv6/addrconf.c' },
  {
    keys: ['net.ipv6.calipso_cache_enable', 'net.ipv6.calipso_cache_bucket_size'],
    option: 'CONFIG_NETLABEL',
    module: 'ipv6',
    source: 'net/ipv6/sysctl_net_ipv6.c',
  },
  { keys: ['net.ipv6.xfrm6_gc_thresh'], option: 'CONFIG_XFRM', module: 'ipv6', source: 'net/ipv6/xfrm6_policy.c' },

  // netfilter and the bridge
  {
    keys: ['net.netfilter.nf_conntrack_', 'net.nf_conntrack_max'],
    option: 'CONFIG_NF_CONNTRACK',
    module: 'nf_conntrack',
    source: 'net/netfilter/nf_conntrack_standalone.c',
  },
  {
    keys: ['net.netfilter.nf_conntrack_sctp_'],
    option: 'CONFIG_NF_CT_PROTO_SCTP',
    module: 'nf_conntrack',
    source: 'net/netfilter/nf_conntrack_standalone.c',
  },
  {
    keys: ['net.netfilter.nf_conntrack_gre_'],
    option: 'CONFIG_NF_CT_PROTO_GRE',
    module: 'nf_conntrack',
    source: 'net/netfilter/nf_conntrack_standalone.c',
  },
  {
    keys: ['net.netfilter.nf_conntrack_timestamp'],
    option: 'CONFIG_NF_CONNTRACK_TIMESTAMP',
    module: 'nf_conntrack',
    source: 'net/netfilter/nf_conntrack_standalone.c',
  },
  {
    keys: ['net.netfilter.nf_conntrack_events'],
    option: 'CONFIG_NF_CONNTRACK_EVENTS',
    module: 'nf_conntrack',
    source: 'net/netfilter/nf_conntrack_standalone.c',
  },
  {
    keys: ['net.netfilter.nf_conntrack_frag6_'],
    option: 'CONFIG_NF_DEFRAG_IPV6',
    module: 'nf_defrag_ipv6',
    source: 'net/ipv6/netfilter/nf_conntrack_reasm.c',
  },
  { keys: ['net.netfilter.nf_log.', 'net.netfilter.nf_log_all_netns'], option: 'CONFIG_NETFILTER', source: 'net/netfilter/nf_log.c' },
  {
    keys: ['net.netfilter.nf_hooks_lwtunnel'],
    option: 'CONFIG_LWTUNNEL',
    alsoNeeds: ['CONFIG_NETFILTER'],
    source: 'net/netfilter/nf_hooks_lwtunnel.c',
  },
  { keys: ['net.bridge.'], option: 'CONFIG_BRIDGE_NETFILTER', module: 'br_netfilter', source: 'net/bridge/br_netfilter_hooks.c' },

  // modules servers load: IPVS (kube-proxy), SCTP, the NFS client's RPC layer
  { keys: ['net.ipv4.vs.'], option: 'CONFIG_IP_VS', module: 'ip_vs', source: 'net/netfilter/ipvs/ip_vs_ctl.c' },
  { keys: ['net.ipv4.vs.conntrack'], option: 'CONFIG_IP_VS', alsoNeeds: ['CONFIG_IP_VS_NFCT'], module: 'ip_vs', source: 'net/netfilter/ipvs/ip_vs_ctl.c' },
  { keys: ['net.sctp.'], option: 'CONFIG_IP_SCTP', module: 'sctp', source: 'net/sctp/sysctl.c' },
  { keys: ['sunrpc.'], option: 'CONFIG_SUNRPC', module: 'sunrpc', source: 'net/sunrpc/xprtsock.c' },
  { keys: ['sunrpc.nfs_debug'], option: 'CONFIG_SUNRPC', alsoNeeds: ['CONFIG_SUNRPC_DEBUG'], module: 'sunrpc', source: 'net/sunrpc/sysctl.c' },

  // fs
  { keys: ['fs.xfs.'], option: 'CONFIG_XFS_FS', module: 'xfs', source: 'fs/xfs/xfs_sysctl.c' },
  { keys: ['fs.fuse.'], option: 'CONFIG_FUSE_FS', module: 'fuse', source: 'fs/fuse/sysctl.c' },
  { keys: ['fs.quota.'], option: 'CONFIG_QUOTA', source: 'fs/quota/dquot.c' },
  { keys: ['fs.mqueue.'], option: 'CONFIG_POSIX_MQUEUE', alsoNeeds: ['CONFIG_POSIX_MQUEUE_SYSCTL'], source: 'ipc/mq_sysctl.c' },
  { keys: ['fs.inotify.'], option: 'CONFIG_INOTIFY_USER', source: 'fs/notify/inotify/inotify_user.c' },
  { keys: ['fs.fanotify.'], option: 'CONFIG_FANOTIFY', source: 'fs/notify/fanotify/fanotify_user.c' },
  { keys: ['fs.epoll.'], option: 'CONFIG_EPOLL', source: 'fs/eventpoll.c' },
  { keys: ['fs.aio-nr', 'fs.aio-max-nr'], option: 'CONFIG_AIO', source: 'fs/aio.c' },
  { keys: ['fs.leases-enable'], option: 'CONFIG_FILE_LOCKING', source: 'fs/locks.c' },
  { keys: ['fs.lease-break-time'], option: 'CONFIG_FILE_LOCKING', alsoNeeds: ['CONFIG_MMU'], source: 'fs/locks.c' },
  { keys: ['fs.dir-notify-enable'], option: 'CONFIG_DNOTIFY', source: 'fs/notify/dnotify/dnotify.c' },

  // kernel
  {
    keys: [
      'kernel.shmmax',
      'kernel.shmall',
      'kernel.shmmni',
      'kernel.shm_rmid_forced',
      'kernel.sem',
      'kernel.msgmax',
      'kernel.msgmnb',
      'kernel.msgmni',
      'kernel.auto_msgmni',
    ],
    option: 'CONFIG_SYSVIPC',
    alsoNeeds: ['CONFIG_SYSVIPC_SYSCTL'],
    source: 'ipc/ipc_sysctl.c',
  },
  {
    keys: ['kernel.msg_next_id', 'kernel.sem_next_id', 'kernel.shm_next_id'],
    option: 'CONFIG_SYSVIPC',
    alsoNeeds: ['CONFIG_SYSVIPC_SYSCTL', 'CONFIG_CHECKPOINT_RESTORE'],
    source: 'ipc/ipc_sysctl.c',
  },
  { keys: ['kernel.keys.'], option: 'CONFIG_KEYS', source: 'security/keys/sysctl.c' },
  {
    keys: ['kernel.keys.persistent_keyring_expiry'],
    option: 'CONFIG_KEYS',
    alsoNeeds: ['CONFIG_PERSISTENT_KEYRINGS'],
    source: 'security/keys/sysctl.c',
  },
  {
    keys: [
      'kernel.core_uses_pid',
      'kernel.core_pattern',
      'kernel.core_pipe_limit',
      'kernel.core_file_note_size_limit',
      'kernel.core_sort_vma',
      'kernel.core_modes',
    ],
    option: 'CONFIG_COREDUMP',
    source: 'fs/coredump.c',
  },
  { keys: ['kernel.acct'], option: 'CONFIG_BSD_PROCESS_ACCT', source: 'kernel/acct.c' },
  { keys: ['kernel.hung_task_'], option: 'CONFIG_DETECT_HUNG_TASK', source: 'kernel/hung_task.c' },
  { keys: ['kernel.hung_task_all_cpu_backtrace'], option: 'CONFIG_DETECT_HUNG_TASK', alsoNeeds: ['CONFIG_SMP'], source: 'kernel/hung_task.c' },
  { keys: ['kernel.seccomp.'], option: 'CONFIG_SECCOMP_FILTER', source: 'kernel/seccomp.c' },
  { keys: ['kernel.yama.'], option: 'CONFIG_SECURITY_YAMA', source: 'security/yama/yama_lsm.c' },
  { keys: ['kernel.sysrq'], option: 'CONFIG_MAGIC_SYSRQ', source: 'drivers/tty/sysrq.c' },
  { keys: ['kernel.io_uring_disabled', 'kernel.io_uring_group'], option: 'CONFIG_IO_URING', source: 'io_uring/io_uring.c' },
  { keys: ['kernel.sched_autogroup_enabled'], option: 'CONFIG_SCHED_AUTOGROUP', source: 'kernel/sched/autogroup.c' },
  { keys: ['kernel.task_delayacct'], option: 'CONFIG_TASK_DELAY_ACCT', source: 'kernel/delayacct.c' },
  { keys: ['kernel.pty.'], option: 'CONFIG_UNIX98_PTYS', source: 'drivers/tty/pty.c' },
  { keys: ['kernel.unprivileged_bpf_disabled', 'kernel.bpf_stats_enabled'], option: 'CONFIG_BPF_SYSCALL', source: 'kernel/bpf/syscall.c' },
  { keys: ['kernel.ftrace_enabled'], option: 'CONFIG_FUNCTION_TRACER', source: 'kernel/trace/ftrace.c' },
  {
    keys: ['kernel.firmware_config.'],
    option: 'CONFIG_FW_LOADER_USER_HELPER',
    source: 'drivers/base/firmware_loader/fallback_table.c',
  },
  {
    keys: ['kernel.watchdog', 'kernel.watchdog_thresh', 'kernel.watchdog_cpumask', 'kernel.nmi_watchdog'],
    option: 'CONFIG_LOCKUP_DETECTOR',
    source: 'kernel/watchdog.c',
  },
  {
    keys: ['kernel.soft_watchdog', 'kernel.softlockup_panic'],
    option: 'CONFIG_SOFTLOCKUP_DETECTOR',
    alsoNeeds: ['CONFIG_LOCKUP_DETECTOR'],
    source: 'kernel/watchdog.c',
  },
  {
    keys: ['kernel.softlockup_all_cpu_backtrace'],
    option: 'CONFIG_SOFTLOCKUP_DETECTOR',
    alsoNeeds: ['CONFIG_LOCKUP_DETECTOR', 'CONFIG_SMP'],
    source: 'kernel/watchdog.c',
  },
  { keys: ['kernel.hardlockup_panic'], option: 'CONFIG_HARDLOCKUP_DETECTOR', alsoNeeds: ['CONFIG_LOCKUP_DETECTOR'], source: 'kernel/watchdog.c' },
  {
    keys: ['kernel.hardlockup_all_cpu_backtrace'],
    option: 'CONFIG_HARDLOCKUP_DETECTOR',
    alsoNeeds: ['CONFIG_LOCKUP_DETECTOR', 'CONFIG_SMP'],
    source: 'kernel/watchdog.c',
  },
  { keys: ['kernel.perf_event_max_stack', 'kernel.perf_event_max_contexts_per_stack'], option: 'CONFIG_PERF_EVENTS', source: 'kernel/events/callchain.c' },

  // x86 only
  {
    keys: [
      'kernel.unknown_nmi_panic',
      'kernel.panic_on_unrecovered_nmi',
      'kernel.panic_on_io_nmi',
      'kernel.bootloader_type',
      'kernel.bootloader_version',
      'kernel.io_delay_type',
    ],
    option: 'CONFIG_X86',
    source: 'arch/x86/kernel/setup.c',
  },
  { keys: ['kernel.split_lock_mitigate'], option: 'CONFIG_X86_BUS_LOCK_DETECT', source: 'arch/x86/kernel/cpu/bus_lock.c' },
  { keys: ['abi.vsyscall32'], option: 'CONFIG_COMPAT_32', alsoNeeds: ['CONFIG_X86_64'], source: 'arch/x86/entry/vdso/vdso32-setup.c' },

  // user: per-user-namespace limits whose entries are compiled in only with their subsystem
  { keys: ['user.max_inotify_instances', 'user.max_inotify_watches'], option: 'CONFIG_INOTIFY_USER', source: 'kernel/ucount.c' },
  { keys: ['user.max_fanotify_groups', 'user.max_fanotify_marks'], option: 'CONFIG_FANOTIFY', source: 'kernel/ucount.c' },

  // vm
  {
    keys: ['vm.nr_hugepages', 'vm.nr_overcommit_hugepages', 'vm.hugetlb_shm_group'],
    option: 'CONFIG_HUGETLB_PAGE',
    source: 'mm/hugetlb.c',
  },
  { keys: ['vm.nr_hugepages_mempolicy'], option: 'CONFIG_HUGETLB_PAGE', alsoNeeds: ['CONFIG_NUMA'], source: 'mm/hugetlb.c' },
  { keys: ['vm.hugetlb_optimize_vmemmap'], option: 'CONFIG_HUGETLB_PAGE_OPTIMIZE_VMEMMAP', source: 'mm/hugetlb_vmemmap.c' },
  {
    keys: ['vm.compaction_proactiveness', 'vm.extfrag_threshold', 'vm.compact_unevictable_allowed', 'vm.compact_memory'],
    option: 'CONFIG_COMPACTION',
    source: 'mm/compaction.c',
  },
  { keys: ['vm.unprivileged_userfaultfd'], option: 'CONFIG_USERFAULTFD', source: 'fs/userfaultfd.c' },
  { keys: ['vm.mmap_rnd_bits'], option: 'CONFIG_HAVE_ARCH_MMAP_RND_BITS', source: 'mm/mmap.c' },
  { keys: ['vm.mmap_rnd_compat_bits'], option: 'CONFIG_HAVE_ARCH_MMAP_RND_COMPAT_BITS', source: 'mm/mmap.c' },
  { keys: ['vm.numa_stat'], option: 'CONFIG_NUMA', source: 'mm/vmstat.c' },
  { keys: ['vm.stat_interval'], option: 'CONFIG_SMP', source: 'mm/vmstat.c' },
  { keys: ['vm.zone_reclaim_mode'], option: 'CONFIG_NUMA', source: 'mm/vmscan.c' },
  { keys: ['vm.min_unmapped_ratio', 'vm.min_slab_ratio', 'vm.numa_zonelist_order'], option: 'CONFIG_NUMA', source: 'mm/page_alloc.c' },
  ...MORE_BUILD_RULES,
];

interface IndexedRule {
  readonly pattern: string;
  readonly condition: SysctlBuildCondition;
}

const EXACT: ReadonlyMap<string, SysctlBuildCondition> = new Map(
  SYSCTL_BUILD_RULES.flatMap((rule) => rule.keys.filter((key) => !isPrefix(key)).map((key) => [key, conditionOf(rule)] as const)),
);

/** Prefix rules, longest first, so `net.ipv6.` yields to a rule for one of its keys. */
const PREFIXES: readonly IndexedRule[] = SYSCTL_BUILD_RULES.flatMap((rule) =>
  rule.keys.filter(isPrefix).map((pattern) => ({ pattern, condition: conditionOf(rule) })),
).sort((a, b) => b.pattern.length - a.pattern.length);

/** A pattern covers many keys when it ends where a name continues: with `.` or `_`. */
function isPrefix(pattern: string): boolean {
  return pattern.endsWith('.') || pattern.endsWith('_');
}

function conditionOf(rule: SysctlBuildRule): SysctlBuildCondition {
  const { keys: _keys, ...condition } = rule;
  return condition;
}

/**
 * The build option (and module) a documented key needs, or undefined when every kernel of the
 * key's versions has it. Takes the documented form (`net.ipv6.conf.<iface>.mc_forwarding`).
 */
export function buildConditionOf(documentedKey: string): SysctlBuildCondition | undefined {
  return EXACT.get(documentedKey) ?? PREFIXES.find((rule) => documentedKey.startsWith(rule.pattern))?.condition;
}

/** Whether a rule's pattern covers a documented key. */
export function patternCovers(pattern: string, documentedKey: string): boolean {
  return isPrefix(pattern) ? documentedKey.startsWith(pattern) : pattern === documentedKey;
}
