import type { Endpoint, Protocol, RowResult, SocketProcess, SocketRow } from '../model/socketTable';
import { canonicalState } from '../model/tcpState';
import { parseEndpoint } from './endpoint';
import { type Field, isUnsignedInteger } from './textLines';

/**
 * Rows of lsof's network files, as Linux and macOS print them (`lsof -i`, `lsof -nP -iTCP
 * -sTCP:LISTEN`, `lsof -i :8080`, `lsof -p PID`, `-T` / `-Tqs`, `-K` with its TID column):
 *   COMMAND    PID USER   FD   TYPE  DEVICE SIZE/OFF NODE NAME
 *   api-serve 7888 root   31u  IPv4 1282807      0t0  TCP 127.0.0.1:5432->127.0.0.1:52542 (CLOSE_WAIT)
 *   my\x20wor 7902 root   17u  IPv4 1282771      0t0  UDP *:5353
 * NAME is `local[->remote]` and, for TCP, `(STATE)`; `-Tqs` adds ` QR=n QS=n` inside the parentheses.
 * lsof lists only sockets some process holds: TIME_WAIT sockets and those the application has closed
 * (an orphaned FIN_WAIT2) never appear, whatever the kernel has.
 */

/** The header; `-K` adds TID (and newer lsof TASKCMD) after PID. */
export function isLsofHeader(text: string): boolean {
  return /^\s*COMMAND\s+PID\s+(?:TID\s+(?:TASKCMD\s+)?)?USER\s+FD\s+TYPE\s+DEVICE\s+SIZE\/OFF\s+NODE\s+NAME\s*$/.test(text);
}

const NODE_PROTOCOLS: ReadonlyMap<string, Protocol> = new Map([
  ['TCP', 'tcp'],
  ['UDP', 'udp'],
  ['UDPLITE', 'udp'],
]);

/**
 * Where TYPE sits: lsof leaves the TID cell of a process's main thread blank under `-K`, so fields
 * are counted from a recognised TYPE (IPv4/IPv6) rather than from the left. -1 when the row has none.
 */
function inetTypeIndex(fields: readonly Field[]): number {
  for (let index = 3; index <= 6 && index + 3 < fields.length; index++) {
    const type = fields[index].text;
    if ((type === 'IPv4' || type === 'IPv6') && NODE_PROTOCOLS.has(fields[index + 3].text)) {
      return index;
    }
  }
  return -1;
}

/** `COMMAND PID … IPv4|IPv6 DEVICE SIZE/OFF TCP|UDP NAME`: an lsof network row, header or not. */
export function looksLikeLsofRow(fields: readonly Field[]): boolean {
  return fields.length >= 9 && isUnsignedInteger(fields[1].text) && inetTypeIndex(fields) >= 0;
}

/**
 * Any row of an lsof table: `COMMAND PID [TID] USER FD TYPE …`. Files that are not sockets (`lsof -p`
 * lists the binary, libraries, pipes) belong to the table without being counted.
 */
export function looksLikeLsofFileRow(fields: readonly Field[]): boolean {
  return fields.length >= 5 && isUnsignedInteger(fields[1].text);
}

/** A UNIX socket's row: TYPE `unix`, wherever a blank TID cell of `-K` puts it. */
export function isLsofUnixSocket(fields: readonly Field[]): boolean {
  return fields.slice(3, 7).some((field) => field.text === 'unix');
}

/**
 * A raw IP socket (`ping`, a DHCP client, a routing daemon), which lsof lists with every file but not
 * under `-i`: TYPE `raw` or `raw6`, DEVICE left blank, the inode as NODE and NAME as /proc/net/raw
 * writes it (`00000000:0001->00000000:0000 st=07`, the "port" being the IP protocol number).
 */
export function parseLsofRawRow(line: number, fields: readonly Field[]): SocketRow | undefined {
  const typeIndex = fields.findIndex((field, index) => index >= 3 && index <= 6 && (field.text === 'raw' || field.text === 'raw6'));
  if (typeIndex < 0 || !isUnsignedInteger(fields[1].text)) {
    return undefined;
  }
  const command = fields[0];
  const process: SocketProcess = { name: unescapeCommand(command.text), pid: Number(fields[1].text), ...fdOf(fields[typeIndex - 1].text) };
  return {
    line,
    format: 'lsof',
    protocol: 'raw',
    family: fields[typeIndex].text === 'raw6' ? 6 : 4,
    processes: [process],
    processSpan: { start: command.start, end: command.start + command.text.length },
  };
}

/**
 * The DEVICE of a network row: the socket's inode on Linux, its kernel address on macOS. Lines with
 * the same DEVICE are one socket, listed once per process that shares it (forked workers) and, with
 * `-K`, once per thread.
 */
export function lsofSocketId(fields: readonly Field[]): string | undefined {
  const typeIndex = inetTypeIndex(fields);
  return typeIndex < 0 ? undefined : fields[typeIndex + 1].text;
}

/** `fields` are the row's leading fields, up to NODE at least; NAME runs from NODE's end to the end of the line. */
export function parseLsofRow(text: string, line: number, fields: readonly Field[]): RowResult {
  const typeIndex = inetTypeIndex(fields);
  if (typeIndex < 0) {
    return { problem: fields.length < 9 ? 'too-few-columns' : 'unknown-format' };
  }
  const node = fields[typeIndex + 3];
  const protocol = NODE_PROTOCOLS.get(node.text)!;
  const name = readName(text, node.start + node.text.length);
  if (!name) {
    return { problem: 'bad-address' };
  }
  const state = name.stateText === undefined ? undefined : canonicalState(name.stateText);
  if (protocol === 'tcp' && name.stateText !== undefined && !state) {
    return { problem: 'unknown-state' };
  }
  const command = fields[0];
  const fd = fields[typeIndex - 1];
  const process: SocketProcess = { name: unescapeCommand(command.text), pid: Number(fields[1].text), ...fdOf(fd.text) };
  return {
    row: {
      line,
      format: 'lsof',
      protocol,
      // The TYPE column, not the address: an IPv6 socket shows an IPv4-mapped peer as plain IPv4.
      family: fields[typeIndex].text === 'IPv6' ? 6 : 4,
      state: protocol === 'tcp' ? state : undefined,
      stateText: name.stateText,
      stateSpan: name.stateStart < 0 ? undefined : { start: name.stateStart, end: name.stateStart + (name.stateText?.length ?? 0) },
      recvQ: name.recvQ,
      sendQ: name.sendQ,
      local: name.local,
      remote: name.remote,
      processes: [process],
      processSpan: { start: command.start, end: command.start + command.text.length },
    },
  };
}

interface LsofName {
  readonly local: Endpoint;
  readonly remote?: Endpoint;
  readonly stateText?: string;
  readonly stateStart: number;
  readonly recvQ?: number;
  readonly sendQ?: number;
}

/** `local[->remote] [(STATE [QR=n QS=n])]` from `from` on; undefined when the endpoints do not read. */
function readName(text: string, from: number): LsofName | undefined {
  let start = from;
  while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) {
    start++;
  }
  const open = text.indexOf(' (', start);
  const addressEnd = open < 0 ? text.trimEnd().length : open;
  const arrow = text.indexOf('->', start);
  const hasPeer = arrow >= 0 && arrow < addressEnd;
  const local = parseEndpoint(text.slice(start, hasPeer ? arrow : addressEnd), start);
  const remote = hasPeer ? parseEndpoint(text.slice(arrow + 2, addressEnd), arrow + 2) : undefined;
  if (!local || (hasPeer && !remote)) {
    return undefined;
  }
  const close = open < 0 ? -1 : text.indexOf(')', open);
  const inside = close < 0 ? '' : text.slice(open + 2, close);
  const words = inside.split(/\s+/).filter((word) => word !== '');
  const stateText = words[0] !== undefined && !words[0].includes('=') ? words[0] : undefined;
  return {
    local,
    remote,
    stateText,
    stateStart: stateText === undefined ? -1 : open + 2,
    recvQ: queueValue(words, 'QR='),
    sendQ: queueValue(words, 'QS='),
  };
}

/** `-Tq`'s `QR=n` / `QS=n`: the receive and send queues, what ss and netstat call Recv-Q and Send-Q. */
function queueValue(words: readonly string[], prefix: string): number | undefined {
  const word = words.find((candidate) => candidate.startsWith(prefix));
  const digits = word?.slice(prefix.length);
  return digits !== undefined && isUnsignedInteger(digits) ? Number(digits) : undefined;
}

/** `31u` → fd 31 (the letter is the access mode); `cwd`, `txt`, `mem` are not descriptors. */
function fdOf(text: string): { fd?: number } {
  const digits = /^\d+/.exec(text)?.[0];
  return digits === undefined ? {} : { fd: Number(digits) };
}

/**
 * lsof escapes spaces and unprintable bytes in COMMAND as `\xNN` (`my\x20wor` is `my wor`); a
 * non-ASCII name is escaped byte by byte, so the bytes are read back as UTF-8.
 */
export function unescapeCommand(text: string): string {
  if (!text.includes('\\x')) {
    return text;
  }
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const escaped = text.startsWith('\\x', index) && /^[0-9a-fA-F]{2}$/.test(text.slice(index + 2, index + 4));
    bytes.push(escaped ? parseInt(text.slice(index + 2, index + 4), 16) : text.charCodeAt(index) & 0xff);
    index += escaped ? 3 : 0;
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
