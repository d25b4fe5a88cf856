import type { Protocol, RowResult, SocketProcess, SocketRow } from '../model/socketTable';
import { canonicalState } from '../model/tcpState';
import { addressFamily, parseEndpoint } from './endpoint';
import { type Field, isUnsignedInteger, splitFields } from './textLines';

/**
 * Rows of Linux net-tools `netstat` (-ant, -antp, -tunap, -e, -o):
 *   Proto Recv-Q Send-Q Local Address  Foreign Address  State  [User Inode] [PID/Program name] [Timer]
 * UDP and raw rows may leave State empty; program names may contain spaces; the timer is
 * `keepalive (7187.12/0/0)`.
 */

/** Optional columns announced by the header line; unknown when a paste starts below the header. */
export interface NetToolsColumns {
  readonly user: boolean;
  readonly pidProgram: boolean;
}

const INET_PROTOCOLS: ReadonlyMap<string, { protocol: Protocol; family?: 4 | 6 }> = new Map([
  ['tcp', { protocol: 'tcp', family: 4 }],
  ['tcp6', { protocol: 'tcp', family: 6 }],
  ['udp', { protocol: 'udp', family: 4 }],
  ['udp6', { protocol: 'udp', family: 6 }],
  ['udpl', { protocol: 'udp', family: 4 }],
  ['udpl6', { protocol: 'udp', family: 6 }],
  ['raw', { protocol: 'raw', family: 4 }],
  ['raw6', { protocol: 'raw', family: 6 }],
]);

export function isNetToolsHeader(text: string): boolean {
  return /^Proto\s+Recv-Q\s+Send-Q\s+Local\s+Address/.test(text);
}

export function isNetToolsUnixHeader(text: string): boolean {
  return /^Proto\s+RefCnt\s+Flags\s+Type\s+State\s+I-Node/.test(text);
}

/** "Active Internet connections (…)", "Active UNIX domain sockets (…)", and other section titles. */
export function netToolsSectionTitle(text: string): 'inet' | 'unix' | 'other' | undefined {
  if (text.startsWith('Active Internet connections')) {
    return 'inet';
  }
  if (text.startsWith('Active UNIX domain sockets')) {
    return 'unix';
  }
  if (/^Active (Bluetooth|IPX|AX\.25|NET\/ROM|X\.25)/.test(text)) {
    return 'other';
  }
  return undefined;
}

export function columnsFromHeader(text: string): NetToolsColumns {
  return {
    user: /\bUser\s+Inode\b/.test(text),
    pidProgram: text.includes('PID/Program'),
  };
}

/** True when the first word names a protocol net-tools prints in its Internet section; the row parser judges the rest. */
export function looksLikeNetToolsRow(fields: readonly Field[]): boolean {
  return fields.length >= 5 && INET_PROTOCOLS.has(fields[0].text);
}

export function looksLikeNetToolsUnixRow(text: string): boolean {
  return /^unix\s+\d+\s+\[/.test(text);
}

/** The longest timer net-tools prints is well under this, e.g. `keepalive (7187.12/0/0)`. */
const TIMER_TAIL_LENGTH = 80;
const TIMER_AT_END = /\s(?:on|off|keepalive|timewait|probe|unkn-\d+)\s*\([^()]*\)\s*$/;

/** `fields` are the line's leading fields (at least six when the line has them). */
export function parseNetToolsRow(text: string, fields: readonly Field[], line: number, columns: NetToolsColumns | undefined): RowResult {
  if (fields.length < 5) {
    return { problem: 'too-few-columns' };
  }
  const proto = INET_PROTOCOLS.get(fields[0].text);
  if (!proto) {
    return { problem: 'unknown-format' };
  }
  if (!isUnsignedInteger(fields[1].text) || !isUnsignedInteger(fields[2].text)) {
    return { problem: 'bad-queue' };
  }
  const local = parseEndpoint(fields[3].text, fields[3].start);
  const remote = parseEndpoint(fields[4].text, fields[4].start);
  if (!local || !remote) {
    return { problem: 'bad-address' };
  }

  let restStart = fields.length > 5 ? fields[5].start : text.length;
  let state: ReturnType<typeof canonicalState>;
  let stateText: string | undefined;
  let stateSpan: SocketRow['stateSpan'];
  if (fields.length > 5) {
    const candidate = fields[5].text;
    state = canonicalState(candidate);
    const isRawState = proto.protocol === 'raw' && isUnsignedInteger(candidate);
    if (state || isRawState || candidate === 'UNKNOWN') {
      stateText = candidate;
      stateSpan = { start: fields[5].start, end: fields[5].start + candidate.length };
      restStart = fields[5].start + candidate.length;
    }
  }
  if (proto.protocol === 'tcp' && !state) {
    return { problem: 'unknown-state' };
  }

  const process = parseProgramColumns(text, restStart, columns);
  const family = proto.family === 6 || addressFamily(local.address) === 6 ? 6 : proto.family;
  return {
    row: {
      line,
      format: 'netstat-linux',
      protocol: proto.protocol,
      family,
      state: proto.protocol === 'tcp' ? state : undefined,
      stateText,
      stateSpan,
      recvQ: Number(fields[1].text),
      sendQ: Number(fields[2].text),
      local,
      remote,
      processes: process ? [process.process] : [],
      processSpan: process?.span,
    },
  };
}

/** Reads `[User Inode] [PID/Program name] [Timer]` from what follows the state column. */
function parseProgramColumns(
  text: string,
  restStart: number,
  columns: NetToolsColumns | undefined,
): { process: SocketProcess; span: { start: number; end: number } } | undefined {
  const restEnd = restStart + timerStart(text.slice(restStart));
  let offset = restStart;
  let rest = text.slice(restStart, restEnd);
  const leading = splitFields(rest, 3);
  const hasUserColumns =
    columns?.user ?? (leading.length >= 3 && isUnsignedInteger(leading[1].text) && !leading[0].text.includes('/'));
  if (hasUserColumns) {
    if (leading.length < 2) {
      return undefined;
    }
    offset += leading[1].start + leading[1].text.length;
    rest = text.slice(offset, restEnd);
  }
  if (columns && !columns.pidProgram) {
    return undefined;
  }
  const trimmedStart = rest.length - rest.trimStart().length;
  const program = rest.trim();
  if (program.length === 0 || program === '-') {
    return undefined;
  }
  const slash = program.indexOf('/');
  const pidText = slash > 0 ? program.slice(0, slash) : '';
  if (!isUnsignedInteger(pidText)) {
    return undefined;
  }
  const start = offset + trimmedStart;
  return {
    process: { pid: Number(pidText), name: program.slice(slash + 1) },
    span: { start, end: start + program.length },
  };
}

/** Where a trailing `-o` timer starts in `rest`, or rest.length; only the tail is searched so a huge line stays linear. */
function timerStart(rest: string): number {
  const tailStart = Math.max(0, rest.length - TIMER_TAIL_LENGTH);
  const timer = TIMER_AT_END.exec(rest.slice(tailStart));
  return timer ? tailStart + timer.index : rest.length;
}
