import * as assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import * as vscode from 'vscode';
import type { ExportResult } from '../../src/extension/exportCommands';
import type { SourceImport } from '../../src/extension/importCommand';
import { activateNewsmark, workspaceFile } from './helpers';

// Export and import through the real commands in the extension host, checked on the files they write.

const SEED = '000_69048a9bb0503707.txt';
const decoder = new TextDecoder('utf-8');

async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

async function openSeed(): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(SEED)));
}

describe('Newsmark export and import', function () {
  this.timeout(60000);
  const out = workspaceFile('exchange-out');
  const copy = workspaceFile('exchange/copy-of-000.txt');

  before(async () => {
    await activateNewsmark();
    await vscode.commands.executeCommand('newsmark.reextractWorkspace');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const folder of [out, workspaceFile('exchange')]) await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
  });

  it('exports the workspace as CSV that a CSV parser reads back, a row per quote and figure, rejected ones left out', async () => {
    const api = await activateNewsmark();
    const { annotations } = await api.store.get(workspaceFile(SEED));
    const rejected = annotations.quotes.find((q) => q.kind === 'direct' && q.status === 'auto');
    assert.ok(rejected);
    const editor = await openSeed();
    editor.selection = new vscode.Selection(editor.document.positionAt(rejected.start + 1), editor.document.positionAt(rejected.start + 1));
    await vscode.commands.executeCommand('newsmark.rejectAnnotation');

    const destination = vscode.Uri.joinPath(out, 'all.csv');
    const result = await vscode.commands.executeCommand<ExportResult>('newsmark.exportAnnotations', { format: 'csv', scope: 'workspace', destination, bom: true });
    assert.equal(result.sources, 5);
    const bytes = await vscode.workspace.fs.readFile(destination);
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'starts with a UTF-8 BOM when asked');
    const rows = parseCsv(decoder.decode(bytes.slice(3)), { columns: true }) as Array<Record<string, string>>;
    assert.equal(rows.length, result.items);
    assert.deepEqual(new Set(rows.map((row) => row.source)).size, 5);
    const seedRows = rows.filter((row) => row.source === SEED);
    const text = await readText(workspaceFile(SEED));
    for (const row of seedRows) assert.equal(text.slice(Number(row.start), Number(row.end)), row.text, `offsets of “${row.text}”`);
    assert.ok(!seedRows.some((row) => Number(row.start) === rejected.start && row.kind === 'direct'), 'the rejected quote is not exported');
    const speakers = new Set(seedRows.filter((row) => row.kind === 'direct').map((row) => row.speaker));
    assert.ok(speakers.size >= 2, `several speakers in ${SEED}: ${[...speakers].join(', ')}`);
    assert.ok(seedRows.some((row) => row.kind === 'figure' && row.value !== '' && row.unit !== ''), 'figures with value and unit');
  });

  it('exports the active source as a W3C Web Annotation collection whose selectors select the text', async () => {
    const editor = await openSeed();
    // a person's own annotation, which no extraction would find again
    const headline = editor.document.lineAt(editor.document.positionAt(0).line + 1).range;
    editor.selection = new vscode.Selection(headline.start, headline.end);
    assert.ok(await vscode.commands.executeCommand<string>('newsmark.annotateSelectionAsQuote', 'Headline Writer', null));
    const destination = vscode.Uri.joinPath(out, 'active.jsonld');
    const result = await vscode.commands.executeCommand<ExportResult>('newsmark.exportAnnotations', { format: 'w3c', scope: 'active', destination, includeRejected: true });
    assert.equal(result.sources, 1);
    const collection = JSON.parse(await readText(destination));
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    const annotations = collection.first.items as Array<{ type: string; target: { source: string; selector: Array<Record<string, unknown>> } }>;
    assert.equal(annotations.length, result.items);
    const text = await readText(workspaceFile(SEED));
    for (const annotation of annotations) {
      assert.equal(annotation.type, 'Annotation');
      assert.equal(annotation.target.source, SEED);
      const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector');
      assert.ok(quote && position);
      // W3C positions count code points; the seeds are all in the Basic Multilingual Plane
      assert.equal(text.slice(position.start as number, position.end as number), quote.exact);
    }
  });

  it('exports brat standoff files whose offsets match the copied text', async () => {
    await openSeed();
    const folder = vscode.Uri.joinPath(out, 'brat');
    const result = await vscode.commands.executeCommand<ExportResult>('newsmark.exportAnnotations', { format: 'brat', scope: 'active', destination: folder });
    const names = result.files.map((uri) => uri.path.slice(folder.path.length + 1)).sort();
    assert.ok(names.includes('annotation.conf'));
    const ann = await readText(vscode.Uri.joinPath(folder, names.find((n) => n.endsWith('.ann'))!));
    const txt = await readText(vscode.Uri.joinPath(folder, names.find((n) => n.endsWith('.txt'))!));
    const entities = ann.split('\n').filter((line) => line.startsWith('T'));
    assert.ok(entities.length > 5);
    for (const line of entities) {
      const [, typeAndSpans, covered] = line.split('\t');
      const fragments = typeAndSpans.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.equal(fragments.map(([start, end]) => txt.slice(start, end)).join(' '), covered, line);
    }
    assert.ok(ann.split('\n').some((line) => /^R\d+\t\S+ Arg1:T\d+ Arg2:T\d+$/.test(line)), 'relations from quotes to speakers');
  });

  it('imports a W3C collection into a changed copy of the source as manual items, once', async () => {
    const w3c = vscode.Uri.joinPath(out, 'active.jsonld');
    const original = await readText(workspaceFile(SEED));
    // the copy has a new first paragraph, so every offset in the export is off by its length
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(`Editor's note: this copy adds a paragraph.\n\n${original}`));
    const [first] = await vscode.commands.executeCommand<SourceImport[]>('newsmark.importAnnotations', { file: w3c, into: copy });
    assert.equal(first.written, true, first.reason);
    assert.ok(first.result.added >= 1, 'the manual quote is added');
    const exported = JSON.parse(await readText(w3c)).first.items.length as number;
    // where the machine already found the same span, the import fills in what is missing instead of adding
    assert.equal(first.result.added + first.result.updated + first.result.skipped, exported);
    assert.equal(first.result.notFound, 0);

    const sidecar = await readText(copy.with({ path: `${copy.path}.annotations.yaml` }));
    const api = await activateNewsmark();
    const { annotations, text, problems } = await api.store.get(copy);
    assert.deepEqual(problems, []);
    for (const item of [...annotations.quotes, ...annotations.figures]) assert.equal(text.slice(item.start, item.end), item.text);
    const headline = annotations.quotes.find((q) => q.speaker === 'Headline Writer');
    assert.equal(headline?.status, 'manual');
    assert.equal(headline.start, original.split('\n')[0].length + 1 + "Editor's note: this copy adds a paragraph.\n\n".length, 'anchored where the headline now is');

    const [again] = await vscode.commands.executeCommand<SourceImport[]>('newsmark.importAnnotations', { file: w3c, into: copy });
    assert.equal(again.result.added, 0, 'importing twice adds nothing');
    assert.equal(await readText(copy.with({ path: `${copy.path}.annotations.yaml` })), sidecar, 'and changes no byte');
  });

  it('imports a brat export back into the source it names, finding everything already there', async () => {
    const folder = vscode.Uri.joinPath(out, 'brat');
    const [ann] = (await vscode.workspace.fs.readDirectory(folder)).filter(([name]) => name.endsWith('.ann'));
    assert.ok(ann, 'the brat test exported a .ann');
    const sidecarBefore = await readText(workspaceFile(`${SEED}.annotations.yaml`));
    const outcomes = await vscode.commands.executeCommand<SourceImport[]>('newsmark.importAnnotations', { file: vscode.Uri.joinPath(folder, ann[0]) });
    assert.deepEqual(outcomes.map((o) => vscode.workspace.asRelativePath(o.source, false)), [SEED], 'matched by the .ann file name');
    assert.equal(outcomes[0].result.added, 0);
    assert.equal(outcomes[0].result.notFound, 0);
    assert.equal(await readText(workspaceFile(`${SEED}.annotations.yaml`)), sidecarBefore, 'nothing changed');
  });
});
