import { COLUMN_DOCS, type ColumnDoc, type ColumnTable } from '../../knowledge/columns';
import { TRANSLATED_COLUMN_NAMES } from '../../knowledge/translatedStateWords';
import type { SocketTableHeader } from '../../model/socketTable';
import { DUMP_FORMATS, dumpFormatOf } from '../../parsers/formats/index';
import type { ColumnHeaderToken } from '../dumpTokens';
import { phraseOccurrences } from '../hoverMarkdown';

interface HeaderCell {
  readonly doc: ColumnDoc;
  readonly header: string;
  readonly start: number;
  readonly end: number;
}

/** A line needs this many known column names to count as a header when the scan did not mark it. */
const MIN_HEADER_CELLS = 3;

/** Headers, even padded to a wide terminal, are far shorter; longer lines are data and not scanned. */
const MAX_HEADER_LENGTH = 4096;

/**
 * The column name under the cursor, on a header the scan read (`header`) or on a line of at least
 * three known column names (a header pasted alone), with the table whose notes apply to it.
 */
export function columnHeaderToken(lineText: string, line: number, character: number, header: SocketTableHeader | undefined): ColumnHeaderToken | undefined {
  if (lineText.length > MAX_HEADER_LENGTH) {
    return undefined;
  }
  const cells = headerCells(lineText);
  const isHeader = header !== undefined || cells.length >= MIN_HEADER_CELLS;
  const cell = isHeader ? cells.find((candidate) => character >= candidate.start && character <= candidate.end) : undefined;
  if (!cell) {
    return undefined;
  }
  const table = columnTableOf(lineText, header);
  return { kind: 'column-header', line, start: cell.start, end: cell.end, text: lineText.slice(cell.start, cell.end), doc: cell.doc, header: cell.header, table };
}

/** Every column name with the notes that explain it: the tools' English ones, and those translations print. */
const NAMED_COLUMNS: readonly { readonly doc: ColumnDoc; readonly header: string }[] = [
  ...COLUMN_DOCS.flatMap((doc) => doc.headers.map((header) => ({ doc, header }))),
  ...[...TRANSLATED_COLUMN_NAMES].flatMap(([header, english]) => {
    const doc = COLUMN_DOCS.find((candidate) => candidate.headers.includes(english));
    return doc ? [{ doc, header }] : [];
  }),
];

/** Every known header in the line; longer names win where they overlap (`PID/Program name` over `PID`). */
function headerCells(lineText: string): HeaderCell[] {
  const candidates: HeaderCell[] = [];
  for (const { doc, header } of NAMED_COLUMNS) {
    for (const { start, end } of phraseOccurrences(lineText, header, { camelGlue: true })) {
      candidates.push({ doc, header, start, end });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start));
  const cells: HeaderCell[] = [];
  for (const candidate of candidates) {
    if (!cells.some((cell) => candidate.start < cell.end && cell.start < candidate.end)) {
      cells.push(candidate);
    }
  }
  return cells;
}

/** Whose notes apply to a header's columns: its format's, as the scan marked it or as the formats tell the line apart. */
function columnTableOf(lineText: string, header: SocketTableHeader | undefined): ColumnTable {
  const format = header ? dumpFormatOf(header.format) : DUMP_FORMATS.find((candidate) => candidate.isHeader?.(lineText.trim()));
  return format?.columnTable ?? 'netstat';
}
