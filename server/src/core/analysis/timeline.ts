import type { DumpSection, ParsedSocketDump, PrintedTimeLine, ProtocolCounter, SectionFormat, SsSocketSummary } from '../model/socketTable';
import type { TcpState } from '../model/tcpState';
import { type Instant, instantOf, type ZoneAssumption, zoneCuesOf } from '../parsers/printedTime';
import { countSections, type SectionSummary } from './sectionCounts';

/**
 * A pasted series: several snapshots of the same kind of output (a `while true; do date; ss -s; sleep 5;
 * done` log, `watch` output, tables or `netstat -s` pasted one after another) read as a timeline.
 *
 * Which sections are snapshots of one series: sections of the same format with the same command (the
 * command of their prompt or `watch` header, none when the paste has none). Such sections form a series
 * when there are at least two of them and
 * - a time line (`date`, `watch`) stands above some of them, or
 * - a command names each of them (the same command run twice), or
 * - they print counters that only grow (`netstat -s`, `ss -s`): two of them can only be snapshots.
 * Two tables pasted together with nothing of the sort (often two hosts, or `ss` and `netstat` of one)
 * are no series and keep being counted as one document.
 */
export interface TimelineSnapshot {
  /** The section's first line: its time line or prompt when it has one. */
  readonly startLine: number;
  readonly endLine: number;
  /** ISO 8601, when the time printed above the snapshot could be read. */
  readonly time?: string;
  /** Seconds since the series' first timed snapshot, when both have a time. */
  readonly elapsedSeconds?: number;
  /** The time line as printed; empty when the snapshot has none. */
  readonly label: string;
  /** TCP sockets the snapshot counts (for `ss -s` its TCP number, for `netstat -s` CurrEstab). */
  readonly total: number;
  readonly states: Partial<Record<TcpState, number>>;
  /** Kernel counters of a `netstat -s` or `ss -s` snapshot, by `Group.Name` (a fixed list, see SERIES_COUNTERS). */
  readonly counters?: Readonly<Record<string, number>>;
}

export interface SeriesKind {
  readonly format: SectionFormat;
  readonly command?: string;
}

export interface TimelineSeries {
  readonly kind: SeriesKind;
  readonly snapshots: readonly TimelineSnapshot[];
}

export interface Timeline {
  /** Every series of the document, the main one first (most snapshots; socket tables before summaries). */
  readonly series: readonly TimelineSeries[];
  /** How ambiguous zone abbreviations of the time lines were read, one entry per abbreviation. */
  readonly zoneAssumptions: readonly ZoneAssumption[];
}

/** The counters a `netstat -s` snapshot carries into the timeline: those the trend rules and the panel read. */
export const SERIES_COUNTERS: readonly (readonly [group: string, name: string])[] = [
  ['Tcp', 'ActiveOpens'],
  ['Tcp', 'PassiveOpens'],
  ['Tcp', 'AttemptFails'],
  ['Tcp', 'EstabResets'],
  ['Tcp', 'CurrEstab'],
  ['Tcp', 'InSegs'],
  ['Tcp', 'OutSegs'],
  ['Tcp', 'RetransSegs'],
  ['Tcp', 'InErrs'],
  ['Tcp', 'OutRsts'],
  ['TcpExt', 'ListenOverflows'],
  ['TcpExt', 'ListenDrops'],
  ['TcpExt', 'TCPTimeWaitOverflow'],
  ['TcpExt', 'SyncookiesSent'],
  ['TcpExt', 'TCPAbortOnTimeout'],
];
const SERIES_COUNTER_KEYS = new Map(SERIES_COUNTERS.map(([group, name]) => [`${group}.${name}`, true]));

/** The `ss -s` TCP line's words that are states, and the others it counts. */
const SS_SUMMARY_STATES = new Map<string, TcpState>([
  ['estab', 'ESTABLISHED'],
  ['timewait', 'TIME_WAIT'],
  ['synrecv', 'SYN_RECV'],
]);
const SS_SUMMARY_COUNTERS = ['closed', 'orphaned'];

/** Formats whose snapshots count kernel counters rather than rows. */
const COUNTER_FORMATS: ReadonlySet<SectionFormat> = new Set<SectionFormat>(['netstat-statistics', 'ss-summary']);
/** Formats that are never snapshots: nothing in them is counted over time. */
const UNCOUNTED_FORMATS: ReadonlySet<SectionFormat> = new Set<SectionFormat>(['unknown', 'routes', 'interfaces']);

/**
 * The document's timeline, made once per parse (the summary, the rules and the request all ask);
 * `sections` spares counting them again when the caller has them.
 */
export function timelineOf(dump: ParsedSocketDump, sections?: readonly SectionSummary[]): Timeline {
  let timeline = timelines.get(dump);
  if (!timeline) {
    timeline = buildTimeline(dump, sections ?? countSections(dump));
    timelines.set(dump, timeline);
  }
  return timeline;
}

const timelines = new WeakMap<ParsedSocketDump, Timeline>();

/** True when the format's snapshots count sockets from rows (tables, and histograms once they join). */
export function countsRows(kind: SeriesKind): boolean {
  return !COUNTER_FORMATS.has(kind.format);
}

interface Candidate {
  readonly summary: SectionSummary;
  readonly time: PrintedTimeLine | undefined;
}

export function buildTimeline(dump: ParsedSocketDump, sections: readonly SectionSummary[]): Timeline {
  const cues = zoneCuesOf(dump.printedTimes);
  const groups = new Map<string, Candidate[]>();
  // The time line a kind last took: the next section of that kind needs a newer one.
  const usedTimes = new Map<string, number>();
  let timeIndex = -1;
  for (const summary of sections) {
    while (timeIndex + 1 < dump.printedTimes.length && dump.printedTimes[timeIndex + 1].line <= summary.endLine) {
      timeIndex++;
    }
    if (UNCOUNTED_FORMATS.has(summary.format)) {
      continue;
    }
    const key = kindKey(summary);
    const time = timeIndex >= 0 && usedTimes.get(key) !== timeIndex ? dump.printedTimes[timeIndex] : undefined;
    if (time) {
      usedTimes.set(key, timeIndex);
    }
    const group = groups.get(key);
    if (group) {
      group.push({ summary, time });
    } else {
      groups.set(key, [{ summary, time }]);
    }
  }
  const assumptions = new Map<string, ZoneAssumption>();
  const series: TimelineSeries[] = [];
  for (const candidates of groups.values()) {
    if (!isSeries(candidates)) {
      continue;
    }
    const snapshots = snapshotsOf(dump, candidates, (time) => {
      const instant = instantOf(time, cues);
      if (instant?.assumption && !assumptions.has(instant.assumption.zone)) {
        assumptions.set(instant.assumption.zone, instant.assumption);
      }
      return instant;
    });
    const { format, command } = candidates[0].summary;
    series.push({ kind: command === undefined ? { format } : { format, command }, snapshots });
  }
  series.sort((a, b) => b.snapshots.length - a.snapshots.length || Number(countsRows(b.kind)) - Number(countsRows(a.kind)) || a.snapshots[0].startLine - b.snapshots[0].startLine);
  return { series, zoneAssumptions: [...assumptions.values()] };
}

function kindKey(section: DumpSection): string {
  return `${section.format}\n${section.command === undefined ? '' : normalizeCommand(section.command)}`;
}

/** A command with its spacing made regular: `ss  -tan` and `ss -tan` are one command. */
function normalizeCommand(command: string): string {
  return command.trim().split(/\s+/).join(' ');
}

function isSeries(candidates: readonly Candidate[]): boolean {
  if (candidates.length < 2) {
    return false;
  }
  const first = candidates[0].summary;
  return COUNTER_FORMATS.has(first.format) || first.command !== undefined || candidates.some((candidate) => candidate.time !== undefined);
}

function snapshotsOf(dump: ParsedSocketDump, candidates: readonly Candidate[], instant: (time: PrintedTimeLine) => Instant | undefined): TimelineSnapshot[] {
  let firstMs: number | undefined;
  const counters = new LineCursor(dump.counters);
  const ssSummaries = new LineCursor(dump.ssSummaries);
  return candidates.map(({ summary, time }) => {
    const at = time && instant(time);
    firstMs ??= at?.epochMs;
    const when = at ? { time: at.iso, elapsedSeconds: (at.epochMs - firstMs!) / 1000 } : {};
    const base = { startLine: summary.startLine, endLine: summary.endLine, ...when, label: time?.label ?? '' };
    if (summary.format === 'netstat-statistics') {
      return { ...base, ...statisticsCounts(counters.within(summary)) };
    }
    if (summary.format === 'ss-summary') {
      return { ...base, ...ssSummaryCounts(ssSummaries.within(summary)) };
    }
    return { ...base, total: summary.total, states: summary.states };
  });
}

/** Walks a list sorted by line, handing out the items of each section in turn. */
class LineCursor<T extends { readonly line: number }> {
  private index = 0;
  constructor(private readonly items: readonly T[]) {}

  within(section: DumpSection): T[] {
    const found: T[] = [];
    while (this.index < this.items.length && this.items[this.index].line < section.startLine) {
      this.index++;
    }
    while (this.index < this.items.length && this.items[this.index].line <= section.endLine) {
      found.push(this.items[this.index++]);
    }
    return found;
  }
}

/** `netstat -s` knows only how many connections are established (CurrEstab); the rest are counters. */
function statisticsCounts(found: readonly ProtocolCounter[]): Pick<TimelineSnapshot, 'total' | 'states' | 'counters'> {
  const counters: Record<string, number> = {};
  for (const counter of found) {
    const key = `${counter.group}.${counter.name}`;
    if (SERIES_COUNTER_KEYS.has(key)) {
      counters[key] = counter.value;
    }
  }
  const established = counters['Tcp.CurrEstab'];
  return established === undefined ? { total: 0, states: {}, counters } : { total: established, states: { ESTABLISHED: established }, counters };
}

/** `ss -s`: its TCP number, the states its TCP line names, and its closed and orphaned counts. */
function ssSummaryCounts(found: readonly SsSocketSummary[]): Pick<TimelineSnapshot, 'total' | 'states' | 'counters'> {
  const summary = found[0];
  if (!summary) {
    return { total: 0, states: {} };
  }
  const states: Partial<Record<TcpState, number>> = {};
  const counters: Record<string, number> = {};
  for (const [word, value] of Object.entries(summary.tcp)) {
    const state = SS_SUMMARY_STATES.get(word);
    if (state) {
      states[state] = value;
    } else if (SS_SUMMARY_COUNTERS.includes(word)) {
      counters[`ss.${word}`] = value;
    }
  }
  return { total: summary.tcpTotal, states, counters };
}

/** The main series, when the document is one whose snapshots count rows: its latest snapshot is the document's count. */
export function latestRowSnapshot(timeline: Timeline): { readonly series: TimelineSeries; readonly latest: TimelineSnapshot } | undefined {
  const series = timeline.series.find((candidate) => countsRows(candidate.kind));
  return series && { series, latest: series.snapshots[series.snapshots.length - 1] };
}

/** How a count moved across a series: judged by the trend rules. */
export interface Trend {
  readonly first: TimelineSnapshot;
  readonly last: TimelineSnapshot;
  readonly from: number;
  readonly to: number;
  readonly snapshots: number;
  /** Seconds between the first and the last snapshot, when both have a time. */
  readonly seconds?: number;
}

/**
 * The rise of `valueOf` across every snapshot of `series`: at least three snapshots, never falling,
 * ending higher than it started. Undefined otherwise (a single fall is enough: a count that can fall
 * is being cleaned up).
 */
export function risingTrend(series: TimelineSeries, valueOf: (snapshot: TimelineSnapshot) => number | undefined): Trend | undefined {
  const { snapshots } = series;
  if (snapshots.length < 3) {
    return undefined;
  }
  let previous = valueOf(snapshots[0]);
  if (previous === undefined) {
    return undefined;
  }
  for (let index = 1; index < snapshots.length; index++) {
    const value = valueOf(snapshots[index]);
    if (value === undefined || value < previous) {
      return undefined;
    }
    previous = value;
  }
  const first = snapshots[0];
  const last = snapshots[snapshots.length - 1];
  const from = valueOf(first)!;
  if (previous <= from) {
    return undefined;
  }
  const seconds = first.elapsedSeconds !== undefined && last.elapsedSeconds !== undefined && last.elapsedSeconds > first.elapsedSeconds ? last.elapsedSeconds - first.elapsedSeconds : undefined;
  return seconds === undefined ? { first, last, from, to: previous, snapshots: snapshots.length } : { first, last, from, to: previous, snapshots: snapshots.length, seconds };
}

/**
 * A state's count in a snapshot: a table that shows no socket in the state has none (0); a summary
 * that does not count the state (`ss -s` has no CLOSE_WAIT) cannot say (undefined).
 */
export function stateCount(series: TimelineSeries, snapshot: TimelineSnapshot, state: TcpState): number | undefined {
  return snapshot.states[state] ?? (countsRows(series.kind) ? 0 : undefined);
}

/**
 * Seconds between the timed snapshots of one series that hold lines `from` and `to` (two `netstat -s`
 * snapshots' counters, say); undefined when either has no time or they are not one series' snapshots.
 */
export function secondsBetweenLines(timeline: Timeline, from: number, to: number): number | undefined {
  for (const series of timeline.series) {
    const first = snapshotHolding(series, from);
    const last = first && snapshotHolding(series, to);
    if (first && last) {
      return first.elapsedSeconds !== undefined && last.elapsedSeconds !== undefined && last.elapsedSeconds > first.elapsedSeconds ? last.elapsedSeconds - first.elapsedSeconds : undefined;
    }
  }
  return undefined;
}

/** The snapshot whose lines hold `line`: a binary search, as snapshots are in line order. */
function snapshotHolding(series: TimelineSeries, line: number): TimelineSnapshot | undefined {
  const { snapshots } = series;
  let low = 0;
  let high = snapshots.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const snapshot = snapshots[middle];
    if (line < snapshot.startLine) {
      high = middle - 1;
    } else if (line > snapshot.endLine) {
      low = middle + 1;
    } else {
      return snapshot;
    }
  }
  return undefined;
}
