import assert from 'node:assert/strict';
import { extractFigures } from '../../../src/core/extract/figures';
import { CURRENCY_SYMBOLS } from '../../../src/core/extract/figures/lexicon';

// The scan looks for digits and the Latin-1 signs ($ £ ¥) only; a sign beyond Latin-1 (€ ₹ ₽…) is found from
// the digit after it. Every sign the lexicon knows must be found, glued to its amount or one space before it,
// alone in its text or beside other figures.

const triples = (text: string) => extractFigures(text, 'USD').map((f) => [f.text, f.unit, f.value]);

describe('figures: currency-sign triggers', () => {
  for (const [sign, code] of CURRENCY_SYMBOLS) {
    it(`finds ${sign}5 million as ${code}, glued and spaced, alone and after other signs`, () => {
      assert.deepEqual(triples(`The bill came to ${sign}5 million.`), [[`${sign}5 million`, code, 5e6]]);
      assert.deepEqual(triples(`The bill came to ${sign} 5 million.`), [[`${sign} 5 million`, code, 5e6]]);
      const mixed = extractFigures(`It cost $2, then £3, then ${sign}5 million and €7.`, 'USD');
      assert.ok(mixed.some((f) => f.text === `${sign}5 million` && f.unit === code), JSON.stringify(mixed));
    });
  }

  it('reads a sign without its amount as no money, and the number after it as it stands', () => {
    assert.deepEqual(triples('Prices in € rose, and 40 shops closed.'), [['40 shops', 'shops', 40]]);
    assert.deepEqual(triples('A €,  then 12 buses.'), [['12 buses', 'buses', 12]]);
  });

  it('reads a sign right after another figure as the start of its own', () => {
    assert.deepEqual(triples('It fell from £3 to €2 in a week.'), [['£3', 'GBP', 3], ['€2', 'EUR', 2]]);
  });
});
