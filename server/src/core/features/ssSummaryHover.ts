import type { Hover } from 'vscode-languageserver-types';
import type { DisplayLanguage, Localized } from '../i18n/localized';
import type { SsSummaryFieldDoc } from '../knowledge/ssSummaryFields';
import type { SsSummaryToken } from './dumpTokens';
import { bilingual, documentCode, lead, markdownHover, parenthesized, pick, relatedSettings } from './hoverMarkdown';

const LABELS = {
  largeValue: { en: 'What to check', zh: '排查要点' },
} satisfies Record<string, Localized>;

/** Hover over the numbers of `ss -s`: what each one counts and where ss takes it from. */
export function ssSummaryHover(token: SsSummaryToken, language: DisplayLanguage): Hover {
  return render(token.doc, token.text, token.line, token.start, token.end, language);
}

function render(doc: SsSummaryFieldDoc, written: string, line: number, start: number, end: number, language: DisplayLanguage): Hover {
  const value = bilingual(language, (lang) => {
    const parts = [`**${documentCode(written)}**${parenthesized('`ss -s`', lang)} — ${pick(doc.meaning, lang)}`];
    if (doc.largeValue) {
      parts.push(`${lead(LABELS.largeValue, lang)} ${pick(doc.largeValue, lang)}`);
    }
    if (doc.relatedKeys.length > 0) {
      parts.push(relatedSettings(doc.relatedKeys, lang));
    }
    return parts.join('\n\n');
  });
  return markdownHover(value, line, start, end);
}
