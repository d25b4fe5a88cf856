import type { HistogramColumn } from '../model/histogram';
import { canonicalState, lookupStateSpelling, type TcpState } from '../model/tcpState';
import { ipv4NumberIn } from './endpoint';
import { runsSocketTool } from './shellCommand';
import { type Field, unsignedIntegerIn } from './textLines';

/**
 * Histograms people make of a socket table and paste instead of it:
 *   `netstat -n | awk '/^tcp/ {++S[$NF]} END {for(a in S) print a, S[a]}'`   →  `TIME_WAIT 814`
 *   `ss -tan | awk 'NR>1{print $1}' | sort | uniq -c | sort -rn`              →  `   2310 TIME-WAIT`
 *   `netstat -ntu | awk '{print $5}' | cut -d: -f1 | sort | uniq -c | sort -n` →  `      7 10.0.0.5`
 *   `netstat -an | grep -c TIME_WAIT`                                        →  `814`
 * This module reads what their commands say and what one of their lines holds; the format module
 * (formats/histogramFormat.ts) decides which lines form a histogram.
 */

/** What the command of a histogram says about the lines it prints. */
export interface HistogramCommand {
  /** The column it counts, when the command tells (the field awk prints, a `cut`, the tool's column order). */
  readonly column?: HistogramColumn;
  /** The state `grep -c STATE` (or `grep STATE | wc -l`) counts: the output is one bare number. */
  readonly counted?: TcpState;
  /** True when its lines print the count first (`uniq -c`), false when after the value (awk's `print a, S[a]`). */
  readonly countFirst?: boolean;
}

/** The longest command looked at: prompts are cut at 2,000 characters, and a pipeline is never that long. */
const MAX_COMMAND = 2_000;

/**
 * What a prompt's command counts, when it is a histogram of a socket table: ss or netstat piped into
 * `uniq -c`, an awk that counts (`++S[$NF]`, `S[$5]++`), `grep -c` or `wc -l`. Undefined for anything else.
 */
export function histogramCommand(command: string): HistogramCommand | undefined {
  if (command.length > MAX_COMMAND || !command.includes('|') || !runsSocketTool(command)) {
    return undefined;
  }
  const stages = command.split('|').map((stage) => stage.trim());
  const tool = stages[0].split(/\s+/, 16);
  const toolIndex = tool.findIndex((word) => /(?:^|\/)(?:ss|netstat)$/.test(word));
  if (toolIndex < 0) {
    return undefined;
  }
  const flags = new Set(tool.slice(toolIndex + 1).filter((word) => /^-[A-Za-z]/.test(word) && !word.startsWith('--')).flatMap((word) => [...word.slice(1)]));
  const counted = countedState(stages);
  if (counted !== undefined) {
    return counted === null ? undefined : { column: 'state', counted };
  }
  const uniqStage = stages.findIndex((stage) => /^uniq\s+(?:-\w*c|--count)/.test(stage));
  const awkStage = stages.findIndex((stage, index) => index > 0 && /^(?:g|m)?awk\b/.test(stage));
  const awk = awkStage < 0 ? '' : stages[awkStage];
  const awkCounts = /\+\+\s*\w{1,32}\[|\]\s*\+\+/.test(awk);
  if (uniqStage < 0 && !awkCounts) {
    return undefined;
  }
  const column = columnOfField(tool[toolIndex].endsWith('ss') ? 'ss' : 'netstat', flags, fieldPrinted(awk), stages.slice(Math.max(awkStage, 1)));
  // awk's END prints `a, S[a]` (value first) or `S[a], a` (count first); `uniq -c` puts the count first.
  const countFirst = awkCounts && uniqStage < 0 ? /print\s+\w{1,32}\s*\[\s*\w{1,32}\s*\]\s*,/.test(awk) : true;
  return column === undefined ? { countFirst } : { column, countFirst };
}

/**
 * The state `grep -c WORD`, `grep WORD | wc -l` or cmd.exe's `find /c "WORD"` counts; null when it counts something other than a
 * state (a port, an address); undefined when the pipeline does not count matching lines.
 */
function countedState(stages: readonly string[]): TcpState | null | undefined {
  const last = stages[stages.length - 1];
  // cmd.exe: `netstat -an | find /c "TIME_WAIT"`.
  const windowsCount = /^find\s+\/[cC]\s+"([^"]{1,40})"\s*$/.exec(last);
  if (windowsCount) {
    return canonicalState(windowsCount[1]) ?? null;
  }
  const grepIndex = stages.findIndex((stage, index) => index > 0 && /^e?grep\b/.test(stage));
  if (grepIndex < 0) {
    return undefined;
  }
  const grep = stages[grepIndex];
  const counts = /^e?grep\s(?:.*\s)?-\w*c/.test(grep) || (grepIndex < stages.length - 1 && /^wc\s+-l\s*$/.test(last));
  if (!counts) {
    return undefined;
  }
  const words = grep.split(/\s+/).slice(1).filter((word) => !word.startsWith('-'));
  if (words.length !== 1) {
    return null;
  }
  return canonicalState(words[0].replace(/^['"]|['"]$/g, '')) ?? null;
}

/** The field an awk program prints or counts first: `$5` → 5, `$NF` → 'NF'; undefined when none. */
function fieldPrinted(awk: string): number | 'NF' | undefined {
  const match = /\$(NF|\d{1,2})\b/.exec(awk);
  return match ? (match[1] === 'NF' ? 'NF' : Number(match[1])) : undefined;
}

/**
 * The column a printed field is, by the tool's column order: netstat prints Proto Recv-Q Send-Q Local
 * Foreign State PID/Program; ss prints State Recv-Q Send-Q Local Peer Process, after a Netid column
 * unless one socket type was asked for. A `cut -d: -f1` after it keeps a peer's host, `-f2` a port.
 */
function columnOfField(tool: 'ss' | 'netstat', flags: ReadonlySet<string>, field: number | 'NF' | undefined, later: readonly string[]): HistogramColumn | undefined {
  if (field === undefined) {
    return undefined;
  }
  const types = ['t', 'u', 'x', 'w'].filter((flag) => flags.has(flag)).length;
  const shift = tool === 'ss' && types !== 1 ? 1 : 0;
  const owners = flags.has('p');
  const columns: Record<string, HistogramColumn> =
    tool === 'netstat' ? { 4: 'local-endpoint', 5: 'remote-endpoint', 6: 'state', 7: 'process', NF: owners ? 'process' : 'state' } : { [1 + shift]: 'state', [4 + shift]: 'local-endpoint', [5 + shift]: 'remote-endpoint', [6 + shift]: 'process', NF: owners ? 'process' : 'remote-endpoint' };
  const column = Object.hasOwn(columns, String(field)) ? columns[String(field)] : undefined;
  const cut = later.map((stage) => /^cut\s.*-f\s?(\d)/.exec(stage)?.[1] ?? (/^awk\s+-F\s?['"]?:/.test(stage) ? 'port' : undefined)).find((part) => part !== undefined);
  if (column === 'remote-endpoint' && cut === '1') {
    return 'remote-host';
  }
  if ((column === 'local-endpoint' || column === 'remote-endpoint') && cut !== undefined && cut !== '1') {
    return column === 'local-endpoint' ? 'local-port' : undefined;
  }
  return column;
}

/** A line of a histogram as printed: its count and, unless the line is a bare count, its value. */
export interface HistogramLineRead {
  readonly count: number;
  readonly countField: Field;
  readonly valueField?: Field;
  /** `uniq -c`'s own layout: the count right-aligned in seven columns and one space. */
  readonly padded: boolean;
}

/** Counts beyond this are no socket counts (a machine holds a few million sockets at most). */
const MAX_COUNT = 1_000_000_000;

/**
 * The count and value of a line of one or two fields, `fields` as splitFields gave them (up to a few).
 * With two numbers (a port histogram), `countFirst` decides; without it, the count comes first.
 */
export function readHistogramLine(text: string, fields: readonly Field[], countFirst: boolean | undefined): HistogramLineRead | undefined {
  if (fields.length === 1) {
    const count = countOf(fields[0]);
    return count < 0 ? undefined : { count, countField: fields[0], padded: isPadded(text, fields[0]) };
  }
  if (fields.length !== 2) {
    return undefined;
  }
  const [first, second] = fields;
  const firstCount = countOf(first);
  const secondCount = countOf(second);
  const leading = firstCount >= 0 && (secondCount < 0 || countFirst !== false || first.start > 0);
  // Neither awk's ++ nor uniq -c ever prints a zero beside a value: `ESTAB 0` is an ss row cut short.
  if (leading) {
    return firstCount === 0 ? undefined : { count: firstCount, countField: first, valueField: second, padded: isPadded(text, first) };
  }
  return secondCount <= 0 ? undefined : { count: secondCount, countField: second, valueField: first, padded: false };
}

function countOf(field: Field): number {
  const count = field.text.length <= 10 ? unsignedIntegerIn(field.text, 0, field.text.length) : -1;
  return count > MAX_COUNT ? -1 : count;
}

function isPadded(text: string, count: Field): boolean {
  const end = count.start + count.text.length;
  return count.start > 0 && end >= 7 && text.charCodeAt(end) === 32;
}

/** What a value is by its shape alone, or 'residue' for a word of a header line; undefined when none of ours. */
export type ValueKind = HistogramColumn | 'residue';

/**
 * Words the pipelines count from the title and header lines of netstat and ss (`netstat -an | awk
 * '{print $6}'` counts `Foreign` and `established)`): understood, but no socket.
 */
const HEADER_WORDS: ReadonlySet<string> = new Set([
  'State', 'Netid', 'Proto', 'Recv-Q', 'Send-Q', 'Local', 'Peer', 'Foreign', 'Address', 'Address:Port', 'Process', 'PID/Program',
  'Active', 'Internet', 'connections', '(servers', '(only', '(w/o', 'servers)', 'established)', 'and', 'name', 'Program', '-',
  // ss's listener peer `[::]:*` and `*:*`, cut at the first colon.
  '[', '[::]',
]);

export function valueKind(value: string): ValueKind | undefined {
  // The peer of a listener (`0.0.0.0:*` cut at the colon) is no host.
  if (value === '' || HEADER_WORDS.has(value) || value === '0.0.0.0' || value === '::' || value === '*') {
    return 'residue';
  }
  if (value.length > 256) {
    return undefined;
  }
  // Tools print states in capitals; `established)` of a netstat title is no state.
  const spelling = lookupStateSpelling(value);
  if (spelling && spelling.spelling === value) {
    return 'state';
  }
  if (isHostAddress(value, 0, value.length)) {
    return 'remote-host';
  }
  const colon = value.lastIndexOf(':');
  if (colon > 0) {
    const port = value.slice(colon + 1);
    const host = value.charCodeAt(0) === 91 /* [ */ && value.charCodeAt(colon - 1) === 93 /* ] */ ? [1, colon - 1] : [0, colon];
    if (isHostAddress(value, host[0], host[1]) || (host[0] === 0 && isMappedIpv4(value, 0, colon))) {
      // A listener's peer (`0.0.0.0:*`) is no connection to anyone.
      return port === '*' ? 'residue' : isPort(port) ? 'remote-endpoint' : undefined;
    }
  }
  if (isPort(value)) {
    return 'local-port';
  }
  return PROCESS_NAME.test(value) ? 'process' : undefined;
}

/** The first group of an IPv6 address, all `cut -d: -f1` leaves of an IPv6 peer: `fd88` of netstat's, `[fd88` of ss's bracketed one. */
export function isCutIpv6Group(value: string): boolean {
  return /^\[?[0-9A-Fa-f]{1,4}$/.test(value);
}

/**
 * A program's name as the pipelines leave it: `nginx`, `java`, netstat's `812/nginx`, ss's
 * `users:(("nginx",pid=812,fd=6))` (or what awk leaves of it) or the name cut from it. At least one letter.
 */
const PROCESS_NAME = /^(?:\d{1,10}\/)?[\w.@+:-]{0,63}[A-Za-z][\w.@+:-]{0,63}$|^users:\(\("[^"]{1,64}/;

/** The program a process value names: netstat's `812/nginx` → nginx, ss's `users:(("nginx",…` → nginx. */
export function processNameOf(value: string): string {
  // awk cuts a name with a space in it: `users:(("my` of `users:(("my worker",pid=…`.
  const quoted = /^users:\(\("([^"]{1,64})/.exec(value);
  if (quoted) {
    return quoted[1];
  }
  const slash = value.indexOf('/');
  return slash > 0 && unsignedIntegerIn(value, 0, slash) >= 0 ? value.slice(slash + 1) : value;
}

function isPort(text: string): boolean {
  const port = text.length <= 5 ? unsignedIntegerIn(text, 0, text.length) : -1;
  return port >= 0 && port <= 65535;
}

/** An IPv4 address, or an IPv6 one (hex groups and colons, two colons at least; an IPv4 tail allowed). */
export function isHostAddress(text: string, start: number, end: number): boolean {
  if (ipv4NumberIn(text, start, end) >= 0) {
    return true;
  }
  if (end - start < 2 || end - start > 45) {
    return false;
  }
  let colons = 0;
  let lastColon = -1;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 58 /* : */) {
      colons++;
      lastColon = index;
    } else if (code === 46 /* . */) {
      return colons >= 2 && ipv4NumberIn(text, lastColon + 1, end) >= 0;
    } else if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70))) {
      return false;
    }
  }
  return colons >= 2;
}

/** `::ffff:10.0.0.2`: netstat prints an IPv4-mapped peer's endpoint unbracketed (`::ffff:10.0.0.2:5432`). */
function isMappedIpv4(text: string, start: number, end: number): boolean {
  return text.startsWith('::ffff:', start) && ipv4NumberIn(text, start + 7, end) >= 0;
}
