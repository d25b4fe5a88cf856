import { deepStrictEqual, strictEqual } from 'node:assert';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { readFixture } from './support/fixtures';

/** The fields a reader cares about, without spans, for compact exact comparisons. */
function brief(text: string) {
  return parseSocketDump(text).rows.map((row) => ({
    line: row.line,
    protocol: row.protocol,
    family: row.family,
    state: row.state,
    queues: [row.recvQ, row.sendQ],
    local: row.local && `${row.local.address}${row.local.scope ? `%${row.local.scope}` : ''} ${row.local.port}`,
    remote: row.remote && `${row.remote.address} ${row.remote.port}`,
    processes: row.processes.map((process) => `${process.name}/${process.pid ?? ''}/${process.fd ?? ''}`),
  }));
}

describe('parseSocketDump', () => {
  it('reads real ss -tanpoie output, skipping the indented -i/-e lines', () => {
    const text = readFixture('samples', 'ss-tanpoie-small.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.formats, ['ss']);
    deepStrictEqual(dump.headers, [{ line: 0, format: 'ss', hasNetid: false }]);
    deepStrictEqual(brief(text), [
      { line: 1, protocol: 'tcp', family: 4, state: 'LISTEN', queues: [0, 3], local: '127.0.0.1 8080', remote: '0.0.0.0 *', processes: ['python3/8376/3'] },
      { line: 3, protocol: 'tcp', family: 4, state: 'FIN_WAIT2', queues: [0, 0], local: '127.0.0.1 44358', remote: '127.0.0.1 8080', processes: [] },
      { line: 5, protocol: 'tcp', family: 4, state: 'CLOSE_WAIT', queues: [1, 0], local: '127.0.0.1 8080', remote: '127.0.0.1 44358', processes: ['python3/8376/5'] },
    ]);
  });

  it('reads real netstat -antpeo output with User, Inode, PID/Program and Timer columns', () => {
    const text = readFixture('samples', 'netstat-antpeo-small.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.formats, ['netstat-linux']);
    deepStrictEqual(brief(text), [
      { line: 2, protocol: 'tcp', family: 4, state: 'LISTEN', queues: [0, 0], local: '127.0.0.1 8080', remote: '0.0.0.0 *', processes: ['python3/8376/'] },
      { line: 3, protocol: 'tcp', family: 4, state: 'FIN_WAIT2', queues: [0, 0], local: '127.0.0.1 44358', remote: '127.0.0.1 8080', processes: [] },
      { line: 4, protocol: 'tcp', family: 4, state: 'CLOSE_WAIT', queues: [1, 0], local: '127.0.0.1 8080', remote: '127.0.0.1 44358', processes: ['python3/8376/'] },
    ]);
    const stateColumn = text.split('\n')[2].indexOf('LISTEN');
    deepStrictEqual(parseSocketDump(text).rows[0].stateSpan, { start: stateColumn, end: stateColumn + 6 });
  });

  it('maps every Linux spelling onto the canonical states and keeps UDP out of them', () => {
    const text = [
      'Netid State      Recv-Q Send-Q Local Address:Port  Peer Address:Port Process',
      'tcp   ESTAB      0      0          10.0.0.1:22        10.0.0.2:50000',
      'tcp   SYN-RECV   0      0          10.0.0.1:80        10.0.0.3:50001',
      'tcp   TIME-WAIT  0      0          10.0.0.1:80        10.0.0.3:50002',
      'tcp   UNCONN     0      0                 *:0                *:*',
      'udp   UNCONN     0      0           0.0.0.0:68         0.0.0.0:*',
      'udp   ESTAB      0      0          10.0.0.1:53000     8.8.8.8:53',
      'u_str ESTAB      0      0                 * 24567            * 24568',
    ].join('\n');
    deepStrictEqual(
      parseSocketDump(text).rows.map((row) => [row.protocol, row.state ?? row.stateText]),
      [
        ['tcp', 'ESTABLISHED'],
        ['tcp', 'SYN_RECV'],
        ['tcp', 'TIME_WAIT'],
        ['tcp', 'CLOSED'],
        ['udp', 'UNCONN'],
        ['udp', 'ESTAB'],
        ['unix', 'ESTAB'],
      ],
    );
  });

  it('reads net-tools UDP rows without a state, tcp6 rows and program names with spaces', () => {
    const text = [
      'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name',
      'tcp6       0      0 :::22                   :::*                    LISTEN      812/sshd: /usr/sbin',
      'udp        0      0 0.0.0.0:68              0.0.0.0:*                           601/dhclient',
      'udp6       0      0 ::1:323                 :::*                                -',
      'tcp        0      0 127.0.0.1:5000          127.0.0.1:40000         CLOSE       -',
    ].join('\n');
    deepStrictEqual(brief(text), [
      { line: 1, protocol: 'tcp', family: 6, state: 'LISTEN', queues: [0, 0], local: ':: 22', remote: ':: *', processes: ['sshd: /usr/sbin/812/'] },
      { line: 2, protocol: 'udp', family: 4, state: undefined, queues: [0, 0], local: '0.0.0.0 68', remote: '0.0.0.0 *', processes: ['dhclient/601/'] },
      { line: 3, protocol: 'udp', family: 6, state: undefined, queues: [0, 0], local: '::1 323', remote: ':: *', processes: [] },
      { line: 4, protocol: 'tcp', family: 4, state: 'CLOSED', queues: [0, 0], local: '127.0.0.1 5000', remote: '127.0.0.1 40000', processes: [] },
    ]);
  });

  it('reads ss addresses with brackets, scopes and IPv4-mapped IPv6, and several processes per socket', () => {
    const text = [
      'LISTEN 0 4096 127.0.0.53%lo:53 0.0.0.0:* users:(("systemd-resolve",pid=601,fd=14))',
      'ESTAB 0 0 [::ffff:10.0.0.1]:8080 [::ffff:10.0.0.9]:41000 users:(("nginx",pid=812,fd=6),("nginx",pid=813,fd=6))',
      'LISTEN 0 128 [fe80::1]%eth0:22 [::]:* users:(("my (worker), v2",pid=7,fd=3))',
    ].join('\n');
    deepStrictEqual(brief(text), [
      { line: 0, protocol: 'tcp', family: 4, state: 'LISTEN', queues: [0, 4096], local: '127.0.0.53%lo 53', remote: '0.0.0.0 *', processes: ['systemd-resolve/601/14'] },
      { line: 1, protocol: 'tcp', family: 6, state: 'ESTABLISHED', queues: [0, 0], local: '::ffff:10.0.0.1 8080', remote: '::ffff:10.0.0.9 41000', processes: ['nginx/812/6', 'nginx/813/6'] },
      { line: 2, protocol: 'tcp', family: 6, state: 'LISTEN', queues: [0, 128], local: 'fe80::1%eth0 22', remote: ':: *', processes: ['my (worker), v2/7/3'] },
    ]);
  });

  it('takes a table without Netid to be UDP when the pasted command says ss -u', () => {
    const text = ['$ ss -uan', 'State  Recv-Q Send-Q Local Address:Port Peer Address:Port', 'UNCONN 0      0      0.0.0.0:68         0.0.0.0:*'].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.commands, [{ line: 0, text: 'ss -uan' }]);
    deepStrictEqual(dump.rows.map((row) => [row.protocol, row.state]), [['udp', undefined]]);
  });

  it('recognises the UNIX socket section, tool notes and prompts instead of reporting them', () => {
    const text = [
      '[root@web1 ~]# netstat -ap',
      '(Not all processes could be identified, non-owned process info',
      ' will not be shown, you would have to be root to see it all.)',
      'Active Internet connections (servers and established)',
      'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name',
      'tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      -',
      'Active UNIX domain sockets (servers and established)',
      'Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path',
      'unix  2      [ ACC ]     STREAM     LISTENING     20312    -                    /run/systemd/private',
      'unix  3      [ ]         STREAM     CONNECTED     21000    -',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.commands, [{ line: 0, text: 'netstat -ap' }]);
    deepStrictEqual(dump.rows.map((row) => [row.line, row.protocol, row.state]), [
      [5, 'tcp', 'LISTEN'],
      [8, 'unix', undefined],
      [9, 'unix', undefined],
    ]);
  });

  it('reports lines it does not understand, with a reason, and keeps going', () => {
    const text = [
      'State Recv-Q Send-Q Local Address:Port Peer Address:Port',
      'ESTAB 0 0 10.0.0.1:22 10.0.0.2:5000',
      'hello world',
      'tcp        x      0 0.0.0.0:22              0.0.0.0:*               LISTEN',
      // An unknown word with a wildcard peer is read as LISTEN (parsers/inferredState.ts); with a real peer it stays unknown.
      'tcp        0      0 10.0.0.1:22             10.0.0.2:5000           SLEEPING',
      'tcp        0      0 0.0.0.0                 0.0.0.0:*               LISTEN',
      'ESTAB 0 0 10.0.0.1:22',
      '\u0000\u0001\u0002garbage',
      'ESTAB 0 0 10.0.0.1:22 10.0.0.2:5001',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(
      dump.unrecognized.map((entry) => [entry.line, entry.reason]),
      [
        [2, 'unknown-format'],
        [3, 'bad-queue'],
        [4, 'unknown-state'],
        [5, 'bad-address'],
        [6, 'too-few-columns'],
        [7, 'binary'],
      ],
    );
    deepStrictEqual(dump.rows.map((row) => row.line), [1, 8]);
  });

  it('parses rows pasted without their header (ss -H, a partial copy)', () => {
    const text = ['ESTAB 0 0 10.0.0.1:22 10.0.0.2:5000', 'tcp        0      0 10.0.0.1:22  10.0.0.3:5001  TIME_WAIT'].join('\n');
    deepStrictEqual(parseSocketDump(text).rows.map((row) => [row.format, row.state]), [
      ['ss', 'ESTABLISHED'],
      ['netstat-linux', 'TIME_WAIT'],
    ]);
  });

  it('handles CRLF line ends and a byte-order mark', () => {
    const text = '\ufeffState Recv-Q Send-Q Local Address:Port Peer Address:Port\r\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5000\r\n';
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    strictEqual(dump.rows.length, 1);
    strictEqual(dump.rows[0].remote?.port, '5000');
    strictEqual(dump.lineCount, 3);
  });
});
