import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../server/src/core/parsers/detectLanguage';
import { captureFixtures, FIXTURES, readFixture } from './support/fixtures';

describe('detectLanguage', () => {
  it('recognises real ss and netstat output by their headers', () => {
    strictEqual(detectLanguage(readFixture('samples', 'ss-tanpoie-small.txt')), 'netstat');
    strictEqual(detectLanguage(readFixture('samples', 'netstat-antpeo-small.txt')), 'netstat');
  });

  it('recognises headerless rows', () => {
    strictEqual(detectLanguage('ESTAB 0 0 10.0.0.1:22 10.0.0.2:5000\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5001'), 'netstat');
    strictEqual(detectLanguage('tcp 0 0 10.0.0.1:22 10.0.0.2:5000 ESTABLISHED\ntcp 0 0 10.0.0.1:22 10.0.0.3:5000 TIME_WAIT'), 'netstat');
  });

  it('recognises Windows, BSD, /proc, statistics and summaries by their headers or rows', () => {
    for (const name of [
      'windows-netstat-anob-zh.txt',
      'windows-netstat-ano.txt',
      'macos-netstat-an.txt',
      'freebsd-netstat-AaT.txt',
      'proc-net-tcp6.txt',
      'proc-net-udp.txt',
      'netstat-s.txt',
      'nstat-az-excerpt.txt',
      'ss-s.txt',
      'netstat-rn.txt',
      'netstat-i.txt',
    ]) {
      strictEqual(detectLanguage(readFixture('samples', name)), 'netstat', name);
    }
    const grepped = '    1520 times the listen queue of a socket overflowed\n    1533 SYNs to LISTEN sockets dropped';
    strictEqual(detectLanguage(`Tcp:\n    5 active connection openings\n${grepped}`), 'netstat');
    strictEqual(detectLanguage('  TCP    0.0.0.0:135    0.0.0.0:0    LISTENING    1020\n  UDP    0.0.0.0:123    *:*    1504'), 'netstat');
    strictEqual(detectLanguage('tcp4  0  0  10.0.0.1.22  10.0.0.9.5000  ESTABLISHED\nudp4  0  0  *.5353  *.*'), 'netstat');
    strictEqual(detectLanguage('#kernel tunables\nnet.ipv4.tcp_fin_timeout = 30'), 'sysctl');
  });

  it('recognises every sample and real capture of the fixtures, as a user pasting it would need', () => {
    const dumps = captureFixtures();
    const isSysctl = (parts: string[]) => parts[1] === 'sysctl' || parts[2] === 'sysctl.txt';
    const wrong = dumps.filter((parts) => detectLanguage(readFixture(...parts)) !== (isSysctl(parts) ? 'sysctl' : 'netstat'));
    deepStrictEqual(wrong, []);
    strictEqual(dumps.length > 120, true, `${dumps.length} fixtures`);
  });

  it("opens a saved file whose first line is a header as netstat, by the manifest's firstLine", () => {
    const manifest = JSON.parse(readFileSync(join(FIXTURES, '..', '..', 'package.json'), 'utf8')) as { contributes: { languages: { id: string; firstLine?: string }[] } };
    const firstLine = new RegExp(manifest.contributes.languages.find((language) => language.id === 'netstat')!.firstLine!);
    for (const parts of [['real', 'mixed', 'lsof-nP-i.txt'], ['real', 'mixed', 'ss-tan.txt'], ['samples', 'proc-net-tcp.txt'], ['samples', 'windows-netstat-ano.txt']]) {
      const text = readFixture(...parts);
      ok(firstLine.test(text.split(/\r?\n/).find((line) => line.trim() !== '')!), parts.join('/'));
    }
  });

  it('recognises counters, UNIX-only output, and outputs behind a prompt or tool notes', () => {
    const procNetstat = 'TcpExt: SyncookiesSent SyncookiesRecv SyncookiesFailed\nTcpExt: 0 0 0';
    strictEqual(detectLanguage(procNetstat), 'netstat');
    strictEqual(detectLanguage('sockets: used 212\nTCP: inuse 7 orphan 0 tw 2 alloc 9 mem 1\nUDP: inuse 3 mem 2'), 'netstat');
    strictEqual(detectLanguage('    304 times the listen queue of a socket overflowed\n    304 SYNs to LISTEN sockets dropped'), 'netstat');
    strictEqual(detectLanguage('Active UNIX domain sockets (only servers)\nProto RefCnt Flags       Type       State         I-Node   Path'), 'netstat');
    strictEqual(detectLanguage('/ # cat /proc/net/netstat\nsomething the sample cannot tell'), 'netstat');
    const notes = Array.from({ length: 48 }, () => 'Failed to find cgroup2 mount').join('\n');
    strictEqual(detectLanguage(`${notes}\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5000\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5001`), 'netstat');
  });

  it('recognises sysctl settings, with comments or several keys', () => {
    strictEqual(detectLanguage('# tuning\nnet.ipv4.tcp_fin_timeout = 30'), 'sysctl');
    strictEqual(detectLanguage('net.core.somaxconn=4096\nvm.swappiness = 10'), 'sysctl');
    strictEqual(detectLanguage('net.ipv4.tcp_fin_timeout = 30'), 'sysctl');
  });

  it('reads past a long comment header, as tuning guides and distribution files open with one', () => {
    const header = Array.from({ length: 60 }, (_, index) => `# line ${index} of the explanation`).join('\n');
    strictEqual(detectLanguage(`${header}\nvm.swappiness = 10\nnet.core.somaxconn = 4096`), 'sysctl');
    // The detection still reads a bounded number of lines, comments included.
    const endless = Array.from({ length: 300 }, () => '#').join('\n');
    strictEqual(detectLanguage(`${endless}\nvm.swappiness = 10`), undefined);
  });

  it('leaves other text alone', () => {
    strictEqual(detectLanguage(''), undefined);
    strictEqual(detectLanguage('Hello,\nplease find the logs attached.'), undefined);
    strictEqual(detectLanguage('name = value\nother = 1'), undefined);
    strictEqual(detectLanguage('ESTAB 0 0 10.0.0.1:22 10.0.0.2:5000\nsome prose\nmore prose\neven more'), undefined);
    strictEqual(detectLanguage('x'.repeat(10 * 1024 * 1024)), undefined);
  });
});
