import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeDump } from '../../server/src/core/analysis/summarize';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import {
  CAPTURE_COMMANDS,
  type CaptureCommand,
  captureScenario,
  captureUnavailableReason,
  cleanupAll,
  FIXTURE_FILE_NAMES,
  type Truth,
} from '../support/realSockets';
import { FIXTURES, truthScenarios } from './support/fixtures';
import { diagnose, settingsWith } from './support/service';

const REAL = join(FIXTURES, 'real');
const SCENARIOS = truthScenarios();

/** Commands whose output lists UDP sockets too. */
const WITH_UDP: ReadonlySet<CaptureCommand> = new Set(['ss -tuan', 'netstat -tunap']);

function read(scenario: string, command: CaptureCommand): string {
  return readFileSync(join(REAL, scenario, FIXTURE_FILE_NAMES[command]), 'utf8');
}

function truthOf(scenario: string): Truth {
  return JSON.parse(readFileSync(join(REAL, scenario, 'truth.json'), 'utf8'));
}

/** Parses one real output and checks every count against what the kernel said at capture time. */
function assertCountsMatch(text: string, truth: Truth, command: CaptureCommand, label: string): void {
  const dump = parseSocketDump(text);
  deepStrictEqual(dump.unrecognized, [], `${label}: every line understood`);
  const summary = summarizeDump(dump, 10);
  deepStrictEqual(summary.states, truth.tcp, `${label}: TCP sockets per state`);
  strictEqual(summary.total, truth.tcpTotal, `${label}: TCP total`);
  strictEqual(summary.protocols.udp, WITH_UDP.has(command) ? truth.udp : 0, `${label}: UDP sockets`);
}

function codesIn(scenario: string, command: CaptureCommand, settings = settingsWith()): string[] {
  return diagnose('netstat', read(scenario, command), settings).map((diagnostic) => String(diagnostic.code));
}

describe('real ss and netstat output (committed captures)', () => {
  ok(SCENARIOS.length >= 8, `found scenarios: ${SCENARIOS.join(', ')}`);
  for (const scenario of SCENARIOS) {
    for (const command of CAPTURE_COMMANDS) {
      it(`${scenario}: ${command} counts exactly what /proc/net/tcp* held`, () => {
        assertCountsMatch(read(scenario, command), truthOf(scenario), command, `${scenario} ${command}`);
      });
    }
  }

  it('a healthy server gets no diagnostic from any tool', () => {
    for (const command of CAPTURE_COMMANDS) {
      deepStrictEqual(codesIn('healthy', command), [], command);
    }
  });

  it('a CLOSE_WAIT leak is pinned on its port and process', () => {
    for (const command of ['ss -tanp', 'netstat -antp', 'ss -tanpoie'] as const) {
      const diagnostics = diagnose('netstat', read('close-wait-leak', command));
      deepStrictEqual(diagnostics.map((d) => d.code), ['state.close-wait-buildup'], command);
      ok(diagnostics[0].message.startsWith('30 sockets in CLOSE_WAIT on local port 8080, held by api-server'), `${command}: ${diagnostics[0].message}`);
    }
    const anonymous = diagnose('netstat', read('close-wait-leak', 'ss -tan'));
    ok(anonymous[0].message.startsWith('30 sockets in CLOSE_WAIT on local port 8080 ('), anonymous[0].message);
  });

  it('a TIME_WAIT storm is traced to its upstream once it passes the threshold', () => {
    for (const command of CAPTURE_COMMANDS) {
      deepStrictEqual(codesIn('time-wait-storm', command), [], `${command} at the default threshold`);
    }
    for (const command of ['ss -tan', 'netstat -ant'] as const) {
      const diagnostics = diagnose('netstat', read('time-wait-storm', command), settingsWith({ thresholds: { timeWait: 100 } }));
      deepStrictEqual(diagnostics.map((d) => d.code), ['state.time-wait-buildup'], command);
      ok(diagnostics[0].message.startsWith('280 sockets in TIME_WAIT towards 10.88.0.1:5432 from 10.88.0.2'), diagnostics[0].message);
    }
  });

  it('a SYN flood is reported on the listening port', () => {
    for (const command of ['ss -tanp', 'netstat -antp'] as const) {
      const diagnostics = diagnose('netstat', read('syn-flood', command));
      deepStrictEqual(diagnostics.map((d) => d.code), ['state.syn-recv-flood'], command);
      ok(diagnostics[0].message.startsWith('150 half-open connections in SYN_RECV on port 443 (listener: edge-proxy'), diagnostics[0].message);
    }
  });

  it('a full accept queue is reported from ss, where the backlog is visible, and not from netstat', () => {
    const diagnostics = diagnose('netstat', read('accept-queue-full', 'ss -tanp'));
    deepStrictEqual(diagnostics.map((d) => d.code), ['listen.accept-queue-full']);
    ok(diagnostics[0].message.startsWith('The accept queue of port 3000, held by <img src=x oner (pid '), diagnostics[0].message);
    ok(diagnostics[0].message.includes('9 established connections are waiting for accept() and the backlog is 8'));
    deepStrictEqual(codesIn('accept-queue-full', 'netstat -antp'), []);
    deepStrictEqual(codesIn('mixed', 'ss -tan'), ['listen.accept-queue-full']);
  });
});

describe('real ss and netstat output (captured live now)', function () {
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

  it('counts a freshly made mix of sockets exactly, from every tool output', async () => {
    const capture = await captureScenario('mixed');
    for (const command of CAPTURE_COMMANDS) {
      assertCountsMatch(capture.outputs[command], capture.truth, command, `live ${command}`);
    }
  });
});
