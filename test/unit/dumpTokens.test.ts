import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { dumpLineText, type DumpToken, lineKind, tokenAt, tokenReadAt } from '../../server/src/core/features/dumpTokens';
import { LineIndex } from '../../server/src/core/parsers/lineIndex';
import { socketColumnsOf } from '../../server/src/core/parsers/socketColumns';
import { parseSocketDump, reparseSocketDump } from '../../server/src/core/parsers/socketDump';
import { captureFixtures, readFixture } from './support/fixtures';

/** Every committed capture a dump can be read from, with its path. */
function dumpFixtures(): { where: string; text: string }[] {
  return captureFixtures().map((parts) => ({ where: parts.join('/'), text: readFixture(...parts) }));
}

const CURSOR = '$$';

/** The token at the `$$` in `marked`, with the marker removed before parsing. */
function tokenAtMarker(marked: string): DumpToken | undefined {
  const offset = marked.indexOf(CURSOR);
  ok(offset >= 0 && marked.indexOf(CURSOR, offset + 1) < 0, 'one cursor marker');
  const before = marked.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return tokenAt(parseSocketDump(before + marked.slice(offset + CURSOR.length)), line, character);
}

/** A fixture with the cursor marker put in line `line` (zero-based) just before the first `target` on it. */
function markFixture(text: string, line: number, target: string, into = 0): string {
  const lines = text.split('\n');
  const at = lines[line].indexOf(target);
  ok(at >= 0, `${JSON.stringify(target)} is on line ${line}`);
  lines[line] = lines[line].slice(0, at + into) + CURSOR + lines[line].slice(at + into);
  return lines.join('\n');
}

/** What a test pins of a token: its kind, where it is and its text. */
function shape(token: DumpToken | undefined): { kind: string; line: number; start: number; end: number; text: string } | undefined {
  return token && { kind: token.kind, line: token.line, start: token.start, end: token.end, text: token.text };
}

function tokenIn(path: [string, string], line: number, target: string, into = 0): DumpToken | undefined {
  return tokenAtMarker(markFixture(readFixture(...path), line, target, into));
}

describe('dump tokens: what is under the cursor', () => {
  describe('ss', () => {
    const ss: [string, string] = ['samples', 'ss-tanpoie-small.txt'];

    it('reads a row: state, Recv-Q, Send-Q and the ss fields after the owners', () => {
      deepStrictEqual(shape(tokenIn(ss, 1, 'LISTEN', 2)), { kind: 'state', line: 1, start: 0, end: 6, text: 'LISTEN' });
      deepStrictEqual(shape(tokenIn(ss, 1, '0 ')), { kind: 'recv-q', line: 1, start: 11, end: 12, text: '0' });
      deepStrictEqual(shape(tokenIn(ss, 1, '3 ')), { kind: 'send-q', line: 1, start: 18, end: 19, text: '3' });
      deepStrictEqual(shape(tokenIn(ss, 1, 'ino:', 1)), { kind: 'ss-info', line: 1, start: 98, end: 107, text: 'ino:17856' });
      // A TCP state read from the row carries it; its token knows the state, not just the word.
      const state = tokenIn(ss, 1, 'LISTEN');
      strictEqual(state?.kind === 'state' && state.state, 'LISTEN');
    });

    it('reads the header into column names, the longest name winning', () => {
      deepStrictEqual(shape(tokenIn(ss, 0, 'Recv-Q', 3)), { kind: 'column-header', line: 0, start: 11, end: 17, text: 'Recv-Q' });
      deepStrictEqual(shape(tokenIn(ss, 0, 'Local', 2)), { kind: 'column-header', line: 0, start: 25, end: 43, text: 'Local Address:Port' });
    });

    it('reads a timer and the fields of an `ss -i` detail line', () => {
      deepStrictEqual(shape(tokenIn(['real', 'healthy/ss-tanpoie.txt'], 7, 'timewait')), {
        kind: 'timer',
        line: 7,
        start: 73,
        end: 97,
        text: 'timer:(timewait,59sec,0)',
      });
      const detail = tokenIn(['samples', 'ss-tmi.txt'], 2, 'rtt:');
      deepStrictEqual(shape(detail), { kind: 'ss-info', line: 2, start: 76, end: 91, text: 'rtt:0.029/0.016' });
      // `send 99.4Gbps` is one field though ss puts a blank inside it.
      deepStrictEqual(shape(tokenIn(['samples', 'ss-tmi.txt'], 2, 'send 99')), { kind: 'ss-info', line: 2, start: 280, end: 293, text: 'send 99.4Gbps' });
    });

    it('reads a state filter on a pasted prompt as a command token', () => {
      deepStrictEqual(shape(tokenIn(['samples', 'ss-state-filters-session.txt'], 0, 'established')), {
        kind: 'command',
        line: 0,
        start: 28,
        end: 39,
        text: 'established',
      });
    });

    it('reads the numbers of `ss -s`', () => {
      const summary: [string, string] = ['samples', 'ss-s.txt'];
      deepStrictEqual(shape(tokenIn(summary, 0, 'Total')), { kind: 'ss-summary', line: 0, start: 0, end: 9, text: 'Total: 25' });
      deepStrictEqual(shape(tokenIn(summary, 1, 'estab')), { kind: 'ss-summary', line: 1, start: 11, end: 18, text: 'estab 9' });
      deepStrictEqual(shape(tokenIn(summary, 4, 'RAW')), { kind: 'ss-summary', line: 4, start: 0, end: 3, text: 'RAW' });
    });
  });

  describe('net-tools netstat', () => {
    const netstat: [string, string] = ['samples', 'netstat-antpeo-small.txt'];

    it('reads queues, the state, the timer and the header', () => {
      deepStrictEqual(shape(tokenIn(netstat, 2, '0 ')), { kind: 'recv-q', line: 2, start: 11, end: 12, text: '0' });
      deepStrictEqual(shape(tokenIn(netstat, 2, 'LISTEN')), { kind: 'state', line: 2, start: 68, end: 74, text: 'LISTEN' });
      deepStrictEqual(shape(tokenIn(netstat, 2, 'off')), { kind: 'timer', line: 2, start: 123, end: 137, text: 'off (0.00/0/0)' });
      deepStrictEqual(shape(tokenIn(netstat, 1, 'PID/')), { kind: 'column-header', line: 1, start: 102, end: 118, text: 'PID/Program name' });
    });

    it('reads the counters of `netstat -s` by what the scan mapped them to', () => {
      const token = tokenIn(['samples', 'netstat-s.txt'], 20, 'connections');
      deepStrictEqual(shape(token), { kind: 'counter', line: 20, start: 4, end: 29, text: '9 connections established' });
      strictEqual(token?.kind === 'counter' && token.value, 9);
    });
  });

  describe('Windows and BSD netstat', () => {
    it('reads a state word, with what another system means by it', () => {
      deepStrictEqual(shape(tokenIn(['samples', 'windows-netstat-ano.txt'], 5, 'LISTENING')), { kind: 'state', line: 5, start: 55, end: 64, text: 'LISTENING' });
      deepStrictEqual(shape(tokenIn(['samples', 'macos-netstat-an.txt'], 2, 'ESTABLISHED')), { kind: 'state', line: 2, start: 67, end: 78, text: 'ESTABLISHED' });
    });
  });

  describe('/proc/net/tcp and udp', () => {
    const tcp: [string, string] = ['samples', 'proc-net-tcp.txt'];

    it('reads the addresses, the state code and the columns after it', () => {
      const local = tokenIn(tcp, 1, '0100007F:1F90');
      deepStrictEqual(shape(local), { kind: 'endpoint', line: 1, start: 6, end: 19, text: '0100007F:1F90' });
      strictEqual(local?.kind === 'endpoint' && `${local.side} ${local.endpoint.address}:${local.endpoint.port}`, 'local 127.0.0.1:8080');
      const state = tokenIn(tcp, 1, '0A');
      deepStrictEqual(shape(state), { kind: 'state', line: 1, start: 34, end: 36, text: '0A' });
      strictEqual(state?.kind === 'state' && `${state.state} ${state.procCode}`, 'LISTEN 0A');
      const queues = tokenIn(tcp, 1, '00000000:00000000');
      deepStrictEqual(shape(queues), { kind: 'proc-field', line: 1, start: 37, end: 54, text: '00000000:00000000' });
      strictEqual(queues?.kind === 'proc-field' && queues.column, 4);
      const inode = tokenIn(tcp, 1, '528381');
      strictEqual(inode?.kind === 'proc-field' && inode.column, 9);
    });

    it('reads udp\'s 07 as an unconnected socket, not TCP\'s CLOSE', () => {
      const state = tokenIn(['samples', 'proc-net-udp.txt'], 1, ' 07 ', 1);
      deepStrictEqual(shape(state), { kind: 'state', line: 1, start: 35, end: 37, text: '07' });
      ok(state?.kind === 'state' && state.pseudo && state.state === undefined);
    });
  });

  describe('lsof', () => {
    const lsof: [string, string] = ['real', 'mixed/lsof-i.txt'];

    it('reads the process, the descriptor and the socket\'s DEVICE', () => {
      deepStrictEqual(shape(tokenIn(lsof, 1, 'api-serve')), { kind: 'owner', line: 1, start: 0, end: 9, text: 'api-serve' });
      deepStrictEqual(shape(tokenIn(lsof, 1, '18u')), { kind: 'lsof-field', line: 1, start: 22, end: 25, text: '18u' });
      deepStrictEqual(shape(tokenIn(lsof, 1, '1282740')), { kind: 'lsof-field', line: 1, start: 32, end: 39, text: '1282740' });
      deepStrictEqual(shape(tokenIn(lsof, 1, 'LISTEN')), { kind: 'state', line: 1, start: 66, end: 72, text: 'LISTEN' });
    });

    it('reads `-Tqs` queues without the parenthesis that closes them', () => {
      const token = tokenAtMarker('COMMAND    PID USER   FD   TYPE  DEVICE SIZE/OFF NODE NAME\nnginx     1201 root    6u  IPv4   31337      0t0  TCP *:80 (LISTEN QR=0 Q$$S=128)');
      deepStrictEqual(shape(token), { kind: 'lsof-field', line: 1, start: 72, end: 78, text: 'QS=128' });
    });
  });

  it('gives no token where nothing is known: blanks, prose, past the end', () => {
    strictEqual(tokenAtMarker('LISTEN 0 128 0.0.0.0:22 0.0.0.0:* $$'), undefined);
    strictEqual(tokenAtMarker('the socket was $$listening'), undefined);
    strictEqual(tokenAt(parseSocketDump('LISTEN 0 128 0.0.0.0:22 0.0.0.0:*'), 3, 0), undefined);
  });

  it('says what each line is from what the scan kept', () => {
    const session = readFixture('samples', 'ss-state-filters-session.txt');
    const dump = parseSocketDump(session);
    deepStrictEqual([0, 1, 2].map((line) => lineKind(dump, line)), ['prompt', 'header', 'row']);
    const statistics = parseSocketDump(readFixture('samples', 'netstat-s.txt'));
    deepStrictEqual([0, 2].map((line) => lineKind(statistics, line)), ['other', 'counter']);
    deepStrictEqual([0, 1].map((line) => lineKind(parseSocketDump(readFixture('samples', 'ss-s.txt')), line)), ['ss-summary', 'ss-summary']);
  });

  it('reads a row\'s line from the bounds the scan kept, as an index of all the lines reads it', () => {
    let rowLines = 0;
    for (const { where, text } of dumpFixtures()) {
      const lastLine = text.split('\n').length - 1;
      const middle = text.indexOf('\n', text.length >> 1) + 1;
      // The text as pasted, with CRLF and with lone CR breaks, and an edit re-scanned from a restart point
      // (its rows below the edit keep the previous parse's bounds, moved).
      const variants = [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r')].map((variant) => ({ variant, dump: parseSocketDump(variant) }));
      const edited = `${text.slice(0, middle)}x ${text.slice(middle)}`;
      variants.push({ variant: edited, dump: reparseSocketDump(parseSocketDump(text), edited, text.slice(0, middle).split('\n').length - 1) });
      for (const { variant, dump } of variants) {
        const index = new LineIndex(variant);
        const rows = socketColumnsOf(dump);
        for (let line = 0; line <= lastLine + 1; line++) {
          strictEqual(dumpLineText(dump, line), index.lineText(line), `${where}, line ${line + 1}`);
        }
        rowLines += rows.length;
      }
    }
    ok(rowLines > 1000, `rows read: ${rowLines}`);
    for (const text of ['', 'a', 'a\n', 'a\n\n\n', '\n\n', 'x\r\ny\r\n\r\n', 'a\rb\r', 'LISTEN 0 128 0.0.0.0:22 0.0.0.0:*\n\n']) {
      const index = new LineIndex(text);
      const dump = parseSocketDump(text);
      for (let line = -1; line <= index.lineCount + 1; line++) {
        strictEqual(dumpLineText(dump, line), index.lineText(line), `${JSON.stringify(text)}, line ${line}`);
      }
    }
  });

  it('gives inside a row\'s state column what every reader in order gives there, on every fixture', () => {
    let checked = 0;
    for (const { where, text } of dumpFixtures()) {
      const dump = parseSocketDump(text);
      const columns = socketColumnsOf(dump);
      for (let index = 0; index < columns.length; index++) {
        const row = columns.row(index);
        const lineText = dumpLineText(dump, row.line);
        if (row.stateSpan === undefined || lineText === undefined) {
          continue;
        }
        // One character either side as well: there the readers in order answer, and must agree with themselves.
        for (let character = row.stateSpan.start - 1; character <= row.stateSpan.end; character++) {
          const expected = tokenReadAt(dump, lineText, row.line, character, lineKind(dump, row.line), row);
          deepStrictEqual(tokenAt(dump, row.line, character), expected, `${where}, line ${row.line + 1}, character ${character}`);
          checked++;
        }
      }
    }
    ok(checked > 5000, `positions checked: ${checked}`);
  });

  it('reads a line from the parse as the editor has it: CRLF and lone CR breaks dropped, a BOM kept', () => {
    const dump = parseSocketDump('\uFEFFState Recv-Q\r\nLISTEN 0\rESTAB 1\nlast');
    deepStrictEqual([0, 1, 2, 3, 4].map((line) => dumpLineText(dump, line)), ['\uFEFFState Recv-Q', 'LISTEN 0', 'ESTAB 1', 'last', undefined]);
  });
});
