import { deepStrictEqual } from 'node:assert';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';

/** Inputs found in review that the format tests did not cover. */
describe('parser edge cases', () => {
  it('finds a net-tools -o timer on a row a terminal copy padded with spaces', () => {
    const header = 'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name     Timer';
    const row = 'tcp        0      0 10.0.0.5:22             10.0.0.9:51234          ESTABLISHED 812/sshd: root       keepalive (7187.12/0/0)';
    const dump = parseSocketDump(`${header}\n${row}${' '.repeat(100)}\n`);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.rows.map((socket) => [socket.processes, socket.processSpan]), [[[{ pid: 812, name: 'sshd: root' }], { start: 80, end: 94 }]]);
  });

  it('gives a row joined from a wrapped ss line plain endpoints, with spans on its first line', () => {
    const head = 'ESTAB      0      0        10.0.0.5:22              10.0.0.9:51234        users:(("ngi';
    const dump = parseSocketDump(`State Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n${head}\nnx",pid=812,fd=4))\n`);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(
      dump.rows.map((socket) => [socket.line, socket.local, socket.remote, socket.processes, socket.processSpan]),
      [
        [
          1,
          { address: '10.0.0.5', port: '22', scope: undefined, span: { start: 27, end: 38 } },
          { address: '10.0.0.9', port: '51234', scope: undefined, span: { start: 52, end: 66 } },
          [{ name: 'nginx', pid: 812, fd: 4 }],
          { start: 74, end: head.length },
        ],
      ],
    );
  });

  it('reads the rows of `ss -A udp` as UDP: one queried table prints no Netid column', () => {
    const text = [
      '$ ss -A udp -an',
      'State   Recv-Q  Send-Q  Local Address:Port  Peer Address:Port',
      'UNCONN  0       0       0.0.0.0:68          0.0.0.0:*',
      'ESTAB   0       0       10.0.0.5:41000      10.0.0.53:53',
    ].join('\n');
    deepStrictEqual(
      parseSocketDump(text).rows.map((socket) => [socket.line, socket.protocol, socket.state, socket.stateText]),
      [
        [2, 'udp', undefined, 'UNCONN'],
        [3, 'udp', undefined, 'ESTAB'],
      ],
    );
  });

  it('does not take control characters for the hex PCB column of a BSD -A row', () => {
    const dump = parseSocketDump('\x10\x11\x12\x13 tcp4 0 0 10.0.0.1.22 10.0.0.9.64330 ESTABLISHED\n');
    deepStrictEqual(dump.rows, []);
    deepStrictEqual(dump.unrecognized, [{ line: 0, length: 52, reason: 'binary' }]);
  });
});
