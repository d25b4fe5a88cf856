// npm run test:electron — runs the same bundled suite as scripts/test-host.mjs in desktop VS Code
// through @vscode/test-electron. For a desktop with internet access: it downloads VS Code into
// .vscode-test/ (which fails on the offline CI machines, where scripts/test-host.mjs is the way).
// On Linux without a display, run it under xvfb-run. VSCODE_EXECUTABLE_PATH=/path/to/code uses an
// installed VS Code instead of downloading one; VSCODE_VERSION picks the downloaded version.
import fsp from 'node:fs/promises';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ensureBuilt, log, QUIET_SETTINGS, repoRoot, timer, writeUserSettings } from './lib/codeServer.mjs';
import { bundleHostSuite, prepareHostWorkspace, RESULT_FILE_ENV } from './lib/hostSuite.mjs';

// Matches engines.vscode and the code-server build used offline (VS Code 1.100.3).
const VSCODE_VERSION = process.env.VSCODE_VERSION ?? '1.100.3';

async function main() {
  const elapsed = timer();
  ensureBuilt();
  const suite = await bundleHostSuite();
  const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'nsi-electron-'));
  const workspace = await prepareHostWorkspace(path.join(tmp, 'workspace'));
  const userDataDir = path.join(tmp, 'user-data');
  await writeUserSettings(userDataDir, QUIET_SETTINGS);
  const resultFile = path.join(tmp, 'result.json');
  try {
    // Rejects when the tests fail or VS Code cannot be downloaded/started.
    await runTests({
      version: VSCODE_VERSION,
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suite,
      extensionTestsEnv: { [RESULT_FILE_ENV]: resultFile },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-telemetry',
        `--user-data-dir=${userDataDir}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ],
    });
    const result = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : undefined;
    if (!result?.ok) {
      log(`FAILED: the suite reported ${result ? `${result.failed} failure(s) ${result.error ?? ''}` : 'no result'}`);
      return 1;
    }
    log(`PASSED: ${result.passed} passed, ${result.pending} pending (${elapsed()})`);
    return 0;
  } finally {
    await fsp.rm(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`[harness] ${message}`);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|download/i.test(message)) {
      console.error('[harness] VS Code could not be downloaded (offline machine?): `npm run test:host` runs the same suite in code-server.');
    }
    process.exit(1);
  },
);
