import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateNewsmark, eventually, workspaceFile } from './helpers';

const SEED = '003_cbcabe5e24aa5d21.txt';

async function openSeed(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(SEED));
  return vscode.window.showTextDocument(document);
}

describe('Newsmark in an open source', () => {
  it('decorates the direct quotes where they are in the text', async () => {
    const { decorations } = await activateNewsmark();
    const editor = await openSeed();
    const applied = await eventually(() => decorations.appliedTo(editor.document.uri));
    const quoted = applied.quotes.map((range) => editor.document.getText(range));
    assert.ok(quoted.some((text) => text.includes('We are at a crossroads in history')), quoted.join(' | '));
  });

  it('turns a decoration kind off through its setting', async () => {
    const { decorations } = await activateNewsmark();
    const editor = await openSeed();
    const config = vscode.workspace.getConfiguration('newsmark');
    await config.update('decorations.quotes', false, vscode.ConfigurationTarget.Global);
    try {
      await eventually(() => decorations.appliedTo(editor.document.uri)?.quotes.length === 0);
    } finally {
      await config.update('decorations.quotes', undefined, vscode.ConfigurationTarget.Global);
    }
    await eventually(() => (decorations.appliedTo(editor.document.uri)?.quotes.length ?? 0) > 0);
  });

  it('shows who said a quote when hovering it', async () => {
    await activateNewsmark();
    const editor = await openSeed();
    const offset = editor.document.getText().indexOf('crossroads in history');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset + 3));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /Quote/);
    assert.match(text, /Status/);
  });

  it('counts the active source in the status bar', async () => {
    const { statusBar } = await activateNewsmark();
    await openSeed();
    const text = await eventually(() => statusBar.text);
    assert.match(text, /\$\(quote\) \d+/);
  });

  it('moves to the next quote and wraps around', async () => {
    await activateNewsmark();
    const editor = await openSeed();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsmark.nextQuote');
    const first = editor.document.getText(editor.selection);
    assert.ok(first.length > 0, 'a quote is selected');
    await vscode.commands.executeCommand('newsmark.nextQuote');
    assert.notEqual(editor.document.offsetAt(editor.selection.start), 0);
  });
});
