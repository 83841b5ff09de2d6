import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExportResult } from '../../src/extension/exportCommands';
import type { FolderNode, SourcesTreeNode } from '../../src/extension/sourcesTree';
import { activateNewsmark, eventually, listedSource, workspaceFile } from './helpers';

// An archive in folders, as the Sources view shows it: each folder a collapsed node read only when it is opened.

const encode = (text: string) => new TextEncoder().encode(text);
const QUOTE = '"Folders keep an archive in order," said Ada Quill, the archivist.\n';

const labelOf = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? item.resourceUri?.path.split('/').pop() ?? ''));

async function childLabels(tree: vscode.TreeDataProvider<SourcesTreeNode>, node?: SourcesTreeNode): Promise<string[]> {
  const children = (await tree.getChildren(node)) ?? [];
  return Promise.all(children.map(async (child) => labelOf(await tree.getTreeItem(child))));
}

async function folderNamed(tree: vscode.TreeDataProvider<SourcesTreeNode>, name: string, parent?: SourcesTreeNode): Promise<FolderNode> {
  for (const node of (await tree.getChildren(parent)) ?? []) {
    if (node.kind === 'folder' && labelOf(await tree.getTreeItem(node)) === name) return node;
  }
  assert.fail(`no folder ${name} under ${parent && 'uri' in parent ? parent.uri.path : 'the root'}`);
}

describe('folders in the Newsmark sources view', function () {
  this.timeout(60000);
  const archive = workspaceFile('archive');
  const excluded = workspaceFile('node_modules');
  const exported = workspaceFile('folder-export.json');

  before(async () => {
    await vscode.workspace.fs.writeFile(workspaceFile('archive/2024/march.txt'), encode('"We open in March," the mayor said.\n'));
    await vscode.workspace.fs.writeFile(workspaceFile('archive/2024/june/deep.txt'), encode(QUOTE));
    await vscode.workspace.fs.writeFile(workspaceFile('archive/pictures/caption.md'), encode('not a source\n'));
    await vscode.workspace.fs.writeFile(workspaceFile('node_modules/some-package/notes.txt'), encode('"Never listed," said Ada Quill.\n'));
    await vscode.commands.executeCommand('newsmark.refreshSources');
  });

  after(async () => {
    await vscode.commands.executeCommand('newsmark.clearTreeFilter');
    for (const uri of [archive, excluded, exported]) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('newsmark.refreshSources');
  });

  it('lists a folder at the root as a collapsed folder node beside the sources there', async () => {
    const { sourcesTree } = await activateNewsmark();
    const roots = await sourcesTree.getChildren();
    assert.ok(roots.some((node) => node.kind === 'source'), 'the seed sources stay at the root');
    const item = sourcesTree.getTreeItem(await folderNamed(sourcesTree, 'archive'));
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.equal(item.contextValue, 'newsmark.folder');
    assert.deepEqual(item.iconPath, vscode.ThemeIcon.Folder);
    assert.ok(!roots.some((node) => node.kind === 'source' && node.uri.path.includes('/archive/')), 'what is in a folder is not at the root');
  });

  it('reads a folder only when it is expanded, its folders first, then its sources', async () => {
    const { sourcesTree } = await activateNewsmark();
    const year = await folderNamed(sourcesTree, '2024', await folderNamed(sourcesTree, 'archive'));
    // written after the folder was listed but before it is opened: opening it shows it, with no refresh
    await vscode.workspace.fs.writeFile(workspaceFile('archive/2024/april.txt'), encode('"April too," she said.\n'));
    assert.deepEqual(await childLabels(sourcesTree, year), ['june', 'april.txt', 'march.txt']);
    const source = (await sourcesTree.getChildren(year)).find((node) => node.kind === 'source');
    assert.ok(source);
    assert.ok(!String(sourcesTree.getTreeItem(source).description).includes('archive'), 'under its folder, a source does not repeat the folder');
  });

  it('shows a folder without sources as empty when it is opened', async () => {
    const { sourcesTree } = await activateNewsmark();
    const pictures = await folderNamed(sourcesTree, 'pictures', await folderNamed(sourcesTree, 'archive'));
    assert.deepEqual(await sourcesTree.getChildren(pictures), []);
  });

  it('never shows an excluded folder, nor finds its sources when filtering', async () => {
    const { sourcesTree } = await activateNewsmark();
    assert.ok(!(await childLabels(sourcesTree)).includes('node_modules'));
    await vscode.commands.executeCommand('newsmark.filterTree', 'speaker:quill');
    const found = await sourcesTree.getChildren();
    assert.ok(!found.some((node) => node.kind === 'source' && node.uri.path.includes('/node_modules/')), 'nothing from node_modules');
    await vscode.commands.executeCommand('newsmark.clearTreeFilter');
  });

  it('finds the matching sources inside folders when filtering, listed flat with their folder', async () => {
    const { sourcesTree } = await activateNewsmark();
    await vscode.commands.executeCommand('newsmark.filterTree', 'speaker:quill');
    const found = await sourcesTree.getChildren();
    assert.deepEqual(found.map((node) => node.kind === 'source' && node.uri.path.split('/').pop()), ['deep.txt']);
    assert.match(String(sourcesTree.getTreeItem(found[0]).description), /^archive\/2024\/june/);
    assert.equal(sourcesTree.getParent(found[0]), undefined);
    await vscode.commands.executeCommand('newsmark.clearTreeFilter');
  });

  it('reveals a source in a subfolder through its folder nodes', async () => {
    const { sourcesTree, treeView } = await activateNewsmark();
    const deep = await listedSource(sourcesTree, workspaceFile('archive/2024/june/deep.txt'));
    const chain: string[] = [];
    for (let node = sourcesTree.getParent(deep); node; node = sourcesTree.getParent(node)) chain.push(labelOf(sourcesTree.getTreeItem(node)));
    assert.deepEqual(chain, ['june', '2024', 'archive']);
    // a refresh of the tree still under way (the previous test cleared its filter) can drop a selection made
    // meanwhile; what matters is that revealing brings the source into view, selected, through its folders
    await eventually(async () => {
      await treeView.reveal(deep, { select: true, focus: false, expand: false });
      assert.deepEqual(
        treeView.selection.map((node) => node.kind === 'source' && node.uri.toString()),
        [deep.uri.toString()],
      );
      return true;
    });
  });

  it('exports every source under a folder selected in the tree', async () => {
    const { sourcesTree, treeView } = await activateNewsmark();
    const year = await folderNamed(sourcesTree, '2024', await folderNamed(sourcesTree, 'archive'));
    await treeView.reveal(year, { select: true, focus: false, expand: false });
    const result = await vscode.commands.executeCommand<ExportResult>('newsmark.exportAnnotations', { format: 'json', scope: 'selected', destination: exported });
    assert.equal(result.sources, 3, 'march, april and june/deep');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(exported));
    for (const name of ['archive/2024/march.txt', 'archive/2024/april.txt', 'archive/2024/june/deep.txt']) assert.ok(text.includes(name), `${name} is exported`);
  });
});
