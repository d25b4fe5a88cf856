import { secondsBetweenLines, timelineOf } from '../../analysis/timeline';
import { format, type Localized } from '../../i18n/localized';
import type { ParsedSocketDump, ProtocolCounter } from '../../model/socketTable';

/**
 * One kernel counter as it appears in a paste: once for a single `netstat -s`, several times when
 * snapshots were pasted one after another. The counters only grow from boot, so the growth between
 * the first and the last snapshot says more than any one value.
 */
export interface CounterSeries {
  readonly first: ProtocolCounter;
  readonly last: ProtocolCounter;
  /** Growth from the first to the last snapshot; undefined with a single snapshot. */
  readonly growth?: number;
  /** Seconds between the first and the last snapshot, when the time was printed above both (see analysis/timeline.ts). */
  readonly seconds?: number;
}

export function counterSeries(dump: ParsedSocketDump, group: string, name: string): CounterSeries | undefined {
  const found = dump.counters.filter((counter) => counter.group === group && counter.name === name);
  if (found.length === 0) {
    return undefined;
  }
  const first = found[0];
  const last = found[found.length - 1];
  if (found.length === 1) {
    return { first, last };
  }
  const seconds = secondsBetweenLines(timelineOf(dump), first.line, last.line);
  return seconds === undefined ? { first, last, growth: last.value - first.value } : { first, last, growth: last.value - first.value, seconds };
}

/** The number a rule judges: the growth between snapshots when there are several, else the total. */
export function judgedValue(series: CounterSeries): number {
  return series.growth ?? series.last.value;
}

/** Growth per second between timed snapshots, rounded for a message; undefined without times. */
export function perSecond(series: CounterSeries): number | undefined {
  return series.growth === undefined || series.seconds === undefined ? undefined : Math.round((series.growth / series.seconds) * 100) / 100;
}

/** "since boot" or "between the snapshots on lines 3 and 40 (30 s apart, 2.5 per second)", for a message. */
export function seriesPeriod(series: CounterSeries): Localized {
  if (series.growth === undefined) {
    return { en: 'since the last boot (these counters only grow; paste two snapshots a minute apart to see the current rate)', zh: '自上次开机以来（这些计数器只增不减；隔一分钟再贴一次输出就能看出当前的增长速度）' };
  }
  const between = format(
    { en: 'between the snapshots on lines {from} and {to}', zh: '在第 {from} 行和第 {to} 行两次快照之间' },
    { from: series.first.line + 1, to: series.last.line + 1 },
  );
  const rate = perSecond(series);
  if (rate === undefined) {
    return between;
  }
  const timing = format({ en: ' ({seconds} s apart, {rate} per second)', zh: '（相隔 {seconds} 秒，每秒 {rate} 次）' }, { seconds: Math.round(series.seconds! * 10) / 10, rate });
  return { en: between.en + timing.en, zh: between.zh + timing.zh };
}
