// Bundles the extension: client (vscode external) and server, for the desktop and for the browser, and the CLI.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
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

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // The language server, loaded by both server entries below: the core and its knowledge base are most of
  // the VSIX, and so ship once. Built for the browser (no Node API), it runs in Node as well, where the
  // desktop entry require()s it.
  {
    ...browser,
    entryPoints: ['server/src/serverBundle.ts'],
    outfile: 'server/out/languageServer.js',
    format: 'iife',
    globalName: 'NetstatInsightServer',
    footer: { js: 'if (typeof module === "object") module.exports = NetstatInsightServer;' },
  },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js', external: ['./languageServer.js'] },
  { ...browser, entryPoints: ['server/src/browser/server.ts'], outfile: 'server/out/browser/server.js', format: 'iife' },
  { ...browser, entryPoints: ['client/src/browser/extension.ts'], outfile: 'client/out/browser/extension.js', external: ['vscode'] },
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
