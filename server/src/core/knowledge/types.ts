import type { Localized } from '../i18n/localized';
import type { TcpState } from '../model/tcpState';

/** Everything the product teaches about one TCP state. Markdown is allowed in every text. */
export interface TcpStateDoc {
  readonly state: TcpState;
  /** One line: what the state is. */
  readonly summary: Localized;
  /** Which end of the connection sits in this state and why (client/server, active/passive closer). */
  readonly side: Localized;
  /** How a socket enters the state and how it leaves it (the segments sent and received). */
  readonly transitions: Localized;
  /** Timers that move the socket on, or the absence of one. */
  readonly timers: Localized;
  /** What a large count usually means and what to check next (commands, counters). */
  readonly largeCount: Localized;
  /** The short hover: which side in a clause, and what to do about many in two or three sentences. */
  readonly brief: { readonly side: Localized; readonly largeCount: Localized };
  /** Sysctl keys that govern this state, shown as links to their own hover docs. */
  readonly relatedKeys: readonly string[];
}

/** How the kernel reads a value. */
export type SysctlValueType =
  | 'bool' // 0 or 1
  | 'int' // one integer
  | 'enum' // one of a few documented integers or words
  | 'int-list' // several integers separated by whitespace (tcp_rmem, ip_local_port_range)
  | 'string'; // free text, e.g. a congestion control name

/** The unit a value is counted in. */
export type SysctlUnit =
  | 'seconds'
  | 'milliseconds'
  | 'jiffies' // kernel ticks of 1/HZ s, printed raw (route.error_cost)
  | 'centiseconds' // USER_HZ ticks: 1/100 s whatever the kernel's HZ (neigh.*.locktime)
  | 'bytes'
  | 'pages'
  | 'packets'
  | 'sockets'
  | 'connections'
  | 'probes'
  | 'retries'
  | 'entries'
  | 'ports';

export interface SysctlEnumValue {
  readonly value: string;
  readonly meaning: Localized;
  /** Kernel release that first accepts this value, when later than the key itself (tcp_tw_reuse = 2: 4.18). */
  readonly since?: string;
}

/** A common value of a string key and what it selects. */
export interface SysctlSuggestion {
  readonly value: string;
  readonly meaning: Localized;
}

export interface SysctlRange {
  readonly min?: number;
  readonly max?: number;
}

/** A change of default in a kernel release, e.g. somaxconn 128 → 4096 in 5.4. */
export interface SysctlDefaultChange {
  readonly version: string;
  readonly from: string;
  readonly to: string;
}

/**
 * One sysctl key. Adding a key to the product = adding one of these to a file under knowledge/sysctl/.
 * Keys that exist once per interface use the placeholder `<iface>`: `net.ipv4.conf.<iface>.rp_filter`.
 */
export interface SysctlKeyDoc {
  readonly key: string;
  readonly type: SysctlValueType;
  readonly unit?: SysctlUnit;
  /** Exactly as `sysctl` prints it (tabs between list items); null when it depends on the machine. */
  readonly default: string | null;
  /** Why the default is null, or any nuance about it (e.g. "scaled from RAM at boot"). */
  readonly defaultNote?: Localized;
  readonly defaultChanges?: readonly SysctlDefaultChange[];
  /** For int and int-list: the range every item must fall in. */
  readonly range?: SysctlRange;
  /** For int-list: how many items the kernel expects. */
  readonly items?: number;
  /** For enum and bool: every accepted value with its meaning. */
  readonly values?: readonly SysctlEnumValue[];
  /**
   * For string keys: values people commonly set, offered by completion. Not a closed list (other
   * modules may be loadable), so values outside it are not reported.
   */
  readonly suggestions?: readonly SysctlSuggestion[];
  /** Kernel version the key appeared in, when later than 2.6. */
  readonly since?: string;
  /** Kernel version the key was removed in. */
  readonly removedIn?: string;
  /** True when each network namespace has its own value. */
  readonly perNamespace: boolean;
  /**
   * Why `sysctl -a` does not print the key although the kernel has it: a write-only file (an action
   * such as route.flush), a file that cannot be read until a value is set (stable_secret), or a
   * deprecated alias procps hides unless `--deprecated` is given (neigh.*.retrans_time).
   */
  readonly unlisted?: 'write-only' | 'unreadable-until-set' | 'deprecated-alias';
  readonly related: readonly string[];
  /** One sentence: what the key controls. */
  readonly summary: Localized;
  /** Which side of a connection it affects, and what raising/lowering it does; markdown. */
  readonly details: Localized;
}
