import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { type NonDefaultValue, NonDefaultValuesRequest, SummaryRequest, type SummaryResult, TimelineRequest, type TimelineResult } from '../../server/src/protocol';
import type { ComparisonMessage } from './compareCommand';
import { savedDocumentUri, webviewMessageOf } from './panelMessages';
import { PanelWords } from './panelWords';
import { findingStatesOf, type StateDiagramMessage, stateDiagramMessage } from './stateDiagramMessage';

/** The language client, started on first use. */
export type ClientProvider = () => Promise<LanguageClient>;

/** Wait this long before recounting after the followed document closed (a language switch reopens it at once). */
const REFRESH_DELAY_MS = 250;

/** Messages the extension posts to the webview (client/media/panel.js). */
export type PanelMessage =
  | { readonly type: 'labels'; readonly labels: Record<string, string> }
  | { readonly type: 'summary'; readonly fileName: string; readonly summary: SummaryResult; readonly timeline?: TimelineResult }
  | { readonly type: 'sysctlChanges'; readonly fileName: string; readonly uri: string; readonly values: readonly NonDefaultValue[] }
  | { readonly type: 'empty'; readonly reason: string }
  | { readonly type: 'rows'; readonly uri: string; readonly label: string; readonly total: number; readonly rows: readonly { readonly line: number; readonly text: string }[] }
  | ComparisonMessage
  | StateDiagramMessage
  | { readonly type: 'findings'; readonly uri: string; readonly states: readonly string[] };

/** Rows the panel lists for one diagnostic; the editor selects all of them. */
const MAX_LISTED_ROWS = 200;

/** The documents the panel follows: socket dumps (their summary) and sysctl files (what a `sysctl -a` capture changed). */
const SHOWN_LANGUAGES: ReadonlySet<string> = new Set(['netstat', 'sysctl']);

/**
 * The "State Summary" webview: one panel beside the editor, following the netstat or sysctl document
 * it was opened for (or the active one), recounted as the text changes.
 */
export class SummaryPanel implements vscode.Disposable {
  static readonly viewType = 'netstatInsight.summary';
  private static current: SummaryPanel | undefined;

  private documentUri: vscode.Uri | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshGeneration = 0;
  /** A recount after an edit is under way; `recountAgain`: more edits came meanwhile. */
  private recounting = false;
  private recountAgain = false;
  private recountTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** A refresh may still be awaiting the server when the user closes the panel. */
  private disposed = false;
  /** The rows of the diagnostic the panel was last asked to show, sent again when the webview reloads. */
  private focusedRows: PanelMessage | undefined;
  private words: PanelWords | undefined;
  /** The before/after view shown instead of the followed document's summary, until the view is closed. */
  private comparison: ComparisonMessage | undefined;

  static show(context: vscode.ExtensionContext, client: ClientProvider, document: vscode.TextDocument | undefined): void {
    if (SummaryPanel.current) {
      SummaryPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        SummaryPanel.viewType,
        vscode.l10n.t('State Summary'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        webviewOptions(context),
      );
      SummaryPanel.current = new SummaryPanel(panel, context, client);
    }
    SummaryPanel.current.follow(document?.uri);
  }

  /** Shows the panel for `document` with the rows of one diagnostic listed on top. */
  static showRows(context: vscode.ExtensionContext, client: ClientProvider, document: vscode.TextDocument, group: { readonly label: string; readonly lines: readonly number[] }): void {
    SummaryPanel.show(context, client, document);
    const rows = group.lines.slice(0, MAX_LISTED_ROWS).map((line) => ({ line, text: document.lineAt(line).text }));
    SummaryPanel.current?.focus({ type: 'rows', uri: document.uri.toString(), label: group.label, total: group.lines.length, rows });
  }

  /** Shows the before/after view of `netstatInsight.compare` in the panel. */
  static showComparison(context: vscode.ExtensionContext, client: ClientProvider, comparison: ComparisonMessage): void {
    SummaryPanel.show(context, client, undefined);
    const panel = SummaryPanel.current;
    if (panel) {
      panel.comparison = comparison;
      panel.scheduleRefresh(0);
    }
  }

  /** Brings a panel back after a window reload, pointed at the document it showed before. */
  static registerSerializer(context: vscode.ExtensionContext, client: ClientProvider): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(SummaryPanel.viewType, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        panel.webview.options = webviewOptions(context);
        SummaryPanel.current?.dispose();
        SummaryPanel.current = new SummaryPanel(panel, context, client);
        const uri = savedDocumentUri(state);
        SummaryPanel.current.follow(uri === undefined ? undefined : vscode.Uri.parse(uri));
      },
    });
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    private readonly client: ClientProvider,
  ) {
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'client', 'media', 'panel-icon.svg');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.documentUri && event.document.uri.toString() === this.documentUri.toString() && event.contentChanges.length > 0) {
          this.recountAfterEdit();
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('netstatInsight.docs.language')) {
          void this.postLabels();
          this.scheduleRefresh(0);
        }
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (this.documentUri && event.uris.some((uri) => uri.toString() === this.documentUri?.toString())) {
          void this.postFindings(this.documentUri);
        }
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && SHOWN_LANGUAGES.has(editor.document.languageId)) {
          this.follow(editor.document.uri);
        }
      }),
      // A change of language (paste detection, or the user picking one) closes the document and opens
      // it again under the same URI with the new language id; the active editor does not change.
      // The editors are updated after the documents: look once that delta has landed.
      vscode.workspace.onDidOpenTextDocument((document) => setTimeout(() => this.onLanguageMaybeChanged(document), 0)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.documentUri && document.uri.toString() === this.documentUri.toString()) {
          // A language switch closes and reopens the document under the same URI: check again shortly.
          this.scheduleRefresh();
        }
      }),
    );
  }

  /** The panel's words, in the language of netstatInsight.docs.language. */
  private async postLabels(): Promise<void> {
    this.words ??= await PanelWords.load(this.context.extensionUri);
    await this.post({ type: 'labels', labels: panelLabels(this.words) });
    await this.post(stateDiagramMessage(this.words));
  }

  /** The states the followed document's findings are about, which the state diagram marks. */
  private postFindings(uri: vscode.Uri): Thenable<boolean> {
    return this.post({ type: 'findings', uri: uri.toString(), states: findingStatesOf(uri) });
  }

  private focus(rows: PanelMessage): void {
    this.focusedRows = rows;
    void this.post(rows);
  }

  private follow(uri: vscode.Uri | undefined): void {
    this.documentUri = uri ?? activeNetstatDocument()?.uri;
    this.scheduleRefresh(0);
  }

  /**
   * The active editor's document became netstat: show it. The followed document left netstat: the
   * panel says so now (refresh), and moves to another visible netstat editor if there is one.
   */
  private onLanguageMaybeChanged(document: vscode.TextDocument): void {
    if (this.disposed) {
      return;
    }
    const uri = document.uri.toString();
    const active = vscode.window.activeTextEditor?.document.uri.toString() === uri;
    if (SHOWN_LANGUAGES.has(document.languageId) && active) {
      this.follow(document.uri);
    } else if (!SHOWN_LANGUAGES.has(document.languageId) && this.documentUri?.toString() === uri) {
      const other = vscode.window.visibleTextEditors.find((editor) => SHOWN_LANGUAGES.has(editor.document.languageId) && editor.document.uri.toString() !== uri);
      this.follow(other?.document.uri ?? document.uri);
    }
  }

  private onMessage(value: unknown): void {
    const message = webviewMessageOf(value);
    if (message?.type === 'ready') {
      void this.postLabels();
      if (this.focusedRows) {
        void this.post(this.focusedRows);
      }
      this.scheduleRefresh(0);
    } else if (message?.type === 'closeCompare') {
      this.comparison = undefined;
      this.scheduleRefresh(0);
    } else if (message?.type === 'reveal' && this.documentUri) {
      const position = new vscode.Position(message.line, 0);
      void vscode.window.showTextDocument(this.documentUri, {
        viewColumn: vscode.ViewColumn.One,
        selection: new vscode.Range(position, position),
      });
    }
  }

  /**
   * Every edit is recounted as soon as it can be: the server re-scans only the stretch an edit touched,
   * milliseconds even on a 60,000-socket paste, so the panel keeps up with each keystroke. One recount at a
   * time: the edits made while one is under way are recounted together when it ends, so fast typing never
   * queues requests. The request goes out in a task of its own, after the language client has sent the
   * edit it follows.
   */
  private recountAfterEdit(): void {
    if (this.recounting) {
      this.recountAgain = true;
      return;
    }
    this.recounting = true;
    this.recountTimer = setTimeout(() => {
      void this.refresh().finally(() => {
        this.recounting = false;
        if (this.recountAgain && !this.disposed) {
          this.recountAgain = false;
          this.recountAfterEdit();
        }
      });
    }, 0);
  }

  private scheduleRefresh(delay = REFRESH_DELAY_MS): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const generation = ++this.refreshGeneration;
    const words = (this.words ??= await PanelWords.load(this.context.extensionUri));
    if (this.comparison) {
      this.panel.title = vscode.l10n.t('Compare: {0} → {1}', this.comparison.baseName, this.comparison.otherName);
      await this.post(this.comparison);
      return;
    }
    const uri = this.documentUri;
    const document = uri && vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    if (!uri || !document) {
      this.panel.title = vscode.l10n.t('State Summary');
      await this.post({ type: 'empty', reason: words.t('Open a netstat or ss document to see its state summary.') });
      return;
    }
    const fileName = fileNameOf(uri);
    this.panel.title = vscode.l10n.t('State Summary: {0}', fileName);
    if (document.languageId === 'sysctl') {
      await this.refreshSysctl(uri, fileName, words, generation);
      return;
    }
    if (document.languageId !== 'netstat') {
      await this.post({ type: 'empty', reason: words.t('{0} is not a netstat or ss document.', fileName) });
      return;
    }
    let client: LanguageClient | undefined;
    try {
      client = await this.client();
      const summary = await client.sendRequest(SummaryRequest.type, { textDocument: { uri: uri.toString() } });
      // A series of snapshots (date; ss -s in a loop, watch) is also drawn over time (media/timelineView.js).
      const timeline = summary ? await client.sendRequest(TimelineRequest.type, { textDocument: { uri: uri.toString() } }) : null;
      if (this.disposed || generation !== this.refreshGeneration) {
        return;
      }
      await this.postFindings(uri);
      await this.post(
        summary
          ? { type: 'summary', fileName, summary, ...(timeline && timeline.series.length > 0 ? { timeline } : {}) }
          : { type: 'empty', reason: words.t('{0} is not a netstat or ss document.', fileName) },
      );
    } catch (error) {
      client?.error('State summary request failed', error, false);
    }
  }

  /** A sysctl document: the values a `sysctl -a` capture has that differ from the kernel defaults. */
  private async refreshSysctl(uri: vscode.Uri, fileName: string, words: PanelWords, generation: number): Promise<void> {
    let client: LanguageClient | undefined;
    try {
      client = await this.client();
      const values = await client.sendRequest(NonDefaultValuesRequest.type, { textDocument: { uri: uri.toString() } });
      if (this.disposed || generation !== this.refreshGeneration) {
        return;
      }
      await this.post(
        values
          ? { type: 'sysctlChanges', fileName, uri: uri.toString(), values }
          : { type: 'empty', reason: words.t('{0} is a sysctl configuration file. Open the output of sysctl -a to see which values a host changed from the kernel defaults.', fileName) },
      );
    } catch (error) {
      client?.error('Non-default values request failed', error, false);
    }
  }

  private post(message: PanelMessage): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  private html(): string {
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'client', 'media');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.css'));
    // The views panel.js draws with: loaded first, they register themselves for it.
    const views = ['stateDiagram', 'compareView', 'timelineView'].map((name) => ({
      script: webview.asWebviewUri(vscode.Uri.joinPath(media, `${name}.js`)),
      style: webview.asWebviewUri(vscode.Uri.joinPath(media, `${name}.css`)),
    }));
    // Web Crypto: the same in the desktop's Node extension host and in a web worker one.
    const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
${views.map((view) => `<link rel="stylesheet" href="${view.style}">`).join('\n')}
<title>${escapeHtml(vscode.l10n.t('State Summary'))}</title>
</head>
<body>
<main id="summary" aria-live="polite"></main>
${views.map((view) => `<script nonce="${nonce}" src="${view.script}"></script>`).join('\n')}
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    // panel.dispose() fires onDidDispose, which calls this again.
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    if (SummaryPanel.current === this) {
      SummaryPanel.current = undefined;
    }
    clearTimeout(this.refreshTimer);
    clearTimeout(this.recountTimer);
    this.panel.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
    this.disposables.length = 0;
  }
}

function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'client', 'media')],
  };
}

function activeNetstatDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && SHOWN_LANGUAGES.has(document.languageId) ? document : undefined;
}

export function fileNameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Every text the webview shows, translated here because the webview has no l10n API. */
function panelLabels(words: PanelWords): Record<string, string> {
  return {
    heading: words.t('TCP states'),
    total: words.t('TCP sockets'),
    ipv4: words.t('IPv4'),
    ipv6: words.t('IPv6'),
    protocols: words.t('Sockets by protocol'),
    protocol: words.t('Protocol'),
    sockets: words.t('Sockets'),
    topLocalPorts: words.t('Top local ports'),
    topRemoteHosts: words.t('Top remote hosts'),
    topProcesses: words.t('Top processes'),
    port: words.t('Port'),
    host: words.t('Host'),
    process: words.t('Process'),
    services: words.t('Services: {0}', '{0}'),
    states: words.t('States'),
    listening: words.t('listening'),
    unparsed: words.t('Lines not understood: {0} (see the Problems panel)', '{0}'),
    noTcp: words.t('No TCP sockets in this document.'),
    none: words.t('none'),
    formats: words.t('Read as: {0}', '{0}'),
    lines: words.t('{0} lines', '{0}'),
    familyListening: words.t('listening'),
    familyOpening: words.t('opening'),
    familyOpen: words.t('open'),
    familyClosing: words.t('closing'),
    familyWaiting: words.t('waiting'),
    familyClosed: words.t('closed'),
    diagnosticRows: words.t('{0} rows of this diagnostic', '{0}'),
    moreRows: words.t('… and {0} more', '{0}'),
    line: words.t('Line {0}', '{0}'),
    clearRows: words.t('Hide'),
    sections: words.t('Outputs in this paste: {0}', '{0}'),
    output: words.t('Output'),
    lineRange: words.t('Lines'),
    tcpColumn: words.t('TCP'),
    lsofNote: words.t('lsof lists only sockets a process holds: TIME_WAIT sockets and those an application has closed never appear in it. Compare with ss -tan.'),
    sumOfOutputs: words.t('These totals add up the {0} outputs of this paste; each output is counted on its own below.', '{0}'),
    sysctlChanges: words.t('values differ from the kernel defaults'),
    sysctlChangesNote: words.t('Keys whose default depends on the machine, and the keys of single interfaces, are left out. Defaults are those of the kernel the capture names in kernel.osrelease, else of netstatInsight.kernelVersion.'),
    sysctlNoChanges: words.t('Every documented value is the kernel default.'),
    sysctlKey: words.t('Key'),
    sysctlValue: words.t('Value'),
    sysctlDefault: words.t('Default'),
    kernelMessages: words.t('Kernel log messages'),
    kernelMessage: words.t('Message'),
    kernelCount: words.t('Lines of this kind'),
    kernelSuppressed: words.t('{0} messages held back', '{0}'),
    seriesTotals: words.t('This paste is a series of {0} snapshots: the totals are those of the latest one.', '{0}'),
    timelineHeading: words.t('Over time: {0}', '{0}'),
    timelineCount: words.t('{0} snapshots', '{0}'),
    timelineChart: words.t('TCP states over the snapshots of {0}', '{0}'),
    timelineTable: words.t('Counts per snapshot (select a row to show it in the editor)'),
    timelineTime: words.t('Time'),
    timelineSeconds: words.t('{0} s', '{0}'),
    timelineSnapshots: words.t('snapshot {0}', '{0}'),
    timelineZone: words.t('Time zone: {0}', '{0}'),
    aggregated: words.t('aggregated'),
    aggregatedNote: words.t('Counted by a pasted histogram (awk, uniq -c or grep -c), not from socket rows: these counts have no rows to jump to.'),
  };
}
