import { deepStrictEqual } from 'node:assert';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { readFixture } from './support/fixtures';

describe('pasted sessions and sections', () => {
  it('splits a support ticket at its prompts and reads each output with its own format', () => {
    const text = readFixture('samples', 'pasted-session.txt');
    const dump = parseSocketDump(text);
    // The ticket's own first line is the only line nobody printed.
    deepStrictEqual(dump.unrecognized, [{ line: 0, length: 36, reason: 'unknown-format' }]);
    deepStrictEqual(dump.sections, [
      { format: 'unknown', startLine: 0, endLine: 0 },
      { format: 'ss', startLine: 2, endLine: 6, command: 'ss -tan | head -4' },
      { format: 'netstat-statistics', startLine: 7, endLine: 9, command: 'netstat -s | grep -i listen' },
      { format: 'proc-net', startLine: 10, endLine: 13, command: 'cat /proc/net/tcp | head -3' },
      { format: 'netstat-windows', startLine: 15, endLine: 16, command: 'netstat -ano | findstr 3306' },
      { format: 'routes', startLine: 17, endLine: 20, command: 'netstat -rn' },
    ]);
    deepStrictEqual(dump.formats, ['ss', 'proc-net', 'netstat-windows']);
    deepStrictEqual(
      dump.rows.map((row) => [row.line, row.format, row.state, row.local?.address, row.local?.port]),
      [
        [4, 'ss', 'LISTEN', '0.0.0.0', '22'],
        [5, 'ss', 'ESTABLISHED', '10.0.0.5', '22'],
        [6, 'ss', 'CLOSE_WAIT', '10.0.0.5', '43210'],
        [12, 'proc-net', 'LISTEN', '0.0.0.0', '22'],
        [13, 'proc-net', 'ESTABLISHED', '10.0.0.5', '22'],
        [16, 'netstat-windows', 'ESTABLISHED', '10.0.0.7', '3306'],
      ],
    );
    deepStrictEqual(
      dump.counters.map((counter) => [counter.line, counter.group, counter.name, counter.value]),
      [
        [8, 'TcpExt', 'ListenOverflows', 1520],
        [9, 'TcpExt', 'ListenDrops', 1533],
      ],
    );
  });

  it('starts a new section where a different tool’s header follows without a prompt', () => {
    const text = [
      'State  Recv-Q Send-Q Local Address:Port Peer Address:Port',
      'ESTAB  0      0          10.0.0.1:22      10.0.0.2:50000',
      '',
      'Active Internet connections (servers and established)',
      'Proto Recv-Q Send-Q Local Address           Foreign Address         State',
      'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN',
      'Active UNIX domain sockets (servers and established)',
      'Proto RefCnt Flags       Type       State         I-Node   Path',
      'unix  2      [ ACC ]     STREAM     LISTENING     20531    /run/dbus/system_bus_socket',
      'Total: 4',
      'TCP:   2 (estab 1, closed 0, orphaned 0, timewait 0)',
      'Kernel Interface table',
      'Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg',
      'eth0             1500  1811239      0      0 0        950311      0      0      0 BMRU',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.sections, [
      { format: 'ss', startLine: 0, endLine: 1 },
      { format: 'netstat-linux', startLine: 3, endLine: 8 },
      { format: 'ss-summary', startLine: 9, endLine: 10 },
      { format: 'interfaces', startLine: 11, endLine: 13 },
    ]);
    deepStrictEqual(
      dump.rows.map((row) => [row.line, row.protocol, row.state]),
      [
        [1, 'tcp', 'ESTABLISHED'],
        [5, 'tcp', 'LISTEN'],
        [8, 'unix', undefined],
      ],
    );
  });

  it('recognises every prompt style people paste', () => {
    const prompts = [
      '$ ss -tan',
      '# netstat -antp',
      '[root@web1 ~]# netstat -antp',
      'admin@db-2:~$ sudo ss -tanp',
      'user@host:/var/log# cat /proc/net/tcp6',
      'PS C:\\> netstat -ano',
      'C:\\Users\\x>netstat -an',
      'C:\\>netstat -anob',
    ];
    const dump = parseSocketDump(prompts.join('\n'));
    deepStrictEqual(
      dump.commands.map((command) => command.text),
      ['ss -tan', 'netstat -antp', 'netstat -antp', 'sudo ss -tanp', 'cat /proc/net/tcp6', 'netstat -ano', 'netstat -an', 'netstat -anob'],
    );
    deepStrictEqual(dump.sections.length, prompts.length);
    deepStrictEqual(dump.unrecognized, []);
  });

  it('makes one section of a document without prompts, ending at its last non-blank line', () => {
    const dump = parseSocketDump('\n\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5000\n\n\n');
    deepStrictEqual(dump.sections, [{ format: 'ss', startLine: 2, endLine: 2 }]);
    deepStrictEqual(parseSocketDump('').sections, []);
  });

  it('labels Linux routing tables (netstat -r, route -n, IPv6) without reporting their lines', () => {
    for (const name of ['netstat-rn.txt', 'route-n.txt', 'netstat-i.txt']) {
      const dump = parseSocketDump(readFixture('samples', name));
      deepStrictEqual([name, dump.unrecognized, dump.rows], [name, [], []]);
    }
    const ipv6 = [
      'Kernel IPv6 routing table',
      'Destination                    Next Hop                   Flag Met Ref  Use If',
      'fd00::/64                      ::                         U    256 1      0 v0',
      '::/0                           ::                         !n   -1  1      0 lo',
    ].join('\n');
    deepStrictEqual(parseSocketDump(ipv6).sections, [{ format: 'routes', startLine: 0, endLine: 3 }]);
  });

  it('ends a table it does not read row by row at a blank line, so prose after it is reported', () => {
    const text = ['$ route -n | grep UG', '0.0.0.0         10.9.0.1        0.0.0.0         UG    0      0        0 v0', '', 'Looks fine to me.'].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized.map((entry) => [entry.line, entry.reason]), [[3, 'unknown-format']]);
    deepStrictEqual(dump.sections, [{ format: 'routes', startLine: 0, endLine: 3, command: 'route -n | grep UG' }]);
  });

  it('takes the socket type of an ss table without a Netid column from its command', () => {
    const text = ['$ ss -0 -a', 'State  Recv-Q Send-Q Local Address:Port Peer Address:Port', 'UNCONN 0      0                 *:eth0               *', '$ ss -uan', 'UNCONN 0      0           0.0.0.0:68          0.0.0.0:*', '$ ss -tan', 'UNCONN 0      0                 *:5000              *:*'].join('\n');
    deepStrictEqual(
      parseSocketDump(text).rows.map((row) => [row.line, row.protocol, row.state ?? row.stateText]),
      [
        [2, 'other', 'UNCONN'],
        [4, 'udp', 'UNCONN'],
        [6, 'tcp', 'CLOSED'],
      ],
    );
  });
});
