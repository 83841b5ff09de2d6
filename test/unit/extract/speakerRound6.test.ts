import * as assert from 'node:assert/strict';
import { CaptionLines, isCaptionLine } from '../../../src/core/text/captions';
import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes met in the sixth round: what the speaker must be
// (null: no guess rather than a wrong one).

const families: Array<[family: string, cases: Case[]]> = [
  ['a picture caption between paragraphs is no narrative: whom it shows is not "he"', [
    ['a caption with its credit at the end', 'Ada Whitlock wrote a book about the porters. The porters organized in 1954, Whitlock writes.\n\nDelia Pryce, a retired porter, looks at a display of photos in Montreal. ( THE CANADIAN PRESS FILE PHOTO )\n\nThe trip drew national attention. “These men were smart enough to go to Ottawa,” she says.', 'These men were smart enough to go to Ottawa,', 'Ada Whitlock'],
    ['a caption credited "Name / Outlet"', 'Cecil Ward wrote a book about the porters. The porters organized in 1954, Ward writes.\n\nDesmond Pryce, a retired porter, looks at a display of photos in Montreal. (Lena Brook / The Daily Star)\n\nThe trip drew national attention. “These men were smart enough to go to Ottawa,” he says.', 'These men were smart enough to go to Ottawa,', 'Cecil Ward'],
    ['a paragraph with a parenthesis is still narrative', 'Cecil Ward wrote a book about the porters.\n\nDesmond Pryce, a retired porter, looks at a display of photos in Montreal (he worked there for decades).\n\n“These men were smart enough to go to Ottawa,” he says.', 'These men were smart enough to go to Ottawa,', 'Desmond Pryce'],
  ]],
  ['a document speaks for its author, or as itself — never for whoever the story named last', [
    ['a document on a body\'s website', 'Freight trains slow down in deep cold. Tomas Ekberg drives one.\n\n“Frozen switches are a fact of life on the prairies,” says a document titled Cold Rails: Running Freight in Winter on Norvale Rail’s website.', 'Frozen switches are a fact of life on the prairies,', 'Norvale Rail'],
    ['a statement released by a body', 'Tomas Ekberg met the premier on Monday.\n\n“Both leaders discussed the detention of the two citizens,” said a statement released by the Premier’s Office.', 'Both leaders discussed the detention of the two citizens,', 'the Premier’s Office'],
    ['"the report" after a study by a body', 'A study by the Halden Institute for Transit looked at 13 projects. It found that most were never reviewed. Tomas Ekberg runs one of them.\n\n“It is remarkable how little scrutiny is brought to bear on them,” the report said.', 'It is remarkable how little scrutiny is brought to bear on them,', 'Halden Institute for Transit'],
    ['"the report" again after the body\'s document spoke', 'Freight trains slow down in deep cold.\n\n“Frozen switches are a fact of life on the prairies,” says a document titled Cold Rails on Norvale Rail’s website.\n\nTomas Ekberg said the cold is worse this year.\n\n“Air leaks from the brakes are a major challenge,” the report said.', 'Air leaks from the brakes are a major challenge,', 'Norvale Rail'],
    ['"the post" after its author spoke in it', 'Jason Marlow, a researcher at Talon, stated in the company’s blog post that the threats came from the same senders.\n\n“Several addresses involved in these threats also sent the earlier emails we saw,” the post read.', 'Several addresses involved in these threats also sent the earlier emails we saw,', 'Jason Marlow'],
    ['a report whose author the text never gives speaks as itself', 'Tomas Ekberg spoke at the meeting.\n\nThe province released its findings on Monday.\n\n“Most of the highways were built for lighter trucks,” the report said.', 'Most of the highways were built for lighter trucks,', 'the report'],
    ['a memo obtained by a newspaper is not the newspaper\'s', 'Tomas Ekberg runs the magazines. A memo has been circulating among staff.\n\nAccording to the memo obtained by The Ledger, the fund “believed in the long-term value of these publications and of their readers.”', 'believed in the long-term value of these publications and of their readers.', 'the memo'],
  ]],
  ['"she said" finds a woman whose first name the list took for a man\'s, once the narrative calls her "she"', [
    ['the reflexive after her surname', 'Anne Cerato met Patrick Bardos in 2011.\n\nFor Morgan Tillery in Halifax, the news came early. After the diagnosis, Tillery found herself without work.\n\nHaving lost so much, Tillery was afraid to trust anyone. And soon, a new friend helped Tillery see that too.\n\n“I feel lucky every day, because of him,” she said.', 'I feel lucky every day, because of him,', 'Morgan Tillery'],
  ]],
  ['someone the text does not name stays unnamed — never the person named last', [
    ['a role after lowercase modifiers and "a"', 'Prime Minister Wilfrid Laurier used the word in Parliament.\n\n“Nothing more disastrous could happen to the country than such a flood,” a national newspaper columnist wrote in 1954.', 'Nothing more disastrous could happen to the country than such a flood,', 'a national newspaper columnist'],
    ['a body\'s staff before the verb', 'Coach Maria Lopez said the rinks are full.\n\nSurrey staff explained the numbers this way: “There are many possible reasons why the numbers appear low this year.”', 'There are many possible reasons why the numbers appear low this year.', 'Surrey staff'],
    ['a person\'s aides before the verb', 'Senator Dalia Ferreira left the room.\n\nFerreira aides told reporters, “We will not comment on the talks until they are over.”', 'We will not comment on the talks until they are over.', 'Ferreira aides'],
    ['the writer\'s own after "says my"', 'I made up a story and labelled one of the animals a dad.\n\n“No, that’s the mom,” says my two-year-old.', 'No, that’s the mom,', 'my two-year-old'],
    ['one of the public, set off by a relative clause', 'Minister Seamus Doyle said benefits would stop.\n\n“Quite frankly this is an outrage and a slap in the face to every veteran,” a citizen, whose name is redacted, wrote on Aug. 29.', 'Quite frankly this is an outrage and a slap in the face to every veteran,', 'a citizen'],
    ['a friend who asks', 'My husband has grown a beard and I hate it.\n\nI was at a barbecue a few summers ago when a friend wondered loudly, “Hey, do you ever kiss your husband anymore?”', 'Hey, do you ever kiss your husband anymore?', 'a friend'],
    ['an Arabic article glued to a name', 'Gunmen attacked the hotel on Tuesday, officials said.\n\nIn its two-page statement claiming responsibility, al-Shabaab said: “This operation was a response to the remarks of the president.”', 'This operation was a response to the remarks of the president.', 'al-Shabaab'],
    ['"the" and a role still refers to someone named', 'Prime Minister Wilfrid Laurier spoke in Parliament.\n\n“Nothing more disastrous could happen to the country than such a flood,” the prime minister said.', 'Nothing more disastrous could happen to the country than such a flood,', 'Wilfrid Laurier'],
  ]],
  ['"the official" after an anonymous official was quoted is that source, not a named official', [
    ['an anonymous official, then "the official"', 'Justice Minister David Lamont will decide the case.\n\n“We have to decide whether to surrender someone for extradition,” a justice official said at the briefing. The justice official told reporters most requests succeed.\n\n“Most of those go through in the end,” the official said.', 'Most of those go through in the end,', 'a justice official'],
    ['a named official is still found by role', 'Justice Minister David Lamont will decide the case.\n\n“Most of those go through in the end,” the minister said.', 'Most of those go through in the end,', 'David Lamont'],
  ]],
  ['a person introduced with ", who …" is whom the story is about', [
    ['a description after the introduction', 'No, I am not talking about Ricardo Montalban, who played a host on TV.\n\nI am talking about Alfonso Espinos, who like Montalban was born in Mexico and made his way north. “We dedicate ourselves solely to local creators,” says the 39-year-old founder of the press.', 'We dedicate ourselves solely to local creators,', 'Alfonso Espinos'],
    ['"he says" after an introduction holding a quoted phrase', 'The program aims to help people make healthy choices, Erin Kim says. Toronto retiree Doug Purdy, who lost 16 lbs. “and two belt loops” between May and October, says the program changed his life. “I always had good intentions about exercising,” he says.', 'I always had good intentions about exercising,', 'Doug Purdy'],
    ['not someone spoken of', '“They made him our problem,” District Attorney Caroline Wojtaszek said of 47-year-old William Shrubsall, who fractured a skull during his spree.\n\n“He is an extremely scary individual with a long record of violence.”', 'He is an extremely scary individual with a long record of violence.', 'Caroline Wojtaszek'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('captions: lines that caption a picture', () => {
  const lines: Array<[string, boolean]> = [
    ['Desmond Pryce looks at photos in Montreal. ( THE CANADIAN PRESS FILE PHOTO )', true],
    ['A man sleeps on a vent outside a hospital. (Doug Ives/Canadian Press)', true],
    ['Tap the image above to read more. (Photo: City of Surrey)', true],
    ['Tijana Martin / The Canadian Press Ada Whitlock and Cecil Ward in their home.', true],
    ['The council met on Monday (its third meeting this year).', false],
    ['The ratio fell to 3/4 (from 4/5).', false],
    ['(Lena Brook / The Daily Star)', false],
  ];
  for (const [line, caption] of lines) it(`${caption ? 'is' : 'is not'} a caption: ${JSON.stringify(line)}`, () => assert.equal(isCaptionLine(line, 0, line.length), caption));

  it('answers for offsets in any order, on long lines too', () => {
    const long = `${'The story goes on. '.repeat(60)}(it ends here / Then)`;
    const caption = 'A man sleeps on a vent. (Doug Ives/Canadian Press)';
    const text = `${long}\n${caption}\n${long}`;
    const captions = new CaptionLines(text);
    const inCaption = long.length + 5;
    const offsets = [0, 700, inCaption, long.length - 1, text.length - 1, inCaption + 10, 3, text.length - 700];
    assert.deepEqual(offsets.map((at) => captions.has(at)), [false, false, true, false, false, true, false, false]);
  });
});
