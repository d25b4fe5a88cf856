import { ipv4NumberIn } from '../parsers/endpoint';

/**
 * Addresses that are not on the public internet: RFC 1918, shared CGNAT space (100.64/10), loopback,
 * link-local, and IPv6 unique-local (fc00::/7), link-local (fe80::/10) and loopback.
 */
export function isInternalAddress(host: string): boolean {
  const ipv4 = ipv4NumberIn(host, 0, host.length);
  if (ipv4 >= 0) {
    const first = ipv4 >>> 24;
    const second = (ipv4 >>> 16) & 255;
    return first === 10 || first === 127 || (first === 172 && second >= 16 && second <= 31) || (first === 192 && second === 168) || (first === 100 && second >= 64 && second <= 127) || (first === 169 && second === 254);
  }
  const lower = host.toLowerCase();
  return lower === '::1' || /^f[cd][0-9a-f]{0,2}:/.test(lower) || /^fe[89ab][0-9a-f]?:/.test(lower);
}
