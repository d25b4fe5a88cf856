import type { HistogramColumn, HistogramLine } from '../model/histogram';
import { firstAtOrAfterLine } from '../model/lineOrder';
import type { DumpSection, ParsedSocketDump } from '../model/socketTable';
import { CANONICAL_STATES, type TcpState } from '../model/tcpState';
import { hostKey } from '../parsers/endpoint';
import { processNameOf } from '../parsers/histogram';

/** One value of a histogram and the sockets counted for it. */
export interface AggregatedEntry {
  readonly key: string;
  readonly count: number;
}

/** A histogram's counts of peers, ports or processes: the biggest first, capped. */
export interface AggregatedTop {
  /** Sockets counted over every value (the base of a share). */
  readonly total: number;
  /** How many distinct values were counted. */
  readonly distinct: number;
  readonly top: readonly AggregatedEntry[];
}

/**
 * What one histogram section counted. Its counts are aggregated: they come from the pipeline's output,
 * not from socket rows, so nothing can jump to the sockets behind them.
 */
export interface AggregatedCounts {
  /** What its lines count, in the order they first showed each. */
  readonly columns: readonly HistogramColumn[];
  /** TCP sockets per state (a state histogram or `grep -c STATE`), and their sum. */
  readonly states: Partial<Record<TcpState, number>>;
  readonly total: number;
  /** True when its state count is `grep -c STATE`'s: one state's lines, not the whole table. */
  readonly matchCount?: true;
  readonly hosts?: AggregatedTop;
  readonly ports?: AggregatedTop;
  readonly processes?: AggregatedTop;
}

/** Values kept per top list of a histogram: a pasted histogram of every peer can run to thousands. */
export const MAX_AGGREGATED_ENTRIES = 100;

/** The histogram lines of `section`, by binary search (both are in line order). */
export function histogramLinesOf(dump: ParsedSocketDump, section: Pick<DumpSection, 'startLine' | 'endLine'>): readonly HistogramLine[] {
  return dump.histograms.slice(firstAtOrAfterLine(dump.histograms, section.startLine), firstAtOrAfterLine(dump.histograms, section.endLine + 1));
}

/** The counts of a histogram's lines. A value printed twice (a histogram of unsorted input) adds up. */
export function aggregatedCountsOf(lines: readonly HistogramLine[]): AggregatedCounts {
  const columns: HistogramColumn[] = [];
  const states = new Int32Array(CANONICAL_STATES.length);
  const shown: number[] = [];
  const hosts = new Map<string, number>();
  const ports = new Map<string, number>();
  const processes = new Map<string, number>();
  for (const line of lines) {
    if (line.residue) {
      continue;
    }
    if (!columns.includes(line.column)) {
      columns.push(line.column);
    }
    if (line.column === 'state') {
      const state = line.state === undefined ? -1 : CANONICAL_STATES.indexOf(line.state);
      if (state >= 0 && states[state] === 0 && line.count > 0) {
        shown.push(state);
      }
      if (state >= 0) {
        states[state] += line.count;
      }
      continue;
    }
    const tally = line.column === 'process' ? processes : line.column === 'local-port' || line.column === 'local-endpoint' ? ports : hosts;
    const key = aggregationKeyOf(line);
    tally.set(key, (tally.get(key) ?? 0) + line.count);
  }
  const total = shown.reduce((sum, state) => sum + states[state], 0);
  const matchCount = lines.some((line) => line.column === 'state' && !line.residue && line.valueSpan === undefined);
  return {
    columns,
    states: Object.fromEntries(shown.map((state) => [CANONICAL_STATES[state], states[state]])),
    total,
    ...(matchCount ? { matchCount } : {}),
    ...(hosts.size > 0 ? { hosts: topOf(hosts) } : {}),
    ...(ports.size > 0 ? { ports: topOf(ports) } : {}),
    ...(processes.size > 0 ? { processes: topOf(processes) } : {}),
  };
}

/** What a line counts by: a peer's host, a local port, a program's name. */
export function aggregationKeyOf({ column, value }: HistogramLine): string {
  switch (column) {
    case 'remote-host':
      // ss brackets IPv6 peers: `cut -d: -f1` leaves `[fd88`, netstat's leaves `fd88`.
      return hostKey(value.startsWith('[') ? value.slice(1) : value);
    case 'remote-endpoint':
      return hostKey(hostOfEndpoint(value));
    case 'local-endpoint':
      return value.slice(value.lastIndexOf(':') + 1);
    case 'process':
      return processNameOf(value);
    default:
      return value;
  }
}

/** The host of `10.0.0.1:80`, `[fd88::1]:443` or netstat's unbracketed `::ffff:10.0.0.1:80`. */
function hostOfEndpoint(endpoint: string): string {
  const colon = endpoint.lastIndexOf(':');
  const host = colon > 0 ? endpoint.slice(0, colon) : endpoint;
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/**
 * The biggest counts first (ties by key), at most MAX_AGGREGATED_ENTRIES: one pass with a small sorted
 * buffer, as a histogram of every peer of a busy host has a line per peer.
 */
function topOf(counts: ReadonlyMap<string, number>): AggregatedTop {
  let total = 0;
  const top: AggregatedEntry[] = [];
  const ranksBefore = (key: string, count: number, other: AggregatedEntry) => count > other.count || (count === other.count && key < other.key);
  for (const [key, count] of counts) {
    total += count;
    if (top.length === MAX_AGGREGATED_ENTRIES && !ranksBefore(key, count, top[top.length - 1])) {
      continue;
    }
    let index = top.length;
    while (index > 0 && ranksBefore(key, count, top[index - 1])) {
      index--;
    }
    top.splice(index, 0, { key, count });
    if (top.length > MAX_AGGREGATED_ENTRIES) {
      top.pop();
    }
  }
  return { total, distinct: counts.size, top };
}

/** Each parse's histogram sections' counts, by the section's first line: the summary, the outline and the rules all ask. */
const countsOfDumps = new WeakMap<ParsedSocketDump, Map<number, AggregatedCounts>>();

/** The counts of a histogram section of `dump`, counted once per parse. */
export function histogramSectionCounts(dump: ParsedSocketDump, section: DumpSection): AggregatedCounts {
  let bySection = countsOfDumps.get(dump);
  if (!bySection) {
    bySection = new Map();
    countsOfDumps.set(dump, bySection);
  }
  let counts = bySection.get(section.startLine);
  if (!counts) {
    counts = aggregatedCountsOf(histogramLinesOf(dump, section));
    bySection.set(section.startLine, counts);
  }
  return counts;
}

/** Each histogram section of `dump` with its counts, in document order. */
export function histogramSections(dump: ParsedSocketDump): { readonly section: DumpSection; readonly counts: AggregatedCounts }[] {
  if (dump.histograms.length === 0) {
    return [];
  }
  return dump.sections.filter((section) => section.format === 'histogram').map((section) => ({ section, counts: histogramSectionCounts(dump, section) }));
}
