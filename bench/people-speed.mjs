#!/usr/bin/env node
// Speed of the people stage alone (collectPeople, per block, one RunMemo shared as analyze shares it) at a git
// revision against the working tree, alternated in one process, CPU time. BASE=<rev> (default HEAD), MB
// (default 5), N (default 9), CORPUS=seeds|varied (see benchCorpus); ONLY=1 runs the working tree alone (for a profiler).
import { alternated, blocksOf, benchCorpus, cpuMs, loadBoth, median } from './abCore.mjs';

const rev = process.env.BASE ?? 'HEAD';
const rounds = Number(process.env.N ?? 9);
const { base, work } = await loadBoth(rev, ['entities/mentions', 'entities/coreference', 'extract/quotes', 'blocks']);
const mib = Number(process.env.MB ?? 5);
const corpus = benchCorpus(mib);
const blocks = blocksOf(base, corpus.text).map((text) => {
  const outer = [];
  for (const q of base.findQuotedSpans(text)) if (q.nestedIn === undefined) outer.push({ start: q.start, end: q.end });
  return { text, outer: outer.sort((a, b) => a.start - b.start) };
});
/** Runs the stage over every block; the number of people found, to check both sides agree. */
const run = (core) => {
  const runs = new core.RunMemo();
  let found = 0;
  for (const { text, outer } of blocks) {
    const people = new core.PersonIndex();
    core.collectPeople(text, people, outer, runs);
    found += people.people.length;
  }
  return found;
};
if (run(base) !== run(work)) console.log('the two sides find different numbers of people');
if (process.env.ONLY) {
  for (let i = 0; i < rounds; i++) run(work);
  process.exit(0);
}
const { base: a, work: b } = alternated(rounds, () => cpuMs(() => run(base)), () => cpuMs(() => run(work)));
console.log(`collectPeople on ${mib} MiB of ${corpus.name} (${blocks.length} blocks), median of ${rounds} (CPU time): ${rev} ${median(a).toFixed(0)} ms, working tree ${median(b).toFixed(0)} ms, ×${(median(a) / median(b)).toFixed(2)}`);
