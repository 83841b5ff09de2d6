// Bundles src/core/analyze.ts into a temporary CommonJS file and loads it: the benches measure the very
// engine the extension ships, without a separate build step.
import * as esbuild from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Returns the core's exports (`analyze`, …) freshly bundled from the sources. */
export async function loadCore() {
  const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsmark-core-')), 'core.cjs');
  await esbuild.build({ entryPoints: [path.join(root, 'src/core/analyze.ts')], outfile, bundle: true, platform: 'neutral', format: 'cjs', target: 'es2022', logLevel: 'warning', mainFields: ['module', 'main'] });
  return createRequire(import.meta.url)(outfile);
}

export { root };
