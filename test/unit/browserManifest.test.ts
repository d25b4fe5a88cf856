import { deepStrictEqual, ok } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; browser?: string; extensionKind?: string[] };
const vscodeignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
const build = readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8');

/** A path of package.json (`./client/out/…`) as .vscodeignore and esbuild's outfile name it. */
const relative = (path: string) => path.replace(/^\.\//, '');

describe('manifest: the browser build', () => {
  it('has a browser entry beside main, each built and packed', () => {
    ok(manifest.browser, 'package.json names a browser entry');
    for (const entry of [manifest.main, manifest.browser]) {
      ok(vscodeignore.includes(`!${relative(entry)}`), `.vscodeignore lets ${entry} into the VSIX`);
      ok(build.includes(`outfile: '${relative(entry)}'`), `scripts/build.mjs builds ${entry}`);
    }
    // vsce refuses "web" here: VS Code infers the web kind from the browser entry.
    deepStrictEqual(manifest.extensionKind?.filter((kind) => kind === 'web') ?? [], []);
  });

  it('packs the server entries of both hosts and the bundle they share', () => {
    for (const file of ['server/out/server.js', 'server/out/browser/server.js', 'server/out/languageServer.js']) {
      ok(vscodeignore.includes(`!${file}`), `.vscodeignore lets ${file} into the VSIX`);
      ok(build.includes(`outfile: '${file}'`), `scripts/build.mjs builds ${file}`);
    }
  });
});

/** Modules only Node has: its own, and the Node variants of the LSP libraries. */
const NODE_ONLY = new Set([...builtinModules, 'vscode-languageclient/node', 'vscode-languageserver/node', 'vscode-languageserver-protocol/node', 'vscode-jsonrpc/node']);
/** Loaded with require() inside a function that runs in Node only (nodeServer.ts), never on import. */
const LOADED_IN_NODE_ONLY = new Set(['server/src/workspaceSysctlFiles.ts']);

/** What the browser build bundles: its entries (scripts/build.mjs) and every file they import, by value. */
const BROWSER_ENTRIES = ['client/src/browser/extension.ts', 'server/src/browser/server.ts', 'server/src/serverBundle.ts'];
const VALUE_IMPORT = /^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm;

function bundledFiles(): Map<string, string> {
  const sources = new Map<string, string>();
  const pending = [...BROWSER_ENTRIES];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (sources.has(file)) {
      continue;
    }
    const source = readFileSync(join(ROOT, file), 'utf8');
    sources.set(file, source);
    for (const match of source.matchAll(VALUE_IMPORT)) {
      const target = join(dirname(file), match[1]);
      // Data files (`./catalogs.json`) import nothing.
      if (match[1].startsWith('.') && !target.endsWith('.json')) {
        pending.push(existsSync(join(ROOT, `${target}.ts`)) ? `${target}.ts` : `${target}/index.ts`);
      }
    }
  }
  return sources;
}

describe('the browser bundles', () => {
  it('import no Node module on load: the client and the server code run in a web worker as well', () => {
    const offenders: string[] = [];
    const files = bundledFiles();
    // The core comes along; the desktop's capture commands (client/src/extension.ts) do not.
    ok(files.has('server/src/core/languageService.ts') && !files.has('client/src/socketCapture.ts'));
    for (const [file, source] of files) {
      if (LOADED_IN_NODE_ONLY.has(file)) {
        continue;
      }
      // Value imports and re-exports; `import type` is erased by the build.
      for (const match of source.matchAll(VALUE_IMPORT)) {
        const module = match[1].replace(/^node:/, '');
        if (NODE_ONLY.has(module)) {
          offenders.push(`${file} imports ${match[1]}`);
        }
      }
    }
    deepStrictEqual(offenders, []);
  });
});
