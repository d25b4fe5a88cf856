import type { DumpSection, ParsedSocketDump } from '../model/socketTable';
import type { TcpState } from '../model/tcpState';

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
  const rows = dump.rows;
  let index = 0;
  for (const section of dump.sections) {
    while (index < rows.length && rows[index].line < section.startLine) {
      index++;
    }
    const start = index;
    while (index < rows.length && rows[index].line <= section.endLine) {
      index++;
    }
    result.push({ section, start, end: index });
  }
  return result;
}

/** Counts TCP states per section. */
export function countSections(dump: ParsedSocketDump): SectionSummary[] {
  return sectionRows(dump).map(({ section, start, end }) => {
    const states: Partial<Record<TcpState, number>> = {};
    let total = 0;
    let withoutState = 0;
    for (let index = start; index < end; index++) {
      const row = dump.rows[index];
      if (row.protocol === 'tcp' && row.state) {
        total++;
        states[row.state] = (states[row.state] ?? 0) + 1;
      } else if (row.protocol === 'tcp') {
        withoutState++;
      }
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
