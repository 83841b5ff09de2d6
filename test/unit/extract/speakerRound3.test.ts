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

table('a group that speaks as one is the speaker, not the narrator who heard it', [
  ['a chant', 'As the speeches went on, protesters chanted "Close the mine now!"', 'Close the mine now!', 'protesters'],
  ['a group in a reported clause', 'But Okafor said he heard students shout, "Go home!" and "Leave us alone!"', 'Go home!', 'students'],
  ['a group addressed is no speaker', 'Halima Okafor told students at the rally: "You have to keep asking the council for answers."', 'You have to keep asking the council for answers.', 'Halima Okafor'],
]);

const filler = 'The shelter residents report they want more information about available services and more counselling in house. They also want more affordable housing, assisted living and life skills development in every ward of the city. ';
table('a picture credit names nobody who speaks', [
  ['the researcher, not the photographer', `Amira Haddad, principal researcher at the centre, said the picture is complex.\n\n${filler}${filler}\n\nThe city will set up three tents. (Lauren Pelley / CBC News)\n\n${filler}\n\n"We just need to remember that this community is not a single community," she added.`, 'We just need to remember that this community is not a single community,', 'Amira Haddad'],
]);
