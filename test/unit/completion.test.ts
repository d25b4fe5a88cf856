import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { sysctlCompletions } from '../../server/src/core/features/completion';
import catalog from '../../server/src/core/knowledge/sysctlKeyCatalog.json';
import { findKeyDoc } from '../../server/src/core/knowledge/sysctlKeys';
import { documentOf, service, settingsWith } from './support/service';

/** Where the `|` in `text` is, and the text without it. */
function cursorIn(text: string): { clean: string; line: number; character: number } {
  const cursor = text.indexOf('|');
  const clean = text.replace('|', '');
  const before = clean.slice(0, cursor);
  return { clean, line: before.split('\n').length - 1, character: cursor - (before.lastIndexOf('\n') + 1) };
}

/** Completion at the `|` in `text`. */
function complete(text: string, language: 'en' | 'zh-cn' | 'both' = 'en'): CompletionItem[] {
  const { clean, line, character } = cursorIn(text);
  const document = documentOf('sysctl', clean);
  return service.doComplete(document, { line, character }, service.parse(document), settingsWith({ language }));
}

/** Completion at the `|` in `text` for a kernel whose keys are `kernelKeys`. */
function completeOnKernel(text: string, kernelKeys: ReadonlySet<string>): CompletionItem[] {
  const { clean, line, character } = cursorIn(text);
  const parsed = service.parse(documentOf('sysctl', clean));
  ok(parsed.kind === 'sysctl');
  return sysctlCompletions(clean.split('\n')[line], line, character, parsed.file, 'en', kernelKeys).items;
}

function labels(items: CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

function item(items: CompletionItem[], label: string): CompletionItem {
  const found = items.find((candidate) => candidate.label === label);
  ok(found, `${label} offered among ${labels(items).slice(0, 20).join(', ')}`);
  return found;
}

describe('completion in sysctl files', () => {
  it('offers the top-level directories on an empty line, each inserting its dot and asking for more', () => {
    const items = complete('|');
    for (const top of ['net', 'vm', 'kernel', 'fs']) {
      const directory = item(items, top);
      deepStrictEqual((directory.textEdit as TextEdit).newText, `${top}.`);
      strictEqual(directory.command?.command, 'editor.action.triggerSuggest');
    }
  });

  it('completes one segment after a dot, replacing only the segment being typed', () => {
    const items = complete('net.ipv4.tcp_fin|');
    const finTimeout = item(items, 'tcp_fin_timeout');
    deepStrictEqual(finTimeout.textEdit, { range: { start: { line: 0, character: 9 }, end: { line: 0, character: 16 } }, newText: 'tcp_fin_timeout' });
    strictEqual(finTimeout.detail, 'net.ipv4.tcp_fin_timeout — default 60 seconds');
    ok((finTimeout.documentation as MarkupContent).value.startsWith('How long an orphaned socket'));
    ok(labels(items).includes('conf'), 'directories below net.ipv4 too');
    ok(!labels(items).includes('ipv4'), 'nothing from another level');
  });

  it('documents keys in the language the user chose', () => {
    const zh = item(complete('net.ipv4.|', 'zh-cn'), 'tcp_fin_timeout');
    strictEqual(zh.detail, 'net.ipv4.tcp_fin_timeout — 默认值 60 秒');
    ok((zh.documentation as MarkupContent).value.startsWith('已被应用 close() 的孤儿 socket'));
    const both = (item(complete('net.ipv4.|', 'both'), 'tcp_fin_timeout').documentation as MarkupContent).value;
    ok(both.startsWith('How long') && both.includes('\n\n已被应用'));
  });

  it('offers keys the kernel has but the knowledge base does not describe, after the documented ones', () => {
    // The knowledge base covers the whole reference kernel, so a kernel with one more key stands in.
    const undescribed = 'kernel.not_yet_described';
    strictEqual(findKeyDoc(undescribed), undefined);
    ok(!labels(complete('kernel.|')).includes('not_yet_described'), 'not a key of the reference kernel');
    const onKernel = completeOnKernel('kernel.|', new Set([...catalog.keys, undescribed]));
    const offered = item(onKernel, 'not_yet_described');
    strictEqual(offered.detail, `${undescribed} — known kernel parameter, not described yet`);
    strictEqual(offered.sortText, '1not_yet_described');
    strictEqual(offered.documentation, undefined);
    strictEqual(item(onKernel, 'pid_max').sortText, '0pid_max');
    const items = complete('net.ipv4.|');
    strictEqual(item(items, 'tcp_fin_timeout').sortText, '0tcp_fin_timeout');
    ok(!labels(items).includes('tcp_tw_recycle'), 'removed keys are not offered');
  });

  it('offers all, default, lo and the interfaces the file already uses where an interface name goes', () => {
    const text = 'net.ipv4.conf.eth0.rp_filter = 1\nnet/ipv4/conf/bond0.100/rp_filter = 1\nnet.ipv4.conf.|';
    const items = complete(text);
    deepStrictEqual(labels(items), ['all', 'default', 'lo', 'eth0', 'bond0/100']);
    strictEqual((item(items, 'eth0').textEdit as TextEdit).newText, 'eth0.');
    deepStrictEqual(labels(complete('net.ipv6.neigh.|')), ['default', 'lo']);
    const afterInterface = complete('net.ipv4.conf.eth0.rp|');
    ok(labels(afterInterface).includes('rp_filter'));
    strictEqual(item(afterInterface, 'rp_filter').detail, 'net.ipv4.conf.eth0.rp_filter — default 0');
  });

  it('follows `/`-separated keys', () => {
    const items = complete('net/ipv4/tcp_fin|');
    strictEqual(item(items, 'tcp_fin_timeout').detail, 'net/ipv4/tcp_fin_timeout — default 60 seconds');
    strictEqual((item(complete('net/|'), 'ipv4').textEdit as TextEdit).newText, 'ipv4/');
  });

  it('offers the values of an enum with their meaning, the default first and marked', () => {
    const items = complete('net.ipv4.tcp_tw_reuse = |');
    deepStrictEqual(labels(items), ['0', '1', '2']);
    const loopback = item(items, '2');
    deepStrictEqual(loopback.labelDetails, { description: 'default' });
    strictEqual(loopback.sortText, '0002');
    strictEqual(item(items, '0').labelDetails, undefined);
    deepStrictEqual((loopback.textEdit as TextEdit).range, { start: { line: 0, character: 24 }, end: { line: 0, character: 24 } });
    strictEqual(item(complete('net.ipv4.tcp_tw_reuse = 1|', 'zh-cn'), '2').labelDetails?.description, '默认值');
  });

  it('offers the default triple of a list key, with spaces', () => {
    const items = complete('net.ipv4.tcp_rmem = |');
    deepStrictEqual(labels(items), ['4096 131072 33554432']);
    deepStrictEqual(items[0].labelDetails, { description: 'default' });
    strictEqual(items[0].detail, 'list of integers · bytes');
  });

  it('replaces a value already typed, and offers nothing in comments, for unknown keys or within a key', () => {
    const items = complete('net.core.somaxconn = 10|24');
    deepStrictEqual(items[0].textEdit, { range: { start: { line: 0, character: 21 }, end: { line: 0, character: 25 } }, newText: '4096' });
    deepStrictEqual(complete('# net.ipv4.|'), []);
    deepStrictEqual(complete('net.ipv4.made_up = |'), []);
    deepStrictEqual(complete('net.ipv4.tcp_fin_timeout |'), []);
    deepStrictEqual(complete('  |'), []);
  });

  it('offers nothing in netstat documents', () => {
    const document = documentOf('netstat', 'tcp 0 0 ');
    deepStrictEqual(service.doComplete(document, { line: 0, character: 8 }, service.parse(document), settingsWith()), []);
  });
});

describe('completion of string values', () => {
  it('offers the common congestion control algorithms and qdiscs, the default marked', () => {
    const complete = (text: string) => {
      const document = documentOf('sysctl', text);
      return service.doComplete(document, { line: 0, character: text.length }, service.parse(document), settingsWith({ language: 'en' }));
    };
    deepStrictEqual(complete('net.ipv4.tcp_congestion_control = ').map((item) => item.label), ['cubic', 'bbr', 'reno', 'dctcp', 'htcp']);
    const qdiscs = complete('net.core.default_qdisc = ');
    deepStrictEqual(qdiscs.map((item) => [item.label, item.labelDetails?.description]), [
      ['fq_codel', undefined],
      ['fq', undefined],
      ['pfifo_fast', 'default'],
      ['cake', undefined],
    ]);
  });
});
