import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient } from './languageClient';
import { registerPasteDetection } from './pasteDetection';
import { SummaryPanel } from './summaryPanel';

let client: LanguageClient | undefined;

/** Wiring only: the language server, the summary panel and paste detection. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  registerPasteDetection(context);
  const languageClient = await startLanguageClient(context);
  client = languageClient;
  context.subscriptions.push(
    vscode.commands.registerCommand('netstatInsight.showSummary', (uri?: vscode.Uri) => {
      const document = uri
        ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())
        : vscode.window.activeTextEditor?.document;
      SummaryPanel.show(context, languageClient, document);
    }),
    SummaryPanel.registerSerializer(context, languageClient),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
