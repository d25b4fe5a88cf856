/**
 * Real-socket fixture machinery: builds throwaway network namespaces, fills them with sockets in
 * known TCP states (processes running test/support/socket-holder.js), then captures `ss` and
 * `netstat` output together with a ground truth read straight from /proc/net/{tcp,tcp6,udp,udp6}.
 *
 * Needs root, `ip netns` and nsenter (see canCreateNamespaces()); some scenarios also need `nft`.
 * Every namespace and process is removed when a capture ends, fails or the process exits.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';

import { CANONICAL_STATES, type TcpState } from '../../server/src/core/model/tcpState';

/** The state names only; the counts themselves come from /proc, never from the product's parser. */
export const TCP_STATES = CANONICAL_STATES;
export type { TcpState };

export const SCENARIO_NAMES = [
  'mixed',
  'close-wait-leak',
  'time-wait-storm',
  'syn-flood',
  'syn-flood-client',
  'accept-queue-full',
  'healthy',
  'teardown-states',
] as const;
/**
 * Scenarios made for the diagnostic rules (test/unit/realDiagnostics.test.ts): each shows one
 * problem a rule must find, next to healthy traffic it must leave alone.
 */
export const RULE_SCENARIO_NAMES = [
  'syn-sent-pileup',
  'fin-wait2',
  'recv-q-buildup',
  'send-q-buildup',
  'ephemeral-exhaustion',
  'listen-overflow',
  'time-wait-overflow',
] as const;
/**
 * Scenarios too big for a committed fixture, built and captured by the tests that need them while
 * they run (skipped where namespaces cannot be made): capture-fixtures leaves them out.
 */
export const LIVE_SCENARIO_NAMES = ['slow-clients'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];
export type RuleScenarioName = (typeof RULE_SCENARIO_NAMES)[number];
export type LiveScenarioName = (typeof LIVE_SCENARIO_NAMES)[number];
/** Every scenario captureScenario() can build. */
export type AnyScenarioName = ScenarioName | RuleScenarioName | LiveScenarioName;

export const CAPTURE_COMMANDS = [
  'ss -tan',
  'ss -tanp',
  'ss -tanpoie',
  'ss -tuan',
  'netstat -ant',
  'netstat -antp',
  'netstat -tunap',
] as const;
export type CaptureCommand = (typeof CAPTURE_COMMANDS)[number];

/** Fixture file of each command's output, e.g. 'ss -tan' → 'ss-tan.txt'. */
export const FIXTURE_FILE_NAMES = Object.fromEntries(
  CAPTURE_COMMANDS.map((command) => [command, `${command.replace(' ', '')}.txt`]),
) as Record<CaptureCommand, string>;

export interface Truth {
  tcp: Record<TcpState, number>;
  tcpTotal: number;
  /** Rows of /proc/net/udp + /proc/net/udp6. */
  udp: number;
}

export interface ProcessNote {
  role: string;
  /** What the holder set as process.title. */
  requestedName: string;
  /** /proc/<pid>/comm as the kernel kept it (at most 15 bytes); `ss -p` shows this. */
  comm: string;
  /** First /proc/<pid>/cmdline field; `netstat -p` shows its basename. */
  cmdline: string;
  pid: number;
}

export interface ScenarioNotes {
  description: string;
  /** Which namespace was captured: the only one, or the server or client side of a veth pair. */
  namespaceRole: 'single' | 'server' | 'client';
  processes: ProcessNote[];
  /** Where to look in the output, e.g. the local port of a CLOSE_WAIT leak. */
  details: Record<string, string | number>;
}

/** Output of a command other than the seven socket listings, saved next to them (`netstat -s`, `sysctl`). */
export interface ExtraCapture {
  /** File name in the scenario's fixture folder. */
  file: string;
  command: string[];
  /** Run the command again after this long and keep both outputs: a paste of two snapshots. */
  repeatAfterMs?: number;
}

export interface Capture {
  scenario: AnyScenarioName;
  kernel: string;
  ssVersion: string;
  netstatVersion: string;
  capturedAt: string;
  outputs: Record<CaptureCommand, string>;
  truth: Truth;
  notes: ScenarioNotes;
  /** File name → output of the scenario's extra captures. */
  extras: Record<string, string>;
}

export interface CaptureOptions {
  /** How long the sockets may take to reach the scenario's states; default 60 s (a busy machine is slow). */
  settleTimeoutMs?: number;
  /** Progress messages. */
  log?: (message: string) => void;
  /** More commands to run in the captured namespace, after the scenario's own (a test's, not a fixture's). */
  extraCaptures?: readonly ExtraCapture[];
}

export interface KernelSocket {
  state: TcpState;
  localPort: number;
  remotePort: number;
}

/** `st` column of /proc/net/tcp{,6}, see include/net/tcp_states.h. */
const PROC_TCP_STATES: Record<string, TcpState> = {
  '01': 'ESTABLISHED',
  '02': 'SYN_SENT',
  '03': 'SYN_RECV',
  '04': 'FIN_WAIT1',
  '05': 'FIN_WAIT2',
  '06': 'TIME_WAIT',
  '07': 'CLOSED',
  '08': 'CLOSE_WAIT',
  '09': 'LAST_ACK',
  '0A': 'LISTEN',
  '0B': 'CLOSING',
};

/** Rows of one /proc/net/tcp or /proc/net/tcp6 file (header line included). */
export function parseProcNetTcp(text: string): KernelSocket[] {
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [, local, remote, code] = line.trim().split(/\s+/);
      const state = PROC_TCP_STATES[code.toUpperCase()];
      if (!state) throw new Error(`unknown TCP state code ${code} in: ${line}`);
      return { state, localPort: portOf(local), remotePort: portOf(remote) };
    });
}

function portOf(hexAddress: string): number {
  return parseInt(hexAddress.slice(hexAddress.lastIndexOf(':') + 1), 16);
}

export function summarizeTruth(tcp: readonly KernelSocket[], udpRows: number): Truth {
  const counts = Object.fromEntries(TCP_STATES.map((state) => [state, 0])) as Record<TcpState, number>;
  for (const socket of tcp) counts[socket.state]++;
  return { tcp: counts, tcpTotal: tcp.length, udp: udpRows };
}

// ---------------------------------------------------------------------------------------------
// Processes and namespaces

const HOLDER_SCRIPT = path.join(__dirname, 'socket-holder.js');
/** Deterministic tool output: no locale, no terminal size. */
const TOOL_ENV = { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', LC_ALL: 'C' };

/** Every namespace this process creates starts with this, so leftovers are easy to spot. */
export const namespacePrefix = `nsinsight-${process.pid}-`;
let namespaceCounter = 0;

/**
 * Runs a command in the namespace. nsenter switches only the network namespace; `ip netns exec`
 * would also remount /sys, hiding the cgroup2 mount that `ss -e` reads (it then prints
 * "cgroup:unreachable:1" instead of a real host's "cgroup:/...").
 */
function runIn(namespace: string, command: string[], input?: string): string {
  return run('nsenter', [`--net=/var/run/netns/${namespace}`, '--', ...command], input);
}

function run(command: string, args: string[], input?: string): string {
  const result = spawnSync(command, args, { env: TOOL_ENV, encoding: 'utf8', input });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}: ${result.stderr.trim()}`);
  }
  return result.stdout;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Names of this process's namespaces that currently exist. */
export function listOwnNamespaces(): string[] {
  return run('ip', ['netns', 'list'])
    .split('\n')
    .map((line) => line.split(' ')[0])
    .filter((name) => name.startsWith(namespacePrefix));
}

let namespaceSupport: boolean | undefined;

/** Tools a live capture runs besides `ip` and nsenter, each with an argument that only prints its version. */
const CAPTURE_TOOLS: ReadonlyArray<readonly [string, string]> = [
  ['ss', '-V'],
  ['netstat', '-V'],
];

/**
 * Why this machine cannot make a live capture of the mixed scenario, or undefined when it can:
 * not Linux, not root, no namespaces, or a tool missing. Tests skip with this reason.
 */
export function captureUnavailableReason(): string | undefined {
  if (process.platform !== 'linux') return `not Linux (${process.platform})`;
  if (process.getuid?.() !== 0) return 'not root: network namespaces need root';
  if (!canCreateNamespaces()) return '`ip netns add` or nsenter does not work here';
  for (const [tool, versionFlag] of CAPTURE_TOOLS) {
    const result = spawnSync(tool, [versionFlag], { env: TOOL_ENV, encoding: 'utf8' });
    if (result.error || result.status !== 0) return `\`${tool}\` is not installed (or \`${tool} ${versionFlag}\` fails)`;
  }
  return undefined;
}

/** True when running as root and `ip netns add` and nsenter work (checked once with a probe namespace). */
export function canCreateNamespaces(): boolean {
  if (namespaceSupport === undefined) {
    namespaceSupport = false;
    if (process.platform === 'linux' && process.getuid?.() === 0) {
      const probe = `${namespacePrefix}probe`;
      try {
        run('ip', ['netns', 'add', probe]);
        runIn(probe, ['true']);
        namespaceSupport = true;
      } catch {
        // Missing tools, or no permission to create namespaces: stays false.
      } finally {
        spawnSync('ip', ['netns', 'delete', probe], { env: TOOL_ENV });
      }
    }
  }
  return namespaceSupport;
}

type Step =
  | { op: 'listen'; name: string; host: string; port: number; backlog?: number; ipv6Only?: boolean; onPeerEnd?: 'close' | 'hold'; read?: boolean }
  | { op: 'connect'; name: string; host: string; port: number; count?: number; onPeerEnd?: 'close' | 'hold'; waitFor?: 'connect' | 'sent'; writeBytes?: number }
  | { op: 'end'; name: string; count?: number }
  | { op: 'destroy'; name: string; count?: number }
  | { op: 'churn'; host: string; port: number; count: number; parallel?: number }
  | { op: 'udp'; type: 'udp4' | 'udp6'; address: string; port?: number; connectTo?: { address: string; port: number } };

interface HolderSpec {
  title: string;
  steps: Step[];
  freezeWhenReady?: boolean;
}

/** Generous: starting Node inside a namespace takes seconds when every core is busy. */
const HOLDER_READY_TIMEOUT_MS = 60_000;

/** One socket-holder process inside a namespace, driven over its stdin/stdout. */
class Holder {
  note!: ProcessNote;
  private nextCommandId = 1;
  private readonly pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private stderr = '';
  private readonly exited: Promise<void>;

  constructor(private readonly child: ChildProcess, private readonly role: string) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  static async start(namespace: string, role: string, spec: HolderSpec, track: (holder: Holder) => void): Promise<Holder> {
    // detached: own process group, so a kill reaches everything it started.
    const child = spawn('ip', ['netns', 'exec', namespace, process.execPath, HOLDER_SCRIPT, JSON.stringify(spec)], {
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const holder = new Holder(child, role);
    track(holder);
    await holder.waitUntilReady(spec.title);
    return holder;
  }

  private waitUntilReady(requestedName: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(this.failure(`not ready after ${HOLDER_READY_TIMEOUT_MS} ms`)), HOLDER_READY_TIMEOUT_MS);
      const settle = (error?: Error) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
      // A holder that died mid-command makes its stdin fail; the exit handler reports that.
      this.child.stdin!.on('error', () => {});
      this.child.once('error', (error) => settle(error));
      this.child.once('exit', (code, signal) => {
        const error = this.failure(`exited (${signal ?? code})`);
        settle(error);
        for (const command of this.pending.values()) command.reject(error);
        this.pending.clear();
      });
      readline.createInterface({ input: this.child.stdout! }).on('line', (line) => {
        const message = JSON.parse(line) as {
          ready?: boolean; pid?: number; comm?: string; cmdline?: string; done?: number; failed?: number; error?: string; fatal?: string;
        };
        if (message.ready) {
          this.note = { role: this.role, requestedName, comm: message.comm!, cmdline: message.cmdline!, pid: message.pid! };
          settle();
        } else if (message.fatal) {
          settle(this.failure(message.fatal));
        } else {
          const id = message.done ?? message.failed!;
          const command = this.pending.get(id);
          this.pending.delete(id);
          if (message.done !== undefined) command?.resolve();
          else command?.reject(this.failure(message.error ?? 'command failed'));
        }
      });
    });
  }

  private failure(reason: string): Error {
    return new Error(`socket holder "${this.role}": ${reason}${this.stderr ? `\n${this.stderr.trim()}` : ''}`);
  }

  run(...steps: Step[]): Promise<void> {
    if (!this.running) return Promise.reject(this.failure('not running'));
    const id = this.nextCommandId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin!.write(`${JSON.stringify({ id, steps })}\n`);
    });
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  killNow(): void {
    if (!this.running || this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }

  /** Kills the process group and waits until the process is reaped (no zombie left). */
  async kill(): Promise<void> {
    this.killNow();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))]);
    clearTimeout(timer);
  }
}

/** The two ends of the veth pair: the client namespace talks to the server one over 10.88.0.0/24 and fd88::/64. */
const VETH = {
  client: { device: 'veth-client', mac: '02:88:00:00:00:02', v4: '10.88.0.2', v6: 'fd88::2' },
  server: { device: 'veth-server', mac: '02:88:00:00:00:01', v4: '10.88.0.1', v6: 'fd88::1' },
};
const CLIENT_V4 = VETH.client.v4;
const SERVER_V4 = VETH.server.v4;
const CLIENT_V6 = VETH.client.v6;
const SERVER_V6 = VETH.server.v6;

type ExpectedCounts = Partial<Record<TcpState, number>>;

interface KernelSnapshot {
  tcp: KernelSocket[];
  udpRows: number;
}

/** Reads /proc/net/{tcp,tcp6,udp,udp6} as the namespace's kernel sees them, in one go. */
function readKernel(namespace: string): KernelSnapshot {
  const dump = runIn(namespace, ['sh', '-ec', 'for f in tcp tcp6 udp udp6; do echo "#$f"; cat /proc/net/$f; done']);
  const files = new Map<string, string>();
  for (const section of dump.split(/^#/m).slice(1)) {
    const newline = section.indexOf('\n');
    files.set(section.slice(0, newline), section.slice(newline + 1));
  }
  const file = (name: string): string => {
    const text = files.get(name);
    if (text === undefined) throw new Error(`/proc/net/${name} missing from the dump of ${namespace}`);
    return text;
  };
  const rowCount = (text: string): number => text.split('\n').slice(1).filter((line) => line.trim() !== '').length;
  return {
    tcp: [...parseProcNetTcp(file('tcp')), ...parseProcNetTcp(file('tcp6'))],
    udpRows: rowCount(file('udp')) + rowCount(file('udp6')),
  };
}

const liveLabs = new Set<Lab>();
let exitHookInstalled = false;

/** The namespaces and processes of one scenario; dispose() removes all of them. */
class Lab {
  private readonly namespaces: string[] = [];
  private readonly holders: Holder[] = [];
  /** Set by cleanup; a scenario still running (e.g. after Ctrl-C) then cannot add anything new. */
  private disposed = false;

  constructor(private readonly settleTimeoutMs: number) {
    liveLabs.add(this);
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      // Last resort when the host process exits without awaiting cleanup (e.g. process.exit()).
      process.once('exit', () => liveLabs.forEach((lab) => lab.disposeNow()));
    }
  }

  createNamespace(role: string): string {
    this.assertNotDisposed();
    const name = `${namespacePrefix}${++namespaceCounter}-${role}`;
    run('ip', ['netns', 'add', name]);
    this.namespaces.push(name);
    run('ip', ['-n', name, 'link', 'set', 'lo', 'up']);
    // Packets of one connection can be reordered across CPUs (a handshake ACK overtaken by the FIN
    // right behind it); the late ACK then draws an RST that would kill a TIME_WAIT socket early.
    // RFC 1337 behaviour makes TIME_WAIT ignore RSTs, so TIME_WAIT counts stay exact.
    runIn(name, ['sh', '-c', 'echo 1 > /proc/sys/net/ipv4/tcp_rfc1337']);
    return name;
  }

  /** Two namespaces joined by a veth pair; the pair is created inside them, never in the host. */
  createLinkedPair(): { client: string; server: string } {
    const namespaces = { client: this.createNamespace('client'), server: this.createNamespace('server') };
    const { client, server } = VETH;
    run('ip', ['link', 'add', client.device, 'netns', namespaces.client, 'address', client.mac, 'type', 'veth',
      'peer', 'name', server.device, 'netns', namespaces.server, 'address', server.mac]);
    for (const [side, peer] of [[client, server], [server, client]] as const) {
      const namespace = side === client ? namespaces.client : namespaces.server;
      run('ip', ['-n', namespace, 'addr', 'add', `${side.v4}/24`, 'dev', side.device]);
      // nodad: usable at once instead of "tentative" for a second.
      run('ip', ['-n', namespace, 'addr', 'add', `${side.v6}/64`, 'dev', side.device, 'nodad']);
      run('ip', ['-n', namespace, 'link', 'set', side.device, 'up']);
      // Static neighbours: neighbour discovery on fresh veths can cost a first IPv6 SYN (one second).
      for (const address of [peer.v4, peer.v6]) {
        run('ip', ['-n', namespace, 'neigh', 'add', address, 'lladdr', peer.mac, 'dev', side.device, 'nud', 'permanent']);
      }
    }
    return namespaces;
  }

  /** Sets a per-namespace sysctl (gone with the namespace). */
  setSysctl(namespace: string, key: string, value: string): void {
    runIn(namespace, ['sysctl', '-q', '-w', `${key}=${value}`]);
  }

  /** Adds input-hook drop rules to the namespace's own ruleset (gone with the namespace). */
  dropIncoming(namespace: string, ...matches: string[]): void {
    const ruleset = [
      'table inet insight {',
      '  chain input { type filter hook input priority 0; policy accept; }',
      '}',
      ...matches.map((match) => `add rule inet insight input ${match} drop`),
    ].join('\n');
    runIn(namespace, ['nft', '-f', '-'], ruleset);
  }

  async startHolder(namespace: string, role: string, spec: HolderSpec): Promise<Holder> {
    this.assertNotDisposed();
    return Holder.start(namespace, role, spec, (holder) => this.holders.push(holder));
  }

  get processNotes(): ProcessNote[] {
    return this.holders.map((holder) => holder.note);
  }

  async waitUntil(namespace: string, description: string, isDone: (snapshot: KernelSnapshot) => boolean): Promise<void> {
    const deadline = Date.now() + this.settleTimeoutMs;
    for (;;) {
      const snapshot = readKernel(namespace);
      if (isDone(snapshot)) return;
      if (Date.now() > deadline) {
        const truth = summarizeTruth(snapshot.tcp, snapshot.udpRows);
        const seen = Object.entries(truth.tcp).filter(([, count]) => count > 0);
        throw new Error(`timed out waiting for ${description}; kernel shows ${JSON.stringify(Object.fromEntries(seen))}, udp ${truth.udp}`);
      }
      await delay(50);
    }
  }

  /** Waits until the namespace holds exactly these TCP counts (unlisted states: zero). */
  waitForExactly(namespace: string, expected: ExpectedCounts, udp = 0): Promise<void> {
    return this.waitUntil(namespace, `exactly ${JSON.stringify(expected)}, udp ${udp}`, (snapshot) => {
      const truth = summarizeTruth(snapshot.tcp, snapshot.udpRows);
      return truth.udp === udp && TCP_STATES.every((state) => truth.tcp[state] === (expected[state] ?? 0));
    });
  }

  /** Waits until `count` sockets in `state` have the given local or remote port. */
  waitForSockets(namespace: string, state: TcpState, port: { local?: number; remote?: number }, count: number): Promise<void> {
    return this.waitUntil(namespace, `${count} ${state} with ${JSON.stringify(port)}`, (snapshot) =>
      snapshot.tcp.filter(
        (socket) =>
          socket.state === state &&
          (port.local === undefined || socket.localPort === port.local) &&
          (port.remote === undefined || socket.remotePort === port.remote),
      ).length === count,
    );
  }

  private assertNotDisposed(): void {
    if (this.disposed) throw new Error('scenario was cleaned up while it was being built');
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    await Promise.all(this.holders.map((holder) => holder.kill()));
    this.deleteNamespaces();
    liveLabs.delete(this);
  }

  /** Synchronous variant for the exit hook: signals only, no waiting. */
  disposeNow(): void {
    this.disposed = true;
    this.holders.forEach((holder) => holder.killNow());
    this.deleteNamespaces();
    liveLabs.delete(this);
  }

  private deleteNamespaces(): void {
    for (const namespace of this.namespaces.splice(0)) {
      const result = spawnSync('ip', ['netns', 'delete', namespace], { env: TOOL_ENV, encoding: 'utf8' });
      if (result.status !== 0) process.stderr.write(`could not delete namespace ${namespace}: ${result.stderr}`);
    }
  }
}

/** Kills every holder process and deletes every namespace still owned by this process. */
export async function cleanupAll(): Promise<void> {
  await Promise.all([...liveLabs].map((lab) => lab.dispose()));
}

// ---------------------------------------------------------------------------------------------
// Scenarios

interface BuiltScenario {
  namespace: string;
  expected: ExpectedCounts;
  expectedUdp?: number;
  description: string;
  namespaceRole: ScenarioNotes['namespaceRole'];
  details: ScenarioNotes['details'];
  extraCaptures?: ExtraCapture[];
}

type ScenarioBuilder = (lab: Lab) => Promise<BuiltScenario>;

async function buildMixed(lab: Lab): Promise<BuiltScenario> {
  const namespace = lab.createNamespace('mixed');
  // lo has no link-local address by default; one is needed for a %lo-scoped socket.
  run('ip', ['-n', namespace, 'addr', 'add', 'fe80::1/64', 'dev', 'lo', 'nodad']);
  const scoped = 'fe80::1%lo';
  const queuePort = 7000;
  const queueBacklog = 2;
  // The kernel accepts up to backlog + 1 connections before dropping SYNs (sk_acceptq_is_full uses >).
  const queued = queueBacklog + 1;

  await lab.startHolder(namespace, 'servers', {
    title: 'api-server',
    steps: [
      { op: 'listen', name: 'web', host: '0.0.0.0', port: 8080 },
      { op: 'listen', name: 'dual', host: '::', port: 8443, ipv6Only: false, onPeerEnd: 'hold' },
      { op: 'listen', name: 'pg', host: '127.0.0.1', port: 5432, onPeerEnd: 'hold' },
      { op: 'listen', name: 'redis', host: '::1', port: 6379, ipv6Only: true, onPeerEnd: 'hold' },
      { op: 'listen', name: 'scoped', host: scoped, port: 9090, onPeerEnd: 'hold' },
    ],
  });
  await lab.startHolder(namespace, 'listener that never accepts', {
    title: 'slow-acceptor',
    steps: [{ op: 'listen', name: 'queue', host: '127.0.0.1', port: queuePort, backlog: queueBacklog }],
    freezeWhenReady: true,
  });
  await lab.startHolder(namespace, 'UDP sockets and redis clients', {
    title: 'my worker',
    steps: [
      { op: 'udp', type: 'udp4', address: '0.0.0.0', port: 5353 },
      { op: 'udp', type: 'udp6', address: '::', port: 5354 },
      { op: 'udp', type: 'udp6', address: scoped, port: 5355 },
      { op: 'udp', type: 'udp4', address: '127.0.0.1', connectTo: { address: '127.0.0.1', port: 5353 } },
      { op: 'udp', type: 'udp6', address: '::1', connectTo: { address: '::1', port: 5354 } },
      { op: 'connect', name: 'redis', host: '::1', port: 6379, count: 2 },
    ],
  });
  const clients = await lab.startHolder(namespace, 'TCP clients', {
    title: 'http-client',
    steps: [
      { op: 'connect', name: 'web', host: '127.0.0.1', port: 8080, count: 3 },
      { op: 'connect', name: 'mapped', host: '::ffff:127.0.0.1', port: 8443 },
      { op: 'connect', name: 'v4-to-dual', host: '127.0.0.1', port: 8443 },
      { op: 'connect', name: 'scoped', host: scoped, port: 9090 },
      { op: 'connect', name: 'pg', host: '127.0.0.1', port: 5432, count: 2, onPeerEnd: 'hold' },
      { op: 'end', name: 'pg' },
      { op: 'churn', host: '127.0.0.1', port: 8080, count: 3 },
      { op: 'connect', name: 'queued', host: '127.0.0.1', port: queuePort, count: queued },
    ],
  });
  // Only once the accept queue is really full do further SYNs get dropped (SYN_SENT).
  await lab.waitForSockets(namespace, 'ESTABLISHED', { local: queuePort }, queued);
  await clients.run({ op: 'connect', name: 'overflow', host: '127.0.0.1', port: queuePort, count: 2, waitFor: 'sent' });

  return {
    namespace,
    namespaceRole: 'single',
    // ESTABLISHED: 2 per pair (web 3, mapped 1, v4-to-dual 1, scoped 1, redis 2) + both ends of the 3 queued.
    expected: { LISTEN: 6, ESTABLISHED: 22, SYN_SENT: 2, CLOSE_WAIT: 2, FIN_WAIT2: 2, TIME_WAIT: 3 },
    expectedUdp: 5,
    // lsof lists only sockets a process holds: not the TIME_WAIT ones, nor those an application closed.
    extraCaptures: [
      { file: 'lsof-nP-i.txt', command: ['lsof', '-nP', '-i'] },
      { file: 'lsof-i.txt', command: ['lsof', '-i'] },
    ],
    description:
      'One namespace on lo: IPv4, IPv6, dual-stack, loopback-only and %lo-scoped listeners; ESTABLISHED pairs ' +
      '(one over an IPv4-mapped IPv6 address, one over fe80::1%lo); CLOSE_WAIT with FIN_WAIT2 peers; client-side ' +
      'TIME_WAIT; a listener with backlog 2 that never accepts, holding 3 connections, while 2 more clients stay SYN_SENT; ' +
      'bound and connected UDP sockets.',
    details: {
      dualStackListener: '[::]:8443',
      loopbackOnlyListener: '127.0.0.1:5432',
      ipv6OnlyListener: '[::1]:6379',
      scopedListener: '[fe80::1]%lo:9090',
      ipv4MappedPeer: '::ffff:127.0.0.1',
      closeWaitLocalPort: 5432,
      timeWaitRemote: '127.0.0.1:8080',
      fullAcceptQueueListener: `127.0.0.1:${queuePort}`,
      fullAcceptQueueBacklog: queueBacklog,
      fullAcceptQueueQueued: queued,
      synSentRemote: `127.0.0.1:${queuePort}`,
    },
  };
}

async function buildCloseWaitLeak(lab: Lab): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  const leakPort = 8080;
  const leaked = 30;
  const healthy = 6;
  await lab.startHolder(server, 'server that never closes', {
    title: 'api-server',
    steps: [
      { op: 'listen', name: 'api', host: '0.0.0.0', port: leakPort, onPeerEnd: 'hold' },
      { op: 'listen', name: 'admin', host: '127.0.0.1', port: 9000 },
    ],
  });
  const callers = await lab.startHolder(client, 'clients', {
    title: 'http-client',
    steps: [
      { op: 'connect', name: 'leaked', host: SERVER_V4, port: leakPort, count: leaked },
      { op: 'connect', name: 'healthy', host: SERVER_V4, port: leakPort, count: healthy },
    ],
  });
  await lab.waitForSockets(server, 'ESTABLISHED', { local: leakPort }, leaked + healthy);
  await callers.run({ op: 'end', name: 'leaked' });
  return {
    namespace: server,
    namespaceRole: 'server',
    expected: { LISTEN: 2, CLOSE_WAIT: leaked, ESTABLISHED: healthy },
    extraCaptures: [{ file: 'lsof-nP-i.txt', command: ['lsof', '-nP', '-i'] }],
    description:
      `Server side of a veth pair: the api-server process accepted ${leaked + healthy} connections on port ${leakPort}; ` +
      `${leaked} clients closed theirs but the server never closes (CLOSE_WAIT leak), ${healthy} stay ESTABLISHED.`,
    details: { closeWaitLocalPort: leakPort, closeWaitProcess: 'api-server', closeWaitPeer: CLIENT_V4 },
  };
}

/*
 * The storm and flood scenarios hold no ESTABLISHED socket on purpose: `ss -i` pads every socket's
 * info line to the widest one, and an ESTABLISHED socket's info is ~450 characters, which would
 * push `ss -tanpoie` of a few hundred sockets far past the 60 KB fixture budget.
 */

async function buildTimeWaitStorm(lab: Lab): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  const stormCount = 280;
  const secondCount = 12;
  await lab.startHolder(server, 'upstreams', {
    title: 'db-proxy',
    steps: [
      { op: 'listen', name: 'pg', host: '0.0.0.0', port: 5432 },
      { op: 'listen', name: 'redis', host: '::', port: 6379, ipv6Only: true },
    ],
  });
  await lab.startHolder(client, 'client that opens a connection per query', {
    title: 'order-worker',
    steps: [
      { op: 'churn', host: SERVER_V4, port: 5432, count: stormCount },
      { op: 'churn', host: SERVER_V6, port: 6379, count: secondCount },
    ],
  });
  return {
    namespace: client,
    namespaceRole: 'client',
    expected: { TIME_WAIT: stormCount + secondCount },
    description:
      `Client side of a veth pair: order-worker opened and closed (client first) ${stormCount} connections to ` +
      `${SERVER_V4}:5432 and ${secondCount} to [${SERVER_V6}]:6379, leaving only TIME_WAIT sockets, which no process owns.`,
    details: {
      timeWaitUpstream: `${SERVER_V4}:5432`,
      timeWaitUpstreamCount: stormCount,
      secondTimeWaitUpstream: `[${SERVER_V6}]:6379`,
      secondTimeWaitUpstreamCount: secondCount,
      timeWaitCreatedBy: 'order-worker',
    },
  };
}

async function buildSynFlood(lab: Lab, view: 'server' | 'client'): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  const floodPort = 443;
  const floodV4 = 130;
  const floodV6 = 20;
  // The client never sees the SYN-ACKs: the server keeps request sockets (SYN_RECV), the client SYN_SENT.
  lab.dropIncoming(client, `tcp sport ${floodPort} tcp flags & (syn | ack) == (syn | ack)`);
  await lab.startHolder(server, 'attacked server', {
    title: 'edge-proxy',
    steps: [
      // Backlog well above the flood, so the kernel keeps request sockets instead of answering with SYN cookies.
      { op: 'listen', name: 'https', host: '0.0.0.0', port: floodPort, backlog: 1024 },
      { op: 'listen', name: 'https6', host: '::', port: floodPort, backlog: 1024, ipv6Only: true },
      { op: 'listen', name: 'http', host: '0.0.0.0', port: 80 },
    ],
  });
  await lab.startHolder(client, 'flooding client', {
    title: 'syn-flooder',
    steps: [
      { op: 'connect', name: 'flood', host: SERVER_V4, port: floodPort, count: floodV4, waitFor: 'sent' },
      { op: 'connect', name: 'flood6', host: SERVER_V6, port: floodPort, count: floodV6, waitFor: 'sent' },
    ],
  });
  const serverExpected = { LISTEN: 3, SYN_RECV: floodV4 + floodV6 };
  const clientExpected = { SYN_SENT: floodV4 + floodV6 };
  // Both sides must have settled whichever one is captured.
  await lab.waitForExactly(view === 'server' ? client : server, view === 'server' ? clientExpected : serverExpected);
  const details = { synFloodPort: floodPort, synFloodServer: `${SERVER_V4} and [${SERVER_V6}]`, synFloodClient: `${CLIENT_V4} and [${CLIENT_V6}]` };
  return view === 'server'
    ? {
        namespace: server,
        namespaceRole: 'server',
        expected: serverExpected,
        description:
          `Server side of a veth pair whose client namespace drops SYN-ACKs (nft): ${floodV4} IPv4 + ${floodV6} IPv6 SYN_RECV ` +
          `on port ${floodPort} (edge-proxy listeners, backlog 1024); edge-proxy also listens on port 80.`,
        details,
      }
    : {
        namespace: client,
        namespaceRole: 'client',
        expected: clientExpected,
        description:
          `Client side of the syn-flood setup, captured in a run of its own: syn-flooder holds ` +
          `${floodV4 + floodV6} SYN_SENT towards port ${floodPort}.`,
        details,
      };
}

async function buildAcceptQueueFull(lab: Lab): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  const stuckPort = 3000;
  const backlog = 8;
  const queued = backlog + 1;
  const waiting = 4;
  const apiConnections = 4;
  await lab.startHolder(server, 'listener that never accepts', {
    title: '<img src=x onerror=alert(1)>',
    steps: [{ op: 'listen', name: 'stuck', host: '0.0.0.0', port: stuckPort, backlog }],
    freezeWhenReady: true,
  });
  await lab.startHolder(server, 'healthy server', {
    title: 'api-server',
    steps: [{ op: 'listen', name: 'api', host: '0.0.0.0', port: 8080 }],
  });
  const clients = await lab.startHolder(client, 'clients', {
    title: 'load-tester',
    steps: [
      { op: 'connect', name: 'queued', host: SERVER_V4, port: stuckPort, count: queued },
      { op: 'connect', name: 'api', host: SERVER_V4, port: 8080, count: apiConnections },
    ],
  });
  await lab.waitForSockets(server, 'ESTABLISHED', { local: stuckPort }, queued);
  await clients.run({ op: 'connect', name: 'overflow', host: SERVER_V4, port: stuckPort, count: waiting, waitFor: 'sent' });
  await lab.waitForSockets(client, 'SYN_SENT', { remote: stuckPort }, waiting);
  return {
    namespace: server,
    namespaceRole: 'server',
    expected: { LISTEN: 2, ESTABLISHED: queued + apiConnections },
    description:
      `Server side of a veth pair: a listener on port ${stuckPort} with backlog ${backlog} whose process never accepts ` +
      `(its name is an HTML snippet, cut by the kernel) holds ${queued} connections in its accept queue (Recv-Q ${queued} > ` +
      `Send-Q ${backlog}); ${waiting} further clients are stuck in SYN_SENT on the client side (their SYNs are dropped). ` +
      `api-server on port 8080 has ${apiConnections} normal connections.`,
    details: {
      fullAcceptQueueListener: `0.0.0.0:${stuckPort}`,
      backlog,
      queuedConnections: queued,
      clientsInSynSent: waiting,
    },
  };
}

async function buildHealthy(lab: Lab): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  const v4Http = 24;
  const v6Http = 6;
  const https = 10;
  const serverClosed = 5;
  const web = await lab.startHolder(server, 'web server', {
    title: 'web-server',
    steps: [
      { op: 'listen', name: 'http', host: '0.0.0.0', port: 80 },
      { op: 'listen', name: 'http6', host: '::', port: 80, ipv6Only: true },
      { op: 'listen', name: 'https', host: '::', port: 443, ipv6Only: false },
      { op: 'udp', type: 'udp4', address: '127.0.0.1', connectTo: { address: '127.0.0.1', port: 8125 } },
    ],
  });
  await lab.startHolder(server, 'metrics exporter', {
    title: 'node-exporter',
    steps: [{ op: 'listen', name: 'metrics', host: '127.0.0.1', port: 9100 }],
  });
  await lab.startHolder(client, 'browsers', {
    title: 'browser-pool',
    steps: [
      { op: 'connect', name: 'http', host: SERVER_V4, port: 80, count: v4Http },
      { op: 'connect', name: 'http6', host: SERVER_V6, port: 80, count: v6Http },
      { op: 'connect', name: 'https', host: SERVER_V4, port: 443, count: https },
    ],
  });
  await lab.waitForSockets(server, 'ESTABLISHED', { local: 80 }, v4Http + v6Http);
  await lab.waitForSockets(server, 'ESTABLISHED', { local: 443 }, https);
  // The server closes a few keep-alive connections first, so it keeps their TIME_WAIT.
  await web.run({ op: 'end', name: 'http', count: serverClosed });
  return {
    namespace: server,
    namespaceRole: 'server',
    expected: { LISTEN: 4, ESTABLISHED: v4Http + v6Http + https - serverClosed, TIME_WAIT: serverClosed },
    expectedUdp: 1,
    description:
      `Server side of a veth pair, nothing to alarm about: web-server listening on 80 (IPv4 and IPv6) and 443 (dual-stack, ` +
      `IPv4 peers appear as ::ffff:), node-exporter on 127.0.0.1:9100, ${v4Http + v6Http + https - serverClosed} ESTABLISHED, ` +
      `${serverClosed} TIME_WAIT from keep-alive connections the server closed, one connected UDP socket.`,
    details: { webServerProcess: 'web-server', timeWaitLocalPort: 80 },
  };
}

/**
 * FIN_WAIT1, LAST_ACK and CLOSING all end up on the client side, each made to last by dropping the
 * ACK that would end it: the states then only change after minutes of retransmissions.
 */
async function buildTeardownStates(lab: Lab): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  const finWait1Port = 7001;
  const lastAckPort = 7002;
  const closingPort = 7003;
  const perState = 2;
  const rpcServer = await lab.startHolder(server, 'server', {
    title: 'rpc-server',
    steps: [finWait1Port, lastAckPort, closingPort].map((port) => ({
      op: 'listen' as const,
      name: `port-${port}`,
      host: '0.0.0.0',
      port,
      onPeerEnd: 'hold' as const,
    })),
  });
  const rpcClient = await lab.startHolder(client, 'client', {
    title: 'rpc-client',
    steps: [finWait1Port, lastAckPort, closingPort].map((port) => ({
      op: 'connect' as const,
      name: `port-${port}`,
      host: SERVER_V4,
      port,
      count: perState,
      onPeerEnd: 'hold' as const,
    })),
  });
  await lab.waitForSockets(server, 'ESTABLISHED', {}, 3 * perState);

  // LAST_ACK needs the client to close second: the server closes first, the client sits in CLOSE_WAIT.
  await rpcServer.run({ op: 'end', name: `port-${lastAckPort}` });
  await lab.waitForSockets(client, 'CLOSE_WAIT', { remote: lastAckPort }, perState);

  // FIN_WAIT1 and LAST_ACK: the client never sees the server's ACK of its FIN.
  lab.dropIncoming(client, `tcp sport { ${finWait1Port}, ${lastAckPort} }`);
  // CLOSING: the server never sees the client's FIN, nor later the client's ACK of the server's FIN.
  lab.dropIncoming(server, `tcp dport ${closingPort}`);
  await rpcClient.run(...[finWait1Port, lastAckPort, closingPort].map((port) => ({ op: 'end' as const, name: `port-${port}` })));
  await lab.waitForSockets(client, 'FIN_WAIT1', { remote: closingPort }, perState);
  // The server's FIN now crosses the client's unacknowledged one: simultaneous close.
  await rpcServer.run({ op: 'end', name: `port-${closingPort}` });

  return {
    namespace: client,
    namespaceRole: 'client',
    expected: { FIN_WAIT1: perState, LAST_ACK: perState, CLOSING: perState },
    description:
      `Client side of a veth pair with nft dropping chosen ACKs: rpc-client connections to ${SERVER_V4}:${finWait1Port} ` +
      `in FIN_WAIT1, to :${lastAckPort} in LAST_ACK and to :${closingPort} in CLOSING (${perState} each). LAST_ACK and ` +
      'CLOSING sockets are already closed by the process (no owner in -p output).',
    details: { finWait1RemotePort: finWait1Port, lastAckRemotePort: lastAckPort, closingRemotePort: closingPort },
  };
}

/** Bytes waiting in the receive (rx) or send (tx) queue of each socket on `localPort`, from /proc. */
function queuedBytes(namespace: string, localPort: number, queue: 'rx' | 'tx'): number[] {
  const text = runIn(namespace, ['sh', '-ec', 'cat /proc/net/tcp /proc/net/tcp6']);
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length > 4 && /^[0-9A-F]+:[0-9A-F]{4}$/i.test(fields[1]) && portOf(fields[1]) === localPort && fields[3] === '01')
    .map((fields) => {
      const [tx, rx] = fields[4].split(':');
      return Number.parseInt(queue === 'tx' ? tx : rx, 16);
    });
}

/** A firewall on the upstream drops SYNs to one port; the client's attempts pile up in SYN_SENT. */
async function buildSynSentPileup(lab: Lab): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  const blockedPort = 5432;
  const attempts = 14;
  const pooled = 4;
  lab.dropIncoming(server, `tcp dport ${blockedPort}`);
  await lab.startHolder(server, 'upstreams', {
    title: 'db-primary',
    steps: [
      { op: 'listen', name: 'pg', host: '0.0.0.0', port: blockedPort },
      { op: 'listen', name: 'redis', host: '0.0.0.0', port: 6379 },
    ],
  });
  await lab.startHolder(client, 'application', {
    title: 'order-service',
    steps: [
      { op: 'connect', name: 'redis', host: SERVER_V4, port: 6379, count: pooled },
      { op: 'connect', name: 'pg', host: SERVER_V4, port: blockedPort, count: attempts, waitFor: 'sent' },
    ],
  });
  return {
    namespace: client,
    namespaceRole: 'client',
    expected: { SYN_SENT: attempts, ESTABLISHED: pooled },
    description:
      `Client side of a veth pair whose server namespace drops every SYN to port ${blockedPort} (nft): order-service has ` +
      `${attempts} connection attempts to ${SERVER_V4}:${blockedPort} in SYN_SENT and ${pooled} working connections to :6379.`,
    details: { synSentRemote: `${SERVER_V4}:${blockedPort}`, synSentCount: attempts, healthyRemote: `${SERVER_V4}:6379` },
  };
}

/**
 * The client closes first and the server never closes its side. Connections the client only
 * shut down stay in FIN_WAIT2 for good (owned by the process); those it close()d are orphans
 * that tcp_fin_timeout ends after 60 s (the kernel keeps them as light timewait sockets, which
 * ss -s counts under timewait). A third group's FINs are dropped by the server: close()d, they
 * stay real orphans in FIN_WAIT1, which ss -s counts as orphaned.
 */
async function buildFinWait2(lab: Lab): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  const heldCount = 20;
  const orphanCount = 12;
  const lostFinCount = 6;
  lab.dropIncoming(server, 'tcp dport 8082 tcp flags & fin == fin');
  await lab.startHolder(server, 'server that never closes', {
    title: 'report-api',
    steps: [
      { op: 'listen', name: 'reports', host: '0.0.0.0', port: 8080, onPeerEnd: 'hold' },
      { op: 'listen', name: 'exports', host: '0.0.0.0', port: 8081, onPeerEnd: 'hold' },
      { op: 'listen', name: 'uploads', host: '0.0.0.0', port: 8082, onPeerEnd: 'hold' },
    ],
  });
  const callers = await lab.startHolder(client, 'client', {
    title: 'batch-client',
    steps: [
      { op: 'connect', name: 'held', host: SERVER_V4, port: 8080, count: heldCount },
      { op: 'connect', name: 'orphaned', host: SERVER_V4, port: 8081, count: orphanCount },
      { op: 'connect', name: 'lost-fin', host: SERVER_V4, port: 8082, count: lostFinCount },
    ],
  });
  await lab.waitForSockets(server, 'ESTABLISHED', {}, heldCount + orphanCount + lostFinCount);
  await callers.run({ op: 'end', name: 'held' }, { op: 'destroy', name: 'orphaned' }, { op: 'destroy', name: 'lost-fin' });
  return {
    namespace: client,
    namespaceRole: 'client',
    expected: { FIN_WAIT2: heldCount + orphanCount, FIN_WAIT1: lostFinCount },
    description:
      `Client side of a veth pair: batch-client shut down (without closing) ${heldCount} connections to ${SERVER_V4}:8080 and ` +
      `closed ${orphanCount} to :8081 (orphans); report-api never closes its side, so all of them wait in FIN_WAIT2. ` +
      `${lostFinCount} more to :8082 were closed too, but the server drops their FINs (nft): orphans in FIN_WAIT1. ` +
      'ss-s.txt holds ss -s (its orphan count is the whole kernel\'s, not only this namespace\'s).',
    details: { heldRemote: `${SERVER_V4}:8080`, heldCount, orphanRemote: `${SERVER_V4}:8081`, orphanCount, lostFinRemote: `${SERVER_V4}:8082`, lostFinCount },
    extraCaptures: [{ file: 'ss-s.txt', command: ['ss', '-s'] }],
  };
}

/**
 * ingest-api never reads what its clients send, so their data waits in its Recv-Q and in the
 * clients' Send-Q; metrics-api reads everything (the healthy neighbour).
 */
async function buildQueueBuildup(lab: Lab, view: 'server' | 'client'): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  const stuckPort = 9000;
  const healthyPort = 9100;
  const perPort = 6;
  await lab.startHolder(server, 'server that stopped reading', {
    title: 'ingest-api',
    steps: [{ op: 'listen', name: 'ingest', host: '0.0.0.0', port: stuckPort, read: false }],
  });
  await lab.startHolder(server, 'healthy server', {
    title: 'metrics-api',
    steps: [{ op: 'listen', name: 'metrics', host: '0.0.0.0', port: healthyPort }],
  });
  await lab.startHolder(client, 'uploaders', {
    title: 'log-shipper',
    steps: [
      { op: 'connect', name: 'ingest', host: SERVER_V4, port: stuckPort, count: perPort, writeBytes: 4 * 1024 * 1024 },
      { op: 'connect', name: 'metrics', host: SERVER_V4, port: healthyPort, count: perPort, writeBytes: 64 * 1024 },
    ],
  });
  await lab.waitForSockets(server, 'ESTABLISHED', { local: stuckPort }, perPort);
  // The queues fill within a few round trips; wait until they stop growing.
  let previous = '';
  await lab.waitUntil(server, 'receive queues to settle', () => {
    const current = JSON.stringify(queuedBytes(server, stuckPort, 'rx'));
    const settled = current === previous && JSON.parse(current).every((bytes: number) => bytes > 0);
    previous = current;
    return settled;
  });
  const expected = { ESTABLISHED: 2 * perPort };
  const details = { stuckPort, stuckProcess: 'ingest-api', healthyPort, sender: 'log-shipper' };
  return view === 'server'
    ? {
        namespace: server,
        namespaceRole: 'server',
        expected: { ...expected, LISTEN: 2 },
        description:
          `Server side of a veth pair: ingest-api accepted ${perPort} connections on port ${stuckPort} and never reads them, so ` +
          `their data fills its Recv-Q; metrics-api on ${healthyPort} reads its ${perPort} connections (Recv-Q 0).`,
        details,
      }
    : {
        namespace: client,
        namespaceRole: 'client',
        expected,
        description:
          `Client side of the same setup, captured in a run of its own: log-shipper's ${perPort} connections to ` +
          `${SERVER_V4}:${stuckPort} hold unacknowledged data in Send-Q; its ${perPort} connections to :${healthyPort} are drained.`,
        details,
      };
}

/** A narrowed ephemeral range and one connection per query: TIME_WAIT takes most of the ports to one upstream. */
async function buildEphemeralExhaustion(lab: Lab): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  const range = { low: 40000, high: 40199 };
  const churned = 150;
  // TIME_WAIT only, no ESTABLISHED: ss -i would pad every line to an ESTABLISHED socket's long info.
  const neighbour = 12;
  lab.setSysctl(client, 'net.ipv4.ip_local_port_range', `${range.low} ${range.high}`);
  await lab.startHolder(server, 'upstreams', {
    title: 'db-proxy',
    steps: [
      { op: 'listen', name: 'pg', host: '0.0.0.0', port: 5432 },
      { op: 'listen', name: 'redis', host: '0.0.0.0', port: 6379 },
    ],
  });
  await lab.startHolder(client, 'client that opens a connection per query', {
    title: 'order-worker',
    steps: [
      { op: 'churn', host: SERVER_V4, port: 5432, count: churned },
      { op: 'churn', host: SERVER_V4, port: 6379, count: neighbour },
    ],
  });
  return {
    namespace: client,
    namespaceRole: 'client',
    expected: { TIME_WAIT: churned + neighbour },
    description:
      `Client side of a veth pair with net.ipv4.ip_local_port_range = ${range.low} ${range.high} (200 ports): order-worker ` +
      `opened and closed ${churned} connections to ${SERVER_V4}:5432 and ${neighbour} to :6379, all now in TIME_WAIT. ` +
      'sysctl.txt holds the namespace\'s port range as sysctl prints it.',
    details: { portRange: `${range.low}-${range.high}`, timeWaitUpstream: `${SERVER_V4}:5432`, timeWaitCount: churned, neighbourUpstream: `${SERVER_V4}:6379`, neighbourCount: neighbour },
    extraCaptures: [{ file: 'sysctl.txt', command: ['sysctl', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_tw_reuse'] }],
  };
}

/**
 * A listener that never accepts, with more clients than its backlog: ListenOverflows grows with
 * every SYN retry. The application asks for the default backlog; net.core.somaxconn caps it, which
 * is all net-tools netstat users can know about the limit.
 */
async function buildListenOverflow(lab: Lab): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  const port = 7000;
  const somaxconn = 2;
  const queued = somaxconn + 1;
  const refused = 6;
  lab.setSysctl(server, 'net.core.somaxconn', String(somaxconn));
  await lab.startHolder(server, 'listener that never accepts', {
    title: 'slow-acceptor',
    steps: [{ op: 'listen', name: 'queue', host: '0.0.0.0', port }],
    freezeWhenReady: true,
  });
  const clients = await lab.startHolder(client, 'clients', {
    title: 'load-tester',
    steps: [{ op: 'connect', name: 'queued', host: SERVER_V4, port, count: queued }],
  });
  await lab.waitForSockets(server, 'ESTABLISHED', { local: port }, queued);
  await clients.run({ op: 'connect', name: 'overflow', host: SERVER_V4, port, count: refused, waitFor: 'sent' });
  await lab.waitForSockets(client, 'SYN_SENT', { remote: port }, refused);
  return {
    namespace: server,
    namespaceRole: 'server',
    expected: { LISTEN: 1, ESTABLISHED: queued },
    description:
      `Server side of a veth pair with net.core.somaxconn = ${somaxconn}: slow-acceptor listens on ${port} (backlog 511, capped to ` +
      `${somaxconn}) and never accepts; ${queued} connections fill its accept queue and ${refused} more clients keep retrying their ` +
      'SYNs, which the server drops (ListenOverflows, ListenDrops). netstat-s.txt holds two netstat -s snapshots taken 2.5 s ' +
      'apart, ss-s.txt the ss -s summary, sysctl.txt the namespace\'s somaxconn.',
    details: { listener: `0.0.0.0:${port}`, somaxconn, queued, retryingClients: refused },
    extraCaptures: [
      { file: 'netstat-s.txt', command: ['netstat', '-s'], repeatAfterMs: 2500 },
      { file: 'ss-s.txt', command: ['ss', '-s'] },
      { file: 'sysctl.txt', command: ['sysctl', 'net.core.somaxconn'] },
    ],
  };
}

/** net.ipv4.tcp_max_tw_buckets lowered in the namespace: most closing connections skip TIME_WAIT. */
async function buildTimeWaitOverflow(lab: Lab): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  const buckets = 20;
  const churned = 50;
  lab.setSysctl(client, 'net.ipv4.tcp_max_tw_buckets', String(buckets));
  await lab.startHolder(server, 'upstream', { title: 'db-proxy', steps: [{ op: 'listen', name: 'pg', host: '0.0.0.0', port: 5432 }] });
  await lab.startHolder(client, 'client that opens a connection per query', {
    title: 'order-worker',
    steps: [{ op: 'churn', host: SERVER_V4, port: 5432, count: churned }],
  });
  return {
    namespace: client,
    namespaceRole: 'client',
    expected: { TIME_WAIT: buckets },
    description:
      `Client side of a veth pair with net.ipv4.tcp_max_tw_buckets = ${buckets}: order-worker closed ${churned} connections first; ` +
      `only ${buckets} could enter TIME_WAIT, the others were destroyed (TCPTimeWaitOverflow in netstat-s.txt).`,
    details: { maxTimeWaitBuckets: buckets, closedConnections: churned },
    extraCaptures: [
      { file: 'netstat-s.txt', command: ['netstat', '-s'] },
      { file: 'sysctl.txt', command: ['sysctl', 'net.ipv4.tcp_max_tw_buckets'] },
    ],
  };
}

/** The ports of the slow-clients scenario and how many clients each has, slow ones among them. */
export const SLOW_CLIENTS_PORTS = [
  { port: 443, clients: 300, slow: 20 },
  { port: 8443, clients: 100, slow: 5 },
] as const;

/**
 * A web server sends 1 MiB to each client that connects; most clients read it all, a few stop reading.
 * Their receive buffers are kept small (tcp_rmem in the client namespace), so what they do not read
 * stays unacknowledged in the server's Send-Q, while the readers' queues drain to 0.
 */
async function buildSlowClients(lab: Lab): Promise<BuiltScenario> {
  const { client, server } = lab.createLinkedPair();
  runIn(client, ['sh', '-c', 'echo "4096 16384 65536" > /proc/sys/net/ipv4/tcp_rmem']);
  const sent = 1024 * 1024;
  await lab.startHolder(server, 'web server', {
    title: 'web-server',
    steps: SLOW_CLIENTS_PORTS.map(({ port }) => ({ op: 'listen', name: `web-${port}`, host: '0.0.0.0', port, writeBytes: sent })),
  });
  await lab.startHolder(client, 'clients that read', {
    title: 'browser',
    steps: SLOW_CLIENTS_PORTS.map(({ port, clients, slow }) => ({ op: 'connect', name: `fast-${port}`, host: SERVER_V4, port, count: clients - slow })),
  });
  await lab.startHolder(client, 'clients that stopped reading', {
    title: 'stalled-client',
    steps: SLOW_CLIENTS_PORTS.map(({ port, slow }) => ({ op: 'connect', name: `slow-${port}`, host: SERVER_V4, port, count: slow, read: false })),
  });
  for (const { port, clients } of SLOW_CLIENTS_PORTS) {
    await lab.waitForSockets(server, 'ESTABLISHED', { local: port }, clients);
  }
  // The readers drain within a few round trips; the others stop with a few hundred KiB unacknowledged (the
  // rest waits in the server process): wait until every queue is one or the other.
  await lab.waitUntil(server, 'send queues to settle', () =>
    SLOW_CLIENTS_PORTS.every(({ port, slow }) => {
      const queues = queuedBytes(server, port, 'tx');
      return queues.filter((bytes) => bytes === 0).length === queues.length - slow && queues.filter((bytes) => bytes >= 64 * 1024).length === slow;
    }),
  );
  return {
    namespace: server,
    namespaceRole: 'server',
    expected: { LISTEN: SLOW_CLIENTS_PORTS.length, ESTABLISHED: SLOW_CLIENTS_PORTS.reduce((sum, { clients }) => sum + clients, 0) },
    description:
      `Server side of a veth pair: web-server sent 1 MiB to each client; ${SLOW_CLIENTS_PORTS.map(({ port, clients, slow }) => `on port ${port}, ${slow} of ${clients} clients stopped reading`).join(', ')} ` +
      '(their data stays in Send-Q), the others read it all (Send-Q 0).',
    details: Object.fromEntries(SLOW_CLIENTS_PORTS.map(({ port, clients, slow }) => [`slowClientsOn${port}`, `${slow} of ${clients}`])),
  };
}

const SCENARIO_BUILDERS: Record<AnyScenarioName, ScenarioBuilder> = {
  mixed: buildMixed,
  'close-wait-leak': buildCloseWaitLeak,
  'time-wait-storm': buildTimeWaitStorm,
  'syn-flood': (lab) => buildSynFlood(lab, 'server'),
  'syn-flood-client': (lab) => buildSynFlood(lab, 'client'),
  'accept-queue-full': buildAcceptQueueFull,
  healthy: buildHealthy,
  'teardown-states': buildTeardownStates,
  'syn-sent-pileup': buildSynSentPileup,
  'fin-wait2': buildFinWait2,
  'recv-q-buildup': (lab) => buildQueueBuildup(lab, 'server'),
  'send-q-buildup': (lab) => buildQueueBuildup(lab, 'client'),
  'ephemeral-exhaustion': buildEphemeralExhaustion,
  'listen-overflow': buildListenOverflow,
  'time-wait-overflow': buildTimeWaitOverflow,
  'slow-clients': buildSlowClients,
};

// ---------------------------------------------------------------------------------------------
// Capture

function toolVersions(): { ssVersion: string; netstatVersion: string } {
  const ss = run('ss', ['-V']);
  const netstat = run('netstat', ['-V']);
  return {
    ssVersion: /iproute2-\S+/.exec(ss)?.[0] ?? ss.trim(),
    netstatVersion: netstat.split('\n')[0].trim(),
  };
}

const CAPTURE_ATTEMPTS = 5;

/** Runs every capture command, bracketed by two kernel reads that must agree (quiescent namespace). */
async function captureQuiescent(namespace: string): Promise<{ outputs: Record<CaptureCommand, string>; truth: Truth; capturedAt: string }> {
  for (let attempt = 1; attempt <= CAPTURE_ATTEMPTS; attempt++) {
    const before = readKernel(namespace);
    const capturedAt = new Date().toISOString();
    const outputs = Object.fromEntries(
      CAPTURE_COMMANDS.map((command) => [command, runIn(namespace, command.split(' '))]),
    ) as Record<CaptureCommand, string>;
    const after = readKernel(namespace);
    const truth = summarizeTruth(after.tcp, after.udpRows);
    if (JSON.stringify(summarizeTruth(before.tcp, before.udpRows)) === JSON.stringify(truth)) {
      return { outputs, truth, capturedAt };
    }
    await delay(200);
  }
  throw new Error(`socket counts in ${namespace} kept changing during ${CAPTURE_ATTEMPTS} capture attempts`);
}

/** Runs each extra command in the namespace; a repeated one is saved as a pasted session of two prompts. */
async function captureExtras(namespace: string, extras: readonly ExtraCapture[]): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const extra of extras) {
    const first = runIn(namespace, extra.command);
    if (extra.repeatAfterMs === undefined) {
      files[extra.file] = first;
      continue;
    }
    await delay(extra.repeatAfterMs);
    const prompt = `$ ${extra.command.join(' ')}\n`;
    files[extra.file] = `${prompt}${first}${prompt}${runIn(namespace, extra.command)}`;
  }
  return files;
}

/**
 * Builds the scenario in fresh namespaces, waits until the kernel shows exactly the intended
 * socket states, captures every command's output plus the /proc truth, and removes everything.
 */
export async function captureScenario(name: AnyScenarioName, options: CaptureOptions = {}): Promise<Capture> {
  const log = options.log ?? (() => {});
  const lab = new Lab(options.settleTimeoutMs ?? 60_000);
  try {
    log(`${name}: building`);
    const built = await SCENARIO_BUILDERS[name](lab);
    await lab.waitForExactly(built.namespace, built.expected, built.expectedUdp);
    log(`${name}: capturing`);
    const { outputs, truth, capturedAt } = await captureQuiescent(built.namespace);
    const extras = await captureExtras(built.namespace, [...(built.extraCaptures ?? []), ...(options.extraCaptures ?? [])]);
    return {
      scenario: name,
      kernel: os.release(),
      ...toolVersions(),
      capturedAt,
      outputs,
      truth,
      notes: {
        description: built.description,
        namespaceRole: built.namespaceRole,
        processes: lab.processNotes,
        details: built.details,
      },
      extras,
    };
  } finally {
    await lab.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// A live series: the same commands run again after sockets were opened or closed

/** What happens on the server before one snapshot of a live series. */
export interface SeriesStep {
  /** Clients that send their FIN now: the server never closes, so its side of each stays in CLOSE_WAIT. */
  readonly endClients?: number;
  /** CLOSE_WAIT sockets the server finally closes (allowed once every client has ended, so each one it closes is in CLOSE_WAIT). */
  readonly closeOnServer?: number;
  /** How long to wait before the snapshot, so that the printed times differ. */
  readonly waitMs?: number;
}

export interface SeriesSnapshot {
  /** The output of each command, in the order given. */
  readonly outputs: string[];
  /** /proc's counts when the commands ran (read before and after, equal). */
  readonly truth: Truth;
}

/**
 * A server namespace on a veth pair with `connections` clients; before each snapshot a step ends
 * clients or closes CLOSE_WAIT sockets, the kernel is waited for until it shows exactly the expected
 * states, and `commandsOf(index)` run in the server namespace (`LC_ALL=C`). Everything is removed at the end.
 */
export async function captureCloseWaitSeries(
  connections: number,
  steps: readonly SeriesStep[],
  commandsOf: (index: number) => string[][],
  options: CaptureOptions = {},
): Promise<SeriesSnapshot[]> {
  const lab = new Lab(options.settleTimeoutMs ?? 60_000);
  try {
    const { client, server } = lab.createLinkedPair();
    const port = 8080;
    const servers = await lab.startHolder(server, 'server that never closes', {
      title: 'api-server',
      steps: [{ op: 'listen', name: 'api', host: '0.0.0.0', port, onPeerEnd: 'hold' }],
    });
    const clients = await lab.startHolder(client, 'clients', {
      title: 'http-client',
      steps: [{ op: 'connect', name: 'calls', host: SERVER_V4, port, count: connections }],
    });
    await lab.waitForExactly(server, { LISTEN: 1, ESTABLISHED: connections });
    const snapshots: SeriesSnapshot[] = [];
    let ended = 0;
    let closed = 0;
    for (const [index, step] of steps.entries()) {
      if (step.endClients) {
        await clients.run({ op: 'end', name: 'calls', count: step.endClients });
        ended += step.endClients;
      }
      if (step.closeOnServer) {
        if (ended < connections) throw new Error('closeOnServer needs every client ended first');
        await servers.run({ op: 'destroy', name: 'api', count: step.closeOnServer });
        closed += step.closeOnServer;
      }
      const expected: ExpectedCounts = { LISTEN: 1, ESTABLISHED: connections - ended, CLOSE_WAIT: ended - closed };
      await lab.waitForExactly(server, expected);
      await delay(step.waitMs ?? 0);
      for (let attempt = 1; ; attempt++) {
        const before = summarizeTruth(readKernel(server).tcp, 0);
        const outputs = commandsOf(index).map((command) => runIn(server, command));
        const after = summarizeTruth(readKernel(server).tcp, 0);
        if (JSON.stringify(before) === JSON.stringify(after)) {
          snapshots.push({ outputs, truth: after });
          break;
        }
        if (attempt === CAPTURE_ATTEMPTS) throw new Error(`socket counts kept changing during snapshot ${index}`);
        await delay(200);
      }
    }
    return snapshots;
  } finally {
    await lab.dispose();
  }
}
