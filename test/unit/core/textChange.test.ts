import * as assert from 'node:assert/strict';
import { smallestChange } from '../../../src/core/textChange';

function apply(before: string, after: string): string {
  const change = smallestChange(before, after);
  return change ? before.slice(0, change.start) + change.text + before.slice(change.end) : before;
}

describe('the smallest change between two texts', () => {
  const cases: Array<[string, string, string]> = [
    ['an insertion in the middle', 'status: auto\n', 'status: rejected\n'],
    ['an append', 'a: 1\n', 'a: 1\nb: 2\n'],
    ['a deletion at the start', '# comment\na: 1\n', 'a: 1\n'],
    ['a replacement of everything', 'abc', 'xyz'],
    ['repeated characters', 'aaaa', 'aaaaaa'],
    ['CRLF text', 'a: 1\r\nb: 2\r\n', 'a: 1\r\nc: 3\r\nb: 2\r\n'],
    ['emoji (surrogate pairs)', 'note: 😀\n', 'note: 😃\n'],
  ];
  for (const [name, before, after] of cases) {
    it(`turns one text into the other: ${name}`, () => {
      assert.equal(apply(before, after), after);
    });
  }

  it('is null when nothing changed', () => {
    assert.equal(smallestChange('same', 'same'), null);
  });

  it('touches only the changed characters', () => {
    assert.deepEqual(smallestChange('status: auto\nnote: x\n', 'status: confirmed\nnote: x\n'), { start: 8, end: 12, text: 'confirmed' });
  });
});
