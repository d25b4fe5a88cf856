import type { TcpState } from '../model/tcpState';
import type { ParsedSocketDump } from '../model/socketTable';
import { type AggregatedCounts, type AggregatedTop, histogramSections } from './histogramCounts';
import type { DumpSummary } from './summarize';

/** Where the document's aggregated counts came from: the first line of the histogram section of each. */
export interface AggregatedSources {
  readonly states?: number;
  readonly hosts?: number;
  readonly ports?: number;
  readonly processes?: number;
}

/**
 * The summary of a document that holds histograms and no socket table: its states from the latest
 * state histogram (a `grep -c` only when there is none), its top lists from the latest histogram of peers, ports and processes (an earlier
 * one of a series is an earlier moment, not more sockets). A document with a socket table counts its
 * rows only, so a histogram pasted beside the table it was made from is never added twice.
 */
export function withHistogramCounts(dump: ParsedSocketDump, summary: DumpSummary, topCount: number): DumpSummary {
  const sections = histogramSections(dump);
  const latest = latestHistogram(sections);
  const states = latestStateHistogram(sections);
  const hosts = latest((counts) => counts.hosts !== undefined);
  const ports = latest((counts) => counts.ports !== undefined);
  const processes = latest((counts) => counts.processes !== undefined);
  if (!states && !hosts && !ports && !processes) {
    return summary;
  }
  const stateCounts = { ...summary.states };
  for (const [state, count] of Object.entries(states?.counts.states ?? {}) as [TcpState, number][]) {
    stateCounts[state] = count;
  }
  const total = states?.counts.total ?? 0;
  const ranked = (top: AggregatedTop | undefined) => top?.top.slice(0, topCount) ?? [];
  const aggregated: AggregatedSources = {
    ...(states ? { states: states.section.startLine } : {}),
    ...(hosts ? { hosts: hosts.section.startLine } : {}),
    ...(ports ? { ports: ports.section.startLine } : {}),
    ...(processes ? { processes: processes.section.startLine } : {}),
  };
  return {
    ...summary,
    total,
    states: stateCounts,
    protocols: { ...summary.protocols, tcp: total },
    topLocalPorts: ranked(ports?.counts.ports).map(({ key, count }) => ({ port: key, listening: false, total: count, states: {} })),
    topRemoteHosts: ranked(hosts?.counts.hosts).map(({ key, count }) => ({ host: key, total: count, states: {} })),
    topProcesses: ranked(processes?.counts.processes).map(({ key, count }) => ({ name: key, pids: [], total: count, states: {} })),
    aggregated,
  };
}

type HistogramSection = ReturnType<typeof histogramSections>[number];

/** The latest of `sections` whose counts pass `has`. */
function latestHistogram(sections: readonly HistogramSection[]): (has: (counts: AggregatedCounts) => boolean) => HistogramSection | undefined {
  return (has) => {
    for (let index = sections.length - 1; index >= 0; index--) {
      if (has(sections[index].counts)) {
        return sections[index];
      }
    }
    return undefined;
  };
}

/**
 * The histogram that stands for a document's states: `grep -c STATE` counts one state, so the whole picture
 * is the latest histogram of every state, when there is one, else the latest count.
 */
export function latestStateHistogram(sections: readonly HistogramSection[] = []): HistogramSection | undefined {
  const latest = latestHistogram(sections);
  return latest((counts) => counts.total > 0 && !counts.matchCount) ?? latest((counts) => counts.total > 0);
}
