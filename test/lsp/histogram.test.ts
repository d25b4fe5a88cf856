import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownOf, serverForSuite } from './support/serverConnection';

const SAMPLES = join(__dirname, '..', 'fixtures', 'samples');
/** `netstat -ant | awk '/^tcp/ {++S[$NF]} …'` run over the real close-wait-leak capture (test/support/histogramPipelines.ts). */
const stateHistogram = readFileSync(join(SAMPLES, 'histogram-states-awk.txt'), 'utf8');

describe('language server over stdio: a pasted histogram', () => {
  const connection = serverForSuite('en');

  it('gives the summary the histogram\'s counts, marked aggregated, and the CLOSE_WAIT diagnostic on its line', async () => {
    const uri = 'file:///tmp/histogram.netstat';
    const published = await connection().open(uri, 'netstat', stateHistogram);
    deepStrictEqual(
      published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.severity]),
      [['histogram.close-wait-buildup', 1, 2]],
    );
    ok(published.diagnostics[0].message.includes('ss -tanp state close-wait'), published.diagnostics[0].message);
    const summary = await connection().summary(uri);
    ok(summary);
    strictEqual(summary.total, 38);
    deepStrictEqual(Object.fromEntries(Object.entries(summary.states).filter(([, count]) => count > 0)), { LISTEN: 2, ESTABLISHED: 6, CLOSE_WAIT: 30 });
    deepStrictEqual(summary.aggregated, { states: 0 });
    deepStrictEqual(summary.firstLineByState, {});
    strictEqual(summary.unparsedLines, 0);
    deepStrictEqual(summary.sections.map((section) => [section.format, section.aggregated?.total]), [['histogram', 38]]);
  });

  it('hovers the count with what it counts', async () => {
    const uri = 'file:///tmp/histogram-hover.netstat';
    await connection().open(uri, 'netstat', stateHistogram);
    const hover = markdownOf(await connection().hover(uri, 1, 11));
    ok(hover.startsWith('**30** sockets in CLOSE_WAIT, counted by the command above (aggregated).'), hover);
  });
});
