import { deepStrictEqual } from 'node:assert';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { readFixture } from './support/fixtures';

describe('ss -s', () => {
  it('reads real ss -s (iproute2 6.1): Total, the TCP line without synrecv, and the transport table', () => {
    const text = readFixture('samples', 'ss-s.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.rows, []);
    deepStrictEqual(dump.sections, [{ format: 'ss-summary', startLine: 0, endLine: 8 }]);
    deepStrictEqual(dump.ssSummaries, [{ line: 1, tcp: { estab: 9, closed: 3, orphaned: 0, timewait: 1 }, tcpTotal: 14, total: 25 }]);
  });

  it('reads the older form with synrecv, timewait n/m, ports, and the `*` transport row', () => {
    const text = [
      '[root@web1 ~]# ss -s',
      'Total: 1520 (kernel 1711)',
      'TCP:   1302 (estab 240, closed 1003, orphaned 2, synrecv 0, timewait 1001/0), ports 0',
      '',
      'Transport Total     IP        IPv6',
      '*         1711      -         -        ',
      'RAW       0         0         0        ',
      'UDP       9         6         3        ',
      'TCP       299       290       9        ',
      'INET      308       296       12       ',
      'FRAG      0         0         0        ',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.sections, [{ format: 'ss-summary', startLine: 0, endLine: 10, command: 'ss -s' }]);
    deepStrictEqual(dump.ssSummaries, [
      { line: 2, tcp: { estab: 240, closed: 1003, orphaned: 2, synrecv: 0, timewait: 1001, ports: 0 }, tcpTotal: 1302, total: 1520 },
    ]);
  });

  it('does not take a damaged TCP line for a summary', () => {
    const dump = parseSocketDump(['Total: 12', 'TCP:   4 (estab 1, closed oops)'].join('\n'));
    deepStrictEqual(dump.ssSummaries, []);
    deepStrictEqual(dump.unrecognized.map((entry) => [entry.line, entry.reason]), [[1, 'unknown-format']]);
  });
});

describe('ss extras', () => {
  it('reads every netid of ss -a; only tcp rows get a TCP state', () => {
    const text = [
      'Netid State      Recv-Q Send-Q      Local Address:Port   Peer Address:Port Process',
      'nl    UNCONN     0      0                    rtnl:kernel            *',
      'p_raw UNCONN     0      0                       *:eth0              *       users:(("dhclient",pid=610,fd=5))',
      'p_dgr UNCONN     0      0                  [35020]:eth0             *',
      'u_str ESTAB      0      0      /run/systemd/journal/stdout 17452   * 17451',
      'u_dgr UNCONN     0      0                       * 24567             * 24568',
      'u_seq LISTEN     0      4096        /run/udev/control 13700         * 0',
      'v_str LISTEN     0      0                       *:1024              *:*',
      'mptcp LISTEN     0      4096              0.0.0.0:8080        0.0.0.0:*',
      'sctp  LISTEN     0      128             10.0.0.1:9999               *:*',
      '       `- 10.0.0.2',
      'tcp   SYN-RECV   0      0               10.0.0.1:443        10.0.0.9:50000 timer:(on,1.2sec,2)',
      'udp   UNCONN     0      0                 0.0.0.0:68          0.0.0.0:*',
      'raw   UNCONN     0      0                       *:ipv6-icmp          *:*',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(
      dump.rows.map((row) => [row.line, row.protocol, row.state ?? row.stateText]),
      [
        [1, 'other', 'UNCONN'],
        [2, 'other', 'UNCONN'],
        [3, 'other', 'UNCONN'],
        [4, 'unix', 'ESTAB'],
        [5, 'unix', 'UNCONN'],
        [6, 'unix', 'LISTEN'],
        [7, 'other', 'LISTEN'],
        [8, 'other', 'LISTEN'],
        [9, 'other', 'LISTEN'],
        [11, 'tcp', 'SYN_RECV'],
        [12, 'udp', 'UNCONN'],
        [13, 'raw', 'UNCONN'],
      ],
    );
    deepStrictEqual(dump.rows[1].processes, [{ name: 'dhclient', pid: 610, fd: 5 }]);
  });

  it('reads real ss -a: netlink sockets counted as other, never as TCP', () => {
    const dump = parseSocketDump(readFixture('samples', 'ss-a.txt'));
    deepStrictEqual(dump.unrecognized, []);
    const byNetid: Record<string, number> = {};
    for (const row of dump.rows) {
      const key = `${row.protocol}/${row.state ?? row.stateText}`;
      byNetid[key] = (byNetid[key] ?? 0) + 1;
    }
    deepStrictEqual(byNetid, {
      'other/UNCONN': 9,
      'udp/UNCONN': 2,
      'udp/ESTAB': 1,
      'tcp/LISTEN': 2,
      'tcp/ESTABLISHED': 8,
      'tcp/CLOSE_WAIT': 1,
      'tcp/FIN_WAIT2': 1,
    });
  });

  it('reads real ss -tmi: skmem and tcp_info lines below each row', () => {
    const text = readFixture('samples', 'ss-tmi.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(
      dump.rows.map((row) => [row.line, row.state, row.local?.port, row.remote?.port]),
      [
        [1, 'ESTABLISHED', '38342', 'http-alt'],
        [3, 'CLOSE_WAIT', '38358', 'http-alt'],
        [5, 'ESTABLISHED', '38366', 'http-alt'],
        [7, 'ESTABLISHED', 'http-alt', '38342'],
        [9, 'ESTABLISHED', 'http-alt', '38368'],
        [11, 'ESTABLISHED', 'http-alt', '38366'],
        [13, 'FIN_WAIT2', 'http-alt', '38358'],
        [15, 'ESTABLISHED', '38368', 'http-alt'],
        [17, 'ESTABLISHED', '2222', '35002'],
        [19, 'ESTABLISHED', '35002', '2222'],
      ],
    );
  });

  it('reads several processes with spaces, colons and parentheses in their names', () => {
    const text =
      'tcp   LISTEN 0      511          0.0.0.0:80        0.0.0.0:*    users:(("nginx: worker",pid=813,fd=6),("nginx: master (x)",pid=812,fd=6)) ino:1234 sk:1 <->';
    deepStrictEqual(parseSocketDump(text).rows[0].processes, [
      { name: 'nginx: worker', pid: 813, fd: 6 },
      { name: 'nginx: master (x)', pid: 812, fd: 6 },
    ]);
  });

  it('keeps a row whose trailing fields the terminal wrapped onto the next line', () => {
    const text = [
      'State  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process',
      'ESTAB  0      0          10.0.0.1:22        10.0.0.2:50000',
      'users:(("sshd",pid=900,fd=4)) timer:(keepalive,118min,0) ino:5555 sk:9 <->',
      'LISTEN 0      128         0.0.0.0:22         0.0.0.0:*',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(
      dump.rows.map((row) => [row.line, row.state]),
      [
        [1, 'ESTABLISHED'],
        [3, 'LISTEN'],
      ],
    );
  });

  it('joins a row the terminal cut in the middle of a field, or before its peer address', () => {
    const row = 'ESTAB      0      0           10.0.0.5:22         10.0.0.9:51000   users:(("sshd: admin",pid=900,fd=4))';
    const cut = 'ESTAB      0      0                     [2001:db8:10::5]:22                   [2001:db8:10::9]:51000';
    const text = [row.slice(0, 80), row.slice(80), cut.slice(0, 72), cut.slice(72)].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(
      dump.rows.map((entry) => [entry.line, entry.state, entry.local?.address, entry.remote?.address, entry.remote?.port, entry.processes]),
      [
        [0, 'ESTABLISHED', '10.0.0.5', '10.0.0.9', '51000', [{ name: 'sshd: admin', pid: 900, fd: 4 }]],
        [2, 'ESTABLISHED', '2001:db8:10::5', '2001:db8:10::9', '51000', []],
      ],
    );
    // Spans stay on the row's first line.
    deepStrictEqual(dump.rows[1].remote?.span, { start: 72, end: 72 });
    deepStrictEqual(dump.rows[0].processSpan, { start: 67, end: 80 });
  });

  it('reports the start of a row that nothing completes', () => {
    const start = 'ESTAB      0      0                     [2001:db8:10::5]:22                   ';
    const dump = parseSocketDump([start, '', 'LISTEN 0 128 0.0.0.0:22 0.0.0.0:*'].join('\n'));
    deepStrictEqual(dump.unrecognized, [{ line: 0, length: start.length, reason: 'too-few-columns' }]);
    deepStrictEqual(dump.rows.map((entry) => entry.line), [2]);
  });
});
