#!/usr/bin/env node
// Speed of the quote-attribution stage alone (attributeQuotes) at a git revision against the working tree,
// alternated in one process, CPU time. Each block's quoted spans and people are made untimed before every call
// (attributeQuotes adds to the person index). BASE=<rev> (default HEAD), MB (default 2), N (default 9).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { root } from './buildCore.mjs';

const rev = process.env.BASE ?? 'HEAD';
const rounds = Number(process.env.N ?? 9);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsmark-attr-'));
execFileSync('sh', ['-c', `git -C "${root}" archive "${rev}" src | tar -x -C "${tmp}"`]);

async function load(dir, name) {
  const entry = path.join(tmp, `${name}.ts`);
  const core = path.join(dir, 'src/core');
  writeFileSync(entry, ['extract/speakers', 'extract/quotes', 'entities/mentions', 'entities/coreference'].map((m) => `export * from '${core}/${m}';`).join('\n'));
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
// blocks of about 64 KiB cut at line breaks, as the engine reads them
const blocks = [];
for (let at = 0; at < text.length; ) {
  let end = Math.min(text.length, at + 65536);
  if (end < text.length) end = text.lastIndexOf('\n', end) + 1 || end;
  blocks.push(text.slice(at, end));
  at = end;
}

/** CPU ms of attributeQuotes over all blocks, each on fresh spans and people. */
function stageMs(core) {
  let total = 0;
  for (const block of blocks) {
    const spans = core.findQuotedSpans(block);
    const people = new core.PersonIndex();
    const outer = spans.filter((s) => s.nestedIn === undefined).map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
    core.collectPeople(block, people, outer, new core.RunMemo());
    const t = process.cpuUsage();
    core.attributeQuotes(block, spans, people);
    const d = process.cpuUsage(t);
    total += (d.user + d.system) / 1000;
  }
  return total;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
stageMs(base);
stageMs(work);
const a = [];
const b = [];
for (let i = 0; i < rounds; i++) {
  a.push(stageMs(base));
  b.push(stageMs(work));
}
const mib = size / 1024 / 1024;
console.log(`attributeQuotes on ${mib} MiB (${blocks.length} blocks), median of ${rounds} (CPU time): ${rev} ${median(a).toFixed(0)} ms, working tree ${median(b).toFixed(0)} ms, ×${(median(a) / median(b)).toFixed(2)}`);
