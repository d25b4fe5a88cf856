import type { ColumnSpan } from './span';
import type { TcpState } from './tcpState';

/**
 * What the values of a pasted histogram are: the output of `awk '{++S[$NF]} END {…}'`,
 * `awk '{print $5}' | cut -d: -f1 | sort | uniq -c` or `grep -c TIME_WAIT` run over a socket table.
 * A host counts peers by their address, an endpoint is `address:port` (a peer's, or a local one that
 * counts by its port), a port is a local port, a process a program's name.
 */
export type HistogramColumn = 'state' | 'remote-host' | 'remote-endpoint' | 'local-endpoint' | 'local-port' | 'process';

/**
 * One line of a histogram: a value and how many sockets the pipeline counted for it. These counts are
 * aggregated: no socket row stands behind them, so nothing can jump to one.
 */
export interface HistogramLine {
  readonly line: number;
  readonly column: HistogramColumn;
  /** The value as printed; '' for `grep -c`, whose value is in its command. */
  readonly value: string;
  readonly count: number;
  readonly countSpan: ColumnSpan;
  /** Where the value is printed; absent when only the command names it (`grep -c TIME_WAIT`). */
  readonly valueSpan?: ColumnSpan;
  /** The state a state histogram's value (or `grep -c`'s pattern) names. */
  readonly state?: TcpState;
  /**
   * A word of a header or title line that the pipeline counted along with the rows (`1 State`,
   * `1 Address`, an empty value): understood, but no socket.
   */
  readonly residue?: true;
}
