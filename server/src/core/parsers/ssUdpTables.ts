import type { Protocol } from '../model/socketTable';

/**
 * `ss -uan` and `ss -ulpn` print the same header as `ss -tan` (no Netid column: one socket type).
 * Without the command, only the rows tell: ss prints UNCONN for a socket in the kernel's CLOSE state,
 * which is what an unconnected UDP socket is, but also for TCP sockets in it (`-a` and `-l` ask for that
 * state; `-B` lists bound, inactive TCP sockets as UNCONN too). UDP has no other state than UNCONN and
 * ESTAB, so a table showing UNCONN and none of TCP's own states is UDP; one TCP-only state makes it TCP.
 */

/** States only a TCP socket has, as ss spells them. */
const TCP_ONLY_STATES: ReadonlySet<string> = new Set(['LISTEN', 'SYN-SENT', 'SYN-RECV', 'FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT', 'CLOSE-WAIT', 'LAST-ACK', 'CLOSING']);

/** Rows looked at below a header: enough for any table that has a TCP state near its top, and a bound on crafted text. */
const MAX_ROWS_READ = 4096;

/**
 * What the rows of a table told: its socket type, and how many of its rows that rests on. `rows` is
 * undefined when it rests on the whole table, down to the line that ends it (an edit anywhere in it,
 * or one that joins a line to it, may change the answer).
 */
export interface TableProtocolByRows {
  readonly protocol: Protocol;
  readonly rows: number | undefined;
}

/**
 * The socket type of the ss table whose rows start at text[from]: 'udp' when its rows show UNCONN and
 * no TCP-only state, else 'tcp'. Reads each row's first word (after any quote marker or indent) up to
 * the first TCP-only state, or the end of the table: a blank line or a line that is no row; an indented
 * line is a row's detail.
 */
export function ssTableProtocolOfRows(text: string, from: number): TableProtocolByRows {
  let unconnected = false;
  let start = from;
  let rows = 0;
  for (let lines = 0; lines < MAX_ROWS_READ; lines++) {
    if (start >= text.length) {
      return { protocol: unconnected ? 'udp' : 'tcp', rows: undefined };
    }
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const word = firstWord(text, start, end);
    if (word === 'UNCONN' || word === 'ESTAB') {
      unconnected ||= word === 'UNCONN';
      rows++;
    } else if (TCP_ONLY_STATES.has(word)) {
      return { protocol: 'tcp', rows: rows + 1 };
    } else if (word === '' || !isBlankCode(text.charCodeAt(start))) {
      return { protocol: unconnected ? 'udp' : 'tcp', rows: undefined };
    }
    start = end + 1;
  }
  // As far as it read: the rows below are not looked at, by this parse or any other.
  return { protocol: unconnected ? 'udp' : 'tcp', rows };
}

/** The first word of text[start, end) after blanks and quote markers; '' for a blank line. */
function firstWord(text: string, start: number, end: number): string {
  let at = start;
  while (at < end && (isBlankCode(text.charCodeAt(at)) || text.charCodeAt(at) === 62 /* > */)) {
    at++;
  }
  let stop = at;
  // State words are short: a long first word is no state.
  while (stop < end && stop - at <= 12 && !isBlankCode(text.charCodeAt(stop))) {
    stop++;
  }
  return text.slice(at, stop);
}

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}
