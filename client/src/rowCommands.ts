import * as vscode from 'vscode';
import { ExplainStateCommand, ShowRowsCommand } from '../../server/src/core/features/editorCommands';
import { FullHoverRequest } from '../../server/src/protocol';
import { type ClientProvider, SummaryPanel } from './summaryPanel';

/** More selections than this make the editor sluggish; the panel still lists the rows. */
const MAX_SELECTIONS = 1000;

/** Read-only documents holding full explanations, shown in the Markdown preview. */
const EXPLANATION_SCHEME = 'netstat-insight-explanation';

/** Explanations kept for their previews; older ones are dropped (their preview then shows nothing new). */
const MAX_EXPLANATIONS = 20;

/**
 * The full text behind each explanation URI. A content provider rather than an untitled file: the
 * document is read-only, never asks to be saved, and the Markdown preview renders it like any other.
 */
class Explanations implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  set(uri: vscode.Uri, text: string): void {
    const key = uri.toString();
    this.texts.delete(key);
    this.texts.set(key, text);
    for (const oldest of this.texts.keys()) {
      if (this.texts.size <= MAX_EXPLANATIONS) {
        break;
      }
      this.texts.delete(oldest);
    }
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * The commands behind the code actions of socket-dump diagnostics and the links of brief hovers:
 * "show these rows" selects the group's rows and lists them in the summary panel, "explain" opens
 * the full explanation of what sits at a position (a state, a key, a timer) beside the document.
 */
export function registerRowCommands(context: vscode.ExtensionContext, client: ClientProvider): vscode.Disposable[] {
  const explanations = new Explanations();
  return [
    explanations,
    vscode.workspace.registerTextDocumentContentProvider(EXPLANATION_SCHEME, explanations),
    vscode.commands.registerCommand(ShowRowsCommand.id, (args: unknown) => (isShowRowsArgs(args) ? showRows(context, client, args) : undefined)),
    vscode.commands.registerCommand(ExplainStateCommand.id, (args: unknown) => (isExplainStateArgs(args) ? explainState(client, explanations, args) : undefined)),
  ];
}

async function showRows(context: vscode.ExtensionContext, client: ClientProvider, args: ShowRowsCommand.Args): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
  const lines = args.lines.filter((line) => line < document.lineCount);
  if (lines.length === 0) {
    return;
  }
  const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
  editor.selections = lines.slice(0, MAX_SELECTIONS).map((line) => new vscode.Selection(line, 0, line, document.lineAt(line).text.length));
  editor.revealRange(editor.selections[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  SummaryPanel.showRows(context, client, document, { label: args.label, lines });
}

/**
 * Puts the cursor on the word explained and opens its full hover text, with the counts of this
 * document, in a Markdown preview beside it: a hover is too small for the full text, and a preview
 * can be scrolled, kept open and read next to the rows. The preview keeps the focus: the reader asked
 * to read it, and the document stays visible with its cursor on the word.
 */
async function explainState(client: ClientProvider, explanations: Explanations, args: ExplainStateCommand.Args): Promise<void> {
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(args.uri), { viewColumn: vscode.ViewColumn.One });
  const position = editor.document.validatePosition(new vscode.Position(args.line, args.character));
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const markdown = await (await client()).sendRequest(FullHoverRequest.type, {
    textDocument: { uri: editor.document.uri.toString() },
    position: { line: position.line, character: position.character },
  });
  if (!markdown) {
    await vscode.commands.executeCommand('editor.action.showHover');
    return;
  }
  const explanationUri = vscode.Uri.from({ scheme: EXPLANATION_SCHEME, path: `/${fileNameOf(args.state)}.md` });
  explanations.set(explanationUri, markdown);
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', explanationUri);
  } catch {
    // Without the built-in Markdown extension, the text itself beside the document.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(explanationUri), { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}

/** The explained word as a file name for the preview's title: `CLOSE_WAIT.md`, `net.ipv4.tcp_fin_timeout.md`. */
function fileNameOf(word: string): string {
  const name = word.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60);
  return name === '' ? 'explanation' : name;
}

function isShowRowsArgs(value: unknown): value is ShowRowsCommand.Args {
  const args = value as ShowRowsCommand.Args | undefined;
  return typeof args?.uri === 'string' && typeof args.label === 'string' && Array.isArray(args.lines) && args.lines.every((line) => Number.isInteger(line) && line >= 0);
}

function isExplainStateArgs(value: unknown): value is ExplainStateCommand.Args {
  const args = value as ExplainStateCommand.Args | undefined;
  return typeof args?.uri === 'string' && typeof args.state === 'string' && Number.isInteger(args.line) && Number.isInteger(args.character);
}
