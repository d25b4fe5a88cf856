import type { Hover } from 'vscode-languageserver-types';
import { format, type DisplayLanguage, type Localized } from '../i18n/localized';
import { NET_TOOLS_TIMER_FIELDS, SS_TIMER_FIELDS, TIMER_DOCS, TIMER_NAMES, type TimerKind } from '../knowledge/timers';
import type { TcpState } from '../model/tcpState';
import { bilingual, lead, markdownHover, pick, relatedSettings, whenToWorry } from './hoverMarkdown';

/** net-tools `-o`: `keepalive (7187.12/0/0)`, `unkn-5 (…)` for kinds it cannot name. */
const NET_TOOLS_TIMER = /\b(on|off|keepalive|timewait|probe|unkn-\d+) \((-?[\d.]+)\/(\d+)\/(\d+)\)/g;
/** ss `-o`: `timer:(keepalive,119min,0)`. */
const SS_TIMER = /\btimer:\((\w+),([^,)]*),(\d+)\)/g;

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
 * Hover over a socket timer printed by `netstat -o` or `ss -o`, with its numbers read out.
 * `rowState`: the state of the socket on that line, which changes what a `timewait` timer means.
 */
export function timerHover(lineText: string, line: number, character: number, language: DisplayLanguage, rowState?: TcpState): Hover | undefined {
  for (const match of lineText.matchAll(NET_TOOLS_TIMER)) {
    if (covers(match, character)) {
      const kind = timerKind(match[1], rowState);
      const reading = kind === 'off' ? LABELS.off : format(LABELS.netTools, { time: match[2], retransmits: match[3], probes: match[4] });
      return render(match, line, kind, reading, NET_TOOLS_TIMER_FIELDS, language);
    }
  }
  for (const match of lineText.matchAll(SS_TIMER)) {
    if (covers(match, character)) {
      const kind = timerKind(match[1], rowState);
      const reading = kind === 'off' ? LABELS.off : format(LABELS.ss, { ...ssDuration(match[2]), counter: match[3] });
      return render(match, line, kind, reading, SS_TIMER_FIELDS, language);
    }
  }
  return undefined;
}

function timerKind(name: string, rowState: TcpState | undefined): TimerKind {
  const kind = TIMER_NAMES[name] ?? 'unknown';
  return kind === 'timewait' && rowState === 'FIN_WAIT2' ? 'orphan-fin-wait2' : kind;
}

function covers(match: RegExpMatchArray, character: number): boolean {
  const start = match.index ?? 0;
  return character >= start && character <= start + match[0].length;
}

function render(match: RegExpMatchArray, line: number, kind: TimerKind, reading: Localized, fields: Localized, language: DisplayLanguage): Hover {
  const doc = TIMER_DOCS[kind];
  const value = bilingual(language, (lang) => {
    const parts = [
      `**\`${match[0]}\`** — ${pick(reading, lang)}`,
      pick(doc.meaning, lang),
      pick(fields, lang),
      `${lead(LABELS.counter, lang)} ${pick(doc.counter, lang)}`,
      whenToWorry(doc.concern, lang),
    ];
    if (doc.relatedKeys.length > 0) {
      parts.push(relatedSettings(doc.relatedKeys, lang));
    }
    return parts.join('\n\n');
  });
  const start = match.index ?? 0;
  return markdownHover(value, line, start, start + match[0].length);
}

/** ss prints `27sec`, `119min`, `200ms`, `1h2min`…: the Chinese reading needs the units in words. */
const SS_UNITS_ZH: Readonly<Record<string, string>> = { ms: ' 毫秒', sec: ' 秒', min: ' 分钟', h: ' 小时', d: ' 天' };

function ssDuration(text: string): { time: string; timeZh: string } {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|sec|min|h|d)/g)].map(([, amount, unit]) => `${amount}${SS_UNITS_ZH[unit]}`);
  return { time: text, timeZh: parts.length > 0 ? parts.join(' ') : `${text} ` };
}
