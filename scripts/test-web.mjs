// npm run test:web — the browser build (package.json `browser`) in code-server's WEB WORKER extension host,
// standing in for vscode.dev / github.dev: the packaged VSIX is installed as usual, and the user setting
// `remote.extensionKind` marks the extension "ui", so the workbench runs its browser entry in the web worker
// host of the page instead of its Node entry on the server (a web client's "ui" side is that worker; see
// docs/notes/i16.md). The extension then lies behind a vscode-remote: URI, and the client starts the server's
// worker from a blob (client/src/browser/languageClient.ts). Checked like a user would see it: the server's
// worker runs in the page; a real ss dump's hover, its Problems counts (equal to what the core finds in-process)
// and its summary panel (equal to truth.json); a sysctl.d file's diagnostics and key hover; ss output pasted into
// an untitled editor. Screenshots go to test-results/web/; UPDATE_SCREENSHOTS=1 also copies the README's to
// docs/images/, compressed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  ensureCodeServer, ensurePackaged, installVsix, launchChromium, log, onShutdown, readJson, realFixture, repoRoot, requireSystemTools, runHarness,
  startCodeServer, timer, workbenchUrl,
} from './lib/codeServer.mjs';
import { loadCore } from './lib/bundleCore.mjs';
import { compressPngs } from './lib/compressPng.mjs';
import { scenarioFiles } from './lib/hostSuite.mjs';
import {
  focusWorkbench, goToLine, hideHover, hoverWord, openFileByName, parseCount, problemCounts, runCommand, step, switchToTab, waitUntil, webviewFrame,
} from './lib/workbenchUi.mjs';

const { publisher, name } = readJson(path.join(repoRoot, 'package.json'));
const EXTENSION_ID = `${publisher}.${name}`;
const SS_FILE = 'ss-tanp.ss';
const SYSCTL_FILE = path.join('etc', 'sysctl.d', '90-web.conf');
/** A sysctl.d file a reviewer might meet in a pull request: a misspelt key, a removed one, a good one. */
const SYSCTL_TEXT = '# web tier\nnet.ipv4.tcp_fin_timout = 30\nnet.ipv4.tcp_tw_recycle = 1\nnet.core.somaxconn = 4096\n';
/** A port range narrower than the kernel's default, and a real capture of 162 TIME_WAIT sockets on ports 40000–40199. */
const PORTS_FILE = path.join('etc', 'sysctl.d', '50-ports.conf');
const EPHEMERAL_FILE = 'ephemeral.ss';
const SHOTS = path.join(repoRoot, 'test-results', 'web');
/** The README's picture of the browser build. */
const README_SHOT = 'browser-worker-host.png';
const STATES = ['LISTEN', 'SYN_SENT', 'SYN_RECV', 'ESTABLISHED', 'FIN_WAIT1', 'FIN_WAIT2', 'CLOSE_WAIT', 'CLOSING', 'LAST_ACK', 'TIME_WAIT', 'CLOSED'];
const SEVERITY_KIND = { 1: 'errors', 2: 'warnings', 3: 'infos' };

/** The names of the page's workers (the web worker extension host starts ours inside its own iframe). */
async function workerNames(context) {
  const names = [];
  for (const page of context.pages()) {
    for (const worker of page.workers()) {
      names.push(await worker.evaluate(() => self.name).catch(() => ''));
    }
  }
  return names;
}

async function editorShot(page, file) {
  const box = await page.locator('.part.editor').boundingBox();
  await page.screenshot({ path: path.join(SHOTS, file), ...(box ? { clip: box } : {}) });
}

async function main() {
  const elapsed = timer();
  requireSystemTools();
  const vsix = ensurePackaged();
  await ensureCodeServer();
  await fsp.rm(SHOTS, { recursive: true, force: true });
  await fsp.mkdir(SHOTS, { recursive: true });
  const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'nsi-web-'));
  onShutdown(() => fsp.rm(tmp, { recursive: true, force: true }));
  const workspace = path.join(tmp, 'workspace');
  const mixed = scenarioFiles('mixed');
  const truth = readJson(mixed.truth);
  const ssText = fs.readFileSync(mixed.ss, 'utf8');
  await fsp.mkdir(path.join(workspace, path.dirname(SYSCTL_FILE)), { recursive: true });
  await fsp.copyFile(mixed.ss, path.join(workspace, SS_FILE));
  await fsp.writeFile(path.join(workspace, SYSCTL_FILE), SYSCTL_TEXT);
  // Never opened: the server in the worker learns its port range only by asking the client to read it.
  await fsp.writeFile(path.join(workspace, PORTS_FILE), 'net.ipv4.ip_local_port_range = 40000 40099\n');
  await fsp.copyFile(path.join(realFixture('ephemeral-exhaustion'), 'ss-tanp.txt'), path.join(workspace, EPHEMERAL_FILE));
  const leak = scenarioFiles('close-wait-leak');
  const pasteText = fs.readFileSync(leak.ss, 'utf8');
  const pasteTruth = readJson(leak.truth);

  // What the desktop's core finds in each file, in-process: the browser build must show the same.
  const { createLanguageService } = await loadCore(repoRoot, path.join(tmp, 'core'));
  const { settingsFrom } = await loadCore(repoRoot, path.join(tmp, 'core'), 'settings');
  const service = createLanguageService();
  const settings = settingsFrom(undefined, 'en');
  const expectedCounts = (languageId, text) => {
    const document = { uri: `file:///${languageId}`, version: 1, languageId, getText: () => text };
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const diagnostic of service.doValidation(document, service.parse(document), settings)) {
      const kind = SEVERITY_KIND[diagnostic.severity];
      if (kind) counts[kind]++;
    }
    return counts;
  };
  const ssCounts = expectedCounts('netstat', ssText);
  const sysctlCounts = expectedCounts('sysctl', SYSCTL_TEXT);
  assert.ok(sysctlCounts.warnings >= 2, `the sysctl.d file has its two warnings in the core: ${JSON.stringify(sysctlCounts)}`);

  const extensionsDir = path.join(tmp, 'extensions');
  await step(`install ${path.basename(vsix)}`, () => installVsix(vsix, extensionsDir));

  let server;
  let browser;
  try {
    server = await step('start code-server, the extension marked to run on the web worker host', () => startCodeServer({
      userDataDir: path.join(tmp, 'user-data'),
      extensionsDir,
      workspace,
      settings: { 'netstatInsight.docs.language': 'en', 'remote.extensionKind': { [EXTENSION_ID]: ['ui'] } },
    }));
    browser = await launchChromium({ viewport: { width: 1400, height: 900 } });
    const { page, context } = browser;
    page.setDefaultTimeout(60_000);
    await step('load the workbench', async () => {
      await page.goto(workbenchUrl(server.url, { folder: workspace }));
      await focusWorkbench(page);
      // Room for the dump and the panel side by side, as in the README's other pictures.
      await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    });

    await step(`open ${SS_FILE}; the language server runs in a Web Worker of the page`, async () => {
      await openFileByName(page, SS_FILE);
      await page.locator('[id="status.editor.mode"]', { hasText: /netstat/i }).waitFor({ state: 'visible' });
      await waitUntil(page, 'a worker named netstat-insight-server', () => workerNames(context),
        (found) => found.some((workerName) => workerName.includes('netstat-insight-server')));
      log(`     workers: ${(await workerNames(context)).filter(Boolean).join(', ')}`);
    });

    await step(`the Problems counts of ${SS_FILE} are the core's ${JSON.stringify(ssCounts)}`, () =>
      waitUntil(page, 'Problems counts', () => problemCounts(page), (counts) => JSON.stringify(counts) === JSON.stringify(ssCounts)));

    const frame = webviewFrame(page);
    await step('run "Show State Summary"; its counts equal truth.json', async () => {
      await runCommand(page, 'Show State Summary');
      const expected = Object.fromEntries(STATES.map((state) => [state, truth.tcp[state] ?? 0]));
      await waitUntil(page, 'the panel\'s counts', async () => {
        const states = {};
        for (const state of STATES) {
          states[state] = parseCount(await frame.locator(`.state-row[data-state="${state}"] .state-count`).textContent().catch(() => ''));
        }
        return { total: parseCount(await frame.locator('#total-count').textContent().catch(() => '')), states };
      }, (counts) => counts.total === truth.tcpTotal && JSON.stringify(counts.states) === JSON.stringify(expected));
    });

    await step('hover CLOSE-WAIT: the brief explanation in English', async () => {
      // Focus back in the editor by its tab, which leaves the cursor and the view where they are.
      await switchToTab(page, SS_FILE);
      const line = ssText.split('\n').findIndex((row) => row.startsWith('CLOSE-WAIT')) + 1;
      assert.ok(line > 0, 'the capture has a CLOSE-WAIT row');
      await goToLine(page, line);
      // Back to the start of the line: the click may have scrolled the long rows sideways.
      await page.keyboard.press('Home');
      const text = await hoverWord(page, 'CLOSE-WAIT', (shown) => shown.includes('CLOSE_WAIT') && shown.includes('close()'));
      assert.ok(text.split('\n')[0].includes('CLOSE_WAIT'), `the hover names CLOSE_WAIT first: ${text.slice(0, 120)}`);
      await editorShot(page, README_SHOT);
    });

    await step(`open ${SYSCTL_FILE}; its Problems are the core's and its keys hover`, async () => {
      await hideHover(page);
      await openFileByName(page, path.basename(SYSCTL_FILE));
      const both = { errors: ssCounts.errors + sysctlCounts.errors, warnings: ssCounts.warnings + sysctlCounts.warnings, infos: ssCounts.infos + sysctlCounts.infos };
      await waitUntil(page, 'Problems counts with both files open', () => problemCounts(page), (counts) => JSON.stringify(counts) === JSON.stringify(both));
      await goToLine(page, 4);
      await page.keyboard.press('Home');
      const text = await hoverWord(page, 'net.core.somaxconn', (shown) => shown.includes('somaxconn') && shown.includes('Default'));
      assert.ok(/Default/.test(text), `the key's hover gives its default: ${text.slice(0, 200)}`);
      await editorShot(page, 'browser-sysctl.png');
      await hideHover(page);
    });

    await step(`open ${EPHEMERAL_FILE}: judged against the port range of ${PORTS_FILE}, a file the worker had the client read`, async () => {
      await openFileByName(page, EPHEMERAL_FILE);
      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel');
      await waitUntil(page, 'a Problems entry naming the workspace file', async () => (await problems.innerText().catch(() => '')),
        (text) => text.includes(`net.ipv4.ip_local_port_range from sysctl.d/${path.basename(PORTS_FILE)}:1`), 60_000);
    });

    await step('paste ss output into an untitled editor: detected as netstat, counted by the panel', async () => {
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await page.evaluate((text) => navigator.clipboard.writeText(text), pasteText);
      await runCommand(page, 'File: New Untitled Text File');
      await page.locator('.tabs-container .tab.active', { hasText: /^Untitled-\d+/ }).first().waitFor({ state: 'visible' });
      await page.keyboard.press('Control+V');
      await page.locator('[id="status.editor.mode"]', { hasText: /netstat/i }).waitFor({ state: 'visible', timeout: 30_000 });
      await runCommand(page, 'Show State Summary');
      await waitUntil(page, 'the panel\'s total for the paste', async () => parseCount(await frame.locator('#total-count').textContent().catch(() => '')),
        (total) => total === pasteTruth.tcpTotal);
      await editorShot(page, 'browser-paste.png');
    });

    if (process.env.UPDATE_SCREENSHOTS === '1') {
      const copy = path.join(repoRoot, 'docs', 'images', README_SHOT);
      await fsp.copyFile(path.join(SHOTS, README_SHOT), copy);
      const { tools, before, after } = compressPngs([copy]);
      log(`${path.relative(repoRoot, copy)}: ${(before / 1000).toFixed(0)} kB → ${(after / 1000).toFixed(0)} kB (${tools.join(' + ') || 'not compressed'})`);
    }
    log(`PASSED (${elapsed()}); screenshots in ${path.relative(repoRoot, SHOTS)}/`);
    return 0;
  } catch (error) {
    if (browser) await browser.page.screenshot({ path: path.join(SHOTS, 'failure.png') }).catch(() => {});
    if (server) console.error(`code-server output (tail):\n${server.output().slice(-3000)}`);
    throw error;
  } finally {
    await browser?.close();
    await server?.stop();
    await fsp.rm(tmp, { recursive: true, force: true });
  }
}

runHarness(main);
