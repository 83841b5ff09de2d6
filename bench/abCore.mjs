// What the A/B speed scripts share: the core's modules bundled at a git revision and from the working tree,
// the seeds cycled to a size, and CPU-time helpers. Timing in CPU time, alternated in one process: on a
// machine shared with other work, wall-clock medians of separate runs differ more than most changes.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { root } from './buildCore.mjs';
import { variedCorpus } from './corpus.mjs';

/** `modules` (paths under src/core) bundled at revision `rev` (base) and from the working tree (work). */
export async function loadBoth(rev, modules) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsmark-ab-'));
  execFileSync('sh', ['-c', `git -C "${root}" archive "${rev}" src | tar -x -C "${tmp}"`]);
  const load = async (dir, name) => {
    const entry = path.join(tmp, `${name}.ts`);
    writeFileSync(entry, modules.map((m) => `export * from '${path.join(dir, 'src/core', m)}';`).join('\n'));
    const outfile = path.join(tmp, `${name}.cjs`);
    await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'neutral', format: 'cjs', target: 'es2022', logLevel: 'warning', mainFields: ['module', 'main'], nodePaths: [path.join(root, 'node_modules')] });
    return createRequire(import.meta.url)(outfile);
  };
  return { base: await load(tmp, 'base'), work: await load(root, 'work') };
}

/** The seeds, one after another, cycled to `mib` MiB (characters). */
export function cycledSeeds(mib) {
  const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(root, 'seeds', f), 'utf8')).join('\n\n');
  const size = mib * 1024 * 1024;
  let text = '';
  while (text.length < size) text += `${seeds}\n\n`;
  return text.slice(0, size);
}

/**
 * The A/B corpus of `mib` MiB: CORPUS=seeds (default) is the speed bench's, the seeds cycled; CORPUS=varied is
 * seed variants with other names, figures and wording (corpus.mjs), where the people stage cannot lean on
 * runs it has met before, as on real news. Flat either way, as real input is (see extract-speed.mjs).
 */
export function benchCorpus(mib) {
  const name = process.env.CORPUS ?? 'seeds';
  const text = name === 'varied' ? variedCorpus(mib * 1024 * 1024) : cycledSeeds(mib);
  return { name, text: Buffer.from(text, 'utf16le').toString('utf16le') };
}

/** `text` cut into the blocks analyze reads it in (blocks.ts), by the given core's blockStarts. */
export function blocksOf(core, text) {
  const starts = core.blockStarts(text);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
}

export function cpuMs(run) {
  const t = process.cpuUsage();
  run();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * `rounds` CPU-time readings of `timeBase` and of `timeWork` (each returns ms), in pairs whose order alternates:
 * the second of a pair meets the garbage the first left behind, and with a fixed order an identical tree read
 * up to ×1.2 against itself.
 */
export function alternated(rounds, timeBase, timeWork) {
  const base = [];
  const work = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      base.push(timeBase());
      work.push(timeWork());
    } else {
      work.push(timeWork());
      base.push(timeBase());
    }
  }
  return { base, work };
}
