import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/text/lineIndex';

describe('LineIndex', () => {
  const cases: Array<[string, string, number, { line: number; column: number }]> = [
    ['the start of a text', 'ab\ncd', 0, { line: 0, column: 0 }],
    ['after a LF', 'ab\ncd', 4, { line: 1, column: 1 }],
    ['after a CRLF', 'ab\r\ncd', 5, { line: 1, column: 1 }],
    ['after a lone CR', 'ab\rcd', 3, { line: 1, column: 0 }],
    ['past the end (clamped)', 'ab', 99, { line: 0, column: 2 }],
    ['a BOM counts as a character', '\uFEFFab', 2, { line: 0, column: 2 }],
  ];
  for (const [name, text, offset, expected] of cases) {
    it(`maps an offset to line and column: ${name}`, () => {
      assert.deepEqual(new LineIndex(text).positionAt(offset), expected);
    });
  }

  it('maps every offset back to itself', () => {
    const text = 'one\r\ntwo\nthree\rfour';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const position = index.positionAt(offset);
      // offsets inside a CRLF pair map to the end of the line's content
      const back = index.offsetAt(position);
      assert.ok(back === offset || (text[offset - 1] === '\r' && text[offset] === '\n'), `offset ${offset}`);
    }
  });

  it('clamps a column past the end of a line to the line break', () => {
    assert.equal(new LineIndex('ab\r\ncd').offsetAt({ line: 0, column: 10 }), 2);
  });
});
