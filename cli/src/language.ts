import { format, type Localized, localize } from '../../server/src/core/i18n/localized';

/** The languages the command line speaks: one at a time, so output stays easy to parse and read. */
export type CliLanguage = 'en' | 'zh-cn';

/**
 * The language the environment asks for, as POSIX tools read it: the first set one of LC_ALL,
 * LC_MESSAGES and LANG; any `zh…` locale (zh_CN.UTF-8, zh_TW…) reads Chinese, everything else English.
 */
export function languageFromEnvironment(environment: NodeJS.ProcessEnv): CliLanguage {
  const locale = [environment.LC_ALL, environment.LC_MESSAGES, environment.LANG].find((value) => value !== undefined && value !== '');
  return locale !== undefined && locale.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

export function parseLanguage(value: string): CliLanguage | undefined {
  const lower = value.toLowerCase();
  return lower === 'en' || lower === 'zh-cn' ? lower : undefined;
}

/** A text in the reader's language, its `{placeholders}` filled. */
export function say(text: Localized, language: CliLanguage, values: Readonly<Record<string, string | number>> = {}): string {
  return localize(format(text, values), language);
}
