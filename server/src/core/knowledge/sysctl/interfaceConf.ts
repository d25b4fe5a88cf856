import type { SysctlKeyDoc } from '../types';

/** Per-interface net.ipv4.conf.<iface>.* and net.ipv6.conf.<iface>.* keys, documented once for any interface. */
export const INTERFACE_CONF_KEYS: readonly SysctlKeyDoc[] = [];
