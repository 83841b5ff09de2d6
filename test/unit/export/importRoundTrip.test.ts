import assert from 'node:assert/strict';
import {
  anchorIn,
  applyImport,
  exportAnnotations,
  importAnnotations,
  importBrat,
  importFormatFor,
  importW3c,
  segmentsInCommon,
  type ExportSource,
  type ImportedAnnotation,
} from '../../../src/core/export';
import { EMPTY_ANALYSIS, recordingSidecar, handMade, seedSources } from './fixtures';

/** What an import must carry over from an exported item. */
function expectedImports(source: ExportSource): ImportedAnnotation[] {
  const { quotes, figures } = source.annotations;
  return [
    ...quotes.filter((q) => q.status !== 'rejected').map((q) => ({ type: 'quote' as const, start: q.start, end: q.end, exact: q.text, kind: q.kind, speaker: q.speaker, note: q.note, tags: q.tags })),
    ...figures.filter((f) => f.status !== 'rejected').map((f) => ({ type: 'figure' as const, start: f.start, end: f.end, exact: f.text, value: f.value, unit: f.unit, note: f.note, tags: f.tags })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
}

function comparable(items: readonly ImportedAnnotation[]) {
  return items
    .map(({ type, start, end, exact, kind, speaker, note, tags, value, unit }) => ({ type, start, end, exact, kind, speaker, note, tags, value, unit }))
    .sort((a, b) => a.start! - b.start! || a.end! - b.end!);
}

/** Imports `items` into a source with no annotations of its own, and returns the source as the sidecar then shows it. */
function reimported(source: ExportSource, items: readonly ImportedAnnotation[]): ExportSource {
  const sidecar = recordingSidecar();
  const result = applyImport(null, { name: source.path, text: source.text }, EMPTY_ANALYSIS, items, sidecar);
  assert.equal(result.notFound, 0, result.messages.join('\n'));
  assert.equal(result.failed, 0, result.messages.join('\n'));
  const { annotations } = sidecar.annotationsFor(result.sidecar, source.text, EMPTY_ANALYSIS);
  return { ...source, annotations: { ...source.annotations, quotes: annotations.quotes, figures: annotations.figures } };
}

/** An export's content without what an import cannot keep (ids, statuses, roles). */
function stableW3c(content: string) {
  const collection = JSON.parse(content);
  return collection.first.items.map((a: Record<string, unknown>) => ({
    target: a.target,
    body: a.body,
    value: a['newsmark:value'],
    unit: a['newsmark:unit'],
  }));
}

/**
 * A brat .ann with its T ids resolved to the entities they name: quote and figure entities with their notes and
 * attributes. (Speaker entities are left out: which mention names a speaker is the analysis's business, and
 * an import keeps the speaker's name, compared on its own.)
 */
function stableBrat(ann: string): string[] {
  const lines = ann.split('\n').filter(Boolean).map((line) => line.split('\t'));
  const names = new Map<string, string>();
  for (const [id, head, text] of lines) if (id.startsWith('T')) names.set(id, `${head.replace('ScareQuote', 'Quote')} ${text}`);
  const out: string[] = [];
  for (const [id, head, text] of lines) {
    const [kind, target, ...rest] = head.split(' ');
    if (id.startsWith('T') && kind !== 'Speaker') out.push(names.get(id)!);
    else if (id.startsWith('A')) out.push(`${kind} ${rest.join(' ')} on ${names.get(target)}`);
    else if (id.startsWith('#') && !names.get(target)!.startsWith('Speaker')) out.push(`note ${text} on ${names.get(target)}`);
  }
  return out.sort();
}

describe('import: W3C', () => {
  it('imports what the W3C export wrote: spans, speakers, notes, tags, values and units', () => {
    const source = handMade();
    const parsed = importW3c(exportAnnotations([source], 'w3c'), { source: source.path, text: source.text });
    assert.deepEqual(parsed.warnings, []);
    assert.deepEqual(comparable(parsed.items), comparable(expectedImports(source)));
    for (const item of parsed.items) assert.ok(item.prefix !== undefined && item.suffix !== undefined);
  });

  it('imports only the annotations of the source named, whatever the base URI', () => {
    const [a, b] = seedSources();
    const content = exportAnnotations([a, b], 'w3c', { baseUri: 'https://example.org/corpus/' });
    const onlyB = importW3c(content, { source: `/home/me/${b.path}`, text: b.text });
    assert.equal(onlyB.items.length, b.annotations.quotes.length + b.annotations.figures.length);
    assert.equal(segmentsInCommon('https://example.org/corpus/seeds/x%20y.txt', '/home/me/seeds/x y.txt'), 2);
    assert.equal(segmentsInCommon('a/x.txt', 'b/y.txt'), 0);
    const none = importW3c(content, { source: 'other.txt' });
    assert.equal(none.items.length, 0);
    assert.equal(none.warnings.length, 1);
  });

  it('imports a single Annotation, a page or a bare array; reports what it cannot read', () => {
    const annotation = { type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', purpose: 'commenting', value: 'hm' }, target: { source: 'x.txt', selector: { type: 'TextQuoteSelector', exact: 'cut' } } };
    assert.deepEqual(importW3c(JSON.stringify(annotation)).items, [{ type: 'quote', exact: 'cut', kind: 'direct', speaker: null, note: 'hm' }]);
    assert.equal(importW3c(JSON.stringify({ type: 'AnnotationPage', items: [annotation] })).items.length, 1);
    assert.equal(importW3c(JSON.stringify([annotation, annotation])).items.length, 2);
    assert.match(importW3c('{').warnings[0], /not JSON/);
    assert.match(importW3c('{"type":"Other"}').warnings[0], /not a W3C/);
    const noSelector = importW3c(JSON.stringify({ ...annotation, target: 'x.txt' }));
    assert.equal(noSelector.items.length, 0);
    assert.match(noSelector.warnings[0], /TextQuoteSelector/);
  });

  it('export → import → export is stable for W3C on the seeds', () => {
    for (const source of seedSources()) {
      const first = exportAnnotations([source], 'w3c');
      const items = importAnnotations(first, 'w3c', { source: source.path, text: source.text }).items;
      assert.deepEqual(comparable(items), comparable(expectedImports(source)), source.path);
      const second = exportAnnotations([reimported(source, items)], 'w3c');
      assert.deepEqual(stableW3c(second), stableW3c(first), source.path);
    }
  });
});

describe('import: brat', () => {
  it('imports what the brat export wrote, with the .txt it was made on', () => {
    const source = handMade();
    const files = exportAnnotations([source], 'brat');
    const ann = files.find((f) => f.path.endsWith('.ann'))!.content;
    const txt = files.find((f) => f.path.endsWith('.txt'))!.content;
    const parsed = importBrat(ann, { text: txt });
    assert.deepEqual(parsed.warnings, []);
    assert.deepEqual(comparable(parsed.items), comparable(expectedImports(source)));
  });

  it('imports a brat .ann without its .txt: fragments joined by a space, matched ignoring whitespace', () => {
    const source = handMade();
    const ann = exportAnnotations([source], 'brat').find((f) => f.path.endsWith('.ann'))!.content;
    const parsed = importBrat(ann);
    const quote = parsed.items.find((i) => i.exact.startsWith('We will'))!;
    assert.equal(quote.exact, 'We will cut =SUM(A1) taxes by half,');
    const span = anchorIn(source.text, quote)!;
    assert.equal(span.method, 'whitespace');
    assert.equal(source.text.slice(span.start, span.end), source.annotations.quotes[0].text);
  });

  it('imports hand-written brat: SaidBy speakers, SpeakerName, notes, tags; ignores other types', () => {
    const text = 'Ann Lee said "go now" and "stay".';
    const ann = [
      'T1\tQuote 14 20\tgo now',
      'T2\tSpeaker 0 7\tAnn Lee',
      'R1\tSaidBy Arg1:T1 Arg2:T2',
      'T3\tScareQuote 27 31\tstay',
      'A1\tSpeakerName T3 Bob_Smith',
      'A2\tTag T3 odd',
      '#1\tAnnotatorNotes T1\tfirst words',
      'T4\tPerson 0 3\tAnn',
      'E1\tSay:T1',
      'T5\tQuote x y\tbroken',
      '',
    ].join('\n');
    const parsed = importBrat(ann, { text });
    assert.deepEqual(comparable(parsed.items), [
      { type: 'quote', start: 14, end: 20, exact: 'go now', kind: 'direct', speaker: 'Ann Lee', note: 'first words', tags: undefined, value: undefined, unit: undefined },
      { type: 'quote', start: 27, end: 31, exact: 'stay', kind: 'scare', speaker: 'Bob Smith', note: undefined, tags: ['odd'], value: undefined, unit: undefined },
    ]);
    assert.equal(parsed.warnings.length, 1);
    assert.equal(importFormatFor('x/y.ann'), 'brat');
    assert.equal(importFormatFor('y.jsonld'), 'w3c');
    assert.equal(importFormatFor('y.yaml'), undefined);
  });

  it('export → import → export is stable for brat on the seeds', () => {
    for (const source of seedSources()) {
      const [txt, first] = exportAnnotations([source], 'brat');
      const items = importAnnotations(first.content, 'brat', { text: txt.content }).items;
      const imported = comparable(items).map(({ kind: _k, ...rest }) => rest);
      const expected = comparable(expectedImports(source)).map(({ kind: _k, ...rest }) => rest);
      // brat can name a speaker only through a mention or an attribute: compare speakers separately
      assert.deepEqual(imported.map(({ speaker: _s, ...rest }) => rest), expected.map(({ speaker: _s, ...rest }) => rest), source.path);
      assert.deepEqual(imported.map((i) => i.speaker ?? null), expected.map((i) => i.speaker ?? null), `${source.path} speakers`);
      const second = exportAnnotations([reimported(source, items)], 'brat')[1];
      assert.deepEqual(stableBrat(second.content), stableBrat(first.content), source.path);
      const speakers = (ann: string) => comparable(importBrat(ann, { text: txt.content }).items).map((i) => i.speaker ?? null);
      assert.deepEqual(speakers(second.content), speakers(first.content), `${source.path}: speakers survive the round trip`);
    }
  });
});

describe('import: anchoring and applying', () => {
  const text = 'Alpha beta gamma. Alpha beta gamma again.\nA long sentence about the budget deficit.';

  it('import anchors at the old offsets, the best other copy, ignoring whitespace, fuzzily, or not at all', () => {
    assert.deepEqual(anchorIn(text, { exact: 'beta', start: 24 }), { start: 24, end: 28, method: 'exact-position' });
    const moved = anchorIn(`xx${text}`, { exact: 'beta', start: 24 });
    assert.deepEqual(moved, { start: 26, end: 30, method: 'exact' });
    const byContext = anchorIn(text, { exact: 'Alpha beta', prefix: 'gamma. ' });
    assert.deepEqual(byContext, { start: 18, end: 28, method: 'exact' });
    assert.equal(anchorIn(text, { exact: 'gamma  again.\nA' })?.method, 'whitespace');
    const fuzzy = anchorIn(text, { exact: 'the budgit deficit' });
    assert.equal(fuzzy?.method, 'fuzzy');
    assert.equal(anchorIn(text, { exact: 'nothing like this here at all' }), undefined);
    assert.equal(anchorIn(text, { exact: '' }), undefined);
  });

  it('import adds manual items with notes and tags, skips spans already annotated, counts what it cannot find', () => {
    const sidecar = recordingSidecar();
    const source = { name: 'x.txt', text };
    const first = applyImport(null, source, EMPTY_ANALYSIS, [
      { type: 'quote', exact: 'beta gamma', start: 6, speaker: 'Ann', note: 'n', tags: ['t'] },
      { type: 'figure', exact: 'budget', value: 3, unit: 'GBP' },
      { type: 'quote', exact: 'missing words entirely absent' },
    ], sidecar);
    assert.deepEqual([first.added, first.skipped, first.notFound, first.failed], [2, 0, 1, 0]);
    assert.deepEqual(sidecar.edits.map((e) => e.type), ['addQuote', 'note', 'tags', 'addFigure']);
    const { annotations } = sidecar.annotationsFor(first.sidecar, text, EMPTY_ANALYSIS);
    assert.deepEqual(annotations.quotes.map((q) => [q.text, q.speaker, q.status, q.note, q.tags]), [['beta gamma', 'Ann', 'manual', 'n', ['t']]]);
    assert.deepEqual(annotations.figures.map((f) => [f.text, f.value, f.unit]), [['budget', 3, 'GBP']]);

    // again, with a different speaker: the span is annotated, so nothing is overwritten
    const second = applyImport(first.sidecar, source, EMPTY_ANALYSIS, [{ type: 'quote', exact: 'beta gamma', start: 6, speaker: 'Someone Else' }, { type: 'figure', exact: 'budget' }], sidecar);
    assert.deepEqual([second.added, second.skipped, second.notFound], [0, 2, 0]);
    assert.equal(second.sidecar, first.sidecar);
  });

  it('import skips items the analysis already found (the sidecar shows them as auto)', () => {
    const [source] = seedSources();
    const items = importW3c(exportAnnotations([source], 'w3c'), { text: source.text }).items;
    const analysis = { articles: source.annotations.articles, quotes: source.annotations.quotes, figures: source.annotations.figures.map((f) => ({ ...f, value: f.value ?? 0 })), entities: [] };
    const result = applyImport(null, { name: source.path, text: source.text }, analysis, items, recordingSidecar());
    assert.deepEqual([result.added, result.skipped, result.notFound], [0, items.length, 0]);
    assert.equal(result.sidecar, null);
  });
});
