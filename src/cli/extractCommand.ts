import { extractSources, type SourceOutcome } from './extractSource';
import { extractInWorkers } from './extractWorkers';
import { InOrder } from './inOrder';
import { Progress, type ErrorStream } from './progress';
import { collectSources } from './sourceWalk';

/** Fewer sources per worker than this are done on the main thread: starting a worker costs ~100 ms. */
const SOURCES_PER_WORKER = 50;

export interface ExtractSummary {
  sources: number;
  written: number;
  unchanged: number;
  failed: number;
}

export interface ExtractOptions {
  /** Worker threads to use at the most (the cores, from the CLI); 1 or less: all on this thread. */
  workers?: number;
  /** The script a worker runs: the CLI bundle, which serves as a worker when started as one. */
  workerScript?: string;
}

/**
 * `newsmark extract <file|folder>...`: writes or merges `<source>.annotations.yaml` beside every source.
 * A sidecar that does not parse or validate is reported as `path:line:column: message` and left untouched;
 * the other sources are still done and the exit code is 1. Messages come in source order, however many
 * workers did the work; progress and messages go to `err` (stderr), never to stdout.
 */
export async function runExtract(paths: readonly string[], err: ErrorStream = process.stderr, options: ExtractOptions = {}): Promise<number> {
  const sources = collectSources(paths);
  const summary: ExtractSummary = { sources: sources.length, written: 0, unchanged: 0, failed: 0 };
  const progress = new Progress(err, sources.length);
  const inOrder = new InOrder<SourceOutcome>((i, outcome) => {
    for (const message of outcome.messages) progress.report(message);
    summary[outcome.status]++;
    progress.update(i + 1, sources[i]);
  });
  const workers = Math.min(options.workers ?? 1, Math.floor(sources.length / SOURCES_PER_WORKER));
  if (workers > 1 && options.workerScript) await extractInWorkers(sources, workers, options.workerScript, inOrder.add);
  else await extractSources(sources, inOrder.add);
  progress.clear();
  err.write(`${summary.sources} source${summary.sources === 1 ? '' : 's'}: ${summary.written} written, ${summary.unchanged} unchanged, ${summary.failed} failed\n`);
  return summary.failed > 0 ? 1 : 0;
}
