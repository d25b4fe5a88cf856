import { compareDumps, type DumpComparison, type DumpSide } from '../analysis/compareDumps';
import { compareSysctl, type SysctlComparison } from '../analysis/compareSysctl';
import { format, type Localized } from '../i18n/localized';
import type { DumpSection, ParsedSocketDump } from '../model/socketTable';
import type { ParsedDocument } from '../languageService';

/** One side of `netstat-insight compare` / `netstatInsight/compare`: a parsed document and, in a paste, the section starting at `startLine`. */
export interface ComparedDocument {
  readonly parsed: ParsedDocument;
  readonly startLine?: number;
}

/** Why two documents cannot be compared. */
export interface NotComparable {
  readonly kind: 'not-comparable';
  readonly reason: Localized;
}

export type Comparison = DumpComparison | SysctlComparison | NotComparable;

const REASONS = {
  differentKinds: {
    en: 'Only two socket dumps, or two sysctl files, can be compared.',
    zh: '只能对比两份 socket 输出，或两份 sysctl 文件。',
  },
  noSection: {
    en: 'No output of the paste starts at line {line}.',
    zh: '粘贴内容中没有从第 {line} 行开始的命令输出。',
  },
} satisfies Record<string, Localized>;

/** What changed from `base` to `other`: socket dumps (or two outputs of one paste), or sysctl files. */
export function compareDocuments(base: ComparedDocument, other: ComparedDocument, topCount: number): Comparison {
  if (base.parsed.kind === 'sysctl' && other.parsed.kind === 'sysctl') {
    return compareSysctl(base.parsed.file, other.parsed.file);
  }
  if (base.parsed.kind !== 'socket-dump' || other.parsed.kind !== 'socket-dump') {
    return { kind: 'not-comparable', reason: REASONS.differentKinds };
  }
  const baseSide = dumpSide(base.parsed.dump, base);
  const otherSide = dumpSide(other.parsed.dump, other);
  if (baseSide === undefined || otherSide === undefined) {
    const line = (baseSide === undefined ? base.startLine : other.startLine) ?? 0;
    return { kind: 'not-comparable', reason: format(REASONS.noSection, { line: line + 1 }) };
  }
  return compareDumps(baseSide, otherSide, topCount);
}

/** The side to compare; undefined when no section of the paste starts at the line asked for. */
function dumpSide(dump: ParsedSocketDump, side: ComparedDocument): DumpSide | undefined {
  if (side.startLine === undefined) {
    return { dump };
  }
  const section: DumpSection | undefined = dump.sections.find((candidate) => candidate.startLine === side.startLine);
  return section === undefined ? undefined : { dump, section };
}
