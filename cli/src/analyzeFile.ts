import { type Diagnostic, type Range, uinteger } from 'vscode-languageserver-types';
import type { WorkspaceContext } from '../../server/src/core/analysis/sysctlContext';
import { languageOfFile } from '../../server/src/core/documentKind';
import { createLanguageService, type InsightLanguageService } from '../../server/src/core/languageService';
import type { InsightSettings } from '../../server/src/core/settings';
import { type CliLanguage, say } from './language';
import { readInputFile, type ReadResult, readStandardInput, uriOfInput } from './readInput';
import type { FileKind, FileReport } from './report';

export interface AnalysisOptions {
  readonly command: 'summary' | 'check';
  readonly language: CliLanguage;
  readonly settings: InsightSettings;
  /** `check`: the values of the `--sysctl` files, which dump rules compare with. */
  readonly workspace?: WorkspaceContext;
}

/** What to read: a file path, or standard input. */
export type Source = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'stdin' };

let service: InsightLanguageService | undefined;

/** Reads one input and hands it to the core, as the language server does with an open document. */
export async function analyzeSource(source: Source, options: AnalysisOptions): Promise<FileReport> {
  const displayPath = source.kind === 'file' ? source.path : '-';
  const uri = uriOfInput(displayPath);
  const read: ReadResult = source.kind === 'file' ? await readInputFile(source.path) : await readStandardInput();
  if ('error' in read) {
    return { path: displayPath, uri, kind: 'unknown', languageId: null, error: say(read.error.message, options.language, read.error.values), ...noResult(options.command) };
  }
  return analyzeText(read.text, displayPath, uri, options);
}

function analyzeText(text: string, displayPath: string, uri: string, options: AnalysisOptions): FileReport {
  service ??= createLanguageService();
  const languageId = languageOfFile(displayPath === '-' ? '' : displayPath, text);
  if (languageId === undefined) {
    return { path: displayPath, uri, kind: 'unknown', languageId: null, error: null, ...noResult(options.command) };
  }
  const document = { uri, version: 1, languageId, getText: () => text };
  const parsed = service.parse(document);
  const kind: FileKind = parsed.kind === 'none' ? 'unknown' : parsed.kind;
  const base = { path: displayPath, uri, kind, languageId, error: null };
  if (options.command === 'summary') {
    return { ...base, summary: service.getSummary(document, parsed, options.settings) };
  }
  const diagnostics = service.doValidation(document, parsed, options.settings, options.workspace);
  return { ...base, diagnostics: withinLines(diagnostics, text) };
}

/** The command's field of a report that has nothing to say (not read, or of no kind the core reads). */
export function noResult(command: AnalysisOptions['command']): Pick<FileReport, 'summary' | 'diagnostics'> {
  return command === 'summary' ? { summary: null } : { diagnostics: [] };
}

/**
 * Diagnostics as files and SARIF readers need them: a whole-line range (the core ends it at the
 * largest offset, which editors clamp) ends at the line's real end, and `data`, which only the
 * editor's quick fixes read, is left out.
 */
function withinLines(diagnostics: readonly Diagnostic[], text: string): Diagnostic[] {
  let lineEnds: number[] | undefined;
  const clamp = (range: Range): Range => {
    if (range.end.character < uinteger.MAX_VALUE) {
      return range;
    }
    lineEnds ??= lineLengths(text);
    return { start: range.start, end: { line: range.end.line, character: lineEnds[range.end.line] ?? 0 } };
  };
  return diagnostics.map(({ data: _data, ...diagnostic }) => ({
    ...diagnostic,
    range: clamp(diagnostic.range),
    relatedInformation: diagnostic.relatedInformation?.map((entry) => ({ ...entry, location: { ...entry.location, range: clamp(entry.location.range) } })),
  }));
}

/** Length of each line without its break, in UTF-16 code units as LSP counts. */
function lineLengths(text: string): number[] {
  const lengths: number[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    lengths.push(end - start - (end > start && text.charCodeAt(end - 1) === 13 ? 1 : 0));
    start = end + 1;
  }
  lengths.push(text.length - start);
  return lengths;
}
