import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateNewsmark, eventually, workspaceFile } from './helpers';

// A sidecar follows its source when the source is renamed in VS Code, and outlives it when it is deleted.

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

describe('a source’s sidecar through renames and deletions', () => {
  const original = workspaceFile('lifecycle/original.txt');
  const renamed = workspaceFile('lifecycle/renamed.txt');
  const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.annotations.yaml` });

  before(async () => {
    await activateNewsmark();
    const seed = await vscode.workspace.fs.readFile(workspaceFile('002_b879b2fa3f798cfd.txt'));
    await vscode.workspace.fs.writeFile(original, seed);
  });

  after(async () => {
    await vscode.workspace.fs.delete(workspaceFile('lifecycle'), { recursive: true }).then(undefined, () => undefined);
  });

  it('renames the sidecar with its source', async () => {
    const result = await vscode.commands.executeCommand<{ written: boolean }>('newsmark.reextractSource', original);
    assert.equal(result?.written, true);
    const sidecarBefore = await vscode.workspace.fs.readFile(sidecarOf(original));
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(original, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await eventually(() => exists(sidecarOf(renamed)));
    assert.equal(await exists(sidecarOf(original)), false);
    assert.deepEqual(await vscode.workspace.fs.readFile(sidecarOf(renamed)), sidecarBefore);
  });

  it('keeps the sidecar when its source is deleted', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(await exists(renamed), false);
    assert.equal(await exists(sidecarOf(renamed)), true);
  });
});
