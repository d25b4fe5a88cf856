import { queueToken } from '../../features/tokens/rowTokens';
import {
  columnsFromHeader,
  isNetToolsHeader,
  isNetToolsProtocol,
  isNetToolsUnixHeader,
  looksLikeNetToolsRow,
  looksLikeNetToolsUnixRow,
  type NetToolsColumns,
  netToolsSectionTitle,
  parseNetToolsRow,
  PLAIN_NET_TOOLS_ROW,
  readNetToolsRow,
  readPlainNetToolsRow,
} from '../netToolsNetstat';
import { emptyRowFields } from '../socketColumns';
import { clampSpans, MAX_JOINED_ROW } from '../ssWrappedRows';
import { isUnsignedInteger } from '../textLines';
import type { DumpFormat, Scan, TableState } from './dumpFormat';

/** A table of Linux net-tools netstat: internet sockets (with what its header said of the columns), UNIX sockets, or another family. */
interface NetToolsTable extends TableState {
  readonly kind: 'netstat-linux';
  readonly area?: 'inet' | 'unix' | 'other';
  readonly columns?: NetToolsColumns;
}

interface NetToolsState {
  /** A row joined with the tails a terminal wrapped below it. */
  wrappedRow: { index: number; text: string; firstLineLength: number } | undefined;
}

/** The row being read (one scan runs at a time, and the fields are kept before the next row). */
const FIELDS = emptyRowFields();

const isInternetTable = (table: TableState | undefined): table is NetToolsTable =>
  table?.kind === 'netstat-linux' && (table as NetToolsTable).area === 'inet';

/** Linux net-tools `netstat`: its titles and headers, its internet and UNIX rows, and the tails a terminal wrapped. */
export const NET_TOOLS_FORMAT: DumpFormat<NetToolsState> = {
  id: 'netstat-linux',
  name: { en: 'netstat (Linux net-tools)', zh: 'netstat（Linux net-tools）' },
  columnTable: 'netstat',
  // Last among the formats: a line of known column names no other format claims reads as net-tools'.
  isHeader: () => true,
  isOwnHeading: (text) => isNetToolsHeader(text) || netToolsSectionTitle(text) !== undefined,
  isOwnRow: looksLikeNetToolsRow,
  rowToken: queueToken,

  initialState: () => ({ wrappedRow: undefined }),

  readHeading(scan, { text, line }) {
    const area = netToolsSectionTitle(text);
    if (area) {
      scan.openTable({ kind: 'netstat-linux', area } satisfies NetToolsTable, line);
      scan.noteTitle(line);
      return true;
    }
    if (isNetToolsHeader(text)) {
      scan.openTable({ kind: 'netstat-linux', area: 'inet', columns: columnsFromHeader(text) } satisfies NetToolsTable, line);
      scan.addHeader(line, 'netstat-linux');
      return true;
    }
    if (isNetToolsUnixHeader(text)) {
      scan.openTable({ kind: 'netstat-linux', area: 'unix' } satisfies NetToolsTable, line);
      return true;
    }
    return false;
  },

  readInTable(scan, { text }, fields, table) {
    // Rows of a table we recognise but do not model (Bluetooth, IPX…).
    return (table as NetToolsTable).area === 'other' && !scan.blankSinceHeading && !looksLikeNetToolsRow(fields) && !looksLikeNetToolsUnixRow(text);
  },

  readNextRow(scan, table, _state, line, start, end) {
    if (!isInternetTable(table)) {
      return false;
    }
    if (readPlainRowAt(scan, start, end, table.columns)) {
      scan.acceptTcpRow(PLAIN_NET_TOOLS_ROW, 'netstat-linux', line, start, end);
    } else if (readRowAt(scan, start, end, table.columns) === undefined) {
      scan.acceptFields(FIELDS, line, start, end);
    } else {
      return false;
    }
    return true;
  },

  rowShape(fields) {
    if (!looksLikeNetToolsRow(fields)) {
      return undefined;
    }
    return {
      continues: 'netstat-linux',
      read(scan, line) {
        const table = isInternetTable(scan.table) ? scan.table : undefined;
        scan.table = table ?? ({ kind: 'netstat-linux', area: 'inet', columns: undefined } satisfies NetToolsTable);
        const end = line.offset + line.text.length;
        const problem = readRowAt(scan, line.offset, end, table?.columns);
        if (problem === undefined) {
          scan.acceptFields(FIELDS, line.line, line.offset, end);
        } else {
          scan.accept({ problem }, line.line, line.text.length);
        }
      },
    };
  },

  lastResortRowShape(_fields, text) {
    if (!looksLikeNetToolsUnixRow(text)) {
      return undefined;
    }
    return {
      read(scan, { line }) {
        scan.table = { kind: 'netstat-linux', area: 'unix' } satisfies NetToolsTable;
        scan.addRow({ line, format: 'netstat-linux', protocol: 'unix', processes: [] });
        scan.enterFormat('netstat-linux', line, false);
      },
    };
  },

  readWrappedTail(scan, tail, afterHeader) {
    if (afterHeader && isInternetTable(scan.table)) {
      // The columns the header lost to the terminal (PID/Program name, Timer) are still printed.
      scan.table = { ...scan.table, columns: columnsFromHeader(scan.previousNonBlankText + tail) } satisfies NetToolsTable;
    }
    joinTail(scan, tail);
  },

  // A row cut short: the protocol and queues, then nothing.
  looksCutShort: (fields) => fields.length >= 1 && fields.length < 6 && isNetToolsProtocol(fields[0].text) && fields.slice(1, 3).every((field) => isUnsignedInteger(field.text)),

  saveState({ wrappedRow }, scan) {
    return {
      values: wrappedRow && { index: wrappedRow.index - scan.rows.length, firstLineLength: wrappedRow.firstLineLength },
      texts: [wrappedRow?.text],
    };
  },

  restoreState({ values, texts }, _line, rows) {
    const saved = values as { index: number; firstLineLength: number } | undefined;
    return { wrappedRow: saved && { index: saved.index + rows, text: texts[0] ?? '', firstLineLength: saved.firstLineLength } };
  },
};

/** readPlainNetToolsRow on text[start, end) through the scan's code window. */
function readPlainRowAt(scan: Scan, start: number, end: number, columns: NetToolsColumns | undefined): boolean {
  const window = scan.window;
  const base = window.cover(start, end);
  return readPlainNetToolsRow(window.text, window.codes, start - base, end - base, columns, scan.rows.keys);
}

function readRowAt(scan: Scan, start: number, end: number, columns: NetToolsColumns | undefined) {
  const window = scan.window;
  const base = window.cover(start, end);
  return readNetToolsRow(window.text, window.codes, start - base, end - base, columns, FIELDS);
}

/**
 * Reads the last row again with the wrapped tail (PID/Program, Timer) it lost to the terminal, so its
 * owner still counts. A row may have been wrapped more than once.
 */
function joinTail(scan: Scan, tail: string): void {
  const rows = scan.rows;
  const last = rows.length - 1;
  const table = scan.table;
  if (last < 0 || rows.formatOf(last) !== 'netstat-linux' || table?.kind !== 'netstat-linux') {
    return;
  }
  const state = scan.stateOf(NET_TOOLS_FORMAT);
  // The row's own line, or the row as already joined with an earlier tail.
  const head =
    rows.line[last] === scan.previousNonBlankLine
      ? { text: scan.previousNonBlankText, firstLineLength: scan.previousNonBlankText.length }
      : state.wrappedRow?.index === last
        ? state.wrappedRow
        : undefined;
  if (head === undefined || head.text.length + tail.length > MAX_JOINED_ROW) {
    return;
  }
  const joined = head.text + tail;
  const result = parseNetToolsRow(joined, rows.line[last], (table as NetToolsTable).columns);
  if ('row' in result) {
    scan.replaceRow(last, clampSpans(result.row, head.firstLineLength), true);
    state.wrappedRow = { index: last, text: joined, firstLineLength: head.firstLineLength };
  }
}
