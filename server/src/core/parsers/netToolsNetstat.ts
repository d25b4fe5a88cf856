import type { Protocol, RowResult, SocketProcess, UnrecognizedReason } from '../model/socketTable';
import { canonicalState, STATE_SPELLINGS, type TcpState } from '../model/tcpState';
import { lastEndpointColon, lastEndpointHostEnd, lastEndpointHostStart, scanEndpointIn } from './endpoint';
import { emptyRowFields, type RowFields, tableRowOf } from './socketColumns';
import type { OwnerColumn } from './tableRow';
import { codesOf, fieldBoundsIn, unsignedIntegerInCodes, wordAt } from './textCodes';
import { type Field, fieldBounds, isBlank, isUnsignedInteger, unsignedIntegerIn } from './textLines';

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

export function isNetToolsHeader(text: string): boolean {
  return /^Proto\s+Recv-Q\s+Send-Q\s+Local\s+Address/.test(text);
}

export function isNetToolsUnixHeader(text: string): boolean {
  return /^Proto\s+RefCnt\s+Flags\s+Type\s+State\s+I-Node/.test(text);
}

/** "Active Internet connections (…)", "Active UNIX domain sockets (…)", and other section titles. */
export function netToolsSectionTitle(text: string): 'inet' | 'unix' | 'other' | undefined {
  if (text.startsWith('Active Internet connections')) {
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
    user: /\bUser\s+Inode\b/.test(text),
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

/** Reused field bounds: rows are parsed one at a time, and a big paste has tens of thousands. */
const ROW_BOUNDS = new Int32Array(12);

/** Net-tools state words (the model's spellings, and UNKNOWN) mapped to themselves, to hand out one shared string per state. */
const STATE_TEXTS: ReadonlyMap<string, string> = new Map(
  [...STATE_SPELLINGS.filter((spelling) => spelling.sources.includes('net-tools')).map((spelling) => spelling.spelling), 'UNKNOWN'].map((word) => [word, word]),
);
const STATE_WORDS = [...STATE_TEXTS.keys()];

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
  const count = fieldBoundsIn(codes, from, to, 6, bounds);
  if (count < 5) {
    return 'too-few-columns';
  }
  const protocolWord = wordAt(codes, bounds[0], bounds[1], PROTOCOL_WORDS);
  const proto = protocolWord === undefined ? undefined : INET_PROTOCOLS.get(protocolWord);
  if (!proto) {
    return 'unknown-format';
  }
  const recvQ = unsignedIntegerInCodes(codes, bounds[2], bounds[3]);
  const sendQ = unsignedIntegerInCodes(codes, bounds[4], bounds[5]);
  if (recvQ < 0 || sendQ < 0) {
    return 'bad-queue';
  }
  const localFamily = scanEndpointIn(codes, bounds[6], bounds[7]);
  out.portStart = lastEndpointColon() + 1;
  if (localFamily < 0 || scanEndpointIn(codes, bounds[8], bounds[9]) < 0) {
    return 'bad-address';
  }
  out.peerHostStart = lastEndpointHostStart();
  out.peerHostEnd = lastEndpointHostEnd();

  let restStart = count > 5 ? bounds[10] : to;
  let state: ReturnType<typeof canonicalState>;
  let stateText: string | undefined;
  let stateStart = -1;
  if (count > 5) {
    const candidate = wordAt(codes, bounds[10], bounds[11], STATE_WORDS) ?? text.slice(bounds[10], bounds[11]);
    state = canonicalStateOfWord(candidate);
    const isRawState = proto.protocol === 'raw' && isUnsignedInteger(candidate);
    if (state || isRawState || candidate === 'UNKNOWN') {
      stateText = STATE_TEXTS.get(candidate) ?? candidate;
      stateStart = bounds[10];
      restStart = bounds[11];
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
  out.localStart = bounds[6];
  out.localEnd = bounds[7];
  out.remoteStart = bounds[8];
  out.remoteEnd = bounds[9];
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
  const bounds = PROGRAM_BOUNDS;
  const leading = fieldBoundsIn(codes, restStart, to, 3, bounds);
  const hasUserColumns = columns?.user ?? (leading >= 3 && unsignedIntegerInCodes(codes, bounds[2], bounds[3]) >= 0 && slashIn(codes, bounds[0], bounds[1]) < 0);
  if ((hasUserColumns && leading < 2) || (columns && !columns.pidProgram)) {
    return true;
  }
  let start = hasUserColumns ? bounds[3] : restStart;
  let end = to;
  while (start < end && (codes[start] === 32 || codes[start] === 9)) {
    start++;
  }
  while (end > start && (codes[end - 1] === 32 || codes[end - 1] === 9)) {
    end--;
  }
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

const PROTOCOL_WORDS = [...INET_PROTOCOLS.keys()];

/** canonicalState of the state words, looked up once per word rather than once per row. */
const CANONICAL_OF_WORD: ReadonlyMap<string, TcpState | undefined> = new Map([...STATE_TEXTS.keys()].map((word) => [word, canonicalState(word)]));

function canonicalStateOfWord(word: string): TcpState | undefined {
  // Rows of a table mostly repeat the state of the row before.
  if (word !== lastStateWord.word) {
    lastStateWord.word = word;
    lastStateWord.state = CANONICAL_OF_WORD.has(word) ? CANONICAL_OF_WORD.get(word) : canonicalState(word);
  }
  return lastStateWord.state;
}

const lastStateWord: { word: string; state: TcpState | undefined } = { word: '', state: undefined };

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
