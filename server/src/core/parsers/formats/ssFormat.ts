import type { Protocol } from '../../model/socketTable';
import type { TcpState } from '../../model/tcpState';
import { queueToken } from '../../features/tokens/rowTokens';
import { type FilteredState, isSsHeader, isSsStateWord, looksLikeSsRow, parseSsRow, PLAIN_SS_ROW, readPlainSsRow, readSsRow } from '../iproute2Ss';
import { ssFilteredState, ssTableProtocol } from '../shellCommand';
import { emptyRowFields } from '../socketColumns';
import { ssTableProtocolOfRows } from '../ssUdpTables';
import { clampSpans, endsMidField, looksLikeSsRowStart, SS_DETAIL_AT_START, WRAP_MIN_WIDTH } from '../ssWrappedRows';
import { isBlank, splitFields } from '../textLines';
import type { DumpFormat, Scan, TableState } from './dumpFormat';

/** An ss table; a state filter in the command (`ss -tn state established`) leaves its State column out. */
interface SsTable extends TableState {
  readonly kind: 'ss';
  readonly filtered?: FilteredState;
  readonly hasNetid?: boolean;
  /**
   * No command said which sockets it lists, so its rows did: how many of them that rests on, counted down
   * as they are read (-1: all of them). The scan does not restart before the last of them: an edit there
   * may change what they say.
   */
  rowsToDecision?: number;
}

interface SsState {
  /** What a table without a Netid column holds: tcp for `ss -t…`, udp for `ss -u…`. */
  protocol: Protocol;
  /** Whether the last prompt's command said which socket type a table without Netid holds. */
  told: boolean;
  /** The state an `ss … state X` prompt selected: its output has no State column. */
  filter: TcpState | undefined;
  /** The last row read, which a wrapped line below may still extend; its text, or where it is in the document. */
  lastRow: { index: number; text: string | undefined; start: number; end: number; hasNetid: boolean } | undefined;
}

/** The text of the last row: rows read straight from the document keep only their offsets. */
function lastRowText(scan: Scan, lastRow: NonNullable<SsState['lastRow']>): string {
  lastRow.text ??= scan.textBetween(lastRow.start, lastRow.end);
  return lastRow.text;
}

/** The row being read (one scan runs at a time, and the fields are kept before the next row). */
const FIELDS = emptyRowFields();

/** Enough leading fields for an ss row: up to seven. */
const ROW_FIELDS = 10;

/** iproute2's `ss`: its header, its rows (with or without Netid and State), their detail lines and the rows a terminal cut. */
export const SS_FORMAT: DumpFormat<SsState> = {
  id: 'ss',
  name: { en: 'ss socket table', zh: 'ss 连接列表' },
  columnTable: 'ss',
  isHeader: (text) => isSsHeader(text) !== undefined,
  isOwnHeading: (text) => isSsHeader(text) !== undefined,
  isOwnRow: (fields) => looksLikeSsRow(fields) !== undefined,
  rowToken: queueToken,

  initialState: () => ({ protocol: 'tcp', told: false, filter: undefined, lastRow: undefined }),

  readHeading(scan, line) {
    const { text } = line;
    const header = isSsHeader(text);
    if (!header) {
      return false;
    }
    const state = scan.stateOf(SS_FORMAT);
    // `ss -uan` pasted without its command: the same header as `ss -tan`, and only the rows to tell.
    let rowsToDecision: number | undefined;
    if (header.hasState && !header.hasNetid && !state.told) {
      const newline = scan.text.indexOf('\n', line.offset + text.length);
      const told = ssTableProtocolOfRows(scan.text, newline < 0 ? scan.text.length : newline + 1);
      state.protocol = told.protocol;
      rowsToDecision = told.rows ?? -1;
    }
    const next: SsTable = header.hasState
      ? rowsToDecision === undefined
        ? { kind: 'ss' }
        : { kind: 'ss', rowsToDecision }
      : { kind: 'ss', filtered: { state: state.filter }, hasNetid: header.hasNetid };
    scan.openTable(next, line.line);
    scan.addHeader(line.line, 'ss', header.hasNetid);
    return true;
  },

  readNextRow(scan, table, state, line, start, end) {
    const ss = table as SsTable;
    const lastRow = state.lastRow;
    if (!ss.filtered && !lastRow) {
      return false;
    }
    const hasNetid = ss.filtered ? (ss.hasNetid ?? false) : lastRow!.hasNetid;
    if (!ss.filtered && (hasNetid || state.protocol === 'tcp') && readPlainRowAt(scan, start, end, hasNetid)) {
      scan.acceptTcpRow(PLAIN_SS_ROW, 'ss', line, start, end);
    } else if (readRowAt(scan, start, end, hasNetid, ss.filtered, state.protocol) === undefined) {
      scan.acceptFields(FIELDS, line, start, end);
    } else {
      return false;
    }
    countRowToDecision(ss);
    if (lastRow) {
      lastRow.index = scan.rows.length - 1;
      lastRow.text = undefined;
      lastRow.start = start;
      lastRow.end = end;
    }
    return true;
  },

  rowShape(fields) {
    const shape = looksLikeSsRow(fields);
    if (!shape) {
      return undefined;
    }
    return {
      continues: 'ss',
      read(scan, line) {
        scan.table = scan.table?.kind === 'ss' ? scan.table : ({ kind: 'ss' } satisfies SsTable);
        countRowToDecision(scan.table as SsTable);
        const end = line.offset + line.text.length;
        const problem = readRowAt(scan, line.offset, end, shape.hasNetid, undefined, scan.stateOf(SS_FORMAT).protocol);
        if (problem === undefined) {
          scan.acceptFields(FIELDS, line.line, line.offset, end);
        } else {
          scan.accept({ problem }, line.line, line.text.length);
        }
        scan.stateOf(SS_FORMAT).lastRow =
          problem === undefined ? { index: scan.rows.length - 1, text: line.text, start: line.offset, end, hasNetid: shape.hasNetid } : undefined;
      },
    };
  },

  readDetailLine(scan, { text, line }) {
    // -i/-e/-m print details on an indented line below their row; a narrow terminal wraps trailing fields the same way.
    if (isBlank(text.charCodeAt(0)) || SS_DETAIL_AT_START.test(text)) {
      scan.lastTableLine = line;
      return true;
    }
    return false;
  },

  completePending(scan, pending, line) {
    scan.stateOf(SS_FORMAT).lastRow = undefined;
    return joinRow(scan, pending.text, line.text, pending.line, undefined, undefined);
  },

  readCutRow(scan, line, fields, continuing) {
    const state = scan.stateOf(SS_FORMAT);
    const startsRow = looksLikeSsRowStart(fields);
    const above = continuing === SS_FORMAT ? state.lastRow : undefined;
    // Cut inside a field, or inside a process name (which may hold spaces) of users:((…)).
    const cut = !startsRow && above && (endsMidField(lastRowText(scan, above)) || line.text.includes('",pid=')) ? above : undefined;
    if (cut && joinRow(scan, lastRowText(scan, cut), line.text, scan.rows.line[cut.index], cut.hasNetid, cut.index)) {
      return true;
    }
    // The first part of a row the terminal cut: the next line may complete it.
    if (startsRow && line.text.length >= WRAP_MIN_WIDTH) {
      scan.pending = { format: SS_FORMAT, line: line.line, text: line.text };
      return true;
    }
    return false;
  },

  looksCutShort: (fields) => looksLikeSsRowStart(fields) || (fields.length < 5 && isSsStateWord(fields[0]?.text ?? '')),

  announcedBy: ({ tool, flags }) => tool === 'ss' && !(flags.has('s') || flags.has('--summary')),

  canRestartIn: (table) => !(table as SsTable).rowsToDecision,

  readCommand(state, command) {
    const told = ssTableProtocol(command);
    state.protocol = told ?? state.protocol;
    state.told = told !== undefined;
    state.filter = ssFilteredState(command);
  },

  saveState(state, scan, line) {
    const lastRow = state.lastRow;
    return {
      values: {
        protocol: state.protocol,
        told: state.told,
        filter: state.filter,
        lastRow: lastRow && { index: lastRow.index - scan.rows.length, hasNetid: lastRow.hasNetid, rowLine: scan.rows.line[lastRow.index] - line },
      },
      texts: [lastRow && lastRowText(scan, lastRow)],
    };
  },

  restoreState({ values, texts }, _line, rows) {
    const saved = values as { protocol: Protocol; told: boolean; filter?: TcpState; lastRow?: { index: number; hasNetid: boolean } };
    return {
      protocol: saved.protocol,
      told: saved.told,
      filter: saved.filter,
      lastRow: saved.lastRow && { index: saved.lastRow.index + rows, text: texts[0] ?? '', start: -1, end: -1, hasNetid: saved.lastRow.hasNetid },
    };
  },
};

/** One more row read of a table whose rows told its socket type (see SsTable.rowsToDecision). */
function countRowToDecision(table: SsTable): void {
  if (table.rowsToDecision !== undefined && table.rowsToDecision > 0) {
    table.rowsToDecision--;
  }
}

/** readPlainSsRow on text[start, end) through the scan's code window. */
function readPlainRowAt(scan: Scan, start: number, end: number, hasNetid: boolean): boolean {
  const window = scan.window;
  const base = window.cover(start, end);
  return readPlainSsRow(window.text, window.codes, start - base, end - base, hasNetid, scan.rows.keys);
}

/** readSsRow on text[start, end) through the scan's code window: FIELDS' offsets are the window's. */
function readRowAt(scan: Scan, start: number, end: number, hasNetid: boolean, filtered: FilteredState | undefined, protocol: Protocol) {
  const window = scan.window;
  const base = window.cover(start, end);
  return readSsRow(window.text, window.codes, start - base, end - base, hasNetid, protocol, filtered, FIELDS);
}

/**
 * Re-reads `head + tail` as one ss row printed on line `line`: in place of row `replace` when a row is
 * being extended, appended when a row's start is being completed. Spans stay on `line`.
 */
function joinRow(scan: Scan, head: string, tail: string, line: number, hasNetid: boolean | undefined, replace: number | undefined): boolean {
  const state = scan.stateOf(SS_FORMAT);
  const joined = head + tail;
  const netid = hasNetid ?? looksLikeSsRow(splitFields(joined, ROW_FIELDS))?.hasNetid;
  const result = netid === undefined ? undefined : parseSsRow(joined, line, netid, state.protocol);
  if (netid === undefined || !result || !('row' in result)) {
    return false;
  }
  const row = clampSpans(result.row, head.length);
  if (replace === undefined) {
    scan.addRow(row);
    scan.noteFormat('ss');
    scan.enterFormat('ss', line, false);
  } else {
    scan.replaceRow(replace, row, true);
  }
  state.lastRow = { index: replace ?? scan.rows.length - 1, text: joined, start: -1, end: -1, hasNetid: netid };
  scan.continuing = SS_FORMAT;
  return true;
}
