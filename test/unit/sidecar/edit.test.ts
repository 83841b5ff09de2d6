import assert from 'node:assert/strict';
import { editSidecar, loadSidecar, locateInSidecar, updateSidecar, type SidecarEdit, type SidecarModel } from '../../../src/core/sidecar';
import { analysisOf, figureAt, quoteAt, SOURCE } from './helpers';

const TEXT = 'Jane said "we will win" and "never give up" on Monday; 40 people came.';
const ANALYSIS = analysisOf({
  quotes: [quoteAt(TEXT, 'we will win', { speaker: 'Jane' }), quoteAt(TEXT, 'never give up', { speaker: 'Jane' })],
  figures: [figureAt(TEXT, '40', 40, 'people')],
  entities: [{ name: 'Jane', kind: 'person', aliases: [], role: null }],
});
const base = (): { text: string; model: SidecarModel } => {
  const r = updateSidecar(null, { ...SOURCE, text: TEXT }, ANALYSIS);
  if ('problems' in r) throw new Error('broken');
  return r;
};

function edit(existing: string | null, e: SidecarEdit): { text: string; id?: string; model: SidecarModel } {
  const r = editSidecar(existing, { ...SOURCE, text: TEXT }, ANALYSIS, e);
  if ('problems' in r) throw new Error(JSON.stringify(r.problems));
  const loaded = loadSidecar(r.text);
  assert.ok(loaded.ok, 'the edited sidecar is valid');
  return { ...r, model: loaded.sidecar };
}

describe('sidecar edits', () => {
  const { model } = base();
  const q1 = model.quotes[0].id;
  const f1 = model.figures[0].id;
  const cases: Array<[string, SidecarEdit, (m: SidecarModel) => unknown, unknown]> = [
    ['confirm', { type: 'confirm', id: q1 }, (m) => m.quotes[0].status, 'confirmed'],
    ['reject', { type: 'reject', id: f1 }, (m) => m.figures[0].status, 'rejected'],
    ['setSpeaker marks edited', { type: 'setSpeaker', id: q1, speaker: 'Bob', role: 'mayor' }, (m) => [m.quotes[0].speaker, m.quotes[0].role, m.quotes[0].status], ['Bob', 'mayor', 'edited']],
    ['setSpeaker without role keeps the role', { type: 'setSpeaker', id: q1, speaker: 'Bob' }, (m) => [m.quotes[0].speaker, m.quotes[0].role], ['Bob', null]],
    ['note', { type: 'note', id: q1, note: 'check' }, (m) => [m.quotes[0].note, m.quotes[0].status], ['check', 'auto']],
    ['tags', { type: 'tags', id: f1, tags: ['money', 'money', ' key '] }, (m) => m.figures[0].tags, ['money', 'key']],
    ['addQuote', { type: 'addQuote', start: 0, end: 4, speaker: 'Narrator' }, (m) => m.quotes.map((q) => [q.text, q.status]), [['Jane', 'manual'], ['we will win', 'auto'], ['never give up', 'auto']]],
    ['addQuote on an existing span edits it', { type: 'addQuote', start: TEXT.indexOf('we will'), end: TEXT.indexOf('we will') + 11, speaker: 'Bob' }, (m) => [m.quotes.length, m.quotes[0].speaker, m.quotes[0].status], [2, 'Bob', 'edited']],
    ['addFigure', { type: 'addFigure', start: TEXT.indexOf('Monday'), end: TEXT.indexOf('Monday') + 6, value: 1, unit: 'day' }, (m) => m.figures.map((f) => [f.text, f.value, f.unit, f.status]), [['Monday', 1, 'day', 'manual'], ['40', 40, 'people', 'auto']]],
    ['entityNote', { type: 'entityNote', name: 'Jane', note: 'the mayor', links: ['https://example.org'] }, (m) => [m.entities[0].note, m.entities[0].links], ['the mayor', ['https://example.org']]],
    ['entityNote for someone new', { type: 'entityNote', name: 'Zed', note: 'x' }, (m) => m.entities.map((e) => e.name), ['Jane', 'Zed']],
  ];
  for (const [what, e, pick, expected] of cases) {
    it(`${what} (on a written sidecar and on none)`, () => {
      assert.deepEqual(pick(edit(base().text, e).model), expected);
      assert.deepEqual(pick(edit(null, e).model), expected);
    });
  }

  it('an edit of one item is a small diff and keeps comments', () => {
    const before = base().text.replace('quotes:\n', '# mine\nquotes:\n');
    const after = edit(before, { type: 'confirm', id: q1 }).text;
    const a = before.split('\n');
    const b = after.split('\n');
    assert.equal(a.length, b.length);
    assert.deepEqual(b.filter((l, i) => l !== a[i]), ['    status: confirmed']);
  });

  it('a manual item on a setSpeaker stays manual', () => {
    const added = edit(null, { type: 'addQuote', start: 0, end: 4, speaker: null });
    const r = edit(added.text, { type: 'setSpeaker', id: added.id ?? '', speaker: 'Bob' });
    assert.deepEqual([r.model.quotes[0].status, r.model.quotes[0].speaker], ['manual', 'Bob']);
  });

  it('a second manual quote of the same words gets a fresh id', () => {
    const text = 'ab ab';
    const a = editSidecar(null, { ...SOURCE, text }, analysisOf(), { type: 'addQuote', start: 0, end: 2, speaker: null });
    assert.ok(!('problems' in a));
    const b = editSidecar(a.text, { ...SOURCE, text }, analysisOf(), { type: 'addQuote', start: 3, end: 5, speaker: null });
    assert.ok(!('problems' in b));
    assert.notEqual(a.id, b.id);
  });

  const refused: Array<[string, SidecarEdit]> = [
    ['an unknown id', { type: 'confirm', id: 'q-nothere' }],
    ['setSpeaker on a figure', { type: 'setSpeaker', id: f1, speaker: 'x' }],
    ['an empty span', { type: 'addQuote', start: 3, end: 3, speaker: null }],
    ['a span past the end', { type: 'addFigure', start: 3, end: 9999, value: null, unit: null }],
  ];
  for (const [what, e] of refused) {
    it(`refuses ${what} with a problem`, () => {
      const r = editSidecar(base().text, { ...SOURCE, text: TEXT }, ANALYSIS, e);
      assert.ok('problems' in r);
    });
  }

  it('refuses to edit a broken sidecar', () => {
    const r = editSidecar('version: 1\nsource: [', { ...SOURCE, text: TEXT }, ANALYSIS, { type: 'confirm', id: q1 });
    assert.ok('problems' in r);
  });

  it('locateInSidecar finds the line and column of an item by id (1-based)', () => {
    const text = base().text;
    const at = locateInSidecar(text, f1);
    assert.ok(at);
    const line = text.split('\n')[at.line - 1];
    assert.equal(line.slice(at.column - 1), `id: ${f1}`);
    assert.ok(locateInSidecar(text, 'Jane'));
    assert.equal(locateInSidecar(text, 'q-missing'), undefined);
    assert.equal(locateInSidecar('not: [yaml', q1), undefined);
  });
});
