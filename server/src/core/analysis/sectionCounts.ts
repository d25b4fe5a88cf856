import type { DumpSection, ParsedSocketDump } from '../model/socketTable';
import { CANONICAL_STATES, type TcpState } from '../model/tcpState';
import { NO_STATE, type SocketColumns, socketColumnsOf, TCP_PROTOCOL } from '../parsers/socketColumns';
import { talliesOf } from '../parsers/socketTallies';
import { type AggregatedCounts, histogramSectionCounts } from './histogramCounts';
import { firstLinesOf } from './summarize';

/** What the summary says about one section of a pasted session. */
export interface SectionSummary extends DumpSection {
  /** TCP sockets with a state in this section. */
  readonly total: number;
  readonly states: Partial<Record<TcpState, number>>;
  /** TCP sockets printed without a state (BSD `netstat -T`, `lsof -T`), when there are any. */
  readonly withoutState?: number;
  /**
   * A histogram section's counts (`total` and `states` are its state counts): aggregated by the
   * pipeline that printed them, with no rows behind them. Absent for every other section.
   */
  readonly aggregated?: AggregatedCounts;
}

/** A section and where its rows lie in `dump.rows`: indexes `start` (inclusive) to `end` (exclusive). */
export interface SectionRows {
  readonly section: DumpSection;
  readonly start: number;
  readonly end: number;
}

/**
 * The rows of each section. Rows and sections are both in line order: each section's bounds are found
 * by a binary search over the rows' lines, whatever the size of the paste.
 */
export function sectionRows(dump: ParsedSocketDump): SectionRows[] {
  const rows = socketColumnsOf(dump);
  let index = 0;
  return dump.sections.map((section) => {
    const start = rows.firstRowAtOrAfter(section.startLine, index);
    index = rows.firstRowAtOrAfter(section.endLine + 1, start);
    return { section, start, end: index };
  });
}

/** Counts TCP states per section. */
export function countSections(dump: ParsedSocketDump): SectionSummary[] {
  const columns = socketColumnsOf(dump);
  return sectionRows(dump).map(({ section, start, end }) => {
    if (section.format === 'histogram') {
      return histogramSectionSummary(dump, section);
    }
    // A section holding every row (a paste of one table) has the document's counts, kept up to date by difference.
    return start === 0 && end === columns.length ? wholeDocumentCounts(dump, section) : countRows(columns, section, start, end);
  });
}

/** A histogram's section: its state counts as the section's, and everything it counted as `aggregated`. */
function histogramSectionSummary(dump: ParsedSocketDump, section: DumpSection): SectionSummary {
  const aggregated = histogramSectionCounts(dump, section);
  const counts = { total: aggregated.total, states: aggregated.states, aggregated };
  return section.command === undefined
    ? { format: section.format, startLine: section.startLine, endLine: section.endLine, ...counts }
    : { format: section.format, startLine: section.startLine, endLine: section.endLine, command: section.command, ...counts };
}

function countRows(columns: SocketColumns, section: DumpSection, start: number, end: number): SectionSummary {
  const counts = new Int32Array(CANONICAL_STATES.length);
  // The states in the order the rows first showed them, as the panel lists them: noted in the same pass.
  const firstShown: number[] = [];
  let total = 0;
  let withoutState = 0;
  for (let index = start; index < end; index++) {
    if (columns.protocol[index] !== TCP_PROTOCOL) {
      continue;
    }
    const state = columns.state[index];
    if (state === NO_STATE) {
      withoutState++;
    } else {
      total++;
      if (counts[state]++ === 0) {
        firstShown.push(state);
      }
    }
  }
  return summaryOf(section, total, firstShown, counts, withoutState);
}

function wholeDocumentCounts(dump: ParsedSocketDump, section: DumpSection): SectionSummary {
  const tallies = talliesOf(dump);
  const firstLines = firstLinesOf(dump);
  // In the order the rows first showed them: the order of each state's first line.
  const firstShown = CANONICAL_STATES.map((_name, state) => state)
    .filter((state) => firstLines[state] >= 0)
    .sort((a, b) => firstLines[a] - firstLines[b]);
  const total = tallies.states.reduce((sum, count) => sum + count, 0);
  return summaryOf(section, total, firstShown, tallies.states, tallies.protocols[TCP_PROTOCOL] - total);
}

function summaryOf(section: DumpSection, total: number, shown: readonly number[], stateCounts: Int32Array, withoutState: number): SectionSummary {
  // Built from entries: a store per state name made V8 throw away the code around it (see summarizeDump).
  const states: Partial<Record<TcpState, number>> = Object.fromEntries(shown.map((state) => [CANONICAL_STATES[state], stateCounts[state]]));
  const counts = withoutState > 0 ? { total, states, withoutState } : { total, states };
  return section.command === undefined
    ? { format: section.format, startLine: section.startLine, endLine: section.endLine, ...counts }
    : { format: section.format, startLine: section.startLine, endLine: section.endLine, command: section.command, ...counts };
}
