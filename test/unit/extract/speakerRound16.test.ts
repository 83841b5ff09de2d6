import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { kindsOf, table, type Case } from './speakerTable';

// Invented sentences, one table per family of mistakes met in the sixteenth round (a tram strike, a bushfire, a
// battery recall, a transfer saga).

/** The quotations of `source` as they are read: their words, in order. */
function textsOf(source: string): string[] {
  return analyze(source).quotes.map((q) => q.text);
}

const families: Array<[family: string, cases: Case[]]> = [
  ['a word or two in a clause a modal reports is the speaker\'s', [
    ['"said the talks could resume ‘…’"', 'Union secretary Rhian Pugh said the talks could resume ‘next week’ if the board agreed.', 'next week', 'Rhian Pugh'],
    ['"said the fares might ‘…’"', 'Mayor Tomas Brandt said the fares might be ‘frozen’ until spring.', 'frozen', 'Tomas Brandt'],
  ]],
  ['"a senior figure" is an anonymous source', [
    ['"a senior figure at …, who …, said … ‘…’"', 'A senior figure at the council, who asked not to be named, said the leader had been ‘ambushed’ by the vote.', 'ambushed', 'a senior figure at the council'],
  ]],
  ['a one-word name the text knows as a body is no "she"', [
    ['"… if Harlow Rail agreed …. ‘…,’ she said"', 'Organiser Bethan Cole said the drivers were tired.\n\nHarrowline said the claims were ‘false’.\n\nCole said the strike could end if Harrowline agreed to talks.\n\n‘That is all we want,’ she said.', 'That is all we want,', 'Bethan Cole'],
  ]],
  ['someone introduced right after a paragraph-opening quotation, and quoted next by a pronoun', [
    ['"‘…’ Name, 34, a …, had …. ‘…,’ she said" in one paragraph', 'Council leader Dev Patel said the buses would return.\n\n‘I walk two miles every morning now.’ Keira Lund, 34, a care worker in Ashby, has lost a day’s pay this week. ‘Nobody asked us,’ she said.', 'I walk two miles every morning now.', 'Keira Lund'],
    ['"“…” Name stood …" and the next paragraph "“…,” he said"', '“We had a minute to get out.” Colin Yates stood by the road with his dog.\n\n“The whole hill was alight,” he said.', 'We had a minute to get out.', 'Colin Yates'],
    ['someone introduced whom the next quotation is not by keeps the paragraph\'s speaker', '"The turnout is extraordinary," pollster Sunil Dasgupta said.\n\n"It is a landslide." Brenda Hollis, the candidate, arrived at midnight. "We counted twice," Dasgupta said.', 'It is a landslide.', 'Sunil Dasgupta'],
  ]],
  ['someone introduced after an opening conjunction is whom "he" means', [
    ['"But one paramedic, who …, said … “…”. ¶ “…,” he said"', 'Chief Officer Gail Rankin said crews were coping.\n\nBut one paramedic, who asked not to be named, said staff were "running on empty".\n\n"We had three ambulances for the whole county," he said.', 'We had three ambulances for the whole county,', 'one paramedic'],
  ]],
  ['a relative clause\'s "it" means the subject of its own sentence', [
    ['"the firm recalled … over a fault that it described as “…”"', 'It was the third recall in a decade. In 2018 the firm recalled 4,000 heaters over a fault that it described at the time as "a one-off supplier error."', 'a one-off supplier error.', 'the firm'],
  ]],
  ['"calling" with a longer object names that object with the words', [
    ['"calling their handling of the case “…”"', 'The judge was scathing, calling their handling of the evidence "a disgrace".', 'a disgrace', 'the judge'],
  ]],
  ['an anonymous source tied to someone: "sources close to the player"', [
    ['"Sources close to the player said …"', 'Sources close to the striker said he was "deeply hurt" by the chants.', 'deeply hurt', 'Sources close to the striker'],
    ['"Two people familiar with the coach said …"', 'Two people familiar with the coach said he would "consider his position".', 'consider his position', 'Two people familiar with the coach'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('a plural possessive inside single quotation marks is an apostrophe', () => {
  it('"‘… the drivers’ hours rules. …’": when the next single mark can only close', () => {
    assert.deepEqual(textsOf('The firm said: ‘Every roster meets the drivers’ hours rules. We urge the union to put it to members.’'), ['Every roster meets the drivers’ hours rules. We urge the union to put it to members.']);
  });
  it('"‘the workers’ and ‘the bosses’": a closing mark after all, when another quotation opens next', () => {
    assert.deepEqual(textsOf('She called them ‘the workers’ and ‘the bosses’ in turn.'), ['the workers', 'the bosses']);
  });
});

describe('names and words on a sign are nobody\'s words', () => {
  const cases: Array<[string, string]> = [
    ['"posting under the name “…”"', 'One user, posting under the name "ridgeback_42," said he waited for hours.'],
    ['"a banner unfurled by …, which read “…”"', 'Fans were angry at a banner unfurled by a group of supporters at the derby, which read "Nobody Is Bigger Than The Club".'],
  ];
  for (const [name, source] of cases) it(name, () => assert.equal(kindsOf(source)[0], 'scare'));
});
