import type { Endpoint, Protocol, SocketProcess, SocketRow, SocketTableFormat } from '../model/socketTable';
import type { ColumnSpan } from '../model/span';
import type { TcpState } from '../model/tcpState';

const NO_PROCESSES: readonly SocketProcess[] = Object.freeze([]);

/**
 * A row of a Linux socket table (ss, net-tools netstat), the bulk of big pastes. Spans are made on
 * demand from the offsets kept here, and rows without an owner share one empty list: a 60,000-row
 * paste keeps a few objects per row instead of a dozen, which is what keeps parsing fast.
 */
export class TableRow implements SocketRow {
  readonly processes: readonly SocketProcess[];

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
    readonly local: Endpoint | undefined,
    readonly remote: Endpoint | undefined,
    processes: readonly SocketProcess[] | undefined,
    private readonly processStart: number,
    private readonly processEnd: number,
  ) {
    this.processes = processes ?? NO_PROCESSES;
  }

  get stateSpan(): ColumnSpan | undefined {
    return this.stateText === undefined ? undefined : { start: this.stateStart, end: this.stateStart + this.stateText.length };
  }

  get processSpan(): ColumnSpan | undefined {
    return this.processStart < 0 ? undefined : { start: this.processStart, end: this.processEnd };
  }
}
