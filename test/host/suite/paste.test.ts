import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, fixture, readText, waitFor } from './helpers';

describe('paste detection', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });

  it('switches an untitled plaintext document to netstat when ss output is pasted', async () => {
    assert.notStrictEqual(vscode.workspace.getConfiguration('netstatInsight').get('detectPastedContent'), false,
      'netstatInsight.detectPastedContent is on by default');
    const dump = await readText(fixture('mixed.ss'));
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'plaintext');

    // A real paste through the clipboard when the host grants it (the UI harness does); otherwise the
    // same text arrives as one edit, which is what a paste looks like to an extension.
    await vscode.env.clipboard.writeText(dump);
    if ((await vscode.env.clipboard.readText()) === dump) {
      await vscode.commands.executeCommand('editor.action.clipboardPasteAction');
    } else {
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), dump));
    }
    const uri = doc.uri.toString();
    const current = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    await waitFor('the text to arrive in the untitled document', () => (current()?.getText().length ?? 0) > 0, {
      events: [vscode.workspace.onDidChangeTextDocument as vscode.Event<unknown>],
    });
    const switched = await waitFor('the pasted document to switch to the netstat language', () => current()?.languageId === 'netstat' && current(), {
      timeoutMs: 10_000,
      events: [vscode.workspace.onDidOpenTextDocument as vscode.Event<unknown>],
    });
    assert.strictEqual(switched.languageId, 'netstat');
  });
});
