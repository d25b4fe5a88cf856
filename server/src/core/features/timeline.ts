import { type Timeline, type TimelineSeries, type TimelineSnapshot, timelineOf } from '../analysis/timeline';
import { type DisplayLanguage, format, localize } from '../i18n/localized';
import type { ParsedSocketDump } from '../model/socketTable';
import { sectionFormatName } from '../parsers/formats/index';
import type { ZoneAssumption } from '../parsers/printedTime';

/** The `netstatInsight/timeline` result: the document's snapshots, main series first, in the reader's language. */
export interface TimelineResult {
  /** The main series' snapshots, in document order; empty when the document is no series. */
  readonly snapshots: readonly TimelineSnapshot[];
  /** Every series (the main one first), each named for the reader: `ss -s`, `netstat -s`… */
  readonly series: readonly LabelledSeries[];
  /** How ambiguous zone abbreviations were read (`CST` taken as China Standard Time, +08:00…). */
  readonly zoneNotes: readonly string[];
}

export interface LabelledSeries extends TimelineSeries {
  /** The command when the sections named one, else the format's name. */
  readonly name: string;
  /** How many earlier snapshots were left out of `snapshots` (see MAX_LISTED_SNAPSHOTS); the rules judge them all. */
  readonly omittedSnapshots?: number;
}

/** The latest snapshots a series lists at most: a day of `watch -n 5` is 17,280 of them. */
export const MAX_LISTED_SNAPSHOTS = 2000;

export function buildTimelineResult(dump: ParsedSocketDump, language: DisplayLanguage): TimelineResult {
  return timelineResultOf(timelineOf(dump), language);
}

function timelineResultOf(timeline: Timeline, language: DisplayLanguage): TimelineResult {
  const series = timeline.series.map((one): LabelledSeries => {
    const name = one.kind.command ?? localize(sectionFormatName(one.kind.format), language, ' / ');
    const omitted = one.snapshots.length - MAX_LISTED_SNAPSHOTS;
    return omitted > 0 ? { kind: one.kind, snapshots: one.snapshots.slice(omitted), name, omittedSnapshots: omitted } : { ...one, name };
  });
  return {
    snapshots: series[0]?.snapshots ?? [],
    series,
    zoneNotes: timeline.zoneAssumptions.map((assumption) => localize(zoneNote(assumption), language, ' / ')),
  };
}

function zoneNote(assumption: ZoneAssumption): { en: string; zh: string } {
  const values = { zone: assumption.zone, offset: assumption.offset, assumedEn: assumption.assumed.en, assumedZh: assumption.assumed.zh, otherEn: assumption.alternative.en, otherZh: assumption.alternative.zh };
  switch (assumption.reason) {
    case 'chinese-date':
      return format({ en: '{zone} read as {assumedEn} ({offset}): the document prints dates in Chinese.', zh: '{zone} 按{assumedZh}（{offset}）理解：文档中的日期是中文格式。' }, values);
    case 'us-zone':
      return format({ en: '{zone} read as {assumedEn} ({offset}): the document names other US zones.', zh: '{zone} 按{assumedZh}（{offset}）理解：文档中还出现了其他美国时区。' }, values);
    case 'default':
      return format(
        { en: '{zone} is ambiguous; read as {assumedEn} ({offset}). If the host uses {otherEn}, the times shift but the intervals between snapshots stay right.', zh: '{zone} 有歧义，按{assumedZh}（{offset}）理解。如果主机用的是{otherZh}，时刻会整体偏移，但快照之间的间隔不受影响。' },
        values,
      );
  }
}
