import type { Endpoint } from '../model/socketTable';
import type { ColumnSpan } from '../model/span';

/**
 * Splits an `address:port` column as netstat and ss print it: the port follows the last colon;
 * ss brackets IPv6 addresses (`[::1]:22`) and appends an interface scope (`127.0.0.53%lo:53`,
 * `[fe80::1]%eth0:123`); netstat does not bracket (`:::22`, `::1:631`).
 * Returns undefined when there is no colon at all, or nothing on one side of it.
 */
export function parseEndpoint(text: string, start: number): Endpoint | undefined {
  const colon = text.lastIndexOf(':');
  if (colon <= 0 || colon === text.length - 1) {
    return undefined;
  }
  const port = text.slice(colon + 1);
  let host = text.slice(0, colon);
  let scope: string | undefined;
  if (host.charCodeAt(0) === 91 /* [ */) {
    const close = host.indexOf(']');
    if (close < 0) {
      return undefined;
    }
    const afterBracket = host.slice(close + 1);
    if (afterBracket.startsWith('%')) {
      scope = afterBracket.slice(1);
    } else if (afterBracket.length > 0) {
      return undefined;
    }
    host = host.slice(1, close);
  }
  const percent = host.indexOf('%');
  if (percent >= 0) {
    scope = host.slice(percent + 1);
    host = host.slice(0, percent);
  }
  if (host.length === 0) {
    return undefined;
  }
  return new ColumnEndpoint(host, port, scope, start, start + text.length);
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
  if (address.includes(':')) {
    return 6;
  }
  return isDottedQuad(address) ? 4 : undefined;
}

/**
 * The host as people think of it: an IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is the IPv4 host,
 * so that a dual-stack server's clients group with the same clients seen over IPv4.
 */
export function hostKey(address: string): string {
  const lower = hasUpperCase(address) ? address.toLowerCase() : address;
  if (lower.startsWith('::ffff:') && isDottedQuad(lower.slice(7))) {
    return lower.slice(7);
  }
  return lower;
}

function isDottedQuad(text: string): boolean {
  let dots = 0;
  let digits = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 46) {
      if (digits === 0) {
        return false;
      }
      dots++;
      digits = 0;
    } else if (code >= 48 && code <= 57) {
      digits++;
      if (digits > 3) {
        return false;
      }
    } else {
      return false;
    }
  }
  return dots === 3 && digits > 0;
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

/**
 * What parseEndpoint would make of text[start, end), without making it: -1 when it is not an
 * endpoint, otherwise the address family (4, 6, or 0 when the address tells none, like `*`).
 * Big pastes check every row's endpoints this way and build them only when asked.
 */
export function scanEndpoint(text: string, start: number, end: number): number {
  const colon = text.lastIndexOf(':', end - 1);
  if (colon <= start || colon >= end - 1) {
    return -1;
  }
  let hostStart = start;
  let hostEnd = colon;
  if (text.charCodeAt(start) === 91 /* [ */) {
    const close = text.indexOf(']', start);
    if (close < 0 || close >= colon) {
      return -1;
    }
    if (close + 1 < colon && text.charCodeAt(close + 1) !== 37 /* % */) {
      return -1;
    }
    hostStart = start + 1;
    hostEnd = close;
  }
  const percent = text.indexOf('%', hostStart);
  if (percent >= 0 && percent < hostEnd) {
    hostEnd = percent;
  }
  if (hostEnd <= hostStart) {
    return -1;
  }
  return familyIn(text, hostStart, hostEnd);
}

/** addressFamily of text[start, end) without slicing it. */
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
