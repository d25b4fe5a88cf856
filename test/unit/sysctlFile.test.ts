import { deepStrictEqual, strictEqual } from 'node:assert';
import { keySegments, parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';

describe('parseSysctlFile', () => {
  it('reads key = value, key=value, comments, a leading "-", slash keys and tab-separated lists', () => {
    const text = [
      '# web server tuning',
      '; also a comment',
      '',
      'net.ipv4.tcp_fin_timeout = 30',
      'net.core.somaxconn=4096',
      '  -net.ipv4.conf.all.rp_filter = 2',
      'net/ipv4/tcp_keepalive_time = 600',
      'net.ipv4.ip_local_port_range = 1024\t65000',
      'net.ipv4.conf.eth0/100.rp_filter = 1',
      'net/ipv4/conf/eth0.100/rp_filter = 1',
      'net.ipv4.conf.*.rp_filter = 2',
      'kernel.domainname =',
    ].join('\n');
    const file = parseSysctlFile(text);
    deepStrictEqual(file.problems, []);
    strictEqual(file.isSnapshot, false);
    deepStrictEqual(
      file.entries.map((entry) => [entry.line, entry.key, entry.value, entry.ignoreFailure, entry.isGlob]),
      [
        [3, 'net.ipv4.tcp_fin_timeout', '30', false, false],
        [4, 'net.core.somaxconn', '4096', false, false],
        [5, 'net.ipv4.conf.all.rp_filter', '2', true, false],
        [6, 'net.ipv4.tcp_keepalive_time', '600', false, false],
        [7, 'net.ipv4.ip_local_port_range', '1024\t65000', false, false],
        [8, 'net.ipv4.conf.eth0/100.rp_filter', '1', false, false],
        [9, 'net.ipv4.conf.eth0/100.rp_filter', '1', false, false],
        [10, 'net.ipv4.conf.*.rp_filter', '2', false, true],
        [11, 'kernel.domainname', '', false, false],
      ],
    );
    deepStrictEqual(file.entries[2].keySpan, { start: 3, end: 30 });
    deepStrictEqual(file.entries[2].valueSpan, { start: 33, end: 34 });
    deepStrictEqual(file.entries[6].segments, ['net', 'ipv4', 'conf', 'eth0.100', 'rp_filter']);
  });

  it('reports lines that are not settings, with their kind', () => {
    const text = ['net.ipv4.tcp_fin_timeout 30', ' = 5', 'net..ipv4 = 1', 'bad key = 1', '\u0001\u0002'].join('\n');
    deepStrictEqual(
      parseSysctlFile(text).problems.map((problem) => [problem.line, problem.kind]),
      [
        [0, 'missing-equals'],
        [1, 'empty-key'],
        [2, 'bad-key'],
        [3, 'bad-key'],
        [4, 'binary'],
      ],
    );
  });

  it('recognises sysctl -a output, including its own error lines, as a snapshot', () => {
    const keys = Array.from({ length: 200 }, (_, index) => `net.ipv4.key_${index} = ${index}`);
    const file = parseSysctlFile([...keys, "sysctl: permission denied on key 'fs.protected_fifos'"].join('\n'));
    strictEqual(file.isSnapshot, true);
    deepStrictEqual(file.toolMessages, [200]);
    strictEqual(parseSysctlFile(['# comment', ...keys].join('\n')).isSnapshot, false);
  });

  it('splits keys as sysctl does: the first separator decides', () => {
    deepStrictEqual(keySegments('net.ipv4.conf.eth0/100.rp_filter'), ['net', 'ipv4', 'conf', 'eth0.100', 'rp_filter']);
    deepStrictEqual(keySegments('net/ipv4/conf/eth0.100/rp_filter'), ['net', 'ipv4', 'conf', 'eth0.100', 'rp_filter']);
    strictEqual(keySegments('net.ipv4.'), undefined);
    strictEqual(keySegments('a'.repeat(600)), undefined);
  });
});
