import type { Localized } from '../../../server/src/core/i18n/localized';
import { type CaptureKind, commandsFor, type LinuxSocketTool, namesProcesses, procFilesFor, type ToolCommand } from './captureCommands';
import { captureTexts } from './captureTexts';
import { codePageOf, decodeOutput } from './decodeOutput';
import { findExecutable, type SearchPath } from './findExecutable';
import type { MachineFacts } from './machineFacts';
import type { Executor, RunLimits } from './runTool';
import type { Snapshot, SnapshotStep } from './snapshotText';

/** Everything a capture touches on the machine, so that tests can stand in for any of it. */
export interface CaptureHost {
  readonly search: SearchPath;
  readonly env: NodeJS.ProcessEnv;
  readonly execute: Executor;
  /** The first `maxBytes` bytes of a file, and whether there were more. */
  readonly readFile: (file: string, maxBytes: number) => Promise<{ bytes: Uint8Array; cut: boolean }>;
  readonly facts: () => MachineFacts;
  readonly clock: () => { time: Date; utcOffsetMinutes: number };
}

export interface CaptureLimits {
  readonly timeoutMs: number;
  readonly maxOutputBytes: number;
  readonly maxStderrBytes: number;
}

/**
 * `netstat -antp` walks every process's file descriptors and takes seconds on a busy host; 32 MiB holds
 * some 200,000 ss rows, more than the editor keeps responsive with.
 */
export const DEFAULT_CAPTURE_LIMITS: CaptureLimits = { timeoutMs: 30_000, maxOutputBytes: 32 * 1024 * 1024, maxStderrBytes: 64 * 1024 };

/** A version probe prints one line; it gets little time and room. */
const VERSION_LIMITS = { timeoutMs: 5_000, maxOutputBytes: 4096, maxStderrBytes: 4096 };

export interface CaptureOptions {
  readonly linuxSocketTool: LinuxSocketTool;
  readonly limits?: CaptureLimits;
  /** Tool versions (and the Windows code page) by program path, kept between the snapshots of a watch. */
  readonly probes?: Map<string, string | undefined>;
}

/** Why nothing could be captured, in both languages. */
export class CaptureUnavailable extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/**
 * Runs the tools for `kinds`, in that order, and returns one snapshot of their outputs with the
 * facts of the machine they ran on. A tool that is not installed is replaced by the next one for its
 * kind, then by the /proc files; a tool that runs but fails is kept with its error output and status.
 */
export async function captureSnapshot(kinds: readonly CaptureKind[], options: CaptureOptions, host: CaptureHost): Promise<Snapshot> {
  const { time, utcOffsetMinutes } = host.clock();
  const facts = host.facts();
  const steps: SnapshotStep[] = [];
  for (const kind of kinds) {
    steps.push(...(await stepsFor(kind, options, host, facts)));
  }
  return { time, utcOffsetMinutes, facts, notes: [], steps };
}

async function stepsFor(kind: CaptureKind, options: CaptureOptions, host: CaptureHost, facts: MachineFacts): Promise<SnapshotStep[]> {
  const platform = host.search.platform;
  if (kind === 'sysctl' && platform === 'win32') {
    throw new CaptureUnavailable(captureTexts.noSysctlOnWindows);
  }
  const commands = commandsFor(kind, platform, options.linuxSocketTool);
  const missing: string[] = [];
  for (const command of commands) {
    const file = findExecutable(command.tool, host.search);
    const step = file === undefined ? undefined : await runStep(command, file, options, host, facts);
    if (step === undefined) {
      missing.push(command.tool);
      continue;
    }
    if (missing.length > 0) {
      step.notes.unshift(captureTexts.usedInstead(missing.join(', '), command.tool));
    }
    return [step];
  }
  const procFiles = procFilesFor(kind, platform);
  if (procFiles.length === 0) {
    throw new CaptureUnavailable(captureTexts.nothingToRun(missing.join(', ')));
  }
  const why = commands.length === 0 ? captureTexts.procChosen : captureTexts.readFromProc(missing.join(', '));
  const steps = await Promise.all(procFiles.map((file) => readProcStep(file, options, host)));
  steps[0].notes.unshift(why);
  return steps;
}

type OpenStep = SnapshotStep & { notes: Localized[] };

/** Runs one tool; undefined when it turns out not to be runnable after all (removed, no permission). */
async function runStep(command: ToolCommand, file: string, options: CaptureOptions, host: CaptureHost, facts: MachineFacts): Promise<OpenStep | undefined> {
  const limits = options.limits ?? DEFAULT_CAPTURE_LIMITS;
  const platform = host.search.platform;
  let run;
  try {
    run = await host.execute(file, command.args, runLimits(limits, host));
  } catch (error) {
    if (isNotRunnable(error)) {
      return undefined;
    }
    throw error;
  }
  const codePage = platform === 'win32' ? await consoleCodePage(options, host) : undefined;
  const notes: Localized[] = [];
  if (namesProcesses(command, platform) && facts.uid !== undefined && facts.uid !== 0) {
    notes.push(captureTexts.notRoot(facts.user ?? `uid ${facts.uid}`));
  }
  if (run.stdoutCut) {
    notes.push(captureTexts.outputCut(sizeOf(limits.maxOutputBytes)));
  } else if (run.timedOut) {
    notes.push(captureTexts.timedOut(Math.round(limits.timeoutMs / 1000)));
  } else if (run.exitCode !== 0) {
    notes.push(captureTexts.exitCode(run.exitCode ?? 'signal'));
  }
  const version = await toolVersion(command, file, options, host);
  return {
    command: [command.tool, ...command.args].join(' '),
    source: version === undefined ? file : `${file} (${version})`,
    output: decodeOutput(run.stdout, codePage),
    stderr: decodeOutput(run.stderr, codePage),
    notes,
  };
}

async function readProcStep(file: string, options: CaptureOptions, host: CaptureHost): Promise<OpenStep> {
  const limits = options.limits ?? DEFAULT_CAPTURE_LIMITS;
  const notes: Localized[] = [];
  let output = '';
  try {
    const read = await host.readFile(file, limits.maxOutputBytes);
    output = decodeOutput(read.bytes);
    if (read.cut) {
      notes.push(captureTexts.outputCut(sizeOf(limits.maxOutputBytes)));
    }
  } catch (error) {
    notes.push(captureTexts.readFailed(file, error instanceof Error ? error.message : String(error)));
  }
  return { command: `cat ${file}`, source: file, output, stderr: '', notes };
}

/** The first line the tool prints about its version (`ss utility, iproute2-6.1.0`, `net-tools 2.10`), asked once per program. */
async function toolVersion(command: ToolCommand, file: string, options: CaptureOptions, host: CaptureHost): Promise<string | undefined> {
  if (command.versionArgs === undefined) {
    return undefined;
  }
  return probeOnce(`${file} ${command.versionArgs.join(' ')}`, options, async () => {
    const run = await host.execute(file, command.versionArgs!, runLimits(VERSION_LIMITS, host));
    const text = `${decodeOutput(run.stdout)}\n${decodeOutput(run.stderr)}`;
    return text.split('\n').map((line) => line.trim()).find((line) => line !== '');
  });
}

/** The console code page Windows tools print in, from `chcp.com`. */
function consoleCodePage(options: CaptureOptions, host: CaptureHost): Promise<number | undefined> {
  const chcp = findExecutable('chcp.com', host.search);
  if (chcp === undefined) {
    return Promise.resolve(undefined);
  }
  return probeOnce(chcp, options, async () => decodeOutput((await host.execute(chcp, [], runLimits(VERSION_LIMITS, host))).stdout)).then((text) =>
    text === undefined ? undefined : codePageOf(text),
  );
}

async function probeOnce(key: string, options: CaptureOptions, probe: () => Promise<string | undefined>): Promise<string | undefined> {
  if (options.probes?.has(key)) {
    return options.probes.get(key);
  }
  let answer: string | undefined;
  try {
    answer = await probe();
  } catch {
    // A tool without a version is still worth its output.
  }
  options.probes?.set(key, answer);
  return answer;
}

function runLimits(limits: CaptureLimits, host: CaptureHost): RunLimits {
  // The C locale gives the column headings and number formats the tools are documented with.
  const env = host.search.platform === 'win32' ? host.env : { ...host.env, LC_ALL: 'C' };
  return { timeoutMs: limits.timeoutMs, maxStdoutBytes: limits.maxOutputBytes, maxStderrBytes: limits.maxStderrBytes, env };
}

function isNotRunnable(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'EACCES' || code === 'ENOEXEC';
}

function sizeOf(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
