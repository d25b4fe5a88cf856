import { deepStrictEqual, strictEqual } from 'node:assert';
import catalogs from '../../server/src/core/knowledge/kernels/catalogs.json';
import handlersData from '../../server/src/core/knowledge/kernels/handlers.json';
import { findKeyDoc } from '../../server/src/core/knowledge/sysctlKeys';
import { SYSCTL_KEY_DOCS } from '../../server/src/core/knowledge/sysctl/index';
import type { SysctlKeyDoc } from '../../server/src/core/knowledge/types';
import { storedRangeOfFlag } from '../../server/src/core/knowledge/unboundedFlagValues';
import { settingsFrom } from '../../server/src/core/settings';
import { rangeMismatches, type HandlerBounds } from './support/sysctlHandlerRanges';
import { diagnose, settingsWith } from './support/service';

/**
 * Every documented range, unit and accepted value set against the handler of the newest catalog
 * kernel (handlers.json, written by `scripts/build-kernel-catalogs.mjs --handlers`), so that a
 * range or unit the kernel does not enforce cannot come back (docs/audit/sysctl-audit-2026-12.md,
 * "Scripted check of ranges").
 */

const HANDLERS: ReadonlyMap<string, HandlerBounds> = new Map(Object.entries(handlersData.handlers as unknown as Record<string, HandlerBounds>));

function docOf(key: string): SysctlKeyDoc {
  const doc = findKeyDoc(key);
  if (!doc) {
    throw new Error(`${key} is not documented`);
  }
  return doc;
}

function invalidLines(text: string): number[] {
  return diagnose('sysctl', text, settingsWith(settingsFrom({ kernelVersion: '6.18' }, 'en')))
    .filter((diagnostic) => diagnostic.code === 'sysctl.invalid-value')
    .map((diagnostic) => diagnostic.range.start.line);
}

describe('documented sysctl ranges against the kernel handlers', () => {
  it('reads the handlers of the newest catalog kernel, from the tree the catalog names', () => {
    const newest = catalogs.sources.at(-1);
    strictEqual(handlersData.version, newest?.version);
    strictEqual(handlersData.commit, newest && 'commit' in newest ? newest.commit : undefined);
  });

  it('finds no documented bound, unit or value set that the handler contradicts', () => {
    const mismatches = rangeMismatches(SYSCTL_KEY_DOCS, HANDLERS, storedRangeOfFlag).map(({ key, handler, problem }) => `${key} (${handler}): ${problem}`);
    deepStrictEqual(mismatches, []);
  });

  it('reports each kind of disagreement on entries written wrong', () => {
    const wrong: SysctlKeyDoc[] = [
      // proc_dointvec keeps any int: a documented minimum is not enforced.
      { ...docOf('net.ipv4.tcp_reordering'), range: { min: 1 } },
      // proc_dointvec_minmax from SYSCTL_ONE: 0 is refused.
      { ...docOf('kernel.keys.maxkeys'), range: { min: 0 } },
      // proc_dointvec_userhz_jiffies reads 1/100 s, not ticks.
      { ...docOf('net.ipv4.neigh.<iface>.proxy_delay'), unit: 'jiffies' },
      // A bool on plain proc_dointvec, without the stored range of an unbounded flag.
      docOf('net.sctp.ecn_enable'),
    ];
    const noStoredRange = (key: string) => (key === 'net.sctp.ecn_enable' ? undefined : storedRangeOfFlag(key));
    deepStrictEqual(
      rangeMismatches(wrong, HANDLERS, noStoredRange).map(({ key, problem }) => `${key}: ${problem}`),
      [
        "net.ipv4.tcp_reordering: documented minimum 1, the handler's is -2147483648",
        "kernel.keys.maxkeys: documented minimum 0, the handler's is 1",
        'net.ipv4.neigh.<iface>.proxy_delay: unit jiffies, the handler reads centiseconds',
        "net.sctp.ecn_enable: documented values 0, 1, but the handler stores any number in -2147483648…2147483647",
      ],
    );
  });

  it('checks values in files as those handlers do', () => {
    const lines = [
      'net.ipv4.tcp_reordering = 0', // proc_dointvec: stored
      'kernel.keys.maxkeys = 0', // SYSCTL_ONE … SYSCTL_INT_MAX: refused
      'net.sctp.ecn_enable = 2', // proc_dointvec: stored, acts as on
      'kernel.modules_disabled = 0', // SYSCTL_ONE … SYSCTL_ONE: only 1 can be written
      'kernel.modules_disabled = 1',
      'sunrpc.svc_rdma.max_requests = 2', // min_max_requests = 4
      'net.rxrpc.rx_mtu = 70000', // rxrpc_rx_mtu_min … n_65535
      'kernel.sem_next_id = -1', // SYSCTL_ZERO … SYSCTL_INT_MAX: -1 is printed, not written
      'vm.legacy_va_layout = 5', // SYSCTL_ZERO without a ceiling
    ];
    deepStrictEqual(invalidLines(lines.join('\n')), [1, 3, 5, 6, 7]);
  });
});
