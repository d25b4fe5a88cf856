/**
 * `ss -s`:
 *   Total: 14                       (older: `Total: 194 (kernel 0)`)
 *   TCP:   14 (estab 9, closed 3, orphaned 0, timewait 1)
 *          (older: `TCP:   12 (estab 3, closed 1, orphaned 0, synrecv 0, timewait 1/0), ports 0`)
 *
 *   Transport Total     IP        IPv6
 *   RAW       0         0         0          (older versions add a `*` row with `-` cells)
 */

/** `Total: 14` or `Total: 194 (kernel 0)`: the number of sockets of every kind. */
export function parseSsTotalLine(text: string): number | undefined {
  const match = /^Total:\s+(\d{1,15})(?:\s+\(kernel \d{1,15}\))?\s*$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * `TCP:   14 (estab 9, closed 3, orphaned 0, timewait 1)`: the leading number and every `name number`
 * pair of the line; a `timewait 1/0` pair keeps the first number (TIME-WAIT sockets).
 */
export function parseSsTcpLine(text: string): { total: number; counts: Record<string, number> } | undefined {
  const head = /^TCP:\s+(\d{1,15})\s+\(/.exec(text);
  if (!head) {
    return undefined;
  }
  const counts: Record<string, number> = {};
  const close = text.indexOf(')', head[0].length);
  if (close < 0) {
    return undefined;
  }
  for (const pair of text.slice(head[0].length, close).split(',')) {
    const match = /^\s*([a-z_]{1,20}) (\d{1,15})(?:\/\d{1,15})?\s*$/.exec(pair);
    if (!match) {
      return undefined;
    }
    // Defined, not assigned: a name from the document such as `__proto__` must stay a count, not reach the prototype.
    Object.defineProperty(counts, match[1], { value: Number(match[2]), enumerable: true, writable: true, configurable: true });
  }
  const ports = /^,\s*ports (\d{1,15})\s*$/.exec(text.slice(close + 1));
  if (ports) {
    counts.ports = Number(ports[1]);
  } else if (text.slice(close + 1).trim().length > 0) {
    return undefined;
  }
  return { total: Number(head[1]), counts };
}

/** `Transport Total     IP        IPv6`: the header of the per-transport table. */
export function isSsTransportHeader(text: string): boolean {
  return /^Transport\s+Total\s+IP\s+IPv6\s*$/.test(text);
}

/** `RAW  0  0  0`, `*  194  -  -`: a row of the per-transport table. */
export function isSsTransportRow(text: string): boolean {
  return /^(?:[A-Z][A-Z0-9]{0,9}|\*)\s+\d{1,15}\s+(?:\d{1,15}|-)\s+(?:\d{1,15}|-)\s*$/.test(text);
}
