import type { ParsedSocketDump, Protocol, SocketProcess, SocketRow } from '../model/socketTable';
import { CANONICAL_STATES, emptyStateCounts, type TcpState } from '../model/tcpState';
import { type HostCountKey, hostCountKey, hostOfCountKey, peerHostKey, type PortCountKey, portCountKeyIn } from '../parsers/endpoint';
import { TableRow } from '../parsers/tableRow';
import { listeningPortsOf } from './connectionSide';

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
  /** Windows services the program's sockets belong to (`netstat -b`), when the dump names any. */
  readonly services?: readonly string[];
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
  const stateCounts = new Int32Array(STATE_COUNT);
  const firstLines = new Int32Array(STATE_COUNT).fill(-1);
  const protocols: Record<Protocol, number> = { tcp: 0, udp: 0, raw: 0, unix: 0, other: 0 };
  const families = { ipv4: 0, ipv6: 0 };
  const listeningPorts = listeningPortsOf(dump.rows);
  const ports = new Map<PortCountKey, Tally>();
  const hosts = new Map<HostCountKey, Tally>();
  const processes = new ProcessTallies();
  let total = 0;

  for (const row of dump.rows) {
    protocols[row.protocol]++;
    if (row.protocol !== 'tcp' || !row.state) {
      continue;
    }
    const state = STATE_ORDINALS.get(row.state)!;
    total++;
    stateCounts[state]++;
    if (firstLines[state] < 0) {
      firstLines[state] = row.line;
    }
    if (row.family === 4) {
      families.ipv4++;
    } else if (row.family === 6) {
      families.ipv6++;
    }
    const port = localPortKeyOf(row);
    if (port !== undefined) {
      tally(ports, port, state, newTally);
    }
    const host = state === LISTEN ? undefined : remoteHostKeyOf(row);
    if (host !== undefined) {
      tally(hosts, host, state, newTally);
    }
    if (row instanceof TableRow) {
      tallyOwnersOf(row, processes, state);
    } else if (row.processes.length === 1) {
      processes.owner(row.processes[0].name, row.processes[0].pid, state, row.processes[0].service);
    } else if (row.processes.length > 1) {
      processes.sharedSocket(row.processes, state);
    }
  }

  const states = emptyStateCounts();
  const firstLineByState: Partial<Record<TcpState, number>> = {};
  CANONICAL_STATES.forEach((name, state) => {
    states[name] = stateCounts[state];
    if (firstLines[state] >= 0) {
      firstLineByState[name] = firstLines[state];
    }
  });
  return {
    total,
    states,
    firstLineByState,
    protocols,
    families,
    unparsedLines: dump.unrecognized.length,
    formats: dump.formats,
    topLocalPorts: top(ports, topCount, String).map(([port, value]) => ({ port, listening: listeningPorts.has(port), ...breakdownOf(value) })),
    topRemoteHosts: top(hosts, topCount, hostOfCountKey).map(([host, value]) => ({ host, ...breakdownOf(value) })),
    topProcesses: top(processes.byName, topCount, String).map(([name, value]) => ({
      name,
      pids: [...value.pids].sort((a, b) => a - b),
      ...(value.services ? { services: [...value.services].sort() } : {}),
      ...breakdownOf(value),
    })),
  };
}

// Rows of big ss and netstat pastes answer these from their text, without building endpoints or,
// for numeric ports and IPv4 peers, strings: a number is cheaper to hash than a fresh string per row.
function localPortKeyOf(row: SocketRow): PortCountKey | undefined {
  if (row instanceof TableRow) {
    return row.localPortCountKey();
  }
  const port = row.local?.port;
  return port === undefined ? undefined : portCountKeyIn(port, 0, port.length);
}

function remoteHostKeyOf(row: SocketRow): HostCountKey | undefined {
  if (row instanceof TableRow) {
    return row.remoteHostCountKey();
  }
  const key = row.remote && peerHostKey(row.remote.address);
  return key === undefined ? undefined : hostCountKey(key);
}

// States are counted by ordinal in typed arrays: a dump can hold hundreds of thousands of rows, and
// string-keyed counters on plain objects were the summary's main cost.
const STATE_COUNT = CANONICAL_STATES.length;
const STATE_ORDINALS: ReadonlyMap<TcpState, number> = new Map(CANONICAL_STATES.map((state, index) => [state, index]));
const LISTEN = STATE_ORDINALS.get('LISTEN')!;

interface Tally {
  total: number;
  readonly byState: Int32Array;
}

interface ProcessTally extends Tally {
  readonly pids: Set<number>;
  services?: Set<string>;
}

const newTally = (): Tally => ({ total: 0, byState: new Int32Array(STATE_COUNT) });
const newProcessTally = (): ProcessTally => ({ total: 0, byState: new Int32Array(STATE_COUNT), pids: new Set() });

function tally<K, T extends Tally>(map: Map<K, T>, key: K, state: number, create: () => T): T {
  let entry = map.get(key);
  if (!entry) {
    entry = create();
    map.set(key, entry);
  }
  entry.total++;
  entry.byState[state]++;
  return entry;
}

/** Processes counted by name, with their pids. */
class ProcessTallies {
  readonly byName = new Map<string, ProcessTally>();
  // Consecutive rows mostly share their owner: comparing with the last one is cheaper than hashing.
  private lastName = '';
  private lastEntry: ProcessTally | undefined;
  private lastPid: number | undefined;

  owner(name: string, pid: number | undefined, state: number, service?: string): void {
    let entry = this.lastEntry;
    if (entry && name === this.lastName) {
      entry.total++;
      entry.byState[state]++;
    } else {
      entry = tally(this.byName, name, state, newProcessTally);
      this.lastName = name;
      this.lastEntry = entry;
      this.lastPid = undefined;
    }
    if (pid !== undefined && pid !== this.lastPid) {
      entry.pids.add(pid);
      this.lastPid = pid;
    }
    if (service !== undefined) {
      (entry.services ??= new Set()).add(service);
    }
  }

  /** One socket shared by several workers of one program counts once for that program. */
  sharedSocket(owners: readonly SocketProcess[], state: number): void {
    const seen = new Set<string>();
    for (const process of owners) {
      const entry = seen.has(process.name) ? this.byName.get(process.name)! : tally(this.byName, process.name, state, newProcessTally);
      seen.add(process.name);
      if (process.pid !== undefined) {
        entry.pids.add(process.pid);
      }
    }
  }
}

/** The owners of a big paste's row, read from its text; several owners count as one shared socket. */
function tallyOwnersOf(row: TableRow, processes: ProcessTallies, state: number): void {
  firstOwner.count = 0;
  row.visitOwners(noteOwner);
  if (firstOwner.count > 1) {
    processes.sharedSocket(row.processes, state);
  } else if (firstOwner.count === 1) {
    processes.owner(firstOwner.name, firstOwner.pid, state);
  }
}

// One probe for every row (counting is synchronous): a closure per row was a measurable cost.
const firstOwner: { count: number; name: string; pid: number | undefined } = { count: 0, name: '', pid: undefined };
const noteOwner = (name: string, pid: number | undefined): void => {
  if (firstOwner.count++ === 0) {
    firstOwner.name = name;
    firstOwner.pid = pid;
  }
};

/**
 * The `limit` largest entries, biggest first, ties in key order (IPv4 peers and numeric ports by
 * number, before names), keyed by `nameOf(key)`. One pass with a small sorted buffer: a dump of
 * 60,000 sockets can have 60,000 distinct peers, and sorting them all would dominate.
 */
function top<K extends number | string, T extends Tally>(map: Map<K, T>, limit: number, nameOf: (key: K) => string): [string, T][] {
  const best: [K, T][] = [];
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
  return best.map(([key, value]) => [nameOf(key), value]);
}

function ranksBefore<K extends number | string, T extends Tally>(a: [K, T], b: [K, T]): boolean {
  return a[1].total > b[1].total || (a[1].total === b[1].total && keyBefore(a[0], b[0]));
}

function keyBefore(a: number | string, b: number | string): boolean {
  return typeof a === typeof b ? a < b : typeof a === 'number';
}

function breakdownOf(value: Tally): StateBreakdown {
  const states: Partial<Record<TcpState, number>> = {};
  CANONICAL_STATES.forEach((name, state) => {
    if (value.byState[state] > 0) {
      states[name] = value.byState[state];
    }
  });
  return { total: value.total, states };
}
