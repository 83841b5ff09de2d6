import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes met in the thirteenth round (a prime minister's
// office and campaign, British and Scottish members with letters after their names).

const premier = 'Justin Trudeau visited Ottawa on Monday. ';

const families: Array<[family: string, cases: Case[]]> = [
  ['a body a possessive owns speaks as written, never its owner nor the last person named', [
    ['"Trudeau’s office said"', `${premier}"We will not comment on that," Trudeau’s office said in a statement.`, 'We will not comment on that,', 'Trudeau’s office'],
    ['opening the sentence', `${premier}Trudeau’s campaign said: "We are confident of winning."`, 'We are confident of winning.', 'Trudeau’s campaign'],
    ['a role after "the" owns it', `${premier}"He is tired," the prime minister's office said.`, 'He is tired,', "the prime minister's office"],
    ['inverted, a body owning it', `${premier}"We agree with the plan," said the Liberal Party’s campaign.`, 'We agree with the plan,', 'the Liberal Party’s campaign'],
    ['another owner\'s office is not the office quoted before', `${premier}"No," Trudeau's office said. "He is tired," the mayor's office said.`, 'He is tired,', "the mayor's office"],
    ['a role after the body is that role\'s holder', `${premier}"We are close," Trudeau’s campaign manager said.`, 'We are close,', 'Trudeau’s campaign manager'],
    ['a lowercase modifier before the body\'s word', 'Oil rose. Saudi Arabia\'s energy ministry described the reduction as "a precautionary measure."', 'a precautionary measure.', "Saudi Arabia's energy ministry"],
    ['inverted, with a modifier', 'Oil rose. "It is a precaution," said Saudi Arabia’s energy ministry.', 'It is a precaution,', 'Saudi Arabia’s energy ministry'],
    ['"his office" still speaks as written', `${premier}"No comment," his office said.`, 'No comment,', 'his office'],
  ]],
  ['letters after a name are no part of it', [
    ['"John Smith MP said"', `${premier}John Smith MP said: "This is a disgrace."`, 'This is a disgrace.', 'John Smith'],
    ['inverted, "MSP"', '"We welcome it," said Anna Berg MSP.', 'We welcome it,', 'Anna Berg'],
    ['an honour or a rank', 'Mark Jones QC said: "It is a fair result."', 'It is a fair result.', 'Mark Jones'],
    ['set off by a comma', '"No," said Sophie Lam KC, representing the family.', 'No,', 'Sophie Lam'],
    ['a role before the letters is still a role', 'Scottish Labour MSP Pam Duncan said: "Fine."', 'Fine.', 'Pam Duncan'],
    ['a party and the letters with no name are nobody named', 'A Green MEP said: "No."', 'No.', 'a Green MEP'],
  ]],
  ['a role\'s lowercase complement ("chief of staff") is part of the role, and the name set off after it speaks', [
    ['"The Toronto hospital’s chief of staff said"', 'The Toronto hospital’s chief of staff said: "We are full."', 'We are full.', 'the Toronto hospital’s chief of staff'],
    ['inverted, with the name at the end of the sentence', '"The numbers speak for themselves," said the mayor\'s chief of staff, Tom Willis.', 'The numbers speak for themselves,', 'Tom Willis'],
    ['a sentence\'s subject with a later "but said:"', 'The mayor\'s chief of staff, Tom Willis, declined to comment on the specifics but said: "The numbers speak for themselves."', 'The numbers speak for themselves.', 'Tom Willis'],
    ['a two-word complement', '"No," the director of public safety said.', 'No,', 'the director of public safety'],
    ['a capitalised complement is still the office\'s name', 'John Smith spoke first. "It is a threat," the Minister of Finance said.', 'It is a threat,', 'John Smith'],
  ]],
  ['a member of the public the text names by what they are speaks as described', [
    ['"one juror, who declined to give her name, told"', 'A federal jury convicted Gregory Lane. "No one is above the law," U.S. Attorney Damian Cole said. "This was about greed, plain and simple," one juror, who declined to give her name, told The Associated Press.', 'This was about greed, plain and simple,', 'one juror'],
    ['"a spectator said:"', 'Damian Cole spoke first. A spectator said: "It was terrifying."', 'It was terrifying.', 'a spectator'],
    ['"one fan said"', 'Damian Cole spoke first. "We waited all night," one fan said.', 'We waited all night,', 'one fan'],
  ]],
  ['an honorific says which of two people sharing a surname it is', [
    ['"Ms Morgan" after a man of that name', "First Minister Eluned Morgan visited. Council leader Andrew Morgan spoke too. 'That is simply not true,' Ms Morgan told reporters.", 'That is simply not true,', 'Eluned Morgan'],
    ['"Mr Morgan" after a woman of that name', "Council leader Andrew Morgan spoke. First Minister Eluned Morgan visited. 'That is simply not true,' Mr Morgan told reporters.", 'That is simply not true,', 'Andrew Morgan'],
    ['"she" after "Ms Morgan" as the subject', "First Minister Eluned Morgan visited. Council leader Andrew Morgan spoke too. Ms Morgan rejected the criticism. 'That is simply not true,' she told reporters.", 'That is simply not true,', 'Eluned Morgan'],
  ]],
  ['what someone will or may say is no report, and a relative clause\'s antecedent speaks past the clause', [
    ['"said the company would respond"', 'Rival firm Voltic declined to comment. A person familiar with the plans said the company would respond "within months."', 'within months.', 'a person familiar with the plans'],
    ['a long relative clause naming "they"', 'Rival firm Voltic declined to comment. A person familiar with Voltic\'s plans, who spoke on condition of anonymity because they were not authorized to speak publicly, said the company would respond "within months."', 'within months.', "a person familiar with Voltic's plans"],
    ['a modal before a colon still introduces the words', 'The minister will say: "We are ready."', 'We are ready.', 'the minister'],
  ]],
  ['"it" is a body: a name that speaks of itself as "it", or is set off after a body\'s description', [
    ['"Northgate Homes said it would …"', 'Northgate Homes said it would review rents. In a statement, it said: "We understand residents\' concerns."', 'We understand residents\' concerns.', 'Northgate Homes'],
    ['"The housing association, Northgate Homes, said"', 'Residents say they were misled. The housing association, Northgate Homes, said rents had risen in line with inflation. In a statement, it said: "We understand residents\' concerns."', 'We understand residents\' concerns.', 'Northgate Homes'],
    ['never a group of people', 'Residents say they were misled. In a statement, it said: "We understand residents\' concerns."', 'We understand residents\' concerns.', null],
  ]],
  ['whoever accuses someone "of" quoted words said them', [
    ['a participle after "with"', 'The fight over a flood levee has boiled over, with Mayor Kerrie Blandford accusing a fellow councillor of "playing politics with people’s homes".', 'playing politics with people’s homes', 'Kerrie Blandford'],
    ['a past tense', 'John Smith spoke first. The mayor, Ann Lee, accused the council of "playing politics with people’s homes".', 'playing politics with people’s homes', 'Ann Lee'],
  ]],
  ['a headline\'s pull-quote is whoever its label names, a bare role too', [
    ['"‘Not on my bus’: driver helps deliver baby"', '‘Not on my bus’: driver helps deliver baby girl on the number 42\n\nDriver Sandeep Gill pulled over and helped. “I’m not medically trained at all,” Mr Gill said.', 'Not on my bus', 'Sandeep Gill'],
    ['a full name after the colon', '‘I wrote it in a lay-by’: Ines Calder on grief\n\nInes Calder drove a lorry for eleven years.', 'I wrote it in a lay-by', 'Ines Calder'],
  ]],
  ['a headline\'s bare role after an inverted verb is that role, nobody the text named', [
    ['"says budget chief" in a related card', '"It is not enough," said Coun. Lisa Park.\n\nRelated Articles\n"We can\'t afford it," says budget chief', "We can't afford it,", 'budget chief'],
  ]],
  ['a numbered name stays whole in an anonymous source', [
    ['"A No 10 source insisted"', 'A No 10 source insisted the plans would be "fair and compassionate", adding: "Nobody who genuinely cannot work will lose out."', 'Nobody who genuinely cannot work will lose out.', 'a No 10 source'],
    ['after the quotation', '"It is over," a No 10 source said.', 'It is over,', 'a No 10 source'],
  ]],
  ['a paper\'s authors speak as the text names them', [
    ['"The study\'s authors wrote that …"', 'Europe recorded 127,350 measles cases. The study\'s authors wrote that vaccination coverage had "stagnated or declined" in many countries.', 'stagnated or declined', "the study's authors"],
  ]],
  ['an age stands for the person it is, the subject just before', [
    ['"the 23-year-old said"', 'Leon Draisaitl added a goal. Calgary goaltender Dustin Wolf made 38 saves. "I felt good," the 23-year-old said.', 'I felt good,', 'Dustin Wolf'],
    ['opening the sentence', 'Leon Draisaitl added a goal. Calgary goaltender Dustin Wolf made 38 saves. The 23-year-old said: "I felt good."', 'I felt good.', 'Dustin Wolf'],
    ['"a … fan" is someone new', 'Leon Draisaitl added a goal. "I felt good," a 23-year-old fan said.', 'I felt good,', 'a 23-year-old fan'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('roles met in the thirteenth round', () => {
  const roleOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name)?.role;
  it('an elected member\'s letters are their role, an honour\'s are not', () => {
    assert.equal(roleOf('John Smith MP said: "This is a disgrace."', 'John Smith'), 'MP');
    assert.equal(roleOf('Mark Jones QC said: "It is a fair result."', 'Mark Jones'), null);
  });
  it('a role set off before a name keeps its complement and owner, without "the"', () => {
    assert.equal(roleOf('"The numbers speak for themselves," said the mayor\'s chief of staff, Tom Willis.', 'Tom Willis'), "mayor's chief of staff");
    assert.equal(roleOf('"No," said the city’s director of public safety, Ann Lee.', 'Ann Lee'), 'city’s director of public safety');
    assert.equal(roleOf('"No," said the foreign minister, Simon Kofe.', 'Simon Kofe'), 'foreign minister');
  });
  it('"First Minister" is a title, whole', () => {
    assert.equal(roleOf("First Minister Eluned Morgan wrote on X that her thoughts were with those affected. 'Emergency services are working around the clock,' she posted.", 'Eluned Morgan'), 'First Minister');
  });
  it('a role with a complement set off before a full name is theirs, on the quote too', () => {
    const text = "Natural Resources Wales (NRW) issued 12 flood warnings on Sunday. Its head of incident management, Jeremy Parr, said: 'We are seeing very high river levels across the region.'";
    assert.equal(analyze(text).quotes[0].role, 'head of incident management');
  });
  it('an owner named with an honorific is written out once', () => {
    const text = 'A man killed 52-year-old Peter Walsh in March. In a statement, Mr Walsh\'s widow, Anne, said: "Our lives were shattered that night."';
    assert.equal(roleOf(text, 'Anne'), "Peter Walsh's widow");
  });
  it('an acronym opening a role after a name is no relative pronoun ("WHO regional director")', () => {
    assert.equal(roleOf('"Measles is back," said Dr. Hans Kluge, WHO regional director for Europe.', 'Hans Kluge'), 'WHO regional director for Europe');
  });
  it('a role the text gives before the name is kept', () => {
    assert.equal(roleOf('Scottish Labour MSP Pam Duncan said: "Fine."', 'Pam Duncan'), 'Scottish Labour MSP');
  });
});

describe('terms and titles met in the thirteenth round', () => {
  const kindOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text === words)?.kind;
  it('whatever follows "titled" is a work\'s title, in any case', () => {
    assert.equal(kindOf('The paper, titled “Rapid burial of blue carbon in temperate Zostera meadows”, reports average burial rates.', 'Rapid burial of blue carbon in temperate Zostera meadows'), 'scare');
  });
  it('words the text flags with "so-called" are that term wherever they are quoted, a headline too', () => {
    const text = "Dravonia warns European 'coalition of the willing' against border mission\n\nThe so-called \"coalition of the willing\", made up of a dozen states, met on Monday.";
    const quotes = analyze(text).quotes;
    assert.deepEqual(quotes.map((q) => [q.text, q.kind, q.speaker]), [
      ['coalition of the willing', 'scare', null],
      ['coalition of the willing', 'scare', null],
    ]);
  });
  it('what someone describes a thing as is their word for it, however short', () => {
    assert.equal(kindOf('One Treasury source described the department’s figures as “heroic”, adding that nobody had signed off.', 'heroic'), 'direct');
    assert.equal(analyze('One Treasury source described the department’s figures as “heroic”.').quotes[0].speaker, 'one Treasury source');
    assert.equal(kindOf('A spokesperson for the camp said police had arrived, describing the scene as "chaos."', 'chaos.'), 'direct');
  });
  it('a headline\'s present tense reports a clause as the past does', () => {
    const text = 'Housing secretary insists reforms are ‘long overdue’ as MPs rebel\n\nMargaret Ellwood, the housing secretary, said the plan was fair.';
    assert.equal(kindOf(text, 'long overdue'), 'direct');
    // a bare description in a headline is whoever the article names with that role below it
    assert.equal(analyze(text).quotes[0].speaker, 'Margaret Ellwood');
  });
  it('what someone accuses another of is their word for it', () => {
    assert.equal(analyze('Conservative leader Kemi Badenoch accused the government of "chaos".').quotes[0].speaker, 'Kemi Badenoch');
  });
  it('other words the speaker quoted stay theirs', () => {
    const text = 'Dravonia said the mission was "a direct and deliberate provocation".\n\nThe so-called "coalition of the willing" met on Monday.';
    assert.equal(kindOf(text, 'a direct and deliberate provocation'), 'direct');
  });
});
