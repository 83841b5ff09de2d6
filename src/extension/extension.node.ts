import * as path from 'node:path';
import type * as vscode from 'vscode';
import { activateNewsmark, type NewsmarkApi } from './activate';
import { AnalysisClient } from './analysisClient';
import { WorkerAnalysis } from './workerAnalysis';

export function activate(context: vscode.ExtensionContext): NewsmarkApi {
  // the analysis runs in dist/analysisWorker.js, beside this bundle, so a long source never blocks the host
  return activateNewsmark(context, new AnalysisClient(new WorkerAnalysis(path.join(__dirname, 'analysisWorker.js'))));
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
