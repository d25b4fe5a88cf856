import * as vscode from 'vscode';
import { ExplainStateCommand, ShowRowsCommand } from '../../server/src/core/features/editorCommands';
import { type ClientProvider, SummaryPanel } from './summaryPanel';

/** More selections than this make the editor sluggish; the panel still lists the rows. */
const MAX_SELECTIONS = 1000;

/**
 * The commands behind the code actions of socket-dump diagnostics: "show these rows" selects the
 * group's rows and lists them in the summary panel, "explain this state" opens the state's hover.
 */
export function registerRowCommands(context: vscode.ExtensionContext, client: ClientProvider): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(ShowRowsCommand.id, (args: unknown) => (isShowRowsArgs(args) ? showRows(context, client, args) : undefined)),
    vscode.commands.registerCommand(ExplainStateCommand.id, (args: unknown) => (isExplainStateArgs(args) ? explainState(args) : undefined)),
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

async function explainState(args: ExplainStateCommand.Args): Promise<void> {
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(args.uri), { viewColumn: vscode.ViewColumn.One });
  const position = editor.document.validatePosition(new vscode.Position(args.line, args.character));
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  // The hover on a state word is its full explanation, with the counts of this document.
  await vscode.commands.executeCommand('editor.action.showHover');
}

function isShowRowsArgs(value: unknown): value is ShowRowsCommand.Args {
  const args = value as ShowRowsCommand.Args | undefined;
  return typeof args?.uri === 'string' && typeof args.label === 'string' && Array.isArray(args.lines) && args.lines.every((line) => Number.isInteger(line) && line >= 0);
}

function isExplainStateArgs(value: unknown): value is ExplainStateCommand.Args {
  const args = value as ExplainStateCommand.Args | undefined;
  return typeof args?.uri === 'string' && typeof args.state === 'string' && Number.isInteger(args.line) && Number.isInteger(args.character);
}
