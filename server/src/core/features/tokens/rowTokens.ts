import type { Localized } from '../../i18n/localized';
import { ownEntry } from '../../knowledge/ownEntry';
import { OTHER_FAMILY_STATE, type PseudoStateDoc, TIME_WAIT_ELSEWHERE, UDP_STATE_WORDS, WINDOWS_PSEUDO_STATES } from '../../knowledge/tcpStates';
import type { SocketRow } from '../../model/socketTable';
import { lookupStateSpelling, lookupTranslatedState, PROC_NET_TCP_STATES, type TcpState } from '../../model/tcpState';
import { lsofSocketId } from '../../parsers/lsof';
import { type Field, isHexDigit, isUnsignedInteger, splitFields } from '../../parsers/textLines';
import type { EndpointToken, LsofFieldToken, OwnerToken, ProcFieldToken, QueueToken, StateToken } from '../dumpTokens';
import { wordAt } from '../hoverMarkdown';

/** A hex address of a /proc/net/tcp or udp row, where the scan read the row's endpoints. */
export function procAddressToken(row: SocketRow, lineText: string, line: number, character: number): EndpointToken | undefined {
  for (const [endpoint, side] of [
    [row.local, 'local'],
    [row.remote, 'remote'],
  ] as const) {
    if (endpoint && character >= endpoint.span.start && character <= endpoint.span.end) {
      const { start, end } = endpoint.span;
      return { kind: 'endpoint', line, start, end, text: lineText.slice(start, end), endpoint, side };
    }
  }
  return undefined;
}

/** The columns of a /proc/net/tcp or udp row after the state, by field index (the kernel's seq_printf order). */
export const PROC_COLUMNS = { queues: 4, timer: 5, retransmits: 6, uid: 7, probes: 8, inode: 9, references: 10, pointer: 11 } as const;
/** tcp and tcp6 go on with rto, ato, ack mode, cwnd, ssthresh; udp with drops. */
export const PROC_TCP_EXTRAS = 5;

/** A /proc/net/tcp or udp column after the state, when its text has the shape that column prints. */
export function procFieldToken(row: SocketRow, lineText: string, line: number, character: number): ProcFieldToken | undefined {
  const fields = splitFields(lineText, PROC_COLUMNS.pointer + 1 + PROC_TCP_EXTRAS);
  const column = fields.findIndex((field) => character >= field.start && character <= field.start + field.text.length);
  if (column < PROC_COLUMNS.queues) {
    return undefined;
  }
  const field = fields[column];
  return hasProcShape(field.text, column, row.protocol === 'tcp')
    ? { kind: 'proc-field', line, start: field.start, end: field.start + field.text.length, text: field.text, column, row }
    : undefined;
}

function hasProcShape(text: string, column: number, isTcp: boolean): boolean {
  switch (column) {
    case PROC_COLUMNS.queues:
    case PROC_COLUMNS.timer:
      return hexPair(text) !== undefined;
    case PROC_COLUMNS.retransmits:
    case PROC_COLUMNS.pointer:
      return isHex(text);
    case PROC_COLUMNS.uid:
    case PROC_COLUMNS.probes:
    case PROC_COLUMNS.inode:
    case PROC_COLUMNS.references:
      return isUnsignedInteger(text);
    default:
      return isTcp ? column - PROC_COLUMNS.pointer - 1 < PROC_TCP_EXTRAS && SIGNED_DECIMAL.test(text) : column === PROC_COLUMNS.pointer + 1 && isUnsignedInteger(text);
  }
}

/** The TCP extras of /proc/net/tcp: small decimals, -1 for an unset ssthresh. */
const SIGNED_DECIMAL = /^-?\d{1,12}$/;

/** `HEX:HEX`, the shape of the queues and timer columns, as its two halves. */
export function hexPair(text: string): [string, string] | undefined {
  const colon = text.indexOf(':');
  const pair: [string, string] = [text.slice(0, colon), text.slice(colon + 1)];
  return colon > 0 && isHex(pair[0]) && isHex(pair[1]) ? pair : undefined;
}

function isHex(text: string): boolean {
  if (text.length === 0 || text.length > 16) {
    return false;
  }
  for (let index = 0; index < text.length; index++) {
    if (!isHexDigit(text.charCodeAt(index))) {
      return false;
    }
  }
  return true;
}

/** What lsof prints in DEVICE for a socket: its inode (Linux) or kernel address (macOS, BSD); other text is no token. */
const SOCKET_ID = /^(?:\d{1,20}|0x[0-9a-fA-F]{1,20})$/;

/** lsof rows are short; the NAME column with `-Tqs` ends a dozen fields in. */
const MAX_LSOF_FIELDS = 16;

/**
 * The values of an lsof row that lead somewhere: the process name (lsof cuts it short), the
 * descriptor, the socket's DEVICE and the `-Tqs` queues. The state and the headers are tokens of their own.
 */
export function lsofFieldToken(row: SocketRow, lineText: string, line: number, character: number): OwnerToken | LsofFieldToken | undefined {
  const fields = splitFields(lineText, MAX_LSOF_FIELDS);
  const field = fields.find((candidate) => character >= candidate.start && character <= candidate.start + candidate.text.length);
  if (!field || !row.processes[0]) {
    return undefined;
  }
  const end = field.start + field.text.length;
  if (field === fields[0]) {
    return { kind: 'owner', line, start: field.start, end, text: field.text, row };
  }
  const kind = lsofFieldKind(field, fields, row, lineText.length);
  // The `)` that closes `(STATE QR=0 QS=0)` is not part of the value.
  const valueEnd = end - (field.text.endsWith(')') ? 1 : 0);
  return kind && { kind: 'lsof-field', field: kind, line, start: field.start, end: valueEnd, text: lineText.slice(field.start, valueEnd), row };
}

function lsofFieldKind(field: Field, fields: readonly Field[], row: SocketRow, lineLength: number): LsofFieldToken['field'] | undefined {
  const fdField = fields.find((candidate) => /^\d+[urw]$/.test(candidate.text) && candidate.start < (row.local?.span.start ?? lineLength));
  if (field === fdField) {
    return 'descriptor';
  }
  const device = lsofSocketId(fields);
  if (device !== undefined && field.text === device && SOCKET_ID.test(device)) {
    return 'device';
  }
  return /^Q[RS]=\d+\)?$/.test(field.text) ? 'queue' : undefined;
}

/** The Recv-Q or Send-Q number of an ss or net-tools row: the first two numbers after the state (ss) or the protocol (netstat). */
export function queueToken(row: SocketRow, lineText: string, line: number, character: number): QueueToken | undefined {
  const { recvQ, sendQ } = row;
  if (recvQ === undefined || sendQ === undefined) {
    return undefined;
  }
  const fields = splitFields(lineText, 4);
  const index = fields.findIndex((field, position) => position > 0 && isUnsignedInteger(field.text));
  if (index < 0 || index + 1 >= fields.length) {
    return undefined;
  }
  const column = [fields[index], fields[index + 1]].findIndex((field) => character >= field.start && character <= field.start + field.text.length);
  if (column < 0) {
    return undefined;
  }
  const field = fields[index + column];
  const isRecv = column === 0;
  const end = field.start + field.text.length;
  return { kind: isRecv ? 'recv-q' : 'send-q', line, start: field.start, end, text: field.text, row, value: isRecv ? recvQ : sendQ, other: isRecv ? sendQ : recvQ };
}

/** /proc/net/udp reuses TCP's codes: 07 (TCP_CLOSE) for an unconnected socket, 01 for a connected one. */
const PROC_UDP_PRINTED_BY = { en: '`/proc/net/udp` and `udp6`, `st` column', zh: '`/proc/net/udp`、`udp6` 的 `st` 列' };
const PROC_UDP_UNCONNECTED: PseudoStateDoc = { ...UDP_STATE_WORDS.UNCONN, printedBy: PROC_UDP_PRINTED_BY };
const PROC_UDP_CONNECTED: PseudoStateDoc = { ...UDP_STATE_WORDS.ESTAB, printedBy: PROC_UDP_PRINTED_BY };

/**
 * A state word under the cursor: the hex code in a /proc row's state column, UDP's and Windows' own
 * words, a UNIX or raw socket's state, a TCP state spelled in capitals (tools print them so; "listen"
 * in a sentence is none), or on a pasted prompt an ss state filter (`ss -tn state time-wait`).
 */
export function stateToken(lineText: string, line: number, character: number, row: SocketRow | undefined, isPrompt: boolean): StateToken | undefined {
  const foreign = foreignStateToken(lineText, line, character, row);
  if (foreign) {
    return foreign;
  }
  const word = wordAt(lineText, character);
  if (!word) {
    return undefined;
  }
  const at = { kind: isPrompt ? ('command' as const) : ('state' as const), line, start: word.start, end: word.end, text: word.word };
  const upper = word.word.toUpperCase();
  const isUdp = row ? row.protocol === 'udp' : /^\s*udp/i.test(lineText);
  const stateSpan = row?.stateSpan;
  const inStateColumn = stateSpan !== undefined && word.start === stateSpan.start && word.end === stateSpan.end;
  if (row?.format === 'proc-net' && inStateColumn) {
    if (isUdp) {
      // The kernel reuses TCP's numbers for UDP: 07 (CLOSE) is unconnected, 01 (ESTABLISHED) connected.
      const pseudo = upper === '07' ? PROC_UDP_UNCONNECTED : upper === '01' ? PROC_UDP_CONNECTED : undefined;
      return pseudo && { ...at, pseudo };
    }
    const state = PROC_NET_TCP_STATES.get(upper);
    return state && { ...at, state, procCode: upper };
  }
  const pseudo = (isUdp ? ownEntry(UDP_STATE_WORDS, upper) : undefined) ?? ownEntry(WINDOWS_PSEUDO_STATES, upper);
  if (pseudo) {
    return { ...at, pseudo };
  }
  // UNIX, netlink, raw… rows: only the word in their state column, which is no TCP state.
  if (row && row.protocol !== 'tcp' && row.protocol !== 'udp') {
    return inStateColumn ? { ...at, pseudo: OTHER_FAMILY_STATE } : undefined;
  }
  const spelling = word.word === upper || isPrompt ? lookupStateSpelling(word.word) : undefined;
  // A bare "CLOSE" is a state only in a net-tools row; elsewhere it is just a word.
  if (!spelling || (spelling.spelling === 'CLOSE' && row?.stateText !== 'CLOSE')) {
    return undefined;
  }
  return { ...at, state: spelling.state, platformNote: platformNote(spelling.state, row) };
}

function platformNote(state: TcpState, row: SocketRow | undefined): Localized | undefined {
  return state === 'TIME_WAIT' && (row?.format === 'netstat-windows' || row?.format === 'netstat-bsd') ? TIME_WAIT_ELSEWHERE[row.format] : undefined;
}

/** The tools whose state words are translated (see knowledge/translatedStateWords.ts). */
const TRANSLATED_FORMATS: ReadonlySet<string> = new Set(['netstat-linux', 'netstat-windows']);

/**
 * The state column of a TCP row whose word is no English spelling: a translation (ABHÖREN, garbled or
 * not, may hold letters wordAt does not take), or an unknown word the row reader took for LISTEN by
 * its wildcard peer. The whole column is the token.
 */
function foreignStateToken(lineText: string, line: number, character: number, row: SocketRow | undefined): StateToken | undefined {
  const span = row?.stateSpan;
  if (!row || !TRANSLATED_FORMATS.has(row.format) || row.protocol !== 'tcp' || !row.state || !span || character < span.start || character > span.end) {
    return undefined;
  }
  const text = lineText.slice(span.start, span.end);
  const at = { kind: 'state' as const, line, start: span.start, end: span.end, text };
  const translation = lookupTranslatedState(text);
  if (translation) {
    return { ...at, state: translation.translation.state, translation, platformNote: platformNote(translation.translation.state, row) };
  }
  if (row.state === 'LISTEN' && !lookupStateSpelling(text) && row.remote) {
    return { ...at, state: 'LISTEN', inferredFromPeer: lineText.slice(row.remote.span.start, row.remote.span.end) };
  }
  return undefined;
}
