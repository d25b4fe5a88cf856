import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SERVED_LANGUAGES, startLanguageClient } from './languageClient';
import { registerPasteDetection } from './pasteDetection';
import { registerRowCommands } from './rowCommands';
import { registerSocketCapture } from './socketCapture';
import { SummaryPanel } from './summaryPanel';

let clientStart: Promise<LanguageClient> | undefined;

/**
 * Wiring only: paste detection, the summary panel, capturing this machine, and the language server — started the first
 * time a netstat or sysctl document is open, since plain-text activation (for paste detection)
 * alone should not cost a server process.
 */
export function activate(context: vscode.ExtensionContext): void {
  const languageClient = () => (clientStart ??= startLanguageClient(context));
  const startIfServed = (document: vscode.TextDocument) => {
    if (SERVED_LANGUAGES.includes(document.languageId)) {
      void languageClient();
    }
  };

  registerPasteDetection(context);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(startIfServed),
    vscode.commands.registerCommand('netstatInsight.showSummary', (uri?: vscode.Uri) => {
      const document = uri
        ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())
        : vscode.window.activeTextEditor?.document;
      SummaryPanel.show(context, languageClient, document);
    }),
    SummaryPanel.registerSerializer(context, languageClient),
    ...registerRowCommands(context, languageClient),
    ...registerSocketCapture(),
  );
  vscode.workspace.textDocuments.forEach(startIfServed);
}

export async function deactivate(): Promise<void> {
  const client = await clientStart?.catch(() => undefined);
  clientStart = undefined;
  await client?.stop();
}
