#!/usr/bin/env node
// Speed of the core at a git revision against the working tree, alternated in one process and timed in CPU
// time: on a machine shared with other work, wall-clock medians of separate runs differ more than most changes.
// BASE=<rev> (default HEAD), MB=<corpus size, the seeds cycled> (default 2), N=<rounds> (default 9), WARM=<rounds untimed> (default 4),
// FN=analyze|segmentArticles|extractFigures|findQuotedSpans (default analyze).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { root } from './buildCore.mjs';

const rev = process.env.BASE ?? 'HEAD';
const fn = process.env.FN ?? 'analyze';
const rounds = Number(process.env.N ?? 9);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsmark-compare-'));
execFileSync('sh', ['-c', `git -C "${root}" archive "${rev}" src | tar -x -C "${tmp}"`]);

/** Bundles the core's stage functions from the sources under `dir` and loads them. */
async function load(dir, name) {
  const entry = path.join(tmp, `${name}.ts`);
  const core = path.join(dir, 'src/core');
  writeFileSync(entry, ['analyze', 'extract/segments', 'extract/figures', 'extract/quotes'].map((m) => `export * from '${core}/${m}';`).join('\n'));
  const outfile = path.join(tmp, `${name}.cjs`);
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'neutral', format: 'cjs', target: 'es2022', logLevel: 'warning', mainFields: ['module', 'main'], nodePaths: [path.join(root, 'node_modules')] });
  return createRequire(import.meta.url)(outfile);
}

const base = await load(tmp, 'base');
const work = await load(root, 'work');
const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(root, 'seeds', f), 'utf8')).join('\n\n');
const size = Number(process.env.MB ?? 2) * 1024 * 1024;
let text = '';
while (text.length < size) text += `${seeds}\n\n`;
text = text.slice(0, size);

const cpuMs = (run) => {
  const t = process.cpuUsage();
  run();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
// warm both until V8 has settled on optimised code (several MiB of text: see extract-speed.mjs)
for (let i = 0; i < Number(process.env.WARM ?? 4); i++) {
  base[fn](text);
  work[fn](text);
}
const a = [];
const b = [];
for (let i = 0; i < rounds; i++) {
  a.push(cpuMs(() => base[fn](text)));
  b.push(cpuMs(() => work[fn](text)));
}
const mib = size / 1024 / 1024;
const rate = (ms) => (mib / (ms / 1000)).toFixed(1);
console.log(`${fn} on ${mib} MiB, median of ${rounds} (CPU time): ${rev} ${median(a).toFixed(0)} ms (${rate(median(a))} MiB/s), working tree ${median(b).toFixed(0)} ms (${rate(median(b))} MiB/s), ×${(median(a) / median(b)).toFixed(2)}`);
