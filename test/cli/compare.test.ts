import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL, runCli } from './support/runCli';

const truthOf = (scenario: string) => JSON.parse(readFileSync(join(REAL, scenario, 'truth.json'), 'utf8')) as { tcp: Record<string, number>; tcpTotal: number };

describe('netstat-insight compare', () => {
  it('writes the differences of two real captures as JSON, equal to those of their /proc counts', () => {
    const result = runCli(['compare', '--format', 'json', 'test/fixtures/real/syn-flood/ss-tanp.txt', 'test/fixtures/real/healthy/netstat-antp.txt']);
    strictEqual(result.status, 0, result.stderr);
    const document = JSON.parse(result.stdout);
    strictEqual(document.command, 'compare');
    deepStrictEqual(document.base, { path: 'test/fixtures/real/syn-flood/ss-tanp.txt', languageId: 'netstat' });
    const [base, other] = [truthOf('syn-flood'), truthOf('healthy')];
    for (const state of Object.keys(base.tcp)) {
      deepStrictEqual(document.comparison.states[state], { base: base.tcp[state], other: other.tcp[state], delta: other.tcp[state] - base.tcp[state] }, state);
    }
    strictEqual(document.comparison.total.delta, other.tcpTotal - base.tcpTotal);
  });

  it('compares two outputs of one paste named by their first lines, in Chinese, with counters per second', () => {
    const session = 'test/fixtures/real-sessions/two-snapshots/session.txt';
    const result = runCli(['compare', '--lang', 'zh-cn', '--base-line', '15', '--other-line', '109', session, session]);
    strictEqual(result.status, 0, result.stderr);
    ok(result.stdout.includes('相隔 3 秒'), result.stdout);
    ok(/Tcp\.ActiveOpens {2}4 → 34 \(\+30\) {2}每秒 10\n/.test(result.stdout), result.stdout);
    ok(/Tcp\.CurrEstab {2}8 → 20 \(\+12\)\n/.test(result.stdout), 'a gauge has no rate');
  });

  it('lists the sysctl keys that changed, came and went, with their documentation, and reads one side from standard input', () => {
    const host = readFileSync(join(REAL, 'sysctl', 'sysctl-a-host-6.18.44-fc-v657.txt'), 'utf8');
    const edited = host.replace('net.ipv4.tcp_fin_timeout = 60\n', 'net.ipv4.tcp_fin_timeout = 15\n').replace('net.core.somaxconn = 4096\n', '');
    const result = runCli(['compare', 'test/fixtures/real/sysctl/sysctl-a-host-6.18.44-fc-v657.txt', '-'], { input: edited });
    strictEqual(result.status, 0, result.stderr);
    const lines = result.stdout.split('\n');
    deepStrictEqual(lines.slice(1, 3), ['  Changed (1):', `    net.ipv4.tcp_fin_timeout: 60 → 15  — ${lines[2].split('  — ')[1]}`]);
    ok(lines[2].includes('FIN_WAIT2'), lines[2]);
    deepStrictEqual(lines[3], '  Removed (1):');
    ok(lines[4].startsWith('    net.core.somaxconn = 4096  — '), lines[4]);
  });

  it('refuses one input, two standard inputs, a bad line, and a dump against a sysctl file', () => {
    strictEqual(runCli(['compare', 'test/fixtures/real/healthy/ss-tan.txt']).status, 2);
    strictEqual(runCli(['compare', '-', '-']).status, 2);
    const badLine = runCli(['compare', '--base-line', '0', 'test/fixtures/real/healthy/ss-tan.txt', 'test/fixtures/real/healthy/ss-tan.txt']);
    strictEqual(badLine.status, 2);
    ok(badLine.stderr.includes('--base-line needs a line number from 1 on, not "0"'), badLine.stderr);
    const mixed = runCli(['compare', 'test/fixtures/real/healthy/ss-tan.txt', 'test/fixtures/real/ephemeral-exhaustion/sysctl.txt']);
    strictEqual(mixed.status, 2);
    strictEqual(mixed.stderr, 'netstat-insight: Only two socket dumps, or two sysctl files, can be compared.\n');
    const noSection = runCli(['compare', '--other-line', '4', 'test/fixtures/real/healthy/ss-tan.txt', 'test/fixtures/real/healthy/ss-tan.txt']);
    strictEqual(noSection.stderr, 'netstat-insight: No output of the paste starts at line 4.\n');
  });
});
