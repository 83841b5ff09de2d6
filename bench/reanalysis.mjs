// Re-analysis after a one-character edit in a 1 MB source, the way the extension does it when the person types:
// AnnotationStore keeps an IncrementalAnalyzer per source and re-analyses the new text with it after the typing
// pause, so only the blocks the edit changed are analysed again. p50/p95 of 30 edits (`p50`/`p95`). The same
// edits are then replayed, timing a fresh `analyze` of each text (`full`, for comparison) and checking the
// incremental result equals it (`sameAsFresh`); apart, so the reference's garbage does not land in the timings.
//
// The edited text is flattened before the clock starts: the bench builds it by concatenation, which V8 keeps as
// a rope until a reader flattens it (~10 ms for 1 MB), while VS Code's getText() hands over a flat string.
import * as esbuild from 'esbuild';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { root } from './buildCore.mjs';
import { loadModules, percentile } from './bundle.mjs';
import { MiB, random, variedCorpus } from './corpus.mjs';

const EDITS = Number(process.env.BENCH_EDITS ?? 30);
/** Edits made before the clock runs, as a person has typed a little before the edits that count (the JIT warms up). */
const WARM_EDITS = 5;

export async function measureReanalysis() {
  const { analyze, IncrementalAnalyzer } = await loadModules({ analyze: 'src/core/analyze.ts#analyze', IncrementalAnalyzer: 'src/core/incremental.ts#IncrementalAnalyzer' });
  const original = variedCorpus(MiB);
  analyze(original); // warm the full pass

  const incremental = [];
  replayEdits(original, new IncrementalAnalyzer(), (text, analyzer, i) => {
    const t0 = performance.now();
    analyzer.analyze(text);
    if (i >= WARM_EDITS) incremental.push(performance.now() - t0);
  });

  const full = [];
  let sameAsFresh = true;
  let bytes = 0;
  replayEdits(original, new IncrementalAnalyzer(), (text, analyzer, i) => {
    if (i < WARM_EDITS) return;
    const result = analyzer.analyze(text);
    const t0 = performance.now();
    const fresh = analyze(text);
    full.push(performance.now() - t0);
    sameAsFresh &&= isDeepStrictEqual(result, fresh);
    bytes = Buffer.byteLength(text);
  });
  const worker = await throughWorker(original);
  return { p50: percentile(incremental, 50), p95: percentile(incremental, 95), full: { p50: percentile(full, 50), p95: percentile(full, 95) }, worker, edits: EDITS, bytes, sameAsFresh };
}

/**
 * The same edits as the Node extension makes them: through its AnalysisClient to the worker thread of
 * dist/analysisWorker.js (built here, minified), so the text's and the analysis's copies between threads count.
 */
async function throughWorker(original) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-worker-bench-'));
  const script = path.join(dir, 'analysisWorker.js');
  await esbuild.build({ entryPoints: [path.join(root, 'src/extension/analysisWorker.ts')], outfile: script, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning' });
  const { AnalysisClient, WorkerAnalysis } = await loadModules({ AnalysisClient: 'src/extension/analysisClient.ts#AnalysisClient', WorkerAnalysis: 'src/extension/workerAnalysis.ts#WorkerAnalysis' }, { platform: 'node' });
  const client = new AnalysisClient(new WorkerAnalysis(script));
  const texts = [original];
  replayEdits(original, { analyze: () => undefined }, (text) => texts.push(text));
  const times = [];
  try {
    // the worker has its own JIT: warm it as the in-thread analyser above was warmed, by the full passes
    for (let n = 0; n < 3; n++) await client.analyze(`warm-${n}`, original);
    for (const [i, text] of texts.entries()) {
      const t0 = performance.now();
      await client.analyze('bench', text);
      if (i > WARM_EDITS) times.push(performance.now() - t0); // texts[0] is the opening, then the warm-up edits
    }
  } finally {
    client.dispose();
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Opens `text` in `analyzer`, then makes the bench's edits one by one, calling `edited` with each new text. */
function replayEdits(text, analyzer, edited) {
  analyzer.analyze(text);
  const rand = random(7);
  for (let i = 0; i < WARM_EDITS + EDITS; i++) {
    const at = Math.floor(rand() * text.length);
    text = flat(`${text.slice(0, at)}${'abcdefghij'[i % 10]}${text.slice(at)}`);
    edited(text, analyzer, i);
  }
}

/** `text`, flattened (any read of its characters flattens a rope). */
function flat(text) {
  text.charCodeAt(0);
  return text;
}
