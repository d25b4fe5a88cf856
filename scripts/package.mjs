// Builds the VSIX: netstat-sysctl-insight-<version>.vsix in the repository root.
// vsce runs `vscode:prepublish` (type-check + production bundle) first; the bundles carry their
// dependencies, so node_modules is not packaged.
// Fails when the VSIX exceeds its budget (VSIX_BUDGET_BYTES, 1.2 MB): uncompressed screenshots are the
// usual cause, and scripts/lib/compressPng.mjs shrinks them.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const output = `${name}-${version}.vsix`;
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const result = spawnSync(
  process.execPath,
  [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', output],
  { cwd: root, stdio: 'inherit' },
);
if (result.status !== 0) {
  process.exit(result.status ?? 1);
}

/**
 * 1.2 MB: what the extension needs (bundles, grammars, a knowledge base that explains every key of ten
 * kernel releases in two languages) plus a few compressed screenshots.
 */
export const VSIX_BUDGET_BYTES = 1_200_000;
const size = statSync(join(root, output)).size;
const kB = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;
if (size > VSIX_BUDGET_BYTES) {
  // The files vsce packs, biggest first (vsce ls lists them, one path a line).
  const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  const biggest = listed.stdout
    .split('\n')
    .filter((file) => file.trim() !== '')
    .map((file) => ({ file, bytes: statSync(join(root, file)).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);
  console.error(`${output} is ${kB(size)}, over its budget of ${kB(VSIX_BUDGET_BYTES)}. Largest files (uncompressed):`);
  for (const { file, bytes } of biggest) console.error(`  ${kB(bytes).padStart(8)}  ${file}`);
  console.error('Screenshots: node scripts/lib/compressPng.mjs docs/images/*.png (needs pngquant and optipng).');
  process.exit(1);
}
console.log(`packaged ${output}: ${kB(size)} of its ${kB(VSIX_BUDGET_BYTES)} budget`);
