import type { DumpSection, ParsedSocketDump } from '../model/socketTable';
import { CANONICAL_STATES, type TcpState } from '../model/tcpState';
import { instantOf, zoneCuesOf } from '../parsers/printedTime';
import { hostOfCountKey } from '../parsers/endpoint';
import { socketColumnsOf, TCP_PROTOCOL } from '../parsers/socketColumns';
import { type KeyedCounts, SocketTallies, STATE_ORDINALS, talliesOf } from '../parsers/socketTallies';
import { keepRanked } from './rankedBuffer';
import { latestStateHistogram } from './aggregatedSummary';
import { histogramSectionCounts, histogramSections } from './histogramCounts';
import { sectionRows } from './sectionCounts';

/** One side of a comparison: a parsed dump and the lines compared. */
export interface DumpSide {
  readonly dump: ParsedSocketDump;
  /** The section compared; the whole document when undefined. */
  readonly section?: DumpSection;
}

export interface CountChange {
  readonly base: number;
  readonly other: number;
  readonly delta: number;
}

/** A port, peer host or process whose socket count changed the most. */
export interface Mover extends CountChange {
  readonly key: string;
}

/** A listening socket: its local address and port as printed, and the process that holds it when the dump names one. */
export interface Listener {
  readonly address: string;
  readonly port: string;
  readonly process?: string;
}

export interface CounterChange extends CountChange {
  /** `TcpExt.ListenOverflows`, `Tcp.ActiveOpens`, `ss -s.timewait`. */
  readonly name: string;
  /** The change per second, when both sides carry a time and the counter only ever grows. */
  readonly perSecond?: number;
}

/** Where a side's counts come from, for the reader. */
export interface ComparedSide {
  readonly startLine: number;
  readonly endLine: number;
  readonly command?: string;
  /** The `date` line the side was taken at, as printed. */
  readonly time?: string;
}

export interface DumpComparison {
  readonly kind: 'socket-dump';
  readonly base: ComparedSide;
  readonly other: ComparedSide;
  readonly total: CountChange;
  readonly states: Record<TcpState, CountChange>;
  /** Listening sockets only one side has; each list capped at MAX_LISTED_LISTENERS (the counts say how many in all). */
  readonly listeners: { readonly added: readonly Listener[]; readonly removed: readonly Listener[]; readonly addedCount: number; readonly removedCount: number };
  readonly ports: readonly Mover[];
  readonly hosts: readonly Mover[];
  readonly processes: readonly Mover[];
  /** netstat -s / nstat counters and `ss -s` figures both sides have, that changed, in the base's order. */
  readonly counters: readonly CounterChange[];
  /** Seconds from the base's time to the other's, when both carry one. */
  readonly seconds?: number;
}

export const MAX_LISTED_LISTENERS = 200;
/** Counters one side can name are capped too: a paste may hold thousands of nstat lines. */
const MAX_COUNTERS = 2000;
const LISTEN = STATE_ORDINALS.get('LISTEN')!;
/** `ss -s` figures are counts of sockets now, not running totals: a rate of them means nothing. */
const GAUGE_GROUP = 'ss -s';
/** netstat -s lines that count what exists now rather than what happened (CurrEstab), so no rate either. */
const GAUGE_COUNTERS: ReadonlySet<string> = new Set(['Tcp.CurrEstab', 'Ip.Forwarding', 'Ip.DefaultTTL', 'Tcp.RtoAlgorithm', 'Tcp.RtoMin', 'Tcp.RtoMax', 'Tcp.MaxConn']);

/**
 * What changed from `base` to `other`: the counts of each TCP state, the listeners that came and went,
 * the ports, peers and processes that moved the most, and the counters of `netstat -s` and `ss -s`.
 * Counts come from the parse's tallies (a section's are counted from its rows), never from the text.
 */
export function compareDumps(base: DumpSide, other: DumpSide, topCount: number): DumpComparison {
  const [baseTallies, otherTallies] = [base, other].map(talliesOfSide);
  const states = Object.fromEntries(
    CANONICAL_STATES.map((name, state) => [name, change(baseTallies.states[state], otherTallies.states[state])]),
  ) as Record<TcpState, CountChange>;
  const sum = (counts: Int32Array) => counts.reduce((total, count) => total + count, 0);
  const [baseListeners, otherListeners] = [base, other].map(listenersOf);
  const added = [...otherListeners.entries()].filter(([key]) => !baseListeners.has(key)).map(([, listener]) => listener);
  const removed = [...baseListeners.entries()].filter(([key]) => !otherListeners.has(key)).map(([, listener]) => listener);
  const [baseCounters, otherCounters] = [base, other].map(countersOf);
  const [baseSide, otherSide] = [base, other].map((side, index) => describeSide(side, [baseCounters, otherCounters][index].lastLine));
  const seconds = baseSide.capturedMs !== undefined && otherSide.capturedMs !== undefined ? (otherSide.capturedMs - baseSide.capturedMs) / 1000 : undefined;
  return {
    kind: 'socket-dump',
    base: baseSide.side,
    other: otherSide.side,
    total: change(sum(baseTallies.states), sum(otherTallies.states)),
    states,
    listeners: { added: added.slice(0, MAX_LISTED_LISTENERS), removed: removed.slice(0, MAX_LISTED_LISTENERS), addedCount: added.length, removedCount: removed.length },
    ports: topMovers(baseTallies.ports, otherTallies.ports, String, topCount),
    hosts: topMovers(baseTallies.hosts, otherTallies.hosts, hostOfCountKey, topCount),
    processes: topMovers(baseTallies.processes, otherTallies.processes, String, topCount),
    counters: counterChanges(baseCounters.values, otherCounters.values, seconds),
    ...(seconds !== undefined && seconds > 0 ? { seconds } : {}),
  };
}

function change(base: number, other: number): CountChange {
  return { base, other, delta: other - base };
}

/** The rows a side covers: the whole dump, or the rows of its section. */
function rowRange(side: DumpSide): { start: number; end: number } {
  const columns = socketColumnsOf(side.dump);
  if (side.section === undefined) {
    return { start: 0, end: columns.length };
  }
  const found = sectionRows(side.dump).find((rows) => rows.section.startLine === side.section!.startLine);
  return found ? { start: found.start, end: found.end } : { start: 0, end: 0 };
}

/**
 * The document's own tallies (kept up to date by its scans), or a section's counted from its rows. A side
 * without socket rows whose counts come from a pasted histogram (the section itself, or the histogram that
 * stands for a document of histograms, as in the summary) takes its states from that histogram.
 */
function talliesOfSide(side: DumpSide): SocketTallies {
  const columns = socketColumnsOf(side.dump);
  const { start, end } = rowRange(side);
  if (start === end) {
    const histogram = side.section?.format === 'histogram' ? histogramSectionCounts(side.dump, side.section) : latestStateHistogram(side.dump.histograms.length > 0 ? histogramSections(side.dump) : [])?.counts;
    if (histogram) {
      const tallies = new SocketTallies();
      for (const [state, count] of Object.entries(histogram.states) as [TcpState, number][]) {
        tallies.states[STATE_ORDINALS.get(state)!] = count;
      }
      return tallies;
    }
  }
  if (start === 0 && end === columns.length) {
    return talliesOf(side.dump);
  }
  const tallies = new SocketTallies();
  for (let index = start; index < end; index++) {
    tallies.count(columns, index, 1);
  }
  return tallies;
}

/** The side's TCP listeners by address and port; only LISTEN rows are decoded. */
function listenersOf(side: DumpSide): Map<string, Listener> {
  const columns = socketColumnsOf(side.dump);
  const { start, end } = rowRange(side);
  const listeners = new Map<string, Listener>();
  for (let index = start; index < end; index++) {
    if (columns.state[index] !== LISTEN || columns.protocol[index] !== TCP_PROTOCOL) {
      continue;
    }
    const row = columns.row(index);
    if (row.local === undefined) {
      continue;
    }
    const key = `${row.local.address}%${row.local.scope ?? ''} ${row.local.port}`;
    if (!listeners.has(key)) {
      const process = row.processes[0]?.name;
      listeners.set(key, process === undefined ? { address: row.local.address, port: row.local.port } : { address: row.local.address, port: row.local.port, process });
    }
  }
  return listeners;
}

/** The `limit` keys whose counts changed the most (by size of the change, then by key), from both sides' counts. */
function topMovers<K extends number | string>(base: KeyedCounts<K>, other: KeyedCounts<K>, display: (key: K) => string, limit: number): Mover[] {
  const totals = new Map<string, { base: number; other: number }>();
  const collect = (counts: KeyedCounts<K>, side: 'base' | 'other') => {
    for (let slot = 0; slot < counts.size; slot++) {
      if (counts.totals[slot] === 0) {
        continue;
      }
      const key = display(counts.keys[slot]);
      const entry = totals.get(key) ?? { base: 0, other: 0 };
      entry[side] += counts.totals[slot];
      totals.set(key, entry);
    }
  };
  collect(base, 'base');
  collect(other, 'other');
  const best: Mover[] = [];
  const before = (a: Mover, b: Mover) => Math.abs(a.delta) > Math.abs(b.delta) || (Math.abs(a.delta) === Math.abs(b.delta) && a.key < b.key);
  for (const [key, counts] of totals) {
    if (counts.other !== counts.base) {
      keepRanked(best, { key, ...change(counts.base, counts.other) }, limit, before);
    }
  }
  return best;
}

interface SideCounters {
  /** Each counter's last value in the side, in order of first appearance. */
  readonly values: Map<string, number>;
  /** The line of the last counter read, -1 when there is none. */
  readonly lastLine: number;
}

/** The side's netstat -s / nstat counters and `ss -s` figures; a counter printed twice keeps its later value. */
function countersOf(side: DumpSide): SideCounters {
  const { from, to } = lineRange(side);
  const values = new Map<string, number>();
  let lastLine = -1;
  const note = (name: string, value: number, line: number) => {
    if (values.has(name) || values.size < MAX_COUNTERS) {
      values.set(name, value);
      lastLine = Math.max(lastLine, line);
    }
  };
  for (const counter of side.dump.counters) {
    if (counter.line >= from && counter.line <= to) {
      note(`${counter.group}.${counter.name}`, counter.value, counter.line);
    }
  }
  for (const summary of side.dump.ssSummaries) {
    if (summary.line >= from && summary.line <= to) {
      note(`${GAUGE_GROUP}.TCP`, summary.tcpTotal, summary.line);
      for (const [name, value] of Object.entries(summary.tcp)) {
        note(`${GAUGE_GROUP}.${name}`, value, summary.line);
      }
    }
  }
  return { values, lastLine };
}

function counterChanges(base: Map<string, number>, other: Map<string, number>, seconds: number | undefined): CounterChange[] {
  const changes: CounterChange[] = [];
  for (const [name, baseValue] of base) {
    const otherValue = other.get(name);
    if (otherValue === undefined || otherValue === baseValue) {
      continue;
    }
    const counted = change(baseValue, otherValue);
    const growsOnly = !name.startsWith(`${GAUGE_GROUP}.`) && !GAUGE_COUNTERS.has(name);
    changes.push(seconds !== undefined && seconds > 0 && growsOnly ? { name, ...counted, perSecond: counted.delta / seconds } : { name, ...counted });
  }
  return changes;
}

function lineRange(side: DumpSide): { from: number; to: number } {
  return side.section === undefined ? { from: 0, to: side.dump.lineCount } : { from: side.section.startLine, to: side.section.endLine };
}

/**
 * The side's lines and command, and the time it was taken: the last time line (`date`, a `watch` header)
 * the scan found before its last counter (or its end), back to the previous output of the same kind (the
 * snapshot before: `date; ss; netstat -s` pasted twice).
 */
function describeSide(side: DumpSide, lastCounterLine: number): { side: ComparedSide; capturedMs?: number } {
  const { to } = lineRange(side);
  const section = side.section;
  let searchFrom = 0;
  for (const candidate of side.dump.sections) {
    if (section !== undefined && candidate.startLine < section.startLine && candidate.format === section.format) {
      searchFrom = candidate.endLine + 1;
    }
  }
  const searchTo = lastCounterLine >= 0 ? lastCounterLine : to;
  const times = side.dump.printedTimes;
  let found: (typeof times)[number] | undefined;
  for (const time of times) {
    if (time.line >= searchFrom && time.line <= searchTo && time.clock !== undefined) {
      found = time;
    }
  }
  const instant = found ? instantOf(found, zoneCuesOf(times)) : undefined;
  const command = side.section?.command;
  const described: ComparedSide = {
    startLine: side.section?.startLine ?? 0,
    endLine: side.section?.endLine ?? Math.max(0, side.dump.lineCount - 1),
    ...(command !== undefined ? { command } : {}),
    ...(found ? { time: found.label } : {}),
  };
  return instant ? { side: described, capturedMs: instant.epochMs } : { side: described };
}
