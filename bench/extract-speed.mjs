#!/usr/bin/env node
// Extraction speed: Newsmark's full analysis against wink-nlp (with its English lite model) and compromise,
// in one process, on the same corpus (the seeds cycled to 1, 5 and 20 MiB), warm, median of 5 runs.
// Prints MiB/s, the ratios, the engine's start-up time and machine info. BENCH_SIZES=1,5 to shorten.
// Every text timed (the corpus and the libraries' slices) is flattened once before timing: built by
// concatenation and slicing, V8 would hold it as a rope or a slice, slower to read than the flat strings real
// input is (VS Code's getText, readFileSync), and so for every contender alike.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { loadCore, root } from './buildCore.mjs';

const require = createRequire(import.meta.url);
const MiB = 1024 * 1024;
const sizes = (process.env.BENCH_SIZES ?? '1,5,20').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARM_UP_MS = Number(process.env.BENCH_WARM_UP_MS ?? 2000);
// The NLP libraries are far slower: they run on a slice and their rate is extrapolated (they are linear).
const LIBRARY_SLICE = { wink: 2 * MiB, compromise: 0.25 * MiB };

const seedsDir = path.join(root, 'seeds');
const seedText = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(seedsDir, f), 'utf8')).join('\n\n');

function corpus(bytes) {
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += `${seedText}\n\n`;
  // cut at a character boundary near the byte target
  while (Buffer.byteLength(text) > bytes) text = text.slice(0, Math.floor(text.length * (bytes / Buffer.byteLength(text))));
  return text;
}

/** A flat copy of `text` (a fresh sequential string, not a rope or a slice of another), code unit for code unit. */
function flat(text) {
  const copy = Buffer.from(text, 'utf16le').toString('utf16le');
  if (copy !== text) throw new Error('flattening changed the text');
  return copy;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median MiB/s of `run(text)` over RUNS warm runs, and the rate of the first full run (cold). Warm means the JIT
 * has settled: every contender runs for at least WARM_UP_MS (and twice) before timing. Newsmark's many small
 * scanners reach V8's optimising tier only after several MiB of text (at 1 MiB its 2nd to 7th runs fall from
 * ~2.3× to ~1.0× the settled time), while wink-nlp settles after one run; one warm-up run timed the tiering.
 */
function measure(run, text) {
  run(text.slice(0, 20000));
  const coldStart = performance.now();
  run(text);
  const coldMs = performance.now() - coldStart;
  for (let runs = 1, warmStart = coldStart; runs < 2 || performance.now() - warmStart < WARM_UP_MS; runs++) run(text);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run(text);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  const mib = Buffer.byteLength(text) / MiB;
  return { ms, rate: mib / (ms / 1000), coldRate: mib / (coldMs / 1000) };
}

const t0 = performance.now();
const { analyze } = await loadCore();
const loadMs = performance.now() - t0;
const firstStart = performance.now();
analyze('');
analyze('"Hello," she said.');
const startupMs = performance.now() - firstStart;

const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
const wink = (text) => nlp.readDoc(text).tokens().out(its.type).length;
const compromise = require('compromise');
const comp = (text) => compromise(text).quotations().out('array').length;

const rows = [];
for (const size of sizes) {
  const text = flat(corpus(size * MiB));
  const ours = measure((t) => analyze(t), text);
  const winkRun = measure(wink, flat(text.slice(0, Math.min(text.length, LIBRARY_SLICE.wink))));
  const compRun = measure(comp, flat(text.slice(0, Math.min(text.length, LIBRARY_SLICE.compromise))));
  rows.push({ size, ours, wink: winkRun, compromise: compRun });
}

// linearity: time per MiB at the largest size over time per MiB at the smallest
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log('Newsmark extraction speed (warm: after %d s of runs, median of %d)', WARM_UP_MS / 1000, RUNS);
console.log(`  machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`);
console.log(`  engine start-up: ${startupMs.toFixed(1)} ms (first two calls), bundle load ${loadMs.toFixed(0)} ms (includes the esbuild step)`);
console.log('');
console.log('  size     Newsmark MiB/s   wink-nlp MiB/s   compromise MiB/s   × wink   × compromise');
for (const r of rows) {
  console.log(
    `  ${String(r.size).padStart(3)} MiB  ${r.ours.rate.toFixed(1).padStart(14)}   ${r.wink.rate.toFixed(2).padStart(14)}   ${r.compromise.rate.toFixed(3).padStart(16)}   ${(r.ours.rate / r.wink.rate).toFixed(1).padStart(6)}   ${(r.ours.rate / r.compromise.rate).toFixed(0).padStart(12)}`,
  );
}
const first = rows[0];
const last = rows[rows.length - 1];
console.log('');
console.log(`  cold (first full run, JIT still tiering up): ${rows.map((r) => `${r.size} MiB Newsmark ${r.ours.coldRate.toFixed(1)}, wink-nlp ${r.wink.coldRate.toFixed(2)} MiB/s`).join('; ')}`);
console.log(`  linearity: ${(last.ours.ms / last.size).toFixed(1)} ms/MiB at ${last.size} MiB vs ${(first.ours.ms / first.size).toFixed(1)} ms/MiB at ${first.size} MiB`);
console.log(`  goals: ≥ 14× wink-nlp, ≥ 280× compromise (≈ 30 MiB/s), start-up < 20 ms`);
console.log(`  (wink-nlp runs on ${LIBRARY_SLICE.wink / MiB} MiB and compromise on ${LIBRARY_SLICE.compromise / MiB} MiB slices of the same corpus; both are linear)`);
