import { deepStrictEqual, strictEqual } from 'node:assert';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { summarizeDump } from '../../server/src/core/analysis/summarize';
import { readFixture } from './support/fixtures';

/** Line, protocol, family, canonical state, printed state, endpoints and owners of every row. */
function brief(text: string) {
  return parseSocketDump(text).rows.map((row) => [
    row.line,
    row.protocol,
    row.family,
    row.state ?? null,
    row.stateText ?? null,
    row.local && `${row.local.address}${row.local.scope ? `%${row.local.scope}` : ''} ${row.local.port}`,
    row.remote && `${row.remote.address} ${row.remote.port}`,
    row.processes.map((process) => `${process.name}/${process.pid ?? ''}${process.service ? ` ${process.service}` : ''}`).join(','),
  ]);
}

describe('Windows netstat', () => {
  it('reads -anob in a Chinese console: CRLF, Chinese headers, owner lines below the rows', () => {
    const text = readFixture('samples', 'windows-netstat-anob-zh.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.formats, ['netstat-windows']);
    deepStrictEqual(dump.headers, [{ line: 3, format: 'netstat-windows', hasNetid: false }]);
    deepStrictEqual(dump.sections, [{ format: 'netstat-windows', startLine: 1, endLine: 26 }]);
    deepStrictEqual(brief(text), [
      [4, 'tcp', 4, 'LISTEN', 'LISTENING', '0.0.0.0 135', '0.0.0.0 0', 'svchost.exe/1020 RpcSs'],
      [7, 'tcp', 4, 'LISTEN', 'LISTENING', '0.0.0.0 445', '0.0.0.0 0', '4/4'],
      [9, 'tcp', 4, 'ESTABLISHED', 'ESTABLISHED', '192.168.1.20 49723', '20.42.73.29 443', 'msedge.exe/6284'],
      [11, 'tcp', 4, 'TIME_WAIT', 'TIME_WAIT', '192.168.1.20 49730', '52.96.165.18 443', ''],
      [12, 'tcp', 4, 'SYN_SENT', 'SYN_SENT', '192.168.1.20 49731', '10.0.0.5 8080', 'msedge.exe/6284'],
      [14, 'tcp', 4, 'SYN_RECV', 'SYN_RECEIVED', '192.168.1.20 5432', '192.168.1.31 50122', 'postgres.exe/3120'],
      [16, 'tcp', 6, 'LISTEN', 'LISTENING', ':: 135', ':: 0', 'svchost.exe/1020 RpcSs'],
      [19, 'tcp', 6, 'CLOSE_WAIT', 'CLOSE_WAIT', '::1 49700', '::1 5432', 'postgres.exe/3120'],
      [21, 'udp', 4, null, null, '0.0.0.0 123', '* *', 'svchost.exe/1504 W32Time'],
      [24, 'udp', 6, null, null, 'fe80::1c2d:3e4f:5a6b:7c8d%12 546', '* *', 'svchost.exe/2260 Dhcp'],
    ]);
    // The panel lists the services inside svchost.exe; only TCP sockets are counted.
    const svchost = summarizeDump(dump, 10).topProcesses.find((process) => process.name === 'svchost.exe');
    deepStrictEqual(svchost && { pids: svchost.pids, services: svchost.services, total: svchost.total }, { pids: [1020], services: ['RpcSs'], total: 2 });
    strictEqual(summarizeDump(dump, 10).topProcesses.find((process) => process.name === 'msedge.exe')?.services, undefined);
  });

  it('reads -ano in English, maps every Windows state spelling, and feeds the summary', () => {
    const text = readFixture('samples', 'windows-netstat-ano.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(
      dump.rows.map((row) => row.state ?? row.protocol),
      ['LISTEN', 'LISTEN', 'ESTABLISHED', 'FIN_WAIT2', 'CLOSING', 'CLOSE_WAIT', 'LAST_ACK', 'FIN_WAIT1', 'CLOSED', 'LISTEN', 'udp', 'udp'],
    );
    const stateColumn = text.split('\r\n')[4].indexOf('LISTENING');
    deepStrictEqual(dump.rows[0].stateSpan, { start: stateColumn, end: stateColumn + 9 });
    const summary = summarizeDump(dump, 3);
    strictEqual(summary.total, 10);
    deepStrictEqual(summary.protocols, { tcp: 10, udp: 2, raw: 0, unix: 0, other: 0 });
    deepStrictEqual(summary.families, { ipv4: 9, ipv6: 1 });
    deepStrictEqual(summary.topLocalPorts[0], { port: '80', listening: true, total: 5, states: { LISTEN: 2, ESTABLISHED: 1, FIN_WAIT2: 1, CLOSING: 1 } });
    deepStrictEqual(summary.topProcesses[0], { name: '4', pids: [4], total: 5, states: { LISTEN: 2, ESTABLISHED: 1, FIN_WAIT2: 1, CLOSING: 1 } });
  });

  it('reads a plain `netstat` (no -a, no PID) pasted below a cmd.exe prompt', () => {
    const text = [
      'C:\\Users\\ops>netstat',
      '',
      'Active Connections',
      '',
      '  Proto  Local Address          Foreign Address        State',
      '  TCP    127.0.0.1:49670        DESKTOP-7Q:49671       ESTABLISHED',
      '  TCP    192.168.31.5:50001     server-a:https         CLOSE_WAIT',
    ].join('\r\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.commands, [{ line: 0, text: 'netstat' }]);
    deepStrictEqual(dump.sections, [{ format: 'netstat-windows', startLine: 0, endLine: 6, command: 'netstat' }]);
    deepStrictEqual(brief(text), [
      [5, 'tcp', 4, 'ESTABLISHED', 'ESTABLISHED', '127.0.0.1 49670', 'DESKTOP-7Q 49671', ''],
      [6, 'tcp', 4, 'CLOSE_WAIT', 'CLOSE_WAIT', '192.168.31.5 50001', 'server-a https', ''],
    ]);
  });

  it('says which Windows lines it cannot read, and why', () => {
    const text = [
      '  Proto  Local Address          Foreign Address        State           PID',
      // A word no table lists, on a connected row (with a wildcard peer it would be read as LISTEN).
      '  TCP    10.0.0.1:135           10.0.0.2:50000         ZUSTAND         1020',
      '  TCP    0.0.0.0                0.0.0.0:0              LISTENING       1020',
      '  TCP    0.0.0.0:135',
    ].join('\r\n');
    deepStrictEqual(
      parseSocketDump(text).unrecognized.map((entry) => [entry.line, entry.reason]),
      [
        [1, 'unknown-state'],
        [2, 'bad-address'],
        [3, 'too-few-columns'],
      ],
    );
  });
});
