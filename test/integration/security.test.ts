import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { editSidecar } from '../../src/core/sidecar';
import type { NewsmarkApi } from '../../src/extension/activate';
import type { SourcesTreeNode } from '../../src/extension/sourcesTree';
import { activateNewsmark, listedSource, workspaceFile } from './helpers';

// A hostile source and sidecar — Markdown, HTML, `command:` links and `$(icon)` syntax in the quoted words, a
// speaker's name and role, notes and links — must reach hovers and the tree only as inert text: no trusted
// Markdown, no HTML, no command link, no theme icon of the file's choosing.

const PAYLOAD = '[run](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> $(zap) **bold** `code`';
const SOURCE_TEXT = `Hostile page\n\n"Click ${PAYLOAD} now," said John Healey, the defence secretary. He said the plan would cost £3 billion.\n`;
const OUR_ICONS = new Set(['person', 'quote', 'symbol-string', 'symbol-number']);

function assertInert(content: vscode.MarkdownString | vscode.MarkedString, where: string): void {
  if (typeof content === 'string') return; // a plain string is rendered as text
  const markdown = content as vscode.MarkdownString & { supportHtml?: boolean };
  assert.ok(!markdown.isTrusted, `${where}: not trusted Markdown (${JSON.stringify(markdown.isTrusted)})`);
  assert.ok(!markdown.supportHtml, `${where}: no HTML`);
  const value = markdown.value;
  assert.doesNotMatch(value, /\]\(\s*command:/i, `${where}: no command link in ${value}`);
  assert.doesNotMatch(value, /<img|<script|<b>/i, `${where}: no raw HTML in ${value}`);
  for (const icon of value.matchAll(/(?<!\\)\$\(([^)]*)\)/g)) assert.ok(OUR_ICONS.has(icon[1]), `${where}: the file chose the icon $(${icon[1]})`);
}

async function hoversAt(uri: vscode.Uri, offset: number, document: vscode.TextDocument): Promise<vscode.Hover[]> {
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset));
}

describe('security: file content never becomes trusted Markdown, HTML or a command link', function () {
  this.timeout(60_000);
  const source = workspaceFile('hostile/page.txt');
  let api: NewsmarkApi;

  before(async () => {
    api = await activateNewsmark();
    await vscode.workspace.fs.writeFile(source, new TextEncoder().encode(SOURCE_TEXT));
    const { annotations } = await api.store.get(source);
    const quote = annotations.quotes.find((q) => q.text.includes('Click'));
    const figure = annotations.figures[0];
    assert.ok(quote && figure, 'the hostile quote and figure are found');
    const edits = [
      { type: 'setSpeaker' as const, id: quote.id, speaker: `Evil ${PAYLOAD}`, role: `Role ${PAYLOAD}` },
      { type: 'note' as const, id: quote.id, note: `Note ${PAYLOAD}\n\n# heading\n<script>alert(1)</script>` },
      { type: 'note' as const, id: figure.id, note: `Figure note ${PAYLOAD}` },
      { type: 'entityNote' as const, name: 'John Healey', note: `Person note ${PAYLOAD}`, links: ['command:workbench.action.terminal.new', `javascript:alert(1) ${PAYLOAD}`] },
    ];
    for (const edit of edits) {
      const result = await api.store.changeSidecar(source, (sidecarText, file, analysis) => editSidecar(sidecarText, file, analysis, edit));
      assert.ok(result.written, `${edit.type} written: ${'reason' in result ? result.reason : ''}`);
    }
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceFile('hostile'), { recursive: true }).then(undefined, () => undefined);
  });

  it('hovers on the quote, its speaker and the figure show the payload only as escaped, untrusted text', async () => {
    const document = await vscode.workspace.openTextDocument(source);
    await vscode.window.showTextDocument(document);
    const { annotations } = await api.store.get(source);
    const quote = annotations.quotes.find((q) => q.text.includes('Click'));
    assert.ok(quote);
    const spots: Array<[string, number]> = [
      ['quote', quote.start + 2],
      ['speaker', SOURCE_TEXT.indexOf('Healey') + 2],
      ['figure', SOURCE_TEXT.indexOf('£3 billion') + 2],
    ];
    let sawNote = false;
    for (const [where, offset] of spots) {
      const hovers = await hoversAt(source, offset, document);
      assert.ok(hovers.length > 0, `a hover on the ${where}`);
      for (const hover of hovers) {
        for (const content of hover.contents) {
          assertInert(content, `${where} hover`);
          if (typeof content !== 'string' && content.value.includes('Note')) sawNote = true;
        }
      }
    }
    assert.ok(sawNote, 'the hostile notes were shown (escaped)');
  });

  it('tree items of the hostile source carry the payload only in plain labels and tooltips', async () => {
    const root = await listedSource(api.sourcesTree, source);
    let sawPayload = false;
    const walk = async (node: SourcesTreeNode): Promise<void> => {
      const item = api.sourcesTree.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      if (label.includes('command:') || String(item.tooltip ?? '').includes('command:')) sawPayload = true;
      if (item.tooltip instanceof vscode.MarkdownString) assertInert(item.tooltip, `tree item ${label}`);
      if (item.command) assert.match(item.command.command, /^newsmark\./, `a tree item runs only our own commands (${item.command.command})`);
      for (const child of await api.sourcesTree.getChildren(node)) await walk(child);
    };
    await walk(root);
    assert.ok(sawPayload, 'the payload reached the tree, as plain text');
  });
});
