import { deepStrictEqual, strictEqual } from 'node:assert';
import { summarizeDump } from '../../server/src/core/analysis/summarize';
import { decodeHexEndpoint } from '../../server/src/core/parsers/procNetTcp';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { readFixture } from './support/fixtures';

function brief(text: string) {
  return parseSocketDump(text).rows.map((row) => [
    row.line,
    row.protocol,
    row.family,
    row.state ?? null,
    row.stateText,
    [row.recvQ, row.sendQ],
    `${row.local?.address} ${row.local?.port}`,
    `${row.remote?.address} ${row.remote?.port}`,
    row.uid,
    row.inode,
  ]);
}

describe('/proc/net/tcp, tcp6, udp', () => {
  it('decodes real /proc/net/tcp: little-endian addresses, hex ports, hex states and queues', () => {
    const text = readFixture('samples', 'proc-net-tcp.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.formats, ['proc-net']);
    deepStrictEqual(dump.headers, [{ line: 0, format: 'proc-net', hasNetid: false }]);
    deepStrictEqual(brief(text), [
      [1, 'tcp', 4, 'LISTEN', '0A', [0, 0], '127.0.0.1 8080', '0.0.0.0 *', 0, 528381],
      [2, 'tcp', 4, 'ESTABLISHED', '01', [0, 0], '127.0.0.1 38342', '127.0.0.1 8080', 0, 528383],
      [3, 'tcp', 4, 'CLOSE_WAIT', '08', [1, 0], '127.0.0.1 38358', '127.0.0.1 8080', 0, 529411],
      [4, 'tcp', 4, 'ESTABLISHED', '01', [0, 0], '127.0.0.1 38366', '127.0.0.1 8080', 0, 529413],
      [5, 'tcp', 4, 'ESTABLISHED', '01', [100, 0], '127.0.0.1 8080', '127.0.0.1 38342', 0, 528384],
      [6, 'tcp', 4, 'ESTABLISHED', '01', [0, 0], '127.0.0.1 8080', '127.0.0.1 38368', 0, 529416],
      [7, 'tcp', 4, 'ESTABLISHED', '01', [0, 0], '127.0.0.1 8080', '127.0.0.1 38366', 0, 529414],
      [8, 'tcp', 4, 'FIN_WAIT2', '05', [0, 0], '127.0.0.1 8080', '127.0.0.1 38358', 0, 0],
    ]);
    // The hover finds the state under the cursor by its span on the hex code.
    const row = dump.rows[0];
    strictEqual(text.split('\n')[1].slice(row.stateSpan!.start, row.stateSpan!.end), '0A');
    deepStrictEqual(summarizeDump(dump, 1).states.ESTABLISHED, 5);
  });

  it('decodes tcp6: four little-endian words, compressed, IPv4-mapped as ::ffff:a.b.c.d', () => {
    const text = readFixture('samples', 'proc-net-tcp6.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(brief(text), [
      [1, 'tcp', 6, 'LISTEN', '0A', [0, 0], ':: 2222', ':: *', 0, 528382],
      [2, 'tcp', 6, 'ESTABLISHED', '01', [0, 0], '::ffff:127.0.0.1 38368', '::ffff:127.0.0.1 8080', 0, 529415],
      [3, 'tcp', 6, 'ESTABLISHED', '01', [0, 0], '::1 2222', '::1 35002', 0, 529410],
      [4, 'tcp', 6, 'ESTABLISHED', '01', [0, 0], '::1 35002', '::1 2222', 0, 529409],
    ]);
  });

  it('keeps UDP rows out of the TCP states: 07 is an unconnected UDP socket', () => {
    const text = readFixture('samples', 'proc-net-udp.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(brief(text), [
      [1, 'udp', 4, null, '07', [0, 0], '0.0.0.0 5353', '0.0.0.0 *', 0, 529417],
      [2, 'udp', 4, null, '01', [0, 0], '127.0.0.1 36251', '127.0.0.1 5353', 0, 529418],
    ]);
    strictEqual(summarizeDump(dump, 1).total, 0);
  });

  it('takes udp from the command when the header was not pasted', () => {
    const text = ['$ cat /proc/net/udp6', '  262: 00000000000000000000000001000000:14EA 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 529419 2 0000000077ebde00 0'].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.sections, [{ format: 'proc-net', startLine: 0, endLine: 1, command: 'cat /proc/net/udp6' }]);
    deepStrictEqual(brief(text), [[1, 'udp', 6, null, '07', [0, 0], '::1 5354', ':: *', 0, 529419]]);
  });

  it('decodes addresses exactly', () => {
    const decode = (text: string) => {
      const endpoint = decodeHexEndpoint({ text, start: 3 });
      return endpoint && [endpoint.address, endpoint.port, endpoint.span.start, endpoint.span.end];
    };
    deepStrictEqual(decode('0100007F:0277'), ['127.0.0.1', '631', 3, 16]);
    deepStrictEqual(decode('0101A8C0:01BB'), ['192.168.1.1', '443', 3, 16]);
    deepStrictEqual(decode('000080FE00000000FF005452DEBC0A1F:0016'), ['fe80::5254:ff:1f0a:bcde', '22', 3, 40]);
    deepStrictEqual(decode('B80D0120000000000000000001000000:0050'), ['2001:db8::1', '80', 3, 40]);
    deepStrictEqual(decode('0100007F:27'), undefined);
    deepStrictEqual(decode('0100007G:0277'), undefined);
  });

  it('reports rows it cannot decode', () => {
    const text = [
      '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 0100007F:1F90 00000000:0000 0D 00000000:00000000 00:00000000 00000000     0        0 1 1 0',
      '   1: 0100007F:1F90 00000000:0000 0A 0000000Z:00000000 00:00000000 00000000     0        0 1 1 0',
      '   2: 0100007F:1F90 0000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0',
    ].join('\n');
    deepStrictEqual(
      parseSocketDump(text).unrecognized.map((entry) => [entry.line, entry.reason]),
      [
        [1, 'unknown-state'],
        [2, 'bad-queue'],
        [3, 'bad-address'],
      ],
    );
  });
});
