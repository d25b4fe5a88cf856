import type { ParsedSysctlFile, SysctlEntry } from '../model/sysctlFile';
import type { ColumnSpan } from '../model/span';
import { VENDOR_SYSCTL_FILES, type VendorSysctlFile } from '../knowledge/vendorSysctlFiles';
import { parseSysctlFile } from '../parsers/sysctlFile';
import { byteOrder, globMatches, loadOrder, type MatchBudget, placeOf, type OrderedSysctlFile, type SysctlFilePlace, type SysctlLoadOrder, type SysctlTool, type WorkspaceSysctlFile } from './sysctlLoadOrder';
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
  /** The sysctl files themselves, for the rules that ask which file's line wins. */
  readonly sysctlFiles?: readonly WorkspaceSysctlFile[];
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
export function describeSource(source: { readonly uri: string; readonly line: number }): string {
  return `${describeFile(source.uri)}:${source.line + 1}`;
}

/** `sysctl.d/90-net.conf` for a message: the file's last two path segments. */
export function describeFile(uri: string): string {
  const segments = comparableUri(uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')).split('/').filter((segment) => segment !== '');
  return segments.slice(-2).join('/');
}

function baseName(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

/** A numeric sysctl value the workspace sets, with its source; undefined when none does. */
export function workspaceIntegers(workspace: WorkspaceContext, key: string): { readonly numbers: number[]; readonly source: SysctlValueSource } | undefined {
  const source = workspace.sysctlValues.get(key);
  const numbers = source ? integersOf(source.value) : undefined;
  return source && numbers ? { numbers, source } : undefined;
}

/** One assignment of a sysctl file of the workspace, where it is and what it sets. */
export interface SysctlAssignment {
  readonly uri: string;
  readonly place: SysctlFilePlace;
  readonly line: number;
  readonly keySpan: ColumnSpan;
  /** Dotted key, or the glob as written in dotted form. */
  readonly key: string;
  readonly value: string;
  readonly isGlob: boolean;
}

/**
 * Which assignment of the workspace's files each tool applies last, and so leaves in effect. Both
 * tools let an explicit key beat every glob that matches it, from whichever file, and skip keys a
 * `-key` line excludes; among globs, and among explicit lines, the one read last wins.
 */
export interface SysctlPrecedence {
  readonly orders: Readonly<Record<SysctlTool, SysctlLoadOrder>>;
  /** The assignment in effect for a key after the tool has read every file. */
  winner(key: string, segments: readonly string[], tool: SysctlTool): SysctlAssignment | undefined;
  /** The last assignment of the key read before the file `uri` (undefined when the tool does not read that file). */
  setBefore(key: string, segments: readonly string[], uri: string, tool: SysctlTool): SysctlAssignment | undefined;
}

/** Globs kept per tool: real files hold a handful (systemd's 50-default.conf has three); this bounds hostile input. */
const MAX_GLOBS = 64;

/** Character comparisons all glob matching of one precedence may take: ample for real files, finite for hostile ones. */
const MAX_GLOB_MATCH_STEPS = 5_000_000;

export const SYSCTL_TOOLS: readonly SysctlTool[] = ['procps', 'systemd'];

export function resolvePrecedence(files: readonly WorkspaceSysctlFile[]): SysctlPrecedence {
  const orders = { procps: loadOrder(files, 'procps'), systemd: loadOrder(files, 'systemd') };
  const indexes = { procps: indexAssignments(orders.procps.files), systemd: indexAssignments(orders.systemd.files) };
  return {
    orders,
    winner(key, segments, tool) {
      const index = indexes[tool];
      const explicit = index.explicit.get(key);
      if (explicit) {
        return assignmentOf(Array.isArray(explicit) ? explicit[explicit.length - 1] : explicit);
      }
      return lastGlob(index, key, segments, Number.POSITIVE_INFINITY);
    },
    setBefore(key, segments, uri, tool) {
      const index = indexes[tool];
      const position = index.positions.get(comparableUri(uri));
      if (position === undefined) {
        return undefined;
      }
      const found = index.explicit.get(key);
      const explicit = found === undefined ? [] : Array.isArray(found) ? found : [found];
      for (let at = explicit.length - 1; at >= 0; at--) {
        if (explicit[at].position < position) {
          return assignmentOf(explicit[at]);
        }
      }
      return lastGlob(index, key, segments, position);
    },
  };
}

/** An entry where a tool reads it; the assignment object is only built for the few that are asked for. */
interface PositionedEntry {
  readonly position: number;
  readonly file: OrderedSysctlFile;
  readonly entry: SysctlEntry;
}

interface AssignmentIndex {
  readonly positions: Map<string, number>;
  /** Shared by every glob match against this index (see MatchBudget). */
  readonly budget: MatchBudget;
  /** One entry per key in the common case; a list, in reading order, for a key set more than once. */
  readonly explicit: Map<string, PositionedEntry | PositionedEntry[]>;
  readonly globs: PositionedEntry[];
  readonly excluded: Set<string>;
}

function indexAssignments(files: readonly OrderedSysctlFile[]): AssignmentIndex {
  const index: AssignmentIndex = { positions: new Map(), budget: { steps: MAX_GLOB_MATCH_STEPS }, explicit: new Map(), globs: [], excluded: new Set() };
  files.forEach((file, position) => {
    index.positions.set(comparableUri(file.uri), position);
    for (const exclusion of file.file.exclusions) {
      index.excluded.add(exclusion.key);
    }
    for (const entry of file.file.entries) {
      const positioned = { position, file, entry };
      if (entry.isGlob) {
        if (index.globs.length < MAX_GLOBS) {
          index.globs.push(positioned);
        }
        continue;
      }
      const known = index.explicit.get(entry.key);
      if (known === undefined) {
        index.explicit.set(entry.key, positioned);
      } else if (Array.isArray(known)) {
        known.push(positioned);
      } else {
        index.explicit.set(entry.key, [known, positioned]);
      }
    }
  });
  return index;
}

function assignmentOf({ file, entry }: PositionedEntry): SysctlAssignment {
  return { uri: file.uri, place: file.place, line: entry.line, keySpan: entry.keySpan, key: entry.key, value: entry.value, isGlob: entry.isGlob };
}

function lastGlob(index: AssignmentIndex, key: string, segments: readonly string[], before: number): SysctlAssignment | undefined {
  if (index.globs.length === 0 || index.excluded.has(key)) {
    return undefined;
  }
  for (let at = index.globs.length - 1; at >= 0; at--) {
    const glob = index.globs[at];
    if (glob.position < before && globMatches(glob.entry.segments, segments, index.budget)) {
      return assignmentOf(glob);
    }
  }
  return undefined;
}

const PRECEDENCE_CACHE = new WeakMap<WorkspaceContext, Map<string, { readonly file: ParsedSysctlFile; readonly precedence: SysctlPrecedence }>>();

/**
 * The precedence among the workspace's files with the document `uri` read as `file` (its current
 * text, which replaces the copy on disk). Computed once per workspace context and document parse,
 * however many rules ask.
 */
export function precedenceWith(workspace: WorkspaceContext, uri: string, file: ParsedSysctlFile): SysctlPrecedence {
  let perDocument = PRECEDENCE_CACHE.get(workspace);
  if (!perDocument) {
    perDocument = new Map();
    PRECEDENCE_CACHE.set(workspace, perDocument);
  }
  const key = comparableUri(uri);
  const cached = perDocument.get(key);
  if (cached && cached.file === file) {
    return cached.precedence;
  }
  // Only files with a path are files of a machine: an untitled paste neither overrides nor is overridden.
  const others = uri.startsWith('file:') ? (workspace.sysctlFiles ?? []).filter((entry) => entry.uri.startsWith('file:') && comparableUri(entry.uri) !== key) : [];
  const own = (workspace.sysctlFiles ?? []).find((entry) => comparableUri(entry.uri) === key);
  const precedence = resolvePrecedence([...others, { ...own, uri, file }]);
  perDocument.set(key, { file, precedence });
  return precedence;
}

/** A URI comparable across spellings: editors percent-encode characters that Node leaves as they are. */
export function comparableUri(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** The vendor files, parsed once. */
const VENDOR_FILES = VENDOR_SYSCTL_FILES.map((vendor) => {
  const file = parseSysctlFile(vendor.lines.join('\n'));
  return { vendor, place: placeOf(`file://${vendor.systemPath}`), file, excluded: new Set(file.exclusions.map(({ key }) => key)) };
});

/**
 * The vendor file that sets a key before the file at `place` is read, and the value it sets. A vendor
 * file is left out when a workspace file of the same name in a directory read first hides it.
 */
export function vendorSettingBefore(
  key: string,
  segments: readonly string[],
  place: SysctlFilePlace,
  workspacePlaces: readonly SysctlFilePlace[],
): { readonly vendor: VendorSysctlFile; readonly value: string } | undefined {
  for (const { vendor, place: vendorPlace, file, excluded } of VENDOR_FILES) {
    const hiddenBy = [...workspacePlaces, place].some((other) => other.directory >= 0 && other.name === vendorPlace.name && other.directory < vendorPlace.directory);
    // /etc/sysctl.conf comes last for procps and as 99-sysctl.conf for systemd: after any vendor file named below that.
    const readBefore = place.directory === -1 ? byteOrder(vendorPlace.name, '99-sysctl.conf') < 0 : byteOrder(vendorPlace.name, place.name) < 0;
    if (hiddenBy || !readBefore) {
      continue;
    }
    // An explicit line beats every glob, whichever comes last.
    let explicit: string | undefined;
    let glob: string | undefined;
    for (const entry of file.entries) {
      if (!entry.isGlob && entry.key === key) {
        explicit = entry.value;
      } else if (entry.isGlob && !excluded.has(key) && globMatches(entry.segments, segments)) {
        glob = entry.value;
      }
    }
    const value = explicit ?? glob;
    if (value !== undefined) {
      return { vendor, value };
    }
  }
  return undefined;
}
