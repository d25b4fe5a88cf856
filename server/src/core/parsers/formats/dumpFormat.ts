import type { DumpToken } from '../../features/dumpTokens';
import type { Localized } from '../../i18n/localized';
import type { HistogramLine } from '../../model/histogram';
import type { ColumnTable } from '../../knowledge/columns';
import type {
  KernelLogLine,
  ProtocolCounter,
  RowResult,
  SectionFormat,
  SocketRow,
  SocketTableFormat,
  SsSocketSummary,
} from '../../model/socketTable';
import type { CommandView, PromptLine } from '../shellCommand';
import type { RowFields, SocketColumns, TcpRowAt } from '../socketColumns';
import type { CodeWindow } from '../textCodes';
import type { Field } from '../textLines';

/**
 * What the lines being read belong to: the table a heading, a command or a row's own shape opened.
 * `kind` is the id of the format that owns it; the rest is that format's own (plain data, so that the
 * scan can keep it at a restart point).
 */
export interface TableState {
  readonly kind: SectionFormat;
  readonly [own: string]: unknown;
}

/**
 * A line the scan is reading: its own text, its number and where that text starts in the document. A line
 * pasted from mail or markdown has its quote markers or its block's indent taken off (parsers/pasteMarkup.ts):
 * a format reads and places what it finds on this text, and the scan moves the rows and counters it keeps
 * to the editor's columns.
 */
export interface ScanLine {
  readonly text: string;
  readonly line: number;
  readonly offset: number;
}

/** A line a format holds back until the next one tells whether it completes it (a row cut by the terminal). */
export interface PendingLine {
  readonly format: DumpFormat;
  readonly line: number;
  readonly text: string;
}

/**
 * What the document driver offers a format while it reads: the outputs, the table being read, and the
 * little the driver remembers about the lines before. A format reads and writes only through this.
 */
export interface Scan {
  /** The document being read. */
  readonly text: string;
  /** The document's text[start, end), read from the copy the scan holds when it has one. */
  textBetween(start: number, end: number): string;
  readonly rows: SocketColumns;
  readonly window: CodeWindow;
  readonly counters: ProtocolCounter[];
  readonly ssSummaries: SsSocketSummary[];
  readonly kernelMessages: KernelLogLine[];
  readonly histograms: HistogramLine[];
  /** The table being read; formats replace it as their tables open and change. */
  table: TableState | undefined;
  /** The format whose row was the last non-blank line (its lines below may continue it), 'note' after a tool note. */
  continuing: DumpFormat | 'note' | undefined;
  /** A line held back until the next one is read. */
  pending: PendingLine | undefined;
  /** True once a blank line followed the last heading: tables read without their rows end there. */
  blankSinceHeading: boolean;
  /** The last line that was a socket row or a detail line of one: what a wrapped tail continues. */
  lastTableLine: number;
  readonly previousNonBlankLine: number;
  readonly previousNonBlankText: string;

  /** Makes `next` the table being read; a table of another format starts a new section. */
  openTable(next: TableState, line: number, format?: SectionFormat): void;
  /** Marks the open section as holding `format` (see the driver's enterFormat). */
  enterFormat(format: SectionFormat, line: number, startsTable: boolean): void;
  /** Ends the open section above `line` and starts another there: a second output of the same format pasted below the first. */
  startSection(line: number): void;
  /** A title line of a table: a repeated header just below it starts the new section at the title. */
  noteTitle(line: number): void;
  addHeader(line: number, format: SocketTableFormat, hasNetid?: boolean): void;
  addRow(row: SocketRow): void;
  /** Lists `format` among the document's formats. */
  noteFormat(format: SocketTableFormat): void;
  /**
   * Replaces row `index` (a row joined with a line below it, a second owner). `readFromText`: the row was
   * read again from lines' own text (joined with its wrapped rest), so the scan moves it to the editor's
   * columns as it does a new row; a kept row given new owners is already there.
   */
  replaceRow(index: number, row: SocketRow, readFromText?: boolean): void;
  /** Keeps the row a format's reader just wrote into `fields` from the line text[start, end) (offsets in `fields` are the window's). */
  acceptFields(fields: RowFields, line: number, start: number, end: number): void;
  /** Keeps the TCP row of `format` a plain row reader left in `row`, read from the line text[start, end) (offsets in `row` are the line's). */
  acceptTcpRow(row: TcpRowAt, format: SocketTableFormat, line: number, start: number, end: number): void;
  /** Keeps a parsed row, or records why the line is not one. */
  accept(result: RowResult, line: number, length: number): void;
  /** The state a format keeps across lines (see DumpFormat.initialState). */
  stateOf<T>(format: DumpFormat<T>): T;
  /** The shape of any format's row that `fields` have. */
  rowShapeOf(fields: readonly Field[], text: string): RowShape | undefined;
}

/** A row recognised by its shape alone, and how to read it. */
export interface RowShape {
  /** The table kind whose rows these are: one more row of that table is never a heading. */
  readonly continues?: SectionFormat;
  read(scan: Scan, line: ScanLine, fields: readonly Field[]): void;
}

/** A format's scanner state at a restart point: small values as JSON-able data, line texts kept aside. */
export interface SavedFormatState {
  readonly values: unknown;
  readonly texts: readonly (string | undefined)[];
}

/**
 * Everything the scan knows about one kind of output: how its headings and rows are recognised and
 * read, and what lines of its own it reads around them. The driver (socketDump.ts) asks every
 * registered format in registry order and knows none by name. Each hook is optional.
 */
export interface DumpFormat<State = unknown> {
  readonly id: SectionFormat;
  /** How the outline, the panel and messages name a section of this output. */
  readonly name: Localized;
  /** Whose notes (knowledge/columns.ts) apply to the columns of its header. */
  readonly columnTable?: ColumnTable;

  /** Its column header, told apart from other formats' (for a header line the scan did not mark, pasted alone). */
  isHeader?(text: string): boolean;
  /** A title or header only this tool prints: evidence, when the editor guesses a document's language. */
  isOwnHeading?(text: string): boolean;
  /** A row shaped like this tool's: evidence, when the editor guesses a document's language. */
  isOwnRow?(fields: readonly Field[]): boolean;
  /** The token under `character` in one of its rows (hover), read from the row the scan made and the line's text. */
  rowToken?(row: SocketRow, lineText: string, line: number, character: number): DumpToken | undefined;

  /** A title or header line of this format; true when read (the format opened its table). */
  readHeading?(scan: Scan, line: ScanLine): boolean;
  /** A line of this format's open table that is not a row shaped like one of any format's. */
  readInTable?(scan: Scan, line: ScanLine, fields: readonly Field[], table: TableState): boolean;
  /**
   * One more row of this format's open table, on line `line` at text[start, end), read from the document's
   * codes without making a string of the line; false (and nothing kept) when the line is not one. The bulk of
   * a big paste goes this way, so `state` is handed over rather than looked up.
   */
  readNextRow?(scan: Scan, table: TableState, state: State, line: number, start: number, end: number): boolean;
  /** A row of this format by its own shape, whatever table is open. */
  rowShape?(fields: readonly Field[], text: string): RowShape | undefined;
  /** Rows with few marks of their own (UNIX sockets), tried after every format's rowShape. */
  lastResortRowShape?(fields: readonly Field[], text: string): RowShape | undefined;

  /** A detail line below this format's row (indented details); true when read. */
  readDetailLine?(scan: Scan, line: ScanLine): boolean;
  /** A line below this format's row that adds to it (an owner line); true when read. */
  readLineBelowRow?(scan: Scan, line: ScanLine, fields: readonly Field[]): boolean;
  /** The held-back line completed by `line`; false when they are not one row. */
  completePending?(scan: Scan, pending: PendingLine, line: ScanLine): boolean;
  /** A line shaped like no row: the rest of a row the terminal cut (`continuing` is the format of the row above). */
  readCutRow?(scan: Scan, line: ScanLine, fields: readonly Field[], continuing: DumpFormat | 'note' | undefined): boolean;
  /** The tail of a line a terminal wrapped below a row or header of this format's open table. */
  readWrappedTail?(scan: Scan, tail: string, afterHeader: boolean): void;
  /** A line of this format's output pasted without its heading. */
  readStrayLine?(scan: Scan, line: ScanLine): boolean;
  /** Whether a line shaped like no row is a row of this format cut short. */
  looksCutShort?(fields: readonly Field[]): boolean;

  /** Whether a prompt's command prints this output (as far as its tool and flags tell; at most one format says so). */
  announcedBy?(command: CommandView): boolean;
  /** The table a prompt's command that announced this format opens before any heading. */
  tableOfCommand?(prompt: PromptLine): TableState | undefined;
  /** What a prompt's command tells this format about the output below it. */
  readCommand?(state: State, command: string): void;
  /** Whether the scan may restart inside `table` (false when the table holds what a restart would lose). */
  canRestartIn?(table: TableState): boolean;
  /** `table` as saved at a restart point, made live again. */
  reviveTable?(saved: TableState): TableState;

  /** The state this format keeps across lines, fresh for a scan. */
  initialState?(): State;
  /** Called when a section closes (a prompt, another tool's output). */
  closeSection?(state: State): void;
  /** A held-back line or joined row that must be settled: at a blank line, a prompt or the end. */
  flush?(scan: Scan, state: State): void;
  /** `state` relative to a restart point before `line` (row indexes relative to the rows read so far). */
  saveState?(state: State, scan: Scan, line: number): SavedFormatState;
  restoreState?(saved: SavedFormatState, line: number, rows: number): State;
}
