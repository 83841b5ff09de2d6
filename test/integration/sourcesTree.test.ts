import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourcesTreeNode, SourceNode } from '../../src/extension/sourcesTree';
import { activateNewsmark, listedSource, workspaceFile } from './helpers';

const SEED_FILES = [
  '000_69048a9bb0503707.txt',
  '001_8a9ec97805bb31d5.txt',
  '002_b879b2fa3f798cfd.txt',
  '003_cbcabe5e24aa5d21.txt',
  '004_e7c760b7ca99449a.txt',
];

/** Every node below `node`, depth first, as the tree would show them fully expanded. */
async function descendants(tree: vscode.TreeDataProvider<SourcesTreeNode>, node: SourcesTreeNode): Promise<SourcesTreeNode[]> {
  const children = (await tree.getChildren(node)) ?? [];
  const all: SourcesTreeNode[] = [];
  for (const child of children) all.push(child, ...(await descendants(tree, child)));
  return all;
}

async function seedSource(name: string): Promise<SourceNode> {
  const { sourcesTree } = await activateNewsmark();
  return listedSource(sourcesTree, workspaceFile(name));
}

describe('the Newsmark sources view', () => {
  it('runs in a real VS Code extension host', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    console.log(`    (VS Code ${vscode.version}, ${vscode.env.appName}, ui ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'})`);
  });

  it('lists the five seed sources', async () => {
    const { sourcesTree } = await activateNewsmark();
    const roots = (await sourcesTree.getChildren()).filter((node) => node.kind === 'source');
    assert.deepEqual(
      roots.map((node) => sourcesTree.getTreeItem(node).resourceUri?.path.split('/').pop()),
      SEED_FILES,
    );
  });

  it('shows a source as articles, then quotes labelled with their speaker', async () => {
    const { sourcesTree } = await activateNewsmark();
    const source = await seedSource('003_cbcabe5e24aa5d21.txt');
    const articles = (await sourcesTree.getChildren(source)) ?? [];
    assert.ok(articles.length >= 1 && articles.every((node) => node.kind === 'article' || node.kind === 'group'));
    const quotes = (await descendants(sourcesTree, source)).filter((node) => node.kind === 'quote');
    const labels = quotes.map((node) => String(sourcesTree.getTreeItem(node).label));
    assert.ok(labels.some((label) => label.includes('We are at a crossroads in history')), labels.join('\n'));
    for (const node of quotes) {
      const item = sourcesTree.getTreeItem(node);
      assert.match(String(item.contextValue), /^newsmark\.quote\.(auto|confirmed|edited|rejected|manual|orphaned)$/);
      assert.ok(item.iconPath instanceof vscode.ThemeIcon, 'status is shown by an icon');
      assert.match(String(item.description), /auto|confirmed|edited|rejected|manual|orphaned/);
    }
  });

  it('folds repeats and site furniture into one collapsed group after the stories', async () => {
    const { sourcesTree } = await activateNewsmark();
    const source = await seedSource('001_8a9ec97805bb31d5.txt');
    const children = (await sourcesTree.getChildren(source)) ?? [];
    const furniture = children.find((node) => node.kind === 'group' && node.group === 'furniture');
    assert.ok(furniture, 'a furniture group');
    assert.equal(sourcesTree.getTreeItem(furniture).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const stories = children.filter((node) => node.kind === 'article');
    assert.ok(stories.length > 0 && stories.every((node) => node.kind === 'article' && (node.article.kind === 'main' || node.article.kind === 'related')));
    const folded = (await sourcesTree.getChildren(furniture)) ?? [];
    assert.ok(folded.length > 0 && folded.every((node) => node.kind === 'article' && (node.article.kind === 'boilerplate' || node.article.kind === 'duplicate')));
    assert.equal(sourcesTree.getParent(folded[0]), furniture);
  });

  it('reveals and selects a quote in the editor when it is chosen', async () => {
    const { sourcesTree } = await activateNewsmark();
    const source = await seedSource('003_cbcabe5e24aa5d21.txt');
    const quote = (await descendants(sourcesTree, source)).find((node) => node.kind === 'quote' && node.quote.text.includes('crossroads'));
    assert.ok(quote && quote.kind === 'quote');
    const item = sourcesTree.getTreeItem(quote);
    assert.ok(item.command, 'a quote item carries the command that reveals it');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));

    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
    assert.equal(editor.document.uri.toString(), workspaceFile('003_cbcabe5e24aa5d21.txt').toString());
    assert.equal(editor.document.getText(editor.selection), quote.quote.text);
  });

  it('lists a new source after Refresh, and drops it when it is deleted', async () => {
    const { sourcesTree } = await activateNewsmark();
    const added = workspaceFile('refresh/added-later.txt');
    const folders = async () => (await sourcesTree.getChildren()).flatMap((node) => (node.kind === 'folder' ? [vscode.workspace.asRelativePath(node.uri, false)] : []));
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode('"We will be back," she said.\n'));
    try {
      await vscode.commands.executeCommand('newsmark.refreshSources');
      assert.ok((await folders()).includes('refresh'), 'its folder is listed at the root');
      assert.equal((await listedSource(sourcesTree, added)).parent?.uri.toString(), workspaceFile('refresh').toString(), 'the source is listed in its folder');
    } finally {
      await vscode.workspace.fs.delete(workspaceFile('refresh'), { recursive: true });
    }
    await vscode.commands.executeCommand('newsmark.refreshSources');
    assert.ok(!(await folders()).includes('refresh'));
  });
});
