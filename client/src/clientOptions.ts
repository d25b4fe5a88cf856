import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { ExplainStateCommand } from '../../server/src/core/features/editorCommands';

/** The languages the server reads: netstat/ss dumps and sysctl files. */
export const SERVED_LANGUAGES: readonly string[] = ['netstat', 'sysctl'];

/** The client's id: its settings (`netstatInsight.trace.server`) are named after it. */
export const CLIENT_ID = 'netstatInsight';

/** The client's options, the same whether the server runs as a Node process or in a Web Worker. */
export function clientOptions(): LanguageClientOptions {
  return {
    documentSelector: SERVED_LANGUAGES.map((language) => ({ language })),
    diagnosticCollectionName: 'netstat-insight',
    outputChannelName: vscode.l10n.t('Netstat Insight'),
    // Hovers may run this one command (the "full explanation" link of a brief hover) and no other;
    // every text a hover takes from the document is escaped by the server.
    markdown: { isTrusted: { enabledCommands: [ExplainStateCommand.id] } },
  };
}
