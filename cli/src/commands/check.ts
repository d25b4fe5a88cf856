import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectSysctlValues, type WorkspaceContext } from '../../../server/src/core/analysis/sysctlContext';
import type { WorkspaceSysctlFile } from '../../../server/src/core/analysis/sysctlLoadOrder';
import { languageOfFile } from '../../../server/src/core/documentKind';
import { createLanguageService, SYSCTL_LANGUAGE } from '../../../server/src/core/languageService';
import { settingsFrom } from '../../../server/src/core/settings';
import packageJson from '../../../package.json';
import type { FailOn, Invocation } from '../args';
import { checkText, severityCounts } from '../formats/checkText';
import { jsonDocument } from '../formats/json';
import { sarifLog } from '../formats/sarif';
import { type CliLanguage, say } from '../language';
import type { Input } from '../inputs';
import { readInputFile } from '../readInput';
import type { FileReport } from '../report';
import { RULES } from '../rules';
import { analyzeInputs, warn } from '../run';
import { styleFor } from '../terminal';
import { LABELS, MESSAGES } from '../texts';

/** LSP severities (1 error … 4 hint) that make `--fail-on` fail the run. */
const FAILING_SEVERITY: Readonly<Record<FailOn, number>> = { error: 1, warning: 2, information: 3, hint: 4, never: 0 };

/** `netstat-insight check`: the editor's diagnostics. Exit 0, 1 (findings at or above --fail-on) or 2 (usage or I/O error). */
export async function runCheck(invocation: Extract<Invocation, { kind: 'check' }>, language: CliLanguage, inputs: readonly string[]): Promise<number> {
  const style = styleFor(process.stdout, process.env);
  const settings = settingsFrom(invocation.kernel !== undefined ? { kernelVersion: invocation.kernel } : {}, language);
  const sysctl = await sysctlContext(invocation.sysctlFiles, language);
  const reports: FileReport[] = [];
  // The sysctl files being checked are one workspace, as in the editor: which file's line wins.
  const optionsFor = async (expanded: readonly Input[]) => ({
    command: 'check' as const,
    language,
    settings,
    workspace: { ...sysctl.workspace, sysctlFiles: await sysctlFilesAmong(expanded) },
  });
  const { readFailed } = await analyzeInputs(inputs, optionsFor, invocation.jobs, (report) => report.kind !== 'unknown', (report) => {
    reports.push(report);
    if (invocation.format === 'text') {
      process.stdout.write(checkText(report, language, style));
    }
  });
  const counts = severityCounts(reports);
  const readErrors = [...sysctl.errors, ...reports.flatMap((report) => (report.error !== null ? [report.error] : []))];
  switch (invocation.format) {
    case 'text':
      process.stdout.write(`${say(LABELS.findings, language, { files: reports.length, ...counts })}\n`);
      break;
    case 'json':
      process.stdout.write(jsonDocument('check', language, reports, { failOn: invocation.failOn, counts }));
      break;
    case 'sarif':
      process.stdout.write(`${JSON.stringify(sarifLog(reports, { toolVersion: packageJson.version, rules: RULES, language, sourceRoot: process.cwd(), readErrors }), null, 2)}\n`);
      break;
  }
  if (readFailed || sysctl.errors.length > 0) {
    return 2;
  }
  const threshold = FAILING_SEVERITY[invocation.failOn];
  return reports.some((report) => report.diagnostics?.some((diagnostic) => (diagnostic.severity ?? 1) <= threshold)) ? 1 : 0;
}

/**
 * The inputs that are sysctl files by name (`sysctl.conf`, `sysctl.d/*.conf`, `*.sysctl`), parsed: the
 * files whose order decides which line wins. Unreadable ones are left to the analysis to report.
 */
async function sysctlFilesAmong(inputs: readonly Input[]): Promise<WorkspaceSysctlFile[]> {
  const service = createLanguageService();
  const files: WorkspaceSysctlFile[] = [];
  for (const input of inputs) {
    if (input.kind !== 'file' || languageOfFile(input.path, '') !== SYSCTL_LANGUAGE) {
      continue;
    }
    const read = await readInputFile(input.path);
    if ('error' in read) {
      continue;
    }
    const uri = pathToFileURL(path.resolve(input.path)).href;
    const parsed = service.parse({ uri, version: 1, languageId: SYSCTL_LANGUAGE, getText: () => read.text });
    if (parsed.kind === 'sysctl') {
      files.push({ uri, file: parsed.file });
    }
  }
  return files;
}

/** The `--sysctl` files' values, merged as the editor merges a workspace's sysctl files. */
async function sysctlContext(files: readonly string[], language: CliLanguage): Promise<{ workspace: WorkspaceContext; errors: string[] }> {
  const service = createLanguageService();
  const parsedFiles = [];
  const errors: string[] = [];
  for (const file of files) {
    const read = await readInputFile(file);
    if ('error' in read) {
      errors.push(say(read.error.message, language, read.error.values));
      warn(errors[errors.length - 1]);
      continue;
    }
    const uri = pathToFileURL(path.resolve(file)).href;
    const parsed = service.parse({ uri, version: 1, languageId: 'sysctl', getText: () => read.text });
    if (parsed.kind !== 'sysctl' || parsed.file.entries.length === 0) {
      warn(say(MESSAGES.sysctlNotSysctl, language, { path: file }));
      continue;
    }
    parsedFiles.push({ uri, file: parsed.file });
  }
  return { workspace: { sysctlValues: collectSysctlValues(parsedFiles) }, errors };
}
