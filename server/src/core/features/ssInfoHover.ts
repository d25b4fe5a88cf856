import type { Hover } from 'vscode-languageserver-types';
import type { DisplayLanguage } from '../i18n/localized';
import type { SsInfoToken } from './dumpTokens';
import { bilingual, documentCode, documentText, markdownHover, pick, whenToWorry } from './hoverMarkdown';

/** skmem has nine counters; a longer list is not ss's and is only read this far. */
const MAX_SKMEM_TEXT = 200;

/** Hover over a field of `ss -i`/`-e`/`-m`; on a listener some fields mean something else. */
export function ssInfoHover(token: SsInfoToken, language: DisplayLanguage): Hover {
  const { doc, text: printed } = token;
  const value = bilingual(language, (lang) => {
    const meaning = token.rowState === 'LISTEN' && doc.onListener ? doc.onListener : doc.meaning;
    const parts = [`**${documentCode(printed)}** — ${pick(meaning, lang)}`];
    if (token.name === 'skmem') {
      parts.push(skmemItems(printed));
    }
    if (doc.concern) {
      parts.push(whenToWorry(doc.concern, lang));
    }
    return parts.join('\n\n');
  });
  return markdownHover(value, token.line, token.start, token.end);
}

/** `skmem:(r0,rb131072,…)` read out as `r` = 0 · `rb` = 131072 · …, found without a regex over the token. */
function skmemItems(printed: string): string {
  const open = printed.indexOf('(');
  const close = open < 0 ? -1 : printed.indexOf(')', open);
  if (close < 0) {
    return '';
  }
  const inner = printed.slice(open + 1, Math.min(close, open + 1 + MAX_SKMEM_TEXT));
  return inner
    .split(',')
    .map((item) => {
      const letters = leadingLetters(item);
      return letters > 0 && letters < item.length && isAllDigits(item, letters) ? `\`${item.slice(0, letters)}\` = ${item.slice(letters)}` : documentText(item);
    })
    .join(' · ');
}

function leadingLetters(text: string): number {
  let index = 0;
  while (index < text.length && text.charCodeAt(index) >= 97 && text.charCodeAt(index) <= 122) {
    index++;
  }
  return index;
}

function isAllDigits(text: string, from: number): boolean {
  for (let index = from; index < text.length; index++) {
    if (!isDigit(text.charCodeAt(index))) {
      return false;
    }
  }
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
