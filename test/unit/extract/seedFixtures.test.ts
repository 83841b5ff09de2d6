import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/analyze';

// The five seeds against their hand annotations (test/fixtures/seeds/quotes): every annotated quotation must be
// found with its exact offsets, and kinds and speakers must agree with the annotator on nearly all of them.
// Disagreements are listed in the failure message, so a regression (or an improvement) shows quote by quote.

interface FixtureQuote {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'scare';
  speaker: string | null;
}

const root = process.cwd();
const seedsDir = path.join(root, 'seeds');
const fixturesDir = path.join(root, 'test', 'fixtures', 'seeds', 'quotes');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

/** Same person: equal names, or the same surname with compatible first names ("Trump" ~ "Donald Trump"). */
function samePerson(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const norm = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/^(?:the|a|an) /, '').split(/\s+/);
  const x = norm(a);
  const y = norm(b);
  return x[x.length - 1] === y[y.length - 1] && (x.length === 1 || y.length === 1 || x[0] === y[0]);
}

describe('seed fixtures (hand annotations)', () => {
  it('has a fixture for every seed, with offsets that match the seed text', () => {
    for (const seed of seeds) {
      const text = readFileSync(path.join(seedsDir, seed), 'utf8');
      const fixture = JSON.parse(readFileSync(path.join(fixturesDir, seed.replace(/\.txt$/, '.json')), 'utf8')) as { quotes: FixtureQuote[] };
      assert.ok(fixture.quotes.length > 0, seed);
      for (const q of fixture.quotes) assert.equal(text.slice(q.start, q.end), q.text, `${seed} ${q.start}`);
    }
  });

  const totals = { quotes: 0, kinds: 0, direct: 0, speakers: 0 };
  const disagreements: string[] = [];
  for (const seed of seeds) {
    it(`finds every annotated quotation of ${seed}`, () => {
      const text = readFileSync(path.join(seedsDir, seed), 'utf8');
      const fixture = JSON.parse(readFileSync(path.join(fixturesDir, seed.replace(/\.txt$/, '.json')), 'utf8')) as { quotes: FixtureQuote[] };
      const quotes = analyze(text, { figures: false }).quotes;
      for (const expected of fixture.quotes) {
        const found = quotes.find((q) => q.start === expected.start && q.end === expected.end);
        assert.ok(found, `${seed}: no quotation at ${expected.start}-${expected.end} ${JSON.stringify(expected.text.slice(0, 60))}`);
        totals.quotes++;
        if (found.kind === expected.kind) totals.kinds++;
        else disagreements.push(`${seed} ${expected.start}: kind ${found.kind} ≠ ${expected.kind} ${JSON.stringify(expected.text.slice(0, 40))}`);
        if (expected.kind === 'direct') {
          totals.direct++;
          if (found.kind === 'direct' && samePerson(found.speaker, expected.speaker)) totals.speakers++;
          else disagreements.push(`${seed} ${expected.start}: speaker ${JSON.stringify(found.speaker)} ≠ ${JSON.stringify(expected.speaker)}`);
        }
      }
      // nothing the annotator left out: every quotation found is annotated
      for (const q of quotes) assert.ok(fixture.quotes.some((e) => e.start === q.start && e.end === q.end), `${seed}: unannotated quotation ${JSON.stringify(q.text.slice(0, 60))}`);
    });
  }

  it('agrees with the annotator on kinds (≥ 90 %) and on the speakers of direct quotes (≥ 88 %)', function () {
    if (totals.quotes === 0) this.skip();
    const kinds = totals.kinds / totals.quotes;
    const speakers = totals.speakers / totals.direct;
    console.log(`      quotes: kinds ${totals.kinds} of ${totals.quotes}, speakers ${totals.speakers} of ${totals.direct} as annotated${disagreements.length ? `; ${disagreements.join('; ')}` : ''}`);
    assert.ok(kinds >= 0.9, `kinds ${(100 * kinds).toFixed(1)} %\n${disagreements.join('\n')}`);
    assert.ok(speakers >= 0.88, `speakers ${(100 * speakers).toFixed(1)} %\n${disagreements.join('\n')}`);
  });
});
