// Captures the bench's dumps from real sockets: about 59,000 TCP sockets on loopback inside a network
// namespace made for the purpose, written by `ss -tanp` and `netstat -antp` at the same moment.
// The files are cached under .cache/bench (never committed); `npm run bench` calls this when they are
// missing. Needs root, `ip netns`, ss and netstat; without them it says why and the bench falls back to
// its generator.
// Usage: node scripts/capture-bench-dumps.mjs   (captures again, replacing the cached files)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The socket holder of the real-socket fixtures: opens sockets as told and keeps them. */
const HOLDER = join(root, 'test', 'support', 'socket-holder.js');
const TOOL_ENV = { ...process.env, LC_ALL: 'C' };
/** Connections opened per step: a burst far above the listen backlog would only make SYNs retry. */
const BATCH = 1000;
/** The most files one holder needs: bench-web accepts 14,000 connections, plus the churn and Node's own files. */
const FILES_PER_PROCESS = 15000;

export const BENCH_CAPTURES = { ss: 'real-ss-tanp.txt', netstat: 'real-netstat-antp.txt', notes: 'real-capture.json' };

/**
 * Each process stays well below the 20,000 open files a container often allows (`ulimit -Hn`; the soft
 * limit is raised to it), so the sockets are spread over several servers and clients, as on a real host.
 */
const SERVERS = [
  {
    title: 'bench-web',
    steps: [
      ...[80, 443, 8080].map((port) => ({ op: 'listen', name: `web${port}`, host: '0.0.0.0', port, backlog: 4096 })),
      { op: 'listen', name: 'web8443', host: '::', port: 8443, backlog: 4096, ipv6Only: true },
    ],
  },
  { title: 'bench-db', steps: [5432, 6379].map((port) => ({ op: 'listen', name: `db${port}`, host: '0.0.0.0', port, backlog: 4096 })) },
  // Never answers its peers' FIN: the CLOSE_WAIT leak (its peers sit in FIN_WAIT2).
  { title: 'bench-leaky', steps: [{ op: 'listen', name: 'leaky', host: '0.0.0.0', port: 9000, backlog: 4096, onPeerEnd: 'hold' }] },
  // Never accepts: once its one-slot queue is full the kernel drops SYNs, so its callers stay in SYN_SENT.
  { title: 'bench-stuck', steps: [{ op: 'listen', name: 'stuck', host: '0.0.0.0', port: 7000, backlog: 1 }], freezeWhenReady: true },
];

function connections(name, host, port, count, extra = {}) {
  return Array.from({ length: Math.ceil(count / BATCH) }, (_, index) => ({
    op: 'connect',
    name,
    host,
    port,
    count: Math.min(BATCH, count - index * BATCH),
    ...extra,
  }));
}

/** Clients started together once the servers listen; the TIME_WAIT one last (those last only 60 s). */
const CLIENTS = [
  { title: 'bench-client-a', steps: [...connections('a443', '127.0.0.2', 443, 7000), ...connections('a80', '127.0.0.3', 80, 2000), ...connections('a8443', '::1', 8443, 500)] },
  {
    title: 'bench-client-b',
    steps: [
      ...connections('b5432', '127.0.0.4', 5432, 5000),
      ...connections('b6379', '127.0.0.5', 6379, 2000),
      ...connections('leak', '127.0.0.6', 9000, 3000),
      { op: 'end', name: 'leak' },
    ],
  },
];
const LAST_CLIENT = {
  title: 'bench-client-c',
  steps: [
    ...connections('c8080', '127.0.0.1', 8080, 4500),
    { op: 'connect', name: 'stuck', host: '127.0.0.7', port: 7000, count: 2000, waitFor: 'sent' },
    { op: 'churn', host: '127.0.0.8', port: 8080, count: 9000, parallel: 64 },
  ],
};

function run(command, args) {
  return execFileSync(command, args, { env: TOOL_ENV, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Why real captures cannot be made here, or undefined when they can. */
export function whyNoRealCapture() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    return 'network namespaces need Linux and root';
  }
  for (const [tool, flag] of [['ss', '-V'], ['netstat', '--version'], ['ip', '-V']]) {
    const result = spawnSync(tool, [flag], { env: TOOL_ENV });
    if (result.error) {
      return `\`${tool}\` is not installed`;
    }
  }
  const hardLimit = spawnSync('sh', ['-c', 'ulimit -Hn'], { env: TOOL_ENV, encoding: 'utf8' }).stdout.trim();
  if (hardLimit !== 'unlimited' && Number(hardLimit) < FILES_PER_PROCESS) {
    return `a process may open only ${hardLimit} files (ulimit -Hn), the capture needs ${FILES_PER_PROCESS}`;
  }
  const probe = `nsi-bench-probe-${process.pid}`;
  const added = spawnSync('ip', ['netns', 'add', probe], { env: TOOL_ENV, encoding: 'utf8' });
  spawnSync('ip', ['netns', 'delete', probe], { env: TOOL_ENV });
  return added.status === 0 ? undefined : `\`ip netns add\` failed: ${added.stderr.trim()}`;
}

/** Starts a holder in the namespace (listed in `holders` at once) and resolves once its steps are done. */
function startHolder(namespace, spec, holders, log) {
  // The soft limit on open files is often 1,024: raised to the hard limit, then the shell becomes the holder.
  const command = ['sh', '-c', 'ulimit -n "$(ulimit -Hn)" && exec "$@"', 'sh', process.execPath, HOLDER, JSON.stringify(spec)];
  const child = spawn('ip', ['netns', 'exec', namespace, ...command], { env: TOOL_ENV, stdio: ['pipe', 'pipe', 'inherit'] });
  holders.push(child);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`${spec.title} exited (${signal ?? code}) before it was ready`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line);
      if (message.ready) {
        log(`${spec.title} ready (pid ${message.pid})`);
        child.removeAllListeners('exit');
        resolve(child);
      } else if (message.fatal) {
        reject(new Error(`${spec.title}: ${message.fatal}`));
      }
    });
  });
}

/** Builds the sockets, captures both listings, and removes everything again. */
export async function captureBenchDumps(outDir, log = (message) => console.log(`capture: ${message}`)) {
  const namespace = `nsi-bench-${process.pid}`;
  const holders = [];
  run('ip', ['netns', 'add', namespace]);
  try {
    run('ip', ['-n', namespace, 'link', 'set', 'lo', 'up']);
    // Room for 59,000 loopback sockets: ports for the clients, TIME_WAIT kept rather than dropped, and
    // not reused (the default tcp_tw_reuse = 2 lets loopback connections take over TIME_WAIT ports).
    run('ip', ['netns', 'exec', namespace, 'sysctl', '-q', '-w', 'net.ipv4.ip_local_port_range=10000 65000', 'net.ipv4.tcp_max_tw_buckets=262144', 'net.ipv4.tcp_tw_reuse=0', 'net.core.somaxconn=4096']);
    const started = (spec) => startHolder(namespace, spec, holders, log);
    await Promise.all(SERVERS.map(started));
    await Promise.all(CLIENTS.map(started));
    await started(LAST_CLIENT);
    const ss = run('ip', ['netns', 'exec', namespace, 'ss', '-tanp']);
    const netstat = run('ip', ['netns', 'exec', namespace, 'netstat', '-antp']);
    const notes = {
      capturedAt: new Date().toISOString(),
      kernel: run('uname', ['-r']).trim(),
      ss: run('ss', ['-V']).trim(),
      netstat: run('netstat', ['--version']).split('\n')[0].trim(),
      ssRows: ss.split('\n').length - 2,
      netstatRows: netstat.split('\n').length - 3,
    };
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, BENCH_CAPTURES.ss), ss);
    writeFileSync(join(outDir, BENCH_CAPTURES.netstat), netstat);
    writeFileSync(join(outDir, BENCH_CAPTURES.notes), `${JSON.stringify(notes, null, 2)}\n`);
    log(`${notes.ssRows} sockets in ss -tanp, ${notes.netstatRows} in netstat -antp`);
    return notes;
  } finally {
    for (const child of holders) {
      child.kill('SIGKILL');
    }
    spawnSync('ip', ['netns', 'delete', namespace], { env: TOOL_ENV });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const reason = whyNoRealCapture();
  if (reason) {
    console.error(`cannot capture real sockets here: ${reason}`);
    process.exit(1);
  }
  await captureBenchDumps(join(root, '.cache', 'bench'));
}
