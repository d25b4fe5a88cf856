import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, firstLine, fixture, hoverText, openAndShow, positionOf, setDocsLanguage, writeWorkspaceFile } from './helpers';

const CJK = /[\u4e00-\u9fff]/;

describe('hover', () => {
  after(async () => {
    await setDocsLanguage(undefined);
    await closeAllEditors();
  });

  it('explains CLOSE-WAIT in real ss output, in English with docs.language = en', async () => {
    await setDocsLanguage('en');
    const editor = await openAndShow(fixture('close-wait-leak.ss'));
    const text = await hoverText(editor.document.uri, positionOf(editor.document, 'CLOSE-WAIT'), (t) => t.includes('CLOSE_WAIT') && !CJK.test(t));
    assert.ok(firstLine(text).includes('**CLOSE_WAIT**'), `first line should name **CLOSE_WAIT**: ${firstLine(text)}`);
    assert.ok(text.includes('close()'), `English CLOSE_WAIT text should mention close():\n${text}`);
  });

  it('explains CLOSE_WAIT in real netstat output', async () => {
    const editor = await openAndShow(fixture('close-wait-leak.netstat'));
    const text = await hoverText(editor.document.uri, positionOf(editor.document, 'CLOSE_WAIT'), (t) => t.includes('CLOSE_WAIT') && !CJK.test(t));
    assert.ok(firstLine(text).includes('**CLOSE_WAIT**'), `first line should name **CLOSE_WAIT**: ${firstLine(text)}`);
    assert.ok(text.includes('close()'), text);
  });

  it('switches to Chinese when docs.language = zh-cn', async () => {
    await setDocsLanguage('zh-cn');
    const editor = await openAndShow(fixture('close-wait-leak.ss'));
    const text = await hoverText(editor.document.uri, positionOf(editor.document, 'CLOSE-WAIT'), (t) => t.includes('被动关闭'));
    assert.ok(firstLine(text).includes('CLOSE_WAIT'), `first line should still name CLOSE_WAIT: ${firstLine(text)}`);
  });

  it('explains a sysctl key in a sysctl.d file', async () => {
    await setDocsLanguage('en');
    const uri = await writeWorkspaceFile('sysctl.d/60-hover.conf', 'net.ipv4.tcp_fin_timeout = 30\n');
    const editor = await openAndShow(uri);
    assert.strictEqual(editor.document.languageId, 'sysctl', 'sysctl.d/*.conf must get the sysctl language');
    const text = await hoverText(uri, new vscode.Position(0, 12), (t) => t.includes('tcp_fin_timeout'));
    assert.ok(text.length > 'tcp_fin_timeout'.length, text);
  });
});
