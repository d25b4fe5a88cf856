import type { ConnectionSides } from '../../analysis/connectionSide';
import type { WorkspaceContext } from '../../analysis/sysctlContext';
import type { ParsedSocketDump } from '../../model/socketTable';
import type { InsightSettings } from '../../settings';
import type { Finding } from '../finding';
import type { RowsByState } from './grouping';

export interface DumpRuleContext {
  readonly dump: ParsedSocketDump;
  readonly settings: InsightSettings;
  /** Listening ports and the ephemeral range: which connections this host accepted. */
  readonly sides: ConnectionSides;
  /** The TCP rows of each state, in document order. */
  readonly rowsByState: RowsByState;
  /** TCP sockets with a state, the base of every percentage. */
  readonly tcpTotal: number;
  /** Sysctl values set by the workspace's sysctl files (empty when there are none). */
  readonly workspace: WorkspaceContext;
}

/** One diagnostic rule over a socket dump; each lives in its own module. */
export interface DumpRule {
  readonly code: string;
  /**
   * True for rules that read counters or the whole text once; the others judge each output of a
   * pasted session on its own, so one machine's ss and netstat pasted together count every socket once.
   */
  readonly wholeDocument?: true;
  check(context: DumpRuleContext): Finding[];
}
