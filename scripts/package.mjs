// Builds the VSIX: netstat-sysctl-insight-<version>.vsix in the repository root.
// vsce runs `vscode:prepublish` (type-check + production bundle) first; the bundles carry their
// dependencies, so node_modules is not packaged.
// Fails when the VSIX exceeds its budget (VSIX_BUDGET_BYTES, 1 MB). The README it carries is README.md
// with only the screenshots of VSIX_SCREENSHOTS (.vscodeignore packs those alone): the others are for
// the repository's readers, and would take the VSIX over its budget.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const output = `${name}-${version}.vsix`;
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');

/** The screenshots the VSIX carries, shown in the editor's page of the extension: a hover. */
export const VSIX_SCREENSHOTS = ['docs/images/hover-en.png'];

/** README.md without the images the VSIX leaves out (a whole line `![…](docs/images/….png)`). */
export function vsixReadme(readme) {
  return readme
    .split('\n')
    .filter((line) => {
      const image = /^!\[[^\]]*\]\((docs\/images\/[^)\s]+\.png)\)\s*$/.exec(line);
      return !image || VSIX_SCREENSHOTS.includes(image[1]);
    })
    .join('\n');
}

const readmePath = join(root, '.cache', 'vsix', 'README.md');
mkdirSync(dirname(readmePath), { recursive: true });
writeFileSync(readmePath, vsixReadme(readFileSync(join(root, 'README.md'), 'utf8')));
const result = spawnSync(
  process.execPath,
  [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', relative(root, readmePath), '--out', output],
  { cwd: root, stdio: 'inherit' },
);
if (result.status !== 0) {
  process.exit(result.status ?? 1);
}

/**
 * 1 MB: what the extension needs (bundles for the desktop and the browser, grammars, a knowledge base that
 * explains every key of ten kernel releases in two languages) plus one compressed screenshot.
 */
export const VSIX_BUDGET_BYTES = 1_000_000;
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
  console.error('Screenshots: node scripts/lib/compressPng.mjs docs/images/*.png (needs pngquant and optipng); VSIX_SCREENSHOTS names those packed.');
  process.exit(1);
}
console.log(`packaged ${output}: ${kB(size)} of its ${kB(VSIX_BUDGET_BYTES)} budget`);
