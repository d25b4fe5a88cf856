import type { Localized } from '../i18n/localized';
import type { ColumnSpan } from '../model/span';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLine {
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
}

/** Related lines shown per diagnostic; the message says how many more there are. */
export const MAX_RELATED_LINES = 20;
