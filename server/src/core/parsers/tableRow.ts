import type { Endpoint, Protocol, SocketProcess, SocketRow, SocketTableFormat } from '../model/socketTable';
import type { ColumnSpan } from '../model/span';
import type { TcpState } from '../model/tcpState';
import { type HostCountKey, parseEndpoint, peerCountKeyIn, type PortCountKey, portCountKeyIn } from './endpoint';

const NO_PROCESSES: readonly SocketProcess[] = Object.freeze([]);

/** Where a row's owners are written and how to read them: ss `users:((…))`, net-tools `PID/Program`. */
export interface OwnerColumn {
  read(text: string, from: number): { processes: SocketProcess[]; start: number; end: number } | undefined;
  /** The owners' names and pids, without building process objects. */
  visit(text: string, from: number, visit: (name: string, pid: number | undefined) => void): void;
}

/**
 * A row of a Linux socket table (ss, net-tools netstat), the bulk of big pastes. It keeps its line
 * and the offsets of its columns; endpoints, owners and spans are read from the line when asked.
 * A 60,000-row paste then holds one small object per row instead of a dozen, which is what makes
 * parsing it fast and its memory a small multiple of the text.
 */
export class TableRow implements SocketRow {
  constructor(
    readonly line: number,
    readonly format: SocketTableFormat,
    readonly protocol: Protocol,
    readonly family: 4 | 6 | undefined,
    readonly state: TcpState | undefined,
    readonly stateText: string | undefined,
    private readonly stateStart: number,
    readonly recvQ: number,
    readonly sendQ: number,
    private readonly text: string,
    /** Offsets of the local and remote endpoint columns; -1 when the row has none (unix sockets). */
    private readonly localStart: number,
    private readonly localEnd: number,
    private readonly remoteStart: number,
    private readonly remoteEnd: number,
    private readonly owners: OwnerColumn | undefined,
    /** Where to look for the owners on the line. */
    private readonly ownersFrom: number,
  ) {}

  /** The same row on another line: an edit above it moved it. */
  atLine(line: number): TableRow {
    const moved = new TableRow(
      line,
      this.format,
      this.protocol,
      this.family,
      this.state,
      this.stateText,
      this.stateStart,
      this.recvQ,
      this.sendQ,
      this.text,
      this.localStart,
      this.localEnd,
      this.remoteStart,
      this.remoteEnd,
      this.owners,
      this.ownersFrom,
    );
    moved.ownersRead = this.ownersRead;
    moved.localRead = this.localRead;
    moved.remoteRead = this.remoteRead;
    moved.portKey = this.portKey;
    return moved;
  }

  /** The same row on an editor line that has `prefix` (a mail quote's `> `, a block's indent) before the text it was read from. */
  withPrefix(prefix: string): TableRow {
    const column = prefix.length;
    const moved = (offset: number) => (offset < 0 ? offset : offset + column);
    return new TableRow(
      this.line,
      this.format,
      this.protocol,
      this.family,
      this.state,
      this.stateText,
      moved(this.stateStart),
      this.recvQ,
      this.sendQ,
      prefix + this.text,
      moved(this.localStart),
      moved(this.localEnd),
      moved(this.remoteStart),
      moved(this.remoteEnd),
      this.owners,
      moved(this.ownersFrom),
    );
  }

  /** The local port's count key as the columns hold it (see localPortCountKey): rules then read no digit of it again. */
  private portKey?: PortCountKey;

  knowLocalPortKey(key: PortCountKey): void {
    this.portKey = key;
  }

  // Endpoints are read once asked for and kept (null: the row has none): a rule asks for the same
  // row's peer several times (its group key, its address, its port).
  private localRead?: Endpoint | null;
  private remoteRead?: Endpoint | null;

  get local(): Endpoint | undefined {
    if (this.localRead === undefined) {
      this.localRead = this.localStart < 0 ? null : (parseEndpoint(this.text.slice(this.localStart, this.localEnd), this.localStart) ?? null);
    }
    return this.localRead ?? undefined;
  }

  get remote(): Endpoint | undefined {
    if (this.remoteRead === undefined) {
      this.remoteRead = this.remoteStart < 0 ? null : (parseEndpoint(this.text.slice(this.remoteStart, this.remoteEnd), this.remoteStart) ?? null);
    }
    return this.remoteRead ?? undefined;
  }

  /** Kept once read: the summary's count and several rules ask for the owners of the same rows. */
  private ownersRead?: readonly SocketProcess[];

  get processes(): readonly SocketProcess[] {
    this.ownersRead ??= this.owners?.read(this.text, this.ownersFrom)?.processes ?? NO_PROCESSES;
    return this.ownersRead;
  }

  /** Each owner's name and pid, without building or keeping the process list. */
  visitOwners(visit: (name: string, pid: number | undefined) => void): void {
    if (this.ownersRead) {
      this.ownersRead.forEach((process) => visit(process.name, process.pid));
    } else {
      this.owners?.visit(this.text, this.ownersFrom, visit);
    }
  }

  /** `local.port`, without building the endpoint: what grouping a big paste's connections needs. */
  localPort(): string | undefined {
    return this.localStart < 0 ? undefined : this.text.slice(this.text.lastIndexOf(':', this.localEnd - 1) + 1, this.localEnd);
  }

  /** `local.port` as a count key, without building the endpoint: what counting a big paste needs. */
  localPortCountKey(): PortCountKey | undefined {
    if (this.portKey !== undefined) {
      return this.portKey;
    }
    return this.localStart < 0 ? undefined : portCountKeyIn(this.text, this.text.lastIndexOf(':', this.localEnd - 1) + 1, this.localEnd);
  }

  /** The remote host's count key, or undefined for no peer or the `*` of a listener, without building the endpoint. */
  remoteHostCountKey(): HostCountKey | undefined {
    return this.remoteStart < 0 ? undefined : peerCountKeyIn(this.text, this.remoteStart, this.remoteEnd);
  }

  get processSpan(): ColumnSpan | undefined {
    const owners = this.owners?.read(this.text, this.ownersFrom);
    return owners && { start: owners.start, end: owners.end };
  }

  get stateSpan(): ColumnSpan | undefined {
    return this.stateText === undefined ? undefined : { start: this.stateStart, end: this.stateStart + this.stateText.length };
  }
}

/** A row's local port as printed (`local.port`), read without building the endpoint where the row allows. */
export function localPortOf(row: SocketRow): string | undefined {
  return row instanceof TableRow ? row.localPort() : row.local?.port;
}

/** The local port as a count key (a plain port as a number, else its text), without building the endpoint of a table row. */
export function localPortKeyOf(row: SocketRow): PortCountKey | undefined {
  if (row instanceof TableRow) {
    return row.localPortCountKey();
  }
  const port = row.local?.port;
  return port === undefined ? undefined : portCountKeyIn(port, 0, port.length);
}
