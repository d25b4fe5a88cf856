import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, fixture, openAndShow, waitFor } from './helpers';

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
});
