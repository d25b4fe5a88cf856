import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { languageOfFile } from '../../server/src/core/documentKind';
import type { Localized } from '../../server/src/core/i18n/localized';
import { MESSAGES } from './texts';

/** Bigger files are not read: a dump of millions of sockets is far smaller, and V8 strings end near 512 MiB. */
export const MAX_INPUT_MIB = 256;
const MAX_INPUT_BYTES = MAX_INPUT_MIB * 1024 * 1024;

export type ReadResult =
  | { readonly text: string }
  | { readonly error: { readonly message: Localized; readonly values: Readonly<Record<string, string | number>> } };

/**
 * Reads a file up to the limit. A regular file is read at once, synchronously: a thread reads one file
 * after another anyway, and a fleet of small dumps would otherwise wait on a thread-pool round trip
 * per call. Anything else (a pipe from `<(ss -tanp)`, a device) is read as a stream, stopping as soon
 * as it exceeds the limit, since it has no size up front.
 */
export async function readInputFile(filePath: string): Promise<ReadResult> {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(filePath, 'r');
    const stat = fstatSync(descriptor);
    if (!stat.isFile()) {
      const stream = createReadStream(filePath, { fd: descriptor });
      descriptor = undefined; // The stream closes it.
      return await readCapped(stream, filePath);
    }
    if (stat.size > MAX_INPUT_BYTES) {
      return tooLarge(filePath);
    }
    // One byte more than the size: a file that grew since fstat is read on, chunk by chunk, up to the limit.
    const chunks: Buffer[] = [];
    let length = 0;
    for (let size = stat.size + 1; ; size = CHUNK_BYTES) {
      const chunk = Buffer.allocUnsafe(Math.min(size, MAX_INPUT_BYTES + 1 - length));
      const bytesRead = readSync(descriptor, chunk, 0, chunk.length, null);
      if (bytesRead === 0) {
        break;
      }
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > MAX_INPUT_BYTES) {
        return tooLarge(filePath);
      }
    }
    return { text: Buffer.concat(chunks, length).toString('utf8') };
  } catch (error) {
    return unreadable(filePath, error as NodeJS.ErrnoException);
  } finally {
    if (descriptor !== undefined) {
      closeSync(descriptor);
    }
  }
}

const CHUNK_BYTES = 1024 * 1024;

export function readStandardInput(): Promise<ReadResult> {
  return readCapped(process.stdin, '-').catch((error: NodeJS.ErrnoException) => unreadable('-', error));
}

async function readCapped(stream: Readable, displayPath: string): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += (chunk as Buffer).length;
    if (length > MAX_INPUT_BYTES) {
      stream.destroy();
      return tooLarge(displayPath);
    }
    chunks.push(chunk as Buffer);
  }
  return { text: Buffer.concat(chunks, length).toString('utf8') };
}

function tooLarge(displayPath: string): ReadResult {
  return { error: { message: MESSAGES.tooLarge, values: { path: displayPath, limit: MAX_INPUT_MIB } } };
}

function unreadable(displayPath: string, error: NodeJS.ErrnoException): ReadResult {
  if (error.code === 'ENOENT') {
    return { error: { message: MESSAGES.notFound, values: { path: displayPath } } };
  }
  return { error: { message: MESSAGES.unreadable, values: { path: displayPath, reason: error.code ?? error.message } } };
}

/** The URI the core sees for an input: `file:` for a file, `untitled:stdin` for standard input (`-`). */
export function uriOfInput(inputPath: string): string {
  return inputPath === '-' ? 'untitled:stdin' : pathToFileURL(path.resolve(inputPath)).href;
}

/** An input read as the editor would open it: its text, its URI and its language, decided by its name and content. */
export interface InputDocument {
  readonly uri: string;
  readonly text: string;
  /** Undefined when neither name nor content says netstat/ss or sysctl. */
  readonly languageId: string | undefined;
}

/** Reads a file, or standard input for `-`, into an InputDocument. */
export async function readInputDocument(inputPath: string): Promise<InputDocument | Extract<ReadResult, { error: unknown }>> {
  const read = inputPath === '-' ? await readStandardInput() : await readInputFile(inputPath);
  if ('error' in read) {
    return read;
  }
  return { uri: uriOfInput(inputPath), text: read.text, languageId: languageOfFile(inputPath === '-' ? '' : inputPath, read.text) };
}
