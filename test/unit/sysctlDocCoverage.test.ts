import { deepStrictEqual, ok } from 'node:assert';
import catalogs from '../../server/src/core/knowledge/kernels/catalogs.json';
import { describeKey } from '../../server/src/core/features/describeKey';
import undocumented from './undocumentedSysctlKeys.json';

/**
 * Every key of every per-version catalog (knowledge/kernels/catalogs.json) has words for the user:
 * its own documentation entry, or the note of a removed key. The keys still waiting for an entry are
 * listed, each with why, in undocumentedSysctlKeys.json; that list may only shrink.
 */

/** The interface name put in place of `<iface>`, as a user's file would have it. */
const SAMPLE_INTERFACE = 'eth0';

function isExplained(catalogKey: string): boolean {
  const description = describeKey(catalogKey.replace('<iface>', SAMPLE_INTERFACE));
  return description !== null && (description.documented || description.summary !== null);
}

const CATALOG_KEYS = Object.keys(catalogs.keys);
const ALLOWED: ReadonlyMap<string, string> = new Map(undocumented.keys.map((entry) => [entry.key, entry.reason]));

describe('sysctl documentation covers every catalogued key', () => {
  it('explains every key of every catalog, except the listed ones', () => {
    const unexplained = CATALOG_KEYS.filter((key) => !isExplained(key) && !ALLOWED.has(key));
    deepStrictEqual(unexplained, []);
  });

  it('lists only catalogued keys that still lack an entry, each once and with a reason (the list only shrinks)', () => {
    const catalogued = new Set(CATALOG_KEYS);
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const { key, reason } of undocumented.keys) {
      if (seen.has(key)) {
        problems.push(`${key} is listed twice`);
      }
      seen.add(key);
      if (!catalogued.has(key)) {
        problems.push(`${key} is in no catalog`);
      } else if (isExplained(key)) {
        problems.push(`${key} is documented now: remove it from undocumentedSysctlKeys.json`);
      }
      if (reason.trim() === '') {
        problems.push(`${key} has no reason`);
      }
    }
    deepStrictEqual(problems, []);
  });

  it('keeps the list of exceptions no longer than its committed size', () => {
    ok(undocumented.keys.length <= undocumented.maxEntries, `${undocumented.keys.length} listed, at most ${undocumented.maxEntries} allowed`);
  });
});
