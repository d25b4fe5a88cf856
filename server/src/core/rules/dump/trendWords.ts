import type { Trend, TimelineSnapshot } from '../../analysis/timeline';
import { format, type Localized } from '../../i18n/localized';
import type { RelatedLine } from '../finding';

/** "from 3 to 18 over 4 snapshots, +15 in 2.5 minutes (6 per minute)" — how much and how fast. */
export function trendWords(trend: Trend): Localized {
  const values = { from: trend.from, to: trend.to, growth: trend.to - trend.from, snapshots: trend.snapshots };
  const amount = format({ en: 'from {from} to {to} across {snapshots} snapshots without falling once (+{growth})', zh: '在 {snapshots} 个快照中从 {from} 一路涨到 {to}，从未回落（+{growth}）' }, values);
  if (trend.seconds === undefined) {
    return joined(amount, { en: '; the snapshots print no readable time, so the speed is unknown', zh: '；快照没有可读的时间，无法算出增长速度' });
  }
  const minutes = trend.seconds / 60;
  const speed = {
    minutes: round(minutes),
    perMinute: round((trend.to - trend.from) / minutes),
  };
  return joined(amount, format({ en: ' in {minutes} minutes, {perMinute} per minute', zh: '，历时 {minutes} 分钟，每分钟增加 {perMinute} 个' }, speed));
}

/** The first and the last snapshot of the trend, for the diagnostic's related lines. */
export function trendEnds(trend: Trend): RelatedLine[] {
  return [snapshotLine(trend.first, trend.from, { en: 'first snapshot', zh: '第一个快照' })];
}

function snapshotLine(snapshot: TimelineSnapshot, count: number, which: Localized): RelatedLine {
  const label = snapshot.label === '' ? '' : ` (${snapshot.label})`;
  return { line: snapshot.startLine, message: { en: `${which.en}${label}: ${count}`, zh: `${which.zh}${label}：${count}` } };
}

/** Puts the trend's words where a message says `{trend}`. */
export function withTrend(template: Localized, trend: Localized): Localized {
  return { en: template.en.replace('{trend}', trend.en), zh: template.zh.replace('{trend}', trend.zh) };
}

function joined(a: Localized, b: Localized): Localized {
  return { en: a.en + b.en, zh: a.zh + b.zh };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
