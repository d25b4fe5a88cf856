import type { WorkspaceContext } from '../../analysis/sysctlContext';
import type { ParsedSysctlFile, SysctlEntry } from '../../model/sysctlFile';
import type { InsightSettings } from '../../settings';
import type { Finding } from '../finding';
import type { KernelKeyStatus } from './keyAvailability';

/** An entry with its documented form (`<iface>` for interface names) and what is known of it. */
export interface ResolvedEntry {
  readonly entry: SysctlEntry;
  readonly template: string;
  /** On the kernel of `settings.kernelVersion`. */
  readonly status: KernelKeyStatus;
}

export interface SysctlRuleContext {
  readonly file: ParsedSysctlFile;
  readonly entries: readonly ResolvedEntry[];
  readonly settings: InsightSettings;
  /** The workspace's other sysctl files and the document's URI, for the rules that compare files. */
  readonly workspace?: WorkspaceContext;
  readonly uri?: string;
}

/** One diagnostic rule over a sysctl file; each lives in its own module. */
export interface SysctlRule {
  readonly code: string;
  check(context: SysctlRuleContext): Finding[];
}
