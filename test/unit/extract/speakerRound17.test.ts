import * as assert from 'node:assert/strict';
import { isNameWord, tokenize } from '../../../src/core/entities/names';
import { kindsOf, table, type Case } from './speakerTable';

// Invented sentences, one table per family of mistakes met in the seventeenth round (probes of common
// constructions, then bench/blind10).

const families: Array<[family: string, cases: Case[]]> = [
  ['a title that is also a common given name, before a lone surname, is the first name', [
    ['"her lawyer, Dean Whitcombe, said"', '"We will appeal," her lawyer, Dean Whitcombe, said.', 'We will appeal,', 'Dean Whitcombe'],
    ['"coach Dean Walgett called it “…”"', 'Harriers coach Dean Walgett called the decision "baffling".', 'baffling', 'Dean Walgett'],
    ['"Law School Dean Ferris said": a title after the words it heads', 'Law School Dean Ferris said the cuts were "unsustainable".', 'unsustainable', 'Ferris'],
  ]],
  ['the comma closing a name set off after a description belongs to the name', [
    ['"“…,” his widow, Margaret, said"', '"He loved that boat," his widow, Margaret, said.', 'He loved that boat,', 'Margaret'],
    ['"“…,” her brother, Ollie, told …"', '"She never gave up," her brother, Ollie, told reporters.', 'She never gave up,', 'Ollie'],
  ]],
  ['a subject opening the sentence, an aside a participle opens, then the verb: the name after it opens the clause', [
    ['"The prime minister, speaking in …, said Europe “…”"', 'The prime minister, speaking in Oslo, said Europe "must not flinch."', 'must not flinch.', 'the prime minister'],
    ['"The chief constable, asked about …, said Hartley “…”": a past participle opens it too', 'The chief constable, asked about the inquiry, said Hartley "had acted entirely alone."', 'had acted entirely alone.', 'the chief constable'],
  ]],
  ['", which said": a body described with "the" is what the relative pronoun means', [
    ['"referred questions to the department, which said in a statement: “…”"', 'The minister referred questions to the transport department, which said in a statement: "Repairs are under way."', 'Repairs are under way.', 'the transport department'],
  ]],
  ['the people of a race or a climb are people', [
    ['"One rider in the leading group, who …, said …"', 'One rider in the leading group, who asked not to be named, said the course had been "a lottery" all day.', 'a lottery', 'one rider in the leading group'],
    ['"a runner from …, said …"', 'A runner from the host club said the route was "badly marked".', 'badly marked', 'a runner from the host club'],
  ]],
  ['a body\'s noun before a role is part of the description', [
    ['"The council leader replied: “…”"', 'The council leader replied: "There is no money left."', 'There is no money left.', 'the council leader'],
    ['"The jury foreman, asked whether …, replied: “…”"', 'The jury foreman, asked whether they had agreed, replied: "We have, your honour."', 'We have, your honour.', 'the jury foreman'],
    ['"After the meeting the leader said": a noun of another phrase is no modifier', 'After the meeting the leader said: "We go on."', 'We go on.', 'the leader'],
  ]],
  ['a two-word question or exclamation of its own is said', [
    ['"Bass dismissed that. “What offer?”"', 'Union organiser Clive Bass addressed the picket line.\n\n"We will not be bullied," he told the crowd.\n\nManagement said its offer stood. Bass dismissed that. "What offer?"', 'What offer?', 'Clive Bass'],
  ]],
  ['an acronym spelled as a sentence word is a name in capitals', [
    ['"The WHO warned that … “…”"', 'The WHO warned that measles was "returning to places it had left."', 'returning to places it had left.', 'the WHO'],
  ]],
  ['someone introduced with a long relative clause is whom "he" means next', [
    ['"A former …, who spoke on condition of anonymity because …, said …. ¶ “…,” he said"', 'A former Calloway engineer, who spoke on the condition of anonymity because he signed a settlement with the company last year, said the tests were skipped.\n\n"Everybody on that floor knew what we were doing," he said.', 'Everybody on that floor knew what we were doing,', 'a former Calloway engineer'],
  ]],
  ['a document speaks for the author of a document of its own kind only', [
    ['"… said in an email. …. The letter calls … “…”": the email\'s author wrote no letter', '"We follow every rule," spokesman Ian Petch said in an email.\n\nSen. Joan Ruddock wrote to the company on Friday. The letter calls the increases "a textbook case of gouging."', 'a textbook case of gouging.', 'the letter'],
  ]],
  ['a document opening the sentence speaks over an aside set off by commas', [
    ['"The presentation, which ran to forty slides, concluded that … “…”"', 'The presentation, which ran to forty slides, concluded that demand for the drug was "essentially inelastic" and "not a worry."', 'not a worry.', 'the presentation'],
    ['"The review, published in March, concluded that …"', 'The review, published in March, concluded that the dam was "at the upper limit of tolerable risk."', 'at the upper limit of tolerable risk.', 'the review'],
  ]],
  ['"it" means a document whose sentence has a restrictive relative clause', [
    ['"The staff report that accompanies the draft is blunter. It warns …"', 'Councillors met on Monday. The staff report that accompanies the draft is blunter. It warns that the city would be "unable to maintain services beyond the third quarter."', 'unable to maintain services beyond the third quarter.', 'the staff report'],
  ]],
  ['"The words were those of …" names whose the words before were', [
    ['"“…” The words were those of club chairman …, who …"', '"Nobody wanted this outcome." The words were those of club chairman Ewan Tolland, who spoke to reporters at the ground.', 'Nobody wanted this outcome.', 'Ewan Tolland'],
  ]],
  ['"he" right after the words of someone unnamed just introduced is that someone', [
    ['"One senior player, …, said the squad had “…” weeks ago. “…,” he said"', 'Captain Rob Ince said the players were shocked.\n\nOne senior player, speaking on condition of anonymity, said the squad had "stopped listening" weeks ago. "You can only hear the same speech so often," he said.', 'You can only hear the same speech so often,', 'one senior player'],
    ['someone named since is whom "he" may mean', 'Captain Rob Ince said the players were shocked.\n\nOne senior player said the squad had "stopped listening" weeks ago, and coach Dan Reyes agreed. "We lost the dressing room," he said.', 'We lost the dressing room,', 'Dan Reyes'],
  ]],
  ['a source close to a body is the source, not the body', [
    ['"A source close to the board said … “…”"', 'A source close to the board said the sacking had been "more or less agreed" in advance.', 'more or less agreed', 'a source close to the board'],
  ]],
  ['the sides of a case speak as one', [
    ['"The defence, in written submissions, states that … ‘…’"', 'The defence, in written submissions, states that the memoir is ‘substantially true’ and that six witnesses will say so.', 'substantially true', 'the defence'],
    ['"The prosecution said … “…”"', 'The prosecution said the alibi was "a story built after the fact."', 'a story built after the fact.', 'the prosecution'],
    ['a headline\'s "… as defence insists …"', 'Chef says memoir cost him a series as defence insists book is ‘substantially true’', 'substantially true', 'defence'],
  ]],
  ['a report\'s grading is its words, and a year after its article is part of it', [
    ['"A 2021 safety review, obtained by …, rated … as “…”"', 'A 2019 safety review, obtained by the Courier, rated the spillway as “at the upper limit of tolerable risk”.', 'at the upper limit of tolerable risk', 'a 2019 safety review'],
  ]],
  ['a clause after a colon inside the sentence has its own attribution', [
    ['"It has drawn criticism: a minister …, whom she declined to name, called it “…”"', 'The novel has drawn criticism: a minister in the state government, whom the author declined to name, called it "anti-development" at a rally.', 'anti-development', 'a minister in the state government'],
    ['"X said: the plan is “…”": the verb before the colon still governs', 'Smith said: the plan is "dead in the water" now.', 'dead in the water', 'Smith'],
  ]],
  ['"she" in a clause a subordinator opens means the main clause\'s subject', [
    ['"One delegate, who …, drew applause when she said: “…”"', 'Mayor Hannah Nowak defended the budget.\n\nOne delegate, who gave only her first name, drew applause from the gallery when she said: "You tell us it is the price of a coffee."', 'You tell us it is the price of a coffee.', 'one delegate'],
    ['"the councillor was heckled as he said: “…”"', 'Mayor Hannah Nowak defended the budget.\n\nCouncillor Piotr Lis was heckled from the gallery as he said: "This budget is a fantasy."', 'This budget is a fantasy.', 'Piotr Lis'],
  ]],
  ['a singular "they" means someone unnamed whose words tell no gender', [
    ['"One person who worked on the show, who …, told this newspaper …. ‘…,’ they said"', 'The chef denies the claims.\n\nOne person who worked on the show, who is not expected to give evidence, told this newspaper that the chapter was no surprise. ‘Everybody knew,’ they said.', 'Everybody knew,', 'one person who worked on the show'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('a two-word title in quotation marks stays a term', () => {
  it('"Her new album, “Who Cares?”, is out"', () => assert.deepEqual(kindsOf('Her new album, "Who Cares?", is out on Friday.'), ['scare']));
});

describe('a preposition opening a headline is no word of a name', () => {
  for (const word of ['Inside', 'Outside', 'Behind', 'Beyond', 'Across', 'Against', 'Amid']) {
    it(`"${word} Harrow’s kitchen"`, () => {
      const text = `${word} Harrow’s kitchen`;
      assert.equal(isNameWord(tokenize(text, 0, text.length)[0]), false);
    });
  }
});

describe('a term named or used as a modifier stays a term', () => {
  const cases: Array<[string, string]> = [
    ['"what has become known in the case as the ‘…’"', 'He was asked about what has become known in the trial as the ‘Margate episode’, in which a pan was thrown.'],
    ['"cultivated a ‘…’ image": four words between an article and the noun they modify', 'She argues that he had for years cultivated a ‘king of the kitchen’ image on television.'],
  ];
  for (const [name, source] of cases) it(name, () => assert.equal(kindsOf(source)[0], 'scare'));
});
