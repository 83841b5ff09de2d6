// Soak test of the sidecar: the unit tests' fast-check properties (test/unit/sidecar/properties.ts) with
// 10,000 cases each — round trip, anchoring under random edits, and interleaved source edits, re-extractions
// and hand edits. Bundles the properties (and the core they test) with esbuild, like bench/buildCore.mjs.
// Usage: node bench/sidecar-soak.mjs [cases]
import * as esbuild from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cases = Number(process.argv[2] ?? 10000);
const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsmark-soak-')), 'properties.cjs');
await esbuild.build({
  entryPoints: [path.join(root, 'test/unit/sidecar/properties.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  logLevel: 'warning',
});
const require = createRequire(path.join(root, 'package.json'));
const properties = require(outfile);
let failed = false;
for (const [name, run] of [
  ['load(serialize(model)) equals the model', properties.roundTripProperty],
  ['edits around a quote keep it anchored', properties.anchoringProperty],
  ['interleavings lose nothing a person made', properties.interleavingProperty],
]) {
  const t0 = performance.now();
  try {
    run(cases);
    console.log(`✔ ${name}: ${cases} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    failed = true;
    console.log(`✘ ${name}\n${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
