import type * as vscode from 'vscode';
import { activateNewsmark, type NewsmarkApi } from './activate';

export function activate(context: vscode.ExtensionContext): NewsmarkApi {
  return activateNewsmark(context);
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
