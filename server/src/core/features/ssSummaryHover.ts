import type { Hover } from 'vscode-languageserver-types';
import type { DisplayLanguage, Localized } from '../i18n/localized';
import { SS_SUMMARY_TCP_FIELDS, SS_SUMMARY_TOTALS, SS_SUMMARY_TRANSPORT_ROWS, type SsSummaryFieldDoc } from '../knowledge/ssSummaryFields';
import { ownEntry } from '../knowledge/ownEntry';
import type { ParsedSocketDump } from '../model/socketTable';
import { bilingual, documentCode, lead, markdownHover, parenthesized, pick, relatedSettings } from './hoverMarkdown';

const LABELS = {
  largeValue: { en: 'What to check', zh: '排查要点' },
} satisfies Record<string, Localized>;

/** `TCP:   21 (estab 3, closed 17, orphaned 0, timewait 0)`; older ss add `synrecv` and `ports`. */
const TCP_LINE = /^TCP:\s+(\d+)\s+\(/;
const TCP_FIELD = /\b([a-z]+) (\d+(?:\/\d+)?)/g;
const TOTAL_LINE = /^Total:\s+\d+/;
const TRANSPORT_ROW = /^([A-Z]+)\s+\d+/;

/** Hover over the numbers of `ss -s`: what each one counts and where ss takes it from. */
export function ssSummaryHover(lineText: string, line: number, character: number, dump: ParsedSocketDump, language: DisplayLanguage): Hover | undefined {
  // Only inside an `ss -s` output: a "TCP" or "Total:" elsewhere means something else.
  if (!dump.sections.some((section) => section.format === 'ss-summary' && line >= section.startLine && line <= section.endLine)) {
    return undefined;
  }
  const tcpLine = TCP_LINE.exec(lineText);
  if (tcpLine) {
    for (const field of lineText.matchAll(TCP_FIELD)) {
      const start = field.index ?? 0;
      const doc = ownEntry(SS_SUMMARY_TCP_FIELDS, field[1]);
      if (doc && character >= start && character <= start + field[0].length) {
        return render(doc, field[0], line, start, start + field[0].length, language);
      }
    }
    // `TCP:   21`, without the blank before the parenthesis.
    const written = tcpLine[0].slice(0, -1).trimEnd();
    return character <= written.length ? render(SS_SUMMARY_TOTALS.tcp, written, line, 0, written.length, language) : undefined;
  }
  const total = TOTAL_LINE.exec(lineText);
  if (total && character <= total[0].length) {
    return render(SS_SUMMARY_TOTALS.total, total[0], line, 0, total[0].length, language);
  }
  const row = TRANSPORT_ROW.exec(lineText);
  const rowDoc = row ? ownEntry(SS_SUMMARY_TRANSPORT_ROWS, row[1]) : undefined;
  if (row && rowDoc && character <= row[1].length) {
    return render(rowDoc, row[1], line, 0, row[1].length, language);
  }
  return undefined;
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
