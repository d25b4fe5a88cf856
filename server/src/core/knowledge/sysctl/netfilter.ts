import type { SysctlKeyDoc } from '../types';

/** The remaining net.netfilter keys (connection tracking timeouts, helpers, logging) and net.bridge. */
export const NETFILTER_KEYS: readonly SysctlKeyDoc[] = [];
