import type { Endpoint } from '../model/socketTable';
import type { ColumnSpan } from '../model/span';
import { unsignedIntegerInCodes } from './textCodes';
import { unsignedIntegerIn } from './textLines';

/**
 * Splits an `address:port` column as netstat and ss print it: the port follows the last colon;
 * ss brackets IPv6 addresses (`[::1]:22`) and appends an interface scope (`127.0.0.53%lo:53`,
 * `[fe80::1]%eth0:123`); netstat does not bracket (`:::22`, `::1:631`).
 * Returns undefined when there is no colon at all, or nothing on one side of it.
 */
export function parseEndpoint(text: string, start: number): Endpoint | undefined {
  if (!locateEndpoint(text, 0, text.length)) {
    return undefined;
  }
  const scope = PARTS[2] < 0 ? undefined : text.slice(PARTS[2], PARTS[3]);
  return new ColumnEndpoint(text.slice(PARTS[0], PARTS[1]), text.slice(PARTS[4] + 1), scope, start, start + text.length);
}

/** Host start and end, scope start and end (-1 without one), and the colon before the port. */
const PARTS = new Int32Array(5);

/** Finds the parts of the endpoint in text[start, end) and writes them to PARTS; false when it is none. */
function locateEndpoint(text: string, start: number, end: number): boolean {
  // Searches stay inside the column: the text may be a whole document.
  let colon = end - 1;
  while (colon > start && text.charCodeAt(colon) !== 58 /* : */) {
    colon--;
  }
  if (colon <= start || colon >= end - 1) {
    return false;
  }
  let hostStart = start;
  let hostEnd = colon;
  let scopeStart = -1;
  let scopeEnd = -1;
  if (text.charCodeAt(start) === 91 /* [ */) {
    let close = start + 1;
    while (close < colon && text.charCodeAt(close) !== 93 /* ] */) {
      close++;
    }
    if (close >= colon) {
      return false;
    }
    // After the bracket comes the port's colon, or a scope: `[fe80::1]%eth0:123`.
    if (close + 1 < colon) {
      if (text.charCodeAt(close + 1) !== 37 /* % */) {
        return false;
      }
      scopeStart = close + 2;
      scopeEnd = colon;
    }
    hostStart = start + 1;
    hostEnd = close;
  }
  // Only up to the host's end: the rest of a row (owners, timers) is no business of this column.
  let percent = hostStart;
  while (percent < hostEnd && text.charCodeAt(percent) !== 37 /* % */) {
    percent++;
  }
  if (percent < hostEnd) {
    scopeStart = percent + 1;
    scopeEnd = hostEnd;
    hostEnd = percent;
  }
  if (hostEnd <= hostStart) {
    return false;
  }
  PARTS[0] = hostStart;
  PARTS[1] = hostEnd;
  PARTS[2] = scopeStart;
  PARTS[3] = scopeEnd;
  PARTS[4] = colon;
  return true;
}

/**
 * An endpoint read from a column. Its span is made on demand: a 60,000-row paste then keeps two
 * numbers per endpoint instead of one more object, which matters for memory and garbage collection.
 */
class ColumnEndpoint implements Endpoint {
  constructor(
    readonly address: string,
    readonly port: string,
    readonly scope: string | undefined,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get span(): ColumnSpan {
    return { start: this.start, end: this.end };
  }
}

/** 6 for an IPv6 address (also IPv4-mapped), 4 for dotted IPv4, undefined for `*` or a host name. */
export function addressFamily(address: string): 4 | 6 | undefined {
  return familyIn(address, 0, address.length) || undefined;
}

/**
 * The host as people think of it: an IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is the IPv4 host,
 * so that a dual-stack server's clients group with the same clients seen over IPv4.
 */
export function hostKey(address: string): string {
  const lower = hasUpperCase(address) ? address.toLowerCase() : address;
  if (lower.startsWith('::ffff:') && familyIn(lower, 7, lower.length) === 4) {
    return lower.slice(7);
  }
  return lower;
}

/** hostKey of a peer's address, or undefined for `*`, a listener's "any peer". */
export function peerHostKey(address: string): string | undefined {
  return address === '*' ? undefined : hostKey(address);
}

/**
 * A key to count peers by: the IPv4 address as a number (also for an IPv4-mapped one), else the
 * peerHostKey string. The same host always gets the same key.
 */
export type HostCountKey = number | string;

export function hostCountKey(peerKey: string): HostCountKey {
  const number = ipv4NumberIn(peerKey, 0, peerKey.length);
  return number >= 0 ? number : peerKey;
}

/** hostCountKey of the peer written in text[start, end), without a string for a plain IPv4 peer; undefined for `*`. */
export function peerCountKeyIn(text: string, start: number, end: number): HostCountKey | undefined {
  if (!locateEndpoint(text, start, end)) {
    return undefined;
  }
  const number = ipv4NumberIn(text, PARTS[0], PARTS[1]);
  if (number >= 0) {
    return number;
  }
  const key = peerHostKey(text.slice(PARTS[0], PARTS[1]));
  return key === undefined ? undefined : hostCountKey(key);
}

/** A port to count by: its number when written as one (no leading zero), else the text (`http`, `*`). */
export type PortCountKey = number | string;

export function portCountKeyIn(text: string, start: number, end: number): PortCountKey {
  const plain = end - start === 1 || text.charCodeAt(start) !== 48 /* 0 */;
  const number = plain && end - start <= 5 ? unsignedIntegerIn(text, start, end) : -1;
  return number >= 0 ? number : text.slice(start, end);
}

/** The host a HostCountKey stands for, as peerHostKey writes it. */
export function hostOfCountKey(key: HostCountKey): string {
  return typeof key === 'number' ? ipv4Text(key) : key;
}

/**
 * The IPv4 address written plainly (dotted quad, no leading zeros) in text[start, end) as an unsigned
 * 32-bit number, or -1 when it is anything else. Counting peers by number spares a string per row.
 */
export function ipv4NumberIn(text: string, start: number, end: number): number {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 46 /* . */) {
      if (digits === 0 || dots === 3) {
        return -1;
      }
      value = value * 256 + octet;
      dots++;
      octet = 0;
      digits = 0;
    } else if (code >= 48 && code <= 57 && !(digits === 1 && octet === 0)) {
      octet = octet * 10 + code - 48;
      if (++digits > 3 || octet > 255) {
        return -1;
      }
    } else {
      return -1;
    }
  }
  return dots === 3 && digits > 0 ? value * 256 + octet : -1;
}

/** The dotted quad of an ipv4NumberIn result. */
export function ipv4Text(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

function hasUpperCase(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) {
      return true;
    }
  }
  return false;
}

/** The family of the address in text[start, end): 6 with a colon, 4 for a dotted quad, else 0. */
function familyIn(text: string, start: number, end: number): 0 | 4 | 6 {
  let dots = 0;
  let digits = 0;
  let dotted = true;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 58 /* : */) {
      return 6;
    }
    if (code === 46 /* . */) {
      dotted &&= digits > 0;
      dots++;
      digits = 0;
    } else if (code >= 48 && code <= 57) {
      digits++;
      dotted &&= digits <= 3;
    } else {
      dotted = false;
    }
  }
  return dotted && dots === 3 && digits > 0 ? 4 : 0;
}

// The same readings over a document's codes (textCodes.ts), for the scan of big tables. They must
// agree with the string versions above; test/unit/endpoint.test.ts holds them side by side.

/** locateEndpoint over codes[start, end); the host's family and IPv4 number go to scannedHost. */
function locateEndpointIn(codes: Uint8Array, start: number, end: number): boolean {
  let colon = end - 1;
  while (colon > start && codes[colon] !== 58 /* : */) {
    colon--;
  }
  if (colon <= start || colon >= end - 1) {
    return false;
  }
  let hostStart = start;
  let hostEnd = colon;
  let scopeStart = -1;
  let scopeEnd = -1;
  if (codes[start] === 91 /* [ */) {
    let close = start + 1;
    while (close < colon && codes[close] !== 93 /* ] */) {
      close++;
    }
    if (close >= colon) {
      return false;
    }
    if (close + 1 < colon) {
      if (codes[close + 1] !== 37 /* % */) {
        return false;
      }
      scopeStart = close + 2;
      scopeEnd = colon;
    }
    hostStart = start + 1;
    hostEnd = close;
  }
  const percent = hostShapeIn(codes, hostStart, hostEnd, false);
  if (percent < hostEnd) {
    scopeStart = percent + 1;
    scopeEnd = hostEnd;
    hostEnd = percent;
  }
  if (hostEnd <= hostStart) {
    return false;
  }
  PARTS[0] = hostStart;
  PARTS[1] = hostEnd;
  PARTS[2] = scopeStart;
  PARTS[3] = scopeEnd;
  PARTS[4] = colon;
  return true;
}

/**
 * An endpoint column of a row being read from codes (see `read`): its family (-1 when it is no
 * endpoint), its host (without brackets or scope) and the host's IPv4 number, and its port's colon.
 * A row reads two, each into its own.
 */
export class EndpointColumn {
  family = -1;
  hostStart = -1;
  hostEnd = -1;
  ipv4 = -1;
  colon = -1;
  private readOnTheWay = false;

  /**
   * Walks the column that starts at codes[start] to its end (the first blank, or `to`), which it
   * returns. A plain `host:port` (one colon, no bracket, no scope: most IPv4 rows) is read on the way;
   * `read` then has nothing left to do. Bytes of a big paste are read once rather than twice.
   */
  walk(codes: Uint8Array, start: number, to: number): number {
    const stop = hostShapeIn(codes, start, to, true);
    const atColon = stop < to && codes[stop] === 58; /* : */
    let otherColons = false;
    let end = stop;
    while (end < to && codes[end] !== 32 && codes[end] !== 9) {
      otherColons ||= codes[end] === 58 /* : */ && end > stop;
      end++;
    }
    // `read`'s reading of this shape: the host before the only colon, a port after it.
    this.readOnTheWay = atColon && !otherColons && stop > start && end > stop + 1;
    if (this.readOnTheWay) {
      this.family = scannedHost.family;
      this.hostStart = start;
      this.hostEnd = stop;
      this.ipv4 = scannedHost.ipv4;
      this.colon = stop;
    }
    return end;
  }

  /**
   * What parseEndpoint would make of codes[start, end), the column `walk` found, without making it:
   * -1 when it is not an endpoint, otherwise the address family (4, 6, or 0 when the address tells
   * none, like `*`). Big pastes check every row's endpoints this way and build them only when asked.
   */
  read(codes: Uint8Array, start: number, end: number): number {
    if (this.readOnTheWay) {
      return this.family;
    }
    if (!locateEndpointIn(codes, start, end)) {
      this.family = -1;
      return -1;
    }
    this.family = scannedHost.family;
    this.hostStart = PARTS[0];
    this.hostEnd = PARTS[1];
    this.ipv4 = scannedHost.ipv4;
    this.colon = PARTS[4];
    return this.family;
  }
}

/** What the one walk over an endpoint's host found (see hostShapeIn). */
const scannedHost = { family: 0 as 0 | 4 | 6, ipv4: -1 };

/**
 * One walk over codes[start, end), an endpoint's host and maybe its `%scope`: returns where the scope's
 * `%` is (else `end`), and writes to scannedHost what familyIn and ipv4NumberIn say of the host before it.
 * `atColon`: the walk is along a whole column, and also stops at a colon, a blank or a `[`.
 */
function hostShapeIn(codes: Uint8Array, start: number, end: number, atColon: boolean): number {
  // familyIn's reading: a colon makes IPv6, else a dotted quad (leading zeros allowed) makes IPv4.
  let family: 0 | 4 | 6 = 0;
  let dots = 0;
  let digits = 0;
  let dotted = true;
  // ipv4NumberIn's reading: the same quad without leading zeros, as a number; -1 once it cannot be one.
  let value = 0;
  let octet = 0;
  let index = start;
  // Digits and dots first, as most of a host is; once a colon made it IPv6, what they change no longer counts.
  for (; index < end; index++) {
    const code = codes[index];
    if (code >= 48 && code <= 57) {
      if (digits === 1 && octet === 0) {
        // A leading zero: still dotted for familyIn, not a plain quad for ipv4NumberIn.
        value = -1;
      }
      octet = octet * 10 + code - 48;
      if (octet > 255) {
        value = -1;
      }
      digits++;
      dotted &&= digits <= 3;
    } else if (code === 46 /* . */) {
      if (value >= 0) {
        value = digits === 0 || dots === 3 ? -1 : value * 256 + octet;
      }
      dotted &&= digits > 0;
      dots++;
      digits = 0;
      octet = 0;
    } else if (code === 37 /* % */ || (atColon && (code === 58 /* : */ || code === 32 || code === 9 || code === 91) /* [ */)) {
      break;
    } else if (code === 58 /* : */) {
      family = 6;
    } else {
      dotted = false;
    }
  }
  const quad = family !== 6 && dotted && dots === 3 && digits > 0;
  scannedHost.family = family === 6 ? 6 : quad ? 4 : 0;
  scannedHost.ipv4 = quad && value >= 0 ? value * 256 + octet : -1;
  return index;
}

/** portCountKeyIn over codes[start, end); a port that is not a plain number is sliced from `text`. */
export function portCountKeyInCodes(text: string, codes: Uint8Array, start: number, end: number): PortCountKey {
  const plain = end - start === 1 || codes[start] !== 48 /* 0 */;
  const number = plain && end - start <= 5 ? unsignedIntegerInCodes(codes, start, end) : -1;
  return number >= 0 ? number : text.slice(start, end);
}

/** What plainIpv4EndpointEnd read: the host as ipv4NumberIn gives it, and the port as portCountKeyIn's number (-1: not one). */
export const plainEndpoint = { ipv4: 0, port: -1 };

/**
 * The most common endpoint column, `a.b.c.d:port` with a plain dotted quad (no leading zeros), read in
 * one pass from codes[start]: returns where the column ends (the first blank, or `to`) and writes what it
 * read to plainEndpoint; -1 for any other shape (IPv6, `*`, a scope, a second colon…), which EndpointColumn
 * then reads. Its verdicts are EndpointColumn's for the columns it accepts. codes[to] must be a line's end
 * (CR, LF, or the code a CodeWindow puts past its text): the scan stops there without checking `to`.
 */
export function plainIpv4EndpointEnd(codes: Uint8Array, start: number, to: number): number {
  let index = start;
  let value = 0;
  for (let octets = 0; octets < 4; octets++) {
    let octet = codes[index] - 48;
    if (octet < 0 || octet > 9) {
      return -1;
    }
    index++;
    // A leading zero stands alone.
    for (let digits = 1; octet !== 0 && digits < 3 && codes[index] >= 48 && codes[index] <= 57; digits++) {
      octet = octet * 10 + codes[index] - 48;
      index++;
    }
    if (octet > 255 || codes[index] !== (octets < 3 ? 46 /* . */ : 58) /* : */) {
      return -1;
    }
    value = value * 256 + octet;
    index++;
  }
  plainEndpoint.ipv4 = value;
  // The port: what runs to the column's end, holding no second colon; a number when plain, as portCountKeyIn reads it.
  const portStart = index;
  let port = 0;
  let numeric = true;
  for (let code = codes[index]; code > 32; code = codes[++index]) {
    if (code === 58 /* : */) {
      return -1;
    }
    numeric &&= code >= 48 && code <= 57;
    port = port * 10 + code - 48;
  }
  const length = index - portStart;
  // A control character inside the column (EndpointColumn reads on through it) leaves the column to EndpointColumn.
  if (length === 0 || (index < to && codes[index] !== 32 && codes[index] !== 9)) {
    return -1;
  }
  plainEndpoint.port = numeric && length <= 5 && (length === 1 || codes[portStart] !== 48) /* 0 */ ? port : -1;
  return index;
}
