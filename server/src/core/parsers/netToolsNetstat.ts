import type { Protocol, RowResult, SocketProcess, UnrecognizedReason } from '../model/socketTable';
import { NET_TOOLS_TRANSLATED_HEADERS, NET_TOOLS_TRANSLATED_TITLES, NET_TOOLS_TRANSLATED_USER_HEADINGS } from '../knowledge/translatedStateWords';
import { canonicalState, MULTI_WORD_TRANSLATIONS, STATE_SPELLINGS, type TcpState } from '../model/tcpState';
import { EndpointColumn } from './endpoint';
import { stateFromRowShape } from './inferredState';
import { readPlainQueuesAndEndpoints } from './plainRowParts';
import { type DocumentKeys, emptyRowFields, emptyTcpRowAt, NO_KEY, type RowFields, stateOrdinal, tableRowOf, type TcpRowAt } from './socketColumns';
import type { OwnerColumn } from './tableRow';
import { blanksEndAt, blanksEndIn, CodeWords, codesOf, fieldBoundsIn, fieldEndIn, isBlankCode, unsignedIntegerInCodes } from './textCodes';
import { type Field, fieldBounds, isBlank, isUnsignedInteger, startsWithWords, unsignedIntegerIn } from './textLines';

/**
 * Rows of Linux net-tools `netstat` (-ant, -antp, -tunap, -e, -o):
 *   Proto Recv-Q Send-Q Local Address  Foreign Address  State  [User Inode] [PID/Program name] [Timer]
 * UDP and raw rows may leave State empty; program names may contain spaces; the timer is
 * `keepalive (7187.12/0/0)`.
 */

/** Optional columns announced by the header line; unknown when a paste starts below the header. */
export interface NetToolsColumns {
  readonly user: boolean;
  readonly pidProgram: boolean;
}

const INET_PROTOCOLS: ReadonlyMap<string, { protocol: Protocol; family?: 4 | 6 }> = new Map([
  ['tcp', { protocol: 'tcp', family: 4 }],
  ['tcp6', { protocol: 'tcp', family: 6 }],
  ['udp', { protocol: 'udp', family: 4 }],
  ['udp6', { protocol: 'udp', family: 6 }],
  ['udpl', { protocol: 'udp', family: 4 }],
  ['udpl6', { protocol: 'udp', family: 6 }],
  ['raw', { protocol: 'raw', family: 4 }],
  ['raw6', { protocol: 'raw', family: 6 }],
]);

/** The header line, in English or as a net-tools translation catalog writes it (`Proto Recv-Q Send-Q Adresse locale …`). */
export function isNetToolsHeader(text: string): boolean {
  return /^Proto\s+Recv-Q\s+Send-Q\s+Local\s+Address/.test(text) || (text.startsWith('Proto') && startsWithWords(text, NET_TOOLS_TRANSLATED_HEADERS));
}

export function isNetToolsUnixHeader(text: string): boolean {
  return /^Proto\s+RefCnt\s+Flags\s+Type\s+State\s+I-Node/.test(text);
}

/** "Active Internet connections (…)", "Active UNIX domain sockets (…)", and other section titles. */
export function netToolsSectionTitle(text: string): 'inet' | 'unix' | 'other' | undefined {
  if (text.startsWith('Active Internet connections') || NET_TOOLS_TRANSLATED_TITLES.some((title) => text.startsWith(title))) {
    return 'inet';
  }
  if (text.startsWith('Active UNIX domain sockets')) {
    return 'unix';
  }
  if (/^Active (Bluetooth|IPX|AX\.25|NET\/ROM|X\.25)/.test(text)) {
    return 'other';
  }
  return undefined;
}

export function columnsFromHeader(text: string): NetToolsColumns {
  return {
    user: /\bUser\s+Inode\b/.test(text) || NET_TOOLS_TRANSLATED_USER_HEADINGS.some((heading) => text.includes(` ${heading} `)),
    pidProgram: text.includes('PID/Program'),
  };
}

export function isNetToolsProtocol(word: string): boolean {
  return INET_PROTOCOLS.has(word);
}

/** True when the first word names a protocol net-tools prints in its Internet section; the row parser judges the rest. */
export function looksLikeNetToolsRow(fields: readonly Field[]): boolean {
  return fields.length >= 5 && INET_PROTOCOLS.has(fields[0].text);
}

export function looksLikeNetToolsUnixRow(text: string): boolean {
  return /^unix\s+\d+\s+\[/.test(text);
}

/** The longest timer net-tools prints is well under this, e.g. `keepalive (7187.12/0/0)`. */
const TIMER_TAIL_LENGTH = 80;
const TIMER_AT_END = /\s(?:on|off|keepalive|timewait|probe|unkn-\d+)\s*\([^()]*\)\s*$/;

/** Reused field bounds and endpoint readings: rows are parsed one at a time, and a big paste has tens of thousands. */
const ROW_BOUNDS = new Int32Array(6);
const LOCAL = new EndpointColumn();
const FOREIGN = new EndpointColumn();

/** Net-tools state words (the model's spellings, and UNKNOWN): rows hand out the list's strings, one shared string per state. */
const STATE_WORDS = new CodeWords([
  ...new Set([...STATE_SPELLINGS.filter((spelling) => spelling.sources.includes('net-tools')).map((spelling) => spelling.spelling), 'UNKNOWN']),
]);

/** Reads one row of the Internet section from its text. */
export function parseNetToolsRow(text: string, line: number, columns: NetToolsColumns | undefined): RowResult {
  const problem = readNetToolsRow(text, codesOf(text), 0, text.length, columns, SCRATCH);
  return problem === undefined ? { row: tableRowOf(SCRATCH, line, text) } : { problem };
}

const SCRATCH = emptyRowFields();

/**
 * Reads the row of the Internet section written in text[from, to) (a line, or a line of a whole
 * document; `codes` are the text's, see textCodes.ts) into `out`, offsets in `text`, or says why it
 * is not one. The document scan keeps what it read as columns; parseNetToolsRow makes a row object of it.
 */
export function readNetToolsRow(
  text: string,
  codes: Uint8Array,
  from: number,
  to: number,
  columns: NetToolsColumns | undefined,
  out: RowFields,
): UnrecognizedReason | undefined {
  const bounds = ROW_BOUNDS;
  // Proto, Recv-Q and Send-Q; then the two endpoints, read as endpoints while their ends are sought; then State, if there is one.
  if (fieldBoundsIn(codes, from, to, 3, bounds) < 3) {
    return 'too-few-columns';
  }
  const localStart = blanksEndIn(codes, bounds[5], to);
  const localEnd = LOCAL.walk(codes, localStart, to);
  const foreignStart = blanksEndIn(codes, localEnd, to);
  if (foreignStart === to) {
    return 'too-few-columns';
  }
  const foreignEnd = FOREIGN.walk(codes, foreignStart, to);
  const sixthStart = blanksEndIn(codes, foreignEnd, to);
  const hasSixth = sixthStart < to;
  let sixthEnd = hasSixth ? fieldEndIn(codes, sixthStart, to) : to;
  const protocolWord = PROTOCOL_WORDS.indexAt(codes, bounds[0], bounds[1]);
  if (protocolWord < 0) {
    return 'unknown-format';
  }
  const proto = PROTOCOL_OF_WORD[protocolWord];
  const recvQ = unsignedIntegerInCodes(codes, bounds[2], bounds[3]);
  const sendQ = unsignedIntegerInCodes(codes, bounds[4], bounds[5]);
  if (recvQ < 0 || sendQ < 0) {
    return 'bad-queue';
  }
  const localFamily = LOCAL.read(codes, localStart, localEnd);
  if (localFamily < 0 || FOREIGN.read(codes, foreignStart, foreignEnd) < 0) {
    return 'bad-address';
  }
  out.portStart = LOCAL.colon + 1;
  out.peerHostStart = FOREIGN.hostStart;
  out.peerHostEnd = FOREIGN.hostEnd;
  out.peerIpv4 = FOREIGN.ipv4;

  let restStart = hasSixth ? sixthStart : to;
  let state: ReturnType<typeof canonicalState>;
  let stateText: string | undefined;
  let stateStart = -1;
  if (hasSixth) {
    // A known word is the list's own string (one per state for every row); anything else is sliced.
    const stateWord = STATE_WORDS.indexAt(codes, sixthStart, sixthEnd);
    let candidate = stateWord >= 0 ? STATE_WORDS.words[stateWord] : text.slice(sixthStart, sixthEnd);
    state = stateWord >= 0 ? CANONICAL_OF_STATE_WORD[stateWord] : canonicalState(candidate);
    const isRawState = proto.protocol === 'raw' && isUnsignedInteger(candidate);
    if (!state && proto.protocol === 'tcp') {
      const translated = multiWordStateAt(text, sixthStart, to);
      if (translated !== undefined) {
        candidate = translated;
        sixthEnd = sixthStart + translated.length;
        state = canonicalState(translated);
      } else {
        // A word of a language we have no table for: a listener still shows by its wildcard peer.
        state = stateFromRowShape(candidate, text.slice(foreignStart, foreignEnd));
      }
    }
    if (state || isRawState || candidate === 'UNKNOWN') {
      stateText = candidate;
      stateStart = sixthStart;
      restStart = sixthEnd;
    }
  }
  if (proto.protocol === 'tcp' && !state) {
    return 'unknown-state';
  }

  out.format = 'netstat-linux';
  out.protocol = proto.protocol;
  out.family = proto.family === 6 || localFamily === 6 ? 6 : proto.family;
  out.state = proto.protocol === 'tcp' ? state : undefined;
  out.stateText = stateText;
  out.stateStart = stateStart;
  out.recvQ = recvQ;
  out.sendQ = sendQ;
  out.localStart = localStart;
  out.localEnd = localEnd;
  out.remoteStart = foreignStart;
  out.remoteEnd = foreignEnd;
  out.owners = programColumnOf(columns);
  out.ownersFrom = restStart;
  out.ownersCounted = countProgramOwner(codes, restStart, to, columns, out);
  return undefined;
}

/**
 * What parseProgramColumns finds after the state, counted into `out` straight from the codes; false
 * (leaving it to parseProgramColumns) when the row ends with a `-o` timer, whose end is read by a pattern.
 */
function countProgramOwner(codes: Uint8Array, restStart: number, to: number, columns: NetToolsColumns | undefined, out: RowFields): boolean {
  let last = to - 1;
  while (last >= restStart && (codes[last] === 32 || codes[last] === 9)) {
    last--;
  }
  if (last >= restStart && codes[last] === 41 /* ) */) {
    return false;
  }
  out.ownerCount = 0;
  if (columns && !columns.pidProgram) {
    return true;
  }
  // The User and Inode columns are split off only when the header has them or may have them.
  const bounds = PROGRAM_BOUNDS;
  const leading = columns?.user === false ? 0 : fieldBoundsIn(codes, restStart, to, 3, bounds);
  const hasUserColumns = columns?.user ?? (leading >= 3 && unsignedIntegerInCodes(codes, bounds[2], bounds[3]) >= 0 && slashIn(codes, bounds[0], bounds[1]) < 0);
  if (hasUserColumns && leading < 2) {
    return true;
  }
  let start = hasUserColumns ? bounds[3] : restStart;
  while (start <= last && (codes[start] === 32 || codes[start] === 9)) {
    start++;
  }
  // The row's last non-blank is codes[last] (found above): the name runs up to it.
  const end = Math.max(last + 1, start);
  const slash = slashIn(codes, start, end);
  if (end === start || slash <= start) {
    return true;
  }
  const pid = unsignedIntegerInCodes(codes, start, slash);
  if (pid >= 0) {
    out.ownerCount = 1;
    out.ownerNameStart = slash + 1;
    out.ownerNameEnd = end;
    out.ownerPid = pid;
  }
  return true;
}

/** The first `/` in codes[start, end), or -1. */
function slashIn(codes: Uint8Array, start: number, end: number): number {
  for (let index = start; index < end; index++) {
    if (codes[index] === 47 /* / */) {
      return index;
    }
  }
  return -1;
}

const PROTOCOL_WORDS = new CodeWords([...INET_PROTOCOLS.keys()]);
/** What each of PROTOCOL_WORDS stands for, by its index: no lookup by string per row. */
const PROTOCOL_OF_WORD = [...INET_PROTOCOLS.values()];

/** canonicalState of each of STATE_WORDS, by its index: looked up once per word rather than once per row. */
const CANONICAL_OF_STATE_WORD: readonly (TcpState | undefined)[] = STATE_WORDS.words.map((word) => canonicalState(word));

/** One owner reader per column layout (unknown, or user × pidProgram); rows of a table share theirs. */
const PROGRAM_COLUMNS: (OwnerColumn | undefined)[] = [];

function programColumnOf(columns: NetToolsColumns | undefined): OwnerColumn {
  if (columns === lastProgramColumn.columns && lastProgramColumn.reader) {
    return lastProgramColumn.reader;
  }
  lastProgramColumn.columns = columns;
  lastProgramColumn.reader = programColumnFor(columns);
  return lastProgramColumn.reader;
}

/** The rows of one table share their header's columns: the last reader handed out is mostly the one asked for. */
const lastProgramColumn: { columns: NetToolsColumns | undefined; reader: OwnerColumn | undefined } = { columns: undefined, reader: undefined };

function programColumnFor(columns: NetToolsColumns | undefined): OwnerColumn {
  // A number, not a string: the key of the reader for a column layout.
  const key = columns === undefined ? 0 : 1 + (columns.user ? 2 : 0) + (columns.pidProgram ? 1 : 0);
  let reader = PROGRAM_COLUMNS[key];
  if (!reader) {
    reader = {
      read(text, from) {
        const owner = parseProgramColumns(text, from, columns);
        return owner && { processes: [owner.process], start: owner.span.start, end: owner.span.end };
      },
      visit(text, from, visit) {
        const owner = parseProgramColumns(text, from, columns);
        if (owner) {
          visit(owner.process.name, owner.process.pid);
        }
      },
    };
    PROGRAM_COLUMNS[key] = reader;
  }
  return reader;
}

/** Reads `[User Inode] [PID/Program name] [Timer]` from what follows the state column. */
function parseProgramColumns(
  text: string,
  restStart: number,
  columns: NetToolsColumns | undefined,
): { process: SocketProcess; span: { start: number; end: number } } | undefined {
  const restEnd = timerStart(text, restStart);
  const bounds = PROGRAM_BOUNDS;
  const leading = fieldBounds(text, 3, bounds, restStart, restEnd);
  const hasUserColumns =
    columns?.user ?? (leading >= 3 && unsignedIntegerIn(text, bounds[2], bounds[3]) >= 0 && !includesSlash(text, bounds[0], bounds[1]));
  if (hasUserColumns && leading < 2) {
    return undefined;
  }
  if (columns && !columns.pidProgram) {
    return undefined;
  }
  let start = hasUserColumns ? bounds[3] : restStart;
  let end = restEnd;
  while (start < end && isBlank(text.charCodeAt(start))) {
    start++;
  }
  while (end > start && isBlank(text.charCodeAt(end - 1))) {
    end--;
  }
  const slash = text.indexOf('/', start);
  if (end === start || slash <= start || slash >= end) {
    return undefined;
  }
  const pid = unsignedIntegerIn(text, start, slash);
  if (pid < 0) {
    return undefined;
  }
  return { process: { pid, name: text.slice(slash + 1, end) }, span: { start, end } };
}

/** A translated state of several words (`POSLEDNÍ ACK`) written at text[start…], followed by a blank or `to`; else undefined. */
function multiWordStateAt(text: string, start: number, to: number): string | undefined {
  return MULTI_WORD_TRANSLATIONS.find((spelling) => start + spelling.length <= to && text.startsWith(spelling, start) && (start + spelling.length === to || isBlank(text.charCodeAt(start + spelling.length))));
}

/** Reused field bounds for the columns after the state; see ROW_BOUNDS. */
const PROGRAM_BOUNDS = new Int32Array(6);

function includesSlash(text: string, start: number, end: number): boolean {
  const slash = text.indexOf('/', start);
  return slash >= 0 && slash < end;
}

/**
 * Where a trailing `-o` timer starts after `from`, or the end of the line. Only the tail is searched,
 * so a huge line stays linear, and only when the line ends with the timer's `)`.
 */
function timerStart(text: string, from: number): number {
  let last = text.length - 1;
  while (last >= from && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) {
    last--;
  }
  if (last < from || text.charCodeAt(last) !== 41 /* ) */) {
    return text.length;
  }
  // Measured from the `)`, not the line's end: terminal copies pad lines with spaces to the window's width.
  const tailStart = Math.max(from, last + 1 - TIMER_TAIL_LENGTH);
  const timer = TIMER_AT_END.exec(text.slice(tailStart, last + 1));
  return timer ? tailStart + timer.index : text.length;
}

/** Each of STATE_WORDS' `state` column value, by its index; -1 for words that are no TCP state. */
const STATE_ORDINAL_OF_WORD: readonly number[] = CANONICAL_OF_STATE_WORD.map((state) => (state === undefined ? -1 : stateOrdinal(state)));

/** The row the plain reader read (one scan runs at a time, and pushTcpRow keeps it before the next row). */
export const PLAIN_NET_TOOLS_ROW: TcpRowAt = emptyTcpRowAt(programColumnOf(undefined), 'netstat-linux');
/** What countProgramOwner found on the row the plain reader read. */
const PLAIN_OWNER = emptyRowFields();

/**
 * The common row of the Internet section — `tcp recvQ sendQ a.b.c.d:port e.f.g.h:port STATE [owner columns]`,
 * no `-o` timer — read in one pass over codes[from, to) of `text` into PLAIN_NET_TOOLS_ROW, offsets on the
 * line; false, with nothing kept, for any other row, which readNetToolsRow then reads. What it keeps is what
 * readNetToolsRow and pushFields would keep of the same row.
 */
export function readPlainNetToolsRow(text: string, codes: Uint8Array, from: number, to: number, columns: NetToolsColumns | undefined, keys: DocumentKeys): boolean {
  const row = PLAIN_NET_TOOLS_ROW;
  if (codes[from] !== 116 /* t */ || codes[from + 1] !== 99 /* c */ || codes[from + 2] !== 112 /* p */ || !isBlankCode(codes[from + 3])) {
    return false;
  }
  const foreignEnd = readPlainQueuesAndEndpoints(codes, blanksEndAt(codes, from + 3), to, from, row);
  // State follows the foreign address.
  if (foreignEnd < 0 || foreignEnd === to) {
    return false;
  }
  const stateStart = blanksEndAt(codes, foreignEnd);
  let stateEnd = stateStart;
  // Up to a blank, the line's end, or a control character (then the word is part of a longer field: readNetToolsRow's).
  while (codes[stateEnd] > 32) {
    stateEnd++;
  }
  const word = STATE_WORDS.indexAt(codes, stateStart, stateEnd);
  if (word < 0 || STATE_ORDINAL_OF_WORD[word] < 0 || (stateEnd < to && !isBlankCode(codes[stateEnd])) || !countProgramOwner(codes, stateEnd, to, columns, PLAIN_OWNER)) {
    return false;
  }
  const owned = PLAIN_OWNER.ownerCount === 1;
  row.state = STATE_ORDINAL_OF_WORD[word];
  row.stateText = STATE_WORDS.words[word];
  row.family = 4;
  row.stateStart = stateStart - from;
  row.ownersFrom = stateEnd - from;
  row.owners = programColumnOf(columns);
  row.owner = owned ? keys.ownerNameIdIn(text, codes, PLAIN_OWNER.ownerNameStart, PLAIN_OWNER.ownerNameEnd) : NO_KEY;
  row.pid = owned ? PLAIN_OWNER.ownerPid : -1;
  return true;
}
