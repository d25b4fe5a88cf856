// Runs the real VS Code workbench offline: code-server (VS Code 1.100.3 with a Node extension host,
// installed from npm) driven by Debian's chromium through playwright-core.
// Shared by scripts/test-host.mjs, scripts/test-ui.mjs and scripts/start.mjs.
// Recipe and pitfalls: shared docs "real-vscode-host.md".
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheRoot = path.join(repoRoot, '.cache');
export const codeServerDir = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);

// The @vscode/ripgrep that code-server 4.100.3 pins downloads rg from GitHub in postinstall unless
// this cache file exists; we pack Debian's rg instead.
const RIPGREP_CACHE_DIR = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARGETS = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };
const RIPGREP_ASSET = (arch) => `ripgrep-v13.0.0-10-${RIPGREP_TARGETS[arch] ?? RIPGREP_TARGETS.x64}.tar.gz`;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Settings that keep welcome pages, tips and notifications out of the way of tests and screenshots. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'github.gitAuthentication': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 150,
  'files.hotExit': 'off',
  'workbench.editor.enablePreview': false,
  'workbench.layoutControl.enabled': false,
};

export function log(...args) {
  console.log('[harness]', ...args);
}

// ---------------------------------------------------------------------------------------------
// System prerequisites

function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', which('chromium')].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p));
}

/**
 * Fails with a message naming the Debian package when a tool the harness needs is absent
 * (a bare CI machine gets them from scripts/bootstrap.mjs).
 */
export function requireSystemTools({ chromium = true, ripgrep = true } = {}) {
  const missing = [];
  if (ripgrep && !which('rg')) missing.push({ pkg: 'ripgrep', what: 'no `rg` on PATH' });
  if (chromium && !chromiumPath()) missing.push({ pkg: 'chromium', what: 'no /usr/bin/chromium' });
  if (missing.length) {
    throw new Error(
      `Missing Debian package${missing.length > 1 ? 's' : ''}: ${missing.map((m) => `${m.pkg} (${m.what})`).join(', ')}. ` +
        `Install with \`apt-get update && apt-get install -y ${missing.map((m) => m.pkg).join(' ')}\` ` +
        'or run `node scripts/bootstrap.mjs`, which installs every prerequisite.',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Installing code-server into .cache/

function codeServerFiles(dir) {
  const pkg = path.join(dir, 'node_modules', 'code-server');
  return {
    pkg,
    entry: path.join(pkg, 'out', 'node', 'entry.js'),
    rg: path.join(pkg, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
    pty: path.join(pkg, 'lib', 'vscode', 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
    stamp: path.join(dir, '.installed'),
  };
}

function isInstalled(dir) {
  const f = codeServerFiles(dir);
  return [f.entry, f.rg, f.pty, f.stamp].every((p) => fs.existsSync(p));
}

async function packRipgrepCache(tmpDir) {
  const rg = which('rg');
  const cacheDir = path.join(tmpDir, RIPGREP_CACHE_DIR);
  const staging = path.join(tmpDir, 'rg-staging');
  await fsp.mkdir(cacheDir, { recursive: true });
  await fsp.mkdir(staging, { recursive: true });
  await fsp.copyFile(rg, path.join(staging, 'rg'));
  await fsp.chmod(path.join(staging, 'rg'), 0o755);
  const tarball = path.join(cacheDir, RIPGREP_ASSET(process.arch));
  run('tar', ['-czf', tarball, '-C', staging, 'rg']);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  return r;
}

/**
 * Installs code-server into .cache/code-server-<version>/ unless it is already there.
 * Installs into a sibling temp folder and renames it at the end, so an interrupted install
 * is never mistaken for a finished one.
 * @returns {{dir: string, entry: string, installed: boolean, seconds: number}}
 */
export async function ensureCodeServer() {
  const started = Date.now();
  if (isInstalled(codeServerDir)) {
    return { dir: codeServerDir, entry: codeServerFiles(codeServerDir).entry, installed: false, seconds: 0 };
  }
  requireSystemTools({ chromium: false, ripgrep: true });
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(repoRoot, codeServerDir)} (takes about a minute, once)`);
  await fsp.mkdir(cacheRoot, { recursive: true });
  const work = await fsp.mkdtemp(path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}.partial-`));
  try {
    const tmp = path.join(work, 'tmp');
    await fsp.mkdir(tmp, { recursive: true });
    await packRipgrepCache(tmp);
    await fsp.writeFile(
      path.join(work, 'package.json'),
      JSON.stringify({ name: 'code-server-cache', private: true, description: 'installed by scripts/lib/codeServer.mjs' }, null, 2),
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: work,
      env: {
        ...process.env,
        // @vscode/ripgrep looks for its cache in os.tmpdir(); a private TMPDIR keeps it ours.
        TMPDIR: tmp,
        // As root, code-server's postinstall refuses to run without unsafe_perm;
        // npm_config_yes lets node-pty's postinstall use npx without a prompt.
        npm_config_yes: 'true',
        npm_config_unsafe_perm: 'true',
      },
    });
    const f = codeServerFiles(work);
    for (const [what, p] of [['code-server entry', f.entry], ['ripgrep binary', f.rg], ['node-pty native module', f.pty]]) {
      if (!fs.existsSync(p)) {
        throw new Error(`code-server install is incomplete: ${what} missing at ${p}. ` +
          'Are libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep installed (node scripts/bootstrap.mjs)?');
      }
    }
    await fsp.rm(tmp, { recursive: true, force: true });
    await fsp.writeFile(f.stamp, `code-server@${CODE_SERVER_VERSION} installed ${new Date().toISOString()}\n`);
    // Another run may have finished installing meanwhile: keep whichever complete copy came first.
    if (isInstalled(codeServerDir)) {
      await fsp.rm(work, { recursive: true, force: true });
    } else {
      await fsp.rm(codeServerDir, { recursive: true, force: true });
      try {
        await fsp.rename(work, codeServerDir);
      } catch (err) {
        if (!isInstalled(codeServerDir)) throw err;
        await fsp.rm(work, { recursive: true, force: true });
      }
    }
  } catch (err) {
    await fsp.rm(work, { recursive: true, force: true });
    throw err;
  }
  const seconds = (Date.now() - started) / 1000;
  log(`code-server installed in ${seconds.toFixed(1)} s`);
  return { dir: codeServerDir, entry: codeServerFiles(codeServerDir).entry, installed: true, seconds };
}

// ---------------------------------------------------------------------------------------------
// Running code-server

export function freePort(preferred) {
  const tryListen = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.unref();
      srv.once('error', () => resolve(undefined));
      srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
        const { port: got } = srv.address();
        srv.close(() => resolve(got));
      });
    });
  return (async () => {
    if (preferred) {
      for (let p = preferred; p < preferred + 50; p++) {
        const got = await tryListen(p);
        if (got) return got;
      }
    }
    const got = await tryListen(0);
    if (!got) throw new Error('no free TCP port on 127.0.0.1');
    return got;
  })();
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
  });
}

const liveGroups = new Set();
let exitHooksInstalled = false;

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Kill every code-server group we started, also when this script dies or is interrupted. */
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  });
}

async function writeJson(file, data) {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, JSON.stringify(data, null, 2) + '\n');
}

/** A config file of our own, so code-server does not write one into ~/.config/code-server/. */
async function writeConfig(dir) {
  const file = configFile(dir);
  await fsp.mkdir(dir, { recursive: true });
  await fsp.writeFile(file, 'auth: none\ncert: false\n');
  return file;
}

export function configFile(userDataDir) {
  return path.join(userDataDir, 'code-server.yaml');
}

/**
 * Environment for any code-server process: its logs and heartbeat go to $XDG_DATA_HOME/code-server,
 * kept inside the user data dir instead of ~/.local/share.
 */
export function codeServerEnv(userDataDir, extra = {}) {
  return { ...process.env, ...extra, XDG_DATA_HOME: path.join(userDataDir, 'xdg-data'), EXTENSIONS_GALLERY: '{}' };
}

/** Writes <userDataDir>/User/settings.json, which code-server's workbench reads as user settings. */
export async function writeUserSettings(userDataDir, settings) {
  await writeJson(path.join(userDataDir, 'User', 'settings.json'), settings);
}

/**
 * Starts code-server in its own process group and waits for /healthz.
 * @param {object} o
 * @param {string} o.userDataDir fresh (or persistent) user data dir
 * @param {string} o.extensionsDir
 * @param {string} [o.workspace] folder to open by default
 * @param {object} [o.settings] written to User/settings.json before start (QUIET_SETTINGS merged in)
 * @param {number} [o.port] preferred port (next free one is used if taken); default any free port
 * @param {Record<string,string>} [o.env] extra environment (the extension host inherits it)
 * @param {string[]} [o.args] extra code-server arguments
 * @param {boolean} [o.echo] copy code-server's output to our stderr
 * @param {(line: string) => void} [o.onLine] called with each line code-server prints
 * @param {string} [o.netnsPath] run code-server (and so its extension hosts) in this network namespace
 *   (/run/netns/<name>): it listens on a unix socket there, and a forwarder on 127.0.0.1:<port> lets the browser in
 */
export async function startCodeServer(o) {
  const { entry } = await ensureCodeServer();
  const port = await freePort(o.port);
  await fsp.mkdir(o.userDataDir, { recursive: true });
  await fsp.mkdir(o.extensionsDir, { recursive: true });
  if (o.settings !== undefined) await writeUserSettings(o.userDataDir, { ...QUIET_SETTINGS, ...o.settings });
  // Each window's extension host creates a vscode-ipc-*.sock in $XDG_RUNTIME_DIR (else /tmp) and
  // cannot remove it when killed; a private folder keeps /tmp clean and tells windows apart.
  const runtimeDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'nsi-cs-'));
  const unixSocket = o.netnsPath ? path.join(runtimeDir, 'code-server.sock') : undefined;
  const args = [
    entry,
    '--config', await writeConfig(o.userDataDir),
    ...(unixSocket ? ['--socket', unixSocket] : ['--bind-addr', `127.0.0.1:${port}`]),
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', o.userDataDir,
    '--extensions-dir', o.extensionsDir,
    ...(o.args ?? []),
    ...(o.workspace ? [o.workspace] : []),
  ];
  installExitHooks();
  // nsenter switches the network namespace and then becomes node itself (no fork): the pid and the
  // process group stay code-server's.
  const [command, commandArgs] = o.netnsPath ? ['nsenter', [`--net=${o.netnsPath}`, '--', process.execPath, ...args]] : [process.execPath, args];
  const forwarder = unixSocket ? await forwardToUnixSocket(port, unixSocket) : undefined;
  const child = spawn(command, commandArgs, {
    detached: true, // own process group: stop() kills code-server, its extension hosts and pty hosts
    stdio: ['ignore', 'pipe', 'pipe'],
    env: codeServerEnv(o.userDataDir, { ...o.env, XDG_RUNTIME_DIR: runtimeDir }),
  });
  liveGroups.add(child.pid);
  let output = '';
  const partial = { stdout: '', stderr: '' };
  const collect = (stream) => (chunk) => {
    const s = chunk.toString();
    output = (output + s).slice(-20000);
    if (o.echo) process.stderr.write(s);
    const lines = (partial[stream] + s).split('\n');
    partial[stream] = lines.pop();
    for (const line of lines) o.onLine?.(line);
  };
  child.stdout.on('data', collect('stdout'));
  child.stderr.on('data', collect('stderr'));
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });

  const url = `http://127.0.0.1:${port}`;
  let stopping;
  const kill = async () => {
    unregister();
    if (!liveGroups.has(child.pid)) return;
    liveGroups.delete(child.pid);
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
    await exitPromise;
    clearTimeout(timer);
    // extension host / pty host children may outlive the leader briefly
    killGroup(child.pid, 'SIGKILL');
    await forwarder?.close();
    await fsp.rm(runtimeDir, { recursive: true, force: true });
  };
  // Idempotent: every caller waits for the same clean-up.
  const stop = () => (stopping ??= kill());
  const unregister = onShutdown(stop);

  const deadline = Date.now() + 60_000;
  while ((await httpStatus(`${url}/healthz`)) !== 200) {
    if (exited) {
      liveGroups.delete(child.pid);
      unregister();
      await forwarder?.close();
      await fsp.rm(runtimeDir, { recursive: true, force: true });
      throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it was ready:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    pid: child.pid,
    stop,
    /** Resolves with {code, signal} when code-server exits. */
    exited: exitPromise,
    /** $XDG_RUNTIME_DIR of code-server: holds one vscode-ipc-*.sock per connected window. */
    runtimeDir,
    /** True once stop() was called (an exit after that is expected). */
    get stopping() {
      return stopping !== undefined;
    },
    output: () => output,
  };
}

/**
 * Listens on 127.0.0.1:port and joins every connection to the unix socket: the browser reaches a
 * code-server that has no TCP listener in its namespace, on a loopback origin (a secure context,
 * which webviews need).
 */
function forwardToUnixSocket(port, socketPath) {
  const open = new Set();
  const server = net.createServer((client) => {
    const upstream = net.connect(socketPath);
    open.add(client).add(upstream);
    for (const [from, to] of [[client, upstream], [upstream, client]]) {
      from.pipe(to);
      from.on('error', () => to.destroy());
      from.on('close', () => {
        open.delete(from);
        to.destroy();
      });
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      resolve({
        close: () => {
          for (const socket of open) socket.destroy();
          return new Promise((done) => server.close(() => done()));
        },
      }),
    );
  });
}

/** Installs a VSIX into an extensions dir with code-server's own CLI (no gallery needed). */
export async function installVsix(vsix, extensionsDir) {
  const { entry } = await ensureCodeServer();
  const userDataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'nsi-install-'));
  try {
    await fsp.mkdir(extensionsDir, { recursive: true });
    const r = spawnSync(
      process.execPath,
      [entry, '--config', await writeConfig(userDataDir), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--force', '--install-extension', vsix],
      { encoding: 'utf8', env: codeServerEnv(userDataDir), timeout: 120_000 },
    );
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    if (r.status !== 0 || !/successfully installed|already installed/i.test(out)) {
      throw new Error(`installing ${vsix} failed (exit ${r.status ?? r.signal}):\n${out}`);
    }
  } finally {
    await fsp.rm(userDataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Browser

/**
 * Launches headless Debian chromium with a fresh profile.
 * @returns {Promise<{context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, close: () => Promise<void>}>}
 */
export async function launchChromium({ viewport = { width: 1400, height: 900 }, headless = true } = {}) {
  requireSystemTools({ chromium: true, ripgrep: false });
  const { chromium } = await import('playwright-core');
  const profile = await fsp.mkdtemp(path.join(os.tmpdir(), 'nsi-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'en-US',
    // Our own signal handlers close the browser, then stop code-server and remove temp folders.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    unregister();
    await context.close().catch(() => {});
    await fsp.rm(profile, { recursive: true, force: true });
  };
  const unregister = onShutdown(close);
  return { context, page, close };
}

/**
 * Workbench URL. `payload` is code-server's list of [name, value] pairs
 * (extensionDevelopmentPath, extensionTestsPath, openFile, ...).
 */
export function workbenchUrl(serverUrl, { folder, payload } = {}) {
  const u = new URL(serverUrl);
  const params = [];
  if (folder) params.push(`folder=${encodeURIComponent(folder)}`);
  if (payload) params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${u.origin}/${params.length ? '?' + params.join('&') : ''}`;
}

/** vscode-remote URI for a path on the server; the authority must equal the page's host:port. */
export function remoteUri(serverUrl, absPath) {
  const u = new URL(serverUrl);
  return `vscode-remote://${u.host}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

// ---------------------------------------------------------------------------------------------
// Misc helpers for the scripts

/** Runs an npm script from the repo root, failing loudly. */
export function npmRun(script) {
  log(`npm run ${script}`);
  run('npm', ['run', '--silent', script], { cwd: repoRoot });
}

export function mtime(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return 0;
  }
}

/** Newest mtime of any file under dir (0 when absent). */
export function newestMtime(dir) {
  let newest = 0;
  const walk = (d) => {
    let entries;
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, mtime(p));
    }
  };
  walk(dir);
  return newest;
}

export function readJson(p) {
  return JSON.parse(fs.readFileSync(p, 'utf8'));
}

/** The packaged VSIX for the current package.json version. */
export function vsixPath() {
  const { name, version } = readJson(path.join(repoRoot, 'package.json'));
  return path.join(repoRoot, `${name}-${version}.vsix`);
}

/** Builds the extension unless both bundles exist. */
export function ensureBuilt() {
  const client = path.join(repoRoot, 'client', 'out', 'extension.js');
  const server = path.join(repoRoot, 'server', 'out', 'server.js');
  // Rebuilt when a source is newer than the bundles, so `npm run test:host` alone never tests stale code.
  const sources = Math.max(newestMtime(path.join(repoRoot, 'client', 'src')), newestMtime(path.join(repoRoot, 'server', 'src')));
  const stale = !fs.existsSync(client) || !fs.existsSync(server) || sources > Math.min(mtime(client), mtime(server));
  if (stale) npmRun('build');
  for (const p of [client, server]) {
    if (!fs.existsSync(p)) throw new Error(`build did not produce ${path.relative(repoRoot, p)}`);
  }
}

/** Packages the VSIX when it is missing or older than the bundles or any other file it ships. */
export function ensurePackaged() {
  ensureBuilt();
  const vsix = vsixPath();
  const inputs = ['client/out', 'server/out', 'client/media', 'syntaxes', 'l10n', 'language-configuration']
    .map((d) => newestMtime(path.join(repoRoot, d)));
  for (const f of fs.readdirSync(repoRoot)) {
    if (/^package(\.nls(\.[\w-]+)?)?\.json$/.test(f)) inputs.push(mtime(path.join(repoRoot, f)));
  }
  if (mtime(vsix) < Math.max(...inputs)) npmRun('package');
  if (!fs.existsSync(vsix)) throw new Error(`npm run package did not write ${path.relative(repoRoot, vsix)}`);
  return vsix;
}

/** Real fixture scenario folder: test/fixtures/real/<scenario>/ (NSI_REAL_FIXTURES overrides the root). */
export function realFixture(scenario) {
  return path.join(process.env.NSI_REAL_FIXTURES || path.join(repoRoot, 'test', 'fixtures', 'real'), scenario);
}

const shutdownHooks = [];

/** Registers async clean-up to run on Ctrl+C / SIGTERM (runShutdownHooks runs them in reverse). */
export function onShutdown(fn) {
  shutdownHooks.push(fn);
  return () => {
    const i = shutdownHooks.indexOf(fn);
    if (i >= 0) shutdownHooks.splice(i, 1);
  };
}

export async function runShutdownHooks() {
  while (shutdownHooks.length) {
    const fn = shutdownHooks.pop();
    await Promise.race([Promise.resolve().then(fn).catch(() => {}), new Promise((r) => setTimeout(r, 8000))]);
  }
}

/** On SIGINT/SIGTERM: run the clean-up hooks, then exit (a second signal exits at once). */
export function exitOnSignals(code = 130) {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (stopping) process.exit(code);
      stopping = true;
      log(`${signal}: cleaning up`);
      runShutdownHooks().finally(() => process.exit(code));
    });
  }
}

/** Runs a harness's main(): exits with its code, or prints the error (and `explain(error)`) and exits 1. */
export function runHarness(main, explain = () => {}) {
  exitOnSignals();
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`[harness] ${err instanceof Error ? err.message : err}`);
      explain(err);
      process.exit(1);
    },
  );
}

export function timer() {
  const t0 = Date.now();
  return () => ((Date.now() - t0) / 1000).toFixed(1) + ' s';
}
