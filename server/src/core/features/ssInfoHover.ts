import type { Hover } from 'vscode-languageserver-types';
import type { DisplayLanguage } from '../i18n/localized';
import { SS_INFO_FIELDS } from '../knowledge/ssInfoFields';
import type { TcpState } from '../model/tcpState';
import { bilingual, markdownHover, pick, whenToWorry } from './hoverMarkdown';

/** Fields ss prints as `name value` with a space, rather than `name:value`. */
const SPACED_FIELDS: ReadonlySet<string> = new Set(['send', 'pacing_rate', 'delivery_rate']);

/**
 * Hover over a field of `ss -i`/`-e`/`-m`: on the indented line below a row, or a `name:value` field
 * (`uid:`, `ino:`, `skmem:(…)`) at the end of the row itself. `rowState`: the state of that row.
 */
export function ssInfoHover(lineText: string, line: number, character: number, language: DisplayLanguage, rowState?: TcpState): Hover | undefined {
  const token = tokenAt(lineText, character);
  if (!token) {
    return undefined;
  }
  const isDetailLine = /^\s/.test(lineText);
  let name = /^[a-z_0-9]+/.exec(token.text)?.[0] ?? '';
  let start = token.start;
  let end = token.end;
  const separator = token.text[name.length];
  if (/^\d/.test(token.text)) {
    const previous = neighbourToken(lineText, token.start, -1);
    if (!previous || !SPACED_FIELDS.has(previous.text)) {
      return undefined;
    }
    name = previous.text;
    start = previous.start;
  } else if (SPACED_FIELDS.has(name) && separator === undefined) {
    const next = neighbourToken(lineText, token.end, 1);
    end = next && /^\d/.test(next.text) ? next.end : end;
  } else if (separator !== ':' && separator !== undefined) {
    return undefined;
  }
  const doc = SS_INFO_FIELDS[name];
  // Outside the detail line only `name:value` fields are ss's; a bare word there is a column or a state.
  if (!doc || (!isDetailLine && separator !== ':')) {
    return undefined;
  }
  const printed = lineText.slice(start, end);
  const value = bilingual(language, (lang) => {
    const meaning = rowState === 'LISTEN' && doc.onListener ? doc.onListener : doc.meaning;
    const parts = [`**\`${printed}\`** — ${pick(meaning, lang)}`];
    if (name === 'skmem') {
      const items = /\(([^)]*)\)/.exec(printed)?.[1].split(',') ?? [];
      parts.push(items.map((item) => item.replace(/^([a-z]+)(\d+)$/, '`$1` = $2')).join(' · '));
    }
    if (doc.concern) {
      parts.push(whenToWorry(doc.concern, lang));
    }
    return parts.join('\n\n');
  });
  return markdownHover(value, line, start, end);
}

/** The token before (`direction` -1) or after (+1) the blank run next to `edge`. */
function neighbourToken(lineText: string, edge: number, direction: -1 | 1): { text: string; start: number; end: number } | undefined {
  let index = direction < 0 ? edge - 1 : edge;
  while (index >= 0 && index < lineText.length && /\s/.test(lineText[index])) {
    index += direction;
  }
  return index >= 0 && index < lineText.length ? tokenAt(lineText, index) : undefined;
}

/** The run of non-blank characters around a character offset. */
function tokenAt(lineText: string, character: number): { text: string; start: number; end: number } | undefined {
  if (character < 0 || character > lineText.length) {
    return undefined;
  }
  let start = Math.min(character, lineText.length);
  let end = start;
  while (start > 0 && !/\s/.test(lineText[start - 1])) {
    start--;
  }
  while (end < lineText.length && !/\s/.test(lineText[end])) {
    end++;
  }
  return end > start ? { text: lineText.slice(start, end), start, end } : undefined;
}
