import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { applyImport, exportAnnotations, importAnnotations, type ExportSource } from '../../../src/core/export';
import { annotationsFor, editSidecar } from '../../../src/core/sidecar';
import { EMPTY_ANALYSIS, seedSources } from './fixtures';

const sidecar = { annotationsFor, editSidecar };

function exportedItems(content: string) {
  return JSON.parse(content).first.items.map((a: { target: unknown; body: unknown; 'newsmark:value'?: unknown; 'newsmark:unit'?: unknown }) => ({ target: a.target, body: a.body, value: a['newsmark:value'], unit: a['newsmark:unit'] }));
}

describe('import into a real sidecar (src/core/sidecar)', () => {
  it('import of a W3C export adds every item as manual to a source the analysis finds nothing in, and exports the same again', () => {
    for (const source of seedSources().slice(0, 3)) {
      const first = exportAnnotations([source], 'w3c');
      const { items } = importAnnotations(first, 'w3c', { source: source.path, text: source.text });
      const result = applyImport(null, { name: source.path, text: source.text }, EMPTY_ANALYSIS, items, sidecar);
      assert.deepEqual([result.added, result.notFound, result.failed], [items.length, 0, 0], result.messages.join('\n'));
      const merged = annotationsFor(result.sidecar, source.text, EMPTY_ANALYSIS);
      assert.deepEqual(merged.problems, []);
      assert.ok([...merged.annotations.quotes, ...merged.annotations.figures].every((i) => i.status === 'manual'));
      const again: ExportSource = { ...source, annotations: merged.annotations };
      const second = exportAnnotations([again], 'w3c');
      const strip = (xs: Array<{ body: Array<{ purpose: string }> }>) => xs.map((x) => ({ ...x, body: x.body.filter((b) => b.purpose !== 'classifying') }));
      assert.deepEqual(strip(exportedItems(second)), strip(exportedItems(first)), source.path);
    }
  });

  it('import of a brat export into the sidecar of the same analysis skips everything (already annotated)', () => {
    const [source] = seedSources();
    const [txt, ann] = exportAnnotations([source], 'brat');
    const { items } = importAnnotations(ann.content, 'brat', { text: txt.content });
    const result = applyImport(null, { name: source.path, text: source.text }, analyze(source.text), items, sidecar);
    assert.deepEqual([result.added, result.skipped, result.notFound, result.failed], [0, items.length, 0, 0]);
    assert.equal(result.sidecar, null, 'nothing to write');
  });

  it('import never overwrites: a second import of the same file adds nothing', () => {
    const [source] = seedSources();
    const { items } = importAnnotations(exportAnnotations([source], 'w3c'), 'w3c', { text: source.text });
    const once = applyImport(null, { name: source.path, text: source.text }, EMPTY_ANALYSIS, items.slice(0, 5), sidecar);
    assert.equal(once.added, 5);
    const twice = applyImport(once.sidecar, { name: source.path, text: source.text }, EMPTY_ANALYSIS, items.slice(0, 5), sidecar);
    assert.deepEqual([twice.added, twice.skipped], [0, 5]);
    assert.equal(twice.sidecar, once.sidecar);
  });

  it('import fills in what an annotated span lacks — a note, tags, a speaker — and keeps what it has', () => {
    const [source] = seedSources();
    const analysis = analyze(source.text);
    const base = annotationsFor(null, source.text, analysis).annotations;
    const scare = base.quotes.find((q) => q.speaker === null)!;
    const said = base.quotes.find((q) => q.speaker !== null)!;
    const noted = editSidecar(null, { name: source.path, text: source.text }, analysis, { type: 'note', id: said.id, note: 'mine' });
    assert.ok('text' in noted);
    const items = [
      { type: 'quote' as const, exact: scare.text, start: scare.start, speaker: 'Somebody', note: 'theirs', tags: ['x'] },
      { type: 'quote' as const, exact: said.text, start: said.start, speaker: 'Somebody Else', note: 'not mine' },
    ];
    const result = applyImport(noted.text, { name: source.path, text: source.text }, analysis, items, sidecar);
    assert.deepEqual([result.added, result.updated, result.skipped, result.failed], [0, 1, 1, 0], result.messages.join('\n'));
    const after = annotationsFor(result.sidecar, source.text, analysis).annotations;
    const filled = after.quotes.find((q) => q.start === scare.start && q.end === scare.end)!;
    assert.deepEqual([filled.speaker, filled.note, filled.tags], ['Somebody', 'theirs', ['x']]);
    const kept = after.quotes.find((q) => q.id === said.id)!;
    assert.deepEqual([kept.speaker, kept.note], [said.speaker, 'mine'], 'what was there is never overwritten');
  });
});
