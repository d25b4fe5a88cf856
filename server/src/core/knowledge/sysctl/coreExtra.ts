import type { SysctlKeyDoc } from '../types';

/** The remaining net.core keys: socket buffers, busy polling, BPF, packet steering. */
export const CORE_EXTRA_KEYS: readonly SysctlKeyDoc[] = [];
