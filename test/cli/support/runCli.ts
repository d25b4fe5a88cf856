import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
/** The built bin, exactly what `npm install -g` links: these tests never run the TypeScript sources. */
export const BIN = join(ROOT, 'cli', 'out', 'netstat-insight.js');
export const REAL = join(ROOT, 'test', 'fixtures', 'real');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the bin in `cwd` (the repository root by default) with a clean locale, so that neither the
 * developer's LANG nor a colour setting changes what the tests see.
 */
export function runCli(args: readonly string[], options: { input?: string; cwd?: string; env?: Record<string, string | undefined> } = {}): CliResult {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: run npm run build first`);
  }
  const env: Record<string, string | undefined> = { ...process.env, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C', NO_COLOR: undefined, ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) {
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory, removed after the suite. */
export function temporaryDirectory(prefix: string): { readonly path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `netstat-insight-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
