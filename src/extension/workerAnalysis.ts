import { Worker } from 'node:worker_threads';
import type { AnalysisRequest, AnalysisResponse } from '../core/analysisServer';
import type { AnalysisTransport } from './analysisClient';

/**
 * Longest the worker may spend on one request (counted from when it reaches it, not from when it was queued).
 * A 5 MB source (the largest analysed by default) takes well under a second; a worker this late is stuck, and
 * is stopped rather than left to hold every later request.
 */
const ANSWER_TIMEOUT_MS = 30_000;

interface Waiting {
  resolve(response: AnalysisResponse): void;
  reject(error: Error): void;
}

/**
 * The analysis in a worker thread running `script` (dist/analysisWorker.js), started on the first request:
 * the extension host's thread stays free while a long source is analysed. A worker that dies or hangs fails
 * the requests it held, with the reason; the next request starts a new one.
 */
export class WorkerAnalysis implements AnalysisTransport {
  private worker: Worker | undefined;
  /** The requests sent and not yet answered, oldest first: the worker answers them in that order. */
  private readonly waiting = new Map<number, Waiting>();
  /** Armed for the oldest unanswered request, the one the worker is on. */
  private watchdog: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly script: string,
    private readonly answerTimeoutMs = ANSWER_TIMEOUT_MS,
  ) {}

  request(message: AnalysisRequest): Promise<AnalysisResponse> {
    // a worker not running keeps nothing to forget: no reason to start one
    if (message.kind === 'forget' && !this.worker) return Promise.resolve({ id: message.id, forgotten: true });
    return new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        worker = this.worker ?? this.start();
      } catch (error) {
        return reject(new Error(`Newsmark's analysis worker could not start: ${error instanceof Error ? error.message : String(error)}`));
      }
      this.waiting.set(message.id, { resolve, reject });
      if (this.waiting.size === 1) this.watch(worker);
      worker.postMessage(message);
    });
  }

  dispose(): void {
    if (this.worker) this.abandon(this.worker, 'Newsmark was deactivated');
  }

  private start(): Worker {
    const worker = new Worker(this.script, { name: 'newsmark-analysis' });
    worker.unref(); // an idle worker must not keep the extension host (or a test run) alive
    worker.on('message', (response: AnalysisResponse) => {
      const waiting = this.waiting.get(response.id);
      if (!waiting) return;
      this.waiting.delete(response.id);
      this.watch(worker); // the worker moves on to the next request: its own time starts now
      waiting.resolve(response);
    });
    worker.on('error', (error) => this.abandon(worker, `the analysis failed: ${error.message}`));
    worker.on('exit', (code) => this.abandon(worker, `the analysis worker stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  /** Gives the request the worker is on (the oldest unanswered one, if any) its time. */
  private watch(worker: Worker): void {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    if (this.waiting.size === 0) return;
    const seconds = Math.round(this.answerTimeoutMs / 1000);
    this.watchdog = setTimeout(() => this.abandon(worker, `the analysis took longer than ${seconds} s and was stopped`), this.answerTimeoutMs);
  }

  /** Stops `worker` (if it is still the current one) and fails everything it held. */
  private abandon(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    void worker.terminate();
    for (const { reject } of this.waiting.values()) reject(new Error(reason));
    this.waiting.clear();
  }
}
