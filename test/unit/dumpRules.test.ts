import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { diagnose, settingsWith } from './support/service';

const SS_HEADER = 'State      Recv-Q Send-Q Local Address:Port  Peer Address:Port Process';

function ssRow(state: string, local: string, peer: string, process = '', queues: [number, number] = [0, 0]): string {
  return `${state.padEnd(10)} ${String(queues[0]).padEnd(6)} ${String(queues[1]).padEnd(6)} ${local.padStart(18)} ${peer.padStart(18)} ${process}`;
}

function codesOf(text: string, settings = settingsWith()): string[] {
  return diagnose('netstat', text, settings).map((diagnostic) => String(diagnostic.code));
}

describe('socket dump rules', () => {
  describe('state.close-wait-buildup', () => {
    it('groups inbound CLOSE_WAIT by listening port and process', () => {
      const rows = [
        ssRow('LISTEN', '0.0.0.0:8080', '0.0.0.0:*', 'users:(("api",pid=1,fd=3))'),
        ssRow('LISTEN', '0.0.0.0:9090', '0.0.0.0:*', 'users:(("admin",pid=2,fd=3))'),
        ...Array.from({ length: 10 }, (_, i) => ssRow('CLOSE-WAIT', '10.0.0.5:8080', `10.0.1.${i}:5000`, 'users:(("api",pid=1,fd=9))', [1, 0])),
        ...Array.from({ length: 9 }, (_, i) => ssRow('CLOSE-WAIT', '10.0.0.5:9090', `10.0.1.${i}:5000`, 'users:(("admin",pid=2,fd=9))', [1, 0])),
      ];
      const diagnostics = diagnose('netstat', [SS_HEADER, ...rows].join('\n'));
      deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['state.close-wait-buildup', 3]]);
      strictEqual(
        diagnostics[0].message.split(' The clients')[0],
        '10 sockets in CLOSE_WAIT on local port 8080, held by api (pid 1) (48% of TCP sockets in this dump).',
      );
      strictEqual(diagnostics[0].relatedInformation?.length, 10);
    });

    it('groups outbound CLOSE_WAIT by upstream and explains the pool problem', () => {
      const rows = [
        ssRow('LISTEN', '0.0.0.0:8080', '0.0.0.0:*'),
        ...Array.from({ length: 12 }, (_, i) => ssRow('CLOSE-WAIT', `10.0.0.5:${40000 + i}`, '10.0.0.9:3306', 'users:(("java",pid=77,fd=9))', [1, 0])),
      ];
      const [diagnostic] = diagnose('netstat', [SS_HEADER, ...rows].join('\n'));
      ok(diagnostic.message.startsWith('12 sockets in CLOSE_WAIT towards 10.0.0.9:3306, held by java (pid 77)'), diagnostic.message);
      ok(diagnostic.message.includes('connection pool'));
    });

    it('stays quiet below the threshold', () => {
      const rows = Array.from({ length: 9 }, (_, i) => ssRow('CLOSE-WAIT', '10.0.0.5:8080', `10.0.1.${i}:5000`));
      deepStrictEqual(codesOf([SS_HEADER, ssRow('LISTEN', '0.0.0.0:8080', '0.0.0.0:*'), ...rows].join('\n')), []);
    });
  });

  describe('state.time-wait-buildup', () => {
    it('reports outbound TIME_WAIT towards one upstream with its share of the ephemeral range', () => {
      const rows = Array.from({ length: 30 }, (_, i) => ssRow('TIME-WAIT', `10.0.0.5:${33000 + i}`, '10.0.0.9:6379'));
      const diagnostics = diagnose('netstat', [SS_HEADER, ...rows].join('\n'), settingsWith({ thresholds: { timeWait: 30 } }));
      deepStrictEqual(diagnostics.map((d) => d.code), ['state.time-wait-buildup']);
      ok(
        diagnostics[0].message.startsWith('30 sockets in TIME_WAIT towards 10.0.0.9:6379 from 10.0.0.5 (100% of TCP sockets)'),
        diagnostics[0].message,
      );
      ok(diagnostics[0].message.includes('That is 1% of the 28232 ports in the default ephemeral range 32768–60999'));
    });

    it('reports TIME_WAIT on a server port as the server closing first', () => {
      const rows = [
        ssRow('LISTEN', '0.0.0.0:80', '0.0.0.0:*'),
        ...Array.from({ length: 5 }, (_, i) => ssRow('TIME-WAIT', '10.0.0.5:80', `10.0.2.${i}:41000`)),
      ];
      const [diagnostic] = diagnose('netstat', [SS_HEADER, ...rows].join('\n'), settingsWith({ thresholds: { timeWait: 5 } }));
      ok(diagnostic.message.startsWith('5 sockets in TIME_WAIT on server port 80'), diagnostic.message);
    });
  });

  describe('state.syn-recv-flood', () => {
    it('counts half-open sockets per port and distinct sources', () => {
      const rows = [
        ssRow('LISTEN', '0.0.0.0:443', '0.0.0.0:*', 'users:(("nginx",pid=5,fd=6))'),
        ...Array.from({ length: 6 }, (_, i) => ssRow('SYN-RECV', '10.0.0.5:443', `198.51.100.${i % 3}:${50000 + i}`)),
      ];
      const [diagnostic] = diagnose('netstat', [SS_HEADER, ...rows].join('\n'), settingsWith({ thresholds: { synRecv: 6 } }));
      strictEqual(diagnostic.code, 'state.syn-recv-flood');
      ok(diagnostic.message.startsWith('6 half-open connections in SYN_RECV on port 443 (listener: nginx (pid 5)) from 3 distinct source addresses.'), diagnostic.message);
    });
  });

  describe('listen.accept-queue-full', () => {
    it('reports an ss LISTEN row whose accept queue reached its backlog', () => {
      const text = [SS_HEADER, ssRow('LISTEN', '127.0.0.1:8080', '0.0.0.0:*', 'users:(("python3",pid=9,fd=3))', [3, 3]), ssRow('LISTEN', '0.0.0.0:22', '0.0.0.0:*', '', [0, 128])].join('\n');
      const diagnostics = diagnose('netstat', text);
      deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['listen.accept-queue-full', 1]]);
      ok(diagnostics[0].message.startsWith('The accept queue of port 8080 (python3 (pid 9)) is at its limit: 3 established connections are waiting for accept() and the backlog is 3.'), diagnostics[0].message);
    });

    it('does not judge net-tools LISTEN rows, whose Send-Q is not the backlog', () => {
      const text = ['Proto Recv-Q Send-Q Local Address           Foreign Address         State', 'tcp        3      0 127.0.0.1:8080          0.0.0.0:*               LISTEN'].join('\n');
      deepStrictEqual(codesOf(text), []);
    });
  });

  describe('parse.unrecognized-line', () => {
    it('reports each line it cannot read as Information, and caps a flood', () => {
      const one = diagnose('netstat', [SS_HEADER, 'what is this', ssRow('ESTAB', '10.0.0.1:22', '10.0.0.2:5000')].join('\n'));
      deepStrictEqual(one.map((d) => [d.code, d.severity, d.range]), [
        ['parse.unrecognized-line', 3, { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } }],
      ]);
      const flood = diagnose('netstat', Array.from({ length: 500 }, () => 'garbage line').join('\n'));
      strictEqual(flood.length, 101);
      ok(flood[100].message.startsWith('400 more lines from here on are not understood'));
    });

    it('can be switched off by severity setting', () => {
      deepStrictEqual(codesOf('garbage', settingsWith({ severity: { 'parse.unrecognized-line': 'off' } })), []);
    });
  });

  it('finds nothing to say about a healthy dump', () => {
    const rows = [
      ssRow('LISTEN', '0.0.0.0:443', '0.0.0.0:*', '', [0, 4096]),
      ...Array.from({ length: 40 }, (_, i) => ssRow('ESTAB', '10.0.0.5:443', `10.0.3.${i}:5${i}000`)),
      ...Array.from({ length: 5 }, (_, i) => ssRow('TIME-WAIT', '10.0.0.5:443', `10.0.4.${i}:41000`)),
      ...Array.from({ length: 2 }, (_, i) => ssRow('CLOSE-WAIT', '10.0.0.5:443', `10.0.5.${i}:41000`)),
    ];
    deepStrictEqual(codesOf([SS_HEADER, ...rows].join('\n')), []);
  });
});
