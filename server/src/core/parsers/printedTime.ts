import type { Localized } from '../i18n/localized';

/**
 * Lines that print a point in time, as pasted between snapshots: `date` in the C locale
 * (`Mon Dec  7 10:00:00 UTC 2026`), `date -R`, ISO 8601 forms (`date -Iseconds`, `date --rfc-3339`,
 * `date '+%F %T'`), `date` in the zh_CN locale (`2026年 12月 07日 星期一 10:00:00 CST`), and the
 * header procps `watch` prints above each refresh (`Every 2.0s: ss -s   host: Mon Dec  7 10:00:00 2026`).
 * A line is split into at most a dozen whitespace-separated words once and read by their shape: no
 * regular expression runs over the whole line, so a long line costs one pass.
 */
/** A time line as the scan found it. */
export interface PrintedTime {
  /** The text as printed, trimmed. */
  readonly label: string;
  /** The calendar date and clock time printed, when the line could be read. */
  readonly clock?: PrintedClock;
  /**
   * The zone as printed: an abbreviation (`UTC`, `CST`) or an offset (`+0800`, `+08:00`, `Z`);
   * absent when the line names none (`watch`, `date '+%F %T'`).
   */
  readonly zone?: string;
  /** The command a `watch` header repeats. */
  readonly command?: string;
}

export interface PrintedClock {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Fraction of the second, as printed digits (`.123456789` → '123456789'); empty when none. */
  readonly fraction: string;
  /** True when the line also printed a Chinese date (年/月/日), a cue for reading `CST`. */
  readonly chinese: boolean;
}

/** Lines longer than this are no time line (the longest `watch` header is a terminal's width). */
const MAX_TIME_LINE = 400;
/** No time line shape has more words than a `watch` header with a long command; more is prose or a row. */
const MAX_WORDS = 48;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * The time printed on `text`, or undefined when the line is something else. Cheap for the lines that
 * are not: the first character decides most of them.
 */
export function readPrintedTime(text: string): PrintedTime | undefined {
  if (text.length > MAX_TIME_LINE) {
    return undefined;
  }
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) {
    start++;
  }
  if (!startsLikeTime(text, start)) {
    return undefined;
  }
  const words = wordsOf(text, start);
  if (words === undefined || words.length === 0) {
    return undefined;
  }
  const label = text.slice(start).trimEnd();
  if (words[0] === 'Every') {
    return readWatchHeader(text, words, label);
  }
  const read = readDateWords(words);
  return read && read.rest === words.length ? withZone(label, read) : undefined;
}

interface ReadDate {
  readonly clock: PrintedClock;
  readonly zone?: string;
  /** How many words the date took. */
  readonly rest: number;
}

function withZone(label: string, read: ReadDate, command?: string): PrintedTime {
  return {
    label,
    clock: read.clock,
    ...(read.zone === undefined ? {} : { zone: read.zone }),
    ...(command === undefined ? {} : { command }),
  };
}

/** The whitespace-separated words from `start`, or undefined when there are too many. */
function wordsOf(text: string, start: number): string[] | undefined {
  const words: string[] = [];
  let index = start;
  while (index < text.length) {
    while (index < text.length && isSpace(text.charCodeAt(index))) {
      index++;
    }
    if (index >= text.length) {
      break;
    }
    const wordStart = index;
    while (index < text.length && !isSpace(text.charCodeAt(index))) {
      index++;
    }
    if (words.length === MAX_WORDS) {
      return undefined;
    }
    words.push(text.slice(wordStart, index));
  }
  return words;
}

/**
 * `Every 2.0s: ss -tan    host: Mon Dec  7 10:00:00 2026`: the interval, the command, then the host
 * name and the time at the right edge. The command ends where the `host:` word is; a terminal too
 * narrow for both shows only part of either, and the line is still a header (without a time).
 */
function readWatchHeader(text: string, words: readonly string[], label: string): PrintedTime | undefined {
  const interval = words[1];
  if (interval === undefined || !interval.endsWith('s:') || !isDecimal(interval.slice(0, -2))) {
    return undefined;
  }
  const afterInterval = text.indexOf(interval) + interval.length;
  // The date is the last five or six words (procps prints no zone; some builds print one).
  for (const length of [5, 6]) {
    const dateStart = words.length - length;
    if (dateStart < 2) {
      continue;
    }
    const read = readDateWords(words.slice(dateStart));
    if (read && read.rest === length) {
      const hostWord = words[dateStart - 1];
      const commandEnd = hostWord.endsWith(':') && dateStart - 1 >= 2 ? dateStart - 1 : dateStart;
      const command = commandText(text, afterInterval, words, commandEnd);
      return withZone(label, read, command);
    }
  }
  const command = commandText(text, afterInterval, words, words.length);
  return command === undefined ? { label } : { label, command };
}

/** The words [2, end) as printed (their spacing kept), or undefined when there are none. */
function commandText(text: string, from: number, words: readonly string[], end: number): string | undefined {
  if (end <= 2) {
    return undefined;
  }
  let offset = from;
  let commandStart = -1;
  let commandEnd = from;
  for (let index = 2; index < end; index++) {
    const at = text.indexOf(words[index], offset);
    if (commandStart < 0) {
      commandStart = at;
    }
    commandEnd = at + words[index].length;
    offset = commandEnd;
  }
  return text.slice(commandStart, commandEnd);
}

/** A date at the start of `words`, in any of the shapes read here. */
function readDateWords(words: readonly string[]): ReadDate | undefined {
  return readCDate(words) ?? readRfc5322Date(words) ?? readIsoDate(words) ?? readChineseDate(words);
}

/**
 * `Mon Dec  7 10:00:00 UTC 2026` (`date`, C locale), `Mon Dec  7 10:00:00 2026` (watch, ctime), and
 * `Mon Dec  7 10:00:00 AM UTC 2026` (`date` in en_US and other 12-hour locales).
 */
function readCDate(words: readonly string[]): ReadDate | undefined {
  if (words.length < 5 || weekdayOf(words[0]) < 0) {
    return undefined;
  }
  const month = monthOf(words[1]);
  const day = numberOf(words[2], 1, 2);
  const time = timeOf(words[3]);
  if (month < 0 || day === undefined || time === undefined) {
    return undefined;
  }
  let next = 4;
  const meridiem = words[4];
  if (meridiem === 'AM' || meridiem === 'PM') {
    if (time[0] < 1 || time[0] > 12) {
      return undefined;
    }
    time[0] = (time[0] % 12) + (meridiem === 'PM' ? 12 : 0);
    next = 5;
  }
  const zoned = words.length >= next + 2 && isZoneWord(words[next]);
  const year = numberOf(words[zoned ? next + 1 : next] ?? '', 4, 4);
  if (year === undefined) {
    return undefined;
  }
  const clock = clockOf(year, month + 1, day, time, false);
  return clock && { clock, ...(zoned ? { zone: words[next] } : {}), rest: zoned ? next + 2 : next + 1 };
}

/** `Mon, 07 Dec 2026 10:00:00 +0000` (`date -R`, RFC 5322). */
function readRfc5322Date(words: readonly string[]): ReadDate | undefined {
  if (words.length < 5 || !words[0].endsWith(',') || weekdayOf(words[0].slice(0, -1)) < 0) {
    return undefined;
  }
  const day = numberOf(words[1], 1, 2);
  const month = monthOf(words[2]);
  const year = numberOf(words[3], 4, 4);
  const time = timeOf(words[4]);
  if (day === undefined || month < 0 || year === undefined || time === undefined) {
    return undefined;
  }
  const zoned = words.length >= 6 && isZoneWord(words[5]);
  const clock = clockOf(year, month + 1, day, time, false);
  return clock && { clock, ...(zoned ? { zone: words[5] } : {}), rest: zoned ? 6 : 5 };
}

/**
 * `2026-12-07T10:00:00+00:00` (`date -Iseconds`), `2026-12-07 10:00:00.123+08:00` (`--rfc-3339`),
 * `2026-12-07 10:00:00` (`+%F %T`), optionally followed by a zone word (`+%F %T %Z`).
 */
function readIsoDate(words: readonly string[]): ReadDate | undefined {
  const first = words[0];
  if (first.length < 10 || first.charCodeAt(4) !== 0x2d || first.charCodeAt(7) !== 0x2d) {
    return undefined;
  }
  const year = numberOf(first.slice(0, 4), 4, 4);
  const month = numberOf(first.slice(5, 7), 2, 2);
  const day = numberOf(first.slice(8, 10), 2, 2);
  if (year === undefined || month === undefined || day === undefined) {
    return undefined;
  }
  let timeText: string;
  let used: number;
  if (first.length > 10 && (first[10] === 'T' || first[10] === 't')) {
    timeText = first.slice(11);
    used = 1;
  } else if (first.length === 10 && words.length >= 2) {
    timeText = words[1];
    used = 2;
  } else {
    return undefined;
  }
  const { time, fraction, zone } = splitIsoTime(timeText) ?? {};
  if (time === undefined) {
    return undefined;
  }
  const parts = timeOf(time);
  if (parts === undefined) {
    return undefined;
  }
  const clock = clockOf(year, month, day, parts, false, fraction);
  if (!clock) {
    return undefined;
  }
  if (zone === undefined && words.length > used && isZoneWord(words[used])) {
    return { clock, zone: words[used], rest: used + 1 };
  }
  return { clock, ...(zone === undefined ? {} : { zone }), rest: used };
}

/** `10:00:00.123+08:00` → its time, fraction digits and offset. */
function splitIsoTime(text: string): { time: string; fraction: string; zone?: string } | undefined {
  let end = 0;
  while (end < text.length && (isDigit(text.charCodeAt(end)) || text.charCodeAt(end) === 0x3a)) {
    end++;
  }
  const time = text.slice(0, end);
  let fraction = '';
  if (text[end] === '.' || text[end] === ',') {
    let fractionEnd = end + 1;
    while (fractionEnd < text.length && isDigit(text.charCodeAt(fractionEnd))) {
      fractionEnd++;
    }
    fraction = text.slice(end + 1, fractionEnd);
    end = fractionEnd;
  }
  const zone = text.slice(end);
  if (zone !== '' && !isOffsetWord(zone) && zone !== 'Z' && zone !== 'z') {
    return undefined;
  }
  return zone === '' ? { time, fraction } : { time, fraction, zone: zone.toUpperCase() === 'Z' ? 'Z' : zone };
}

/**
 * `2026年 12月 07日 星期一 10:00:00 CST` (glibc zh_CN `date`), also without the spaces, with 周一 for
 * the weekday, and with 上午/下午 before a 12-hour clock.
 */
function readChineseDate(words: readonly string[]): ReadDate | undefined {
  // The date part may be one word or three: join the words up to the one ending in 日.
  let dayWord = -1;
  for (let index = 0; index < Math.min(words.length, 3); index++) {
    if (words[index].endsWith('日')) {
      dayWord = index;
      break;
    }
  }
  if (dayWord < 0) {
    return undefined;
  }
  const date = words.slice(0, dayWord + 1).join('');
  const yearEnd = date.indexOf('年');
  const monthEnd = date.indexOf('月');
  if (yearEnd < 0 || monthEnd < yearEnd) {
    return undefined;
  }
  const year = numberOf(date.slice(0, yearEnd), 4, 4);
  const month = numberOf(date.slice(yearEnd + 1, monthEnd), 1, 2);
  const day = numberOf(date.slice(monthEnd + 1, date.length - 1), 1, 2);
  if (year === undefined || month === undefined || day === undefined) {
    return undefined;
  }
  let index = dayWord + 1;
  if (index < words.length && (words[index].startsWith('星期') || words[index].startsWith('周'))) {
    index++;
  }
  let afternoon: boolean | undefined;
  if (words[index] === '上午' || words[index] === '下午') {
    afternoon = words[index] === '下午';
    index++;
  }
  const time = index < words.length ? timeOf(words[index]) : undefined;
  if (time === undefined) {
    return undefined;
  }
  index++;
  if (afternoon !== undefined && time[0] >= 1 && time[0] <= 12) {
    time[0] = (time[0] % 12) + (afternoon ? 12 : 0);
  }
  const clock = clockOf(year, month, day, time, true);
  if (!clock) {
    return undefined;
  }
  const zoned = index < words.length && isZoneWord(words[index]);
  return { clock, ...(zoned ? { zone: words[index] } : {}), rest: zoned ? index + 1 : index };
}

function clockOf(year: number, month: number, day: number, [hour, minute, second]: number[], chinese: boolean, fraction = ''): PrintedClock | undefined {
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 60;
  return valid ? { year, month, day, hour, minute, second, fraction, chinese } : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `10:00:00` or `10:00` → [hour, minute, second]. */
function timeOf(word: string): number[] | undefined {
  const parts = word.split(':');
  if (parts.length < 2 || parts.length > 3) {
    return undefined;
  }
  const numbers = parts.map((part) => numberOf(part, 1, 2));
  return numbers.every((value): value is number => value !== undefined) ? [numbers[0], numbers[1], numbers[2] ?? 0] : undefined;
}

/** A number of `min`–`max` digits and nothing else. */
function numberOf(word: string, min: number, max: number): number | undefined {
  if (word.length < min || word.length > max) {
    return undefined;
  }
  for (let index = 0; index < word.length; index++) {
    if (!isDigit(word.charCodeAt(index))) {
      return undefined;
    }
  }
  return Number(word);
}

function isDecimal(word: string): boolean {
  const dot = word.indexOf('.');
  const whole = dot < 0 ? word : word.slice(0, dot);
  const fraction = dot < 0 ? '0' : word.slice(dot + 1);
  return numberOf(whole, 1, 6) !== undefined && numberOf(fraction, 1, 3) !== undefined;
}

function monthOf(word: string): number {
  return word.length === 3 ? MONTHS.indexOf(word.toLowerCase()) : -1;
}

function weekdayOf(word: string): number {
  return word.length === 3 ? WEEKDAYS.indexOf(word.toLowerCase()) : -1;
}

/** A zone abbreviation (`UTC`, `CST`, `AEDT`) or a numeric offset (`+0800`, `+08:00`, `-05`). */
function isZoneWord(word: string): boolean {
  if (isOffsetWord(word)) {
    return true;
  }
  if (word.length < 1 || word.length > 5) {
    return false;
  }
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code < 0x41 || code > 0x5a) {
      return false;
    }
  }
  return true;
}

/** `+08`, `+0800`, `+08:00`, `-0530`. */
function isOffsetWord(word: string): boolean {
  if (word[0] !== '+' && word[0] !== '-') {
    return false;
  }
  const digits = word.length === 6 && word[3] === ':' ? word.slice(1, 3) + word.slice(4) : word.slice(1);
  return (digits.length === 2 || digits.length === 4) && numberOf(digits, 2, 4) !== undefined;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}

/**
 * The first characters of every shape read here: a weekday name and a space or comma, four digits and
 * `-` or 年, or `Every `. Most lines of a paste fail this at once, before the line is split.
 */
function startsLikeTime(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  if (isDigit(first)) {
    const afterYear = text[start + 4];
    return (afterYear === '-' || afterYear === '年') && numberOf(text.slice(start, start + 4), 4, 4) !== undefined;
  }
  if (first === 0x45) {
    return text.startsWith('Every ', start);
  }
  const after = text.charCodeAt(start + 3);
  return (after === 0x20 || after === 0x2c) && weekdayOf(text.slice(start, start + 3)) >= 0;
}

/** Zone abbreviations `date` prints for common zones, and their offsets in minutes east of UTC. */
const ZONE_OFFSETS = new Map<string, number>([
  ['UTC', 0], ['UT', 0], ['GMT', 0], ['Z', 0], ['WET', 0], ['WEST', 60], ['CET', 60], ['CEST', 120], ['EET', 120], ['EEST', 180],
  ['MSK', 180], ['PKT', 300], ['ICT', 420], ['WIB', 420], ['HKT', 480], ['SGT', 480], ['AWST', 480], ['PHT', 480], ['JST', 540], ['KST', 540],
  ['ACST', 570], ['ACDT', 630], ['AEST', 600], ['AEDT', 660], ['NZST', 720], ['NZDT', 780], ['HST', -600], ['AKST', -540], ['AKDT', -480],
  ['PST', -480], ['PDT', -420], ['MST', -420], ['MDT', -360], ['CDT', -300], ['EST', -300], ['EDT', -240],
]);

/**
 * Abbreviations that name several zones: the meaning taken unless the document says otherwise, and
 * the other meanings. `CST` is China Standard Time on the servers most of our readers paste from.
 */
const AMBIGUOUS_ZONES = new Map<string, { readonly offset: number; readonly name: Localized; readonly alternative: Localized }>([
  ['CST', { offset: 480, name: { en: 'China Standard Time', zh: '中国标准时间' }, alternative: { en: 'US Central Standard Time (-06:00)', zh: '美国中部标准时间（-06:00）' } }],
  ['IST', { offset: 330, name: { en: 'India Standard Time', zh: '印度标准时间' }, alternative: { en: 'Irish Standard Time (+01:00) or Israel Standard Time (+02:00)', zh: '爱尔兰标准时间（+01:00）或以色列标准时间（+02:00）' } }],
  ['BST', { offset: 60, name: { en: 'British Summer Time', zh: '英国夏令时' }, alternative: { en: 'Bangladesh Standard Time (+06:00)', zh: '孟加拉标准时间（+06:00）' } }],
]);
const US_CENTRAL: { readonly offset: number; readonly name: Localized; readonly alternative: Localized } = {
  offset: -360,
  name: { en: 'US Central Standard Time', zh: '美国中部标准时间' },
  alternative: { en: 'China Standard Time (+08:00)', zh: '中国标准时间（+08:00）' },
};

/** US zone abbreviations: beside them, `CST` is US Central time. */
const US_ZONES = new Set(['EST', 'EDT', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST']);

/** What the other time lines of a document say about an ambiguous zone. */
export interface ZoneCues {
  /** Some time line was printed in Chinese (zh_CN `date`): its host is in China. */
  readonly chineseDates: boolean;
  /** Some time line names a US zone (`CDT`, `EST`…). */
  readonly usZones: boolean;
}

export function zoneCuesOf(times: Iterable<PrintedTime>): ZoneCues {
  let chineseDates = false;
  let usZones = false;
  for (const time of times) {
    chineseDates ||= time.clock?.chinese === true;
    usZones ||= time.zone !== undefined && US_ZONES.has(time.zone);
  }
  return { chineseDates, usZones };
}

/** How an ambiguous abbreviation was read. */
export interface ZoneAssumption {
  readonly zone: string;
  /** The offset taken, `+08:00`. */
  readonly offset: string;
  /** The zone it was read as, and what else it may have meant. */
  readonly assumed: Localized;
  readonly alternative: Localized;
  /** What decided: a Chinese date, a US zone elsewhere in the document, or nothing (the default). */
  readonly reason: 'chinese-date' | 'us-zone' | 'default';
}

/** A printed time placed on the time line. */
export interface Instant {
  /** ISO 8601: with the offset printed (or assumed); without one when the line named no zone (local time). */
  readonly iso: string;
  /**
   * Milliseconds since the epoch, for differences between snapshots. A time printed without a zone is
   * counted as if it were UTC: only its distance to the other times of the document means anything.
   */
  readonly epochMs: number;
  readonly assumption?: ZoneAssumption;
}

/** The instant `time` names, or undefined when its line printed no readable date or an unknown zone. */
export function instantOf(time: PrintedTime, cues: ZoneCues): Instant | undefined {
  const clock = time.clock;
  if (!clock) {
    return undefined;
  }
  const local = `${pad(clock.year, 4)}-${pad(clock.month, 2)}-${pad(clock.day, 2)}T${pad(clock.hour, 2)}:${pad(clock.minute, 2)}:${pad(clock.second, 2)}${clock.fraction === '' ? '' : `.${clock.fraction}`}`;
  const localMs = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) + fractionMs(clock.fraction);
  if (time.zone === undefined) {
    return { iso: local, epochMs: localMs };
  }
  const { offset, assumption } = offsetOf(time.zone, cues, clock.chinese) ?? {};
  if (offset === undefined) {
    return undefined;
  }
  const iso = `${local}${offset === 0 ? 'Z' : offsetText(offset)}`;
  return assumption ? { iso, epochMs: localMs - offset * 60_000, assumption } : { iso, epochMs: localMs - offset * 60_000 };
}

function offsetOf(zone: string, cues: ZoneCues, chineseLine: boolean): { offset: number; assumption?: ZoneAssumption } | undefined {
  if (isOffsetWord(zone)) {
    const digits = zone.replace(':', '').slice(1);
    const minutes = Number(digits.slice(0, 2)) * 60 + (digits.length === 4 ? Number(digits.slice(2)) : 0);
    return { offset: zone[0] === '-' ? -minutes : minutes };
  }
  const known = ZONE_OFFSETS.get(zone);
  if (known !== undefined) {
    return { offset: known };
  }
  const ambiguous = AMBIGUOUS_ZONES.get(zone);
  if (!ambiguous) {
    return undefined;
  }
  // For CST a Chinese date decides for China; a US zone elsewhere (and no Chinese date) for US Central.
  const reason = zone !== 'CST' ? 'default' : chineseLine || cues.chineseDates ? 'chinese-date' : cues.usZones ? 'us-zone' : 'default';
  const meaning = reason === 'us-zone' ? US_CENTRAL : ambiguous;
  return { offset: meaning.offset, assumption: { zone, offset: offsetText(meaning.offset), assumed: meaning.name, alternative: meaning.alternative, reason } };
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const magnitude = Math.abs(minutes);
  return `${sign}${pad(Math.floor(magnitude / 60), 2)}:${pad(magnitude % 60, 2)}`;
}

function fractionMs(fraction: string): number {
  return fraction === '' ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
