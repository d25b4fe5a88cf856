import { procAddressToken, procFieldToken } from '../../features/tokens/rowTokens';
import { looksLikeProcNetRow, type ProcNetTable, parseProcNetRow, procNetHeader, procNetTableOfCommand } from '../procNetTcp';
import { splitFields } from '../textLines';
import type { DumpFormat, TableState } from './dumpFormat';

/** A /proc/net/tcp, udp or raw table; which one, when the header or the command said. */
interface ProcTable extends TableState {
  readonly kind: 'proc-net';
  readonly table?: ProcNetTable;
}

/** Fields a /proc/net row is read from: up to the inode. */
const ROW_FIELDS = 10;

/** The kernel's own tables, /proc/net/tcp{,6}, udp{,6} and raw{,6}: hex addresses and state codes. */
export const PROC_NET_FORMAT: DumpFormat = {
  id: 'proc-net',
  name: { en: '/proc/net/tcp table', zh: '/proc/net/tcp 表' },
  columnTable: 'proc-net',
  isHeader: (text) => procNetHeader(text) !== undefined,
  isOwnHeading: (text) => procNetHeader(text) !== undefined,
  isOwnRow: looksLikeProcNetRow,
  rowToken: (row, lineText, line, character) => procAddressToken(row, lineText, line, character) ?? procFieldToken(row, lineText, line, character),

  readHeading(scan, { text, line }) {
    const header = procNetHeader(text);
    if (!header) {
      return false;
    }
    const fromCommand = scan.table?.kind === 'proc-net' ? (scan.table as ProcTable).table : undefined;
    // udp and raw share a header: the command (cat /proc/net/raw) is the better witness.
    scan.openTable({ kind: 'proc-net', table: header.protocol === 'udp' && fromCommand ? fromCommand : header } satisfies ProcTable, line);
    scan.addHeader(line, 'proc-net');
    return true;
  },

  rowShape(fields) {
    if (!looksLikeProcNetRow(fields)) {
      return undefined;
    }
    return {
      continues: 'proc-net',
      read(scan, { text, line }) {
        const table = scan.table?.kind === 'proc-net' ? (scan.table as ProcTable).table : undefined;
        scan.table = { kind: 'proc-net', table } satisfies ProcTable;
        scan.accept(parseProcNetRow(splitFields(text, ROW_FIELDS), line, table), line, text.length);
      },
    };
  },

  announcedBy: ({ procFile, shell }) => procFile === 'socket-table' && shell !== 'windows',
  tableOfCommand: (prompt) => ({ kind: 'proc-net', table: procNetTableOfCommand(prompt.command) }) satisfies ProcTable,
};
