import * as vscode from 'vscode';

/**
 * Writes a file so that no reader ever sees half of it: the bytes go to a temporary file beside the target,
 * which is then renamed over it (a rename within one folder is atomic on every file system VS Code writes to).
 */
export async function writeFileAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const temporary = uri.with({ path: `${uri.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}
