// Drives the VS Code workbench in the page like a person would: keyboard shortcuts, quick input,
// mouse hovers. Used by scripts/test-ui.mjs, scripts/test-web.mjs and `scripts/start.mjs --check`.

import assert from 'node:assert/strict';
import { log, timer } from './codeServer.mjs';

const QUICK_INPUT = '.quick-input-widget';

/** Runs one step of a harness, logging its name, whether it passed and how long it took. */
export async function step(name, fn) {
  const t = timer();
  try {
    const r = await fn();
    log(`ok   ${name} (${t()})`);
    return r;
  } catch (err) {
    log(`FAIL ${name} (${t()})`);
    throw err;
  }
}

/** The Problems counts of the status bar ("Warnings: 3, Infos: 1"), by kind; a kind not named counts 0. */
export async function problemCounts(page) {
  const label = (await page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '';
  const count = (kind) => Number(new RegExp(`${kind}: (\\d+)`).exec(label)?.[1] ?? 0);
  return { errors: count('Errors'), warnings: count('Warnings'), infos: count('Infos') };
}

/** Polls `read` until `accept` takes its value; returns how long that took, or fails with `what` after `timeout`. */
export async function waitUntil(page, what, read, accept, timeout = 60_000) {
  const started = Date.now();
  let value = await read();
  while (!accept(value)) {
    if (Date.now() - started > timeout) {
      assert.fail(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
    }
    await page.waitForTimeout(20);
    value = await read();
  }
  return Date.now() - started;
}

export async function focusWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });
}

async function quickInput(page, shortcut, text, rowText, timeout) {
  const widget = page.locator(QUICK_INPUT);
  await openQuickInputAndType(page, widget, shortcut, text);
  const row = widget.locator('.monaco-list-row', { hasText: rowText }).first();
  await row.waitFor({ state: 'visible', timeout });
  // Enter picks the focused (first) row; make sure ours is the one focused.
  await row.click();
  await widget.waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * Presses the shortcut until the quick input shows: a key press can land in a webview (the summary
 * panel) that keeps it, so focus goes back to the workbench (the side bar's title, which does
 * nothing when clicked) before another try.
 */
async function openQuickInput(page, widget, shortcut) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(shortcut);
    try {
      await widget.waitFor({ state: 'visible', timeout: attempt < 3 ? 4_000 : 10_000 });
      return;
    } catch (error) {
      if (attempt >= 3) {
        throw error;
      }
      await page.locator('.part.sidebar .composite.title').first().click();
    }
  }
}

/**
 * Opens the quick input and types `text`. A webview that re-renders just then (the summary panel
 * following the editor) can take the focus back and close the widget it has just shown: open it again.
 */
async function openQuickInputAndType(page, widget, shortcut, text) {
  for (let attempt = 1; ; attempt++) {
    await openQuickInput(page, widget, shortcut);
    try {
      await widget.locator('input.input').fill(text, { timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 3) {
        throw error;
      }
    }
  }
}

/** Ctrl+P, type the file name, pick it; waits for its editor tab to be active. */
export async function openFileByName(page, name, timeout = 30_000) {
  await quickInput(page, 'Control+P', name, name, timeout);
  await activeTab(page, name).waitFor({ state: 'visible', timeout });
  await page.locator('.part.editor .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout });
}

export function activeTab(page, name) {
  return page.locator('.tabs-container .tab.active', { hasText: name }).first();
}

/** Ctrl+Shift+P, type the command title, run it. */
export async function runCommand(page, title, timeout = 15_000) {
  // The palette is quick open with a '>' prefix; filling the box replaces that prefix too.
  await quickInput(page, 'Control+Shift+P', `>${title}`, title, timeout);
}

/** Ctrl+G to a 1-based line, so that it is rendered. */
export async function goToLine(page, line) {
  const widget = page.locator(QUICK_INPUT);
  await openQuickInputAndType(page, widget, 'Control+G', `:${line}`);
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * Centre of the first rendered occurrence of `word` as a whole token in the editor's view lines
 * (found in the DOM: the `.view-line` span text), or undefined when it is not on screen.
 */
export async function wordPosition(page, word, editorSelector = '.part.editor .monaco-editor') {
  return page.evaluate(({ word, editorSelector }) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(^|[\\s\\u00a0])(${escaped})(?=[\\s\\u00a0]|$)`);
    const hits = [];
    for (const editor of document.querySelectorAll(editorSelector)) {
      for (const line of editor.querySelectorAll('.view-lines .view-line')) {
        const m = re.exec(line.textContent ?? '');
        if (!m) continue;
        let start = m.index + m[1].length;
        const end = start + word.length;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let offset = 0;
        const range = document.createRange();
        let startSet = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const len = node.textContent.length;
          if (!startSet && start < offset + len) {
            range.setStart(node, start - offset);
            startSet = true;
          }
          if (startSet && end <= offset + len) {
            range.setEnd(node, end - offset);
            break;
          }
          offset += len;
        }
        const rect = range.getBoundingClientRect();
        if (rect.width > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight) {
          hits.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, top: rect.top });
        }
      }
    }
    hits.sort((a, b) => a.top - b.top);
    return hits[0];
  }, { word, editorSelector });
}

/**
 * Moves the mouse over `word` and returns the text of the hover once `accept(text)` holds.
 * Moves away and back while waiting (the language server may still be starting).
 */
export async function hoverWord(page, word, accept = () => true, timeout = 45_000) {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    const pos = await wordPosition(page, word);
    if (!pos) throw new Error(`"${word}" is not visible in the editor`);
    await page.mouse.move(pos.x - 200, pos.y + 300);
    await page.mouse.move(pos.x, pos.y, { steps: 4 });
    const hover = page.locator('.monaco-hover').filter({ visible: true }).first();
    try {
      await hover.waitFor({ state: 'visible', timeout: 2500 });
      // The hover may first show "Loading..." and fill in afterwards.
      const until = Math.min(deadline, Date.now() + 4000);
      while (Date.now() < until) {
        last = (await hover.innerText()).trim();
        if (last && accept(last)) {
          await settleAnimations(page);
          return last;
        }
        await page.waitForTimeout(200);
      }
    } catch {
      // not shown yet; try again
    }
    if (process.env.NSI_DEBUG) console.log(`[ui] hover over ${word} not accepted yet: ${JSON.stringify(last)}`);
  }
  throw new Error(`no acceptable hover over "${word}" within ${timeout / 1000} s; last hover text: ${JSON.stringify(last)}`);
}

/** Waits for finite CSS animations (a hover's fade-in) to end, so screenshots show the final frame. */
export async function settleAnimations(page) {
  await page.evaluate(() => Promise.race([
    Promise.all(document.getAnimations()
      .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime))
      .map((a) => a.finished.catch(() => undefined))),
    new Promise((r) => setTimeout(r, 2000)),
  ]));
}

export async function hideHover(page) {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover').filter({ visible: true }).waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
}

/** The active webview's document (the workbench nests it in two iframes). */
export function webviewFrame(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Integer in an element's text ("1,234" → 1234), or NaN. */
export function parseCount(text) {
  const m = /\d[\d,]*/.exec(text ?? '');
  return m ? Number(m[0].replace(/,/g, '')) : NaN;
}

/**
 * Changes a user setting through the Settings editor (Ctrl+,): searches for the key and picks the
 * value in its dropdown. The workbench writes User/settings.json itself (code-server does not notice
 * when another process rewrites that file).
 */
export async function setEnumSettingInUi(page, key, value) {
  await page.keyboard.press('Control+Comma');
  const editor = page.locator('.settings-editor');
  await editor.waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.type(key);
  const select = editor.locator(`.setting-item-contents[data-key="${key}"] select`);
  await select.waitFor({ state: 'attached', timeout: 15_000 });
  await select.selectOption(value);
}

/** Clicks the editor tab titled `name`. */
export async function switchToTab(page, name) {
  await page.locator('.tabs-container .tab', { hasText: name }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ state: 'visible', timeout: 10_000 });
}

/**
 * Picks from a QuickPick a command has opened (after the one titled `title`, when given, has replaced
 * an earlier one): types `text` and clicks the row showing `rowText`.
 */
export async function pickFromQuickPick(page, text, { rowText = text, title, timeout = 30_000 } = {}) {
  const widget = page.locator(QUICK_INPUT);
  await widget.waitFor({ state: 'visible', timeout });
  if (title !== undefined) {
    await widget.locator('.quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout });
  }
  await widget.locator('input.input').fill(text);
  const row = widget.locator('.monaco-list-row', { hasText: rowText }).first();
  await row.waitFor({ state: 'visible', timeout });
  await row.click();
}
