import type { TcpState } from '../../model/tcpState';
import type { TimerToken } from '../dumpTokens';

const SS_TIMER_OPEN = 'timer:(';

/**
 * A socket timer of `ss -o` or `netstat -o` under the cursor. Found by scanning from the cursor,
 * never by matching the whole line: a pasted line can be megabytes long.
 */
export function timerToken(lineText: string, line: number, character: number, rowState: TcpState | undefined): TimerToken | undefined {
  const found = ssTimerAt(lineText, character) ?? netToolsTimerAt(lineText, character);
  return found && { kind: 'timer', line, text: lineText.slice(found.start, found.end), rowState, ...found };
}

type TimerMatch = Pick<TimerToken, 'start' | 'end' | 'name' | 'reading'>;

/** ss `-o`: `timer:(keepalive,119min,0)` around the cursor. */
function ssTimerAt(lineText: string, character: number): TimerMatch | undefined {
  // The cursor may sit on `timer` itself, so look for an opening that starts up to its length after it.
  const start = lineText.lastIndexOf(SS_TIMER_OPEN, character);
  if (start < 0 || (start > 0 && isWordCode(lineText.charCodeAt(start - 1)))) {
    return undefined;
  }
  const close = lineText.indexOf(')', start + SS_TIMER_OPEN.length);
  if (close < 0 || character > close + 1) {
    return undefined;
  }
  const firstComma = lineText.indexOf(',', start + SS_TIMER_OPEN.length);
  const secondComma = firstComma < 0 || firstComma > close ? -1 : lineText.indexOf(',', firstComma + 1);
  if (secondComma < 0 || secondComma > close) {
    return undefined;
  }
  const name = lineText.slice(start + SS_TIMER_OPEN.length, firstComma);
  const duration = lineText.slice(firstComma + 1, secondComma);
  const counter = lineText.slice(secondComma + 1, close);
  if (!WORD.test(name) || !DIGITS.test(counter)) {
    return undefined;
  }
  return { start, end: close + 1, name, reading: { tool: 'ss', duration, counter } };
}

/** net-tools `-o`: `keepalive (7187.12/0/0)`, `unkn-5 (…)` for kinds it cannot name. */
const NET_TOOLS_TIMER_NAMES: ReadonlySet<string> = new Set(['on', 'off', 'keepalive', 'timewait', 'probe']);
/** Longer than any name net-tools prints before the parenthesis. */
const MAX_NET_TOOLS_NAME = 16;

function netToolsTimerAt(lineText: string, character: number): TimerMatch | undefined {
  // The parenthesis before the cursor (cursor on the numbers), or the next one (cursor on the name).
  for (const open of [lineText.lastIndexOf('(', character), lineText.indexOf('(', character)]) {
    const found = open > 1 ? netToolsTimerOpeningAt(lineText, open) : undefined;
    if (found && character >= found.start && character <= found.end) {
      return found;
    }
  }
  return undefined;
}

function netToolsTimerOpeningAt(lineText: string, open: number): TimerMatch | undefined {
  if (lineText[open - 1] !== ' ') {
    return undefined;
  }
  let start = open - 1;
  while (start > 0 && open - 1 - start < MAX_NET_TOOLS_NAME && isNameCode(lineText.charCodeAt(start - 1))) {
    start--;
  }
  const name = lineText.slice(start, open - 1);
  if ((start > 0 && isWordCode(lineText.charCodeAt(start - 1))) || !(NET_TOOLS_TIMER_NAMES.has(name) || /^unkn-\d{1,9}$/.test(name))) {
    return undefined;
  }
  const close = lineText.indexOf(')', open);
  if (close < 0) {
    return undefined;
  }
  const parts = lineText.slice(open + 1, close).split('/', 4);
  if (parts.length !== 3 || !DECIMAL.test(parts[0]) || !DIGITS.test(parts[1]) || !DIGITS.test(parts[2])) {
    return undefined;
  }
  return { start, end: close + 1, name, reading: { tool: 'net-tools', parts: [parts[0], parts[1], parts[2]] } };
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordCode(code: number): boolean {
  return isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isNameCode(code: number): boolean {
  return isWordCode(code) || code === 45;
}

// Whole-token checks: anchored, one character class each, so linear whatever the token's length.
const WORD = /^\w+$/;
const DIGITS = /^\d+$/;
/** The seconds net-tools prints, e.g. `7187.12`. */
const DECIMAL = /^-?[\d.]+$/;
