import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIRECTION_EVIDENCE } from '../../server/src/core/rules/dump/directionFromData';
import { SLOW_CLIENTS_MIN_SHARE, SLOW_CLIENTS_MIN_SOCKETS } from '../../server/src/core/rules/dump/slowClients';
import { captureScenario, captureUnavailableReason, cleanupAll, SLOW_CLIENTS_PORTS } from '../support/realSockets';
import { diagnose, settingsWith } from './support/service';

const REAL = join(__dirname, '..', 'fixtures', 'real');

function realLines(scenario: string, file: string): string[] {
  return readFileSync(join(REAL, scenario, file), 'utf8').split('\n');
}

/** A peer of many: 10.1.x.y on a port of its own, all different for i < 65,000. */
function peer(i: number): string {
  return `10.1.${(i >> 8) & 255}.${i & 255}:${30000 + (i % 30000)}`;
}

/**
 * Rows made from one real row by putting other endpoints and another owner in its columns (the real
 * row's spacing, queues and owner syntax stay): `ss -tanp` and `netstat -antp` rows alike.
 */
function fromRealRow(row: string, replacements: readonly (readonly [string, string])[]): string {
  return replacements.reduce((text, [from, to]) => text.replace(from, to), row);
}

/** The real close-wait-leak capture: a server's CLOSE_WAIT row (10.88.0.1:8080 ← 10.88.0.2:…, api-server). */
const SS_CLOSE_WAIT = realLines('close-wait-leak', 'ss-tanp.txt');
const NETSTAT_CLOSE_WAIT = realLines('close-wait-leak', 'netstat-antp.txt');

interface Capture {
  readonly header: string[];
  readonly closeWait: string;
  readonly listen: string;
  /** The server's address and port, its peer's, and its owner as the row prints them. */
  readonly local: string;
  readonly remote: RegExp;
  readonly owner: (name: string, pid: number) => [string, string];
}

const CAPTURES: Record<'ss' | 'netstat', Capture> = {
  ss: {
    header: SS_CLOSE_WAIT.slice(0, 1),
    closeWait: SS_CLOSE_WAIT.find((line) => line.startsWith('CLOSE-WAIT'))!,
    listen: SS_CLOSE_WAIT.find((line) => line.startsWith('LISTEN') && line.includes(':8080'))!,
    local: '10.88.0.1:8080',
    remote: /10\.88\.0\.2:\d+/,
    owner: (name, pid) => [/"api-server",pid=\d+/.exec(SS_CLOSE_WAIT[3])![0], `"${name}",pid=${pid}`],
  },
  netstat: {
    header: NETSTAT_CLOSE_WAIT.slice(0, 2),
    closeWait: NETSTAT_CLOSE_WAIT.find((line) => line.includes('CLOSE_WAIT'))!,
    listen: NETSTAT_CLOSE_WAIT.find((line) => line.includes('LISTEN') && line.includes(':8080'))!,
    local: '10.88.0.1:8080',
    remote: /10\.88\.0\.2:\d+/,
    owner: (name, pid) => [/\d+\/api-server/.exec(NETSTAT_CLOSE_WAIT.find((line) => line.includes('CLOSE_WAIT'))!)![0], `${pid}/${name}`],
  },
};

/** One CLOSE_WAIT row of `capture` from `local` to `remote`, owned by java (pid 4711). */
function closeWaitRow(capture: Capture, local: string, remote: string): string {
  const row = capture.closeWait.replace(capture.remote, remote.padEnd(15));
  return fromRealRow(row, [[capture.local, local.padStart(14)], capture.owner('java', 4711)]);
}

/** The capture's only LISTEN row, moved to port 443: what a grepped paste (`| grep -e LISTEN -e 8080`) keeps of another service. */
function listenOn443(capture: Capture): string {
  return fromRealRow(capture.listen, [[':8080', ':443 ']]);
}

function closeWaitMessages(text: string, closeWait = 10): string[] {
  return diagnose('netstat', text, settingsWith({ thresholds: { closeWait } }))
    .filter((diagnostic) => diagnostic.code === 'state.close-wait-buildup')
    .map((diagnostic) => diagnostic.message.split(' (')[0]);
}

describe('which side opened a connection, told by the rows', () => {
  for (const tool of ['ss', 'netstat'] as const) {
    const capture = CAPTURES[tool];

    it(`${tool}: 300 CLOSE_WAIT on 10.0.0.5:8080 from 300 peers, only LISTEN :443 in the paste, are the server's on port 8080`, () => {
      const rows = Array.from({ length: 300 }, (_, i) => closeWaitRow(capture, '10.0.0.5:8080', peer(i)));
      const text = [...capture.header, listenOn443(capture), ...rows].join('\n');
      deepStrictEqual(closeWaitMessages(text), ['300 sockets in CLOSE_WAIT on local port 8080, held by java']);
      const [finding] = diagnose('netstat', text).filter((diagnostic) => diagnostic.code === 'state.close-wait-buildup');
      ok(finding.message.includes('The clients have closed; this server has not called close()'));
      strictEqual(finding.range.start.line, capture.header.length + 1);
    });

    it(`${tool}: many local ports towards one upstream stay a client's, grouped by the upstream`, () => {
      const rows = Array.from({ length: 12 }, (_, i) => closeWaitRow(capture, `10.0.0.5:${40000 + i}`, '10.0.0.9:3306'));
      deepStrictEqual(closeWaitMessages([...capture.header, listenOn443(capture), ...rows].join('\n')), ['12 sockets in CLOSE_WAIT towards 10.0.0.9:3306, held by java']);
    });

    it(`${tool}: a client that reuses one ephemeral port towards many upstreams is still their client`, () => {
      // Port 40001 holds connections to six upstreams (six peers on one port), and each upstream is
      // reached from five local ports: the second pattern decides.
      const rows = Array.from({ length: 6 }, (_, upstream) =>
        Array.from({ length: DIRECTION_EVIDENCE }, (_, i) => closeWaitRow(capture, `10.0.0.5:${40001 + i}`, `10.0.2.${upstream + 1}:443`)),
      ).flat();
      deepStrictEqual(
        closeWaitMessages([...capture.header, listenOn443(capture), ...rows].join('\n'), DIRECTION_EVIDENCE),
        Array.from({ length: 6 }, (_, upstream) => `${DIRECTION_EVIDENCE} sockets in CLOSE_WAIT towards 10.0.2.${upstream + 1}:443, held by java`),
      );
    });

    it(`${tool}: ${DIRECTION_EVIDENCE} peers on one port make it a service port, ${DIRECTION_EVIDENCE - 1} do not`, () => {
      const paste = (peers: number) => [...capture.header, listenOn443(capture), ...Array.from({ length: peers }, (_, i) => closeWaitRow(capture, '10.0.0.5:8080', peer(i)))].join('\n');
      deepStrictEqual(closeWaitMessages(paste(DIRECTION_EVIDENCE), DIRECTION_EVIDENCE - 1), [`${DIRECTION_EVIDENCE} sockets in CLOSE_WAIT on local port 8080, held by java`]);
      // Below the evidence, 8080 is no listening port: each connection is taken to lead to its own upstream.
      deepStrictEqual(closeWaitMessages(paste(DIRECTION_EVIDENCE - 1), DIRECTION_EVIDENCE - 1), []);
    });
  }

  it('the real capture itself, with its LISTEN rows, is judged as before', () => {
    deepStrictEqual(closeWaitMessages(SS_CLOSE_WAIT.join('\n')), ['30 sockets in CLOSE_WAIT on local port 8080, held by api-server']);
  });

  for (const [file, lines] of [
    ['ss-tanp.txt', SS_CLOSE_WAIT],
    ['netstat-antp.txt', NETSTAT_CLOSE_WAIT],
  ] as const) {
    it(`the real capture (${file}) without its LISTEN row for 8080, as a grep leaves it, is still the server's leak on 8080`, () => {
      const grepped = lines.filter((line) => !(/LISTEN/.test(line) && line.includes(':8080')));
      strictEqual(grepped.length, lines.length - 1);
      deepStrictEqual(closeWaitMessages(grepped.join('\n')), ['30 sockets in CLOSE_WAIT on local port 8080, held by api-server']);
    });
  }
});

describe('FIN_WAIT2, whose direction is told the same way', () => {
  const FIN_WAIT2 = realLines('fin-wait2', 'ss-tanp.txt');
  // The default threshold (100) is above the real capture's 20 and 12, as in realDiagnostics.test.ts.
  const FIN_WAIT2_SETTINGS = settingsWith({ thresholds: { finWait2: 10 } });
  const clientRow = FIN_WAIT2.find((line) => line.startsWith('FIN-WAIT-2') && line.includes(':8080'))!;

  it('a server that closed first on port 8080, in a paste whose only LISTEN is 443, is told it waits for its clients', () => {
    // The real client row turned round: the server 10.0.0.5:8080 closed towards twelve clients that never close.
    const rows = Array.from({ length: 12 }, (_, i) => clientRow.replace(/10\.88\.0\.2:\d+\s+10\.88\.0\.1:8080/, `${'10.0.0.5:8080'.padStart(14)} ${peer(i).padStart(20)}`));
    const text = [FIN_WAIT2[0], 'LISTEN 0      511          0.0.0.0:443        0.0.0.0:* users:(("web",pid=7,fd=6))', ...rows].join('\n');
    const messages = diagnose('netstat', text, FIN_WAIT2_SETTINGS).filter((diagnostic) => diagnostic.code === 'state.fin-wait2-buildup').map((diagnostic) => diagnostic.message);
    strictEqual(messages.length, 1);
    ok(messages[0].startsWith('12 sockets in FIN_WAIT2 on local port 8080 (') && messages[0].includes('the clients never close their side'), messages[0].slice(0, 200));
  });

  it('the real client capture still names its upstreams', () => {
    const messages = diagnose('netstat', FIN_WAIT2.join('\n'), FIN_WAIT2_SETTINGS).filter((diagnostic) => diagnostic.code === 'state.fin-wait2-buildup').map((diagnostic) => diagnostic.message.split(' (')[0]);
    deepStrictEqual(messages, ['20 sockets in FIN_WAIT2 towards 10.88.0.1:8080', '12 sockets in FIN_WAIT2 towards 10.88.0.1:8081']);
  });
});

/** The real send-q-buildup capture: a client's connections, 6 with unacknowledged data and 6 drained. */
const SEND_Q = realLines('send-q-buildup', 'ss-tanp.txt');
const BACKED_UP = SEND_Q.filter((line) => line.startsWith('ESTAB') && !/ESTAB\s+\d+\s+0\s/.test(line));
const DRAINED = SEND_Q.filter((line) => /ESTAB\s+\d+\s+0\s/.test(line));

/**
 * nginx (pid 812) serving port 443 of 10.0.0.5 to `total` clients, `slow` of them with data in Send-Q:
 * each row is a real row of the capture (its queues as captured, cycled) turned round to the server's side.
 */
function nginxDump(slow: number, total: number): string {
  const serverRow = (real: string, i: number) =>
    real.replace(/10\.88\.0\.2:\d+\s+10\.88\.0\.1:\d+/, `${'10.0.0.5:443'.padStart(14)} ${peer(i).padStart(20)}`).replace(/"log-shipper",pid=\d+/, '"nginx",pid=812');
  const rows = Array.from({ length: total }, (_, i) => serverRow(i < slow ? BACKED_UP[i % BACKED_UP.length] : DRAINED[i % DRAINED.length], i));
  return [SEND_Q[0], 'LISTEN 0      511          0.0.0.0:443        0.0.0.0:* users:(("nginx",pid=812,fd=6))', ...rows].join('\n');
}

function sendQMessages(text: string): string[] {
  return diagnose('netstat', text)
    .filter((diagnostic) => diagnostic.code === 'queue.send-q-buildup')
    .map((diagnostic) => `${diagnostic.severity} ${diagnostic.message.split(' each hold')[0].split(' have at least')[0]}`);
}

describe('slow clients inside a busy port', () => {
  it('reads the real capture\'s queues as the rows to build from', () => {
    strictEqual(BACKED_UP.length, 6);
    strictEqual(DRAINED.length, 6);
    ok(BACKED_UP.every((line) => Number(line.split(/\s+/)[2]) >= 32768));
  });

  it('50 of 650 nginx connections on 443 with unacknowledged data get an Information finding on the slow clients', () => {
    const diagnostics = diagnose('netstat', nginxDump(50, 650)).filter((diagnostic) => diagnostic.code === 'queue.send-q-buildup');
    strictEqual(diagnostics.length, 1);
    const [finding] = diagnostics;
    strictEqual(finding.severity, 3);
    ok(finding.message.startsWith('50 of 650 established connections on local port 443 (held by nginx (pid 812)) each hold at least 32 KiB in Send-Q that the client has not acknowledged'), finding.message.slice(0, 200));
    ok(finding.message.includes("ss -tn state established '( sport = :443 )'"));
    // Related lines are capped (MAX_RELATED_LINES); the message says how many more there are.
    strictEqual(finding.relatedInformation?.length, 20);
    ok(finding.message.endsWith('Related lines list the first 20; 30 more are not listed.'), finding.message.slice(-120));
    strictEqual(finding.range.start.line, 2);
  });

  it(`fires from ${SLOW_CLIENTS_MIN_SHARE}% of the port's connections and stays silent below`, () => {
    // 33 of 650 is 5.1%, 32 of 650 is 4.9%.
    deepStrictEqual(sendQMessages(nginxDump(33, 650)), ['3 33 of 650 established connections on local port 443 (held by nginx (pid 812))']);
    deepStrictEqual(sendQMessages(nginxDump(32, 650)), []);
  });

  it(`fires from ${SLOW_CLIENTS_MIN_SOCKETS} slow sockets and stays silent below, whatever their share`, () => {
    deepStrictEqual(sendQMessages(nginxDump(SLOW_CLIENTS_MIN_SOCKETS, 300)), [`3 ${SLOW_CLIENTS_MIN_SOCKETS} of 300 established connections on local port 443 (held by nginx (pid 812))`]);
    deepStrictEqual(sendQMessages(nginxDump(SLOW_CLIENTS_MIN_SOCKETS - 1, 300)), []);
  });

  it('a few busy sockets among many stay silent', () => {
    deepStrictEqual(sendQMessages(nginxDump(5, 650)), []);
  });

  it('a backed-up majority keeps the Send-Q finding\'s own words', () => {
    const [message] = diagnose('netstat', nginxDump(400, 650)).filter((diagnostic) => diagnostic.code === 'queue.send-q-buildup').map((diagnostic) => diagnostic.message);
    ok(message.startsWith('400 of 650 established connections on local port 443 (held by nginx (pid 812)) have at least 32 KiB in Send-Q'), message.slice(0, 160));
  });

  it('a client\'s connections to one upstream that partly stall are no slow clients', () => {
    // The real client rows, 50 of 650 backed up, towards one upstream: the Send-Q finding's share is not reached and this is no service port.
    const rows = Array.from({ length: 650 }, (_, i) => (i < 50 ? BACKED_UP[i % BACKED_UP.length] : DRAINED[i % DRAINED.length]).replace(/10\.88\.0\.2:\d+/, `10.88.0.2:${20000 + i}`).replace(/10\.88\.0\.1:\d+/, '10.88.0.1:9000'));
    deepStrictEqual(sendQMessages([SEND_Q[0], ...rows].join('\n')), []);
  });
});

describe('slow clients, captured live from real sockets', function () {
  // Building 400 connections in two namespaces and waiting for their queues takes seconds; generous for a busy machine.
  this.timeout(180_000);
  let outputs: Record<string, string> | undefined;

  before(async function () {
    const reason = captureUnavailableReason();
    if (reason) {
      console.log(`      (skipped: ${reason})`);
      this.skip();
    }
    outputs = (await captureScenario('slow-clients')).outputs;
  });

  after(async () => {
    await cleanupAll();
  });

  for (const command of ['ss -tanp', 'netstat -antp', 'ss -tan'] as const) {
    it(`${command}: names the ${SLOW_CLIENTS_PORTS[0].slow} slow clients of port 443, and none of port 8443's ${SLOW_CLIENTS_PORTS[1].slow}`, () => {
      const [busy] = SLOW_CLIENTS_PORTS;
      const owner = command === 'ss -tan' ? '' : / \(held by web-server \(pid \d+\)\)$/.source;
      const messages = sendQMessages(outputs![command]);
      strictEqual(messages.length, 1, messages.join('\n'));
      ok(new RegExp(`^3 ${busy.slow} of ${busy.clients} established connections on local port 443${owner}$`).test(messages[0]), messages[0]);
    });
  }
});
