import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Figure } from '../../../src/core/model';
import { extractFigures } from '../../../src/core/extract/figures';

// The five seeds against their hand annotations (test/fixtures/seeds/figures). A match is overlap of at least half
// of the longer span; precision and recall must stay high and matched values exact. Misses and false alarms are
// listed in the failure message.

interface FixtureFigure {
  text: string;
  start: number;
  end: number;
  value: number;
  unit: string | null;
}

const root = process.cwd();
const seedsDir = path.join(root, 'seeds');
const fixturesDir = path.join(root, 'test', 'fixtures', 'seeds', 'figures');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function matches(g: FixtureFigure, s: Figure): boolean {
  return overlap(g, s) >= 0.5 * Math.max(g.end - g.start, s.end - s.start);
}

describe('figures: seed articles against hand annotations', () => {
  let gold = 0;
  let system = 0;
  let found = 0;
  let valueRight = 0;
  let unitRight = 0;
  const notes: string[] = [];

  for (const seed of seeds) {
    const name = seed.replace(/\.txt$/, '');
    it(`finds the annotated figures of ${name}`, () => {
      const text = readFileSync(path.join(seedsDir, seed), 'utf8');
      const fixture = JSON.parse(readFileSync(path.join(fixturesDir, `${name}.json`), 'utf8')) as FixtureFigure[];
      for (const g of fixture) assert.equal(text.slice(g.start, g.end), g.text, `fixture offsets of ${JSON.stringify(g.text)}`);
      const got = extractFigures(text);
      for (const f of got) assert.equal(text.slice(f.start, f.end), f.text);
      for (let i = 1; i < got.length; i++) assert.ok(got[i - 1].end <= got[i].start, 'figures are sorted and do not overlap');
      gold += fixture.length;
      system += got.length;
      const used = new Set<number>();
      for (const g of fixture) {
        const k = got.findIndex((s, i) => !used.has(i) && matches(g, s));
        if (k < 0) {
          notes.push(`${name}: missed ${JSON.stringify(g.text)}`);
          continue;
        }
        used.add(k);
        found++;
        if (got[k].value === g.value) valueRight++;
        else notes.push(`${name}: ${JSON.stringify(got[k].text)} value ${got[k].value} ≠ ${g.value}`);
        if (got[k].unit === g.unit) unitRight++;
        else notes.push(`${name}: ${JSON.stringify(got[k].text)} unit ${got[k].unit} ≠ ${g.unit}`);
      }
      got.forEach((s, i) => {
        if (!used.has(i)) notes.push(`${name}: spurious figure ${JSON.stringify(s.text)}`);
      });
    });
  }

  it('keeps figure precision and recall at 95% or more on the seeds, with exact values', () => {
    const P = (100 * found) / Math.max(1, system);
    const R = (100 * found) / Math.max(1, gold);
    assert.ok(gold > 30, 'fixtures were read');
    assert.ok(P >= 95 && R >= 95, `P ${P.toFixed(1)} R ${R.toFixed(1)}\n${notes.join('\n')}`);
    assert.equal(valueRight, found, notes.join('\n'));
    assert.ok(unitRight >= 0.95 * found, notes.join('\n'));
  });
});
