import type { DumpSection, ParsedSocketDump } from '../model/socketTable';
import { CANONICAL_STATES, type TcpState } from '../model/tcpState';
import { NO_STATE, socketColumnsOf, TCP_PROTOCOL } from '../parsers/socketColumns';

/** What the summary says about one section of a pasted session. */
export interface SectionSummary extends DumpSection {
  /** TCP sockets with a state in this section. */
  readonly total: number;
  readonly states: Partial<Record<TcpState, number>>;
  /** TCP sockets printed without a state (BSD `netstat -T`, `lsof -T`), when there are any. */
  readonly withoutState?: number;
}

/** A section and where its rows lie in `dump.rows`: indexes `start` (inclusive) to `end` (exclusive). */
export interface SectionRows {
  readonly section: DumpSection;
  readonly start: number;
  readonly end: number;
}

/**
 * The rows of each section. Rows and sections are both in line order, so one merge-like pass
 * suffices, whatever the size of the paste.
 */
export function sectionRows(dump: ParsedSocketDump): SectionRows[] {
  const result: SectionRows[] = [];
  const rows = socketColumnsOf(dump);
  let index = 0;
  for (const section of dump.sections) {
    while (index < rows.length && rows.line[index] < section.startLine) {
      index++;
    }
    const start = index;
    while (index < rows.length && rows.line[index] <= section.endLine) {
      index++;
    }
    result.push({ section, start, end: index });
  }
  return result;
}

/** Counts TCP states per section. */
export function countSections(dump: ParsedSocketDump): SectionSummary[] {
  const columns = socketColumnsOf(dump);
  const counts = new Int32Array(CANONICAL_STATES.length);
  // The states in the order the rows first showed them, as the panel lists them: noted in the same pass.
  const firstShown = new Uint8Array(CANONICAL_STATES.length);
  return sectionRows(dump).map(({ section, start, end }) => {
    counts.fill(0);
    let shown = 0;
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
          firstShown[shown++] = state;
        }
      }
    }
    const states: Partial<Record<TcpState, number>> = {};
    for (let order = 0; order < shown; order++) {
      states[CANONICAL_STATES[firstShown[order]]] = counts[firstShown[order]];
    }
    return summaryOf(section, total, states, withoutState);
  });
}

function summaryOf(section: DumpSection, total: number, states: Partial<Record<TcpState, number>>, withoutState: number): SectionSummary {
  const counts = withoutState > 0 ? { total, states, withoutState } : { total, states };
  return section.command === undefined
    ? { format: section.format, startLine: section.startLine, endLine: section.endLine, ...counts }
    : { format: section.format, startLine: section.startLine, endLine: section.endLine, command: section.command, ...counts };
}
