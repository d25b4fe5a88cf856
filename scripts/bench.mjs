// `npm run bench`: how fast a big paste is counted, next to the shell pipeline people use instead.
// Generates two ~6 MB dumps of 60,000 sockets (ss -tanp and netstat -antp shapes, deterministic),
// then reports for each, as medians of several runs:
//   - parse + summary in-process (the core, bundled as the server bundles it), and parser memory;
//   - didOpen → netstatInsight/summary round trip through the built server over stdio, and the same
//     open answered by a request that does not read the document (the LSP transport alone);
//   - awk 'NR>1{print $1}' FILE | sort | uniq -c on the same file.
// Usage: node --expose-gc scripts/bench.mjs [--sockets N] [--runs N]
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadCore } from './lib/bundleCore.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.cache', 'bench');
const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const SOCKETS = argument('--sockets', 60000);
const RUNS = argument('--runs', 5);

/** A small deterministic generator so every run measures the same bytes. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const STATE_MIX = [
  ['ESTABLISHED', 'ESTAB', 0.55],
  ['TIME_WAIT', 'TIME-WAIT', 0.25],
  ['CLOSE_WAIT', 'CLOSE-WAIT', 0.06],
  ['FIN_WAIT2', 'FIN-WAIT-2', 0.04],
  ['SYN_RECV', 'SYN-RECV', 0.04],
  ['SYN_SENT', 'SYN-SENT', 0.03],
  ['LAST_ACK', 'LAST-ACK', 0.02],
  ['FIN_WAIT1', 'FIN-WAIT-1', 0.01],
];

function generate(shape) {
  const next = random(42);
  const lines =
    shape === 'ss'
      ? ['State      Recv-Q Send-Q      Local Address:Port        Peer Address:Port  Process']
      : ['Active Internet connections (servers and established)', 'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name'];
  const listeners = [22, 80, 443, 8080, 3306];
  for (const port of listeners) {
    lines.push(
      shape === 'ss'
        ? `LISTEN     0      4096             0.0.0.0:${port}               0.0.0.0:*      users:(("svc${port}",pid=${port},fd=3))`
        : `tcp        0      0 0.0.0.0:${String(port).padEnd(16)} 0.0.0.0:*               LISTEN      ${port}/svc${port}`,
    );
  }
  for (let index = listeners.length; index < SOCKETS; index++) {
    let pick = next();
    let state = STATE_MIX[0];
    for (const candidate of STATE_MIX) {
      if (pick < candidate[2]) {
        state = candidate;
        break;
      }
      pick -= candidate[2];
    }
    const local = `10.0.${Math.floor(next() * 4)}.${1 + Math.floor(next() * 250)}:${listeners[Math.floor(next() * listeners.length)]}`;
    const peer = `172.16.${Math.floor(next() * 250)}.${1 + Math.floor(next() * 250)}:${32768 + Math.floor(next() * 28000)}`;
    const pid = 1000 + Math.floor(next() * 8);
    lines.push(
      shape === 'ss'
        ? `${state[1].padEnd(10)} 0      0      ${local.padStart(21)} ${peer.padStart(24)}  users:(("worker",pid=${pid},fd=${10 + (index % 60000)}))`
        : `tcp        0      0 ${local.padEnd(23)} ${peer.padEnd(23)} ${state[0].padEnd(11)} ${pid}/worker`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measureInProcess(core, text) {
  const { createLanguageService } = core;
  const service = createLanguageService();
  const settings = { language: 'en', thresholds: { closeWait: 10, timeWait: 1000, synRecv: 100 }, severity: {}, topCount: 10 };
  const document = { uri: 'bench://dump', version: 1, languageId: 'netstat', getText: () => text };
  const times = [];
  let summary;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    summary = service.getSummary(document, service.parse(document), settings);
    times.push(performance.now() - started);
  }
  // The parse's size is the heap with it kept minus the heap once it is dropped: garbage left by the
  // timed runs is gone from both, so it cannot make the figure negative. Two collections each time.
  const collect = () => {
    globalThis.gc?.();
    globalThis.gc?.();
  };
  const kept = [service.parse(document)];
  collect();
  const withParse = process.memoryUsage().heapUsed;
  kept.length = 0;
  collect();
  const retained = withParse - process.memoryUsage().heapUsed;
  return { ms: median(times), total: summary.total, retainedBytes: retained };
}

/** didOpen → netstatInsight/summary through the built server, timed from the client side. */
async function measureRoundTrip(text) {
  const server = spawn(process.execPath, [join(root, 'server', 'out', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = createRequire(import.meta.url)('vscode-jsonrpc/node');
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onNotification('textDocument/publishDiagnostics', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, locale: 'en', capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
  /** Opens the dump under `uri`, waits for `answer`, closes it; the time from the open to the answer. */
  const timeOpen = async (uri, answer) => {
    const started = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'netstat', version: 1, text } });
    const result = await answer(uri);
    const ms = performance.now() - started;
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return { ms, result };
  };
  const times = [];
  let total;
  for (let run = 0; run < RUNS; run++) {
    const { ms, result } = await timeOpen(`file:///bench/${run}.ss`, (uri) => connection.sendRequest('netstatInsight/summary', { textDocument: { uri } }));
    times.push(ms);
    total = result.total;
  }
  // The same open answered by a request that does not read the document: the cost of the transport alone.
  // A loop of its own, so that it does not disturb the runs above.
  const transportTimes = [];
  for (let run = 0; run < RUNS; run++) {
    const { ms } = await timeOpen(`file:///bench/${run}-transport.ss`, () => connection.sendRequest('netstatInsight/describeKey', { key: 'net.ipv4.tcp_fin_timeout' }));
    transportTimes.push(ms);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  return { ms: median(times), transportMs: median(transportTimes), total };
}

function measureAwk(file) {
  const times = [];
  let output = '';
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    output = execFileSync('sh', ['-c', `awk 'NR>1{print $1}' '${file}' | sort | uniq -c`], { encoding: 'utf8' });
    times.push(performance.now() - started);
  }
  return { ms: median(times), lines: output.trim().split('\n').length };
}

mkdirSync(benchDir, { recursive: true });
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production'], { stdio: 'inherit' });
const core = await loadCore(root, benchDir);
const rows = [];
for (const shape of ['ss', 'netstat']) {
  const text = generate(shape);
  const file = join(benchDir, `${shape}-${SOCKETS}.txt`);
  writeFileSync(file, text);
  const bytes = Buffer.byteLength(readFileSync(file));
  const inProcess = measureInProcess(core, text);
  const roundTrip = await measureRoundTrip(text);
  const awk = measureAwk(file);
  if (inProcess.total !== SOCKETS || roundTrip.total !== SOCKETS) {
    throw new Error(`${shape}: counted ${inProcess.total} / ${roundTrip.total} TCP sockets, generated ${SOCKETS}`);
  }
  rows.push({
    dump: `${shape} ${SOCKETS} sockets`,
    'size MB': (bytes / 1e6).toFixed(2),
    'parse+summary ms': inProcess.ms.toFixed(1),
    'server round trip ms': roundTrip.ms.toFixed(1),
    'of which transport ms': roundTrip.transportMs.toFixed(1),
    'awk|sort|uniq ms': awk.ms.toFixed(1),
    'round trip / awk': (roundTrip.ms / awk.ms).toFixed(2),
    'parse heap MB': (inProcess.retainedBytes / 1e6).toFixed(1),
    'heap / input': (inProcess.retainedBytes / bytes).toFixed(1),
  });
}
console.log(`\nmedians of ${RUNS} runs, node ${process.version}, ${process.platform}/${process.arch}`);
console.table(rows);
