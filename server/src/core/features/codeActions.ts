import { type CodeAction, CodeActionKind, type Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { type DisplayLanguage, format, localize } from '../i18n/localized';
import type { DiagnosticData } from './diagnostics';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { ExplainStateCommand, ShowRowsCommand } from './editorCommands';
import { MAX_GROUP_LINES } from '../rules/dump/grouping';
import { decodeRowLines } from './rowLines';

/**
 * Code actions for our own diagnostics, rebuilt from what each diagnostic carries in `data`:
 * text edits for sysctl fixes, editor commands for the socket rows of a dump diagnostic.
 */
export function quickFixes(uri: string, diagnostics: readonly Diagnostic[], language: DisplayLanguage = 'en'): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    // The client echoes diagnostics back: anything that is not one of ours, intact, is passed over.
    if (typeof diagnostic !== 'object' || diagnostic === null || diagnostic.source !== DIAGNOSTIC_SOURCE || !isDiagnosticData(diagnostic.data)) {
      continue;
    }
    for (const fix of diagnostic.data.fixes ?? []) {
      if (!isFix(fix)) {
        continue;
      }
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
    const rows = diagnostic.data.rows;
    const lines = rows && decodeRowLines(rows.lines, MAX_GROUP_LINES);
    if (rows && lines && lines.length > 0) {
      const args: ShowRowsCommand.Args = { uri, lines, label: rows.label };
      const text = lines.length === 1
        ? { en: 'Show this row in the summary panel', zh: '在摘要面板中显示这一行' }
        : { en: 'Show these {count} rows in the summary panel', zh: '在摘要面板中显示这 {count} 行' };
      const title = localize(format(text, { count: lines.length }), language, ' / ');
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ShowRowsCommand.id, arguments: [args] } });
    }
    if (rows?.state && rows.stateAt) {
      const args: ExplainStateCommand.Args = { uri, state: rows.state, line: rows.stateAt.line, character: rows.stateAt.character };
      const title = localize(format({ en: 'Explain the {state} state', zh: '解释 {state} 状态' }, { state: rows.state }), language, ' / ');
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ExplainStateCommand.id, arguments: [args] } });
    }
  }
  return actions;
}

type Fix = NonNullable<DiagnosticData['fixes']>[number];

function isFix(fix: unknown): fix is Fix {
  if (typeof fix !== 'object' || fix === null) {
    return false;
  }
  const candidate = fix as Fix;
  const span = candidate.span as unknown;
  return (
    typeof candidate.title === 'string' &&
    typeof candidate.newText === 'string' &&
    Number.isInteger(candidate.line) &&
    (span === undefined || (typeof span === 'object' && span !== null && Number.isInteger(candidate.span?.start) && Number.isInteger(candidate.span?.end)))
  );
}

function isDiagnosticData(data: unknown): data is DiagnosticData {
  if (typeof data !== 'object' || data === null) {
    return false;
  }
  const candidate = data as DiagnosticData;
  const rows = candidate.rows as unknown;
  return (
    (candidate.fixes === undefined || Array.isArray(candidate.fixes)) &&
    (rows === undefined || (typeof rows === 'object' && rows !== null && typeof candidate.rows?.lines === 'string'))
  );
}
