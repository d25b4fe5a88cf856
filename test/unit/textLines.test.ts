import { deepStrictEqual, strictEqual } from 'node:assert';
import { firstLines, forEachLine, splitFields } from '../../server/src/core/parsers/textLines';

function lines(text: string): string[] {
  const result: string[] = [];
  forEachLine(text, (lineText, line) => {
    strictEqual(line, result.length);
    result.push(lineText);
  });
  return result;
}

describe('textLines', () => {
  it('splits LF, CRLF and lone CR the way the editor numbers lines', () => {
    deepStrictEqual(lines('a\nb\r\nc\rd'), ['a', 'b', 'c', 'd']);
    deepStrictEqual(lines('a\r\n\r\nb\n'), ['a', '', 'b', '']);
  });

  it('drops a leading byte-order mark', () => {
    deepStrictEqual(lines('\ufeffState Recv-Q\nx'), ['State Recv-Q', 'x']);
  });

  it('gives one empty line for an empty document', () => {
    deepStrictEqual(lines(''), ['']);
  });

  it('reads only the first lines when asked', () => {
    deepStrictEqual(
      firstLines('1\n2\n3\n4', 2).map((line) => line.text),
      ['1', '2'],
    );
    deepStrictEqual(
      firstLines('only', 5).map((line) => line.text),
      ['only'],
    );
  });

  it('splits fields on spaces and tabs and remembers where each starts', () => {
    deepStrictEqual(splitFields('  tcp\t 0  x'), [
      { text: 'tcp', start: 2 },
      { text: '0', start: 7 },
      { text: 'x', start: 10 },
    ]);
    deepStrictEqual(splitFields('a b c d', 2), [
      { text: 'a', start: 0 },
      { text: 'b', start: 2 },
    ]);
  });
});
