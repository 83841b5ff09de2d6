import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { findQuotedSpans } from '../../../src/core/extract/quotes';
import { bestTime, MiB, repeatTo } from '../timing';

// Pathological inputs must stay linear: one huge line (no paragraph breaks to bound the windows) and thousands of
// quotation marks that never pair. Each check compares time per unit at two sizes (best of two runs), so a slow
// machine does not fail it but an O(n²) rescan does.

const SENTENCE = 'Defense Minister Dovile Sakaliene said "we will act" as the talks went on, and Healey told allies it was a "well-developed" plan. ';

const line = (chars: number) => repeatTo(SENTENCE, chars);

describe('linearity on pathological input', function () {
  this.timeout(60000);

  it('pairs the quotation marks of a 20 MiB single line in linear time', () => {
    const small = line(2 * MiB);
    const big = line(20 * MiB);
    const perSmall = bestTime(() => findQuotedSpans(small)) / 2;
    const perBig = bestTime(() => findQuotedSpans(big)) / 20;
    assert.ok(findQuotedSpans(big).length > 100000);
    assert.ok(perBig < 3 * perSmall + 5, `${perBig.toFixed(1)} ms/MiB at 20 MiB vs ${perSmall.toFixed(1)} at 2 MiB`);
  });

  it('analyses a single line without paragraph breaks in linear time', () => {
    const small = line(MiB / 2);
    const big = line(4 * MiB);
    const perSmall = bestTime(() => analyze(small, { figures: false })) / 0.5;
    const perBig = bestTime(() => analyze(big, { figures: false })) / 4;
    assert.ok(perBig < 3 * perSmall + 20, `${perBig.toFixed(0)} ms/MiB at 4 MiB vs ${perSmall.toFixed(0)} at 0.5 MiB`);
  });

  it('stays linear with 10,000 and 40,000 quotation marks that never pair', () => {
    const marks = (n: number) => 'He said " and then '.repeat(n);
    const few = marks(10000);
    const many = marks(40000);
    const perFew = bestTime(() => analyze(few, { figures: false })) / 10000;
    const perMany = bestTime(() => analyze(many, { figures: false })) / 40000;
    assert.ok(perMany < 3 * perFew + 0.01, `${(perMany * 1000).toFixed(1)} µs per mark at 40,000 vs ${(perFew * 1000).toFixed(1)} at 10,000`);
    assert.deepEqual(analyze(few, { figures: false }).quotes.filter((q) => q.kind === 'direct' && q.text.length > 200), []);
  });
});
