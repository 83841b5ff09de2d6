import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes met in the fourteenth round (a port authority's
// vote, a football manager's complaint, a care-home fraud, a grain-corridor walkout).

/** The role the analysis gives the quotation `words` of `source`. */
function roleOf(source: string, words: string): string | null {
  const quote = analyze(source).quotes.find((q) => q.text === words);
  assert.ok(quote, `no quote "${words}"`);
  return quote.role;
}

/** The roles the analysis gives the person called `name` in `source`. */
function rolesOf(source: string, name: string): string | null {
  return analyze(source).entities.find((e) => e.name === name)?.role ?? null;
}

const families: Array<[family: string, cases: Case[]]> = [
  ['the name set off after a description speaks, with its holder\'s affiliation after it', [
    ['"said its lead author, Prof. Joanna Hartley of James Cook University."', '"It was bad," said its lead author, Prof. Joanna Hartley of James Cook University.', 'It was bad,', 'Joanna Hartley'],
    ['without the honorific', '"It was bad," said its lead author, Joanna Hartley of James Cook University.', 'It was bad,', 'Joanna Hartley'],
    ['a relative clause after the name', '"It was bad," said her lawyer, Tom Reyes, who declined to say more.', 'It was bad,', 'Tom Reyes'],
    ['with "at"', '"We saw it coming," said the study\'s co-author, Mei Lin at the University of Toronto.', 'We saw it coming,', 'Mei Lin'],
  ]],
  ['a body set off after a possessive description is that body, for "the company said" later', [
    ['"The care home\'s operator, Evergreen Living,"', 'The care home\'s operator, Evergreen Living, said in a statement that it had introduced new controls. "We are deeply sorry," the company said.', 'We are deeply sorry,', 'Evergreen Living'],
    ['"The city\'s transit agency, Metrolinx,"', 'The city\'s transit agency, Metrolinx, said it would delay the line. "Safety comes first," the agency said.', 'Safety comes first,', 'Metrolinx'],
  ]],
  ['a document speaks for its author, and its findings are its words', [
    ['"The report, written by hydrologist Dr. Fiona Reid, said"', 'The report, written by hydrologist Dr. Fiona Reid, said the river rose "faster than any model had predicted."', 'faster than any model had predicted.', 'Fiona Reid'],
    ['"The report said": a document noun that is also a verb', 'The council met on Monday. The report said the river rose "faster than any model had predicted."', 'faster than any model had predicted.', 'the report'],
    ['"The study found that"', 'The council met on Monday. The study found that rents were "rising fastest in small towns."', 'rising fastest in small towns.', 'the study'],
    ['what police find is nobody\'s words', 'Police found that the car was "a total loss."', 'a total loss.', null],
  ]],
  ['a headline ending in a comma and a present-tense verb is its subject\'s', [
    ['", says minister": the minister named below', "Defences 'would not have saved' village, says minister\n\nThe review found the damage could not have been prevented. Environment minister Tom Hale agreed.", 'would not have saved', 'Tom Hale'],
    ['", says Reid"', "Defences 'would not have saved' village, says Reid\n\nThe review was written by hydrologist Fiona Reid.", 'would not have saved', 'Fiona Reid'],
    ['", report finds"', "Defences 'would not have saved' village, report finds\n\nThe review was published on Monday.", 'would not have saved', 'report'],
  ]],
  ['the verb that reports the words, not a verb inside the reported clause or a relative one', [
    ['"The regulator said Meta had continued the transfers"', 'Meta was fined on Monday. The regulator said Meta had continued the transfers "in breach of" a 2020 court ruling.', 'in breach of', 'the regulator'],
    ['"he continued" with no object still reports words', '"We will appeal," Nick Clegg said. "The ruling is flawed," he continued.', 'The ruling is flawed,', 'Nick Clegg'],
    ['"X, who chairs the board, said": a verb after "who" is no role', 'Andrea Jelinek, who chairs the European Data Protection Board, said the infringement was "very serious since it concerns transfers that are systematic."', 'very serious since it concerns transfers that are systematic.', 'Andrea Jelinek'],
    ['"welcomed the fine but said": a joined verb shares the subject', 'Privacy campaigner Max Schrems, whose complaint triggered the case, welcomed the fine but said it was "too little, too late".', 'too little, too late', 'Max Schrems'],
    ['"and said" after a plain clause', 'The mayor praised the plan and said it was "a bold step for the city."', 'a bold step for the city.', 'the mayor'],
  ]],
  ['a body named by capitalised words before its lowercase head, no article', [
    ['"The transit operator, Esmer Metropolitan Transit, said" is the body named, not the last body', 'The council spoke first. "Nobody wins," said Fenella Brook of the Esmer Business Council.\n\nThe transit operator, Esmer Metropolitan Transit, said in a statement that its offer was "the best the network can afford" and that it remained open to talks.', 'the best the network can afford', 'Esmer Metropolitan Transit'],
    ['"Nurses union says"', 'Nurses union says pay offer is "insulting and unworkable for everyone"', 'insulting and unworkable for everyone', 'Nurses union'],
    ['"Ontario government said"', 'Ontario government said the plan was "a disgrace to the profession and to parents."', 'a disgrace to the profession and to parents.', 'Ontario government'],
    ['"Farmers group warns"', 'Farmers group warns drought will be "catastrophic for the whole region this year"', 'catastrophic for the whole region this year', 'Farmers group'],
  ]],
  ['a member of a group speaks as one of them, never as the group or its last-named member', [
    ['"One of them said"', 'Two people familiar with the talks, Ana Ruiz among them, spoke. One of them said the administration "badly misread the room."', 'badly misread the room.', 'one of them'],
    ['"one of the officials said"', 'Two officials spoke. One of the officials said the administration "badly misread the room."', 'badly misread the room.', 'one of the officials'],
  ]],
  ['whose words a sentence says they are', [
    ['"Her response to the criticism from X was blunt:" is hers', 'Coach Dana Reyes spoke first. Her response to the criticism from league commissioner Ron Baxter was blunt: "He has never coached a game in his life."', 'He has never coached a game in his life.', 'Dana Reyes'],
    ['"Reyes\'s message to her players was simple:"', 'Coach Dana Reyes spoke first. Reyes\'s message to her players was simple: "Play hard."', 'Play hard.', 'Dana Reyes'],
    ['"In Reyes\'s words,"', 'Coach Dana Reyes spoke first. In Reyes\'s words, "this team has a heart bigger than the stadium."', 'this team has a heart bigger than the stadium.', 'Dana Reyes'],
    ['"In her own words,"', 'Coach Dana Reyes spoke first. In her own words, "this team has a heart bigger than the stadium."', 'this team has a heart bigger than the stadium.', 'Dana Reyes'],
    ['"The couple, who …, said"', 'The bakery burned down. The couple, who have run it since 1998, said they had "never seen anything like it."', 'never seen anything like it.', 'the couple'],
    ['a quotation ending the sentence its attribution opened is not the next sentence\'s', 'Maria Ortega said: "We lost everything." Ron Baxter told Dana Reyes after the match that she had "crossed a line." She said she had done no such thing.', 'crossed a line.', 'Ron Baxter'],
  ]],
  ['"she" and "he" agree with the gender the text has shown, or name nobody', [
    ['a lone given name as the subject before "she says"', 'Piet Landsverk builds wheelchairs in his shed. "I started with one chair," he says.\n\nNoor rolls her eyes.\n\n"He makes me go over the cattle grid. Ten times," she says.', 'He makes me go over the cattle grid. Ten times,', 'Noor'],
    ['"he says" tells a man\'s gender: a later "she" is never his', 'Piet Landsverk builds wheelchairs in his shed. "I started with one chair," he says.\n\nHanne hands him a mug.\n\n"He makes me go over the cattle grid. Ten times," she says.', 'He makes me go over the cattle grid. Ten times,', null],
  ]],
  ['a body is told by how the text speaks of it', [
    ['"the scheme by Corran Homes, which includes …": "which" is never a person\'s', 'The committee backed the scheme by Corran Homes, which includes a school.\n\nThe Westford council approved it. Corran Homes said in a statement that it was "pleased" with the vote. "We listened to residents throughout," the company said.', 'We listened to residents throughout,', 'Corran Homes'],
    ['"Northfield Rovers later confirmed they would …", then "they said"', "Northfield Rovers lost 2-1 on Saturday.\n\nNorthfield Rovers later confirmed they would write to the league. In a statement on the club's website, they said the decision was 'one of several' to go against them.", 'one of several', 'Northfield Rovers'],
    ['"Better Streets Brackford, which campaigned …", then "the group said"', 'The council approved the gate. "We listened," said council leader Ann Holt.\n\nBetter Streets Brackford, which campaigned for the scheme, welcomed the go-ahead. In a statement, the group said: "This is a brave decision."', 'This is a brave decision.', 'Better Streets Brackford'],
    ['a person\'s name before "said they" is never a body', 'Mamadou Dia said they had been threatened twice. "We were terrified," he said.', 'We were terrified,', 'Mamadou Dia'],
  ]],
  ['groups, bodies and documents that speak as one', [
    ['"One Labour backbencher, …, said:"', 'One Labour backbencher, speaking on condition of anonymity, said: "It looks terrible."', 'It looks terrible.', 'one Labour backbencher'],
    ['"The jury, chaired by X, praised the film as …": the agent after "by" is not the subject', 'The jury, chaired by the cinematographer Colm Arkwright, praised the film as "a small boat carrying an enormous cargo".', 'a small boat carrying an enormous cargo', 'the jury'],
    ['"it said" after the jury', 'The jury, chaired by the cinematographer Colm Arkwright, praised the film as "a small boat carrying an enormous cargo". In its written citation, it said Voss had made "a film of rare patience in an impatient age".', 'a film of rare patience in an impatient age', 'the jury'],
    ['"The paper found the association was …"', 'The paper found the association was "robust to a range of sensitivity analyses" in all groups.', 'robust to a range of sensitivity analyses', 'the paper'],
    ['"what it called" is the body the sentence opened with', 'Orlan Group said it would cut 400 jobs. The company blamed higher costs and what it called "exceptionally aggressive" price competition.', 'exceptionally aggressive', 'Orlan Group'],
    ['a corporate word after a given name is still a body\'s', 'Orlan Group cut 400 jobs on Monday. "We had no choice," the company said.', 'We had no choice,', 'Orlan Group'],
  ]],
  ['"she" after a description that tells a gender', [
    ['"Her mother laughs. "…," she says."', 'Piet Landsverk builds chairs. "I started with one," he says.\n\nNoor laughs. Her mother laughs too. "Every single time," she says.', 'Every single time,', 'her mother'],
  ]],
  ['"the X said" after "one X …" is that someone, never the last person named', [
    ['"One senior academic …, who asked not to be named, warned … the academic said"', "Dr Priya Venn, who leads the union, disagreed. One senior academic in the business school, who asked not to be named, warned that the union risked defeat. 'The numbers are genuinely bad,' the academic said.", 'The numbers are genuinely bad,', 'one senior academic in the business school'],
    ['"One engineer who works on the platform said … the engineer said"', 'Two employees spoke to the Ledger. Chief executive Dana Holt declined to comment. One engineer who works on the platform said staff had raised concerns. "We flagged it in January," the engineer said.', 'We flagged it in January,', 'one engineer'],
  ]],
  ['two people joined by "and" speak together', [
    ['"Ray and Sheila Pettigrew said:"', 'Outside court, the family waited. In a statement read by their solicitor, Ray and Sheila Pettigrew said: "Our son was a gentle man."', 'Our son was a gentle man.', 'Ray and Sheila Pettigrew'],
    ['two full names', 'In an emailed statement, Tore Sohlberg and Lehla Abreder said they respected the vote. "Our priority is a safe workplace," they said.', 'Our priority is a safe workplace,', 'Tore Sohlberg and Lehla Abreder'],
    ['"they said" after the pair as a subject', "On the picket line, history students Jonah Pettifer and Elsie Marwood held up a bedsheet.\n\n'We are losing a module a term,' they said.", 'We are losing a module a term,', 'Jonah Pettifer and Elsie Marwood'],
    ['"she said" after a pair is still one of them, or no one — never the pair', "On the picket line, Jonah Pettifer and Elsie Marwood held up a bedsheet.\n\n'We are losing a module a term,' she said.", 'We are losing a module a term,', 'Elsie Marwood'],
  ]],
  ['"it" and the relative clause: whose words they are', [
    ['"X, 58, who lives on Tanner Street, said:" is X, not the street', 'Resident Janet Okoro, 58, who lives on Tanner Street, said: "Nobody knocked on my door."', 'Nobody knocked on my door.', 'Janet Okoro'],
    ['"In a statement, the university said …. \'…,\' it said"', "The strike began on Monday. \"We will not back down,\" said organiser Dana Holt.\n\nIn a statement, the university said contingency plans were in place. 'We remain open to talks at any time,' it said.", 'We remain open to talks at any time,', 'the university'],
    ['a document is an "it" too', 'Residents objected. "It is madness," said Dana Holt.\n\nThe consultation report, published in January, found that 61 per cent opposed the gate. However, it said the results "should be weighed against the wider public health benefits".', 'should be weighed against the wider public health benefits', 'the consultation report'],
  ]],
  ['headlines and the bodies they speak as', [
    ['"… as nurses say cash will ‘…’": "as" opens no speaker', 'Hospitals handed £340m as nurses say cash will ‘not touch the sides’\n\nThe package was announced on Monday.', 'not touch the sides', 'nurses'],
    ['a pull-quote the body opens a quotation with is the body\'s speaker\'s, not the label\'s', '‘He cooked the way he argued’: Ned Corravane, 1943–2024\n\nEdmund Corravane, known as Ned, has died aged 81. His old rival Lucien Dufrey paid tribute. “He cooked the way he argued – loudly, and all night,” Dufrey said.', 'He cooked the way he argued', 'Lucien Dufrey'],
    ['words met inside someone else\'s quotation leave the label\'s reading alone', '‘Not on my bus’: driver helps deliver baby\n\nBus driver Sandeep Gill helped deliver the baby. “He looked at me and said, ‘Not on my bus, you’re not,’” said Chloe Barton.', 'Not on my bus', 'Sandeep Gill'],
  ]],
  ['bodies by their heads', [
    ['"the federation said … which it called"', 'The Carrow Evening Post reported the row. "We will ballot," said Bernadette Okafor. In a statement issued later, the federation said it would ballot members on a pay offer, which it called "an insult dressed up as a settlement".', 'an insult dressed up as a settlement', 'the federation'],
    ['"A senior official at the ministry, who …, said:" keeps its article', 'A senior official at the ministry, who spoke on condition of anonymity, said: "The talks are over."', 'The talks are over.', 'a senior official at the ministry'],
  ]],
  ['a speaker named right after the words', [
    ['"That was the verdict of Dr X" in the next paragraph', "The lecturers are angry.\n\n‘We have been told for two years that there is no money for pay. Our members are not striking lightly.’\n\nThat was the verdict of Dr Marguerite Vance, the union branch secretary, speaking on Monday.\n", 'We have been told for two years that there is no money for pay. Our members are not striking lightly.', 'Marguerite Vance'],
    ['a quotation opening its paragraph, then "Full Name, 63, a …, said"', '"The turnout is extraordinary," pollster Sunil Dasgupta said.\n\nAt a polling station, several voters said they had switched.\n\n"I have voted for them my whole life. Not this time." Brenda Hollis, 63, a retired postwoman, said the closure had been the last straw.', 'I have voted for them my whole life. Not this time.', 'Brenda Hollis'],
    ['a name after the words that does something else is no speaker', '"The turnout is extraordinary," pollster Sunil Dasgupta said.\n\n"It is a landslide." Brenda Hollis, the candidate, arrived at midnight.', 'It is a landslide.', 'Sunil Dasgupta'],
  ]],
  ['statements and reports speak for whoever issued them', [
    ['"In a statement released on Monday, the club said" … "the statement added"', 'In a statement released on Monday, the club said: "We thank Gary." Coach Andy Pellow will take charge "on an interim basis", the statement added.', 'on an interim basis', 'the club'],
    ['"In a statement issued after the hearing, Northgate said" … "the statement said"', 'In a statement issued after the hearing, Northgate said it was "disappointed". "We have always been proud of our work," the statement said.', 'We have always been proud of our work,', 'Northgate'],
    ['"The policy statement said …": a modifier before "statement" makes it the speaker', 'Rates were held. The policy statement said the committee judged that "risks to the inflation outlook remain tilted to the upside", citing wages.', 'risks to the inflation outlook remain tilted to the upside', 'the policy statement'],
    ['"The consultation report, published in February, found that …"', 'The school may close. The consultation report, published in February, found that the school was "not financially sustainable beyond the next academic year" and needed repairs.', 'not financially sustainable beyond the next academic year', 'the consultation report'],
    ['"The Competition and Markets Board said …", then "the board said"', 'The merger was announced on Monday. The Competition and Markets Board said it would examine the deal closely. "Broadband is an essential service," the board said in a statement.', 'Broadband is an essential service,', 'Competition and Markets Board'],
  ]],
  ['whom words are told to, or what is named, never speaks them', [
    ['"X nonetheless called Lanternfish “…”" is X', 'Dr Ellen Marsh-Ivory is sceptical. Marsh-Ivory nonetheless called Lanternfish "the most ambitious small-body mission anyone has flown" on Friday.', 'the most ambitious small-body mission anyone has flown', 'Ellen Marsh-Ivory'],
    ['"told" never takes its object for the speaker', 'The trial opened on Monday. Jurors heard that the accused told police "I was never there" when he was arrested.', 'I was never there', null],
  ]],
  ['a surname opening the sentence before the words is who goes on to speak', [
    ['"Agnes Thorvik, a 67-year-old retired nurse, held up …" over an appositive', 'The federation spoke first. "We cannot absorb another winter," the federation said in a statement.\n\nAt the covered market, shoppers were less interested. Agnes Thorvik, a 67-year-old retired nurse, held up a paper bag of apples. "This was 30 crowns at Christmas. Now it is 42."', 'This was 30 crowns at Christmas. Now it is 42.', 'Agnes Thorvik'],
    ['"A neighbouring farmer, who …, told the paper:" — never the paper', 'Police said inquiries were continuing. "We are patrolling," said Inspector Rhys Alder of Glasmoor Police. A neighbouring farmer, who did not want to be named, told the paper: "We have all started sleeping with one ear open."', 'We have all started sleeping with one ear open.', 'a neighbouring farmer'],
    ['"the head teacher added" is the head teacher, not the subject just before', 'Joanna Threlkeld, head teacher for eleven years, said the vote was a blow.\n\nThe Rev Anthea Coombes was blunter. "It was a countdown," she said. Coombes shook her head. "I sat through four meetings."\n\n"Some of these children are four years old," the head teacher added.', 'Some of these children are four years old,', 'Joanna Threlkeld'],
    ['"Coombes shook her head. “…”" after another woman spoke', 'Joanna Threlkeld, the head teacher, said the vote was a blow. "We have children here," she said.\n\nThe Rev Anthea Coombes, who chairs the governors, was blunter. "It was a countdown," she told the Courier.\n\nMrs Threlkeld stopped short of saying the outcome had been fixed, but said families had been given too little time. Coombes shook her head. "I sat through four public meetings and not one of our questions was answered."', 'I sat through four public meetings and not one of our questions was answered.', 'Anthea Coombes'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('a word or two a document "found" is a term, as after any weak verb', () => {
  it('"a report found … an “emergency.”"', () => {
    const text = 'The board was disbanded on Friday after a report found relations with the community were in a crisis that constitute an "emergency."';
    assert.equal(analyze(text).quotes[0].kind, 'scare');
  });
});

describe('a short quotation that is the reported clause\'s verb is the speaker\'s words', () => {
  it('"said the change “fundamentally altered” the deal"', () => {
    const quote = analyze('Senate Minority Leader John Thune, R-S.D., said the change "fundamentally altered" the deal.').quotes[0];
    assert.deepEqual([quote.kind, quote.speaker], ['direct', 'John Thune']);
  });
  it('a quoted modifier after the same words is still a term', () => {
    assert.equal(analyze('The mayor said the "robotaxi" plan would fail.').quotes[0].kind, 'scare');
  });
});

describe('a closing mark that scraping pushed onto a line of its own', () => {
  it('closes a short quotation, whose speaker is the sentence\'s', () => {
    const text = 'Local MP Gareth Lyle disagreed. "People here were told," he said. "It never came.\n"\nThe Environment Agency said it accepted the findings.\n';
    const quotes = analyze(text).quotes;
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['People here were told,', 'Gareth Lyle'], ['It never came.', 'Gareth Lyle']]);
  });
});

describe('roles as the text gives them, in full', () => {
  it('a clause after a name set off by commas is no role of theirs', () => {
    const text = 'Northfield\'s manager, Alan Pryce, defended the official. "From where I was standing it was a clear foul," Pryce said.';
    assert.equal(roleOf(text, 'From where I was standing it was a clear foul,'), "Northfield's manager");
    assert.equal(rolesOf('The coach, Ann Ruiz, praised her players. "They were brilliant," Ruiz said.', 'Ann Ruiz'), 'coach');
  });
  it('a relative clause after an appositive role is no part of it', () => {
    assert.equal(roleOf('"The windows shook," said Iryna, a 34-year-old teacher who gave only her first name.', 'The windows shook,'), '34-year-old teacher');
  });
  it('a real appositive role after the name is still read', () => {
    assert.equal(roleOf('"It was grim," said Joanna Hartley, a professor at James Cook University.', 'It was grim,'), 'professor at James Cook University');
  });
  it('a sport\'s positions are roles', () => {
    assert.equal(rolesOf('Her captain, defender Tom Baines, was more measured. "We have to look at ourselves first," said Baines.', 'Tom Baines'), 'defender');
    assert.equal(roleOf('"I just kept running," said sprinter Leah Moss.', 'I just kept running,'), 'sprinter');
  });
  it('a body\'s initials own the field of a role', () => {
    assert.equal(roleOf('EU trade commissioner Maros Sefcovic said: "We will respond."', 'We will respond.'), 'EU trade commissioner');
  });
  it('the quotation takes the fuller role that the name was introduced with', () => {
    assert.equal(roleOf('UN aid chief Martin Griffiths said he was "profoundly disappointed" by the outcome.', 'profoundly disappointed'), 'UN aid chief');
    const text = 'British Prime Minister Keir Starmer led the talks. Prime Minister Keir Starmer stated: “We are at a crossroads.”';
    assert.equal(roleOf(text, 'We are at a crossroads.'), 'British Prime Minister');
  });
});

describe('a utility or business named by its last word is a body', () => {
  const kindOf = (text: string, name: string) => analyze(text).entities.find((e) => e.name === name)?.kind;
  it('"Thames Water said:", "Northern Powergrid said:"', () => {
    assert.equal(kindOf('Thames Water said: "We are sorry for the disruption to customers."', 'Thames Water'), 'organization');
    assert.equal(kindOf('Northern Powergrid said: "We are sorry for the disruption to customers."', 'Northern Powergrid'), 'organization');
  });
  it('a known first name still makes a person', () => {
    assert.equal(kindOf('Samantha Power said: "We are sorry for the disruption to customers."', 'Samantha Power'), 'person');
  });
  it('a scientist named by a specialty has it as a role', () => {
    const text = 'Dr. Marie-Claire Dubois, a microbiologist at the Institut Pasteur, said the risk was "real, especially after heavy rain."';
    assert.equal(analyze(text).quotes[0].role, 'microbiologist at the Institut Pasteur');
  });
});

describe('a body named "X of Y" is one body, for "the department said" later', () => {
  it('"The state Department of Natural Resources said it would …" then "the department said"', () => {
    const text = 'The state Department of Natural Resources said it would publish an assessment in the spring. In an email, the department said it "takes both communities\' concerns seriously."';
    assert.equal(analyze(text).quotes[0].speaker, 'Department of Natural Resources');
  });
  it('"the Ministry of Health" then "the ministry"', () => {
    const text = 'The Ministry of Health said it was ready for the winter. "We have 400 more beds than last year," the ministry said.';
    assert.equal(analyze(text).quotes[0].speaker, 'Ministry of Health');
  });
});

describe('names, titles and slogans in quotation marks are nobody\'s words', () => {
  const kindOf = (text: string) => analyze(text).quotes[0].kind;
  it('a title-case name after a naming verb', () => {
    assert.equal(kindOf('The scheme, which the developer has branded "Hexley Meadows", still needs approval.'), 'scare');
    assert.equal(kindOf('The cuts, part of a programme named "Fit for Forty", were painful.'), 'scare');
  });
  it('whatever follows "the title" or "the slogan"', () => {
    assert.equal(kindOf('The study was published under the title "Sleep timing regularity and incident cardiometabolic disease in a prospective cohort".'), 'scare');
  });
  it('what someone calls a thing in their own words is still theirs', () => {
    assert.equal(kindOf('Declan Moorcroft spoke first. She called the plan "a disgrace" on Monday.'), 'direct');
    assert.equal(analyze('Declan Moorcroft spoke outside. He described the proposed school as a "sweetener" that would not be built for years.').quotes[0].speaker, 'Declan Moorcroft');
  });
});

describe('more speakers a text gives', () => {
  it('a headline label that is a surname the article names in full', () => {
    const text = '‘Nothing to hide’: Tallack defends rail deal as rivals demand inquiry\n\nTransport minister Owen Tallack said the contract was won fairly. "We followed every rule," he said.\n';
    assert.equal(analyze(text).quotes[0].speaker, 'Owen Tallack');
    assert.equal(analyze('‘Nothing to hide’: Update on the rail deal\n\nTransport minister Owen Tallack said the contract was won fairly.\n').quotes[0].kind, 'scare');
  });
  it('"a police investigator told an inquest that …"', () => {
    const text = 'A coroner is to write to officials after a police investigator told an inquest that a cyclist had been "effectively invisible" to its driver.';
    assert.equal(analyze(text).quotes[0].speaker, 'a police investigator');
  });
});
