import { deepStrictEqual, ok, rejects, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandsFor, procFilesFor } from '../../client/src/capture/captureCommands';
import { type CaptureHost, captureSnapshot, CaptureUnavailable } from '../../client/src/capture/captureSnapshot';
import { codePageOf, decodeOutput } from '../../client/src/capture/decodeOutput';
import { findExecutable } from '../../client/src/capture/findExecutable';
import type { MachineFacts } from '../../client/src/capture/machineFacts';
import { runExecutable, type RunLimits, type ToolRun } from '../../client/src/capture/runTool';
import { isoTime, MAX_STDERR_LINES, renderSnapshot, type Snapshot } from '../../client/src/capture/snapshotText';
import { clampSetting, snapshotsToDrop, WATCH_INTERVAL_SECONDS, WATCH_MAX_SNAPSHOTS } from '../../client/src/capture/watchLimits';
import { timelineOf } from '../../server/src/core/analysis/timeline';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { diagnose } from './support/service';

const SS_OUTPUT = [
  'State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess                                 ',
  'LISTEN 0      511        127.0.0.1:8080       0.0.0.0:*    users:(("node",pid=41,fd=18)) ino:9001 sk:1 cgroup:/ <->',
  'ESTAB  0      0          127.0.0.1:8080     127.0.0.1:51000 users:(("node",pid=41,fd=19)) timer:(keepalive,119min,0) ino:9002 sk:2 cgroup:/ <->',
  '\t cubic wscale:7,7 rto:204 rtt:0.03/0.015 mss:32768 cwnd:10',
  '',
].join('\n');

const NETSTAT_OUTPUT = [
  'Active Internet connections (servers and established)',
  'Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name',
  'tcp        0      0 127.0.0.1:8080          0.0.0.0:*               LISTEN      41/node',
  '',
].join('\n');

const PROC_TCP = [
  '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
  '   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 9001 1 0000000000000000 100 0 0 10 0',
  '',
].join('\n');

const ROOT: MachineFacts = { hostname: 'db1', user: 'root', uid: 0, networkNamespace: 'net:[4026531840]' };

interface FakeTool {
  stdout?: string;
  stderr?: string;
  exitCode?: number | null;
  timedOut?: boolean;
  stdoutCut?: boolean;
  /** Thrown instead of running, as spawn rejects. */
  error?: string;
  stdoutBytes?: Uint8Array;
}

/** A machine with the given programs (by absolute path) and files; records every program run. */
function fakeHost(
  programs: Record<string, FakeTool>,
  { platform = 'linux' as NodeJS.Platform, files = {} as Record<string, string>, facts = ROOT, pathVariable = '/usr/local/bin:/usr/bin' } = {},
): CaptureHost & { runs: string[]; limits: RunLimits[] } {
  const runs: string[] = [];
  const limits: RunLimits[] = [];
  return {
    runs,
    limits,
    search: { platform, pathVariable, isExecutable: (file) => Object.hasOwn(programs, file) },
    env: { PATH: pathVariable, LANG: 'zh_CN.UTF-8' },
    execute: async (file, args, runLimits) => {
      runs.push([file, ...args].join(' '));
      limits.push(runLimits);
      const tool = programs[file];
      if (tool.error) {
        throw Object.assign(new Error(`spawn ${file} ${tool.error}`), { code: tool.error });
      }
      const run: ToolRun = {
        stdout: tool.stdoutBytes ?? new TextEncoder().encode(args.includes('-V') ? `${file} version 1` : tool.stdout ?? ''),
        stderr: new TextEncoder().encode(args.includes('-V') ? '' : tool.stderr ?? ''),
        exitCode: tool.exitCode === undefined ? 0 : tool.exitCode,
        timedOut: tool.timedOut ?? false,
        stdoutCut: tool.stdoutCut ?? false,
      };
      return run;
    },
    readFile: async (file) => {
      if (!Object.hasOwn(files, file)) {
        throw new Error(`ENOENT: no such file or directory, open '${file}'`);
      }
      return { bytes: new TextEncoder().encode(files[file]), cut: false };
    },
    facts: () => facts,
    clock: () => ({ time: new Date(Date.UTC(2026, 11, 7, 23, 10, 5)), utcOffsetMinutes: 480 }),
  };
}

describe('capture: what runs where', () => {
  it('runs fixed argument vectors per platform and kind', () => {
    const argv = (kind: 'sockets' | 'statistics' | 'sysctl', platform: NodeJS.Platform, tool?: 'ss' | 'netstat' | 'proc') =>
      commandsFor(kind, platform, tool).map((command) => [command.tool, ...command.args].join(' '));
    deepStrictEqual(argv('sockets', 'linux'), ['ss -tanpoie', 'netstat -antp']);
    deepStrictEqual(argv('sockets', 'linux', 'netstat'), ['netstat -antp', 'ss -tanpoie']);
    deepStrictEqual(argv('sockets', 'linux', 'proc'), []);
    deepStrictEqual(argv('sockets', 'darwin'), ['netstat -anv']);
    deepStrictEqual(argv('sockets', 'win32'), ['netstat -ano']);
    deepStrictEqual(argv('statistics', 'linux'), ['netstat -s']);
    deepStrictEqual(argv('statistics', 'win32'), ['netstat -s']);
    deepStrictEqual(argv('sysctl', 'linux'), ['sysctl -a']);
    deepStrictEqual(argv('sysctl', 'darwin'), ['sysctl -a']);
    deepStrictEqual(argv('sysctl', 'win32'), []);
    deepStrictEqual(procFilesFor('sockets', 'linux'), ['/proc/net/tcp', '/proc/net/tcp6']);
    deepStrictEqual(procFilesFor('sockets', 'darwin'), []);
  });

  it('finds a tool in PATH first, then in the sbin folders, and never through a relative PATH entry', () => {
    const present = new Set(['/usr/sbin/ss', '/opt/iproute/ss', 'bin/ss', './netstat']);
    const search = (pathVariable: string) => ({ platform: 'linux' as const, pathVariable, isExecutable: (file: string) => present.has(file) });
    strictEqual(findExecutable('ss', search('/opt/iproute:/usr/bin')), '/opt/iproute/ss');
    strictEqual(findExecutable('ss', search('/usr/bin')), '/usr/sbin/ss');
    strictEqual(findExecutable('ss', search('bin:/usr/local/bin')), '/usr/sbin/ss');
    strictEqual(findExecutable('netstat', search('.:/usr/bin')), undefined);
  });

  it('finds netstat.exe on Windows through PATHEXT, and nothing in the POSIX folders there', () => {
    const present = new Set(['C:\\Windows\\System32\\NETSTAT.EXE'.replace('NETSTAT.EXE', 'netstat.exe')]);
    const search = { platform: 'win32' as const, pathVariable: 'C:\\Tools;"C:\\Windows\\System32"', pathExtensions: '.COM;.EXE;.BAT', isExecutable: (file: string) => present.has(file) };
    strictEqual(findExecutable('netstat', search), 'C:\\Windows\\System32\\netstat.exe');
    strictEqual(findExecutable('ss', search), undefined);
  });
});

describe('capture: one snapshot', () => {
  const options = { linuxSocketTool: 'ss' as const };

  it('runs ss with its version once per watch, in the C locale, and says which machine it saw', async () => {
    const host = fakeHost({ '/usr/bin/ss': { stdout: SS_OUTPUT } });
    const probes = new Map<string, string | undefined>();
    const snapshot = await captureSnapshot(['sockets'], { ...options, probes }, host);
    await captureSnapshot(['sockets'], { ...options, probes }, host);
    deepStrictEqual(host.runs, ['/usr/bin/ss -tanpoie', '/usr/bin/ss -V', '/usr/bin/ss -tanpoie']);
    strictEqual(host.limits[0].env.LC_ALL, 'C');
    ok(host.limits[0].timeoutMs > 0 && host.limits[0].maxStdoutBytes > 0);
    deepStrictEqual(snapshot.steps.map((step) => [step.command, step.source, step.notes.length]), [['ss -tanpoie', '/usr/bin/ss (/usr/bin/ss version 1)', 0]]);
    strictEqual(
      renderSnapshot(snapshot, 'en', 'netstat'),
      [
        '2026-12-08T07:10:05+08:00',
        '# host: db1  user: root (uid 0)  network namespace: net:[4026531840]',
        '# tool: /usr/bin/ss (/usr/bin/ss version 1)',
        '$ ss -tanpoie',
        // ss pads its rows when it writes to a pipe; the padding is dropped.
        SS_OUTPUT.replace(/ +\n/g, '\n').trimEnd(),
        '',
        '',
      ].join('\n'),
    );
  });

  it('reads in the editor as the tool’s own output: a real ss -tanpoie capture keeps every row, and two snapshots make a timeline with their times', async () => {
    const real = readFileSync(join(__dirname, '..', 'fixtures', 'real', 'mixed', 'ss-tanpoie.txt'), 'utf8');
    const rowCount = parseSocketDump(real).rows.length;
    const host = fakeHost({ '/usr/bin/ss': { stdout: real } });
    const text = renderSnapshot(await captureSnapshot(['sockets'], options, host), 'zh-cn', 'netstat');
    const twice = parseSocketDump(text + text);
    strictEqual(twice.rows.length, 2 * rowCount);
    // Every line is read: the time lines by the timeline, the header lines as notes of their own.
    deepStrictEqual(twice.unrecognized, []);
    const [series] = timelineOf(twice).series;
    deepStrictEqual(series.snapshots.map((snapshot) => [snapshot.time, snapshot.total]), [
      ['2026-12-08T07:10:05+08:00', rowCount],
      ['2026-12-08T07:10:05+08:00', rowCount],
    ]);
  });

  it('falls back to netstat when ss is missing, and says so in both languages', async () => {
    const host = fakeHost({ '/usr/bin/netstat': { stdout: NETSTAT_OUTPUT } });
    const snapshot = await captureSnapshot(['sockets'], options, host);
    deepStrictEqual(host.runs, ['/usr/bin/netstat -antp', '/usr/bin/netstat -V']);
    const text = renderSnapshot(snapshot, 'both', 'netstat');
    deepStrictEqual(text.split('\n').filter((line) => line.startsWith('# note: ')), [
      '# note: ss is not installed here: netstat was run instead.',
      '# note: 本机未安装 ss，改用 netstat。',
    ]);
    ok(text.includes('$ netstat -antp\nActive Internet connections'));
  });

  it('also falls back when a tool found on PATH cannot be started', async () => {
    const host = fakeHost({ '/usr/bin/ss': { error: 'EACCES' }, '/usr/bin/netstat': { stdout: NETSTAT_OUTPUT } });
    const snapshot = await captureSnapshot(['sockets'], options, host);
    deepStrictEqual(snapshot.steps.map((step) => step.command), ['netstat -antp']);
  });

  it('reads /proc/net/tcp and tcp6 when neither ss nor netstat is installed (a slim container)', async () => {
    const host = fakeHost({}, { files: { '/proc/net/tcp': PROC_TCP, '/proc/net/tcp6': PROC_TCP.split('\n')[0] + '\n' } });
    const snapshot = await captureSnapshot(['sockets'], options, host);
    deepStrictEqual(host.runs, []);
    deepStrictEqual(snapshot.steps.map((step) => [step.command, step.notes.map((note) => note.en.slice(0, 30))]), [
      ['cat /proc/net/tcp', ['None of ss, netstat is install']],
      ['cat /proc/net/tcp6', []],
    ]);
    const text = renderSnapshot(snapshot, 'en', 'netstat');
    const parse = parseSocketDump(text);
    strictEqual(parse.rows.length, 1);
    // Every line is known: the time line, the header lines and the table.
    deepStrictEqual(parse.unrecognized, []);
    deepStrictEqual(parse.printedTimes.map((time) => time.line), [0]);
  });

  it('reads /proc when the setting asks for it, running nothing', async () => {
    const host = fakeHost({ '/usr/bin/ss': { stdout: SS_OUTPUT } }, { files: { '/proc/net/tcp': PROC_TCP, '/proc/net/tcp6': '' } });
    const snapshot = await captureSnapshot(['sockets'], { linuxSocketTool: 'proc' }, host);
    deepStrictEqual(host.runs, []);
    ok(snapshot.steps[0].notes[0].en.includes('netstatInsight.capture.linuxSocketTool'));
  });

  it('notes in the header that process names need root when not run as root', async () => {
    const facts = { ...ROOT, user: 'deploy', uid: 1000 };
    const snapshot = await captureSnapshot(['sockets', 'statistics'], options, fakeHost({ '/usr/bin/ss': { stdout: SS_OUTPUT }, '/usr/bin/netstat': { stdout: 'Ip:\n    1 total packets received\n' } }, { facts }));
    deepStrictEqual(snapshot.steps.map((step) => step.notes.map((note) => note.zh.slice(0, 10))), [['未以 root 身份'], []]);
    const text = renderSnapshot(snapshot, 'zh-cn', 'netstat');
    ok(text.includes('# host: db1  user: deploy (uid 1000)'), text);
    ok(text.includes('deploy 自己的进程'), text);
  });

  it('keeps a failing tool’s error output and status, a cut output and a timeout as notes', async () => {
    const stderr = Array.from({ length: MAX_STDERR_LINES + 3 }, (_, index) => `sysctl: permission denied on key 'k${index}'`).join('\n');
    const host = fakeHost({
      '/usr/bin/sysctl': { stdout: 'net.core.somaxconn = 4096\n', stderr, exitCode: 255 },
      '/usr/bin/ss': { stdout: SS_OUTPUT, stdoutCut: true, exitCode: null },
      '/usr/bin/netstat': { stdout: 'Ip:\n', timedOut: true, exitCode: null },
    });
    const sysctl = renderSnapshot(await captureSnapshot(['sysctl'], options, host), 'en', 'sysctl');
    const lines = sysctl.split('\n');
    strictEqual(lines[0], '# 2026-12-08T07:10:05+08:00');
    ok(lines.includes('# $ sysctl -a'));
    ok(lines.includes('# note: The tool exited with status 255.'));
    ok(lines.includes("# sysctl: permission denied on key 'k0'"));
    ok(!lines.includes(`# sysctl: permission denied on key 'k${MAX_STDERR_LINES}'`));
    ok(lines.includes('# note: 3 more lines of its error output are not shown.'));
    // Every line but the settings is a comment, so the sysctl document has no syntax error to report.
    deepStrictEqual(lines.filter((line) => line !== '' && !line.startsWith('#')), ['net.core.somaxconn = 4096']);
    deepStrictEqual(diagnose('sysctl', sysctl).filter((d) => d.code === 'sysctl.syntax-error'), []);

    const sockets = await captureSnapshot(['sockets', 'statistics'], options, host);
    deepStrictEqual(sockets.steps.map((step) => step.notes.map((note) => note.en)), [
      ['Output cut at 32 MiB: what follows is its beginning only.'],
      ['The tool did not finish within 30 s and was stopped: the output may be incomplete.'],
    ]);
  });

  it('says why it cannot capture: no tool and no /proc equivalent, or sysctl on Windows', async () => {
    await rejects(captureSnapshot(['sysctl'], options, fakeHost({})), (error: unknown) => error instanceof CaptureUnavailable && error.reason.en.startsWith('None of sysctl is installed'));
    await rejects(captureSnapshot(['sockets'], options, fakeHost({}, { platform: 'darwin' })), CaptureUnavailable);
    await rejects(captureSnapshot(['sysctl'], options, fakeHost({}, { platform: 'win32' })), (error: unknown) => error instanceof CaptureUnavailable && error.reason.zh.includes('netsh'));
  });

  it('decodes a Chinese Windows netstat in the console code page chcp names', async () => {
    const heading = Uint8Array.from([0xbb, 0xee, 0xb6, 0xaf, 0xc1, 0xac, 0xbd, 0xd3, 0x0a]); // 活动连接 in GBK
    const host = fakeHost(
      { 'C:\\Windows\\System32\\netstat.exe': { stdoutBytes: heading }, 'C:\\Windows\\System32\\chcp.com': { stdout: '活动代码页: 936\r\n' } },
      { platform: 'win32', pathVariable: 'C:\\Windows\\System32' },
    );
    const snapshot = await captureSnapshot(['sockets'], options, host);
    strictEqual(snapshot.steps[0].output, '活动连接\n');
    strictEqual(host.limits[0].env.LC_ALL, undefined);
    deepStrictEqual(host.runs, ['C:\\Windows\\System32\\netstat.exe -ano', 'C:\\Windows\\System32\\chcp.com']);
  });
});

describe('capture: text and limits', () => {
  it('prints the time as date -Iseconds does, with the machine’s offset', () => {
    const time = new Date(Date.UTC(2026, 11, 31, 23, 59, 59));
    strictEqual(isoTime(time, 0), '2026-12-31T23:59:59+00:00');
    strictEqual(isoTime(time, 480), '2027-01-01T07:59:59+08:00');
    strictEqual(isoTime(time, -210), '2026-12-31T20:29:59-03:30');
  });

  it('keeps header values on their line whatever the hostname holds', () => {
    const snapshot: Snapshot = {
      time: new Date(0),
      utcOffsetMinutes: 0,
      facts: { hostname: 'evil\n$ ss -tan', user: undefined, uid: 5, networkNamespace: undefined },
      notes: [],
      steps: [],
    };
    deepStrictEqual(renderSnapshot(snapshot, 'en', 'netstat').split('\n'), ['1970-01-01T00:00:00+00:00', '# host: evil $ ss -tan  user: uid 5', '', '']);
  });

  it('decodes UTF-8, else the code page, else Windows-1252; reads chcp in any language', () => {
    strictEqual(decodeOutput(new TextEncoder().encode('本地地址')), '本地地址');
    strictEqual(decodeOutput(Uint8Array.from([0x41, 0xd6]), 850), 'AÖ');
    strictEqual(codePageOf('Active code page: 65001\r\n'), 65001);
    strictEqual(codePageOf('活动代码页: 936'), 936);
    strictEqual(codePageOf('nothing'), undefined);
  });

  it('drops the oldest snapshots past the count or size cap, and refuses one bigger than the cap', () => {
    const limits = { maxSnapshots: 3, maxCharacters: 100 };
    strictEqual(snapshotsToDrop([], 10, limits), 0);
    strictEqual(snapshotsToDrop([10, 10], 10, limits), 0);
    strictEqual(snapshotsToDrop([10, 10, 10], 10, limits), 1);
    strictEqual(snapshotsToDrop([40, 40, 10], 30, limits), 1);
    strictEqual(snapshotsToDrop([40, 40, 10], 60, limits), 2);
    strictEqual(snapshotsToDrop([40], 101, limits), 'too-big');
    strictEqual(clampSetting(0, WATCH_INTERVAL_SECONDS), 1);
    strictEqual(clampSetting(1e9, WATCH_INTERVAL_SECONDS), 3600);
    strictEqual(clampSetting('5', WATCH_INTERVAL_SECONDS), WATCH_INTERVAL_SECONDS.default);
  });

  it('bounds the watch settings in package.json as the code clamps them', () => {
    const properties = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, object> } } })
      .contributes.configuration.properties;
    const bounds = (key: string) => {
      const { minimum, maximum, default: fallback } = properties[`netstatInsight.capture.${key}`] as { minimum: number; maximum: number; default: number };
      return { minimum, maximum, default: fallback };
    };
    deepStrictEqual(bounds('watchInterval'), { ...WATCH_INTERVAL_SECONDS });
    deepStrictEqual(bounds('watchMaxSnapshots'), { ...WATCH_MAX_SNAPSHOTS });
  });
});

describe('capture: running a program', () => {
  const limits = { timeoutMs: 20_000, maxStdoutBytes: 1000, maxStderrBytes: 100, env: process.env };

  it('passes arguments as they are, with no shell to read them', async () => {
    const run = await runExecutable(process.execPath, ['-e', 'process.stdout.write(process.argv.slice(1).join("|"))', '$(id)', 'a;b', '*'], limits);
    strictEqual(new TextDecoder().decode(run.stdout), '$(id)|a;b|*');
    strictEqual(run.exitCode, 0);
  });

  it('stops a tool at the output cap and keeps the beginning', async () => {
    const run = await runExecutable(process.execPath, ['-e', 'for (;;) process.stdout.write("x".repeat(4096))'], limits);
    strictEqual(run.stdoutCut, true);
    strictEqual(run.stdout.length, 1000);
  });

  it('stops a tool at the timeout', async () => {
    const run = await runExecutable(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { ...limits, timeoutMs: 300 });
    strictEqual(run.timedOut, true);
    strictEqual(run.exitCode, null);
  });

  it('rejects with ENOENT for a program that does not exist', async () => {
    await rejects(runExecutable('/nonexistent/ss', [], limits), (error: NodeJS.ErrnoException) => error.code === 'ENOENT');
  });
});
