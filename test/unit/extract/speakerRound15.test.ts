import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { kindsOf, table, type Case } from './speakerTable';

// Invented sentences, one table per family of mistakes met in the fifteenth round (a zoo's statement, a
// disputed election, a custody inquiry, a school's farewell, a wind-farm row).

const families: Array<[family: string, cases: Case[]]> = [
  ['a verb of calling something something reports words in "X <verb> Y as “…”"', [
    ['"welcomed the ruling as “…”"', 'The Harbour Trust welcomed the ruling as "a long overdue correction" for the port.', 'a long overdue correction', 'the Harbour Trust'],
    ['"dismissed the report as “…”"', 'Councillor Mira Dahl dismissed the report as "a work of fiction" on Tuesday.', 'a work of fiction', 'Mira Dahl'],
    ['"slammed" (a doubled consonant) and one word', 'Senator Joan Pike slammed the plan as "reckless".', 'reckless', 'Joan Pike'],
    ['a time adverbial between the subject and the verb, and a clause after the words', 'Union leader Petra Sousa on Friday rejected the offer as "an insult to every nurse," hours after the health board announced a 2 per cent rise.', 'an insult to every nurse,', 'Petra Sousa'],
  ]],
  ['bodies named by an institution\'s last word, for "the zoo said" later', [
    ['"Fenmore Zoo" then "the zoo said"', 'Fenmore Zoo has lost its oldest lion. "We are heartbroken," the zoo said.', 'We are heartbroken,', 'Fenmore Zoo'],
    ['"… Watch, which …, said"', '"Nothing has changed," Prison Reform Watch, which has tracked the cases for a decade, said in a statement.', 'Nothing has changed,', 'Prison Reform Watch'],
    ['a role word inside the body\'s name', '"Nothing has changed," Fair Justice Watch said.', 'Nothing has changed,', 'Fair Justice Watch'],
    ['"Dunmore Freight" then "the company said"', 'Dunmore Freight said it had paid no ransom. "We were targeted," the company said.', 'We were targeted,', 'Dunmore Freight'],
    ['a mismatched closing mark after a full stop, then "It said"', 'Calder Museum closed its east wing on Monday. In a statement, the museum said: "The painting is fragile and will not travel again.\' It said the gallery would stay "closed until spring".', 'closed until spring', 'Calder Museum'],
  ]],
  ['a body after a preposition is no subject of the clause after it', [
    ['"director of Lisbon’s Coastal Research Institute, who writes …"', '"It will change policy," said Ana Ruiz, director of Lisbon’s Coastal Research Institute, who writes a blog on the sea. "It gives us a tool."', 'It gives us a tool.', 'Ana Ruiz'],
  ]],
  ['"it" is the document the sentence before is about', [
    ['"The report was published …": "report" after "the" is no verb', 'The report was published on Monday. "Staffing was inadequate," it said.', 'Staffing was inadequate,', 'the report'],
    ['"The review was published …"', 'The review was published on Monday. "Staffing was inadequate," it said.', 'Staffing was inadequate,', 'the review'],
    ['"The document itself is …": over an intensifier', 'The budget is optimistic. The document itself is blunter. "Growth will slow," it warns.', 'Growth will slow,', 'the document'],
  ]],
  ['a role the name is set off after makes that name someone', [
    ['"Her coach, Dana Whitlow, trained …"', 'Her coach, Dana Whitlow, trained the team for a decade and says the final was their best. "I have never seen a side defend like that."', 'I have never seen a side defend like that.', 'Dana Whitlow'],
  ]],
  ['a subject and a speech verb closing the sentence report all of it', [
    ['", the chief inspector of a regional watchdog said on Monday."', 'The inspectors found ‘a pattern of neglect’ that spanned several years, the chief inspector of a regional watchdog said on Monday.', 'a pattern of neglect', 'the chief inspector of a regional watchdog'],
  ]],
  ['a headline\'s pull-quote from anywhere in a body quotation', [
    ['the end of the body\'s quotation', '‘Every window in the hall shook’: storm tears roof off school\n\nHead teacher Lena Park said: "We heard a roar at about two, and every window in the hall shook."', 'Every window in the hall shook', 'Lena Park'],
    ['its middle', '‘The water came up to my knees’: flooding hits town\n\nResident Tom Bale said: "It was awful. By midnight the water came up to my knees and kept rising."', 'The water came up to my knees', 'Tom Bale'],
  ]],
  ['a description of a role is the "he" or "she" that follows, and its holder', [
    ['"The union president said …. “…,” he said"', '"We are not going back," Dale Kowal, president of Local 11, told reporters. Leon Fong, who teaches labour relations, said strikes are short. "It is rare," Fong said.\n\nThe union president said picket lines would go up on Tuesday.\n\n"We will be out there as long as it takes," he said.', 'We will be out there as long as it takes,', 'Dale Kowal'],
    ['"His doctor gave him …" is not whom "he" means', 'Stephen Gillis, 25, has Crohn\'s disease. "My condition is getting worse," he said.\n\nHis doctor gave him a different diagnosis.\n\n"They let me know my blood was basically vinegar," he said.', 'They let me know my blood was basically vinegar,', 'Stephen Gillis'],
    ['"In a statement, the district administration said"', 'In a statement, the district administration said it was "committed to the welfare of every worker".', 'committed to the welfare of every worker', 'the district administration'],
  ]],
  ['a person introduced right after the words, and how they speak', [
    ['"Marcus Belton, who …, is half joking"', 'The play opens on Friday.\n\n‘I auditioned in my own accent for the first time.’ Marcus Belton, who plays the son, is half joking.', 'I auditioned in my own accent for the first time.', 'Marcus Belton'],
    ['"Ruairí Doyle, the solicitor for the family, was blunt"', 'The inquest ended on Friday.\n\n“Every recommendation in that review has been made before.” Ruairí Doyle, the solicitor for the family, was blunt on the steps.', 'Every recommendation in that review has been made before.', 'Ruairí Doyle'],
  ]],
  ['an interview\'s answers, whoever the introduction names last', [
    ['"Dr. Rao spoke to The Herald": an honorific and a surname name her', 'Its lead author, Dr. Kavitha Rao, says the findings matter. Mr. Tom Selby, secretary of the union, told The Herald that the union had raised it.\n\nDr. Rao spoke to The Herald about the study. Edited excerpts:\n\nQ: What made you choose this?\n\nA: We were studying fishing households, and a doctor told us about the young men.\n\nQ: What did you find?\n\nA: The headline number is that a fifth of workers had a drop in kidney function.', 'The headline number is that a fifth of workers had a drop in kidney function.', 'Kavitha Rao'],
    ['an unlabelled paragraph between an answer and the next question goes on with the answer', 'Dr. Kavitha Rao spoke to The Herald.\n\nQ: What did you find?\n\nA: The headline number is that a fifth of workers had a drop in kidney function.\n\nWe also measured dehydration markers on the pans themselves, twice a day.\n\nQ: Why do they not drink more?\n\nA: Because they are paid by the tonne.', 'We also measured dehydration markers on the pans themselves, twice a day.', 'Kavitha Rao'],
    ['an answer that quotes someone is still an answer, and the words it quotes theirs', 'Dr. Kavitha Rao spoke to The Herald.\n\nQ: What did you find?\n\nA: A fifth of workers lost kidney function.\n\nQ: Why do they not drink more?\n\nA: Because they are paid by the tonne. One woman told us, ‘If I drink, I lose my row.’ That explains it.', 'Because they are paid by the tonne. One woman told us, ‘If I drink, I lose my row.’ That explains it.', 'Kavitha Rao'],
    ['a pull-quote headline read as a heading takes the answer it comes from', '‘Heat is a labour story, not a weather story’\n\nDr. Kavitha Rao spoke to The Herald about the study.\n\nQ: Is it the weather?\n\nA: Not at all. Heat is a labour story, not a weather story, wherever you go.\n\nQ: What did you find?\n\nA: A fifth of workers lost kidney function.', 'Heat is a labour story, not a weather story', 'Kavitha Rao'],
  ]],
  ['a document speaks for the author of that document, not of the last one', [
    ['"the letter" after "the statement"', 'Chief executive Jordan Pell said in a statement that the cuts were painful. "We regret this," the statement said. Staff later signed an open letter to the board. The letter said staff had been "repeatedly asked to ship features we knew were not ready" and called for a review.', 'repeatedly asked to ship features we knew were not ready', 'the letter'],
  ]],
  ['whom the narrative just named goes on speaking', [
    ['"Stock and station agent Leanne Carmody said …" before a paragraph of her words', '“There is no sign of a break,” said senior climatologist Dr Angus Firth.\n\nStock and station agent Leanne Carmody said the mood among sellers was grim.\n\n“You see blokes standing at the rails who have never sold a ewe.\n\n“Nobody is talking much,” she said.', 'You see blokes standing at the rails who have never sold a ewe.', 'Leanne Carmody'],
    ['"Among those who addressed council was Evelyn Brar, 81, …"', '"Council heard every delegation," the mayor, Gail MacRury, said.\n\nAmong those who addressed council was Evelyn Brar, 81, who has lived on Crestline Road since 1971.\n\n"When my husband and I moved here there was nothing but woods."', 'When my husband and I moved here there was nothing but woods.', 'Evelyn Brar'],
    ['"Those were the words of Gemma Pask, her older sister, …"', 'The court heard the couple separated in January.\n\n‘She was terrified of him. She had the locks changed twice.’\n\nThose were the words of Gemma Pask, her older sister, in a statement read to the court.', 'She was terrified of him. She had the locks changed twice.', 'Gemma Pask'],
    ['"That was Jonah Leclair, one of …" between two of his quotations', 'The council met.\n\n"I am 29 and I live in my parents\' basement." That was Jonah Leclair, one of a handful of speakers who backed the tower. "I have a good job."', 'I have a good job.', 'Jonah Leclair'],
  ]],
  ['"family" is no adverb before the verb', [
    ['"Her family described her as ‘…’, adding: ‘…’"', 'Her family described her at the time as ‘the light of every room she walked into’, adding: ‘She deserved to be safe in her own home.’', 'She deserved to be safe in her own home.', 'her family'],
    ['"The family said"', 'The family said "she was the light of every room she walked into".', 'she was the light of every room she walked into', 'the family'],
  ]],
  ['"it" for a document past a term in quotation marks, and for the words after in the same clause', [
    ['"A staff report … found the project “…” with policy. It noted … “…” and concluded … “…”"', 'Northline said the tower would bring homes. "We listened," the company said.\n\nA staff report presented to council found the project was "generally consistent" with policy. It noted shadowing would be "limited to the late afternoon in winter months" and concluded the impact was "acceptable".', 'acceptable', 'a staff report'],
  ]],
  ['whom the sentence before is about', [
    ['"For Aunty Lorraine Walsh, …, the images were heartbreaking", over a quotation run on across paragraphs', '"Releases follow a plan," the spokesperson for the Department of Water and Catchments said.\n\nFor Aunty Lorraine Walsh, a Traditional Owner, the images coming out of the river were heartbreaking.\n\n"This river is our family.\n\n"The old people knew when the river was sick," she said.', 'The old people knew when the river was sick,', 'Lorraine Walsh'],
    ['"That was the verdict of …" in the same paragraph', '"He is in good spirits," the club said.\n\n"That is the first time I have been lost for words." That was the verdict of Rays captain Mitch Aleki, who played the full match.', 'That is the first time I have been lost for words.', 'Mitch Aleki'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('a body named "X of Y and Z" is one body', () => {
  it('"the Department of Water and Catchments"', () => {
    const names = analyze('The Department of Water and Catchments said it would act. "We will act," the department said.').entities.map((e) => e.name);
    assert.ok(names.includes('Department of Water and Catchments'), JSON.stringify(names));
    assert.ok(!names.includes('Catchments'), JSON.stringify(names));
  });
  it('speaking after the words, read back only as far as "the Department"', () => {
    assert.equal(analyze('"We will act," the Department of Water and Catchments said.').quotes[0].speaker, 'the Department of Water and Catchments');
  });
});

describe('a passive names no speaker', () => {
  it('"He was also described as “…”"', () => {
    assert.equal(analyze('Tom Rees was jailed in 2001. He was also described as "lacking a conscience."').quotes[0].speaker, null);
  });
});

describe('a stranded closing mark opens the next line only when that line closes it', () => {
  it('"(Submitted by Dana Leroux)”" before a paragraph with no marks', () => {
    const text = 'Photo of the street. (Submitted by Dana Leroux)”\n\nResidents of a low-lying neighbourhood say they were given barely an hour to leave their homes.';
    assert.deepEqual(analyze(text).quotes, []);
  });
});

describe('a pull-quote the body\'s speaker only quotes is not theirs', () => {
  it('"She looked at him and said, ‘Not on my watch’"', () => {
    const quotes = analyze('‘Not on my watch’: nurse refuses\n\nA patient said: "She looked at him and said, ‘Not on my watch’, and that was that."').quotes;
    assert.notEqual(quotes[0].speaker, 'a patient');
  });
});

describe('names, slogans and things offered in quotation marks are nobody\'s words', () => {
  const cases: Array<[string, string]> = [
    ['a passive "was hailed as"', 'The deal was hailed as "historic" by fans.'],
    ['"has offered a “…”"', 'The developer has offered a "community fund" worth £1m a year.'],
    ['"a banner reading “…”"', 'Fans held a banner reading "Bring Back Our Club" outside the ground.'],
    ['"placards that read: “…”"', 'Marchers carried placards that read: "Hands off our libraries".'],
    ['"known, …, as “…”"', 'She was known, mostly fondly, as "the Admiral" by her crews.'],
    ['"production of “…”": a title-case work', 'His 1994 production of "The Glass Orchard" toured for a year.'],
    ['"the 2008 film “…”"', 'She writes about the 2008 film "Harrowgate", during which a director was cruel.'],
    ['"“…”, a new play by …"', 'Next month she opens in "The Salt Orchard", a new play by Bryony Keld.'],
  ];
  for (const [name, source] of cases) it(name, () => assert.deepEqual(kindsOf(source), ['scare']));
});
