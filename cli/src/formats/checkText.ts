import type { Diagnostic } from 'vscode-languageserver-types';
import { type CliLanguage, say } from '../language';
import type { FileReport } from '../report';
import { printable, type Style } from '../terminal';
import { LABELS, SEVERITY_NAMES } from '../texts';

/** `path:line:column: severity message [code]`, one line per diagnostic, as compilers print them (1-based). */
export function checkText(report: FileReport, language: CliLanguage, style: Style): string {
  const path = printable(report.path);
  if (report.error !== null) {
    return `${style.bold(path)}: ${style.red(say(LABELS.error, language))}: ${printable(report.error)}\n`;
  }
  return (report.diagnostics ?? [])
    .map((diagnostic) => {
      const where = `${path}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
      const message = printable(diagnostic.message.replace(/\r?\n/g, ' '));
      return `${style.bold(where)}: ${severityWord(diagnostic, language, style)} ${message} ${style.dim(`[${String(diagnostic.code)}]`)}\n`;
    })
    .join('');
}

function severityWord(diagnostic: Diagnostic, language: CliLanguage, style: Style): string {
  const severity = diagnostic.severity ?? 1;
  const word = say(SEVERITY_NAMES[severity - 1], language);
  return severity === 1 ? style.red(word) : severity === 2 ? style.yellow(word) : severity === 3 ? style.blue(word) : style.dim(word);
}

/** Counts per severity over all reports: the closing line of the text report and the exit code. */
export function severityCounts(reports: readonly FileReport[]): { error: number; warning: number; information: number; hint: number } {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  const names = ['error', 'warning', 'information', 'hint'] as const;
  for (const report of reports) {
    for (const diagnostic of report.diagnostics ?? []) {
      counts[names[(diagnostic.severity ?? 1) - 1]]++;
    }
  }
  return counts;
}
