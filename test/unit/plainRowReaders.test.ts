import { deepStrictEqual, strictEqual } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SocketRow } from '../../server/src/core/model/socketTable';
import { PLAIN_SS_ROW, readPlainSsRow, readSsRow } from '../../server/src/core/parsers/iproute2Ss';
import { PLAIN_NET_TOOLS_ROW, readNetToolsRow, readPlainNetToolsRow } from '../../server/src/core/parsers/netToolsNetstat';
import { DocumentKeys, emptyRowFields, SocketColumns } from '../../server/src/core/parsers/socketColumns';
import { CodeWindow } from '../../server/src/core/parsers/textCodes';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { socketColumnsOf } from '../../server/src/core/parsers/socketColumns';
import { connectionSides, processLabel } from '../../server/src/core/analysis/connectionSide';
import { GroupKeyStrings, hasProcessLabelAt, localAddressAt, ownerNameAt, peerGroupKey, peerGroupKeyAt, peerNumberAt, remoteNumberAt, remoteText, remoteTextAt } from '../../server/src/core/rules/dump/grouping';
import { FIXTURES } from './support/fixtures';

/**
 * The plain row readers (one pass over the common row, straight into the columns) must keep exactly what
 * the general readers and pushFields keep of the rows they accept, and leave every other row to them.
 * Each real row of the committed captures is compared, and so are variants that sit on the plain readers'
 * edges (leading zeros, octets over 255, port names, scopes, several owners, timers…).
 */

type Reader = 'ss' | 'ss-netid' | 'netstat';

/** What a row leaves in the columns: every column and the row decoded from them. */
function kept(columns: SocketColumns) {
  const row: SocketRow = columns.row(0);
  const { line, format, protocol, family, state, stateText, stateSpan, recvQ, sendQ, local, remote, processes, processSpan } = row;
  return {
    columns: {
      line: columns.line[0],
      state: columns.state[0],
      protocol: columns.protocol[0],
      family: columns.family[0],
      format: columns.format[0],
      recvQ: columns.recvQ[0],
      sendQ: columns.sendQ[0],
      localPort: columns.localPortKey(0),
      remoteHost: columns.remoteHostKey(0),
      owner: columns.owner[0] >= 0 ? columns.keys.strings.values[columns.owner[0]] : columns.owner[0],
      pid: columns.pid[0],
    },
    row: { line, format, protocol, family, state, stateText, stateSpan, recvQ, sendQ, local, remote, processes, processSpan },
  };
}

/** The row as both paths keep it: undefined for the plain path when it leaves the row to the general one. */
function bothReadings(text: string, reader: Reader) {
  const window = new CodeWindow(text);
  window.cover(0, text.length);
  const keys = new DocumentKeys();
  const general = new SocketColumns(text, keys);
  const fields = emptyRowFields();
  const problem =
    reader === 'netstat'
      ? readNetToolsRow(window.text, window.codes, 0, text.length, undefined, fields)
      : readSsRow(window.text, window.codes, 0, text.length, reader === 'ss-netid', 'tcp', undefined, fields);
  if (problem === undefined) {
    general.pushFields(fields, window, 7, 0, text.length);
  }
  const plain = new SocketColumns(text, keys);
  const accepted =
    reader === 'netstat'
      ? readPlainNetToolsRow(window.text, window.codes, 0, text.length, undefined, keys)
      : readPlainSsRow(window.text, window.codes, 0, text.length, reader === 'ss-netid', keys);
  if (accepted) {
    plain.pushTcpRow(reader === 'netstat' ? PLAIN_NET_TOOLS_ROW : PLAIN_SS_ROW, 7, 0, text.length);
    // The peer's port column, which only the plain readers fill: the decoded peer's port, when that is a plain number.
    const port = plain.row(0).remote?.port;
    const plainPort = port !== undefined && /^(0|[1-9]\d{0,4})$/.test(port) ? Number(port) : -1;
    strictEqual(plain.remotePort[0], plainPort, `peer port column of ${JSON.stringify(text)}`);
  }
  return { general: problem === undefined ? kept(general) : undefined, plain: accepted ? kept(plain) : undefined };
}

/** Every ss and net-tools row line of the committed real captures, with the reader its table needs. */
function realRows(): { text: string; reader: Reader; where: string }[] {
  const rows: { text: string; reader: Reader; where: string }[] = [];
  const real = join(FIXTURES, 'real');
  for (const scenario of readdirSync(real)) {
    const folder = join(real, scenario);
    if (!statSync(folder).isDirectory()) {
      continue;
    }
    for (const name of readdirSync(folder)) {
      const isSs = name.startsWith('ss-');
      if (!isSs && !name.startsWith('netstat-')) {
        continue;
      }
      const lines = readFileSync(join(folder, name), 'utf8').split('\n');
      const reader: Reader = !isSs ? 'netstat' : lines.some((line) => line.startsWith('Netid')) ? 'ss-netid' : 'ss';
      lines.forEach((text, index) => {
        if (isSs ? /^(tcp\s+)?[A-Z]/.test(text) && !text.startsWith('State') && !text.startsWith('Netid') : /^tcp6?\s/.test(text)) {
          rows.push({ text, reader, where: `${scenario}/${name}:${index + 1}` });
        }
      });
    }
  }
  return rows;
}

/** Rewrites of a row that sit on the plain readers' edges. */
const EDGES: ((text: string) => string)[] = [
  (text) => text.replace(/(\d+\.\d+\.\d+\.)(\d+):/, '$10$2:'),
  (text) => text.replace(/(\d+\.\d+\.\d+\.)\d+:/, '$1256:'),
  (text) => text.replace(/(\d+\.\d+\.\d+\.\d+):(\d+)/, '$1:0$2'),
  (text) => text.replace(/(\d+\.\d+\.\d+\.\d+):(\d+)/, '$1:123456'),
  (text) => text.replace(/(\d+\.\d+\.\d+\.\d+):(\d+)/, '$1:http'),
  (text) => text.replace(/(\d+\.\d+\.\d+\.\d+):(\d+)/, '$1%lo:$2'),
  (text) => text.replace(/(\d+\.\d+\.\d+\.\d+):(\d+)/, '$1:$2:9'),
  (text) => text.replace(/(\d+\.\d+\.\d+\.\d+):(\d+)(\s+)(\d+\.\d+\.\d+\.\d+):(\S+)/, '$1:$2$3*:*'),
  (text) => text.replace(/(\s)(\d+\.\d+\.\d+\.\d+):/, '$1[::ffff:$2]:'),
  (text) => text.replace(/(\d+\.\d+\.\d+\.\d+)/, '1.2.3'),
  (text) => text.replace(/(\d+\.\d+\.\d+\.\d+)/, '1.2.3.4.5'),
  (text) => text.replace(/(\d+\.\d+\.\d+\.\d+)/, '1..3.4'),
  (text) => text.replace(/ {2,}/g, '\t'),
  (text) => text.replace(/^(\S+\s+)(\S+\s+)?\d+/, (_whole, first: string, second?: string) => `${first}${second ?? ''}1234567890123456`),
  (text) => text.replace(/(users:\(\(".*?\),?)/, '$1("worker",pid=9,fd=3),'),
  (text) => text.replace(/users:\(\(".*?\)\)/, ''),
  (text) => text.replace(/users:\(\(".*?\)\)/, 'timer:(keepalive,1min,0) users:(("sshd",pid=1,fd=3))'),
  (text) => text.replace(/users:\(\("[^"]*"/, 'users:(("a\\",pid=b"'),
  (text) => text.replace(/pid=\d+/, 'pid='),
  (text) => text.replace(/\d+\/(\S+)/, '-'),
  (text) => text.replace(/\d+\/(\S+)/, '812/nginx: worker'),
  (text) => `${text.trimEnd()} keepalive (7187.12/0/0)`,
  (text) => text.replace(/^tcp /, 'tcp6'),
  (text) => text.replace(/ESTAB(LISHED)?/, 'UNKNOWN'),
  (text) => text.replace(/ESTAB(LISHED)?/, 'UNCONN'),
  (text) => ` ${text}`,
  (text) => text.slice(0, Math.floor(text.length / 2)),
  (text) => text.replace(/\d/, 'é'),
];

describe('plain row readers', () => {
  const rows = realRows();

  it('keep what the general readers keep of every real row, and read most of them', () => {
    let accepted = 0;
    for (const { text, reader, where } of rows) {
      const { general, plain } = bothReadings(text, reader);
      if (plain) {
        accepted++;
        deepStrictEqual(plain, general, where);
      }
    }
    strictEqual(rows.length > 500, true, `real rows: ${rows.length}`);
    // The common row is the plain readers' whole point: IPv6 and wildcard rows are the rest.
    strictEqual(accepted > rows.length / 2, true, `read by the plain readers: ${accepted} of ${rows.length}`);
  });

  it('keep what the general readers keep of rows on their edges, or leave them', () => {
    let compared = 0;
    let left = 0;
    // Every reader's rows are alike within a capture: a spread of them is enough.
    for (const { text, reader, where } of rows.filter((_row, index) => index % 7 === 0)) {
      for (const [index, edge] of EDGES.entries()) {
        const variant = edge(text);
        const { general, plain } = bothReadings(variant, reader);
        if (plain) {
          compared++;
          deepStrictEqual(plain, general, `${where}, edge ${index}: ${variant}`);
        } else {
          left++;
        }
      }
    }
    strictEqual(compared > 0 && left > 0, true, `compared ${compared}, left ${left}`);
  });

  it('leave in the columns the group keys the rules would read from the decoded rows', () => {
    let compared = 0;
    let decoded = 0;
    for (const file of new Set(rows.map(({ where }) => where.slice(0, where.lastIndexOf(':'))))) {
      const columns = socketColumnsOf(parseSocketDump(readFileSync(join(FIXTURES, 'real', file), 'utf8')));
      const listening = new Set<string>();
      for (let index = 0; index < columns.length; index++) {
        const port = columns.stateOf(index) === 'LISTEN' ? columns.row(index).local?.port : undefined;
        if (port !== undefined) {
          listening.add(port);
        }
      }
      // With the dump's listeners, and as for a dump without any (`ss -tn`): the ephemeral range decides.
      for (const sides of [connectionSides(listening, 32768), connectionSides(new Set(), 32768)]) {
        // The numbers that stand for keys in a grouping: one number, one key, and the kept key is the key.
        const keys = new GroupKeyStrings();
        const peerKeyOfNumber = new Map<number, string>();
        const remoteTextOfNumber = new Map<number, string | undefined>();
        for (let index = 0; index < columns.length; index++) {
          const key = peerGroupKeyAt(columns, index, sides);
          if (key === undefined) {
            decoded++;
            continue;
          }
          const row = columns.row(index);
          strictEqual(key, peerGroupKey(row, sides), `${file} row ${index}`);
          strictEqual(peerGroupKeyAt(columns, index, sides, keys), key, `${file} row ${index}, kept`);
          const peerNumber = peerNumberAt(columns, index, sides);
          if (peerNumber !== undefined) {
            strictEqual(peerKeyOfNumber.get(peerNumber) ?? key, key, `${file} row ${index}: number ${peerNumber}`);
            peerKeyOfNumber.set(peerNumber, key);
          }
          const remoteNumber = remoteNumberAt(columns, index);
          if (remoteNumber !== undefined) {
            strictEqual(remoteTextOfNumber.get(remoteNumber) ?? remoteTextAt(columns, index), remoteTextAt(columns, index), `${file} row ${index}: number ${remoteNumber}`);
            remoteTextOfNumber.set(remoteNumber, remoteTextAt(columns, index));
          }
          strictEqual(remoteTextAt(columns, index), remoteText(row), `${file} row ${index}`);
          strictEqual(ownerNameAt(columns, index), row.processes[0]?.name ?? '', `${file} row ${index}`);
          strictEqual(localAddressAt(columns, index), row.local?.address, `${file} row ${index}`);
          strictEqual(hasProcessLabelAt(columns, index), processLabel(row) !== '', `${file} row ${index}`);
          compared++;
        }
      }
    }
    strictEqual(compared > 1000 && decoded > 0, true, `compared ${compared}, left to the decoded rows ${decoded}`);
  });

  it('give distinct numbers to distinct group keys, also where addresses and ports reach their limits', () => {
    const sides = connectionSides(new Set(['80']), 32768);
    const text = [
      'State  Recv-Q Send-Q Local Address:Port Peer Address:Port',
      'ESTAB  0      0      10.0.0.1:80        255.255.255.255:65535',
      'ESTAB  0      0      10.0.0.1:80        0.0.0.0:1',
      'ESTAB  0      0      10.0.0.1:40000     255.255.255.255:65535',
      'ESTAB  0      0      10.0.0.1:40001     0.0.0.0:0',
      'ESTAB  0      0      10.0.0.1:40002     0.0.0.1:0',
      'ESTAB  0      0      10.0.0.1:40003     0.0.0.0:80',
    ].join('\n');
    const columns = socketColumnsOf(parseSocketDump(text));
    const keyOfNumber = new Map<number, string>();
    for (let index = 0; index < columns.length; index++) {
      const key = peerGroupKeyAt(columns, index, sides)!;
      const number = peerNumberAt(columns, index, sides)!;
      strictEqual(Number.isSafeInteger(number), true, `row ${index}: ${number}`);
      strictEqual(keyOfNumber.get(number) ?? key, key, `row ${index}: ${number}`);
      keyOfNumber.set(number, key);
    }
    deepStrictEqual([...keyOfNumber.values()], ['in:80', 'out:255.255.255.255:65535', 'out:0.0.0.0:0', 'out:0.0.0.1:0', 'out:0.0.0.0:80']);
  });

  it('keep what the general readers keep of rows with one character changed', () => {
    // A fixed sequence, so a failure names the same variant on every run.
    let seed = 12345;
    const next = (bound: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % bound;
    };
    const characters = ['0', '9', '.', ':', ' ', '\t', '*', '"', '(', ')', ',', '/', '%', '[', 'x', '-', '\u00e9'];
    let compared = 0;
    for (let round = 0; round < 4000; round++) {
      const { text, reader, where } = rows[next(rows.length)];
      const at = next(text.length);
      const variant = text.slice(0, at) + characters[next(characters.length)] + text.slice(at + 1);
      const { general, plain } = bothReadings(variant, reader);
      if (plain) {
        compared++;
        deepStrictEqual(plain, general, `${where}: ${JSON.stringify(variant)}`);
      }
    }
    strictEqual(compared > 400, true, `compared ${compared}`);
  });
});
