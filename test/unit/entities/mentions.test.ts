import assert from 'node:assert/strict';
import { PersonIndex } from '../../../src/core/entities/coreference';
import { collectPeople } from '../../../src/core/entities/mentions';
import { scanCapitalisedRuns } from '../../../src/core/entities/capitalisedRuns';
import { analyze } from '../../../src/core/analyze';

const runs = (text: string) => {
  const out: string[] = [];
  scanCapitalisedRuns(text, (start, end) => out.push(text.slice(start, end)));
  return out;
};
const names = (text: string, quoted: Array<{ start: number; end: number }> = []) => {
  const people = new PersonIndex();
  collectPeople(text, people, quoted);
  return people.people.map((p) => p.name);
};

describe('mentions: capitalised runs', () => {
  const cases: Array<[string, string, string[]]> = [
    ['names with their titles', 'said Defense Minister Dovile Sakaliene on Friday', ['Defense Minister Dovile Sakaliene', 'Friday']],
    ['name particles inside a name', 'Ursula von der Leyen spoke', ['Ursula von der Leyen']],
    ['abbreviated titles and initials', 'Rep. Lucille Roybal Allard met Harry J. Kazianis in the U.S.', ['Rep. Lucille Roybal Allard', 'Harry J. Kazianis', 'U.S.']],
    ['no all-capital acronyms and no words starting mid-word', 'NATO and iPhone', []],
    ['accented capitals', 'Élysée officials and Zoë Müller', ['Élysée', 'Zoë Müller']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(runs(text), expected));
});

describe('mentions: people of a text', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a name with a role', 'Environment Minister Shannon Phillips announced it.', ['Shannon Phillips']],
    ['a known first name', 'Then Sarah Buckley left.', ['Sarah Buckley']],
    ['a full name whose surname speaks later', 'Home bakers know Dorie Greenspan well. "I cook simply," says Greenspan.', ['Dorie Greenspan']],
    ['a full name whose surname notes something later', 'Visitors meet Ignacio Quenbar at the door. "It is a small shop," notes Quenbar.', ['Ignacio Quenbar']],
    ['a full name whose surname insists later', 'Odalys Verkhov runs the rink. Verkhov insisted it stay open.', ['Odalys Verkhov']],
    ['a full name whose surname opens a later sentence as its subject', 'The goalie made saves and Ilkka Vartanen scored twice.\n\nVartanen has four goals this month.', ['Ilkka Vartanen']],
    ['not a place whose last word opens a sentence', 'She moved to British Columbia. Columbia has mountains.', []],
    ['not a lone word after a lowercase word', 'They met Ilkka Vartanen there, and later Vartanen has gone.', []],
    ['a full name with a possessive whose surname speaks later', 'We saw Ignacio Quenbar’s new piece. "It is a small shop," says Quenbar.', ['Ignacio Quenbar']],
    ['not a place before one comma', 'In Halifax, said the report, it snowed.', []],
    ['not a plural group that speaks', 'Republicans said no.', []],
    ['a body for later descriptions', 'The Ontario Civilian Police Commission met.', ['the Ontario Civilian Police Commission']],
    ['a body whose name holds "and", after "the"', 'He chaired the Truth and Reconciliation Commission for years.', ['the Truth and Reconciliation Commission']],
    ['a body whose name holds "and" after several words', 'It settled with the U.S. Securities and Exchange Commission. Musk left.', ['the U.S. Securities and Exchange Commission']],
    ['not two bodies joined by "and"', 'Shares of Google and Apple Inc rose.', ['Apple Inc']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(names(text), expected));

  it('leaves names inside quotations out (they are talked about, not speaking)', () => {
    const text = 'He said "Sarah Buckley was there" and left.';
    assert.deepEqual(names(text, [{ start: 9, end: 32 }]), []);
  });
});

describe('mentions: the gender the narrative gives a person', () => {
  const genderOf = (text: string, name: string) => {
    const people = new PersonIndex();
    collectPeople(text, people);
    return people.people.find((p) => p.name === name)?.gender;
  };
  const cases: Array<[string, string, string, 'm' | 'f' | undefined]> = [
    ['a subject and the reflexive in its clause, over the first name\'s guess', 'For Morgan Tillery in Halifax, the news came early. After the diagnosis, Tillery found herself without work.', 'Morgan Tillery', 'f'],
    ['a subject and "he" in its clause, with no first name to go by', 'Senator Ossian Vardakis won the seat. Vardakis knew he had little time.', 'Ossian Vardakis', 'm'],
    ['the pronoun after the speech verb, over the first name\'s guess', 'Morgan Tillery said she would stay in Halifax.', 'Morgan Tillery', 'f'],
    ['not a pronoun in another clause', 'Kevin Harlow was considering a run a few weeks ago, and she knew it.', 'Kevin Harlow', 'm'],
    ['not "his", which may be another\'s', 'Senator Ossian Vardakis met the new coach. Vardakis offered to carry his bags.', 'Ossian Vardakis', undefined],
    ['not a pronoun after another name', 'Senator Ossian Vardakis texted Cerato to say she was late.', 'Ossian Vardakis', undefined],
    ['never over an honorific', 'Ms. Morgan Tillery spoke first. Tillery said he was wrong.', 'Morgan Tillery', 'f'],
    ['a lowercase role right before the name', 'The family of Mohammad Al Mnajer and wife Fouzia Al Hashish sat at home.', 'Fouzia Al Hashish', 'f'],
  ];
  for (const [title, text, name, gender] of cases) it(title, () => assert.equal(genderOf(text, name), gender));
});

describe('mentions: a team is a body, not a person', () => {
  const kinds = (text: string) => {
    const people = new PersonIndex();
    collectPeople(text, people);
    return people.people.map((p) => `${p.name}:${p.kind}`);
  };
  const cases: Array<[string, string, string[]]> = [
    ['a plural the text puts after "the"', 'The Sharks beat the slumping Edmonton Oilers 7-4 on Saturday.\n\nConnor McDavid scored twice for the Oilers, who lost.\n\nOilers scored late.', ['Edmonton Oilers:organization', 'Connor McDavid:person']],
    ['not a surname before a noun after "the"', 'Caleb Jones scored. Jones said it felt good. The Jones family watched, and the Jones clan cheered.', ['Caleb Jones:person']],
  ];
  for (const [title, text, expected] of cases) it(title, () => assert.deepEqual(kinds(text), expected));
});

describe('mentions: a surname with its particle names someone known', () => {
  it('notes "Al Hashish" as a mention of Fouzia Al Hashish, the subject of its sentence', () => {
    const people = new PersonIndex();
    const text = 'Mohammad Al Mnajer and wife Fouzia Al Hashish arrived in 2016.\n\nAl Hashish gave birth to a third child.';
    collectPeople(text, people);
    const at = text.indexOf('Al Hashish gave');
    assert.equal(people.recentSubject(at - 1, at + 1)?.name, 'Fouzia Al Hashish');
  });
});

describe('a title set in capitals before a name', () => {
  const cases: Array<[text: string, name: string, role: string]> = [
    ['Labour MP Diane Abbott met staff on Monday.\n\n“It was a good day,” Abbott said.', 'Diane Abbott', 'Labour MP'],
    ['Yesterday CEO John Smith met staff.\n\n“It was a good day,” Smith said.', 'John Smith', 'CEO'],
    ['Acme MD V. Raghunandan met staff.\n\n“It was a good day,” Raghunandan said.', 'V. Raghunandan', 'Acme MD'],
  ];
  for (const [text, name, role] of cases) {
    it(`${JSON.stringify(text.split('.')[0])}: ${name}, ${role}`, () => {
      const person = analyze(text).entities.find((e) => e.name === name);
      assert.equal(person?.role, role);
    });
  }
  it('"PC" is no title glued to what follows: a constable as often as a party, a brand or a computer', () => {
    assert.ok(!analyze('Shoppers collect PC Optimum Points at the till. “It adds up,” said Jane Doe.').entities.some((e) => e.name.includes('Optimum')));
  });
});
