import type { SysctlKeyDoc } from '../types';

/** kernel.* and user.* keys: limits on processes, threads, namespaces, and knobs support engineers meet. */
export const KERNEL_KEYS: readonly SysctlKeyDoc[] = [];
