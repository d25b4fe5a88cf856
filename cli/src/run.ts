import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { type AnalysisOptions, noResult, type Source } from './analyzeFile';
import { expandInputs, type Input } from './inputs';
import { type CliLanguage, say } from './language';
import type { FileReport } from './report';
import { Progress } from './terminal';
import { MESSAGES } from './texts';
import { analyzeAll } from './workerPool';

/**
 * What `summary` and `check` share: expand the arguments, analyse every input (on `jobs`
 * threads), hand each report in input order to `emit`. Files found by walking a directory that
 * `keep` rejects are skipped and counted in a note; notes and read errors go to stderr.
 * Resolves whether any input could not be read (exit code 2). `optionsFor` sees the expanded inputs
 * before any is analysed (check: the sysctl files among them are judged against each other).
 */
export async function analyzeInputs(
  argumentsGiven: readonly string[],
  optionsFor: AnalysisOptions | ((inputs: readonly Input[]) => Promise<AnalysisOptions>),
  jobs: number,
  keep: (report: FileReport) => boolean,
  emit: (report: FileReport) => void,
): Promise<{ readonly readFailed: boolean }> {
  const { inputs, notes } = await expandInputs(argumentsGiven);
  const options = typeof optionsFor === 'function' ? await optionsFor(inputs) : optionsFor;
  const language: CliLanguage = options.language;
  for (const note of notes) {
    warn(say(note.message, language, note.values));
  }
  const explicit = inputs.map((input) => input.kind !== 'file' || input.explicit);
  const sources = inputs.map((input): Source | { kind: 'report'; report: FileReport } =>
    input.kind === 'error'
      ? { kind: 'report', report: { path: input.path, uri: pathToFileURL(path.resolve(input.path)).href, kind: 'unknown', languageId: null, error: say(input.message, language, input.values), ...noResult(options.command) } }
      : input,
  );
  const progress = new Progress(process.stderr, sources.length);
  let readFailed = false;
  let skipped = 0;
  let finished = 0;
  await analyzeAll(sources, options, jobs, (report, index) => {
    progress.update(++finished, report.path);
    if (report.error !== null) {
      readFailed = true;
      progress.clear();
      warn(report.error);
    }
    if (!explicit[index] && report.error === null && !keep(report)) {
      skipped++;
      return;
    }
    progress.clear();
    emit(report);
  });
  progress.clear();
  if (skipped > 0) {
    warn(say(options.command === 'summary' ? MESSAGES.skippedNotDumps : MESSAGES.skippedFiles, language, { count: skipped }));
  }
  return { readFailed };
}

export function warn(message: string): void {
  process.stderr.write(`netstat-insight: ${message}\n`);
}
