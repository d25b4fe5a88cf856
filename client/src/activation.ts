import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SERVED_LANGUAGES } from './clientOptions';
import { registerCompareCommand } from './compareCommand';
import { registerPasteDetection } from './pasteDetection';
import { registerRowCommands } from './rowCommands';
import { SummaryPanel } from './summaryPanel';

/** Starts the language server the way the platform can (a Node process, a Web Worker) and a client for it. */
export type StartLanguageClient = (context: vscode.ExtensionContext) => Promise<BaseLanguageClient>;

let clientStart: Promise<BaseLanguageClient> | undefined;

/**
 * Wiring only, shared by the desktop entry (extension.ts) and the browser entry (browser/extension.ts):
 * paste detection, the summary panel, and the language server — started the first time a netstat or
 * sysctl document is open, since plain-text activation (for paste detection) alone should not cost a
 * server process.
 */
export function activateWith(context: vscode.ExtensionContext, startLanguageClient: StartLanguageClient): void {
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
    registerCompareCommand(context, languageClient),
  );
  vscode.workspace.textDocuments.forEach(startIfServed);
}

/** Stops the language server, whichever entry started it. */
export async function deactivate(): Promise<void> {
  const client = await clientStart?.catch(() => undefined);
  clientStart = undefined;
  await client?.stop();
}
