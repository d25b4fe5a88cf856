import type { SysctlKeyDoc } from '../types';

/** Neighbour (ARP / NDP) table keys: net.ipv4.neigh.<iface>.* and net.ipv6.neigh.<iface>.*. */
export const NEIGHBOUR_KEYS: readonly SysctlKeyDoc[] = [];
