import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { QuoteAnnotation } from '../../src/core/annotations';
import type { NewsmarkApi } from '../../src/extension/activate';
import type { QuoteNode, SourcesTreeNode } from '../../src/extension/sourcesTree';
import { activateNewsmark, eventually, listedSource, workspaceFile } from './helpers';

// Every editing command, run the way VS Code runs it (executeCommand, with a tree node where the context menu
// passes one, or with the cursor in the source), checked on the sidecar on disk, the tree and the editor.

const SEED = '004_e7c760b7ca99449a.txt';

interface SidecarItem {
  id: string;
  text: string;
  speaker?: string | null;
  role?: string | null;
  status: string;
  note?: string;
  value?: number | null;
  unit?: string | null;
}
interface SidecarFile {
  version: number;
  quotes?: SidecarItem[];
  figures?: SidecarItem[];
}

async function sidecarOnDisk(source: string): Promise<SidecarFile | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(workspaceFile(`${source}.annotations.yaml`));
    return parse(new TextDecoder().decode(bytes)) as SidecarFile;
  } catch {
    return undefined;
  }
}

async function sidecarItem(source: string, id: string): Promise<SidecarItem | undefined> {
  const sidecar = await sidecarOnDisk(source);
  return [...(sidecar?.quotes ?? []), ...(sidecar?.figures ?? [])].find((item) => item.id === id);
}

/** Every quote node under a source in the tree (articles → Quotes group → quotes). */
async function quoteNodes(api: NewsmarkApi, source: string): Promise<QuoteNode[]> {
  const sourceNode = await listedSource(api.sourcesTree, workspaceFile(source));
  const found: QuoteNode[] = [];
  const walk = async (node: SourcesTreeNode): Promise<void> => {
    if (node.kind === 'quote') found.push(node);
    for (const child of await api.sourcesTree.getChildren(node)) await walk(child);
  };
  await walk(sourceNode);
  return found;
}

async function openSeed(name = SEED): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(name)));
}

function placeCursorIn(editor: vscode.TextEditor, quote: QuoteAnnotation): void {
  const inside = editor.document.positionAt(quote.start + 1);
  editor.selection = new vscode.Selection(inside, inside);
}

describe('Newsmark editing commands', () => {
  let api: NewsmarkApi;

  before(async () => {
    api = await activateNewsmark();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Re-extract Source writes a valid sidecar with every quote the view shows', async () => {
    const result = await vscode.commands.executeCommand<{ written: boolean }>('newsmark.reextractSource', workspaceFile(SEED));
    assert.equal(result?.written, true);
    const sidecar = await sidecarOnDisk(SEED);
    assert.equal(sidecar?.version, 1);
    const { annotations } = await api.store.get(workspaceFile(SEED));
    assert.deepEqual(
      (sidecar?.quotes ?? []).map((quote) => quote.id).sort(),
      annotations.quotes.map((quote) => quote.id).sort(),
    );
  });

  it('Confirm Annotation at the cursor confirms that quote in the sidecar, the tree and the editor', async () => {
    const editor = await openSeed();
    const { annotations } = await api.store.get(editor.document.uri);
    const quote = annotations.quotes.find((q) => q.kind === 'direct' && q.status === 'auto');
    assert.ok(quote, 'an auto quote to confirm');
    placeCursorIn(editor, quote);
    await vscode.commands.executeCommand('newsmark.confirmAnnotation');
    assert.equal((await sidecarItem(SEED, quote.id))?.status, 'confirmed');
    const node = await eventually(async () => (await quoteNodes(api, SEED)).find((n) => n.quote.id === quote.id && n.quote.status === 'confirmed'));
    assert.equal(api.sourcesTree.getTreeItem(node).contextValue, 'newsmark.quote.confirmed');
    const applied = await eventually(() => (api.decorations.appliedTo(editor.document.uri)?.confirmed.length ? api.decorations.appliedTo(editor.document.uri) : undefined));
    assert.ok(applied.confirmed.some((range) => range.contains(editor.document.positionAt(quote.start + 1))));
  });

  it('Reject Annotation on a tree item rejects it, and the editor strikes it through', async () => {
    const nodes = await quoteNodes(api, SEED);
    const node = nodes.find((n) => n.quote.kind === 'scare' && n.quote.status === 'auto') ?? nodes.find((n) => n.quote.status === 'auto');
    assert.ok(node, 'an auto quote in the tree');
    await vscode.commands.executeCommand('newsmark.rejectAnnotation', node);
    assert.equal((await sidecarItem(SEED, node.quote.id))?.status, 'rejected');
    const editor = await openSeed();
    const applied = await eventually(() => (api.decorations.appliedTo(editor.document.uri)?.rejected.length ? api.decorations.appliedTo(editor.document.uri) : undefined));
    assert.ok(applied.rejected.some((range) => editor.document.getText(range).includes(node.quote.text.slice(0, 10))));
  });

  it('Set Speaker… sets the speaker and role, marks the quote edited and relabels it in the tree', async () => {
    const node = (await quoteNodes(api, SEED)).find((n) => n.quote.kind === 'direct' && n.quote.status === 'auto');
    assert.ok(node);
    await vscode.commands.executeCommand('newsmark.setSpeaker', node, 'Jane Example', 'Spokeswoman');
    const item = await sidecarItem(SEED, node.quote.id);
    assert.equal(item?.speaker, 'Jane Example');
    assert.equal(item?.role, 'Spokeswoman');
    assert.equal(item?.status, 'edited');
    const relabelled = await eventually(async () => (await quoteNodes(api, SEED)).find((n) => n.quote.id === node.quote.id && n.quote.speaker === 'Jane Example'));
    assert.match(String(api.sourcesTree.getTreeItem(relabelled).label), /^Jane Example: “/);
  });

  it('Add Note… stores the note, and the quote hover shows it as plain text', async () => {
    const node = (await quoteNodes(api, SEED)).find((n) => n.quote.kind === 'direct' && n.quote.status !== 'rejected');
    assert.ok(node);
    const note = 'Checked against the *transcript* <b>ok</b>';
    await vscode.commands.executeCommand('newsmark.addNote', node, note);
    assert.equal((await sidecarItem(SEED, node.quote.id))?.note, note);
    const editor = await openSeed();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(node.quote.start + 2));
    const markdown = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(markdown, /Checked against the \\\*transcript\\\*/, 'Markdown in a note is escaped');
    assert.doesNotMatch(markdown, /<b>/, 'HTML in a note never reaches the hover as HTML');
  });

  it('Annotate Selection as Quote… adds a manual quote for exactly the selected words', async () => {
    const editor = await openSeed();
    const text = editor.document.getText();
    const { annotations } = await api.store.get(editor.document.uri);
    // a sentence outside every quote
    const sentence = /[A-Z][a-z]+ [^"“”'’.\n]{20,80}\./g;
    let match: RegExpExecArray | null;
    let span: { start: number; end: number } | undefined;
    while ((match = sentence.exec(text))) {
      const start = match.index;
      const end = start + match[0].length;
      if (!annotations.quotes.some((q) => q.start < end && start < q.end)) {
        span = { start, end };
        break;
      }
    }
    assert.ok(span, 'an unquoted sentence in the seed');
    editor.selection = new vscode.Selection(editor.document.positionAt(span.start), editor.document.positionAt(span.end));
    const id = await vscode.commands.executeCommand<string>('newsmark.annotateSelectionAsQuote', 'Jane Example', null);
    assert.ok(id, 'the command returns the new id');
    const item = await sidecarItem(SEED, id);
    assert.equal(item?.status, 'manual');
    assert.equal(item?.text, text.slice(span.start, span.end));
    assert.equal(item?.speaker, 'Jane Example');
  });

  it('Mark Selection as Figure… adds a manual figure with its value and unit', async () => {
    const editor = await openSeed('002_b879b2fa3f798cfd.txt');
    const text = editor.document.getText();
    const start = text.indexOf('30,000');
    assert.ok(start >= 0);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 6));
    const id = await vscode.commands.executeCommand<string>('newsmark.markSelectionAsFigure', 30000, 'troops');
    const item = await sidecarItem('002_b879b2fa3f798cfd.txt', id);
    assert.equal(item?.status, 'manual');
    assert.equal(item?.value, 30000);
    assert.equal(item?.unit, 'troops');
  });

  it('Edit Annotation in Sidecar opens the YAML at that item', async () => {
    const node = (await quoteNodes(api, SEED))[0];
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('newsmark.editInSidecar', node);
    assert.ok(editor);
    assert.ok(editor.document.uri.path.endsWith(`${SEED}.annotations.yaml`));
    const around = editor.document.getText(new vscode.Range(Math.max(0, editor.selection.active.line - 1), 0, editor.selection.active.line + 2, 0));
    assert.ok(around.includes(node.quote.id), `the cursor is at ${node.quote.id}: ${around}`);
  });

  it('a command changes an open sidecar as one edit that Undo takes back', async () => {
    const sidecar = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(`${SEED}.annotations.yaml`)));
    const before = sidecar.document.getText();
    const node = (await quoteNodes(api, SEED)).find((n) => n.quote.status === 'auto');
    assert.ok(node);
    await vscode.commands.executeCommand('newsmark.confirmAnnotation', node);
    assert.notEqual(sidecar.document.getText(), before);
    assert.equal(sidecar.document.isDirty, false, 'saved, since the person had no unsaved edits');
    await vscode.window.showTextDocument(sidecar.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(sidecar.document.getText(), before);
    await sidecar.document.save();
  });

  it('picks up a hand edit of the sidecar made outside VS Code', async () => {
    const uri = workspaceFile(`${SEED}.annotations.yaml`);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const node = (await quoteNodes(api, SEED)).find((n) => n.quote.status === 'auto');
    assert.ok(node);
    const itemStart = text.indexOf(node.quote.id);
    const statusAt = text.indexOf('status: auto', itemStart);
    assert.ok(itemStart >= 0 && statusAt > itemStart);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${text.slice(0, statusAt)}status: confirmed${text.slice(statusAt + 'status: auto'.length)}`));
    await eventually(async () => (await quoteNodes(api, SEED)).some((n) => n.quote.id === node.quote.id && n.quote.status === 'confirmed'), 10_000);
  });

  it('reports a broken sidecar in the Problems panel with its line, and leaves it byte for byte untouched', async () => {
    const source = '003_cbcabe5e24aa5d21.txt';
    const uri = workspaceFile(`${source}.annotations.yaml`);
    const broken = 'version: 1\nquotes:\n  - id: q1\n    text: "unterminated\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(broken));
    api.store.invalidate(workspaceFile(source));
    await api.store.get(workspaceFile(source));
    const diagnostics = await eventually(() => (vscode.languages.getDiagnostics(uri).length ? vscode.languages.getDiagnostics(uri) : undefined));
    assert.ok(diagnostics[0].range.start.line >= 2, `reported at line ${diagnostics[0].range.start.line + 1}`);
    const result = await vscode.commands.executeCommand<{ written: boolean }>('newsmark.reextractSource', workspaceFile(source));
    assert.equal(result?.written, false);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), broken);
    await vscode.workspace.fs.delete(uri);
  });

  it('Re-extract Workspace writes every source’s sidecar', async () => {
    const result = await vscode.commands.executeCommand<{ done: number; total: number; failed: string[] }>('newsmark.reextractWorkspace');
    assert.equal(result?.total, 5);
    assert.deepEqual(result?.failed, []);
    for (const seed of ['000_69048a9bb0503707.txt', '001_8a9ec97805bb31d5.txt', '002_b879b2fa3f798cfd.txt', '003_cbcabe5e24aa5d21.txt', SEED]) {
      assert.equal((await sidecarOnDisk(seed))?.version, 1, `${seed} has a sidecar`);
    }
    // what people decided earlier in this suite is still there
    const sidecar = await sidecarOnDisk(SEED);
    assert.ok(sidecar?.quotes?.some((quote) => quote.status === 'rejected'));
    assert.ok(sidecar?.quotes?.some((quote) => quote.speaker === 'Jane Example' && quote.status === 'edited'));
  });
});
