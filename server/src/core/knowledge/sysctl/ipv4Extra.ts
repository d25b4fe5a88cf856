import type { SysctlKeyDoc } from '../types';

/** Other net.ipv4 keys (ICMP, IGMP, fragments, routing, UDP, raw, FIB), plus net.mptcp and net.unix. */
export const IPV4_EXTRA_KEYS: readonly SysctlKeyDoc[] = [];
