import { isBlank } from '../textLines';
import { isWindowsHeader, isWindowsTitle, looksLikeWindowsRow, parseWindowsOwnerLine, parseWindowsRow } from '../windowsNetstat';
import type { DumpFormat, Scan } from './dumpFormat';
import { isStatisticsFlag } from './statisticsFormat';

/** Windows `netstat`: its title and header, its rows, and the owner lines `-b` prints below a row. */
export const WINDOWS_FORMAT: DumpFormat = {
  id: 'netstat-windows',
  name: { en: 'netstat (Windows)', zh: 'netstat（Windows）' },
  columnTable: 'windows',
  isHeader: isWindowsHeader,
  isOwnHeading: (text) => isWindowsTitle(text) || isWindowsHeader(text),
  // A protocol and one more word is too little to tell a document's language by.
  isOwnRow: (fields) => fields.length >= 3 && looksLikeWindowsRow(fields),

  readHeading(scan, { text, line }) {
    if (isWindowsTitle(text)) {
      scan.openTable({ kind: 'netstat-windows' }, line);
      scan.noteTitle(line);
      return true;
    }
    if (isWindowsHeader(text)) {
      scan.openTable({ kind: 'netstat-windows' }, line);
      scan.addHeader(line, 'netstat-windows');
      return true;
    }
    return false;
  },

  rowShape(fields) {
    if (!looksLikeWindowsRow(fields)) {
      return undefined;
    }
    return {
      continues: 'netstat-windows',
      read(scan, { text, line }, rowFields) {
        scan.table = { kind: 'netstat-windows' };
        scan.accept(parseWindowsRow(rowFields, line, text), line, text.length);
      },
    };
  },

  readLineBelowRow(scan, { text }, fields) {
    if (looksLikeWindowsRow(fields) || !isBlank(text.charCodeAt(0))) {
      return false;
    }
    attachOwner(scan, text);
    return true;
  },

  // Plain netstat is Linux, BSD or Windows output alike: only a Windows prompt tells.
  announcedBy: (command) =>
    command.tool === 'netstat' && command.shell === 'windows' && !isStatisticsFlag(command.flags) && !['r', '--route', 'i', '--interfaces'].some((flag) => command.flags.has(flag)),
  tableOfCommand: () => ({ kind: 'netstat-windows' }),
};

/** `netstat -b` prints the service (when there is one) and then `[program.exe]` below a row. */
function attachOwner(scan: Scan, text: string): void {
  const rows = scan.rows;
  const owner = parseWindowsOwnerLine(text);
  const last = rows.length > 0 ? rows.row(rows.length - 1) : undefined;
  if (owner.kind === 'unavailable' || last?.format !== 'netstat-windows') {
    return;
  }
  const { pid, service } = last.processes[0] ?? {};
  const process =
    owner.kind === 'service'
      ? { name: last.processes[0]?.name ?? owner.name, service: owner.name }
      : { name: owner.name, ...(service === undefined ? {} : { service }) };
  scan.replaceRow(rows.length - 1, { ...last, processes: [pid === undefined ? process : { ...process, pid }] });
}
