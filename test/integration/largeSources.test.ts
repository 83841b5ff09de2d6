import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateNewsmark, eventually, workspaceFile } from './helpers';

// On a source of more than 20,000 lines only what is on screen (and a 200-line margin) is decorated, so a
// decoration update stays cheap however long the file; scrolling brings the marks along.

const LINES = 30_000;
const MARGIN = 200;

describe('decorations on a very long source', function () {
  this.timeout(120_000);
  const source = workspaceFile('long-source/archive.txt');

  before(async () => {
    const lines = Array.from({ length: LINES }, (_, i) => `"Statement ${i} stands," said Jane Smith.`);
    await vscode.workspace.fs.writeFile(source, new TextEncoder().encode(`${lines.join('\n')}\n`));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceFile('long-source'), { recursive: true }).then(undefined, () => undefined);
  });

  it('decorates only the visible lines and a margin, and follows a scroll', async () => {
    const { decorations, store } = await activateNewsmark();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source));
    const { annotations } = await store.get(source);
    assert.ok(annotations.quotes.length >= LINES, `every line's quote is found (${annotations.quotes.length})`);
    const lastVisible = () => Math.max(...editor.visibleRanges.map((range) => range.end.line));
    const atTop = await eventually(() => decorations.appliedTo(source)?.quotes.length ? decorations.appliedTo(source) : undefined, 30_000);
    const topLines = atTop.quotes.map((range) => range.start.line);
    assert.ok(Math.max(...topLines) <= lastVisible() + MARGIN + 1, `marks end by line ${lastVisible() + MARGIN + 1}, not ${Math.max(...topLines)}`);
    assert.ok(atTop.quotes.length < LINES / 10, `${atTop.quotes.length} of ${LINES} quotes decorated`);

    const target = new vscode.Range(25_000, 0, 25_000, 0);
    editor.revealRange(target, vscode.TextEditorRevealType.InCenter);
    const scrolled = await eventually(() => {
      const lines = decorations.appliedTo(source)?.quotes.map((range) => range.start.line) ?? [];
      return lines.includes(25_000) ? lines : undefined;
    }, 30_000);
    assert.ok(Math.min(...scrolled) >= 25_000 - 2 * MARGIN, `no marks left near the top after scrolling (first at line ${Math.min(...scrolled)})`);
  });
});
