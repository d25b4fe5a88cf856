/**
 * The time a paste says it was taken: the output of `date` printed before a command (`date; netstat -s`),
 * in the shapes `date` prints it — the C locale's `Mon Dec  7 23:04:52 UTC 2026`, a 12-hour locale's
 * `Mon Dec  7 11:04:52 PM UTC 2026`, zh_CN's `2026年 12月 07日 星期一 23:04:52 CST`, `date -R`, `date -Is`
 * or `--rfc-3339`, and `date +%s`. A line qualifies only when every word of it belongs to a date, so a
 * line of prose that holds a time is not taken for one.
 */
export interface CaptureTime {
  /** The printed date and time read as if they were UTC, in milliseconds since 1970. */
  readonly wallClockMs: number;
  /** Minutes east of UTC when the line gives a numeric offset, `Z`, UTC or GMT. */
  readonly offsetMinutes?: number;
  /** A zone abbreviation other than UTC/GMT (`CST` is China's in a zh_CN paste and America's in a US one). */
  readonly zone?: string;
}

/** Longer lines are not the output of `date`. */
export const MAX_DATE_LINE = 80;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const CHINESE_WEEKDAY = /^(?:星期|周)[一二三四五六日天]$/;
const TIME = /^(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const NUMERIC_OFFSET = /^[+-]\d{2}:?\d{2}$/;
const ZONE_NAME = /^[A-Z]{2,5}$/;
/** `date +%s`: ten digits are the seconds from 2001 to 2286. */
const EPOCH_SECONDS = /^\d{10}(?:\.\d{1,9})?$/;

/** Reads one line as the output of `date`; undefined when it is anything else. */
export function readCaptureTime(line: string): CaptureTime | undefined {
  const text = line.trim();
  if (text === '' || text.length > MAX_DATE_LINE) {
    return undefined;
  }
  if (EPOCH_SECONDS.test(text)) {
    return { wallClockMs: Math.round(Number(text) * 1000), offsetMinutes: 0 };
  }
  const words = text.split(/[\s,]+/).filter((word) => word !== '');
  const date: DateParts = {};
  for (const word of words) {
    if (!readWord(word, date)) {
      return undefined;
    }
  }
  return timeOf(date);
}

/**
 * Seconds from `earlier` to `later`, when the two can be compared: both give an offset, or both were
 * printed in the same zone (two `date` lines of one host's paste).
 */
export function secondsBetween(earlier: CaptureTime, later: CaptureTime): number | undefined {
  if (earlier.offsetMinutes !== undefined && later.offsetMinutes !== undefined) {
    return (later.wallClockMs - later.offsetMinutes * 60_000 - (earlier.wallClockMs - earlier.offsetMinutes * 60_000)) / 1000;
  }
  return earlier.zone === later.zone ? (later.wallClockMs - earlier.wallClockMs) / 1000 : undefined;
}

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
  afternoon?: boolean;
  morning?: boolean;
  offsetMinutes?: number;
  zone?: string;
}

/** Files one word of the line into `date`; false when the word is no part of a date. */
function readWord(word: string, date: DateParts): boolean {
  const iso = ISO.exec(word);
  if (iso) {
    return readIso(iso, date);
  }
  const time = TIME.exec(word);
  if (time) {
    const [, hours, minutes, seconds, fraction, offset] = time;
    return readClock(date, hours, minutes, seconds, fraction, offset);
  }
  if (NUMERIC_OFFSET.test(word)) {
    return setOnce(date, 'offsetMinutes', offsetOf(word));
  }
  const lower = word.toLowerCase();
  if (lower === 'am' || word === '上午') {
    date.morning = true;
    return true;
  }
  if (lower === 'pm' || word === '下午') {
    date.afternoon = true;
    return true;
  }
  const month = MONTHS.indexOf(lower.slice(0, 3));
  if (month >= 0 && /^[a-z]{3,9}\.?$/.test(lower) && date.month === undefined) {
    date.month = month + 1;
    return true;
  }
  if ((WEEKDAYS.includes(lower.slice(0, 3)) && /^[a-z]{3,9}\.?$/.test(lower)) || CHINESE_WEEKDAY.test(word)) {
    return true;
  }
  const chinese = /^(\d{1,4})(年|月|日)$/.exec(word);
  if (chinese) {
    return setOnce(date, chinese[2] === '年' ? 'year' : chinese[2] === '月' ? 'month' : 'day', Number(chinese[1]));
  }
  if (/^\d{4}$/.test(word)) {
    return setOnce(date, 'year', Number(word));
  }
  if (/^\d{1,2}$/.test(word)) {
    return setOnce(date, 'day', Number(word));
  }
  if (word === 'UTC' || word === 'GMT' || word === 'Z') {
    return setOnce(date, 'offsetMinutes', 0);
  }
  return ZONE_NAME.test(word) && date.zone === undefined ? ((date.zone = word), true) : false;
}

function readIso(match: RegExpExecArray, date: DateParts): boolean {
  const [, year, month, day, hours, minutes, seconds, fraction, offset] = match;
  const dateRead = setOnce(date, 'year', Number(year)) && setOnce(date, 'month', Number(month)) && setOnce(date, 'day', Number(day));
  return dateRead && (hours === undefined ? offset === undefined : readClock(date, hours, minutes, seconds, fraction, offset));
}

/** The time of day, and the offset from UTC printed right after it. */
function readClock(date: DateParts, hours: string, minutes: string, seconds: string, fraction: string | undefined, offset: string | undefined): boolean {
  const read = setOnce(date, 'hours', Number(hours)) && setOnce(date, 'minutes', Number(minutes)) && setOnce(date, 'seconds', Number(seconds)) && setOnce(date, 'milliseconds', fractionMs(fraction));
  return read && (offset === undefined || setOnce(date, 'offsetMinutes', offset === 'Z' ? 0 : offsetOf(offset)));
}

function setOnce<K extends keyof DateParts>(date: DateParts, key: K, value: DateParts[K]): boolean {
  if (date[key] !== undefined) {
    return false;
  }
  date[key] = value;
  return true;
}

function fractionMs(digits: string | undefined): number {
  return digits === undefined ? 0 : Math.floor(Number(`0.${digits}`) * 1000);
}

function offsetOf(text: string): number {
  const digits = text.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return text[0] === '-' ? -minutes : minutes;
}

function timeOf(date: DateParts): CaptureTime | undefined {
  const { year, month, day, minutes, seconds } = date;
  let hours = date.hours;
  if (year === undefined || month === undefined || day === undefined || hours === undefined || minutes === undefined || seconds === undefined) {
    return undefined;
  }
  if (date.afternoon && hours < 12) {
    hours += 12;
  } else if (date.morning && hours === 12) {
    hours = 0;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 60 || year < 1970) {
    return undefined;
  }
  const wallClockMs = Date.UTC(year, month - 1, day, hours, minutes, seconds, date.milliseconds ?? 0);
  if (date.offsetMinutes !== undefined) {
    return { wallClockMs, offsetMinutes: date.offsetMinutes };
  }
  return date.zone === undefined ? { wallClockMs } : { wallClockMs, zone: date.zone };
}
