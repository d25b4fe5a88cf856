import { describeKey, type KeyDescription } from '../features/describeKey';
import type { ParsedSysctlFile } from '../model/sysctlFile';

export interface ChangedKey {
  readonly key: string;
  readonly base: string;
  readonly other: string;
  /** What the knowledge base knows of the key (null when nothing). */
  readonly description: KeyDescription | null;
}

export interface PresentKey {
  readonly key: string;
  readonly value: string;
  readonly description: KeyDescription | null;
}

export interface SysctlComparison {
  readonly kind: 'sysctl';
  readonly sysctl: {
    readonly changed: readonly ChangedKey[];
    readonly added: readonly PresentKey[];
    readonly removed: readonly PresentKey[];
    /** How many of each there are in all: the lists stop at MAX_LISTED_KEYS. */
    readonly changedCount: number;
    readonly addedCount: number;
    readonly removedCount: number;
  };
}

/** Keys listed per kind; two `sysctl -a` captures of different kernels differ by a few thousand keys at most. */
export const MAX_LISTED_KEYS = 2000;

/**
 * Keys whose value differs from `base` to `other`, keys only `other` sets and keys only `base` sets,
 * each with its documentation. A key set twice keeps its later value, as `sysctl -p` leaves it;
 * values are compared with their blanks collapsed, so `4096 131072 6291456` in a file equals the
 * tab-separated value `sysctl -a` prints.
 */
export function compareSysctl(base: ParsedSysctlFile, other: ParsedSysctlFile): SysctlComparison {
  const baseValues = valuesOf(base);
  const otherValues = valuesOf(other);
  const changed: ChangedKey[] = [];
  const removed: PresentKey[] = [];
  const added: PresentKey[] = [];
  let changedCount = 0;
  let removedCount = 0;
  let addedCount = 0;
  for (const [key, value] of baseValues) {
    const otherValue = otherValues.get(key);
    if (otherValue === undefined) {
      if (removedCount++ < MAX_LISTED_KEYS) {
        removed.push({ key, value, description: describeKey(key) });
      }
    } else if (normalized(otherValue) !== normalized(value) && changedCount++ < MAX_LISTED_KEYS) {
      changed.push({ key, base: value, other: otherValue, description: describeKey(key) });
    }
  }
  for (const [key, value] of otherValues) {
    if (!baseValues.has(key) && addedCount++ < MAX_LISTED_KEYS) {
      added.push({ key, value, description: describeKey(key) });
    }
  }
  return { kind: 'sysctl', sysctl: { changed, added, removed, changedCount, addedCount: addedCount, removedCount } };
}

function valuesOf(file: ParsedSysctlFile): Map<string, string> {
  const values = new Map<string, string>();
  for (const entry of file.entries) {
    values.delete(entry.key);
    values.set(entry.key, entry.value);
  }
  return values;
}

function normalized(value: string): string {
  return value.split(/\s+/).filter((part) => part !== '').join(' ');
}
