import assert from 'node:assert/strict';
import { figureMatches, parseAnnotationFilter, quoteMatches } from '../../../src/core/annotationFilter';
import type { FigureAnnotation, QuoteAnnotation } from '../../../src/core/annotations';

const quote = (over: Partial<QuoteAnnotation>): QuoteAnnotation => ({
  id: 'q1',
  start: 0,
  end: 10,
  text: 'We will not back down',
  speaker: 'Dovilė Šakalienė',
  role: 'Defence Minister',
  kind: 'direct',
  statement: 0,
  status: 'auto',
  ...over,
});
const figure: FigureAnnotation = { id: 'f1', start: 0, end: 5, text: '£1 billion', value: 1e9, unit: 'GBP', status: 'confirmed' };

describe('the tree filter', () => {
  it('is undefined for an empty query', () => {
    assert.equal(parseAnnotationFilter('   '), undefined);
  });

  const cases: Array<[string, Partial<QuoteAnnotation>, boolean]> = [
    ['back down', {}, true],
    ['BACK', {}, true],
    ['retreat', {}, false],
    ['speaker:sakaliene', {}, true],
    ['speaker:"dovile sakaliene"', {}, true],
    ['by:healey', {}, false],
    ['status:auto', {}, true],
    ['status:confirmed', {}, false],
    ['status:confirmed status:auto', {}, true],
    ['kind:scare', {}, false],
    ['kind:scare', { kind: 'scare', speaker: null }, true],
    ['minister', {}, true],
    ['status:rejected down', { status: 'rejected' }, true],
    ['"not back"', {}, true],
    ['"back not"', {}, false],
  ];
  for (const [query, over, expected] of cases) {
    it(`${expected ? 'keeps' : 'drops'} the quote for ${query}`, () => {
      const filter = parseAnnotationFilter(query);
      assert.ok(filter);
      assert.equal(quoteMatches(quote(over), filter), expected);
    });
  }

  it('reports the terms it does not understand', () => {
    assert.deepEqual(parseAnnotationFilter('status:maybe kind:weird')?.ignored, ['status:maybe', 'kind:weird']);
  });

  it('matches figures on text, unit and status but never on a speaker', () => {
    assert.equal(figureMatches(figure, parseAnnotationFilter('gbp')!), true);
    assert.equal(figureMatches(figure, parseAnnotationFilter('kind:figure status:confirmed')!), true);
    assert.equal(figureMatches(figure, parseAnnotationFilter('kind:direct')!), false);
    assert.equal(figureMatches(figure, parseAnnotationFilter('speaker:healey')!), false);
  });
});
