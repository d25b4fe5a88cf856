import { countSections, type SectionSummary } from '../analysis/sectionCounts';
import { type DumpSummary, summarizeDump } from '../analysis/summarize';
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
  return {
    uri: document.uri,
    version: document.version,
    languageId: document.languageId,
    lineCount: dump.lineCount,
    ...summarizeDump(dump, topCount),
    sections: countSections(dump).map((section) => ({ ...section, formatName: localize(sectionFormatName(section.format), language, ' / ') })),
  };
}

keepShape('summary', buildSummary(SHAPE_WITNESS, { uri: '', version: 0, languageId: '' }, 5, 'en'));
