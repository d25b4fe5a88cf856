import { deepStrictEqual, strictEqual } from 'node:assert';
import { runCli } from './support/runCli';

/** Histograms made by the real awk/sort/uniq over real captures (test/support/histogramPipelines.ts). */
const STATES = 'test/fixtures/samples/histogram-states-awk.txt';
const PEERS = 'test/fixtures/samples/histogram-peers.txt';

describe('netstat-insight on a pasted histogram', () => {
  it('summary: the histogram\'s counts, marked aggregated', () => {
    const result = runCli(['summary', '--format', 'json', STATES, PEERS]);
    strictEqual(result.status, 0, result.stderr);
    const [states, peers] = JSON.parse(result.stdout).files;
    strictEqual(states.kind, 'socket-dump');
    strictEqual(states.summary.total, 38);
    deepStrictEqual(Object.fromEntries(Object.entries(states.summary.states).filter(([, count]) => (count as number) > 0)), { LISTEN: 2, ESTABLISHED: 6, CLOSE_WAIT: 30 });
    deepStrictEqual(states.summary.aggregated, { states: 0 });
    deepStrictEqual(peers.summary.topRemoteHosts.map((host: { host: string; total: number }) => [host.host, host.total]), [['10.88.0.2', 130], ['fd88', 20]]);
    deepStrictEqual(peers.summary.aggregated, { hosts: 0 });
  });

  it('check: the findings of the histogram rules, and no line reported as not understood', () => {
    const result = runCli(['check', '--format', 'json', STATES, PEERS]);
    const report = JSON.parse(result.stdout);
    const codes = report.files.map((file: { diagnostics: { code: string }[] }) => file.diagnostics.map((diagnostic) => diagnostic.code));
    deepStrictEqual(codes, [['histogram.close-wait-buildup'], ['histogram.peer-share']]);
    strictEqual(result.status, 0, 'warnings pass at the default --fail-on error');
    strictEqual(runCli(['check', '--fail-on', 'warning', STATES]).status, 1);
  });
});
