import type { AnalysisRequest, AnalysisResponse } from '../core/analysisServer';
import type { Analysis, Figure } from '../core/model';

/** Carries analysis requests to wherever the analysis runs, and their answers back. */
export interface AnalysisTransport {
  request(message: AnalysisRequest): Promise<AnalysisResponse>;
  dispose(): void;
}

/** The analysis as the extension asks for it, whether it runs in a worker thread or in this one. */
export class AnalysisClient {
  private lastId = 0;

  constructor(private readonly transport: AnalysisTransport) {}

  /** The analysis of `text`, the current version of the document `key` (earlier versions' blocks are reused). */
  async analyze(key: string, text: string): Promise<Analysis> {
    const response = await this.transport.request({ id: ++this.lastId, kind: 'analyze', key, text });
    if ('analysis' in response) return response.analysis;
    throw new Error(failure(response));
  }

  /** The figures the extractor reads in a few words on their own (a selection the person marks as a figure). */
  async figuresIn(text: string): Promise<Figure[]> {
    const response = await this.transport.request({ id: ++this.lastId, kind: 'figures', text });
    if ('figures' in response) return response.figures;
    throw new Error(failure(response));
  }

  /** Drops what is kept to re-analyse document `key` quickly (it was closed, deleted or renamed away). */
  forget(key: string): void {
    this.transport.request({ id: ++this.lastId, kind: 'forget', key }).catch(() => undefined);
  }

  dispose(): void {
    this.transport.dispose();
  }
}

function failure(response: AnalysisResponse): string {
  return 'error' in response ? response.error : 'the analysis answered something else than was asked';
}
