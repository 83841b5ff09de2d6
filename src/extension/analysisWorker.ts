import { parentPort } from 'node:worker_threads';
import { AnalysisServer, type AnalysisRequest } from '../core/analysisServer';

// The entry of dist/analysisWorker.js: the analysis engine in a worker thread of the Node extension host,
// answering workerAnalysis.ts's requests one at a time, in the order they came.

const port = parentPort;
if (port) {
  const server = new AnalysisServer();
  port.on('message', (request: AnalysisRequest) => port.postMessage(server.handle(request)));
}
