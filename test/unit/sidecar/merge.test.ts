import assert from 'node:assert/strict';
import { annotationsFor, loadSidecar, updateSidecar, type SidecarModel } from '../../../src/core/sidecar';
import type { Analysis } from '../../../src/core/model';
import { analysisOf, figureAt, quoteAt, SOURCE } from './helpers';

function write(text: string, analysis: Analysis, existing: string | null = null): { text: string; model: SidecarModel } {
  const result = updateSidecar(existing, { ...SOURCE, text }, analysis);
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result;
}

const TEXT = 'Jane said "we will win" and "never give up" on Monday; 40 people and 12 cars were there.';
const ANALYSIS = analysisOf({
  quotes: [quoteAt(TEXT, 'we will win', { speaker: 'Jane', statement: 0 }), quoteAt(TEXT, 'never give up', { speaker: 'Jane', statement: 1 })],
  figures: [figureAt(TEXT, '40', 40, 'people'), figureAt(TEXT, '12', 12, 'cars')],
  entities: [{ name: 'Jane', kind: 'person', aliases: [], role: null }],
});

describe('sidecar merge', () => {
  it('writes a new sidecar with every item auto, ordered by position', () => {
    const { model, text } = write(TEXT, ANALYSIS);
    assert.deepEqual(model.quotes.map((q) => [q.text, q.status]), [['we will win', 'auto'], ['never give up', 'auto']]);
    assert.deepEqual(model.figures.map((f) => [f.text, f.value, f.unit]), [['40', 40, 'people'], ['12', 12, 'cars']]);
    assert.match(text, /^version: 1$/m);
    assert.doesNotMatch(text, /\{|\[/, 'no flow style');
  });

  it('writing an unchanged model changes no byte', () => {
    const first = write(TEXT, ANALYSIS).text;
    const withComment = first.replace('quotes:\n', '# my comment\nquotes:   # inline\n\n');
    assert.equal(write(TEXT, ANALYSIS, withComment).text, withComment);
    assert.equal(write(TEXT, ANALYSIS, first).text, first);
  });

  it('ids come from the text, not offsets: inserting a paragraph above keeps them', () => {
    const before = write(TEXT, ANALYSIS).model;
    const text2 = 'A new first paragraph.\n\n' + TEXT;
    const a2 = analysisOf({ quotes: [quoteAt(text2, 'we will win'), quoteAt(text2, 'never give up')], figures: [figureAt(text2, '40', 40), figureAt(text2, '12', 12)] });
    const fresh = write(text2, a2).model; // no sidecar at all: same ids
    assert.deepEqual(fresh.quotes.map((q) => q.id), before.quotes.map((q) => q.id));
    assert.deepEqual(fresh.figures.map((q) => q.id), before.figures.map((q) => q.id));
  });

  it('repeated text gets -2, -3 … ids in order', () => {
    const text = '"yes" and "yes" and "yes"';
    const a = analysisOf({ quotes: [quoteAt(text, 'yes'), quoteAt(text, 'yes', {}, 3), quoteAt(text, 'yes', {}, 12)] });
    const ids = write(text, a).model.quotes.map((q) => q.id);
    assert.match(ids[0], /^q-[0-9a-f]{8}$/);
    assert.deepEqual(ids.slice(1), [`${ids[0]}-2`, `${ids[0]}-3`]);
  });

  const rules: Array<[string, (s: string) => string, (m: SidecarModel) => void]> = [
    ['refreshes auto items (speaker, role)', (s) => s, (m) => assert.equal(m.quotes[0].speaker, 'Joan')],
    ['keeps a confirmed speaker', (s) => s.replace('status: auto', 'status: confirmed'), (m) => assert.deepEqual([m.quotes[0].status, m.quotes[0].speaker], ['confirmed', 'Jane'])],
    ['keeps an edited speaker', (s) => s.replace('status: auto', 'status: edited').replace('speaker: Jane', 'speaker: Someone'), (m) => assert.equal(m.quotes[0].speaker, 'Someone')],
    ['keeps a rejected item and adds no auto item in its place', (s) => s.replace('status: auto', 'status: rejected'), (m) => {
      assert.equal(m.quotes.filter((q) => q.text === 'we will win').length, 1);
      assert.equal(m.quotes[0].status, 'rejected');
    }],
    ['keeps a note on an auto item, refreshing its data', (s) => s.replace('    status: auto\n', '    status: auto\n    note: check this\n'), (m) => assert.deepEqual([m.quotes[0].note, m.quotes[0].speaker], ['check this', 'Joan'])],
  ];
  for (const [what, handEdit, check] of rules) {
    it(`re-extraction ${what}`, () => {
      const sidecar = handEdit(write(TEXT, ANALYSIS).text);
      const a2 = { ...ANALYSIS, quotes: [{ ...ANALYSIS.quotes[0], speaker: 'Joan' }, ANALYSIS.quotes[1]] };
      check(write(TEXT, a2, sidecar).model);
    });
  }

  it('removes auto items the extractor no longer finds but keeps every item a person touched', () => {
    let sidecar = write(TEXT, ANALYSIS).text;
    sidecar = sidecar.replace(/(id: q-[0-9a-f]+\n    status: )auto/, '$1confirmed'); // first quote
    sidecar = sidecar.replace(/(id: f-[0-9a-f]+\n    status: )auto/, '$1rejected'); // first figure
    const { model } = write(TEXT, analysisOf(), sidecar);
    assert.deepEqual(model.quotes.map((q) => q.text), ['we will win']);
    assert.deepEqual(model.figures.map((f) => [f.text, f.status]), [['40', 'rejected']]);
  });

  it('adds new auto items between hand-made ones, in position order', () => {
    const sidecar = write(TEXT, analysisOf({ quotes: [ANALYSIS.quotes[1]] })).text.replace('status: auto', 'status: confirmed');
    const { model } = write(TEXT, ANALYSIS, sidecar);
    assert.deepEqual(model.quotes.map((q) => [q.text, q.status]), [['we will win', 'auto'], ['never give up', 'confirmed']]);
  });

  it('refreshes figure value and unit of auto figures only', () => {
    const sidecar = write(TEXT, ANALYSIS).text.replace(/(id: f-[0-9a-f]+\n    status: )auto/, '$1confirmed');
    const a2 = { ...ANALYSIS, figures: [figureAt(TEXT, '40', 41, 'folk'), figureAt(TEXT, '12', 13, 'vans')] };
    const { model } = write(TEXT, a2, sidecar);
    assert.deepEqual(model.figures.map((f) => [f.value, f.unit, f.status]), [[40, 'people', 'confirmed'], [13, 'vans', 'auto']]);
  });

  it('keeps entity notes and links, also for people no longer found', () => {
    const sidecar = write(TEXT, ANALYSIS).text.replace('  - name: Jane\n', '  - name: Jane\n    note: the mayor\n    links:\n      - https://example.org/jane\n');
    const { model } = write(TEXT, analysisOf({ entities: [{ name: 'Bob', kind: 'person', aliases: ['Bobby'], role: 'clerk' }] }), sidecar);
    assert.deepEqual(model.entities.map((e) => [e.name, e.note, e.links]), [['Bob', undefined, undefined], ['Jane', 'the mayor', ['https://example.org/jane']]]);
  });

  it('keeps comments, blank lines and the key order a person wrote', () => {
    let sidecar = write(TEXT, ANALYSIS).text;
    sidecar = sidecar.replace('version: 1\n', '# top comment\nversion: 1 # the version\n\n');
    sidecar = sidecar.replace(/    status: auto\n    text: we will win\n/, '    text: we will win\n    # why I confirmed\n    status: confirmed\n');
    const next = write(TEXT, analysisOf({ quotes: [quoteAt(TEXT, 'we will win')], figures: ANALYSIS.figures }), sidecar).text;
    for (const kept of ['# top comment\n', 'version: 1 # the version\n\n', '    text: we will win\n    # why I confirmed\n    status: confirmed\n']) assert.ok(next.includes(kept), kept);
  });

  it('a one-annotation change is a small diff', () => {
    const first = write(TEXT, ANALYSIS).text;
    const next = write(TEXT, { ...ANALYSIS, quotes: [{ ...ANALYSIS.quotes[0], role: 'mayor' }, ANALYSIS.quotes[1]] }, first).text;
    const a = first.split('\n');
    const b = next.split('\n');
    assert.equal(b.length, a.length);
    assert.deepEqual(b.filter((line, i) => line !== a[i]), ['    role: mayor']);
  });

  it('orphans a hand-made item whose text is gone and restores it when the text comes back', () => {
    const sidecar = write(TEXT, ANALYSIS).text.replace('status: auto', 'status: confirmed');
    const gone = TEXT.replace('we will win', 'something different entirely');
    const orphaned = write(gone, analysisOf(), sidecar);
    assert.deepEqual([orphaned.model.quotes[0].status, orphaned.model.quotes[0].was], ['orphaned', 'confirmed']);
    assert.ok(loadSidecar(orphaned.text).ok);
    const views = annotationsFor(orphaned.text, gone, analysisOf());
    assert.equal(views.annotations.quotes[0].status, 'orphaned');
    const back = write('Prefix. ' + TEXT, analysisOf(), orphaned.text);
    assert.deepEqual([back.model.quotes[0].status, back.model.quotes[0].was], ['confirmed', undefined]);
    assert.equal(back.model.quotes[0].target.start, 'Prefix. '.length + TEXT.indexOf('we will win'));
  });

  it('re-anchors fuzzily after a small change inside a hand-made quote', () => {
    const sidecar = write(TEXT, ANALYSIS).text.replace('status: auto', 'status: confirmed');
    const changed = TEXT.replace('we will win', 'we shall win');
    const { model } = write(changed, analysisOf(), sidecar);
    const q = model.quotes[0];
    assert.equal(q.status, 'confirmed');
    assert.equal(q.text, 'we will win', 'the person’s text is kept');
    assert.equal(changed.slice(q.target.start, q.target.end), q.target.exact);
    assert.match(q.target.exact, /we shall win/);
  });

  it('annotationsFor without a sidecar shows the ids updateSidecar writes', () => {
    const written = write(TEXT, ANALYSIS).model;
    const { annotations, problems } = annotationsFor(null, TEXT, ANALYSIS);
    assert.deepEqual(problems, []);
    assert.deepEqual(annotations.quotes.map((q) => q.id), written.quotes.map((q) => q.id));
    assert.deepEqual(annotations.figures.map((q) => q.id), written.figures.map((q) => q.id));
    assert.equal(annotations.quotes[0].speaker, 'Jane');
  });

  it('annotationsFor with a broken sidecar gives its problems and the analysis', () => {
    const { annotations, problems } = annotationsFor('version: [', TEXT, ANALYSIS);
    assert.ok(problems.length > 0);
    assert.equal(annotations.quotes.length, 2);
  });

  it('a rejected item keeps suppressing the auto item when the extractor moves a boundary a little', () => {
    const sidecar = write(TEXT, ANALYSIS).text.replace('status: auto', 'status: rejected');
    const start = TEXT.indexOf('we will win');
    const moved = { ...ANALYSIS, quotes: [{ ...ANALYSIS.quotes[0], start, end: start + 'we will'.length + 4, text: 'we will win' }, ANALYSIS.quotes[1]] };
    const wider = { ...moved, quotes: [{ ...moved.quotes[0], start: start - 1, end: start + 12, text: '"we will win"' }, ANALYSIS.quotes[1]] };
    const { model } = write(TEXT, wider, sidecar);
    assert.deepEqual(model.quotes.map((q) => q.status), ['rejected', 'auto']);
  });

  it('two hand-made items on copies of the same words never collapse onto one copy', () => {
    const text = 'First "same words here" and then "same words here" again.';
    const a = analysisOf({ quotes: [quoteAt(text, 'same words here'), quoteAt(text, 'same words here', {}, 10)] });
    const sidecar = write(text, a).text.replaceAll('status: auto', 'status: confirmed');
    const changed = text.replace('First "same', 'First "some'); // the first copy changed
    const { model } = write(changed, analysisOf(), sidecar);
    const spans = model.quotes.filter((q) => q.status !== 'orphaned').map((q) => `${q.target.start}:${q.target.end}`);
    assert.equal(new Set(spans).size, spans.length);
    assert.equal(model.quotes.length, 2);
  });

  it('removes an orphaned auto item but keeps an orphaned auto item with a note', () => {
    const sidecar = write(TEXT, ANALYSIS).text.replace(/(id: q-[0-9a-f]+\n    status: auto\n)/, '$1    note: keep me\n');
    const gone = 'Nothing left of it.';
    const { model } = write(gone, analysisOf(), sidecar);
    assert.deepEqual(model.quotes.map((q) => [q.status, q.was, q.note]), [['orphaned', 'auto', 'keep me']]);
    assert.deepEqual(model.figures, []);
  });

  it('annotationsFor numbers statements from the sidecar and keeps the speaker mention of auto quotes', () => {
    const text = '"We will," said Jane, "build it." Then "nothing" happened.';
    const mention = { start: text.indexOf('Jane'), end: text.indexOf('Jane') + 4 };
    const a = analysisOf({
      quotes: [quoteAt(text, 'We will,', { speaker: 'Jane', statement: 7, speakerMention: mention }), quoteAt(text, 'build it.', { speaker: 'Jane', statement: 7 }), quoteAt(text, 'nothing', { kind: 'scare', statement: 9 })],
    });
    const written = write(text, a);
    assert.equal(written.model.quotes[1].statement, written.model.quotes[0].id);
    assert.equal(written.model.quotes[2].statement, undefined);
    const { annotations } = annotationsFor(written.text, text, a);
    assert.deepEqual(annotations.quotes.map((q) => q.statement), [0, 0, 1]);
    assert.deepEqual(annotations.quotes[0].speakerMention, mention);
  });
});
