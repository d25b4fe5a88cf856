import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectSysctlValues, type WorkspaceContext } from './core/analysis/sysctlContext';
import type { ParsedSysctlFile } from './core/model/sysctlFile';
import { parseSysctlFile } from './core/parsers/sysctlFile';

/** The files read as sysctl configuration, as glob patterns for the client's file watcher. */
export const SYSCTL_FILE_GLOBS = ['**/sysctl.conf', '**/sysctl.d/*.conf', '**/*.sysctl'];

/** Bounds on the walk, so opening a huge folder (a home directory) stays cheap. */
const MAX_DEPTH = 8;
const MAX_FILES = 200;
const MAX_FILE_BYTES = 1024 * 1024;
const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

export function isSysctlFilePath(filePath: string): boolean {
  const base = path.basename(filePath);
  return base === 'sysctl.conf' || base.endsWith('.sysctl') || (base.endsWith('.conf') && path.basename(path.dirname(filePath)) === 'sysctl.d');
}

/**
 * The sysctl files of the workspace folders, read from disk, merged with the open sysctl documents
 * (whose unsaved text wins) into the context the dump rules compare with.
 */
export class WorkspaceSysctlFiles {
  private readonly onDisk = new Map<string, ParsedSysctlFile>();
  /**
   * The newest read of each file. Reads overlap (two quick saves, a save during the first scan) and
   * can finish out of order: only the newest may store its text, or a stale copy would stay.
   */
  private readonly newestRead = new Map<string, number>();
  private reads = 0;

  /** `readText` gives a file's text, or undefined when it is missing, unreadable or too big. */
  constructor(private readonly readText: (filePath: string) => Promise<string | undefined> = readSmallFile) {}

  /** Reads every sysctl file under the folders (file: URIs), replacing what was read before. */
  async scan(folderUris: readonly string[]): Promise<void> {
    this.onDisk.clear();
    for (const folder of folderUris) {
      if (folder.startsWith('file:')) {
        await this.walk(fileURLToPath(folder), 0);
      }
    }
  }

  /** Re-reads one file after the client reported a change; a deleted file is forgotten. */
  async refresh(uri: string): Promise<void> {
    const filePath = filePathOf(uri);
    if (filePath === undefined) {
      return;
    }
    const key = pathToFileURL(filePath).toString();
    this.onDisk.delete(key);
    // Whatever read of this file is still under way started before this change: it must not store.
    this.newestRead.delete(key);
    if (isSysctlFilePath(filePath)) {
      await this.read(filePath);
    }
  }

  /** Values of every known sysctl file; `open` are the open documents, which replace their disk copy. */
  context(open: readonly { readonly uri: string; readonly file: ParsedSysctlFile }[]): WorkspaceContext {
    const openPaths = new Set(open.map((document) => comparablePath(document.uri)));
    const fromDisk = [...this.onDisk].filter(([uri]) => !openPaths.has(comparablePath(uri))).map(([uri, file]) => ({ uri, file }));
    return { sysctlValues: collectSysctlValues([...fromDisk, ...open]) };
  }

  private async walk(directory: string, depth: number): Promise<void> {
    if (depth > MAX_DEPTH || this.onDisk.size >= MAX_FILES) {
      return;
    }
    let entries;
    try {
      entries = await fs.readdir(directory, { withFileTypes: true });
    } catch {
      return; // Unreadable folders are simply not part of the context.
    }
    for (const entry of entries) {
      const entryPath = path.join(directory, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) {
        await this.walk(entryPath, depth + 1);
      } else if (entry.isFile() && isSysctlFilePath(entryPath) && this.onDisk.size < MAX_FILES) {
        await this.read(entryPath);
      }
    }
  }

  private async read(filePath: string): Promise<void> {
    const key = pathToFileURL(filePath).toString();
    const read = ++this.reads;
    this.newestRead.set(key, read);
    const text = await this.readText(filePath);
    if (this.newestRead.get(key) !== read) {
      return;
    }
    this.newestRead.delete(key);
    if (text !== undefined) {
      this.onDisk.set(key, parseSysctlFile(text));
    }
  }
}

async function readSmallFile(filePath: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(filePath);
    return stat.size <= MAX_FILE_BYTES ? await fs.readFile(filePath, 'utf8') : undefined;
  } catch {
    return undefined; // Vanished or unreadable between listing and reading: nothing to add.
  }
}

/** The local path a file: URI names; undefined for other schemes and for a file: URI naming a remote host. */
function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) {
    return undefined;
  }
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The file a URI names, comparable across spellings: the editor percent-encodes characters such as
 * `+`, `@` and a Windows drive colon (`file:///c%3A/…`) that Node's pathToFileURL leaves as they are.
 */
function comparablePath(uri: string): string {
  const filePath = filePathOf(uri);
  if (filePath === undefined) {
    return uri;
  }
  return process.platform === 'win32' ? filePath.toLowerCase() : filePath;
}
