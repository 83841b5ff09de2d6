import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { isCaptionLine } from '../../../src/core/text/captions';
import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes met in the seventh round: what the speaker must be
// (null: no guess rather than a wrong one).

const persons = (text: string) => analyze(text).entities.filter((e) => e.kind === 'person');
const people = (text: string) => persons(text).map((e) => e.name);

const families: Array<[family: string, cases: Case[]]> = [
  ['two people share a surname: the bare surname is the one the text does not call by first name', [
    ['her surname after his full name was given', 'Nadia Okafor runs the bakery on Elm Street.\n\n“We bake at four,” says Okafor, who works there with her brother Tunde Okafor.\n\nThe bakery opened in 2009. “It was a hard first year,” Okafor says while shaping loaves.', 'It was a hard first year,', 'Nadia Okafor'],
    ['her surname after he spoke by first name', 'Nadia Okafor runs the bakery on Elm Street with her brother Tunde Okafor.\n\n“I did the books at first,” Tunde said.\n\n“One day I changed the recipe and sales doubled,” says Okafor.', 'One day I changed the recipe and sales doubled,', 'Nadia Okafor'],
    ['his first name still names him', 'Nadia Okafor runs the bakery on Elm Street with her brother Tunde Okafor.\n\n“I did the books at first,” Tunde said.\n\n“I still do,” Tunde added.', 'I still do,', 'Tunde Okafor'],
  ]],
  ['a name an inverted speech verb reports is someone speaking, though the list knows no first name of theirs', [
    ['after an age, set off by commas', '“We print anything,” says Kato Brennan, who sells comics on King Street. Sales are up. Most buyers are teenagers. The shop opened in 2015. There is a particular satisfaction, insists 16-year-old Zevran Halloway, in seeing your work in print. “It’s months of fixing mistakes,” says the self-taught artist.', 'It’s months of fixing mistakes,', 'Zevran Halloway'],
  ]],
  ['"his counterpart said", "her lawyer said": someone the owner is related to, never the owner', [
    ['a counterpart nobody names stays unnamed', 'Defense Minister Ana Cruz met the press in Manila. Her counterpart said the talks were "absolutely necessary for the region and for the world."', 'absolutely necessary for the region and for the world.', 'her counterpart'],
    ['a husband nobody names is not his wife', 'Lena Ortiz opened the clinic in 2015. “We never planned to stay this long,” her husband said.', 'We never planned to stay this long,', 'her husband'],
    ['a lawyer named with that role before is that lawyer', 'Lena Ortiz sued the city in March. Lawyer Tom Reyes filed the claim for her on Monday. “We expect a ruling within weeks,” her lawyer said.', 'We expect a ruling within weeks,', 'Tom Reyes'],
    ['a lawyer named in an appositive to the role', 'Lena Ortiz sued the city in March. Her lawyer, Tom Reyes, filed the claim on Monday. “We expect a ruling within weeks,” her lawyer said.', 'We expect a ruling within weeks,', 'Tom Reyes'],
  ]],
  ['a byline names who wrote the story, not whom "he said" refers to', [
    ['a name and its outlet', 'Bridge to reopen in spring\nTom Avery | The Ledger Post\n\nCrews met engineer Michael Patel at the bridge on Monday.\n\n“We will rebuild it stronger,” he said.', 'We will rebuild it stronger,', 'Michael Patel'],
    ['"By" and a name', 'Bridge to reopen in spring\nBy Tom Avery\n\nCrews met engineer Michael Patel at the bridge on Monday.\n\n“We will rebuild it stronger,” he said.', 'We will rebuild it stronger,', 'Michael Patel'],
  ]],
  ['less common speech verbs attribute even a few words', [
    ['blurted out', 'Anne Cerato met Patrick Bardos in 2011.\n\n"You\'re short," Bardos blurted out. "But I\'m short too."', "You're short,", 'Patrick Bardos'],
    ['murmured', 'Lena Ortiz watched the vote come in.\n\n"Finally," Ortiz murmured.', 'Finally,', 'Lena Ortiz'],
  ]],
  ['words worked into a sentence about someone the text knows, with no speech verb, are that person\'s', [
    ['someone first named as a speaker', 'The statement marked the anniversary of the crackdown.\n“The regime censors the facts, but the world will never forget,” Varga stated.\nVarga commemorated the bravery of the demonstrators who were killed, “as well as those who continue to suffer persecution for it.”', 'as well as those who continue to suffer persecution for it.', 'Varga'],
  ]],
  ['someone who speaks in a relative clause is not the speaker the next quotation carries on with', [
    ['"something Trump had claimed"', 'Vladimir Putin appeared to make fun of the notion of meeting Zelensky, something Donald Trump had claimed he was prepared for.\n“I’ve never said that such a meeting is impossible. But what is the point?”', 'I’ve never said that such a meeting is impossible. But what is the point?', 'Vladimir Putin'],
  ]],
  ['a capitalised word inside a noun phrase of a relative clause is no subject', [
    ['"an all-girls Lutheran school"', 'Maria Lund, who attended an all-girls Lutheran school across the street, played in the band at games and graduated in 2013, said Brookfield Academy has “a culture of entitlement, of machismo, of masculinity.”', 'a culture of entitlement, of machismo, of masculinity.', 'Maria Lund'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('an inverted speech verb before the subject of a reported clause', () => {
  it('makes no person of the clause\'s subject ("…, said Covington Academy has lost its way")', () => {
    const text = 'A former student, who graduated in 2013, said Covington Academy has lost its way. “We heard it every day,” said the graduate.';
    assert.deepEqual(people(text), []);
  });
});

describe('bylines: no narrative, like captions', () => {
  const lines: Array<[string, boolean]> = [
    ['Tyler Durden | Zero Hedge', true],
    ['By Jane Doe', true],
    ['By Jane Doe, Reuters', true],
    ['Border Talks Stall Again', false], // a headline in title case names nobody's byline
    ['By the end of the week the talks had stalled.', false],
    ['Prices | Markets | Opinion | Sports', false],
  ];
  for (const [line, byline] of lines) it(`${byline ? 'is' : 'is not'} a byline: ${JSON.stringify(line)}`, () => assert.equal(isCaptionLine(line, 0, line.length), byline));
});

describe('a list of terms in quotation marks', () => {
  const kinds = (text: string) => analyze(text).quotes.map((q) => [q.text, q.kind]);
  it('names words as words: every item is a term, nobody\'s statement', () => {
    assert.deepEqual(kinds('Other words to make the list are "grapple," "optics," "eschew" and "thought leader," the school said.'), [
      ['grapple,', 'scare'], ['optics,', 'scare'], ['eschew', 'scare'], ['thought leader,', 'scare'],
    ]);
  });
  it('is of short items only: three longer quotations in a row stay statements', () => {
    assert.deepEqual(kinds('“We are ready,” “We are able,” and “We are willing to go wherever we are sent,” the captain said.').map(([, kind]) => kind), ['direct', 'direct', 'direct']);
  });
});

describe('who is not a person', () => {
  it('a hashtag, however it is capitalised', () => {
    assert.deepEqual(people('READ MORE: ‘Domestic realities,’ not #WelcomeToCanada tweet, to blame for the rise.'), []);
  });
  it('a lone name the text then calls "the company"', () => {
    for (const text of [
      'Zentrix said Thursday that Apple has also revoked its certificate.\n\n“We are working with Apple to fix a temporary disruption,” the company said.',
      '“We are working with Apple to fix a temporary disruption,” Zentrix said Thursday.\n\nThe outage lasted hours. “Most services are back,” the company said.',
    ]) {
      assert.deepEqual(analyze(text).entities.map((e) => [e.name, e.kind]), [['Zentrix', 'organization']]);
      assert.ok(analyze(text).quotes.every((q) => q.speaker === 'Zentrix'));
    }
  });
  it('a plural group word that speaks: a party\'s members, a province\'s people', () => {
    const text = 'It is on his watch, Jane Doe said, that what the Conservatives call “illegal border crossers” became a problem. “We will fix it,” Liberals said.';
    assert.ok(!people(text).some((name) => name === 'Conservatives' || name === 'Liberals'), JSON.stringify(people(text)));
    assert.deepEqual(analyze(text).entities.filter((e) => e.kind === 'organization').map((e) => e.name).sort(), ['Conservatives', 'Liberals']);
  });
});

describe('the role an appositive name is set off from', () => {
  const roles = (text: string) => persons(text).map((e) => [e.name, e.roles ?? []]);
  it('is theirs, with the owner it names', () => {
    assert.deepEqual(roles('His father, Ernie Vance, says the clinic saved his son. “It was the only place that listened,” Vance said.'), [['Ernie Vance', ['father']]]);
    assert.deepEqual(roles('“We print anything,” says Campbell’s partner, Jason Louth.'), [['Jason Louth', ['Campbell’s partner']]]);
  });
});
