import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes met in the eighth round: what the speaker must be
// (null: no guess rather than a wrong one).

const families: Array<[family: string, cases: Case[]]> = [
  ['"a spokesperson for" a body is someone of that body, unnamed: neither the body nor a person with a role "spokesperson for"', [
    ['before the verb, after the quotation', '“More details will come next week,” a spokesperson for Transport Canada said.', 'More details will come next week,', 'a spokesperson for Transport Canada'],
    ['a body named with a possessive, and a relative clause before the verb', 'A spokesperson for the Premier’s Office, who was not authorized to speak publicly, said “the plan is on track.”', 'the plan is on track.', 'a spokesperson for the Premier’s Office'],
    ['"an official at"', 'An official at the Finance Department said “we are watching the markets closely.”', 'we are watching the markets closely.', 'an official at the Finance Department'],
    ['a named spokesperson stays named, with the role', '“We are reviewing the report,” said Jane Moreau, a spokesperson for Transport Canada.', 'We are reviewing the report,', 'Jane Moreau'],
    ['the role before the name stays the role', 'Transport Canada spokesperson Jane Moreau said “we are reviewing the report.”', 'we are reviewing the report.', 'Jane Moreau'],
    ['plural people of a body need no article, even opening a sentence', 'Analysts at Harbour Securities said in a note to clients that the results were “a clean beat across the board.”', 'a clean beat across the board.', 'Analysts at Harbour Securities'],
    ['"staff at"', 'Staff at the hospital said “we are exhausted.”', 'we are exhausted.', 'Staff at the hospital'],
    ['"a statement from" a body is the body\'s words', 'A statement from the European Commission said, “the decision raises concerns.”', 'the decision raises concerns.', 'the European Commission'],
  ]],
  ['"The" opening a sentence is the body\'s article, not a word of its name', [
    ['a body known by one word', 'The Kremlin said “the talks were useful.”', 'the talks were useful.', 'the Kremlin'],
    ['a body whose name is no organisation word', 'The Canadian Press said “the count is final.”', 'the count is final.', 'the Canadian Press'],
    ['the same body as mid-sentence', 'The European Commission said “the decision raises concerns.”', 'the decision raises concerns.', 'the European Commission'],
  ]],
  ['a possessive inside a body\'s name keeps the name whole', [
    ['"the Children\'s Aid Society"', 'The Children’s Aid Society said “every child deserves a home.”', 'every child deserves a home.', 'the Children’s Aid Society'],
    ['an "of" after an organisation word', 'In a statement, the Ministry of Long-Term Care said it “welcomes the recommendations.”', 'welcomes the recommendations.', 'the Ministry of Long-Term Care'],
    ['a person "of" a body stays the person', '“We are ready,” said Jingyi Pan of IG.', 'We are ready,', 'Jingyi Pan'],
    ['a role that owns the body', 'The Prime Minister’s Office said “details will follow.”', 'details will follow.', 'the Prime Minister’s Office'],
    ['a plural possessive keeps its apostrophe', 'The Ontario Nurses’ Association said in a statement that “staffing is at a breaking point.”', 'staffing is at a breaking point.', 'the Ontario Nurses’ Association'],
    ['a company named with a possessive, before its verb', 'Resident Jenna Clarke packed her truck. “You grab what you can,” she said.\n\n“We are proud to help,” Wendy’s said in a statement.', 'We are proud to help,', 'Wendy’s'],
    ['a person\'s possessive stays context', 'Canada’s Justin Trudeau said “we will be there.”', 'we will be there.', 'Justin Trudeau'],
  ]],
  ['someone new the text describes without a name is that description, not a name among its words', [
    ['"a Toronto woman"', 'Legal aid was cut on Monday. “Without it, I would have lost my kids,” a Toronto woman said.', 'Without it, I would have lost my kids,', 'a Toronto woman'],
    ['over a relative clause, and an appositive one after it', 'Lawyer Dana Cole said the cuts were deep. A Toronto woman who relies on legal aid, and who asked that her name not be used, said: “Without it, I would have lost my kids.”', 'Without it, I would have lost my kids.', 'a Toronto woman'],
    ['"one local man"', 'Crews arrived at dawn. One local man told reporters: “It was terrifying.”', 'It was terrifying.', 'one local man'],
    ['"the woman" is someone named before', 'Maria Lopez lives in Scarborough. “It was terrifying,” the woman said.', 'It was terrifying,', 'Maria Lopez'],
  ]],
  ['a clause that opens after a quotation and a comma ("…", while X called …) speaks the next words, not these', [
    ['"while"', "Liberal leader Ed Dalton said the government had 'wrecked the economy', while Reform's Richard Tate called the minister 'the worst in memory'.", 'wrecked the economy', 'Ed Dalton'],
    ['the second quotation is the new clause\'s', "Liberal leader Ed Dalton said the government had 'wrecked the economy', while Reform's Richard Tate called the minister 'the worst in memory'.", 'the worst in memory', 'Richard Tate'],
  ]],
  ['a US party-and-state tag after a name ("D-N.Y.", "(R-Ky.)") is no sentence end and no speaker', [
    ['set off by commas, after the quotation', '“This is a good bill,” Senate Majority Leader Chuck Shore, D-N.Y., said on the floor.', 'This is a good bill,', 'Chuck Shore'],
    ['in brackets, before the quotation', 'Sen. Rand Pole (R-Ky.) said “we are borrowing money we don’t have.”', 'we are borrowing money we don’t have.', 'Rand Pole'],
    ['in brackets, after the quotation', '“This is a good bill,” Chuck Shore (D-N.Y.) said.', 'This is a good bill,', 'Chuck Shore'],
    ['before an appositive role', 'Sen. Debbie Stone, D-Mich., a member of the leadership team, said Shore has “an uncanny way to be able to listen.”', 'an uncanny way to be able to listen.', 'Debbie Stone'],
  ]],
  ['after a quotation that ends its sentence, a subject and verb running into the next quotation speak that one', [
    ['the first keeps the clause that reports it', 'President Joan Biddle said in a statement that she would sign the bill “immediately.” White House spokesman Andrew Bates called it “a win for the American people.”', 'immediately.', 'Joan Biddle'],
    ['the second is the new subject\'s', 'President Joan Biddle said in a statement that she would sign the bill “immediately.” White House spokesman Andrew Bates called it “a win for the American people.”', 'a win for the American people.', 'Andrew Bates'],
  ]],
  ['a name set off after a role is who the role is, not an earlier holder of such a role', [
    ['introducing words with a colon', 'Marina Sola, the environment minister, spoke first. Tuvalu’s foreign minister, Simon Kofu, was blunt: “We are sinking.”', 'We are sinking.', 'Simon Kofu'],
    ['a rank abbreviated with a full stop ends no sentence ("Cpl.")', '“This appears to be a targeted incident,” Surrey police spokesperson Cpl. Sarbjit Sanga said in a release.', 'This appears to be a targeted incident,', 'Sarbjit Sanga'],
    ['a hyphenated role head', 'UN Secretary-General Antonio Gutierre said he was disappointed. “The world cannot wait,” he told a news conference.', 'The world cannot wait,', 'Antonio Gutierre'],
  ]],
  ['a headline\'s name and colon introduce that person\'s words; a lone word before a colon is no one the text does not name', [
    ['a surname the body names in full', 'Tremblay: ‘We will not back down’\n\nPrime Minister Justine Tremblay said on Monday that Canada would respond.', 'We will not back down', 'Justine Tremblay'],
    ['a full name', 'Elena Marsh: “The road is closed.”', 'The road is closed.', 'Elena Marsh'],
    ['a label', 'Update: “The road is closed.”\n\nCrews were at the scene.', 'The road is closed.', null],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('an appositive is a role only when it names one', () => {
  const roleOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name)?.role;
  it('a participle clause is what someone does ("speaking to reporters at Queen\'s Park")', () => {
    assert.equal(roleOf('Marta Horvat, speaking to reporters at Queen’s Park, disagreed. “This is cruel,” she said.', 'Marta Horvat'), null);
  });
  it('a relative clause is no role ("who received a two-game suspension")', () => {
    assert.equal(roleOf('Erik Lund, who received a two-game suspension, said “it was a clean hit.”', 'Erik Lund'), null);
  });
  it('a role with a possessor and a complement before the name ("Canada\'s ambassador to the U.S., …,")', () => {
    assert.equal(roleOf('Canada’s ambassador to the U.S., Kirsten Hale, said “both sides want a deal.”', 'Kirsten Hale'), 'Canada’s ambassador to the U.S.');
  });
  it('a role with modifiers after a body\'s possessive ("The company\'s chief financial officer, …,")', () => {
    assert.equal(roleOf('The company’s chief financial officer, Jeff Hollis, said “margins will improve.”', 'Jeff Hollis'), 'chief financial officer');
  });
  it('professions are roles too ("an emergency physician in Halifax", "opposition health critic")', () => {
    assert.equal(roleOf('Dr. Kevin Lam, an emergency physician in Halifax, said “it is not safe.”', 'Kevin Lam'), 'emergency physician in Halifax');
    assert.equal(roleOf('The province’s opposition health critic, Brendan Moore, said “it has only gotten worse.”', 'Brendan Moore'), 'opposition health critic');
  });
  it('a lowercase role before a known first name is theirs, with its modifiers and capitalised words', () => {
    assert.equal(roleOf('He met former Bank of Canada governor David Dodd on Monday. “Rates will fall,” Dodd said.', 'David Dodd'), 'former Bank of Canada governor');
    assert.equal(roleOf('Officials met Walt Nagy and associate deputy minister Lisa Camden. “We are listening,” Camden said.', 'Lisa Camden'), 'associate deputy minister');
    assert.equal(roleOf('The crowd cheered at the Golden Globes. Legendary actor Jeff Bridger said “thank you.”', 'Jeff Bridger'), 'Legendary actor');
  });
  it('an acronym before a role is the role\'s body ("NATO Secretary General"), a heading word or a credit is not', () => {
    assert.equal(roleOf('Allies met. NATO Secretary General Mark Rudd urged allies to step up. “We must do more,” Rudd said.', 'Mark Rudd'), 'NATO Secretary General');
    assert.equal(roleOf('BREAKING NEWS Defense Minister Anna Berg resigned. “It is time,” Berg said.', 'Anna Berg'), 'Defense Minister');
    assert.equal(roleOf('Adrian Wild/CP Foreign Affairs Minister Chrys Fell spoke. “We are ready,” Fell said.', 'Chrys Fell'), 'Foreign Affairs Minister');
  });
  it('an "and" before a lowercase role joins two people, not a role ("X and wife Y said")', () => {
    assert.equal(analyze('Omar Haddad and wife Lina Haddad said “we were afraid.”').quotes[0].role, 'wife');
  });
  it('lists a role once: one another role says in full is left out ("coach" beside "Oilers head coach")', () => {
    const text = 'Oilers head coach Ken Hitch spoke first. “We were flat,” the coach said. Later, coach Ken Hitch added: “We will be better.”';
    assert.deepEqual(analyze(text).entities.find((e) => e.name === 'Ken Hitch')?.roles, ['Oilers head coach']);
  });
  it('an "-ing" word that belongs to a role keeps it ("acting director")', () => {
    assert.equal(roleOf('Ana Petrov, acting director of the agency, said “we are hiring.”', 'Ana Petrov'), 'acting director of the agency');
  });
});
