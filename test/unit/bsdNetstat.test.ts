import { deepStrictEqual, strictEqual } from 'node:assert';
import { summarizeDump } from '../../server/src/core/analysis/summarize';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { readFixture } from './support/fixtures';

function brief(text: string) {
  return parseSocketDump(text).rows.map((row) => [
    row.line,
    row.protocol,
    row.family ?? null,
    row.state ?? null,
    row.stateText ?? null,
    row.recvQ === undefined ? null : [row.recvQ, row.sendQ],
    row.local ? `${row.local.address}${row.local.scope ? `%${row.local.scope}` : ''} ${row.local.port}` : null,
    row.remote ? `${row.remote.address} ${row.remote.port}` : null,
  ]);
}

describe('BSD and macOS netstat', () => {
  it('reads macOS netstat -an: dotted ports, tcp46, SYN_RCVD, and the non-Internet sections', () => {
    const text = readFixture('samples', 'macos-netstat-an.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.formats, ['netstat-bsd']);
    deepStrictEqual(dump.sections, [{ format: 'netstat-bsd', startLine: 0, endLine: 29 }]);
    deepStrictEqual(brief(text), [
      [2, 'tcp', 4, 'ESTABLISHED', 'ESTABLISHED', [0, 0], '192.168.0.12 51234', '17.57.146.20 5223'],
      [3, 'tcp', 4, 'CLOSE_WAIT', 'CLOSE_WAIT', [0, 31], '192.168.0.12 51240', '140.82.114.25 443'],
      [4, 'tcp', 6, 'SYN_SENT', 'SYN_SENT', [0, 0], 'fe80::1c2f:aa3:9d1%en0 50001', 'fe80::8e3:14ff:fe22 22'],
      [5, 'tcp', 6, 'LISTEN', 'LISTEN', [0, 0], '* 8080', '* *'],
      [6, 'tcp', 4, 'LISTEN', 'LISTEN', [0, 0], '127.0.0.1 631', '* *'],
      [7, 'tcp', 4, 'TIME_WAIT', 'TIME_WAIT', [0, 0], '192.168.0.12 51300', '93.184.216.34 80'],
      [8, 'tcp', 4, 'SYN_RECV', 'SYN_RCVD', [0, 0], '192.168.0.12 51301', '93.184.216.34 80'],
      [9, 'tcp', 4, 'CLOSED', 'CLOSED', [0, 0], '* *', '* *'],
      [10, 'udp', 4, null, null, [0, 0], '* 5353', '* *'],
      [11, 'udp', 6, null, null, [0, 0], '* 5353', '* *'],
      [12, 'raw', 6, null, null, [0, 0], '* *', '* *'],
      // UNIX domain sockets, then one kernel event and one kernel control socket: counted, never TCP.
      [17, 'unix', null, null, null, null, null, null],
      [18, 'unix', null, null, null, null, null, null],
      [19, 'unix', null, null, null, null, null, null],
      [26, 'other', null, null, null, null, null, null],
      [29, 'other', null, null, null, null, null, null],
    ]);
    const summary = summarizeDump(dump, 3);
    strictEqual(summary.total, 8);
    deepStrictEqual(summary.protocols, { tcp: 8, udp: 2, raw: 1, unix: 3, other: 2 });
  });

  it('reads FreeBSD netstat -Aa: the PCB column before Proto, a Send-Q, and truncated seqpac', () => {
    const text = readFixture('samples', 'freebsd-netstat-Aa.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.headers, [{ line: 1, format: 'netstat-bsd', hasNetid: false }]);
    deepStrictEqual(brief(text), [
      [2, 'tcp', 4, 'ESTABLISHED', 'ESTABLISHED', [0, 36], '10.0.2.15 22', '10.0.2.2 51022'],
      [3, 'tcp', 4, 'LISTEN', 'LISTEN', [0, 0], '* 22', '* *'],
      [4, 'tcp', 6, 'LISTEN', 'LISTEN', [0, 0], '* 22', '* *'],
      [5, 'tcp', 4, 'FIN_WAIT1', 'FIN_WAIT_1', [0, 0], '10.0.2.15 11000', '10.0.2.9 5432'],
      [6, 'tcp', 4, 'FIN_WAIT2', 'FIN_WAIT_2', [0, 0], '10.0.2.15 11001', '10.0.2.9 5432'],
      [7, 'tcp', 4, 'LAST_ACK', 'LAST_ACK', [0, 0], '10.0.2.15 11002', '10.0.2.9 5432'],
      [8, 'udp', 4, null, null, [0, 0], '* 514', '* *'],
      [9, 'udp', 6, null, null, [0, 0], '* 514', '* *'],
      [12, 'unix', null, null, null, null, null, null],
      [13, 'unix', null, null, null, null, null, null],
      [14, 'unix', null, null, null, null, null, null],
    ]);
  });

  it('reads -AaT, whose columns are retransmit counters and which has no state column', () => {
    const text = readFixture('samples', 'freebsd-netstat-AaT.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(brief(text), [
      [2, 'tcp', 4, null, null, null, '10.0.2.15 ssh', '10.0.2.2 51022'],
      [3, 'tcp', 4, null, null, null, '* ssh', '* *'],
      [4, 'udp', 4, null, null, null, '* syslog', '* *'],
    ]);
  });

  it('reads macOS -Abn rows (Socket and Flowhash before Proto, byte counters after the state) without a header', () => {
    const text = [
      '7fb03cb94d505aed cedd0cbf tcp4       0      0  192.168.1.221.5486 140.82.113.26.443  ESTABLISHED       4958       3996',
      '7fb03cb93d5b800d        0 udp4       0      0  *.5353             *.*                               2554929          0',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(brief(text), [
      [0, 'tcp', 4, 'ESTABLISHED', 'ESTABLISHED', [0, 0], '192.168.1.221 5486', '140.82.113.26 443'],
      [1, 'udp', 4, null, null, [0, 0], '* 5353', '* *'],
    ]);
  });

  it('labels BSD routing and interface tables instead of reporting their lines', () => {
    const text = [
      '% netstat -rn',
      'Routing tables',
      '',
      'Internet:',
      'Destination        Gateway            Flags     Netif Expire',
      'default            192.168.1.1        UGS         en0',
      '127.0.0.1          127.0.0.1          UH          lo0',
      '',
      'Internet6:',
      'Destination                             Gateway                         Flags     Netif Expire',
      '::1                                     ::1                             UHS         lo0',
      '% netstat -i',
      'Name    Mtu Network       Address            Ipkts Ierrs    Opkts Oerrs  Coll',
      'lo0   16384 <Link#1>                         12003     0    12003     0     0',
      'en0    1500 <Link#4>    a4:83:e7:11:22:33  9813321     0  4411220     0     0',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.rows, []);
    deepStrictEqual(dump.sections, [
      { format: 'routes', startLine: 0, endLine: 10, command: 'netstat -rn' },
      { format: 'interfaces', startLine: 11, endLine: 14, command: 'netstat -i' },
    ]);
  });

  it('tells a Linux tcp6 row from a BSD one by where the port is', () => {
    const text = ['tcp6       0      0 :::22                   :::*                    LISTEN', 'tcp6       0      0  *.22                   *.*                    LISTEN'].join('\n');
    deepStrictEqual(
      parseSocketDump(text).rows.map((row) => [row.format, row.local?.address, row.local?.port]),
      [
        ['netstat-linux', '::', '22'],
        ['netstat-bsd', '*', '22'],
      ],
    );
  });
});
