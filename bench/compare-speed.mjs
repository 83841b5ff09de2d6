#!/usr/bin/env node
// Speed of the core at a git revision against the working tree, alternated in one process and timed in CPU
// time: on a machine shared with other work, wall-clock medians of separate runs differ more than most changes.
// BASE=<rev> (default HEAD), MB=<corpus size, the seeds cycled> (default 2), N=<rounds> (default 9), WARM=<rounds untimed> (default 4),
// FN=analyze|segmentArticles|extractFigures|findQuotedSpans (default analyze), CORPUS=seeds|varied
// (default seeds; see benchCorpus in abCore.mjs).
import { alternated, benchCorpus, cpuMs, loadBoth, median } from './abCore.mjs';

const rev = process.env.BASE ?? 'HEAD';
const fn = process.env.FN ?? 'analyze';
const rounds = Number(process.env.N ?? 9);
const { base, work } = await loadBoth(rev, ['analyze', 'extract/segments', 'extract/figures', 'extract/quotes']);
const mib = Number(process.env.MB ?? 2);
const corpus = benchCorpus(mib);
const text = corpus.text;

// warm both until V8 has settled on optimised code (several MiB of text: see extract-speed.mjs)
for (let i = 0; i < Number(process.env.WARM ?? 4); i++) {
  base[fn](text);
  work[fn](text);
}
const { base: a, work: b } = alternated(rounds, () => cpuMs(() => base[fn](text)), () => cpuMs(() => work[fn](text)));
const rate = (ms) => (mib / (ms / 1000)).toFixed(1);
console.log(`${fn} on ${mib} MiB of ${corpus.name}, median of ${rounds} (CPU time): ${rev} ${median(a).toFixed(0)} ms (${rate(median(a))} MiB/s), working tree ${median(b).toFixed(0)} ms (${rate(median(b))} MiB/s), ×${(median(a) / median(b)).toFixed(2)}`);
