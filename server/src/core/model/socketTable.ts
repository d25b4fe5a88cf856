import type { PrintedTime } from '../parsers/printedTime';
import type { HistogramLine } from './histogram';
import type { ColumnSpan } from './span';
import type { TcpState } from './tcpState';
import type { KernelMessageKind } from '../knowledge/kernelLogMessages';

/** The tool that printed a table; decides column meaning (e.g. Recv-Q of a LISTEN row in ss). */
export type SocketTableFormat = 'ss' | 'netstat-linux' | 'netstat-windows' | 'netstat-bsd' | 'proc-net' | 'lsof';

/**
 * What a section of a pasted document holds: a socket table, or output the product recognises but
 * does not count as sockets (statistics, routes, interfaces), so it is labelled instead of reported.
 */
export type SectionFormat =
  | SocketTableFormat
  | 'netstat-statistics' // netstat -s, nstat, /proc/net/netstat|snmp|sockstat
  | 'ss-summary' // ss -s
  | 'routes' // netstat -r, route -n
  | 'interfaces' // netstat -i, netstat -g
  | 'kernel-log' // dmesg, journalctl -k, /var/log/messages
  | 'histogram' // counts of a socket table by state, peer, port or process (awk, uniq -c, grep -c)
  | 'unknown';

/**
 * A run of lines printed by one command: pasted sessions are split at shell prompts (and where a
 * different tool's header starts). The outline and folding show these.
 */
export interface DumpSection {
  readonly format: SectionFormat;
  /** First line of the section: the prompt line when there is one. */
  readonly startLine: number;
  /** Last non-blank line of the section. */
  readonly endLine: number;
  /** The command after the prompt, e.g. `ss -tan`, when the paste kept it. */
  readonly command?: string;
}

/**
 * One counter of `netstat -s` (or `nstat`, /proc/net/netstat): `Tcp`/`TcpExt`/`Ip`/`Udp`… and its MIB
 * name, so the analysis and the hover can find ListenOverflows whatever phrase the netstat version
 * printed. When `netstat -s | grep` dropped the headings, the group is inferred from the phrase.
 * BSD `netstat -s` counters keep their lower-case group (`tcp`) and the phrase as name.
 */
export interface ProtocolCounter {
  readonly line: number;
  /** The group heading the counter appears under: `Tcp`, `TcpExt`, `Ip`, `IpExt`, `Udp`, `Icmp`… */
  readonly group: string;
  /** The MIB name (`ListenOverflows`, `ActiveOpens`) when known, otherwise the phrase as printed. */
  readonly name: string;
  readonly value: number;
  /** Where the counter's number and words sit on its line. */
  readonly span: ColumnSpan;
}

/** The TCP line of `ss -s`: `TCP:   12 (estab 3, closed 1, orphaned 0, synrecv 0, timewait 1/0), ports 0`. */
export interface SsSocketSummary {
  readonly line: number;
  /** Every `name number` pair of the line, e.g. { estab: 3, closed: 1, orphaned: 0, timewait: 1 }. */
  readonly tcp: Readonly<Record<string, number>>;
  /** The number right after `TCP:`, as printed. */
  readonly tcpTotal: number;
  /** The `Total:` line's number, when present. */
  readonly total?: number;
}

export type Protocol = 'tcp' | 'udp' | 'raw' | 'unix' | 'other';

export interface Endpoint {
  /** The address as printed, without brackets or scope: `0.0.0.0`, `::`, `*`, `::ffff:10.0.0.1`. */
  readonly address: string;
  /** Interface scope after `%`, e.g. `lo` in `127.0.0.53%lo:53`. */
  readonly scope?: string;
  /** Port as printed: a number, `*`, or a service name when the tool resolved it. */
  readonly port: string;
  readonly span: ColumnSpan;
}

export interface SocketProcess {
  readonly name: string;
  readonly pid?: number;
  readonly fd?: number;
  /** The Windows service the socket belongs to, from `netstat -b` (`RpcSs` in `svchost.exe`). */
  readonly service?: string;
}

export interface SocketRow {
  readonly line: number;
  readonly format: SocketTableFormat;
  readonly protocol: Protocol;
  /** 4 or 6 when the row tells (netstat's tcp6, an IPv6 address); undefined for unix sockets. */
  readonly family?: 4 | 6;
  /** Canonical TCP state; only TCP rows have one. */
  readonly state?: TcpState;
  /** The state word exactly as printed, also for UDP (`UNCONN`, `ESTAB`). */
  readonly stateText?: string;
  readonly stateSpan?: ColumnSpan;
  readonly recvQ?: number;
  readonly sendQ?: number;
  readonly local?: Endpoint;
  readonly remote?: Endpoint;
  /** Owner uid and socket inode, where the table prints them (/proc/net/tcp). */
  readonly uid?: number;
  readonly inode?: number;
  /**
   * Owning processes (ss can list several for one socket). Windows `-o` prints only a PID: the name
   * is then the PID as printed, until a `-b` line below the row names the executable.
   */
  readonly processes: readonly SocketProcess[];
  readonly processSpan?: ColumnSpan;
}

export interface UnrecognizedLine {
  readonly line: number;
  /** Length of the line, so a diagnostic can cover it without keeping a copy of a huge line. */
  readonly length: number;
  readonly reason: UnrecognizedReason;
}

/** A line whose own text starts after a mail quote's `> ` or a markdown code block's indent, at `column`. */
export interface LinePrefix {
  readonly line: number;
  readonly column: number;
}

export type UnrecognizedReason =
  | 'unknown-format' // no header seen and the line does not look like a row of any table
  | 'too-few-columns'
  | 'bad-queue' // Recv-Q/Send-Q not a number
  | 'bad-address'
  | 'unknown-state'
  | 'binary' // control characters: not text output of a tool
  | 'undecodable'; // U+FFFD: the file was read with the wrong encoding

/** What a row parser makes of one line: a row, or why it is not one. */
export type RowResult = { readonly row: SocketRow } | { readonly problem: UnrecognizedReason };

export interface SocketTableHeader {
  readonly line: number;
  readonly format: SocketTableFormat;
  /** ss without a Netid column prints only one socket type; this says which we assume. */
  readonly hasNetid: boolean;
}

/** A line printing the time between snapshots: `date` output or a `watch` header. */
export interface PrintedTimeLine extends PrintedTime {
  readonly line: number;
}

/** Everything the parser learned from a netstat/ss document. */
export interface ParsedSocketDump {
  /**
   * Every socket row, in document order. A parse keeps its rows as columns (parsers/socketColumns.ts,
   * `socketColumnsOf`), which the summary and the counts read; these objects are decoded from them
   * when first asked for.
   */
  readonly rows: readonly SocketRow[];
  readonly headers: readonly SocketTableHeader[];
  readonly commands: readonly { readonly line: number; readonly text: string }[];
  readonly unrecognized: readonly UnrecognizedLine[];
  readonly lineCount: number;
  /** Formats seen, in order of first appearance. */
  readonly formats: readonly SocketTableFormat[];
  /** The document split by command; one section when nothing separates outputs. */
  readonly sections: readonly DumpSection[];
  /** Counters of every statistics section (netstat -s, nstat, /proc/net/netstat, sockstat), in document order. */
  readonly counters: readonly ProtocolCounter[];
  /** Every `ss -s` TCP summary line. */
  readonly ssSummaries: readonly SsSocketSummary[];
  /** Every line of a pasted histogram (aggregated counts: no rows behind them), in document order. */
  readonly histograms: readonly HistogramLine[];
  /** Every time line (`date`, `watch` headers), in document order: each starts a section. */
  readonly printedTimes: readonly PrintedTimeLine[];
  /** The network stack's kernel log lines the product knows (dmesg, journalctl, syslog), in document order. */
  readonly kernelMessages: readonly KernelLogLine[];
  /** The lines read after a quote marker or a block's indent, in line order (none: every line starts at column 0). */
  readonly linePrefixes?: readonly LinePrefix[];
  /** True when the paste is markdown or mail (fences, quotes, indented blocks): its prose is not reported. */
  readonly markup?: boolean;
  /**
   * The unrecognized lines that read as words outside any fenced or indented block and not right below
   * a table line, in line order: prose around the tables when the paste is markdown or mail.
   */
  readonly proseLines?: readonly number[];
}

/** The unrecognized lines worth reporting: all of them, but the prose around the tables of a markdown or mail paste. */
export function reportedUnrecognized(dump: ParsedSocketDump): readonly UnrecognizedLine[] {
  const prose = dump.proseLines;
  if (!dump.markup || !prose || prose.length === 0) {
    return dump.unrecognized;
  }
  // Both lists are in line order: one walk.
  let next = 0;
  return dump.unrecognized.filter((entry) => {
    while (next < prose.length && prose[next] < entry.line) {
      next++;
    }
    return prose[next] !== entry.line;
  });
}

/**
 * One kernel log line of a kind the knowledge base explains (knowledge/kernelLogMessages.ts), or a
 * `net_ratelimit: N callbacks suppressed` line (kind 'suppressed').
 */
export interface KernelLogLine {
  readonly line: number;
  readonly kind: KernelMessageKind | 'suppressed';
  /** Where the message sits on the line, after any timestamp, host and `kernel:` tag. */
  readonly span: ColumnSpan;
  /** The timestamp as printed (`12345.678901`, `Dec  7 10:00:00`, `2026-12-07T10:00:00+0800`), when the line has one. */
  readonly time?: string;
  /** What the message names: a SYN flood's port as printed (`80`, `0.0.0.0:80`, `[::]:443`), a neighbour table's id. */
  readonly subject?: string;
  /** Index of the wording in the kind's `wordings`. */
  readonly wording: number;
  /** A suppressed line: how many messages net_ratelimit held back. */
  readonly suppressed?: number;
  /** A SYN flood line saying `Dropping request`: tcp_syncookies was off, the SYN was thrown away. */
  readonly dropped?: true;
}
