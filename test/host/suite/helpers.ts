// Shared helpers for the real-VS-Code tests. Only the public `vscode` API is used.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'netstat-insight.netstat-sysctl-insight';
export const DIAGNOSTIC_SOURCE = 'netstat-insight';

/** Canonical TCP state names as the contract spells them. */
export const TCP_STATES = [
  'LISTEN', 'SYN_SENT', 'SYN_RECV', 'ESTABLISHED', 'FIN_WAIT1', 'FIN_WAIT2',
  'CLOSE_WAIT', 'CLOSING', 'LAST_ACK', 'TIME_WAIT', 'CLOSED',
] as const;

export interface Truth {
  tcp: Record<string, number>;
  tcpTotal: number;
  udp?: number;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness must open a workspace folder holding the fixtures');
  return folder.uri;
}

/**
 * Files the harness copied into the workspace (scripts/lib/hostSuite.mjs prepareHostWorkspace):
 * `<scenario>.ss` (ss -tanp), `<scenario>.netstat` (netstat -antp), `<scenario>.truth.json`.
 */
export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function readTruth(scenario: string): Promise<Truth> {
  return JSON.parse(await readText(fixture(`${scenario}.truth.json`))) as Truth;
}

export async function writeWorkspaceFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** Events after which the probe is re-run at once (polling continues meanwhile). */
  events?: vscode.Event<unknown>[];
  intervalMs?: number;
}

/**
 * Re-runs `probe` on every given event and every `intervalMs` until it returns something other than
 * undefined/false; rejects after the timeout with `what` and the last value seen.
 */
export function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Thenable<T | undefined | false>,
  { timeoutMs = 60_000, events = [], intervalMs = 100 }: WaitOptions = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const disposables: vscode.Disposable[] = [];
    let done = false;
    let busy = false;
    let lastError: unknown;
    const finish = (fn: () => void): void => {
      if (done) return;
      done = true;
      clearInterval(interval);
      clearTimeout(timer);
      disposables.forEach((d) => d.dispose());
      fn();
    };
    const check = async (): Promise<void> => {
      if (done || busy) return;
      busy = true;
      try {
        const value = await probe();
        if (value !== undefined && value !== false) finish(() => resolve(value as T));
      } catch (err) {
        lastError = err;
      } finally {
        busy = false;
      }
    };
    const interval = setInterval(check, intervalMs);
    const timer = setTimeout(
      () => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}` +
        (lastError ? ` (last error: ${lastError instanceof Error ? lastError.message : String(lastError)})` : '')))),
      timeoutMs,
    );
    for (const event of events) disposables.push(event(() => void check()));
    void check();
  });
}

/** Opens and shows a document; returns the editor. */
export async function openAndShow(uri: vscode.Uri, column?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
}

/** Position inside the first occurrence of `word` as a whole token (start of a line or after a space). */
export function positionOf(doc: vscode.TextDocument, word: string): vscode.Position {
  const re = new RegExp(`(^|\\s)${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`, 'm');
  const text = doc.getText();
  const m = re.exec(text);
  assert.ok(m, `"${word}" does not occur in ${doc.uri.path}`);
  const offset = m.index + m[1].length + 1;
  return doc.positionAt(offset);
}

function markdownText(c: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof c === 'string') return c;
  return c.value;
}

/** Runs the hover providers; waits until one answers (the language server may still be starting). */
export async function hoverText(uri: vscode.Uri, position: vscode.Position, accept: (text: string) => boolean = () => true): Promise<string> {
  let last = '';
  try {
    return await waitFor(`a hover at ${uri.path}:${position.line + 1}:${position.character + 1}`, async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      last = (hovers ?? []).flatMap((h) => h.contents.map(markdownText)).join('\n\n').trim();
      return last && accept(last) ? last : undefined;
    }, { timeoutMs: 60_000, intervalMs: 250 });
  } catch (err) {
    throw new Error(`${(err as Error).message}; last hover text was: ${JSON.stringify(last)}`);
  }
}

export function firstLine(text: string): string {
  return text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
}

export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Waits until the diagnostics of `uri` satisfy `accept`; reports what was there on timeout. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 60_000,
): Promise<vscode.Diagnostic[]> {
  let last: vscode.Diagnostic[] = [];
  try {
    return await waitFor(what, () => {
      last = vscode.languages.getDiagnostics(uri);
      return accept(last) ? last : undefined;
    }, { timeoutMs, events: [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>], intervalMs: 500 });
  } catch (err) {
    const seen = last.map((d) => `${d.source}:${diagnosticCode(d)}@${d.range.start.line + 1} ${d.message}`).join('\n  ');
    throw new Error(`${(err as Error).message}; diagnostics seen:\n  ${seen || '(none)'}`);
  }
}

export async function setDocsLanguage(value: string | undefined): Promise<void> {
  await vscode.workspace
    .getConfiguration('netstatInsight')
    .update('docs.language', value, vscode.ConfigurationTarget.Global);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Pastes `text` into a new, empty untitled plaintext editor in `column`: a real paste through the
 * clipboard when the host grants it (the UI harness does), otherwise the same text as one edit, which is
 * what a paste looks like to an extension. Returns the document's URI and a way to look it up again
 * (a language switch hands out a new TextDocument object).
 */
export async function pasteIntoNewUntitled(
  text: string,
  column?: vscode.ViewColumn,
): Promise<{ uri: vscode.Uri; current: () => vscode.TextDocument | undefined }> {
  const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
  const editor = await vscode.window.showTextDocument(document, column);
  assert.strictEqual(document.languageId, 'plaintext');
  await vscode.env.clipboard.writeText(text);
  if ((await vscode.env.clipboard.readText()) === text) {
    await vscode.commands.executeCommand('editor.action.clipboardPasteAction');
  } else {
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), text));
  }
  const uri = document.uri.toString();
  return { uri: document.uri, current: () => vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri) };
}
