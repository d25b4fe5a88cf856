import { collectSysctlValues, type WorkspaceContext } from './core/analysis/sysctlContext';
import { loadOrder, type WorkspaceSysctlFile } from './core/analysis/sysctlLoadOrder';
import type { ParsedSysctlFile } from './core/model/sysctlFile';
import { parseSysctlFile } from './core/parsers/sysctlFile';
import { MAX_FILES } from './sysctlFileBounds';

/** What reading one sysctl file gave: its text, or that it is a link to /dev/null (how a vendor file is switched off). */
export type SysctlFileRead = { readonly text: string } | { readonly linkToDevNull: true };

/** A sysctl file a walk found; `link` when the entry is a symbolic link, of which only the target is looked at. */
export interface FoundSysctlFile {
  readonly uri: string;
  readonly link: boolean;
}

/**
 * Where the workspace's sysctl files come from: the disk through Node's fs on the desktop, the editor's file
 * system API through the client in a browser. Each keeps the bounds of sysctlFileBounds.ts: regular files
 * inside a workspace folder, MAX_FILE_BYTES each, as deep and where the walk goes.
 */
export interface SysctlFileSource {
  /** Takes the workspace folders (URIs as the editor names them); later walks and reads stay inside them. */
  setFolders(folderUris: readonly string[]): Promise<void>;
  /** The sysctl files of the folders in walk order; the store stops asking after MAX_FILES. */
  walk(): AsyncIterable<FoundSysctlFile>;
  /** The key a changed file is kept under (a URI as the source spells it), or undefined when the source reads no such URI. */
  keyOf(uri: string): string | undefined;
  /** Whether the walk would reach the file `key` names. */
  reaches(key: string): boolean;
  /** Reads one file (only its link target when `link`), or gives undefined when it may not or cannot be read. */
  read(key: string, link: boolean): Promise<SysctlFileRead | undefined>;
  /** The file a URI names, comparable across the spellings of the source and of the editor. */
  comparable(uri: string): string;
}

/**
 * The sysctl files of the workspace folders, as read from their source, merged with the open sysctl
 * documents (whose unsaved text wins) into the context the dump rules compare with.
 */
export class SysctlFileStore {
  private readonly read = new Map<string, Omit<WorkspaceSysctlFile, 'uri'>>();
  /**
   * The newest read of each file. Reads overlap (two quick saves, a save during the first scan) and
   * can finish out of order: only the newest may store its text, or a stale copy would stay.
   */
  private readonly newestRead = new Map<string, number>();
  private reads = 0;

  constructor(private readonly source: SysctlFileSource) {}

  /** Reads every sysctl file under the folders, replacing what was read before. */
  async scan(folderUris: readonly string[]): Promise<void> {
    this.read.clear();
    await this.source.setFolders(folderUris);
    for await (const found of this.source.walk()) {
      if (this.read.size >= MAX_FILES) {
        break;
      }
      await this.readFile(found.uri, found.link);
    }
  }

  /**
   * Re-reads one file after the client reported a change; a deleted file is forgotten. Only a file
   * the scan would have read is read: inside a scanned folder, as deep and where the walk goes.
   */
  async refresh(uri: string): Promise<void> {
    const key = this.source.keyOf(uri);
    if (key === undefined) {
      return;
    }
    const known = this.read.delete(key);
    // Whatever read of this file is still under way started before this change: it must not store.
    this.newestRead.delete(key);
    if (this.source.reaches(key) && (known || this.read.size < MAX_FILES)) {
      await this.readFile(key, false);
    }
  }

  /**
   * Values of every known sysctl file, and the files themselves; `open` are the open documents,
   * which replace their copy as read.
   */
  context(open: readonly { readonly uri: string; readonly file: ParsedSysctlFile }[]): WorkspaceContext {
    const openPaths = new Map(open.map((document) => [this.source.comparable(document.uri), document]));
    const files: WorkspaceSysctlFile[] = [];
    for (const [uri, read] of this.read) {
      const document = openPaths.get(this.source.comparable(uri));
      files.push(document ? { ...read, uri: document.uri, file: document.file, linkToDevNull: false } : { ...read, uri });
      openPaths.delete(this.source.comparable(uri));
    }
    files.push(...openPaths.values());
    // A file hidden by a same-named one (or by a link to /dev/null) is applied by no tool.
    const hidden = loadOrder(files, 'systemd').hidden;
    return { sysctlValues: collectSysctlValues(files.filter((entry) => !entry.linkToDevNull && !hidden.has(entry.uri))), sysctlFiles: files };
  }

  private async readFile(key: string, link: boolean): Promise<void> {
    const read = ++this.reads;
    this.newestRead.set(key, read);
    const result = await this.source.read(key, link);
    if (this.newestRead.get(key) !== read) {
      return;
    }
    this.newestRead.delete(key);
    if (result === undefined) {
      return;
    }
    this.read.set(key, 'text' in result ? { file: parseSysctlFile(result.text) } : { file: parseSysctlFile(''), linkToDevNull: true });
  }
}
