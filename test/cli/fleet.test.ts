import { deepStrictEqual, strictEqual } from 'node:assert';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { REAL, ROOT, runCli, temporaryDirectory } from './support/runCli';

interface Truth {
  readonly tcp: Record<string, number>;
  readonly tcpTotal: number;
}

/** The SQL blocks of docs/cli.md, in order: the test runs what the documentation shows. */
function documentedQueries(): string[] {
  const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
  return [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((match) => match[1]);
}

describe('a fleet of 300 dumps as NDJSON, queried with DuckDB', function () {
  this.timeout(180_000);
  const fleet = temporaryDirectory('fleet');
  /** What /proc counted for each of the 300 copies (truth.json of the capture each copies). */
  const truths: Truth[] = [];

  before(() => {
    const captures = readdirSync(REAL, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readdirSync(join(REAL, entry.name)).includes('truth.json'))
      .map((entry) => entry.name)
      .sort()
      .flatMap((scenario) => ['ss-tanp.txt', 'netstat-antp.txt'].map((file) => ({ scenario, file })));
    for (let index = 0; index < 300; index++) {
      const { scenario, file } = captures[index % captures.length];
      const host = join(fleet.path, 'sosreports', `host-${String(index).padStart(3, '0')}`, 'sos_commands', 'networking');
      mkdirSync(host, { recursive: true });
      copyFileSync(join(REAL, scenario, file), join(host, file));
      truths.push(JSON.parse(readFileSync(join(REAL, scenario, 'truth.json'), 'utf8')) as Truth);
    }
  });

  after(() => fleet.remove());

  it('summarises the folder as one NDJSON line per dump and answers the documented queries exactly', async () => {
    const result = runCli(['summary', '--format', 'ndjson', '--jobs', '2', 'sosreports'], { cwd: fleet.path });
    strictEqual(result.status, 0, result.stderr);
    const lines = result.stdout.trim().split('\n');
    strictEqual(lines.length, 300);
    writeFileSync(join(fleet.path, 'fleet.ndjson'), result.stdout);

    const [topCloseWait, perState] = documentedQueries();
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      // The queries name 'fleet.ndjson' relative to where duckdb runs: here, the fleet's folder.
      const run = async (sql: string) => (await connection.runAndReadAll(sql.replace("'fleet.ndjson'", `'${join(fleet.path, 'fleet.ndjson')}'`))).getRowObjects();
      const sum = (pick: (truth: Truth) => number) => truths.reduce((total, truth) => total + pick(truth), 0);
      deepStrictEqual(
        (await run(perState)).map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, Number(value)]))),
        [
          {
            dumps: 300,
            tcp: sum((truth) => truth.tcpTotal),
            established: sum((truth) => truth.tcp.ESTABLISHED),
            close_wait: sum((truth) => truth.tcp.CLOSE_WAIT),
            time_wait: sum((truth) => truth.tcp.TIME_WAIT),
          },
        ],
      );
      const top = await run(topCloseWait);
      strictEqual(top.length, 10);
      // The close-wait-leak copies (30 CLOSE_WAIT each) lead, in path order.
      deepStrictEqual(
        top.slice(0, 3).map((row) => [String(row.path).split('/')[1], Number(row.tcp), Number(row.close_wait)]),
        [
          ['host-002', 38, 30],
          ['host-003', 38, 30],
          ['host-032', 38, 30],
        ],
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
