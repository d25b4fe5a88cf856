import { format, type Localized } from '../../i18n/localized';
import type { SocketRow } from '../../model/socketTable';
import { localPortOf } from '../../parsers/tableRow';
import type { TcpState } from '../../model/tcpState';
import { DocumentKeys, SocketColumns } from '../../parsers/socketColumns';
import { keepShape } from '../../model/warmShapes';
import { type ConnectionSides, formatEndpoint, hasProcessLabel, isInboundConnection, isInboundPort, processLabel } from '../../analysis/connectionSide';
import { ipv4Text } from '../../parsers/endpoint';
import { MAX_RELATED_LINES, type RelatedLine, type RowGroup } from '../finding';

/**
 * Rows a rule step reads before it yields: long loops over a big paste are cut into steps of this size
 * so the server can answer a hover between two of them (a few milliseconds each on 590,000 rows).
 */
export const ROWS_PER_STEP = 2048;

/**
 * Rows a step decodes (endpoints, owners, group keys) before it yields: decoding costs several times
 * reading a column, so these steps are shorter and a hover waits no longer behind one.
 */
export const DECODED_ROWS_PER_STEP = 512;

/** A rule's work in steps: each `yield` is a point where the caller may answer other requests. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Rows read by position; a list over the columns decodes a row only when it is read, and gives its line
 * and state from the columns without decoding it.
 */
export interface RowList {
  readonly length: number;
  row(index: number): SocketRow;
  line(index: number): number;
  state(index: number): TcpState | undefined;
}

/**
 * The rows of `columns` at `indices`, decoded as they are read. Groups of rows are lists of this kind:
 * they keep numbers, not decoded rows, so the rows a rule decodes die young instead of being carried
 * (and copied by the collector) until the rule is done.
 */
export class IndexedRows implements RowList {
  constructor(
    readonly columns: SocketColumns,
    readonly indices: readonly number[],
  ) {}

  get length(): number {
    return this.indices.length;
  }

  row(index: number): SocketRow {
    return this.columns.transientRow(this.indices[index]);
  }

  line(index: number): number {
    return this.columns.line[this.indices[index]];
  }

  state(index: number): TcpState | undefined {
    return this.columns.stateOf(this.indices[index]);
  }
}
keepShape('IndexedRows', new IndexedRows(new SocketColumns('', new DocumentKeys()), []));

/** The rows of `columns` at `indices`, decoded as they are read. */
export function rowsAt(columns: SocketColumns, indices: readonly number[]): IndexedRows {
  return new IndexedRows(columns, indices);
}

/** Rows [first, end) of `columns`, decoded as they are read. */
export function rowRange(columns: SocketColumns, first: number, end: number): RowList {
  return {
    length: end - first,
    row: (index) => columns.transientRow(first + index),
    line: (index) => columns.line[first + index],
    state: (index) => columns.stateOf(first + index),
  };
}

/** A list over rows already decoded (a single row a rule reports). */
export function rowsOf(rows: readonly SocketRow[]): RowList {
  return { length: rows.length, row: (index) => rows[index], line: (index) => rows[index].line, state: (index) => rows[index].state };
}

/** Rows in `state`, grouped by `keyOf` (insertion order = first appearance in the document); `keyAt` as for groupAllRows. */
export function groupRowsInState(
  rowsByState: RowsByState,
  state: TcpState,
  keyOf: (row: SocketRow) => string,
  keyAt?: (index: number) => string | undefined,
): Steps<Map<string, IndexedRows>> {
  return groupAllRows(rowsByState.get(state), keyOf, keyAt);
}

/**
 * The TCP rows (with a state) of a context, by state, in document order: indexed from the state column,
 * so a rule decodes only the rows of the states it judges.
 */
export class RowsByState {
  constructor(
    readonly columns: SocketColumns,
    private readonly indices: ReadonlyMap<TcpState, readonly number[]>,
  ) {}

  /** The rows in `state`, decoded as they are read. */
  get(state: TcpState): IndexedRows {
    return rowsAt(this.columns, this.indicesOf(state));
  }

  /** The column indices of the rows in `state`, in document order. */
  indicesOf(state: TcpState): readonly number[] {
    return this.indices.get(state) ?? NO_INDICES;
  }
}

const NO_INDICES: readonly number[] = [];

/** Rows that pass `include`, grouped by `keyOf` in order of first appearance; yields every DECODED_ROWS_PER_STEP rows. */
export function groupRows(rows: IndexedRows, include: (row: SocketRow) => boolean, keyOf: (row: SocketRow) => string): Steps<Map<string, IndexedRows>> {
  return groupRowsBy(rows, include, keyOf, undefined);
}

/**
 * Every row, grouped by `keyOf` in order of first appearance. `keyAt` gives the same key from a row's
 * columns where they hold it (rows a plain row reader read, see peerGroupKeyAt): those rows are not decoded.
 */
export function groupAllRows(rows: IndexedRows, keyOf: (row: SocketRow) => string, keyAt?: (index: number) => string | undefined): Steps<Map<string, IndexedRows>> {
  return groupRowsBy(rows, undefined, keyOf, keyAt);
}

function* groupRowsBy(
  rows: IndexedRows,
  include: ((row: SocketRow) => boolean) | undefined,
  keyOf: (row: SocketRow) => string,
  keyAt: ((index: number) => string | undefined) | undefined,
): Steps<Map<string, IndexedRows>> {
  const groups = new Map<string, number[]>();
  for (let start = 0; start < rows.length; start += DECODED_ROWS_PER_STEP) {
    if (start > 0) {
      yield;
    }
    const end = Math.min(rows.length, start + DECODED_ROWS_PER_STEP);
    for (let index = start; index < end; index++) {
      const column = rows.indices[index];
      let key = keyAt?.(column);
      if (key === undefined) {
        const row = rows.row(index);
        if (include && !include(row)) {
          continue;
        }
        key = keyOf(row);
      }
      const group = groups.get(key);
      if (group) {
        group.push(column);
      } else {
        groups.set(key, [column]);
      }
    }
  }
  const lists = new Map<string, IndexedRows>();
  for (const [key, indices] of groups) {
    lists.set(key, new IndexedRows(rows.columns, indices));
  }
  return lists;
}

/**
 * The indices that may belong to a group big enough to report (`enough(size)`), in order. The rows of a
 * group that have a bucket all share one (a bucket may join several groups); rows without one may join
 * any group, so they are always kept and a bucket is kept when its count plus theirs is enough. A rule
 * then decodes only these rows.
 */
export function* indicesInBigBuckets(
  indices: readonly number[],
  bucketOf: (index: number) => number | undefined,
  enough: (count: number) => boolean,
): Steps<number[]> {
  const counts = new Map<number, number>();
  let withoutBucket = 0;
  for (let at = 0; at < indices.length; at++) {
    if (at > 0 && at % ROWS_PER_STEP === 0) {
      yield;
    }
    const bucket = bucketOf(indices[at]);
    if (bucket === undefined) {
      withoutBucket++;
    } else {
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
  }
  yield;
  const kept: number[] = [];
  for (let at = 0; at < indices.length; at++) {
    if (at > 0 && at % ROWS_PER_STEP === 0) {
      yield;
    }
    const bucket = bucketOf(indices[at]);
    if (bucket === undefined || enough(counts.get(bucket)! + withoutBucket)) {
      kept.push(indices[at]);
    }
  }
  return kept;
}

/** The first row of `rows` that passes `test`, or undefined; yields every DECODED_ROWS_PER_STEP rows. */
export function* findRow(rows: RowList, test: (row: SocketRow) => boolean): Steps<SocketRow | undefined> {
  for (let index = 0; index < rows.length; index++) {
    if (index > 0 && index % DECODED_ROWS_PER_STEP === 0) {
      yield;
    }
    const row = rows.row(index);
    if (test(row)) {
      return row;
    }
  }
  return undefined;
}

/** The first nonempty process label among `rows` (empty when none has an owner). */
export function firstProcessLabel(rows: RowList): string {
  for (let index = 0; index < rows.length; index++) {
    const label = processLabel(rows.row(index));
    if (label !== '') {
      return label;
    }
  }
  return '';
}

/** The member rows of a group as related information, capped so a storm of 30,000 stays readable. */
export function relatedRows(rows: RowList, label: Localized): RelatedLine[] {
  const related: RelatedLine[] = [];
  for (let index = 0; index < Math.min(rows.length, MAX_RELATED_LINES); index++) {
    const row = rows.row(index);
    related.push({ line: row.line, span: row.stateSpan, message: label });
  }
  return related;
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
  const remote = row.remote;
  return remote ? formatEndpoint(remote.address, remote.port) : '?';
}

// The same keys read from the columns, for the rows a plain row reader read (an IPv4 peer with a plain
// port in remotePort, a plain local port): a big paste's rows are then grouped without being decoded.
// Undefined for any other row, which is decoded and asked.

/** Whether row `index` holds its group keys in the columns (see above); the other rows are decoded and asked. */
export function hasKeysInColumns(columns: SocketColumns, index: number): boolean {
  return columns.remotePort[index] >= 0;
}

/**
 * The key strings of one grouping, found by two numbers that stand for them: a key made as a new string
 * for each row (`in:8080`, `out:10.0.0.9:3306|nginx`), then hashed by the grouping's map, took a third of a
 * big paste's validation; each is now made once, on the first row of its group.
 */
export class GroupKeyStrings {
  private readonly byFirst = new Map<number, Map<number, string>>();

  /**
   * The key kept for (first, second), else the one `make` makes, then kept for them. Where no number
   * stands for the key (undefined), it is made anew.
   */
  key(first: number | undefined, second: number | undefined, make: () => string): string {
    if (first === undefined || second === undefined) {
      return make();
    }
    let bySecond = this.byFirst.get(first);
    if (bySecond === undefined) {
      bySecond = new Map();
      this.byFirst.set(first, bySecond);
    }
    let key = bySecond.get(second);
    if (key === undefined) {
      key = make();
      bySecond.set(second, key);
    }
    return key;
  }
}

/** Local ports and peer ports a number stands for exactly (plain ports are below 100,000). */
const PORT_NUMBERS = 1 << 17;

/**
 * peerGroupKeyAt's key of row `index` as one number, the same number for the same key: the local port
 * of an inbound connection, else the peer's IPv4 address and port (above every port); undefined when the
 * columns hold no such numbers.
 */
export function peerNumberAt(columns: SocketColumns, index: number, sides: ConnectionSides): number | undefined {
  const localPort = columns.localPort[index];
  return isInboundPort(localPort, sides) ? portNumberOf(localPort) : remoteNumberAt(columns, index);
}

/** A port as the number it is, or undefined for one no number stands for. */
export function portNumberOf(port: number): number | undefined {
  return port >= 0 && port < PORT_NUMBERS ? port : undefined;
}

/** remoteTextAt of row `index` as one number (above every port), the same for the same text; or undefined. */
export function remoteNumberAt(columns: SocketColumns, index: number): number | undefined {
  const remoteHost = columns.remoteHost[index];
  const remotePort = columns.remotePort[index];
  return remoteHost >= 0 && remotePort >= 0 && remotePort < PORT_NUMBERS ? remoteNumberOf(remoteHost, remotePort) : undefined;
}

/** The number remoteNumberAt gives the IPv4 address `host` (as a number) and port `port` (below PORT_NUMBERS). */
export function remoteNumberOf(host: number, port: number): number {
  return (host + 1) * PORT_NUMBERS + port;
}

/** peerGroupKey of row `index`, from its columns; `keys` keeps the strings made, for the rest of a grouping. */
export function peerGroupKeyAt(columns: SocketColumns, index: number, sides: ConnectionSides, keys?: GroupKeyStrings): string | undefined {
  if (!hasKeysInColumns(columns, index)) {
    return undefined;
  }
  const make = () => peerGroupTextAt(columns, index, sides);
  return keys === undefined ? make() : keys.key(peerNumberAt(columns, index, sides), 0, make);
}

/** peerGroupKeyAt's key, made anew. */
export function peerGroupTextAt(columns: SocketColumns, index: number, sides: ConnectionSides): string {
  const localPort = columns.localPort[index];
  return isInboundPort(localPort, sides) ? `in:${localPort}` : `out:${remoteTextAt(columns, index)}`;
}

/** remoteText of row `index`, from its columns. */
export function remoteTextAt(columns: SocketColumns, index: number): string | undefined {
  const port = columns.remotePort[index];
  return port < 0 ? undefined : `${ipv4Text(columns.remoteHost[index])}:${port}`;
}

/** The local address of row `index` (`local.address`), from its columns; for the rows remoteTextAt reads. */
export function localAddressAt(columns: SocketColumns, index: number): string {
  return ipv4Text(columns.localHost[index]);
}

/** Whether processLabel of row `index` is not empty: from its columns for the rows remoteTextAt reads (their owners have a pid), else from the decoded row. */
export function hasProcessLabelAt(columns: SocketColumns, index: number): boolean {
  return hasKeysInColumns(columns, index) ? columns.owner[index] >= 0 : hasProcessLabel(columns.transientRow(index));
}

/** The first owner's name of row `index` (`''` for none), from its columns; for the rows remoteTextAt reads. */
export function ownerNameAt(columns: SocketColumns, index: number): string {
  const owner = columns.owner[index];
  return owner >= 0 ? columns.keys.strings.values[owner] : '';
}

/** "on local port 8080" / "towards 10.0.0.9:3306": where a group of connections sits. */
export function groupPlace(row: SocketRow, sides: ConnectionSides): Localized {
  return groupPlaceOf(row, isInboundConnection(row, sides));
}

/** groupPlace of a connection whose direction is known. */
export function groupPlaceOf(row: SocketRow, inbound: boolean): Localized {
  return inbound
    ? format({ en: 'on local port {port}', zh: '本地端口 {port} 上' }, { port: row.local?.port ?? '?' })
    : format({ en: 'towards {remote}', zh: '连向 {remote} 的连接上' }, { remote: remoteText(row) });
}

/** Carried to the editor in full, but bounded so a 100,000-row storm stays a small message. */
export const MAX_GROUP_LINES = 10000;

export function rowGroupOf(rows: RowList, label: Localized, state?: TcpState): RowGroup {
  // "Explain the state" hovers a state word; on the first row the diagnostic's own text would come
  // first in that hover, so a later row of the group is used when there is one.
  let explained = rows.length > 0 ? rows.row(0) : undefined;
  for (let index = rows.length - 1; index > 0; index--) {
    if (state !== undefined && rows.state(index) !== state) {
      continue;
    }
    const row = rows.row(index);
    if (row.stateSpan) {
      explained = row;
      break;
    }
  }
  const lines: number[] = [];
  for (let index = 0; index < Math.min(rows.length, MAX_GROUP_LINES); index++) {
    lines.push(rows.line(index));
  }
  return {
    lines,
    state,
    stateAt: explained?.stateSpan ? { line: explained.line, character: explained.stateSpan.start } : undefined,
    label,
  };
}

/**
 * The rows of a group whose columns pass `test` (given a row's index in `rows.columns`): state and queue
 * tests read the columns, and no row is decoded. Yields every ROWS_PER_STEP rows.
 */
export function* filterByColumns(rows: IndexedRows, test: (index: number) => boolean): Steps<IndexedRows> {
  const passed: number[] = [];
  for (let index = 0; index < rows.length; index++) {
    if (index > 0 && index % ROWS_PER_STEP === 0) {
      yield;
    }
    if (test(rows.indices[index])) {
      passed.push(rows.indices[index]);
    }
  }
  return new IndexedRows(rows.columns, passed);
}

/** How many distinct keys the rows of a group have; yields every DECODED_ROWS_PER_STEP rows. */
export function* countDistinct(rows: RowList, keyOf: (row: SocketRow) => string): Steps<number> {
  const keys = new Set<string>();
  for (let index = 0; index < rows.length; index++) {
    if (index > 0 && index % DECODED_ROWS_PER_STEP === 0) {
      yield;
    }
    keys.add(keyOf(rows.row(index)));
  }
  return keys.size;
}

/** "TIME_WAIT 12, ESTABLISHED 3": the states of a mixed group, most frequent first; yields every ROWS_PER_STEP rows. */
export function* stateBreakdown(rows: RowList): Steps<string> {
  const counts = new Map<string, number>();
  for (let index = 0; index < rows.length; index++) {
    if (index > 0 && index % ROWS_PER_STEP === 0) {
      yield;
    }
    const state = rows.state(index);
    if (state) {
      counts.set(state, (counts.get(state) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([state, count]) => `${state} ${count}`).join(', ');
}

/** Whether every row of `rows` is in `state` (read from the state column). */
export function allInState(rows: RowList, state: TcpState | undefined): boolean {
  for (let index = 0; index < rows.length; index++) {
    if (rows.state(index) !== state) {
      return false;
    }
  }
  return true;
}

/** English "<lead> <place>", Chinese "<place>，<lead>": each language names the place where it reads naturally. */
export function placeFirst(place: Localized, lead: Localized): Localized {
  return { en: `${lead.en}${place.en}`, zh: `${place.zh}，${lead.zh}` };
}
