// The command line's speed targets (issue 15), side by side in one run with the shell pipeline people use:
//   awk 'NR>1{print $1}' FILE | sort | uniq -c   (the machine's awk, LC_ALL=C)
// 1. A fleet of 300 dumps: `netstat-insight summary --format ndjson --jobs 2 DIR` against that pipeline run on
//    each file in a shell loop. The dumps are cut from the real ~59,000-socket captures of .cache/bench
//    (scripts/capture-bench-dumps.mjs) when they exist, or else copies of the committed real captures
//    (test/fixtures/real/*/ss-tanp.txt and netstat-antp.txt), said so.
// 2. One 6 MB dump (the real ss -tanp capture, or committed rows repeated to 6 MB): the bin's time, Node's start-up
//    alone (`node -e 0`), the difference (the work), and the pipeline.
// Figures are medians of --runs N (default 5) alternating runs. Nothing is asserted: it reports.
// Usage: node scripts/bench-cli.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { BENCH_CAPTURES } from './capture-bench-dumps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'cli', 'out', 'netstat-insight.js');
const benchDir = join(root, '.cache', 'bench');
const workDir = join(root, '.cache', 'bench-cli');
const runsIndex = process.argv.indexOf('--runs');
const RUNS = runsIndex > 0 ? Math.max(1, Number(process.argv[runsIndex + 1])) : 5;
const FLEET_SIZE = 300;
const AWK = `awk 'NR>1{print $1}'`;

if (!existsSync(bin)) {
  console.log('building the bin first (npm run build)…');
  run(process.execPath, [join(root, 'scripts', 'build.mjs')]);
}

/** A dump's rows after its header lines (ss: 1, netstat: 2). */
function splitDump(text, headerLines) {
  const lines = text.split('\n');
  if (lines.at(-1) === '') {
    lines.pop();
  }
  return { header: lines.slice(0, headerLines), rows: lines.slice(headerLines) };
}

const realCaptures = [
  { file: join(benchDir, BENCH_CAPTURES.ss), name: 'ss-tanp.txt', headerLines: 1 },
  { file: join(benchDir, BENCH_CAPTURES.netstat), name: 'netstat-antp.txt', headerLines: 2 },
];
const haveRealCaptures = realCaptures.every((capture) => existsSync(capture.file));

/** 300 dumps on disk and the TCP sockets they hold in all (each row is one socket). */
function makeFleet() {
  const directory = join(workDir, haveRealCaptures ? 'fleet-real' : 'fleet-fixtures');
  rmSync(directory, { recursive: true, force: true });
  let sockets = 0;
  const write = (index, name, lines, rowCount) => {
    const host = join(directory, `host-${String(index).padStart(3, '0')}`);
    mkdirSync(host, { recursive: true });
    writeFileSync(join(host, name), `${lines.join('\n')}\n`);
    sockets += rowCount;
  };
  if (haveRealCaptures) {
    // Each capture cut into 150 consecutive slices under its own header: 300 real dumps of a few hundred sockets.
    const perCapture = FLEET_SIZE / realCaptures.length;
    realCaptures.forEach((capture, captureIndex) => {
      const { header, rows } = splitDump(readFileSync(capture.file, 'utf8'), capture.headerLines);
      const size = Math.floor(rows.length / perCapture);
      for (let slice = 0; slice < perCapture; slice++) {
        const part = rows.slice(slice * size, (slice + 1) * size);
        write(captureIndex * perCapture + slice, capture.name, [...header, ...part], part.length);
      }
    });
  } else {
    const real = join(root, 'test', 'fixtures', 'real');
    const captures = readdirSync(real, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(real, entry.name, 'truth.json')))
      .flatMap((entry) => [
        { file: join(real, entry.name, 'ss-tanp.txt'), name: 'ss-tanp.txt', total: JSON.parse(readFileSync(join(real, entry.name, 'truth.json'), 'utf8')).tcpTotal },
        { file: join(real, entry.name, 'netstat-antp.txt'), name: 'netstat-antp.txt', total: JSON.parse(readFileSync(join(real, entry.name, 'truth.json'), 'utf8')).tcpTotal },
      ]);
    for (let index = 0; index < FLEET_SIZE; index++) {
      const capture = captures[index % captures.length];
      write(index, capture.name, readFileSync(capture.file, 'utf8').replace(/\n$/, '').split('\n'), capture.total);
    }
  }
  return { directory, sockets };
}

/** About 6 MB of one dump: the real ss capture, or committed ss rows repeated until they weigh that much. */
function makeLargeDump() {
  if (haveRealCaptures) {
    const { rows } = splitDump(readFileSync(realCaptures[0].file, 'utf8'), 1);
    return { file: realCaptures[0].file, sockets: rows.length, real: true };
  }
  const { header, rows } = splitDump(readFileSync(join(root, 'test', 'fixtures', 'real', 'time-wait-storm', 'ss-tanp.txt'), 'utf8'), 1);
  const lines = [...header];
  let bytes = 0;
  while (bytes < 6_000_000) {
    for (const row of rows) {
      lines.push(row);
      bytes += row.length + 1;
    }
  }
  const file = join(workDir, 'ss-6mb-from-fixtures.txt');
  mkdirSync(workDir, { recursive: true });
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, sockets: lines.length - 1, real: false };
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, LC_ALL: 'C', NO_COLOR: '1' }, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}

function timed(command, args) {
  const started = performance.now();
  run(command, args);
  return performance.now() - started;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const fleet = makeFleet();
const large = makeLargeDump();
const fleetFiles = `find '${fleet.directory}' -type f | sort`;
const loop = `for f in $(${fleetFiles}); do ${AWK} "$f" | sort | uniq -c; done > /dev/null`;

// What is timed must also be right: the bin's counts are checked against the rows written.
const fleetTotal = run(process.execPath, [bin, 'summary', '--format', 'ndjson', '--jobs', '2', fleet.directory])
  .trim()
  .split('\n')
  .reduce((total, line) => total + JSON.parse(line).summary.total, 0);
const largeTotal = JSON.parse(run(process.execPath, [bin, 'summary', '--format', 'json', large.file])).files[0].summary.total;
if (fleetTotal !== fleet.sockets || largeTotal !== large.sockets) {
  throw new Error(`counts differ: fleet ${fleetTotal} of ${fleet.sockets}, large dump ${largeTotal} of ${large.sockets}`);
}

const times = { fleetCli: [], fleetAwk: [], largeCli: [], startup: [], largeAwk: [] };
for (let round = 0; round < RUNS; round++) {
  times.fleetAwk.push(timed('sh', ['-c', loop]));
  times.fleetCli.push(timed('sh', ['-c', `'${process.execPath}' '${bin}' summary --format ndjson --jobs 2 '${fleet.directory}' > /dev/null`]));
  times.startup.push(timed(process.execPath, ['-e', '0']));
  times.largeAwk.push(timed('sh', ['-c', `${AWK} '${large.file}' | sort | uniq -c > /dev/null`]));
  times.largeCli.push(timed('sh', ['-c', `'${process.execPath}' '${bin}' summary --format json '${large.file}' > /dev/null`]));
}

const ms = (value) => `${value.toFixed(0).padStart(6)} ms`;
const fleetCli = median(times.fleetCli);
const fleetAwk = median(times.fleetAwk);
const largeCli = median(times.largeCli);
const startup = median(times.startup);
const largeAwk = median(times.largeAwk);
const work = largeCli - startup;
console.log(`\nnetstat-insight on the command line (${RUNS} runs, medians; ${haveRealCaptures ? 'real captures of .cache/bench' : 'NO real capture in .cache/bench: committed real fixtures, repeated'})`);
console.log(`\n1. ${FLEET_SIZE} dumps, ${fleet.sockets} sockets in all (${fleet.directory.replace(`${root}/`, '')})`);
console.log(`   netstat-insight summary --format ndjson --jobs 2   ${ms(fleetCli)}`);
console.log(`   awk | sort | uniq -c, per file in a shell loop     ${ms(fleetAwk)}`);
console.log(`   ratio ${(fleetCli / fleetAwk).toFixed(2)}× (target ≤ 1×: ${fleetCli <= fleetAwk ? 'met' : 'NOT met'})`);
console.log(`\n2. one dump of ${(readFileSync(large.file).length / 1e6).toFixed(1)} MB, ${large.sockets} sockets${large.real ? ' (real ss -tanp capture)' : ' (committed rows repeated)'}`);
console.log(`   netstat-insight summary --format json              ${ms(largeCli)}`);
console.log(`   node -e 0 (Node's start-up alone)                  ${ms(startup)}`);
console.log(`   the work: the bin minus start-up                   ${ms(work)}`);
console.log(`   awk | sort | uniq -c                               ${ms(largeAwk)}`);
console.log(`   ratio of the work ${(work / largeAwk).toFixed(2)}× (target ≤ 1×: ${work <= largeAwk ? 'met' : 'NOT met'})`);
