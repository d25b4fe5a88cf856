import type { ParsedSocketDump, Protocol, SocketRow, SocketTableFormat } from '../model/socketTable';
import { CANONICAL_STATES, type TcpState } from '../model/tcpState';
import { hostCountKey, type HostCountKey, peerHostKey, portCountKeyInCodes, type PortCountKey } from './endpoint';
import { type CodeWindow, codesMatch, NON_ASCII } from './textCodes';
import { localPortKeyOf, type OwnerColumn, TableRow } from './tableRow';

/** The protocol column's values, in the order the summary lists them. */
export const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'raw', 'unix', 'other'];
const PROTOCOL_INDEX: ReadonlyMap<Protocol, number> = new Map(PROTOCOLS.map((protocol, index) => [protocol, index]));
/** tcp in the protocol column. */
export const TCP_PROTOCOL = PROTOCOL_INDEX.get('tcp')!;
/**
 * The format column's values: each table format gets the next number the first time one of its rows is
 * stored, so a new format module needs no entry here.
 */
const FORMATS: SocketTableFormat[] = [];
const FORMAT_INDEX = new Map<SocketTableFormat, number>();

function formatOrdinal(format: SocketTableFormat): number {
  let ordinal = FORMAT_INDEX.get(format);
  if (ordinal === undefined) {
    ordinal = FORMATS.length;
    FORMATS.push(format);
    FORMAT_INDEX.set(format, ordinal);
  }
  return ordinal;
}
const STATE_INDEX: ReadonlyMap<TcpState, number> = new Map(CANONICAL_STATES.map((state, index) => [state, index]));

/** The `state` column's value for `state`. */
export function stateOrdinal(state: TcpState): number {
  return STATE_INDEX.get(state)!;
}

/** `state` of a row without a TCP state. */
export const NO_STATE = 255;
/** Key columns: no key (no endpoint, no owner, `*` peer). */
export const NO_KEY = -1;
/** Owner column: several owners, read from the row itself when counted. */
export const SEVERAL_OWNERS = -2;

/**
 * What a row parser found on a line of an ss or net-tools table, written into one reused object so
 * that reading a row allocates nothing; offsets are in the text the parser read (a line, or the document).
 */
export interface RowFields {
  format: SocketTableFormat;
  protocol: Protocol;
  family: 4 | 6 | undefined;
  state: TcpState | undefined;
  stateText: string | undefined;
  stateStart: number;
  recvQ: number;
  sendQ: number;
  localStart: number;
  localEnd: number;
  remoteStart: number;
  remoteEnd: number;
  owners: OwnerColumn | undefined;
  ownersFrom: number;
  /** After the local endpoint's last colon: where its port starts. */
  portStart: number;
  /** The peer's host, without brackets or scope, and its ipv4NumberIn (-1 when not a plain IPv4 address). */
  peerHostStart: number;
  peerHostEnd: number;
  peerIpv4: number;
  /** True when the parser counted the owners itself (below); otherwise they are read with `owners`. */
  ownersCounted: boolean;
  /** Owners found (counted up to two), and the first one's name and pid (-1 for none). */
  ownerCount: number;
  ownerNameStart: number;
  ownerNameEnd: number;
  ownerPid: number;
}

/**
 * A TCP row as a plain row reader leaves it for pushTcpRow: the columns' own values (ordinals, keys,
 * ids), offsets on the row's line. One reused object per reader, as RowFields.
 */
export interface TcpRowAt {
  format: number;
  state: number;
  stateText: string;
  family: number;
  recvQ: number;
  sendQ: number;
  stateStart: number;
  localStart: number;
  localEnd: number;
  remoteStart: number;
  remoteEnd: number;
  ownersFrom: number;
  owners: OwnerColumn;
  localPort: number;
  remoteHost: number;
  remotePort: number;
  localHost: number;
  owner: number;
  pid: number;
}

export function emptyTcpRowAt(owners: OwnerColumn, format: SocketTableFormat): TcpRowAt {
  return {
    format: formatOrdinal(format),
    state: NO_STATE,
    stateText: '',
    family: 0,
    recvQ: 0,
    sendQ: 0,
    stateStart: -1,
    localStart: -1,
    localEnd: -1,
    remoteStart: -1,
    remoteEnd: -1,
    ownersFrom: 0,
    owners,
    localPort: NO_KEY,
    remoteHost: NO_KEY,
    remotePort: NO_KEY,
    localHost: 0,
    owner: NO_KEY,
    pid: -1,
  };
}

export function emptyRowFields(): RowFields {
  return {
    format: 'ss',
    protocol: 'tcp',
    family: undefined,
    state: undefined,
    stateText: undefined,
    stateStart: -1,
    recvQ: 0,
    sendQ: 0,
    localStart: -1,
    localEnd: -1,
    remoteStart: -1,
    remoteEnd: -1,
    owners: undefined,
    ownersFrom: 0,
    portStart: -1,
    peerHostStart: -1,
    peerHostEnd: -1,
    peerIpv4: -1,
    ownersCounted: false,
    ownerCount: 0,
    ownerNameStart: -1,
    ownerNameEnd: -1,
    ownerPid: -1,
  };
}

/** The TableRow of `fields`, read from `text` (the row's line) on line `line`. */
export function tableRowOf(fields: RowFields, line: number, text: string): TableRow {
  return new TableRow(
    line,
    fields.format,
    fields.protocol,
    fields.family,
    fields.state,
    fields.stateText,
    fields.stateStart,
    fields.recvQ,
    fields.sendQ,
    text,
    fields.localStart,
    fields.localEnd,
    fields.remoteStart,
    fields.remoteEnd,
    fields.owners,
    fields.ownersFrom,
  );
}

/**
 * Strings a document's keys stand for (string ports, non-IPv4 peers, process names, state words,
 * owner readers), each given a small number once. Shared by the successive parses of a document so
 * that a re-scan's rows and the reused ones agree on their numbers.
 */
export class KeyTable<T> {
  private readonly ids = new Map<T, number>();
  readonly values: T[] = [];

  idOf(value: T): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

/** The interned values of one document's parses. */
export class DocumentKeys {
  readonly strings = new KeyTable<string>();
  readonly owners = new KeyTable<OwnerColumn | undefined>();
  /**
   * Owner names seen in rows, found by their codes where the row holds them: hashed and compared in
   * place, so a big paste's rows (which name a few programs over and over) slice and look up nothing.
   * An open-addressing table: each bucket holds a name's id (-1: empty) and its codes.
   */
  private ownerBucketIds = new Int32Array(OWNER_BUCKETS).fill(-1);
  private ownerBucketCodes: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(OWNER_BUCKETS).fill(undefined);
  private ownerNames = 0;

  ownerNameId(name: string): number {
    return this.strings.idOf(name);
  }

  /** ownerNameId of the name written in text[start, end) (`codes` are text's, see textCodes.ts). */
  ownerNameIdIn(text: string, codes: Uint8Array, start: number, end: number): number {
    const mask = this.ownerBucketIds.length - 1;
    for (let probe = 0, bucket = nameHashIn(codes, start, end) & mask; probe < MAX_OWNER_PROBES; probe++, bucket = (bucket + 1) & mask) {
      const id = this.ownerBucketIds[bucket];
      if (id < 0) {
        const nameId = this.ownerNameId(text.slice(start, end));
        // Different non-ASCII names can have the same codes (see textCodes.ts): only their text tells them apart.
        if (isAsciiIn(codes, start, end)) {
          this.addOwnerName(bucket, nameId, codes.slice(start, end));
        }
        return nameId;
      }
      const known = this.ownerBucketCodes[bucket]!;
      if (known.length === end - start && codesMatch(codes, start, known)) {
        return id;
      }
    }
    // Many names on one chain (crafted text): the map, whose hashing no document chooses, keeps the scan linear.
    return this.ownerNameId(text.slice(start, end));
  }

  private addOwnerName(bucket: number, id: number, nameCodes: Uint8Array): void {
    this.ownerBucketIds[bucket] = id;
    this.ownerBucketCodes[bucket] = nameCodes;
    if (++this.ownerNames * 2 > this.ownerBucketIds.length) {
      this.rehashOwnerNames(this.ownerBucketIds.length * 2);
    }
  }

  private rehashOwnerNames(size: number): void {
    const ids = this.ownerBucketIds;
    const codes = this.ownerBucketCodes;
    this.ownerBucketIds = new Int32Array(size).fill(-1);
    this.ownerBucketCodes = new Array<Uint8Array | undefined>(size).fill(undefined);
    this.ownerNames = 0;
    for (let bucket = 0; bucket < ids.length; bucket++) {
      const nameCodes = codes[bucket];
      if (ids[bucket] < 0 || !nameCodes) {
        continue;
      }
      // A name that finds no bucket within the probes is left to the map, as ownerNameIdIn does.
      for (let probe = 0, at = nameHashIn(nameCodes, 0, nameCodes.length) & (size - 1); probe < MAX_OWNER_PROBES; probe++, at = (at + 1) & (size - 1)) {
        if (this.ownerBucketIds[at] < 0) {
          this.ownerBucketIds[at] = ids[bucket];
          this.ownerBucketCodes[at] = nameCodes;
          this.ownerNames++;
          break;
        }
      }
    }
  }
}

/** Buckets of the owner-name table at first: a power of two, doubled whenever it gets half full. */
const OWNER_BUCKETS = 64;
/** Buckets tried before a name is looked up in the map instead. */
const MAX_OWNER_PROBES = 8;

/** Whether codes[start, end) are all ASCII (no NON_ASCII stands in for another character). */
function isAsciiIn(codes: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (codes[index] === NON_ASCII) {
      return false;
    }
  }
  return true;
}

/**
 * A bucket hash of the name in codes[start, end): its length and three of its bytes, which spread a
 * paste's few program names well enough; the names themselves are compared in full.
 */
function nameHashIn(codes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length === 0) {
    return 0;
  }
  return Math.imul(length ^ (codes[start] << 8) ^ (codes[end - 1] << 16) ^ (codes[start + (length >> 1)] << 24), 0x01000193);
}

/** A port or host key as stored in a number column: a number as itself, a string as -3 - its id. */
function keyColumnValue(key: number | string | undefined, keys: DocumentKeys): number {
  return key === undefined ? NO_KEY : typeof key === 'number' ? key : -3 - keys.strings.idOf(key);
}

/** The key a key column holds; undefined for NO_KEY. */
export function keyOfColumnValue(value: number, keys: DocumentKeys): number | string | undefined {
  return value >= 0 ? value : value === NO_KEY ? undefined : keys.strings.values[-3 - value];
}

const INITIAL_CAPACITY = 1024;
/** How many times over the columns grow at most at once (see growToward). */
const MAX_GROWTH = 64;
/** State words whose ids SocketColumns keeps at hand: more than any tool prints. */
const KNOWN_STATE_TEXTS = 16;

// A row's record in SocketColumns.decoding: the line's start and end in the text; the offsets on the
// line of its state, endpoints and owners; its state word's and owner reader's ids in the document keys.
const LINE_START = 0;
const LINE_END = 1;
const STATE_START = 2;
const STATE_TEXT = 3;
const LOCAL_START = 4;
const LOCAL_END = 5;
const REMOTE_START = 6;
const REMOTE_END = 7;
const OWNERS_FROM = 8;
const OWNER_READER = 9;
const DECODE_FIELDS = 10;

/**
 * The socket rows of one parse, one entry per row in document order, as typed arrays: what the
 * summary and the counts need (line, state, protocol, family, queues, local port, peer host, owner)
 * is read from the columns and never from the text again. Rows of the big tables (ss, net-tools
 * netstat) keep only their line's offsets and are decoded into a TableRow on demand (`row(i)`);
 * rows of the other formats, and rows made of several lines, keep their row object beside the columns.
 */
export class SocketColumns {
  length = 0;
  line = new Int32Array(INITIAL_CAPACITY);
  state = new Uint8Array(INITIAL_CAPACITY);
  protocol = new Uint8Array(INITIAL_CAPACITY);
  family = new Uint8Array(INITIAL_CAPACITY);
  format = new Uint8Array(INITIAL_CAPACITY);
  recvQ = new Float64Array(INITIAL_CAPACITY);
  sendQ = new Float64Array(INITIAL_CAPACITY);
  /** Port key of the local endpoint (a number, or a string's id, see keyOfColumnValue). */
  localPort = new Int32Array(INITIAL_CAPACITY);
  /** Host key of the peer (an IPv4 address as a number, or a string's id); NO_KEY for none or `*`. */
  remoteHost = new Float64Array(INITIAL_CAPACITY);
  /**
   * The peer's port as a number, where a plain row reader read a plain one (rows of the big tables);
   * NO_KEY otherwise, when whoever needs it reads it from the row.
   */
  remotePort = new Int32Array(INITIAL_CAPACITY);
  /** The local IPv4 address as a number, for the rows whose remotePort a plain row reader set (else unset). */
  localHost = new Uint32Array(INITIAL_CAPACITY);
  /** Id of the owning process's name in keys.strings; NO_KEY or SEVERAL_OWNERS. */
  owner = new Int32Array(INITIAL_CAPACITY);
  pid = new Int32Array(INITIAL_CAPACITY);
  /**
   * What decoding a row needs and nothing counts, one record of DECODE_FIELDS numbers per row (see
   * LINE_START…OWNER_READER): a row's record is written in one place and the columns have one array fewer per field to grow.
   */
  private decoding = new Int32Array(INITIAL_CAPACITY * DECODE_FIELDS);
  /** Row objects: those kept as objects, and decoded rows once asked for (so a row is the same object each time). */
  private objects: (SocketRow | undefined)[] = [];
  /** Whether objects[i] is the row itself rather than a decoding of its columns. */
  private isObject = new Uint8Array(INITIAL_CAPACITY);

  constructor(
    /** The document the rows' offsets point into. */
    readonly text: string,
    readonly keys: DocumentKeys,
  ) {}

  /**
   * Appends a row of an ss or net-tools table whose line is text[lineStart, lineEnd), read through
   * `window` (offsets in `fields` are the window's).
   */
  pushFields(fields: RowFields, window: CodeWindow, line: number, lineStart: number, lineEnd: number): void {
    if (this.length === this.line.length) {
      this.growToward(lineEnd);
    }
    const index = this.length++;
    const { text, codes } = window;
    // From the window's offsets to the line's.
    const origin = lineStart - window.base;
    const tcpWithState = fields.protocol === 'tcp' && fields.state !== undefined;
    this.line[index] = line;
    this.state[index] = fields.state === undefined ? NO_STATE : ordinalOfState(fields.state);
    if (fields.protocol !== this.lastProtocol || fields.format !== this.lastFormat) {
      this.lastProtocol = fields.protocol;
      this.lastFormat = fields.format;
      this.lastProtocolOrdinal = PROTOCOL_INDEX.get(fields.protocol)!;
      this.lastFormatOrdinal = formatOrdinal(fields.format);
    }
    this.protocol[index] = this.lastProtocolOrdinal;
    this.family[index] = fields.family ?? 0;
    this.format[index] = this.lastFormatOrdinal;
    this.recvQ[index] = fields.recvQ;
    this.sendQ[index] = fields.sendQ;
    this.remotePort[index] = NO_KEY;
    const decoding = this.decoding;
    const at = index * DECODE_FIELDS;
    decoding[at + LINE_START] = lineStart;
    decoding[at + LINE_END] = lineEnd;
    decoding[at + STATE_START] = relative(fields.stateStart, origin);
    decoding[at + STATE_TEXT] = this.stateTextId(fields.stateText);
    decoding[at + LOCAL_START] = relative(fields.localStart, origin);
    decoding[at + LOCAL_END] = fields.localEnd - origin;
    decoding[at + REMOTE_START] = relative(fields.remoteStart, origin);
    decoding[at + REMOTE_END] = fields.remoteEnd - origin;
    decoding[at + OWNERS_FROM] = fields.ownersFrom - origin;
    decoding[at + OWNER_READER] = this.ownerReaderId(fields.owners);
    // A new row past the end: its isObject is 0 and its object slot empty already.
    // Keys only where something counts them: TCP sockets with a state.
    if (!tcpWithState) {
      this.localPort[index] = NO_KEY;
      this.remoteHost[index] = NO_KEY;
      this.owner[index] = NO_KEY;
      this.pid[index] = -1;
      return;
    }
    this.localPort[index] = fields.localStart < 0 ? NO_KEY : this.keyValue(portCountKeyInCodes(text, codes, fields.portStart, fields.localEnd));
    if (fields.remoteStart < 0) {
      this.remoteHost[index] = NO_KEY;
    } else {
      const ipv4 = fields.peerIpv4;
      this.remoteHost[index] = ipv4 >= 0 ? ipv4 : keyColumnValue(peerStringKey(text.slice(fields.peerHostStart, fields.peerHostEnd)), this.keys);
    }
    if (fields.ownersCounted) {
      if (fields.ownerCount === 1) {
        this.owner[index] = this.keys.ownerNameIdIn(text, codes, fields.ownerNameStart, fields.ownerNameEnd);
        this.pid[index] = fields.ownerPid;
      } else {
        this.owner[index] = fields.ownerCount > 1 ? SEVERAL_OWNERS : NO_KEY;
        this.pid[index] = -1;
      }
    } else {
      const lineText = this.text.slice(lineStart, lineEnd);
      this.readOwner(index, fields.owners, lineText, fields.ownersFrom - origin);
    }
  }

  /**
   * Appends a TCP row with a state, an IPv4 local port and a peer host already read as keys, which a
   * format's plain row reader found in one pass over the line text[lineStart, lineEnd): the bulk of a big
   * paste goes this way, with no RowFields in between. Offsets here are on the line; `owner` is an
   * id from keys (ownerNameIdIn) or NO_KEY, with `pid` -1 then.
   */
  pushTcpRow(row: TcpRowAt, line: number, lineStart: number, lineEnd: number): void {
    if (this.length === this.line.length) {
      this.growToward(lineEnd);
    }
    const index = this.length++;
    this.line[index] = line;
    this.state[index] = row.state;
    this.protocol[index] = TCP_PROTOCOL;
    this.family[index] = row.family;
    this.format[index] = row.format;
    this.recvQ[index] = row.recvQ;
    this.sendQ[index] = row.sendQ;
    this.localPort[index] = row.localPort;
    this.remoteHost[index] = row.remoteHost;
    this.remotePort[index] = row.remotePort;
    this.localHost[index] = row.localHost;
    this.owner[index] = row.owner;
    this.pid[index] = row.pid;
    const decoding = this.decoding;
    const at = index * DECODE_FIELDS;
    decoding[at + LINE_START] = lineStart;
    decoding[at + LINE_END] = lineEnd;
    decoding[at + STATE_START] = row.stateStart;
    decoding[at + STATE_TEXT] = this.stateTextId(row.stateText);
    decoding[at + LOCAL_START] = row.localStart;
    decoding[at + LOCAL_END] = row.localEnd;
    decoding[at + REMOTE_START] = row.remoteStart;
    decoding[at + REMOTE_END] = row.remoteEnd;
    decoding[at + OWNERS_FROM] = row.ownersFrom;
    decoding[at + OWNER_READER] = this.ownerReaderId(row.owners);
  }

  // Rows of a table mostly repeat the row before's protocol and reader: compared before being looked up.
  private lastProtocol: Protocol | undefined = undefined;
  private lastProtocolOrdinal = 0;
  private lastFormat: SocketTableFormat | undefined = undefined;
  private lastFormatOrdinal = 0;
  // A table's state words are a handful of shared strings, in any order: their ids are kept beside them.
  private readonly knownStateTexts: string[] = [];
  private readonly knownStateTextIds: number[] = [];

  private stateTextId(stateText: string | undefined): number {
    if (stateText === undefined) {
      return -1;
    }
    for (let index = 0; index < this.knownStateTexts.length; index++) {
      if (this.knownStateTexts[index] === stateText) {
        return this.knownStateTextIds[index];
      }
    }
    const id = this.keys.strings.idOf(stateText);
    if (this.knownStateTexts.length < KNOWN_STATE_TEXTS) {
      this.knownStateTexts.push(stateText);
      this.knownStateTextIds.push(id);
    }
    return id;
  }

  private lastOwnerReader: OwnerColumn | undefined = undefined;
  private lastOwnerReaderId = -1;

  private ownerReaderId(owners: OwnerColumn | undefined): number {
    if (owners !== this.lastOwnerReader || this.lastOwnerReaderId < 0) {
      this.lastOwnerReader = owners;
      this.lastOwnerReaderId = this.keys.owners.idOf(owners);
    }
    return this.lastOwnerReaderId;
  }

  private keyValue(key: number | string): number {
    return typeof key === 'number' ? key : -3 - this.keys.strings.idOf(key);
  }

  /** Appends a row kept as an object. */
  push(row: SocketRow): void {
    this.setObject(this.grow(), row);
  }

  /** Puts `row` (an object) in place of row `index`. */
  set(index: number, row: SocketRow): void {
    this.setObject(index, row);
  }

  /** Row `index`, decoded from its line when it is kept as columns. */
  row(index: number): SocketRow {
    let row = this.objects[index];
    if (row === undefined) {
      row = this.decode(index);
      this.objects[index] = row;
    }
    return row;
  }

  /**
   * Row `index` as `row` gives it, but a row not yet decoded is decoded without being kept: a pass over
   * many rows that keeps few of them leaves short-lived garbage, not a row per socket to carry.
   */
  transientRow(index: number): SocketRow {
    return this.objects[index] ?? this.decode(index);
  }

  /** Every row as objects, in order; decodes the rows not yet decoded. */
  rows(): SocketRow[] {
    const rows = new Array<SocketRow>(this.length);
    for (let index = 0; index < this.length; index++) {
      rows[index] = this.row(index);
    }
    return rows;
  }

  /** The first row from `from` on whose line is `line` or below it: rows are in line order, so a binary search. */
  firstRowAtOrAfter(line: number, from = 0): number {
    let low = from;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.line[middle] < line) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  stateOf(index: number): TcpState | undefined {
    const state = this.state[index];
    return state === NO_STATE ? undefined : CANONICAL_STATES[state];
  }

  formatOf(index: number): SocketTableFormat {
    return FORMATS[this.format[index]];
  }

  localPortKey(index: number): PortCountKey | undefined {
    return keyOfColumnValue(this.localPort[index], this.keys);
  }

  remoteHostKey(index: number): HostCountKey | undefined {
    return keyOfColumnValue(this.remoteHost[index], this.keys);
  }

  /**
   * The text of the line row `index` was read from, as the scan bounded it (no line break), when the row
   * is kept as columns; undefined for a row kept as an object (a wrapped row's parts, a hand-made row).
   */
  lineTextOf(index: number): string | undefined {
    if (this.isObject[index]) {
      return undefined;
    }
    const at = index * DECODE_FIELDS;
    return this.text.slice(this.decoding[at + LINE_START], this.decoding[at + LINE_END]);
  }

  /** The row object when the row is kept as one (its owners then count from it), else undefined. */
  objectRow(index: number): SocketRow | undefined {
    return this.isObject[index] ? this.objects[index] : undefined;
  }

  /**
   * Appends rows [from, to) of `source` (a parse of an earlier version of the same document, whose
   * keys these columns share), `lines` lower and `chars` further on in this text.
   */
  copyFrom(source: SocketColumns, from: number, to: number, lines: number, chars: number): void {
    const count = to - from;
    if (count <= 0) {
      return;
    }
    this.reserve(this.length + count);
    const at = this.length;
    const copy = (target: Int32Array | Uint32Array | Uint8Array | Float64Array, origin: Int32Array | Uint32Array | Uint8Array | Float64Array) => target.set(origin.subarray(from, to), at);
    copy(this.line, source.line);
    copy(this.state, source.state);
    copy(this.protocol, source.protocol);
    copy(this.family, source.family);
    copy(this.format, source.format);
    copy(this.recvQ, source.recvQ);
    copy(this.sendQ, source.sendQ);
    copy(this.localPort, source.localPort);
    copy(this.remoteHost, source.remoteHost);
    copy(this.remotePort, source.remotePort);
    copy(this.localHost, source.localHost);
    copy(this.owner, source.owner);
    copy(this.pid, source.pid);
    copy(this.isObject, source.isObject);
    this.decoding.set(source.decoding.subarray(from * DECODE_FIELDS, to * DECODE_FIELDS), at * DECODE_FIELDS);
    if (lines !== 0 || chars !== 0) {
      for (let target = at; target < at + count; target++) {
        this.line[target] += lines;
        this.decoding[target * DECODE_FIELDS + LINE_START] += chars;
        this.decoding[target * DECODE_FIELDS + LINE_END] += chars;
      }
    }
    // Row objects: those kept as objects, moved; decoded ones shared while their line stays put.
    const objects = source.objects;
    for (let index = from; index < Math.min(to, objects.length); index++) {
      const object = objects[index];
      if (object === undefined) {
        continue;
      }
      const target = at + index - from;
      if (lines === 0) {
        this.objects[target] = object;
      } else if (this.isObject[target]) {
        this.objects[target] = object instanceof TableRow ? object.atLine(object.line + lines) : { ...object, line: object.line + lines };
      }
    }
    this.length += count;
  }

  private setObject(index: number, row: SocketRow): void {
    this.line[index] = row.line;
    this.state[index] = row.state === undefined ? NO_STATE : STATE_INDEX.get(row.state)!;
    this.protocol[index] = PROTOCOL_INDEX.get(row.protocol)!;
    this.family[index] = row.family ?? 0;
    this.format[index] = formatOrdinal(row.format);
    this.recvQ[index] = row.recvQ ?? 0;
    this.sendQ[index] = row.sendQ ?? 0;
    this.isObject[index] = 1;
    this.objects[index] = row;
    this.remotePort[index] = NO_KEY;
    if (row.protocol === 'tcp' && row.state !== undefined) {
      this.localPort[index] = keyColumnValue(localPortKeyOf(row), this.keys);
      this.remoteHost[index] = keyColumnValue(remoteHostKeyOfRow(row), this.keys);
      if (row instanceof TableRow) {
        // Joined rows keep their own text: the owners are read from it.
        this.readOwnerOfRow(index, row);
      } else {
        this.setOwners(index, row.processes.length, row.processes[0]?.name, row.processes[0]?.pid);
      }
    } else {
      this.localPort[index] = NO_KEY;
      this.remoteHost[index] = NO_KEY;
      this.owner[index] = NO_KEY;
      this.pid[index] = -1;
    }
  }

  private readOwner(index: number, owners: OwnerColumn | undefined, lineText: string, from: number): void {
    ownerProbe.count = 0;
    owners?.visit(lineText, from, noteOwner);
    this.setOwners(index, ownerProbe.count, ownerProbe.name, ownerProbe.pid);
  }

  private readOwnerOfRow(index: number, row: TableRow): void {
    ownerProbe.count = 0;
    row.visitOwners(noteOwner);
    this.setOwners(index, ownerProbe.count, ownerProbe.name, ownerProbe.pid);
  }

  private setOwners(index: number, count: number, name: string | undefined, pid: number | undefined): void {
    if (count === 1 && name !== undefined) {
      this.owner[index] = this.keys.ownerNameId(name);
      this.pid[index] = pid ?? -1;
    } else {
      this.owner[index] = count > 1 ? SEVERAL_OWNERS : NO_KEY;
      this.pid[index] = -1;
    }
  }

  private decode(index: number): SocketRow {
    const decoding = this.decoding;
    const at = index * DECODE_FIELDS;
    const stateText = decoding[at + STATE_TEXT];
    const row = new TableRow(
      this.line[index],
      FORMATS[this.format[index]],
      PROTOCOLS[this.protocol[index]],
      this.family[index] === 0 ? undefined : (this.family[index] as 4 | 6),
      this.stateOf(index),
      stateText < 0 ? undefined : this.keys.strings.values[stateText],
      decoding[at + STATE_START],
      this.recvQ[index],
      this.sendQ[index],
      this.text.slice(decoding[at + LINE_START], decoding[at + LINE_END]),
      decoding[at + LOCAL_START],
      decoding[at + LOCAL_END],
      decoding[at + REMOTE_START],
      decoding[at + REMOTE_END],
      this.keys.owners.values[decoding[at + OWNER_READER]],
      decoding[at + OWNERS_FROM],
    );
    // The port key the scan made (TCP rows with a state) is the one localPortCountKey would read from the line.
    const port = this.localPort[index];
    if (port !== NO_KEY) {
      row.knowLocalPortKey(port >= 0 ? port : (keyOfColumnValue(port, this.keys) as PortCountKey));
    }
    return row;
  }

  private grow(): number {
    this.reserve(this.length + 1);
    return this.length++;
  }

  /**
   * Makes room for the rows still to come, guessed from how many rows the text held up to `readUpTo`:
   * a big paste is mostly one table, so the columns grow once or twice instead of at every doubling (a
   * 590,000-row paste grew four times at most eightfold, allocating twice what it kept). At most
   * MAX_GROWTH-fold at a time, in case the rest of the text holds no table; trim() gives back a wrong guess.
   */
  private growToward(readUpTo: number): void {
    const expected = Math.ceil((this.length / Math.max(readUpTo, 1)) * this.text.length);
    const withSlack = expected + (expected >> 4) + INITIAL_CAPACITY;
    this.reserve(Math.min(withSlack, this.line.length * MAX_GROWTH));
  }

  /**
   * Gives back the room the growth left unused, once the scan is done: a parse is kept while the next
   * version is read, so its columns should weigh what its rows need.
   */
  trim(): void {
    if (this.line.length - this.length > (this.length >> 3) + INITIAL_CAPACITY) {
      this.resize(this.length);
    }
  }

  /** Makes room for `capacity` rows: a re-scan expects about as many rows as the parse before. */
  reserve(capacity: number): void {
    if (capacity > this.line.length) {
      this.resize(Math.max(this.line.length * 2, capacity));
    }
  }

  private resize(size: number): void {
    this.line = grown(this.line, size);
    this.state = grown(this.state, size);
    this.protocol = grown(this.protocol, size);
    this.family = grown(this.family, size);
    this.format = grown(this.format, size);
    this.recvQ = grown(this.recvQ, size);
    this.sendQ = grown(this.sendQ, size);
    this.localPort = grown(this.localPort, size);
    this.remoteHost = grown(this.remoteHost, size);
    this.remotePort = grown(this.remotePort, size);
    this.localHost = grown(this.localHost, size);
    this.owner = grown(this.owner, size);
    this.pid = grown(this.pid, size);
    this.decoding = grown(this.decoding, size * DECODE_FIELDS);
    this.isObject = grown(this.isObject, size);
  }
}

function grown<T extends Int32Array | Uint32Array | Uint8Array | Float64Array>(array: T, size: number): T {
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array.length <= size ? array : array.subarray(0, size));
  return next;
}

// One probe for every row (reading is synchronous): a closure per row was a measurable cost.
const ownerProbe: { count: number; name: string; pid: number | undefined } = { count: 0, name: '', pid: undefined };
const noteOwner = (name: string, pid: number | undefined): void => {
  if (ownerProbe.count++ === 0) {
    ownerProbe.name = name;
    ownerProbe.pid = pid;
  }
};

/** The `state` column's value for `state`: a scan of a short list of interned strings, cheaper than a map lookup per row. */
function ordinalOfState(state: TcpState): number {
  for (let ordinal = 0; ordinal < CANONICAL_STATES.length; ordinal++) {
    if (CANONICAL_STATES[ordinal] === state) {
      return ordinal;
    }
  }
  return NO_STATE;
}

/** An offset on the line, or -1 for none. */
function relative(offset: number, origin: number): number {
  return offset < 0 ? -1 : offset - origin;
}

/** The count key of a peer host that is not a plain IPv4 address (undefined for `*`), as peerCountKeyIn makes it. */
function peerStringKey(host: string): HostCountKey | undefined {
  const key = peerHostKey(host);
  return key === undefined ? undefined : hostCountKey(key);
}

function remoteHostKeyOfRow(row: SocketRow): HostCountKey | undefined {
  if (row instanceof TableRow) {
    return row.remoteHostCountKey();
  }
  const key = row.remote && peerHostKey(row.remote.address);
  return key === undefined ? undefined : hostCountKey(key);
}

/** Each parse's columns, kept beside it: the parsed model stays plain data, with rows decoded when first read. */
const columnsOfDumps = new WeakMap<ParsedSocketDump, SocketColumns>();

/** A parse whose rows are `columns`; its `rows` are decoded from them the first time they are read. */
export function dumpOf(columns: SocketColumns, rest: Omit<ParsedSocketDump, 'rows'>): ParsedSocketDump {
  let rows: readonly SocketRow[] | undefined;
  const dump: ParsedSocketDump = {
    get rows() {
      rows ??= columns.rows();
      return rows;
    },
    ...rest,
  };
  columnsOfDumps.set(dump, columns);
  return dump;
}

/** The columns of `dump`: those its scan made, or made now from its rows (a dump built by hand). */
export function socketColumnsOf(dump: ParsedSocketDump): SocketColumns {
  let columns = columnsOfDumps.get(dump);
  if (!columns) {
    columns = new SocketColumns('', new DocumentKeys());
    for (const row of dump.rows) {
      columns.push(row);
    }
    columnsOfDumps.set(dump, columns);
  }
  return columns;
}
