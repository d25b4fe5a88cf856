import { accessSync, constants, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { CaptureHost } from './captureSnapshot';
import { readMachineFacts } from './machineFacts';
import { runExecutable } from './runTool';

/** The machine the extension host runs on, as the capture sees it. */
export function nodeCaptureHost(): CaptureHost {
  const platform = process.platform;
  return {
    search: { platform, pathVariable: process.env.PATH ?? process.env.Path, pathExtensions: process.env.PATHEXT, isExecutable },
    env: process.env,
    execute: runExecutable,
    readFile: readHead,
    facts: () => readMachineFacts(platform),
    clock: () => {
      const time = new Date();
      return { time, utcOffsetMinutes: -time.getTimezoneOffset() };
    },
  };
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) {
      return false;
    }
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** /proc files say they are 0 bytes long: read until the end or the cap. */
async function readHead(file: string, maxBytes: number): Promise<{ bytes: Uint8Array; cut: boolean }> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, 1024 * 1024));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) {
        break;
      }
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
      total += bytesRead;
      if (total > maxBytes) {
        return { bytes: Buffer.concat(chunks).subarray(0, maxBytes), cut: true };
      }
    }
    return { bytes: Buffer.concat(chunks), cut: false };
  } finally {
    await handle.close();
  }
}
