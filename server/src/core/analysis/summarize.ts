import type { ParsedSocketDump, Protocol } from '../model/socketTable';
import { CANONICAL_STATES, emptyStateCounts, type TcpState } from '../model/tcpState';
import { hostOfCountKey } from '../parsers/endpoint';
import { countInState, STATE_COUNT, STATE_ORDINALS, type Tally, talliesOf } from '../parsers/socketTallies';
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

/**
 * Counts a parsed dump the way `awk | sort | uniq -c` would, and then some. Ports, peers and
 * processes come from the parse's tallies (counted once, then kept up to date by incremental
 * re-scans); states, protocols and families are read from the rows' own fields.
 */
export function summarizeDump(dump: ParsedSocketDump, topCount: number): DumpSummary {
  const stateCounts = new Int32Array(STATE_COUNT);
  const firstLines = new Int32Array(STATE_COUNT).fill(-1);
  const protocols: Record<Protocol, number> = { tcp: 0, udp: 0, raw: 0, unix: 0, other: 0 };
  const families = { ipv4: 0, ipv6: 0 };
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
  }

  const states = emptyStateCounts();
  const firstLineByState: Partial<Record<TcpState, number>> = {};
  CANONICAL_STATES.forEach((name, state) => {
    states[name] = stateCounts[state];
    if (firstLines[state] >= 0) {
      firstLineByState[name] = firstLines[state];
    }
  });
  const tallies = talliesOf(dump);
  const listeningPorts = listeningPortsOf(dump.rows);
  return {
    total,
    states,
    firstLineByState,
    protocols,
    families,
    unparsedLines: dump.unrecognized.length,
    formats: dump.formats,
    topLocalPorts: top(tallies.ports, topCount, String).map(([port, value]) => ({ port, listening: listeningPorts.has(port), ...breakdownOf(value) })),
    topRemoteHosts: top(tallies.hosts, topCount, hostOfCountKey).map(([host, value]) => ({ host, ...breakdownOf(value) })),
    topProcesses: top(tallies.processes, topCount, String).map(([name, value]) => ({
      name,
      pids: [...value.pids.keys()].sort((a, b) => a - b),
      ...(value.services && value.services.size > 0 ? { services: [...value.services.keys()].sort() } : {}),
      ...breakdownOf(value),
    })),
  };
}

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
    const count = countInState(value, state);
    if (count > 0) {
      states[name] = count;
    }
  });
  return { total: value.total, states };
}
