import type { DumpSection, ParsedSocketDump, SectionFormat } from '../model/socketTable';
import type { TcpState } from '../model/tcpState';

/** What the summary says about one section of a pasted session. */
export interface SectionSummary {
  readonly format: SectionFormat;
  readonly startLine: number;
  readonly endLine: number;
  readonly command?: string;
  /** TCP sockets with a state in this section. */
  readonly total: number;
  readonly states: Partial<Record<TcpState, number>>;
}

/**
 * Counts TCP states per section. Rows and sections are both in line order, so one merge-like pass
 * suffices, whatever the size of the paste.
 */
export function countSections(dump: ParsedSocketDump): SectionSummary[] {
  const result: SectionSummary[] = [];
  let rowIndex = 0;
  const rows = dump.rows;
  for (const section of dump.sections) {
    while (rowIndex < rows.length && rows[rowIndex].line < section.startLine) {
      rowIndex++;
    }
    const states: Partial<Record<TcpState, number>> = {};
    let total = 0;
    for (; rowIndex < rows.length && rows[rowIndex].line <= section.endLine; rowIndex++) {
      const row = rows[rowIndex];
      if (row.protocol === 'tcp' && row.state) {
        total++;
        states[row.state] = (states[row.state] ?? 0) + 1;
      }
    }
    result.push(summaryOf(section, total, states));
  }
  return result;
}

function summaryOf(section: DumpSection, total: number, states: Partial<Record<TcpState, number>>): SectionSummary {
  return section.command === undefined
    ? { format: section.format, startLine: section.startLine, endLine: section.endLine, total, states }
    : { format: section.format, startLine: section.startLine, endLine: section.endLine, command: section.command, total, states };
}
