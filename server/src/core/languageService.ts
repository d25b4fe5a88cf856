import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver-types';
import type { WorkspaceContext } from './analysis/sysctlContext';
import { quickFixes } from './features/codeActions';
import { sysctlCompletions } from './features/completion';
import { type ComparedDocument, compareDocuments, type Comparison } from './features/compare';
import { describeKey, type KeyDescription } from './features/describeKey';
import { socketDumpSymbols, sysctlSymbols } from './features/documentSymbols';
import { socketDumpFoldingRanges, sysctlFoldingRanges } from './features/foldingRanges';
import { socketDumpFindingSteps, sysctlFindingSteps, toDiagnostics } from './features/diagnostics';
import { socketDumpHover, sysctlHover } from './features/hover';
import { nonDefaultValues, type NonDefaultValues } from './features/nonDefaultValues';
import { buildSummary, type SummaryResult } from './features/summary';
import { buildTimelineResult, type TimelineResult } from './features/timeline';
import type { ParsedSocketDump } from './model/socketTable';
import type { ParsedSysctlFile } from './model/sysctlFile';
import { lineOfParse } from './parsers/lineIndex';
import { parseSocketDump, reparseSocketDump, type UnchangedEnds } from './parsers/socketDump';
import { parseSysctlFile, reparseSysctlFile } from './parsers/sysctlFile';
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

/** Tells a request that its answer is no longer wanted (an LSP CancellationToken is one). */
export interface CancellationSignal {
  readonly isCancellationRequested: boolean;
}

/**
 * `uri` (the document's) lets a brief hover link to the rest through the explain command; `workspace`
 * (sysctl files) lets a key hover say which value the workspace's files leave in effect.
 */
export interface HoverOptions {
  readonly uri?: string;
  readonly workspace?: WorkspaceContext;
  readonly cancel?: CancellationSignal;
}

export type ParsedDocument =
  | { readonly kind: 'socket-dump'; readonly dump: ParsedSocketDump }
  | { readonly kind: 'sysctl'; readonly file: ParsedSysctlFile }
  | { readonly kind: 'none' };

/**
 * The parse of an earlier version of the document and what the editor says its changes since then
 * touched: the first line, and (when known) the characters at both ends they left alone.
 */
export interface PreviousParse {
  readonly parsed: ParsedDocument;
  readonly firstChangedLine: number;
  readonly unchanged?: UnchangedEnds;
}

export interface InsightLanguageService {
  /**
   * `previous`: the parse of an earlier version of the same document and the first line the edits
   * since then changed; what the edit left alone is reused. The result equals a fresh parse.
   */
  parse(document: InsightDocument, previous?: PreviousParse): ParsedDocument;
  /** `workspace`: sysctl values of the workspace's sysctl files, for the dump rules that compare with them. */
  doValidation(document: InsightDocument, parsed: ParsedDocument, settings: InsightSettings, workspace?: WorkspaceContext): Diagnostic[];
  /**
   * The diagnostics of `doValidation` in small steps (a dump: one rule over one section each), in the
   * same order. Stopping the iteration stops the work: an adapter yields between steps to keep answering
   * requests, and stops when a newer version makes the result stale.
   */
  validationSteps(document: InsightDocument, parsed: ParsedDocument, settings: InsightSettings, workspace?: WorkspaceContext, cancel?: CancellationSignal): Iterable<Diagnostic[]>;
  /**
   * The hover at `position` of `document`, whose parse is `parsed`; `settings.hoverDetail` decides how
   * much it says. A dump's hover finds the token under the cursor from its parse.
   */
  doHover(document: InsightDocument, position: Position, parsed: ParsedDocument, settings: InsightSettings, options?: HoverOptions): Hover | undefined;
  /** Completions, marked incomplete when a list was capped (the editor then asks again as the user types). */
  doCompleteList(document: InsightDocument, position: Position, parsed: ParsedDocument, settings: InsightSettings, cancel?: CancellationSignal): CompletionList;
  /** The items of `doCompleteList`. */
  doComplete(document: InsightDocument, position: Position, parsed: ParsedDocument, settings: InsightSettings, cancel?: CancellationSignal): CompletionItem[];
  describeKey(key: string): KeyDescription | null;
  getSummary(document: InsightDocument, parsed: ParsedDocument, settings: InsightSettings): SummaryResult | null;
  /** A dump's snapshots read as a timeline (`netstatInsight/timeline`); null for anything else. */
  getTimeline(parsed: ParsedDocument, settings: InsightSettings): TimelineResult | null;
  /** For `sysctl -a` output: what the host changed from its kernel's defaults; null for anything else. */
  getNonDefaultValues(parsed: ParsedDocument, settings: InsightSettings): NonDefaultValues | null;
  getCodeActions(uri: string, diagnostics: readonly Diagnostic[], language?: DisplayLanguage): CodeAction[];
  /** The outline: a pasted session's command outputs, or a sysctl file's keys. */
  findDocumentSymbols(parsed: ParsedDocument, settings: InsightSettings): DocumentSymbol[];
  getFoldingRanges(document: InsightDocument, parsed: ParsedDocument): FoldingRange[];
  /** What changed from `base` to `other`: two socket dumps (or two outputs of one paste), or two sysctl files. */
  compare(base: ComparedDocument, other: ComparedDocument, settings: InsightSettings): Comparison;
}

/**
 * The pure language service: text in, plain data and LSP types out. Knows nothing of VS Code or of
 * a connection, so unit tests, the server and a future CLI all use the same code.
 */
export function createLanguageService(): InsightLanguageService {
  const completeList: InsightLanguageService['doCompleteList'] = (document, position, parsed, settings, cancel) =>
    parsed.kind === 'sysctl' && !cancel?.isCancellationRequested
      ? sysctlCompletions(sysctlLineText(document, parsed.file, position.line), position.line, position.character, parsed.file, settings.language)
      : { isIncomplete: false, items: [] };
  function* validationSteps(document: InsightDocument, parsed: ParsedDocument, settings: InsightSettings, workspace?: WorkspaceContext, cancel?: CancellationSignal): Generator<Diagnostic[], void> {
    switch (parsed.kind) {
      case 'socket-dump':
        for (const findings of socketDumpFindingSteps(parsed.dump, settings, workspace)) {
          if (cancel?.isCancellationRequested) {
            return;
          }
          yield toDiagnostics(findings, document.uri, settings);
        }
        return;
      case 'sysctl':
        for (const findings of sysctlFindingSteps(parsed.file, settings, workspace, document.uri)) {
          if (cancel?.isCancellationRequested) {
            return;
          }
          yield toDiagnostics(findings, document.uri, settings);
        }
        return;
      case 'none':
        return;
    }
  }
  return {
    parse(document, previous) {
      switch (document.languageId) {
        case NETSTAT_LANGUAGE:
          return {
            kind: 'socket-dump',
            dump:
              previous?.parsed.kind === 'socket-dump'
                ? reparseSocketDump(previous.parsed.dump, document.getText(), previous.firstChangedLine, previous.unchanged)
                : parseSocketDump(document.getText()),
          };
        case SYSCTL_LANGUAGE:
          return {
            kind: 'sysctl',
            file:
              previous?.parsed.kind === 'sysctl'
                ? reparseSysctlFile(previous.parsed.file, document.getText(), previous.firstChangedLine)
                : parseSysctlFile(document.getText()),
          };
        default:
          return { kind: 'none' };
      }
    },
    doValidation(document, parsed, settings, workspace) {
      return [...validationSteps(document, parsed, settings, workspace)].flat();
    },
    validationSteps,
    doHover(document, position, parsed, settings, { uri, workspace, cancel } = {}) {
      if (cancel?.isCancellationRequested) {
        return undefined;
      }
      const options = { detail: settings.hoverDetail, uri, workspace };
      switch (parsed.kind) {
        case 'socket-dump':
          return socketDumpHover(parsed.dump, position.line, position.character, settings.language, options);
        case 'sysctl':
          return sysctlHover(parsed.file, sysctlLineText(document, parsed.file, position.line), position.line, position.character, settings.language, undefined, options);
        case 'none':
          return undefined;
      }
    },
    doCompleteList: completeList,
    doComplete(document, position, parsed, settings, cancel) {
      return completeList(document, position, parsed, settings, cancel).items;
    },
    describeKey(key) {
      return describeKey(key);
    },
    getNonDefaultValues(parsed, settings) {
      return parsed.kind === 'sysctl' ? nonDefaultValues(parsed.file, settings.kernelVersion) : null;
    },
    getSummary(document, parsed, settings) {
      return parsed.kind === 'socket-dump' ? buildSummary(parsed.dump, document, settings.topCount, settings.language) : null;
    },
    getTimeline(parsed, settings) {
      return parsed.kind === 'socket-dump' ? buildTimelineResult(parsed.dump, settings.language) : null;
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
    compare(base, other, settings) {
      return compareDocuments(base, other, settings.topCount);
    },
  };
}

/** Line `line` of `document` (whose parse is `file`) without its line break; empty past the last line. */
function sysctlLineText(document: InsightDocument, file: ParsedSysctlFile, line: number): string {
  return lineOfParse(file, () => document.getText(), line) ?? '';
}
