import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, temporaryDirectory } from './runCli';

let packed: { readonly tarball: string; remove(): void } | undefined;

/** `npm pack` of the repository (the built bin must exist), made once per test run. */
export function packedTarball(): string {
  if (packed === undefined) {
    const directory = temporaryDirectory('pack');
    const result = spawnSync('npm', ['pack', '--pack-destination', directory.path], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`npm pack failed: ${result.stderr}`);
    }
    const tarball = readdirSync(directory.path).find((name) => name.endsWith('.tgz'));
    if (tarball === undefined) {
      throw new Error('npm pack wrote no tarball');
    }
    packed = { tarball: join(directory.path, tarball), remove: directory.remove };
    process.on('exit', () => packed?.remove());
  }
  return packed.tarball;
}

/** Environment for an npm that installs globally into `prefix` without the network or the user's cache. */
export function offlineGlobalNpm(prefix: string, cache: string): Record<string, string> {
  return {
    ...(process.env as Record<string, string>),
    npm_config_prefix: prefix,
    npm_config_cache: cache,
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}`,
    LANG: 'C',
  };
}
