import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes met in the twelfth round (a feature about a
// lighthouse keeper and her family, a flood report).

const families: Array<[family: string, cases: Case[]]> = [
  ['a lone name set off after "her brother" or "Hartley\'s daughter" is the one described, and keeps its name as written', [
    ['"her brother, Ewan, said"', 'Mary Finlay kept the light for 19 years. She rarely speaks of it. Her brother, Ewan, said “she was the strictest principal on the coast”.', 'she was the strictest principal on the coast', 'Ewan'],
    ['a relative clause between the name and "remembers"', 'Mary Finlay kept the light for 19 years. She rarely speaks of it. Her younger brother, Ewan, who served two tours on the rock, remembers her as “the strictest principal on the coast”.', 'the strictest principal on the coast', 'Ewan'],
    ['"he says" after him', 'Mary Finlay kept the light for 19 years. She rarely speaks of it. Her younger brother, Ewan, who served two tours on the rock, remembers her as “the strictest principal on the coast”. “She ran that rock like a ship,” he says.', 'She ran that rock like a ship,', 'Ewan'],
    ['inverted, with a possessive name', 'Tom Hartley has run the farm since 1990. He is worried. “We are fine,” said Hartley’s daughter, Ann.', 'We are fine,', 'Ann'],
    ['a full name after the description', 'Tom Hartley has run the farm since 1990. “We are fine,” said Hartley’s daughter, Ann Grey.', 'We are fine,', 'Ann Grey'],
  ]],
  ['a person "of" a body whose name holds "and" is the subject, not the body\'s last word', [
    ['"Fire and Rescue"', 'Chief Fire Officer Gail Munro of Lune and Carrow Fire and Rescue said crews had carried out 14 rescues.\n\n\'Every single one of those was avoidable,\' she said.', 'Every single one of those was avoidable,', 'Gail Munro'],
    ['"Parks and Recreation"', 'Jane Smith of Parks and Recreation said crews were out. "It was never going to work," she said.', 'It was never going to work,', 'Jane Smith'],
    ['two people joined by "and" stay two', 'Tom Smith and Jane Jones said it was over. "It was never going to work," Smith said.', 'It was never going to work,', 'Tom Smith'],
  ]],
  ['a body\'s lowercase head after capitalised modifiers is the body, not a person named by the modifier', [
    ['"the Russian foreign ministry said"', '"Any foreign presence will be regarded as a threat," the Russian foreign ministry said.', 'Any foreign presence will be regarded as a threat,', 'the Russian foreign ministry'],
    ['with "in a statement"', '"Any presence is a threat," the Russian defence ministry said in a statement.', 'Any presence is a threat,', 'the Russian defence ministry'],
    ['inverted', '"Any foreign presence will be regarded as a threat," said the Russian foreign ministry.', 'Any foreign presence will be regarded as a threat,', 'the Russian foreign ministry'],
    ['opening the sentence', 'The Russian foreign ministry said: "Any foreign presence will be regarded as a threat."', 'Any foreign presence will be regarded as a threat.', 'the Russian foreign ministry'],
    ['a person\'s office is still the person', 'John Smith spoke first. "It is a threat," the British foreign minister said.', 'It is a threat,', 'John Smith'],
  ]],
  ['a body with words set off after it speaks, not a name inside those words', [
    ['"the office of President …" between commas', 'The Marble House, the office of President Aurel Stoyan, said in a readout that the meeting had been "businesslike and focused" and that the forces were ready.', 'businesslike and focused', 'the Marble House'],
    ['a relative clause naming someone else', 'The Halvard Alliance, which Kessany is not a member of, said it was "closely following developments".', 'closely following developments', 'the Halvard Alliance'],
    ['a person set off after a role is still the one who speaks', 'The company’s chief, John Smith, said the plan was "a disaster for us all".', 'a disaster for us all', 'John Smith'],
  ]],
  ['"according to" a described owner of what speaks', [
    ['"a Michigan school’s latest list"', 'That is according to a Michigan school’s latest "List of Words Banished from the Queen’s English."', 'List of Words Banished from the Queen’s English.', 'a Michigan school'],
    ['"a Toronto hospital’s latest report"', 'That is according to a Toronto hospital’s latest report, which says "nobody is safe."', 'nobody is safe.', 'a Toronto hospital'],
  ]],
  ['", which said" speaks for the body before its comma', [
    ['the object of "funded by"', 'The research was funded by the Coastal Futures Trust, which said in a statement that the results were “an important step towards recognising seagrass”.', 'an important step towards recognising seagrass', 'the Coastal Futures Trust'],
    ['", who said" for a person', 'The research was praised by John Smith, who said that the results were “an important step towards recognising seagrass”.', 'an important step towards recognising seagrass', 'John Smith'],
  ]],
  ['a panel gives its verdict as one, and "called it" makes "it" what is named', [
    ['"The judges called it"', 'The novel won the Harrow Prize for Fiction last month. The judges called it “a ferocious, tender book about what we owe the dead”.', 'a ferocious, tender book about what we owe the dead', 'the judges'],
  ]],
  ['a reflexive between the subject and its verb', [
    ['"Stoyan himself said"', 'President Aurel Stoyan met the council. "We are ready," his spokesman, Viktor Halas, told reporters. Stoyan himself said last week that the border was "a red line for our people".', 'a red line for our people', 'Aurel Stoyan'],
  ]],
  ['an anonymous source keeps its article before capitalised words', [
    ['"A Western diplomat familiar with …"', 'A Western diplomat familiar with the Lindholm talks said the mission would involve "no more than a few hundred people" and would not be armed.', 'no more than a few hundred people', 'a Western diplomat familiar with the Lindholm talks'],
  ]],
  ['a family speaks as one, and is not the officer quoted before it', [
    ['"the boy’s family said:"', 'Detective Inspector Karen Oduya said the driver did not stop. "Somebody will have noticed," DI Oduya added.\n\nThe boy’s family said: “Our son is a kind, funny, gentle boy.”', 'Our son is a kind, funny, gentle boy.', 'the boy’s family'],
    ['"his family", in a statement released through police', 'Detective Inspector Karen Oduya said the driver did not stop. "Somebody will have noticed," DI Oduya added.\n\nIn a statement released through police, his family said: “Our son is a kind, funny, gentle boy.”', 'Our son is a kind, funny, gentle boy.', 'his family'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('a word or two quoted in a clause a strong verb reports, without "that"', () => {
  const kindOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text === words)?.kind;
  const cases: Array<[name: string, text: string, words: string, kind: 'direct' | 'scare']> = [
    ['the clause\'s own past tense', 'A Downing Street spokesperson said the prime minister retained “full confidence” in the housing secretary.', 'full confidence', 'direct'],
    ['an irregular past', 'The mayor said the council took “every precaution” before the vote.', 'every precaution', 'direct'],
    ['a participle after "was" reports no clause', 'Rogers laid off 75 staff, in a move the company said was needed to keep the business “sustainable.”', 'sustainable.', 'scare'],
    ['a name given with "simply called"', 'Elon Musk says the system, simply called ‘loop,’ is a first step.', 'loop,', 'scare'],
    ['an infinitive\'s quoted object', 'Freeland said she wanted to "emphasize" how glad Canada is.', 'emphasize', 'scare'],
    ['"so-called" flags a term whoever reports the clause', 'He said Idris now met the definition of a so-called “weather bomb”, a storm that deepens fast.', 'weather bomb', 'scare'],
    ['a term of several words after "so-called"', 'The so-called "coalition of the willing", made up of a dozen states, met on Monday, the minister said.', 'coalition of the willing', 'scare'],
    ['a quoted compound before the noun it modifies', 'The company said the fix would be delivered as an "over-the-air" software update.', 'over-the-air', 'scare'],
    ['a coined noun before a noun, in a headline', 'Quist says \'robotaxi\' rollout on track for spring', 'robotaxi', 'scare'],
    ['an adjective before its noun is the speaker\'s judgement', 'Healey told allies that planners have been drawing up a "well-developed" plan for the force.', 'well-developed', 'direct'],
    ['so is "very" and an adjective', 'Sergeant Lee said emergency services were preparing for a "very active" season.', 'very active', 'direct'],
    ['after an auxiliary the quoted words are a predicate, the noun its object', 'Hungarian Prime Minister Viktor Orbán said his country would "never accept" quotas.', 'never accept', 'direct'],
  ];
  for (const [name, text, words, kind] of cases) it(name, () => assert.equal(kindOf(text, words), kind));
  it('and the reporting speaker is who said it', () => {
    assert.equal(analyze('A Downing Street spokesperson said the prime minister retained “full confidence” in the housing secretary.').quotes[0].speaker, 'a Downing Street spokesperson');
  });
});

describe('roles met in the twelfth round', () => {
  const roleOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name)?.role;
  const keeper = 'Mary Finlay kept the light for 19 years. She rarely speaks of it. ';
  it('the possessive of a role names whose it is: "her" is the person it refers to, "Hartley’s" their full name', () => {
    assert.equal(roleOf(`${keeper}Her younger brother, Ewan, who served two tours on the rock, remembers her as “the strictest principal on the coast”.`, 'Ewan'), "Mary Finlay's younger brother");
    assert.equal(roleOf(`${keeper}Her lawyer, Ewan, said “she was the strictest principal on the coast”.`, 'Ewan'), "Mary Finlay's lawyer");
    assert.equal(roleOf('Tom Hartley has run the farm since 1990. He is worried. “We are fine,” said Hartley’s daughter, Ann.', 'Ann'), 'Tom Hartley’s daughter');
    assert.equal(roleOf('Tom Hartley has run the farm since 1990. He is worried. “We are fine,” said his wife, Ann.', 'Ann'), "Tom Hartley's wife");
  });
  it('no family name is lent to a lone given name: the text never gave one', () => {
    const names = analyze(`${keeper}Her younger brother, Ewan, remembers her as “the strictest principal on the coast”.`).entities.map((e) => e.name);
    assert.ok(names.includes('Ewan') && !names.includes('Ewan Finlay'), names.join(', '));
  });
  it('an owner nobody was named for leaves the role as written', () => {
    assert.equal(roleOf('“We are fine,” said his daughter, Ann.', 'Ann'), 'his daughter');
  });
});
