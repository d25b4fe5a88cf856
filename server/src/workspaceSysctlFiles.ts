import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectSysctlValues, type WorkspaceContext } from './core/analysis/sysctlContext';
import { loadOrder, type WorkspaceSysctlFile } from './core/analysis/sysctlLoadOrder';
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

/** A workspace folder as scanned: its path as the editor names it, and where that really is. */
export interface ScannedFolder {
  readonly path: string;
  readonly realPath: string;
}

/**
 * Reads one sysctl file of a workspace folder, or gives undefined. The first scan and every refresh
 * after a watcher event read through here, so both follow the same rules: a regular file (no
 * symlink, FIFO or device: a FIFO would never finish and pin a thread, /dev/zero would never end),
 * whose real path is the path under the folder (no symlinked directory leads out of the workspace),
 * of at most MAX_FILE_BYTES — a limit kept while reading, in case the file grows meanwhile.
 */
export async function readWorkspaceFile(filePath: string, folder: ScannedFolder): Promise<string | undefined> {
  let handle: fs.FileHandle | undefined;
  try {
    const linkStat = await fs.lstat(filePath, { bigint: true });
    if (!linkStat.isFile() || linkStat.size > BigInt(MAX_FILE_BYTES)) {
      return undefined;
    }
    const expected = path.join(folder.realPath, path.relative(folder.path, filePath));
    if (!samePath(await fs.realpath(filePath), expected)) {
      return undefined;
    }
    // O_NONBLOCK: should a FIFO take the file's place after the lstat, opening it must not wait for a writer.
    handle = await fs.open(filePath, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0));
    const openStat = await handle.stat({ bigint: true });
    if (!openStat.isFile() || openStat.ino !== linkStat.ino || openStat.dev !== linkStat.dev) {
      return undefined;
    }
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) {
        break;
      }
      length += bytesRead;
    }
    return length > MAX_FILE_BYTES ? undefined : buffer.toString('utf8', 0, length);
  } catch {
    return undefined; // Vanished, unreadable or swapped between listing and reading: nothing to add.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * The sysctl files of the workspace folders, read from disk, merged with the open sysctl documents
 * (whose unsaved text wins) into the context the dump rules compare with.
 */
export class WorkspaceSysctlFiles {
  private readonly onDisk = new Map<string, Omit<WorkspaceSysctlFile, 'uri'>>();
  /**
   * The newest read of each file. Reads overlap (two quick saves, a save during the first scan) and
   * can finish out of order: only the newest may store its text, or a stale copy would stay.
   */
  private readonly newestRead = new Map<string, number>();
  private reads = 0;
  private folders: readonly ScannedFolder[] = [];

  /** `readText` gives a file's text, or undefined when it may not or cannot be read (readWorkspaceFile's rules). */
  constructor(private readonly readText: (filePath: string, folder: ScannedFolder) => Promise<string | undefined> = readWorkspaceFile) {}

  /** Reads every sysctl file under the folders (file: URIs), replacing what was read before. */
  async scan(folderUris: readonly string[]): Promise<void> {
    this.onDisk.clear();
    const folders: ScannedFolder[] = [];
    for (const uri of folderUris) {
      const folderPath = filePathOf(uri);
      const realPath = folderPath === undefined ? undefined : await fs.realpath(folderPath).catch(() => undefined);
      if (folderPath !== undefined && realPath !== undefined) {
        folders.push({ path: folderPath, realPath });
      }
    }
    this.folders = folders;
    for (const folder of folders) {
      await this.walk(folder, folder.path, 0);
    }
  }

  /**
   * Re-reads one file after the client reported a change; a deleted file is forgotten. Only a file
   * the scan would have read is read: inside a scanned folder, as deep and where the walk goes.
   */
  async refresh(uri: string): Promise<void> {
    const filePath = filePathOf(uri);
    if (filePath === undefined) {
      return;
    }
    const key = pathToFileURL(filePath).toString();
    const known = this.onDisk.delete(key);
    // Whatever read of this file is still under way started before this change: it must not store.
    this.newestRead.delete(key);
    const folder = this.folderHolding(filePath);
    if (folder && (known || this.onDisk.size < MAX_FILES)) {
      await this.read(filePath, folder);
      if (!this.onDisk.has(key)) {
        // Refused as a file: it may be a link to /dev/null that switches a file off.
        await this.readLink(filePath);
      }
    }
  }

  /**
   * Values of every known sysctl file, and the files themselves; `open` are the open documents,
   * which replace their disk copy.
   */
  context(open: readonly { readonly uri: string; readonly file: ParsedSysctlFile }[]): WorkspaceContext {
    const openPaths = new Map(open.map((document) => [comparablePath(document.uri), document]));
    const files: WorkspaceSysctlFile[] = [];
    for (const [uri, read] of this.onDisk) {
      const document = openPaths.get(comparablePath(uri));
      files.push(document ? { ...read, uri: document.uri, file: document.file, linkToDevNull: false } : { ...read, uri });
      openPaths.delete(comparablePath(uri));
    }
    files.push(...openPaths.values());
    // A file hidden by a same-named one (or by a link to /dev/null) is applied by no tool.
    const hidden = loadOrder(files, 'systemd').hidden;
    return { sysctlValues: collectSysctlValues(files.filter((entry) => !entry.linkToDevNull && !hidden.has(entry.uri))), sysctlFiles: files };
  }

  private async walk(folder: ScannedFolder, directory: string, depth: number): Promise<void> {
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
      // Dirent types come from lstat: symlinked directories are not followed, symlinked files not read.
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) {
        await this.walk(folder, entryPath, depth + 1);
      } else if (entry.isFile() && isSysctlFilePath(entryPath) && this.onDisk.size < MAX_FILES) {
        await this.read(entryPath, folder);
      } else if (entry.isSymbolicLink() && isSysctlFilePath(entryPath) && this.onDisk.size < MAX_FILES) {
        await this.readLink(entryPath);
      }
    }
  }

  /** The scanned folder a path lies in where the walk reaches it (depth, skipped directories, file name), if any. */
  private folderHolding(filePath: string): ScannedFolder | undefined {
    if (!isSysctlFilePath(filePath)) {
      return undefined;
    }
    return this.folders.find((folder) => {
      const relative = path.relative(folder.path, filePath);
      if (relative === '' || path.isAbsolute(relative)) {
        return false;
      }
      const directories = relative.split(path.sep).slice(0, -1);
      return directories.length <= MAX_DEPTH && directories.every((name) => name !== '..' && !SKIPPED_DIRECTORIES.has(name));
    });
  }

  /**
   * A link to /dev/null is how a vendor file is switched off (sysctl.d(5)): it is recorded as an
   * empty file that hides its name. Only the link's target is read, never what it points to.
   */
  private async readLink(filePath: string): Promise<void> {
    const target = await fs.readlink(filePath).catch(() => undefined);
    if (target === '/dev/null') {
      this.onDisk.set(pathToFileURL(filePath).toString(), { file: parseSysctlFile(''), linkToDevNull: true });
    }
  }

  private async read(filePath: string, folder: ScannedFolder): Promise<void> {
    const key = pathToFileURL(filePath).toString();
    const read = ++this.reads;
    this.newestRead.set(key, read);
    const text = await this.readText(filePath, folder);
    if (this.newestRead.get(key) !== read) {
      return;
    }
    this.newestRead.delete(key);
    if (text !== undefined) {
      this.onDisk.set(key, { file: parseSysctlFile(text) });
    }
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

function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}
