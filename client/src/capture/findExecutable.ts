import * as path from 'node:path';

export interface SearchPath {
  readonly platform: NodeJS.Platform;
  /** The PATH the extension host runs with. */
  readonly pathVariable: string | undefined;
  /** Windows: the endings that make a file runnable (PATHEXT). */
  readonly pathExtensions?: string;
  readonly isExecutable: (file: string) => boolean;
}

/**
 * Where the system tools live even when PATH leaves them out: Debian gives ordinary users no /sbin and
 * /usr/sbin, where older releases keep `sysctl` and `ss`.
 */
const POSIX_SYSTEM_DIRECTORIES = ['/usr/sbin', '/sbin', '/usr/bin', '/bin'];

/**
 * The absolute path of `tool`, looked up in PATH and then in the system directories, or undefined.
 * Relative PATH entries (`.`, `node_modules/.bin`) are skipped: they would run a program from
 * whatever folder the extension host was started in, which may be the workspace.
 */
export function findExecutable(tool: string, search: SearchPath): string | undefined {
  const windows = search.platform === 'win32';
  const pathApi = windows ? path.win32 : path.posix;
  const fromPath = (search.pathVariable ?? '').split(windows ? ';' : ':').map((entry) => entry.replace(/^"(.*)"$/, '$1'));
  const directories = [...fromPath, ...(windows ? [] : POSIX_SYSTEM_DIRECTORIES)].filter((entry) => entry !== '' && pathApi.isAbsolute(entry));
  const names = windows && pathApi.extname(tool) === ''
    ? (search.pathExtensions ?? '.COM;.EXE').split(';').filter((ending) => ending !== '').map((ending) => tool + ending.toLowerCase())
    : [tool];
  for (const directory of new Set(directories)) {
    for (const name of names) {
      const candidate = pathApi.join(directory, name);
      if (search.isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}
