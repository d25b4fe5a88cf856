import { type AggregatedCounts, histogramLinesOf, histogramSectionCounts } from '../../analysis/histogramCounts';
import { timelineOf } from '../../analysis/timeline';
import { format, type Localized } from '../../i18n/localized';
import type { HistogramLine } from '../../model/histogram';
import type { ParsedSocketDump } from '../../model/socketTable';
import type { TcpState } from '../../model/tcpState';
import { socketColumnsOf } from '../../parsers/socketColumns';
import type { Thresholds } from '../../settings';
import { CappedFindings } from '../cappedFindings';
import type { DumpRule } from './dumpRule';
import { joinLocalized, percent } from './grouping';

/** A histogram section to judge: its lines and what they count. */
export interface JudgedHistogram {
  readonly lines: readonly HistogramLine[];
  readonly counts: AggregatedCounts;
}

/**
 * The histograms a document's rules judge: all of them when it holds no socket table. Beside a table
 * the rules of the table's rows judge those sockets, and a histogram made from it would say it twice.
 * Of a series (one histogram pasted again and again, with times) only the latest is judged, as the
 * summary counts only it; the trend rules judge how the counts moved.
 */
export function histogramsToJudge(dump: ParsedSocketDump): JudgedHistogram[] {
  if (dump.histograms.length === 0 || socketColumnsOf(dump).length > 0) {
    return [];
  }
  const earlierSnapshots = new Set<number>();
  for (const series of timelineOf(dump).series) {
    if (series.kind.format === 'histogram') {
      series.snapshots.slice(0, -1).forEach((snapshot) => earlierSnapshots.add(snapshot.startLine));
    }
  }
  return dump.sections
    .filter((section) => section.format === 'histogram' && !earlierSnapshots.has(section.startLine))
    .map((section) => ({ lines: histogramLinesOf(dump, section), counts: histogramSectionCounts(dump, section) }));
}

/** Where a histogram line prints its value and count: what a finding about it underlines. */
export function spanOfLine(line: HistogramLine): { start: number; end: number } {
  const { countSpan, valueSpan } = line;
  return valueSpan ? { start: Math.min(countSpan.start, valueSpan.start), end: Math.max(countSpan.end, valueSpan.end) } : countSpan;
}

/** The message of a state count, as the rule words it; `share` says what part of the histogram's TCP sockets it is. */
type StateMessage = (values: { count: number; share: Localized }) => Localized;

/**
 * A rule over the count of one state in each state histogram (or `grep -c STATE`), from the threshold
 * the rule over rows uses for the same state: a histogram cannot tell the groups that rule counts, so
 * its whole count stands for one group.
 */
export function histogramStateRule(code: string, state: TcpState, threshold: keyof Thresholds, message: StateMessage): DumpRule {
  return {
    code,
    wholeDocument: true,
    *check({ dump, settings }) {
      const findings = new CappedFindings(code, 'warning');
      for (const { lines, counts } of histogramsToJudge(dump)) {
        const count = counts.states[state] ?? 0;
        const first = lines.find((line) => line.state === state && !line.residue);
        if (!first || count < settings.thresholds[threshold]) {
          continue;
        }
        // `grep -c` counts one state: no share to give.
        const share =
          counts.total > count
            ? format({ en: ' ({share}% of the {total} TCP sockets it counted)', zh: '（占其统计的 {total} 个 TCP 连接的 {share}%）' }, { share: percent(count, counts.total), total: counts.total })
            : { en: '', zh: '' };
        if (findings.hasRoom) {
          findings.add({ code, severity: 'warning', line: first.line, span: spanOfLine(first), message: joinLocalized(message({ count, share }), AGGREGATED_NOTE) });
        } else {
          findings.skip(first.line, spanOfLine(first));
        }
      }
      yield;
      return findings.result(MORE_HISTOGRAMS);
    },
  };
}

/** The summary of the findings past the cap: a paste of thousands of histograms (a series) gets a short list. */
export const MORE_HISTOGRAMS: Localized = {
  en: '{hidden} more histograms from here on reach this rule\'s threshold and are not reported one by one.',
  zh: '从这里开始还有 {hidden} 份统计结果达到本规则的阈值，不再逐一提示。',
};

/** Every histogram finding ends by saying why it points at no rows. */
const AGGREGATED_NOTE: Localized = {
  en: ' (Counted by the command that printed this histogram: aggregated counts, no rows to list.)',
  zh: '（由打印这份统计的命令计数：这是汇总结果，没有可以列出的明细行。）',
};
