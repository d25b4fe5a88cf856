// Bundles the pure core (server/src/core) into one CommonJS file, the way the server bundles it,
// so scripts (bench, conformance) measure and run exactly what ships.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

/** Builds `server/src/core/<entry>.ts` into `outDir` and loads it. */
export async function loadCore(root, outDir, entry = 'languageService') {
  const outfile = join(outDir, `${entry}.cjs`);
  await esbuild.build({
    entryPoints: [join(root, 'server', 'src', 'core', `${entry}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    outfile,
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}
