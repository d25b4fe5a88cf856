import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, runCli } from './support/runCli';

const BAD = 'test/cli/fixtures/sysctl.d/90-bad.conf';
const CLEAN = 'test/cli/fixtures/sysctl.d/10-clean.conf';
const CLOSE_WAIT_DUMP = 'test/fixtures/real/close-wait-leak/ss-tanp.txt';

function codesOf(stdout: string): string[][] {
  return JSON.parse(stdout).files.map((file: { diagnostics: { code: string }[] }) => file.diagnostics.map((diagnostic) => diagnostic.code));
}

describe('netstat-insight check', () => {
  it('fails (exit 1) on a bad sysctl file and passes (exit 0) a clean one', () => {
    const bad = runCli(['check', BAD]);
    strictEqual(bad.status, 1);
    strictEqual(
      bad.stdout.split('\n').filter((line) => line.startsWith(BAD)).map((line) => `${line.split(': ')[0]} ${line.slice(line.lastIndexOf('['))}`).join('\n'),
      [`${BAD}:2:1 [sysctl.unknown-key]`, `${BAD}:3:1 [sysctl.removed-key]`, `${BAD}:4:31 [sysctl.invalid-value]`].join('\n'),
    );
    ok(bad.stdout.endsWith('1 file(s) checked: 1 error(s), 2 warning(s), 0 information, 0 hint(s)\n'), bad.stdout);
    const clean = runCli(['check', CLEAN]);
    strictEqual(clean.status, 0, clean.stdout);
    strictEqual(clean.stdout, '1 file(s) checked: 0 error(s), 0 warning(s), 0 information, 0 hint(s)\n');
  });

  it('decides the exit code with --fail-on', () => {
    // The CLOSE_WAIT leak is a warning: below the default threshold (error), at --fail-on warning.
    strictEqual(runCli(['check', CLOSE_WAIT_DUMP]).status, 0);
    strictEqual(runCli(['check', '--fail-on', 'warning', CLOSE_WAIT_DUMP]).status, 1);
    strictEqual(runCli(['check', '--fail-on=hint', CLOSE_WAIT_DUMP]).status, 1);
    strictEqual(runCli(['check', '--fail-on', 'never', BAD]).status, 0);
  });

  it('judges sysctl files for the kernel given with --kernel', () => {
    // 4.9 still has tcp_tw_recycle: not removed there, but risky.
    const old = runCli(['check', '--format', 'json', '--kernel', '4.9', BAD]);
    deepStrictEqual(codesOf(old.stdout), [['sysctl.unknown-key', 'sysctl.invalid-value', 'sysctl.risky-value']]);
    deepStrictEqual(codesOf(runCli(['check', '--format', 'json', BAD]).stdout), [['sysctl.unknown-key', 'sysctl.removed-key', 'sysctl.invalid-value']]);
  });

  it('takes a distribution for --kernel: keys newer than its base get the backport note, not an error', () => {
    const result = runCli(['check', '--format', 'json', '--kernel', 'rhel8', '-'], { input: 'net.ipv4.tcp_rto_max_ms = 120000\nvm.swappiness = 10\n' });
    strictEqual(result.status, 0, result.stderr);
    const [notes] = JSON.parse(result.stdout).files.map((file: { diagnostics: { code: string; severity: number }[] }) => file.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]));
    deepStrictEqual(notes, [['sysctl.not-in-distribution-base', 3]]);
    const plain = runCli(['check', '--format', 'json', '--fail-on', 'warning', '--kernel', '4.18', '-'], { input: 'net.ipv4.tcp_rto_max_ms = 120000\nvm.swappiness = 10\n' });
    strictEqual(plain.status, 1, plain.stdout);
    strictEqual(runCli(['check', '--kernel', 'rhel99', '-'], { input: 'vm.swappiness = 10\n' }).status, 2);
  });

  it('gives dump rules the port range of the --sysctl files', () => {
    const dump = 'test/fixtures/real/ephemeral-exhaustion/ss-tan.txt';
    deepStrictEqual(codesOf(runCli(['check', '--format', 'json', dump]).stdout), [[]]);
    const withRange = runCli(['check', '--format', 'json', '--fail-on', 'warning', '--sysctl', 'test/fixtures/real/ephemeral-exhaustion/sysctl.txt', dump]);
    strictEqual(withRange.status, 1);
    deepStrictEqual(codesOf(withRange.stdout), [['ports.ephemeral-exhaustion']]);
    const diagnostic = JSON.parse(withRange.stdout).files[0].diagnostics[0];
    ok(diagnostic.message.includes('200 ephemeral ports 40000–40199'), diagnostic.message);
  });

  it('judges the sysctl files it checks together, in the order the tools apply them, with any --jobs', () => {
    const folder = mkdtempSync(join(tmpdir(), 'netstat-insight-order-'));
    try {
      mkdirSync(join(folder, 'etc', 'sysctl.d'), { recursive: true });
      writeFileSync(join(folder, 'etc', 'sysctl.d', '10-early.conf'), 'net.core.somaxconn = 8192\n');
      writeFileSync(join(folder, 'etc', 'sysctl.d', '20-late.conf'), 'net.core.somaxconn = 16384\n');
      for (const jobs of ['1', '2']) {
        const result = runCli(['check', '--format', 'json', '--fail-on', 'information', '--jobs', jobs, 'etc'], { cwd: folder });
        strictEqual(result.status, 1, result.stderr);
        deepStrictEqual(codesOf(result.stdout), [['sysctl.overridden-by-other-file'], []]);
        const [overridden] = JSON.parse(result.stdout).files[0].diagnostics;
        strictEqual(overridden.relatedInformation[0].location.uri, pathToFileURL(join(folder, 'etc', 'sysctl.d', '20-late.conf')).href);
      }
      // Checked alone, the early file has nothing to lose to.
      deepStrictEqual(codesOf(runCli(['check', '--format', 'json', 'etc/sysctl.d/10-early.conf'], { cwd: folder }).stdout), [[]]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reports the editor diagnostics in JSON with their LSP fields, whole lines ending at the line end', () => {
    const result = runCli(['check', '--format', 'json', BAD]);
    const document = JSON.parse(result.stdout);
    strictEqual(document.schemaVersion, 1);
    strictEqual(document.failOn, 'error');
    deepStrictEqual(document.counts, { error: 1, warning: 2, information: 0, hint: 0 });
    const [unknownKey] = document.files[0].diagnostics;
    deepStrictEqual(unknownKey.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 23 } });
    strictEqual(unknownKey.severity, 2);
    strictEqual(unknownKey.source, 'netstat-insight');
    strictEqual(unknownKey.data, undefined);
  });

  it('exits 2 on an input it cannot read, and still checks and reports the others', () => {
    const result = runCli(['check', '--format', 'json', BAD, 'no/such/file.conf', 'test/cli/fixtures/*.nothing', CLEAN]);
    strictEqual(result.status, 2);
    const files = JSON.parse(result.stdout).files;
    deepStrictEqual(
      files.map((file: { path: string; error: string | null }) => [file.path, file.error]),
      [
        [BAD, null],
        ['no/such/file.conf', 'no/such/file.conf: no such file or directory'],
        ['test/cli/fixtures/*.nothing', 'test/cli/fixtures/*.nothing: no file matches this pattern'],
        [CLEAN, null],
      ],
    );
    strictEqual(files[0].diagnostics.length, 3);
    strictEqual(result.stderr, 'netstat-insight: no/such/file.conf: no such file or directory\nnetstat-insight: test/cli/fixtures/*.nothing: no file matches this pattern\n');
    // Findings at or above --fail-on and a read error: 2 wins.
    strictEqual(runCli(['check', BAD, 'missing.conf']).status, 2);
    strictEqual(runCli(['check', '--sysctl', 'missing.conf', CLEAN]).status, 2);
  });

  it('exits 2 on a file that fails while being read (EIO), and reports the others, with any --jobs', function () {
    if (process.platform !== 'linux') {
      this.skip(); // /proc/self/mem opens but cannot be read from offset 0 on Linux only.
    }
    for (const jobs of ['1', '2']) {
      const result = runCli(['check', '--format', 'json', '--jobs', jobs, '/proc/self/mem', BAD]);
      strictEqual(result.status, 2);
      const files = JSON.parse(result.stdout).files;
      deepStrictEqual(files[0], { path: '/proc/self/mem', uri: 'file:///proc/self/mem', kind: 'unknown', languageId: null, error: '/proc/self/mem: cannot be read (EIO)', diagnostics: [] });
      strictEqual(files[1].diagnostics.length, 3);
    }
  });

  it('gives the same output with --jobs 2 as with --jobs 1', () => {
    for (const args of [
      ['check', '--format', 'json', 'test/fixtures/real', 'test/cli/fixtures'],
      ['summary', '--format', 'ndjson', 'test/fixtures/real'],
    ]) {
      const one = runCli([...args, '--jobs', '1']);
      const two = runCli([...args, '--jobs', '2']);
      strictEqual(one.status, two.status);
      ok(one.stdout.length > 10000);
      strictEqual(two.stdout, one.stdout);
    }
  });

  it('answers usage errors with exit code 2 and a message in the chosen language', () => {
    const cases: [string[], string][] = [
      [['lint', 'x'], 'netstat-insight: unknown command "lint"\n'],
      [['check', '--format', 'xml', BAD], 'netstat-insight: option --format does not accept "xml"; use one of: text, json, sarif\n'],
      [['summary', '--format', 'sarif', BAD], 'netstat-insight: option --format does not accept "sarif"; use one of: text, json, ndjson, markdown\n'],
      [['check', '--jobs', '0', BAD], 'netstat-insight: option --jobs needs a whole number from 1 to 64, not "0"\n'],
      [['check', '--kernel', 'latest', BAD], 'netstat-insight: option --kernel needs a version such as 5.15 or 6.1.0-18-amd64, or a distribution such as rhel8 or ubuntu-22.04, not "latest"\n'],
      [['check', '--fail-on'], 'netstat-insight: option --fail-on needs a value\n'],
      [['summary', '--sysctl', 'x', BAD], 'netstat-insight: unknown option --sysctl for "summary"\n'],
      [['summary', '-', '-'], 'netstat-insight: standard input ("-") can be read only once\n'],
      [['explain'], 'netstat-insight: explain needs exactly one STATE or KEY\n'],
      [[], 'netstat-insight: a command is needed: summary, check, explain, compare or timeline\n'],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args);
      strictEqual(result.status, 2, args.join(' '));
      strictEqual(result.stdout, '', args.join(' '));
      ok(result.stderr.startsWith(message), `${args.join(' ')}: ${result.stderr}`);
    }
    const chinese = runCli(['check', '--lang', 'zh-cn', '--format', 'xml', BAD]);
    strictEqual(chinese.status, 2);
    ok(chinese.stderr.startsWith('netstat-insight: 选项 --format 不接受“xml”，可选值：text, json, sarif\n'), chinese.stderr);
  });

  it('prints help for every command in both languages, and the version', () => {
    for (const command of ['summary', 'check', 'explain', 'compare', 'timeline']) {
      const english = runCli([command, '--help']);
      strictEqual(english.status, 0);
      ok(english.stdout.startsWith(`Usage: netstat-insight ${command} `), english.stdout);
      const chinese = runCli([command, '-h', '--lang', 'zh-cn']);
      ok(chinese.stdout.startsWith(`用法：netstat-insight ${command} `), chinese.stdout);
    }
    ok(runCli(['--help']).stdout.includes('Commands:'));
    ok(runCli(['help', 'check'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout.startsWith('用法：netstat-insight check '));
    ok(runCli(['--help']).stdout.includes('compare BASE OTHER'), 'compare is offered');
    strictEqual(runCli(['--version']).stdout, `${require('../../package.json').version}\n`);
  });

  it('colours only on a terminal, and never with NO_COLOR', function () {
    const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (script.error) {
      this.skip(); // util-linux `script` gives the bin a terminal; without it there is no terminal to test on.
    }
    const onTerminal = (env: Record<string, string>) =>
      spawnSync('script', ['-qec', `node ${BIN} check ${BAD}`, '/dev/null'], { cwd: join(__dirname, '..', '..'), encoding: 'utf8', env: { ...process.env, LANG: 'C', ...env } });
    const coloured = onTerminal({});
    ok(coloured.stdout.includes('\x1b[33mwarning\x1b[39m'), JSON.stringify(coloured.stdout));
    const noColor = onTerminal({ NO_COLOR: '1' });
    ok(noColor.stdout.includes('warning'), noColor.stdout);
    ok(!noColor.stdout.includes('\x1b['), JSON.stringify(noColor.stdout));
    ok(!runCli(['check', BAD]).stdout.includes('\x1b['), 'a pipe gets no colour');
  });

  it('shows progress on a terminal only, erased before each report', function () {
    const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (script.error) {
      this.skip(); // util-linux `script` gives the bin a terminal; without it there is no terminal to test on.
    }
    const onTerminal = spawnSync('script', ['-qec', `node ${BIN} summary --format ndjson test/fixtures/real/mixed`, '/dev/null'], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C' },
    });
    ok(onTerminal.stdout.includes('\r\x1b[K[1/10] test/fixtures/real/mixed/lsof-i.txt\r\x1b[K{'), JSON.stringify(onTerminal.stdout.slice(0, 300)));
    const piped = runCli(['summary', '--format', 'ndjson', 'test/fixtures/real/mixed']);
    strictEqual(piped.stderr, 'netstat-insight: skipped 1 file(s) under directories that are not socket dumps\n');
  });
});
