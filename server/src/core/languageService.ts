import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver-types';
import type { WorkspaceContext } from './analysis/sysctlContext';
import { quickFixes } from './features/codeActions';
import { sysctlCompletions } from './features/completion';
import { describeKey, type KeyDescription } from './features/describeKey';
import { socketDumpSymbols, sysctlSymbols } from './features/documentSymbols';
import { socketDumpFoldingRanges, sysctlFoldingRanges } from './features/foldingRanges';
import { socketDumpFindings, sysctlFindings, toDiagnostics } from './features/diagnostics';
import { socketDumpHover, sysctlHover } from './features/hover';
import { buildSummary, type SummaryResult } from './features/summary';
import type { ParsedSocketDump } from './model/socketTable';
import type { ParsedSysctlFile } from './model/sysctlFile';
import { parseSocketDump } from './parsers/socketDump';
import { parseSysctlFile } from './parsers/sysctlFile';
import type { DisplayLanguage } from './i18n/localized';
import type { InsightSettings } from './settings';

/** The languages the service reads; anything else is ignored. */
export const NETSTAT_LANGUAGE = 'netstat';
export const SYSCTL_LANGUAGE = 'sysctl';

export interface InsightDocument {
  readonly uri: string;
  readonly version: number;
  readonly languageId: string;
  getText(): string;
}

export type ParsedDocument =
  | { readonly kind: 'socket-dump'; readonly dump: ParsedSocketDump }
  | { readonly kind: 'sysctl'; readonly file: ParsedSysctlFile }
  | { readonly kind: 'none' };

export interface InsightLanguageService {
  parse(document: InsightDocument): ParsedDocument;
  /** `workspace`: sysctl values of the workspace's sysctl files, for the dump rules that compare with them. */
  doValidation(document: InsightDocument, parsed: ParsedDocument, settings: InsightSettings, workspace?: WorkspaceContext): Diagnostic[];
  /**
   * `settings.hoverDetail` decides how much it says; `uri` (the document's) lets a brief hover link
   * to the rest through the explain command.
   */
  doHover(lineText: string, position: Position, parsed: ParsedDocument, settings: InsightSettings, uri?: string): Hover | undefined;
  /** Completions, marked incomplete when a list was capped (the editor then asks again as the user types). */
  doCompleteList(lineText: string, position: Position, parsed: ParsedDocument, settings: InsightSettings): CompletionList;
  /** The items of `doCompleteList`. */
  doComplete(lineText: string, position: Position, parsed: ParsedDocument, settings: InsightSettings): CompletionItem[];
  describeKey(key: string): KeyDescription | null;
  getSummary(document: InsightDocument, parsed: ParsedDocument, settings: InsightSettings): SummaryResult | null;
  getCodeActions(uri: string, diagnostics: readonly Diagnostic[], language?: DisplayLanguage): CodeAction[];
  /** The outline: a pasted session's command outputs, or a sysctl file's keys. */
  findDocumentSymbols(parsed: ParsedDocument, settings: InsightSettings): DocumentSymbol[];
  getFoldingRanges(document: InsightDocument, parsed: ParsedDocument): FoldingRange[];
}

/**
 * The pure language service: text in, plain data and LSP types out. Knows nothing of VS Code or of
 * a connection, so unit tests, the server and a future CLI all use the same code.
 */
export function createLanguageService(): InsightLanguageService {
  const completeList: InsightLanguageService['doCompleteList'] = (lineText, position, parsed, settings) =>
    parsed.kind === 'sysctl'
      ? sysctlCompletions(lineText, position.line, position.character, parsed.file, settings.language)
      : { isIncomplete: false, items: [] };
  return {
    parse(document) {
      switch (document.languageId) {
        case NETSTAT_LANGUAGE:
          return { kind: 'socket-dump', dump: parseSocketDump(document.getText()) };
        case SYSCTL_LANGUAGE:
          return { kind: 'sysctl', file: parseSysctlFile(document.getText()) };
        default:
          return { kind: 'none' };
      }
    },
    doValidation(document, parsed, settings, workspace) {
      switch (parsed.kind) {
        case 'socket-dump':
          return toDiagnostics(socketDumpFindings(parsed.dump, settings, workspace), document.uri, settings);
        case 'sysctl':
          return toDiagnostics(sysctlFindings(parsed.file, settings), document.uri, settings);
        case 'none':
          return [];
      }
    },
    doHover(lineText, position, parsed, settings, uri) {
      const options = { detail: settings.hoverDetail, uri };
      switch (parsed.kind) {
        case 'socket-dump':
          return socketDumpHover(lineText, position.line, position.character, parsed.dump, settings.language, options);
        case 'sysctl':
          return sysctlHover(parsed.file, lineText, position.line, position.character, settings.language, undefined, options);
        case 'none':
          return undefined;
      }
    },
    doCompleteList: completeList,
    doComplete(lineText, position, parsed, settings) {
      return completeList(lineText, position, parsed, settings).items;
    },
    describeKey(key) {
      return describeKey(key);
    },
    getSummary(document, parsed, settings) {
      return parsed.kind === 'socket-dump' ? buildSummary(parsed.dump, document, settings.topCount, settings.language) : null;
    },
    getCodeActions(uri, diagnostics, language) {
      return quickFixes(uri, diagnostics, language);
    },
    findDocumentSymbols(parsed, settings) {
      switch (parsed.kind) {
        case 'socket-dump':
          return socketDumpSymbols(parsed.dump, settings.language);
        case 'sysctl':
          return sysctlSymbols(parsed.file);
        case 'none':
          return [];
      }
    },
    getFoldingRanges(document, parsed) {
      switch (parsed.kind) {
        case 'socket-dump':
          return socketDumpFoldingRanges(parsed.dump);
        case 'sysctl':
          return sysctlFoldingRanges(document.getText());
        case 'none':
          return [];
      }
    },
  };
}
