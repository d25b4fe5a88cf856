import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, fixture, openAndShow, pasteIntoNewUntitled, readText, waitFor } from './helpers';

function summaryTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('netstatInsight.summary'));
}

describe('state summary panel', () => {
  after(closeAllEditors);

  it('netstatInsight.showSummary opens the summary webview beside the editor', async () => {
    await closeAllEditors();
    const editor = await openAndShow(fixture('mixed.ss'), vscode.ViewColumn.One);
    await vscode.commands.executeCommand('netstatInsight.showSummary');
    const tab = await waitFor('a webview tab with viewType netstatInsight.summary', summaryTab, {
      timeoutMs: 15_000,
      events: [vscode.window.tabGroups.onDidChangeTabs as vscode.Event<unknown>],
    });
    assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'the panel opens beside the editor, not over it');
  });

  /** The panel's title names the document it shows ("State Summary: <file>"). */
  function panelFollows(fileName: string): Promise<vscode.Tab> {
    return waitFor(`the summary panel's title to end with ": ${fileName}"`, () => {
      const tab = summaryTab();
      return tab?.label.endsWith(`: ${fileName}`) ? tab : undefined;
    }, { timeoutMs: 15_000, events: [vscode.window.tabGroups.onDidChangeTabs as vscode.Event<unknown>] });
  }

  it('follows an untitled paste that paste detection switches to netstat, and leaves it when it stops being netstat', async () => {
    await closeAllEditors();
    await openAndShow(fixture('mixed.ss'), vscode.ViewColumn.One);
    await vscode.commands.executeCommand('netstatInsight.showSummary');
    await panelFollows('mixed.ss');

    // A new untitled editor in the same group: the active editor changes to a plain-text one, which the
    // panel does not follow; only the language switch after the paste can move it.
    const { uri, current } = await pasteIntoNewUntitled(await readText(fixture('close-wait-leak.ss')), vscode.ViewColumn.One);
    try {
      await followPasteAndBack(current, uri);
    } finally {
      // The pasted text is unsaved: revert it, so closing every editor afterwards asks nothing.
      const document = current();
      if (document) {
        await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
  });

  async function followPasteAndBack(current: () => vscode.TextDocument | undefined, untitledUri: vscode.Uri): Promise<void> {
    await waitFor('paste detection to switch the untitled editor to netstat', () => current()?.languageId === 'netstat', {
      events: [vscode.workspace.onDidOpenTextDocument as vscode.Event<unknown>],
    });
    const untitledName = untitledUri.path.slice(untitledUri.path.lastIndexOf('/') + 1);
    await panelFollows(untitledName);

    // Another netstat editor in sight, then the paste is set back to plain text: the panel moves there.
    await openAndShow(fixture('close-wait-leak.netstat'), vscode.ViewColumn.Three);
    await panelFollows('close-wait-leak.netstat');
    await vscode.window.showTextDocument(current()!, vscode.ViewColumn.One);
    await panelFollows(untitledName);
    await vscode.languages.setTextDocumentLanguage(current()!, 'plaintext');
    await panelFollows('close-wait-leak.netstat');
  }
});
