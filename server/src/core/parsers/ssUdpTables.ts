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
 * The socket type of the ss table whose rows start at text[from]: 'udp' when its rows show UNCONN and
 * no TCP-only state, else 'tcp'. Reads each row's first word (after any quote marker or indent) up to
 * the end of the table: a blank line or a line that is no row; an indented line is a row's detail.
 */
export function ssTableProtocolOfRows(text: string, from: number): Protocol {
  let unconnected = false;
  let start = from;
  for (let rows = 0; rows < MAX_ROWS_READ && start < text.length; rows++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const word = firstWord(text, start, end);
    if (word === '') {
      break;
    }
    if (word === 'UNCONN') {
      unconnected = true;
    } else if (TCP_ONLY_STATES.has(word)) {
      return 'tcp';
    } else if (word !== 'ESTAB' && !isBlankCode(text.charCodeAt(start))) {
      break;
    }
    start = end + 1;
  }
  return unconnected ? 'udp' : 'tcp';
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
