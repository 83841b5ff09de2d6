import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../../src/extension/activate';
import type { QuoteNode, SourcesTreeNode } from '../../../src/extension/sourcesTree';
import { activateNewsmark, workspaceFile } from '../helpers';

// In Restricted Mode (an untrusted workspace) Newsmark reads and shows, and never writes: every command that
// would write a sidecar says why it does not, and saving a source leaves no sidecar behind.

const SEED = '004_e7c760b7ca99449a.txt';
const sidecar = workspaceFile(`${SEED}.annotations.yaml`);
const exists = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);

async function firstQuoteNode(api: NewsmarkApi): Promise<QuoteNode> {
  const roots = await api.sourcesTree.getChildren();
  const source = roots.find((node) => node.kind === 'source' && node.uri.path.endsWith(`/${SEED}`));
  assert.ok(source, `${SEED} is listed`);
  const queue: SourcesTreeNode[] = [source];
  while (queue.length > 0) {
    const node = queue.shift() as SourcesTreeNode;
    if (node.kind === 'quote') return node;
    queue.push(...(await api.sourcesTree.getChildren(node)));
  }
  throw new Error('no quote in the tree');
}

describe('an untrusted workspace', function () {
  this.timeout(60_000);
  let api: NewsmarkApi;

  before(async () => {
    api = await activateNewsmark();
  });

  it('is in Restricted Mode, and Newsmark still shows the sources, their quotes and hovers', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const node = await firstQuoteNode(api);
    const document = await vscode.workspace.openTextDocument(workspaceFile(SEED));
    await vscode.window.showTextDocument(document);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(node.quote.start + 1));
    assert.ok(hovers.length > 0, 'a hover on the quote');
  });

  it('refuses every write with a reason, and no sidecar appears', async () => {
    const result = await vscode.commands.executeCommand<{ written: boolean; reason?: string }>('newsmark.reextractSource', workspaceFile(SEED));
    assert.equal(result?.written, false);
    assert.match(result?.reason ?? '', /untrusted workspace/);
    const node = await firstQuoteNode(api);
    await vscode.commands.executeCommand('newsmark.confirmAnnotation', node);
    await vscode.commands.executeCommand('newsmark.addNote', node, 'a note');
    const workspace = await vscode.commands.executeCommand<{ done: number; failed: string[] }>('newsmark.reextractWorkspace');
    assert.equal(workspace?.done ?? 0, 0, 'Re-extract Workspace wrote nothing');
    assert.equal(await exists(sidecar), false);
  });

  it('saving a source writes no sidecar (extractOnSave is off in Restricted Mode)', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(SEED)));
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), ' '));
    await editor.document.save();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(await exists(sidecar), false);
  });
});
