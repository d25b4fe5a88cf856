import type { ParsedSocketDump, Protocol, SocketProcess, SocketRow } from '../model/socketTable';
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
    const owners = row.processes;
    if (owners.length === 1) {
      const entry = count(processes, owners[0].name, row.state, newProcessBreakdown);
      if (owners[0].pid !== undefined) {
        entry.pids.add(owners[0].pid);
      }
    } else if (owners.length > 1) {
      countSharedSocket(processes, owners, row.state);
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

/** One socket shared by several workers of one program counts once for that program. */
function countSharedSocket(
  processes: Map<string, MutableBreakdown & { pids: Set<number> }>,
  owners: readonly SocketProcess[],
  state: TcpState,
): void {
  const seen = new Set<string>();
  for (const process of owners) {
    const entry = seen.has(process.name) ? processes.get(process.name)! : count(processes, process.name, state, newProcessBreakdown);
    seen.add(process.name);
    if (process.pid !== undefined) {
      entry.pids.add(process.pid);
    }
  }
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

/**
 * The `limit` largest entries, biggest first, ties by name. One pass with a small sorted buffer: a
 * dump of 60,000 sockets can have 60,000 distinct peers, and sorting them all would dominate.
 */
function top<T extends MutableBreakdown>(map: Map<string, T>, limit: number): [string, T][] {
  const best: [string, T][] = [];
  for (const entry of map) {
    if (best.length === limit && !ranksBefore(entry, best[limit - 1])) {
      continue;
    }
    let index = best.length;
    while (index > 0 && ranksBefore(entry, best[index - 1])) {
      index--;
    }
    best.splice(index, 0, entry);
    if (best.length > limit) {
      best.pop();
    }
  }
  return best;
}

function ranksBefore<T extends MutableBreakdown>(a: [string, T], b: [string, T]): boolean {
  return a[1].total > b[1].total || (a[1].total === b[1].total && a[0] < b[0]);
}

function freeze(value: MutableBreakdown): StateBreakdown {
  return { total: value.total, states: value.states };
}
