import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { ParsedSocketDump } from '../model/socketTable';
import { forEachLine } from '../parsers/textLines';

/** VS Code folds at most 5,000 regions by default; more only costs the transport. */
export const MAX_FOLDING_RANGES = 5000;

/** Each command's output folds, so a long session can be read one output at a time. */
export function socketDumpFoldingRanges(dump: ParsedSocketDump): FoldingRange[] {
  return dump.sections
    .filter((section) => section.endLine > section.startLine)
    .slice(0, MAX_FOLDING_RANGES)
    .map((section) => ({ startLine: section.startLine, endLine: section.endLine, kind: FoldingRangeKind.Region }));
}

/** Runs of comment lines between entries (licence headers, explanations) fold as comments. */
export function sysctlFoldingRanges(text: string): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  let runStart = -1;
  let lastLine = 0;
  const close = (endLine: number) => {
    if (runStart >= 0 && endLine > runStart && ranges.length < MAX_FOLDING_RANGES) {
      ranges.push({ startLine: runStart, endLine, kind: FoldingRangeKind.Comment });
    }
    runStart = -1;
  };
  forEachLine(text, (lineText, line) => {
    lastLine = line;
    if (isCommentLine(lineText)) {
      runStart = runStart < 0 ? line : runStart;
    } else {
      close(line - 1);
    }
  });
  close(lastLine);
  return ranges;
}

function isCommentLine(text: string): boolean {
  const trimmed = text.trimStart();
  return trimmed.startsWith('#') || trimmed.startsWith(';');
}
