import * as vscode from 'vscode';
import { activateWith } from '../activation';
import { startLanguageClient as startProcessLanguageClient } from '../languageClient';
import { startLanguageClient } from './languageClient';

/**
 * Commands that run tools on the local machine (ss, netstat), which a browser cannot. They are declared in
 * package.json for both builds; in the browser each one says so instead of failing without a word.
 */
export const NODE_ONLY_COMMANDS: readonly string[] = ['netstatInsight.captureSockets', 'netstatInsight.watchSockets'];

/** The browser entry (`browser`: vscode.dev, github.dev, a web worker extension host): the language server runs in a Web Worker. */
export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, startLanguageClient);
  context.subscriptions.push(...NODE_ONLY_COMMANDS.map((command) => vscode.commands.registerCommand(command, explainNodeOnly)));
}

/**
 * The desktop's activation (`main`, client/src/extension.ts, calls it): the language server runs as a Node
 * process. It lives in this bundle because a web worker extension host loads the one file `browser` names,
 * while the desktop host can load this one too: so the language client library, most of the client,
 * ships once (scripts/build.mjs).
 */
export function activateOnDesktop(context: vscode.ExtensionContext): void {
  activateWith(context, startProcessLanguageClient);
}

function explainNodeOnly(): void {
  void vscode.window.showInformationMessage(
    vscode.l10n.t('This command runs tools such as ss and netstat on your machine, which is not available in the browser (vscode.dev, github.dev). Use it in VS Code on the desktop.'),
  );
}

export { deactivate } from '../activation';
