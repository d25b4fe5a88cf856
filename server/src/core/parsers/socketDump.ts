import type {
  DumpSection,
  ParsedSocketDump,
  Protocol,
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
import type { TcpState } from '../model/tcpState';
import {
  type BsdArea,
  type BsdColumns,
  bsdInternetHeader,
  bsdProtocolIndex,
  bsdSectionTitle,
  isBsdUnixHeader,
  looksLikeBsdKernelRow,
  looksLikeBsdUnixRow,
  parseBsdRow,
} from './bsdNetstat';
import { type FilteredState, isSsHeader, isSsStateWord, looksLikeSsRow, parseSsRow, readSsRow } from './iproute2Ss';
import {
  columnsFromHeader,
  isNetToolsHeader,
  isNetToolsProtocol,
  isNetToolsUnixHeader,
  looksLikeNetToolsRow,
  looksLikeNetToolsUnixRow,
  type NetToolsColumns,
  netToolsSectionTitle,
  parseNetToolsRow,
  readNetToolsRow,
} from './netToolsNetstat';
import {
  icmpHistogramHeading,
  isNstatHeader,
  parseKnownStatisticsPhrase,
  parseNstatLine,
  parseSockstatLine,
  parseStatisticsLine,
  parseWindowsStatisticsLine,
  procSnmpNames,
  procSnmpValues,
  statisticsGroupHeading,
  windowsStatisticsHeading,
} from './netstatStatistics';
import { isLsofHeader, isLsofUnixSocket, looksLikeLsofFileRow, looksLikeLsofRow, lsofSocketId, parseLsofRow } from './lsof';
import { looksLikeProcNetRow, type ProcNetTable, procNetHeader, procNetTableOfCommand, parseProcNetRow } from './procNetTcp';
import { isBsdRouteFamilyHeading, routeInterfaceHeading } from './routeInterfaceTables';
import { parsePromptLine, sectionFormatOfCommand, ssFilteredState, ssTableProtocol } from './shellCommand';
import { isSsTransportHeader, isSsTransportRow, parseSsTcpLine, parseSsTotalLine } from './ssSummary';
import { keepTallies, takeTallies } from './socketTallies';
import { DocumentKeys, dumpOf, emptyRowFields, SocketColumns, socketColumnsOf } from './socketColumns';
import { CodeWindow } from './textCodes';
import { clampSpans, endsMidField, looksLikeSsRowStart, MAX_JOINED_ROW, SS_DETAIL_AT_START, WRAP_MIN_WIDTH } from './ssWrappedRows';
import { isToolNote } from './toolNotes';
import { commonPrefixLength, commonSuffixLength, type Field, forEachLineFrom, hasControlCharacters, hasReplacementCharacter, isBlank, isBlankLine, isUnsignedInteger, splitFields } from './textLines';
import { isWindowsHeader, isWindowsTitle, looksLikeWindowsRow, parseWindowsOwnerLine, parseWindowsRow } from './windowsNetstat';

/**
 * What the lines being read belong to: the table a header or title opened (or a row's own shape
 * revealed), with what that table's header said about its columns.
 */
type Table =
  | { readonly kind: 'netstat-linux'; readonly area?: 'inet' | 'unix' | 'other'; readonly columns?: NetToolsColumns }
  | { readonly kind: 'ss'; readonly filtered?: FilteredState; readonly hasNetid?: boolean }
  | { readonly kind: 'netstat-windows' }
  | { readonly kind: 'netstat-bsd'; readonly area: BsdArea; readonly columns?: BsdColumns }
  | { readonly kind: 'proc-net'; readonly table?: ProcNetTable }
  // An lsof table's sockets by DEVICE, so that a socket listed again (another process or thread) is counted once.
  | { readonly kind: 'lsof'; readonly sockets: Map<string, number> }
  | StatisticsTable
  | { readonly kind: 'ss-summary' }
  | { readonly kind: 'routes' }
  | { readonly kind: 'interfaces' };

interface StatisticsTable {
  readonly kind: 'netstat-statistics';
  readonly group: string;
  readonly histogram?: 'In' | 'Out';
  /** The names line of a /proc/net/netstat pair, waiting for its values line. */
  readonly snmpNames?: NonNullable<ReturnType<typeof procSnmpNames>>;
  /** Windows prints `label = value`; its ICMP table's Received/Sent columns are not counters we name. */
  readonly windows?: boolean;
}

interface OpenSection {
  format: SectionFormat;
  readonly startLine: number;
  endLine: number;
  readonly command?: string;
  /** How many rows the document had when the section opened. */
  readonly rowsAtStart: number;
}

/** What the last non-blank line was: some tools continue a row or a note on the lines below. */
type Previous = 'ss-row' | 'windows-row' | 'note' | 'other';

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
export function reparseSocketDump(previous: ParsedSocketDump, text: string, firstChangedLine: number): ParsedSocketDump {
  const record = scanRecords.get(previous);
  if (record === undefined) {
    return parseSocketDump(text);
  }
  const prefix = commonPrefixLength(record.text, text);
  if (prefix === text.length && prefix === record.text.length) {
    return previous;
  }
  const suffix = commonSuffixLength(record.text, text, prefix);
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
  return scanSocketDump(text, { previous, record, from, suffixStart: text.length - suffix, charDelta: text.length - record.text.length, isSealed });
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
}

/**
 * The scanner state at a restart point: its small values as JSON, and the line texts it holds
 * (the last non-blank line, rows a wrapped tail may still extend) kept as they are rather than
 * copied into the JSON.
 */
interface ScannerState {
  readonly values: string;
  readonly texts: readonly (string | undefined)[];
}

function sameState(a: ScannerState, b: ScannerState): boolean {
  return a.values === b.values && a.texts.length === b.texts.length && a.texts.every((text, index) => text === b.texts[index]);
}

/** Rows a re-scan makes room for beyond the previous parse's: an edit mostly adds a few. */
const RESCAN_SLACK = 256;

/** Lines between restart points of one long table, and at least between two section starts. */
const RESTART_SPACING = 256;
const MIN_RESTART_SPACING = 8;

/** A sentinel line (-1: none yet) stays a sentinel when made relative. */
const relativeLine = (line: number, origin: number): number | null => (line < 0 ? null : line - origin);
const absoluteLine = (line: number | null, origin: number): number => (line === null ? -1 : line + origin);

function scanSocketDump(text: string, resume: Resume | undefined): ParsedSocketDump {
  const start = resume?.record.restarts[resume.from];
  const previousDump = resume?.previous;
  const previousColumns = previousDump && socketColumnsOf(previousDump);
  // The big tables' rows are read from the codes of a window of the text (textCodes.ts); everything else from the text.
  const window = new CodeWindow(text);
  const rows = new SocketColumns(text, previousColumns?.keys ?? new DocumentKeys());
  if (start && previousColumns) {
    rows.reserve(previousColumns.length + RESCAN_SLACK);
    rows.copyFrom(previousColumns, 0, start.counts.rows, 0, 0);
  }
  const headers: SocketTableHeader[] = start && previousDump ? previousDump.headers.slice(0, start.counts.headers) : [];
  const commands: { line: number; text: string }[] = start && previousDump ? previousDump.commands.slice(0, start.counts.commands) : [];
  const unrecognized: UnrecognizedLine[] = start && previousDump ? previousDump.unrecognized.slice(0, start.counts.unrecognized) : [];
  const sections: DumpSection[] = start && previousDump ? previousDump.sections.slice(0, start.counts.sections) : [];
  const counters: ProtocolCounter[] = start && previousDump ? previousDump.counters.slice(0, start.counts.counters) : [];
  const ssSummaries: SsSocketSummary[] = start && previousDump ? previousDump.ssSummaries.slice(0, start.counts.ssSummaries) : [];
  const points: RestartPoint[] = resume ? resume.record.restarts.slice(0, resume.from) : [];
  // A re-scan updates the previous parse's counts, if they were made: it adds the rows it reads and,
  // once done, takes out those it replaced. A first scan leaves the counting to the summary: one pass
  // over the columns measured faster than counting while scanning.
  const tallies = resume ? takeTallies(resume.previous) : undefined;
  // The point whose lines are being read, and whether a prompt or heading was just read.
  let point: RestartPoint | undefined;
  let atBoundary = false;

  let section: OpenSection | undefined;
  let table: Table | undefined;
  let ssProtocol: Protocol = 'tcp';
  // The state an `ss … state X` prompt selected: its output has no State column.
  let ssFilter: TcpState | undefined;
  let ssTotal: number | undefined;
  let previous: Previous = 'other';
  let lineCount = 0;
  let previousNonBlankLine = -1;
  // The last table title ("Active Internet connections …") and the non-blank line before it.
  let title: { line: number; before: number } | undefined;
  // Tables whose rows we take without reading them end at a blank line, so prose after them shows.
  let blankSinceHeading = false;
  // A terminal narrower than an ss row breaks it in two: the last row (to extend) or a row's start (to complete).
  let lastSsRow: { index: number; text: string; hasNetid: boolean } | undefined;
  let pendingSsStart: { line: number; text: string } | undefined;
  // A net-tools row joined with the tails a terminal wrapped below it.
  let wrappedNetToolsRow: { index: number; text: string; firstLineLength: number } | undefined;
  let currentLine = -1;
  let currentText = '';
  let previousNonBlankText = '';
  // The widest line so far and how many lines have that width: a terminal that wrapped lines cut
  // many of them at the same column.
  let widestLine = 0;
  let linesAtWidest = 0;
  // The last line that was a socket row or the detail line of one: what a wrapped tail continues.
  let lastTableLine = -1;

  const closeSection = () => {
    if (section) {
      const { format, startLine, endLine, command } = section;
      sections.push(command === undefined ? { format, startLine, endLine } : { format, startLine, endLine, command });
    }
    section = undefined;
    ssTotal = undefined;
  };
  /** Marks the open section as holding `format`; a different tool's output starts a new section. */
  const enterFormat = (format: SectionFormat, line: number, startsTable: boolean) => {
    if (section && section.format !== 'unknown' && section.format !== format && startsTable) {
      section.endLine = previousNonBlankLine;
      closeSection();
      section = { format, startLine: line, endLine: line, rowsAtStart: rows.length };
    } else if (section && section.format === 'unknown') {
      section.format = format;
    }
  };
  const noteFormat = (format: SocketTableFormat) => {
    if (point && !point.formatsNoted.includes(format)) {
      point.formatsNoted.push(format);
    }
  };
  const addRow = (row: SocketRow) => {
    rows.push(row);
    tallies?.count(rows, rows.length - 1, 1);
  };
  /** Replaces row `index` (before the current point, that pins the point) and its counts. */
  const replaceRow = (index: number, row: SocketRow) => {
    if (point && index < point.counts.rows) {
      point.reachBack = Math.min(point.reachBack, index - point.counts.rows);
    }
    tallies?.count(rows, index, -1);
    rows.set(index, row);
    tallies?.count(rows, index, 1);
  };
  /** A row of an ss or net-tools table just read into ROW_FIELDS_READ from the line at `offset`: kept as columns. */
  const acceptFields = (lineText: string, line: number, offset: number): void => {
    rows.pushFields(ROW_FIELDS_READ, window, line, offset, offset + lineText.length);
    tallies?.count(rows, rows.length - 1, 1);
    noteFormat(ROW_FIELDS_READ.format);
    enterFormat(ROW_FIELDS_READ.format, line, false);
    previous = ROW_FIELDS_READ.format === 'ss' ? 'ss-row' : 'other';
  };
  const accept = (result: RowResult, line: number, length: number): void => {
    if ('row' in result) {
      addRow(result.row);
      noteFormat(result.row.format);
      enterFormat(result.row.format, line, false);
      previous = result.row.format === 'ss' ? 'ss-row' : result.row.format === 'netstat-windows' ? 'windows-row' : 'other';
    } else {
      unrecognized.push({ line, length, reason: result.problem });
      previous = 'other';
    }
  };
  const addHeader = (line: number, format: SocketTableFormat, hasNetid = false) => {
    // The same tool's header again, after rows: a second output pasted without its prompt.
    if (section && section.format === format && rows.length > section.rowsAtStart) {
      const titled = title !== undefined && title.line === previousNonBlankLine;
      section.endLine = titled ? title!.before : previousNonBlankLine;
      closeSection();
      section = { format, startLine: titled ? title!.line : line, endLine: line, rowsAtStart: rows.length };
    }
    headers.push({ line, format, hasNetid });
    noteFormat(format);
  };

  /** Titles and headers of every format; true when the line was one. */
  const readHeading = (lineText: string, line: number): boolean => {
    if (lineText.length > HEADING_MAX_LENGTH) {
      return false;
    }
    const open = (next: Table, format: SectionFormat = next.kind) => {
      enterFormat(format, line, table?.kind !== next.kind);
      table = next;
    };
    if (isWindowsTitle(lineText)) {
      open({ kind: 'netstat-windows' });
      title = { line, before: previousNonBlankLine };
      return true;
    }
    if (isWindowsHeader(lineText)) {
      open({ kind: 'netstat-windows' });
      addHeader(line, 'netstat-windows');
      return true;
    }
    const bsdArea = bsdSectionTitle(lineText);
    if (bsdArea) {
      open({ kind: 'netstat-bsd', area: bsdArea });
      title = { line, before: previousNonBlankLine };
      return true;
    }
    const bsdColumns = bsdInternetHeader(lineText);
    if (bsdColumns) {
      open({ kind: 'netstat-bsd', area: 'inet', columns: bsdColumns });
      addHeader(line, 'netstat-bsd');
      return true;
    }
    if (isBsdUnixHeader(lineText)) {
      open({ kind: 'netstat-bsd', area: 'unix' });
      return true;
    }
    const linuxArea = netToolsSectionTitle(lineText);
    if (linuxArea) {
      open({ kind: 'netstat-linux', area: linuxArea });
      title = { line, before: previousNonBlankLine };
      return true;
    }
    if (isNetToolsHeader(lineText)) {
      open({ kind: 'netstat-linux', area: 'inet', columns: columnsFromHeader(lineText) });
      addHeader(line, 'netstat-linux');
      return true;
    }
    if (isNetToolsUnixHeader(lineText)) {
      open({ kind: 'netstat-linux', area: 'unix' });
      return true;
    }
    const ssHeader = isSsHeader(lineText);
    if (ssHeader) {
      open(ssHeader.hasState ? { kind: 'ss' } : { kind: 'ss', filtered: { state: ssFilter }, hasNetid: ssHeader.hasNetid });
      addHeader(line, 'ss', ssHeader.hasNetid);
      return true;
    }
    if (isLsofHeader(lineText)) {
      open({ kind: 'lsof', sockets: new Map() });
      addHeader(line, 'lsof');
      return true;
    }
    const procTable = procNetHeader(lineText);
    if (procTable) {
      const fromCommand = table?.kind === 'proc-net' ? table.table : undefined;
      // udp and raw share a header: the command (cat /proc/net/raw) is the better witness.
      open({ kind: 'proc-net', table: procTable.protocol === 'udp' && fromCommand ? fromCommand : procTable });
      addHeader(line, 'proc-net');
      return true;
    }
    if (table?.kind === 'routes' && isBsdRouteFamilyHeading(lineText)) {
      return true;
    }
    const routeOrInterface = routeInterfaceHeading(lineText);
    if (routeOrInterface) {
      open({ kind: routeOrInterface });
      return true;
    }
    return readStatisticsHeading(lineText, line, open) || readSsSummaryLine(lineText, line, open);
  };

  const readStatisticsHeading = (lineText: string, line: number, open: (next: Table) => void): boolean => {
    const group = statisticsGroupHeading(lineText);
    if (group) {
      open({ kind: 'netstat-statistics', group });
      return true;
    }
    const windowsGroup = windowsStatisticsHeading(lineText);
    if (windowsGroup) {
      open({ kind: 'netstat-statistics', group: windowsGroup, windows: true });
      return true;
    }
    if (isNstatHeader(lineText)) {
      open({ kind: 'netstat-statistics', group: '' });
      return true;
    }
    if (/^[A-Za-z][A-Za-z0-9]{1,15}: [A-Za-z]/.test(lineText)) {
      const snmpNames = procSnmpNames(lineText);
      if (snmpNames) {
        open({ kind: 'netstat-statistics', group: snmpNames.group, snmpNames });
        return true;
      }
      const sockstat = parseSockstatLine(lineText, line);
      if (sockstat) {
        open({ kind: 'netstat-statistics', group: sockstat[0].group });
        counters.push(...sockstat);
        return true;
      }
    }
    return false;
  };

  const readSsSummaryLine = (lineText: string, line: number, open: (next: Table) => void): boolean => {
    const total = parseSsTotalLine(lineText);
    if (total !== undefined) {
      open({ kind: 'ss-summary' });
      ssTotal = total;
      return true;
    }
    const tcp = parseSsTcpLine(lineText);
    if (tcp) {
      open({ kind: 'ss-summary' });
      ssSummaries.push(ssTotal === undefined ? { line, tcp: tcp.counts, tcpTotal: tcp.total } : { line, tcp: tcp.counts, tcpTotal: tcp.total, total: ssTotal });
      return true;
    }
    if (isSsTransportHeader(lineText)) {
      open({ kind: 'ss-summary' });
      return true;
    }
    return false;
  };

  /** A line the current table explains; true when it did. */
  const readInTable = (lineText: string, line: number, fields: readonly Field[]): boolean => {
    switch (table?.kind) {
      case 'netstat-bsd':
        return readBsdLine(lineText, line, fields, table);
      case 'netstat-linux':
        if (table.area === 'other') {
          // Rows of a table we recognise but do not model (Bluetooth, IPX…).
          return !blankSinceHeading && !looksLikeNetToolsRow(fields) && !looksLikeNetToolsUnixRow(lineText);
        }
        return false;
      case 'netstat-statistics':
        return readStatisticsLine(lineText, line, table);
      case 'ss-summary':
        return isSsTransportRow(lineText);
      case 'lsof':
        return readLsofFile(line, fields);
      case 'routes':
      case 'interfaces':
        // Route and interface rows are not sockets; anything that is a socket row still counts.
        return !blankSinceHeading && shapeOf(fields, lineText) === undefined;
      default:
        return false;
    }
  };

  const readBsdLine = (lineText: string, line: number, fields: readonly Field[], bsd: Extract<Table, { kind: 'netstat-bsd' }>): boolean => {
    if (bsd.area === 'inet') {
      const protocolIndex = bsdProtocolIndex(fields);
      if (protocolIndex === undefined) {
        return false;
      }
      accept(parseBsdRow(splitFields(lineText, 64), protocolIndex, line, bsd.columns), line, lineText.length);
      return true;
    }
    if (bsd.area === 'unix') {
      if (!looksLikeBsdUnixRow(fields)) {
        return false;
      }
      addRow({ line, format: 'netstat-bsd', protocol: 'unix', processes: [] });
      return true;
    }
    if (bsd.area === 'kernel' && looksLikeBsdKernelRow(fields)) {
      addRow({ line, format: 'netstat-bsd', protocol: 'other', processes: [] });
      return true;
    }
    // Column headers of the kernel tables and the rows of the control-module list.
    return !blankSinceHeading;
  };

  /** One lsof line of a socket: a new row, or one more owner of a socket already listed. */
  const readLsofRow = (lineText: string, line: number, fields: readonly Field[], sockets: Map<string, number>) => {
    const id = lsofSocketId(fields);
    const earlier = id === undefined ? undefined : sockets.get(id);
    const result = parseLsofRow(lineText, line, fields);
    if (earlier !== undefined && 'row' in result) {
      const owners = rows.row(earlier).processes;
      const owner = result.row.processes[0];
      // A thread (-K) of a process already listed adds nobody; a forked worker adds its pid.
      if (!owners.some((known) => known.pid === owner.pid)) {
        replaceRow(earlier, { ...rows.row(earlier), processes: [...owners, owner] });
      }
      return;
    }
    accept(result, line, lineText.length);
    if (id !== undefined && 'row' in result) {
      sockets.set(id, rows.length - 1);
    }
  };
  /**
   * A file of an lsof table that is not an internet socket: a UNIX socket is counted, other files
   * (`lsof -p`) are not. lsof prints no blank line inside its table, so prose after one still shows.
   */
  const readLsofFile = (line: number, fields: readonly Field[]): boolean => {
    if (blankSinceHeading || !looksLikeLsofFileRow(fields)) {
      return false;
    }
    if (isLsofUnixSocket(fields)) {
      addRow({ line, format: 'lsof', protocol: 'unix', processes: [] });
    }
    return true;
  };

  const readStatisticsLine = (lineText: string, line: number, statistics: StatisticsTable): boolean => {
    if (statistics.snmpNames) {
      const values = procSnmpValues(lineText, line, statistics.snmpNames);
      table = { kind: 'netstat-statistics', group: statistics.group };
      if (values) {
        counters.push(...values);
        return true;
      }
      return false;
    }
    if (isBlank(lineText.charCodeAt(0))) {
      if (statistics.windows) {
        const counter = parseWindowsStatisticsLine(lineText, line, statistics.group);
        if (counter) {
          counters.push(counter);
        }
        return true;
      }
      const histogram = icmpHistogramHeading(lineText);
      if (histogram) {
        table = { ...statistics, histogram };
        return true;
      }
      const counter = parseStatisticsLine(lineText, line, statistics.group, statistics.histogram);
      if (counter) {
        counters.push(counter);
      }
      // Indented lines without a number are sub-headings or notes of the same group.
      return true;
    }
    const nstat = parseNstatLine(lineText, line);
    if (nstat) {
      counters.push(nstat);
      return true;
    }
    return false;
  };

  /** `netstat -b` prints the service (when there is one) and then `[program.exe]` below a row. */
  const attachWindowsOwner = (lineText: string) => {
    const owner = parseWindowsOwnerLine(lineText);
    const last = rows.length > 0 ? rows.row(rows.length - 1) : undefined;
    if (owner.kind === 'unavailable' || last?.format !== 'netstat-windows') {
      return;
    }
    const { pid, service } = last.processes[0] ?? {};
    const process =
      owner.kind === 'service'
        ? { name: last.processes[0]?.name ?? owner.name, service: owner.name }
        : { name: owner.name, ...(service === undefined ? {} : { service }) };
    replaceRow(rows.length - 1, { ...last, processes: [pid === undefined ? process : { ...process, pid }] });
  };

  /**
   * Re-reads `head + tail` as one ss row printed on line `line`: in place of rows[replace] when a
   * row is being extended, appended when a row's start is being completed. Spans stay on `line`.
   */
  const joinSsRow = (head: string, tail: string, line: number, hasNetid: boolean | undefined, replace: number | undefined): boolean => {
    const joined = head + tail;
    const joinedFields = splitFields(joined, ROW_FIELDS);
    const netid = hasNetid ?? looksLikeSsRow(joinedFields)?.hasNetid;
    const result = netid === undefined ? undefined : parseSsRow(joined, line, netid, ssProtocol);
    if (netid === undefined || !result || !('row' in result)) {
      return false;
    }
    const row = clampSpans(result.row, head.length);
    if (replace === undefined) {
      addRow(row);
      noteFormat('ss');
      enterFormat('ss', line, false);
    } else {
      replaceRow(replace, row);
    }
    lastSsRow = { index: replace ?? rows.length - 1, text: joined, hasNetid: netid };
    previous = 'ss-row';
    return true;
  };
  /**
   * The bulk of a big paste: one more row of the ss or net-tools table being read, parsed straight
   * from the text. Anything that does not parse as such a row takes the general path below.
   */
  const readRowOfCurrentTable = (lineText: string, line: number, offset: number): boolean => {
    let problem: UnrecognizedReason | undefined;
    if (table?.kind === 'ss' && table.filtered) {
      problem = readSsRowAt(offset, lineText.length, table.hasNetid ?? false, table.filtered);
    } else if (table?.kind === 'ss' && lastSsRow) {
      problem = readSsRowAt(offset, lineText.length, lastSsRow.hasNetid, undefined);
    } else if (table?.kind === 'netstat-linux' && table.area === 'inet') {
      problem = readNetToolsRowAt(offset, lineText.length, table.columns);
    } else {
      return false;
    }
    if (problem !== undefined) {
      return false;
    }
    acceptFields(lineText, line, offset);
    if (ROW_FIELDS_READ.format === 'ss' && lastSsRow) {
      lastSsRow.index = rows.length - 1;
      lastSsRow.text = lineText;
    }
    return true;
  };
  /** readSsRow on the line at `offset`, through the code window: ROW_FIELDS_READ's offsets are the window's. */
  const readSsRowAt = (offset: number, length: number, hasNetid: boolean, filtered: FilteredState | undefined) => {
    const base = window.cover(offset, offset + length);
    return readSsRow(window.text, window.codes, offset - base, offset - base + length, hasNetid, ssProtocol, filtered, ROW_FIELDS_READ);
  };
  const readNetToolsRowAt = (offset: number, length: number, columns: NetToolsColumns | undefined) => {
    const base = window.cover(offset, offset + length);
    return readNetToolsRow(window.text, window.codes, offset - base, offset - base + length, columns, ROW_FIELDS_READ);
  };
  /**
   * The tail of a line a narrow terminal (or `fold`) wrapped: `ss -i` details, net-tools' PID/Program
   * and Timer columns. Only right after a socket row or detail line that filled the terminal's width.
   */
  const readWrappedTail = (lineText: string, line: number): boolean => {
    const afterTableLine = lastTableLine === previousNonBlankLine || (rows.length > 0 && rows.line[rows.length - 1] === previousNonBlankLine);
    const afterHeader = headers.length > 0 && headers[headers.length - 1].line === previousNonBlankLine;
    const tail = lineText.trim();
    if (
      previousNonBlankText.length < WRAP_MIN_WIDTH ||
      !(
        (afterTableLine && (WRAPPED_TAIL.test(tail) || continuesCutWord(tail))) ||
        (afterHeader && continuesHeader(previousNonBlankText, tail))
      )
    ) {
      return false;
    }
    lastTableLine = line;
    if (afterHeader && table?.kind === 'netstat-linux' && table.area === 'inet') {
      // The columns the header lost to the terminal (PID/Program name, Timer) are still printed.
      table = { ...table, columns: columnsFromHeader(previousNonBlankText + lineText) };
    }
    joinNetToolsTail(lineText);
    // An ss row's indented detail lines may still follow the tail.
    previous = rows.length > 0 && rows.formatOf(rows.length - 1) === 'ss' ? 'ss-row' : 'other';
    return true;
  };
  /**
   * One word below a table line cut at the terminal's width in the middle of a word: the rest of that
   * word (`23707/api-` / `server`, `sk:931` / `a`). The width is that of the widest lines so far, and
   * more than one line must have it, so a last row that merely ends in a word does not swallow a
   * `logout` below it.
   */
  const continuesCutWord = (tail: string): boolean =>
    previousNonBlankText.length === widestLine &&
    linesAtWidest > 1 &&
    !isBlank(previousNonBlankText.charCodeAt(previousNonBlankText.length - 1)) &&
    tail.length > 0 &&
    !/\s/.test(tail);
  /**
   * Reads a net-tools row again with the wrapped tail (PID/Program, Timer) it lost to the terminal,
   * so its owner still counts. A row may have been wrapped more than once.
   */
  const joinNetToolsTail = (tail: string) => {
    const last = rows.length - 1;
    if (last < 0 || rows.formatOf(last) !== 'netstat-linux' || table?.kind !== 'netstat-linux') {
      return;
    }
    // The row's own line, or the row as already joined with an earlier tail.
    const head =
      rows.line[last] === previousNonBlankLine
        ? { text: previousNonBlankText, firstLineLength: previousNonBlankText.length }
        : wrappedNetToolsRow?.index === last
          ? wrappedNetToolsRow
          : undefined;
    if (head === undefined || head.text.length + tail.length > MAX_JOINED_ROW) {
      return;
    }
    const joined = head.text + tail;
    const result = parseNetToolsRow(joined, rows.line[last], table.columns);
    if ('row' in result) {
      replaceRow(last, clampSpans(result.row, head.firstLineLength));
      wrappedNetToolsRow = { index: last, text: joined, firstLineLength: head.firstLineLength };
    }
  };
  /** `netstat -s | grep -i listen` pasted without its prompt: counters known by their phrase. */
  const readStatisticsWithoutHeading = (lineText: string, line: number): boolean => {
    const counter = parseKnownStatisticsPhrase(lineText, line);
    if (!counter) {
      return false;
    }
    counters.push(counter);
    enterFormat('netstat-statistics', line, table?.kind !== 'netstat-statistics');
    table = { kind: 'netstat-statistics', group: counter.group };
    return true;
  };
  const flushPendingSsStart = () => {
    if (pendingSsStart) {
      unrecognized.push({ line: pendingSsStart.line, length: pendingSsStart.text.length, reason: 'too-few-columns' });
      pendingSsStart = undefined;
    }
  };

  /** The scanner state before `line`, relative to it; undefined where the scan cannot restart (inside an lsof table). */
  const captureState = (line: number): ScannerState | undefined => {
    if (table?.kind === 'lsof' && table.sockets.size > 0) {
      return undefined;
    }
    const lastRow = rows.length > 0 ? { line: rows.line[rows.length - 1], format: rows.formatOf(rows.length - 1) } : undefined;
    const lastHeader = headers[headers.length - 1];
    const values = JSON.stringify({
      section: section && {
        format: section.format,
        startLine: relativeLine(section.startLine, line),
        endLine: relativeLine(section.endLine, line),
        command: section.command,
        // Only whether the section has rows yet matters (a repeated header then starts another).
        hasRows: rows.length > section.rowsAtStart,
      },
      table,
      ssProtocol,
      ssFilter,
      ssTotal,
      previous,
      blankSinceHeading,
      currentLine: relativeLine(currentLine, line),
      title: title && { line: relativeLine(title.line, line), before: relativeLine(title.before, line) },
      lastSsRow: lastSsRow && {
        index: lastSsRow.index - rows.length,
        hasNetid: lastSsRow.hasNetid,
        rowLine: relativeLine(rows.line[lastSsRow.index], line),
      },
      pendingSsStart: pendingSsStart && { line: relativeLine(pendingSsStart.line, line) },
      wrappedNetToolsRow: wrappedNetToolsRow && { index: wrappedNetToolsRow.index - rows.length, firstLineLength: wrappedNetToolsRow.firstLineLength },
      widestLine,
      linesAtWidest,
      lastTableLine: relativeLine(lastTableLine, line),
      lastRow: lastRow && { line: relativeLine(lastRow.line, line), format: lastRow.format },
      lastHeaderLine: lastHeader && relativeLine(lastHeader.line, line),
    });
    return { values, texts: [currentText, lastSsRow?.text, pendingSsStart?.text, wrappedNetToolsRow?.text] };
  };
  /** Sets the scanner state to that of a point of an earlier parse whose lines above are unchanged. */
  const restoreState = (from: RestartPoint) => {
    const saved = JSON.parse(from.state.values);
    const [savedCurrentText, lastSsRowText, pendingSsStartText, wrappedNetToolsRowText] = from.state.texts;
    const line = from.line;
    const rowCount = from.counts.rows;
    section = saved.section && {
      format: saved.section.format,
      startLine: absoluteLine(saved.section.startLine, line),
      endLine: absoluteLine(saved.section.endLine, line),
      command: saved.section.command,
      rowsAtStart: saved.section.hasRows ? rowCount - 1 : rowCount,
    };
    table = saved.table?.kind === 'lsof' ? { kind: 'lsof', sockets: new Map() } : saved.table;
    ssProtocol = saved.ssProtocol;
    ssFilter = saved.ssFilter;
    ssTotal = saved.ssTotal;
    previous = saved.previous;
    blankSinceHeading = saved.blankSinceHeading;
    currentLine = absoluteLine(saved.currentLine, line);
    currentText = savedCurrentText ?? '';
    title = saved.title && { line: absoluteLine(saved.title.line, line), before: absoluteLine(saved.title.before, line) };
    lastSsRow = saved.lastSsRow && { index: saved.lastSsRow.index + rowCount, text: lastSsRowText ?? '', hasNetid: saved.lastSsRow.hasNetid };
    pendingSsStart = saved.pendingSsStart && { line: absoluteLine(saved.pendingSsStart.line, line), text: pendingSsStartText ?? '' };
    wrappedNetToolsRow = saved.wrappedNetToolsRow && {
      index: saved.wrappedNetToolsRow.index + rowCount,
      text: wrappedNetToolsRowText ?? '',
      firstLineLength: saved.wrappedNetToolsRow.firstLineLength,
    };
    widestLine = saved.widestLine;
    linesAtWidest = saved.linesAtWidest;
    lastTableLine = absoluteLine(saved.lastTableLine, line);
  };
  const openPoint = (line: number, offset: number, state: ScannerState) => {
    point = {
      line,
      // The first line's point starts at 0 even after a byte-order mark: whether the next version has one is its own affair.
      offset: line === 0 ? 0 : offset,
      counts: {
        rows: rows.length,
        headers: headers.length,
        commands: commands.length,
        unrecognized: unrecognized.length,
        sections: sections.length,
        counters: counters.length,
        ssSummaries: ssSummaries.length,
      },
      state,
      formatsNoted: [],
      reachBack: 0,
    };
    points.push(point);
    atBoundary = false;
  };

  if (start) {
    restoreState(start);
  }
  // The point of the previous parse where its lines and state met this scan's again.
  let joinedAt: number | undefined;
  let nextOld = resume ? resume.from + 1 : 0;
  /** Opens a restart point before `line` where one is due; true when the rest is the previous parse's. */
  const joinsPrevious = (line: number, offset: number): boolean => {
    let oldPoint: number | undefined;
    if (resume && offset >= resume.suffixStart) {
      const oldPoints = resume.record.restarts;
      while (nextOld < oldPoints.length && oldPoints[nextOld].offset < offset - resume.charDelta) {
        nextOld++;
      }
      oldPoint = oldPoints[nextOld]?.offset === offset - resume.charDelta ? nextOld : undefined;
    }
    if (
      oldPoint !== undefined ||
      point === undefined ||
      line - point.line >= RESTART_SPACING ||
      (atBoundary && line - point.line >= MIN_RESTART_SPACING)
    ) {
      const state = captureState(line);
      if (state !== undefined) {
        openPoint(line, offset, state);
        if (oldPoint !== undefined && sameState(state, resume!.record.restarts[oldPoint].state) && resume!.isSealed(oldPoint)) {
          joinedAt = oldPoint;
          return true;
        }
      }
    }
    return false;
  };

  const readLine = (lineText: string, line: number, offset: number): void => {
    lineCount = line + 1;
    if (isBlankLine(lineText)) {
      blankSinceHeading = true;
      flushPendingSsStart();
      return;
    }
    previousNonBlankLine = currentLine;
    previousNonBlankText = currentText;
    currentLine = line;
    currentText = lineText;
    if (lineText.length > widestLine) {
      widestLine = lineText.length;
      linesAtWidest = 1;
    } else if (lineText.length === widestLine) {
      linesAtWidest++;
    }
    // First, as it is most lines of a big paste: a prompt, heading or note never parses as a row.
    if (pendingSsStart === undefined && section !== undefined && readRowOfCurrentTable(lineText, line, offset)) {
      section.endLine = line;
      return;
    }
    const prompt = parsePromptLine(lineText);
    if (prompt) {
      atBoundary = true;
      flushPendingSsStart();
      closeSection();
      // A bare prompt (the last line of most terminal copies) ends the output above and starts nothing.
      section = prompt.command === '' ? undefined : { format: 'unknown', startLine: line, endLine: line, command: prompt.command, rowsAtStart: rows.length };
      if (prompt.command !== '') {
        commands.push({ line, text: prompt.command });
      }
      ssProtocol = ssTableProtocol(prompt.command) ?? ssProtocol;
      ssFilter = ssFilteredState(prompt.command);
      table = tableOfCommand(prompt);
      blankSinceHeading = false;
      previous = 'other';
      return;
    }

    section ??= { format: 'unknown', startLine: line, endLine: line, rowsAtStart: rows.length };
    section.endLine = line;

    // ss -i/-e/-m print details on an indented line below their row; notes wrap the same way.
    if (isBlank(lineText.charCodeAt(0)) && (previous === 'ss-row' || previous === 'note')) {
      lastTableLine = line;
      return;
    }
    // A terminal narrower than the row wraps ss's trailing fields onto the next line.
    if (previous === 'ss-row' && SS_DETAIL_AT_START.test(lineText)) {
      lastTableLine = line;
      return;
    }
    if (isToolNote(lineText)) {
      previous = lineText.trimEnd().endsWith(')') || !lineText.startsWith('(') ? 'other' : 'note';
      return;
    }

    if (pendingSsStart) {
      const start = pendingSsStart;
      pendingSsStart = undefined;
      lastSsRow = undefined;
      if (joinSsRow(start.text, lineText, start.line, undefined, undefined)) {
        return;
      }
      unrecognized.push({ line: start.line, length: start.text.length, reason: 'too-few-columns' });
    }

    const fields = splitFields(lineText, ROW_FIELDS);
    if (previous === 'windows-row' && !looksLikeWindowsRow(fields) && isBlank(lineText.charCodeAt(0))) {
      attachWindowsOwner(lineText);
      return;
    }
    const wrappedAfterSsRow = previous === 'ss-row' ? lastSsRow : undefined;
    previous = 'other';

    const shape = shapeOf(fields, lineText);
    // One more row of the table being read (the bulk of a big paste) cannot be a heading.
    const continuesTable = shape !== undefined && shape.kind === table?.kind && ROW_TABLE_KINDS.has(shape.kind);
    if (!continuesTable && readHeading(lineText, line)) {
      blankSinceHeading = false;
      atBoundary = true;
      return;
    }
    if (!continuesTable && readInTable(lineText, line, fields)) {
      // A prompt's command may have named the table before any of its headers.
      enterFormat(table?.kind ?? 'unknown', line, false);
      return;
    }
    switch (shape?.kind) {
      case 'ss': {
        table = table?.kind === 'ss' ? table : { kind: 'ss' };
        const problem = readSsRowAt(offset, lineText.length, shape.hasNetid, undefined);
        if (problem === undefined) {
          acceptFields(lineText, line, offset);
        } else {
          accept({ problem }, line, lineText.length);
        }
        lastSsRow = problem === undefined ? { index: rows.length - 1, text: lineText, hasNetid: shape.hasNetid } : undefined;
        return;
      }
      case 'proc-net': {
        const procTable = table?.kind === 'proc-net' ? table.table : undefined;
        table = { kind: 'proc-net', table: procTable };
        accept(parseProcNetRow(splitFields(lineText, 10), line, procTable), line, lineText.length);
        return;
      }
      case 'netstat-windows':
        table = { kind: 'netstat-windows' };
        accept(parseWindowsRow(fields, line), line, lineText.length);
        return;
      case 'lsof':
        table = table?.kind === 'lsof' ? table : { kind: 'lsof', sockets: new Map() };
        readLsofRow(lineText, line, fields, table.sockets);
        return;
      case 'netstat-bsd':
        table = { kind: 'netstat-bsd', area: 'inet', columns: table?.kind === 'netstat-bsd' ? table.columns : undefined };
        accept(parseBsdRow(splitFields(lineText, 64), shape.protocolIndex, line, table.columns), line, lineText.length);
        return;
      case 'netstat-linux': {
        const columns = table?.kind === 'netstat-linux' && table.area === 'inet' ? table.columns : undefined;
        table = table?.kind === 'netstat-linux' && table.area === 'inet' ? table : { kind: 'netstat-linux', area: 'inet', columns };
        const problem = readNetToolsRowAt(offset, lineText.length, columns);
        if (problem === undefined) {
          acceptFields(lineText, line, offset);
        } else {
          accept({ problem }, line, lineText.length);
        }
        return;
      }
      case 'linux-unix':
        table = { kind: 'netstat-linux', area: 'unix' };
        addRow({ line, format: 'netstat-linux', protocol: 'unix', processes: [] });
        enterFormat('netstat-linux', line, false);
        return;
      case 'bsd-unix':
        table = { kind: 'netstat-bsd', area: 'unix' };
        addRow({ line, format: 'netstat-bsd', protocol: 'unix', processes: [] });
        enterFormat('netstat-bsd', line, false);
        return;
      default: {
        const startsRow = looksLikeSsRowStart(fields);
        // Cut inside a field, or inside a process name (which may hold spaces) of users:((…)).
        const cut =
          !startsRow && wrappedAfterSsRow && (endsMidField(wrappedAfterSsRow.text) || lineText.includes('",pid=')) ? wrappedAfterSsRow : undefined;
        if (cut && joinSsRow(cut.text, lineText, rows.line[cut.index], cut.hasNetid, cut.index)) {
          return;
        }
        if (startsRow && lineText.length >= WRAP_MIN_WIDTH) {
          pendingSsStart = { line, text: lineText };
          return;
        }
        if (readWrappedTail(lineText, line) || readStatisticsWithoutHeading(lineText, line)) {
          return;
        }
        unrecognized.push({ line, length: lineText.length, reason: unrecognizedReason(lineText, fields, startsRow) });
      }
    }
  };
  forEachLineFrom(text, start?.offset ?? 0, start?.line ?? 0, (lineText, line, offset) => joinsPrevious(line, offset) || readLine(lineText, line, offset));
  if (joinedAt !== undefined && resume) {
    lineCount = joinRest(resume, joinedAt, points, { rows, headers, commands, unrecognized, sections, counters, ssSummaries });
  } else {
    flushPendingSsStart();
    closeSection();
  }
  if (start && resume && tallies) {
    const replaced = previousColumns!;
    const replacedEnd = joinedAt === undefined ? replaced.length : resume.record.restarts[joinedAt].counts.rows;
    for (let index = start.counts.rows; index < replacedEnd; index++) {
      tallies.count(replaced, index, -1);
    }
  }
  const formats: SocketTableFormat[] = [];
  for (const { formatsNoted } of points) {
    for (const format of formatsNoted) {
      if (!formats.includes(format)) {
        formats.push(format);
      }
    }
  }
  rows.trim();
  const dump = dumpOf(rows, { headers, commands, unrecognized, lineCount, formats, sections, counters, ssSummaries });
  scanRecords.set(dump, { text, restarts: points });
  if (tallies) {
    keepTallies(dump, tallies);
  }
  return dump;
}

interface Outputs {
  rows: SocketColumns;
  headers: SocketTableHeader[];
  commands: { line: number; text: string }[];
  unrecognized: UnrecognizedLine[];
  sections: DumpSection[];
  counters: ProtocolCounter[];
  ssSummaries: SsSocketSummary[];
}

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
function unrecognizedReason(lineText: string, fields: readonly Field[], startsRow: boolean): UnrecognizedReason {
  if (hasReplacementCharacter(lineText)) {
    return 'undecodable';
  }
  if (hasControlCharacters(lineText)) {
    return 'binary';
  }
  // A row cut short: the first fields of an ss or net-tools row, then nothing.
  const netToolsStart = fields.length >= 1 && fields.length < 6 && isNetToolsProtocol(fields[0].text) && fields.slice(1, 3).every((field) => isUnsignedInteger(field.text));
  return startsRow || netToolsStart || (fields.length < 5 && isSsStateWord(fields[0]?.text ?? '')) ? 'too-few-columns' : 'unknown-format';
}

/** The row the hot path just read (one scan runs at a time, and the fields are kept before the next row). */
const ROW_FIELDS_READ = emptyRowFields();

/** Tables whose rows no heading of any format resembles. */
const ROW_TABLE_KINDS: ReadonlySet<string> = new Set(['ss', 'netstat-linux', 'proc-net', 'netstat-windows', 'lsof']);

/** Enough leading fields for any row: ss has up to seven, BSD -A rows two PCB columns before Proto, lsof -K ten up to its NODE. */
const ROW_FIELDS = 10;

type RowShape =
  | { readonly kind: 'ss'; readonly hasNetid: boolean }
  | { readonly kind: 'netstat-bsd'; readonly protocolIndex: number }
  | { readonly kind: 'proc-net' | 'netstat-windows' | 'netstat-linux' | 'linux-unix' | 'bsd-unix' | 'lsof' };

/**
 * Which tool's row a line looks like, by its own shape. ss goes first: `tcp ESTAB 0 0 …` starts like a
 * net-tools row but has a state where netstat has Recv-Q; BSD before net-tools: both print `tcp6`, but
 * BSD ends addresses with `.port`.
 */
function shapeOf(fields: readonly Field[], lineText: string): RowShape | undefined {
  const ss = looksLikeSsRow(fields);
  if (ss) {
    return { kind: 'ss', hasNetid: ss.hasNetid };
  }
  if (looksLikeProcNetRow(fields)) {
    return { kind: 'proc-net' };
  }
  if (looksLikeWindowsRow(fields)) {
    return { kind: 'netstat-windows' };
  }
  if (looksLikeLsofRow(fields)) {
    return { kind: 'lsof' };
  }
  const protocolIndex = bsdProtocolIndex(fields);
  if (protocolIndex !== undefined) {
    return { kind: 'netstat-bsd', protocolIndex };
  }
  if (looksLikeNetToolsRow(fields)) {
    return { kind: 'netstat-linux' };
  }
  if (looksLikeNetToolsUnixRow(lineText)) {
    return { kind: 'linux-unix' };
  }
  if (looksLikeBsdUnixRow(fields)) {
    return { kind: 'bsd-unix' };
  }
  return undefined;
}

/** The table a prompt's command announces, so the first lines of its output read right. */
function tableOfCommand(prompt: NonNullable<ReturnType<typeof parsePromptLine>>): Table | undefined {
  switch (sectionFormatOfCommand(prompt)) {
    case 'proc-net':
      return { kind: 'proc-net', table: procNetTableOfCommand(prompt.command) };
    case 'netstat-statistics':
      return { kind: 'netstat-statistics', group: '' };
    case 'ss-summary':
      return { kind: 'ss-summary' };
    case 'routes':
      return { kind: 'routes' };
    case 'interfaces':
      return { kind: 'interfaces' };
    case 'netstat-windows':
      return { kind: 'netstat-windows' };
    default:
      return undefined;
  }
}

