import * as vscode from 'vscode';
import type { AnnotationStore } from './annotationStore';
import { CommandIds } from './commandIds';

/** Moves the selection to the next (or previous) quote of the active source, wrapping around. */
async function goToQuote(store: AnnotationStore, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !store.isSource(editor.document.uri)) return;
  const { annotations } = await store.get(editor.document.uri);
  const quotes = annotations.quotes.filter((quote) => quote.status !== 'orphaned' && quote.status !== 'rejected').sort((a, b) => a.start - b.start);
  if (quotes.length === 0) {
    void vscode.window.showInformationMessage('Newsmark: no quotes in this source.');
    return;
  }
  const here = editor.document.offsetAt(direction === 1 ? editor.selection.end : editor.selection.start);
  const target =
    direction === 1
      ? (quotes.find((quote) => quote.start >= here) ?? quotes[0])
      : ([...quotes].reverse().find((quote) => quote.end <= here && quote.start < here) ?? quotes[quotes.length - 1]);
  const selection = new vscode.Selection(editor.document.positionAt(target.start), editor.document.positionAt(target.end));
  editor.selection = selection;
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerQuoteNavigation(store: AnnotationStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.nextQuote, () => goToQuote(store, 1)),
    vscode.commands.registerCommand(CommandIds.previousQuote, () => goToQuote(store, -1)),
  );
}
