import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { blockStarts, MIN_BLOCK_CHARS } from '../../../src/core/blocks';
import { IncrementalAnalyzer } from '../../../src/core/incremental';
import { analyseBlock, analyseBlocks } from '../../../src/core/blockAnalysis';
import { PersonIndex } from '../../../src/core/entities/coreference';
import { collectPeople } from '../../../src/core/entities/mentions';
import { toEntities } from '../../../src/core/entities/entities';
import { extractFigures } from '../../../src/core/extract/figures';
import { findQuotedSpans } from '../../../src/core/extract/quotes';
import { segmentArticles } from '../../../src/core/extract/segments';
import { attributeQuotes } from '../../../src/core/extract/speakers';

// The incremental analyser re-analyses only the blocks an edit touched; whatever the edits, its result must be
// exactly a fresh `analyze` of the new text. The source is the seeds cycled past several blocks (names, quotes,
// figures, repeated paragraphs), edited at random with the characters that move block cuts and change meaning.

const seedsDir = path.join(process.cwd(), 'seeds');
const seedText = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(seedsDir, f), 'utf8')).join('\n\n');
const source = seedText.repeat(Math.ceil((4 * MIN_BLOCK_CHARS) / seedText.length));

const INSERTS = ['x', ' ', '\n', '\n\n', '"', '“', '”', '’', 'Healey said', ' he said.', '$5 million', 'Ottawa', 'Canada', 'Related Articles\n', 'Dr. Amara Okafor, the minister, said: "We will."\n'];

interface Edit {
  at: number; // a fraction of the text's length
  deleted: number;
  inserted: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  deleted: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 100, max: 3 * MIN_BLOCK_CHARS })),
  inserted: fc.oneof(fc.constantFrom(...INSERTS), fc.constant('')),
});

function applyEdit(text: string, { at, deleted, inserted }: Edit): string {
  const from = Math.floor(at * text.length);
  return text.slice(0, from) + inserted + text.slice(Math.min(text.length, from + deleted));
}

describe('incremental analysis', function () {
  this.timeout(60000);

  it('the source used here spans several blocks', () => {
    assert.ok(blockStarts(source).length >= 3, `${blockStarts(source).length} blocks`);
  });

  it('after random edits, equals a fresh analyze of the new text (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean(), (edits, figures) => {
        const analyzer = new IncrementalAnalyzer();
        let text = source;
        analyzer.analyze(text, { figures });
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepStrictEqual(analyzer.analyze(text, { figures }), analyze(text, { figures }));
        }
      }),
      { numRuns: 100, seed: 17 },
    );
  });

  it('analyses blocks stage by stage exactly as one by one', () => {
    const starts = blockStarts(source);
    const texts = starts.map((start, i) => source.slice(start, starts[i + 1] ?? source.length));
    for (const dollar of ['USD', null]) assert.deepStrictEqual(analyseBlocks(texts, dollar), texts.map((text) => analyseBlock(text, dollar)));
  });

  it('a document that repeats a block: each copy placed as a fresh analyze places it', () => {
    const starts = blockStarts(source);
    const text = source.slice(starts[1], starts[2]).repeat(3);
    const cuts = blockStarts(text);
    assert.equal(new Set(cuts.map((start, i) => text.slice(start, cuts[i + 1] ?? text.length))).size, 1, 'three equal blocks');
    const analyzer = new IncrementalAnalyzer();
    assert.deepStrictEqual(analyzer.analyze(text), analyze(text));
    assert.deepStrictEqual(analyzer.analyze(`${text} `), analyze(`${text} `));
  });

  it('finds articles and repeats across blocks exactly as over the whole text', () => {
    const text = applyEdit(source, { at: 0.5, deleted: 1, inserted: '\n\nRelated Articles\n' });
    assert.deepStrictEqual(analyze(text).articles, segmentArticles(text));
  });

  it('returns fresh objects: changing a result does not change the next one', () => {
    const analyzer = new IncrementalAnalyzer();
    const first = analyzer.analyze(source);
    for (const quote of first.quotes) quote.speaker = 'changed';
    for (const figure of first.figures) figure.start = -1;
    assert.deepStrictEqual(analyzer.analyze(`${source} `), analyze(`${source} `));
  });

  it('a source shorter than a block is analysed as one whole, as the stages read it', () => {
    const text = seedText.slice(0, MIN_BLOCK_CHARS - 1);
    assert.deepStrictEqual(blockStarts(text), [0]);
    const people = new PersonIndex();
    const spans = findQuotedSpans(text);
    const outer = spans.filter((s) => s.nestedIn === undefined).map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
    collectPeople(text, people, outer);
    const quotes = attributeQuotes(text, spans, people);
    assert.deepStrictEqual(analyze(text), { articles: segmentArticles(text), quotes, figures: extractFigures(text), entities: toEntities(people, quotes) });
  });

  it('never cuts where a quotation goes on: a cut line opens with no quotation mark, the one before ends with none', () => {
    const text = source.replace(/\n(?=[A-Z])/g, '\n“');
    for (const start of blockStarts(text).slice(1)) {
      assert.doesNotMatch(text.slice(start).trimStart().charAt(0), /["'“”‘’«»„]/);
      assert.doesNotMatch(text.slice(0, start).trimEnd().slice(-1), /["'“”‘’«»„]/);
    }
  });
});
