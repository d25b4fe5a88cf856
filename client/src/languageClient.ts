import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { ExplainStateCommand } from '../../server/src/core/features/editorCommands';

/** The languages the server reads: netstat/ss dumps and sysctl files. */
export const SERVED_LANGUAGES: readonly string[] = ['netstat', 'sysctl'];

/** Starts the bundled language server for netstat/ss dumps and sysctl files. */
export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SERVED_LANGUAGES.map((language) => ({ language })),
    diagnosticCollectionName: 'netstat-insight',
    outputChannelName: vscode.l10n.t('Netstat Insight'),
    // Hovers may run this one command (the "full explanation" link of a brief hover) and no other;
    // every text a hover takes from the document is escaped by the server.
    markdown: { isTrusted: { enabledCommands: [ExplainStateCommand.id] } },
  };
  const client = new LanguageClient('netstatInsight', vscode.l10n.t('Netstat Insight'), serverOptions, clientOptions);
  await client.start();
  return client;
}
