// Entry point for the extension tests in a real VS Code (code-server's extension host via
// scripts/test-host.mjs, or desktop VS Code via scripts/test-electron.mjs). The workbench loads this
// module from `extensionTestsPath` and awaits run(); a rejection marks the run as failed.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

/** Env var naming the JSON file the harness waits for; the extension host inherits it from the server. */
export const RESULT_FILE_ENV = 'NSI_TEST_RESULT_FILE';
/**
 * Set by scripts/test-host.mjs: in code-server the extension host's console reaches the page mixed with
 * the workbench's own log lines, so each line of mocha's report gets this tag for the harness to pick out.
 */
export const CONSOLE_TAG_ENV = 'NSI_TAG_CONSOLE';
export const CONSOLE_TAG = '[ext-host]';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

interface RunResult {
  ok: boolean;
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  tests: TestResult[];
  error?: string;
}

// The activation test must run first: any other test opening a document would activate the extension.
const FIRST = 'activation.test.js';

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort((a, b) => (a === FIRST ? -1 : b === FIRST ? 1 : a.localeCompare(b)))
    .map((f) => path.join(dir, f));
}

function writeResult(result: RunResult): void {
  const file = process.env[RESULT_FILE_ENV];
  if (!file) return;
  // Temp name then rename: the harness never reads a half-written file.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(result, null, 2));
  fs.renameSync(tmp, file);
}

function tagMochaOutput(): void {
  // The extension host's console methods cannot be replaced (VS Code guards them), so tag at the
  // reporters' own output function instead.
  const log = console.log.bind(console);
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => log(`${CONSOLE_TAG} ${util.format(...args)}`);
}

export function run(): Promise<void> {
  if (process.env[CONSOLE_TAG_ENV]) tagMochaOutput();
  const started = Date.now();
  const result: RunResult = { ok: false, passed: 0, failed: 0, pending: 0, durationMs: 0, tests: [] };
  const finish = (error?: string): void => {
    result.durationMs = Date.now() - started;
    result.error = error;
    result.ok = !error && result.failed === 0 && result.passed > 0;
    writeResult(result);
  };

  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 120_000 });
  const files = testFiles(__dirname);
  files.forEach((f) => mocha.addFile(f));

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        if (failures > 0) {
          finish();
          reject(new Error(`${failures} extension test(s) failed.`));
        } else if (result.passed === 0) {
          finish(`no tests ran (looked for *.test.js in ${__dirname})`);
          reject(new Error(result.error));
        } else {
          finish();
          resolve();
        }
      });
      runner.on('pass', (t) => {
        result.passed++;
        result.tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration });
      });
      runner.on('fail', (t, err: Error) => {
        result.failed++;
        result.tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: err?.stack ?? String(err) });
      });
      runner.on('pending', (t) => {
        result.pending++;
        result.tests.push({ title: t.fullTitle(), state: 'pending' });
      });
    } catch (err) {
      // A test file that throws while loading lands here.
      const message = err instanceof Error ? err.stack ?? err.message : String(err);
      finish(message);
      reject(err);
    }
  });
}
