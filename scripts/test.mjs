// `npm test`: every test layer in order, stopping at the first failure.
//   typecheck → build → unit (core) → grammar → lsp (server over stdio) → lsp again with the browser build's server in a
//   Web Worker of chromium → cli (the built bin) → host (code-server) → ui (Playwright) → the browser build in code-server's web worker host
// Each layer also has its own script (npm run test:unit, …) for quick runs.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const steps = [
  ['typecheck', ['run', 'typecheck']],
  ['build', ['run', 'build']],
  ['unit tests', ['run', 'test:unit']],
  ['grammar tests', ['run', 'test:grammar']],
  ['protocol tests', ['run', 'test:lsp']],
  ['protocol tests in a browser worker', ['run', 'test:lsp:browser']],
  ['CLI tests', ['run', 'test:cli']],
  ['VS Code host tests', ['run', 'test:host']],
  ['UI tests', ['run', 'test:ui']],
  ['browser build in the web worker host', ['run', 'test:web']],
];

const timings = [];
for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${name}: ${seconds}s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit code ${result.status}) after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✔ all tests passed\n  ${timings.join('\n  ')}`);
