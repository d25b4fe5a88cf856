import type { Hover } from 'vscode-languageserver-types';
import { type DisplayLanguage, format, type Localized } from '../i18n/localized';
import type { CounterDoc } from '../knowledge/counters';
import type { CounterToken } from './dumpTokens';
import { bilingual, lead, markdownHover, pick, relatedSettings } from './hoverMarkdown';

const LABELS = {
  pointsTo: { en: 'When it grows', zh: '持续增长时' },
  value: { en: 'Value in this document: {value}. Counters add up since boot: compare two snapshots (`nstat` shows the change since its last run).', zh: '本文档中的值：{value}。计数器从开机起一直累加，要对比两次采样才能看出增长（`nstat` 显示的是距上次运行的增量）。' },
  readsAs: { en: 'How to read it', zh: '怎么看' },
  gaugeValue: { en: 'Value in this document: {value}.', zh: '本文档中的值：{value}。' },
} satisfies Record<string, Localized>;

/** Hover over a `netstat -s` / `nstat` counter: what it counts and what to look at when it grows. */
export function counterHover(token: CounterToken, language: DisplayLanguage): Hover {
  return render(token.doc, token.value, token.line, token.start, token.end, language);
}

function render(doc: CounterDoc, value: number | undefined, line: number, start: number, end: number, language: DisplayLanguage): Hover {
  const text = bilingual(language, (lang) => {
    // A gauge does not grow from boot: "when it grows" and "compare two snapshots" would mislead.
    const parts = [`**${doc.group} ${doc.name}** — ${pick(doc.meaning, lang)}`, `${lead(doc.isGauge ? LABELS.readsAs : LABELS.pointsTo, lang)} ${pick(doc.pointsTo, lang)}`];
    if (doc.relatedKeys.length > 0) {
      parts.push(relatedSettings(doc.relatedKeys, lang));
    }
    if (value !== undefined) {
      parts.push(`*${pick(format(doc.isGauge ? LABELS.gaugeValue : LABELS.value, { value }), lang)}*`);
    }
    return parts.join('\n\n');
  });
  return markdownHover(text, line, start, end);
}
