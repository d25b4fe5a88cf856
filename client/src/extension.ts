import type * as vscode from 'vscode';

/**
 * The desktop entry (`main`). The client itself is the browser entry's bundle (client/out/browser/extension.js),
 * which holds the Node start of the language server as well: see activateOnDesktop there.
 */
const client = require('./browser/extension.js') as typeof import('./browser/extension');

export function activate(context: vscode.ExtensionContext): void {
  client.activateOnDesktop(context);
}

export function deactivate(): Promise<void> {
  return client.deactivate();
}
