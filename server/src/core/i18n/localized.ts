/** A text in both languages the product ships. Every user-visible string in the core is one of these. */
export interface Localized {
  readonly en: string;
  readonly zh: string;
}

/** What the reader asked for: one language, or both one after the other. */
export type DisplayLanguage = 'en' | 'zh-cn' | 'both';

/** The `netstatInsight.docs.language` setting before `auto` is resolved. */
export type LanguageSetting = DisplayLanguage | 'auto';

/** Resolves `auto` against the editor's display language (LSP `InitializeParams.locale`). */
export function resolveLanguage(setting: LanguageSetting | undefined, editorLocale: string | undefined): DisplayLanguage {
  if (setting === 'en' || setting === 'zh-cn' || setting === 'both') {
    return setting;
  }
  return isChineseLocale(editorLocale) ? 'zh-cn' : 'en';
}

/** Simplified Chinese locales; traditional (zh-tw, zh-hk) readers are better served by English for now. */
export function isChineseLocale(locale: string | undefined): boolean {
  if (!locale) {
    return false;
  }
  const lower = locale.toLowerCase();
  return lower === 'zh' || lower === 'zh-cn' || lower === 'zh-hans' || lower.startsWith('zh-hans-') || lower === 'zh-sg';
}

/** Picks the text for one language; `both` puts English first and Chinese after a separator. */
export function localize(text: Localized, language: DisplayLanguage, separator = '\n\n'): string {
  switch (language) {
    case 'en':
      return text.en;
    case 'zh-cn':
      return text.zh;
    case 'both':
      return `${text.en}${separator}${text.zh}`;
  }
}

/** Fills `{name}` placeholders in both languages. */
export function format(text: Localized, values: Readonly<Record<string, string | number>>): Localized {
  return { en: fill(text.en, values), zh: fill(text.zh, values) };
}

function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
