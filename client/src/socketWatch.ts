import * as vscode from 'vscode';
import type { CaptureKind } from './capture/captureCommands';
import { captureSnapshot } from './capture/captureSnapshot';
import { nodeCaptureHost } from './capture/nodeCaptureHost';
import { renderSnapshot } from './capture/snapshotText';
import { clampSetting, snapshotsToDrop, WATCH_INTERVAL_SECONDS, WATCH_MAX_CHARACTERS, WATCH_MAX_SNAPSHOTS, type WatchLimits } from './capture/watchLimits';
import { captureSettings, headerLanguage, showCaptureError } from './captureSettings';

/** Set while a watch runs: shows the stop command in the palette and the stop button on the editor. */
const WATCHING_CONTEXT = 'netstatInsight.watching';

interface KeptSnapshot {
  /** Its first line, the time: where it starts when older ones are dropped. */
  readonly firstLine: string;
  readonly length: number;
}

interface Session {
  readonly document: vscode.TextDocument;
  readonly kinds: readonly CaptureKind[];
  readonly kept: KeptSnapshot[];
  readonly probes: Map<string, string | undefined>;
  readonly intervalSeconds: number;
  readonly limits: WatchLimits;
  timer?: ReturnType<typeof setTimeout>;
  stopped: boolean;
}

/**
 * One watch at a time: a capture every N seconds appended to one untitled netstat document (the
 * panel's timeline reads it as a series of snapshots), the oldest snapshots dropped past the caps,
 * a status bar item to stop it. It stops when its document is closed, when a capture fails, or when
 * the document was edited where it would have to cut.
 */
export class SocketWatch implements vscode.Disposable {
  private session: Session | undefined;
  private readonly statusItem = vscode.window.createStatusBarItem('netstatInsight.watch', vscode.StatusBarAlignment.Left, 100);
  private readonly closeListener: vscode.Disposable;

  constructor() {
    this.statusItem.name = vscode.l10n.t('Netstat Insight: watching sockets');
    this.statusItem.command = 'netstatInsight.stopWatching';
    // The document object, not its URI: VS Code gives a new untitled document the name of a closed one.
    // (A change of language also closes it, and ends the watch: the watched document is netstat by design.)
    this.closeListener = vscode.workspace.onDidCloseTextDocument((closed) => {
      if (this.session && closed === this.session.document) {
        this.end(this.session);
      }
    });
  }

  /** Starts watching and returns the document's URI; while a watch runs, shows its document instead. */
  async start(kinds: readonly CaptureKind[]): Promise<string | undefined> {
    const running = this.session;
    if (running && running.document.isClosed) {
      this.end(running);
    } else if (running) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Already watching the sockets of this machine in this document. Stop that watch to start another.'));
      await vscode.window.showTextDocument(running.document, { preview: false });
      return running.document.uri.toString();
    }
    const configuration = vscode.workspace.getConfiguration('netstatInsight');
    const intervalSeconds = clampSetting(configuration.get('capture.watchInterval'), WATCH_INTERVAL_SECONDS);
    const limits = { maxSnapshots: clampSetting(configuration.get('capture.watchMaxSnapshots'), WATCH_MAX_SNAPSHOTS), maxCharacters: WATCH_MAX_CHARACTERS };
    const probes = new Map<string, string | undefined>();
    let text: string;
    try {
      text = await this.captureText(kinds, probes);
    } catch (error) {
      showCaptureError(error);
      return undefined;
    }
    if (text.length > limits.maxCharacters) {
      void vscode.window.showErrorMessage(vscode.l10n.t('One capture is larger than a watched document may grow ({0} MiB): capture once instead.', String(limits.maxCharacters / (1024 * 1024))));
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument({ language: 'netstat', content: text });
    await vscode.window.showTextDocument(document, { preview: false });
    const session: Session = { document, kinds, kept: [{ firstLine: firstLineOf(text), length: text.length }], probes, intervalSeconds, limits, stopped: false };
    this.session = session;
    void vscode.commands.executeCommand('setContext', WATCHING_CONTEXT, true);
    this.showStatus(session);
    this.schedule(session);
    return document.uri.toString();
  }

  stop(): void {
    if (this.session) {
      this.end(this.session);
    }
  }

  dispose(): void {
    this.stop();
    this.closeListener.dispose();
    this.statusItem.dispose();
  }

  private end(session: Session): void {
    session.stopped = true;
    clearTimeout(session.timer);
    if (this.session === session) {
      this.session = undefined;
      this.statusItem.hide();
      void vscode.commands.executeCommand('setContext', WATCHING_CONTEXT, false);
    }
  }

  /** The next capture waits for the previous one: a slow tool stretches the interval, never overlaps itself. */
  private schedule(session: Session): void {
    session.timer = setTimeout(() => void this.tick(session), session.intervalSeconds * 1000);
  }

  private async tick(session: Session): Promise<void> {
    let text: string;
    try {
      text = await this.captureText(session.kinds, session.probes);
    } catch (error) {
      this.end(session);
      showCaptureError(error);
      return;
    }
    if (session.stopped) {
      return;
    }
    if (session.document.isClosed) {
      this.end(session);
      return;
    }
    const stopReason = await this.append(session, text);
    if (stopReason !== undefined) {
      this.end(session);
      void vscode.window.showWarningMessage(stopReason);
      return;
    }
    this.showStatus(session);
    this.schedule(session);
  }

  /** Appends one snapshot, dropping the oldest past the caps; returns why the watch must stop, if it must. */
  private async append(session: Session, text: string): Promise<string | undefined> {
    const document = session.document;
    const drop = snapshotsToDrop(session.kept.map((kept) => kept.length), text.length, session.limits);
    if (drop === 'too-big') {
      return vscode.l10n.t('Watching stopped: one capture is larger than a watched document may grow ({0} MiB).', String(session.limits.maxCharacters / (1024 * 1024)));
    }
    const edit = new vscode.WorkspaceEdit();
    if (drop > 0) {
      const cut = drop < session.kept.length ? startOf(document.getText(), session.kept[drop].firstLine) : document.getText().length;
      if (cut === undefined) {
        return vscode.l10n.t('Watching stopped: the oldest snapshots are due to be dropped, but the document was edited there. Nothing of it was deleted.');
      }
      edit.delete(document.uri, new vscode.Range(new vscode.Position(0, 0), document.positionAt(cut)));
    }
    const end = document.lineAt(document.lineCount - 1).range.end;
    // A snapshot starts on a line of its own even if the reader typed below the last one.
    const separator = end.character === 0 ? '' : '\n\n';
    edit.insert(document.uri, end, separator + text);
    if (!(await vscode.workspace.applyEdit(edit))) {
      return vscode.l10n.t('Watching stopped: the document could not be changed.');
    }
    session.kept.splice(0, drop);
    session.kept.push({ firstLine: firstLineOf(text), length: separator.length + text.length });
    return undefined;
  }

  private async captureText(kinds: readonly CaptureKind[], probes: Map<string, string | undefined>): Promise<string> {
    const snapshot = await captureSnapshot(kinds, { ...captureSettings(), probes }, nodeCaptureHost());
    return renderSnapshot(snapshot, headerLanguage(), 'netstat');
  }

  private showStatus(session: Session): void {
    this.statusItem.text = `$(debug-stop) ${vscode.l10n.t('Watching sockets ({0})', String(session.kept.length))}`;
    this.statusItem.tooltip = vscode.l10n.t('A capture every {0} s is appended to {1}. Click to stop watching.', String(session.intervalSeconds), session.document.fileName);
    this.statusItem.show();
  }
}

function firstLineOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline < 0 ? text : text.slice(0, newline);
}

/** Where the snapshot whose first line is `firstLine` starts: at a line start right after a blank line. */
function startOf(text: string, firstLine: string): number | undefined {
  const found = text.indexOf(`\n\n${firstLine}\n`);
  return found < 0 ? undefined : found + 2;
}
