import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectSysctlValues, type WorkspaceContext } from '../../server/src/core/analysis/sysctlContext';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { parseSysctlFile } from '../../server/src/core/parsers/sysctlFile';
import { CAPTURE_COMMANDS, type CaptureCommand, FIXTURE_FILE_NAMES, type RuleScenarioName } from '../support/realSockets';
import { FIXTURES } from './support/fixtures';
import { documentOf, service, settingsWith } from './support/service';

/**
 * The diagnostic rules on real captures (scripts/capture-fixtures.mjs, scenarios made for the
 * rules): each finds its problem in every tool's output, says nothing at the default thresholds
 * where the problem is small, and leaves the healthy neighbours in the same capture alone.
 */
const REAL = join(FIXTURES, 'real');

function read(scenario: RuleScenarioName, file: string): string {
  return readFileSync(join(REAL, scenario, file), 'utf8');
}

function output(scenario: RuleScenarioName, command: CaptureCommand): string {
  return read(scenario, FIXTURE_FILE_NAMES[command]);
}

function diagnose(text: string, settings = settingsWith(), workspace?: WorkspaceContext) {
  const document = documentOf('netstat', text);
  return service.doValidation(document, service.parse(document), settings, workspace);
}

/** The scenario's own sysctl output, read the way the server reads a sysctl file of the workspace. */
function workspaceFrom(scenario: RuleScenarioName, file: string): WorkspaceContext {
  const uri = `file:///captures/${scenario}/${file}`;
  return { sysctlValues: collectSysctlValues([{ uri, file: parseSysctlFile(read(scenario, file)) }]) };
}

function hypotheticalWorkspace(text: string): WorkspaceContext {
  return { sysctlValues: collectSysctlValues([{ uri: 'file:///etc/sysctl.d/90-tcp.conf', file: parseSysctlFile(text) }]) };
}

const WITH_PROCESS: readonly CaptureCommand[] = ['ss -tanp', 'ss -tanpoie', 'netstat -antp', 'netstat -tunap'];

describe('diagnostic rules on real captures', () => {
  it('state.syn-sent-pileup: SYNs dropped by the upstream\'s firewall, next to a working upstream', () => {
    for (const command of CAPTURE_COMMANDS) {
      const diagnostics = diagnose(output('syn-sent-pileup', command));
      deepStrictEqual(diagnostics.map((d) => d.code), ['state.syn-sent-pileup'], command);
      ok(diagnostics[0].message.startsWith('14 connection attempts to 10.88.0.1:5432 are stuck in SYN_SENT (100% of the 14 sockets to it)'), `${command}: ${diagnostics[0].message}`);
      strictEqual(diagnostics[0].relatedInformation?.length, 14);
      if (WITH_PROCESS.includes(command)) {
        ok(diagnostics[0].message.includes(', opened by order-service (pid '), command);
      }
    }
  });

  it('state.fin-wait2-buildup: held sockets and orphans told apart; quiet at the default threshold', () => {
    for (const command of CAPTURE_COMMANDS) {
      deepStrictEqual(diagnose(output('fin-wait2', command)).map((d) => d.code), [], command);
    }
    const settings = settingsWith({ thresholds: { finWait2: 10 } });
    for (const command of ['ss -tanp', 'netstat -antp'] as const) {
      const diagnostics = diagnose(output('fin-wait2', command), settings);
      deepStrictEqual(diagnostics.map((d) => d.code), ['state.fin-wait2-buildup', 'state.fin-wait2-buildup'], command);
      const [held, orphans] = diagnostics;
      ok(held.message.startsWith('20 sockets in FIN_WAIT2 towards 10.88.0.1:8080'), held.message);
      ok(held.message.includes('the upstream never closes its side'));
      ok(held.message.includes('20 of them are still held by batch-client (pid '), held.message);
      ok(orphans.message.startsWith('12 sockets in FIN_WAIT2 towards 10.88.0.1:8081'), orphans.message);
      ok(orphans.message.includes('No process holds them any more, so they are orphans'), orphans.message);
    }
    const anonymous = diagnose(output('fin-wait2', 'ss -tan'), settings);
    ok(anonymous[0].message.includes('Run ss -tanp state fin-wait-2 to see which case this is.'), anonymous[0].message);
  });

  it('state.stuck-closing: orphans whose FIN the server drops', () => {
    const diagnostics = diagnose(output('fin-wait2', 'ss -tan'), settingsWith({ thresholds: { closingStates: 6 } }));
    deepStrictEqual(diagnostics.map((d) => d.code), ['state.stuck-closing']);
    ok(diagnostics[0].message.startsWith('6 connections are stuck closing towards 10.88.0.1:8082 (FIN_WAIT1 6;'), diagnostics[0].message);
    ok(!diagnostics[0].message.includes('queued before their FIN'), 'a Send-Q of 1 is only the FIN, not a zero window');
  });

  it('state.orphans-near-limit: the orphan count of a real ss -s against a tcp_max_orphans from the workspace', () => {
    const text = read('fin-wait2', 'ss-s.txt');
    const [summary] = parseSocketDump(text).ssSummaries;
    const orphans = summary.tcp.orphaned;
    ok(orphans >= 6, `ss -s counted ${orphans} orphans`);
    deepStrictEqual(diagnose(text).map((d) => d.code), []);
    const limit = orphans + 2;
    const [diagnostic] = diagnose(text, settingsWith(), hypotheticalWorkspace(`net.ipv4.tcp_max_orphans = ${limit}\n`));
    strictEqual(diagnostic.code, 'state.orphans-near-limit');
    ok(diagnostic.message.startsWith(`${orphans} orphaned TCP sockets: ${Math.round((orphans / limit) * 100)}% of net.ipv4.tcp_max_orphans = ${limit} (sysctl.d/90-tcp.conf:1).`), diagnostic.message);
    deepStrictEqual(diagnose(text, settingsWith(), hypotheticalWorkspace('net.ipv4.tcp_max_orphans = 65536\n')).map((d) => d.code), []);
  });

  it('queue.recv-q-buildup: a server that stopped reading, next to one that reads', () => {
    for (const command of CAPTURE_COMMANDS) {
      const diagnostics = diagnose(output('recv-q-buildup', command));
      deepStrictEqual(diagnostics.map((d) => [d.code, d.severity]), [['queue.recv-q-buildup', 2]], command);
      ok(diagnostics[0].message.startsWith('6 of 6 established connections on local port 9000'), `${command}: ${diagnostics[0].message}`);
      if (WITH_PROCESS.includes(command)) {
        ok(diagnostics[0].message.includes('(held by ingest-api (pid '), command);
      }
    }
  });

  it('queue.send-q-buildup: the clients of that server, as Information', () => {
    for (const command of CAPTURE_COMMANDS) {
      const diagnostics = diagnose(output('send-q-buildup', command));
      deepStrictEqual(diagnostics.map((d) => [d.code, d.severity]), [['queue.send-q-buildup', 3]], command);
      ok(diagnostics[0].message.startsWith('6 of 6 established connections towards 10.88.0.1:9000'), `${command}: ${diagnostics[0].message}`);
    }
  });

  it('ports.ephemeral-exhaustion: the namespace\'s narrowed port range, read from its sysctl output', () => {
    const workspace = workspaceFrom('ephemeral-exhaustion', 'sysctl.txt');
    for (const command of CAPTURE_COMMANDS) {
      deepStrictEqual(diagnose(output('ephemeral-exhaustion', command)).map((d) => d.code), [], `${command} against the default range`);
      const diagnostics = diagnose(output('ephemeral-exhaustion', command), settingsWith(), workspace);
      deepStrictEqual(diagnostics.map((d) => d.code), ['ports.ephemeral-exhaustion'], command);
      ok(
        diagnostics[0].message.startsWith(
          '150 local ports from 10.88.0.2 to 10.88.0.1:5432 are taken (TIME_WAIT 150): 75% of the 200 ephemeral ports 40000–40199 (net.ipv4.ip_local_port_range from ephemeral-exhaustion/sysctl.txt:1)',
        ),
        `${command}: ${diagnostics[0].message}`,
      );
    }
  });

  it('listen.accept-queue-full: ss shows the backlog; for netstat the namespace\'s somaxconn tells', () => {
    for (const command of ['ss -tan', 'ss -tanp', 'ss -tanpoie', 'ss -tuan'] as const) {
      const diagnostics = diagnose(output('listen-overflow', command));
      deepStrictEqual(diagnostics.map((d) => d.code), ['listen.accept-queue-full'], command);
      ok(diagnostics[0].message.includes('3 established connections are waiting for accept() and the backlog is 2'), diagnostics[0].message);
    }
    const workspace = workspaceFrom('listen-overflow', 'sysctl.txt');
    for (const command of ['netstat -ant', 'netstat -antp', 'netstat -tunap'] as const) {
      deepStrictEqual(diagnose(output('listen-overflow', command)).map((d) => d.code), [], `${command} without the sysctl value`);
      const diagnostics = diagnose(output('listen-overflow', command), settingsWith(), workspace);
      deepStrictEqual(diagnostics.map((d) => d.code), ['listen.accept-queue-full'], command);
      ok(
        diagnostics[0].message.includes('3 established connections are waiting for accept() and no backlog can exceed net.core.somaxconn = 2 (listen-overflow/sysctl.txt:1;'),
        diagnostics[0].message,
      );
    }
  });

  it('listen.queue-overflows: two real netstat -s snapshots of that listener, which drops every client', () => {
    const snapshots = read('listen-overflow', 'netstat-s.txt');
    // 12 drops in 2.5 s and no handshake accepted: below the count threshold, but no less a problem.
    const [diagnostic] = diagnose(snapshots);
    strictEqual(diagnostic.code, 'listen.queue-overflows');
    ok(diagnostic.message.startsWith('Listening sockets dropped 12 incoming connections between the snapshots on lines 38 and 83, 12 of them because an accept queue was full'), diagnostic.message);
    ok(diagnostic.message.includes('no handshake completed at all in the same period'), diagnostic.message);
  });

  it('state.time-wait-overflow: a namespace whose tcp_max_tw_buckets is 20', () => {
    const text = read('time-wait-overflow', 'netstat-s.txt');
    const [diagnostic] = diagnose(text, settingsWith(), workspaceFrom('time-wait-overflow', 'sysctl.txt'));
    strictEqual(diagnostic.code, 'state.time-wait-overflow');
    ok(diagnostic.message.startsWith('The TIME_WAIT table overflowed 30 times since the last boot'), diagnostic.message);
    ok(diagnostic.message.includes('(net.ipv4.tcp_max_tw_buckets = 20, from time-wait-overflow/sysctl.txt:1)'), diagnostic.message);
    for (const command of CAPTURE_COMMANDS) {
      deepStrictEqual(diagnose(output('time-wait-overflow', command)).map((d) => d.code), [], command);
    }
  });
});
