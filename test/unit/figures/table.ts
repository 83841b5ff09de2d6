import assert from 'node:assert/strict';
import { extractFigures } from '../../../src/core/extract/figures';

// Shared helpers for the table-driven figure tests: each row is an input sentence and the figures expected in it,
// written as [text, value, unit, approximation?]. Offsets are checked against the input, so a row also proves that
// `text === input.slice(start, end)`.

export type Row = [input: string, expected: Array<[text: string, value: number, unit: string | null, approximation?: string]>];

/** Asserts that `input` yields exactly `expected`, in order, with consistent offsets. */
export function expectFigures(input: string, expected: Row[1]): void {
  const got = extractFigures(input);
  for (const f of got) assert.equal(input.slice(f.start, f.end), f.text, `offsets of ${JSON.stringify(f.text)}`);
  const simplify = got.map((f) => [f.text, f.value, f.unit, ...(f.approximation ? [f.approximation] : [])]);
  assert.deepEqual(simplify, expected, `figures in ${JSON.stringify(input)}`);
}

/** Runs one `it` per row; the title names the input so a failure says which sentence broke. */
export function figureTable(rows: Row[]): void {
  for (const [input, expected] of rows) {
    const title = expected.length ? `finds the figure${expected.length > 1 ? 's' : ''} in "${input}"` : `finds no figure in "${input}"`;
    it(title, () => expectFigures(input, expected));
  }
}
