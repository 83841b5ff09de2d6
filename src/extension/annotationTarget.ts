import * as vscode from 'vscode';
import { annotationAt, type FigureAnnotation, type QuoteAnnotation } from '../core/annotations';
import type { AnnotationStore } from './annotationStore';
import type { SourcesTreeNode } from './sourcesTree';

/** The annotation a command acts on: the tree item it was invoked on, or the one at the cursor. */
export type AnnotationTarget = { uri: vscode.Uri } & ({ type: 'quote'; item: QuoteAnnotation } | { type: 'figure'; item: FigureAnnotation });

/**
 * Resolves a command's target. From a tree item's context menu VS Code passes the node; from the palette or
 * a keybinding there is no argument and the cursor in the active source decides (quotes win over the figures
 * inside them only when the cursor is not on the figure itself).
 */
export async function resolveTarget(store: AnnotationStore, argument: unknown): Promise<AnnotationTarget | undefined> {
  const node = argument as SourcesTreeNode | undefined;
  if (node && typeof node === 'object' && 'kind' in node) {
    if (node.kind === 'quote') return { uri: node.source.uri, type: 'quote', item: node.quote };
    if (node.kind === 'figure') return { uri: node.source.uri, type: 'figure', item: node.figure };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || !store.isSource(editor.document.uri)) return undefined;
  const { annotations, text } = await store.get(editor.document.uri);
  if (text !== editor.document.getText()) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  const live = <T extends { status: string }>(items: readonly T[]) => items.filter((item) => item.status !== 'orphaned');
  const figure = annotationAt(live(annotations.figures), offset);
  if (figure) return { uri: editor.document.uri, type: 'figure', item: figure };
  const quote = annotationAt(live(annotations.quotes), offset);
  if (quote) return { uri: editor.document.uri, type: 'quote', item: quote };
  return undefined;
}

/** Says why nothing happened, in the words a person needs. */
export function noTarget(what: string): void {
  void vscode.window.showInformationMessage(`Newsmark: put the cursor on ${what} in a source, or use the Newsmark view's context menu.`);
}
