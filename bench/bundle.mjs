// Bundles a few of the project's TypeScript modules into one temporary CommonJS file and loads it, so a bench
// times the very code the extension ships (like buildCore.mjs, for any set of modules).
import * as esbuild from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { root } from './buildCore.mjs';

/** `exports` maps export names to `'path/from/root#name'`; returns the loaded module (`platform: 'node'` for modules that use Node's built-ins). */
export async function loadModules(exports, { platform = 'neutral' } = {}) {
  const lines = Object.entries(exports).map(([as, spec]) => {
    const [file, name] = spec.split('#');
    return `export { ${name} as ${as} } from ${JSON.stringify(path.join(root, file))};`;
  });
  const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsmark-bench-')), 'bench.cjs');
  await esbuild.build({
    stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    platform,
    format: 'cjs',
    target: 'es2022',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
