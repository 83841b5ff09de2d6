import { AnalysisServer } from '../core/analysisServer';
import type { AnalysisTransport } from './analysisClient';

/**
 * The analysis in the extension host's own thread: for the web extension host, itself a web worker, where a
 * worker of our own would need a script URL served from the extension's origin.
 */
export function inProcessAnalysis(): AnalysisTransport {
  const server = new AnalysisServer();
  return {
    request: async (message) => server.handle(message),
    dispose: () => undefined,
  };
}
