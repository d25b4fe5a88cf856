import type { Protocol, RowResult, SocketProcess, UnrecognizedReason } from '../model/socketTable';
import { canonicalState, type TcpState } from '../model/tcpState';
import { EndpointColumn } from './endpoint';
import { readPlainQueuesAndEndpoints } from './plainRowParts';
import { type DocumentKeys, emptyRowFields, emptyTcpRowAt, NO_KEY, type RowFields, stateOrdinal, tableRowOf, type TcpRowAt } from './socketColumns';
import type { OwnerColumn } from './tableRow';
import { blanksEndAt, blanksEndIn, CodeWords, codesMatch, codesOf, fieldBoundsIn, indexIn, isBlankCode, unsignedIntegerInCodes } from './textCodes';
import { type Field, isUnsignedInteger, unsignedIntegerIn } from './textLines';

/**
 * Rows of iproute2 `ss` (-tan, -tanp, -tuan, -tanpoie, -H):
 *   [Netid] State Recv-Q Send-Q Local Address:Port Peer Address:Port [users:((…)) timer:(…) ino:… …]
 * -i and -e put more on an indented line below the row; the document parser attaches those.
 */

/** The state words ss prints for any socket type. */
const SS_STATE_WORDS = [
  'UNCONN',
  'LISTEN',
  'ESTAB',
  'SYN-SENT',
  'SYN-RECV',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'TIME-WAIT',
  'CLOSE-WAIT',
  'LAST-ACK',
  'CLOSING',
  'UNKNOWN',
];

/** Each state word mapped to itself, to hand out one shared string per state. */
const SS_STATE_TEXTS: ReadonlyMap<string, string> = new Map(SS_STATE_WORDS.map((word) => [word, word]));

const NETID_PROTOCOLS: ReadonlyMap<string, Protocol> = new Map([
  ['tcp', 'tcp'],
  ['udp', 'udp'],
  ['raw', 'raw'],
  ['u_str', 'unix'],
  ['u_dgr', 'unix'],
  ['u_seq', 'unix'],
]);

/** Netids whose columns hold `address:port` pairs; others (unix, netlink, packet) print paths or names. */
const INET_NETIDS: ReadonlySet<string> = new Set(['tcp', 'udp', 'raw', 'mptcp', 'sctp', 'dccp', 'icmp6']);

/** ss's header; a filter on one state (`ss -tn state established`) makes ss leave the State column out. */
export function isSsHeader(text: string): { hasNetid: boolean; hasState: boolean } | undefined {
  const match = /^(Netid\s+)?(State\s+)?Recv-Q\s+Send-Q\s+Local\s+Address/.exec(text);
  return match ? { hasNetid: match[1] !== undefined, hasState: match[2] !== undefined } : undefined;
}

/** The one state an ss state filter selects, which its output then does not print. */
export interface FilteredState {
  /** Undefined when the command that printed the table is not known. */
  readonly state: TcpState | undefined;
}

export function isSsStateWord(word: string): boolean {
  return SS_STATE_TEXTS.has(word);
}


/** A row with or without the Netid column: `[netid] STATE int int …`. */
export function looksLikeSsRow(fields: readonly Field[]): { hasNetid: boolean } | undefined {
  if (fields.length >= 5 && isSsStateWord(fields[0].text) && isUnsignedInteger(fields[1].text)) {
    return { hasNetid: false };
  }
  if (
    fields.length >= 6 &&
    /^[a-z][a-z0-9_]*$/.test(fields[0].text) &&
    isSsStateWord(fields[1].text) &&
    isUnsignedInteger(fields[2].text)
  ) {
    return { hasNetid: true };
  }
  return undefined;
}

/** Reused field bounds and endpoint readings: rows are parsed one at a time, and a big paste has tens of thousands. */
const ROW_BOUNDS = new Int32Array(8);
const LOCAL = new EndpointColumn();
const PEER = new EndpointColumn();

/**
 * Reads one ss row from its text. `assumedProtocol` is what a table without a Netid column holds:
 * tcp for `ss -t…`, udp for `ss -u…`.
 */
export function parseSsRow(text: string, line: number, hasNetid: boolean, assumedProtocol: Protocol, filtered?: FilteredState): RowResult {
  const problem = readSsRow(text, codesOf(text), 0, text.length, hasNetid, assumedProtocol, filtered, SCRATCH);
  return problem === undefined ? { row: tableRowOf(SCRATCH, line, text) } : { problem };
}

const SCRATCH = emptyRowFields();

/**
 * Reads the ss row written in text[from, to) (a line, or a line of a whole document; `codes` are the
 * text's, see textCodes.ts) into `out`, offsets in `text`, or says why it is not one; the owners are
 * counted too. The document scan keeps what it read as columns; parseSsRow makes a row object of it.
 */
export function readSsRow(
  text: string,
  codes: Uint8Array,
  from: number,
  to: number,
  hasNetid: boolean,
  assumedProtocol: Protocol,
  filtered: FilteredState | undefined,
  out: RowFields,
): UnrecognizedReason | undefined {
  const bounds = ROW_BOUNDS;
  // Field indexes shift when there is no Netid column, and again when a state filter dropped State.
  const netidFields = hasNetid ? 1 : 0;
  const first = filtered ? netidFields - 1 : netidFields;
  // The fields up to Send-Q, then the two endpoints, read as endpoints while their ends are sought.
  const leading = first + 3;
  if (fieldBoundsIn(codes, from, to, leading, bounds) < leading) {
    return 'too-few-columns';
  }
  const localStart = blanksEndIn(codes, bounds[2 * leading - 1], to);
  const localEnd = LOCAL.walk(codes, localStart, to);
  const peerStart = blanksEndIn(codes, localEnd, to);
  if (peerStart === to) {
    return 'too-few-columns';
  }
  const peerEnd = PEER.walk(codes, peerStart, to);
  const netid = hasNetid ? (KNOWN_NETIDS.at(codes, bounds[0], bounds[1]) ?? text.slice(bounds[0], bounds[1])) : undefined;
  const protocol: Protocol = netid === undefined ? assumedProtocol : (NETID_PROTOCOLS.get(netid) ?? 'other');
  const stateStart = filtered ? -1 : bounds[2 * first];
  // The constant from the list, not a slice: every row of a big paste then shares a handful of strings.
  const stateWord = filtered ? -1 : SS_STATE_CODES.indexAt(codes, stateStart, bounds[2 * first + 1]);
  const stateText = stateWord < 0 ? undefined : SS_STATE_WORDS[stateWord];
  if (!filtered && stateText === undefined) {
    return 'unknown-state';
  }
  const recvQ = unsignedIntegerInCodes(codes, bounds[2 * first + 2], bounds[2 * first + 3]);
  const sendQ = unsignedIntegerInCodes(codes, bounds[2 * first + 4], bounds[2 * first + 5]);
  if (recvQ < 0 || sendQ < 0) {
    return 'bad-queue';
  }
  const state = protocol !== 'tcp' ? undefined : filtered ? filtered.state : SS_CANONICAL_STATES[stateWord];
  if (protocol === 'tcp' && !state && !filtered) {
    return 'unknown-state';
  }

  const carriesEndpoints = netid === undefined ? protocol !== 'unix' && protocol !== 'other' : INET_NETIDS.has(netid);
  let family: 4 | 6 | undefined;
  if (carriesEndpoints) {
    const localFamily = LOCAL.read(codes, localStart, localEnd);
    const peerFamily = PEER.read(codes, peerStart, peerEnd);
    if (localFamily < 0 || peerFamily < 0) {
      return 'bad-address';
    }
    out.portStart = LOCAL.colon + 1;
    out.peerHostStart = PEER.hostStart;
    out.peerHostEnd = PEER.hostEnd;
    out.peerIpv4 = PEER.ipv4;
    // ss prints `*` for a dual-stack socket (bound to :: without IPV6_V6ONLY): an IPv6 socket.
    family = familyOf(localFamily) ?? familyOf(peerFamily) ?? (codes[localStart] === 42 /* * */ ? 6 : undefined);
  }
  out.format = 'ss';
  out.protocol = protocol;
  out.family = family;
  out.state = state;
  out.stateText = stateText;
  out.stateStart = stateStart;
  out.recvQ = recvQ;
  out.sendQ = sendQ;
  out.localStart = carriesEndpoints ? localStart : -1;
  out.localEnd = localEnd;
  out.remoteStart = carriesEndpoints ? peerStart : -1;
  out.remoteEnd = peerEnd;
  out.owners = SS_USERS;
  out.ownersFrom = peerEnd;
  out.ownerCount = 0;
  out.ownersCounted = true;
  countSsOwners(codes, peerEnd, to, out);
  return undefined;
}

const SS_STATE_CODES = new CodeWords(SS_STATE_WORDS);
/** canonicalState of each ss state word, by its index: looked up once per word rather than once per row. */
const SS_CANONICAL_STATES: readonly (TcpState | undefined)[] = SS_STATE_WORDS.map((word) => canonicalState(word));

/** Netids written the same way on every row of a table: matched rather than sliced. */
const KNOWN_NETIDS = new CodeWords([...new Set([...NETID_PROTOCOLS.keys(), ...INET_NETIDS])]);

/**
 * What scanUsers would visit in the users:((…)) field of codes[from, to), counted into `out`: how many
 * owners (up to two: one, or a shared socket), the first one's name and pid. Searches stay before `to`.
 */
function countSsOwners(codes: Uint8Array, from: number, to: number, out: RowFields): void {
  // ss prints the users field right after the peer: look there before searching the rest of the row.
  const afterBlanks = blanksEndIn(codes, from, to);
  const start = afterBlanks + USERS_CODES.length <= to && codesMatch(codes, afterBlanks, USERS_CODES) ? afterBlanks : indexIn(codes, USERS_CODES, afterBlanks, to);
  if (start < 0) {
    return;
  }
  let index = start + USERS_CODES.length - 1;
  while (out.ownerCount < 2 && index + 1 < to && codes[index] === 40 /* ( */ && codes[index + 1] === 34 /* " */) {
    const nameStart = index + 2;
    const nameEnd = indexIn(codes, PID_MARK_CODES, nameStart, to);
    if (nameEnd < 0) {
      return;
    }
    // The pid's digits, read as they are passed (as unsignedIntegerIn: at most 15 of them).
    const pidStart = nameEnd + PID_MARK.length;
    let cursor = pidStart;
    let pidValue = 0;
    while (cursor < to && codes[cursor] >= 48 && codes[cursor] <= 57) {
      pidValue = pidValue * 10 + codes[cursor] - 48;
      cursor++;
    }
    const pid = cursor > pidStart && cursor - pidStart <= 15 ? pidValue : -1;
    // What may follow (`,fd=6`) holds no `)`: the owner ends at the first one after the pid.
    let close = cursor;
    while (close < to && codes[close] !== 41 /* ) */) {
      close++;
    }
    if (close === to) {
      return;
    }
    if (out.ownerCount++ === 0) {
      out.ownerNameStart = nameStart;
      out.ownerNameEnd = nameEnd;
      out.ownerPid = pid;
    }
    index = close + 1;
    if (index < to && codes[index] === 44 /* , */) {
      index++;
    }
  }
}

function familyOf(scanned: number): 4 | 6 | undefined {
  return scanned === 4 || scanned === 6 ? scanned : undefined;
}

const USERS_PREFIX = 'users:((';
const PID_MARK = '",pid=';
const USERS_CODES = codesOf(USERS_PREFIX);
const PID_MARK_CODES = codesOf(PID_MARK);

/**
 * Reads `users:(("nginx",pid=812,fd=6),("nginx",pid=813,fd=6))`. A process name may hold spaces,
 * commas or parentheses, so each name runs to the `",pid=` that follows it rather than to a delimiter.
 */
const SS_USERS: OwnerColumn = {
  read(text, from) {
    const processes: SocketProcess[] = [];
    const end = scanUsers(text, from, (name, pid, fd) => processes.push({ name, pid, fd }));
    return end >= 0 && processes.length > 0 ? { processes, start: text.indexOf(USERS_PREFIX, from), end } : undefined;
  },
  visit(text, from, visit) {
    scanUsers(text, from, visit);
  },
};

/**
 * Calls `visit` for each process of the users:((…)) field after `from`; returns where the field ends,
 * or -1 without one. (No span object: the summary visits the owners of every row of a big paste.)
 */
function scanUsers(text: string, from: number, visit: (name: string, pid: number | undefined, fd: number | undefined) => void): number {
  const start = text.indexOf(USERS_PREFIX, from);
  if (start < 0) {
    return -1;
  }
  let index = start + USERS_PREFIX.length - 1;
  while (text.charCodeAt(index) === 40 /* ( */ && text.charCodeAt(index + 1) === 34 /* " */) {
    const nameStart = index + 2;
    const nameEnd = text.indexOf(PID_MARK, nameStart);
    if (nameEnd < 0) {
      break;
    }
    const pidStart = nameEnd + PID_MARK.length;
    let cursor = digitsEnd(text, pidStart);
    const pid = cursor > pidStart ? unsignedIntegerIn(text, pidStart, cursor) : -1;
    let fd = -1;
    if (text.startsWith(',fd=', cursor)) {
      const fdStart = cursor + 4;
      cursor = digitsEnd(text, fdStart);
      fd = cursor > fdStart ? unsignedIntegerIn(text, fdStart, cursor) : -1;
    }
    const close = text.indexOf(')', cursor);
    if (close < 0) {
      break;
    }
    visit(text.slice(nameStart, nameEnd), pid >= 0 ? pid : undefined, fd >= 0 ? fd : undefined);
    index = close + 1;
    if (text.charCodeAt(index) === 44 /* , */) {
      index++;
    }
  }
  return text.charCodeAt(index) === 41 /* ) */ ? index + 1 : index;
}

function digitsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) {
    end++;
  }
  return end;
}

/** Each ss state word's `state` column value for a TCP row, by its index; -1 for words that are no TCP state. */
const SS_STATE_ORDINALS: readonly number[] = SS_CANONICAL_STATES.map((state) => (state === undefined ? -1 : stateOrdinal(state)));

/** The row the plain reader read (one scan runs at a time, and pushTcpRow keeps it before the next row). */
export const PLAIN_SS_ROW: TcpRowAt = emptyTcpRowAt(SS_USERS, 'ss');

/**
 * The common row of a TCP table — `[tcp] STATE recvQ sendQ a.b.c.d:port e.f.g.h:port [users:(("name",pid=…,…))]`
 * with one owner — read in one pass over codes[from, to) of `text` into PLAIN_SS_ROW, offsets on the line;
 * false, with nothing kept, for any other row, which readSsRow then reads. What it keeps is what readSsRow
 * and pushFields would keep of the same row. codes[to] is the line's end (see plainIpv4EndpointEnd).
 */
export function readPlainSsRow(text: string, codes: Uint8Array, from: number, to: number, hasNetid: boolean, keys: DocumentKeys): boolean {
  const row = PLAIN_SS_ROW;
  let index = from;
  if (hasNetid) {
    if (codes[index] !== 116 /* t */ || codes[index + 1] !== 99 /* c */ || codes[index + 2] !== 112 /* p */ || !isBlankCode(codes[index + 3])) {
      return false;
    }
    index = blanksEndAt(codes, index + 3);
  }
  const stateStart = index;
  // Up to a blank, the line's end, or a control character (then no blank follows the word, and the row is readSsRow's).
  while (codes[index] > 32) {
    index++;
  }
  const word = SS_STATE_CODES.indexAt(codes, stateStart, index);
  if (word < 0 || SS_STATE_ORDINALS[word] < 0 || !isBlankCode(codes[index])) {
    return false;
  }
  const peerEnd = readPlainQueuesAndEndpoints(codes, blanksEndAt(codes, index), to, from, row);
  if (peerEnd < 0) {
    return false;
  }
  // The owner: none, or one in the users field right after the peer; several, or a field elsewhere, are readSsRow's.
  let owner = NO_KEY;
  let pid = -1;
  const usersStart = blanksEndAt(codes, peerEnd);
  if (usersStart < to) {
    if (to - usersStart < USERS_CODES.length + 1 || !codesMatch(codes, usersStart, USERS_CODES) || codes[usersStart + USERS_CODES.length] !== 34 /* " */) {
      return false;
    }
    const nameStart = usersStart + USERS_CODES.length + 1;
    const nameEnd = indexIn(codes, PID_MARK_CODES, nameStart, to);
    if (nameEnd < 0) {
      return false;
    }
    const pidStart = nameEnd + PID_MARK_CODES.length;
    let cursor = pidStart;
    pid = 0;
    while (cursor < to && codes[cursor] >= 48 && codes[cursor] <= 57) {
      pid = pid * 10 + codes[cursor++] - 48;
    }
    if (cursor === pidStart || cursor - pidStart > 15) {
      return false;
    }
    while (cursor < to && codes[cursor] !== 41 /* ) */) {
      cursor++;
    }
    if (cursor + 1 >= to || codes[cursor + 1] !== 41 /* ) */) {
      return false;
    }
    owner = keys.ownerNameIdIn(text, codes, nameStart, nameEnd);
  }
  row.state = SS_STATE_ORDINALS[word];
  row.stateText = SS_STATE_WORDS[word];
  row.family = 4;
  row.stateStart = stateStart - from;
  row.ownersFrom = peerEnd - from;
  row.owner = owner;
  row.pid = pid;
  return true;
}
