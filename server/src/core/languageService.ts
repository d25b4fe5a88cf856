import type { CodeAction, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { quickFixes } from './features/codeActions';
import { socketDumpFindings, sysctlFindings, toDiagnostics } from './features/diagnostics';
import { stateHover, sysctlHover } from './features/hover';
import { buildSummary, type SummaryResult } from './features/summary';
import type { ParsedSocketDump } from './model/socketTable';
import type { ParsedSysctlFile } from './model/sysctlFile';
import { parseSocketDump } from './parsers/socketDump';
import { parseSysctlFile } from './parsers/sysctlFile';
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
  doValidation(document: InsightDocument, parsed: ParsedDocument, settings: InsightSettings): Diagnostic[];
  doHover(lineText: string, position: Position, parsed: ParsedDocument, settings: InsightSettings): Hover | undefined;
  getSummary(document: InsightDocument, parsed: ParsedDocument, settings: InsightSettings): SummaryResult | null;
  getCodeActions(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[];
}

/**
 * The pure language service: text in, plain data and LSP types out. Knows nothing of VS Code or of
 * a connection, so unit tests, the server and a future CLI all use the same code.
 */
export function createLanguageService(): InsightLanguageService {
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
    doValidation(document, parsed, settings) {
      switch (parsed.kind) {
        case 'socket-dump':
          return toDiagnostics(socketDumpFindings(parsed.dump, settings), document.uri, settings);
        case 'sysctl':
          return toDiagnostics(sysctlFindings(parsed.file, settings), document.uri, settings);
        case 'none':
          return [];
      }
    },
    doHover(lineText, position, parsed, settings) {
      switch (parsed.kind) {
        case 'socket-dump':
          return stateHover(lineText, position.line, position.character, parsed.dump, settings.language);
        case 'sysctl':
          return sysctlHover(parsed.file, position.line, position.character, settings.language);
        case 'none':
          return undefined;
      }
    },
    getSummary(document, parsed, settings) {
      return parsed.kind === 'socket-dump' ? buildSummary(parsed.dump, document, settings.topCount) : null;
    },
    getCodeActions(uri, diagnostics) {
      return quickFixes(uri, diagnostics);
    },
  };
}
