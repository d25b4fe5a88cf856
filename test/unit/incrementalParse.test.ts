import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocument } from '../../server/src/core/languageService';
import type { ParsedSocketDump, SocketRow } from '../../server/src/core/model/socketTable';
import { parseSocketDump, reparseSocketDump } from '../../server/src/core/parsers/socketDump';
import { FIXTURES, readFixture } from './support/fixtures';
import { commandOf, WRAPPINGS } from './support/pasteWrappings';
import { service, settingsWith } from './support/service';

/** Every socket dump of the real captures and the samples, each after the prompt that printed it. */
function pastedSession(): string {
  const parts: string[] = [];
  for (const scenario of readdirSync(join(FIXTURES, 'real')).sort()) {
    if (scenario === 'sysctl' || scenario.endsWith('.md')) {
      continue;
    }
    for (const file of readdirSync(join(FIXTURES, 'real', scenario)).sort()) {
      parts.push(`$ ${file.replace(/\.txt$/, '').replace(/-/, ' -')}`, readFixture('real', scenario, file));
    }
  }
  for (const file of readdirSync(join(FIXTURES, 'samples')).sort()) {
    parts.push(`root@host:~# cat ${file}`, readFixture('samples', file));
  }
  return parts.join('\n');
}

const SESSION = pastedSession();
const SETTINGS = settingsWith({ hoverDetail: 'full' });

/** A row as plain data: big pastes' rows read their columns on demand and may have cached some. */
function plainRow(row: SocketRow) {
  const { line, format, protocol, family, state, stateText, stateSpan, recvQ, sendQ, local, remote, uid, inode, processes, processSpan } = row;
  return { line, format, protocol, family, state, stateText, stateSpan, recvQ, sendQ, local, remote, uid, inode, processes, processSpan };
}

function plainDump(dump: ParsedSocketDump) {
  return { ...dump, rows: dump.rows.map(plainRow) };
}

function lineOfOffset(text: string, offset: number): number {
  let line = 0;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
  }
  return line;
}

/** `text` with `[start, end)` replaced by `insert`, the first line the edit touched, and (as an editor tells) what it left alone at both ends. */
function edit(text: string, start: number, end: number, insert: string) {
  return { text: text.slice(0, start) + insert + text.slice(end), firstChangedLine: lineOfOffset(text, start), unchanged: { prefix: start, suffix: text.length - end, inserted: insert } };
}

/**
 * The incremental parse of `next` after `previous` equals a fresh one, and (unless `parseOnly`)
 * so does every feature that reads it.
 */
function assertSameAsFresh(
  previous: ParsedDocument,
  next: { text: string; firstChangedLine: number; unchanged?: { prefix: number; suffix: number; inserted?: string } },
  hoverLines: readonly number[],
  parseOnly = false,
): ParsedDocument {
  const document = TextDocument.create('test://unit/incremental.netstat', 'netstat', 2, next.text);
  const incremental = service.parse(document, { parsed: previous, firstChangedLine: next.firstChangedLine, unchanged: next.unchanged });
  const fresh = service.parse(document);
  ok(incremental.kind === 'socket-dump' && fresh.kind === 'socket-dump');
  deepStrictEqual(plainDump(incremental.dump), plainDump(fresh.dump));
  if (parseOnly) {
    return incremental;
  }
  deepStrictEqual(service.getSummary(document, incremental, SETTINGS), service.getSummary(document, fresh, SETTINGS));
  deepStrictEqual(service.doValidation(document, incremental, SETTINGS), service.doValidation(document, fresh, SETTINGS));
  deepStrictEqual(service.findDocumentSymbols(incremental, SETTINGS), service.findDocumentSymbols(fresh, SETTINGS));
  deepStrictEqual(service.getFoldingRanges(document, incremental), service.getFoldingRanges(document, fresh));
  const lines = next.text.split(/\r?\n/);
  for (const line of hoverLines) {
    const lineText = lines[line] ?? '';
    for (const character of [0, 3, 12, 25, 40, 60, 80]) {
      const position = { line, character: Math.min(character, lineText.length) };
      deepStrictEqual(service.doHover(document, position, incremental, SETTINGS), service.doHover(document, position, fresh, SETTINGS), `hover at ${line}:${character}`);
    }
  }
  return incremental;
}

function parsedSession(text = SESSION): ParsedDocument {
  return service.parse(TextDocument.create('test://unit/incremental.netstat', 'netstat', 1, text));
}

/** A fixed-seed generator, so a failing edit can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('incremental parse', function () {
  this.timeout(120000);

  const offsetOfLine = (text: string, line: number) => {
    let offset = 0;
    for (let index = 0; index < line; index++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    return offset;
  };

  it('equals a fresh parse after edits at the start, the middle and the end', () => {
    const middle = offsetOfLine(SESSION, Math.floor(SESSION.split('\n').length / 2)) + 4;
    for (const [start, end, insert] of [
      [0, 1, 'X'],
      [0, 0, 'ss -tan\n'],
      [middle, middle + 1, '9'],
      [middle, middle, 'x'],
      [SESSION.length - 1, SESSION.length, ''],
      [SESSION.length, SESSION.length, '\ntcp        0      0 10.0.0.1:22   10.0.0.2:5555  ESTABLISHED\n'],
    ] as const) {
      const next = edit(SESSION, start, end, insert);
      assertSameAsFresh(parsedSession(), next, [next.firstChangedLine, next.firstChangedLine + 1, next.firstChangedLine + 300]);
    }
  });

  it('equals a fresh parse after lines are inserted and deleted', () => {
    const lines = SESSION.split('\n');
    for (const line of [3, 120, Math.floor(lines.length / 3), lines.length - 20]) {
      const start = offsetOfLine(SESSION, line);
      const inserted = edit(SESSION, start, start, 'ESTAB 0 0 10.1.1.1:443 10.2.2.2:50000\n\n');
      assertSameAsFresh(parsedSession(), inserted, [line, line + 1, line + 2]);
      const deleted = edit(SESSION, start, offsetOfLine(SESSION, line + 5), '');
      assertSameAsFresh(parsedSession(), deleted, [line, line + 1]);
    }
  });

  it('equals a fresh parse when a section header or prompt is added or removed', () => {
    const lines = SESSION.split('\n');
    const promptLines = lines.flatMap((text, line) => (text.startsWith('$ ') || text.startsWith('root@host') ? [line] : []));
    const headerLines = lines.flatMap((text, line) => (/^(State|Netid|Proto|Active) /.test(text) ? [line] : []));
    ok(promptLines.length > 20 && headerLines.length > 20);
    for (const line of [promptLines[3], promptLines[Math.floor(promptLines.length / 2)], headerLines[5], headerLines[headerLines.length - 2]]) {
      const start = offsetOfLine(SESSION, line);
      const removed = edit(SESSION, start, offsetOfLine(SESSION, line + 1), '');
      assertSameAsFresh(parsedSession(), removed, [line, line + 1]);
    }
    for (const line of [40, 200, Math.floor(lines.length / 2)]) {
      const start = offsetOfLine(SESSION, line);
      for (const inserted of ['$ ss -tanp\n', 'Proto Recv-Q Send-Q Local Address           Foreign Address         State\n', 'State  Recv-Q Send-Q Local Address:Port Peer Address:Port\n']) {
        assertSameAsFresh(parsedSession(), edit(SESSION, start, start, inserted), [line, line + 1]);
      }
    }
  });

  it('re-reads only what an edit changed: rows above and below are the previous parse’s own', () => {
    const previous = parseSocketDump(SESSION);
    // Rows are decoded from the columns when first read; read them now so that reuse shows as identity.
    const previousRows = previous.rows;
    const lines = SESSION.split('\n');
    const line = Math.floor(lines.length / 2);
    const start = offsetOfLine(SESSION, line);
    // The same length, so rows below keep their line and can be reused as they are.
    const replaced = edit(SESSION, start, start + 1, lines[line][0] === '9' ? '8' : '9');
    const next = reparseSocketDump(previous, replaced.text, replaced.firstChangedLine);
    deepStrictEqual(plainDump(next), plainDump(parseSocketDump(replaced.text)));
    strictEqual(next.rows[0], previousRows[0]);
    strictEqual(next.rows[next.rows.length - 1], previousRows[previousRows.length - 1]);
    strictEqual(reparseSocketDump(previous, SESSION, 0), previous);
  });

  it('equals a fresh parse after each of 200 random edits, each parsed from the one before, half told what the edit left alone (seed 7)', () => {
    const next = random(7);
    let text = SESSION;
    let parsed = parsedSession();
    const snippets = ['', 'x', ' ', '\n', '\n\n', '$ ss -tan\n', 'ESTAB', '0', ':', 'TIME-WAIT 0 0 1.2.3.4:80 5.6.7.8:9\n', 'tcp6 0 0 :::22 :::* LISTEN\n', '\r\n', '(', '"'];
    for (let round = 0; round < 200; round++) {
      const start = Math.floor(next() * text.length);
      const end = Math.min(text.length, start + Math.floor(next() * next() * 400));
      const changed = edit(text, start, end, snippets[Math.floor(next() * snippets.length)]);
      // Odd rounds compare the texts themselves; even ones take the editor's account, as the server does,
      // every other one without the inserted text (several changes since the parse).
      const told = round % 4 === 2 ? { ...changed, unchanged: { prefix: changed.unchanged.prefix, suffix: changed.unchanged.suffix } } : changed;
      parsed = assertSameAsFresh(parsed, round % 2 === 1 ? { ...changed, unchanged: undefined } : told, [changed.firstChangedLine], round % 10 !== 0);
      text = changed.text;
    }
  });

  it('equals a fresh parse after edits to pastes from markdown and mail: fences, quotes, indented blocks, UDP told by its rows (seed 11)', () => {
    // Every wrapping around real captures, and the UDP captures bare, each wrapping starting a new part of the paste.
    const captures = [['mixed', 'ss-tanpoie.txt'], ['mixed', 'netstat-antp.txt'], ['mixed', 'lsof-nP-i.txt'], ['listen-overflow', 'netstat-s.txt'], ['udp-raw', 'ss-uan.txt'], ['udp-raw', 'lsof-nP-p.txt']];
    const parts: string[] = [];
    WRAPPINGS.forEach((wrapping, index) => {
      const [scenario, file] = captures[index % captures.length];
      parts.push(wrapping.wrap(readFixture('real', scenario, file), commandOf(file)));
    });
    parts.push(readFixture('real', 'udp-raw', 'ss-ulpn.txt'), readFixture('real', 'udp-raw', 'ss-uan.txt'));
    const markdown = parts.join('\n');
    const lines = markdown.split('\n');
    // Fences and quote markers taken away and put back, an indent added: the lines below read otherwise.
    const fenceLine = lines.findIndex((line) => line.startsWith('```'));
    const quotedLine = lines.findIndex((line) => line.startsWith('> State'));
    // The header of the last table, `ss -uan` pasted bare: a LISTEN row makes it TCP.
    const udpHeader = lines.length - 1 - [...lines].reverse().findIndex((line) => line.startsWith('State'));
    for (const [start, end, insert] of [
      [offsetOfLine(markdown, fenceLine), offsetOfLine(markdown, fenceLine) + 3, ''],
      [offsetOfLine(markdown, fenceLine + 3), offsetOfLine(markdown, fenceLine + 3), '```\n'],
      [offsetOfLine(markdown, quotedLine), offsetOfLine(markdown, quotedLine) + 2, ''],
      [offsetOfLine(markdown, quotedLine + 4), offsetOfLine(markdown, quotedLine + 4), '> '],
      [offsetOfLine(markdown, quotedLine + 4), offsetOfLine(markdown, quotedLine + 4), '\n    '],
      [offsetOfLine(markdown, udpHeader + 2), offsetOfLine(markdown, udpHeader + 2), 'LISTEN 0 128 0.0.0.0:22 0.0.0.0:*\n'],
    ] as const) {
      const next = edit(markdown, start, end, insert);
      assertSameAsFresh(parsedSession(markdown), next, [next.firstChangedLine, next.firstChangedLine + 1, next.firstChangedLine + 5]);
    }
    const nextRandom = random(11);
    let text = markdown;
    let parsed = parsedSession(markdown);
    const snippets = ['', 'x', ' ', '\n', '\n\n', '> ', '>', '```\n', '~~~\n', '    ', '\t', 'UNCONN 0 0 0.0.0.0:53 0.0.0.0:*\n', 'LISTEN', '$ ss -uan\n', 'ss -tan\n'];
    for (let round = 0; round < 150; round++) {
      const start = Math.floor(nextRandom() * text.length);
      const end = Math.min(text.length, start + Math.floor(nextRandom() * nextRandom() * 200));
      const changed = edit(text, start, end, snippets[Math.floor(nextRandom() * snippets.length)]);
      parsed = assertSameAsFresh(parsed, round % 2 === 1 ? { ...changed, unchanged: undefined } : changed, [changed.firstChangedLine], round % 10 !== 0);
      text = changed.text;
    }
  });

  it('equals a fresh parse when an edit changes what the rows of a table without Netid or command say it holds', () => {
    const tcp = SESSION.split('\n');
    const header = tcp.find((line) => line.startsWith('State') && line.includes('Peer Address:Port'))!;
    const established = tcp.filter((line) => /^ESTAB\s/.test(line));
    const unconnected = readFixture('real', 'udp-raw', 'ss-uan.txt').split('\n').filter((line) => line.startsWith('UNCONN'));
    const listening = tcp.find((line) => /^LISTEN\s/.test(line))!;
    // Hundreds of ESTAB rows (TCP, as nothing says otherwise) with restart points among them; then UNCONN rows before a LISTEN one.
    const estabOnly = [header, ...Array.from({ length: 700 }, (_, index) => established[index % established.length])].join('\n');
    const listenLate = [header, ...Array.from({ length: 30 }, (_, index) => unconnected[index % unconnected.length]), listening, ...established.slice(0, 5)].join('\n');
    for (const [text, line, insert, remove] of [
      [estabOnly, 400, `${unconnected[0]}\n`, 0],
      [estabOnly, 700, `${unconnected[0]}\n`, 0],
      [estabOnly, 701, `${unconnected[0]}\n`, 0],
      [listenLate, 31, '', 1],
      [listenLate, 12, `${listening}\n`, 0],
    ] as const) {
      const start = offsetOfLine(text, line);
      const next = edit(text, start, remove === 0 ? start : offsetOfLine(text, line + remove), insert);
      assertSameAsFresh(parsedSession(text), next, [line, line + 1]);
      assertSameAsFresh(parsedSession(text), { ...next, unchanged: undefined }, [line], true);
    }
  });

  it('reads on in the whole text when an edit changes what follows for longer than the stretch it copied', () => {
    // ~4,000 rows (~400 kB): a prompt inserted near the top starts another section, so the scanner's state
    // differs from the previous parse's down to the next prompt, far past the copied stretch.
    // ss rows only: the histogram samples hold `ESTABLISHED 6` lines too.
    const rows = SESSION.split('\n').filter((line) => /^ESTAB\s+\d+\s+\d+\s/.test(line));
    ok(rows.length > 0);
    const big = ['$ ss -tanp', 'State Recv-Q Send-Q Local Address:Port Peer Address:Port Process', ...Array.from({ length: 4000 }, (_, index) => rows[index % rows.length]), '$ netstat -s', 'Tcp:', '    12 active connection openings'].join('\n');
    const previous = parsedSession(big);
    const start = offsetOfLine(big, 40);
    const withPrompt = edit(big, start, start, '$ ss -tan state established\n');
    ok(withPrompt.text.length - start > 1 << 16, 'the change reaches past the copied stretch');
    const next = assertSameAsFresh(previous, withPrompt, [39, 40, 41, 3000], true);
    ok(next.kind === 'socket-dump');
    strictEqual(next.dump.sections.length, 3);
  });

  it('equals a fresh parse on hostile text after random edits with lone CRs, a BOM and control characters (seed 11)', () => {
    const next = random(11);
    const hostile = readdirSync(join(FIXTURES, 'fuzz'))
      .filter((file) => file.endsWith('.netstat'))
      .sort()
      .map((file) => readFixture('fuzz', file));
    let text = [...hostile, ...SESSION.split('\n').slice(0, 400)].join('\n');
    let parsed = parsedSession(text);
    const snippets = ['\r', '\uFEFF', '\u0000', '\t', '\ufffd', ' users:(("a b",pid=1,fd=2))', '\n   skmem:(r0,rb1)', 'x'.repeat(3000), '\r\n$ netstat -s\r\n', 'Active Internet connections (w/o servers)\n'];
    for (let round = 0; round < 120; round++) {
      const start = round % 7 === 0 ? 0 : Math.floor(next() * text.length);
      const end = Math.min(text.length, start + Math.floor(next() * 60));
      const changed = edit(text, start, end, snippets[Math.floor(next() * snippets.length)]);
      parsed = assertSameAsFresh(parsed, changed, [changed.firstChangedLine], round % 10 !== 0);
      text = changed.text;
    }
  });
});

describe('incremental parse of sysctl files', function () {
  this.timeout(120000);
  const snapshot = readFixture('real', 'sysctl', 'sysctl-a-host-6.18.44-fc-v657.txt');
  // A hand-written file: comments, `-` prefixes, slashes, globs and mistakes, then a real `sysctl -a`.
  const FILE = [
    '# tuning for the web tier',
    'net.core.somaxconn = 4096',
    '-net.ipv4.tcp_fin_timeout=15',
    'net/ipv4/tcp_keepalive_time = 600',
    'net.ipv4.conf.*.rp_filter = 2',
    'sysctl: cannot stat /proc/sys/net/ipv4/tcp_tw_recycle: No such file or directory',
    'kern.ipc.somaxconn: 128',
    'broken line without equals',
    ' = 1',
    readFileSync(join(FIXTURES, '..', '..', 'samples', 'sysctl.conf'), 'utf8'),
    snapshot,
  ].join('\n');
  const SYSCTL_SETTINGS = settingsWith();

  function assertSysctlSameAsFresh(previous: ParsedDocument, next: { text: string; firstChangedLine: number }): ParsedDocument {
    const document = TextDocument.create('test://unit/incremental.sysctl', 'sysctl', 2, next.text);
    const incremental = service.parse(document, { parsed: previous, firstChangedLine: next.firstChangedLine });
    const fresh = service.parse(document);
    ok(incremental.kind === 'sysctl' && fresh.kind === 'sysctl');
    deepStrictEqual(incremental.file, fresh.file);
    deepStrictEqual(service.doValidation(document, incremental, SYSCTL_SETTINGS), service.doValidation(document, fresh, SYSCTL_SETTINGS));
    return incremental;
  }

  it('equals a fresh parse after each of 200 random edits, each parsed from the one before (seed 5)', () => {
    const next = random(5);
    let text = FILE;
    let parsed = service.parse(TextDocument.create('test://unit/incremental.sysctl', 'sysctl', 1, text));
    // No lone CR: it makes every later version read afresh, and this test is about the other path.
    const snippets = ['', 'x', '\n', '# note\n', ' = ', '=', '-', 'net.ipv4.tcp_syncookies = 1\n', '\r\n', '\uFEFF', 'sysctl: ', '\t'];
    for (let round = 0; round < 200; round++) {
      const start = round % 9 === 0 ? 0 : Math.floor(next() * text.length);
      const end = Math.min(text.length, start + Math.floor(next() * next() * 300));
      const changed = edit(text, start, end, snippets[Math.floor(next() * snippets.length)]);
      parsed = assertSysctlSameAsFresh(parsed, changed);
      text = changed.text;
    }
  });

  it('re-reads only the edited lines: entries above and below are the previous parse’s own', () => {
    const document = TextDocument.create('test://unit/incremental.sysctl', 'sysctl', 1, FILE);
    const previous = service.parse(document);
    const line = 500;
    const start = FILE.split('\n').slice(0, line).join('\n').length + 1;
    const inserted = edit(FILE, start, start, '# a new comment\n');
    const next = assertSysctlSameAsFresh(previous, inserted);
    ok(previous.kind === 'sysctl' && next.kind === 'sysctl');
    strictEqual(next.file.entries[0], previous.file.entries[0]);
    strictEqual(next.file.entries.length, previous.file.entries.length);
    strictEqual(next.file.entries[next.file.entries.length - 1].line, previous.file.entries[previous.file.entries.length - 1].line + 1);
  });
});
