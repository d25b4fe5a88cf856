import type { SysctlKeyDoc } from '../types';

/** Virtual memory keys that matter on busy network servers. */
export const VM_KEYS: readonly SysctlKeyDoc[] = [];
