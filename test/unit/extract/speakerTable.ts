import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

/** One invented case: what the speaker of `quote` in `source` must be (null: no guess). */
export type Case = [name: string, source: string, quote: string, speaker: string | null];

export function speakerOf(source: string, words: string): string | null {
  const quote = analyze(source).quotes.find((q) => q.text === words);
  assert.ok(quote, `no quote "${words}" in ${JSON.stringify(analyze(source).quotes.map((q) => q.text))}`);
  return quote.speaker;
}

/** A mocha suite of cases, one test each. */
export function table(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const [name, source, quote, speaker] of cases) {
      it(name, () => assert.equal(speakerOf(source, quote), speaker));
    }
  });
}

/** The kinds the analysis gives each quotation of `source`, in order. */
export function kindsOf(source: string): string[] {
  return analyze(source).quotes.map((q) => q.kind);
}
