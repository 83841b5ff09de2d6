import assert from 'node:assert/strict';
import fc from 'fast-check';
import { annotationsFor, editSidecar, loadSidecar, updateSidecar, writeSidecar, type SidecarEdit, type SidecarItem, type SidecarModel } from '../../../src/core/sidecar';
import { analysisOf, fakeExtract } from './helpers';

// The sidecar's properties, shared by the unit tests (a few hundred cases) and bench/sidecar-soak.mjs (10,000).

const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
const status = fc.constantFrom('auto', 'confirmed', 'edited', 'rejected', 'manual', 'orphaned' as const);
/** Strings that stress YAML: quotes, colons, hashes, leading/trailing spaces, newlines, unicode, look-alike scalars. */
const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', ' ', 'null', 'true', '~', '- x', ': y', '# z', "'q'", '"dq"', '1e5', '0x10', 'a\nb', ' lead', 'trail ', '\ttab', '…“”', 'yes', '|', '>', '&a', '*a', '!tag', '%x', '@x', '`x'),
);

const target = fc.record({ exact: nasty, prefix: nasty, suffix: nasty, start: fc.nat(100000), end: fc.nat(100000) }).map((t) => ({ ...t, end: Math.max(t.start, t.end) }));

const item = fc.record(
  {
    status,
    text: nasty,
    note: nasty,
    tags: fc.array(nasty, { minLength: 1, maxLength: 3 }),
    target,
  },
  { requiredKeys: ['status', 'text', 'target'] },
);

const quote = fc.tuple(item, fc.option(nasty), fc.option(nasty), fc.constantFrom('direct', 'scare' as const)).map(([i, speaker, role, kind]) => ({ ...i, speaker, role, kind }));
const figure = fc.tuple(item, fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })), fc.option(nasty)).map(([i, value, unit]) => ({ ...i, value: Object.is(value, -0) ? 0 : value, unit }));

export const modelArb: fc.Arbitrary<SidecarModel> = fc
  .record({
    path: nasty,
    title: fc.option(nasty),
    articles: fc.array(fc.record({ title: nasty, kind: fc.constantFrom('main', 'related', 'duplicate', 'boilerplate' as const), start: fc.nat(1000), end: fc.nat(1000) }), { maxLength: 3 }),
    quotes: fc.array(quote, { maxLength: 4 }),
    figures: fc.array(figure, { maxLength: 3 }),
    entities: fc.uniqueArray(fc.record({ name: nasty, kind: fc.constantFrom('person', 'organization', 'anonymous' as const), aliases: fc.array(nasty, { minLength: 1, maxLength: 2 }), role: fc.option(nasty), note: nasty }, { requiredKeys: ['name'] }), { maxLength: 3, selector: (e) => e.name }),
  })
  .map((r) => ({
    version: 1 as const,
    source: { path: r.path, fnv1a64: '0123456789abcdef', title: r.title },
    articles: r.articles,
    quotes: r.quotes.map((q, i) => ({ id: `q-${i.toString(16).padStart(8, '0')}`, ...q, ...(q.status === 'orphaned' ? { was: 'confirmed' as const } : {}) })),
    figures: r.figures.map((f, i) => ({ id: `f-${i.toString(16).padStart(8, '0')}`, ...f })),
    entities: r.entities,
  }));

/** load(serialize(model)) equals the model, and serializing the loaded document again changes no byte. */
export function roundTripProperty(numRuns: number): void {
  fc.assert(
    fc.property(modelArb, (model) => {
      const text = writeSidecar(null, model);
      const loaded = loadSidecar(text);
      if (!loaded.ok) throw new Error(`${JSON.stringify(loaded.problems)}\n${text}`);
      assert.deepEqual(plain(loaded.sidecar), plain(model));
      assert.equal(writeSidecar(loaded.document, loaded.sidecar), text);
    }),
    { numRuns },
  );
}

// Source texts for the anchoring properties: words from a small alphabet, the annotated quote in letters the
// edits never use, so an edit cannot create another copy of it.
const filler = fc.array(fc.constantFrom('xx', 'yyy', 'z', 'xy', '\n', 'zz.'), { minLength: 0, maxLength: 40 }).map((w) => w.join(' '));
const QUOTE = 'we will not back down';
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(6), insert: filler });

/** Random edits around (never inside) a hand-made quote keep it anchored to the same words. */
export function anchoringProperty(numRuns: number): void {
  fc.assert(
    fc.property(filler, filler, fc.array(edit, { minLength: 1, maxLength: 6 }), (before, after, edits) => {
      let text = `${before} "${QUOTE}" ${after}`;
      let start = text.indexOf(QUOTE);
      const source = { name: 'p.txt', text };
      const created = editSidecar(null, source, analysisOf(), { type: 'addQuote', start, end: start + QUOTE.length, speaker: 'Jane' });
      if ('problems' in created) throw new Error('add failed');
      let sidecar = created.text;
      for (const e of edits) {
        // an edit left or right of the quote, never overlapping it
        const left = e.at < 0.5;
        const pos = left ? Math.floor((e.at * 2) * start) : start + QUOTE.length + Math.floor(((e.at - 0.5) * 2) * (text.length - start - QUOTE.length));
        const removeTo = left ? Math.min(start, pos + e.remove) : Math.min(text.length, pos + e.remove);
        text = text.slice(0, pos) + e.insert + text.slice(removeTo);
        if (left) start += e.insert.length - (removeTo - pos);
        const next = updateSidecar(sidecar, { name: 'p.txt', text }, analysisOf());
        if ('problems' in next) throw new Error(JSON.stringify(next.problems));
        sidecar = next.text;
        const q: SidecarItem | undefined = next.model.quotes.find((x) => x.id === created.id);
        assert.ok(q, 'the quote is kept');
        assert.equal(q.status, 'manual');
        assert.equal(q.target.start, start);
        assert.equal(text.slice(q.target.start, q.target.end), QUOTE);
      }
    }),
    { numRuns },
  );
}

type Step =
  | { kind: 'source'; at: number; remove: number; insert: string }
  | { kind: 'extract' }
  | { kind: 'hand'; pick: number; action: 'confirm' | 'reject' | 'note' | 'tags' | 'speaker' | 'add'; word: string };

const words = fc.constantFrom('alpha', 'beta', '"gamma" said Jane', '"delta"', '12', '7 "eps" said Bob', '\n\n', 'zeta');
const sourceStep = fc.record({ kind: fc.constant('source' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(12), insert: fc.array(words, { maxLength: 4 }).map((w) => w.join(' ')) });
const handStep = fc.record({ kind: fc.constant('hand' as const), pick: fc.nat(50), action: fc.constantFrom('confirm', 'reject', 'note', 'tags', 'speaker', 'add' as const), word: fc.constantFrom('n1', 'n2', 'x y') });
const steps = fc.array(fc.oneof(sourceStep, fc.constant({ kind: 'extract' as const }), handStep), { minLength: 1, maxLength: 12 });

/** Random interleavings of source edits, re-extractions and hand edits lose nothing a person made. */
export function interleavingProperty(numRuns: number): void {
  fc.assert(
    fc.property(fc.array(words, { minLength: 3, maxLength: 12 }).map((w) => w.join(' ')), steps, (initial, plan: Step[]) => {
      let text = initial;
      let sidecar: string | null = null;
      /** What a person made: id → expected status, note, tags, speaker. */
      const person = new Map<string, { status: string; note?: string; tags?: string[]; speaker?: string }>();
      const update = () => {
        const r = updateSidecar(sidecar, { name: 's.txt', text }, fakeExtract(text));
        if ('problems' in r) throw new Error(JSON.stringify(r.problems));
        sidecar = r.text;
        return r.model;
      };
      let model = update();
      for (const step of plan) {
        if (step.kind === 'source') {
          const at = Math.floor(step.at * text.length);
          text = text.slice(0, at) + step.insert + text.slice(Math.min(text.length, at + step.remove));
          continue;
        }
        if (step.kind === 'extract') {
          model = update();
        } else {
          // the person picks from what the views show now (annotationsFor of the current text)
          const view = annotationsFor(sidecar, text, fakeExtract(text)).annotations;
          const items = [...view.quotes, ...view.figures];
          const edit: SidecarEdit | undefined = (() => {
            if (step.action === 'add') {
              const w = step.word === 'n1' ? 'alpha' : 'zeta';
              const i = text.indexOf(w);
              return i < 0 ? undefined : { type: 'addQuote', start: i, end: i + w.length, speaker: 'Hand' };
            }
            if (items.length === 0) return undefined;
            const it = items[step.pick % items.length];
            switch (step.action) {
              case 'confirm': return { type: 'confirm', id: it.id };
              case 'reject': return { type: 'reject', id: it.id };
              case 'note': return { type: 'note', id: it.id, note: step.word };
              case 'tags': return { type: 'tags', id: it.id, tags: [step.word] };
              case 'speaker': return view.quotes.some((q) => q.id === it.id) ? { type: 'setSpeaker', id: it.id, speaker: step.word } : undefined;
            }
            return undefined;
          })();
          if (!edit) continue;
          const r = editSidecar(sidecar, { name: 's.txt', text }, fakeExtract(text), edit);
          if ('problems' in r) throw new Error(JSON.stringify(r.problems));
          sidecar = r.text;
          const loaded = loadSidecar(sidecar);
          if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
          model = loaded.sidecar;
          // record what the person now owns, read back from the sidecar
          const id = r.id ?? '';
          const item = [...model.quotes, ...model.figures].find((x) => x.id === id);
          assert.ok(item);
          person.set(id, { status: item.status === 'orphaned' ? item.was ?? 'auto' : item.status, note: item.note, tags: item.tags, speaker: 'speaker' in item ? item.speaker ?? undefined : undefined });
        }
        // nothing a person made is lost
        for (const [id, expected] of person) {
          const item = [...model.quotes, ...model.figures].find((x) => x.id === id);
          assert.ok(item, `${id} lost`);
          const effective = item.status === 'orphaned' ? item.was ?? 'auto' : item.status;
          assert.equal(effective, expected.status, `${id} status`);
          assert.equal(item.note, expected.note, `${id} note`);
          assert.deepEqual(item.tags, expected.tags, `${id} tags`);
          if (expected.status !== 'auto' && 'speaker' in item) assert.equal(item.speaker ?? undefined, expected.speaker, `${id} speaker`);
          if (item.status !== 'orphaned') assert.equal(text.slice(item.target.start, item.target.end), item.target.exact);
        }
        // a rejected item is never brought back as auto at the same anchor
        for (const block of [model.quotes, model.figures] as const) {
          const items: SidecarItem[] = block;
          for (const r of items.filter((x) => x.status === 'rejected')) {
            assert.equal(items.filter((x) => x.status === 'auto' && x.target.start === r.target.start && x.target.end === r.target.end).length, 0);
          }
        }
      }
    }),
    { numRuns },
  );
}
