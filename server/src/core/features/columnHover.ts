import type { Hover } from 'vscode-languageserver-types';
import type { DisplayLanguage } from '../i18n/localized';
import type { ColumnHeaderToken } from './dumpTokens';
import { bilingual, markdownHover, pick } from './hoverMarkdown';

/** Hover over a column header of any socket table: what the column holds, in this table. */
export function columnHover(token: ColumnHeaderToken, language: DisplayLanguage): Hover {
  const tableNote = token.doc.inTable?.[token.table];
  const value = bilingual(language, (lang) =>
    [`**${token.header}** — ${pick(token.doc.meaning, lang)}`, ...(tableNote ? [pick(tableNote, lang)] : [])].join('\n\n'),
  );
  return markdownHover(value, token.line, token.start, token.end);
}
