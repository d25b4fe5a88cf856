import type * as vscode from 'vscode';
import { registerSocketCapture } from './socketCapture';

/**
 * The desktop entry (`main`). The client itself is the browser entry's bundle (client/out/browser/extension.js),
 * which holds the Node start of the language server as well: see activateOnDesktop there. Capturing this
 * machine runs its tools (child_process), so it lives here, in the Node-only bundle; the browser entry answers
 * the same command ids with a message instead (NODE_ONLY_COMMANDS).
 */
const client = require('./browser/extension.js') as typeof import('./browser/extension');

export function activate(context: vscode.ExtensionContext): void {
  client.activateOnDesktop(context);
  context.subscriptions.push(...registerSocketCapture());
}

export function deactivate(): Promise<void> {
  return client.deactivate();
}
