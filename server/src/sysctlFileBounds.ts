/**
 * Which workspace files are read as sysctl configuration, and how far a walk for them goes. Shared by the
 * desktop server (which walks with Node's fs) and the browser client (which walks with the editor's file
 * system API for the server in its worker), so both read the same files under the same bounds.
 */

/** The files read as sysctl configuration, as glob patterns for the client's file watcher. */
export const SYSCTL_FILE_GLOBS = ['**/sysctl.conf', '**/sysctl.d/*.conf', '**/*.sysctl'];

/** Bounds on the walk, so opening a huge folder (a home directory) stays cheap. */
export const MAX_DEPTH = 8;
export const MAX_FILES = 200;
export const MAX_FILE_BYTES = 1024 * 1024;
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

/** Whether a file named `name` in a directory named `directoryName` is read as sysctl configuration. */
export function isSysctlFileName(name: string, directoryName: string): boolean {
  return name === 'sysctl.conf' || name.endsWith('.sysctl') || (name.endsWith('.conf') && directoryName === 'sysctl.d');
}

/**
 * Whether the walk reaches a file at `segments` (its path below the workspace folder named `folderName`, the
 * file name last): a sysctl file name, no deeper than MAX_DEPTH directories, none of them skipped or `..`.
 */
export function walkReaches(folderName: string, segments: readonly string[]): boolean {
  if (segments.length === 0) {
    return false;
  }
  const directories = segments.slice(0, -1);
  return (
    isSysctlFileName(segments[segments.length - 1], directories[directories.length - 1] ?? folderName) &&
    directories.length <= MAX_DEPTH &&
    directories.every((name) => name !== '..' && name !== '.' && name !== '' && !SKIPPED_DIRECTORIES.has(name))
  );
}
