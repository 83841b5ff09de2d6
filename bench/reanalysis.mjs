// Re-analysis after a one-character edit in a 1 MB source: what the extension does when the person types
// (the full `analyze` of the new text, as AnnotationStore runs it after the typing pause). p50/p95 of 30 edits.
import { loadModules, percentile } from './bundle.mjs';
import { MiB, random, variedCorpus } from './corpus.mjs';

const EDITS = Number(process.env.BENCH_EDITS ?? 30);

export async function measureReanalysis() {
  const { analyze } = await loadModules({ analyze: 'src/core/analyze.ts#analyze' });
  let text = variedCorpus(MiB);
  analyze(text); // warm
  const rand = random(7);
  const times = [];
  for (let i = 0; i < EDITS; i++) {
    const at = Math.floor(rand() * text.length);
    text = `${text.slice(0, at)}${'abcdefghij'[i % 10]}${text.slice(at)}`;
    const t0 = performance.now();
    analyze(text);
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), edits: EDITS, bytes: Buffer.byteLength(text) };
}
