// A/B CPU time of collectPeople alone (per block, shared RunMemo like analyze), HEAD (or BASE) vs working tree.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { root } from './buildCore.mjs';
const rev = process.env.BASE ?? 'HEAD';
const rounds = Number(process.env.N ?? 9);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'people-stage-'));
execFileSync('sh', ['-c', `git -C "${root}" archive "${rev}" src | tar -x -C "${tmp}"`]);
async function load(dir, name) {
  const entry = path.join(tmp, `${name}.ts`);
  const core = path.join(dir, 'src/core');
  writeFileSync(entry, ['entities/mentions', 'entities/coreference', 'extract/quotes', 'blocks'].map((m) => `export * from '${core}/${m}';`).join('\n'));
  const outfile = path.join(tmp, `${name}.cjs`);
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'neutral', format: 'cjs', target: 'es2022', logLevel: 'warning', mainFields: ['module', 'main'], nodePaths: [path.join(root, 'node_modules')] });
  return createRequire(import.meta.url)(outfile);
}
const base = await load(tmp, 'base');
const work = await load(root, 'work');
const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(root, 'seeds', f), 'utf8')).join('\n\n');
const size = Number(process.env.MB ?? 5) * 1024 * 1024;
let text = '';
while (text.length < size) text += `${seeds}\n\n`;
text = text.slice(0, size);
const starts = base.blockStarts(text);
const blocks = starts.map((s, i) => {
  const t = text.slice(s, starts[i + 1] ?? text.length);
  const outer = [];
  for (const q of base.findQuotedSpans(t)) if (q.nestedIn === undefined) outer.push({ start: q.start, end: q.end });
  outer.sort((a, b) => a.start - b.start);
  return { t, outer };
});
const run = (m) => { const runs = new m.RunMemo(); let n = 0; for (const b of blocks) { const idx = new m.PersonIndex(); m.collectPeople(b.t, idx, b.outer, runs); n += idx.people.length; } return n; };
if (run(base) !== run(work)) console.log('PEOPLE COUNT DIFFERS');
if (process.env.ONLY) { for (let i = 0; i < rounds; i++) run(work); process.exit(0); }
const cpuMs = (f) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const a = [], b = [];
for (let i = 0; i < rounds; i++) { a.push(cpuMs(() => run(base))); b.push(cpuMs(() => run(work))); }
console.log(`collectPeople on ${size / 1048576} MiB: ${rev} ${median(a).toFixed(0)} ms, working tree ${median(b).toFixed(0)} ms, ×${(median(a) / median(b)).toFixed(2)}  [a ${a.map(x=>x.toFixed(0)).join(' ')}] [b ${b.map(x=>x.toFixed(0)).join(' ')}]`);
