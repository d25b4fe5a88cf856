import type {
  DumpSection,
  KernelLogLine,
  Endpoint,
  LinePrefix,
  ParsedSocketDump,
  PrintedTimeLine,
  ProtocolCounter,
  RowResult,
  SectionFormat,
  SocketRow,
  SocketTableFormat,
  SocketTableHeader,
  SsSocketSummary,
  UnrecognizedLine,
  UnrecognizedReason,
} from '../model/socketTable';
import type { HistogramLine } from '../model/histogram';
import type { DumpFormat, PendingLine, RowShape, Scan, ScanLine, TableState } from './formats/dumpFormat';
import { DUMP_FORMATS, dumpFormatOf, formatOfCommand } from './formats/index';
import { parsePromptLine, type PromptLine } from './shellCommand';
import { type PrintedTime, readPrintedTime } from './printedTime';
import { keepTallies, takeTallies, talliesOf } from './socketTallies';
import { DocumentKeys, dumpOf, type RowFields, SocketColumns, socketColumnsOf, type TcpRowAt } from './socketColumns';
import { CodeWindow } from './textCodes';
import { keepShape } from '../model/warmShapes';
import { WRAP_MIN_WIDTH } from './ssWrappedRows';
import { isToolNote } from './toolNotes';
import { FENCE_LINE, PasteMarkup, type PasteMarkupState } from './pasteMarkup';
import { TableRow } from './tableRow';
import { commonPrefixLength, commonSuffixLength, type Field, forEachLineFrom, hasControlCharacters, hasLoneCarriageReturn, hasReplacementCharacter, isBlank, isBlankLine, splitFields } from './textLines';

interface OpenSection {
  format: SectionFormat;
  readonly startLine: number;
  endLine: number;
  readonly command?: string;
  /** How many rows the document had when the section opened. */
  readonly rowsAtStart: number;
}

/**
 * Headings and headers are short (the longest, /proc/net/netstat's TcpExt names, is ~2,200 characters on
 * 6.18); longer lines skip those checks, so a huge line costs one pass.
 */
const HEADING_MAX_LENGTH = 16_384;

/**
 * Parses a document holding socket tables and related output of netstat (Linux, Windows, BSD/macOS),
 * ss and /proc/net, possibly several outputs and the shell prompts between them.
 * Every non-blank line ends up as a row, a header or title, a continuation, a command, a counter, a
 * line of a recognised non-socket table, a known tool note, or an unrecognized line: nothing is
 * dropped silently. Prompts (and headers of a different tool) split the document into sections.
 * Each row is recognised by its own shape too, so a paste that starts below its header still parses.
 */
export function parseSocketDump(text: string): ParsedSocketDump {
  return scanSocketDump(text, undefined);
}

/**
 * Parses `text`, a later version of the document `previous` was parsed from, re-scanning only what
 * changed: from the restart point before the first changed line (and before `firstChangedLine`,
 * the editor's own account) up to the first later restart point whose text and scanner state are
 * the same as in the previous parse; from there on the previous result is reused, moved by the
 * lines the edit added or removed. The result equals `parseSocketDump(text)`.
 */
export function reparseSocketDump(previous: ParsedSocketDump, text: string, firstChangedLine: number, unchanged?: UnchangedEnds): ParsedSocketDump {
  const record = scanRecords.get(previous);
  if (record === undefined) {
    return parseSocketDump(text);
  }
  // The editor's account spares comparing two big texts; any smaller count is still right, only slower.
  const shorter = Math.min(text.length, record.text.length);
  const prefix = unchanged ? Math.min(unchanged.prefix, shorter) : commonPrefixLength(record.text, text);
  if (prefix === text.length && prefix === record.text.length) {
    return previous;
  }
  const suffix = unchanged ? Math.min(unchanged.suffix, shorter - prefix) : commonSuffixLength(record.text, text, prefix);
  const points = record.restarts;
  // The lowest row that the lines from each point on replaced: a point is a safe place to resume
  // or to splice only when nothing after it reached back into the rows before it.
  const lowestReplaced = new Float64Array(points.length);
  let lowest = Number.POSITIVE_INFINITY;
  for (let index = points.length - 1; index >= 0; index--) {
    lowest = Math.min(lowest, points[index].counts.rows + points[index].reachBack);
    lowestReplaced[index] = lowest;
  }
  const isSealed = (index: number) => lowestReplaced[index] >= points[index].counts.rows;
  let from = 0;
  for (let index = 1; index < points.length && points[index].offset <= prefix && points[index].line <= firstChangedLine; index++) {
    if (isSealed(index)) {
      from = index;
    }
  }
  const inserted = unchanged?.inserted;
  const span = inserted !== undefined && !record.loneCarriageReturn && prefix + inserted.length + suffix === text.length ? spanAfterEdit(record.text, points[from].offset, prefix, inserted, suffix) : undefined;
  // A lone CR can only have appeared or gone where the text changed, or just before it: the rest keeps its neighbours.
  const loneCarriageReturn = record.loneCarriageReturn
    ? hasLoneCarriageReturn(text)
    : span
      ? hasLoneCarriageReturn(span.text, Math.max(0, prefix - 1 - span.start), prefix - span.start + inserted!.length + 1)
      : hasLoneCarriageReturn(text, Math.max(0, prefix - 1), text.length - suffix + 1);
  return scanSocketDump(text, { previous, record, from, suffixStart: text.length - suffix, charDelta: text.length - record.text.length, isSealed }, loneCarriageReturn, span);
}

/** A stretch of the document: its text from offset `start` on. */
interface TextSpan {
  readonly start: number;
  readonly text: string;
}

/** How far past an edit a re-scan reads from a copy (restart points are at most 256 lines apart) before it reads on in the whole text. */
const SPAN_AFTER_EDIT = 1 << 16;

/**
 * The new text from `start` (a restart point before the edit) to a little way past the edit, made of the
 * previous text and what the editor inserted. The editor's new text is one string of the old halves and
 * the insert, which V8 copies whole (milliseconds for a big paste) the first time a character of it is read:
 * a re-scan that stays within this stretch never does.
 */
function spanAfterEdit(previousText: string, start: number, prefix: number, inserted: string, suffix: number): TextSpan {
  const suffixStart = previousText.length - suffix;
  return { start, text: previousText.slice(start, prefix) + inserted + previousText.slice(suffixStart, Math.min(previousText.length, suffixStart + SPAN_AFTER_EDIT)) };
}

/**
 * What the editor's changes since the previous parse left alone: at least this many characters at the
 * start of the text, and at least this many at its end, are those of the previous text.
 */
export interface UnchangedEnds {
  readonly prefix: number;
  readonly suffix: number;
  /** What lies between the two, when the editor's account has it (a single change since the parse). */
  readonly inserted?: string;
}

/** Where a re-scan starts and what it may reuse. */
interface Resume {
  readonly previous: ParsedSocketDump;
  readonly record: ScanRecord;
  /** Index in `record.restarts` of the point the scan starts from. */
  readonly from: number;
  /** Offset in the new text from which it is the same as the end of the previous text. */
  readonly suffixStart: number;
  /** New length minus previous length. */
  readonly charDelta: number;
  readonly isSealed: (index: number) => boolean;
}

/** What a parse keeps so that the next version of its document can be re-scanned from a restart point. */
interface ScanRecord {
  readonly text: string;
  readonly restarts: readonly RestartPoint[];
  /** Whether the text has a CR that is not followed by LF (then lines also end there). */
  readonly loneCarriageReturn: boolean;
}

/** Kept beside the parse rather than in it: the parsed model stays plain data. */
const scanRecords = new WeakMap<ParsedSocketDump, ScanRecord>();

/** The text `dump` was read from: a feature tokenises the line it asks about from here, on demand. */
export function socketDumpText(dump: ParsedSocketDump): string | undefined {
  return scanRecords.get(dump)?.text;
}

interface OutputCounts {
  readonly rows: number;
  readonly headers: number;
  readonly commands: number;
  readonly unrecognized: number;
  readonly sections: number;
  readonly counters: number;
  readonly ssSummaries: number;
  readonly kernelMessages: number;
  readonly printedTimes: number;
  readonly histograms: number;
  readonly linePrefixes: number;
  readonly proseLines: number;
}

/**
 * A line the scan can restart from: the scanner state before it (lines and row indexes relative
 * to the point, so that equal states compare equal wherever an edit moved them) and how many of
 * each output the lines above produced; plus what the lines from here to the next point did.
 */
interface RestartPoint {
  readonly line: number;
  readonly offset: number;
  readonly counts: OutputCounts;
  readonly state: ScannerState;
  /** Formats the lines up to the next point noted, in order: the document's list is their union. */
  readonly formatsNoted: SocketTableFormat[];
  /** The lowest row, relative to `counts.rows`, those lines replaced (a wrapped tail, a second owner); 0 when none before. */
  reachBack: number;
  /** Whether those lines held a fence, a quote or an indented block: the paste is markdown or mail. */
  markupNoted: boolean;
}

/**
 * The scanner state at a restart point: its small values as plain data (fresh objects, or tables no
 * one changes), and the line texts it holds (the last non-blank line, rows a wrapped tail may still
 * extend) kept aside. A scan makes a few hundred of these and compares only the few a re-scan meets,
 * so the values are turned into JSON only when compared.
 */
interface ScannerState {
  readonly values: SavedScanValues;
  readonly texts: readonly (string | undefined)[];
}

/** The driver's own state at a restart point, lines relative to the point. */
interface SavedScanValues {
  readonly section: { format: SectionFormat; startLine: number | null; endLine: number | null; command?: string; hasRows: boolean } | undefined;
  readonly table: TableState | undefined;
  readonly continuing: SectionFormat | 'note' | undefined;
  readonly blankSinceHeading: boolean;
  readonly currentLine: number | null;
  readonly title: { line: number | null; before: number | null } | undefined;
  readonly pending: { format: SectionFormat; line: number | null } | undefined;
  /** Each format's saved values, and how many texts it saved, in registry order. */
  readonly formats: readonly unknown[];
  readonly formatTexts: readonly number[];
  readonly widestLine: number;
  readonly linesAtWidest: number;
  readonly lastTableLine: number | null;
  readonly lastRow: { line: number | null; format: SocketTableFormat } | undefined;
  readonly lastHeaderLine: number | null | undefined;
  readonly markup: PasteMarkupState;
}

function sameState(a: ScannerState, b: ScannerState): boolean {
  return a.texts.length === b.texts.length && a.texts.every((text, index) => text === b.texts[index]) && JSON.stringify(a.values) === JSON.stringify(b.values);
}

/** Rows a re-scan makes room for beyond the previous parse's: an edit mostly adds a few. */
const RESCAN_SLACK = 256;

/** Lines between restart points of one long table, and at least between two section starts. */
const RESTART_SPACING = 256;
const MIN_RESTART_SPACING = 8;

/** A sentinel line (-1: none yet) stays a sentinel when made relative. */
const relativeLine = (line: number, origin: number): number | null => (line < 0 ? null : line - origin);
const absoluteLine = (line: number | null, origin: number): number => (line === null ? -1 : line + origin);

function scanSocketDump(text: string, resume: Resume | undefined, loneCarriageReturn = hasLoneCarriageReturn(text), span?: TextSpan): ParsedSocketDump {
  const scanner = new DumpScanner(text, resume, loneCarriageReturn, span);
  const start = resume?.record.restarts[resume.from];
  const from = start?.offset ?? 0;
  const firstLine = start?.line ?? 0;
  if (loneCarriageReturn) {
    forEachLineFrom(text, from, firstLine, (lineText, line, offset) => {
      if (scanner.joinsPrevious(line, offset)) {
        return true;
      }
      scanner.readLineAt(lineText, 0, lineText.length, line, offset);
      return false;
    });
  } else {
    const firstCode = from === 0 ? (span?.text ?? text).charCodeAt(0) : 0;
    scanner.readLines(firstCode === 0xfeff ? 1 : from, firstLine);
  }
  const dump = scanner.finish();
  // The last scanner, emptied, is the witness of a scan's objects (model/warmShapes.ts).
  scanner.release();
  keepShape('dump scanner', scanner);
  return dump;
}

const RELEASED_COLUMNS = new SocketColumns('', new DocumentKeys());

/** The scan of one document (or of its changed part): the driver's state, and the Scan the formats read and write through. */
class DumpScanner implements Scan {
  readonly window: CodeWindow;
  rows: SocketColumns;
  headers: SocketTableHeader[];
  commands: { line: number; text: string }[];
  unrecognized: UnrecognizedLine[];
  sections: DumpSection[];
  counters: ProtocolCounter[];
  ssSummaries: SsSocketSummary[];
  kernelMessages: KernelLogLine[];
  printedTimes: PrintedTimeLine[];
  histograms: HistogramLine[];
  linePrefixes: LinePrefix[];
  proseLines: number[];
  private points: RestartPoint[];
  private previousColumns: SocketColumns | undefined;
  // A re-scan updates the previous parse's counts, if they were made: it adds the rows it reads and,
  // once done, takes out those it replaced. A first scan leaves the counting to the summary: one pass
  // over the columns measured faster than counting while scanning.
  private tallies: ReturnType<typeof takeTallies> | undefined;
  /** Each format's own state (see DumpFormat.initialState). */
  private readonly formatStates = new Map<DumpFormat<any>, unknown>();
  /** Fences, quotes and indented blocks around the output (see pasteMarkup.ts). */
  private readonly markup = new PasteMarkup();
  /** Where the current line's own text starts in the editor's line: after its quote markers or its block's indent. */
  private lineColumn = 0;
  /** How many rows there were before the current line (set for lines with a prefix). */
  private rowsBeforeLine = 0;

  // The point whose lines are being read, and whether a prompt or heading was just read.
  private point: RestartPoint | undefined;
  private atBoundary = false;
  private section: OpenSection | undefined;
  private currentTable: TableState | undefined;
  /** The format of `currentTable` and its state, looked up when the table changes rather than on every line. */
  private tableFormat: DumpFormat | undefined;
  private tableFormatState: unknown;
  continuing: DumpFormat | 'note' | undefined;
  pending: PendingLine | undefined;
  blankSinceHeading = false;
  lastTableLine = -1;
  previousNonBlankLine = -1;
  // The last two non-blank lines' texts: kept as offsets while rows are read straight from the
  // document, and made strings only when asked for.
  private previousText: string | undefined = '';
  private previousStart = 0;
  private previousEnd = 0;
  // The widest line so far and how many lines have that width: a terminal that wrapped lines cut many of them at one column.
  private widestLine = 0;
  private linesAtWidest = 0;
  private lineCount = 0;
  private currentLine = -1;
  private currentTextCache: string | undefined = '';
  private currentStart = 0;
  private currentEnd = 0;
  // The last table title ("Active Internet connections …") and the non-blank line before it.
  private title: { line: number; before: number } | undefined;
  // The point of the previous parse where its lines and state met this scan's again.
  private joinedAt: number | undefined;
  private nextOld: number;
  private readonly scanLine = { text: '', line: 0, offset: 0 };
  // Rows of a table mostly repeat the format of the row before: what may continue it is looked up when that changes.
  private lastRowFormat: SectionFormat | undefined;
  private continuingAfterLastRow: DumpFormat | undefined;

  // What the scan reads: the document, or (re-scans after one edit) a flat copy of the stretch from the
  // restart point on, so that the editor's new text is not flattened whole on the way to the summary.
  private source: string;
  private sourceBase: number;

  constructor(
    public text: string,
    private resume: Resume | undefined,
    private readonly loneCarriageReturn: boolean,
    span?: TextSpan,
  ) {
    this.source = span?.text ?? text;
    this.sourceBase = span?.start ?? 0;
    const start = resume?.record.restarts[resume.from];
    const previous = resume?.previous;
    this.previousColumns = previous && socketColumnsOf(previous);
    // The big tables' rows are read from the codes of a window of the text (textCodes.ts); everything else from the text.
    this.window = new CodeWindow(this.source, this.sourceBase);
    this.rows = new SocketColumns(text, this.previousColumns?.keys ?? new DocumentKeys());
    if (start && this.previousColumns) {
      this.rows.reserve(this.previousColumns.length + RESCAN_SLACK);
      this.rows.copyFrom(this.previousColumns, 0, start.counts.rows, 0, 0);
    }
    const kept = <T>(items: readonly T[] | undefined, count: number | undefined): T[] => (items && count !== undefined ? items.slice(0, count) : []);
    this.headers = kept(previous?.headers, start?.counts.headers);
    this.commands = kept(previous?.commands, start?.counts.commands);
    this.unrecognized = kept(previous?.unrecognized, start?.counts.unrecognized);
    this.sections = kept(previous?.sections, start?.counts.sections);
    this.counters = kept(previous?.counters, start?.counts.counters);
    this.ssSummaries = kept(previous?.ssSummaries, start?.counts.ssSummaries);
    this.kernelMessages = kept(previous?.kernelMessages, start?.counts.kernelMessages);
    this.printedTimes = kept(previous?.printedTimes, start?.counts.printedTimes);
    this.histograms = kept(previous?.histograms, start?.counts.histograms);
    this.linePrefixes = kept(previous?.linePrefixes, start?.counts.linePrefixes);
    this.proseLines = kept(previous?.proseLines, start?.counts.proseLines);
    this.points = resume ? resume.record.restarts.slice(0, resume.from) : [];
    this.tallies = resume ? takeTallies(resume.previous) : undefined;
    for (const format of DUMP_FORMATS) {
      this.formatStates.set(format, format.initialState?.());
    }
    this.nextOld = resume ? resume.from + 1 : 0;
    if (start) {
      this.restoreState(start);
    }
  }

  get table(): TableState | undefined {
    return this.currentTable;
  }

  set table(next: TableState | undefined) {
    if (next?.kind !== this.currentTable?.kind) {
      this.tableFormat = next && dumpFormatOf(next.kind);
      this.tableFormatState = this.tableFormat && this.formatStates.get(this.tableFormat);
    }
    this.currentTable = next;
  }

  textBetween(start: number, end: number): string {
    const base = this.sourceBase;
    return start >= base && end - base <= this.source.length ? this.source.slice(start - base, end - base) : this.text.slice(start, end);
  }

  /** Reads on in the whole document once the copied stretch ran out before the scan met the previous parse again. */
  private readWholeText(): void {
    this.source = this.text;
    this.sourceBase = 0;
    this.window.readFrom(this.text, 0);
  }

  get previousNonBlankText(): string {
    this.previousText ??= this.textBetween(this.previousStart, this.previousEnd);
    return this.previousText;
  }

  private get currentText(): string {
    this.currentTextCache ??= this.textBetween(this.currentStart, this.currentEnd);
    return this.currentTextCache;
  }

  /** The bookkeeping of a non-blank line: it becomes the current line, the one before it the previous. */
  private enterLine(line: number, start: number, end: number, text: string | undefined): void {
    this.previousNonBlankLine = this.currentLine;
    this.previousText = this.currentTextCache;
    this.previousStart = this.currentStart;
    this.previousEnd = this.currentEnd;
    this.currentLine = line;
    this.currentTextCache = text;
    this.currentStart = start;
    this.currentEnd = end;
    if (this.lineColumn > 0) {
      this.linePrefixes.push({ line, column: this.lineColumn });
    }
    const length = end - start;
    if (length > this.widestLine) {
      this.widestLine = length;
      this.linesAtWidest = 1;
    } else if (length === this.widestLine) {
      this.linesAtWidest++;
    }
  }

  private get lastHeaderLine(): number {
    return this.headers.length > 0 ? this.headers[this.headers.length - 1].line : -1;
  }

  stateOf<T>(format: DumpFormat<T>): T {
    return this.formatStates.get(format) as T;
  }

  private formatOfRow(index: number): DumpFormat {
    return dumpFormatOf(this.rows.formatOf(index))!;
  }

  rowShapeOf(fields: readonly Field[], lineText: string): RowShape | undefined {
    for (const format of DUMP_FORMATS) {
      const shape = format.rowShape?.(fields, lineText);
      if (shape) {
        return shape;
      }
    }
    for (const format of DUMP_FORMATS) {
      const shape = format.lastResortRowShape?.(fields, lineText);
      if (shape) {
        return shape;
      }
    }
    return undefined;
  }

  private closeSection(): void {
    if (this.section) {
      const { format, startLine, endLine, command } = this.section;
      this.sections.push(command === undefined ? { format, startLine, endLine } : { format, startLine, endLine, command });
    }
    this.section = undefined;
    for (const format of DUMP_FORMATS) {
      format.closeSection?.(this.formatStates.get(format));
    }
  }

  enterFormat(format: SectionFormat, line: number, startsTable: boolean): void {
    const section = this.section;
    if (section && section.format !== 'unknown' && section.format !== format && startsTable) {
      section.endLine = this.previousNonBlankLine;
      this.closeSection();
      this.section = { format, startLine: line, endLine: line, rowsAtStart: this.rows.length };
    } else if (section && section.format === 'unknown') {
      section.format = format;
    }
  }

  startSection(line: number): void {
    const section = this.section;
    if (section && section.startLine < line) {
      section.endLine = this.previousNonBlankLine;
      this.closeSection();
      this.section = { format: 'unknown', startLine: line, endLine: line, rowsAtStart: this.rows.length };
    }
  }

  openTable(next: TableState, line: number, format: SectionFormat = next.kind): void {
    this.enterFormat(format, line, this.currentTable?.kind !== next.kind);
    this.table = next;
  }

  noteTitle(line: number): void {
    this.title = { line, before: this.previousNonBlankLine };
  }

  noteFormat(format: SocketTableFormat): void {
    if (this.point && !this.point.formatsNoted.includes(format)) {
      this.point.formatsNoted.push(format);
    }
  }

  addRow(row: SocketRow): void {
    this.rows.push(row);
    this.tallies?.count(this.rows, this.rows.length - 1, 1);
  }

  /** Replaces row `index` (before the current point, that pins the point) and its counts. */
  replaceRow(index: number, row: SocketRow, readFromText = false): void {
    // A row of an earlier line read again from text: moved here (rows of this line are moved once it is read).
    if (readFromText && this.lineColumn > 0 && index < this.rowsBeforeLine) {
      row = rowWithPrefix(row, this.textBetween(this.currentStart - this.lineColumn, this.currentStart));
    }
    if (this.point && index < this.point.counts.rows) {
      this.point.reachBack = Math.min(this.point.reachBack, index - this.point.counts.rows);
    }
    this.tallies?.count(this.rows, index, -1);
    this.rows.set(index, row);
    this.tallies?.count(this.rows, index, 1);
  }

  acceptFields(fields: RowFields, line: number, start: number, end: number): void {
    // The row keeps the editor's whole line: its offsets then count from the line's first column.
    this.rows.pushFields(fields, this.window, line, start - this.lineColumn, end);
    this.noteRowPushed(fields.format, line);
  }

  acceptTcpRow(row: TcpRowAt, format: SocketTableFormat, line: number, start: number, end: number): void {
    const column = this.lineColumn;
    if (column > 0) {
      row.stateStart = shifted(row.stateStart, column);
      row.localStart = shifted(row.localStart, column);
      row.localEnd = shifted(row.localEnd, column);
      row.remoteStart = shifted(row.remoteStart, column);
      row.remoteEnd = shifted(row.remoteEnd, column);
      row.ownersFrom = shifted(row.ownersFrom, column);
    }
    this.rows.pushTcpRow(row, line, start - column, end);
    this.noteRowPushed(format, line);
  }

  /** The bookkeeping of a row just pushed to the columns: its counts, its format, what may continue it. */
  private noteRowPushed(format: SocketTableFormat, line: number): void {
    this.tallies?.count(this.rows, this.rows.length - 1, 1);
    this.noteFormat(format);
    this.enterFormat(format, line, false);
    this.continuing = this.continuingAfterRow(format);
  }

  accept(result: RowResult, line: number, length: number): void {
    if ('row' in result) {
      this.addRow(result.row);
      this.noteFormat(result.row.format);
      this.enterFormat(result.row.format, line, false);
      this.continuing = this.continuingAfterRow(result.row.format);
    } else {
      this.unrecognized.push({ line, length: length + this.lineColumn, reason: result.problem });
      this.continuing = undefined;
    }
  }

  /** What may continue a row of `format` on the lines below it: its details, its owner lines. */
  private continuingAfterRow(format: SectionFormat): DumpFormat | undefined {
    if (format !== this.lastRowFormat) {
      const owner = dumpFormatOf(format);
      this.lastRowFormat = format;
      this.continuingAfterLastRow = owner && (owner.readDetailLine || owner.readLineBelowRow) ? owner : undefined;
    }
    return this.continuingAfterLastRow;
  }

  addHeader(line: number, format: SocketTableFormat, hasNetid = false): void {
    const section = this.section;
    // The same tool's header again, after rows: a second output pasted without its prompt.
    if (section && section.format === format && this.rows.length > section.rowsAtStart) {
      const title = this.title;
      const titled = title !== undefined && title.line === this.previousNonBlankLine;
      section.endLine = titled ? title.before : this.previousNonBlankLine;
      this.closeSection();
      this.section = { format, startLine: titled ? title.line : line, endLine: line, rowsAtStart: this.rows.length };
    }
    this.headers.push({ line, format, hasNetid });
    this.noteFormat(format);
  }

  /** Titles and headers of every format; true when the line was one. */
  private readHeading(line: ScanLine): boolean {
    if (line.text.length > HEADING_MAX_LENGTH) {
      return false;
    }
    for (const format of DUMP_FORMATS) {
      if (format.readHeading?.(this, line)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tail of a line a narrow terminal (or `fold`) wrapped: `ss -i` details, net-tools' PID/Program
   * and Timer columns. Only right after a socket row or detail line that filled the terminal's width.
   */
  private readWrappedTail(lineText: string, line: number): boolean {
    const rows = this.rows;
    const afterTableLine = this.lastTableLine === this.previousNonBlankLine || (rows.length > 0 && rows.line[rows.length - 1] === this.previousNonBlankLine);
    const afterHeader = this.lastHeaderLine >= 0 && this.lastHeaderLine === this.previousNonBlankLine;
    const tail = lineText.trim();
    if (
      this.previousNonBlankText.length < WRAP_MIN_WIDTH ||
      !((afterTableLine && (WRAPPED_TAIL.test(tail) || this.continuesCutWord(tail))) || (afterHeader && continuesHeader(this.previousNonBlankText, tail)))
    ) {
      return false;
    }
    this.lastTableLine = line;
    for (const format of DUMP_FORMATS) {
      format.readWrappedTail?.(this, lineText, afterHeader);
    }
    // A row's indented detail lines may still follow the tail.
    this.continuing = rows.length > 0 ? continuingAfterDetail(this.formatOfRow(rows.length - 1)) : undefined;
    return true;
  }

  /**
   * One word below a table line cut at the terminal's width in the middle of a word: the rest of that
   * word (`23707/api-` / `server`, `sk:931` / `a`). The width is that of the widest lines so far, and
   * more than one line must have it, so a last row that merely ends in a word does not swallow a
   * `logout` below it.
   */
  private continuesCutWord(tail: string): boolean {
    const above = this.previousNonBlankText;
    return above.length === this.widestLine && this.linesAtWidest > 1 && !isBlank(above.charCodeAt(above.length - 1)) && tail.length > 0 && !/\s/.test(tail);
  }

  /** A held-back line that nothing completed is a row cut short. */
  private flushPending(): void {
    if (this.pending) {
      this.unrecognized.push({ line: this.pending.line, length: this.pending.text.length, reason: 'too-few-columns' });
      this.pending = undefined;
    }
  }

  /** The scanner state before `line`, relative to it; undefined where the scan cannot restart (inside an lsof table). */
  private captureState(line: number): ScannerState | undefined {
    const table = this.currentTable;
    if (table && this.tableFormat?.canRestartIn?.(table) === false) {
      return undefined;
    }
    const rows = this.rows;
    const section = this.section;
    const lastRow = rows.length > 0 ? { line: rows.line[rows.length - 1], format: rows.formatOf(rows.length - 1) } : undefined;
    const lastHeader = this.headers[this.headers.length - 1];
    const formats = DUMP_FORMATS.map((format) => format.saveState?.(this.formatStates.get(format), this, line));
    const values: SavedScanValues = {
      section: section && {
        format: section.format,
        startLine: relativeLine(section.startLine, line),
        endLine: relativeLine(section.endLine, line),
        command: section.command,
        // Only whether the section has rows yet matters (a repeated header then starts another).
        hasRows: rows.length > section.rowsAtStart,
      },
      table,
      continuing: typeof this.continuing === 'object' ? this.continuing.id : this.continuing,
      blankSinceHeading: this.blankSinceHeading,
      currentLine: relativeLine(this.currentLine, line),
      title: this.title && { line: relativeLine(this.title.line, line), before: relativeLine(this.title.before, line) },
      pending: this.pending && { format: this.pending.format.id, line: relativeLine(this.pending.line, line) },
      formats: formats.map((saved) => saved?.values),
      formatTexts: formats.map((saved) => saved?.texts.length ?? 0),
      widestLine: this.widestLine,
      linesAtWidest: this.linesAtWidest,
      lastTableLine: relativeLine(this.lastTableLine, line),
      lastRow: lastRow && { line: relativeLine(lastRow.line, line), format: lastRow.format },
      lastHeaderLine: lastHeader && relativeLine(lastHeader.line, line),
      markup: this.markup.save(),
    };
    return { values, texts: [this.currentText, this.pending?.text, ...formats.flatMap((saved) => saved?.texts ?? [])] };
  }

  /** Sets the scanner state to that of a point of an earlier parse whose lines above are unchanged. */
  private restoreState(from: RestartPoint): void {
    const saved = from.state.values;
    const [currentText, pendingText, ...formatTexts] = from.state.texts;
    const line = from.line;
    const rowCount = from.counts.rows;
    this.section = saved.section && {
      format: saved.section.format,
      startLine: absoluteLine(saved.section.startLine, line),
      endLine: absoluteLine(saved.section.endLine, line),
      command: saved.section.command,
      rowsAtStart: saved.section.hasRows ? rowCount - 1 : rowCount,
    };
    this.continuing = typeof saved.continuing === 'string' && saved.continuing !== 'note' ? dumpFormatOf(saved.continuing) : saved.continuing;
    this.blankSinceHeading = saved.blankSinceHeading;
    this.currentLine = absoluteLine(saved.currentLine, line);
    this.currentTextCache = currentText ?? '';
    this.title = saved.title && { line: absoluteLine(saved.title.line, line), before: absoluteLine(saved.title.before, line) };
    this.pending = saved.pending && { format: dumpFormatOf(saved.pending.format)!, line: absoluteLine(saved.pending.line, line), text: pendingText ?? '' };
    let textIndex = 0;
    DUMP_FORMATS.forEach((format, index) => {
      const count: number = saved.formatTexts[index];
      if (format.restoreState) {
        this.formatStates.set(format, format.restoreState({ values: saved.formats[index], texts: formatTexts.slice(textIndex, textIndex + count) }, line, rowCount));
      }
      textIndex += count;
    });
    // After the formats' states: the open table's format reads its state from here on (see the table setter).
    const table: TableState | undefined = saved.table;
    this.table = table && (dumpFormatOf(table.kind)?.reviveTable?.(table) ?? table);
    this.widestLine = saved.widestLine;
    this.linesAtWidest = saved.linesAtWidest;
    this.lastTableLine = absoluteLine(saved.lastTableLine, line);
    this.markup.restore(saved.markup);
  }

  private openPoint(line: number, offset: number, state: ScannerState): void {
    this.point = {
      line,
      // The first line's point starts at 0 even after a byte-order mark: whether the next version has one is its own affair.
      offset: line === 0 ? 0 : offset,
      counts: {
        rows: this.rows.length,
        headers: this.headers.length,
        commands: this.commands.length,
        unrecognized: this.unrecognized.length,
        sections: this.sections.length,
        counters: this.counters.length,
        ssSummaries: this.ssSummaries.length,
        kernelMessages: this.kernelMessages.length,
        printedTimes: this.printedTimes.length,
        histograms: this.histograms.length,
        linePrefixes: this.linePrefixes.length,
        proseLines: this.proseLines.length,
      },
      state,
      formatsNoted: [],
      reachBack: 0,
      markupNoted: false,
    };
    this.points.push(this.point);
    this.atBoundary = false;
  }

  /** Opens a restart point before `line` where one is due; true when the rest is the previous parse's. */
  joinsPrevious(line: number, offset: number): boolean {
    const resume = this.resume;
    let oldPoint: number | undefined;
    if (resume && offset >= resume.suffixStart) {
      const oldPoints = resume.record.restarts;
      while (this.nextOld < oldPoints.length && oldPoints[this.nextOld].offset < offset - resume.charDelta) {
        this.nextOld++;
      }
      oldPoint = oldPoints[this.nextOld]?.offset === offset - resume.charDelta ? this.nextOld : undefined;
    }
    const point = this.point;
    if (oldPoint !== undefined || point === undefined || line - point.line >= RESTART_SPACING || (this.atBoundary && line - point.line >= MIN_RESTART_SPACING)) {
      const state = this.captureState(line);
      if (state !== undefined) {
        this.openPoint(line, offset, state);
        if (oldPoint !== undefined && sameState(state, resume!.record.restarts[oldPoint].state) && resume!.isSealed(oldPoint)) {
          this.joinedAt = oldPoint;
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Reads the lines from `offset` (line `line`) to the end, or until the rest is the previous parse's.
   * A line that is one more row of the open table is read from the document's codes, with no string
   * made of it; any other line is read as a string by readLine. (Text with lone CRs, which also end
   * lines, is split by forEachLineFrom instead.)
   */
  readLines(offset: number, line: number): void {
    for (;;) {
      let newline = this.source.indexOf('\n', offset - this.sourceBase);
      if (newline < 0 && this.sourceBase + this.source.length < this.text.length) {
        this.readWholeText();
        newline = this.source.indexOf('\n', offset);
      }
      // Offsets are the document's; `source` holds it from sourceBase on.
      const source = this.source;
      const base = this.sourceBase;
      const lineEnd = newline < 0 ? source.length : newline;
      const end = lineEnd > offset - base && source.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      if (this.joinsPrevious(line, offset)) {
        return;
      }
      // One more row of the open table, with no prefix: the rows after it are read the fast way.
      if (this.readLineAt(source, offset - base, end, line, offset) && newline >= 0 && this.lineColumn === 0 && this.markup.isPlain) {
        newline = this.readRowsAfter(line, newline);
        line = this.currentLine;
      }
      if (newline < 0) {
        return;
      }
      offset = newline + base + 1;
      line++;
    }
  }

  /**
   * The rows of the open table that follow row `line`, whose newline is at source[newline]: read one after
   * another up to the line where a restart point may be due, with none of the checks a line of any other
   * kind needs (the bulk of a big paste). Returns where the newline of the last row read is in `source`
   * (or -1: no newline, the end of the text); the first line that is not a row is left to readLines.
   */
  private readRowsAfter(line: number, newline: number): number {
    const source = this.source;
    const base = this.sourceBase;
    const resume = this.resume;
    // No point is due before this line: see joinsPrevious.
    const point = this.point;
    const pointDue = point === undefined ? line + 1 : point.line + (this.atBoundary ? MIN_RESTART_SPACING : RESTART_SPACING);
    const suffixStart = resume === undefined ? Number.MAX_SAFE_INTEGER : resume.suffixStart;
    const section = this.section!;
    const table = this.currentTable!;
    const format = this.tableFormat!;
    const state = this.tableFormatState;
    while (line + 1 < pointDue && newline + base + 1 < suffixStart) {
      const start = newline + 1;
      const next = source.indexOf('\n', start);
      // The copied stretch runs out (readLines reads on in the whole text), or the last line.
      if (next < 0 && base + source.length < this.text.length) {
        return newline;
      }
      const lineEnd = next < 0 ? source.length : next;
      const end = lineEnd > start && source.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      if (end === start || this.pending !== undefined || !format.readNextRow!(this, table, state, line + 1, start + base, end + base)) {
        return newline;
      }
      line++;
      this.lineCount = line + 1;
      this.enterLine(line, start + base, end + base, undefined);
      section.endLine = line;
      if (next < 0) {
        return -1;
      }
      newline = next;
    }
    return newline;
  }

  /** One more row of the open table at text[start, end), read by its format; false when the line is anything else. */
  readRowOfTable(line: number, start: number, end: number): boolean {
    const table = this.currentTable;
    // A prompt, heading or note never parses as a row; a held-back line must see this one first.
    if (this.pending !== undefined || this.section === undefined || table === undefined || end === start || !this.tableFormat?.readNextRow?.(this, table, this.tableFormatState, line, start, end)) {
      return false;
    }
    this.lineCount = line + 1;
    this.enterLine(line, start, end, undefined);
    this.section.endLine = line;
    return true;
  }

  /**
   * Line `line`, source[start, end), which starts at document offset `offset`: its fence, quote markers
   * and block indent are read once here, and the rest of the scan reads only its own text. True when
   * it was one more row of the open table, read from the document's codes.
   */
  readLineAt(source: string, start: number, end: number, line: number, offset: number): boolean {
    const content = this.markup.contentStart(source, start, end);
    if (this.markup.markedLast) {
      this.noteMarkup();
    }
    if (content === FENCE_LINE) {
      this.readFenceLine(line, offset, offset + end - start);
      return false;
    }
    this.lineColumn = content - start;
    const contentOffset = offset + this.lineColumn;
    if (this.readRowOfTable(line, contentOffset, offset + end - start)) {
      return true;
    }
    this.readLine(source.slice(content, end), line, contentOffset);
    return false;
  }

  private noteMarkup(): void {
    if (this.point) {
      this.point.markupNoted = true;
    }
  }

  /** A ``` or ~~~ line: it ends what a blank line ends, and the scan may restart after it. */
  private readFenceLine(line: number, offset: number, end: number): void {
    this.lineCount = line + 1;
    this.lineColumn = 0;
    this.flushPending();
    // The prose before a runbook's first fence held no output: it is no section of its own.
    const section = this.section;
    if (section && section.format === 'unknown' && section.command === undefined && this.rows.length === section.rowsAtStart) {
      this.section = undefined;
    }
    this.enterLine(line, offset, end, undefined);
    this.blankSinceHeading = true;
    this.continuing = undefined;
    this.atBoundary = true;
  }

  /** A line's own text (`offset` is where it starts in the document); what it produced is moved to the editor's columns. */
  readLine(lineText: string, line: number, offset: number): void {
    const column = this.lineColumn;
    if (column === 0) {
      this.readContent(lineText, line, offset);
      return;
    }
    const rowsBefore = this.rows.length;
    const countersBefore = this.counters.length;
    this.rowsBeforeLine = rowsBefore;
    this.readContent(lineText, line, offset);
    const prefix = this.textBetween(offset - column, offset);
    for (let index = rowsBefore; index < this.rows.length; index++) {
      const object = this.rows.objectRow(index);
      if (object) {
        this.replaceRow(index, rowWithPrefix(object, prefix));
      }
    }
    for (let index = countersBefore; index < this.counters.length; index++) {
      const counter = this.counters[index];
      this.counters[index] = { ...counter, span: shiftedSpan(counter.span, column) };
    }
  }

  private readContent(lineText: string, line: number, offset: number): void {
    this.lineCount = line + 1;
    const sectionBefore = this.section;
    const endBefore = sectionBefore?.endLine;
    if (isBlankLine(lineText)) {
      this.blankSinceHeading = true;
      this.flushPending();
      return;
    }
    this.enterLine(line, offset, offset + lineText.length, lineText);
    // One object for every line: formats read it while the line is being read and keep none of it.
    const scanLine = this.scanLine;
    scanLine.text = lineText;
    scanLine.line = line;
    scanLine.offset = offset;
    const prompt = parsePromptLine(lineText);
    if (prompt) {
      this.readPrompt(prompt, line);
      return;
    }
    const time = readPrintedTime(lineText);
    if (time) {
      this.readTimeLine(time, line);
      return;
    }

    this.section ??= { format: 'unknown', startLine: line, endLine: line, rowsAtStart: this.rows.length };
    this.section.endLine = line;

    const continuing = this.continuing;
    // Lines below a row that belong to it (details), or the indented rest of a tool note.
    if (continuing === 'note' ? isBlank(lineText.charCodeAt(0)) : continuing?.readDetailLine?.(this, scanLine)) {
      this.lastTableLine = line;
      return;
    }
    if (isToolNote(lineText)) {
      this.continuing = lineText.trimEnd().endsWith(')') || !lineText.startsWith('(') ? undefined : 'note';
      return;
    }
    if (this.pending) {
      const pending = this.pending;
      this.pending = undefined;
      if (pending.format.completePending?.(this, pending, scanLine)) {
        return;
      }
      this.unrecognized.push({ line: pending.line, length: pending.text.length, reason: 'too-few-columns' });
    }

    const fields = splitFields(lineText, ROW_FIELDS);
    if (typeof continuing === 'object' && continuing.readLineBelowRow?.(this, scanLine, fields)) {
      return;
    }
    this.continuing = undefined;

    const shape = this.rowShapeOf(fields, lineText);
    // One more row of the table being read (the bulk of a big paste) cannot be a heading.
    const continuesTable = shape?.continues !== undefined && shape.continues === this.currentTable?.kind;
    if (!continuesTable && this.readHeading(scanLine)) {
      this.blankSinceHeading = false;
      this.atBoundary = true;
      return;
    }
    if (!continuesTable && this.currentTable && this.tableFormat?.readInTable?.(this, scanLine, fields, this.currentTable)) {
      // A prompt's command may have named the table before any of its headers.
      this.enterFormat(this.currentTable?.kind ?? 'unknown', line, false);
      return;
    }
    if (shape) {
      shape.read(this, scanLine, fields);
      return;
    }
    for (const format of DUMP_FORMATS) {
      if (format.readCutRow?.(this, scanLine, fields, continuing)) {
        return;
      }
    }
    if (this.readWrappedTail(lineText, line)) {
      return;
    }
    for (const format of DUMP_FORMATS) {
      if (format.readStrayLine?.(this, scanLine)) {
        return;
      }
    }
    const reason = unrecognizedReason(lineText, fields);
    const length = lineText.length + this.lineColumn;
    // Words outside any code block, not right below a table line: a markdown or mail paste's prose, not a broken row.
    if (reason === 'unknown-format' && !this.markup.inCode && !this.followsTableLine()) {
      this.proseLines.push(line);
      // In markdown or mail, prose neither opens a section nor extends the output above it.
      if (this.markup.seen) {
        this.section = sectionBefore;
        if (sectionBefore && endBefore !== undefined) {
          sectionBefore.endLine = endBefore;
        }
      }
    }
    this.unrecognized.push({ line, length, reason });
  }

  /** Whether the line before the current one (no blank between) was a row, a detail line or a header. */
  private followsTableLine(): boolean {
    const above = this.previousNonBlankLine;
    if (above < 0 || above !== this.currentLine - 1) {
      return false;
    }
    const rows = this.rows;
    return this.lastTableLine === above || this.lastHeaderLine === above || (rows.length > 0 && rows.line[rows.length - 1] === above);
  }

  /** A shell prompt: it ends the output above and starts a section for its command's output. */
  private readPrompt(prompt: PromptLine, line: number): void {
    this.atBoundary = true;
    this.flushPending();
    this.closeSection();
    // A bare prompt (the last line of most terminal copies) ends the output above and starts nothing.
    this.section = prompt.command === '' ? undefined : { format: 'unknown', startLine: line, endLine: line, command: prompt.command, rowsAtStart: this.rows.length };
    if (prompt.command !== '') {
      this.commands.push({ line, text: prompt.command });
    }
    for (const format of DUMP_FORMATS) {
      format.readCommand?.(this.formatStates.get(format), prompt.command);
    }
    this.table = formatOfCommand(prompt)?.tableOfCommand?.(prompt);
    this.blankSinceHeading = false;
    this.continuing = undefined;
  }

  /**
   * A time printed between snapshots (`date`, a `watch` header): the output below it is another
   * snapshot, so it starts a section as a prompt does, unless it sits right below the prompt or time
   * line that opened the section (`$ date` and its output, two time lines in a row).
   */
  private readTimeLine(time: PrintedTime, line: number): void {
    if (time.command !== undefined) {
      // A `watch` header names the command it repeats, as a prompt does.
      this.readPrompt({ command: time.command, shell: 'posix' }, line);
    } else {
      const section = this.section;
      if (section !== undefined && section.startLine === this.previousNonBlankLine && this.rows.length === section.rowsAtStart) {
        section.endLine = line;
      } else {
        this.atBoundary = true;
        this.flushPending();
        this.closeSection();
        this.section = { format: 'unknown', startLine: line, endLine: line, rowsAtStart: this.rows.length };
        this.table = undefined;
        this.blankSinceHeading = false;
        this.continuing = undefined;
      }
    }
    this.printedTimes.push({ line, ...time });
  }

  /** Lets go of the document, the previous parse and everything the finished parse owns (see keepShape). */
  release(): void {
    this.text = '';
    this.source = '';
    this.window.release();
    this.resume = undefined;
    this.rows = RELEASED_COLUMNS;
    this.headers = [];
    this.commands = [];
    this.unrecognized = [];
    this.sections = [];
    this.counters = [];
    this.ssSummaries = [];
    this.kernelMessages = [];
    this.printedTimes = [];
    this.histograms = [];
    this.linePrefixes = [];
    this.proseLines = [];
    this.points = [];
    this.previousColumns = undefined;
    this.tallies = undefined;
    this.point = undefined;
    this.section = undefined;
    this.table = undefined;
    this.pending = undefined;
    this.title = undefined;
    this.previousText = '';
    this.currentTextCache = '';
  }

  /** The parse: what was read, joined with the previous parse's rest when the scan met it again. */
  finish(): ParsedSocketDump {
    const { resume, rows, points } = this;
    const start = resume?.record.restarts[resume.from];
    const outputs = {
      rows,
      headers: this.headers,
      commands: this.commands,
      unrecognized: this.unrecognized,
      sections: this.sections,
      counters: this.counters,
      ssSummaries: this.ssSummaries,
      linePrefixes: this.linePrefixes,
      proseLines: this.proseLines,
      kernelMessages: this.kernelMessages,
      printedTimes: this.printedTimes,
      histograms: this.histograms,
    };
    let lineCount = this.lineCount;
    if (this.joinedAt !== undefined && resume) {
      lineCount = joinRest(resume, this.joinedAt, points, outputs);
    } else {
      this.flushPending();
      this.closeSection();
    }
    if (start && resume && this.tallies) {
      const replaced = this.previousColumns!;
      const replacedEnd = this.joinedAt === undefined ? replaced.length : resume.record.restarts[this.joinedAt].counts.rows;
      for (let index = start.counts.rows; index < replacedEnd; index++) {
        this.tallies.count(replaced, index, -1);
      }
    }
    const formats: SocketTableFormat[] = [];
    const markup = points.some((point) => point.markupNoted);
    for (const { formatsNoted } of points) {
      for (const format of formatsNoted) {
        if (!formats.includes(format)) {
          formats.push(format);
        }
      }
    }
    rows.trim();
    const dump = dumpOf(rows, {
      headers: this.headers,
      commands: this.commands,
      unrecognized: this.unrecognized,
      lineCount,
      formats,
      sections: this.sections,
      counters: this.counters,
      ssSummaries: this.ssSummaries,
      kernelMessages: this.kernelMessages,
      printedTimes: this.printedTimes,
      histograms: this.histograms,
      // Only pastes that have them carry these: a bare paste's parse stays as it was.
      ...(this.linePrefixes.length > 0 ? { linePrefixes: this.linePrefixes } : {}),
      ...(this.proseLines.length > 0 ? { proseLines: this.proseLines } : {}),
      ...(markup ? { markup } : {}),
    });
    scanRecords.set(dump, { text: this.text, restarts: points, loneCarriageReturn: this.loneCarriageReturn });
    if (this.tallies) {
      keepTallies(dump, this.tallies);
    }
    return dump;
  }
}

/** After a wrapped tail only a row's detail lines may still follow. */
function continuingAfterDetail(format: DumpFormat): DumpFormat | undefined {
  return format.readDetailLine ? format : undefined;
}

/** What a scan produces, which joinRest completes with the previous parse's rest. */
type Outputs = Pick<DumpScanner, 'rows' | 'headers' | 'commands' | 'unrecognized' | 'sections' | 'counters' | 'ssSummaries' | 'kernelMessages' | 'printedTimes' | 'histograms' | 'linePrefixes' | 'proseLines'>;

/**
 * Appends what the previous parse produced from its point `joinedAt` on, moved to where the edit
 * put those lines, and its restart points after that one; the last point of `points` is the scan's
 * own copy of `joinedAt`. Returns the line count.
 */
function joinRest(resume: Resume, joinedAt: number, points: RestartPoint[], outputs: Outputs): number {
  const old = resume.previous;
  const oldPoints = resume.record.restarts;
  const joined = oldPoints[joinedAt];
  const here = points.pop()!;
  const lines = here.line - joined.line;
  const rowShift = here.counts.rows - joined.counts.rows;
  const moved = <T extends { readonly line: number }>(item: T): T => (lines === 0 ? item : { ...item, line: item.line + lines });
  const oldRows = socketColumnsOf(old);
  outputs.rows.copyFrom(oldRows, joined.counts.rows, oldRows.length, lines, resume.charDelta);
  for (let index = joined.counts.headers; index < old.headers.length; index++) {
    outputs.headers.push(moved(old.headers[index]));
  }
  for (let index = joined.counts.commands; index < old.commands.length; index++) {
    outputs.commands.push(moved(old.commands[index]));
  }
  for (let index = joined.counts.unrecognized; index < old.unrecognized.length; index++) {
    outputs.unrecognized.push(moved(old.unrecognized[index]));
  }
  for (let index = joined.counts.counters; index < old.counters.length; index++) {
    outputs.counters.push(moved(old.counters[index]));
  }
  for (let index = joined.counts.ssSummaries; index < old.ssSummaries.length; index++) {
    outputs.ssSummaries.push(moved(old.ssSummaries[index]));
  }
  for (let index = joined.counts.kernelMessages; index < old.kernelMessages.length; index++) {
    outputs.kernelMessages.push(moved(old.kernelMessages[index]));
  }
  for (let index = joined.counts.printedTimes; index < old.printedTimes.length; index++) {
    outputs.printedTimes.push(moved(old.printedTimes[index]));
  }
  for (let index = joined.counts.histograms; index < old.histograms.length; index++) {
    outputs.histograms.push(moved(old.histograms[index]));
  }
  const oldPrefixes = old.linePrefixes ?? [];
  for (let index = joined.counts.linePrefixes; index < oldPrefixes.length; index++) {
    outputs.linePrefixes.push(moved(oldPrefixes[index]));
  }
  const oldProse = old.proseLines ?? [];
  for (let index = joined.counts.proseLines; index < oldProse.length; index++) {
    outputs.proseLines.push(oldProse[index] + lines);
  }
  for (let index = joined.counts.sections; index < old.sections.length; index++) {
    const section = old.sections[index];
    outputs.sections.push(lines === 0 ? section : { ...section, startLine: section.startLine + lines, endLine: section.endLine + lines });
  }
  const countShift = (counts: OutputCounts): OutputCounts => ({
    rows: counts.rows + rowShift,
    headers: counts.headers + here.counts.headers - joined.counts.headers,
    commands: counts.commands + here.counts.commands - joined.counts.commands,
    unrecognized: counts.unrecognized + here.counts.unrecognized - joined.counts.unrecognized,
    sections: counts.sections + here.counts.sections - joined.counts.sections,
    counters: counts.counters + here.counts.counters - joined.counts.counters,
    ssSummaries: counts.ssSummaries + here.counts.ssSummaries - joined.counts.ssSummaries,
    kernelMessages: counts.kernelMessages + here.counts.kernelMessages - joined.counts.kernelMessages,
    printedTimes: counts.printedTimes + here.counts.printedTimes - joined.counts.printedTimes,
    histograms: counts.histograms + here.counts.histograms - joined.counts.histograms,
    linePrefixes: counts.linePrefixes + here.counts.linePrefixes - joined.counts.linePrefixes,
    proseLines: counts.proseLines + here.counts.proseLines - joined.counts.proseLines,
  });
  for (let index = joinedAt; index < oldPoints.length; index++) {
    const point = oldPoints[index];
    points.push({ ...point, line: point.line + lines, offset: point.offset + resume.charDelta, counts: countShift(point.counts) });
  }
  return old.lineCount + lines;
}



/**
 * What the tail of a wrapped row or detail line holds: ss `name:value` fields, net-tools' PID/Program
 * and timer, or a bare number cut from the line above. Prose after a table has none of these.
 */
const WRAPPED_TAIL = /[a-z_]{1,24}:[^\s:]|",pid=\d|^\d{1,10}\/\S|\b(?:on|off|keepalive|timewait|probe) ?\(\d|^[\d.,/():<> -]{1,24}$/;

/**
 * The last column names of a header line the terminal wrapped, read with the header's last word:
 * the cut may fall inside a name (`… Address:Port Proces` / `s`).
 */
const WRAPPED_HEADER_TAIL = /^(?:User|Inode|PID\/Program|Timer|Process|Peer|Foreign|State)\b/;

function continuesHeader(header: string, tail: string): boolean {
  let lastWordStart = header.length;
  while (lastWordStart > 0 && !isBlank(header.charCodeAt(lastWordStart - 1))) {
    lastWordStart--;
  }
  return WRAPPED_HEADER_TAIL.test(tail) || WRAPPED_HEADER_TAIL.test(header.slice(lastWordStart) + tail);
}

/** Why a line is not understood, as precisely as its first fields tell. */
function unrecognizedReason(lineText: string, fields: readonly Field[]): UnrecognizedReason {
  if (hasReplacementCharacter(lineText)) {
    return 'undecodable';
  }
  if (hasControlCharacters(lineText)) {
    return 'binary';
  }
  // A row cut short: the first fields of a row of some format, then nothing.
  return DUMP_FORMATS.some((format) => format.looksCutShort?.(fields)) ? 'too-few-columns' : 'unknown-format';
}

/** Enough leading fields for any row: ss has up to seven, BSD -A rows two PCB columns before Proto, lsof -K ten up to its NODE. */
const ROW_FIELDS = 10;

/**
 * Rows decoded and read as rules read them, from a small paste of the two big formats: the witnesses of
 * decoded rows, their endpoints and owners (model/warmShapes.ts). Made from real parses so that each field
 * holds what a document's rows hold (a queue read from its column is a double, not a small integer).
 */
function keepDecodedRowShapes(): ParsedSocketDump {
  const paste = [
    'State  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process',
    'ESTAB  0      0      10.0.0.1:5432       10.0.0.2:40000    users:(("postgres",pid=812,fd=9))',
    'LISTEN 0      128    [::]:22             [::]:*            users:(("sshd",pid=700,fd=4))',
    '',
    'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name',
    'tcp        0      0 10.0.0.1:80             10.0.0.3:40001          TIME_WAIT   -',
    'tcp6       0      0 :::443                  :::*                    LISTEN      813/nginx',
  ].join('\n');
  const dump = parseSocketDump(paste);
  for (const row of dump.rows) {
    void row.local;
    void row.remote;
    void row.processes;
  }
  keepShape('decoded rows', dump);
  // The summary's counts of it: their maps and entries are the tallies' hidden classes.
  keepShape('socket tallies', talliesOf(dump));
  return dump;
}

/** The small real paste whose parse keeps the shapes of a scan's objects alive (see model/warmShapes.ts); other layers keep theirs of it. */
export const SHAPE_WITNESS: ParsedSocketDump = keepDecodedRowShapes();

/** An offset on a line moved `column` characters right (-1, none, stays). */
function shifted(offset: number, column: number): number {
  return offset < 0 ? offset : offset + column;
}

function shiftedSpan<T extends { readonly start: number; readonly end: number } | undefined>(span: T, column: number): T {
  return (span && { ...span, start: span.start + column, end: span.end + column }) as T;
}

function endpointWithPrefix({ address, scope, port, span }: Endpoint, column: number): Endpoint {
  return { address, scope, port, span: shiftedSpan(span, column) };
}

/** A row read from a line's own text, placed on the editor's line that has `prefix` (quote markers, an indent) before that text. */
function rowWithPrefix(row: SocketRow, prefix: string): SocketRow {
  if (row instanceof TableRow) {
    return row.withPrefix(prefix);
  }
  const column = prefix.length;
  return {
    ...row,
    ...(row.stateSpan && { stateSpan: shiftedSpan(row.stateSpan, column) }),
    ...(row.local && { local: endpointWithPrefix(row.local, column) }),
    ...(row.remote && { remote: endpointWithPrefix(row.remote, column) }),
    ...(row.processSpan && { processSpan: shiftedSpan(row.processSpan, column) }),
  };
}
