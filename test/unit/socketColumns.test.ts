import { deepStrictEqual, strictEqual } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SocketRow } from '../../server/src/core/model/socketTable';
import { parseSsRow } from '../../server/src/core/parsers/iproute2Ss';
import { parseNetToolsRow } from '../../server/src/core/parsers/netToolsNetstat';
import { DocumentKeys, socketColumnsOf } from '../../server/src/core/parsers/socketColumns';
import { parseSocketDump, reparseSocketDump } from '../../server/src/core/parsers/socketDump';
import { talliesOf } from '../../server/src/core/parsers/socketTallies';
import { localPortKeyOf } from '../../server/src/core/parsers/tableRow';
import { codesOf } from '../../server/src/core/parsers/textCodes';
import { FIXTURES } from './support/fixtures';

/** A row as plain data: decoded rows read their columns on demand. */
function plainRow(row: SocketRow) {
  const { line, format, protocol, family, state, stateText, stateSpan, recvQ, sendQ, local, remote, processes, processSpan } = row;
  // The local port's key too: a decoded row takes it from the columns, a row read alone from its line.
  return { line, format, protocol, family, state, stateText, stateSpan, recvQ, sendQ, local, remote, processes, processSpan, portKey: localPortKeyOf(row) };
}

const MIXED = join(FIXTURES, 'real', 'mixed');
const CAPTURES = readdirSync(MIXED).filter((name) => name.startsWith('ss-') || name.startsWith('netstat-'));

describe('socket columns', () => {
  for (const name of CAPTURES) {
    it(`decode each row of ${name} as the line's own parser reads it`, () => {
      const text = readFileSync(join(MIXED, name), 'utf8');
      const lines = text.split('\n');
      const dump = parseSocketDump(text);
      const columns = socketColumnsOf(dump);
      strictEqual(columns.length, dump.rows.length);
      strictEqual(columns.length > 10, true, 'rows read');
      const hasNetid = lines.some((line) => line.startsWith('Netid'));
      let compared = 0;
      for (let index = 0; index < columns.length; index++) {
        const line = columns.line[index];
        const alone = name.startsWith('ss-') ? parseSsRow(lines[line], line, hasNetid, 'tcp') : parseNetToolsRow(lines[line], line, undefined);
        if ('row' in alone) {
          deepStrictEqual(plainRow(columns.row(index)), plainRow(alone.row), `line ${line}`);
          compared++;
        }
      }
      strictEqual(compared, columns.length);
    });
  }

  it('reads rows past the code window, with non-ASCII names, as the line parser does', () => {
    // Over 256 Ki characters, so the scan moves its window of codes; names with non-ASCII characters sliced right.
    const header = 'State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process';
    const rows = Array.from({ length: 4000 }, (_, index) => {
      const name = index % 3 === 0 ? 'nginx' : index % 3 === 1 ? 'späť-svc' : '服务';
      return `ESTAB  0      ${index % 7}  10.0.${index >> 8}.${index & 255}:443 203.0.113.${index % 200}:${40000 + index} users:(("${name}",pid=${100 + (index % 5)},fd=${index}))`;
    });
    const text = [header, ...rows].join('\n');
    strictEqual(text.length > 1 << 18, true);
    const dump = parseSocketDump(text);
    const columns = socketColumnsOf(dump);
    strictEqual(columns.length, rows.length);
    for (let index = 0; index < rows.length; index += 97) {
      const alone = parseSsRow(rows[index], index + 1, false, 'tcp');
      deepStrictEqual('row' in alone && plainRow(alone.row), plainRow(columns.row(index)));
    }
    const tallies = talliesOf(dump);
    const processes = tallies.processes.keys.map((name, slot) => [name, tallies.processes.totals[slot], [...tallies.details[slot].pids.keys()].sort()]);
    deepStrictEqual(processes, [
      ['nginx', 1334, [100, 101, 102, 103, 104]],
      ['späť-svc', 1333, [100, 101, 102, 103, 104]],
      ['服务', 1333, [100, 101, 102, 103, 104]],
    ]);
  });

  it('tells owner names apart by their codes: many programs in turn, non-ASCII names with the same codes by their text', () => {
    const keys = new DocumentKeys();
    // Enough names that the table of names grows, each met several times in turn; two non-ASCII names whose codes are the same.
    const names = [...Array.from({ length: 300 }, (_, index) => `worker-${index}`), '服务', '务服', ''];
    const text = names.map((name) => ` ${name} `).join('');
    const codes = codesOf(text);
    const where = new Map<string, number>();
    names.reduce((offset, name) => (where.set(name, offset + 1), offset + name.length + 2), 0);
    for (let round = 0; round < 3; round++) {
      for (const name of names) {
        const start = where.get(name)!;
        strictEqual(keys.strings.values[keys.ownerNameIdIn(text, codes, start, start + name.length)], name);
      }
    }
    strictEqual(keys.strings.values.length, names.length);
  });

  it('moves reused rows by the lines and characters an edit added above them', () => {
    const text = readFileSync(join(MIXED, 'ss-tanp.txt'), 'utf8');
    const previous = parseSocketDump(text);
    const next = reparseSocketDump(previous, `# a note\n${text}`, 0);
    const fresh = parseSocketDump(`# a note\n${text}`);
    deepStrictEqual(next.rows.map(plainRow), fresh.rows.map(plainRow));
    deepStrictEqual([...socketColumnsOf(next).line.subarray(0, next.rows.length)], [...socketColumnsOf(previous).line.subarray(0, previous.rows.length)].map((line) => line + 1));
  });
});
