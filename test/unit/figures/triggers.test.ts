import assert from 'node:assert/strict';
import { extractFigures } from '../../../src/core/extract/figures';
import { CURRENCY_SYMBOLS } from '../../../src/core/extract/figures/lexicon';

// The scan looks for currency signs with a Latin-1 class unless the text has a sign of the Currency Symbols
// block: every sign the lexicon knows must be found either way, alone in its text or beside other signs.

describe('figures: currency-sign triggers', () => {
  for (const [sign, code] of CURRENCY_SYMBOLS) {
    it(`finds ${sign}5 million as ${code}, alone and after other signs`, () => {
      const alone = extractFigures(`The bill came to ${sign}5 million.`, 'USD');
      assert.deepEqual(alone.map((f) => [f.text, f.unit, f.value]), [[`${sign}5 million`, code, 5e6]]);
      const mixed = extractFigures(`It cost $2, then £3, then ${sign}5 million and €7.`, 'USD');
      assert.ok(mixed.some((f) => f.text === `${sign}5 million` && f.unit === code), JSON.stringify(mixed));
    });
  }
});
