import { deepStrictEqual, strictEqual } from 'node:assert';
import { decodeRowLines, encodeRowLines } from '../../server/src/core/features/rowLines';

describe('row lines in diagnostic data', () => {
  it('read back the lines they were written from, in any order', () => {
    for (const lines of [[], [0], [7], [10, 13, 15, 16, 22, 59010], [300, 12, 12, 4_000_000], Array.from({ length: 10_000 }, (_, index) => index * 3 + 2)]) {
      deepStrictEqual(decodeRowLines(encodeRowLines(lines), 10_000), lines);
    }
  });

  it('write a row group of thousands of scattered lines in a few bytes each', () => {
    const lines = Array.from({ length: 9_000 }, (_, index) => 10 + index * 6 + (index % 5));
    strictEqual(encodeRowLines(lines).length < 3 * lines.length, true);
    strictEqual(JSON.stringify(lines).length > 5 * lines.length, true);
  });

  it('refuse what a client sends garbled: bad parts, negative lines, more lines than a group holds', () => {
    for (const encoded of ['1,#', '1,X', '1,,2', '5,-9', '-1', '+1', '1.5', ' 1', 'zzzzzzzzzzz', '1,'.repeat(10_001).slice(0, -1)]) {
      strictEqual(decodeRowLines(encoded, 10_000), undefined, JSON.stringify(encoded.slice(0, 30)));
    }
  });
});
