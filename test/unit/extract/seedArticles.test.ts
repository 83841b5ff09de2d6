import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { segmentArticles } from '../../../src/core/extract/segments';
import type { Article } from '../../../src/core/model';

// The five seeds' articles against their hand annotations (test/fixtures/seeds/articles): every non-blank
// line has the kind of segment the annotator gave it ("related|boilerplate" where either reading is fair),
// headlines are the titles, and each duplicate names the article of the passage it repeats. Disagreements are
// listed in the failure message, line by line.

interface AnnotatedLines {
  /** 1-based, inclusive: the annotation covers the non-blank lines from `from` to `to`. */
  from: number;
  to: number;
  /** The kinds accepted, separated by `|`. */
  kind: string;
  /** The title of the article the range's first line belongs to. */
  title?: string;
  /** For a duplicate: a line of the earlier passage its first line repeats. */
  of?: number;
}

const root = process.cwd();
const seedsDir = path.join(root, 'seeds');
const fixturesDir = path.join(root, 'test', 'fixtures', 'seeds', 'articles');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

function load(seed: string): { text: string; lines: string[]; annotations: AnnotatedLines[] } {
  const text = readFileSync(path.join(seedsDir, seed), 'utf8');
  const fixture = JSON.parse(readFileSync(path.join(fixturesDir, seed.replace(/\.txt$/, '.json')), 'utf8')) as { lines: AnnotatedLines[] };
  return { text, lines: text.split('\n'), annotations: fixture.lines };
}

/** The start offset of each line (0-based index). */
function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}

/** The index of the article holding the first non-space character of line `n` (1-based). */
function articleOfLine(articles: readonly Article[], lines: readonly string[], starts: readonly number[], n: number): number {
  const at = starts[n - 1] + (lines[n - 1].length - lines[n - 1].trimStart().length);
  return articles.findIndex((a) => a.start <= at && at < a.end);
}

describe('seed fixtures: articles (hand annotations)', () => {
  it('annotates every non-blank line of every seed exactly once', () => {
    for (const seed of seeds) {
      const { lines, annotations } = load(seed);
      const covered = new Array<number>(lines.length + 1).fill(0);
      for (const a of annotations) for (let n = a.from; n <= a.to; n++) covered[n]++;
      lines.forEach((line, i) => {
        if (line.trim()) assert.equal(covered[i + 1], 1, `${seed} line ${i + 1}: annotated ${covered[i + 1]} times`);
        else assert.ok(covered[i + 1] <= 1, `${seed} line ${i + 1}: annotated twice`);
      });
    }
  });

  const totals = { lines: 0, agreed: 0 };
  const disagreements: string[] = [];
  for (const seed of seeds) {
    it(`segments ${seed} into the annotated articles`, () => {
      const { text, lines, annotations } = load(seed);
      const articles = segmentArticles(text);
      const starts = lineStarts(lines);
      for (const a of annotations) {
        const accepted = a.kind.split('|');
        for (let n = a.from; n <= a.to; n++) {
          if (!lines[n - 1].trim()) continue;
          const found = articleOfLine(articles, lines, starts, n);
          assert.ok(found >= 0, `${seed} line ${n} is in no article`);
          totals.lines++;
          if (accepted.includes(articles[found].kind)) totals.agreed++;
          else disagreements.push(`${seed} line ${n}: ${articles[found].kind} ≠ ${a.kind} ${JSON.stringify(lines[n - 1].trim().slice(0, 50))}`);
        }
        const first = articles[articleOfLine(articles, lines, starts, a.from)];
        if (a.title !== undefined) assert.equal(first.title, a.title, `${seed} line ${a.from}: title`);
        if (a.of !== undefined) {
          assert.equal(first.kind, 'duplicate', `${seed} line ${a.from}: a duplicate`);
          assert.equal(first.duplicateOf, articleOfLine(articles, lines, starts, a.of), `${seed} line ${a.from}: repeats the article of line ${a.of}`);
        }
      }
    });
  }

  it('agrees with the annotator on the kind of nearly every line (≥ 98 %)', function () {
    if (totals.lines === 0) this.skip();
    const agreement = totals.agreed / totals.lines;
    assert.ok(agreement >= 0.98, `${(100 * agreement).toFixed(1)} % of ${totals.lines} lines\n${disagreements.join('\n')}`);
    // the figure a change moves, printed so a regression (or an improvement) shows
    console.log(`      articles: ${totals.agreed} of ${totals.lines} lines as annotated${disagreements.length ? `; ${disagreements.join('; ')}` : ''}`);
  });
});
