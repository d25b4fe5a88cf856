import {
  type BsdArea,
  type BsdColumns,
  bsdInternetHeader,
  bsdProtocolIndex,
  bsdSectionTitle,
  isBsdUnixHeader,
  looksLikeBsdKernelRow,
  looksLikeBsdUnixRow,
  parseBsdRow,
} from '../bsdNetstat';
import { splitFields } from '../textLines';
import type { DumpFormat, TableState } from './dumpFormat';

/** A table of macOS/BSD netstat: internet sockets (with its header's columns), UNIX sockets, kernel sockets or another list. */
interface BsdTable extends TableState {
  readonly kind: 'netstat-bsd';
  readonly area: BsdArea;
  readonly columns?: BsdColumns;
}

/** Enough fields for a BSD row with every optional column (-A, -a -n -v). */
const ROW_FIELDS = 64;

/** macOS and BSD `netstat`: section titles, headers, internet, UNIX and kernel-control rows. */
export const BSD_FORMAT: DumpFormat = {
  id: 'netstat-bsd',
  name: { en: 'netstat (macOS / BSD)', zh: 'netstat（macOS / BSD）' },
  columnTable: 'bsd',
  isHeader: (text) => bsdInternetHeader(text) !== undefined,
  isOwnHeading: (text) => bsdSectionTitle(text) === 'inet' || bsdInternetHeader(text) !== undefined,
  isOwnRow: (fields) => bsdProtocolIndex(fields) !== undefined,

  readHeading(scan, { text, line }) {
    const area = bsdSectionTitle(text);
    if (area) {
      scan.openTable({ kind: 'netstat-bsd', area } satisfies BsdTable, line);
      scan.noteTitle(line);
      return true;
    }
    const columns = bsdInternetHeader(text);
    if (columns) {
      scan.openTable({ kind: 'netstat-bsd', area: 'inet', columns } satisfies BsdTable, line);
      scan.addHeader(line, 'netstat-bsd');
      return true;
    }
    if (isBsdUnixHeader(text)) {
      scan.openTable({ kind: 'netstat-bsd', area: 'unix' } satisfies BsdTable, line);
      return true;
    }
    return false;
  },

  readInTable(scan, { text, line }, fields, table) {
    const bsd = table as BsdTable;
    if (bsd.area === 'inet') {
      const protocolIndex = bsdProtocolIndex(fields);
      if (protocolIndex === undefined) {
        return false;
      }
      scan.accept(parseBsdRow(splitFields(text, ROW_FIELDS), protocolIndex, line, bsd.columns), line, text.length);
      return true;
    }
    if (bsd.area === 'unix') {
      if (!looksLikeBsdUnixRow(fields)) {
        return false;
      }
      scan.addRow({ line, format: 'netstat-bsd', protocol: 'unix', processes: [] });
      return true;
    }
    if (bsd.area === 'kernel' && looksLikeBsdKernelRow(fields)) {
      scan.addRow({ line, format: 'netstat-bsd', protocol: 'other', processes: [] });
      return true;
    }
    // Column headers of the kernel tables and the rows of the control-module list.
    return !scan.blankSinceHeading;
  },

  // BSD before net-tools: both print `tcp6`, but BSD ends addresses with `.port`. Its rows may also
  // resemble a heading, so one more of them is still tried as one (no `continues`).
  rowShape(fields) {
    const protocolIndex = bsdProtocolIndex(fields);
    if (protocolIndex === undefined) {
      return undefined;
    }
    return {
      read(scan, { text, line }) {
        const columns = scan.table?.kind === 'netstat-bsd' ? (scan.table as BsdTable).columns : undefined;
        scan.table = { kind: 'netstat-bsd', area: 'inet', columns } satisfies BsdTable;
        scan.accept(parseBsdRow(splitFields(text, ROW_FIELDS), protocolIndex, line, columns), line, text.length);
      },
    };
  },

  lastResortRowShape(fields) {
    if (!looksLikeBsdUnixRow(fields)) {
      return undefined;
    }
    return {
      read(scan, { line }) {
        scan.table = { kind: 'netstat-bsd', area: 'unix' } satisfies BsdTable;
        scan.addRow({ line, format: 'netstat-bsd', protocol: 'unix', processes: [] });
        scan.enterFormat('netstat-bsd', line, false);
      },
    };
  },
};
