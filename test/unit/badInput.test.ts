import { ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureFixtures, FIXTURES } from './support/fixtures';
import { documentOf, service, settingsWith } from './support/service';

/** Everything the server would do with a document: parse, validate, hover at a few places, summarise. */
function exercise(languageId: 'netstat' | 'sysctl', text: string) {
  const document = documentOf(languageId, text);
  const parsed = service.parse(document);
  const settings = settingsWith();
  const diagnostics = service.doValidation(document, parsed, settings);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  for (const character of [0, 1, Math.floor(firstLine.length / 2), firstLine.length]) {
    service.doHover(document, { line: 0, character }, parsed, settings);
  }
  return { diagnostics, summary: service.getSummary(document, parsed, settings) };
}

function pseudoRandomBytes(length: number): string {
  let seed = 12345;
  const bytes = Buffer.alloc(length);
  for (let index = 0; index < length; index++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[index] = seed & 0xff;
  }
  return bytes.toString('utf8');
}

describe('bad input', function () {
  // Megabytes of input on a busy machine can take far longer than mocha's default; speed is measured by `npm run bench`.
  this.timeout(120_000);
  for (const languageId of ['netstat', 'sysctl'] as const) {
    describe(languageId, () => {
      it('handles an empty document', () => {
        strictEqual(exercise(languageId, '').diagnostics.length, 0);
      });

      it('handles binary garbage, with a capped number of diagnostics', () => {
        const { diagnostics } = exercise(languageId, pseudoRandomBytes(256 * 1024));
        ok(diagnostics.length > 0 && diagnostics.length <= 1000, `${diagnostics.length} diagnostics`);
      });

      it('handles a 10 MB single line', () => {
        exercise(languageId, `tcp 0 0 ${'9'.repeat(10 * 1024 * 1024)}`);
        exercise(languageId, `net.ipv4.tcp_fin_timeout = ${'1 '.repeat(5 * 1024 * 1024)}`);
        exercise(languageId, ` ${'('.repeat(5 * 1024 * 1024)}`);
        exercise(languageId, `api 1 root 3u IPv4 9 0t0 TCP ${'1'.repeat(5 * 1024 * 1024)}->x (LISTEN)`);
        exercise(languageId, `${'x'.repeat(200)}\n${'users:(("a b",pid=1'.repeat(200_000)}`);
      });

      it('handles CRLF, lone CR and a BOM', () => {
        exercise(languageId, '\ufeffState Recv-Q Send-Q Local Address:Port Peer Address:Port\r\nESTAB 0 0 1.1.1.1:1 2.2.2.2:2\rx');
      });

      it('handles a paste cut off in the middle of a row', () => {
        exercise(languageId, 'Proto Recv-Q Send-Q Local Address           Foreign Address         State\ntcp        0      0 10.0.0.1:22   10.0.');
      });
    });
  }

  it('survives every real capture cut short or with a piece torn out of it', () => {
    const files = captureFixtures().map((parts) => join(FIXTURES, ...parts));
    let seed = 7;
    const next = (limit: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % Math.max(limit, 1);
    };
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const languageId = text.includes('net.ipv4.') && !text.includes('Recv-Q') ? 'sysctl' : 'netstat';
      for (let cut = 0; cut < 6; cut++) {
        const at = next(text.length);
        exercise(languageId, text.slice(0, at));
        exercise(languageId, text.slice(0, at) + text.slice(at + next(400)));
      }
    }
    ok(files.length > 120, `${files.length} captures`);
  });

  it('counts a truncated last row as unparsed rather than guessing', () => {
    const { summary } = exercise('netstat', 'Proto Recv-Q Send-Q Local Address           Foreign Address         State\ntcp        0      0 10.0.0.1:22   10.0.');
    strictEqual(summary?.total, 0);
    strictEqual(summary?.unparsedLines, 1);
  });
});
