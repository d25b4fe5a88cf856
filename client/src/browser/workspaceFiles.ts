import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FindSysctlFilesRequest, ReadWorkspaceFileRequest } from '../../../server/src/protocol';
import { isSysctlFileName, MAX_DEPTH, MAX_FILE_BYTES, MAX_FILES, SKIPPED_DIRECTORIES, walkReaches } from '../../../server/src/sysctlFileBounds';

/**
 * The workspace's sysctl files for the server in a Web Worker, which cannot read files: walked and read
 * here with the editor's file system API (a GitHub repository in github.dev, a local folder in vscode.dev),
 * under the desktop server's bounds: regular files only (a symbolic link is neither followed nor read),
 * inside a workspace folder, as deep and where the walk goes, MAX_FILE_BYTES each.
 */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(FindSysctlFilesRequest.type, async (params) => {
      const folders = Array.isArray(params?.folders) ? params.folders.filter((uri): uri is string => typeof uri === 'string') : [];
      const found: string[] = [];
      for (const uri of folders) {
        const folder = vscode.workspace.workspaceFolders?.find((candidate) => candidate.uri.toString() === uri);
        if (folder) {
          await walk(folder.uri, baseName(folder.uri), 0, found);
        }
      }
      return found;
    }),
    client.onRequest(ReadWorkspaceFileRequest.type, (params) => (typeof params?.uri === 'string' ? readSysctlFile(params.uri) : null)),
  ];
}

async function walk(directory: vscode.Uri, directoryName: string, depth: number, found: string[]): Promise<void> {
  if (depth > MAX_DEPTH || found.length >= MAX_FILES) {
    return;
  }
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(directory);
  } catch {
    return; // Unreadable folders are simply not part of the context.
  }
  for (const [name, type] of entries) {
    if (found.length >= MAX_FILES) {
      return;
    }
    // A symbolic link has its own bit beside File or Directory: testing for equality leaves links out.
    if (type === vscode.FileType.Directory && !SKIPPED_DIRECTORIES.has(name)) {
      await walk(vscode.Uri.joinPath(directory, name), name, depth + 1, found);
    } else if (type === vscode.FileType.File && isSysctlFileName(name, directoryName)) {
      found.push(vscode.Uri.joinPath(directory, name).toString());
    }
  }
}

/** The text of a sysctl file the walk reaches, or null when it is not one, not a regular file, or too big. */
async function readSysctlFile(uriText: string): Promise<string | null> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(uriText, true);
  } catch {
    return null;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const folderPath = folder?.uri.path.replace(/\/$/, '');
  if (!folder || folderPath === undefined || !uri.path.startsWith(`${folderPath}/`)) {
    return null;
  }
  if (!walkReaches(baseName(folder.uri), uri.path.slice(folderPath.length + 1).split('/'))) {
    return null;
  }
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type !== vscode.FileType.File || stat.size > MAX_FILE_BYTES) {
      return null;
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    // It may have grown since it was looked at.
    return bytes.byteLength > MAX_FILE_BYTES ? null : new TextDecoder().decode(bytes);
  } catch {
    return null; // Vanished or unreadable: nothing to add.
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.replace(/\/$/, '').split('/').pop() ?? '';
}
