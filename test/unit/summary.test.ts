import { deepStrictEqual, strictEqual } from 'node:assert';
import { documentOf, service, settingsWith } from './support/service';

describe('summary', () => {
  it('counts TCP states, protocols, families, ports, hosts and processes', () => {
    const text = [
      'Netid State      Recv-Q Send-Q Local Address:Port  Peer Address:Port Process',
      'udp   UNCONN     0      0            0.0.0.0:53         0.0.0.0:*     users:(("dns",pid=3,fd=1))',
      'tcp   LISTEN     0      128          0.0.0.0:443        0.0.0.0:*     users:(("nginx",pid=10,fd=6),("nginx",pid=11,fd=6))',
      'tcp   LISTEN     0      128             [::]:443           [::]:*     users:(("nginx",pid=10,fd=7))',
      'tcp   ESTAB      0      0           10.0.0.5:443    203.0.113.7:50000 users:(("nginx",pid=11,fd=9))',
      'tcp   ESTAB      0      0  [::ffff:10.0.0.5]:443 [::ffff:203.0.113.7]:50001 users:(("nginx",pid=10,fd=10))',
      'tcp   TIME-WAIT  0      0           10.0.0.5:443    198.51.100.2:50002',
      'tcp   ESTAB      0      0           10.0.0.5:41000     10.0.0.9:5432  users:(("app",pid=20,fd=4))',
      'nonsense',
    ].join('\n');
    const document = documentOf('netstat', text);
    const summary = service.getSummary(document, service.parse(document), settingsWith({ topCount: 2 }));
    strictEqual(summary?.total, 6);
    deepStrictEqual(summary?.states, {
      LISTEN: 2, SYN_SENT: 0, SYN_RECV: 0, ESTABLISHED: 3, FIN_WAIT1: 0, FIN_WAIT2: 0, CLOSE_WAIT: 0, CLOSING: 0, LAST_ACK: 0, TIME_WAIT: 1, CLOSED: 0,
    });
    deepStrictEqual(summary?.firstLineByState, { LISTEN: 2, ESTABLISHED: 4, TIME_WAIT: 6 });
    deepStrictEqual(summary?.protocols, { tcp: 6, udp: 1, raw: 0, unix: 0, other: 0 });
    deepStrictEqual(summary?.families, { ipv4: 4, ipv6: 2 });
    strictEqual(summary?.unparsedLines, 1);
    deepStrictEqual(summary?.topLocalPorts, [
      { port: '443', listening: true, total: 5, states: { LISTEN: 2, ESTABLISHED: 2, TIME_WAIT: 1 } },
      { port: '41000', listening: false, total: 1, states: { ESTABLISHED: 1 } },
    ]);
    deepStrictEqual(summary?.topRemoteHosts, [
      { host: '203.0.113.7', total: 2, states: { ESTABLISHED: 2 } },
      { host: '10.0.0.9', total: 1, states: { ESTABLISHED: 1 } },
    ]);
    deepStrictEqual(summary?.topProcesses, [
      { name: 'nginx', pids: [10, 11], total: 4, states: { LISTEN: 2, ESTABLISHED: 2 } },
      { name: 'app', pids: [20], total: 1, states: { ESTABLISHED: 1 } },
    ]);
  });

  it('ranks ties the way people read addresses: by number, IPv4 before IPv6 and names', () => {
    const text = [
      'State  Recv-Q Send-Q Local Address:Port   Peer Address:Port Process',
      'ESTAB  0      0           10.0.0.5:8080      10.0.0.10:40000 users:(("api",pid=7,fd=3))',
      'ESTAB  0      0           10.0.0.5:443        10.0.0.9:40001 users:(("web",pid=8,fd=3))',
      'ESTAB  0      0           10.0.0.5:80      [2001:db8::1]:40002 users:(("api",pid=9,fd=4))',
      'ESTAB  0      0           10.0.0.5:http         db-host:40003 users:(("api",pid=7,fd=5))',
      'ESTAB  0      0   [::ffff:10.0.0.5]:9000 [::ffff:10.0.0.9]:40004 users:(("web",pid=8,fd=4))',
    ].join('\n');
    const document = documentOf('netstat', text);
    const summary = service.getSummary(document, service.parse(document), settingsWith({ topCount: 10 }));
    deepStrictEqual(
      summary?.topLocalPorts.map((port) => port.port),
      ['80', '443', '8080', '9000', 'http'],
    );
    // The IPv4-mapped peer is the same host as 10.0.0.9 written plainly.
    deepStrictEqual(
      summary?.topRemoteHosts.map((host) => [host.host, host.total]),
      [['10.0.0.9', 2], ['10.0.0.10', 1], ['2001:db8::1', 1], ['db-host', 1]],
    );
    deepStrictEqual(
      summary?.topProcesses.map((owner) => [owner.name, owner.pids, owner.total]),
      [['api', [7, 9], 3], ['web', [8], 2]],
    );
  });

  it('has no summary for a sysctl file', () => {
    const document = documentOf('sysctl', 'net.core.somaxconn = 4096');
    strictEqual(service.getSummary(document, service.parse(document), settingsWith()), null);
  });
});
