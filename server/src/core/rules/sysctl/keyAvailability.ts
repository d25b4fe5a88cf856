import { keyStatus, type KeyStatus } from '../../knowledge/sysctlKeys';
import type { SysctlKeyDoc } from '../../knowledge/types';

/**
 * What a key is on the kernel the user targets (`netstatInsight.kernelVersion`), not only on the
 * reference kernel: a key removed after that kernel still exists there, and a documented key that
 * appeared later does not exist yet.
 */
export type KernelKeyStatus = KeyStatus | { readonly kind: 'too-new'; readonly doc: SysctlKeyDoc; readonly since: string };

export function keyStatusOnKernel(templatedKey: string, kernelVersion: string): KernelKeyStatus {
  const status = keyStatus(templatedKey);
  switch (status.kind) {
    case 'documented':
      return status.doc.since && compareKernelVersions(kernelVersion, status.doc.since) < 0
        ? { kind: 'too-new', doc: status.doc, since: status.doc.since }
        : status;
    case 'removed': {
      const removedIn = 'doc' in status ? status.doc.removedIn : status.entry.removedIn;
      // Without a known release the key is absent from every kernel we can name.
      if (!removedIn || compareKernelVersions(kernelVersion, removedIn) >= 0) {
        return status;
      }
      return 'doc' in status ? { kind: 'documented', doc: status.doc } : { kind: 'known' };
    }
    default:
      return status;
  }
}

/** Orders `major.minor[.patch]` versions numerically (4.9 < 4.12). */
export function compareKernelVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) {
      return difference;
    }
  }
  return 0;
}
