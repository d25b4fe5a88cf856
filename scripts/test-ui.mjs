// npm run test:ui — drives the packaged extension in real VS Code (code-server + headless chromium)
// like a user: open a real ss dump, hover a TCP state, open its full explanation from the brief hover,
// run "Show State Summary", check the counts in the webview against the capture's truth.json, edit
// the dump and watch the panel follow, switch the docs language to Chinese, paste into an untitled
// editor and see the panel follow it, read a Windows service name full of `$` literally, open a paste of
// 60,000 sockets and type over one of its rows keystroke by keystroke, waiting for the panel and the
// Problems counts after each (the time each took is logged, never asserted: speed is the bench's). Screenshots
// go to test-results/ui/ (UPDATE_SCREENSHOTS=1 also copies them to docs/images/, compressed with
// pngquant/optipng).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  ensureCodeServer, ensurePackaged, onShutdown, installVsix, launchChromium, log, readJson, realFixture, repoRoot, requireSystemTools, runHarness,
  startCodeServer, timer, workbenchUrl,
} from './lib/codeServer.mjs';
import { loadCore } from './lib/bundleCore.mjs';
import { compressPngs } from './lib/compressPng.mjs';
import { scaledDump } from './lib/benchDumps.mjs';
import { scenarioFiles } from './lib/hostSuite.mjs';
import {
  focusWorkbench, goToLine, hideHover, hoverWord, openFileByName, parseCount, pickFromQuickPick, problemCounts, runCommand, setEnumSettingInUi,
  settleAnimations, step, switchToTab, waitUntil, webviewFrame,
} from './lib/workbenchUi.mjs';

const STATES = ['LISTEN', 'SYN_SENT', 'SYN_RECV', 'ESTABLISHED', 'FIN_WAIT1', 'FIN_WAIT2', 'CLOSE_WAIT', 'CLOSING',
  'LAST_ACK', 'TIME_WAIT', 'CLOSED'];
// How ss spells the states it prints (netstat uses the canonical names).
const SS_WORD = { ESTABLISHED: 'ESTAB', SYN_SENT: 'SYN-SENT', SYN_RECV: 'SYN-RECV', FIN_WAIT1: 'FIN-WAIT-1',
  FIN_WAIT2: 'FIN-WAIT-2', CLOSE_WAIT: 'CLOSE-WAIT', LAST_ACK: 'LAST-ACK', TIME_WAIT: 'TIME-WAIT', LISTEN: 'LISTEN',
  CLOSING: 'CLOSING', CLOSED: 'UNCONN' };
const CJK = /[\u4e00-\u9fff]/;
const SS_FILE = 'ss-tanp.ss';
const NETSTAT_FILE = 'netstat-antp.netstat';
const SESSION_FILE = 'ticket-4521.netstat';
const LSOF_FILE = 'lsof-nP-i.netstat';
const SERVICES_FILE = 'netstat-anob.netstat';
// A Windows service name that String.prototype.replace would read as replacement patterns ($& $').
const ODD_SERVICE = "a$&b$'c";
const BIG_FILE = 'pasted-60k.ss';
const KERNEL_LOG_FILE = 'kernel-log.netstat';
const TIMELINE_FILE = 'loop.log.netstat';
/** How many sockets the big paste has at least: the size "One scan" was built for. */
const BIG_SOCKETS = 60_000;
/** Keystrokes typed into the big paste, each waited for in the panel and in the diagnostics. */
const BIG_KEYSTROKES = 6;
const SHOTS = path.join(repoRoot, 'test-results', 'ui');

/**
 * A screenshot of the editor area alone (editors, hovers, the panel beside them): what the README
 * shows, and fewer pixels than the whole window for the VSIX's 1 MB budget.
 */
async function editorShot(page, name) {
  const box = await page.locator('.part.editor').boundingBox();
  await page.screenshot({ path: path.join(SHOTS, name), ...(box ? { clip: box } : {}) });
}

/** 1-based number of the first line of `text` whose first column is `word`. */
function firstLineStartingWith(text, word) {
  const i = text.split('\n').findIndex((l) => l.split(/\s+/)[0] === word);
  return i < 0 ? undefined : i + 1;
}

/** The local port(s) with the most sockets in an ss dump (columns: State Recv-Q Send-Q Local Peer ...). */
function busiestLocalPorts(ssText) {
  const counts = new Map();
  for (const row of ssText.split('\n').slice(1)) {
    const local = row.trim().split(/\s+/)[3];
    if (!local) continue;
    const port = local.slice(local.lastIndexOf(':') + 1);
    counts.set(port, (counts.get(port) ?? 0) + 1);
  }
  const max = Math.max(...counts.values());
  return [...counts].filter(([, n]) => n === max).map(([port]) => port);
}

/** Pastes `text` into a new untitled editor and waits for paste detection to make it netstat; returns the editor's name. */
async function pasteIntoUntitled(page, text) {
  await page.evaluate((pasted) => navigator.clipboard.writeText(pasted), text);
  await runCommand(page, 'File: New Untitled Text File');
  const untitled = page.locator('.tabs-container .tab.active', { hasText: /^Untitled-\d+/ }).first();
  await untitled.waitFor({ state: 'visible' });
  const name = (await untitled.innerText()).trim().split(/\s/)[0];
  await page.keyboard.press('Control+V');
  await page.locator('[id="status.editor.mode"]', { hasText: /netstat/i }).waitFor({ state: 'visible', timeout: 15_000 });
  return name;
}

async function panelCounts(frame) {
  const total = parseCount(await frame.locator('#total-count').textContent());
  const states = {};
  for (const s of STATES) {
    states[s] = parseCount(await frame.locator(`.state-row[data-state="${s}"] .state-count`).textContent({ timeout: 60_000 }));
  }
  return { total, states };
}

async function main() {
  const elapsed = timer();
  requireSystemTools();
  const vsix = ensurePackaged();
  const install = await ensureCodeServer();
  if (install.installed) log(`code-server cold install took ${install.seconds.toFixed(1)} s`);

  const fixture = scenarioFiles('mixed');
  const truth = readJson(fixture.truth);
  const ssText = fs.readFileSync(fixture.ss, 'utf8');

  // The state to hover and to delete a row of: CLOSE_WAIT when the capture has one (its docs text is
  // part of the contract), else the most common state.
  const present = STATES.filter((s) => (truth.tcp[s] ?? 0) > 0 && firstLineStartingWith(ssText, SS_WORD[s]));
  assert.ok(present.length, `no TCP state of truth.json found in ${fixture.ss}`);
  const state = present.includes('CLOSE_WAIT') ? 'CLOSE_WAIT' : present.sort((a, b) => truth.tcp[b] - truth.tcp[a])[0];
  const word = SS_WORD[state];
  const line = firstLineStartingWith(ssText, word);

  const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'nsi-ui-'));
  onShutdown(() => fsp.rm(tmp, { recursive: true, force: true }));
  const workspace = path.join(tmp, 'workspace');
  await fsp.mkdir(workspace, { recursive: true });
  await fsp.copyFile(fixture.ss, path.join(workspace, SS_FILE));
  await fsp.copyFile(fixture.netstat, path.join(workspace, NETSTAT_FILE));
  await fsp.copyFile(path.join(repoRoot, 'test', 'fixtures', 'samples', 'pasted-session.txt'), path.join(workspace, SESSION_FILE));
  const sessionText = fs.readFileSync(path.join(workspace, SESSION_FILE), 'utf8');
  await fsp.copyFile(path.join(realFixture('close-wait-leak'), 'lsof-nP-i.txt'), path.join(workspace, LSOF_FILE));
  const lsofText = fs.readFileSync(path.join(workspace, LSOF_FILE), 'utf8');
  const anob = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'samples', 'windows-netstat-anob-zh.txt'), 'utf8');
  assert.ok(anob.includes('  RpcSs\r\n'), 'the netstat -anob sample names the RpcSs service');
  await fsp.writeFile(path.join(workspace, SERVICES_FILE), anob.split('  RpcSs\r\n').join(`  ${ODD_SERVICE}\r\n`));
  // A paste of 60,000 sockets: the rows of a real capture of a healthy host, repeated with shifted ports.
  const healthy = scenarioFiles('healthy');
  const healthyTruth = readJson(healthy.truth);
  const bigCopies = Math.ceil(BIG_SOCKETS / healthyTruth.tcpTotal);
  const big = scaledDump({ name: 'ss', text: fs.readFileSync(healthy.ss, 'utf8'), headerLines: 1, sockets: healthyTruth.tcpTotal }, bigCopies);
  await fsp.writeFile(path.join(workspace, BIG_FILE), big.text);
  const bigLines = big.text.split('\n');
  // A row in the middle of it: typing over it takes one socket away and adds one line the server does not understand.
  const bigRowLine = bigLines.findIndex((text, index) => index > bigLines.length / 2 && text.startsWith('ESTAB')) + 1;
  assert.ok(bigRowLine > 0, `an ESTAB row in the second half of ${BIG_FILE}`);
  const leak = scenarioFiles('close-wait-leak');
  const pasteText = fs.readFileSync(leak.ss, 'utf8');
  const pasteTruth = readJson(leak.truth);
  // For the state diagram and the before/after view (at the end).
  const BEFORE_FILE = 'before-healthy.ss';
  const AFTER_FILE = 'after-leak.ss';
  await fsp.copyFile(healthy.ss, path.join(workspace, BEFORE_FILE));
  await fsp.copyFile(leak.ss, path.join(workspace, AFTER_FILE));
  const { createLanguageService } = await loadCore(repoRoot, path.join(tmp, 'core'));
  const service = createLanguageService();
  const sessionDocument = { uri: 'file:///session', version: 1, languageId: 'netstat', getText: () => sessionText };
  const settings = { language: 'zh-cn', thresholds: {}, severity: {}, topCount: 10 };
  const expectedSections = service.getSummary(sessionDocument, service.parse(sessionDocument), settings).sections;
  await fsp.copyFile(path.join(repoRoot, 'test', 'fixtures', 'samples', 'kernel-log-session.txt'), path.join(workspace, KERNEL_LOG_FILE));
  const kernelLogText = fs.readFileSync(path.join(workspace, KERNEL_LOG_FILE), 'utf8');
  const kernelLogDocument = { uri: 'file:///kernel-log', version: 1, languageId: 'netstat', getText: () => kernelLogText };
  const expectedKernelKinds = service.getSummary(kernelLogDocument, service.parse(kernelLogDocument), settings).kernelMessages;
  const lsofDocument = { uri: 'file:///lsof', version: 1, languageId: 'netstat', getText: () => lsofText };
  const expectedLsofTotal = service.getSummary(lsofDocument, service.parse(lsofDocument), settings).total;
  // A `while true; do date; ss -tan; sleep 30; done` log made of three real captures: a series the panel draws over time.
  const timelineText = ['healthy', 'mixed', 'close-wait-leak']
    .map((scenario, index) => `Mon Dec  7 10:0${index}:${index === 1 ? '30' : '00'} UTC 2026\n${fs.readFileSync(scenarioFiles(scenario).ss, 'utf8')}`)
    .join('');
  await fsp.writeFile(path.join(workspace, TIMELINE_FILE), timelineText);
  const timelineDocument = { uri: 'file:///loop', version: 1, languageId: 'netstat', getText: () => timelineText };
  const expectedTimeline = service.getTimeline(service.parse(timelineDocument), settings);
  const extensionsDir = path.join(tmp, 'extensions');
  const userDataDir = path.join(tmp, 'user-data');
  await step(`install ${path.basename(vsix)}`, () => installVsix(vsix, extensionsDir));
  await fsp.rm(SHOTS, { recursive: true, force: true });
  await fsp.mkdir(SHOTS, { recursive: true });

  let server;
  let browser;
  try {
    server = await step('start code-server', () => startCodeServer({
      userDataDir, extensionsDir, workspace, settings: { 'netstatInsight.docs.language': 'en' },
    }));
    browser = await launchChromium({ viewport: { width: 1400, height: 900 } });
    const { page } = browser;
    page.setDefaultTimeout(60_000);
    await step('load the workbench', async () => {
      await page.goto(workbenchUrl(server.url, { folder: workspace }));
      await focusWorkbench(page);
    });

    await step(`open ${SS_FILE} with Ctrl+P`, () => openFileByName(page, SS_FILE));
    await step('the status bar shows the netstat language', () =>
      page.locator('[id="status.editor.mode"]', { hasText: /netstat/i }).waitFor({ state: 'visible' }));

    await step(`hover ${word} (English)`, async () => {
      await goToLine(page, line);
      const text = await hoverWord(page, word, (t) => t.includes(state) && !CJK.test(t));
      assert.ok(text.split('\n')[0].includes(state), `the hover's first line names ${state}: ${JSON.stringify(text)}`);
      if (state === 'CLOSE_WAIT') assert.ok(text.includes('close()'), `English CLOSE_WAIT docs mention close(): ${text}`);
      assert.ok(/[a-z]{3,} [a-z]{3,}/.test(text), `hover has English prose: ${text}`);
      await editorShot(page, 'hover-en.png');
    });

    await step('click "Full explanation" at the end of the brief hover; the full text opens beside the dump', async () => {
      const link = page.locator('.monaco-hover a', { hasText: 'Full explanation' }).filter({ visible: true }).first();
      await link.click();
      const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      // Sections only the full explanation has: the segments in and out, and the state's timers.
      const body = preview.locator('body', { hasText: 'In and out' });
      await body.waitFor({ state: 'visible', timeout: 60_000 });
      const text = await body.innerText();
      assert.ok(text.includes(state) && text.includes('Timers'), `the preview holds the full explanation of ${state}: ${text.slice(0, 200)}`);
      await page.locator('.tabs-container .tab', { hasText: `${state}.md` }).first().waitFor({ state: 'visible' });
      await hideHover(page);
      await settleAnimations(page);
      await editorShot(page, 'explanation.png');
      await runCommand(page, 'View: Close Editor');
      await page.locator('iframe.webview.ready').waitFor({ state: 'detached', timeout: 60_000 });
      await switchToTab(page, SS_FILE);
    });
    await hideHover(page);

    const frame = webviewFrame(page);
    await step('run "Show State Summary" from the command palette', async () => {
      await runCommand(page, 'Show State Summary');
      await frame.locator('#total-count').waitFor({ state: 'visible', timeout: 60_000 });
    });

    const before = await step('summary counts equal truth.json', async () => {
      // The panel may render before the first analysis lands: give it a moment to settle on the total.
      let counts = await panelCounts(frame);
      for (const deadline = Date.now() + 60_000; counts.total !== truth.tcpTotal && Date.now() < deadline;) {
        await page.waitForTimeout(250);
        counts = await panelCounts(frame);
      }
      const expected = Object.fromEntries(STATES.map((s) => [s, truth.tcp[s] ?? 0]));
      assert.deepEqual({ total: counts.total, states: counts.states }, { total: truth.tcpTotal, states: expected },
        'the panel shows the true count of each TCP state and the total');
      assert.equal(parseCount(await frame.locator('#protocols tr[data-protocol="tcp"]').innerText()), truth.tcpTotal,
        'the protocol table counts every TCP socket');
      assert.equal(await frame.locator('#protocols tr[data-protocol="udp"]').count(), 1, 'the protocol table has a UDP row');
      const ports = await frame.locator('#top-local-ports').innerText();
      for (const port of busiestLocalPorts(ssText)) {
        assert.ok(ports.includes(port), `top local ports list the busiest port ${port}:\n${ports}`);
      }
      assert.ok((await frame.locator('#top-remote-hosts').innerText()).trim().split('\n').length > 1, 'top remote hosts are listed');
      await editorShot(page, 'panel.png');
      return counts;
    });

    await step(`delete a ${word} row by keyboard; the panel follows`, async () => {
      await page.locator('.part.editor .monaco-editor .view-lines').first().click();
      await goToLine(page, line);
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Delete');
      const want = { total: before.total - 1, count: before.states[state] - 1 };
      let got;
      const deadline = Date.now() + 60_000;
      do {
        const c = await panelCounts(frame);
        got = { total: c.total, count: c.states[state] };
        if (got.total === want.total && got.count === want.count) break;
        await page.waitForTimeout(250);
      } while (Date.now() < deadline);
      assert.deepEqual(got, want, `after deleting one ${state} row the panel shows one fewer ${state} and one fewer in total`);
    });

    await step('set netstatInsight.docs.language to zh-cn in the Settings editor; the hover is Chinese', async () => {
      await setEnumSettingInUi(page, 'netstatInsight.docs.language', 'zh-cn');
      const settingsFile = path.join(userDataDir, 'User', 'settings.json');
      const deadline = Date.now() + 60_000;
      while (readJson(settingsFile)['netstatInsight.docs.language'] !== 'zh-cn' && Date.now() < deadline) await page.waitForTimeout(100);
      assert.equal(readJson(settingsFile)['netstatInsight.docs.language'], 'zh-cn', 'the Settings editor wrote User/settings.json');
      await switchToTab(page, SS_FILE);
      await goToLine(page, line);
      const text = await hoverWord(page, word, (t) => CJK.test(t) && (state !== 'CLOSE_WAIT' || t.includes('被动关闭')));
      assert.ok(text.includes(state), `the Chinese hover still names ${state}: ${text}`);
      await editorShot(page, 'hover-zh.png');
    });

    await step(`open a pasted support ticket (${SESSION_FILE}); the panel lists its ${expectedSections.length} outputs`, async () => {
      await hideHover(page);
      await openFileByName(page, SESSION_FILE);
      const rows = frame.locator('#sections tbody tr');
      for (const deadline = Date.now() + 60_000; (await rows.count()) !== expectedSections.length && Date.now() < deadline;) {
        await page.waitForTimeout(200);
      }
      assert.equal(await rows.count(), expectedSections.length, 'one panel row per output of the paste');
      for (const [index, section] of expectedSections.entries()) {
        const row = rows.nth(index);
        assert.ok((await row.innerText()).includes(section.command ?? section.formatName), `row ${index} names ${section.command ?? section.formatName}`);
        assert.equal(parseCount(await row.locator('.section-total').textContent()), section.total, `TCP sockets of row ${index}`);
      }
      const socketOutputs = expectedSections.filter((section) => section.total > 0).length;
      assert.ok((await frame.locator('#sum-of-outputs').innerText()).includes(String(socketOutputs)), 'the header says its totals add up the outputs');
      await editorShot(page, 'panel-sections.png');
    });

    await step('hover the /proc/net/tcp state code 0A; it explains LISTEN', async () => {
      await switchToTab(page, SESSION_FILE);
      const procLine = sessionText.split('\n').findIndex((l) => /^\s*0: /.test(l)) + 1;
      await goToLine(page, procLine);
      const text = await hoverWord(page, '0A', (t) => t.includes('LISTEN'));
      assert.ok(text.split('\n')[0].includes('LISTEN'), `the hover over 0A names LISTEN first: ${JSON.stringify(text.slice(0, 120))}`);
      await editorShot(page, 'hover-proc-zh.png');
    });

    await step(`open lsof output (${LSOF_FILE}); the panel counts it and says what lsof cannot show`, async () => {
      await hideHover(page);
      await openFileByName(page, LSOF_FILE);
      const note = frame.locator('#lsof-note');
      await note.waitFor({ state: 'visible', timeout: 60_000 });
      assert.ok((await note.innerText()).includes('TIME_WAIT'), 'the note names TIME_WAIT');
      assert.ok(CJK.test(await note.innerText()), 'the note follows netstatInsight.docs.language (zh-cn by now)');
      assert.equal(parseCount(await frame.locator('#total-count').textContent()), expectedLsofTotal, 'TCP sockets of the lsof output');
    });

    await step(`open a loop log of three snapshots (${TIMELINE_FILE}); the panel draws each state over time`, async () => {
      await openFileByName(page, TIMELINE_FILE);
      const timeline = frame.locator('section.timeline');
      await timeline.waitFor({ state: 'visible', timeout: 60_000 });
      const [series] = expectedTimeline.series;
      const states = STATES.filter((s) => series.snapshots.some((snapshot) => (snapshot.states[s] ?? 0) > 0));
      assert.deepEqual(await timeline.locator('polyline').evaluateAll((lines) => lines.map((line) => line.getAttribute('data-state'))), states, 'one line per state the snapshots show');
      const rows = timeline.locator('.timeline-table tbody tr');
      assert.equal(await rows.count(), series.snapshots.length, 'one table row per snapshot');
      assert.ok((await rows.last().innerText()).includes('Mon Dec  7 10:02:00 UTC 2026'), 'rows show the time as printed');
      assert.ok(await timeline.locator('svg[role="img"] title').count(), 'the chart has a text title for screen readers');
      assert.equal(parseCount(await frame.locator('#total-count').textContent()), series.snapshots.at(-1).total, 'the totals are the latest snapshot\'s');
      assert.ok(CJK.test(await frame.locator('#series-totals').innerText()), 'the series note follows netstatInsight.docs.language (zh-cn by now)');
      // The panel draws itself again when the document's diagnostics arrive (the diagram marks the states with
      // findings), which may detach the section found above: scroll to the newest drawing.
      for (let attempt = 1; ; attempt++) {
        try {
          await frame.locator('section.timeline').scrollIntoViewIfNeeded({ timeout: 5_000 });
          break;
        } catch (error) {
          if (attempt === 5) throw error;
          await page.waitForTimeout(200);
        }
      }
      await editorShot(page, 'panel-timeline.png');
    });

    await step('paste ss output into a new untitled editor; paste detection makes it netstat and the panel follows it', async () => {
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      const name = await pasteIntoUntitled(page, pasteText);
      const title = frame.locator('#doc-title');
      for (const deadline = Date.now() + 15_000; (await title.textContent()) !== name && Date.now() < deadline;) await page.waitForTimeout(200);
      assert.equal(await title.textContent(), name, 'the panel names the untitled editor the text was pasted into');
      let total = parseCount(await frame.locator('#total-count').textContent());
      for (const deadline = Date.now() + 15_000; total !== pasteTruth.tcpTotal && Date.now() < deadline;) {
        await page.waitForTimeout(200);
        total = parseCount(await frame.locator('#total-count').textContent());
      }
      assert.equal(total, pasteTruth.tcpTotal, 'the panel counts the pasted capture');
      await editorShot(page, 'panel-paste.png');
    });

    await step('paste a state histogram alone (awk over a real capture); it becomes netstat and the panel shows its counts as aggregated', async () => {
      // The awk output of test/fixtures/samples/histogram-states-awk.txt, without its prompt line.
      const histogram = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'samples', 'histogram-states-awk.txt'), 'utf8').split('\n').slice(1).join('\n');
      const histogramTotal = histogram.split('\n').filter((l) => l.trim() !== '').reduce((sum, l) => sum + Number(l.trim().split(/\s+/)[1]), 0);
      const name = await pasteIntoUntitled(page, histogram);
      await waitUntil(page, 'the panel on the pasted histogram', async () => [await frame.locator('#doc-title').textContent(), parseCount(await frame.locator('#total-count').textContent())],
        ([title, shown]) => title === name && shown === histogramTotal);
      await frame.locator('#aggregated-note').waitFor({ state: 'visible', timeout: 15_000 });
      assert.equal(await frame.locator('.state-row.clickable').count(), 0, 'aggregated counts have no rows to jump to');
      await editorShot(page, 'panel-histogram.png');
    });

    await step(`open ${SERVICES_FILE}, whose service is named ${ODD_SERVICE}; the panel shows the name as it is`, async () => {
      await openFileByName(page, SERVICES_FILE);
      const processes = frame.locator('#top-processes');
      for (const deadline = Date.now() + 15_000; !(await processes.innerText().catch(() => '')).includes('svchost.exe') && Date.now() < deadline;) {
        await page.waitForTimeout(200);
      }
      const text = await processes.innerText();
      assert.ok(text.includes(ODD_SERVICE), `the services of svchost.exe list ${ODD_SERVICE} literally:\n${text}`);
    });

    await step(`open a kernel log (${KERNEL_LOG_FILE}); the panel lists its ${expectedKernelKinds.length} kinds of message, each with its count`, async () => {
      await openFileByName(page, KERNEL_LOG_FILE);
      const rows = frame.locator('#kernel-messages tbody tr');
      for (const deadline = Date.now() + 60_000; (await rows.count()) !== expectedKernelKinds.length && Date.now() < deadline;) {
        await page.waitForTimeout(200);
      }
      assert.equal(await rows.count(), expectedKernelKinds.length, 'one panel row per kind of kernel message');
      for (const [index, kind] of expectedKernelKinds.entries()) {
        const row = rows.nth(index);
        assert.equal(await row.getAttribute('data-kernel-kind'), kind.kind, `row ${index} is ${kind.kind}`);
        assert.ok((await row.innerText()).includes(kind.name), `row ${index} names ${kind.name} (zh-cn by now)`);
        assert.equal(parseCount(await row.locator('.kernel-count').textContent()), kind.count, `lines of ${kind.kind}`);
      }
      await editorShot(page, 'panel-kernel-log.png');
    });

    await step(`open a paste of ${big.sockets} sockets (${BIG_FILE}); the panel counts every one`, async () => {
      const started = Date.now();
      await openFileByName(page, BIG_FILE, 120_000);
      const estab = healthyTruth.tcp.ESTABLISHED * bigCopies;
      await waitUntil(page, `the panel's total and ESTABLISHED count for ${BIG_FILE}`, () => panelCounts(frame),
        (counts) => counts.total === big.sockets && counts.states.ESTABLISHED === estab, 120_000);
      log(`     ${BIG_FILE}: the panel showed all ${big.sockets} sockets ${Date.now() - started} ms after Ctrl+P`);
    });

    // Its rows are a healthy host's, which add nothing to the Problems counts (the other open files' findings) until a line is typed over.
    const problemsBefore = await problemCounts(page);

    await step(`type over a row of it and take that back, ${BIG_KEYSTROKES} keystrokes: the panel and the diagnostics follow each`, async () => {
      await page.locator('.part.editor .monaco-editor .view-lines').first().click();
      await goToLine(page, bigRowLine);
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+End');
      const panelMs = [];
      const diagnosticsMs = [];
      for (let keystroke = 0; keystroke < BIG_KEYSTROKES; keystroke++) {
        // Odd keystrokes replace the selected row with "x"; even ones undo that (and select the row again).
        const typedOver = keystroke % 2 === 0;
        const pressed = Date.now();
        await page.keyboard.press(typedOver ? 'x' : 'Control+Z');
        const total = typedOver ? big.sockets - 1 : big.sockets;
        await waitUntil(page, `the panel's total after keystroke ${keystroke + 1}`, async () => parseCount(await frame.locator('#total-count').textContent()), (shown) => shown === total);
        panelMs.push(Date.now() - pressed);
        await waitUntil(page, `the line not understood in the Problems counts after keystroke ${keystroke + 1}`, () => problemCounts(page),
          (counts) => counts.infos === problemsBefore.infos + (typedOver ? 1 : 0) && counts.warnings === problemsBefore.warnings && counts.errors === problemsBefore.errors);
        diagnosticsMs.push(Date.now() - pressed);
      }
      log(`     keystroke → panel ms: ${panelMs.join(' ')}; keystroke → diagnostics ms (with the server's 200 ms pause after typing): ${diagnosticsMs.join(' ')}`);
      await editorShot(page, 'panel-60k.png');
    });

    // The state diagram and the before/after view of netstatInsight.compare, on two real captures.
    const diagramShots = ['state-diagram.png', 'compare.png'];
    await step(`open a CLOSE_WAIT leak (${AFTER_FILE}); the state diagram counts each state, marks CLOSE_WAIT and the close() it misses`, async () => {
      await openFileByName(page, AFTER_FILE);
      const diagram = frame.locator('.state-diagram');
      const stateCount = async (s) => parseCount(await diagram.locator(`.state[data-state="${s}"] .state-count`).textContent());
      await waitUntil(page, 'the diagram counts the leak', () => stateCount('CLOSE_WAIT'), (count) => count === pasteTruth.tcp.CLOSE_WAIT);
      for (const s of STATES) assert.equal(await stateCount(s), pasteTruth.tcp[s] ?? 0, `the diagram's ${s} count`);
      await waitUntil(page, 'CLOSE_WAIT marked by its finding', () => diagram.locator('.state.has-finding').evaluateAll((nodes) => nodes.map((node) => node.dataset.state)), (states) => states.includes('CLOSE_WAIT'));
      assert.equal(await diagram.locator('.edge.missing[data-from="CLOSE_WAIT"][data-to="LAST_ACK"]').count(), 1, 'the close() out of CLOSE_WAIT is drawn as missing');
      const label = await diagram.locator('.state[data-state="CLOSE_WAIT"]').getAttribute('aria-label');
      assert.ok(label.includes(String(pasteTruth.tcp.CLOSE_WAIT)) && CJK.test(label), `the screen reader's label counts CLOSE_WAIT, in Chinese: ${label}`);
      assert.ok((await diagram.locator('.diagram-text li').count()) >= STATES.length, 'the text alternative lists every state');
      await diagram.screenshot({ path: path.join(SHOTS, 'state-diagram.png') });
    });

    await step('click LISTEN in the diagram; the editor goes to its first row', async () => {
      await frame.locator('.state-diagram .state[data-state="LISTEN"]').click();
      const listenLine = firstLineStartingWith(pasteText, 'LISTEN');
      await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${listenLine},` }).waitFor({ state: 'visible', timeout: 15_000 });
    });

    await step(`compare ${BEFORE_FILE} with ${AFTER_FILE} through the QuickPicks; the before/after view shows the differences of their truth`, async () => {
      await openFileByName(page, BEFORE_FILE);
      await runCommand(page, 'Compare Two Captures');
      await pickFromQuickPick(page, BEFORE_FILE);
      await pickFromQuickPick(page, AFTER_FILE, { title: `Compare ${BEFORE_FILE} with` });
      await frame.locator('#compare-title').waitFor({ state: 'visible', timeout: 60_000 });
      for (const s of STATES) {
        const [before, after] = [healthyTruth.tcp[s] ?? 0, pasteTruth.tcp[s] ?? 0];
        const row = await frame.locator(`.compare-row[data-state="${s}"]`).innerText();
        assert.ok(row.includes(`${before} → ${after}`), `${s}: ${before} → ${after} in ${JSON.stringify(row)}`);
      }
      assert.ok((await frame.locator('#listeners-added').innerText()).includes(':8080'), 'the leak\'s listener on 8080 came');
      const leakChange = pasteTruth.tcp.CLOSE_WAIT - (healthyTruth.tcp.CLOSE_WAIT ?? 0);
      assert.equal(await frame.locator('.state-diagram .state[data-state="CLOSE_WAIT"] .state-count').textContent(), `${pasteTruth.tcp.CLOSE_WAIT} (+${leakChange})`);
      // The panel alone: the view is the picture, and fewer pixels keep the VSIX small.
      await page.screenshot({ path: path.join(SHOTS, 'compare.png'), clip: await page.locator('iframe.webview.ready').first().boundingBox() });
      await frame.locator('.state-diagram').screenshot({ path: path.join(SHOTS, 'compare-diagram.png') });
      await frame.locator('.close-compare').click();
      await frame.locator('#total-count').waitFor({ state: 'visible', timeout: 60_000 });
    });
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await fsp.mkdir(path.join(repoRoot, 'docs', 'images'), { recursive: true });
      const copies = diagramShots.map((f) => path.join(repoRoot, 'docs', 'images', f));
      for (const copy of copies) await fsp.copyFile(path.join(SHOTS, path.basename(copy)), copy);
      compressPngs(copies);
    }

    if (process.env.UPDATE_SCREENSHOTS === '1') {
      const docsImages = path.join(repoRoot, 'docs', 'images');
      await fsp.mkdir(docsImages, { recursive: true });
      const copies = ['hover-en.png', 'explanation.png', 'panel.png', 'hover-zh.png', 'panel-sections.png', 'hover-proc-zh.png', 'panel-timeline.png'].map((f) => path.join(docsImages, f));
      for (const copy of copies) await fsp.copyFile(path.join(SHOTS, path.basename(copy)), copy);
      // The VSIX carries docs/images and must stay within 1 MB (scripts/package.mjs).
      const { tools, before, after } = compressPngs(copies);
      if (tools.length === 0) log('WARNING: pngquant and optipng are missing (npm run bootstrap installs them): the screenshots are not compressed');
      log(`screenshots copied to ${path.relative(repoRoot, docsImages)}/: ${(before / 1000).toFixed(0)} kB → ${(after / 1000).toFixed(0)} kB (${tools.join(' + ') || 'not compressed'})`);
    }
    log(`PASSED (${elapsed()}); screenshots in ${path.relative(repoRoot, SHOTS)}/`);
    return 0;
  } catch (err) {
    if (browser) await browser.page.screenshot({ path: path.join(SHOTS, 'failure.png') }).catch(() => {});
    throw err;
  } finally {
    await browser?.close();
    await server?.stop();
    await fsp.rm(tmp, { recursive: true, force: true });
  }
}

runHarness(main, () => {
  const shot = path.join(SHOTS, 'failure.png');
  if (fs.existsSync(shot)) console.error(`[harness] the page at the failure: ${path.relative(repoRoot, shot)}`);
});
