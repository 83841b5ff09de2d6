#!/usr/bin/env node
// Figure accuracy on the hand-annotated development set (bench/figures-dev.json: the five seeds plus GenderGapTracker
// news from ../shared/eval/ggt/texts), and the speed of the figures extractor alone.
// A system figure matches a gold one when they overlap by at least half of the longer span; "value right" and
// "unit right" are over matched figures. SHOW_MISSES=1 lists every miss, false alarm and wrong value or unit.
// The ../shared texts live outside the repo: without them only the seeds are scored.
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { root } from './buildCore.mjs';

/** Bundles src/core/extract/figures alone (the rest of the engine is not needed, nor timed). */
async function loadFigures() {
  const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsmark-figures-')), 'figures.cjs');
  await esbuild.build({ entryPoints: [path.join(root, 'src/core/extract/figures/index.ts')], outfile, bundle: true, platform: 'neutral', format: 'cjs', target: 'es2022', logLevel: 'warning', mainFields: ['module', 'main'] });
  return createRequire(import.meta.url)(outfile);
}

const { extractFigures } = await loadFigures();
const dev = JSON.parse(readFileSync(path.join(root, 'bench', 'figures-dev.json'), 'utf8'));
const showMisses = !!process.env.SHOW_MISSES;

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const matches = (g, s) => overlap(g, s) >= 0.5 * Math.max(g.end - g.start, s.end - s.start);

/** Scores one document: greedy one-to-one matching in text order. */
function scoreDoc(doc, text, tally, misses) {
  const got = extractFigures(text);
  tally.docs++;
  tally.gold += doc.figures.length;
  tally.system += got.length;
  const used = new Set();
  for (const g of doc.figures) {
    const k = got.findIndex((s, i) => !used.has(i) && matches(g, s));
    if (k < 0) {
      misses.push(`${doc.file}: missed ${JSON.stringify(g.text)} (${g.value} ${g.unit})`);
      continue;
    }
    used.add(k);
    tally.found++;
    const s = got[k];
    if (Number(s.value) === Number(g.value)) tally.valueRight++;
    else misses.push(`${doc.file}: ${JSON.stringify(s.text)} value ${s.value}, gold ${g.value}`);
    if (s.unit === g.unit) tally.unitRight++;
    else misses.push(`${doc.file}: ${JSON.stringify(s.text)} unit ${s.unit}, gold ${g.unit}`);
  }
  got.forEach((s, i) => {
    if (!used.has(i)) misses.push(`${doc.file}: spurious ${JSON.stringify(s.text)} (${s.value} ${s.unit}) …${text.slice(Math.max(0, s.start - 30), s.end + 30).replace(/\s+/g, ' ')}…`);
  });
}

const sets = new Map();
const misses = [];
let skipped = 0;
for (const doc of dev.docs) {
  const file = path.resolve(root, doc.file);
  if (!existsSync(file)) {
    skipped++;
    continue;
  }
  const text = readFileSync(file, 'utf8');
  if (!sets.has(doc.set)) sets.set(doc.set, { docs: 0, gold: 0, system: 0, found: 0, valueRight: 0, unitRight: 0 });
  scoreDoc(doc, text, sets.get(doc.set), misses);
}
if (skipped) console.log(`eval-figures: ${skipped} documents skipped — ../shared/eval/ggt/texts not found (the shared set lives outside the repo)`);

const all = { docs: 0, gold: 0, system: 0, found: 0, valueRight: 0, unitRight: 0 };
for (const t of sets.values()) for (const k of Object.keys(all)) all[k] += t[k];
if (sets.size > 1) sets.set('all', all);

const pct = (n, d) => (d ? (100 * n) / d : 0);
const header = ['set', 'docs', 'gold', 'system', 'P', 'R', 'F1', 'value right', 'unit right'];
const rows = [...sets].map(([name, t]) => {
  const P = pct(t.found, t.system);
  const R = pct(t.found, t.gold);
  const F1 = P + R ? (2 * P * R) / (P + R) : 0;
  return [name, t.docs, t.gold, t.system, P.toFixed(1), R.toFixed(1), F1.toFixed(1), `${pct(t.valueRight, t.found).toFixed(1)} %`, `${pct(t.unitRight, t.found).toFixed(1)} %`];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log('Newsmark figure extraction — accuracy (targets: F1 ≥ 95, value right ≥ 95 %)');
console.log(`  ${line(header)}`);
for (const r of rows) console.log(`  ${line(r)}`);
if (showMisses) console.error(misses.join('\n'));
else if (misses.length) console.log(`  (${misses.length} disagreements; SHOW_MISSES=1 lists them)`);

// Speed: the seeds joined and cycled to 5 MiB, extractFigures alone, best of five after a warm-up.
const seedsDir = path.join(root, 'seeds');
const seedText = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(seedsDir, f), 'utf8')).join('\n');
const MiB = 1024 * 1024;
const big = Array(Math.ceil((5 * MiB) / seedText.length)).fill(seedText).join('\n').slice(0, 5 * MiB);
extractFigures(big);
let best = Infinity;
let count = 0;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  count = extractFigures(big).length;
  best = Math.min(best, performance.now() - t0);
}
// A calibration loop (one charCodeAt comparison per character) says how fast this machine walks a string at all.
function walk(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 36) n++;
  return n;
}
walk(big);
let walkBest = Infinity;
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  walk(big);
  walkBest = Math.min(walkBest, performance.now() - t0);
}
const speed = big.length / MiB / (best / 1000);
console.log(`  speed: ${speed.toFixed(0)} MiB/s (extractFigures alone, seeds cycled to 5 MiB, ${count} figures, best of 5; target ≥ 100)`);
console.log(`  machine: a bare charCodeAt loop walks ${(big.length / MiB / (walkBest / 1000)).toFixed(0)} MiB/s here`);
