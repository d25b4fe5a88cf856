import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import packageJson from '../../package.json';
import { type Invocation, parseArguments, UsageError } from './args';
import { runCheck } from './commands/check';
import { runCompare } from './commands/compare';
import { runExplain } from './commands/explain';
import { runSummary } from './commands/summary';
import { runTimeline } from './commands/timeline';
import { type CliLanguage, languageFromEnvironment, say } from './language';
import { warn } from './run';
import { HELP, MESSAGES } from './texts';
import { isAnalysisWorker, serveAnalysis } from './workerPool';

/** netstat-insight: the command-line twin of the editor extension, a thin adapter over the same core. */
async function main(argv: readonly string[]): Promise<number> {
  const environmentLanguage = languageFromEnvironment(process.env);
  let invocation: Invocation;
  try {
    invocation = parseArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      const language = error.language ?? environmentLanguage;
      warn(say(error.text, language, error.values));
      warn(say(MESSAGES.seeHelp, language, { command: error.command ? `${error.command} ` : '' }));
      return 2;
    }
    throw error;
  }
  const language: CliLanguage = ('language' in invocation ? invocation.language : undefined) ?? environmentLanguage;
  switch (invocation.kind) {
    case 'version':
      process.stdout.write(`${packageJson.version}\n`);
      return 0;
    case 'help':
      process.stdout.write(`${say(HELP[invocation.command ?? 'main'], language)}\n`);
      return 0;
    case 'explain':
      return runExplain(invocation, language);
    case 'compare':
      return runCompare(invocation, language);
    case 'timeline':
      return runTimeline(invocation, language);
    case 'summary':
    case 'check': {
      const inputs = inputsOrStandardInput(invocation.inputs, invocation.kind, language);
      if (inputs === undefined) {
        return 2;
      }
      return invocation.kind === 'summary' ? runSummary(invocation, language, inputs) : runCheck(invocation, language, inputs);
    }
  }
}

/** No argument reads a pipe; on a terminal it is a mistake. `-` may appear once. */
function inputsOrStandardInput(inputs: readonly string[], command: string, language: CliLanguage): readonly string[] | undefined {
  const given = inputs.length === 0 && process.stdin.isTTY !== true ? ['-'] : inputs;
  const problem = given.length === 0 ? MESSAGES.noInputs : given.filter((input) => input === '-').length > 1 ? MESSAGES.stdinTwice : undefined;
  if (problem !== undefined) {
    warn(say(problem, language));
    warn(say(MESSAGES.seeHelp, language, { command: `${command} ` }));
    return undefined;
  }
  return given;
}

if (!isMainThread && isAnalysisWorker(workerData) && parentPort !== null) {
  serveAnalysis(workerData.netstatInsightWorker, parentPort);
} else {
  // A reader that stops early (`| head`) is no error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      process.exit(process.exitCode ?? 0);
    }
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      warn(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 2;
    },
  );
}
