import { deepStrictEqual, strictEqual } from 'node:assert';
import { MAX_DOCUMENT_SYMBOLS } from '../../server/src/core/features/documentSymbols';
import { MAX_FOLDING_RANGES } from '../../server/src/core/features/foldingRanges';
import { documentOf, service, settingsWith } from './support/service';

function outlineAndFolds(languageId: 'netstat' | 'sysctl', text: string) {
  const document = documentOf(languageId, text);
  const parsed = service.parse(document);
  return { symbols: service.findDocumentSymbols(parsed, settingsWith()), folds: service.getFoldingRanges(document, parsed) };
}

describe('outline and folding of documents that hold very many entries', function () {
  // Big inputs: the limits are counts; the timeout only turns a regression into a failure, never a timing.
  this.timeout(120000);

  it('lists the first 5,000 keys of a 100,000-key sysctl file and folds at most 5,000 comment runs', () => {
    const lines: string[] = [];
    for (let index = 0; index < 100000; index++) {
      lines.push('# note', '# more', `net.ipv4.conf.eth${index}.rp_filter = 1`);
    }
    const { symbols, folds } = outlineAndFolds('sysctl', lines.join('\n'));
    strictEqual(symbols.length, MAX_DOCUMENT_SYMBOLS);
    deepStrictEqual([symbols[0].name, symbols[MAX_DOCUMENT_SYMBOLS - 1].name], ['net.ipv4.conf.eth0.rp_filter', `net.ipv4.conf.eth${MAX_DOCUMENT_SYMBOLS - 1}.rp_filter`]);
    strictEqual(folds.length, MAX_FOLDING_RANGES);
    deepStrictEqual(folds[1], { startLine: 3, endLine: 4, kind: 'comment' });
  });

  it('lists the first 5,000 outputs of a session of 20,000 netstat -s pastes, each with its own counter count', () => {
    const output = ['$ netstat -s', 'Tcp:', '    12 active connection openings', '    3 passive connection openings', 'TcpExt:', '    7 times the listen queue of a socket overflowed'];
    const lines: string[] = [];
    for (let index = 0; index < 20000; index++) {
      lines.push(...output);
    }
    const { symbols, folds } = outlineAndFolds('netstat', lines.join('\n'));
    strictEqual(symbols.length, MAX_DOCUMENT_SYMBOLS);
    deepStrictEqual(
      [symbols[0].range.start.line, symbols[0].range.end.line, symbols[MAX_DOCUMENT_SYMBOLS - 1].range.start.line],
      [0, 5, (MAX_DOCUMENT_SYMBOLS - 1) * output.length],
    );
    deepStrictEqual(new Set(symbols.map((symbol) => symbol.detail)), new Set(['netstat -s protocol statistics · 3 counters']));
    strictEqual(folds.length, MAX_FOLDING_RANGES);
  });
});
