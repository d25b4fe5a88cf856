import type { Endpoint, Protocol, RowResult } from '../model/socketTable';
import { PROC_NET_TCP_STATES } from '../model/tcpState';
import { type Field, isHexDigit, isUnsignedInteger } from './textLines';

/**
 * Rows of /proc/net/tcp, tcp6, udp, udp6 (and raw, raw6), as pasted from a container without tools:
 *     sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
 *      0: 0100007F:0277 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 12345 …
 * Addresses are the kernel's 32-bit words printed in hex in host byte order (little-endian on the
 * machines people paste from), ports in plain hex; `st` is the kernel's state number in hex.
 * The udp files add `ref pointer drops`; the v6 files call the second column `remote_address`.
 */

/** What a /proc table holds, from its header or from the command that printed it. */
export interface ProcNetTable {
  /** 'tcp' for tcp/tcp6; udp and raw tables share a header, so the command tells them apart. */
  readonly protocol: Protocol;
}

/** The header line; the udp/raw form has the extra `ref pointer drops` columns. */
export function procNetHeader(text: string): ProcNetTable | undefined {
  if (!/^\s*sl\s+local_address\s+(?:rem|remote)_address\s+st\s+tx_queue/.test(text)) {
    return undefined;
  }
  return { protocol: /\sref\s+pointer\s+drops/.test(text) ? 'udp' : 'tcp' };
}

/** The table a command prints: `cat /proc/net/udp6` → udp. */
export function procNetTableOfCommand(command: string): ProcNetTable | undefined {
  const match = /\/proc\/(?:self\/net|net|\d+\/net)\/(tcp|udp|raw|udplite)6?\b/.exec(command);
  if (!match) {
    return undefined;
  }
  const protocol: Protocol = match[1] === 'tcp' ? 'tcp' : match[1] === 'raw' ? 'raw' : 'udp';
  return { protocol };
}

/** `  12: HEX:HEX HEX:HEX XX …`: a slot number with a colon, then two hex endpoints. */
export function looksLikeProcNetRow(fields: readonly Field[]): boolean {
  return (
    fields.length >= 4 &&
    isSlot(fields[0].text) &&
    decodeHexEndpoint(fields[1]) !== undefined &&
    fields[3].text.length === 2 &&
    isHexDigits(fields[3].text)
  );
}

/** `fields` are the row's leading fields (ten when present: up to the inode). */
export function parseProcNetRow(fields: readonly Field[], line: number, table: ProcNetTable | undefined): RowResult {
  if (fields.length < 4) {
    return { problem: 'too-few-columns' };
  }
  const local = decodeHexEndpoint(fields[1]);
  const remote = decodeHexEndpoint(fields[2]);
  if (!local || !remote) {
    return { problem: 'bad-address' };
  }
  const protocol = table?.protocol ?? 'tcp';
  const stateField = fields[3];
  const state = PROC_NET_TCP_STATES.get(stateField.text.toUpperCase());
  if (protocol === 'tcp' && !state) {
    return { problem: 'unknown-state' };
  }
  const queues = fields[4] ? splitQueues(fields[4].text) : undefined;
  if (fields[4] && !queues) {
    return { problem: 'bad-queue' };
  }
  return {
    row: {
      line,
      format: 'proc-net',
      protocol,
      family: fields[1].text.indexOf(':') === 32 ? 6 : 4,
      state: protocol === 'tcp' ? state : undefined,
      stateText: stateField.text,
      stateSpan: { start: stateField.start, end: stateField.start + stateField.text.length },
      // The kernel's tx_queue is what ss and netstat show as Send-Q, rx_queue as Recv-Q.
      sendQ: queues?.[0],
      recvQ: queues?.[1],
      local,
      remote,
      uid: numberAt(fields, 7),
      inode: numberAt(fields, 9),
      processes: [],
    },
  };
}

/** The uid and inode columns; undefined when the paste cut the row short. */
function numberAt(fields: readonly Field[], index: number): number | undefined {
  const text = fields[index]?.text;
  return text !== undefined && isUnsignedInteger(text) ? Number(text) : undefined;
}

/**
 * `0100007F:0277` → 127.0.0.1 port 631; 32 hex digits are four such words → compressed IPv6,
 * IPv4-mapped shown as `::ffff:a.b.c.d`.
 */
export function decodeHexEndpoint(field: Field): Endpoint | undefined {
  const text = field.text;
  const colon = text.indexOf(':');
  if ((colon !== 8 && colon !== 32) || text.length !== colon + 5 || !isHexDigits(text)) {
    return undefined;
  }
  const port = String(parseInt(text.slice(colon + 1), 16));
  const address = colon === 8 ? ipv4FromWord(text.slice(0, 8)) : ipv6FromWords(text.slice(0, 32));
  return { address, port: port === '0' && isAllZero(text.slice(0, colon)) ? '*' : port, span: { start: field.start, end: field.start + text.length } };
}

/** One little-endian 32-bit word: the last byte printed is the first octet. */
function wordBytes(hex: string): number[] {
  return [parseInt(hex.slice(6, 8), 16), parseInt(hex.slice(4, 6), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(0, 2), 16)];
}

function ipv4FromWord(hex: string): string {
  return wordBytes(hex).join('.');
}

function ipv6FromWords(hex: string): string {
  const bytes: number[] = [];
  for (let word = 0; word < 4; word++) {
    bytes.push(...wordBytes(hex.slice(word * 8, word * 8 + 8)));
  }
  const mapped = bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (mapped) {
    return `::ffff:${bytes.slice(12).join('.')}`;
  }
  const groups: number[] = [];
  for (let index = 0; index < 16; index += 2) {
    groups.push(bytes[index] * 256 + bytes[index + 1]);
  }
  return compressIpv6(groups);
}

/** RFC 5952 text: the longest run (two or more) of zero groups becomes `::`, the first such run on a tie. */
function compressIpv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let index = 0; index < groups.length; ) {
    if (groups[index] !== 0) {
      index++;
      continue;
    }
    let end = index;
    while (end < groups.length && groups[end] === 0) {
      end++;
    }
    if (end - index > bestLength) {
      bestStart = index;
      bestLength = end - index;
    }
    index = end;
  }
  const text = groups.map((group) => group.toString(16));
  if (bestStart < 0) {
    return text.join(':');
  }
  return `${text.slice(0, bestStart).join(':')}::${text.slice(bestStart + bestLength).join(':')}`;
}

function splitQueues(text: string): [number, number] | undefined {
  const colon = text.indexOf(':');
  if (colon !== 8 || text.length !== 17 || !isHexDigits(text)) {
    return undefined;
  }
  return [parseInt(text.slice(0, 8), 16), parseInt(text.slice(9), 16)];
}

function isSlot(text: string): boolean {
  return text.length >= 2 && text.length <= 12 && text.endsWith(':') && /^\d+$/.test(text.slice(0, -1));
}

/** Hex digits, allowing the colons inside `ADDR:PORT` and `TX:RX`. */
function isHexDigits(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 58 /* : */ && !isHexDigit(code)) {
      return false;
    }
  }
  return true;
}

function isAllZero(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) !== 48) {
      return false;
    }
  }
  return true;
}
