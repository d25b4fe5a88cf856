// Makes a fresh clone ready for `npm start` and `npm test`: npm packages from the lockfile, and on
// Debian/Ubuntu the system packages the real-VS-Code tests need (Chromium for Playwright, headers
// and ripgrep for code-server's native modules, iproute2/net-tools/lsof/nftables for real sockets,
// pngquant/optipng for screenshots).
// Plain Node with no dependencies, because it runs before node_modules exists.
// Usage: node scripts/bootstrap.mjs [--npm-only]
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Debian packages and the command (or file) that shows each is present. */
export const SYSTEM_PACKAGES = [
  { name: 'chromium', provides: '/usr/bin/chromium' },
  { name: 'ripgrep', provides: '/usr/bin/rg' },
  { name: 'libkrb5-dev', provides: '/usr/include/krb5.h' },
  { name: 'libx11-dev', provides: '/usr/include/X11/Xlib.h' },
  { name: 'libxkbfile-dev', provides: '/usr/include/X11/extensions/XKBfile.h' },
  { name: 'libsecret-1-dev', provides: '/usr/include/libsecret-1/libsecret/secret.h' },
  { name: 'fonts-wqy-microhei', provides: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc' },
  { name: 'iproute2', provides: '/usr/bin/ss' },
  { name: 'net-tools', provides: '/usr/bin/netstat' },
  { name: 'lsof', provides: '/usr/bin/lsof' },
  { name: 'procps', provides: '/usr/sbin/sysctl' },
  { name: 'nftables', provides: '/usr/sbin/nft' },
  // Screenshots for docs/images (UPDATE_SCREENSHOTS=1 npm run test:ui) are compressed with these, or the
  // VSIX outgrows its 1 MB budget (scripts/lib/compressPng.mjs, scripts/package.mjs).
  { name: 'pngquant', provides: '/usr/bin/pngquant' },
  { name: 'optipng', provides: '/usr/bin/optipng' },
];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
  }
}

function ensureNpmPackages() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) {
    return;
  }
  console.log('bootstrap: installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function ensureSystemPackages() {
  if (process.platform !== 'linux') {
    return;
  }
  const missing = SYSTEM_PACKAGES.filter((entry) => !existsSync(entry.provides)).map((entry) => entry.name);
  if (missing.length === 0) {
    return;
  }
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.warn(`bootstrap: missing system packages: ${missing.join(' ')} — install them with apt-get (as root) for the VS Code host and UI tests.`);
    return;
  }
  console.log(`bootstrap: installing system packages: ${missing.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

try {
  ensureNpmPackages();
  if (!process.argv.includes('--npm-only')) {
    ensureSystemPackages();
  }
} catch (error) {
  console.error(`bootstrap: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
