#!/usr/bin/env node
// Speed of the quote-attribution stage alone (attributeQuotes) at a git revision against the working tree,
// alternated in one process, CPU time. Each block's quoted spans and people are made untimed before every call
// (attributeQuotes adds to the person index). BASE=<rev> (default HEAD), MB (default 2), N (default 9).
import { blocksOf, cpuMs, cycledSeeds, loadBoth, median } from './abCore.mjs';

const rev = process.env.BASE ?? 'HEAD';
const rounds = Number(process.env.N ?? 9);
const { base, work } = await loadBoth(rev, ['extract/speakers', 'extract/quotes', 'entities/mentions', 'entities/coreference', 'blocks']);
const mib = Number(process.env.MB ?? 2);
const blocks = blocksOf(base, cycledSeeds(mib));

/** CPU ms of attributeQuotes over all blocks, each on fresh spans and people. */
function stageMs(core) {
  let total = 0;
  for (const block of blocks) {
    const spans = core.findQuotedSpans(block);
    const people = new core.PersonIndex();
    const outer = spans.filter((s) => s.nestedIn === undefined).map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
    core.collectPeople(block, people, outer, new core.RunMemo());
    total += cpuMs(() => core.attributeQuotes(block, spans, people));
  }
  return total;
}

stageMs(base);
stageMs(work);
const a = [];
const b = [];
for (let i = 0; i < rounds; i++) {
  a.push(stageMs(base));
  b.push(stageMs(work));
}
console.log(`attributeQuotes on ${mib} MiB (${blocks.length} blocks), median of ${rounds} (CPU time): ${rev} ${median(a).toFixed(0)} ms, working tree ${median(b).toFixed(0)} ms, ×${(median(a) / median(b)).toFixed(2)}`);
