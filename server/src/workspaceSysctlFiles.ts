import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isSysctlFileName, MAX_DEPTH, MAX_FILE_BYTES, SKIPPED_DIRECTORIES, walkReaches } from './sysctlFileBounds';
import type { FoundSysctlFile, SysctlFileRead, SysctlFileSource } from './sysctlFileStore';

export function isSysctlFilePath(filePath: string): boolean {
  return isSysctlFileName(path.basename(filePath), path.basename(path.dirname(filePath)));
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
 * The workspace's sysctl files on the local disk, for the desktop server (SysctlFileStore keeps what they
 * hold). Folders are file: URIs; a walk follows no symlinked directory, reads no symlinked file (a link to
 * /dev/null is recorded as such), and leaves the SKIPPED_DIRECTORIES alone.
 */
export class DiskSysctlFiles implements SysctlFileSource {
  private folders: readonly ScannedFolder[] = [];

  /** `readText` gives a file's text, or undefined when it may not or cannot be read (readWorkspaceFile's rules). */
  constructor(private readonly readText: (filePath: string, folder: ScannedFolder) => Promise<string | undefined> = readWorkspaceFile) {}

  async setFolders(folderUris: readonly string[]): Promise<void> {
    const folders: ScannedFolder[] = [];
    for (const uri of folderUris) {
      const folderPath = filePathOf(uri);
      const realPath = folderPath === undefined ? undefined : await fs.realpath(folderPath).catch(() => undefined);
      if (folderPath !== undefined && realPath !== undefined) {
        folders.push({ path: folderPath, realPath });
      }
    }
    this.folders = folders;
  }

  async *walk(): AsyncIterable<FoundSysctlFile> {
    for (const folder of this.folders) {
      yield* this.walkDirectory(folder.path, 0);
    }
  }

  keyOf(uri: string): string | undefined {
    const filePath = filePathOf(uri);
    return filePath === undefined ? undefined : pathToFileURL(filePath).toString();
  }

  reaches(key: string): boolean {
    const filePath = filePathOf(key);
    return filePath !== undefined && this.folderHolding(filePath) !== undefined;
  }

  async read(key: string, link: boolean): Promise<SysctlFileRead | undefined> {
    const filePath = filePathOf(key);
    const folder = filePath === undefined ? undefined : this.folderHolding(filePath);
    if (filePath === undefined || folder === undefined) {
      return undefined;
    }
    const text = link ? undefined : await this.readText(filePath, folder);
    if (text !== undefined) {
      return { text };
    }
    // Refused as a file: it may be a link to /dev/null that switches a file off.
    return (await isLinkToDevNull(filePath)) ? { linkToDevNull: true } : undefined;
  }

  comparable(uri: string): string {
    return comparablePath(uri);
  }

  private async *walkDirectory(directory: string, depth: number): AsyncIterable<FoundSysctlFile> {
    if (depth > MAX_DEPTH) {
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
        yield* this.walkDirectory(entryPath, depth + 1);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isSysctlFilePath(entryPath)) {
        yield { uri: pathToFileURL(entryPath).toString(), link: entry.isSymbolicLink() };
      }
    }
  }

  /** The scanned folder a path lies in where the walk reaches it (depth, skipped directories, file name), if any. */
  private folderHolding(filePath: string): ScannedFolder | undefined {
    return this.folders.find((folder) => {
      const relative = path.relative(folder.path, filePath);
      return relative !== '' && !path.isAbsolute(relative) && walkReaches(path.basename(folder.path), relative.split(path.sep));
    });
  }
}

/** Only the link's target is read, never what it points to. */
async function isLinkToDevNull(filePath: string): Promise<boolean> {
  return (await fs.readlink(filePath).catch(() => undefined)) === '/dev/null';
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
