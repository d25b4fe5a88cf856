import { deepStrictEqual, ok } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

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

function sourceFiles(directory: string): string[] {
  return readdirSync(join(ROOT, directory), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${directory}/${name}`);
}

describe('the browser bundles', () => {
  it('import no Node module on load: the client and the server code run in a web worker as well', () => {
    const offenders: string[] = [];
    for (const file of [...sourceFiles('client/src'), ...sourceFiles('server/src')]) {
      if (LOADED_IN_NODE_ONLY.has(file)) {
        continue;
      }
      // Value imports and re-exports; `import type` is erased by the build.
      for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)) {
        const module = match[1].replace(/^node:/, '');
        if (NODE_ONLY.has(module)) {
          offenders.push(`${file} imports ${match[1]}`);
        }
      }
    }
    deepStrictEqual(offenders, []);
  });
});
