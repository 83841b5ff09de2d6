import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SpeakerNode } from '../../src/extension/sourcesTree';
import { activateNewsmark, workspaceFile } from './helpers';

// Views across the whole workspace: quotes grouped by speaker, the filter, and the person hover that knows
// what a speaker said in the other sources.

describe('Newsmark across the workspace', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('newsmark.groupBySource');
    await vscode.commands.executeCommand('newsmark.clearTreeFilter');
  });

  it('groups every quote of the workspace by speaker', async () => {
    const api = await activateNewsmark();
    await vscode.commands.executeCommand('newsmark.groupBySpeaker');
    const roots = (await api.sourcesTree.getChildren()) as SpeakerNode[];
    assert.ok(roots.every((node) => node.kind === 'speaker'));
    const starmer = roots.find((node) => node.name === 'Keir Starmer');
    assert.ok(starmer, `Keir Starmer is a speaker: ${roots.map((node) => node.name).join(', ')}`);
    const sources = new Set(starmer.quotes.map(({ source }) => source.uri.path.replace(/.*\//, '')));
    assert.ok(sources.size >= 2, `his quotes come from several sources: ${[...sources].join(', ')}`);
    const item = api.sourcesTree.getTreeItem(starmer);
    assert.match(String(item.description), /\d+ quotes · \d+ sources/);
    const children = await api.sourcesTree.getChildren(starmer);
    assert.equal(children.length, starmer.quotes.length);
    assert.equal(api.treeView.description, 'by speaker');
  });

  it('filters the tree by speaker and shows the filter in the view', async () => {
    const api = await activateNewsmark();
    await vscode.commands.executeCommand('newsmark.filterTree', 'speaker:starmer');
    const roots = await api.sourcesTree.getChildren();
    assert.ok(roots.length > 0 && roots.length < 5, `only the sources quoting Starmer: ${roots.length}`);
    assert.equal(api.treeView.description, 'filter: speaker:starmer');
    await vscode.commands.executeCommand('newsmark.clearTreeFilter');
    const atRoot = await api.sourcesTree.getChildren();
    assert.equal(atRoot.filter((node) => node.kind === 'source').length, 5, 'all five seed sources again');
    assert.ok(!atRoot.some((node) => node.kind === 'folder' && node.uri.path.endsWith('/.vscode')), 'the workspace settings written by earlier tests are no sources folder');
  });

  it('tells on a speaker hover what they said in the other sources', async () => {
    await activateNewsmark();
    const document = await vscode.workspace.openTextDocument(workspaceFile('003_cbcabe5e24aa5d21.txt'));
    await vscode.window.showTextDocument(document);
    const offset = document.getText().indexOf('Starmer');
    assert.ok(offset >= 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 2));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /Keir Starmer/);
    assert.match(text, /across the workspace/);
    assert.match(text, /Also in/);
  });
});
