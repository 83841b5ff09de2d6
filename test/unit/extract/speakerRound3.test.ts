import * as assert from 'node:assert/strict';
import { table } from './speakerTable';
import { firstNameGender } from '../../../src/core/entities/firstNames';

// Invented sentences, one table per family of speaker mistakes met in the third round: what the speaker must be
// (null: no guess rather than a wrong one).

describe('the first-name lexicon knows names beyond the most common ones', () => {
  const genders: Array<[string, 'f' | 'm' | undefined]> = [
    ['Jeanine', 'f'], ['Tareq', 'm'], ['Mary', 'f'], ['John', 'm'], ['May', undefined], ['Tuesday', undefined],
  ];
  for (const [name, gender] of genders) it(`${name}: ${gender ?? 'no gender'}`, () => assert.equal(firstNameGender(name), gender));
});

table('a less common first name makes a person the next quotation is about', [
  ['a quotation with no verb after a sentence about her', 'Oskar Lindqvist wrote the piece in 2016. Jeanine Talvik did not need much coaxing. "I am thankful for the invitation and for this chance to explore it again."', 'I am thankful for the invitation and for this chance to explore it again.', 'Jeanine Talvik'],
]);
