import type { HistogramColumn, HistogramLine } from '../../model/histogram';
import { CANONICAL_STATES, canonicalState } from '../../model/tcpState';
import { histogramCommand, type HistogramCommand, type HistogramLineRead, isCutIpv6Group, processNameOf, readHistogramLine, valueKind, type ValueKind } from '../histogram';
import type { Field } from '../textLines';
import type { DumpFormat, Scan, ScanLine, TableState } from './dumpFormat';

/**
 * A histogram being read, and what its command (when the paste kept it) says of its lines. Plain data,
 * replaced rather than changed (a restart point keeps it): whether it has lines yet, and the states
 * they counted as bits (a state counted again starts the next histogram of a series).
 */
interface HistogramTable extends TableState {
  readonly kind: 'histogram';
  readonly command?: HistogramCommand;
  readonly hasLines?: boolean;
  readonly states?: number;
}

const isHistogramTable = (table: TableState | undefined): table is HistogramTable => table?.kind === 'histogram';

/** Values whose shape alone makes a two-field line a histogram line, whichever side the count is on. */
const SELF_EVIDENT: ReadonlySet<ValueKind> = new Set(['state', 'remote-host', 'remote-endpoint']);

/**
 * Histograms of a socket table (state, peer, port or process counts made by awk, `uniq -c` or
 * `grep -c`): each is a section of its own whose counts are aggregated. Its lines are known by their
 * command, or by their shape: a state word, an address or an `address:port` with a count on either
 * side, or anything after a count in `uniq -c`'s seven-column layout.
 */
export const HISTOGRAM_FORMAT: DumpFormat = {
  id: 'histogram',
  name: { en: 'histogram (awk / uniq -c counts)', zh: '统计结果（awk / uniq -c 计数）' },
  // Evidence for the editor's guess: a self-evident line, or in uniq -c's layout anything but a bare
  // word (that could be any `uniq -c` output): a port, a header word, netstat's `PID/program`.
  isOwnRow: (fields) => {
    if (fields.length !== 2) {
      return false;
    }
    const read = readHistogramLine('', fields, undefined);
    const value = read?.valueField?.text;
    const kind = value === undefined ? undefined : valueKind(value);
    if (kind === undefined || SELF_EVIDENT.has(kind)) {
      return kind !== undefined;
    }
    const padded = read!.countField.start > 0 && read!.countField.start + read!.countField.text.length >= 7;
    return padded && (kind !== 'process' || processNameOf(value!) !== value);
  },

  announcedBy: ({ command }) => histogramCommand(command) !== undefined,
  tableOfCommand: (prompt) => ({ kind: 'histogram', command: histogramCommand(prompt.command) }) satisfies HistogramTable,

  rowShape(fields, text) {
    if (fields.length === 0 || fields.length > 2) {
      return undefined;
    }
    const read = readHistogramLine(text, fields, undefined);
    const value = read?.valueField && valueKind(read.valueField.text);
    if (value === undefined || value === 'residue' || !(read!.padded || SELF_EVIDENT.has(value))) {
      return undefined;
    }
    return {
      continues: 'histogram',
      read(scan, line, lineFields) {
        if (!isHistogramTable(scan.table)) {
          scan.openTable({ kind: 'histogram' } satisfies HistogramTable, line.line);
        }
        readLineOfTable(scan, line, lineFields, scan.table as HistogramTable);
      },
    };
  },

  readInTable: (scan, line, fields, table) => fields.length <= 2 && readLineOfTable(scan, line, fields, table as HistogramTable),
};

/**
 * A line of an open histogram: read with what its command says; false when it is none. After a blank
 * line, or at a state it already counted, the histogram is another one pasted below (its command, if
 * any, no longer applies): a section of its own.
 */
function readLineOfTable(scan: Scan, { text, line }: ScanLine, fields: readonly Field[], table: HistogramTable): boolean {
  let current = table;
  let read = readHistogramLine(text, fields, current.command?.countFirst);
  let histogramLine = read && histogramLineOf(line, read, current.command);
  if (!histogramLine) {
    return false;
  }
  const stateBit = histogramLine.state === undefined || histogramLine.residue ? 0 : 1 << CANONICAL_STATES.indexOf(histogramLine.state);
  if (current.hasLines && (scan.previousNonBlankLine < line - 1 || (stateBit & (current.states ?? 0)) !== 0)) {
    current = { kind: 'histogram' };
    read = readHistogramLine(text, fields, undefined);
    histogramLine = read && histogramLineOf(line, read, undefined);
    if (!histogramLine) {
      return false;
    }
    scan.startSection(line);
  }
  scan.histograms.push(histogramLine);
  scan.table = { ...current, hasLines: true, states: (current.states ?? 0) | stateBit } satisfies HistogramTable;
  scan.enterFormat('histogram', line, false);
  return true;
}

function histogramLineOf(line: number, read: HistogramLineRead, command: HistogramCommand | undefined): HistogramLine | undefined {
  const countSpan = { start: read.countField.start, end: read.countField.start + read.countField.text.length };
  const { count, valueField } = read;
  if (!valueField) {
    // `grep -c STATE` prints one number; `uniq -c` counts empty values (lines with fewer fields) as a count alone.
    if (command === undefined) {
      return undefined;
    }
    return command.counted !== undefined
      ? { line, column: 'state', value: '', count, countSpan, state: command.counted }
      : { line, column: command.column ?? 'state', value: '', count, countSpan, residue: true };
  }
  const value = valueField.text;
  const valueSpan = { start: valueField.start, end: valueField.start + value.length };
  // What `cut -d: -f1` leaves of an IPv6 peer is a peer only because the command says so.
  const cutPeer = command?.column === 'remote-host' && isCutIpv6Group(value);
  const kind = cutPeer ? 'remote-host' : valueKind(value);
  // Without a command only a value that shows what it is, or uniq -c's layout, makes a line of it (`total 900` does not).
  if (kind === undefined || (command === undefined && !read.padded && kind !== 'residue' && !SELF_EVIDENT.has(kind))) {
    return undefined;
  }
  const column = columnOf(kind, command?.column);
  if (column === undefined) {
    return { line, column: command?.column ?? 'state', value, count, countSpan, valueSpan, residue: true };
  }
  return column === 'state' ? { line, column, value, count, countSpan, valueSpan, state: canonicalState(value) } : { line, column, value, count, countSpan, valueSpan };
}

/**
 * The column of a value of kind `kind` under a command that counts `counted`: the command decides
 * between readings the value allows (netstat's unbracketed IPv6 endpoint reads as an address too);
 * a value the command's column cannot hold is a header word it counted along (undefined).
 */
function columnOf(kind: ValueKind, counted: HistogramColumn | undefined): HistogramColumn | undefined {
  if (kind === 'residue') {
    return undefined;
  }
  if (counted === undefined || counted === kind) {
    return kind;
  }
  const endpointOrHost = kind === 'remote-host' || kind === 'remote-endpoint';
  return (counted === 'remote-endpoint' || counted === 'local-endpoint') && endpointOrHost ? counted : undefined;
}
