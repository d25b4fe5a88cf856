// Bundles the extension: client (vscode external) and server, for the desktop and for the browser, and the CLI.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  absWorkingDir: root,
};

/** Bundles that run in a browser (vscode.dev, github.dev, a web worker extension host). */
const browser = { ...common, platform: 'browser', target: 'es2022' };

/**
 * The Node variant of the LSP libraries inside a browser bundle. Their package.json maps the Node entry to
 * the browser one for browser builds, `/node` included; this keeps `/node` the Node variant, loaded (with
 * Node's own modules) only where the code require()s it at run time, on the desktop.
 */
const nodeVariants = {
  name: 'node-variants',
  setup(build) {
    build.onResolve({ filter: /^(?:vscode-languageclient|vscode-languageserver|vscode-languageserver-protocol|vscode-jsonrpc)\/node$/ }, async (args) => {
      const main = await build.resolve(`${args.path.slice(0, -'/node'.length)}/package.json`, { kind: args.kind, resolveDir: args.resolveDir });
      return { path: join(dirname(main.path), 'lib', 'node', 'main.js') };
    });
  },
};
const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const builds = [
  // One client for both hosts: the web worker host loads only the file `browser` names, so that bundle holds
  // the desktop's start of the server too, and the desktop's `main` is a loader for it.
  {
    ...browser,
    entryPoints: ['client/src/browser/extension.ts'],
    outfile: 'client/out/browser/extension.js',
    external: ['vscode', ...nodeModules],
    plugins: [nodeVariants],
  },
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode', './browser/extension.js'] },
  // The language server, loaded by both server entries below: the core and its knowledge base are most of
  // the VSIX, and so ship once, with the LSP library. Built for the browser, it runs in Node as well, where
  // the desktop entry require()s it and it loads its Node parts.
  {
    ...browser,
    entryPoints: ['server/src/serverBundle.ts'],
    outfile: 'server/out/languageServer.js',
    format: 'iife',
    globalName: 'NetstatInsightServer',
    footer: { js: 'if (typeof module === "object") module.exports = NetstatInsightServer;' },
    external: nodeModules,
    plugins: [nodeVariants],
  },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js', external: ['./languageServer.js'] },
  { ...browser, entryPoints: ['server/src/browser/server.ts'], outfile: 'server/out/browser/server.js', format: 'iife' },
  // The command line (npm bin `netstat-insight`): the same core, one self-contained file that is also its own worker script.
  { ...common, entryPoints: ['cli/src/main.ts'], outfile: 'cli/out/netstat-insight.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`built ${builds.map((options) => options.outfile).join(', ')}${production ? ' (production)' : ''}`);
}
