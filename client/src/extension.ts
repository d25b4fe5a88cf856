import type * as vscode from 'vscode';
import { activateWith } from './activation';
import { startLanguageClient } from './languageClient';

/** The desktop entry (`main`): the language server runs as a Node process. */
export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, startLanguageClient);
}

export { deactivate } from './activation';
