import type { Localized } from '../i18n/localized';
import type { ColumnSpan } from '../model/span';
import type { TcpState } from '../model/tcpState';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLine {
  /** Another document's line (a sysctl file that overrides this one); omitted: this document. */
  readonly uri?: string;
  readonly line: number;
  readonly span?: ColumnSpan;
  readonly message: Localized;
}

/** A replacement a quick fix can apply; `line` + `span` say what to replace, `newText` with what. */
export interface TextEditProposal {
  readonly title: Localized;
  readonly line: number;
  /** Omitted: the whole line including its line break is replaced (newText '' deletes it). */
  readonly span?: ColumnSpan;
  readonly newText: string;
  readonly isPreferred?: boolean;
}

/**
 * The socket rows a dump finding is about, all of them (related lines are capped), so the editor
 * can show them in the summary panel and explain their state.
 */
export interface RowGroup {
  readonly lines: readonly number[];
  /** The state the rows share, when they share one. */
  readonly state?: TcpState;
  /** Where the state word of the first row sits, for the explanation (the state's hover). */
  readonly stateAt?: { readonly line: number; readonly character: number };
  /** Names the group in the panel: "CLOSE_WAIT on port 8080". */
  readonly label: Localized;
}

/** What a rule found: plain data, turned into an LSP diagnostic by features/diagnostics.ts. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly line: number;
  /** Omitted: the whole line. */
  readonly span?: ColumnSpan;
  readonly message: Localized;
  readonly related?: readonly RelatedLine[];
  /** Fades the range, as editors do for dead code (an overridden duplicate). */
  readonly unnecessary?: boolean;
  readonly fixes?: readonly TextEditProposal[];
  readonly rowGroup?: RowGroup;
}

/** Related lines shown per diagnostic; the message says how many more there are. */
export const MAX_RELATED_LINES = 20;
