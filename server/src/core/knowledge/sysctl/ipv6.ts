import type { SysctlKeyDoc } from '../types';

/** Host-wide net.ipv6 keys (not per interface). */
export const IPV6_KEYS: readonly SysctlKeyDoc[] = [];
