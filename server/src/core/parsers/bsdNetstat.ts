import type { Endpoint, Protocol, RowResult } from '../model/socketTable';
import { canonicalState, type TcpState } from '../model/tcpState';
import { type Field, isHexDigit, isUnsignedInteger } from './textLines';

/**
 * Rows of macOS and FreeBSD `netstat` (-an, -Aa, -AaT, -Aax, -AanP, -Abn, -p tcp):
 *   [Tcpcb|Socket [Flowhash]] Proto Recv-Q Send-Q  Local Address  Foreign Address  (state)  [more…]
 *   fffff80003df43d0          tcp4       0      0  10.0.0.1.22    10.0.0.9.64330   ESTABLISHED
 * The port follows the LAST dot (`*.22`, `fe80::1%lo0.123`, `*.*`); -T prints Rexmit/OOORcv/0-win
 * instead of the queues and no state; -x, -b and -P add columns after the state.
 * Other sections (UNIX domain, kernel event/control sockets, control modules) are recognised so
 * that their rows are counted as what they are, never as TCP.
 */

/** Which table a BSD section title opens. */
export type BsdArea = 'inet' | 'unix' | 'kernel' | 'other';

/** What the Internet table's header line says about its columns. */
export interface BsdColumns {
  /** -T prints retransmit counters instead of Recv-Q/Send-Q. */
  readonly queues: boolean;
  /** -T and -x drop the (state) column. */
  readonly state: boolean;
}

const PROTOCOLS: ReadonlyMap<string, { protocol: Protocol; family?: 4 | 6 }> = new Map([
  ['tcp4', { protocol: 'tcp', family: 4 }],
  ['tcp6', { protocol: 'tcp', family: 6 }],
  ['tcp46', { protocol: 'tcp', family: 6 }],
  ['tcp', { protocol: 'tcp' }],
  ['udp4', { protocol: 'udp', family: 4 }],
  ['udp6', { protocol: 'udp', family: 6 }],
  ['udp46', { protocol: 'udp', family: 6 }],
  ['udp', { protocol: 'udp' }],
  ['icm4', { protocol: 'raw', family: 4 }],
  ['icm6', { protocol: 'raw', family: 6 }],
  ['raw4', { protocol: 'raw', family: 4 }],
  ['raw6', { protocol: 'raw', family: 6 }],
  ['sctp4', { protocol: 'other', family: 4 }],
  ['sctp6', { protocol: 'other', family: 6 }],
  ['div4', { protocol: 'other', family: 4 }],
]);

/** Titles as BSD prints them; Linux titles always carry a parenthesised note other than "(including servers)". */
export function bsdSectionTitle(text: string): BsdArea | undefined {
  const trimmed = text.trimEnd();
  if (trimmed === 'Active Internet connections' || trimmed === 'Active Internet connections (including servers)') {
    return 'inet';
  }
  if (trimmed === 'Active Internet6 connections' || trimmed === 'Active Internet6 connections (including servers)') {
    return 'inet';
  }
  if (trimmed === 'Active LOCAL (UNIX) domain sockets' || trimmed === 'Active UNIX domain sockets') {
    return 'unix';
  }
  if (trimmed === 'Active kernel event sockets' || trimmed === 'Active kernel control sockets') {
    return 'kernel';
  }
  if (trimmed === 'Registered kernel control modules' || trimmed === 'Active Multipath Internet connections') {
    return 'other';
  }
  return undefined;
}

/**
 * The Internet table's header: `Proto Recv-Q Send-Q Local Address Foreign Address (state)`, possibly
 * after PCB columns (`Tcpcb`, `Socket Flowhash`) and with -T's `Rexmit OOORcv 0-win`.
 * Linux's header has the same start but never `(state)`, `Rexmit` or a column before Proto.
 */
export function bsdInternetHeader(text: string): BsdColumns | undefined {
  const match = /^(\S+\s+){0,2}Proto\s+(Recv-Q|Rexmit)\s/.exec(text);
  if (!match || !text.includes('Local Address')) {
    return undefined;
  }
  const hasState = text.includes('(state)');
  if (match[1] === undefined && match[2] === 'Recv-Q' && !hasState) {
    return undefined;
  }
  return { queues: match[2] === 'Recv-Q', state: hasState };
}

/** The UNIX table's header: `Address Type Recv-Q Send-Q Inode Conn Refs Nextref Addr`. */
export function isBsdUnixHeader(text: string): boolean {
  return /^\s*Address\s+Type\s+Recv-Q\s+Send-Q\s+Inode\s/.test(text);
}

/**
 * Where the protocol column is: after at most two PCB columns (hex), so `-A` rows are found without
 * the header. Undefined when the line has no BSD protocol there, or a Linux-style `:port` address.
 */
export function bsdProtocolIndex(fields: readonly Field[]): number | undefined {
  for (let index = 0; index < 3 && index < fields.length; index++) {
    if (PROTOCOLS.has(fields[index].text)) {
      let address = index + 1;
      while (address < fields.length && isUnsignedInteger(fields[address].text)) {
        address++;
      }
      const both = address + 1 < fields.length && endsWithDotPort(fields[address].text) && endsWithDotPort(fields[address + 1].text);
      return both ? index : undefined;
    }
    // The PCB address is long; macOS's Flowhash after it may be as short as `0`.
    if (!isHex(fields[index].text, index === 0 ? 4 : 1)) {
      return undefined;
    }
  }
  return undefined;
}

/** `fields` are all fields of the line (BSD rows are short); `protocolIndex` from bsdProtocolIndex. */
export function parseBsdRow(fields: readonly Field[], protocolIndex: number, line: number, columns: BsdColumns | undefined): RowResult {
  const proto = PROTOCOLS.get(fields[protocolIndex].text);
  if (!proto) {
    return { problem: 'unknown-format' };
  }
  let index = protocolIndex + 1;
  const numbers: Field[] = [];
  while (index < fields.length && isUnsignedInteger(fields[index].text)) {
    numbers.push(fields[index]);
    index++;
  }
  if (index + 2 > fields.length) {
    return { problem: 'too-few-columns' };
  }
  const local = parseBsdEndpoint(fields[index]);
  const remote = parseBsdEndpoint(fields[index + 1]);
  if (!local || !remote) {
    return { problem: 'bad-address' };
  }
  const queues = columns?.queues !== false && numbers.length === 2;

  let state: TcpState | undefined;
  const stateField = proto.protocol === 'tcp' && (columns?.state ?? true) ? fields[index + 2] : undefined;
  if (stateField) {
    state = canonicalState(stateField.text);
    const noStateColumn = columns === undefined && isUnsignedInteger(stateField.text);
    if (!state && !noStateColumn) {
      return { problem: 'unknown-state' };
    }
  } else if (proto.protocol === 'tcp' && columns?.state) {
    return { problem: 'too-few-columns' };
  }
  const printedState = state ? stateField : undefined;
  return {
    row: {
      line,
      format: 'netstat-bsd',
      protocol: proto.protocol,
      family: proto.family ?? (local.address.includes(':') ? 6 : local.address.includes('.') ? 4 : undefined),
      state,
      stateText: printedState?.text,
      stateSpan: printedState && { start: printedState.start, end: printedState.start + printedState.text.length },
      recvQ: queues ? Number(numbers[0].text) : undefined,
      sendQ: queues ? Number(numbers[1].text) : undefined,
      local,
      remote,
      processes: [],
    },
  };
}

/** A row of the UNIX table: `fffff80003ab6200 stream 0 0 …`. */
export function looksLikeBsdUnixRow(fields: readonly Field[]): boolean {
  return fields.length >= 4 && isHex(fields[0].text) && /^(?:stream|dgram|seqpacket|seqpac|seqpack)$/.test(fields[1].text);
}

/** A row of the kernel event/control tables (macOS): `kevt 0 0 1 1 0`, `kctl 0 0 1 2 com.apple.netsrc`. */
export function looksLikeBsdKernelRow(fields: readonly Field[]): boolean {
  const protoIndex = fields.findIndex((field) => field.text === 'kevt' || field.text === 'kctl');
  return protoIndex >= 0 && protoIndex <= 1 && fields.length >= protoIndex + 3 && isUnsignedInteger(fields[protoIndex + 1].text);
}

/** `10.0.0.1.22`, `*.*`, `fe80::1%lo0.123`, `localhost.smtp`: everything after the last dot is the port. */
function parseBsdEndpoint(field: Field): Endpoint | undefined {
  const text = field.text;
  const dot = text.lastIndexOf('.');
  if (dot <= 0 || dot === text.length - 1) {
    return undefined;
  }
  let address = text.slice(0, dot);
  let scope: string | undefined;
  const percent = address.indexOf('%');
  if (percent > 0) {
    scope = address.slice(percent + 1);
    address = address.slice(0, percent);
  }
  return { address, scope, port: text.slice(dot + 1), span: { start: field.start, end: field.start + text.length } };
}

/** Linux prints `host:port`; BSD `host.port`. Decides by which separator comes last. */
function endsWithDotPort(text: string): boolean {
  return text.lastIndexOf('.') > text.lastIndexOf(':');
}

function isHex(text: string, minLength = 4): boolean {
  if (text.length < minLength || text.length > 16) {
    return false;
  }
  for (let index = 0; index < text.length; index++) {
    if (!isHexDigit(text.charCodeAt(index))) {
      return false;
    }
  }
  return true;
}
