import { lsofFieldToken } from '../../features/tokens/rowTokens';
import { isLsofHeader, isLsofUnixSocket, looksLikeLsofFileRow, looksLikeLsofRow, lsofSocketId, parseLsofRawRow, parseLsofRow } from '../lsof';
import type { Field } from '../textLines';
import type { DumpFormat, Scan, ScanLine, TableState } from './dumpFormat';

/** An lsof table, with its sockets by DEVICE so that a socket listed again (another process or thread) is counted once. */
interface LsofTable extends TableState {
  readonly kind: 'lsof';
  readonly sockets: Map<string, number>;
}

const newTable = (): LsofTable => ({ kind: 'lsof', sockets: new Map() });

/** `lsof -i` / `lsof -nP -iTCP`: its header, its socket rows (one per owner), and the other files it lists. */
export const LSOF_FORMAT: DumpFormat = {
  id: 'lsof',
  name: { en: 'lsof network files', zh: 'lsof 网络连接列表' },
  columnTable: 'lsof',
  isHeader: isLsofHeader,
  isOwnHeading: isLsofHeader,
  isOwnRow: looksLikeLsofRow,
  rowToken: lsofFieldToken,

  readHeading(scan, { text, line }) {
    if (!isLsofHeader(text)) {
      return false;
    }
    scan.openTable(newTable(), line);
    scan.addHeader(line, 'lsof');
    return true;
  },

  /**
   * A file that is not an internet socket: a UNIX or raw socket is counted, other files (`lsof -p`) are not.
   * lsof prints no blank line inside its table, so prose after one still shows.
   */
  readInTable(scan, { line }, fields) {
    if (scan.blankSinceHeading || !looksLikeLsofFileRow(fields)) {
      return false;
    }
    if (isLsofUnixSocket(fields)) {
      scan.addRow({ line, format: 'lsof', protocol: 'unix', processes: [] });
      return true;
    }
    const raw = parseLsofRawRow(line, fields);
    if (raw) {
      scan.addRow(raw);
      scan.noteFormat('lsof');
    }
    return true;
  },

  rowShape(fields) {
    if (!looksLikeLsofRow(fields)) {
      return undefined;
    }
    return {
      continues: 'lsof',
      read(scan, line, rowFields) {
        const table = scan.table?.kind === 'lsof' ? (scan.table as LsofTable) : newTable();
        scan.table = table;
        readRow(scan, line, rowFields, table.sockets);
      },
    };
  },

  // lsof's -i selects internet files; it has nothing to do with netstat's -i (interfaces).
  announcedBy: ({ tool }) => tool === 'lsof',

  // The socket map cannot be rebuilt from a restart point, so a scan does not restart inside a table that has one.
  canRestartIn: (table) => (table as LsofTable).sockets.size === 0,
  reviveTable: newTable,
};

/** One lsof line of a socket: a new row, or one more owner of a socket already listed. */
function readRow(scan: Scan, { text, line }: ScanLine, fields: readonly Field[], sockets: Map<string, number>): void {
  const rows = scan.rows;
  const id = lsofSocketId(fields);
  const earlier = id === undefined ? undefined : sockets.get(id);
  const result = parseLsofRow(text, line, fields);
  if (earlier !== undefined && 'row' in result) {
    const owners = rows.row(earlier).processes;
    const owner = result.row.processes[0];
    // A thread (-K) of a process already listed adds nobody; a forked worker adds its pid.
    if (!owners.some((known) => known.pid === owner.pid)) {
      scan.replaceRow(earlier, { ...rows.row(earlier), processes: [...owners, owner] });
    }
    return;
  }
  scan.accept(result, line, text.length);
  if (id !== undefined && 'row' in result) {
    sockets.set(id, rows.length - 1);
  }
}
