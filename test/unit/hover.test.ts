import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import type { Hover } from 'vscode-languageserver-types';
import { sysctlHover } from '../../server/src/core/features/hover';
import { escapeMarkdown } from '../../server/src/core/features/hoverMarkdown';
import catalog from '../../server/src/core/knowledge/sysctlKeyCatalog.json';
import { findKeyDoc, REFERENCE_KERNEL } from '../../server/src/core/knowledge/sysctlKeys';
import { WINDOWS_PSEUDO_STATES } from '../../server/src/core/knowledge/tcpStates';
import { CANONICAL_STATES, STATE_SPELLINGS } from '../../server/src/core/model/tcpState';
import { documentOf, service, settingsWith } from './support/service';

function hoverText(hover: Hover | undefined): string {
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

function hoverAt(languageId: 'netstat' | 'sysctl', text: string, line: number, character: number, language: 'en' | 'zh-cn' | 'both' = 'en') {
  const document = documentOf(languageId, text);
  return service.doHover(document, { line, character }, service.parse(document), settingsWith({ language, hoverDetail: 'full' }));
}

/** Hover over a one-line sysctl file for a kernel whose keys are `kernelKeys`. */
function sysctlHoverOnKernel(text: string, character: number, kernelKeys: ReadonlySet<string>) {
  const parsed = service.parse(documentOf('sysctl', text));
  ok(parsed.kind === 'sysctl');
  return sysctlHover(parsed.file, text, 0, character, 'en', kernelKeys);
}

describe('hover', () => {
  it('explains every spelling of every state, in both languages', () => {
    for (const { spelling, state } of STATE_SPELLINGS) {
      const en = hoverText(hoverAt('netstat', `${spelling} 0 0`, 0, 1));
      const zh = hoverText(hoverAt('netstat', `${spelling} 0 0`, 0, 1, 'zh-cn'));
      if (spelling === 'CLOSE') {
        continue;
      }
      if (spelling in WINDOWS_PSEUDO_STATES) {
        ok(en.startsWith(`**${escapeMarkdown(spelling)}** (not a TCP state) — `), en.slice(0, 60));
        ok(zh.startsWith(`**${escapeMarkdown(spelling)}**（不是 TCP 状态） — `), zh.slice(0, 60));
        continue;
      }
      ok(en.startsWith(`**${state}** — `), `${spelling}: ${en.slice(0, 40)}`);
      ok(zh.startsWith(`**${state}** — `), `${spelling} (zh)`);
      ok(/[\u4e00-\u9fff]/.test(zh), `${spelling} has Chinese text`);
      ok(en.includes('**Which side:**') && en.includes('**Timers:**') && en.includes('**When there are many:**'));
      ok(zh.includes('**哪一端：**') && zh.includes('**定时器：**'));
    }
    deepStrictEqual(new Set(STATE_SPELLINGS.map((entry) => entry.state)), new Set(CANONICAL_STATES));
  });

  it('covers the word under the cursor and nothing else', () => {
    const hover = hoverAt('netstat', 'FIN-WAIT-2 0 0 1.2.3.4:5 6.7.8.9:10', 0, 10);
    deepStrictEqual(hover?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } });
    // Right after the Recv-Q number: that number's own hover, not the state's.
    deepStrictEqual(hoverAt('netstat', 'FIN-WAIT-2 0 0 1.2.3.4:5 6.7.8.9:10', 0, 12)?.range, { start: { line: 0, character: 11 }, end: { line: 0, character: 12 } });
  });

  it('treats net-tools CLOSE as a state only inside a row', () => {
    const row = 'tcp        0      0 127.0.0.1:5000          127.0.0.1:40000         CLOSE';
    ok(hoverText(hoverAt('netstat', row, 0, row.indexOf('CLOSE') + 1)).startsWith('**CLOSED**'));
    strictEqual(hoverAt('netstat', 'please CLOSE the door', 0, 8), undefined);
  });

  it('teaches the key facts: TIME_WAIT is 60 s on the active closer, CLOSE_WAIT has no timer', () => {
    const timeWait = hoverText(hoverAt('netstat', 'TIME-WAIT 0 0', 0, 1));
    ok(timeWait.includes('60'), 'TIME_WAIT lasts 60 s');
    ok(/2\s?×\s?MSL|2×MSL|2MSL/.test(timeWait), 'mentions 2×MSL');
    const closeWait = hoverText(hoverAt('netstat', 'CLOSE-WAIT 0 0', 0, 1));
    ok(closeWait.includes('close()'));
  });

  it('documents sysctl keys with type, unit, default and a link upstream', () => {
    const text = 'net.core.somaxconn = 1024\nnet.ipv4.conf.eth0.rp_filter = 2\nnet.ipv4.tcp_keepalive_time = 600\n';
    const somaxconn = hoverText(hoverAt('sysctl', text, 0, 5));
    ok(somaxconn.startsWith('**net\\.core\\.somaxconn** — '));
    ok(somaxconn.includes('| Default | `4096`'), somaxconn);
    ok(somaxconn.includes('128 → 4096'), 'default change in 5.4');
    ok(somaxconn.includes('https://docs.kernel.org/admin-guide/sysctl/net.html'));
    ok(hoverText(hoverAt('sysctl', text, 1, 20)).startsWith('**net\\.ipv4\\.conf\\.eth0\\.rp\\_filter** — '));
    const keepalive = hoverText(hoverAt('sysctl', text, 2, 10));
    ok(keepalive.includes('F5') && keepalive.includes('MaxKeepAliveRequests') && keepalive.includes('http.maxConnections'));
    ok(hoverText(hoverAt('sysctl', text, 2, 10, 'zh-cn')).includes('| 默认值 | `7200`'));
  });

  it('explains the value under the cursor', () => {
    const hover = hoverText(hoverAt('sysctl', 'net.ipv4.tcp_tw_reuse = 2', 0, 25));
    ok(hover.startsWith('**net\\.ipv4\\.tcp\\_tw\\_reuse = 2**'));
    ok(hover.includes('This is the default.'));
  });

  it('says when a key is known but not yet described, and stays silent on unknown keys', () => {
    // The knowledge base covers the whole reference kernel, so a kernel with one more key stands in.
    const undescribed = 'kernel.not_yet_described';
    strictEqual(findKeyDoc(undescribed), undefined);
    strictEqual(hoverAt('sysctl', `${undescribed} = 1`, 0, 5), undefined, 'not a key of the reference kernel');
    deepStrictEqual(sysctlHoverOnKernel(`${undescribed} = 1`, 5, new Set([...catalog.keys, undescribed])), {
      contents: {
        kind: 'markdown',
        value: `**${escapeMarkdown(undescribed)}**\n\nA parameter of Linux ${REFERENCE_KERNEL}. Netstat Insight has no description of it yet.\n\n[Kernel documentation](https://docs.kernel.org/admin-guide/sysctl/kernel.html)`,
      },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: undescribed.length } },
    });
    strictEqual(hoverAt('sysctl', 'net.ipv4.made_up_xyz = 1', 0, 5), undefined);
  });

  it('shows English then Chinese for "both"', () => {
    const both = hoverText(hoverAt('netstat', 'ESTAB 0 0', 0, 1, 'both'));
    const [en, zh] = both.split('\n\n---\n\n');
    ok(en.includes('**Which side:**') && zh.includes('**哪一端：**'));
  });
});
