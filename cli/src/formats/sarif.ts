import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { type CliLanguage, say } from '../language';
import type { FileReport } from '../report';
import { type RuleDescription, rulesDocAnchor, rulesDocBaseUrl } from '../rules';

/** LSP severity (1 error … 4 hint) → SARIF level; a hint is a note too (SARIF's `none` would hide it in code scanning). */
const LEVELS = ['error', 'warning', 'note', 'note'] as const;

export interface SarifContext {
  readonly toolVersion: string;
  readonly rules: readonly RuleDescription[];
  readonly language: CliLanguage;
  /** The repository root: artifact URIs are relative to it, under `%SRCROOT%`. */
  readonly sourceRoot: string;
  /** Messages of inputs that could not be read, reported as tool notifications. */
  readonly readErrors: readonly string[];
  /** docs/rules.md as published, for each rule's `helpUri`; none when the package names no repository. */
  readonly rulesDocUrl?: string;
}

/** One SARIF 2.1.0 log with one run, as GitHub code scanning ingests it. */
export function sarifLog(reports: readonly FileReport[], context: SarifContext): object {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.code, index]));
  const docsUrl = context.rulesDocUrl ?? rulesDocBaseUrl();
  const results = reports.flatMap((report) =>
    (report.diagnostics ?? []).map((diagnostic) => {
      const code = String(diagnostic.code);
      const location = (range: Range) => ({ physicalLocation: { artifactLocation: artifactLocation(report.path, context.sourceRoot), region: region(range) } });
      return {
        ruleId: code,
        ...(ruleIndex.has(code) ? { ruleIndex: ruleIndex.get(code) } : {}),
        level: LEVELS[(diagnostic.severity ?? 1) - 1],
        message: { text: diagnostic.message },
        locations: [location(diagnostic.range)],
        ...relatedLocations(diagnostic, location),
      };
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'netstat-insight',
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            rules: context.rules.map((rule) => {
              const text = say(rule.description, context.language);
              return {
                id: rule.code,
                shortDescription: { text },
                fullDescription: { text },
                help: { text, markdown: docsUrl ? `${text}\n\n[docs/rules.md](${docsUrl}#${rulesDocAnchor(rule.code)})` : text },
                ...(docsUrl ? { helpUri: `${docsUrl}#${rulesDocAnchor(rule.code)}` } : {}),
                ...(rule.defaultSeverity ? { defaultConfiguration: { level: LEVELS[['error', 'warning', 'information', 'hint'].indexOf(rule.defaultSeverity)] } } : {}),
                properties: { tags: [rule.appliesTo] },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(context.sourceRoot).href.replace(/\/?$/, '/')}` } },
        invocations: [
          {
            executionSuccessful: context.readErrors.length === 0,
            toolExecutionNotifications: context.readErrors.map((text) => ({ level: 'error', message: { text } })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** Relative to the repository root with `%SRCROOT%`; standard input and files outside the root keep an absolute URI. */
function artifactLocation(filePath: string, sourceRoot: string): { uri: string; uriBaseId?: string } {
  if (filePath === '-') {
    return { uri: 'stdin' };
  }
  const absolute = path.resolve(filePath);
  const relative = path.relative(sourceRoot, absolute);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(absolute).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** LSP ranges are 0-based with an exclusive end; SARIF regions are 1-based, `endColumn` one past the last character. */
function region(range: Range): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

function relatedLocations(diagnostic: Diagnostic, location: (range: Range) => { physicalLocation: object }): { relatedLocations?: object[] } {
  const related = diagnostic.relatedInformation ?? [];
  if (related.length === 0) {
    return {};
  }
  return { relatedLocations: related.map((entry, index) => ({ id: index + 1, ...location(entry.location.range), message: { text: entry.message } })) };
}
