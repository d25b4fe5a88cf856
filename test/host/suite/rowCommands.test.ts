import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, DIAGNOSTIC_SOURCE, diagnosticCode, fixture, openAndShow, waitFor, waitForDiagnostics } from './helpers';

/**
 * The code actions offered on a diagnostic's range, as the lightbulb would list them. VS Code does
 * not hand back `diagnostics` on command actions, so they are told apart by their command.
 */
async function actionsFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range)) ?? [];
}

describe('code actions of socket-dump diagnostics', () => {
  after(closeAllEditors);

  it('"show these rows" selects every row of the CLOSE_WAIT group and "explain" opens the full explanation beside it', async () => {
    const editor = await openAndShow(fixture('close-wait-leak.ss'));
    const uri = editor.document.uri;
    const [diagnostic] = (
      await waitForDiagnostics(uri, (ds) => ds.some((d) => diagnosticCode(d) === 'state.close-wait-buildup'), 'a CLOSE_WAIT build-up')
    ).filter((d) => d.source === DIAGNOSTIC_SOURCE && diagnosticCode(d) === 'state.close-wait-buildup');
    const actions = await actionsFor(uri, diagnostic);
    const showRows = actions.find((action) => action.command?.command === 'netstatInsight.showRows');
    const explain = actions.find((action) => action.command?.command === 'netstatInsight.explainState');
    assert.ok(showRows?.command && explain?.command, `actions offered: ${actions.map((action) => action.title).join(' | ')}`);

    await vscode.commands.executeCommand(showRows.command.command, ...(showRows.command.arguments ?? []));
    const closeWaitLines = editor.document
      .getText()
      .split('\n')
      .flatMap((line, index) => (line.startsWith('CLOSE-WAIT') ? [index] : []));
    const selected = await waitFor('the rows to be selected', () => {
      const lines = vscode.window.activeTextEditor?.selections.map((selection) => selection.start.line) ?? [];
      return lines.length === closeWaitLines.length ? lines : undefined;
    });
    assert.deepStrictEqual([...selected].sort((a, b) => a - b), closeWaitLines);

    await vscode.commands.executeCommand(explain.command.command, ...(explain.command.arguments ?? []));
    // The full explanation opens in a Markdown preview beside the dump…
    const preview = await waitFor('the full explanation beside the document', () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.label.includes('CLOSE_WAIT.md')),
    );
    assert.ok(preview.group.viewColumn !== editor.viewColumn, `preview opened in column ${preview.group.viewColumn}`);
    // …and the dump stays visible with its cursor on the state word of the group's last row.
    const lastRow = closeWaitLines[closeWaitLines.length - 1];
    const cursor = await waitFor('the cursor on the state word', () => {
      const dump = vscode.window.visibleTextEditors.find((visible) => visible.document.uri.toString() === uri.toString());
      return dump?.selection.active.line === lastRow ? dump.selection.active : undefined;
    });
    assert.deepStrictEqual([cursor.line, cursor.character], [lastRow, 0]);
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, cursor);
    const text = hover.flatMap((h) => h.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.ok(text.startsWith('**CLOSE_WAIT**'), text.slice(0, 120));
    assert.ok(text.includes('command:netstatInsight.explainState?'), 'the brief hover links to the full explanation');
  });
});
