#!/usr/bin/env node
// Golden snapshot of the full analysis: runs `analyze` on every seed and every text of the shared evaluation
// set and writes (GOLDEN_WRITE=1) or compares a digest per file, so speed work can prove its output unchanged.
// The snapshot lives in bench/golden.json; a mismatch lists the files that differ and exits 1. It also covers
// the seeds cycled to 1 MiB (the speed bench's corpus: many articles in one text). GOLDEN_DUMP=dir writes
// each analysis as JSON there, for diffing two branches.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCore, root } from './buildCore.mjs';

const snapshotPath = path.join(root, 'bench', 'golden.json');
const sources = [
  ['seeds', path.join(root, 'seeds')],
  ['ggt', path.resolve(root, '..', 'shared', 'eval', 'ggt', 'texts')],
];

const { analyze } = await loadCore();
const digests = {};
const dump = process.env.GOLDEN_DUMP;
if (dump) mkdirSync(dump, { recursive: true });
const record = (key, text) => {
  const json = JSON.stringify(analyze(text));
  digests[key] = createHash('sha256').update(json).digest('hex').slice(0, 16);
  if (dump) writeFileSync(path.join(dump, `${key.replace(/\//g, '_')}.json`), json);
};
const seedFiles = readdirSync(sources[0][1]).filter((f) => f.endsWith('.txt')).sort();
const seedText = seedFiles.map((f) => readFileSync(path.join(sources[0][1], f), 'utf8')).join('\n\n');
let cycled = '';
while (cycled.length < 1024 * 1024) cycled += `${seedText}\n\n`;
record('seeds cycled to 1 MiB', cycled.slice(0, 1024 * 1024));
for (const [label, dir] of sources) {
  if (!existsSync(dir)) {
    console.log(`golden: ${dir} not found, skipped`);
    continue;
  }
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    record(`${label}/${file}`, text);
  }
}

if (process.env.GOLDEN_WRITE === '1') {
  writeFileSync(snapshotPath, `${JSON.stringify(digests, null, 1)}\n`);
  console.log(`golden: wrote ${Object.keys(digests).length} digests to ${path.relative(root, snapshotPath)}`);
} else {
  const expected = JSON.parse(readFileSync(snapshotPath, 'utf8'));
  const keys = new Set([...Object.keys(expected), ...Object.keys(digests)]);
  const differ = [...keys].filter((k) => expected[k] !== digests[k]);
  if (differ.length) {
    console.log(`golden: ${differ.length} of ${keys.size} files differ:\n  ${differ.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`golden: all ${keys.size} files identical`);
}
