import type { ParsedSysctlFile, SysctlEntry } from '../model/sysctlFile';
import { parseKernelInteger, valueItems } from './sysctlValue';

/** A value some sysctl file in the workspace sets, and where, so a message can cite it. */
export interface SysctlValueSource {
  readonly value: string;
  readonly uri: string;
  /** Zero-based line of the assignment. */
  readonly line: number;
}

/**
 * What the rules may know beyond the document they check: the sysctl values that the workspace's
 * sysctl files (open or on disk) set. Keys are in dotted form, as `sysctl -a` prints them.
 */
export interface WorkspaceContext {
  readonly sysctlValues: ReadonlyMap<string, SysctlValueSource>;
}

export const EMPTY_WORKSPACE_CONTEXT: WorkspaceContext = { sysctlValues: new Map() };

/**
 * Merges the files the way systemd-sysctl applies them: ordered by file name (not directory), and
 * within a file line by line, so the last assignment of a key wins. `sysctl -a` snapshots count
 * like any other file: they show what a machine really had.
 */
export function collectSysctlValues(files: readonly { readonly uri: string; readonly file: ParsedSysctlFile }[]): Map<string, SysctlValueSource> {
  const values = new Map<string, SysctlValueSource>();
  const ordered = [...files].sort((a, b) => byteOrder(baseName(a.uri), baseName(b.uri)) || byteOrder(a.uri, b.uri));
  for (const { uri, file } of ordered) {
    for (const entry of file.entries) {
      if (!entry.isGlob) {
        values.set(entry.key, { value: entry.value, uri, line: entry.line });
      }
    }
  }
  return values;
}

/** The entry that wins for each key of one file (its last assignment); globs are left out. */
export function lastEntries(file: ParsedSysctlFile): Map<string, SysctlEntry> {
  const entries = new Map<string, SysctlEntry>();
  for (const entry of file.entries) {
    if (!entry.isGlob) {
      entries.set(entry.key, entry);
    }
  }
  return entries;
}

/** Every whitespace-separated item as an integer, or undefined when one is not. */
export function integersOf(value: string): number[] | undefined {
  const numbers = valueItems(value).map(parseKernelInteger);
  return numbers.length > 0 && numbers.every((number) => number !== undefined) ? (numbers as number[]) : undefined;
}

/** `sysctl.d/90-net.conf:12` for a message: the file's last path segments and a one-based line. */
export function describeSource(source: SysctlValueSource): string {
  const segments = decodeURIComponent(source.uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')).split('/').filter((segment) => segment !== '');
  return `${segments.slice(-2).join('/')}:${source.line + 1}`;
}

function baseName(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

/** systemd sorts with strcmp: `99-a` before `99_a`, `B` before `a`, where localeCompare says the opposite. */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A numeric sysctl value the workspace sets, with its source; undefined when none does. */
export function workspaceIntegers(workspace: WorkspaceContext, key: string): { readonly numbers: number[]; readonly source: SysctlValueSource } | undefined {
  const source = workspace.sysctlValues.get(key);
  const numbers = source ? integersOf(source.value) : undefined;
  return source && numbers ? { numbers, source } : undefined;
}
