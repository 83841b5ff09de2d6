import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { QuoteNode, SourceNode } from '../../src/extension/sourcesTree';
import { activateNewsmark, workspaceFile } from './helpers';

const SEED_FILES = [
  '000_69048a9bb0503707.txt',
  '001_8a9ec97805bb31d5.txt',
  '002_b879b2fa3f798cfd.txt',
  '003_cbcabe5e24aa5d21.txt',
  '004_e7c760b7ca99449a.txt',
];

describe('the Newsmark sources view', () => {
  it('runs in a real VS Code extension host', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    console.log(`    (VS Code ${vscode.version}, ${vscode.env.appName}, ui ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'})`);
  });

  it('lists the five seed sources', async () => {
    const { sourcesTree } = await activateNewsmark();
    const roots = (await sourcesTree.getChildren()) as SourceNode[];
    const labels = roots.map((node) => {
      const item = sourcesTree.getTreeItem(node);
      return item.resourceUri?.path.split('/').pop();
    });
    assert.deepEqual(labels, SEED_FILES);
  });

  it('lists the quotes found in a source when it is expanded', async () => {
    const { sourcesTree } = await activateNewsmark();
    const roots = (await sourcesTree.getChildren()) as SourceNode[];
    const source = roots.find((node) => node.uri.path.endsWith('003_cbcabe5e24aa5d21.txt'));
    assert.ok(source);
    const quotes = (await sourcesTree.getChildren(source)) as QuoteNode[];
    const labels = quotes.map((node) => String(sourcesTree.getTreeItem(node).label));
    assert.ok(labels.some((label) => label.includes('We are at a crossroads in history')), labels.join('\n'));
  });

  it('reveals and selects a quote in the editor when it is chosen', async () => {
    const { sourcesTree } = await activateNewsmark();
    const source = ((await sourcesTree.getChildren()) as SourceNode[]).find((node) => node.uri.path.endsWith('003_cbcabe5e24aa5d21.txt'));
    assert.ok(source);
    const quote = ((await sourcesTree.getChildren(source)) as QuoteNode[]).find((node) => node.quote.text.includes('crossroads'));
    assert.ok(quote);
    const item = sourcesTree.getTreeItem(quote);
    assert.ok(item.command, 'a quote item carries the command that reveals it');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));

    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
    assert.equal(editor.document.uri.toString(), workspaceFile('003_cbcabe5e24aa5d21.txt').toString());
    assert.equal(editor.document.getText(editor.selection), quote.quote.text);
  });
});
