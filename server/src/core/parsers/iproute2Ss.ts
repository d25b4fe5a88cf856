import type { Protocol, RowResult, SocketProcess } from '../model/socketTable';
import { canonicalState, type TcpState } from '../model/tcpState';
import { scanEndpoint } from './endpoint';
import { type OwnerColumn, TableRow } from './tableRow';
import { type Field, fieldBounds, isUnsignedInteger, unsignedIntegerIn } from './textLines';

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

/** Reused field bounds: rows are parsed one at a time, and a big paste has tens of thousands. */
const ROW_BOUNDS = new Int32Array(12);

/**
 * Reads one ss row from its text. `assumedProtocol` is what a table without a Netid column holds:
 * tcp for `ss -t…`, udp for `ss -u…`.
 */
export function parseSsRow(text: string, line: number, hasNetid: boolean, assumedProtocol: Protocol, filtered?: FilteredState): RowResult {
  const bounds = ROW_BOUNDS;
  // Field indexes shift when there is no Netid column, and again when a state filter dropped State.
  const netidFields = hasNetid ? 1 : 0;
  const first = filtered ? netidFields - 1 : netidFields;
  if (fieldBounds(text, first + 5, bounds) < first + 5) {
    return { problem: 'too-few-columns' };
  }
  const netid = hasNetid ? text.slice(bounds[0], bounds[1]) : undefined;
  const protocol: Protocol = netid === undefined ? assumedProtocol : (NETID_PROTOCOLS.get(netid) ?? 'other');
  const stateStart = filtered ? -1 : bounds[2 * first];
  // The constant from the set, not a slice: every row of a big paste then shares a handful of strings.
  const stateText = filtered ? undefined : SS_STATE_TEXTS.get(text.slice(stateStart, bounds[2 * first + 1]));
  if (!filtered && stateText === undefined) {
    return { problem: 'unknown-state' };
  }
  const recvQ = unsignedIntegerIn(text, bounds[2 * first + 2], bounds[2 * first + 3]);
  const sendQ = unsignedIntegerIn(text, bounds[2 * first + 4], bounds[2 * first + 5]);
  if (recvQ < 0 || sendQ < 0) {
    return { problem: 'bad-queue' };
  }
  const state = protocol !== 'tcp' ? undefined : filtered ? filtered.state : canonicalState(stateText!);
  if (protocol === 'tcp' && !state && !filtered) {
    return { problem: 'unknown-state' };
  }

  const carriesEndpoints = netid === undefined ? protocol !== 'unix' && protocol !== 'other' : INET_NETIDS.has(netid);
  const localStart = bounds[2 * first + 6];
  const localEnd = bounds[2 * first + 7];
  const peerStart = bounds[2 * first + 8];
  const peerEnd = bounds[2 * first + 9];
  let family: 4 | 6 | undefined;
  if (carriesEndpoints) {
    const localFamily = scanEndpoint(text, localStart, localEnd);
    const peerFamily = scanEndpoint(text, peerStart, peerEnd);
    if (localFamily < 0 || peerFamily < 0) {
      return { problem: 'bad-address' };
    }
    // ss prints `*` for a dual-stack socket (bound to :: without IPV6_V6ONLY): an IPv6 socket.
    family = familyOf(localFamily) ?? familyOf(peerFamily) ?? (text.charCodeAt(localStart) === 42 /* * */ ? 6 : undefined);
  }
  return {
    row: new TableRow(
      line,
      'ss',
      protocol,
      family,
      state,
      stateText,
      stateStart,
      recvQ,
      sendQ,
      text,
      carriesEndpoints ? localStart : -1,
      localEnd,
      carriesEndpoints ? peerStart : -1,
      peerEnd,
      SS_USERS,
      peerEnd,
    ),
  };
}

function familyOf(scanned: number): 4 | 6 | undefined {
  return scanned === 4 || scanned === 6 ? scanned : undefined;
}

const USERS_PREFIX = 'users:((';
const PID_MARK = '",pid=';

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
