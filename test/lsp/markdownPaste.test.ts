import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverForSuite } from './support/serverConnection';

const REAL = join(__dirname, '..', 'fixtures', 'real');
const capture = readFileSync(join(REAL, 'close-wait-leak', 'ss-tanp.txt'), 'utf8');
const truth = JSON.parse(readFileSync(join(REAL, 'close-wait-leak', 'truth.json'), 'utf8')) as { tcp: Record<string, number>; tcpTotal: number };

/** A runbook as people write them: prose, the capture in a fence after its prompt, and the same capture quoted in a mail below. */
const RUNBOOK = [
  '# Incident 4711: API workers stop answering',
  '',
  'On web1 the workers hang after a deploy. Run this and compare:',
  '',
  '```console',
  '$ ss -tanp',
  capture.trimEnd(),
  '```',
  '',
  'Bob replied:',
  '',
  ...capture
    .trimEnd()
    .split('\n')
    .map((line) => `> ${line}`),
  '',
  'The CLOSE_WAIT count keeps growing; restart the worker only as a stopgap.',
].join('\n');

describe('language server: a markdown runbook with a real capture in a fence and in a mail quote', () => {
  const serverOf = serverForSuite('en');

  it('counts both copies as the capture pasted bare twice, and reports no line of the prose or the fences', async () => {
    const server = serverOf();
    const uri = 'untitled:Runbook-1';
    const published = await server.open(uri, 'netstat', RUNBOOK);
    const summary = await server.summary(uri);
    ok(summary);
    strictEqual(summary.total, 2 * truth.tcpTotal);
    deepStrictEqual(
      Object.fromEntries(Object.entries(summary.states).filter(([, count]) => count > 0)),
      Object.fromEntries(Object.entries(truth.tcp).flatMap(([state, count]) => (count > 0 ? [[state, 2 * count]] : []))),
    );
    strictEqual(summary.unparsedLines, 0);
    const codes = published.diagnostics.map((diagnostic) => String(diagnostic.code));
    ok(!codes.includes('parse.unrecognized-line'), codes.join(', '));
    // Each copy is its own output, judged alone: one CLOSE_WAIT finding each, the quoted one after its `> `.
    const closeWait = published.diagnostics.filter((diagnostic) => diagnostic.code === 'state.close-wait-buildup');
    strictEqual(closeWait.length, 2);
    const lines = RUNBOOK.split('\n');
    const quoted = closeWait[1].range.start;
    strictEqual(lines[quoted.line].slice(0, 2), '> ');
    strictEqual(lines[quoted.line].slice(quoted.character, quoted.character + 'CLOSE-WAIT'.length), 'CLOSE-WAIT');
    strictEqual(closeWait[0].range.start.character, quoted.character - 2);
  });

  it('hovers a quoted row’s state word with the range on the editor line', async () => {
    const server = serverOf();
    const uri = 'untitled:Runbook-2';
    await server.open(uri, 'netstat', RUNBOOK);
    const lines = RUNBOOK.split('\n');
    const line = lines.findIndex((text) => text.startsWith('> CLOSE-WAIT'));
    const hover = await server.hover(uri, line, 4);
    ok(hover?.range);
    deepStrictEqual(hover.range, { start: { line, character: 2 }, end: { line, character: 2 + 'CLOSE-WAIT'.length } });
  });
});
