import type { ParsedSysctlFile, SysctlEntry, SysctlGlobExclusion, SysctlSyntaxProblem } from '../model/sysctlFile';
import { commonPrefixLength, commonSuffixLength, forEachLine, forEachLineFrom, hasControlCharacters, hasLoneCarriageReturn, isBlank } from './textLines';

/**
 * Parses sysctl.conf / sysctl.d/*.conf (procps and systemd-sysctl syntax) and `sysctl -a` output:
 * `key = value` or `key=value`; `#` and `;` start a comment line; a leading `-` means "ignore a
 * failure"; keys may use `/` instead of `.` as separator; list values keep their tabs or spaces.
 */
export function parseSysctlFile(text: string): ParsedSysctlFile {
  const reader = new SysctlLineReader();
  forEachLine(text, (lineText, line) => reader.read(lineText, line));
  return reader.finish(text, reader.entries, reader.problems, reader.exclusions, reader.toolMessages, Uint8Array.from(reader.kinds));
}

/**
 * Parses `text`, a later version of the file `previous` was parsed from, reading again only the
 * lines between the unchanged start and the unchanged end (a line of a sysctl file means the same
 * wherever it stands); the others are taken from `previous`, moved by the lines the edit added or
 * removed. `firstChangedLine` (the editor's account) can only move the start earlier. The result
 * equals `parseSysctlFile(text)`.
 */
export function reparseSysctlFile(previous: ParsedSysctlFile, text: string, firstChangedLine: number): ParsedSysctlFile {
  const record = fileRecords.get(previous);
  const old = record?.text;
  // A byte-order mark may come or go before the first line, and a lone CR makes every line break
  // depend on the whole text: such versions are read afresh.
  const prefix = old === undefined ? 0 : commonPrefixLength(old, text);
  if (record === undefined || old === undefined || prefix === 0 || hasLoneCarriageReturn(text) || hasLoneCarriageReturn(old)) {
    return parseSysctlFile(text);
  }
  if (prefix === old.length && prefix === text.length) {
    return previous;
  }
  const firstLine = Math.max(0, Math.min(countLineBreaks(old, 0, prefix), firstChangedLine));
  const regionStart = lineStart(old, firstLine);
  // The unchanged end is reused from the first line that starts after a line break inside it.
  const oldBreak = old.indexOf('\n', Math.max(regionStart, old.length - commonSuffixLength(old, text, prefix)));
  const newBreak = oldBreak < 0 ? -1 : oldBreak + text.length - old.length;
  const oldRest = oldBreak < 0 ? record.lineKinds.length : firstLine + countLineBreaks(old, regionStart, oldBreak) + 1;
  const reader = new SysctlLineReader();
  forEachLineFrom(text, regionStart, firstLine, (lineText, line, offset) => {
    if (newBreak >= 0 && offset > newBreak) {
      return true;
    }
    reader.read(lineText, line);
    return false;
  });
  const moved = firstLine + reader.kinds.length - oldRest;
  const splice = <T>(items: readonly T[], read: readonly T[], lineOf: (item: T) => number, move: (item: T) => T): T[] => {
    const head = items.slice(0, firstAtOrAfter(items, lineOf, firstLine));
    const tail = oldBreak < 0 ? [] : items.slice(firstAtOrAfter(items, lineOf, oldRest));
    return head.concat(read, moved === 0 ? tail : tail.map(move));
  };
  const rest = oldBreak < 0 ? new Uint8Array(0) : record.lineKinds.subarray(oldRest);
  const lineKinds = new Uint8Array(firstLine + reader.kinds.length + rest.length);
  lineKinds.set(record.lineKinds.subarray(0, firstLine));
  lineKinds.set(reader.kinds, firstLine);
  lineKinds.set(rest, firstLine + reader.kinds.length);
  return reader.finish(
    text,
    splice(previous.entries, reader.entries, (entry) => entry.line, (entry) => ({ ...entry, line: entry.line + moved })),
    splice(previous.problems, reader.problems, (problem) => problem.line, (problem) => ({ ...problem, line: problem.line + moved })),
    splice(previous.exclusions, reader.exclusions, (exclusion) => exclusion.line, (exclusion) => ({ ...exclusion, line: exclusion.line + moved })),
    splice(previous.toolMessages, reader.toolMessages, (line) => line, (line) => line + moved),
    lineKinds,
  );
}

/** What a parse keeps so that the next version can be read again only where it changed. */
interface FileRecord {
  readonly text: string;
  /** Per line: COMMENT_LINE, SPACED_ENTRY (`key = value`) or 0, which is all `isSnapshot` needs of it. */
  readonly lineKinds: Uint8Array;
}

/** Kept beside the parse rather than in it: the parsed model stays plain data. */
const fileRecords = new WeakMap<ParsedSysctlFile, FileRecord>();

const COMMENT_LINE = 1;
const SPACED_ENTRY = 2;

/** Reads lines one at a time into entries, problems and tool messages; what a whole file or an edited stretch of one is made of. */
class SysctlLineReader {
  readonly entries: SysctlEntry[] = [];
  readonly problems: SysctlSyntaxProblem[] = [];
  readonly exclusions: SysctlGlobExclusion[] = [];
  readonly toolMessages: number[] = [];
  /** One per line read. */
  readonly kinds: number[] = [];
  // A key's reading, once per distinct spelling: generated files repeat a few keys many times.
  private readonly keys = new Map<string, ParsedKey>();

  read(lineText: string, line: number): void {
    this.kinds.push(this.readLine(lineText, line));
  }

  finish(
    text: string,
    entries: readonly SysctlEntry[],
    problems: readonly SysctlSyntaxProblem[],
    exclusions: readonly SysctlGlobExclusion[],
    toolMessages: readonly number[],
    lineKinds: Uint8Array,
  ): ParsedSysctlFile {
    let commentLines = 0;
    let spacedEquals = 0;
    for (const kind of lineKinds) {
      commentLines += kind === COMMENT_LINE ? 1 : 0;
      spacedEquals += kind === SPACED_ENTRY ? 1 : 0;
    }
    const isSnapshot =
      entries.length >= SNAPSHOT_MIN_ENTRIES && commentLines === 0 && spacedEquals === entries.length && problems.length === 0;
    const file: ParsedSysctlFile = { entries, problems, exclusions, toolMessages, lineCount: lineKinds.length, isSnapshot };
    fileRecords.set(file, { text, lineKinds });
    return file;
  }

  private readLine(lineText: string, line: number): number {
    let start = 0;
    while (start < lineText.length && isBlank(lineText.charCodeAt(start))) {
      start++;
    }
    if (start === lineText.length) {
      return 0;
    }
    const first = lineText[start];
    if (first === '#' || first === ';') {
      return COMMENT_LINE;
    }
    if (lineText.startsWith('sysctl: ', start)) {
      this.toolMessages.push(line);
      return 0;
    }
    const equals = lineText.indexOf('=', start);
    const end = trimmedEnd(lineText);
    if (equals < 0) {
      if (first === '-' && this.readExclusion(lineText, line, start + 1, end)) {
        return 0;
      }
      this.problems.push({ line, span: { start, end }, kind: hasControlCharacters(lineText) ? 'binary' : BSD_STYLE.test(lineText.slice(start)) ? 'bsd-style' : 'missing-equals' });
      return 0;
    }
    const ignoreFailure = first === '-';
    const keyStart = ignoreFailure ? skipBlanks(lineText, start + 1) : start;
    const keyEnd = trimmedEnd(lineText, equals);
    if (keyEnd <= keyStart) {
      this.problems.push({ line, span: { start, end }, kind: 'empty-key' });
      return 0;
    }
    const rawKey = lineText.slice(keyStart, keyEnd);
    const parsedKey = this.keys.get(rawKey) ?? parseKey(rawKey);
    if (!parsedKey) {
      this.problems.push({ line, span: { start: keyStart, end: keyEnd }, kind: hasControlCharacters(rawKey) ? 'binary' : 'bad-key' });
      return 0;
    }
    const valueStart = skipBlanks(lineText, equals + 1);
    const valueEnd = Math.max(valueStart, end);
    this.keys.set(rawKey, parsedKey);
    this.entries.push({
      line,
      key: parsedKey.key,
      segments: parsedKey.segments,
      rawKey,
      keySpan: { start: keyStart, end: keyEnd },
      value: lineText.slice(valueStart, valueEnd),
      valueSpan: { start: valueStart, end: valueEnd },
      ignoreFailure,
      isGlob: parsedKey.isGlob,
    });
    return lineText.charCodeAt(equals - 1) === 32 && lineText.charCodeAt(equals + 1) === 32 ? SPACED_ENTRY : 0;
  }

  /** `-net.ipv4.conf.all.rp_filter`: true when the rest of the line is one plain key, recorded as an exclusion. */
  private readExclusion(lineText: string, line: number, from: number, end: number): boolean {
    const keyStart = skipBlanks(lineText, from);
    const rawKey = lineText.slice(keyStart, end);
    const parsedKey = this.keys.get(rawKey) ?? parseKey(rawKey);
    if (!parsedKey || parsedKey.isGlob) {
      return false;
    }
    this.keys.set(rawKey, parsedKey);
    this.exclusions.push({ line, key: parsedKey.key, keySpan: { start: keyStart, end } });
    return true;
  }
}

/** The index of the first item at or after `line` in items sorted by line. */
function firstAtOrAfter<T>(items: readonly T[], lineOf: (item: T) => number, line: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (lineOf(items[middle]) < line) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index >= 0 && index < to; index = text.indexOf('\n', index + 1)) {
    count++;
  }
  return count;
}

/** Where line `line` starts (lines end at LF; no lone CR here). */
function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let index = 0; index < line; index++) {
    offset = text.indexOf('\n', offset) + 1;
  }
  return offset;
}

interface ParsedKey {
  readonly key: string;
  readonly segments: readonly string[];
  readonly isGlob: boolean;
}

function parseKey(rawKey: string): ParsedKey | undefined {
  const segments = keySegments(rawKey);
  if (!segments) {
    return undefined;
  }
  // Without a slash, the dotted spelling is already the key.
  const key = rawKey.includes('/') ? segments.map((segment) => segment.replace(/\./g, '/')).join('.') : rawKey;
  return { key, segments, isGlob: rawKey.includes('*') || rawKey.includes('?') };
}

/** `sysctl -a` prints hundreds of keys; a hand-written file with this many and no comment is rare. */
const SNAPSHOT_MIN_ENTRIES = 150;

const KEY_SEGMENT = /^[A-Za-z0-9_*?:@+-]+(?:[./][A-Za-z0-9_*?:@+-]+)*$/;

/**
 * Splits a key the way procps and systemd do: if the first separator is `/`, slashes separate and
 * dots belong to names (`net/ipv4/conf/eth0.100/rp_filter`); otherwise dots separate and a `/`
 * stands for a dot inside a name (`net.ipv4.conf.eth0/100.rp_filter`).
 */
export function keySegments(rawKey: string): string[] | undefined {
  if (rawKey.length > 512 || !KEY_SEGMENT.test(rawKey)) {
    return undefined;
  }
  const parts = isSlashSeparated(rawKey) ? rawKey.split('/') : rawKey.split('.').map((part) => part.replace(/\//g, '.'));
  return parts.some((part) => part.length === 0) ? undefined : parts;
}

/** True for `net/ipv4/tcp_fin_timeout`: the first separator is a slash. */
export function isSlashSeparated(rawKey: string): boolean {
  const firstDot = rawKey.indexOf('.');
  const firstSlash = rawKey.indexOf('/');
  return firstSlash >= 0 && (firstDot < 0 || firstSlash < firstDot);
}

function skipBlanks(text: string, from: number): number {
  let index = from;
  while (index < text.length && isBlank(text.charCodeAt(index))) {
    index++;
  }
  return index;
}

/** Where `text` (up to `limit`) ends once trailing blanks are dropped. */
function trimmedEnd(text: string, limit = text.length): number {
  let end = limit;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) {
    end--;
  }
  return end;
}

/** `kern.ipc.somaxconn: 128`: how macOS and FreeBSD print sysctl -a (and a Linux `sysctl -N`-less paste never does). */
const BSD_STYLE = /^[a-z][\w%-]{0,63}(?:\.[\w%-]{1,63}){1,12}: /;
