import { firstAtOrAfterLine } from '../../model/lineOrder';
import type { ParsedSocketDump } from '../../model/socketTable';
import type { HistogramToken } from '../dumpTokens';

/**
 * The count or value of a histogram line under the cursor, as the scan read the line. A state value is
 * left to the state word's own token (the state hover), so it is none of these.
 */
export function histogramToken(dump: ParsedSocketDump, lineText: string, line: number, character: number): HistogramToken | undefined {
  const histogram = dump.histograms[firstAtOrAfterLine(dump.histograms, line)];
  if (histogram?.line !== line) {
    return undefined;
  }
  const { countSpan, valueSpan } = histogram;
  const within = (span: { start: number; end: number }) => character >= span.start && character <= span.end;
  const part = within(countSpan) ? 'count' : valueSpan && within(valueSpan) && (histogram.column !== 'state' || histogram.residue) ? 'value' : undefined;
  if (part === undefined) {
    return undefined;
  }
  const span = part === 'count' ? countSpan : valueSpan!;
  const section = dump.sections.find((candidate) => candidate.startLine <= line && line <= candidate.endLine);
  return { kind: 'histogram', line, start: span.start, end: span.end, text: lineText.slice(span.start, span.end), part, histogram, command: section?.command };
}
