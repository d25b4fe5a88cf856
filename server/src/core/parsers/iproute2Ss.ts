import type { Protocol, RowResult, SocketProcess } from '../model/socketTable';
import type { ColumnSpan } from '../model/span';
import { canonicalState } from '../model/tcpState';
import { addressFamily, parseEndpoint } from './endpoint';
import { type Field, isUnsignedInteger } from './textLines';

/**
 * Rows of iproute2 `ss` (-tan, -tanp, -tuan, -tanpoie, -H):
 *   [Netid] State Recv-Q Send-Q Local Address:Port Peer Address:Port [users:((…)) timer:(…) ino:… …]
 * -i and -e put more on an indented line below the row; the document parser attaches those.
 */

/** The state words ss prints for any socket type. */
const SS_STATE_WORDS: ReadonlySet<string> = new Set([
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
]);

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

export function isSsHeader(text: string): { hasNetid: boolean } | undefined {
  const match = /^(Netid\s+)?State\s+Recv-Q\s+Send-Q\s+Local\s+Address/.exec(text);
  return match ? { hasNetid: match[1] !== undefined } : undefined;
}

export function isSsStateWord(word: string): boolean {
  return SS_STATE_WORDS.has(word);
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

/**
 * `fields` are the line's leading fields (at least seven when the line has them).
 * `assumedProtocol` is what a table without a Netid column holds: tcp for `ss -t…`, udp for `ss -u…`.
 */
export function parseSsRow(
  text: string,
  fields: readonly Field[],
  line: number,
  hasNetid: boolean,
  assumedProtocol: Protocol,
): RowResult {
  const first = hasNetid ? 1 : 0;
  if (fields.length < first + 5) {
    return { problem: 'too-few-columns' };
  }
  const netid = hasNetid ? fields[0].text : undefined;
  const protocol: Protocol = netid === undefined ? assumedProtocol : (NETID_PROTOCOLS.get(netid) ?? 'other');
  const stateField = fields[first];
  if (!isSsStateWord(stateField.text)) {
    return { problem: 'unknown-state' };
  }
  const recvQ = fields[first + 1];
  const sendQ = fields[first + 2];
  if (!isUnsignedInteger(recvQ.text) || !isUnsignedInteger(sendQ.text)) {
    return { problem: 'bad-queue' };
  }
  const state = protocol === 'tcp' ? canonicalState(stateField.text) : undefined;
  if (protocol === 'tcp' && !state) {
    return { problem: 'unknown-state' };
  }

  const carriesEndpoints = netid === undefined ? protocol !== 'unix' && protocol !== 'other' : INET_NETIDS.has(netid);
  const localField = fields[first + 3];
  const peerField = fields[first + 4];
  const local = carriesEndpoints ? parseEndpoint(localField.text, localField.start) : undefined;
  const remote = carriesEndpoints ? parseEndpoint(peerField.text, peerField.start) : undefined;
  if (carriesEndpoints && (!local || !remote)) {
    return { problem: 'bad-address' };
  }
  const family = local ? (addressFamily(local.address) ?? addressFamily(remote?.address ?? '')) : undefined;

  const users = parseUsers(text, peerField.start + peerField.text.length);
  return {
    row: {
      line,
      format: 'ss',
      protocol,
      family,
      state,
      stateText: stateField.text,
      stateSpan: { start: stateField.start, end: stateField.start + stateField.text.length },
      recvQ: Number(recvQ.text),
      sendQ: Number(sendQ.text),
      local,
      remote,
      processes: users?.processes ?? [],
      processSpan: users?.span,
    },
  };
}

const USERS_PREFIX = 'users:((';
const PID_MARK = '",pid=';

/**
 * Reads `users:(("nginx",pid=812,fd=6),("nginx",pid=813,fd=6))`. A process name may hold spaces,
 * commas or parentheses, so each name runs to the `",pid=` that follows it rather than to a delimiter.
 */
function parseUsers(text: string, from: number): { processes: SocketProcess[]; span: ColumnSpan } | undefined {
  const start = text.indexOf(USERS_PREFIX, from);
  if (start < 0) {
    return undefined;
  }
  const processes: SocketProcess[] = [];
  let index = start + USERS_PREFIX.length - 1;
  while (text.charCodeAt(index) === 40 /* ( */ && text.charCodeAt(index + 1) === 34 /* " */) {
    const nameStart = index + 2;
    const nameEnd = text.indexOf(PID_MARK, nameStart);
    if (nameEnd < 0) {
      break;
    }
    let cursor = nameEnd + PID_MARK.length;
    const pid = readDigits(text, cursor);
    cursor += pid.length;
    let fd: string | undefined;
    if (text.startsWith(',fd=', cursor)) {
      fd = readDigits(text, cursor + 4);
      cursor += 4 + fd.length;
    }
    const close = text.indexOf(')', cursor);
    if (close < 0) {
      break;
    }
    processes.push({
      name: text.slice(nameStart, nameEnd),
      pid: pid.length > 0 ? Number(pid) : undefined,
      fd: fd !== undefined && fd.length > 0 ? Number(fd) : undefined,
    });
    index = close + 1;
    if (text.charCodeAt(index) === 44 /* , */) {
      index++;
    }
  }
  const end = text.charCodeAt(index) === 41 /* ) */ ? index + 1 : index;
  return processes.length > 0 ? { processes, span: { start, end } } : undefined;
}

function readDigits(text: string, from: number): string {
  let end = from;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) {
    end++;
  }
  return text.slice(from, end);
}
