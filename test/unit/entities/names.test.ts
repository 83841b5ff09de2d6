import assert from 'node:assert/strict';
import { readNamePhrase, tokenize } from '../../../src/core/entities/names';

const words = (text: string) => tokenize(text, 0, text.length).map((t) => t.text);

describe('names: tokens', () => {
  const cases: Array<[string, string, string[]]> = [
    ['keeps abbreviations whole', 'Mr. Smith of the U.S. Army', ['Mr.', 'Smith', 'of', 'the', 'U.S.', 'Army']],
    ['splits possessives off', "Trump's plan", ['Trump', "'s", 'plan']],
    ['keeps dotted names whole', 'e.GO and JAZZ.FM91 said', ['e.GO', 'and', 'JAZZ.FM91', 'said']],
    ['keeps an initial in a name', 'John F. Kennedy said', ['John', 'F.', 'Kennedy', 'said']],
    ['ends a sentence at a capital before a quotation', 'wrote on X. "Such', ['wrote', 'on', 'X', '.', 'Such']],
    ['keeps hyphens and apostrophes inside words', "O'Brien's well-developed plan", ["O'Brien", "'s", 'well-developed', 'plan']],
    ['keeps a decimal whole: its point is no full stop', 'reached $1.2 billion, or 3.5 per cent. Then', ['reached', '1.2', 'billion', ',', 'or', '3.5', 'per', 'cent', '.', 'Then']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(words(text), expected));

  const capitals: Array<[string, boolean]> = [
    ['al-Shabaab', true],
    ['el-Sisi', true],
    ['al-powered', false],
    ['also', false],
  ];
  for (const [word, cap] of capitals) it(`${cap ? 'marks' : 'does not mark'} ${word} as capitalised (an Arabic article before a name)`, () => assert.equal(tokenize(word, 0, word.length)[0].cap, cap));

  it('lowercases only when needed and marks capitals and punctuation', () => {
    const [a, b, c] = tokenize('said Healey,', 0, 12);
    assert.equal(a.lower, 'said');
    assert.equal(b.lower, 'healey');
    assert.ok(b.cap && !a.cap);
    assert.ok(c.punct);
  });
});

describe('names: a run read as a speaker', () => {
  const read = (text: string) => {
    const tokens = tokenize(text, 0, text.length);
    return readNamePhrase(text, tokens, 0, tokens.length, null);
  };
  const cases: Array<[string, string, { name: string; role: string | null; kind: string } | null]> = [
    ['splits a glued title from the name', 'Lithuanian Defense Minister Dovile Sakaliene', { name: 'Dovile Sakaliene', role: 'Lithuanian Defense Minister', kind: 'person' }],
    ['keeps an honorific out of the name', 'Dr. Sarah Lee', { name: 'Sarah Lee', role: null, kind: 'person' }],
    ['reads an organisation', 'Canadian Pacific Railway Police', { name: 'Canadian Pacific Railway Police', role: null, kind: 'organization' }],
    ['a known first name makes a person of an organisation-like surname', 'Christopher House', { name: 'Christopher House', role: null, kind: 'person' }],
    ['a role with a complement before the name', 'Ambassador to NATO Matthew Whitaker', { name: 'Matthew Whitaker', role: 'Ambassador to NATO', kind: 'person' }],
    ['a bare role is a description', 'minister', { name: 'minister', role: null, kind: 'description' }],
    ['"and" inside a body\'s name', 'Fisheries and Oceans Canada', { name: 'Fisheries and Oceans Canada', role: null, kind: 'organization' }],
    ['two people joined by "and" stay apart', 'Tore Sohlberg and Lehla Abreder', { name: 'Tore Sohlberg', role: null, kind: 'person' }],
  ];
  it('reads "and" inside a body named with "the"', () => {
    const text = 'the Securities and Exchange Commission';
    const tokens = tokenize(text, 0, text.length);
    const phrase = readNamePhrase(text, tokens, 1, tokens.length, tokens[0]);
    assert.deepEqual(phrase && { name: phrase.name, kind: phrase.kind }, { name: 'the Securities and Exchange Commission', kind: 'organization' });
  });
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const phrase = read(text);
      assert.deepEqual(phrase && { name: phrase.name, role: phrase.role, kind: phrase.kind }, expected);
    });
  }
});
