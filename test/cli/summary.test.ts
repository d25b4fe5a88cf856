import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { closeSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL, runCli, temporaryDirectory } from './support/runCli';

interface Truth {
  readonly tcp: Record<string, number>;
  readonly tcpTotal: number;
}

const SCENARIOS = readdirSync(REAL, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(join(REAL, entry.name)).includes('truth.json'))
  .map((entry) => entry.name)
  .sort();

function truthOf(scenario: string): Truth {
  return JSON.parse(readFileSync(join(REAL, scenario, 'truth.json'), 'utf8')) as Truth;
}

describe('netstat-insight summary', () => {
  it('counts every real capture (ss -tan, netstat -ant) exactly as /proc counted it', () => {
    const result = runCli(['summary', '--format', 'json', 'test/fixtures/real/*/ss-tan.txt', 'test/fixtures/real/*/netstat-ant.txt']);
    strictEqual(result.status, 0, result.stderr);
    const document = JSON.parse(result.stdout);
    strictEqual(document.schemaVersion, 1);
    strictEqual(document.command, 'summary');
    strictEqual(document.files.length, SCENARIOS.length * 2);
    for (const file of document.files) {
      const scenario = file.path.split('/')[3];
      const truth = truthOf(scenario);
      strictEqual(file.kind, 'socket-dump', file.path);
      strictEqual(file.languageId, 'netstat', file.path);
      deepStrictEqual(file.summary.states, truth.tcp, file.path);
      strictEqual(file.summary.total, truth.tcpTotal, file.path);
    }
  });

  it('reads standard input, with "-" and when piped without arguments', () => {
    const text = readFileSync(join(REAL, 'close-wait-leak', 'ss-tanp.txt'), 'utf8');
    for (const args of [['summary', '--format', 'ndjson', '-'], ['summary', '--format', 'ndjson']]) {
      const result = runCli(args, { input: text });
      strictEqual(result.status, 0, result.stderr);
      const lines = result.stdout.trim().split('\n');
      strictEqual(lines.length, 1);
      const report = JSON.parse(lines[0]);
      strictEqual(report.path, '-');
      strictEqual(report.uri, 'untitled:stdin');
      deepStrictEqual(report.summary.states, truthOf('close-wait-leak').tcp);
      deepStrictEqual(report.summary.topProcesses.map((process: { name: string; total: number }) => [process.name, process.total]), [['api-server', 38]]);
    }
  });

  it('walks a directory recursively, skipping files that are not dumps, and says how many', () => {
    const result = runCli(['summary', '--format', 'ndjson', 'test/fixtures/real/listen-overflow']);
    strictEqual(result.status, 0, result.stderr);
    const paths = result.stdout.trim().split('\n').map((line) => JSON.parse(line).path);
    // netstat -s and ss -s are dumps too (counters, summaries); sysctl.txt and truth.json are not.
    deepStrictEqual(paths, [
      'test/fixtures/real/listen-overflow/netstat-ant.txt',
      'test/fixtures/real/listen-overflow/netstat-antp.txt',
      'test/fixtures/real/listen-overflow/netstat-s.txt',
      'test/fixtures/real/listen-overflow/netstat-tunap.txt',
      'test/fixtures/real/listen-overflow/ss-s.txt',
      'test/fixtures/real/listen-overflow/ss-tan.txt',
      'test/fixtures/real/listen-overflow/ss-tanp.txt',
      'test/fixtures/real/listen-overflow/ss-tanpoie.txt',
      'test/fixtures/real/listen-overflow/ss-tuan.txt',
    ]);
    strictEqual(result.stderr, 'netstat-insight: skipped 2 file(s) under directories that are not socket dumps\n');
  });

  it('expands globs itself: *, ?, [a-z] within a segment and ** across segments', () => {
    const paths = (pattern: string) =>
      runCli(['summary', '--format', 'ndjson', pattern])
        .stdout.trim()
        .split('\n')
        .map((line) => JSON.parse(line).path);
    deepStrictEqual(paths('test/fixtures/**/ss-s.txt'), ['test/fixtures/real/fin-wait2/ss-s.txt', 'test/fixtures/real/listen-overflow/ss-s.txt', 'test/fixtures/samples/ss-s.txt']);
    deepStrictEqual(paths('test/fixtures/real/[fh]*/ss-ta?.txt'), ['test/fixtures/real/fin-wait2/ss-tan.txt', 'test/fixtures/real/healthy/ss-tan.txt']);
    deepStrictEqual(paths('test/fixtures/real/mixed/[!n]s*-tan*'), ['test/fixtures/real/mixed/ss-tan.txt', 'test/fixtures/real/mixed/ss-tanp.txt', 'test/fixtures/real/mixed/ss-tanpoie.txt']);
  });

  it('follows a symbolic link but not back into a directory it is reading (a loop)', () => {
    const directory = temporaryDirectory('loop');
    try {
      mkdirSync(join(directory.path, 'host-a'));
      writeFileSync(join(directory.path, 'host-a', 'ss.txt'), readFileSync(join(REAL, 'healthy', 'ss-tan.txt')));
      symlinkSync('..', join(directory.path, 'host-a', 'parent'));
      const result = runCli(['summary', '--format', 'ndjson', directory.path]);
      strictEqual(result.status, 0, result.stderr);
      strictEqual(result.stdout.trim().split('\n').length, 1);
      ok(result.stderr.includes('parent: a symbolic link back into a directory already read, skipped'), result.stderr);
    } finally {
      directory.remove();
    }
  });

  it('does not read a file over 256 MiB, says so, and exits 2 after reporting the others', () => {
    const directory = temporaryDirectory('large');
    try {
      // Sparse: 257 MiB on paper, nothing on disk.
      const large = join(directory.path, 'huge.ss');
      const handle = openSync(large, 'w');
      ftruncateSync(handle, 257 * 1024 * 1024);
      closeSync(handle);
      const result = runCli(['summary', '--format', 'ndjson', large, 'test/fixtures/real/healthy/ss-tan.txt']);
      strictEqual(result.status, 2);
      strictEqual(result.stderr, `netstat-insight: ${large}: larger than 256 MiB, not read\n`);
      const reports = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
      deepStrictEqual(reports.map((report) => [report.error === null, report.summary === null ? null : report.summary.total]), [[false, null], [true, 44]]);
    } finally {
      directory.remove();
    }
  });

  it('prints a text summary without colour when not on a terminal, and Markdown for tickets', () => {
    const text = runCli(['summary', 'test/fixtures/real/close-wait-leak/ss-tanp.txt']);
    strictEqual(text.status, 0);
    strictEqual(
      text.stdout,
      [
        'test/fixtures/real/close-wait-leak/ss-tanp.txt — ss socket table',
        '  38 TCP sockets: CLOSE_WAIT 30 · ESTABLISHED 6 · LISTEN 2',
        '  Local ports: 8080 37 (listening) · 9000 1 (listening)',
        '  Remote hosts: 10.88.0.2 36',
        '  Processes: api-server 38',
        '',
      ].join('\n'),
    );
    const markdown = runCli(['summary', '--format', 'markdown', '--lang', 'zh-cn', 'test/fixtures/real/close-wait-leak/ss-tanp.txt']);
    strictEqual(markdown.status, 0);
    ok(markdown.stdout.startsWith('### `test/fixtures/real/close-wait-leak/ss-tanp.txt`\n'), markdown.stdout);
    ok(markdown.stdout.includes('| 状态 | 数量 |\n| --- | ---: |\n| CLOSE_WAIT | 30 |\n| ESTABLISHED | 6 |\n| LISTEN | 2 |\n'), markdown.stdout);
    ok(markdown.stdout.includes('- **进程:** `api-server` 38'), markdown.stdout);
  });

  it('takes its language from LC_ALL, LC_MESSAGES or LANG, in that order', () => {
    const file = 'test/fixtures/real/close-wait-leak/ss-tanp.txt';
    ok(runCli(['summary', file], { env: { LANG: 'zh_CN.UTF-8' } }).stdout.includes('TCP socket 共 38 个'));
    ok(runCli(['summary', file], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' } }).stdout.includes('38 TCP sockets'));
    ok(runCli(['summary', file], { env: { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' } }).stdout.includes('TCP socket 共 38 个'));
    ok(runCli(['summary', '--lang', 'en', file], { env: { LANG: 'zh_CN.UTF-8' } }).stdout.includes('38 TCP sockets'));
  });
});
