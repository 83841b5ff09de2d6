import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes met in the ninth round: what the speaker must be
// (null: no guess rather than a wrong one).

const families: Array<[family: string, cases: Case[]]> = [
  ['a dateline opening the line is no part of the sentence, and never its subject', [
    ['a capital and a dash', 'OTTAWA — Finance Minister Marc Dupuis on Monday defended the budget, calling it “a plan for growth, and a plan for you.”', 'a plan for growth, and a plan for you.', 'Marc Dupuis'],
    ['a city of two words and a wire credit', 'MEXICO CITY (AP) — President Lucia Ferrer on Tuesday defended the army, saying the guard “has saved many lives in every state.”', 'has saved many lives in every state.', 'Lucia Ferrer'],
    ['a wire dateline with a date and a spaced hyphen', 'SAN FRANCISCO, March 4 (Reuters) - Chip maker boss Dana Whitfield on Wednesday defended the company, saying it “will comply with every rule.”', 'will comply with every rule.', 'Dana Whitfield'],
    ['a place and its country', 'KYIV, Ukraine — Mayor Ivan Koval said Sunday, “the city will not be broken by these attacks.”', 'the city will not be broken by these attacks.', 'Ivan Koval'],
  ]],
  ['the full stop of an abbreviated title ends no sentence: the name after it is the speaker', [
    ['"Coun."', '“I have been hit twice on this street,” Coun. Dina Saxby told the meeting.', 'I have been hit twice on this street,', 'Dina Saxby'],
    ['"Prof."', '“We found nothing at all in the samples,” Prof. Jane Smyth said.', 'We found nothing at all in the samples,', 'Jane Smyth'],
    ['"Insp."', '“The scene is secure now,” Insp. Ray Moody said.', 'The scene is secure now,', 'Ray Moody'],
    ['"Capt." before the verb', 'The crew was rescued. Capt. Alan Reyes said, “the sea was very rough tonight.”', 'the sea was very rough tonight.', 'Alan Reyes'],
  ]],
  ['"the official", "the woman" refer back to the unnamed person the narrative brought in, not to the last person named', [
    ['an indefinite source with an aside', 'NATO chief Mark Rudd spoke in Brussels. “We must do more,” Rudd said.\n\nA senior Ukrainian official, speaking on condition of anonymity, said power was out. “It is a very difficult night,” the official said.', 'It is a very difficult night,', 'a senior Ukrainian official'],
    ['an unnamed woman described before', 'Lawyer Dana Cole said the cuts were deep. “They are cruel,” Cole said.\n\nA Toronto woman who relies on legal aid said she was afraid. “I have nowhere else to go,” the woman said.', 'I have nowhere else to go,', 'a Toronto woman'],
    ['a named woman stays named', 'Maria Lopez lives in Scarborough. “It was terrifying,” the woman said.', 'It was terrifying,', 'Maria Lopez'],
    ['a named woman, a man named before her', 'John Baird spoke first. Maria Lopez lives in Scarborough with him. “It was terrifying,” the woman said.', 'It was terrifying,', 'Maria Lopez'],
    ['"the witness" after "A witness, who asked not to be named, told …"', '“The victim was taken to hospital,” Sgt. Steve Addis said.\n\nA witness, who asked not to be named, told CTV News she heard screaming. “There was blood everywhere,” the witness said.', 'There was blood everywhere,', 'a witness'],
    ['with nobody before, the description itself', 'The bus stopped. “It was terrifying,” the woman said.', 'It was terrifying,', 'the woman'],
    ['kin are someone\'s family: no guess at the last man named', 'Jason Spence grew up in Houston and worked in Kenya.\n\nBurials were taking place for several of the deceased. The pair worked for the London-based company Adam Smith International.\n\nAt the morgue, the family of a 35-year-old man collapsed. “He is gone, he is gone,” the father repeated into his phone.', 'He is gone, he is gone,', 'the father'],
    ['a kin role someone holds is theirs', 'Her father, Joseph Arlen, waited outside. “We just want answers,” the father said.', 'We just want answers,', 'Joseph Arlen'],
  ]],
  ['a quotation going on mid-paragraph after its attribution\'s sentence is not the line before\'s', [
    ['a headline whose subject speaks', 'Ex-official says she was told to stay quiet\n\n“I was told to keep quiet,” said Marie Tran, a former policy adviser. “So I didn’t — for two years.”', 'So I didn’t — for two years.', 'Marie Tran'],
    ['a paragraph ending in an attribution before it', 'Officials say nothing was hidden.\n\n“I was told to keep quiet,” said Marie Tran. “So I did not, for two years.”', 'So I did not, for two years.', 'Marie Tran'],
  ]],
  ['an interview\'s answers ("A: “…”") are the interviewee\'s', [
    ['the person the introduction is about', 'Dr. Helen Okafor teaches economics in Manchester. She spoke to us about prices.\n\nQ: Why will inflation stay high?\n\nA: “Because the forces that kept it low have reversed.”\n\nQ: Should rates rise?\n\nA: “Not yet. The bank should wait.”', 'Not yet. The bank should wait.', 'Helen Okafor'],
  ]],
  ['a clause opened after a quotation ("is when …") holds no attribution of it', [
    ['"is when a landlord tells"', 'A “renoviction” is when a landlord tells a tenant they have to move out for renovations.', 'renoviction', null],
    ['"back in 1994, when officials … objected"', 'There was a “whiff” of legal concern back in 1994, when officials from the Lakers objected to the list.', 'whiff', null],
    ['"and that the city would add patrols" after the quotation', 'Mayor Ken Sim said in a statement that he was “deeply concerned” and that the city would add patrols.', 'deeply concerned', 'Ken Sim'],
    ['a long role before the verb still attributes', '“This rally now becomes the only voice for the people locally,” Rally Canada volunteer media coordinator Tom Hinds said.', 'This rally now becomes the only voice for the people locally,', 'Tom Hinds'],
  ]],
  ['a surname that speaks over an appositive ("Kadri, who …, said") names the person a list gave in full', [
    ['a list of scorers, then the surname', 'Nazem Kadri, Jonathan Hubert and Mikael Backlund scored for Calgary.\n\nKadri, who was playing his 900th NHL game, said the team “has to be better in the third period.”', 'has to be better in the third period.', 'Nazem Kadri'],
  ]],
  ['a document speaks for its author, also inside "according to …" and after a possessive owner', [
    ['"According to a statement from" a body', 'According to a statement from the Ministry of Children, the government is “reviewing the decision carefully.”', 'reviewing the decision carefully.', 'the Ministry of Children'],
    ['"A report by the province\'s auditor general"', 'A report by the province’s auditor general found long waits. “Wait times are unacceptable,” the report said.', 'Wait times are unacceptable,', 'the province’s auditor general'],
    ['"his office" stays an office, lowercased', 'Minister Mike Parr did not take questions. His office said he would “have more to say next week.”', 'have more to say next week.', 'his office'],
  ]],
  ['"in the words of X" attributes as "according to X" does', [
    ['before the quotation', 'In the words of Jane Moss, the plan was “dead on arrival at this point.”', 'dead on arrival at this point.', 'Jane Moss'],
  ]],
  ['long Iberian names: five words with a particle, and the name before the surname\'s particle on second mention', [
    ['"Lula" is Luiz Inácio Lula da Silva', 'Brazilian President Luiz Inácio Lula da Silva opened the talks with a warning. “The forest is not a warehouse,” Lula said.', 'The forest is not a warehouse,', 'Luiz Inácio Lula da Silva'],
  ]],
  ['an opening prepositional phrase up to its comma holds no subject ("In a statement read to the court, X said")', [
    ['a document inside the phrase', "In a statement read to the court, Mr Price's widow, Emma, said: 'Our children ask every night when Daddy is coming home.'", 'Our children ask every night when Daddy is coming home.', 'Emma'],
    ['a place inside the phrase', 'At a rally in Red Deer on Monday, Premier Dana Smythe said, “we will not back down on this plan.”', 'we will not back down on this plan.', 'Dana Smythe'],
  ]],
  ['British police ranks without full stops are titles', [
    ['"Det Sgt"', "Det Sgt Mark Hughes of West Yorkshire Police said after the hearing: 'Nothing can bring Daniel back.'", 'Nothing can bring Daniel back.', 'Mark Hughes'],
    ['"PC"', "'We arrived within minutes,' PC Jane Wood told the court.", 'We arrived within minutes,', 'Jane Wood'],
  ]],
  ['a numeral or an indefinite pronoun opening a sentence is nobody in particular', [
    ['"One said"', 'Two other former employees described similar experiences. One said, “It was the most toxic place I have ever worked.”', 'It was the most toxic place I have ever worked.', null],
    ['"Others said"', 'Some staff stayed on. Others said, “It was the most toxic place I have ever worked.”', 'It was the most toxic place I have ever worked.', null],
    ['"One local man" stays someone described', 'Crews arrived at dawn. One local man told reporters: “It was terrifying.”', 'It was terrifying.', 'one local man'],
  ]],
  ['any role after an indefinite article, "at" a body, is someone of that body, unnamed', [
    ['"a former engineer at"', 'A former engineer at Lumina said the firm was “a toxic place to work in every way.”', 'a toxic place to work in every way.', 'a former engineer at Lumina'],
    ['the body with a lowercase description', 'A former engineer at the Toronto start-up Lumina said the firm was “a toxic place to work in every way.”', 'a toxic place to work in every way.', 'a former engineer at the Toronto start-up Lumina'],
    ['"a teacher at" a school', 'A teacher at Westdale Secondary School said the rules were “a toxic mess in every way.”', 'a toxic mess in every way.', 'a teacher at Westdale Secondary School'],
    ['a named person with that role stays named', 'Jane Doe, a former engineer at Lumina, said the firm was “a toxic place to work in every way.”', 'a toxic place to work in every way.', 'Jane Doe'],
  ]],
  ['a full name opening the sentence speaks through a chain of appositives', [
    ['two appositives and a relative clause', 'Joe Nienhaus, a 1989 Covington graduate and a county commissioner in Kenton County, where the school is situated, said the photo “totally misrepresents the culture” there.', 'totally misrepresents the culture', 'Joe Nienhaus'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('quoted words that head or name something are not a statement', () => {
  const kindOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text === words)?.kind;
  it('a pull-quote subheading: a line of nothing but a short quotation with no sentence end', () => {
    assert.equal(kindOf('Shelter residents described cramped rooms.\n\n‘Hard to be in such close quarters with the same people’\n\nResidents, according to the findings, are frustrated.', 'Hard to be in such close quarters with the same people'), 'scare');
  });
  it('a quotation on a "WATCH:" pointer line', () => {
    assert.equal(kindOf('“We may never know,” Lohmar said.\n\nWATCH: ‘No magic pill’ – Toronto’s police chief highlights gun violence\n\nThe city has 70,000 residents.', 'No magic pill'), 'scare');
  });
  it('a programme\'s title after a possessive, and the words around it stay the speaker\'s', () => {
    const text = '“If we blame each other, this could last a long, long time,” Shelby said on CBS’ “Face the Nation.” “Nobody wins in these things.”';
    assert.equal(kindOf(text, 'Face the Nation.'), 'scare');
    assert.equal(analyze(text).quotes.find((q) => q.text.startsWith('If we blame'))?.speaker, 'Shelby');
  });
  it('a work\'s title after "watching"', () => {
    assert.equal(kindOf('I guess after watching "We Believe: The Best Men Can Be" — the razor ad from last week — she had questions.', 'We Believe: The Best Men Can Be'), 'scare');
  });
  it('a paragraph that is one whole quoted sentence stays direct', () => {
    assert.equal(kindOf('“We are ready,” Moss said.\n\n“We will not stop until the job is done.”', 'We will not stop until the job is done.'), 'direct');
  });
});

describe('a lone name that speaks of itself as "it" is a body', () => {
  const kindOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name)?.kind;
  it('"Greenpeace said it would sue", "Walmart said its stores …"', () => {
    assert.equal(kindOf('Greenpeace said it would sue the government. “This is illegal,” Greenpeace said.', 'Greenpeace'), 'organization');
    assert.equal(kindOf('Walmart said its stores would close early. “Safety comes first,” Walmart said.', 'Walmart'), 'organization');
    assert.equal(kindOf('Trudeau said he would sue. “This is illegal,” Trudeau said.', 'Trudeau'), 'person');
  });
  it('the narrative\'s body goes on speaking in the quotation after it', () => {
    const text = 'The aid group Gatsby said its Africa director was among those killed. A statement said the group was “shocked and saddened” to confirm the death, and that he had “devoted ten years of his career to helping the poorest people in the world.”';
    assert.equal(analyze(text).quotes.find((q) => q.text.startsWith('devoted'))?.speaker, 'Gatsby');
  });
});

describe('role heads met in the ninth round', () => {
  const roleOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name)?.role;
  it('"Chief Executive" is a role, not the first word of a name', () => {
    assert.equal(roleOf('Nvidia Chief Executive Jensen Wu said the firm “will comply with every rule we are given.”', 'Jensen Wu'), 'Nvidia Chief Executive');
  });
  it('an appositive after a name gives its role, with no quotation near ("X, president of Y, said she …")', () => {
    assert.equal(roleOf('Dora Jacks, president of the Manitoba Nurses Union, said she has heard from nurses.', 'Dora Jacks'), 'president of the Manitoba Nurses Union');
    assert.equal(roleOf('Jon Magee, pediatrician and researcher at St. Michael’s Hospital in Toronto, said milk matters.', 'Jon Magee'), 'pediatrician and researcher at St. Michael’s Hospital in Toronto');
    assert.equal(roleOf('Karen Lund, the company’s co-founder and CEO, struck a defiant tone.', 'Karen Lund'), 'the company’s co-founder and CEO');
  });
  it('a role before a name and an appositive after it are both the person\'s', () => {
    const person = analyze('Trade lawyer Mark Wexler, a principal at MAAW Law in Toronto, said he expected a challenge.').entities.find((e) => e.name === 'Mark Wexler');
    assert.deepEqual(person?.roles, ['Trade lawyer', 'principal at MAAW Law in Toronto']);
  });
  it('an appositive that is a clause or a list gives no role, or only its own part', () => {
    assert.equal(roleOf('His son, Const. Andrew Vickers, has been commended for saving two women as a police officer. “It was my job,” Vickers said.', 'Andrew Vickers'), 'Const.');
    assert.equal(roleOf('China arrested Michael Kovac, a former diplomat and Michael Spade, an entrepreneur, on Monday.', 'Michael Kovac'), 'former diplomat');
    assert.equal(roleOf('Will the new councillors, Pete Fry and Michael Webb, be at odds with Ms. Carr, who tends to agree? “We will see,” Webb said.', 'Michael Webb'), null);
  });
  it('"he said" after someone with an unknown first name and an irregular verb ("struck") is them', () => {
    assert.equal(analyze('Jensen Huang struck a defiant tone on Monday. “We will serve every market,” he said.').quotes[0].speaker, 'Jensen Huang');
  });
  it('a role before a name may end in a lowercase complement ("The minister for housing, Claire Dubois,")', () => {
    assert.equal(roleOf('The minister for housing, Claire Dubois, resigned on Thursday. “I have made mistakes,” Dubois said.', 'Claire Dubois'), 'minister for housing');
    assert.equal(roleOf('The minister of health and wellness, Claire Dubois, resigned. “I have made mistakes,” Dubois said.', 'Claire Dubois'), 'minister of health and wellness');
  });
  it('every abbreviated title the tokenizer knows opens a name in the whole-text pass too ("RCMP Cpl.", "Const.")', () => {
    assert.equal(roleOf('RCMP Cpl. Gina Slane said searchers had covered more ground. “We have not given up hope,” Slane said.', 'Gina Slane'), 'RCMP Cpl.');
    assert.equal(roleOf('Const. Maria Vega said the road was closed. “It will reopen soon,” Vega said.', 'Maria Vega'), 'Const.');
  });
  it('a capitalised title after "The", set off before the name, is the role ("The Health Secretary, Wes Streeting,")', () => {
    assert.equal(roleOf('The Health Secretary, Wes Streeting, said the plan was ‘starting to work’.', 'Wes Streeting'), 'Health Secretary');
    assert.equal(roleOf('The Foreign Secretary, David Lammy, was in Kyiv. “We stand with Ukraine,” Lammy said.', 'David Lammy'), 'Foreign Secretary');
  });
  it('an open-class word inside a role after a possessive or a party keeps the role whole', () => {
    assert.equal(roleOf("Patients' rights advocate Paul Brune said the sick “always pay the price in the end.”", 'Paul Brune'), "Patients' rights advocate");
    assert.equal(roleOf('Former Conservative infrastructure critic Michael Chang said it “will not work at all.”', 'Michael Chang'), 'Former Conservative infrastructure critic');
    assert.equal(roleOf('Smith defended health critic Jane Doe on Monday. “I am fine,” Doe said.', 'Jane Doe'), 'health critic');
  });
  it('a reflexive opening an appositive is no part of the role ("herself a cardiologist")', () => {
    assert.equal(roleOf('“She just was,” said her daughter, Dr. Anne Hale-Morrison, herself a cardiologist.', 'Anne Hale-Morrison'), 'cardiologist');
  });
  it('a prefixed role head is a head ("Vice-Premier", "Co-chair")', () => {
    assert.equal(roleOf('Vice-Premier Ding Xuexiang, speaking for China, said rich countries must “honour their commitments to the poor.”', 'Ding Xuexiang'), 'Vice-Premier');
    assert.equal(roleOf('Co-chair Jane Smith said the panel “will report in the spring of next year.”', 'Jane Smith'), 'Co-chair');
  });
  it('"Coun." and "Cllr" are titles', () => {
    assert.equal(roleOf('Coun. Dina Saxby told the meeting, “these lanes save lives every single day.”', 'Dina Saxby'), 'Coun.');
    assert.equal(roleOf('Cllr Jane Smyth said the council “will comply with every rule we are given.”', 'Jane Smyth'), 'Cllr');
  });
});
