import { deepStrictEqual } from 'node:assert';
import catalogs from '../../server/src/core/knowledge/kernels/catalogs.json';
import { describeKey } from '../../server/src/core/features/describeKey';

/**
 * Every key of every per-version catalog (knowledge/kernels/catalogs.json) has words for the user:
 * its own documentation entry, or the note of a removed key. No exceptions: a key the catalog
 * generator adds fails here until it is documented.
 */

/** The interface name put in place of `<iface>`, as a user's file would have it. */
const SAMPLE_INTERFACE = 'eth0';

function isExplained(catalogKey: string): boolean {
  const description = describeKey(catalogKey.replace('<iface>', SAMPLE_INTERFACE));
  return description !== null && (description.documented || description.summary !== null);
}

describe('sysctl documentation covers every catalogued key', () => {
  it('explains every key of every catalog', () => {
    const unexplained = Object.keys(catalogs.keys).filter((key) => !isExplained(key));
    deepStrictEqual(unexplained, []);
  });

  it('documents, not only explains, the keys that were the last to get an entry', () => {
    // Build-only (a hand-set define, no-MMU kernels) and removed keys: each has its own entry now.
    const lastOnes = [
      'kernel.random.add_interrupt_avg_cycles',
      'kernel.random.add_interrupt_avg_deviation',
      'kernel.random.read_wakeup_threshold',
      'kernel.sched_child_runs_first',
      'vm.scan_unevictable_pages',
      'vm.nr_trim_pages',
      'net.netfilter.nf_conntrack_dccp_loose',
    ];
    deepStrictEqual(lastOnes.filter((key) => describeKey(key)?.documented !== true), []);
  });
});
