import type { ColumnSpan } from './span';

/** One `key = value` line of a sysctl.conf, a sysctl.d file or `sysctl -a` output. */
export interface SysctlEntry {
  readonly line: number;
  /** Dotted form, as `sysctl -a` prints it; a dot inside a name (a VLAN interface) is written `/`. */
  readonly key: string;
  /** Path components under /proc/sys, e.g. ['net', 'ipv4', 'conf', 'eth0.100', 'rp_filter']. */
  readonly segments: readonly string[];
  /** The key exactly as written, e.g. `net/ipv4/tcp_fin_timeout`. */
  readonly rawKey: string;
  readonly keySpan: ColumnSpan;
  /** The value with surrounding blanks removed; list items keep their separators. */
  readonly value: string;
  readonly valueSpan: ColumnSpan;
  /** A leading `-`: sysctl and systemd-sysctl ignore a failure to set this key. */
  readonly ignoreFailure: boolean;
  /** systemd-sysctl (v245+) accepts `*` and `?` globs in keys. */
  readonly isGlob: boolean;
}

/**
 * A line `-key` without `=`: systemd-sysctl (v245 and later) and recent procps-ng releases keep every
 * glob from setting this key.
 */
export interface SysctlGlobExclusion {
  readonly line: number;
  /** Dotted form, as in `SysctlEntry.key`. */
  readonly key: string;
  readonly keySpan: ColumnSpan;
}

export type SysctlSyntaxProblemKind = 'missing-equals' | 'empty-key' | 'bad-key' | 'binary' | 'bsd-style';

export interface SysctlSyntaxProblem {
  readonly line: number;
  readonly span: ColumnSpan;
  readonly kind: SysctlSyntaxProblemKind;
}

export interface ParsedSysctlFile {
  readonly entries: readonly SysctlEntry[];
  readonly problems: readonly SysctlSyntaxProblem[];
  readonly exclusions: readonly SysctlGlobExclusion[];
  /** Lines the sysctl tool printed about itself (`sysctl: permission denied on key …`). */
  readonly toolMessages: readonly number[];
  readonly lineCount: number;
  /**
   * True when the text reads like `sysctl -a` output rather than a configuration file: then its
   * keys exist on the machine it came from by definition, and key checks would only be noise.
   */
  readonly isSnapshot: boolean;
}
