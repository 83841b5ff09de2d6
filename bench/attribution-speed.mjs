#!/usr/bin/env node
// Speed of the quote-attribution stage alone (attributeQuotes) at a git revision against the working tree,
// alternated in one process, CPU time. Each block's quoted spans and people are made untimed before every
// reading (attributeQuotes adds to the person index); all blocks are timed in one reading, not summed per block
// (per-call readings of ~1 ms round badly), in alternated pairs (abCore.mjs). BASE=<rev> (default HEAD), MB
// (default 5), N (default 21), CORPUS=seeds|varied (see benchCorpus).
import { alternated, blocksOf, benchCorpus, cpuMs, loadBoth, median } from './abCore.mjs';

const rev = process.env.BASE ?? 'HEAD';
const rounds = Number(process.env.N ?? 21);
const { base, work } = await loadBoth(rev, ['extract/speakers', 'extract/quotes', 'entities/mentions', 'entities/coreference', 'blocks']);
const mib = Number(process.env.MB ?? 5);
const corpus = benchCorpus(mib);
const blocks = blocksOf(base, corpus.text);

/** Each block with its quoted spans and the people named before attribution, made by `core`. */
function inputs(core) {
  return blocks.map((block) => {
    const spans = core.findQuotedSpans(block);
    const people = new core.PersonIndex();
    const outer = spans.filter((s) => s.nestedIn === undefined).map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
    core.collectPeople(block, people, outer, new core.RunMemo());
    return { block, spans, people };
  });
}

/** CPU ms of attributeQuotes over all blocks, on fresh inputs. */
function stageMs(core) {
  const made = inputs(core);
  return cpuMs(() => {
    for (const { block, spans, people } of made) core.attributeQuotes(block, spans, people);
  });
}

for (let i = 0; i < 4; i++) {
  stageMs(base);
  stageMs(work);
}
const { base: a, work: b } = alternated(rounds, () => stageMs(base), () => stageMs(work));
console.log(`attributeQuotes on ${mib} MiB of ${corpus.name} (${blocks.length} blocks), median of ${rounds} (CPU time): ${rev} ${median(a).toFixed(1)} ms, working tree ${median(b).toFixed(1)} ms, ×${(median(a) / median(b)).toFixed(3)}`);
