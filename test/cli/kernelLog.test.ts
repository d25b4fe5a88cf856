import { deepStrictEqual, strictEqual } from 'node:assert';
import { runCli } from './support/runCli';

const DMESG = 'test/fixtures/kernel-log/dmesg.txt';
const SESSION = 'test/fixtures/samples/kernel-log-session.txt';

describe('netstat-insight on kernel logs', () => {
  it('reads a dmesg file as a dump and reports its SYN flood lines as one finding', () => {
    const result = runCli(['check', '--format', 'json', DMESG]);
    strictEqual(result.status, 0, result.stderr);
    const file = JSON.parse(result.stdout).files[0];
    strictEqual(file.languageId, 'netstat');
    deepStrictEqual(
      file.diagnostics.map((diagnostic: { code: string; range: { start: { line: number; character: number } } }) => [diagnostic.code, diagnostic.range.start.line, diagnostic.range.start.character]),
      [['kernel.log-message', 0, 15]],
    );
  });

  it('gives one finding per kind of a mixed session, and counts the kinds in the JSON summary', () => {
    const check = runCli(['check', SESSION]);
    strictEqual(check.status, 0, check.stderr);
    deepStrictEqual(
      check.stdout.split('\n').filter((line) => line.startsWith(SESSION)).map((line) => line.split(': ')[0]),
      [2, 6, 10, 11, 20, 12, 21].map((line) => `${SESSION}:${line}:${line >= 20 ? 30 : 16}`),
    );
    const summary = JSON.parse(runCli(['summary', '--format', 'json', SESSION]).stdout).files[0].summary;
    deepStrictEqual(
      summary.kernelMessages.map((entry: { kind: string; count: number }) => [entry.kind, entry.count]),
      [
        ['syn-flood', 6],
        ['conntrack-full', 3],
        ['tcp-out-of-memory', 1],
        ['tcp-too-many-orphans', 2],
        ['out-of-socket-memory', 1],
        ['neighbour-overflow', 3],
        ['time-wait-overflow', 1],
        ['suppressed', 1],
      ],
    );
    strictEqual(summary.unparsedLines, 0);
  });
});
