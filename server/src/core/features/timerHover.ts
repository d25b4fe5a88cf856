import type { Hover } from 'vscode-languageserver-types';
import { format, type DisplayLanguage, type Localized } from '../i18n/localized';
import { NET_TOOLS_TIMER_FIELDS, SS_TIMER_FIELDS, TIMER_DOCS, TIMER_NAMES, type TimerKind } from '../knowledge/timers';
import { ownEntry } from '../knowledge/ownEntry';
import type { TcpState } from '../model/tcpState';
import type { TimerToken } from './dumpTokens';
import {
  bilingual,
  documentCode,
  documentText,
  explainLink,
  FULL_HOVER,
  type HoverOptions,
  lead,
  markdownHover,
  pick,
  relatedSettings,
  wantsExplainLink,
  whenToWorry,
} from './hoverMarkdown';

const LABELS = {
  counter: { en: 'Counter', zh: '计数' },
  netTools: {
    en: 'fires in {time} s; {retransmits} retransmission timeouts in a row; {probes} unanswered probes.',
    zh: '{time} 秒后触发；连续重传超时 {retransmits} 次；未应答探测 {probes} 次。',
  },
  ss: { en: 'fires in {time}; counter {counter}.', zh: '{timeZh}后触发；计数为 {counter}。' },
  off: { en: 'no timer pending.', zh: '没有挂起的定时器。' },
} satisfies Record<string, Localized>;

/**
 * Hover over a socket timer printed by `netstat -o` or `ss -o`, with its numbers read out. The
 * state of its row (on the token) changes what a `timewait` timer means.
 */
export function timerHover(token: TimerToken, language: DisplayLanguage, options: HoverOptions = FULL_HOVER): Hover {
  const kind = timerKind(token.name, token.rowState);
  const doc = TIMER_DOCS[kind];
  const found = token.reading.tool === 'ss' ? ssReading(token.reading.duration, token.reading.counter) : netToolsReading(token.reading.parts);
  const reading = kind === 'off' ? LABELS.off : found.reading;
  const link = wantsExplainLink(options) ? explainLink(options.uri, token.name, token.line, token.start) : undefined;
  const value = bilingual(language, (lang) => {
    const parts = [`**${documentCode(token.text)}** — ${pick(reading, lang)}`, pick(doc.meaning, lang)];
    if (options.detail === 'full') {
      parts.push(pick(found.fields, lang), `${lead(LABELS.counter, lang)} ${pick(doc.counter, lang)}`);
    }
    parts.push(whenToWorry(doc.concern, lang));
    if (options.detail === 'full' && doc.relatedKeys.length > 0) {
      parts.push(relatedSettings(doc.relatedKeys, lang));
    }
    if (link) {
      parts.push(pick(link, lang));
    }
    return parts.join('\n\n');
  });
  return markdownHover(value, token.line, token.start, token.end);
}

function timerKind(name: string, rowState: TcpState | undefined): TimerKind {
  const kind = ownEntry(TIMER_NAMES, name) ?? 'unknown';
  return kind === 'timewait' && rowState === 'FIN_WAIT2' ? 'orphan-fin-wait2' : kind;
}

/** `timer:(keepalive,119min,0)`: the duration and the counter, read out. */
function ssReading(duration: string, counter: string): { reading: Localized; fields: Localized } {
  const time = documentText(duration);
  return { reading: format(LABELS.ss, { time, timeZh: ssDurationZh(duration, time), counter: documentText(counter) }), fields: SS_TIMER_FIELDS };
}

/** `keepalive (7187.12/0/0)`: seconds, retransmission timeouts and probes, read out. */
function netToolsReading([time, retransmits, probes]: readonly [string, string, string]): { reading: Localized; fields: Localized } {
  return {
    reading: format(LABELS.netTools, { time: documentText(time), retransmits: documentText(retransmits), probes: documentText(probes) }),
    fields: NET_TOOLS_TIMER_FIELDS,
  };
}

/** ss prints `27sec`, `119min`, `200ms`, `1h2min`…: the Chinese reading needs the units in words. */
const SS_UNITS_ZH: ReadonlyMap<string, string> = new Map([
  ['ms', ' 毫秒'],
  ['sec', ' 秒'],
  ['min', ' 分钟'],
  ['h', ' 小时'],
  ['d', ' 天'],
]);

/** The Chinese reading of a duration, scanned once: amounts followed by a unit; anything else is shown as written (`shown`). */
function ssDurationZh(text: string, shown: string): string {
  const parts: string[] = [];
  let index = 0;
  while (index < text.length && parts.length < 8) {
    const amountStart = index;
    while (index < text.length && (isDigitCode(text.charCodeAt(index)) || text[index] === '.')) {
      index++;
    }
    const unitStart = index;
    while (index < text.length && text.charCodeAt(index) >= 97 && text.charCodeAt(index) <= 122) {
      index++;
    }
    const unit = SS_UNITS_ZH.get(text.slice(unitStart, index));
    if (unitStart === amountStart || unit === undefined) {
      return `${shown} `;
    }
    parts.push(`${documentText(text.slice(amountStart, unitStart))}${unit}`);
  }
  return parts.length > 0 && index === text.length ? parts.join(' ') : `${shown} `;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

