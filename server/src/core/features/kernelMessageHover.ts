import type { Hover } from 'vscode-languageserver-types';
import { type DisplayLanguage, format, type Localized } from '../i18n/localized';
import { type KernelFormatString, kernelMessageDoc, RATELIMIT_DOC, RATELIMIT_SUPPRESSED } from '../knowledge/kernelLogMessages';
import type { ParsedSocketDump } from '../model/socketTable';
import { kernelMessageTally } from '../analysis/kernelMessageTally';
import type { KernelMessageToken } from './dumpTokens';
import { bilingual, documentCode, inlineCode, type Lang, lead, markdownHover, pick, relatedSettings } from './hoverMarkdown';

const LABELS = {
  causes: { en: 'What causes it', zh: '常见原因' },
  check: { en: 'What to check', zh: '排查与调整' },
  source: { en: 'Kernel source', zh: '内核源码' },
  printedBy: { en: 'Linux {versions} (read in {readIn}).', zh: '打印它的内核：Linux {versions}（核对过的源码：{readIn}）。' },
  inDocument: { en: 'In this document', zh: '本文档中' },
  occurrences: { en: '{count} lines of this kind, lines {first}–{last}', zh: '共 {count} 行同类消息，第 {first}–{last} 行' },
  times: { en: '; logged from {first} to {last}', zh: '；时间从 {first} 到 {last}' },
  suppressedTotal: { en: '{lines} such lines held back {count} messages in all', zh: '共 {lines} 行此类记录，合计压下 {count} 条消息' },
} satisfies Record<string, Localized>;

/** Hover over a kernel log message: what it means, why it appears, what to check, and where the kernel prints it. */
export function kernelMessageHover(token: KernelMessageToken, dump: ParsedSocketDump, language: DisplayLanguage): Hover {
  const { message } = token;
  const tally = kernelMessageTally(dump, message.kind);
  const value = bilingual(language, (lang) => {
    if (message.kind === 'suppressed') {
      return [
        `**${pick(RATELIMIT_DOC.title, lang)}** — ${documentCode(token.text)}`,
        pick(RATELIMIT_DOC.meaning, lang),
        `${lead(LABELS.inDocument, lang)} ${pick(format(LABELS.suppressedTotal, { lines: tally.count, count: tally.suppressed }), lang)}`,
        sourceLine(RATELIMIT_SUPPRESSED, lang),
      ].join('\n\n');
    }
    const doc = kernelMessageDoc(message.kind);
    const occurrences = pick(format(LABELS.occurrences, { count: tally.count, first: tally.firstLine + 1, last: tally.lastLine + 1 }), lang);
    const times = tally.firstTime !== undefined && tally.lastTime !== undefined ? pick(format(LABELS.times, { first: inlineCode(tally.firstTime), last: inlineCode(tally.lastTime) }), lang) : '';
    return [
      `**${pick(doc.title, lang)}** — ${documentCode(token.text)}`,
      pick(doc.meaning, lang),
      `${lead(LABELS.causes, lang)} ${pick(doc.causes, lang)}`,
      `${lead(LABELS.check, lang)} ${pick(doc.check, lang)}`,
      relatedSettings(doc.relatedKeys, lang),
      `${lead(LABELS.inDocument, lang)} ${occurrences}${times}`,
      sourceLine(doc.wordings[message.wording] ?? doc.wordings[0], lang),
    ].join('\n\n');
  });
  return markdownHover(value, token.line, token.start, token.end);
}

function sourceLine(wording: KernelFormatString, lang: Lang): string {
  const note = wording.note ? ` ${pick(wording.note, lang)}` : '';
  return `${lead(LABELS.source, lang)} ${inlineCode(wording.format)} — \`${wording.file}\`, \`${wording.function}()\`. ${pick(format(LABELS.printedBy, { versions: wording.versions, readIn: wording.readIn }), lang)}${note}`;
}
