import type { SysctlKeyDoc } from '../types';

/** The remaining fs.* keys: file handles, inotify, epoll, pipes, protected links. */
export const FS_EXTRA_KEYS: readonly SysctlKeyDoc[] = [];
