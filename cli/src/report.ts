import type { Diagnostic } from 'vscode-languageserver-types';
import type { SummaryResult } from '../../server/src/protocol';

/** Version of the JSON, NDJSON and per-file shapes documented in docs/cli.md; bumped on any incompatible change. */
export const SCHEMA_VERSION = 1;

export type FileKind = 'socket-dump' | 'sysctl' | 'unknown';

/** What one input gave: the unit of every output format (one NDJSON line, one JSON array item). */
export interface FileReport {
  /** As named on the command line or found under a directory; `-` for standard input. */
  readonly path: string;
  /** The document URI the core saw: `file:` for files, `untitled:stdin` for standard input. */
  readonly uri: string;
  readonly kind: FileKind;
  /** `netstat` or `sysctl`, as the editor names the language; null when neither. */
  readonly languageId: string | null;
  /** Why the input could not be read (exit code 2); null when it was. */
  readonly error: string | null;
  /** `summary`: the `netstatInsight/summary` result; null for anything but a socket dump. */
  readonly summary?: SummaryResult | null;
  /** `check`: the diagnostics the editor publishes (without their `data`), whole-line ranges ending at the line's end. */
  readonly diagnostics?: readonly Diagnostic[];
}
