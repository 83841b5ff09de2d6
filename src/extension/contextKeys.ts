import * as vscode from 'vscode';
import type { AnnotationStore } from './annotationStore';

/** `newsmark.activeEditorIsSource`: lets `when` clauses show source-only commands and keybindings only there. */
export function trackActiveSource(store: AnnotationStore): vscode.Disposable {
  const update = () => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    void vscode.commands.executeCommand('setContext', 'newsmark.activeEditorIsSource', !!uri && store.isSource(uri));
  };
  update();
  return vscode.Disposable.from(vscode.window.onDidChangeActiveTextEditor(update), store.onDidChange(() => update()));
}
