// The private network namespace scripts/test-host.mjs runs code-server in, and socket holders inside it.
// The extension host is in that namespace, so a holder it starts is too, and /proc/net/tcp here is its table.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';

/** Set by scripts/lib/hostNamespace.mjs; read by the tests only, never by the product. */
const HOST_NETNS_ENV = 'NSI_HOST_NETNS';

/** Why the capture tests cannot fill a namespace of their own here, or undefined when they can. */
export function namespaceUnavailableReason(): string | undefined {
  const name = process.env[HOST_NETNS_ENV];
  if (!name) {
    return 'the harness started no private network namespace (desktop VS Code, not Linux, or not root: see scripts/test-host.mjs)';
  }
  if (process.getuid?.() !== 0) {
    return 'the extension host does not run as root';
  }
  // The namespace file is a bind mount of the namespace: its inode is what /proc/self/ns/net names.
  const own = fs.readlinkSync('/proc/self/ns/net');
  const expected = `net:[${fs.statSync(`/run/netns/${name}`).ino}]`;
  return own === expected ? undefined : `the extension host is in ${own}, not in the namespace ${name} (${expected})`;
}

/** `st` codes of /proc/net/tcp{,6} and the names ss prints for them (include/net/tcp_states.h). */
export const SS_STATE_CODES: ReadonlyMap<string, string> = new Map([
  ['ESTAB', '01'], ['SYN-SENT', '02'], ['SYN-RECV', '03'], ['FIN-WAIT-1', '04'], ['FIN-WAIT-2', '05'], ['TIME-WAIT', '06'],
  ['UNCONN', '07'], ['CLOSE-WAIT', '08'], ['LAST-ACK', '09'], ['LISTEN', '0A'], ['CLOSING', '0B'],
]);

export interface KernelRow {
  state: string;
  localPort: number;
  remotePort: number;
}

/** Rows of /proc/net/tcp-format text: `sl local rem st …` after the header line. */
export function procRows(text: string): KernelRow[] {
  return text
    .split('\n')
    .filter((line) => /^\s*\d+: /.test(line))
    .map((line) => {
      const [, local, remote, state] = line.trim().split(/\s+/);
      return { state: state.toUpperCase(), localPort: parseInt(local.split(':')[1], 16), remotePort: parseInt(remote.split(':')[1], 16) };
    });
}

/** The namespace's TCP sockets as the kernel lists them right now. */
export function kernelRows(): KernelRow[] {
  return [...procRows(fs.readFileSync('/proc/net/tcp', 'utf8')), ...procRows(fs.readFileSync('/proc/net/tcp6', 'utf8'))];
}

/** Rows of `ss -tan…` output (detail lines below a row are skipped), with the /proc state code. */
export function ssRows(text: string): KernelRow[] {
  const rows: KernelRow[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(/\s+/);
    const state = SS_STATE_CODES.get(fields[0]);
    if (state !== undefined && fields.length >= 5) {
      rows.push({ state, localPort: portOf(fields[3]), remotePort: portOf(fields[4]) });
    }
  }
  return rows;
}

function portOf(endpoint: string): number {
  const port = endpoint.slice(endpoint.lastIndexOf(':') + 1);
  return port === '*' ? 0 : Number(port);
}

/** Counts by state code, as a sorted list of `code×count` for readable assertion messages. */
export function stateCounts(rows: readonly KernelRow[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.state, (counts.get(row.state) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([state, count]) => `${state}×${count}`);
}

/** test/support/socket-holder.js, from the bundle in test/out/host. */
const HOLDER_SCRIPT = path.resolve(__dirname, '..', '..', 'support', 'socket-holder.js');

/** One socket-holder process (test/support/socket-holder.js) in the extension host's namespace. */
export class Holder {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

  private constructor(private readonly child: ChildProcess, readonly comm: string) {}

  static start(title: string, steps: object[]): Promise<Holder> {
    const child = spawn(process.execPath, [HOLDER_SCRIPT, JSON.stringify({ title, steps })], { stdio: ['pipe', 'pipe', 'pipe'], env: { PATH: process.env.PATH } });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve, reject) => {
      let holder: Holder | undefined;
      const timer = setTimeout(() => reject(new Error(`socket holder not ready after 60 s: ${stderr}`)), 60_000);
      child.once('exit', (code) => reject(new Error(`socket holder exited (${code}): ${stderr}`)));
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        const message = JSON.parse(line) as { ready?: boolean; comm?: string; done?: number; failed?: number; error?: string; fatal?: string };
        if (message.ready) {
          clearTimeout(timer);
          holder = new Holder(child, message.comm!);
          resolve(holder);
        } else if (message.fatal) {
          reject(new Error(message.fatal));
        } else {
          const id = message.done ?? message.failed!;
          const command = holder?.pending.get(id);
          holder?.pending.delete(id);
          if (message.done !== undefined) command?.resolve();
          else command?.reject(new Error(message.error));
        }
      });
    });
  }

  run(...steps: object[]): Promise<void> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin!.write(`${JSON.stringify({ id, steps })}\n`);
    });
  }

  /** Ends the holder; its sockets close with it. */
  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.kill('SIGKILL');
    });
  }
}
