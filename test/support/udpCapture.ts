/**
 * Real `ss -uan`, `ss -ulpn` and `lsof` output of UDP and raw IP sockets, held by one process in a
 * network namespace made for it: what a user pastes without the command that printed it (the ss tables
 * then have the very header of `ss -tan`). Needs root (a namespace; raw sockets need CAP_NET_RAW).
 * Used by scripts/capture-fixtures.mjs (scenario `udp-raw`); the captures are committed, tests read those.
 */
import { spawn, spawnSync } from 'node:child_process';
import readline from 'node:readline';

const NAMESPACE = `insight-udp-${process.pid}`;

/** Bound and connected UDP sockets on loopback, both families, and one raw ICMP socket of each family; prints `ready` once they exist. */
const HOLDER = `
import socket, sys, time
held = []
def udp(family, address, port, peer=None):
    s = socket.socket(family, socket.SOCK_DGRAM)
    s.bind((address, port))
    if peer: s.connect(peer)
    held.append(s)
udp(socket.AF_INET, '0.0.0.0', 5353)
udp(socket.AF_INET, '127.0.0.1', 8125)
udp(socket.AF_INET6, '::', 5354)
udp(socket.AF_INET, '127.0.0.1', 0, ('127.0.0.1', 5353))
udp(socket.AF_INET6, '::1', 0, ('::1', 5354))
raw = 'raw'
try:
    held.append(socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP))
    held.append(socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6))
except PermissionError as error:
    raw = 'no raw sockets: ' + str(error)
print('ready', raw, flush=True)
time.sleep(600)
`;

export interface UdpCapture {
  readonly files: Record<string, string>;
  /** Why the lsof capture of raw sockets is missing, when the host refused them. */
  readonly rawSkipped?: string;
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  }
  return result.stdout;
}

export async function captureUdpAndRaw(): Promise<UdpCapture> {
  run('ip', ['netns', 'add', NAMESPACE]);
  const holder = spawn('ip', ['netns', 'exec', NAMESPACE, 'python3', '-c', HOLDER], { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    run('ip', ['-n', NAMESPACE, 'link', 'set', 'lo', 'up']);
    const ready = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the UDP socket holder was not ready after 60 s')), 60_000);
      holder.once('exit', (code) => reject(new Error(`the UDP socket holder exited (${code})`)));
      readline.createInterface({ input: holder.stdout! }).once('line', (line) => {
        clearTimeout(timer);
        resolve(line);
      });
    });
    const inNamespace = (command: string[]) => run('ip', ['netns', 'exec', NAMESPACE, ...command]);
    const files: Record<string, string> = {
      'ss-uan.txt': inNamespace(['ss', '-uan']),
      'ss-ulpn.txt': inNamespace(['ss', '-ulpn']),
    };
    const rawSkipped = ready === 'ready raw' ? undefined : ready.replace(/^ready /, '');
    // What the kernel holds, read beside the tools' output: the tests check the captures against it.
    const rowsOf = (file: string) => inNamespace(['cat', `/proc/net/${file}`]).trim().split('\n').length - 1;
    files['kernel.json'] = `${JSON.stringify({ udp: rowsOf('udp') + rowsOf('udp6'), raw: rowsOf('raw') + rowsOf('raw6'), capturedAt: new Date().toISOString() }, null, 2)}\n`;
    if (rawSkipped === undefined) {
      // lsof lists raw sockets with the process's other files, not under -i.
      const pid = inNamespace(['pgrep', '-n', '-f', 'socket.SOCK_RAW']).trim();
      files['lsof-nP-p.txt'] = inNamespace(['lsof', '-nP', '-a', '-p', pid, '-d', '3-50']);
    }
    return { files, rawSkipped };
  } finally {
    if (holder.pid !== undefined && holder.exitCode === null) {
      process.kill(-holder.pid, 'SIGKILL');
    }
    spawnSync('ip', ['netns', 'delete', NAMESPACE]);
  }
}
