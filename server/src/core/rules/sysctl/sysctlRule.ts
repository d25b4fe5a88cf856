import type { KeyStatus } from '../../knowledge/sysctlKeys';
import type { ParsedSysctlFile, SysctlEntry } from '../../model/sysctlFile';
import type { InsightSettings } from '../../settings';
import type { Finding } from '../finding';

/** An entry with its documented form (`<iface>` for interface names) and what is known of it. */
export interface ResolvedEntry {
  readonly entry: SysctlEntry;
  readonly template: string;
  readonly status: KeyStatus;
}

export interface SysctlRuleContext {
  readonly file: ParsedSysctlFile;
  readonly entries: readonly ResolvedEntry[];
  readonly settings: InsightSettings;
}

/** One diagnostic rule over a sysctl file; each lives in its own module. */
export interface SysctlRule {
  readonly code: string;
  check(context: SysctlRuleContext): Finding[];
}
