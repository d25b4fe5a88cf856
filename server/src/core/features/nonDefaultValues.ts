import { kernelDefaultOf, sameSysctlValue, versionOf } from '../analysis/kernelDefaults';
import { isPerInterfaceKey } from '../knowledge/sysctlKeys';
import type { ParsedSysctlFile, SysctlEntry } from '../model/sysctlFile';

/** One key of a `sysctl -a` capture whose value is not the kernel's default. */
export interface NonDefaultValue {
  readonly key: string;
  readonly value: string;
  readonly default: string;
  /** Zero-based line in the capture. */
  readonly line: number;
}

export interface NonDefaultValues {
  /** `major.minor` the capture was judged against: its `kernel.osrelease`, else the configured kernel. */
  readonly kernel: string;
  /** True when the kernel came from the capture's own `kernel.osrelease` line. */
  readonly kernelFromCapture: boolean;
  readonly values: readonly NonDefaultValue[];
  /** How many more differ than are listed (the list is capped). */
  readonly more: number;
}

/** A capture has a few thousand keys; a pasted file could repeat lines without end. */
export const MAX_NON_DEFAULT_VALUES = 5000;

/**
 * What was changed on the machine a `sysctl -a` capture comes from: every documented key whose value
 * differs from the default of the kernel the capture names. Keys whose default depends on the
 * machine (RAM, CPUs, build options) are left out, as are undocumented ones and the keys of single
 * interfaces: an interface starts from `conf.default` as it was when the interface appeared, and
 * the kernel and drivers adjust some per device (the loopback's `disable_policy`, every device's
 * IPv6 `mtu`), so only `all` and `default` say what someone changed. Null for a
 * configuration file, which says what someone wants rather than what a machine has.
 */
export function nonDefaultValues(file: ParsedSysctlFile, configuredKernel: string): NonDefaultValues | null {
  if (!file.isSnapshot) {
    return null;
  }
  const release = file.entries.find((entry) => entry.key === 'kernel.osrelease');
  const fromCapture = release ? versionOf(release.value) : undefined;
  const kernel = fromCapture ?? configuredKernel;
  const values: NonDefaultValue[] = [];
  let more = 0;
  // sysctl -a repeats the key of a multi-line value (dev.cdrom.info) on every line: the first one counts.
  const seen = new Set<string>();
  for (const entry of file.entries) {
    if (entry.isGlob || seen.has(entry.key) || isSingleInterface(entry)) {
      continue;
    }
    seen.add(entry.key);
    const standard = kernelDefaultOf(entry.key, kernel);
    if (standard === undefined || sameSysctlValue(entry.value, standard)) {
      continue;
    }
    if (values.length < MAX_NON_DEFAULT_VALUES) {
      values.push({ key: entry.key, value: entry.value, default: standard, line: entry.line });
    } else {
      more++;
    }
  }
  return { kernel, kernelFromCapture: fromCapture !== undefined, values, more };
}

function isSingleInterface(entry: SysctlEntry): boolean {
  return isPerInterfaceKey(entry.segments) && entry.segments[3] !== 'all' && entry.segments[3] !== 'default';
}
