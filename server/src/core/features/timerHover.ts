import type { Hover } from 'vscode-languageserver-types';
import { format, type DisplayLanguage, type Localized } from '../i18n/localized';
import { NET_TOOLS_TIMER_FIELDS, SS_TIMER_FIELDS, TIMER_DOCS, TIMER_NAMES, type TimerKind } from '../knowledge/timers';
import { ownEntry } from '../knowledge/ownEntry';
import type { TcpState } from '../model/tcpState';
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

/** A timer found in a line: where it is written and its parts, still as the document wrote them. */
interface TimerMatch {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly reading: Localized;
  readonly fields: Localized;
}

/**
 * Hover over a socket timer printed by `netstat -o` or `ss -o`, with its numbers read out.
 * `rowState`: the state of the socket on that line, which changes what a `timewait` timer means.
 * The timer is found by scanning from the cursor, never by matching the whole line: a pasted line
 * can be megabytes long.
 */
export function timerHover(
  lineText: string,
  line: number,
  character: number,
  language: DisplayLanguage,
  rowState?: TcpState,
  options: HoverOptions = FULL_HOVER,
): Hover | undefined {
  const found = ssTimerAt(lineText, character) ?? netToolsTimerAt(lineText, character);
  if (!found) {
    return undefined;
  }
  const kind = timerKind(found.name, rowState);
  const doc = TIMER_DOCS[kind];
  const written = lineText.slice(found.start, found.end);
  const reading = kind === 'off' ? LABELS.off : found.reading;
  const value = bilingual(language, (lang) => {
    const parts = [`**${documentCode(written)}** — ${pick(reading, lang)}`, pick(doc.meaning, lang)];
    if (options.detail === 'full') {
      parts.push(pick(found.fields, lang), `${lead(LABELS.counter, lang)} ${pick(doc.counter, lang)}`);
    }
    parts.push(whenToWorry(doc.concern, lang));
    if (options.detail === 'full' && doc.relatedKeys.length > 0) {
      parts.push(relatedSettings(doc.relatedKeys, lang));
    }
    if (wantsExplainLink(options)) {
      parts.push(explainLink(options.uri, found.name, line, found.start, lang));
    }
    return parts.join('\n\n');
  });
  return markdownHover(value, line, found.start, found.end);
}

function timerKind(name: string, rowState: TcpState | undefined): TimerKind {
  const kind = ownEntry(TIMER_NAMES, name) ?? 'unknown';
  return kind === 'timewait' && rowState === 'FIN_WAIT2' ? 'orphan-fin-wait2' : kind;
}

const SS_TIMER_OPEN = 'timer:(';

/** ss `-o`: `timer:(keepalive,119min,0)` around the cursor. */
function ssTimerAt(lineText: string, character: number): TimerMatch | undefined {
  // The cursor may sit on `timer` itself, so look for an opening that starts up to its length after it.
  const start = lineText.lastIndexOf(SS_TIMER_OPEN, character);
  if (start < 0 || (start > 0 && isWordCode(lineText.charCodeAt(start - 1)))) {
    return undefined;
  }
  const close = lineText.indexOf(')', start + SS_TIMER_OPEN.length);
  if (close < 0 || character > close + 1) {
    return undefined;
  }
  const firstComma = lineText.indexOf(',', start + SS_TIMER_OPEN.length);
  const secondComma = firstComma < 0 || firstComma > close ? -1 : lineText.indexOf(',', firstComma + 1);
  if (secondComma < 0 || secondComma > close) {
    return undefined;
  }
  const name = lineText.slice(start + SS_TIMER_OPEN.length, firstComma);
  const duration = lineText.slice(firstComma + 1, secondComma);
  const counter = lineText.slice(secondComma + 1, close);
  if (!WORD.test(name) || !DIGITS.test(counter)) {
    return undefined;
  }
  const time = documentText(duration);
  const reading = format(LABELS.ss, { time, timeZh: ssDurationZh(duration, time), counter: documentText(counter) });
  return { start, end: close + 1, name, reading, fields: SS_TIMER_FIELDS };
}

/** net-tools `-o`: `keepalive (7187.12/0/0)`, `unkn-5 (…)` for kinds it cannot name. */
const NET_TOOLS_TIMER_NAMES: ReadonlySet<string> = new Set(['on', 'off', 'keepalive', 'timewait', 'probe']);
/** Longer than any name net-tools prints before the parenthesis. */
const MAX_NET_TOOLS_NAME = 16;

function netToolsTimerAt(lineText: string, character: number): TimerMatch | undefined {
  // The parenthesis before the cursor (cursor on the numbers), or the next one (cursor on the name).
  for (const open of [lineText.lastIndexOf('(', character), lineText.indexOf('(', character)]) {
    const found = open > 1 ? netToolsTimerOpeningAt(lineText, open) : undefined;
    if (found && character >= found.start && character <= found.end) {
      return found;
    }
  }
  return undefined;
}

function netToolsTimerOpeningAt(lineText: string, open: number): TimerMatch | undefined {
  if (lineText[open - 1] !== ' ') {
    return undefined;
  }
  let start = open - 1;
  while (start > 0 && open - 1 - start < MAX_NET_TOOLS_NAME && isNameCode(lineText.charCodeAt(start - 1))) {
    start--;
  }
  const name = lineText.slice(start, open - 1);
  if ((start > 0 && isWordCode(lineText.charCodeAt(start - 1))) || !(NET_TOOLS_TIMER_NAMES.has(name) || /^unkn-\d{1,9}$/.test(name))) {
    return undefined;
  }
  const close = lineText.indexOf(')', open);
  if (close < 0) {
    return undefined;
  }
  const parts = lineText.slice(open + 1, close).split('/', 4);
  if (parts.length !== 3 || !DECIMAL.test(parts[0]) || !DIGITS.test(parts[1]) || !DIGITS.test(parts[2])) {
    return undefined;
  }
  const reading = format(LABELS.netTools, { time: documentText(parts[0]), retransmits: documentText(parts[1]), probes: documentText(parts[2]) });
  return { start, end: close + 1, name, reading, fields: NET_TOOLS_TIMER_FIELDS };
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

function isWordCode(code: number): boolean {
  return isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isNameCode(code: number): boolean {
  return isWordCode(code) || code === 45;
}

// Whole-token checks: anchored, one character class each, so linear whatever the token's length.
const WORD = /^\w+$/;
const DIGITS = /^\d+$/;
/** The seconds net-tools prints, e.g. `7187.12`. */
const DECIMAL = /^-?[\d.]+$/;
