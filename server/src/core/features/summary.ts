import { type KernelMessageTally, kernelMessageTallies } from '../analysis/kernelMessageTally';
import { countSections, type SectionSummary } from '../analysis/sectionCounts';
import { kernelMessageDoc, RATELIMIT_DOC } from '../knowledge/kernelLogMessages';
import { type DumpSummary, summarizeDump } from '../analysis/summarize';
import { latestRowSnapshot, timelineOf } from '../analysis/timeline';
import { CANONICAL_STATES, type TcpState } from '../model/tcpState';
import { type DisplayLanguage, localize } from '../i18n/localized';
import { sectionFormatName } from '../parsers/formats/index';
import type { ParsedSocketDump } from '../model/socketTable';
import { keepShape } from '../model/warmShapes';
import { SHAPE_WITNESS } from '../parsers/socketDump';

/** The `netstatInsight/summary` result: the document's counts plus what the panel shows around them. */
export interface SummaryResult extends DumpSummary {
  readonly uri: string;
  readonly version: number;
  readonly languageId: string;
  readonly lineCount: number;
  /** Per command output of a pasted session, in document order. */
  readonly sections: readonly LabelledSection[];
  /**
   * In a series of snapshots (see analysis/timeline.ts) `total` and `states` are the latest snapshot's,
   * not the sum of all: this says how many snapshots there are and where the latest starts.
   */
  readonly series?: { readonly snapshots: number; readonly latestStartLine: number };
  /** The network stack's kernel log messages, counted per kind (empty without any). */
  readonly kernelMessages: readonly KernelMessageSummary[];
}

/** One kind of kernel log message: how often, where, and when, for the panel. */
export interface KernelMessageSummary {
  /** A kind of knowledge/kernelLogMessages.ts, or `suppressed` (net_ratelimit's count of held-back messages). */
  readonly kind: string;
  /** The kind named in the reader's language. */
  readonly name: string;
  readonly count: number;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly firstTime?: string;
  readonly lastTime?: string;
  /** SYN flood ports and neighbour tables as printed, at most MAX_TALLIED_SUBJECTS. */
  readonly subjects?: readonly string[];
  /** `suppressed`: the messages held back, added up. */
  readonly suppressed?: number;
}

/** A section with its format named in the reader's language, for the panel. */
export interface LabelledSection extends SectionSummary {
  readonly formatName: string;
}

export function buildSummary(
  dump: ParsedSocketDump,
  document: { uri: string; version: number; languageId: string },
  topCount: number,
  language: DisplayLanguage,
): SummaryResult {
  const sections = countSections(dump);
  const summary = {
    uri: document.uri,
    version: document.version,
    languageId: document.languageId,
    lineCount: dump.lineCount,
    ...summarizeDump(dump, topCount),
    sections: sections.map((section) => ({ ...section, formatName: localize(sectionFormatName(section.format), language, ' / ') })),
    kernelMessages: kernelMessageTallies(dump).map((tally) => kernelMessageSummary(tally, language)),
  };
  const series = latestRowSnapshot(timelineOf(dump, sections));
  if (!series) {
    return summary;
  }
  // A series' document counts what its latest snapshot shows; every state is listed, as in a document's own counts.
  const { latest } = series;
  const states = Object.fromEntries(CANONICAL_STATES.map((state) => [state, latest.states[state] ?? 0])) as Record<TcpState, number>;
  return { ...summary, total: latest.total, states, series: { snapshots: series.series.snapshots.length, latestStartLine: latest.startLine } };
}

function kernelMessageSummary(tally: KernelMessageTally, language: DisplayLanguage): KernelMessageSummary {
  const { kind, count, firstLine, lastLine, firstTime, lastTime, subjects, suppressed } = tally;
  const title = kind === 'suppressed' ? RATELIMIT_DOC.title : kernelMessageDoc(kind).title;
  return {
    kind,
    name: localize(title, language, ' / '),
    count,
    firstLine,
    lastLine,
    ...(firstTime === undefined ? {} : { firstTime }),
    ...(lastTime === undefined ? {} : { lastTime }),
    ...(subjects.length === 0 ? {} : { subjects }),
    ...(kind === 'suppressed' ? { suppressed } : {}),
  };
}

keepShape('summary', buildSummary(SHAPE_WITNESS, { uri: '', version: 0, languageId: '' }, 5, 'en'));
