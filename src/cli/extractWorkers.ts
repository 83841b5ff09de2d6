import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { extractSources, type SourceOutcome } from './extractSource';

// `newsmark extract` on several cores: worker threads running the CLI's own bundle, each given chunks of
// sources and answering with the chunk's outcomes once its sidecars are written (one message per chunk: a
// message per source cost ~0.2 ms of a worker's time under load). The main thread hands out chunks and reports.

const ROLE = 'newsmark-extract-worker';
/** Sources per message: enough to make messaging cheap, few enough to share the tail of the run evenly. */
const CHUNK = 16;
/** Chunks a worker holds at once, so it never waits for the next one. */
const CHUNKS_AHEAD = 2;

/**
 * A worker's young generation: with V8's default two workers and the main thread peaked at ~210 MB on 10,000
 * sources (the goal is < 3x the corpus, 222 MB); at 16 MB ~199 MB, at 8 MB ~190 MB, at 4 MB ~177 MB, with no
 * difference in time beyond the noise. Only the young generation is limited: a large source still gets all
 * the old generation it needs.
 */
const YOUNG_GENERATION_MB = 4;

interface Chunk { first: number; sources: string[] }
interface Reply { first: number; outcomes: SourceOutcome[] }

/** Whether this thread is a worker that `extractInWorkers` started (then the CLI serves it instead of running a command). */
export function isExtractWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

/** The worker's side: extract each chunk it is sent; a chunk is done when its sidecars and their folders are fsync'd. */
export function serveExtractWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (chunk: Chunk) => {
    const outcomes: SourceOutcome[] = [];
    void extractSources(chunk.sources, (i, outcome) => {
      outcomes[i] = outcome;
    }).then(() => port.postMessage({ first: chunk.first, outcomes } satisfies Reply));
  });
}

/**
 * Extracts `sources` in `count` workers running `script` (the CLI bundle); `done(i, outcome)` as each finishes,
 * in any order. A worker that dies fails the sources it held, with its error; the others carry on.
 */
export async function extractInWorkers(sources: readonly string[], count: number, script: string, done: (index: number, outcome: SourceOutcome) => void): Promise<void> {
  let next = 0;
  const takeChunk = (): Chunk | undefined => {
    if (next >= sources.length) return undefined;
    const first = next;
    next = Math.min(sources.length, next + CHUNK);
    return { first, sources: sources.slice(first, next) };
  };
  const runWorker = () => new Promise<void>((resolve) => {
    const worker = new Worker(script, { workerData: { role: ROLE }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const held = new Map<number, Chunk>();
    const send = () => {
      const chunk = takeChunk();
      if (!chunk) return false;
      held.set(chunk.first, chunk);
      worker.postMessage(chunk);
      return true;
    };
    let stopped = 'it exited';
    worker.on('message', (reply: Reply) => {
      held.delete(reply.first);
      reply.outcomes.forEach((outcome, i) => done(reply.first + i, outcome));
      if (!send() && held.size === 0) void worker.terminate();
    });
    worker.on('error', (error) => {
      stopped = error.message;
    });
    worker.on('exit', () => {
      // after terminate() nothing is held; otherwise the worker died with these sources unfinished
      for (const chunk of held.values()) {
        chunk.sources.forEach((source, i) => done(chunk.first + i, { status: 'failed', messages: [`${source}: the extract worker stopped: ${stopped}`] }));
      }
      resolve();
    });
    for (let i = 0; i < CHUNKS_AHEAD; i++) send();
    if (held.size === 0) void worker.terminate();
  });
  await Promise.all(Array.from({ length: count }, runWorker));
  // every worker died: what nobody took fails too, so the summary still counts every source
  for (let i = next; i < sources.length; i++) done(i, { status: 'failed', messages: [`${sources[i]}: no extract worker left to take it`] });
}
