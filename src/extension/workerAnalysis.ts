import { Worker } from 'node:worker_threads';
import type { AnalysisRequest, AnalysisResponse } from '../core/analysisServer';
import type { AnalysisTransport } from './analysisClient';

/**
 * Longest an answer may take. A 5 MB source (the largest analysed by default) takes well under a second;
 * a worker this late is stuck, and is stopped rather than left to hold every later request.
 */
const ANSWER_TIMEOUT_MS = 30_000;

interface Waiting {
  resolve(response: AnalysisResponse): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The analysis in a worker thread running `script` (dist/analysisWorker.js), started on the first request:
 * the extension host's thread stays free while a long source is analysed. A worker that dies or hangs fails
 * the requests it held, with the reason; the next request starts a new one.
 */
export class WorkerAnalysis implements AnalysisTransport {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();

  constructor(
    private readonly script: string,
    private readonly answerTimeoutMs = ANSWER_TIMEOUT_MS,
  ) {}

  request(message: AnalysisRequest): Promise<AnalysisResponse> {
    return new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        worker = this.worker ?? this.start();
      } catch (error) {
        return reject(new Error(`Newsmark's analysis worker could not start: ${error instanceof Error ? error.message : String(error)}`));
      }
      const timer = setTimeout(() => this.abandon(worker, `the analysis took longer than ${Math.round(this.answerTimeoutMs / 1000)} s and was stopped`), this.answerTimeoutMs);
      this.waiting.set(message.id, { resolve, reject, timer });
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
      clearTimeout(waiting.timer);
      waiting.resolve(response);
    });
    worker.on('error', (error) => this.abandon(worker, `the analysis failed: ${error.message}`));
    worker.on('exit', (code) => this.abandon(worker, `the analysis worker stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  /** Stops `worker` (if it is still the current one) and fails everything it held. */
  private abandon(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    void worker.terminate();
    for (const { reject, timer } of this.waiting.values()) {
      clearTimeout(timer);
      reject(new Error(reason));
    }
    this.waiting.clear();
  }
}
