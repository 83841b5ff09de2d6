import { BoundedCache } from './boundedCache';
import { extractFigures } from './extract/figures';
import { IncrementalAnalyzer } from './incremental';
import type { Analysis, Figure } from './model';

// The analysis as a service answering plain-data messages, so it can run away from the editor: in a worker
// thread of the Node extension host (the editor's thread stays free, and the extension's own bundle stays
// small), or in the same thread where no nested worker is at hand (the web extension host).

/** What the editor asks. `key` names a document (its uri), whose analyser keeps its blocks between edits. */
export type AnalysisRequest =
  | { id: number; kind: 'analyze'; key: string; text: string }
  | { id: number; kind: 'figures'; text: string }
  | { id: number; kind: 'forget'; key: string };

/** The answer to the request with the same `id`. */
export type AnalysisResponse =
  | { id: number; analysis: Analysis }
  | { id: number; figures: Figure[] }
  | { id: number; forgotten: true }
  | { id: number; error: string };

/** Documents whose analysis is kept block by block, so an edit re-analyses only the blocks it changed: the ones being edited. */
const ANALYSERS_KEPT = 8;

export class AnalysisServer {
  private readonly analysers = new BoundedCache<string, IncrementalAnalyzer>(ANALYSERS_KEPT);

  /** Answers one request; an analysis that throws is answered with its error rather than taking the server down. */
  handle(request: AnalysisRequest): AnalysisResponse {
    try {
      switch (request.kind) {
        case 'analyze':
          return { id: request.id, analysis: this.analyserOf(request.key).analyze(request.text) };
        case 'figures':
          return { id: request.id, figures: extractFigures(request.text) };
        case 'forget':
          this.analysers.delete(request.key);
          return { id: request.id, forgotten: true };
      }
    } catch (error) {
      return { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private analyserOf(key: string): IncrementalAnalyzer {
    let analyser = this.analysers.get(key);
    if (!analyser) this.analysers.set(key, (analyser = new IncrementalAnalyzer()));
    return analyser;
  }
}
