import { type CodeAction, CodeActionKind, type Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { QuickFixData } from './diagnostics';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** Quick fixes for our own diagnostics, rebuilt from the edits each diagnostic carries in `data`. */
export function quickFixes(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isQuickFixData(diagnostic.data)) {
      continue;
    }
    for (const fix of diagnostic.data.fixes) {
      const range = fix.span
        ? Range.create(fix.line, fix.span.start, fix.line, fix.span.end)
        : Range.create(fix.line, 0, fix.line + 1, 0);
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.isPreferred,
        edit: { changes: { [uri]: [TextEdit.replace(range, fix.newText)] } },
      });
    }
  }
  return actions;
}

function isQuickFixData(data: unknown): data is QuickFixData {
  return typeof data === 'object' && data !== null && Array.isArray((data as QuickFixData).fixes);
}
