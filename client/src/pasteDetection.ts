import * as vscode from 'vscode';
import { DETECTION_LINE_LIMIT, detectLanguage } from '../../server/src/core/parsers/detectLanguage';

/**
 * Switches an untitled plain-text editor to `netstat` or `sysctl` once its content looks like one,
 * so a paste gets highlighting, hovers and diagnostics without choosing a language by hand.
 * Each document is switched at most once: if the user sets it back to plain text, it stays so.
 */
export function registerPasteDetection(context: vscode.ExtensionContext): void {
  // By URI: changing a document's language reopens it as a new TextDocument object.
  const decided = new Set<string>();

  const consider = (document: vscode.TextDocument) => {
    if (decided.has(document.uri.toString()) || !document.isUntitled || document.languageId !== 'plaintext') {
      return;
    }
    if (!vscode.workspace.getConfiguration('netstatInsight', document).get<boolean>('detectPastedContent', true)) {
      return;
    }
    // Only the lines detection reads: this runs on every keystroke in any untitled text editor.
    const language = detectLanguage(document.getText(new vscode.Range(0, 0, DETECTION_LINE_LIMIT, 0)));
    if (!language) {
      return;
    }
    decided.add(document.uri.toString());
    void vscode.languages.setTextDocumentLanguage(document, language);
  };

  // VS Code reuses an untitled name (`Untitled-2`) once its editor is closed: forget a document that is
  // really gone, so the next paste there is detected too. A change of language also closes the
  // document, but reopens it under the same URI at once; that one stays decided.
  const forgetIfGone = (document: vscode.TextDocument) => {
    const uri = document.uri.toString();
    setTimeout(() => {
      if (!vscode.workspace.textDocuments.some((open) => open.uri.toString() === uri)) {
        decided.delete(uri);
      }
    }, 0);
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidChangeTextDocument((event) => consider(event.document)),
    vscode.workspace.onDidCloseTextDocument(forgetIfGone),
  );
  vscode.workspace.textDocuments.forEach(consider);
}
