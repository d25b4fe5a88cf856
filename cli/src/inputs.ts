import { type Dirent, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Localized } from '../../server/src/core/i18n/localized';
import { compileGlob, type Glob, isGlobPattern } from './glob';
import { MESSAGES } from './texts';

/** One thing to read, in the order the report lists it. */
export type Input =
  /** `explicit`: named by the user (or a pattern); false for files found by walking a directory. */
  | { readonly kind: 'file'; readonly path: string; readonly explicit: boolean }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'error'; readonly path: string; readonly message: Localized; readonly values: Readonly<Record<string, string | number>> };

/** Something worth telling on stderr that is no error: a skipped symlink loop, a FIFO in a directory. */
export interface Note {
  readonly message: Localized;
  readonly values: Readonly<Record<string, string | number>>;
}

export interface ExpandedInputs {
  readonly inputs: readonly Input[];
  readonly notes: readonly Note[];
}

/**
 * Turns FILE, DIR, GLOB and `-` arguments into the files to read. Directories are walked
 * recursively in byte order of names; symbolic links are followed, except back into a directory
 * already on the walk (a loop); only regular files are taken from directories, while a file named
 * on the command line may also be a pipe (`<(ss -tan)`).
 */
export async function expandInputs(argumentsGiven: readonly string[]): Promise<ExpandedInputs> {
  const inputs: Input[] = [];
  const notes: Note[] = [];
  for (const argument of argumentsGiven) {
    if (argument === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    const stat = await fs.stat(argument).catch((error: NodeJS.ErrnoException) => error);
    if (!(stat instanceof Error)) {
      if (stat.isDirectory()) {
        await walk(argument, new Set(), Infinity, undefined, inputs, notes);
      } else {
        inputs.push({ kind: 'file', path: argument, explicit: true });
      }
    } else if (stat.code === 'ENOENT' && isGlobPattern(argument)) {
      const glob = compileGlob(argument);
      const before = inputs.length;
      await walk(glob.base, new Set(), glob.maxDepth, glob, inputs, notes);
      if (inputs.length === before) {
        inputs.push({ kind: 'error', path: argument, message: MESSAGES.noGlobMatch, values: { pattern: argument } });
      }
    } else if (stat.code === 'ENOENT') {
      inputs.push({ kind: 'error', path: argument, message: MESSAGES.notFound, values: { path: argument } });
    } else {
      inputs.push({ kind: 'error', path: argument, message: MESSAGES.unreadable, values: { path: argument, reason: stat.code ?? stat.message } });
    }
  }
  return { inputs, notes };
}

/** `ancestors`: real paths of the directories on the way down, which a link must not lead back into. */
async function walk(directory: string, ancestors: ReadonlySet<string>, depthLeft: number, glob: Glob | undefined, inputs: Input[], notes: Note[], relative = ''): Promise<void> {
  const realPath = await fs.realpath(directory).catch(() => directory);
  if (ancestors.has(realPath)) {
    notes.push({ message: MESSAGES.symlinkLoop, values: { path: directory } });
    return;
  }
  let entries: Dirent[];
  try {
    entries = (await fs.readdir(directory, { withFileTypes: true })).sort((a, b) => byteOrder(a.name, b.name));
  } catch (error) {
    inputs.push({ kind: 'error', path: directory, message: MESSAGES.unreadable, values: { path: directory, reason: (error as NodeJS.ErrnoException).code ?? String(error) } });
    return;
  }
  const below = new Set(ancestors).add(realPath);
  for (const entry of entries) {
    const entryPath = path.join(directory, entry.name);
    const entryRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
    // The listing tells files and directories apart; only a link (or an exotic file system) needs a stat.
    const stat = entry.isFile() || entry.isDirectory() ? entry : await fs.stat(entryPath).catch(() => undefined);
    if (stat === undefined) {
      continue; // A dangling link or a file gone since the listing: nothing to read.
    }
    if (stat.isDirectory()) {
      if (depthLeft > 1) {
        await walk(entryPath, below, depthLeft - 1, glob, inputs, notes, entryRelative);
      }
    } else if (glob !== undefined && !glob.matches(entryRelative)) {
      continue;
    } else if (stat.isFile()) {
      inputs.push({ kind: 'file', path: entryPath, explicit: glob !== undefined });
    } else {
      notes.push({ message: MESSAGES.notRegular, values: { path: entryPath } });
    }
  }
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
