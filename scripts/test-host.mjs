// npm run test:host — runs test/host/suite (mocha, `vscode` API only) inside a real VS Code:
// code-server 4.100.3's Node extension host, driven by headless Debian chromium.
// The same bundled suite runs under desktop VS Code with scripts/test-electron.mjs.
// On Linux as root, code-server runs in a private network namespace (scripts/lib/hostNamespace.mjs) so
// the capture tests see only their own sockets; elsewhere those tests skip.
// NSI_DEBUG=1 also prints the workbench's own console; NSI_HOST_TIMEOUT_MS changes the 10-minute limit
// for the suite to report; NSI_REAL_FIXTURES points at another folder of real captures.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  ensureBuilt, ensureCodeServer, onShutdown, launchChromium, log, remoteUri, repoRoot, requireSystemTools, runHarness,
  startCodeServer, timer, workbenchUrl,
} from './lib/codeServer.mjs';
import { createHostNamespace, HOST_NETNS_ENV } from './lib/hostNamespace.mjs';
import { bundleHostSuite, prepareHostWorkspace, RESULT_FILE_ENV } from './lib/hostSuite.mjs';
import { extensionHostLine } from './lib/workbenchConsole.mjs';

const TIMEOUT_MS = Number(process.env.NSI_HOST_TIMEOUT_MS ?? 600_000);
const DEBUG = !!process.env.NSI_DEBUG;

async function main() {
  const elapsed = timer();
  requireSystemTools();
  ensureBuilt();
  const suite = await bundleHostSuite();
  const install = await ensureCodeServer();
  if (install.installed) log(`code-server cold install took ${install.seconds.toFixed(1)} s`);

  const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'nsi-host-'));
  onShutdown(() => fsp.rm(tmp, { recursive: true, force: true }));
  const workspace = await prepareHostWorkspace(path.join(tmp, 'workspace'));
  const resultFile = path.join(tmp, 'result.json');
  // The capture tests fill this namespace with sockets and compare what the commands saw.
  const namespace = createHostNamespace();
  if (namespace.unavailable) log(`no private network namespace (${namespace.unavailable}): the capture tests will skip`);
  else onShutdown(namespace.remove);
  let server;
  let browser;
  try {
    server = await startCodeServer({
      userDataDir: path.join(tmp, 'user-data'),
      extensionsDir: path.join(tmp, 'extensions'),
      workspace,
      settings: {},
      env: { [RESULT_FILE_ENV]: resultFile, NSI_TAG_CONSOLE: '1', ...(namespace.name ? { [HOST_NETNS_ENV]: namespace.name } : {}) },
      netnsPath: namespace.path,
    });
    log(`code-server ready at ${server.url} (${elapsed()})`);

    browser = await launchChromium();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const { page } = browser;

    let signalExit;
    const exited = new Promise((resolve) => (signalExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => signalExit(Number(code)));
    page.on('console', (msg) => {
      const line = extensionHostLine(msg.text());
      if (line !== undefined) console.log(line);
      else if (DEBUG) console.log(`[page:${msg.type()}] ${msg.text()}`);
    });
    if (DEBUG) page.on('pageerror', (err) => console.log(`[pageerror] ${err.message}`));

    const url = workbenchUrl(server.url, {
      folder: workspace,
      payload: [
        ['extensionDevelopmentPath', remoteUri(server.url, repoRoot)],
        ['extensionTestsPath', remoteUri(server.url, suite)],
        ['skipWelcome', 'true'],
        ['skipReleaseNotes', 'true'],
      ],
    });
    await page.goto(url);

    let waiting = true;
    const resultAppeared = (async () => {
      while (waiting && !fs.existsSync(resultFile)) await new Promise((r) => setTimeout(r, 250));
    })();
    let timeoutHandle;
    const timedOut = new Promise((resolve) => (timeoutHandle = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
    const first = await Promise.race([exited.then((code) => ({ code })), resultAppeared.then(() => ({})), timedOut]);
    if (first === 'timeout') {
      waiting = false;
      throw new Error(
        `SETUP FAILURE: the extension tests did not report within ${TIMEOUT_MS / 1000} s ` +
          '(no codeAutomationExit callback, no result file). The extension host probably never loaded the suite.\n' +
          `code-server output (tail):\n${server.output().slice(-4000)}`,
      );
    }
    // Whichever came first, give the other a moment so the report is complete.
    const exitCode = first.code ?? (await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 5000))]));
    await Promise.race([resultAppeared, new Promise((r) => setTimeout(r, 5000))]);
    waiting = false;
    clearTimeout(timeoutHandle);

    const result = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : undefined;
    if (!result) {
      throw new Error(`the workbench exited with code ${exitCode} but the suite wrote no result file: ` +
        `run() probably failed before mocha started.\ncode-server output (tail):\n${server.output().slice(-4000)}`);
    }
    for (const t of result.tests.filter((t) => t.state === 'failed')) log(`failed: ${t.title}`);
    if (result.error) log(`suite error: ${result.error}`);
    const ok = result.ok && (exitCode === undefined || exitCode === 0);
    log(`${ok ? 'PASSED' : 'FAILED'}: ${result.passed} passed, ${result.failed} failed, ${result.pending} pending ` +
      `(suite ${(result.durationMs / 1000).toFixed(1)} s, total ${elapsed()})`);
    return ok ? 0 : 1;
  } finally {
    await browser?.close();
    await server?.stop();
    namespace.remove?.();
    await fsp.rm(tmp, { recursive: true, force: true });
  }
}

runHarness(main);
