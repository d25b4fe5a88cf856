import type { ParsedSocketDump, Protocol, SocketRow } from '../model/socketTable';
import { emptyStateCounts, type TcpState } from '../model/tcpState';
import { hostKey } from '../parsers/endpoint';

export interface StateBreakdown {
  readonly total: number;
  readonly states: Partial<Record<TcpState, number>>;
}

export interface RankedPort extends StateBreakdown {
  readonly port: string;
  /** True when a LISTEN socket holds this port: connections to it are inbound. */
  readonly listening: boolean;
}

export interface RankedHost extends StateBreakdown {
  readonly host: string;
}

export interface RankedProcess extends StateBreakdown {
  readonly name: string;
  readonly pids: readonly number[];
}

export interface DumpSummary {
  /** TCP sockets (IPv4 and IPv6) that have a state. */
  readonly total: number;
  readonly states: Record<TcpState, number>;
  /** Zero-based line of the first socket in each state, so the panel can jump to it. */
  readonly firstLineByState: Partial<Record<TcpState, number>>;
  readonly protocols: Record<Protocol, number>;
  readonly families: { readonly ipv4: number; readonly ipv6: number };
  readonly unparsedLines: number;
  readonly formats: readonly string[];
  readonly topLocalPorts: readonly RankedPort[];
  readonly topRemoteHosts: readonly RankedHost[];
  readonly topProcesses: readonly RankedProcess[];
}

/** Counts a parsed dump the way `awk | sort | uniq -c` would, and then some. */
export function summarizeDump(dump: ParsedSocketDump, topCount: number): DumpSummary {
  const states = emptyStateCounts();
  const firstLineByState: Partial<Record<TcpState, number>> = {};
  const protocols: Record<Protocol, number> = { tcp: 0, udp: 0, raw: 0, unix: 0, other: 0 };
  const families = { ipv4: 0, ipv6: 0 };
  const listeningPorts = listeningPortsOf(dump.rows);
  const ports = new Map<string, MutableBreakdown>();
  const hosts = new Map<string, MutableBreakdown>();
  const processes = new Map<string, MutableBreakdown & { pids: Set<number> }>();
  let total = 0;

  for (const row of dump.rows) {
    protocols[row.protocol]++;
    if (row.protocol !== 'tcp' || !row.state) {
      continue;
    }
    total++;
    states[row.state]++;
    firstLineByState[row.state] ??= row.line;
    if (row.family === 4) {
      families.ipv4++;
    } else if (row.family === 6) {
      families.ipv6++;
    }
    if (row.local) {
      count(ports, row.local.port, row.state, newBreakdown);
    }
    if (row.remote && row.state !== 'LISTEN' && row.remote.address !== '*') {
      count(hosts, hostKey(row.remote.address), row.state, newBreakdown);
    }
    // One socket shared by several workers of one program counts once for that program.
    const seen = new Set<string>();
    for (const process of row.processes) {
      const entry = seen.has(process.name)
        ? processes.get(process.name)!
        : count(processes, process.name, row.state, newProcessBreakdown);
      seen.add(process.name);
      if (process.pid !== undefined) {
        entry.pids.add(process.pid);
      }
    }
  }

  return {
    total,
    states,
    firstLineByState,
    protocols,
    families,
    unparsedLines: dump.unrecognized.length,
    formats: dump.formats,
    topLocalPorts: top(ports, topCount).map(([port, value]) => ({ port, listening: listeningPorts.has(port), ...freeze(value) })),
    topRemoteHosts: top(hosts, topCount).map(([host, value]) => ({ host, ...freeze(value) })),
    topProcesses: top(processes, topCount).map(([name, value]) => ({
      name,
      pids: [...value.pids].sort((a, b) => a - b),
      ...freeze(value),
    })),
  };
}

/** Ports some LISTEN socket holds; a connection whose local port is one of them was accepted here. */
export function listeningPortsOf(rows: readonly SocketRow[]): Set<string> {
  const ports = new Set<string>();
  for (const row of rows) {
    if (row.state === 'LISTEN' && row.local) {
      ports.add(row.local.port);
    }
  }
  return ports;
}

interface MutableBreakdown {
  total: number;
  states: Partial<Record<TcpState, number>>;
}

function count<T extends MutableBreakdown>(map: Map<string, T>, key: string, state: TcpState, create: () => T): T {
  let entry = map.get(key);
  if (!entry) {
    entry = create();
    map.set(key, entry);
  }
  entry.total++;
  entry.states[state] = (entry.states[state] ?? 0) + 1;
  return entry;
}

const newBreakdown = (): MutableBreakdown => ({ total: 0, states: {} });
const newProcessBreakdown = (): MutableBreakdown & { pids: Set<number> } => ({ total: 0, states: {}, pids: new Set() });

function top<T extends MutableBreakdown>(map: Map<string, T>, limit: number): [string, T][] {
  return [...map.entries()].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0])).slice(0, limit);
}

function freeze(value: MutableBreakdown): StateBreakdown {
  return { total: value.total, states: value.states };
}
