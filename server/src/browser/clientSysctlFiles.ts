import type { Connection } from 'vscode-languageserver';
import { FindSysctlFilesRequest, ReadWorkspaceFileRequest } from '../protocol';
import { MAX_FILES, walkReaches } from '../sysctlFileBounds';
import type { FoundSysctlFile, SysctlFileRead, SysctlFileSource } from '../sysctlFileStore';

/**
 * The workspace's sysctl files for the server in a Web Worker, which has no file system: the client walks
 * and reads them with the editor's file system API (client/src/browser/workspaceFiles.ts), under the bounds
 * the desktop server keeps; the server asks for the list once and then for each file.
 */
export class ClientSysctlFiles implements SysctlFileSource {
  private folders: readonly string[] = [];

  constructor(private readonly connection: Connection) {}

  async setFolders(folderUris: readonly string[]): Promise<void> {
    this.folders = folderUris.map((uri) => (uri.endsWith('/') ? uri : `${uri}/`));
  }

  async *walk(): AsyncIterable<FoundSysctlFile> {
    if (this.folders.length === 0) {
      return;
    }
    const uris = await this.connection.sendRequest(FindSysctlFilesRequest.type, { folders: this.folders.map((folder) => folder.slice(0, -1)) }).catch(() => []);
    for (const uri of Array.isArray(uris) ? uris.slice(0, MAX_FILES) : []) {
      if (typeof uri === 'string' && this.reaches(uri)) {
        yield { uri, link: false };
      }
    }
  }

  keyOf(uri: string): string {
    return uri;
  }

  reaches(key: string): boolean {
    return this.folders.some((folder) => {
      if (!key.startsWith(folder)) {
        return false;
      }
      const folderName = decodedSegments(folder.slice(0, -1)).pop() ?? '';
      return walkReaches(folderName, decodedSegments(key.slice(folder.length)));
    });
  }

  async read(key: string): Promise<SysctlFileRead | undefined> {
    const text = await this.connection.sendRequest(ReadWorkspaceFileRequest.type, { uri: key }).catch(() => null);
    return typeof text === 'string' ? { text } : undefined;
  }

  comparable(uri: string): string {
    return uri;
  }
}

/** The path segments of a URI's path, unescaped; a segment that does not decode stays as written. */
function decodedSegments(path: string): string[] {
  return path.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
}
