import { spawn } from 'node:child_process';

export interface RunLimits {
  readonly timeoutMs: number;
  /** Bytes of standard output kept; the tool is stopped once it prints more. */
  readonly maxStdoutBytes: number;
  readonly maxStderrBytes: number;
  readonly env: NodeJS.ProcessEnv;
}

export interface ToolRun {
  readonly stdout: Uint8Array;
  readonly stderr: Uint8Array;
  /** null when the tool was stopped by a signal (our timeout or cap, or someone else's). */
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  /** True when the output went past maxStdoutBytes: what is kept is its beginning. */
  readonly stdoutCut: boolean;
}

/** Runs one program; rejects only when it cannot start (then the error's `code` says why: ENOENT, EACCES). */
export type Executor = (file: string, args: readonly string[], limits: RunLimits) => Promise<ToolRun>;

/** A bounded buffer: keeps the first `limit` bytes of a stream and says whether more came. */
class HeadOfStream {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  cut = false;

  constructor(private readonly limit: number) {}

  /** Returns false once the limit is passed. */
  add(chunk: Buffer): boolean {
    const room = this.limit - this.kept;
    if (chunk.length > room) {
      this.cut = true;
    }
    if (room > 0) {
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      this.chunks.push(part);
      this.kept += part.length;
    }
    return !this.cut;
  }

  bytes(): Uint8Array {
    return Buffer.concat(this.chunks, this.kept);
  }
}

/**
 * The executor of the extension host: spawn with an argument vector (no shell, so nothing in an
 * argument is ever interpreted), no window on Windows, stdin closed, and a hard stop by SIGKILL at
 * the timeout or when the output passes its cap.
 */
export const runExecutable: Executor = (file, args, limits) =>
  new Promise<ToolRun>((resolve, reject) => {
    const child = spawn(file, [...args], { shell: false, windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'], env: limits.env });
    const stdout = new HeadOfStream(limits.maxStdoutBytes);
    const stderr = new HeadOfStream(limits.maxStderrBytes);
    let timedOut = false;
    const stop = () => child.kill('SIGKILL');
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, limits.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.add(chunk) || stop());
    // A chatty stderr is cut, never a reason to stop the tool.
    child.stderr.on('data', (chunk: Buffer) => void stderr.add(chunk));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout: stdout.bytes(), stderr: stderr.bytes(), exitCode: code, timedOut, stdoutCut: stdout.cut });
    });
  });
