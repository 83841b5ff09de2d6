import * as vscode from 'vscode';
import { CommandIds } from './commandIds';

/** Opens a source and selects `start`–`end` (string offsets), scrolling it into view. */
export async function revealSpan(uri: vscode.Uri, start: number, end: number): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
  const editor = await vscode.window.showTextDocument(document, { selection, preview: true });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function registerRevealAnnotation(): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.revealAnnotation, (uri: vscode.Uri | string, start: number, end: number) =>
    revealSpan(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, start, end),
  );
}
