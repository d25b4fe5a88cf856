#!/usr/bin/env node
/**
 * Captures a real pasted session of two snapshots of one host, for the compare tests:
 * `date -u`, `ss -tanp` and `netstat -s` in a fresh network namespace, then again after
 * 24 clients came and closed first (TIME_WAIT), 6 stayed (ESTABLISHED), a second listener opened
 * and the first one's neighbour closed. Each snapshot's TCP counts are read from /proc/net/tcp{,6}
 * before and after its commands (retried until both reads agree) into snapshots.json.
 *
 * Needs root. Usage: node scripts/capture-compare-session.mjs
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const directory = path.join(root, 'test', 'fixtures', 'real-sessions', 'two-snapshots');
const namespace = `cmp${process.pid}`;
const STATES = ['ESTABLISHED', 'SYN_SENT', 'SYN_RECV', 'FIN_WAIT1', 'FIN_WAIT2', 'TIME_WAIT', 'CLOSED', 'CLOSE_WAIT', 'LAST_ACK', 'LISTEN', 'CLOSING'];

/** A process in the namespace that listens and connects as told on stdin, one JSON line per step. */
const HOLDER = `
const net = require('node:net');
process.title = process.argv[1];
const servers = new Map();
const clients = [];
require('node:readline').createInterface({ input: process.stdin }).on('line', async (line) => {
  const step = JSON.parse(line);
  if (step.listen) {
    const server = net.createServer({ allowHalfOpen: false }, (socket) => { socket.on('error', () => {}); socket.resume(); });
    await new Promise((resolve) => server.listen(step.listen, '127.0.0.1', resolve));
    servers.set(step.listen, server);
  } else if (step.unlisten) {
    servers.get(step.unlisten).close();
  } else if (step.connect) {
    for (let i = 0; i < step.count; i++) {
      const socket = net.connect(step.connect, '127.0.0.1');
      socket.on('error', () => {});
      await new Promise((resolve) => socket.once('connect', resolve));
      if (step.closeFirst) { socket.end(); await new Promise((resolve) => socket.once('close', resolve)); socket.resume(); } else { clients.push(socket); }
    }
  }
  process.stdout.write('done\\n');
});
`;

function inNamespace(command, args) {
  return execFileSync('ip', ['netns', 'exec', namespace, command, ...args], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', TZ: 'UTC' } });
}

function procCounts() {
  const counts = Object.fromEntries(STATES.map((state) => [state, 0]));
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of inNamespace('cat', [file]).split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length > 3) {
        counts[STATES[parseInt(fields[3], 16) - 1]]++;
      }
    }
  }
  return counts;
}

function snapshot() {
  for (;;) {
    const before = procCounts();
    const date = inNamespace('date', ['-u']);
    const ss = inNamespace('ss', ['-tanp']);
    const netstat = inNamespace('netstat', ['-s']);
    const after = procCounts();
    if (JSON.stringify(before) === JSON.stringify(after)) {
      return { text: `$ date -u\n${date}$ ss -tanp\n${ss}$ netstat -s\n${netstat}`, tcp: after, date: date.trim() };
    }
  }
}

const holder = { process: undefined, waiting: [] };
function step(value) {
  return new Promise((resolve) => {
    holder.waiting.push(resolve);
    holder.process.stdin.write(`${JSON.stringify(value)}\n`);
  });
}

execFileSync('ip', ['netns', 'add', namespace]);
try {
  execFileSync('ip', ['-n', namespace, 'link', 'set', 'lo', 'up']);
  holder.process = spawn('ip', ['netns', 'exec', namespace, process.execPath, '-e', HOLDER, 'shop-api'], { stdio: ['pipe', 'pipe', 'inherit'] });
  holder.process.stdout.setEncoding('utf8').on('data', (chunk) => {
    for (let count = chunk.split('done').length - 1; count > 0; count--) holder.waiting.shift()?.();
  });
  await step({ listen: 8080 });
  await step({ listen: 9100 });
  await step({ connect: 8080, count: 4 });
  const first = snapshot();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await step({ connect: 8080, count: 24, closeFirst: true });
  await step({ connect: 8080, count: 6 });
  await step({ listen: 8443 });
  await step({ unlisten: 9100 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const second = snapshot();
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, 'session.txt'), `${first.text}${second.text}`);
  const kernel = execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim();
  const truth = { kernel, snapshots: [first, second].map(({ tcp, date }) => ({ date, tcp, tcpTotal: Object.values(tcp).reduce((sum, count) => sum + count, 0) })) };
  writeFileSync(path.join(directory, 'snapshots.json'), `${JSON.stringify(truth, null, 2)}\n`);
} finally {
  holder.process?.stdin.end();
  holder.process?.kill();
  execFileSync('ip', ['netns', 'del', namespace]);
}
