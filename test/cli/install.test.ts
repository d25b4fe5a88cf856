import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { offlineGlobalNpm, packedTarball } from './support/packedTarball';
import { REAL, ROOT, temporaryDirectory } from './support/runCli';

describe('the packed tarball', function () {
  this.timeout(180_000);

  it('holds the bin and its docs only, and installs globally offline (no runtime dependency)', () => {
    const tarball = packedTarball();
    const listing = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    deepStrictEqual(listing.stdout.trim().split('\n').sort(), [
      'package/LICENSE',
      'package/README.md',
      'package/cli/out/netstat-insight.js',
      'package/docs/cli.md',
      'package/docs/rules.md',
      'package/package.json',
    ]);
    const prefix = temporaryDirectory('prefix');
    const cache = temporaryDirectory('cache');
    try {
      const env = offlineGlobalNpm(prefix.path, cache.path);
      const install = spawnSync('npm', ['install', '--global', '--no-audit', '--no-fund', tarball], { encoding: 'utf8', env });
      strictEqual(install.status, 0, install.stderr);
      const bin = join(prefix.path, 'bin', 'netstat-insight');
      const version = spawnSync(bin, ['--version'], { encoding: 'utf8', env });
      strictEqual(version.stdout, `${require('../../package.json').version}\n`, version.stderr);
      const summary = spawnSync(bin, ['summary', '--format', 'json', join(REAL, 'time-wait-storm', 'ss-tan.txt')], { encoding: 'utf8', env });
      strictEqual(summary.status, 0, summary.stderr);
      strictEqual(JSON.parse(summary.stdout).files[0].summary.states.TIME_WAIT, 292);
      // Worker threads run the installed bundle too.
      const jobs = spawnSync(bin, ['summary', '--format', 'ndjson', '--jobs', '2', join(REAL, 'time-wait-storm')], { encoding: 'utf8', env });
      strictEqual(jobs.status, 0, jobs.stderr);
      strictEqual(jobs.stdout.trim().split('\n').length, 7);
    } finally {
      prefix.remove();
      cache.remove();
    }
  });

  it('leaves the VSIX as it was: vsce packs no file of the command line', () => {
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    strictEqual(listed.status, 0, listed.stderr);
    const files = listed.stdout.split('\n').filter((file) => file.trim() !== '');
    ok(files.includes('server/out/server.js'), listed.stdout);
    deepStrictEqual(files.filter((file) => file.startsWith('cli/') || file === 'docs/cli.md' || file === 'docs/rules.md' || file.startsWith('examples/')), []);
  });
});
