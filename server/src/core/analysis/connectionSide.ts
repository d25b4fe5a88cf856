import type { SocketRow } from '../model/socketTable';
import { portCountKeyIn } from '../parsers/endpoint';
import { localPortKeyOf } from '../parsers/tableRow';
import { type SysctlValueSource, type WorkspaceContext, workspaceIntegers } from './sysctlContext';

/** Linux's default ephemeral range (net.ipv4.ip_local_port_range = 32768 60999). */
const DEFAULT_EPHEMERAL_LOW = 32768;
const DEFAULT_EPHEMERAL_HIGH = 60999;

/** The ephemeral port range outgoing connections draw their local port from. */
export interface EphemeralRange {
  readonly low: number;
  readonly high: number;
  /** The workspace file that set it; undefined for the Linux default. */
  readonly source?: SysctlValueSource;
}

/** net.ipv4.ip_local_port_range from the workspace's sysctl files, else the Linux default. */
export function ephemeralRangeOf(workspace: WorkspaceContext): EphemeralRange {
  const configured = workspaceIntegers(workspace, 'net.ipv4.ip_local_port_range');
  // An inverted or malformed range is rejected by the kernel, which then keeps the default.
  if (configured && configured.numbers.length === 2 && configured.numbers[0] <= configured.numbers[1]) {
    const [low, high] = configured.numbers;
    return { low, high, source: configured.source };
  }
  return { low: DEFAULT_EPHEMERAL_LOW, high: DEFAULT_EPHEMERAL_HIGH };
}

/**
 * What tells a connection this host accepted from one it opened: the ports its LISTEN sockets hold,
 * or, when the dump has none (`ss -tn`), where the ephemeral port range starts.
 */
export interface ConnectionSides {
  readonly listeningPorts: ReadonlySet<string>;
  /** The listening ports written as plain numbers (as portCountKeyIn reads them), as numbers: no string per row to look up. */
  readonly listeningPortNumbers: ReadonlySet<number>;
  readonly ephemeralLow: number;
}

/** ConnectionSides of a dump whose LISTEN sockets hold `listeningPorts` (as printed). */
export function connectionSides(listeningPorts: ReadonlySet<string>, ephemeralLow: number): ConnectionSides {
  const listeningPortNumbers = new Set<number>();
  for (const port of listeningPorts) {
    const key = portCountKeyIn(port, 0, port.length);
    if (typeof key === 'number') {
      listeningPortNumbers.add(key);
    }
  }
  return { listeningPorts, listeningPortNumbers, ephemeralLow };
}

/**
 * Whether this host accepted the connection (its local port is a listening port) or opened it.
 * Without LISTEN rows, a local port below the ephemeral range is taken to be a service port.
 */
export function isInboundConnection(row: SocketRow, sides: ConnectionSides): boolean {
  // The port as a count key: a plain port is read as a number, with no string made of it.
  const port = localPortKeyOf(row);
  if (port === undefined) {
    return false;
  }
  if (typeof port === 'number') {
    return isInboundPort(port, sides);
  }
  if (sides.listeningPorts.size > 0) {
    return sides.listeningPorts.has(port);
  }
  const number = Number(port);
  return Number.isInteger(number) && number < sides.ephemeralLow;
}

/** isInboundConnection for a connection whose local port is `port`, written as a plain number. */
export function isInboundPort(port: number, sides: ConnectionSides): boolean {
  return sides.listeningPorts.size > 0 ? sides.listeningPortNumbers.has(port) : port < sides.ephemeralLow;
}

/** `10.0.0.5:3306`, or `[2001:db8::1]:443` for IPv6, as people write endpoints. */
export function formatEndpoint(address: string, port: string): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/** Whether processLabel(row) is not empty, without making the label: a rule tests this on every row of a group. */
export function hasProcessLabel(row: SocketRow): boolean {
  const first = row.processes[0];
  return first !== undefined && (first.name !== '' || first.pid !== undefined || first.service !== undefined);
}

/**
 * The owning process as one label: `nginx`, `nginx (pid 812)`, or with the Windows service of
 * `netstat -b`, `svchost.exe (pid 1020, RpcSs)`; empty when ss/netstat had no -p.
 */
export function processLabel(row: SocketRow): string {
  const first = row.processes[0];
  if (!first) {
    return '';
  }
  const details = [first.pid !== undefined ? `pid ${first.pid}` : undefined, first.service].filter((detail) => detail !== undefined);
  return details.length > 0 ? `${first.name} (${details.join(', ')})` : first.name;
}
