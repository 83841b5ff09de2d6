import assert from 'node:assert/strict';
import { classifyQuoteMark } from '../../../src/core/extract/quoteMarks';

/** The mark at the first `^` of the pattern (the caret is removed). */
function classify(pattern: string) {
  const at = pattern.indexOf('^');
  const text = pattern.slice(0, at) + pattern.slice(at + 1);
  const mark = classifyQuoteMark(text, at);
  return mark && { family: mark.family, canOpen: mark.canOpen, canClose: mark.canClose, possessive: mark.possessive };
}

describe('quotation marks: what a mark can do where it stands', () => {
  const cases: Array<[string, string, ReturnType<typeof classify>]> = [
    ['an apostrophe inside a word is no mark', "don^'t", null],
    ['a possessive apostrophe is no mark', 'Ukraine^’s allies', null],
    ['an elided decade is no mark', 'in the ^’90s', null],
    ['an elided decade after a hyphen is no mark', 'mid-^’80s', null],
    ['a straight double mark before words opens', 'said ^"we', { family: 'double', canOpen: true, canClose: false, possessive: false }],
    ['a straight double mark after words closes', 'win^" today', { family: 'double', canOpen: false, canClose: true, possessive: false }],
    ['a curly opening mark glued on both sides still opens', 'said^“Hello', { family: 'double', canOpen: true, canClose: false, possessive: false }],
    ['a plural possessive may also close', 'the partners^’ plans', { family: 'single', canOpen: false, canClose: true, possessive: true }],
    ['a closing mark after punctuation closes', 'win.^” He', { family: 'double', canOpen: false, canClose: true, possessive: false }],
    ['a guillemet opens', 'dit ^« nous', { family: 'double', canOpen: true, canClose: false, possessive: false }],
    ['a mark alone between spaces: only its glyph decides', 'a ^" b', null],
  ];
  for (const [name, pattern, expected] of cases) it(name, () => assert.deepEqual(classify(pattern), expected));
});
