// Re-analysis after a one-character edit in a 1 MB source, the way the extension does it when the person types:
// AnnotationStore keeps an IncrementalAnalyzer per source and re-analyses the new text with it after the typing
// pause, so only the blocks the edit changed are analysed again. p50/p95 of 30 edits (`p50`/`p95`), beside a
// fresh `analyze` of the same texts (`full`); `sameAsFresh` says every incremental result equalled the fresh one.
//
// The edited text is flattened before the clock starts: the bench builds it by concatenation, which V8 keeps as
// a rope until a reader flattens it (~10 ms for 1 MB), while VS Code's getText() hands over a flat string.
import { isDeepStrictEqual } from 'node:util';
import { loadModules, percentile } from './bundle.mjs';
import { MiB, random, variedCorpus } from './corpus.mjs';

const EDITS = Number(process.env.BENCH_EDITS ?? 30);

export async function measureReanalysis() {
  const { analyze, IncrementalAnalyzer } = await loadModules({ analyze: 'src/core/analyze.ts#analyze', IncrementalAnalyzer: 'src/core/incremental.ts#IncrementalAnalyzer' });
  let text = variedCorpus(MiB);
  const analyzer = new IncrementalAnalyzer();
  analyzer.analyze(text); // the source as opened
  analyze(text); // warm the full pass too
  const rand = random(7);
  const incremental = [];
  const full = [];
  let sameAsFresh = true;
  for (let i = 0; i < EDITS; i++) {
    const at = Math.floor(rand() * text.length);
    text = flat(`${text.slice(0, at)}${'abcdefghij'[i % 10]}${text.slice(at)}`);
    let t0 = performance.now();
    const result = analyzer.analyze(text);
    incremental.push(performance.now() - t0);
    t0 = performance.now();
    const fresh = analyze(text);
    full.push(performance.now() - t0);
    sameAsFresh &&= isDeepStrictEqual(result, fresh);
  }
  return { p50: percentile(incremental, 50), p95: percentile(incremental, 95), full: { p50: percentile(full, 50), p95: percentile(full, 95) }, edits: EDITS, bytes: Buffer.byteLength(text), sameAsFresh };
}

/** `text`, flattened (any read of its characters flattens a rope). */
function flat(text) {
  text.charCodeAt(0);
  return text;
}
