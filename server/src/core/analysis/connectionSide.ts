import type { SocketRow } from '../model/socketTable';
import { integersOf, type SysctlValueSource, type WorkspaceContext } from './sysctlContext';

/** The lowest port of Linux's default ephemeral range (net.ipv4.ip_local_port_range = 32768 60999). */
export const DEFAULT_EPHEMERAL_LOW = 32768;
export const DEFAULT_EPHEMERAL_HIGH = 60999;

/** The ephemeral port range outgoing connections draw their local port from. */
export interface EphemeralRange {
  readonly low: number;
  readonly high: number;
  /** The workspace file that set it; undefined for the Linux default. */
  readonly source?: SysctlValueSource;
}

/** net.ipv4.ip_local_port_range from the workspace's sysctl files, else the Linux default. */
export function ephemeralRangeOf(workspace: WorkspaceContext): EphemeralRange {
  const source = workspace.sysctlValues.get('net.ipv4.ip_local_port_range');
  const bounds = source ? integersOf(source.value) : undefined;
  // An inverted or malformed range is rejected by the kernel, which then keeps the default.
  if (source && bounds?.length === 2 && bounds[0] <= bounds[1]) {
    return { low: bounds[0], high: bounds[1], source };
  }
  return { low: DEFAULT_EPHEMERAL_LOW, high: DEFAULT_EPHEMERAL_HIGH };
}

/**
 * Whether this host accepted the connection (its local port is a listening port) or opened it.
 * When the dump has no LISTEN rows at all (`ss -tn`), a local port below the ephemeral range is
 * taken to be a service port.
 */
export function isInboundConnection(row: SocketRow, listeningPorts: ReadonlySet<string>, ephemeralLow = DEFAULT_EPHEMERAL_LOW): boolean {
  const port = row.local?.port;
  if (port === undefined) {
    return false;
  }
  if (listeningPorts.size > 0) {
    return listeningPorts.has(port);
  }
  const number = Number(port);
  return Number.isInteger(number) && number < ephemeralLow;
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
