import { deepStrictEqual, strictEqual } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL, runCli, temporaryDirectory } from './support/runCli';

const capture = readFileSync(join(REAL, 'close-wait-leak', 'ss-tanp.txt'), 'utf8');
const truth = JSON.parse(readFileSync(join(REAL, 'close-wait-leak', 'truth.json'), 'utf8')) as { tcp: Record<string, number> };

/** A ticket written in markdown: prose, then the capture quoted from a mail inside a fence. */
const TICKET = ['## Ticket 4711', '', 'Bob sent this from web1:', '', '```text', ...capture.trimEnd().split('\n').map((line) => `> ${line}`), '```', '', 'Please advise.', ''].join('\n');

describe('netstat-insight on a markdown ticket with a capture in it', () => {
  const directory = temporaryDirectory('insight-markdown-');
  after(() => directory.remove());

  it('reads a .md file and standard input as the capture: the same counts and findings, no line left unread', () => {
    const file = join(directory.path, 'ticket-4711.md');
    writeFileSync(file, TICKET);
    for (const args of [['check', '--format', 'json', file], ['check', '--format', 'json', '-']]) {
      const result = runCli(args, { input: TICKET });
      strictEqual(result.status, 0, result.stderr);
      const [report] = JSON.parse(result.stdout).files;
      strictEqual(report.languageId, 'netstat');
      deepStrictEqual(report.diagnostics.map((diagnostic: { code: string }) => diagnostic.code), ['state.close-wait-buildup']);
    }
    const summary = runCli(['summary', '--format', 'ndjson', '-'], { input: TICKET });
    const report = JSON.parse(summary.stdout.trim());
    deepStrictEqual(report.summary.states, truth.tcp);
    strictEqual(report.summary.unparsedLines, 0);
  });
});
