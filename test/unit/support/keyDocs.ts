import { ok } from 'node:assert';
import { findKeyDoc } from '../../../server/src/core/knowledge/sysctlKeys';
import type { SysctlKeyDoc } from '../../../server/src/core/knowledge/types';

/** The documentation of `key` (a concrete key or a template such as `net.ipv6.conf.<iface>.mtu`); fails the test when there is none. */
export function docOf(key: string): SysctlKeyDoc {
  const doc = findKeyDoc(key);
  ok(doc, key);
  return doc;
}
