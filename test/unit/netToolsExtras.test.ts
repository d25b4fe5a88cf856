import { deepStrictEqual } from 'node:assert';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { readFixture } from './support/fixtures';

describe('Linux net-tools extras', () => {
  it('reads real netstat -a (names resolved): localhost:http-alt, [::]:*, UDP rows with and without a state, the UNIX section', () => {
    const text = readFixture('samples', 'netstat-a-resolved.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.sections, [{ format: 'netstat-linux', startLine: 0, endLine: 18 }]);
    deepStrictEqual(
      dump.rows.map((row) => [row.line, row.protocol, row.family ?? null, row.state ?? row.stateText ?? null, `${row.local?.address} ${row.local?.port}`, `${row.remote?.address} ${row.remote?.port}`]),
      [
        [2, 'tcp', 4, 'LISTEN', 'localhost http-alt', '0.0.0.0 *'],
        [3, 'tcp', 4, 'ESTABLISHED', 'localhost 38342', 'localhost http-alt'],
        [4, 'tcp', 4, 'CLOSE_WAIT', 'localhost 38358', 'localhost http-alt'],
        [5, 'tcp', 4, 'ESTABLISHED', 'localhost 38366', 'localhost http-alt'],
        [6, 'tcp', 4, 'ESTABLISHED', 'localhost http-alt', 'localhost 38342'],
        [7, 'tcp', 4, 'ESTABLISHED', 'localhost http-alt', 'localhost 38368'],
        [8, 'tcp', 4, 'ESTABLISHED', 'localhost http-alt', 'localhost 38366'],
        [9, 'tcp', 4, 'FIN_WAIT2', 'localhost http-alt', 'localhost 38358'],
        [10, 'tcp', 6, 'LISTEN', ':: 2222', ':: *'],
        [11, 'tcp', 6, 'ESTABLISHED', '127.0.0.1 38368', '127.0.0.1 http-alt'],
        [12, 'tcp', 6, 'ESTABLISHED', '::1 2222', '::1 35002'],
        [13, 'tcp', 6, 'ESTABLISHED', '::1 35002', '::1 2222'],
        [14, 'udp', 4, null, '0.0.0.0 mdns', '0.0.0.0 *'],
        [15, 'udp', 4, 'ESTABLISHED', 'localhost 36251', 'localhost mdns'],
        [16, 'udp', 6, null, '::1 5354', ':: *'],
      ],
    );
  });

  it('reads -W wide rows, raw sockets and the UNIX section of netstat -awp', () => {
    const text = [
      'Active Internet connections (servers and established)',
      'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name',
      'tcp        0      0 web1.internal.example.com:https 203.0.113.77:51234 ESTABLISHED 812/nginx: worker process',
      'raw6       0      0 [::]:ipv6-icmp          [::]:*                  7           604/NetworkManager',
      'Active UNIX domain sockets (servers and established)',
      'Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path',
      'unix  2      [ ACC ]     STREAM     LISTENING     20531    1/systemd            /run/systemd/private',
      'unix  3      [ ]         DGRAM      CONNECTED     17452    -',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(
      dump.rows.map((row) => [row.line, row.protocol, row.state ?? row.stateText ?? null, row.local?.address ?? null, row.processes.map((process) => `${process.pid}/${process.name}`)]),
      [
        [2, 'tcp', 'ESTABLISHED', 'web1.internal.example.com', ['812/nginx: worker process']],
        [3, 'raw', '7', '::', ['604/NetworkManager']],
        [6, 'unix', null, null, []],
        [7, 'unix', null, null, []],
      ],
    );
  });
});
