import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { editSidecar, loadSidecar, updateSidecar } from '../../../src/core/sidecar';

// Anchoring with the real extractor and edits anywhere, inside quotes too (properties.ts keeps its edits outside
// the quote and uses a stand-in extractor): after any run of edits and re-extractions, every item a person
// confirmed, noted or added is still in the sidecar — anchored to its words, or orphaned with its old status.

const TEXT = readFileSync(path.join('seeds', '001_8a9ec97805bb31d5.txt'), 'utf8');
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(40), insert: fc.constantFrom('', 'x', ' the ', '"', '\n\n', 'said Jane Doe. ', '£12 million ', '“Yes,” ') });

function humanMadeSidecar(): { sidecar: string; ids: string[] } {
  const made = updateSidecar(null, { name: 'a.txt', text: TEXT }, analyze(TEXT));
  if ('problems' in made) throw new Error('seed sidecar invalid');
  let sidecar = made.text;
  const ids: string[] = [];
  const apply = (change: Parameters<typeof editSidecar>[3]) => {
    const next = editSidecar(sidecar, { name: 'a.txt', text: TEXT }, analyze(TEXT), change);
    if ('problems' in next) throw new Error(next.problems[0].message);
    sidecar = next.text;
    return next.id;
  };
  const { quotes, figures } = made.model;
  for (const quote of quotes.slice(0, 6)) {
    apply({ type: 'confirm', id: quote.id });
    ids.push(quote.id);
  }
  for (const figure of figures.slice(0, 3)) {
    apply({ type: 'note', id: figure.id, note: 'checked' });
    ids.push(figure.id);
  }
  const start = TEXT.indexOf('military chiefs');
  const added = apply({ type: 'addQuote', start, end: start + 'military chiefs'.length, speaker: 'Someone' });
  if (added) ids.push(added);
  return { sidecar, ids };
}

describe('anchoring with the real extractor under random edits (fast-check)', function () {
  this.timeout(60000);
  const { sidecar: initial, ids } = humanMadeSidecar();

  it('keeps every confirmed, noted and added item: anchored to its words, or orphaned with its status', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        let text = TEXT;
        let sidecar = initial;
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          const next = updateSidecar(sidecar, { name: 'a.txt', text }, analyze(text));
          if ('problems' in next) throw new Error(next.problems[0].message);
          sidecar = next.text;
        }
        const loaded = loadSidecar(sidecar);
        assert.ok(loaded.ok);
        const items = [...loaded.sidecar.quotes, ...loaded.sidecar.figures];
        for (const id of ids) {
          const item = items.find((x) => x.id === id);
          assert.ok(item, `${id} is kept`);
          if (item.status === 'orphaned') assert.ok(item.was, `orphan ${id} remembers its status`);
          else assert.equal(text.slice(item.target.start, item.target.end), item.target.exact, `${id} points at its words`);
        }
      }),
      { numRuns: 25, seed: 3 },
    );
  });
});
