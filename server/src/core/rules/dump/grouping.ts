import { format, type Localized } from '../../i18n/localized';
import type { SocketRow } from '../../model/socketTable';
import { localPortOf } from '../../parsers/tableRow';
import type { TcpState } from '../../model/tcpState';
import { type ConnectionSides, formatEndpoint, isInboundConnection } from '../../analysis/connectionSide';
import { MAX_RELATED_LINES, type RelatedLine, type RowGroup } from '../finding';

/** Rows in `state`, grouped by `keyOf` (insertion order = first appearance in the document). */
export function groupRowsInState(
  rowsByState: RowsByState,
  state: TcpState,
  keyOf: (row: SocketRow) => string,
): Map<string, SocketRow[]> {
  return groupRows(rowsByState.get(state) ?? [], () => true, keyOf);
}

/** TCP rows per state, in document order: built once so each rule reads only the state it judges. */
export type RowsByState = ReadonlyMap<TcpState, readonly SocketRow[]>;

export function indexRowsByState(rows: readonly SocketRow[]): RowsByState {
  const index = new Map<TcpState, SocketRow[]>();
  for (const row of rows) {
    if (row.protocol !== 'tcp' || row.state === undefined) {
      continue;
    }
    const inState = index.get(row.state);
    if (inState) {
      inState.push(row);
    } else {
      index.set(row.state, [row]);
    }
  }
  return index;
}

/** Rows that pass `include`, grouped by `keyOf` in order of first appearance. */
export function groupRows(
  rows: readonly SocketRow[],
  include: (row: SocketRow) => boolean,
  keyOf: (row: SocketRow) => string,
): Map<string, SocketRow[]> {
  const groups = new Map<string, SocketRow[]>();
  for (const row of rows) {
    if (!include(row)) {
      continue;
    }
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) {
      group.push(row);
    } else {
      groups.set(key, [row]);
    }
  }
  return groups;
}

/** The member rows of a group as related information, capped so a storm of 30,000 stays readable. */
export function relatedRows(rows: readonly SocketRow[], label: Localized): RelatedLine[] {
  return rows.slice(0, MAX_RELATED_LINES).map((row) => ({ line: row.line, span: row.stateSpan, message: label }));
}

/** " (and 480 more)" when the related list was capped, or nothing. */
export function moreNote(total: number): Localized {
  const hidden = total - MAX_RELATED_LINES;
  return hidden > 0
    ? format({ en: ' Related lines list the first {shown}; {hidden} more are not listed.', zh: '相关行只列出前 {shown} 条，其余 {hidden} 条未列出。' }, { shown: MAX_RELATED_LINES, hidden })
    : { en: '', zh: '' };
}

/** Whole-number percentage for a message; a nonzero share that rounds to 0 reads `<1`, never 0 or 1. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) {
    return '0';
  }
  const value = Math.round((part / whole) * 100);
  return value === 0 && part > 0 ? '<1' : String(value);
}

export function joinLocalized(...parts: Localized[]): Localized {
  return { en: parts.map((part) => part.en).join(''), zh: parts.map((part) => part.zh).join('') };
}

/**
 * The other end a connection belongs to, for grouping: the service port for connections this host
 * accepted (their peers are many clients), the upstream endpoint for those it opened.
 */
export function peerGroupKey(row: SocketRow, sides: ConnectionSides): string {
  return isInboundConnection(row, sides) ? `in:${localPortOf(row)}` : `out:${remoteText(row)}`;
}

/** `10.0.0.9:3306` for the row's peer, `?` when the row has none. */
export function remoteText(row: SocketRow): string {
  return row.remote ? formatEndpoint(row.remote.address, row.remote.port) : '?';
}

/** "on local port 8080" / "towards 10.0.0.9:3306": where a group of connections sits. */
export function groupPlace(row: SocketRow, sides: ConnectionSides): Localized {
  return isInboundConnection(row, sides)
    ? format({ en: 'on local port {port}', zh: '本地端口 {port} 上' }, { port: row.local?.port ?? '?' })
    : format({ en: 'towards {remote}', zh: '连向 {remote} 的连接上' }, { remote: remoteText(row) });
}

/** Carried to the editor in full, but bounded so a 100,000-row storm stays a small message. */
const MAX_GROUP_LINES = 10000;

export function rowGroupOf(rows: readonly SocketRow[], label: Localized, state?: TcpState): RowGroup {
  // "Explain the state" hovers a state word; on the first row the diagnostic's own text would come
  // first in that hover, so a later row of the group is used when there is one.
  let explained = rows[0];
  for (let index = rows.length - 1; index > 0; index--) {
    if (rows[index].stateSpan && (state === undefined || rows[index].state === state)) {
      explained = rows[index];
      break;
    }
  }
  return {
    lines: rows.slice(0, MAX_GROUP_LINES).map((row) => row.line),
    state,
    stateAt: explained?.stateSpan ? { line: explained.line, character: explained.stateSpan.start } : undefined,
    label,
  };
}

/** "TIME_WAIT 12, ESTABLISHED 3": the states of a mixed group, most frequent first. */
export function stateBreakdown(rows: readonly SocketRow[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.state) {
      counts.set(row.state, (counts.get(row.state) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([state, count]) => `${state} ${count}`).join(', ');
}

/** English "<lead> <place>", Chinese "<place>，<lead>": each language names the place where it reads naturally. */
export function placeFirst(place: Localized, lead: Localized): Localized {
  return { en: `${lead.en}${place.en}`, zh: `${place.zh}，${lead.zh}` };
}
