/**
 * Checks the real-socket capture machinery (test/support/realSockets.ts) and the fixtures it wrote
 * to test/fixtures/real/. It does not parse ss/netstat output: that is the extension's parser's job.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CAPTURE_COMMANDS,
  FIXTURE_FILE_NAMES,
  SCENARIO_NAMES,
  TCP_STATES,
  captureScenario,
  captureUnavailableReason,
  cleanupAll,
  listOwnNamespaces,
  parseProcNetTcp,
  summarizeTruth,
  type ScenarioName,
  type TcpState,
} from '../support/realSockets';

const FIXTURES_DIR = path.join(__dirname, '..', 'fixtures', 'real');
const MAX_FIXTURE_BYTES = 60 * 1024;

type Bound = Partial<Record<TcpState | 'udp', number>>;

/** What each scenario is for, as bounds on its /proc truth. */
const SCENARIO_BOUNDS: Record<ScenarioName, { atLeast: Bound; atMost?: Bound }> = {
  mixed: {
    atLeast: { LISTEN: 5, ESTABLISHED: 2, SYN_SENT: 1, CLOSE_WAIT: 1, FIN_WAIT2: 1, TIME_WAIT: 1, udp: 3 },
  },
  'close-wait-leak': { atLeast: { CLOSE_WAIT: 25, ESTABLISHED: 1, LISTEN: 1 } },
  'time-wait-storm': { atLeast: { TIME_WAIT: 250 } },
  'syn-flood': { atLeast: { SYN_RECV: 100, LISTEN: 1 } },
  'syn-flood-client': { atLeast: { SYN_SENT: 100 } },
  // A listener with backlog 8 queues backlog + 1 connections.
  'accept-queue-full': { atLeast: { LISTEN: 1, ESTABLISHED: 9 } },
  healthy: {
    atLeast: { LISTEN: 1, ESTABLISHED: 20, TIME_WAIT: 1 },
    atMost: { CLOSE_WAIT: 0, SYN_RECV: 0, SYN_SENT: 0, TIME_WAIT: 99 },
  },
  'teardown-states': { atLeast: { FIN_WAIT1: 1, LAST_ACK: 1, CLOSING: 1 } },
};

interface TruthFile {
  scenario: string;
  kernel: string;
  ssVersion: string;
  netstatVersion: string;
  capturedAt: string;
  tcp: Record<string, number>;
  tcpTotal: number;
  udp: number;
  notes: { description: string; processes: Array<{ requestedName: string; comm: string }> };
}

function countOf(truth: { tcp: Record<string, number>; udp: number }, key: TcpState | 'udp'): number {
  return key === 'udp' ? truth.udp : truth.tcp[key];
}

function lineCount(text: string): number {
  return text.split('\n').filter((line) => line !== '').length;
}

describe('realSockets: /proc/net/tcp parsing', () => {
  it('maps the st column to state names and counts them', () => {
    const tcp = [
      '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 00000000:07E8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1145 1 0000000004aa32a1 100 0 0 10 0',
      '   1: 0100007F:97DB 0100007F:B906 06 00000000:00000000 03:00000458 00000000     0        0 0 3 00000000f8c129db',
      '',
    ].join('\n');
    const tcp6 = [
      '  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 0000000000000000FFFF00000100007F:20FB 0000000000000000FFFF00000100007F:A4D4 08 00000000:00000000 00:00000000 00000000     0        0 39335 1 0000000000000000 20 4 30 10 -1',
      '',
    ].join('\n');
    const sockets = [...parseProcNetTcp(tcp), ...parseProcNetTcp(tcp6)];
    assert.deepEqual(sockets, [
      { state: 'LISTEN', localPort: 2024, remotePort: 0 },
      { state: 'TIME_WAIT', localPort: 38875, remotePort: 47366 },
      { state: 'CLOSE_WAIT', localPort: 8443, remotePort: 42196 },
    ]);
    const truth = summarizeTruth(sockets, 4);
    assert.deepEqual(Object.keys(truth.tcp), [...TCP_STATES]);
    assert.equal(truth.tcp.LISTEN, 1);
    assert.equal(truth.tcp.ESTABLISHED, 0);
    assert.equal(truth.tcpTotal, 3);
    assert.equal(truth.udp, 4);
  });

  it('rejects an unknown state code', () => {
    const text = 'header\n   0: 00000000:07E8 00000000:0000 0C 00000000:00000000\n';
    assert.throws(() => parseProcNetTcp(text), /unknown TCP state code 0C/);
  });
});

describe('realSockets: committed fixtures in test/fixtures/real', () => {
  for (const scenario of SCENARIO_NAMES) {
    describe(scenario, () => {
      const dir = path.join(FIXTURES_DIR, scenario);
      const truthFile = (): TruthFile => JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as TruthFile;
      const output = (command: (typeof CAPTURE_COMMANDS)[number]): string =>
        fs.readFileSync(path.join(dir, FIXTURE_FILE_NAMES[command]), 'utf8');

      it('has every output file, non-empty and under 60 KB', () => {
        for (const name of [...Object.values(FIXTURE_FILE_NAMES), 'truth.json']) {
          const { size } = fs.statSync(path.join(dir, name));
          assert.ok(size > 0, `${name} is empty`);
          assert.ok(size < MAX_FIXTURE_BYTES, `${name} is ${size} bytes`);
        }
      });

      it('has a consistent truth.json', () => {
        const truth = truthFile();
        assert.equal(truth.scenario, scenario);
        assert.deepEqual(Object.keys(truth.tcp).sort(), [...TCP_STATES].sort());
        for (const state of TCP_STATES) assert.ok(Number.isInteger(truth.tcp[state]) && truth.tcp[state] >= 0, state);
        assert.equal(truth.tcpTotal, TCP_STATES.reduce((sum, state) => sum + truth.tcp[state], 0));
        assert.ok(Number.isInteger(truth.udp) && truth.udp >= 0);
        assert.match(truth.kernel, /^\d+\.\d+/);
        assert.match(truth.ssVersion, /^iproute2-/);
        assert.match(truth.netstatVersion, /^net-tools /);
        assert.ok(!Number.isNaN(Date.parse(truth.capturedAt)), truth.capturedAt);
        assert.ok(truth.notes.description.length > 0);
        for (const holder of truth.notes.processes) {
          assert.ok(Buffer.byteLength(holder.comm) <= 15, `comm ${holder.comm} longer than the kernel allows`);
          assert.ok(holder.requestedName.startsWith(holder.comm), `${holder.comm} is not a prefix of ${holder.requestedName}`);
        }
      });

      it('shows what the scenario is about', () => {
        const truth = truthFile();
        const { atLeast, atMost = {} } = SCENARIO_BOUNDS[scenario];
        for (const [key, minimum] of Object.entries(atLeast) as Array<[TcpState | 'udp', number]>) {
          assert.ok(countOf(truth, key) >= minimum, `${key} is ${countOf(truth, key)}, expected at least ${minimum}`);
        }
        for (const [key, maximum] of Object.entries(atMost) as Array<[TcpState | 'udp', number]>) {
          assert.ok(countOf(truth, key) <= maximum, `${key} is ${countOf(truth, key)}, expected at most ${maximum}`);
        }
      });

      // One line per socket after the headers: outputs and truth were taken at the same moment.
      it('has outputs with one line per socket counted in /proc', () => {
        const truth = truthFile();
        assert.equal(lineCount(output('ss -tan')), 1 + truth.tcpTotal);
        assert.equal(lineCount(output('ss -tanp')), 1 + truth.tcpTotal);
        assert.equal(lineCount(output('ss -tuan')), 1 + truth.tcpTotal + truth.udp);
        assert.equal(lineCount(output('netstat -ant')), 2 + truth.tcpTotal);
        assert.equal(lineCount(output('netstat -antp')), 2 + truth.tcpTotal);
        assert.equal(lineCount(output('netstat -tunap')), 2 + truth.tcpTotal + truth.udp);
      });
    });
  }
});

describe('realSockets: live capture in network namespaces', function () {
  // Builds namespaces and starts processes: slow on a busy machine, and never judged on speed.
  this.timeout(180_000);

  before(function () {
    const reason = captureUnavailableReason();
    if (reason !== undefined) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
  });

  after(async () => {
    await cleanupAll();
  });

  it('captures the mixed scenario from real sockets and removes every namespace and process', async () => {
    let capture;
    try {
      capture = await captureScenario('mixed');
    } finally {
      assert.deepEqual(listOwnNamespaces(), []);
    }
    const { truth, outputs, notes } = capture;
    for (const state of ['LISTEN', 'ESTABLISHED', 'SYN_SENT', 'FIN_WAIT2', 'CLOSE_WAIT', 'TIME_WAIT'] as const) {
      assert.ok(truth.tcp[state] > 0, `no ${state} in ${JSON.stringify(truth.tcp)}`);
    }
    assert.ok(truth.udp > 0);
    assert.equal(truth.tcpTotal, TCP_STATES.reduce((sum, state) => sum + truth.tcp[state], 0));
    for (const command of CAPTURE_COMMANDS) assert.ok(outputs[command].length > 0, `${command} printed nothing`);
    assert.ok(notes.processes.some((holder) => holder.comm === 'my worker'));
    for (const holder of notes.processes) {
      assert.throws(() => process.kill(holder.pid, 0), { code: 'ESRCH' }, `${holder.requestedName} (pid ${holder.pid}) still runs`);
    }
  });
});
