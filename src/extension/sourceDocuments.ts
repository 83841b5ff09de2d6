import * as vscode from 'vscode';

/** The text of a source as the user sees it: the open editor's buffer if there is one, else the file on disk. */
export async function readSourceText(uri: vscode.Uri): Promise<string> {
  const open = openDocument(uri);
  if (open) return open.getText();
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * Like `readSourceText`, but a file on disk larger than `maxBytes` is not read at all (`tooLarge`, empty text):
 * reading and decoding 50 MB blocked the extension host for seconds. An open editor's buffer is already in
 * memory and is measured in characters.
 */
export async function readSourceWithin(uri: vscode.Uri, maxBytes: number): Promise<{ text: string; tooLarge: boolean }> {
  const open = openDocument(uri);
  if (open) {
    const text = open.getText();
    return { text, tooLarge: text.length > maxBytes };
  }
  if ((await vscode.workspace.fs.stat(uri)).size > maxBytes) return { text: '', tooLarge: true };
  return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)), tooLarge: false };
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}
