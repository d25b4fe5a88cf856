import { isSsTransportHeader, isSsTransportRow, parseSsTcpLine, parseSsTotalLine } from '../ssSummary';
import type { DumpFormat } from './dumpFormat';

interface SsSummaryState {
  /** The `Total:` of the section's `ss -s`, given to its TCP line. */
  total: number | undefined;
}

/** `ss -s`: its Total and TCP lines (the state counts) and its transport table. */
export const SS_SUMMARY_FORMAT: DumpFormat<SsSummaryState> = {
  id: 'ss-summary',
  name: { en: 'ss -s socket summary', zh: 'ss -s socket 汇总' },
  isOwnHeading: (text) => parseSsTcpLine(text) !== undefined || isSsTransportHeader(text),

  initialState: () => ({ total: undefined }),

  readHeading(scan, { text, line }) {
    const state = scan.stateOf(SS_SUMMARY_FORMAT);
    const total = parseSsTotalLine(text);
    if (total !== undefined) {
      scan.openTable({ kind: 'ss-summary' }, line);
      state.total = total;
      return true;
    }
    const tcp = parseSsTcpLine(text);
    if (tcp) {
      scan.openTable({ kind: 'ss-summary' }, line);
      scan.ssSummaries.push(
        state.total === undefined ? { line, tcp: tcp.counts, tcpTotal: tcp.total } : { line, tcp: tcp.counts, tcpTotal: tcp.total, total: state.total },
      );
      return true;
    }
    if (isSsTransportHeader(text)) {
      scan.openTable({ kind: 'ss-summary' }, line);
      return true;
    }
    return false;
  },

  readInTable: (_scan, { text }) => isSsTransportRow(text),

  announcedBy: ({ tool, flags }) => tool === 'ss' && (flags.has('s') || flags.has('--summary')),
  tableOfCommand: () => ({ kind: 'ss-summary' }),

  closeSection(state) {
    state.total = undefined;
  },

  saveState: (state) => ({ values: state.total, texts: [] }),
  restoreState: ({ values }) => ({ total: values as number | undefined }),
};
