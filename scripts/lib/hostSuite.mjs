// Shared by scripts/test-host.mjs (code-server) and scripts/test-electron.mjs (desktop VS Code):
// bundles test/host/suite into test/out/host/ and lays out the workspace the suite opens.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { realFixture, repoRoot } from './codeServer.mjs';

export const suiteSrc = path.join(repoRoot, 'test', 'host', 'suite');
export const suiteOut = path.join(repoRoot, 'test', 'out', 'host');
/** The module VS Code loads as extensionTestsPath. */
export const suiteIndex = path.join(suiteOut, 'index.js');
export const RESULT_FILE_ENV = 'NSI_TEST_RESULT_FILE';

/** One bundle per test file plus index.js; `vscode` comes from the host, mocha from node_modules. */
export async function bundleHostSuite() {
  const esbuild = await import('esbuild');
  const entryPoints = fs
    .readdirSync(suiteSrc)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(suiteSrc, f));
  await fsp.rm(suiteOut, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: suiteOut,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return suiteIndex;
}

/** First existing file of a scenario among `names`, or undefined. */
function scenarioFile(scenario, names) {
  for (const n of names) {
    const p = path.join(realFixture(scenario), n);
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

export const SS_NAMES = ['ss-tanp.txt', 'ss-tan.txt', 'ss-antp.txt', 'ss-ant.txt'];
export const NETSTAT_NAMES = ['netstat-antp.txt', 'netstat-ant.txt', 'netstat-tanp.txt', 'netstat-tan.txt'];

/** The real capture files of a scenario; throws naming what is missing. */
export function scenarioFiles(scenario) {
  const dir = realFixture(scenario);
  const ss = scenarioFile(scenario, SS_NAMES);
  const netstat = scenarioFile(scenario, NETSTAT_NAMES);
  const truth = scenarioFile(scenario, ['truth.json']);
  const missing = [!ss && `an ss dump (${SS_NAMES[0]})`, !netstat && `a netstat dump (${NETSTAT_NAMES[0]})`, !truth && 'truth.json'].filter(Boolean);
  if (missing.length) {
    throw new Error(`real fixture scenario "${scenario}" lacks ${missing.join(', ')} in ${path.relative(repoRoot, dir) || dir} ` +
      '(generated with `npm run capture-fixtures`)');
  }
  return { ss, netstat, truth };
}

/** Outputs of other systems and tools the paste test puts into untitled editors. */
const PASTED_SAMPLES = ['windows-netstat-anob-zh.txt', 'macos-netstat-an.txt', 'proc-net-tcp6.txt', 'netstat-a-resolved.txt', 'pasted-session.txt'];

/**
 * Workspace for the host suite (see test/host/suite/helpers.ts):
 *   <scenario>.ss, <scenario>.netstat, <scenario>.truth.json  for mixed and close-wait-leak
 * and, for first-line detection, mixed dumps without a file extension:
 *   ss-capture        ss -tanp         ("State      Recv-Q Send-Q ...")
 *   ss-netid-capture  ss -tuan         ("Netid State ...")
 *   netstat-capture   netstat -antp    ("Active Internet connections ...")
 *   netstat-proto-capture  the same without its first line ("Proto Recv-Q Send-Q ...")
 *   lsof-capture      lsof -nP -i of close-wait-leak ("COMMAND PID USER ...")
 * and, for paste detection, pastes/<name>: samples of every other format (PASTED_SAMPLES).
 */
export async function prepareHostWorkspace(dir) {
  await fsp.mkdir(dir, { recursive: true });
  for (const scenario of ['mixed', 'close-wait-leak']) {
    const f = scenarioFiles(scenario);
    await fsp.copyFile(f.ss, path.join(dir, `${scenario}.ss`));
    await fsp.copyFile(f.netstat, path.join(dir, `${scenario}.netstat`));
    await fsp.copyFile(f.truth, path.join(dir, `${scenario}.truth.json`));
  }
  const mixed = scenarioFiles('mixed');
  await fsp.copyFile(mixed.ss, path.join(dir, 'ss-capture'));
  await fsp.copyFile(mixed.netstat, path.join(dir, 'netstat-capture'));
  const netstatText = await fsp.readFile(mixed.netstat, 'utf8');
  await fsp.writeFile(path.join(dir, 'netstat-proto-capture'), netstatText.slice(netstatText.indexOf('\n') + 1));
  const ssTuan = path.join(realFixture('mixed'), 'ss-tuan.txt');
  if (!fs.existsSync(ssTuan)) throw new Error(`missing ${path.relative(repoRoot, ssTuan)} (ss -tuan capture)`);
  await fsp.copyFile(ssTuan, path.join(dir, 'ss-netid-capture'));
  const lsof = path.join(realFixture('close-wait-leak'), 'lsof-nP-i.txt');
  if (!fs.existsSync(lsof)) throw new Error(`missing ${path.relative(repoRoot, lsof)} (lsof -nP -i capture)`);
  await fsp.copyFile(lsof, path.join(dir, 'lsof-capture'));
  await fsp.mkdir(path.join(dir, 'pastes'), { recursive: true });
  for (const sample of PASTED_SAMPLES) {
    await fsp.copyFile(path.join(repoRoot, 'test', 'fixtures', 'samples', sample), path.join(dir, 'pastes', sample));
  }
  return dir;
}
