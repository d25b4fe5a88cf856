import type { WorkspaceContext } from '../analysis/sysctlContext';
import { type Hover, MarkupKind, Range } from 'vscode-languageserver-types';
import type { DisplayLanguage, Localized } from '../i18n/localized';
import type { HoverDetail } from '../settings';
import { ExplainStateCommand } from './editorCommands';

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

/** Text from a document longer than this is cut in hovers: a pasted token can be megabytes long. */
export const MAX_SHOWN_DOCUMENT_TEXT = 80;

/** The start of `text`, with an ellipsis when it was longer than `max` characters. */
export function shortened(text: string, max = MAX_SHOWN_DOCUMENT_TEXT): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Characters markdown gives a meaning to; a backslash before each makes it plain text. */
const MARKDOWN_PUNCTUATION: ReadonlySet<number> = new Set([...'\\`*_{}[]()#+-.!|<>~'].map((character) => character.charCodeAt(0)));

/**
 * Document text made inert in markdown: every punctuation character markdown reads is escaped, so a
 * process named `![](https://…)` or `[x](command:…)` shows as written and fetches or runs nothing.
 * Line breaks become spaces, so the text cannot start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  let escaped = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (MARKDOWN_PUNCTUATION.has(code)) {
      escaped += `\\${text[index]}`;
    } else if (code === 10 || code === 13) {
      escaped += ' ';
    } else {
      escaped += text[index];
    }
  }
  return escaped;
}

/**
 * Document text as inline code: the fence is one backtick longer than the longest run of backticks
 * in the text, so the text cannot close it early; nothing inside a code span is read as markdown.
 */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]/g, ' ');
  let longestRun = 0;
  let run = 0;
  for (let index = 0; index < flat.length; index++) {
    run = flat.charCodeAt(index) === 96 ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  const fence = '`'.repeat(longestRun + 1);
  // A code span that starts or ends with a backtick needs a space between it and the fence.
  const padding = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${flat}${padding}${fence}`;
}

/** Document text for a hover: cut to a readable length, then escaped. */
export function documentText(text: string): string {
  return escapeMarkdown(shortened(text));
}

/** Document text for a hover, as inline code: cut to a readable length. */
export function documentCode(text: string): string {
  return inlineCode(shortened(text));
}

/** How much a hover says, and for which document (for the link of a brief hover to the rest). */
export interface HoverOptions {
  readonly detail: HoverDetail;
  /** The document hovered; without it a brief hover has no link to the rest. */
  readonly uri?: string;
  /** The workspace's sysctl files: a sysctl key hover says which value they leave in effect. */
  readonly workspace?: WorkspaceContext;
}

/** What callers that do not say get: everything, without a link. */
export const FULL_HOVER: HoverOptions = { detail: 'full' };

/** A brief hover links to the rest when it left something out and knows its document. */
export function wantsExplainLink(options: HoverOptions): options is HoverOptions & { readonly uri: string } {
  return options.detail === 'brief' && options.uri !== undefined;
}

const FULL_EXPLANATION: Localized = { en: 'Full explanation', zh: '完整说明' };

/**
 * The link a brief hover ends with, in both languages: it runs the explain command, which opens the full
 * text of the hover at `line`/`character`. `word` (a state, a key…) titles that text. The client trusts
 * this one command in hovers and no other. The arguments are JSON, percent-encoded including the
 * parentheses and quotes encodeURIComponent leaves alone, so no document text can end the link early;
 * they are encoded once for both languages of a bilingual hover.
 */
export function explainLink(uri: string, word: string, line: number, character: number): Localized {
  const args: ExplainStateCommand.Args = { uri, state: shortened(word), line, character };
  const encoded = encodeURIComponent(JSON.stringify([args])).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  const target = `(command:${ExplainStateCommand.id}?${encoded})`;
  return { en: `[${FULL_EXPLANATION.en}]${target}`, zh: `[${FULL_EXPLANATION.zh}]${target}` };
}
