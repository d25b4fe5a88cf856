import type { Endpoint, SocketRow } from '../model/socketTable';
import { isSsStateWord } from './iproute2Ss';
import { type Field, isBlank, isUnsignedInteger } from './textLines';

/**
 * Rows of ss that a terminal narrower than the row cut in two when the output was copied. The cut
 * can fall between fields (the tail starts with `users:((` or `timer:(`), inside a field
 * (`users:(("ngi` / `nx",pid=…`), or before the peer address (the head has too few fields).
 */

/** Terminals are at least this wide; a shorter line was not cut by one. */
export const WRAP_MIN_WIDTH = 70;

/** Longer than any ss row we join lines into, so a flood of lines cannot make joining quadratic. */
export const MAX_JOINED_ROW = 4096;

/**
 * True when a row's text stops inside a field, as when the terminal cut it: an unclosed `(` such as
 * `users:(("ngi`, or a trailing `,` `:` `=`. A complete row followed by prose is not joined.
 */
export function endsMidField(text: string): boolean {
  if (text.length > MAX_JOINED_ROW || isBlank(text.charCodeAt(text.length - 1))) {
    return false;
  }
  let depth = 0;
  let index = text.length - 1;
  for (; index >= 0 && !isBlank(text.charCodeAt(index)); index--) {
    const code = text.charCodeAt(index);
    depth += code === 40 /* ( */ ? 1 : code === 41 /* ) */ ? -1 : 0;
  }
  const last = text.charCodeAt(text.length - 1);
  return depth > 0 || last === 44 /* , */ || last === 58 /* : */ || last === 61 /* = */ || insideUsers(text);
}

/**
 * True when the text stops inside ss's `users:((…))`, whose process names may hold spaces:
 * `users:(("my worker",pid=2` was cut in the pid. Parentheses inside the quoted names do not count.
 */
function insideUsers(text: string): boolean {
  const start = text.lastIndexOf('users:((');
  if (start < 0) {
    return false;
  }
  let depth = 0;
  let quoted = false;
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 34 /* " */) {
      quoted = !quoted;
    } else if (!quoted) {
      depth += code === 40 /* ( */ ? 1 : code === 41 /* ) */ ? -1 : 0;
    }
  }
  return depth > 0;
}

/** `[netid] STATE recv-q send-q …` with too few fields to be a whole row: the start of a wrapped row. */
export function looksLikeSsRowStart(fields: readonly Field[]): boolean {
  const first = isSsStateWord(fields[0]?.text ?? '') ? 0 : isSsStateWord(fields[1]?.text ?? '') ? 1 : -1;
  return first >= 0 && fields.length >= first + 3 && isUnsignedInteger(fields[first + 1].text) && isUnsignedInteger(fields[first + 2].text);
}

/** A row joined from two lines keeps spans on its first line only, where an editor can show them. */
export function clampSpans(row: SocketRow, lineLength: number): SocketRow {
  const clamp = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: Math.min(span.start, lineLength), end: Math.min(span.end, lineLength) });
  const clampEndpoint = (endpoint: Endpoint): Endpoint => ({ address: endpoint.address, port: endpoint.port, scope: endpoint.scope, span: clamp(endpoint.span) });
  // Spelled out: rows read their columns on demand, and a spread copies no getter.
  return {
    line: row.line,
    format: row.format,
    protocol: row.protocol,
    family: row.family,
    state: row.state,
    stateText: row.stateText,
    recvQ: row.recvQ,
    sendQ: row.sendQ,
    processes: row.processes,
    stateSpan: row.stateSpan && clamp(row.stateSpan),
    processSpan: row.processSpan && clamp(row.processSpan),
    local: row.local && clampEndpoint(row.local),
    remote: row.remote && clampEndpoint(row.remote),
  };
}

/** ss fields that can start a line when the terminal wrapped a long row. */
export const SS_DETAIL_AT_START =
  /^(?:users:\(\(|timer:\(|uid:\d|ino:\d|sk:[0-9a-f]|cgroup:|v6only:|skmem:\(|<->|-->|<--|ts sack|sack |cubic|bbr|reno|wscale:|rto:|rtt:|mss:|cwnd:|bytes_|segs_|send \d|pacing_rate|delivery_rate|lastsnd:)/;
