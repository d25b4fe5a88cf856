import { ownEntry } from '../../knowledge/ownEntry';
import { SS_INFO_FIELDS } from '../../knowledge/ssInfoFields';
import type { TcpState } from '../../model/tcpState';
import type { SsInfoToken } from '../dumpTokens';

/** Fields ss prints as `name value` with a space, rather than `name:value`. */
const SPACED_FIELDS: ReadonlySet<string> = new Set(['send', 'pacing_rate', 'delivery_rate']);

/**
 * A field of `ss -i`/`-e`/`-m` under the cursor: on the indented line below a row, or a `name:value`
 * field (`uid:`, `ino:`, `skmem:(…)`) at the end of the row itself. `rowState`: the state of that row.
 */
export function ssInfoToken(lineText: string, line: number, character: number, rowState: TcpState | undefined): SsInfoToken | undefined {
  const token = blankDelimitedAt(lineText, character);
  if (!token) {
    return undefined;
  }
  const isDetailLine = isBlank(lineText.charCodeAt(0));
  let name = leadingName(token.text);
  let start = token.start;
  let end = token.end;
  const separator = token.text[name.length];
  if (isDigit(token.text.charCodeAt(0))) {
    const previous = neighbourToken(lineText, token.start, -1);
    if (!previous || !SPACED_FIELDS.has(previous.text)) {
      return undefined;
    }
    name = previous.text;
    start = previous.start;
  } else if (SPACED_FIELDS.has(name) && separator === undefined) {
    const next = neighbourToken(lineText, token.end, 1);
    end = next && isDigit(next.text.charCodeAt(0)) ? next.end : end;
  } else if (separator !== ':' && separator !== undefined) {
    return undefined;
  }
  const doc = ownEntry(SS_INFO_FIELDS, name);
  // Outside the detail line only `name:value` fields are ss's; a bare word there is a column or a state.
  if (!doc || (!isDetailLine && separator !== ':')) {
    return undefined;
  }
  return { kind: 'ss-info', line, start, end, text: lineText.slice(start, end), name, doc, rowState };
}

/** `[a-z_0-9]+` at the start of a token: the field's name. */
function leadingName(text: string): string {
  let index = 0;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!(isDigit(code) || (code >= 97 && code <= 122) || code === 95)) {
      break;
    }
  }
  return text.slice(0, index);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The blanks ss separates fields with (NaN, past the end, is none). */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 11 || code === 12 || code === 160;
}

/** The token before (`direction` -1) or after (+1) the blank run next to `edge`. */
function neighbourToken(lineText: string, edge: number, direction: -1 | 1): { text: string; start: number; end: number } | undefined {
  let index = direction < 0 ? edge - 1 : edge;
  while (index >= 0 && index < lineText.length && isBlank(lineText.charCodeAt(index))) {
    index += direction;
  }
  return index >= 0 && index < lineText.length ? blankDelimitedAt(lineText, index) : undefined;
}

/** The run of non-blank characters around a character offset. */
function blankDelimitedAt(lineText: string, character: number): { text: string; start: number; end: number } | undefined {
  if (character < 0 || character > lineText.length) {
    return undefined;
  }
  let start = Math.min(character, lineText.length);
  let end = start;
  while (start > 0 && !isBlank(lineText.charCodeAt(start - 1))) {
    start--;
  }
  while (end < lineText.length && !isBlank(lineText.charCodeAt(end))) {
    end++;
  }
  return end > start ? { text: lineText.slice(start, end), start, end } : undefined;
}
