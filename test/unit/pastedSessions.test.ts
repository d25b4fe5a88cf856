import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { formatOfCommand } from '../../server/src/core/parsers/formats/index';
import { parsePromptLine } from '../../server/src/core/parsers/shellCommand';
import { diagnose } from './support/service';

const SAMPLES = join(__dirname, '..', 'fixtures', 'samples');

/** Five CLOSE_WAIT sockets of one client, as ss and as netstat print them. */
const SS_OUTPUT = [
  'State      Recv-Q Send-Q Local Address:Port  Peer Address:Port',
  ...[0, 1, 2, 3, 4].map((index) => `CLOSE-WAIT 1      0          127.0.0.1:4229${index}     127.0.0.1:8082`),
];
const NETSTAT_OUTPUT = [
  'Active Internet connections (servers and established)',
  'Proto Recv-Q Send-Q Local Address           Foreign Address         State',
  ...[0, 1, 2, 3, 4].map((index) => `tcp        1      0 127.0.0.1:4229${index}         127.0.0.1:8082          CLOSE_WAIT`),
];

describe('pasted sessions', () => {
  it('recognises the prompts of common shells, and no output line as one', () => {
    const prompts: [string, string][] = [
      ['[root@web1 ~]#netstat -antp', 'netstat -antp'],
      ['(venv) user@host:~$ ss -tan', 'ss -tan'],
      ['user@MacBook-Pro ~ % netstat -an', 'netstat -an'],
      ['MacBook-Pro:~ user$ netstat -an', 'netstat -an'],
      ['/ # cat /proc/net/tcp', 'cat /proc/net/tcp'],
      ['bash-4.2$ ss -s', 'ss -s'],
      ['user@host ~> ss -tan', 'ss -tan'],
      ['➜  ~ netstat -an', 'netstat -an'],
      ['PS> netstat -an', 'netstat -an'],
      ['C:\\Users\\me>netstat -an', 'netstat -an'],
      ['[root@web1 ~]# ', ''],
    ];
    deepStrictEqual(
      prompts.map(([line]) => parsePromptLine(line)?.command),
      prompts.map(([, command]) => command),
    );
    const output = [
      '# comment line',
      '> quoted',
      'TcpExt: SyncookiesSent SyncookiesRecv',
      '    304 times the listen queue of a socket overflowed',
      '/run/systemd/journal/stdout',
      'tcp        0      0 0.0.0.0:22   0.0.0.0:*   LISTEN',
    ];
    deepStrictEqual(output.map(parsePromptLine), output.map(() => undefined));
  });

  it('reads the flags of the first command of a pipeline only', () => {
    strictEqual(formatOfCommand({ command: 'netstat -ant | sort -rn', shell: 'posix' })?.id, undefined);
    strictEqual(formatOfCommand({ command: 'netstat -antp | grep -i estab', shell: 'posix' })?.id, undefined);
    strictEqual(formatOfCommand({ command: 'netstat -s | grep -i listen', shell: 'posix' })?.id, 'netstat-statistics');
  });

  it('ends an output at a bare prompt without making a section of it', () => {
    const dump = parseSocketDump(['$ ss -tan', ...SS_OUTPUT, '$ '].join('\n'));
    deepStrictEqual(
      dump.sections.map(({ format, startLine, endLine }) => [format, startLine, endLine]),
      [['ss', 0, 6]],
    );
    strictEqual(dump.unrecognized.length, 0);
  });

  it('starts a new section where the same tool prints its header again', () => {
    const dump = parseSocketDump([...NETSTAT_OUTPUT, '', ...NETSTAT_OUTPUT].join('\n'));
    deepStrictEqual(
      dump.sections.map(({ format, startLine, endLine }) => [format, startLine, endLine]),
      [
        ['netstat-linux', 0, 6],
        ['netstat-linux', 8, 14],
      ],
    );
  });

  it('judges each output on its own: ss and netstat of the same sockets do not add up to a warning', () => {
    const session = ['$ ss -tan', ...SS_OUTPUT, '$ netstat -ant', ...NETSTAT_OUTPUT].join('\n');
    deepStrictEqual(diagnose('netstat', session).map((diagnostic) => diagnostic.code), []);
    const bigger = ['$ ss -tan', ...SS_OUTPUT, ...SS_OUTPUT.slice(1).map((row) => row.replace('4229', '4339'))].join('\n');
    deepStrictEqual(diagnose('netstat', bigger).map((diagnostic) => diagnostic.code), ['state.close-wait-buildup']);
  });

  it('reads the long TcpExt lines of a real /proc/net/netstat from kernel 6.18', () => {
    const text = readFileSync(join(SAMPLES, 'proc-net-netstat-6.18.txt'), 'utf8');
    ok(text.split('\n')[0].length > 2000, 'the names line of this kernel is longer than 2,000 characters');
    const dump = parseSocketDump(text);
    strictEqual(dump.unrecognized.length, 0);
    ok(dump.counters.some((counter) => counter.group === 'TcpExt' && counter.name === 'ListenOverflows'));
  });
});

describe('outputs wrapped by a narrow terminal (real captures folded at 80 columns)', () => {
  /** Rows as a person counts them: lines that start with a state word or a protocol. */
  const rowStarts = (text: string) => text.split('\n').filter((line) => /^(?:ESTAB|LISTEN|TIME-WAIT|CLOSE-WAIT|SYN-SENT|SYN-RECV|FIN-WAIT-[12]|LAST-ACK|tcp6?) /.test(line)).length;

  for (const name of ['ss-tanpi-folded-80.txt', 'netstat-antpeo-folded-80.txt']) {
    it(`reads every row of ${name} and takes the wrapped tails as part of their line`, () => {
      const text = readFileSync(join(SAMPLES, name), 'utf8');
      const dump = parseSocketDump(text);
      strictEqual(dump.rows.length, rowStarts(text));
      deepStrictEqual(dump.unrecognized, []);
    });
  }

  /** What `fold -w width` prints: every line cut into pieces of `width` characters. */
  const fold = (text: string, width: number) =>
    text
      .split('\n')
      .map((line) => line.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? '')
      .join('\n');
  /** State, owners and pids of every row: what a wrapped copy must still give. */
  const owners = (text: string) =>
    parseSocketDump(text).rows.map(
      (row) =>
        `${row.protocol} ${row.state} ${row.recvQ} ${row.sendQ} ${row.local?.address}:${row.local?.port} ${row.remote?.address}:${row.remote?.port} ` +
        row.processes.map((process) => `${process.name}/${process.pid}`).join(','),
    );

  // Every ss and netstat capture of the real scenarios, cut at the widths terminals commonly have.
  const REAL = join(SAMPLES, '..', 'real');
  const captures = readdirSync(REAL, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'sysctl')
    .flatMap((scenario) => readdirSync(join(REAL, scenario.name)).filter((name) => /^(?:ss-ta|ss-tu|netstat-a|netstat-t).*\.txt$/.test(name)).map((name) => join(scenario.name, name)));
  for (const width of [80, 100, 120, 160]) {
    it(`reads all ${captures.length} real ss and netstat captures folded at ${width} columns as it reads them unfolded`, () => {
      const differing = captures.filter((capture) => {
        const text = readFileSync(join(REAL, capture), 'utf8');
        return parseSocketDump(fold(text, width)).unrecognized.length > 0 || owners(fold(text, width)).join('\n') !== owners(text).join('\n');
      });
      deepStrictEqual(differing, []);
    });
  }

  it('does not take a word below the widest row of an unwrapped output for the rest of a cut word', () => {
    const text = [
      'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name',
      'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      812/sshd',
      'tcp        0      0 10.0.0.5:22             10.0.0.9:51000          ESTABLISHED 1204/sshd: root@pts/0',
      'logout',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.rows[1].processes, [{ pid: 1204, name: 'sshd: root@pts/0' }]);
    deepStrictEqual(dump.unrecognized.map((entry) => [entry.line, entry.reason]), [[3, 'unknown-format']]);
  });

  it('joins a row cut inside a process name with a space, and a header cut inside a column name', () => {
    // Both cut at 80 columns, as real ss output was by `fold -w 80`.
    const head = 'State      Recv-Q Send-Q      Local Address:Port        Peer Address:Port Proces';
    const row = 'ESTAB      0      0                   [::1]:53258              [::1]:6379  users:(("my worker",pid=2';
    const dump = parseSocketDump(`${head}\ns\n${row}\n3721,fd=23))`);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.rows[0].processes, [{ name: 'my worker', pid: 23721, fd: 23 }]);
  });

  it('still reports prose after a table', () => {
    const text = readFileSync(join(SAMPLES, 'ss-tanpi-folded-80.txt'), 'utf8');
    const dump = parseSocketDump(`${text.trimEnd()}\nthe server was restarted at 10:42 after this`);
    deepStrictEqual(dump.unrecognized.map((entry) => entry.reason), ['unknown-format']);
  });

  it('explains a line read with the wrong encoding', () => {
    const dump = parseSocketDump('\ufffd\ufffd\ufffd\ufffd\n  Э\ufffd\ufffd  \ufffd\ufffd\ufffd\ufffdַ');
    deepStrictEqual(dump.unrecognized.map((entry) => entry.reason), ['undecodable', 'undecodable']);
  });

  it('reads netstat -s lines pasted without their heading or prompt', () => {
    const dump = parseSocketDump('    304 times the listen queue of a socket overflowed\n    304 SYNs to LISTEN sockets dropped');
    deepStrictEqual(
      dump.counters.map((counter) => [counter.group, counter.name, counter.value]),
      [
        ['TcpExt', 'ListenOverflows', 304],
        ['TcpExt', 'ListenDrops', 304],
      ],
    );
    deepStrictEqual(dump.unrecognized, []);
  });
});

describe('ss output filtered on one state (no State column)', () => {
  const text = readFileSync(join(SAMPLES, 'ss-state-filters-session.txt'), 'utf8');

  it('takes the state from the filter of the command (real ss 6.1 output)', () => {
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(
      dump.sections.map((section) => {
        const rows = dump.rows.filter((row) => row.line > section.startLine && row.line <= section.endLine);
        return [section.command, rows.length, [...new Set(rows.map((row) => row.state))], rows.filter((row) => row.processes.length > 0).length];
      }),
      [
        ['ss -tn state established', 6, ['ESTABLISHED'], 0],
        ['ss -tanp state time-wait', 2, ['TIME_WAIT'], 0],
        ['ss -tnp state established', 6, ['ESTABLISHED'], 6],
        ['ss -an state established', 6, ['ESTABLISHED'], 0],
      ],
    );
  });

  it('reads the rows but leaves their state unknown when the command was not pasted', () => {
    const withoutPrompt = text.split('\n').slice(1, 8).join('\n');
    const dump = parseSocketDump(withoutPrompt);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(
      dump.rows.map((row) => [row.protocol, row.state]),
      Array.from({ length: 6 }, () => ['tcp', undefined]),
    );
  });
});

describe('address families of wildcard listeners', () => {
  it('counts ss\'s `*` (a dual-stack socket bound to ::) as IPv6, and 0.0.0.0 as IPv4', () => {
    const dump = parseSocketDump(['State  Recv-Q Send-Q Local Address:Port Peer Address:Port', 'LISTEN 0      128                *:22              *:*', 'LISTEN 0      128          0.0.0.0:80        0.0.0.0:*', 'LISTEN 0      128             [::]:443          [::]:*'].join('\n'));
    deepStrictEqual(dump.rows.map((row) => row.family), [6, 4, 6]);
  });
});
