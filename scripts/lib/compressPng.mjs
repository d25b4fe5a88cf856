// Shrinks screenshots before they go into docs/images (and so into the VSIX, which has a 1 MB budget,
// see scripts/package.mjs): pngquant reduces a screenshot to a palette of 32 colours (text stays sharp
// and the charts keep their colours: a VS Code window has few), then optipng recompresses losslessly. Each tool is
// used when installed (Debian: pngquant, optipng; scripts/bootstrap.mjs installs both).
//
//   node scripts/lib/compressPng.mjs FILE.png...     compress in place, print the sizes
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Looked at on every README screenshot: 32 colours read as the original, and save ~15% over 256. */
const PNGQUANT_COLOURS = '32';

function available(tool) {
  return spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Compresses `files` in place with whichever of pngquant and optipng is installed.
 * Returns the tools used (empty when neither is installed) and the bytes before and after.
 */
export function compressPngs(files) {
  const tools = ['pngquant', 'optipng'].filter(available);
  let before = 0;
  let after = 0;
  for (const file of files) {
    before += fs.statSync(file).size;
    if (tools.includes('pngquant')) {
      // --skip-if-larger and exit 98/99 (no gain, quality out of range) leave the file as it was.
      const result = spawnSync('pngquant', [PNGQUANT_COLOURS, '--speed', '1', '--strip', '--skip-if-larger', '--force', '--ext', '.png', file], { stdio: ['ignore', 'ignore', 'pipe'] });
      if (![0, 98, 99].includes(result.status ?? -1)) throw new Error(`pngquant ${file} failed: ${result.stderr}`);
    }
    if (tools.includes('optipng')) {
      const result = spawnSync('optipng', ['-quiet', '-o2', '-strip', 'all', file], { stdio: ['ignore', 'ignore', 'pipe'] });
      if (result.status !== 0) throw new Error(`optipng ${file} failed: ${result.stderr}`);
    }
    after += fs.statSync(file).size;
  }
  return { tools, before, after };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  const { tools, before, after } = compressPngs(files);
  if (tools.length === 0) console.warn('neither pngquant nor optipng is installed: files left as they are');
  console.log(`${files.length} PNG file(s): ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB (${tools.join(' + ') || 'no tool'})`);
}
