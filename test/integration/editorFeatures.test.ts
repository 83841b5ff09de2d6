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

  it('moves to the next and previous quote, wrapping around at both ends', async () => {
    const { store } = await activateNewsmark();
    const editor = await openSeed();
    const { annotations } = await store.get(editor.document.uri);
    const quotes = annotations.quotes.filter((q) => q.status !== 'rejected' && q.status !== 'orphaned').sort((a, b) => a.start - b.start);
    assert.ok(quotes.length >= 2);
    const selected = () => ({ start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsmark.nextQuote');
    assert.deepEqual(selected(), { start: quotes[0].start, end: quotes[0].end });
    await vscode.commands.executeCommand('newsmark.nextQuote');
    assert.deepEqual(selected(), { start: quotes[1].start, end: quotes[1].end });
    await vscode.commands.executeCommand('newsmark.previousQuote');
    assert.deepEqual(selected(), { start: quotes[0].start, end: quotes[0].end });
    await vscode.commands.executeCommand('newsmark.previousQuote');
    const last = quotes[quotes.length - 1];
    assert.deepEqual(selected(), { start: last.start, end: last.end }, 'wraps to the last quote');
    await vscode.commands.executeCommand('newsmark.nextQuote');
    assert.deepEqual(selected(), { start: quotes[0].start, end: quotes[0].end }, 'and back to the first');
  });

  it('Toggle Decorations flips one kind in the settings and in the editor', async () => {
    const { decorations } = await activateNewsmark();
    const editor = await openSeed();
    await eventually(() => (decorations.appliedTo(editor.document.uri)?.quotes.length ?? 0) > 0);
    await vscode.commands.executeCommand('newsmark.toggleDecorations', 'quotes');
    try {
      assert.equal(vscode.workspace.getConfiguration('newsmark').get('decorations.quotes'), false);
      await eventually(() => decorations.appliedTo(editor.document.uri)?.quotes.length === 0);
      assert.ok((decorations.appliedTo(editor.document.uri)?.speakers.length ?? 0) > 0, 'the other kinds stay');
    } finally {
      await vscode.commands.executeCommand('newsmark.toggleDecorations', 'quotes');
    }
    await eventually(() => (decorations.appliedTo(editor.document.uri)?.quotes.length ?? 0) > 0);
  });

  it('Open Sidecar opens the source’s YAML beside it, creating it first', async () => {
    await activateNewsmark();
    const editor = await openSeed();
    const sidecar = await vscode.commands.executeCommand<vscode.TextEditor>('newsmark.openSidecar');
    assert.equal(sidecar?.document.uri.toString(), `${editor.document.uri.toString()}.annotations.yaml`);
    assert.match(sidecar.document.getText(), /^version: 1$/m);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), sidecar.document.uri.toString());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('focuses the Newsmark view when the status bar item is clicked', async () => {
    const { statusBar, treeView } = await activateNewsmark();
    await openSeed();
    await eventually(() => statusBar.text);
    await vscode.commands.executeCommand('workbench.view.explorer');
    await eventually(() => !treeView.visible);
    await vscode.commands.executeCommand(statusBar.command!);
    await eventually(() => treeView.visible);
  });
});
