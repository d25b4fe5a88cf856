import { type Hover, MarkupKind, Range } from 'vscode-languageserver-types';
import type { DisplayLanguage, Localized } from '../i18n/localized';

/** Shared by every hover: how texts are picked per language and laid out. */

export type Lang = 'en' | 'zh';

/** Renders once per language and joins them as the `both` setting asks: English, a rule, Chinese. */
export function bilingual(language: DisplayLanguage, render: (lang: Lang) => string): string {
  if (language === 'both') {
    return `${render('en')}\n\n---\n\n${render('zh')}`;
  }
  return render(language === 'zh-cn' ? 'zh' : 'en');
}

export function pick(text: Localized, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/** The colon each language puts after a label. */
export function colon(lang: Lang): string {
  return lang === 'en' ? ':' : '：';
}

/** A bold lead-in label. */
export function lead(label: Localized, lang: Lang): string {
  return `**${pick(label, lang)}${colon(lang)}**`;
}

/** Items joined the way each language lists things: `a, b` or `a、b`. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'en' ? ', ' : '、');
}

/** "Related settings: `a`, `b`": the line several hovers end with. */
export function relatedSettings(keys: readonly string[], lang: Lang): string {
  return `${lead({ en: 'Related settings', zh: '相关参数' }, lang)} ${keyList(keys, lang)}`;
}

/** "When to worry: …", for fields and timers whose values can signal trouble. */
export function whenToWorry(text: Localized, lang: Lang): string {
  return `${lead({ en: 'When to worry', zh: '何时需要关注' }, lang)} ${pick(text, lang)}`;
}

/** Sysctl keys as inline code, in a list. */
export function keyList(keys: readonly string[], lang: Lang): string {
  return joinList(keys.map((key) => `\`${key}\``), lang);
}

/** A parenthesis after a heading word: ` (x)` in English, `（x）` in Chinese. */
export function parenthesized(text: string, lang: Lang): string {
  return lang === 'en' ? ` (${text})` : `（${text}）`;
}

export function markdownHover(value: string, line: number, start: number, end: number): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: Range.create(line, start, line, end) };
}

/**
 * Where a phrase (a header such as `Local Address`) stands alone in a line: not inside a longer word.
 * With `camelGlue`, a phrase glued to the next one at a case change still counts: ss prints
 * `Peer Address:PortProcess` when the columns run together.
 */
export function phraseOccurrences(
  lineText: string,
  phrase: string,
  options: { readonly ignoreCase?: boolean; readonly camelGlue?: boolean } = {},
): { start: number; end: number }[] {
  const haystack = options.ignoreCase ? lineText.toLowerCase() : lineText;
  const needle = options.ignoreCase ? phrase.toLowerCase() : phrase;
  const found: { start: number; end: number }[] = [];
  let from = 0;
  for (;;) {
    const start = haystack.indexOf(needle, from);
    if (start < 0) {
      return found;
    }
    const end = start + needle.length;
    const before = lineText[start - 1] ?? ' ';
    const after = lineText[end] ?? ' ';
    const gluedBefore = options.camelGlue === true && /\p{Ll}/u.test(before) && /\p{Lu}/u.test(phrase[0]);
    const gluedAfter = options.camelGlue === true && /\p{Lu}/u.test(after);
    if ((!WORD_CHARACTER.test(before) || gluedBefore) && (!WORD_CHARACTER.test(after) || gluedAfter)) {
      found.push({ start, end });
    }
    from = start + 1;
  }
}

const WORD_CHARACTER = /[\p{L}\p{N}_-]/u;

/** The word made of letters, digits, `_` and `-` around a character offset. */
export function wordAt(text: string, character: number): { word: string; start: number; end: number } | undefined {
  const isWordChar = (code: number) =>
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
  let start = Math.min(character, text.length);
  let end = start;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) {
    start--;
  }
  while (end < text.length && isWordChar(text.charCodeAt(end))) {
    end++;
  }
  return end > start ? { word: text.slice(start, end), start, end } : undefined;
}
