import { deepStrictEqual, strictEqual } from 'node:assert';
import {
  addressFamily,
  EndpointColumn,
  hostKey,
  ipv4NumberIn,
  ipv4Text,
  parseEndpoint,
  portCountKeyIn,
  portCountKeyInCodes,
} from '../../server/src/core/parsers/endpoint';
import { codesOf, NON_ASCII } from '../../server/src/core/parsers/textCodes';

describe('parseEndpoint', () => {
  const cases: [string, { address: string; port: string; scope?: string } | undefined][] = [
    ['127.0.0.1:8080', { address: '127.0.0.1', port: '8080' }],
    ['0.0.0.0:*', { address: '0.0.0.0', port: '*' }],
    ['*:22', { address: '*', port: '22' }],
    ['*:*', { address: '*', port: '*' }],
    [':::22', { address: '::', port: '22' }],
    [':::*', { address: '::', port: '*' }],
    ['::1:631', { address: '::1', port: '631' }],
    ['[::]:22', { address: '::', port: '22' }],
    ['[::ffff:127.0.0.1]:8080', { address: '::ffff:127.0.0.1', port: '8080' }],
    ['127.0.0.53%lo:53', { address: '127.0.0.53', port: '53', scope: 'lo' }],
    ['[fe80::1]%eth0:123', { address: 'fe80::1', port: '123', scope: 'eth0' }],
    ['localhost:http', { address: 'localhost', port: 'http' }],
    ['8080', undefined],
    [':80', undefined],
    ['1.2.3.4:', undefined],
    ['[::1:22', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${text}`, () => {
      const endpoint = parseEndpoint(text, 10);
      if (expected === undefined) {
        strictEqual(endpoint, undefined);
        return;
      }
      deepStrictEqual(
        { address: endpoint?.address, port: endpoint?.port, scope: endpoint?.scope, span: endpoint?.span },
        { ...expected, scope: expected.scope, span: { start: 10, end: 10 + text.length } },
      );
    });
  }

  it('tells address families and folds IPv4-mapped addresses onto IPv4', () => {
    strictEqual(addressFamily('10.0.0.1'), 4);
    strictEqual(addressFamily('::ffff:10.0.0.1'), 6);
    strictEqual(addressFamily('*'), undefined);
    strictEqual(addressFamily('999.1.1.1.1'), undefined);
    strictEqual(hostKey('::FFFF:10.0.0.1'), '10.0.0.1');
    strictEqual(hostKey('2001:DB8::1'), '2001:db8::1');
  });

  it('reads plainly written IPv4 addresses as numbers and back, and nothing else', () => {
    const number = (text: string) => ipv4NumberIn(text, 0, text.length);
    strictEqual(number('10.0.0.1'), 0x0a000001);
    strictEqual(number('255.255.255.255'), 0xffffffff);
    strictEqual(number('0.0.0.0'), 0);
    strictEqual(ipv4Text(number('203.0.113.7')), '203.0.113.7');
    strictEqual(ipv4Text(0xffffffff), '255.255.255.255');
    for (const other of ['010.0.0.1', '256.0.0.1', '1.2.3', '1.2.3.4.5', '1..2.3', '1.2.3.', '::1', '*', 'db-host', '']) {
      strictEqual(number(other), -1, other);
    }
    strictEqual(ipv4NumberIn('x10.1.2.3y', 1, 9), 0x0a010203);
  });

  // The scan of big tables reads the document's codes (textCodes.ts); it must find what the string readers find.
  describe('over codes, as the string readers', () => {
    const endpoints = ['127.0.0.1:8080', '0.0.0.0:*', '*:22', ':::22', '::1:631', '[::]:22', '[::ffff:127.0.0.1]:8080', '127.0.0.53%lo:53', '[fe80::1]%eth0:123', 'localhost:http', '8080', ':80', '1.2.3.4:', '[::1:22', '[a]b:1', 'héte:80', '10.0.0.1:0080'];
    for (const endpoint of endpoints) {
      it(`scans ${endpoint} where parseEndpoint reads it`, () => {
        // Inside a longer text, as a row of a document: offsets are the text's, and nothing outside the column counts.
        const text = `:[ ${endpoint} ]:`;
        const start = 3;
        const end = start + endpoint.length;
        const parsed = parseEndpoint(endpoint, start);
        const column = new EndpointColumn();
        const family = column.read(codesOf(text), start, end);
        strictEqual(family >= 0, parsed !== undefined);
        if (parsed) {
          strictEqual(text.slice(column.hostStart, column.hostEnd), parsed.address);
          strictEqual(text.slice(column.colon + 1, end), parsed.port);
          strictEqual(family, addressFamily(parsed.address) ?? 0);
          strictEqual(column.ipv4, ipv4NumberIn(parsed.address, 0, parsed.address.length));
          strictEqual(portCountKeyInCodes(text, codesOf(text), column.colon + 1, end), portCountKeyIn(text, column.colon + 1, end));
        }
      });
    }

    it('walks an endpoint column to its end, reading a plain one on the way as read does', () => {
      const walked = new EndpointColumn();
      for (const endpoint of [...endpoints, '10.0.0.1:80:81', '1.2.3.4:8%0', 'a[b:80', '[::1]:22']) {
        const text = `  ${endpoint}\t users:(("x",pid=1,fd=2))`;
        const codes = codesOf(text);
        const end = walked.walk(codes, 2, text.length);
        strictEqual(end, 2 + endpoint.length, endpoint);
        const family = walked.read(codes, 2, end);
        const read = new EndpointColumn();
        strictEqual(family, read.read(codes, 2, end), endpoint);
        if (family >= 0) {
          deepStrictEqual([walked.hostStart, walked.hostEnd, walked.colon, walked.ipv4], [read.hostStart, read.hostEnd, read.colon, read.ipv4], endpoint);
        }
      }
    });

    it('reads the host as an IPv4 number as ipv4NumberIn does, in the same walk', () => {
      for (const host of ['10.0.0.1', '255.255.255.255', '0.0.0.0', '010.0.0.1', '1.2.3.04', '256.0.0.1', '1.2.300.4', '1.2.3', '1.2.3.4.5', '1..2.3', '::1', '*', '１.2.3.4', '10.0.0.1%lo']) {
        const endpoint = `${host}:80`;
        const address = host.split('%')[0];
        const column = new EndpointColumn();
        strictEqual(column.read(codesOf(endpoint), 0, endpoint.length) >= 0, true, host);
        strictEqual(column.ipv4, ipv4NumberIn(address, 0, address.length), host);
      }
    });

    it('keeps offsets: one code per character, non-ASCII ones marked', () => {
      deepStrictEqual([...codesOf('a:é中1')], [97, 58, NON_ASCII, NON_ASCII, 49]);
      deepStrictEqual([...codesOf('ss -tan')], [...'ss -tan'].map((character) => character.charCodeAt(0)));
    });
  });
});
