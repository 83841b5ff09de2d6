import assert from 'node:assert/strict';
import { extractFigures } from '../../../src/core/extract/figures';
import { bestTime, MiB, repeatTo } from '../timing';

// The figure scan must stay linear whatever the text looks like: one 20 MiB line, a 10,000-digit number, 100,000
// dollar signs, and other shapes that would make a backtracking pattern or a rescanning loop quadratic. Time per
// MiB is compared at two sizes (best of two runs), so a slow machine passes but an O(n²) scan does not.

const SENTENCE = 'Ukraine said 84 drones and $1.24 billion, about 3.5% more, came in two waves on March 3, 2025 (F-16). ';

/** Asserts that `make(n)` is scanned in time proportional to n (ratio of per-unit times below 3, plus slack). */
function assertLinear(make: (n: number) => string, small: number, big: number): void {
  const a = make(small);
  const b = make(big);
  const perSmall = bestTime(() => extractFigures(a)) / small;
  const perBig = bestTime(() => extractFigures(b)) / big;
  assert.ok(perBig < 3 * perSmall + 2e-6 * 1000, `${(perBig * 1e6).toFixed(2)} vs ${(perSmall * 1e6).toFixed(2)} ms per million units`);
}

describe('figures: linear time on pathological input', function () {
  this.timeout(120000);

  it('scans a 20 MiB single line of figures in linear time', () => {
    const big = repeatTo(SENTENCE, 20 * MiB);
    const small = repeatTo(SENTENCE, 2 * MiB);
    const perSmall = bestTime(() => extractFigures(small)) / 2;
    const t0 = performance.now();
    const figures = extractFigures(big);
    const perBig = (performance.now() - t0) / 20;
    assert.ok(figures.length > 500000);
    assert.ok(perBig < 3 * perSmall + 5, `${perBig.toFixed(1)} ms/MiB at 20 MiB vs ${perSmall.toFixed(1)} at 2 MiB`);
  });

  it('reads no figure in 10,000 digits in a row, quickly', () => {
    const t0 = performance.now();
    assert.deepEqual(extractFigures('9'.repeat(10000)), []);
    assert.ok(performance.now() - t0 < 1000);
    assertLinear((n) => '7'.repeat(n), 100000, 1000000);
  });

  it('reads no figure in 100,000 dollar signs, in linear time', () => {
    assert.deepEqual(extractFigures('$'.repeat(100000)), []);
    assertLinear((n) => '$'.repeat(n), 100000, 1000000);
  });

  it('stays linear on digit, word and separator soups that defeat backtracking figure patterns', () => {
    assertLinear((n) => '1,'.repeat(n), 50000, 500000);
    assertLinear((n) => '1-'.repeat(n), 50000, 500000);
    assertLinear((n) => 'a1'.repeat(n), 50000, 500000);
    assertLinear((n) => '1.'.repeat(n), 50000, 500000);
    assertLinear((n) => 'one two '.repeat(n), 20000, 200000);
    assertLinear((n) => 'hundreds of '.repeat(n), 20000, 200000);
    assertLinear((n) => '$1 '.repeat(n), 20000, 200000);
    assertLinear((n) => 'x'.repeat(n), 500000, 5000000);
  });
});
