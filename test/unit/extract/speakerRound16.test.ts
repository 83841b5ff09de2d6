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
  ['"by her own account" names whose words they are', [
    ['"by her own account “…”"', 'Nora Pell joined the lab in 1970. She was the only chemist there and, by her own account, "ridiculously content".', 'ridiculously content', 'Nora Pell'],
    ['"By Lund\'s own admission"', 'Paul Lund is proud of the school. By Lund\'s own admission he was "a hopeless pupil".', 'a hopeless pupil', 'Paul Lund'],
  ]],
  ['the first of "X and two colleagues" is whom "she" means', [
    ['"Dr. Ruth Vane and two colleagues showed …. …, she wrote, were “…”"', 'Her son, Mark Vane, said she died at home.\n\nIn a 1980 paper, Dr. Ruth Vane and two colleagues showed the rivers were failing. The streams, she wrote, were "emptying one species at a time".', 'emptying one species at a time', 'Ruth Vane'],
  ]],
  ['"That is the experience of X"', [
    ['after a paragraph-opening quotation', 'Officials said waits were falling.\n\n"You ring the number and it rings out." That is the experience of Colm Reilly, 61, a taxi driver from Ardee.', 'You ring the number and it rings out.', 'Colm Reilly'],
  ]],
  ['a lede\'s someone named with her age in the next paragraph', [
    ['"A pensioner from X says …. ¶ Name, 72, …"', 'A pensioner from Ardmore says she has been left "counting every penny" by the rise.\n\nEileen Duggan, 72, has lived in the town all her life.', 'counting every penny', 'Eileen Duggan'],
    ['not when that person speaks for himself', 'A local man said the plan was "shocking".\n\nDev Patel, 40, the trust\'s chief executive, said it was improving.', 'shocking', 'a local man'],
  ]],
  ['a lede\'s "a judge" is the judge the text names just after', [
    ['"with a judge describing …" then "Judge X said"', 'A builder who cheated 40 customers has been jailed, with a judge describing his conduct as "cynical and cruel".\n\nKevin Marsh, 51, pleaded guilty to fraud.\n\nJudge Alison Frere said he had shown no remorse.', 'cynical and cruel', 'Alison Frere'],
    ['an official stays unnamed', 'A senior official described the plan as "unworkable".\n\nMinister Joan Hale said she would press on.', 'unworkable', 'a senior official'],
  ]],
  ['"the man said" after someone introduced', [
    ['"One victim’s son, who …, said …. “…,” the man said"', 'Detective Ian Reeve said the money was gone.\n\nOne victim’s son, who asked not to be named, said his mother had lost her home. "She trusted him," the man said.', 'She trusted him,', 'one victim’s son'],
  ]],
  ['a word after the quotation that is no noun it modifies', [
    ['"carried “limited weight” given …"', 'Judge Ann Cole said the plea carried "limited weight" given the harm done.', 'limited weight', 'Ann Cole'],
  ]],
  ['roles of business and an appositive\'s aside', [
    ['"Businessman Luc Roy" is a person for "he" later', 'Businessman Luc Roy finished third.\n\nThe mayor said "thank you" to all.\n\nRoy, who spent $400,000 of his own money, told the paper he had no regrets. "I would do it again," he said.', 'I would do it again,', 'Luc Roy'],
  ]],
  ['someone introduced is whom the same description means later', [
    ['"One user, posting under the name “…,” said …. “…,” the user wrote"', 'Analyst Hiro Tan said the recall was "manageable".\n\nOne user, posting under the name "bluefin_9," said he had waited for hours.\n\n"Cut off three times," the user wrote.', 'Cut off three times,', 'one user'],
    ['"a voice from the back of the room shouted"', 'Mayor Glen Hart arrived late. Before Hart spoke, a voice from the back of the room shouted "Four more years!", drawing applause.', 'Four more years!', 'a voice from the back of the room'],
  ]],
  ['a speech verb that is a noun after a plural possessive is no verb', [
    ['"said the unions\' principal demand, …, was “…”"', 'A senior official, who did not wish to be named, said the unions\' principal demand, a cut from 17 to 12 per cent, was "simply not possible".', 'simply not possible', 'a senior official'],
  ]],
  ['"the professor said" after a sentence she opens with a speech verb', [
    ['"She cautioned that X would …. “…,” the professor said"', 'Priya Ram, who teaches politics at Wendover University, said the result fitted a pattern.\n\nShe cautioned, however, that Delacroix would face a hostile council. "She has a mandate," the professor said.', 'She has a mandate,', 'Priya Ram'],
  ]],
  ['a reported clause the quotation supplies the verb of', [
    ['"says parents “shouldn\'t panic.”": a bare plural subject and a contraction', 'Dr. Sarah Wong, a pediatrician at SickKids, says parents "shouldn\'t panic."', 'shouldn\'t panic.', 'Sarah Wong'],
    ['"wrote in a Facebook post … that … “…”": the post is a noun', 'Premier Scott Moe wrote in a Facebook post on Sunday that the province would "not back down."', 'not back down.', 'Scott Moe'],
  ]],
  ['the name an unnamed speaker is given right after', [
    ['"said one of the young men, who gave his name only as X"', '"We are only opening what was ours," said one of the young men, who gave his name only as Kasaine.', 'We are only opening what was ours,', 'Kasaine'],
    ['"One man, who gave his name only as X, said … “…”"', 'One man, who gave his name only as Ali, said the water was "everywhere".', 'everywhere', 'Ali'],
    ['"a neighbour, who gave only her first name, X"', '"It was a woman," said a neighbour, who gave only her first name, Teresa.', 'It was a woman,', 'Teresa'],
  ]],
  ['a speaker named after the words by "The words were posted … by X"', [
    ['"‘…’ The words were posted on X by Y, the MP for Z"', 'The vote is on Wednesday.\n\n‘I have been loyal to every leader.’ The words were posted on X by Harriet Clarke, the MP for Stavely Vale.', 'I have been loyal to every leader.', 'Harriet Clarke'],
  ]],
  ['a person whose complement of where they work holds a possessive', [
    ['"“…,” Staff Sgt. X of the Y Service’s major crimes unit told reporters"', 'Tamsin Ayotte vanished in 1988.\n\n"We have always had this case in mind," Staff Sgt. Renée Lachance of the Lakeland Police Service’s major crimes unit told reporters.', 'We have always had this case in mind,', 'Renée Lachance'],
  ]],
  ['a sentence after the words saying whose they were', [
    ['"“…” Those words came from X"', 'Police searched the house.\n\n"I was nine when she left. I remember her yellow jacket." Those words came from Marion Beck, her younger sister.', 'I was nine when she left. I remember her yellow jacket.', 'Marion Beck'],
    ['"“…” The warning came from X"', 'The breach exposed millions.\n\n"Every person with a SIM card should be asking where their data lives." The warning came from Joy Atieno, who chairs a consumer forum.', 'Every person with a SIM card should be asking where their data lives.', 'Joy Atieno'],
    ['"“…” The speaker was X, 81, …"', 'Officials said the gauges were deferred.\n\n"I have seen this river rise six times. Never this fast." The speaker was Aldo Brun, 81, who sat on a cot at the arena.', 'I have seen this river rise six times. Never this fast.', 'Aldo Brun'],
    ['"“…” That memory came from the Rev. X"', 'Ada Lowe played the organ for 31 years.\n\n"She would lean over and say, \'Slower, honey,\' and they listened." That memory came from the Rev. Mary Hale, pastor of St Jude\'s.', 'She would lean over and say, \'Slower, honey,\' and they listened.', 'Mary Hale'],
  ]],
  ['"it" is the document a possessive gives its owner', [
    ['"The minister\'s statement was blunt. “…,” it said"', 'Health Minister Jo Lee spoke on Friday. The minister\'s statement was blunt. "We will not negotiate," it said.', 'We will not negotiate,', 'the minister\'s statement'],
  ]],
  ['an aside in dashes or brackets between the subject and the verb', [
    ['"X — who … — said … “…”"', 'Workers at the mill — who asked not to be named — said the floors were "dangerous."', 'dangerous.', 'Workers at the mill'],
    ['"The minister (…) said … “…”"', 'The minister (who was appointed in June) said the plan was "on track."', 'on track.', 'the minister'],
    ['a party tag in brackets still', 'Rand Paul (R-Ky.) said the bill was "a scam."', 'a scam.', 'Rand Paul'],
  ]],
  ['"The daughter of a man who …" is the daughter, not the man nor the hospital', [
    ['"The daughter of a man who died … in St Jude’s Hospital has said"', 'The daughter of a 78-year-old man who died after 19 hours on a trolley in St Jude’s Regional Hospital has said her father was "failed at every turn".', 'failed at every turn', 'the daughter of a 78-year-old man'],
    ['"The father of a boy said"', 'The father of a boy said the beach was "a death trap."', 'a death trap.', 'the father of a boy'],
    ['"A friend of the victim who spoke to CTV said"', 'A friend of the victim who spoke to CTV said he was "a gentle soul."', 'a gentle soul.', 'a friend of the victim'],
    ['an office keeps what it is of: "The head of the agency said"', 'The head of the agency said it was "a tragedy."', 'a tragedy.', 'the agency'],
  ]],
  ['a document opening the sentence, whatever stands between it and "found"', [
    ['"A conservation report commissioned by … found"', 'A conservation report commissioned by the parish last year and filed with the plans found that the window was "sound but fragile".', 'sound but fragile', 'a conservation report'],
    ['"A 2019 audit by the state health department found"', 'A 2019 audit by the state health department found the ward was run with "half the nurses it needs".', 'half the nurses it needs', 'the state health department'],
  ]],
  ['unnamed people and whose they are', [
    ['"A spokesman for the state ambulance service confirmed …. “…,” the spokesman said"', 'A spokesman for the state ambulance service confirmed the call came at 11.42am. "Crews were busy," the spokesman said.', 'Crews were busy,', 'a spokesman for the state ambulance service'],
    ['"A senior nurse in the emergency ward, who …, said …. “…,” she said"', 'Dr Meena Rath said the ward was full. "We are coping," she said.\n\nA senior nurse in the emergency ward, who did not wish to be named as she was not authorised to speak, said the power failed twice. "We fanned patients with files," she said.', 'We fanned patients with files,', 'a senior nurse in the emergency ward'],
    ['"in a statement" is how someone spoke, not where they are', 'A spokesman in a statement said the claims were "baseless".', 'baseless', 'a spokesman'],
    ['"national ID numbers": an acronym after an adjective is no body', 'In a statement, the office said the records included national ID numbers, and described the lapse as "a serious failure".', 'a serious failure', 'the office'],
    ['"Safiri Mobile": a telecom\'s name is a body', 'Safiri Mobile confirmed the breach on Monday. "Few records were taken," the company said.', 'Few records were taken,', 'Safiri Mobile'],
  ]],
  ['a lone name with an age set off after it', [
    ['"Alvarez, 29, scored …. “…,” he said"', 'Alvarez, 29, scored twice in the final. "I dreamed of this," he said through a translator.', 'I dreamed of this,', 'Alvarez'],
  ]],
  ['a role read with the words after it that say where someone stands, up to a possessive', [
    ['"An MP on the party’s right, who …, accused … of ‘…’"', 'An MP on the party’s right, who asked not to be named, accused the leader’s team of ‘drift and dither’ on tax.', 'drift and dither', 'an MP on the party’s right'],
  ]],
  ['bodies and offices that spoke the sentence before', [
    ['"The Office of the Chief Medical Examiner confirmed …. “…,” it said"', 'The Office of the Chief Medical Examiner confirmed it had approved the exhumation. "The remains will be treated with dignity," it said.', 'The remains will be treated with dignity,', 'Office of the Chief Medical Examiner'],
    ['"In its bulletin, the centre said “…”"', 'The regional weather centre issued a red alert. In its bulletin, the centre said "severe heat is very likely to continue".', 'severe heat is very likely to continue', 'the regional weather centre'],
    ['"the collector said"', 'District collector Anil Saxena banned outdoor work at noon. Asked about staffing, the collector said, "Twelve nurses have been sent."', 'Twelve nurses have been sent.', 'Anil Saxena'],
    ['"an ally of Latchford, who argued … ‘…’. ‘…,’ the ally said"', 'Fiona Latchford said she would fight on.\n\nHer warning was echoed by an ally of Latchford, who argued a change would hand the government ‘a free gift’. ‘It will not work,’ the ally said.', 'It will not work,', 'an ally of Latchford'],
  ]],
  ['the turns of an exchange between two people', [
    ['"“…?” X asked. ¶ “…,” Y replied. ¶ “But you can\'t rule it out.”": the asker\'s follow-up', 'Under cross-examination, defence lawyer Gerald Fenn pressed Dr Ingrid Sol on the pigment.\n\n"Isn\'t it possible a restorer did this?" Fenn asked.\n\n"Not across four canvases," Sol replied.\n\n"But you can\'t rule it out."', 'But you can\'t rule it out.', 'Gerald Fenn'],
    ['and the answer to that follow-up is the witness\'s', 'Questioned by Ms Lord, Mrs Ashby said she let the dog out.\n\n"What time was that?" Ms Lord asked.\n\n"Just after one," she said.\n\n"And you are certain it was him?"\n\n"I have lived opposite him for nine years."', 'I have lived opposite him for nine years.', 'Ashby'],
    ['a question its speaker asks as "he said" is rhetorical: his own words go on', 'Tore Sohl and Lena Abe started the campaign. "We want fairness," they said.\n\nUnion president Jeff Trager agreed. "Do you want to eat a cheaper dinner off their backs?" he said.\n\n"For me, I would rather pay a dollar more."', 'For me, I would rather pay a dollar more.', 'Jeff Trager'],
    ['"the judge said" after "Justice X": one office', '"I cannot rule that out," she said, prompting a warning from Justice Mireille Caron.\n\n"The witness will keep to the question," the judge said.', 'The witness will keep to the question,', 'Mireille Caron'],
    ['"in his opening remarks": a noun, not a verb with "the jury" for its subject', 'Fenn told the jury in his opening remarks that his client was "as much a victim as anyone".', 'as much a victim as anyone', 'Fenn'],
  ]],
  ['a question and its answer: the answer is not the asker\'s', [
    ['"‘…?’ Mr Hale asked. ¶ ‘…,’ the witness said": the one who spoke before the question', 'Ann Price, who lives next door, said she heard a shout.\n\n‘It was him,’ she said.\n\nUnder cross-examination by Owen Hale KC, she accepted the lane was dark.\n\n‘So you cannot be sure?’ Mr Hale asked.\n\n‘I know his voice,’ the witness said.', 'I know his voice,', 'Ann Price'],
    ['"“…?” Ms Lord asked. ¶ “…,” she said": the nearest "she" but the asker', 'Questioned by Ms Lord, Mrs Ashby said she had let the dog out.\n\n"What time was that?" Ms Lord asked.\n\n"Just after one," she said.', 'Just after one,', 'Ashby'],
    ['"‘…?’ Mr Hale asked." after a question is Mr Hale\'s', 'Owen Hale KC spoke for the defence.\n\n‘So you cannot be sure?’ Mr Hale asked.', 'So you cannot be sure?', 'Owen Hale'],
    ['a speaker\'s own question answered by her: one speaker', 'Dr Jane Hill runs the clinic, and her deputy Mary Cole agrees.\n\n"Why does this matter?" she asked. "Because nobody else will do it," she said.', 'Because nobody else will do it,', 'Jane Hill'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('an appositive role stops before what is said of its holder', () => {
  it('"a local businessman with roots in … but not …"', () => {
    const entity = analyze('"We won," said Tony Harris, a local businessman with roots in the town but not tied to any party.').entities.find((e) => e.name === 'Tony Harris');
    assert.equal(entity?.role, 'local businessman');
  });
});

describe('a profile\'s "In her own words" section is its subject\'s', () => {
  it('over someone quoted just before it, and the subject called by first name', () => {
    const source = [
      'On Sunday, Mariam Paul, the senior midwife at the Kottavalli centre, worked her last shift.',
      'Mariam, now 64, joined the centre in 1986. Mariam trained every nurse on the ward.',
      'Leela Thomas, the head cleaner, cried openly. “Who will shout at us now?” she said.',
      'In her own words',
      'Q: What will you miss most?',
      'A: The first cry. Every time, my heart jumped at that sound.',
      'Q: What will you do now?',
      'A: Sleep. I have not slept a full night since 1986.',
    ].join('\n\n');
    const answers = analyze(source).quotes.filter((q) => q.text.startsWith('The first cry') || q.text.startsWith('Sleep'));
    assert.deepEqual(answers.map((q) => q.speaker), ['Mariam Paul', 'Mariam Paul']);
  });
});

describe('an apostrophe eliding a word\'s start is no quotation mark', () => {
  it('"’em" inside single marks', () => {
    assert.deepEqual(textsOf('‘We’ll give ’em hell,’ said captain Joe Rourke.'), ['We’ll give ’em hell,']);
  });
  it('"rock ’n’ roll": both marks of ’n’', () => {
    assert.deepEqual(textsOf('‘Rock ’n’ roll saved my life,’ said Dee Marsh.'), ['Rock ’n’ roll saved my life,']);
  });
  it('"’til" in a double-quoted quotation', () => {
    assert.deepEqual(textsOf('“We’ll stay ’til dawn,” she said.'), ['We’ll stay ’til dawn,']);
  });
});

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
    ['"calling her “…,” a nickname she …"', 'Colleagues began calling her "the Iron Aunt," a nickname she pretended to hate.'],
    ['"posting under the name “…”"', 'One user, posting under the name "ridgeback_42," said he waited for hours.'],
    ['"known locally as “…”": an adverb between', 'The east window, known locally as “The Reaper”, could be damaged.'],
    ['"known to his neighbours as “…”": to whom between', 'Ernesto Villanueva, a fisherman known to his neighbours as “Mang Erning”, said he lost both of his boats.'],
    ['"the charity’s guide, ‘…’,": a title set off by a comma', 'Ms Fahy said the charity’s guide, ‘Leaving a Tenancy: Your Rights’, had been read 30,000 times.'],
    ['"its ‘…’ scheme": a capitalised name before the noun it names', 'The council said residents could check its ‘Trade With Trust’ scheme.'],
    ['"“…” (1962)": a work and its year', 'She recorded three albums, including "Harbour Nights" (1962).'],
    ['"the television drama ‘…’"', 'Best known for the television drama ‘Fenwick Lane’, he says he sanded his vowels down.'],
    ['"under the banner “…”"', 'Members voted for a strike under the banner "Fair Pay, Safe Roads."'],
    ['"the 2008 film “…”", one word, with an attribution later in the sentence', 'She writes about the 2008 film "Marrowby", during which, she says, a director was cruel.'],
    ['"a banner unfurled by …, which read “…”"', 'Fans were angry at a banner unfurled by a group of supporters at the derby, which read "Nobody Is Bigger Than The Club".'],
  ];
  for (const [name, source] of cases) it(name, () => assert.equal(kindsOf(source)[0], 'scare'));
});
