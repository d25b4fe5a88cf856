import type { ConnectionSides } from '../../analysis/connectionSide';
import type { WorkspaceContext } from '../../analysis/sysctlContext';
import type { ParsedSocketDump } from '../../model/socketTable';
import type { SocketColumns } from '../../parsers/socketColumns';
import type { InsightSettings } from '../../settings';
import type { Finding } from '../finding';
import type { RowList, RowsByState, Steps } from './grouping';

export interface DumpRuleContext {
  /** The whole document's parse (counters, summaries, unrecognized lines). */
  readonly dump: ParsedSocketDump;
  /** The document's rows as columns; this context judges rows [first, end) of them. */
  readonly columns: SocketColumns;
  readonly first: number;
  readonly end: number;
  /** Rows [first, end): one output's of a pasted session, or the whole document's, decoded as they are read. */
  readonly rows: RowList;
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
  /** The findings, computed in steps so that a big paste never blocks the server for long. */
  check(context: DumpRuleContext): Steps<Finding[]>;
}
