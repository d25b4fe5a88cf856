import type { SocketRow } from '../model/socketTable';

/** The lowest port of Linux's default ephemeral range (net.ipv4.ip_local_port_range = 32768 60999). */
export const DEFAULT_EPHEMERAL_LOW = 32768;
export const DEFAULT_EPHEMERAL_HIGH = 60999;

/**
 * Whether this host accepted the connection (its local port is a listening port) or opened it.
 * When the dump has no LISTEN rows at all (`ss -tn`), a local port below the ephemeral range is
 * taken to be a service port.
 */
export function isInboundConnection(row: SocketRow, listeningPorts: ReadonlySet<string>): boolean {
  const port = row.local?.port;
  if (port === undefined) {
    return false;
  }
  if (listeningPorts.size > 0) {
    return listeningPorts.has(port);
  }
  const number = Number(port);
  return Number.isInteger(number) && number < DEFAULT_EPHEMERAL_LOW;
}

/** `10.0.0.5:3306`, or `[2001:db8::1]:443` for IPv6, as people write endpoints. */
export function formatEndpoint(address: string, port: string): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/** The owning process as one label: `nginx` or `nginx (pid 812)`; empty when ss/netstat had no -p. */
export function processLabel(row: SocketRow): string {
  const first = row.processes[0];
  if (!first) {
    return '';
  }
  return first.pid !== undefined ? `${first.name} (pid ${first.pid})` : first.name;
}
