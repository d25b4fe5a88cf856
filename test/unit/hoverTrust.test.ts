import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import type { Hover } from 'vscode-languageserver-types';
import { escapeMarkdown, inlineCode, MAX_SHOWN_DOCUMENT_TEXT } from '../../server/src/core/features/hoverMarkdown';
import { findCounterDoc } from '../../server/src/core/knowledge/counters';
import { CANONICAL_STATES } from '../../server/src/core/model/tcpState';
import { parseSsTcpLine } from '../../server/src/core/parsers/ssSummary';
import { settingsFrom, withLanguageOverrides } from '../../server/src/core/settings';
import { documentOf, service, settingsWith } from './support/service';

/**
 * Hovers trust nothing in the document: words that are names of Object's members, megabyte tokens,
 * and markdown or links written into process names and values. And by default they are brief.
 */

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

function textOf(hover: Hover | undefined): string {
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

function hoverIn(
  languageId: 'netstat' | 'sysctl',
  text: string,
  line: number,
  character: number,
  options: { detail?: 'brief' | 'full'; language?: 'en' | 'zh-cn' | 'both'; uri?: string } = {},
): Hover | undefined {
  const document = documentOf(languageId, text);
  const settings = settingsWith({ hoverDetail: options.detail ?? 'full', language: options.language ?? 'en' });
  return service.doHover(document, { line, character }, service.parse(document), settings, { uri: options.uri });
}

function rangeOf(hover: Hover | undefined): [number, number, number] | undefined {
  return hover?.range ? [hover.range.start.line, hover.range.start.character, hover.range.end.character] : undefined;
}

/** Markdown with its code spans taken out: what is left is read as markdown. */
function outsideCodeSpans(markdown: string): string {
  let result = '';
  let index = 0;
  while (index < markdown.length) {
    if (markdown[index] === '\\') {
      result += markdown.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (markdown[index] !== '`') {
      result += markdown[index++];
      continue;
    }
    let fence = 0;
    while (markdown[index + fence] === '`') {
      fence++;
    }
    let close = index + fence;
    for (;;) {
      close = markdown.indexOf('`'.repeat(fence), close);
      if (close < 0 || markdown[close + fence] !== '`') {
        break;
      }
      while (markdown[close] === '`') {
        close++;
      }
    }
    if (close < 0) {
      result += markdown.slice(index, index + fence);
      index += fence;
      continue;
    }
    result += ' CODE ';
    index = close + fence;
  }
  return result;
}

const EXPLAIN_LINK = /\[(?:Full explanation|完整说明)\]\(command:netstatInsight\.explainState\?([^)\s]*)\)/g;

/** No link or image of the document's survives: `](` and `![` only ever appear escaped or in code. */
function assertInert(markdown: string, what: string): void {
  const prose = outsideCodeSpans(markdown.replace(EXPLAIN_LINK, ' LINK '));
  ok(!prose.includes(']('), `${what}: a link in ${markdown}`);
  ok(!prose.includes('!['), `${what}: an image in ${markdown}`);
  ok(!/<[a-z]/i.test(prose), `${what}: HTML or an autolink in ${markdown}`);
}

/** Words of a text: English words, and for Chinese two characters count as one word. */
function wordCount(text: string): number {
  const chinese = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = text.replace(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/g, ' ').split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
  return latin + Math.ceil(chinese / 2);
}

const SS_HEADER = 'State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process';

describe('hover: names of Object\'s members in the document', () => {
  it('a netstat document holding ` __proto__`: no hover, no exception', () => {
    strictEqual(hoverIn('netstat', ' __proto__', 0, 1), undefined);
  });

  it('an ss timer named after a member is an unknown timer, read out over its own span', () => {
    const row = 'ESTAB 0 0 10.0.0.1:22 10.0.0.2:5000 timer:(constructor,1min,0)';
    const hover = hoverIn('netstat', `${SS_HEADER}\n${row}`, 1, row.indexOf('timer') + 2);
    deepStrictEqual(rangeOf(hover), [1, row.indexOf('timer'), row.length]);
    ok(textOf(hover).startsWith('**`timer:(constructor,1min,0)`** — fires in 1min; counter 0.'), textOf(hover));
  });

  for (const name of PROTOTYPE_NAMES) {
    it(`\`${name}\` as a state, timer, ss -i field, counter, header, sysctl key or value, lsof field: no exception, exact answers`, () => {
      const cases: { languageId: 'netstat' | 'sysctl'; text: string; line: number; at: string; expected: [number, number, number] | undefined }[] = [
        // The state column of ss, netstat, Windows and /proc rows.
        { languageId: 'netstat', text: `${SS_HEADER}\n${name} 0 0 10.0.0.1:22 10.0.0.2:5000`, line: 1, at: name, expected: undefined },
        { languageId: 'netstat', text: `tcp 0 0 10.0.0.1:22 10.0.0.2:5000 ${name}`, line: 0, at: name, expected: undefined },
        { languageId: 'netstat', text: `  TCP    10.0.0.5:50001   10.0.0.9:443   ${name.toUpperCase()}   4242`, line: 0, at: name.toUpperCase(), expected: undefined },
        // A timer of netstat -o: an unknown name is no timer.
        { languageId: 'netstat', text: `tcp 0 0 10.0.0.1:22 10.0.0.2:5000 ESTABLISHED ${name} (7.00/0/0)`, line: 0, at: `${name} (`, expected: undefined },
        // ss -i fields, on the detail line and on the row.
        { languageId: 'netstat', text: `${SS_HEADER}\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5000\n\t ${name}:1 rtt:1/1`, line: 2, at: name, expected: undefined },
        { languageId: 'netstat', text: `${SS_HEADER}\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5000 ${name}:1`, line: 1, at: name, expected: undefined },
        // Counters: netstat -s group and name, nstat, the name row of /proc/net/netstat.
        { languageId: 'netstat', text: `Tcp:\n    5 ${name}`, line: 1, at: name, expected: undefined },
        { languageId: 'netstat', text: `${name}:\n    5 active connection openings`, line: 0, at: name, expected: undefined },
        { languageId: 'netstat', text: `#kernel\n${name}                    5                  0.0\nTcpExt${name}  1  0.0`, line: 1, at: name, expected: undefined },
        { languageId: 'netstat', text: `#kernel\nTcpExt${name}  1  0.0`, line: 1, at: name, expected: undefined },
        { languageId: 'netstat', text: `${name}: SyncookiesSent ${name}\n${name}: 0 1`, line: 0, at: ` ${name}`, expected: undefined },
        // ss -s: a field of the TCP line, a transport row.
        { languageId: 'netstat', text: `Total: 3\nTCP:   21 (${name} 3, closed 17)\n\nTransport Total     IP        IPv6\n${name}\t  1         -         -`, line: 1, at: name, expected: undefined },
        // A column header among known ones.
        { languageId: 'netstat', text: `Proto Recv-Q Send-Q Local Address Foreign Address ${name}`, line: 0, at: name, expected: undefined },
        // sysctl: a key, a key with the member as interface name, a value.
        { languageId: 'sysctl', text: `${name} = 1`, line: 0, at: name, expected: undefined },
        { languageId: 'sysctl', text: `net.ipv4.${name} = 1`, line: 0, at: name, expected: undefined },
        { languageId: 'sysctl', text: `net.ipv4.tcp_congestion_control = ${name}`, line: 0, at: name, expected: [0, 34, 34 + name.length] },
        { languageId: 'sysctl', text: `net.ipv4.tcp_tw_reuse = ${name}`, line: 0, at: name, expected: [0, 24, 24 + name.length] },
        // lsof: COMMAND, and DEVICE that is no socket id.
        {
          languageId: 'netstat',
          text: `COMMAND    PID USER   FD   TYPE  DEVICE SIZE/OFF NODE NAME\n${name} 7888 root   18u  IPv4 ${name}      0t0  TCP 127.0.0.1:5432->127.0.0.1:52542 (CLOSE_WAIT)`,
          line: 1,
          at: `IPv4 ${name}`,
          expected: undefined,
        },
      ];
      for (const { languageId, text, line, at, expected } of cases) {
        const lineText = text.split('\n')[line];
        const start = lineText.indexOf(at) + (at.startsWith(' ') ? 1 : at.startsWith('IPv4 ') ? 5 : 0);
        ok(start >= 0, at);
        for (const character of [start, start + 1, start + Math.floor(name.length / 2)]) {
          for (const language of ['en', 'zh-cn', 'both'] as const) {
            deepStrictEqual(rangeOf(hoverIn(languageId, text, line, character, { language, detail: 'brief', uri: 'test://x' })), expected, `${text} @${character}`);
          }
        }
        // The rest of the service reads the same words: parse, diagnostics, summary, outline.
        const document = documentOf(languageId, text);
        const parsed = service.parse(document);
        service.doValidation(document, parsed, settingsWith());
        service.getSummary(document, parsed, settingsWith());
        service.findDocumentSymbols(parsed, settingsWith());
      }
      // The lsof COMMAND hover quotes the name, escaped.
      const lsof = `COMMAND    PID USER   FD   TYPE  DEVICE SIZE/OFF NODE NAME\n${name} 7888 root   18u  IPv4 1282740      0t0  TCP 127.0.0.1:5432->127.0.0.1:52542 (CLOSE_WAIT)`;
      ok(textOf(hoverIn('netstat', lsof, 1, 1)).startsWith(`**${escapeMarkdown(name)}** (pid 7888)`));
    });
  }

  it('lookups by document words find only their own entries', () => {
    for (const name of PROTOTYPE_NAMES) {
      strictEqual(findCounterDoc(name, 'ActiveOpens'), undefined);
      strictEqual(findCounterDoc('Tcp', name), undefined);
    }
    // ss prints its names in lower case.
    for (const name of ['__proto__', 'constructor']) {
      deepStrictEqual(Object.entries(parseSsTcpLine(`TCP:   21 (${name} 3, closed 17)`)?.counts ?? {}), [
        [name, 3],
        ['closed', 17],
      ]);
    }
    strictEqual(Object.getPrototypeOf(parseSsTcpLine('TCP:   21 (__proto__ 3)')?.counts), Object.prototype);
  });

  it('settings keys such as `netstatInsight.__proto__.x` do not reach Object.prototype', () => {
    const merged = withLanguageOverrides({}, JSON.parse('{"netstatInsight.__proto__.polluted": 1, "netstatInsight.constructor.prototype.polluted": 1, "netstatInsight.thresholds.closeWait": 3}'));
    strictEqual(({} as Record<string, unknown>).polluted, undefined);
    deepStrictEqual(merged, { thresholds: { closeWait: 3 } });
  });
});

describe('hover: huge tokens', function () {
  this.timeout(60000);
  const MEGABYTE = 1 << 20;

  it('an ss skmem field of 1 MB of parentheses: a bounded hover over the whole token', () => {
    const token = `skmem:${'('.repeat(MEGABYTE)}`;
    const text = `${SS_HEADER}\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5000\n\t ${token}`;
    const hover = hoverIn('netstat', text, 2, 4);
    deepStrictEqual(rangeOf(hover), [2, 2, 2 + token.length]);
    ok(textOf(hover).startsWith(`**\`${token.slice(0, MAX_SHOWN_DOCUMENT_TEXT)}…\`** — `), textOf(hover).slice(0, 120));
    ok(textOf(hover).length < 1000, `${textOf(hover).length} characters`);
  });

  it('an ss timer with a 1 MB duration: read out, quoted only in part', () => {
    const row = `ESTAB 0 0 10.0.0.1:22 10.0.0.2:5000 timer:(keepalive,${'1'.repeat(MEGABYTE)},0)`;
    for (const detail of ['brief', 'full'] as const) {
      const hover = hoverIn('netstat', `${SS_HEADER}\n${row}`, 1, row.indexOf('timer') + 1, { detail, language: 'both' });
      deepStrictEqual(rangeOf(hover), [1, row.indexOf('timer'), row.length]);
      ok(textOf(hover).length < 5000, `${textOf(hover).length} characters`);
      ok(textOf(hover).includes(`fires in ${'1'.repeat(MAX_SHOWN_DOCUMENT_TEXT)}…;`));
    }
    // A duration without a unit, and one that never closes, are read in one pass too.
    const open = `ESTAB 0 0 10.0.0.1:22 10.0.0.2:5000 timer:(on,${'1'.repeat(MEGABYTE)}`;
    strictEqual(hoverIn('netstat', `${SS_HEADER}\n${open}`, 1, open.length - 1), undefined);
  });

  it('a net-tools timer with 1 MB of seconds', () => {
    const row = `tcp 0 0 10.0.0.1:22 10.0.0.2:5000 ESTABLISHED keepalive (${'7'.repeat(MEGABYTE)}/0/0)`;
    const hover = hoverIn('netstat', row, 0, row.indexOf('keepalive') + 2);
    deepStrictEqual(rangeOf(hover), [0, row.indexOf('keepalive'), row.length]);
    ok(textOf(hover).length < 5000);
  });
});

describe('hover: document text stays text', () => {
  const IMAGE = '![](https://example.invalid/beacon.png)';
  const COMMAND = '[x](command:workbench.action.terminal.new)';

  it('escapes markdown punctuation and fences code past any run of backticks', () => {
    strictEqual(escapeMarkdown(IMAGE), '\\!\\[\\]\\(https://example\\.invalid/beacon\\.png\\)');
    strictEqual(escapeMarkdown('a_b*c`d|e<f>g~h{i}j#k+l-m\\n\nx'), 'a\\_b\\*c\\`d\\|e\\<f\\>g\\~h\\{i\\}j\\#k\\+l\\-m\\\\n x');
    strictEqual(inlineCode('plain'), '`plain`');
    strictEqual(inlineCode('a``b`c'), '```a``b`c```');
    strictEqual(inlineCode('`edge'), '`` `edge ``');
  });

  for (const payload of [IMAGE, COMMAND]) {
    it(`keeps ${payload} inert in every hover that quotes the document`, () => {
      const lsof = `COMMAND    PID USER   FD   TYPE  DEVICE SIZE/OFF NODE NAME\n${payload} 7888 root   18u  IPv4 1282740      0t0  TCP 127.0.0.1:5432->127.0.0.1:52542 (CLOSE_WAIT)`;
      const ssUsers = `${SS_HEADER}\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5000 users:(("${payload}",pid=1,fd=3))`;
      const ssField = `${SS_HEADER}\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5000\n\t skmem:(r0,${payload},t0) rtt:${payload}`;
      const ssTimer = `${SS_HEADER}\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5000 timer:(on,${payload.replace(/[()]/g, '')},0)`;
      const sysctlValue = `net.ipv4.tcp_congestion_control = ${payload}`;
      // ss's users field has no hover of its own: whatever answers there must not render the name.
      for (const at of ['users:', payload.slice(0, 2), 'pid=']) {
        const lineText = ssUsers.split('\n')[1];
        assertInert(textOf(hoverIn('netstat', ssUsers, 1, lineText.indexOf(at) + 1, { detail: 'full', language: 'both' })), `ss users at ${at}`);
      }
      const checks: [string, 'netstat' | 'sysctl', string, number, string][] = [
        ['lsof COMMAND', 'netstat', lsof, 1, payload.slice(0, 2)],
        ['ss skmem', 'netstat', ssField, 2, 'skmem'],
        ['ss rtt', 'netstat', ssField, 2, 'rtt:'],
        ['ss timer', 'netstat', ssTimer, 1, 'timer:'],
        ['sysctl value', 'sysctl', sysctlValue, 0, payload.slice(0, 2)],
      ];
      for (const [what, languageId, text, line, at] of checks) {
        const lineText = text.split('\n')[line];
        for (const detail of ['brief', 'full'] as const) {
          const hover = hoverIn(languageId, text, line, lineText.indexOf(at) + 1, { detail, language: 'both', uri: 'test://x' });
          ok(hover, `${what} has a hover`);
          assertInert(textOf(hover), `${what} (${detail})`);
        }
      }
    });
  }

  it('the explain link cannot be ended early by the document\'s URI', () => {
    const uri = 'file:///tmp/a)b](command:evil)/x\'y!.ss';
    const markdown = textOf(hoverIn('netstat', 'CLOSE-WAIT 0 0 1.2.3.4:5 6.7.8.9:10', 0, 1, { detail: 'brief', uri }));
    const links = [...markdown.matchAll(EXPLAIN_LINK)];
    strictEqual(links.length, 1);
    ok(!/[()'!*]/.test(links[0][1]));
    deepStrictEqual(JSON.parse(decodeURIComponent(links[0][1])), [{ uri, state: 'CLOSE_WAIT', line: 0, character: 0 }]);
  });
});

describe('hover: brief by default', () => {
  it('reads `netstatInsight.hover.detail`: brief unless it says full', () => {
    strictEqual(settingsFrom(undefined, 'en').hoverDetail, 'brief');
    strictEqual(settingsFrom({ hover: { detail: 'full' } }, 'en').hoverDetail, 'full');
    strictEqual(settingsFrom({ hover: { detail: 'everything' } }, 'en').hoverDetail, 'brief');
  });

  it('each of the eleven states: meaning, side, what to do when many, within 100 words a language, and a link to the rest', () => {
    const uri = 'file:///srv/dumps/web%201.ss';
    for (const state of CANONICAL_STATES) {
      const row = `${state} 0 0 1.2.3.4:5 6.7.8.9:10`;
      const line = 2;
      const text = `# paste\n\n${row}`;
      const en = textOf(hoverIn('netstat', text, line, 1, { detail: 'brief', uri }));
      const zh = textOf(hoverIn('netstat', text, line, 1, { detail: 'brief', uri, language: 'zh-cn' }));
      ok(en.startsWith(`**${state}** — `) && zh.startsWith(`**${state}** — `), en.slice(0, 40));
      ok(en.includes('**Which side:**') && en.includes('**When there are many:**') && !en.includes('**In and out:**'), en);
      ok(zh.includes('**哪一端：**') && zh.includes('**数量很多时：**') && !zh.includes('**进入与离开：**'), zh);
      ok(wordCount(en) <= 100, `${state}: ${wordCount(en)} English words`);
      ok(wordCount(zh) <= 100, `${state}: ${wordCount(zh)} Chinese words`);
      for (const [markdown, title] of [
        [en, 'Full explanation'],
        [zh, '完整说明'],
      ]) {
        const links = [...markdown.matchAll(EXPLAIN_LINK)];
        strictEqual(links.length, 1, markdown);
        ok(markdown.endsWith(links[0][0]) && links[0][0].startsWith(`[${title}]`));
        deepStrictEqual(JSON.parse(decodeURIComponent(links[0][1])), [{ uri, state, line, character: 0 }]);
      }
      // The full text is longer and has no link.
      const full = textOf(hoverIn('netstat', text, line, 1, { detail: 'full', uri }));
      ok(full.includes('**In and out:**') && full.length > en.length && [...full.matchAll(EXPLAIN_LINK)].length === 0);
    }
  });

  it('no link without a document, in full mode, or where the hover is already complete', () => {
    strictEqual([...textOf(hoverIn('netstat', 'TIME-WAIT 0 0 1.2.3.4:5 6.7.8.9:10', 0, 1, { detail: 'brief' })).matchAll(EXPLAIN_LINK)].length, 0);
    strictEqual([...textOf(hoverIn('netstat', 'TIME-WAIT 0 0 1.2.3.4:5 6.7.8.9:10', 0, 1, { detail: 'full', uri: 'test://x' })).matchAll(EXPLAIN_LINK)].length, 0);
    const unconn = 'UNCONN 0 0 0.0.0.0:68 0.0.0.0:*';
    strictEqual([...textOf(hoverIn('netstat', `Netid ${SS_HEADER}\nudp ${unconn}`, 1, 5, { detail: 'brief', uri: 'test://x' })).matchAll(EXPLAIN_LINK)].length, 0);
  });

  it('a sysctl key, brief: summary and facts (type, unit, default, range) and the link; the details only in full', () => {
    const text = 'net.ipv4.tcp_keepalive_time = 600';
    const brief = textOf(hoverIn('sysctl', text, 0, 3, { detail: 'brief', uri: 'test://k' }));
    const full = textOf(hoverIn('sysctl', text, 0, 3, { detail: 'full', uri: 'test://k' }));
    for (const fact of ['| Type | integer |', '| Unit | seconds |', '| Default | `7200` |']) {
      ok(brief.includes(fact) && full.includes(fact), fact);
    }
    ok(!brief.includes('F5 BIG-IP') && full.includes('F5 BIG-IP'));
    const links = [...brief.matchAll(EXPLAIN_LINK)];
    strictEqual(links.length, 1);
    deepStrictEqual(JSON.parse(decodeURIComponent(links[0][1])), [{ uri: 'test://k', state: 'net.ipv4.tcp_keepalive_time', line: 0, character: 0 }]);
    ok(wordCount(brief) <= 100, `${wordCount(brief)} words`);
  });

  it('a timer, brief: its reading, meaning and when to worry, then the link', () => {
    const row = 'ESTAB 0 0 10.0.0.1:22 10.0.0.2:5000 timer:(keepalive,119min,0)';
    const brief = textOf(hoverIn('netstat', `${SS_HEADER}\n${row}`, 1, row.indexOf('timer') + 1, { detail: 'brief', uri: 'test://t' }));
    ok(brief.includes('**When to worry:**') && !brief.includes('**Counter:**') && !brief.includes('**Related settings:**'));
    const links = [...brief.matchAll(EXPLAIN_LINK)];
    deepStrictEqual(
      links.map((link) => JSON.parse(decodeURIComponent(link[1]))),
      [[{ uri: 'test://t', state: 'keepalive', line: 1, character: row.indexOf('timer') }]],
    );
  });
});
