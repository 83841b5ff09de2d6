import * as vscode from 'vscode';
import type { AnnotationStore } from './annotationStore';
import { sidecarUriFor } from './sidecarFiles';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * A sidecar follows its source: renaming or moving a source in VS Code renames its sidecar in the same
 * (undoable) operation. Deleting a source keeps the sidecar — it may hold hours of work — and says so.
 */
export function registerSourceRenames(store: AnnotationStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onWillRenameFiles((event) => {
      event.waitUntil(
        (async () => {
          const edit = new vscode.WorkspaceEdit();
          for (const { oldUri, newUri } of event.files) {
            if (!store.isSource(oldUri)) continue;
            const sidecar = sidecarUriFor(oldUri);
            if (await exists(sidecar)) edit.renameFile(sidecar, sidecarUriFor(newUri), { overwrite: false, ignoreIfExists: true });
          }
          return edit;
        })(),
      );
    }),
    vscode.workspace.onDidDeleteFiles(async (event) => {
      for (const uri of event.files) {
        if (!store.isSource(uri) || !(await exists(sidecarUriFor(uri)))) continue;
        store.forget(uri);
        void vscode.window.showWarningMessage(`Newsmark kept ${vscode.workspace.asRelativePath(sidecarUriFor(uri), false)}: its source was deleted, but the annotations in it are yours. Delete it yourself if you no longer need them.`);
      }
    }),
  );
}
