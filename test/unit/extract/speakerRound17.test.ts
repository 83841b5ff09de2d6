import * as assert from 'node:assert/strict';
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
];

for (const [family, cases] of families) table(family, cases);

describe('a two-word title in quotation marks stays a term', () => {
  it('"Her new album, “Who Cares?”, is out"', () => assert.deepEqual(kindsOf('Her new album, "Who Cares?", is out on Friday.'), ['scare']));
});
