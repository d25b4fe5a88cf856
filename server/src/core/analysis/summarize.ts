import { type ParsedSocketDump, type Protocol, reportedUnrecognized } from '../model/socketTable';
import { CANONICAL_STATES, type TcpState } from '../model/tcpState';
import { hostOfCountKey } from '../parsers/endpoint';
import { NO_STATE, PROTOCOLS, socketColumnsOf, TCP_PROTOCOL } from '../parsers/socketColumns';
import { type KeyedCounts, STATE_COUNT, talliesOf } from '../parsers/socketTallies';
import { keepRanked } from './rankedBuffer';
import { type AggregatedSources, withHistogramCounts } from './aggregatedSummary';

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
  /**
   * Present when the counts came from pasted histograms (a document without socket tables): the first
   * line of the histogram each came from. Such counts have no rows to jump to.
   */
  readonly aggregated?: AggregatedSources;
}

/**
 * Counts a parsed dump the way `awk | sort | uniq -c` would, and then some. Everything but the first
 * line of each state comes from the parse's tallies (counted once, then kept up to date by incremental
 * re-scans), so a summary after an edit does not pass over every row.
 */
export function summarizeDump(dump: ParsedSocketDump, topCount: number): DumpSummary {
  const tallies = talliesOf(dump);
  const stateCounts = tallies.states;
  const firstLines = firstLinesOf(dump);
  // Records built from entries rather than by a store per name: a store site that sees every state name
  // made V8 throw away the optimised code around it again and again.
  const states = Object.fromEntries(CANONICAL_STATES.map((name, state) => [name, stateCounts[state]])) as Record<TcpState, number>;
  const firstLineByState: Partial<Record<TcpState, number>> = Object.fromEntries(
    CANONICAL_STATES.flatMap((name, state) => (firstLines[state] >= 0 ? [[name, firstLines[state]]] : [])),
  );
  const protocols = Object.fromEntries(PROTOCOLS.map((protocol, index) => [protocol, tallies.protocols[index]])) as Record<Protocol, number>;
  const total = stateCounts.reduce((sum, count) => sum + count, 0);
  const families = { ipv4: tallies.ipv4, ipv6: tallies.ipv6 };
  const listeningPorts = tallies.listeningPorts;
  const summary: DumpSummary = {
    total,
    states,
    firstLineByState,
    protocols,
    families,
    unparsedLines: reportedUnrecognized(dump).length,
    formats: dump.formats,
    topLocalPorts: top(tallies.ports, topCount).map((slot) => ({
      port: String(tallies.ports.keys[slot]),
      listening: listeningPorts.has(String(tallies.ports.keys[slot])),
      ...breakdownOf(tallies.ports, slot),
    })),
    topRemoteHosts: top(tallies.hosts, topCount).map((slot) => ({ host: hostOfCountKey(tallies.hosts.keys[slot]), ...breakdownOf(tallies.hosts, slot) })),
    topProcesses: top(tallies.processes, topCount).map((slot) => {
      const { pids, services } = tallies.details[slot];
      return {
        name: tallies.processes.keys[slot],
        pids: [...pids.keys()].sort((a, b) => a - b),
        ...(services && services.size > 0 ? { services: [...services.keys()].sort() } : {}),
        ...breakdownOf(tallies.processes, slot),
      };
    }),
  };
  return socketColumnsOf(dump).length === 0 && dump.histograms.length > 0 ? withHistogramCounts(dump, summary, topCount) : summary;
}

/**
 * The line of the first TCP socket in each state that has any (-1 for none): read from the columns up to
 * the row where the last of them is found (the first rows of a paste, mostly), as counts kept up to date
 * by difference cannot say which row comes first once it is edited away. Kept per parse: the summary and
 * its sections both ask.
 */
export function firstLinesOf(dump: ParsedSocketDump): Int32Array {
  let firstLines = firstLinesOfDumps.get(dump);
  if (!firstLines) {
    const columns = socketColumnsOf(dump);
    const stateCounts = talliesOf(dump).states;
    firstLines = new Int32Array(STATE_COUNT).fill(-1);
    let missing = stateCounts.reduce((states, count) => states + (count > 0 ? 1 : 0), 0);
    for (let index = 0; index < columns.length && missing > 0; index++) {
      const state = columns.state[index];
      if (state !== NO_STATE && columns.protocol[index] === TCP_PROTOCOL && firstLines[state] < 0) {
        firstLines[state] = columns.line[index];
        missing--;
      }
    }
    firstLinesOfDumps.set(dump, firstLines);
  }
  return firstLines;
}

const firstLinesOfDumps = new WeakMap<ParsedSocketDump, Int32Array>();

/**
 * The slots of the `limit` largest counts, biggest first, ties in key order (IPv4 peers and numeric
 * ports by number, before names). One pass with a small sorted buffer: a dump of 60,000 sockets can
 * have 60,000 distinct peers, and sorting them all would dominate.
 */
function top<K extends number | string>(counts: KeyedCounts<K>, limit: number): number[] {
  const best: number[] = [];
  const { totals, keys } = counts;
  const ranksBefore = (a: number, b: number) => totals[a] > totals[b] || (totals[a] === totals[b] && keyBefore(keys[a], keys[b]));
  for (let slot = 0; slot < counts.size; slot++) {
    if (totals[slot] > 0) {
      keepRanked(best, slot, limit, ranksBefore);
    }
  }
  return best;
}

function keyBefore(a: number | string, b: number | string): boolean {
  return typeof a === typeof b ? a < b : typeof a === 'number';
}

function breakdownOf<K extends number | string>(counts: KeyedCounts<K>, slot: number): StateBreakdown {
  const states: Partial<Record<TcpState, number>> = {};
  CANONICAL_STATES.forEach((name, state) => {
    const count = counts.countInState(slot, state);
    if (count > 0) {
      states[name] = count;
    }
  });
  return { total: counts.totals[slot], states };
}
