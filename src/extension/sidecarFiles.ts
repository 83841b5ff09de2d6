import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../core/sourceFiles';
import { smallestChange } from '../core/textChange';
import { writeFileAtomically } from './atomicFiles';

/** `x.txt` → `x.txt.annotations.yaml`, beside it. */
export function sidecarUriFor(sourceUri: vscode.Uri): vscode.Uri {
  return sourceUri.with({ path: `${sourceUri.path}${SIDECAR_SUFFIX}` });
}

/** `x.txt.annotations.yaml` → `x.txt`, or undefined for any other file. */
export function sourceUriForSidecar(sidecarUri: vscode.Uri): vscode.Uri | undefined {
  return sidecarUri.path.endsWith(SIDECAR_SUFFIX) ? sidecarUri.with({ path: sidecarUri.path.slice(0, -SIDECAR_SUFFIX.length) }) : undefined;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

/**
 * The sidecar's text as the person sees it (an open editor's unsaved buffer wins over the disk), or null when
 * there is no sidecar yet.
 */
export async function readSidecarText(sidecarUri: vscode.Uri): Promise<string | null> {
  const open = openDocument(sidecarUri);
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(sidecarUri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return null;
    throw error;
  }
}

/**
 * Writes a sidecar without ever leaving half a file. When it is open in an editor, the change goes in as one
 * minimal edit (so Undo restores it) and is saved only if the buffer had no unsaved edits of the person's;
 * otherwise the new text is written to a temporary file beside it and renamed over it.
 * `expectedBefore` is the text the new one was computed from: if the sidecar changed since, nothing is written
 * and false is returned, so the caller can recompute instead of overwriting someone else's change.
 */
export async function writeSidecarText(sidecarUri: vscode.Uri, text: string, expectedBefore: string | null): Promise<boolean> {
  const open = openDocument(sidecarUri);
  if (open) {
    const before = open.getText();
    if (expectedBefore !== null && before !== expectedBefore) return false;
    const change = smallestChange(before, text);
    if (!change) return true;
    const wasDirty = open.isDirty;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(sidecarUri, new vscode.Range(open.positionAt(change.start), open.positionAt(change.end)), change.text);
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    if (!wasDirty) await open.save();
    return true;
  }
  const current = await readSidecarText(sidecarUri);
  if (current !== expectedBefore) return false;
  if (current === text) return true;
  await writeFileAtomically(sidecarUri, text);
  return true;
}
