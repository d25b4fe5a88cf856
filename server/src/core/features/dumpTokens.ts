import type { Localized } from '../i18n/localized';
import type { ColumnDoc, ColumnTable } from '../knowledge/columns';
import type { CounterDoc } from '../knowledge/counters';
import type { SsInfoFieldDoc } from '../knowledge/ssInfoFields';
import type { SsSummaryFieldDoc } from '../knowledge/ssSummaryFields';
import type { PseudoStateDoc } from '../knowledge/tcpStates';
import type { TranslatedSpelling } from '../model/tcpState';
import { firstAtOrAfterLine } from '../model/lineOrder';
import type { HistogramLine } from '../model/histogram';
import type { Endpoint, KernelLogLine, ParsedSocketDump, SocketRow, SocketTableHeader } from '../model/socketTable';
import type { TcpState } from '../model/tcpState';
import { lineOfParse } from '../parsers/lineIndex';
import { type SocketColumns, socketColumnsOf } from '../parsers/socketColumns';
import { dumpFormatOf } from '../parsers/formats/index';
import { socketDumpText } from '../parsers/socketDump';
import { columnHeaderToken } from './tokens/headerTokens';
import { histogramToken } from './tokens/histogramTokens';
import { stateToken } from './tokens/rowTokens';
import { ssInfoToken } from './tokens/ssInfoTokens';
import { counterToken, ssSummaryToken } from './tokens/statisticsTokens';
import { timerToken } from './tokens/timerTokens';

/**
 * What a line of a socket dump is, from what the scan kept about it (counters, headers, prompts and
 * rows are each held in line order): no per-line storage, a few binary searches per question.
 */
export type DumpLineKind = 'counter' | 'ss-summary' | 'header' | 'prompt' | 'row' | 'other';

export type DumpTokenKind =
  | 'state'
  | 'recv-q'
  | 'send-q'
  | 'endpoint'
  | 'owner'
  | 'timer'
  | 'ss-info'
  | 'column-header'
  | 'counter'
  | 'ss-summary'
  | 'proc-field'
  | 'lsof-field'
  | 'command'
  | 'kernel-message'
  | 'histogram';

/** Where a token is written: its line, its columns [start, end) and its text as printed. */
interface TokenSpan {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A `netstat -s`/`nstat`/`/proc/net/netstat` counter; `value` when the scan read it as a counter line. */
export interface CounterToken extends TokenSpan {
  readonly kind: 'counter';
  readonly doc: CounterDoc;
  readonly value?: number;
}

/** A number of `ss -s` (`estab 3`, `TCP:   21`, `Total: 194`, the `RAW` row's name). */
export interface SsSummaryToken extends TokenSpan {
  readonly kind: 'ss-summary';
  readonly doc: SsSummaryFieldDoc;
}

/** A column name in a header; `header` is the name as the knowledge base spells it. */
export interface ColumnHeaderToken extends TokenSpan {
  readonly kind: 'column-header';
  readonly doc: ColumnDoc;
  readonly header: string;
  readonly table: ColumnTable;
}

/** `timer:(keepalive,119min,0)` of ss `-o`, or `keepalive (7187.12/0/0)` of net-tools `-o`, with its parts as printed. */
export interface TimerToken extends TokenSpan {
  readonly kind: 'timer';
  readonly name: string;
  readonly reading: { readonly tool: 'ss'; readonly duration: string; readonly counter: string } | { readonly tool: 'net-tools'; readonly parts: readonly [string, string, string] };
  /** The state of the row the timer is printed on. */
  readonly rowState?: TcpState;
}

/** A field of `ss -i`/`-e`/`-m` (`rtt:0.1/0.05`, `send 1.2Mbps`, `skmem:(…)`). */
export interface SsInfoToken extends TokenSpan {
  readonly kind: 'ss-info';
  readonly name: string;
  readonly doc: SsInfoFieldDoc;
  /** The state of the row the field belongs to (the row on the line, or the one above a detail line). */
  readonly rowState?: TcpState;
}

/** A hex address of a /proc/net/tcp or udp row. */
export interface EndpointToken extends TokenSpan {
  readonly kind: 'endpoint';
  readonly endpoint: Endpoint;
  readonly side: 'local' | 'remote';
}

/** A column after the state of a /proc/net/tcp or udp row, by its index among the row's fields. */
export interface ProcFieldToken extends TokenSpan {
  readonly kind: 'proc-field';
  readonly column: number;
  readonly row: SocketRow;
}

/** The process name that starts an lsof row. */
export interface OwnerToken extends TokenSpan {
  readonly kind: 'owner';
  readonly row: SocketRow;
}

/** An lsof value that leads somewhere: the descriptor, the socket's DEVICE, a `-Tq` queue. */
export interface LsofFieldToken extends TokenSpan {
  readonly kind: 'lsof-field';
  readonly field: 'descriptor' | 'device' | 'queue';
  readonly row: SocketRow;
}

/** The Recv-Q or Send-Q number of an ss or net-tools row; `other` is the other queue's. */
export interface QueueToken extends TokenSpan {
  readonly kind: 'recv-q' | 'send-q';
  readonly row: SocketRow;
  readonly value: number;
  readonly other: number;
}

/**
 * A state word: in a row's state column, a TCP spelling in capitals, or (kind `command`) a state in a
 * pasted prompt such as `ss -tn state time-wait`. Exactly one of `state` and `pseudo` is set.
 */
export interface StateToken extends TokenSpan {
  readonly kind: 'state' | 'command';
  readonly state?: TcpState;
  /** A word that is no TCP state: UDP's `UNCONN`, a Windows-only word, a UNIX socket's state. */
  readonly pseudo?: PseudoStateDoc;
  /** The /proc/net/tcp code (`0A`) when the state was printed as one. */
  readonly procCode?: string;
  /** How another system's netstat differs (TIME_WAIT on Windows and BSD). */
  readonly platformNote?: Localized;
  /** A state word of another language (possibly garbled by a code page): what it translates. */
  readonly translation?: TranslatedSpelling;
  /** An unknown word read as LISTEN because the row's peer is this wildcard. */
  readonly inferredFromPeer?: string;
}

/** A kernel log message the knowledge base explains (or a `net_ratelimit: N callbacks suppressed` line): the message part of its line. */
export interface KernelMessageToken extends TokenSpan {
  readonly kind: 'kernel-message';
  readonly message: KernelLogLine;
}

/** The count or value (a peer, port, process or header word, not a state) of a histogram line. */
export interface HistogramToken extends TokenSpan {
  readonly kind: 'histogram';
  readonly part: 'count' | 'value';
  readonly histogram: HistogramLine;
  /** The command of the histogram's section, when the paste kept it. */
  readonly command?: string;
}

export type DumpToken =
  | KernelMessageToken
  | HistogramToken
  | CounterToken
  | SsSummaryToken
  | ColumnHeaderToken
  | TimerToken
  | SsInfoToken
  | EndpointToken
  | ProcFieldToken
  | OwnerToken
  | LsofFieldToken
  | QueueToken
  | StateToken;

export function lineKind(dump: ParsedSocketDump, line: number): DumpLineKind {
  return lineKindOf(dump, line, () => rowOnLine(dump, line));
}

function lineKindOf(dump: ParsedSocketDump, line: number, rowOfLine: () => SocketRow | undefined): DumpLineKind {
  if (isOnLine(dump.counters, line)) {
    return 'counter';
  }
  if (dump.sections.some((section) => section.format === 'ss-summary' && line >= section.startLine && line <= section.endLine)) {
    return 'ss-summary';
  }
  if (isOnLine(dump.headers, line)) {
    return 'header';
  }
  if (isOnLine(dump.commands, line)) {
    return 'prompt';
  }
  return rowOfLine() ? 'row' : 'other';
}

/**
 * The token under the cursor, tokenised on demand from the line's text (read from the text the dump
 * was parsed from) and what the scan knows of the line (its kind, its row). Where one text could be
 * read two ways the order below decides: a counter line is prose, so its words are nothing else; an
 * `ss -s` number, a header cell, a timer and an ss field come before a row's own columns, and a state
 * word comes last.
 */
export function tokenAt(dump: ParsedSocketDump, line: number, character: number): DumpToken | undefined {
  const lineText = dumpLineText(dump, line);
  if (lineText === undefined) {
    return undefined;
  }
  // A line can be more than its kind says (a row inside an `ss -s` section): the row is asked of the model directly.
  const row = rowOnLine(dump, line);
  const kind = lineKindOf(dump, line, () => row);
  // Inside a row's state column, as the scan read it, no other kind of token is ever printed: the state
  // word is the token, and the other readers below need not look at the line (the most hovered word of a
  // dump, and the first hover after a big parse runs every reader's code cold).
  const stateSpan = kind === 'row' ? row?.stateSpan : undefined;
  if (stateSpan !== undefined && character >= stateSpan.start && character < stateSpan.end) {
    return stateToken(lineText, line, character, row, false);
  }
  return tokenReadAt(dump, lineText, line, character, kind, row);
}

/** The token at `character` of a line, asking each reader in the order described at tokenAt. */
export function tokenReadAt(dump: ParsedSocketDump, lineText: string, line: number, character: number, kind: DumpLineKind, row: SocketRow | undefined): DumpToken | undefined {
  const kernelMessage = dump.kernelMessages[firstAtOrAfterLine(dump.kernelMessages, line)];
  if (kernelMessage?.line === line) {
    const { start, end } = kernelMessage.span;
    return character >= start && character < end ? { kind: 'kernel-message', line, start, end, text: lineText.slice(start, end), message: kernelMessage } : undefined;
  }
  const counter = counterToken(dump, lineText, line, character);
  if (counter || kind === 'counter') {
    return counter;
  }
  return (
    (kind === 'ss-summary' ? ssSummaryToken(lineText, line, character) : undefined) ??
    columnHeaderToken(lineText, line, character, headerOnLine(dump, line)) ??
    timerToken(lineText, line, character, row?.state) ??
    ssInfoToken(lineText, line, character, (row ?? rowAbove(dump, line))?.state) ??
    (row ? dumpFormatOf(row.format)?.rowToken?.(row, lineText, line, character) : histogramToken(dump, lineText, line, character)) ??
    stateToken(lineText, line, character, row, isOnLine(dump.commands, line))
  );
}

/** The text of one line of the document `dump` was parsed from; undefined past its end or for a dump built by hand. */
export function dumpLineText(dump: ParsedSocketDump, line: number): string | undefined {
  const text = wholeLineText(dump, line);
  // A quote's `> ` or a block's indent, as the scan found it, reads as blanks: tokens keep the editor's columns.
  const prefixes = dump.linePrefixes;
  const prefix = prefixes && text !== undefined ? prefixes[firstAtOrAfterLine(prefixes, line)] : undefined;
  return prefix?.line === line ? ' '.repeat(prefix.column) + text!.slice(prefix.column) : text;
}

function wholeLineText(dump: ParsedSocketDump, line: number): string | undefined {
  // A row's line is where the scan read it, so a hover on a row needs no index of every line of the text
  // (making one took a millisecond of a 60,000-row paste's first hover), nor one past the last line. The
  // first line may start with a byte-order mark, which the index keeps.
  if (!(line >= 0 && line < dump.lineCount)) {
    return undefined;
  }
  if (line > 0) {
    const columns = socketColumnsOf(dump);
    const index = rowIndexOnLine(columns, line);
    const text = index < 0 ? undefined : columns.lineTextOf(index);
    if (text !== undefined) {
      return text;
    }
  }
  return lineOfParse(dump, () => socketDumpText(dump), line);
}

function headerOnLine(dump: ParsedSocketDump, line: number): SocketTableHeader | undefined {
  const header = dump.headers[firstAtOrAfterLine(dump.headers, line)];
  return header?.line === line ? header : undefined;
}

function isOnLine(items: readonly { readonly line: number }[], line: number): boolean {
  return items[firstAtOrAfterLine(items, line)]?.line === line;
}

/** The row on a line, by binary search: the parser emits rows in line order, and a paste can hold 100,000 of them. */
export function rowOnLine(dump: ParsedSocketDump, line: number): SocketRow | undefined {
  const columns = socketColumnsOf(dump);
  const index = rowIndexOnLine(columns, line);
  return index < 0 ? undefined : columns.row(index);
}

/** The column index of the row read on `line`, or -1. */
function rowIndexOnLine(columns: SocketColumns, line: number): number {
  const index = columns.firstRowAtOrAfter(line);
  return index < columns.length && columns.line[index] === line ? index : -1;
}

/** The last row before `line`: the one an indented ss detail line belongs to. */
function rowAbove(dump: ParsedSocketDump, line: number): SocketRow | undefined {
  const columns = socketColumnsOf(dump);
  const index = columns.firstRowAtOrAfter(line) - 1;
  return index >= 0 ? columns.row(index) : undefined;
}

