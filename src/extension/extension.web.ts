import type * as vscode from 'vscode';
import { activateNewsmark, type NewsmarkApi } from './activate';
import { AnalysisClient } from './analysisClient';
import { inProcessAnalysis } from './inProcessAnalysis';

export function activate(context: vscode.ExtensionContext): NewsmarkApi {
  return activateNewsmark(context, new AnalysisClient(inProcessAnalysis()));
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
