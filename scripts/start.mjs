// npm start — try the extension in a real VS Code in your browser, no desktop install needed:
// builds and packages the extension, installs the VSIX into code-server 4.100.3 (VS Code 1.100.3)
// and serves samples/ (cuts of real captures, a sysctl.conf with mistakes; README's "Try it" says what
// each shows) on http://127.0.0.1:$PORT (default 8080, or the next free port). Ctrl+C stops it.
//
//   npm start                 run until Ctrl+C / SIGTERM
//   npm start -- --check      start, verify in headless chromium that the workbench loads, the samples
//                             are open and a hover works, print OK, stop
//
// Opening the samples: the printed URL carries VS Code's own `payload=[["openFile", <uri>]]`, which
// the web workbench opens on load (one file). A bare http://127.0.0.1:PORT/ cannot carry it
// (code-server redirects it to ?folder=… only), so each new window is also sent every sample through
// its extension host's CLI socket, as `code-server <files>` does from VS Code's integrated terminal.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { spawn } from 'node:child_process';
import {
  cacheRoot, CODE_SERVER_VERSION, codeServerEnv, configFile, ensureCodeServer, exitOnSignals, installVsix, launchChromium,
  log, npmRun, QUIET_SETTINGS, remoteUri, repoRoot, requireSystemTools, runShutdownHooks, startCodeServer, timer, vsixPath,
  workbenchUrl, writeUserSettings,
} from './lib/codeServer.mjs';
import { focusWorkbench, goToLine, hoverWord } from './lib/workbenchUi.mjs';

const CHECK = process.argv.includes('--check');
const startDir = path.join(cacheRoot, 'start');
const workspace = path.join(startDir, 'workspace');
const userDataDir = path.join(startDir, 'user-data');
const extensionsDir = path.join(startDir, 'extensions');
const samplesDir = path.join(repoRoot, 'samples');
/** Opened in every window, in this order: the last one is the active editor. */
const SAMPLES = ['sysctl.conf', 'ticket-7000-timeouts.netstat', 'time-wait-storm.ss', 'close-wait-leak.ss'];
const SAMPLE = SAMPLES.at(-1);

/**
 * Copies samples/ (cuts of real captures, a sysctl.conf with mistakes, and .vscode/settings.json)
 * into the workspace, refreshed on every start so edits from a previous session do not linger.
 */
async function prepareWorkspace() {
  await fsp.rm(workspace, { recursive: true, force: true });
  await fsp.cp(samplesDir, workspace, { recursive: true });
}

const seenSockets = new Set();
// Off while --check verifies the printed URL on its own.
let openSampleInNewWindows = !CHECK;

/**
 * Opens `files` in the window whose extension host just started: that host's CLI socket is the new
 * vscode-ipc-*.sock in code-server's private runtime dir, and `code-server <files>` run with
 * VSCODE_IPC_HOOK_CLI pointing at it opens the file there (as it does from VS Code's terminal).
 */
async function openInNewWindow(server, entry, files) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const fresh = fs.readdirSync(server.runtimeDir).find((f) => /^vscode-ipc-.*\.sock$/.test(f) && !seenSockets.has(f));
    if (fresh) {
      seenSockets.add(fresh);
      const child = spawn(process.execPath, [entry, '--config', configFile(userDataDir), ...files], {
        stdio: 'ignore',
        env: codeServerEnv(userDataDir, { VSCODE_IPC_HOOK_CLI: path.join(server.runtimeDir, fresh) }),
      });
      child.on('error', () => {});
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function check(server, url) {
  const t = timer();
  const browser = await launchChromium({ viewport: { width: 1400, height: 900 } });
  try {
    const { page } = browser;
    await page.goto(url);
    await focusWorkbench(page);
    const tab = page.locator('.tabs-container .tab.active', { hasText: SAMPLE });
    await tab.waitFor({ state: 'visible', timeout: 30_000 });
    log(`check: the printed URL opened the workbench with ${SAMPLE} (${t()})`);
    const text = fs.readFileSync(path.join(workspace, SAMPLE), 'utf8');
    const word = ['CLOSE-WAIT', 'ESTAB', 'LISTEN', 'TIME-WAIT'].find((w) => text.split('\n').some((l) => l.startsWith(`${w} `)));
    if (!word) throw new Error(`no TCP state word found in ${SAMPLE}`);
    const line = text.split('\n').findIndex((l) => l.startsWith(`${word} `)) + 1;
    await goToLine(page, line);
    const canonical = { ESTAB: 'ESTABLISHED', 'CLOSE-WAIT': 'CLOSE_WAIT', 'TIME-WAIT': 'TIME_WAIT' }[word] ?? word;
    const hover = await hoverWord(page, word, (h) => h.includes(canonical));
    log(`check: hover over ${word}: ${JSON.stringify(hover.split('\n')[0])} (${t()})`);
  } finally {
    await browser.close();
  }
  // A bare URL gets the sample through its extension host's CLI socket. A fresh browser profile, so the
  // editor is not simply restored from the first page's workspace state.
  for (const f of fs.readdirSync(server.runtimeDir)) seenSockets.add(f);
  openSampleInNewWindows = true;
  const second = await launchChromium({ viewport: { width: 1400, height: 900 } });
  try {
    await second.page.goto(`${server.url}/`);
    await focusWorkbench(second.page);
    for (const name of SAMPLES) {
      await second.page.locator('.tabs-container .tab', { hasText: name }).waitFor({ state: 'visible', timeout: 30_000 });
    }
    log(`check: the bare URL ${server.url}/ opened ${SAMPLES.join(', ')} (${t()})`);
  } finally {
    await second.close();
  }
}

async function main() {
  const elapsed = timer();
  requireSystemTools({ chromium: CHECK, ripgrep: true });
  npmRun('build');
  npmRun('package');
  const { entry } = await ensureCodeServer();
  const vsix = vsixPath();
  await installVsix(vsix, extensionsDir);
  log(`installed ${path.basename(vsix)} into ${path.relative(repoRoot, extensionsDir)}`);
  await prepareWorkspace();
  // Keep the user's own settings from earlier runs; seed quiet defaults the first time.
  if (!fs.existsSync(path.join(userDataDir, 'User', 'settings.json'))) await writeUserSettings(userDataDir, QUIET_SETTINGS);

  const sampleFiles = SAMPLES.map((name) => path.join(workspace, name));
  const sampleFile = sampleFiles.at(-1);
  let server; // assigned before any window can connect; onLine below reads it then
  server = await startCodeServer({
    userDataDir,
    extensionsDir,
    workspace,
    port: Number(process.env.PORT) || 8080,
    args: ['--ignore-last-opened'],
    echo: !!process.env.NSI_DEBUG,
    onLine: (line) => {
      // One extension host per browser window (page load).
      if (server && openSampleInNewWindows && line.includes('Launched Extension Host Process')) {
        void openInNewWindow(server, entry, sampleFiles);
      }
    },
  });
  const url = workbenchUrl(server.url, { folder: workspace, payload: [['openFile', remoteUri(server.url, sampleFile)]] });

  if (CHECK) {
    try {
      await check(server, url);
      console.log(`OK (${elapsed()})`);
      return 0;
    } finally {
      await server.stop();
    }
  }

  console.log(`
  Netstat & Sysctl Insight is running in VS Code (code-server ${CODE_SERVER_VERSION}). Open:

    ${url}

  (or ${server.url}/ ; the samples, copied from samples/, are in ${path.relative(repoRoot, workspace)}/ —
  README's "Try it" section says what to look at in each)
  Press Ctrl+C to stop.
`);
  const exit = await server.exited;
  if (server.stopping) {
    await server.stop();
    return 0;
  }
  log(`code-server exited (${exit.code ?? exit.signal})\n${server.output().slice(-3000)}`);
  return 1;
}

exitOnSignals(0);

main().then(
  (code) => runShutdownHooks().then(() => process.exit(code)),
  (err) => {
    console.error(`[start] ${err instanceof Error ? err.message : err}`);
    runShutdownHooks().then(() => process.exit(1));
  },
);
