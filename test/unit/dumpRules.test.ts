import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { collectSysctlValues, type WorkspaceContext } from '../../server/src/core/analysis/sysctlContext';
import { socketDumpFindings } from '../../server/src/core/features/diagnostics';
import type { ParsedSocketDump, ProtocolCounter } from '../../server/src/core/model/socketTable';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { diagnose, documentOf, service, settingsWith } from './support/service';

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
      ok(diagnostics[0].message.includes('That is <1% of the 28232 ports in the default ephemeral range 32768–60999'));
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

    it('blames a slow accept path, not an attack, when the listener\'s accept queue is full too', () => {
      const rows = [
        ssRow('LISTEN', '0.0.0.0:8443', '0.0.0.0:*', 'users:(("api",pid=6,fd=6))', [129, 128]),
        ...Array.from({ length: 6 }, (_, i) => ssRow('SYN-RECV', '10.0.0.5:8443', `10.0.9.${i}:50000`)),
      ];
      const diagnostics = diagnose('netstat', [SS_HEADER, ...rows].join('\n'), settingsWith({ thresholds: { synRecv: 6 } }));
      deepStrictEqual(diagnostics.map((d) => d.code), ['state.syn-recv-flood', 'listen.accept-queue-full']);
      ok(diagnostics[0].message.includes("The listener's accept queue is full as well (Recv-Q 129, backlog 128)"), diagnostics[0].message);
      ok(!diagnose('netstat', [SS_HEADER, ssRow('LISTEN', '0.0.0.0:8443', '0.0.0.0:*', '', [0, 128]), ...rows.slice(1)].join('\n'), settingsWith({ thresholds: { synRecv: 6 } }))[0].message.includes('accept queue is full'));
    });
  });

  describe('listen.accept-queue-full', () => {
    it('reports an ss LISTEN row whose accept queue reached its backlog', () => {
      const text = [SS_HEADER, ssRow('LISTEN', '127.0.0.1:8080', '0.0.0.0:*', 'users:(("python3",pid=9,fd=3))', [3, 3]), ssRow('LISTEN', '0.0.0.0:22', '0.0.0.0:*', '', [0, 128])].join('\n');
      const diagnostics = diagnose('netstat', text);
      deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['listen.accept-queue-full', 1]]);
      ok(diagnostics[0].message.startsWith('The accept queue of port 8080, held by python3 (pid 9), is at its limit: 3 established connections are waiting for accept() and the backlog is 3.'), diagnostics[0].message);
      // include/net/sock.h sk_acceptq_is_full: the queue is full only once it holds more than the backlog.
      ok(diagnostics[0].message.includes('The kernel lets the queue grow to one past the backlog'), diagnostics[0].message);
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

  describe('ports.ephemeral-exhaustion', () => {
    const rows = (count: number) => Array.from({ length: count }, (_, i) => ssRow(i % 4 === 0 ? 'ESTAB' : 'TIME-WAIT', `10.0.0.5:${40000 + i}`, '10.0.0.9:6379', i % 4 === 0 ? 'users:(("worker",pid=4,fd=9))' : ''));

    it('measures the share of the workspace\'s port range one upstream takes, citing the sysctl file', () => {
      const workspace = workspaceWith({ 'file:///srv/etc/sysctl.d/90-net.conf': '# narrow on purpose\nnet.ipv4.ip_local_port_range = 40000 40099\n' });
      const diagnostics = validate([SS_HEADER, ...rows(60)].join('\n'), settingsWith(), workspace);
      deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['ports.ephemeral-exhaustion', 1]]);
      ok(
        diagnostics[0].message.startsWith(
          '60 local ports from 10.0.0.5 to 10.0.0.9:6379 are taken (TIME_WAIT 45, ESTABLISHED 15): 60% of the 100 ephemeral ports 40000–40099 (net.ipv4.ip_local_port_range from sysctl.d/90-net.conf:2), opened by worker (pid 4). Towards one address and port each connection needs its own local port, so only 40 are left',
        ),
        diagnostics[0].message,
      );
      ok(diagnostics[0].message.includes('Most are TIME_WAIT'));
      ok(diagnostics[0].message.includes('the default 2 allows it on loopback only'));
      strictEqual(diagnostics[0].relatedInformation?.length, 20);
      ok(diagnostics[0].message.endsWith('Related lines list the first 20; 40 more are not listed.'));
    });

    it('stays quiet against the default range, where the same connections are a fraction of a percent', () => {
      deepStrictEqual(codesOf([SS_HEADER, ...rows(60)].join('\n')), []);
    });
  });

  describe('state.syn-sent-pileup', () => {
    const pending = Array.from({ length: 12 }, (_, i) => ssRow('SYN-SENT', `10.0.0.5:${45000 + i}`, '10.0.0.9:5432', 'users:(("app",pid=3,fd=9))'));

    it('reports connection attempts piling up towards one endpoint', () => {
      const diagnostics = diagnose('netstat', [SS_HEADER, ...pending].join('\n'));
      deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.relatedInformation?.length]), [['state.syn-sent-pileup', 1, 12]]);
      ok(diagnostics[0].message.startsWith('12 connection attempts to 10.0.0.9:5432 are stuck in SYN_SENT (100% of the 12 sockets to it), opened by app (pid 3). The SYNs leave but no SYN-ACK comes back'), diagnostics[0].message);
    });

    it('counts every socket to the endpoint, whether its row was read by the plain reader or the general one', () => {
      const plain = Array.from({ length: 6 }, (_, i) => ssRow('ESTAB', `10.0.0.5:${46000 + i}`, '10.0.0.9:5432'));
      // Two owners: the general reader's row, whose peer port is read from the row.
      const shared = Array.from({ length: 3 }, (_, i) => ssRow('ESTAB', `10.0.0.5:${46100 + i}`, '10.0.0.9:5432', 'users:(("app",pid=3,fd=9),("app",pid=4,fd=9))'));
      const otherPort = Array.from({ length: 4 }, (_, i) => ssRow('ESTAB', `10.0.0.5:${46200 + i}`, '10.0.0.9:5433'));
      const mapped = ssRow('ESTAB', '[::ffff:10.0.0.5]:46300', '[::ffff:10.0.0.9]:5432');
      const diagnostics = diagnose('netstat', [SS_HEADER, ...pending, ...plain, ...shared, ...otherPort, mapped].join('\n'));
      deepStrictEqual(diagnostics.map((d) => d.code), ['state.syn-sent-pileup']);
      ok(diagnostics[0].message.startsWith('12 connection attempts to 10.0.0.9:5432 are stuck in SYN_SENT (57% of the 21 sockets to it)'), diagnostics[0].message);
    });

    it('stays quiet for a busy pool that opens a few connections next to many established ones', () => {
      const established = Array.from({ length: 200 }, (_, i) => ssRow('ESTAB', `10.0.0.5:${46000 + i}`, '10.0.0.9:5432'));
      deepStrictEqual(codesOf([SS_HEADER, ...pending, ...established].join('\n')), []);
    });
  });

  describe('state.fin-wait2-buildup', () => {
    it('says whether the sockets are still held (tcp_fin_timeout does not apply) or orphans', () => {
      const held = Array.from({ length: 5 }, (_, i) => ssRow('FIN-WAIT-2', `10.0.0.5:${47000 + i}`, '10.0.0.9:8080', 'users:(("proxy",pid=8,fd=9))'));
      const orphans = Array.from({ length: 5 }, (_, i) => ssRow('FIN-WAIT-2', `10.0.0.5:${48000 + i}`, '10.0.0.7:8080'));
      const settings = settingsWith({ thresholds: { finWait2: 5 } });
      const diagnostics = diagnose('netstat', [SS_HEADER, ...held, ...orphans].join('\n'), settings);
      deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['state.fin-wait2-buildup', 1], ['state.fin-wait2-buildup', 6]]);
      ok(diagnostics[0].message.startsWith('5 sockets in FIN_WAIT2 towards 10.0.0.9:8080 (50% of TCP sockets).'), diagnostics[0].message);
      ok(diagnostics[0].message.includes('5 of them are still held by proxy (pid 8)'));
      ok(diagnostics[1].message.includes('No process holds them any more, so they are orphans'), diagnostics[1].message);
      deepStrictEqual(codesOf([SS_HEADER, ...held, ...orphans].join('\n')), []);
    });
  });

  describe('state.stuck-closing', () => {
    it('groups FIN_WAIT1, CLOSING and LAST_ACK by peer and spots a zero window', () => {
      const rows = [
        ...Array.from({ length: 3 }, (_, i) => ssRow('FIN-WAIT-1', `10.0.0.5:${49000 + i}`, '10.0.0.9:7001', '', [0, 24000])),
        ...Array.from({ length: 2 }, (_, i) => ssRow('LAST-ACK', `10.0.0.5:${49100 + i}`, '10.0.0.9:7001')),
        ssRow('FIN-WAIT-1', '10.0.0.5:49200', '10.0.0.8:7001'),
      ];
      const diagnostics = diagnose('netstat', [SS_HEADER, ...rows].join('\n'), settingsWith({ thresholds: { closingStates: 5 } }));
      deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.relatedInformation?.length]), [['state.stuck-closing', 1, 5]]);
      ok(diagnostics[0].message.startsWith('5 connections are stuck closing towards 10.0.0.9:7001 (FIN_WAIT1 3, LAST_ACK 2; 83% of TCP sockets).'), diagnostics[0].message);
      ok(diagnostics[0].message.includes('3 FIN_WAIT1 sockets still have data queued before their FIN (Send-Q above 1)'));
      deepStrictEqual(codesOf([SS_HEADER, ...rows].join('\n')), []);
    });
  });

  describe('queue.recv-q-buildup and queue.send-q-buildup', () => {
    const listen = ssRow('LISTEN', '0.0.0.0:8080', '0.0.0.0:*', 'users:(("api",pid=1,fd=3))', [0, 4096]);

    it('reports a group whose application does not read, with bytes and counts', () => {
      const rows = [
        listen,
        ...Array.from({ length: 6 }, (_, i) => ssRow('ESTAB', '10.0.0.5:8080', `10.0.1.${i}:5000`, 'users:(("api",pid=1,fd=9))', [131072, 0])),
        ...Array.from({ length: 2 }, (_, i) => ssRow('ESTAB', '10.0.0.5:8080', `10.0.2.${i}:5000`, 'users:(("api",pid=1,fd=9))', [0, 0])),
      ];
      const diagnostics = diagnose('netstat', [SS_HEADER, ...rows].join('\n'));
      deepStrictEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.relatedInformation?.length]), [['queue.recv-q-buildup', 2, 2, 6]]);
      ok(diagnostics[0].message.startsWith('6 of 8 established connections on local port 8080 (held by api (pid 1)) have at least 32 KiB waiting in Recv-Q (768 KiB in all, up to 128 KiB on one socket)'), diagnostics[0].message);
    });

    it('reports unacknowledged Send-Q as Information, and ignores a few busy sockets among many', () => {
      const stalled = Array.from({ length: 5 }, (_, i) => ssRow('ESTAB', `10.0.0.5:${50000 + i}`, '10.0.0.9:9000', '', [0, 2000000]));
      const [diagnostic] = diagnose('netstat', [SS_HEADER, ...stalled].join('\n'));
      deepStrictEqual([diagnostic.code, diagnostic.severity], ['queue.send-q-buildup', 3]);
      ok(diagnostic.message.startsWith('5 of 5 established connections towards 10.0.0.9:9000 have at least 32 KiB in Send-Q (9.5 MiB in all, up to 1.9 MiB on one socket)'), diagnostic.message);
      const busyProxy = [
        listen,
        ...Array.from({ length: 5 }, (_, i) => ssRow('ESTAB', '10.0.0.5:8080', `10.0.1.${i}:5000`, '', [200000, 200000])),
        ...Array.from({ length: 95 }, (_, i) => ssRow('ESTAB', '10.0.0.5:8080', `10.0.3.${i}:5000`, '', [0, 1200])),
      ];
      deepStrictEqual(codesOf([SS_HEADER, ...busyProxy].join('\n')), []);
    });
  });

  describe('listen.accept-queue-full from net-tools netstat', () => {
    const text = ['Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name', 'tcp      129      0 0.0.0.0:8080            0.0.0.0:*               LISTEN      812/java'].join('\n');

    it('compares the queue with somaxconn from the workspace', () => {
      const workspace = workspaceWith({ 'file:///etc/sysctl.conf': 'net.core.somaxconn = 128\n' });
      const diagnostics = validate(text, settingsWith(), workspace);
      deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['listen.accept-queue-full', 1]]);
      ok(
        diagnostics[0].message.startsWith(
          'The accept queue of port 8080, held by java (pid 812), is at its limit: 129 established connections are waiting for accept() and no backlog can exceed net.core.somaxconn = 128 (etc/sysctl.conf:1; netstat does not print the backlog itself).',
        ),
        diagnostics[0].message,
      );
    });

    it('says nothing when somaxconn is unknown or larger than the queue', () => {
      deepStrictEqual(validate(text, settingsWith(), workspaceWith({})).map((d) => d.code), []);
      deepStrictEqual(validate(text, settingsWith(), workspaceWith({ 'file:///etc/sysctl.conf': 'net.core.somaxconn = 4096\n' })).map((d) => d.code), []);
    });
  });

  describe('rules on netstat -s and ss -s counters', () => {
    function dumpWith(counters: ProtocolCounter[], ssSummaries: ParsedSocketDump['ssSummaries'] = []): ParsedSocketDump {
      return { ...parseSocketDump(''), counters, ssSummaries };
    }
    const counter = (line: number, group: string, name: string, value: number): ProtocolCounter => ({ line, group, name, value, span: { start: 4, end: 20 } });

    it('listen.queue-overflows: judges the growth between two snapshots, not the total since boot', () => {
      const once = dumpWith([counter(2, 'Tcp', 'PassiveOpens', 90000), counter(5, 'TcpExt', 'ListenOverflows', 900), counter(6, 'TcpExt', 'ListenDrops', 1000)]);
      const [finding] = socketDumpFindings(once, settingsWith());
      deepStrictEqual([finding.code, finding.line, finding.related?.map((related) => related.line)], ['listen.queue-overflows', 6, [5, 2]]);
      ok(finding.message.en.startsWith('Listening sockets dropped 1000 incoming connections since the last boot'), finding.message.en);
      ok(finding.message.en.includes(', 900 of them because an accept queue was full (ListenOverflows); that is 1% of the 90000 connections accepted'));
      ok(finding.message.zh.startsWith('自上次开机以来（'), finding.message.zh);
      const steady = dumpWith([counter(6, 'TcpExt', 'ListenDrops', 1000), counter(40, 'TcpExt', 'ListenDrops', 1000)]);
      deepStrictEqual(socketDumpFindings(steady, settingsWith()), []);
      const growing = dumpWith([counter(6, 'TcpExt', 'ListenDrops', 1000), counter(40, 'TcpExt', 'ListenDrops', 1250)]);
      ok(socketDumpFindings(growing, settingsWith())[0].message.en.startsWith('Listening sockets dropped 250 incoming connections between the snapshots on lines 7 and 41'));
      deepStrictEqual(socketDumpFindings(dumpWith([counter(6, 'TcpExt', 'ListenDrops', 12)]), settingsWith()), []);
    });

    it('listen.queue-overflows: below the threshold, still reports drops that outnumber the handshakes accepted between snapshots', () => {
      const snapshots = (drops: number, accepted: number) =>
        dumpWith([
          counter(2, 'Tcp', 'PassiveOpens', 5000),
          counter(6, 'TcpExt', 'ListenDrops', 100),
          counter(40, 'Tcp', 'PassiveOpens', 5000 + accepted),
          counter(44, 'TcpExt', 'ListenDrops', 100 + drops),
        ]);
      const [finding] = socketDumpFindings(snapshots(20, 15), settingsWith());
      ok(finding.message.en.startsWith('Listening sockets dropped 20 incoming connections between the snapshots on lines 7 and 45; that is 57% of the 15 connections accepted'), finding.message.en);
      deepStrictEqual(socketDumpFindings(snapshots(20, 500), settingsWith()), [], 'a few drops next to many accepted handshakes');
      deepStrictEqual(socketDumpFindings(snapshots(9, 0), settingsWith()), [], 'a handful of retries');
    });

    it('state.orphans-near-limit: needs tcp_max_orphans from the workspace', () => {
      const dump = dumpWith([], [{ line: 1, tcp: { estab: 3, orphaned: 700, timewait: 1 }, tcpTotal: 704, total: 900 }]);
      deepStrictEqual(socketDumpFindings(dump, settingsWith()), []);
      const workspace = workspaceWith({ 'file:///etc/sysctl.d/10-tcp.conf': 'net.ipv4.tcp_max_orphans = 1024\n' });
      const [finding] = socketDumpFindings(dump, settingsWith(), workspace);
      deepStrictEqual([finding.code, finding.line], ['state.orphans-near-limit', 1]);
      ok(finding.message.en.startsWith('700 orphaned TCP sockets: 68% of net.ipv4.tcp_max_orphans = 1024 (sysctl.d/10-tcp.conf:1).'), finding.message.en);
      const relaxed = workspaceWith({ 'file:///etc/sysctl.d/10-tcp.conf': 'net.ipv4.tcp_max_orphans = 65536\n' });
      deepStrictEqual(socketDumpFindings(dump, settingsWith(), relaxed), []);
    });

    it('state.time-wait-overflow: any overflow is reported, with the workspace limit when known', () => {
      const dump = dumpWith([counter(9, 'TcpExt', 'TCPTimeWaitOverflow', 37)]);
      const workspace = workspaceWith({ 'file:///etc/sysctl.conf': 'net.ipv4.tcp_max_tw_buckets = 5000\n' });
      const [finding] = socketDumpFindings(dump, settingsWith(), workspace);
      deepStrictEqual([finding.code, finding.line], ['state.time-wait-overflow', 9]);
      ok(finding.message.en.startsWith('The TIME_WAIT table overflowed 37 times since the last boot'), finding.message.en);
      ok(finding.message.en.includes('(net.ipv4.tcp_max_tw_buckets = 5000, from etc/sysctl.conf:1)'));
      ok(finding.message.zh.includes('TIME_WAIT 表溢出了 37 次'), finding.message.zh);
      deepStrictEqual(socketDumpFindings(dumpWith([counter(9, 'TcpExt', 'TCPTimeWaitOverflow', 0)]), settingsWith()), []);
    });

    it('reads the counters from real netstat -s and ss -s text', () => {
      const text = [
        'Tcp:',
        '    120 active connection openings',
        '    5000 passive connection openings',
        'TcpExt:',
        '    300 times the listen queue of a socket overflowed',
        '    320 SYNs to listen sockets dropped',
        '    TCPTimeWaitOverflow: 4',
      ].join('\n');
      deepStrictEqual(diagnose('netstat', text).map((d) => [d.code, d.range.start.line]), [['listen.queue-overflows', 5], ['state.time-wait-overflow', 6]]);
    });
  });

  describe('code actions of dump diagnostics', () => {
    it('offers to show the group\'s rows and to explain its state', () => {
      const rows = Array.from({ length: 12 }, (_, i) => ssRow('SYN-SENT', `10.0.0.5:${45000 + i}`, '10.0.0.9:5432'));
      const [diagnostic] = diagnose('netstat', [SS_HEADER, ...rows].join('\n'));
      const actions = service.getCodeActions('test://dump', [diagnostic]);
      deepStrictEqual(actions.map((action) => [action.title, action.command?.command]), [
        ['Show these 12 rows in the summary panel', 'netstatInsight.showRows'],
        ['Explain the SYN_SENT state', 'netstatInsight.explainState'],
      ]);
      deepStrictEqual(actions[0].command?.arguments, [{ uri: 'test://dump', lines: Array.from({ length: 12 }, (_, i) => i + 1), label: 'SYN_SENT towards 10.0.0.9:5432' }]);
      // The last row of the group: its hover explains the state without the diagnostic's text first.
      deepStrictEqual(actions[1].command?.arguments, [{ uri: 'test://dump', state: 'SYN_SENT', line: 12, character: 0 }]);
      strictEqual(service.getCodeActions('test://dump', [diagnostic], 'zh-cn')[1].title, '解释 SYN_SENT 状态');
    });
  });
});

function workspaceWith(files: Record<string, string>): WorkspaceContext {
  return { sysctlValues: collectSysctlValues(Object.entries(files).map(([uri, text]) => ({ uri, file: parseSysctlFile(text) }))) };
}

function validate(text: string, settings = settingsWith(), workspace?: WorkspaceContext) {
  const document = documentOf('netstat', text);
  return service.doValidation(document, service.parse(document), settings, workspace);
}
