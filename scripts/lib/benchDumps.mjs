// The bench's input: real `ss -tanp` and `netstat -antp` captures of about 59,000 sockets (made by
// scripts/capture-bench-dumps.mjs and cached), or, where network namespaces are unavailable, generated
// dumps of the same size; and ten times as many sockets made by repeating the real rows with shifted ports.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_CAPTURES, captureBenchDumps, whyNoRealCapture } from '../capture-bench-dumps.mjs';

const GENERATED_SOCKETS = 59000;

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

/** A dump in the shape of `ss -tanp` or `netstat -antp`, for machines that cannot capture real sockets. */
function generate(shape, sockets) {
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
  for (let index = listeners.length; index < sockets; index++) {
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
        ? `${state[1].padEnd(10)} 0      0      ${local.padStart(21)} ${peer.padStart(24)}  users:(("worker",pid=${pid},fd=${10 + index}))`
        : `tcp        0      0 ${local.padEnd(23)} ${peer.padEnd(23)} ${state[0].padEnd(11)} ${pid}/worker`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The two dumps, each `{ name, file, text, headerLines, sockets, real }`. Real captures are made once
 * and cached; `recapture` makes them again.
 */
export async function benchDumps(benchDir, { recapture = false } = {}) {
  const ssFile = join(benchDir, BENCH_CAPTURES.ss);
  const netstatFile = join(benchDir, BENCH_CAPTURES.netstat);
  if (recapture || !existsSync(ssFile) || !existsSync(netstatFile)) {
    const reason = whyNoRealCapture();
    if (reason) {
      console.log(`\nNOTE: no real capture (${reason}); measuring GENERATED dumps of ${GENERATED_SOCKETS} sockets instead.\n`);
      return ['ss', 'netstat'].map((shape) => {
        const file = join(benchDir, `generated-${shape}-${GENERATED_SOCKETS}.txt`);
        const text = generate(shape, GENERATED_SOCKETS);
        writeFileSync(file, text);
        return { name: `${shape} (generated)`, file, text, headerLines: shape === 'ss' ? 1 : 2, sockets: GENERATED_SOCKETS, real: false };
      });
    }
    await captureBenchDumps(benchDir);
  }
  const notes = JSON.parse(readFileSync(join(benchDir, BENCH_CAPTURES.notes), 'utf8'));
  return [
    { name: 'ss -tanp', file: ssFile, text: readFileSync(ssFile, 'utf8'), headerLines: 1, sockets: notes.ssRows, real: true, notes },
    { name: 'netstat -antp', file: netstatFile, text: readFileSync(netstatFile, 'utf8'), headerLines: 2, sockets: notes.netstatRows, real: true, notes },
  ];
}

/** Port `port` in copy `copy`: a different bijection of 1–65535 per copy (copy 0 keeps the port). */
function shiftedPort(port, copy) {
  return ((port - 1 + copy * 4099) % 65535) + 1;
}

/**
 * The local and peer endpoints are the 4th and 5th fields in both shapes; their port (after the last
 * colon) is shifted, and the spaces after a field absorb the change of width so columns stay aligned.
 */
function shiftRow(line, copy) {
  const parts = line.split(/(\s+)/);
  const firstField = parts[0] === '' ? 2 : 0;
  for (const field of [3, 4]) {
    const index = firstField + field * 2;
    const endpoint = parts[index];
    const colon = endpoint?.lastIndexOf(':') ?? -1;
    const port = colon >= 0 ? endpoint.slice(colon + 1) : '';
    if (!/^\d+$/.test(port)) {
      continue;
    }
    const shifted = `${endpoint.slice(0, colon + 1)}${shiftedPort(Number(port), copy)}`;
    const gap = parts[index + 1];
    if (gap !== undefined) {
      parts[index + 1] = ' '.repeat(Math.max(1, gap.length + endpoint.length - shifted.length));
    }
    parts[index] = shifted;
  }
  return parts.join('');
}

/** The dump with its rows repeated `times` times, each copy on other ports. */
export function scaledDump(dump, times) {
  const lines = dump.text.split('\n');
  if (lines.at(-1) === '') {
    lines.pop();
  }
  const header = lines.slice(0, dump.headerLines);
  const rows = lines.slice(dump.headerLines);
  const copies = [header.join('\n')];
  for (let copy = 0; copy < times; copy++) {
    copies.push(rows.map((row) => shiftRow(row, copy)).join('\n'));
  }
  return { ...dump, name: `${dump.name} ×${times}`, text: `${copies.join('\n')}\n`, sockets: dump.sockets * times };
}
