import type { ParsedSysctlFile, SysctlEntry, SysctlSyntaxProblem } from '../model/sysctlFile';
import { forEachLine, hasControlCharacters, isBlank } from './textLines';

/**
 * Parses sysctl.conf / sysctl.d/*.conf (procps and systemd-sysctl syntax) and `sysctl -a` output:
 * `key = value` or `key=value`; `#` and `;` start a comment line; a leading `-` means "ignore a
 * failure"; keys may use `/` instead of `.` as separator; list values keep their tabs or spaces.
 */
export function parseSysctlFile(text: string): ParsedSysctlFile {
  const entries: SysctlEntry[] = [];
  const problems: SysctlSyntaxProblem[] = [];
  const toolMessages: number[] = [];
  let commentLines = 0;
  let spacedEquals = 0;
  let lineCount = 0;
  // A key's reading, once per distinct spelling: generated files repeat a few keys many times.
  const keys = new Map<string, ParsedKey>();

  forEachLine(text, (lineText, line) => {
    lineCount = line + 1;
    let start = 0;
    while (start < lineText.length && isBlank(lineText.charCodeAt(start))) {
      start++;
    }
    if (start === lineText.length) {
      return;
    }
    const first = lineText[start];
    if (first === '#' || first === ';') {
      commentLines++;
      return;
    }
    if (lineText.startsWith('sysctl: ', start)) {
      toolMessages.push(line);
      return;
    }
    const equals = lineText.indexOf('=', start);
    const end = trimmedEnd(lineText);
    if (equals < 0) {
      problems.push({ line, span: { start, end }, kind: hasControlCharacters(lineText) ? 'binary' : BSD_STYLE.test(lineText.slice(start)) ? 'bsd-style' : 'missing-equals' });
      return;
    }
    const ignoreFailure = first === '-';
    const keyStart = ignoreFailure ? skipBlanks(lineText, start + 1) : start;
    const keyEnd = trimmedEnd(lineText, equals);
    if (keyEnd <= keyStart) {
      problems.push({ line, span: { start, end }, kind: 'empty-key' });
      return;
    }
    const rawKey = lineText.slice(keyStart, keyEnd);
    const parsedKey = keys.get(rawKey) ?? parseKey(rawKey);
    if (!parsedKey) {
      problems.push({ line, span: { start: keyStart, end: keyEnd }, kind: hasControlCharacters(rawKey) ? 'binary' : 'bad-key' });
      return;
    }
    const valueStart = skipBlanks(lineText, equals + 1);
    const valueEnd = Math.max(valueStart, end);
    if (lineText.charCodeAt(equals - 1) === 32 && lineText.charCodeAt(equals + 1) === 32) {
      spacedEquals++;
    }
    keys.set(rawKey, parsedKey);
    entries.push({
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
  });

  const isSnapshot =
    entries.length >= SNAPSHOT_MIN_ENTRIES && commentLines === 0 && spacedEquals === entries.length && problems.length === 0;
  return { entries, problems, toolMessages, lineCount, isSnapshot };
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
