/**
 * What a container's network namespace starts from, and what Kubernetes lets a pod set.
 *
 * Read in the kernel sources (net/ipv4/tcp_ipv4.c tcp_sk_init, net/ipv4/devinet.c devinet_init_net,
 * Documentation/admin-guide/sysctl/net.rst, checked in 5.10, 6.1 and 6.12) and in kubernetes
 * pkg/kubelet/sysctl/safe_sysctls.go with pkg/util/kernel/constants.go.
 */

/**
 * Per-namespace keys whose value in a new network namespace is a copy of the initial namespace's
 * (the host's) at the moment the namespace is created, not the kernel default: tcp_sk_init copies
 * them from init_net. All three became per-namespace in Linux 4.15.
 */
export const COPIED_FROM_HOST: ReadonlyMap<string, string> = new Map([
  ['net.ipv4.tcp_rmem', '4.15'],
  ['net.ipv4.tcp_wmem', '4.15'],
  ['net.ipv4.tcp_congestion_control', '4.15'],
]);

/** The release that added net.core.devconf_inherit_init_net (values 0–2; 3 is present by 5.10). */
export const DEVCONF_INHERIT_SINCE = '5.1';

/** The Kubernetes release whose kubelet safe list is described here. */
export const KUBERNETES_SAFE_LIST_VERSION = '1.32';

/**
 * The kubelet's safe sysctls in Kubernetes 1.32, with the kernel a node needs for one: the minimum
 * the kubelet itself checks (3.16, 4.5, 4.6), or where it checks none, the release that added the key
 * or made it per network namespace (undefined: older than any kernel still met). A pod may set these
 * without any node configuration; every other namespaced key is "unsafe" and must be allowed per node
 * (kubelet `allowedUnsafeSysctls`).
 */
export const KUBERNETES_SAFE_SYSCTLS: ReadonlyMap<string, string | undefined> = new Map<string, string | undefined>([
  ['kernel.shm_rmid_forced', undefined],
  ['net.ipv4.ip_local_port_range', undefined],
  ['net.ipv4.tcp_syncookies', undefined],
  ['net.ipv4.ping_group_range', undefined],
  // Added in 4.11; the kubelet does not check.
  ['net.ipv4.ip_unprivileged_port_start', '4.11'],
  ['net.ipv4.ip_local_reserved_ports', '3.16'],
  ['net.ipv4.tcp_keepalive_time', '4.5'],
  ['net.ipv4.tcp_fin_timeout', '4.6'],
  ['net.ipv4.tcp_keepalive_intvl', '4.5'],
  ['net.ipv4.tcp_keepalive_probes', '4.5'],
  // Per network namespace since 4.15 (before, a pod's value would be the whole machine's).
  ['net.ipv4.tcp_rmem', '4.15'],
  ['net.ipv4.tcp_wmem', '4.15'],
]);

/** The keys of the IPC namespace (ipc/ipc_sysctl.c, ipc/mq_sysctl.c): System V IPC and POSIX message queues. */
const IPC_NAMESPACE_PREFIXES: readonly string[] = ['kernel.shm', 'kernel.msg', 'kernel.sem', 'fs.mqueue.'];

/** Whether each IPC namespace (each container) has its own value of the key. */
export function isIpcNamespaceKey(key: string): boolean {
  return IPC_NAMESPACE_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/**
 * Machine-wide `net.*` keys whose file still appears in every network namespace: their entry sits in
 * a per-namespace table but points at one global variable or prints a list kept for the whole
 * machine. `read-only`: outside the initial namespace the kernel takes the write bits away;
 * `writable`: root of any network namespace changes the machine's value. Read in Linux 6.18.2
 * (net/core/sysctl_net_core.c, net/ipv4/sysctl_net_ipv4.c, net/netfilter/nf_conntrack_standalone.c,
 * net/netfilter/nf_hooks_lwtunnel.c, net/mptcp/ctrl.c, net/netfilter/ipvs/ip_vs_ctl.c);
 * test/unit/sysctlNamespaces.test.ts holds it to kernels/namespaces.json.
 */
export const SHARED_WITH_EVERY_NAMESPACE: ReadonlyMap<string, 'read-only' | 'writable'> = new Map<string, 'read-only' | 'writable'>([
  ['net.core.rmem_default', 'read-only'],
  ['net.core.rmem_max', 'read-only'],
  ['net.core.wmem_default', 'read-only'],
  ['net.core.wmem_max', 'read-only'],
  ['net.ipv4.tcp_allowed_congestion_control', 'read-only'],
  ['net.ipv4.tcp_available_congestion_control', 'read-only'],
  ['net.ipv4.vs.debug_level', 'read-only'],
  ['net.mptcp.available_path_managers', 'read-only'],
  ['net.mptcp.available_schedulers', 'read-only'],
  ['net.netfilter.nf_conntrack_buckets', 'read-only'],
  ['net.netfilter.nf_conntrack_expect_max', 'read-only'],
  ['net.netfilter.nf_conntrack_max', 'read-only'],
  ['net.netfilter.nf_hooks_lwtunnel', 'writable'],
]);
