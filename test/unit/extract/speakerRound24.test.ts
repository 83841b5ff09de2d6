import * as assert from 'node:assert/strict';
import { kindsOf, table, type Case } from './speakerTable';

// Invented sentences, one table per family of mistakes met in the twenty-fourth round, on blind49's (dev)
// profile of a referee and his wife: a surname two people share, a relative the text names only by its family
// name, "by his own count", and a profile's narrative between the answers of its interview; and its council,
// its IPO and its football row: an honorific before a reported clause's subject, an opening participle's clause,
// a headline's document over its byline, "aware of", what a circular requires, a club speaking of "their own";
// and blind50's (dev) kidnapping, condo lawsuit and Senate vote; blind37's (dev) chief, named after his office
// and its traditional area, and its pantry founder's son; blind13's (dev) "Dean’s mum Brenda".

const interview = 'After 27 seasons, Réjean Thibodeau is hanging up his whistle. His wife, Lise Thibodeau, is relieved.\n\nWe sat down with Thibodeau a week before his final road trip. The conversation has been edited and condensed.\n\nDo you remember your first professional game?\n\nLike it was yesterday. I was so nervous I put my skates on the wrong feet.\n\nDid the abuse ever get to you?\n\nEarly on, yes. Somebody once posted our home address. That was the only time I thought about walking away.\n\nLise remembers that week vividly. “He came home and sat in the truck for twenty minutes,” she says.\n\nWho was the funniest player you ever dealt with?\n\nCurtis Mayhew, no contest. He would chirp me the whole game and then ask about my kids.\n\nThibodeau says he has not decided what to do with his whistle. Lise has a suggestion. “It goes in the museum,” she says.\n\nRELATED\nThe enforcers: Where are hockey’s tough guys now?';

const families: Array<[family: string, cases: Case[]]> = [
  ['a surname two people share is told apart by the pronoun its clause goes on with', [
    ['"Réjean Thibodeau … Lise Thibodeau … Thibodeau says he …": "Lise" stays hers, "she says" hers', 'After 27 seasons, Réjean Thibodeau is hanging up his whistle.\n\n“He won’t throw anything out,” says Lise Thibodeau.\n\nThibodeau, 54, will work his final game on Saturday.\n\nLise met her husband at a wedding in 1996. She says she knew early on that hockey would come first.\n\n“The first Christmas we were married, he was away,” she says.\n\nThibodeau says he has not decided what to do next.', 'The first Christmas we were married, he was away,', 'Lise Thibodeau'],
    ['"… Thibodeau says he …" is the husband', 'After 27 seasons, Réjean Thibodeau is hanging up his whistle.\n\n“He won’t throw anything out,” says Lise Thibodeau.\n\nThibodeau says he has not decided what to do next. “I might keep it,” Thibodeau said.', 'I might keep it,', 'Réjean Thibodeau'],
  ]],
  ['a studio is a body, never the one a shared surname means', [
    ['"Studio Schicketanz, in Carmel, decided …. Mary Ann Schicketanz … “…,” says Schicketanz"', 'Studio Schicketanz, in Carmel, Calif., decided a solar-powered dog house was the way to go.\n\nThe house was designed by Mary Ann Schicketanz, the studio’s founder.\n\n“The inside is lined with recycled rubber,” says Schicketanz.', 'The inside is lined with recycled rubber,', 'Mary Ann Schicketanz'],
  ]],
  ['a relative named by the family name', [
    ['"Réjean Thibodeau … a drawer in his kitchen that his wife calls “the museum”" before "says Lise Thibodeau"', 'After 27 seasons, Réjean Thibodeau is hanging up his whistle. There is a drawer in his kitchen that his wife calls “the museum”.\n\n“He won’t throw anything out,” says Lise Thibodeau.', 'the museum', 'Lise Thibodeau'],
    ['no relative of that name: the description as the text gives it', 'After 27 seasons, Réjean Thibodeau is hanging up his whistle. There is a drawer in his kitchen that his wife calls “the museum”.\n\n“He won’t throw anything out,” says Curtis Mayhew.', 'the museum', 'his wife'],
  ]],
  ['"by X\'s estimate", with or without "own", is X\'s', [
    ['"… by Tom Reid’s estimate, “…”"', 'Tom Reid runs the bakery. They have argued, by Tom Reid’s estimate, “about six years, since the day she came home”.', 'about six years, since the day she came home', 'Tom Reid'],
  ]],
  ['a title set off by commas inside the sentence is no end of its attribution', [
    ['"The food writer Tolu Adebanjo-Wright, whose newsletter, “The Hungry Mainland”, has …, put … on her list, calling it “…”"', 'The food writer Tolu Adebanjo-Wright, whose newsletter, “The Hungry Mainland”, has some 40,000 subscribers, put the sourdough on her list of the city’s best loaves last year, calling it “properly blistered, properly sour”.', 'properly blistered, properly sour', 'Tolu Adebanjo-Wright'],
  ]],
  ['a document "from" someone, then a participle of speech', [
    ['"… had received an email from parish clerk Alison Webb on May 30 stating that the event would require “…”"', 'Mrs Janet Pryor said the committee had received an email from parish clerk Alison Webb on May 30 stating that the event would require “a suitably qualified safety officer on site at all times” as well as a risk assessment.', 'a suitably qualified safety officer on site at all times', 'Alison Webb'],
    ['"… a letter from the council saying that “…”"', 'Tom Reid said he had a letter from the Harwood Council saying that the road was “closed until further notice”.', 'closed until further notice', 'the Harwood Council'],
  ]],
  ['a reporting aside in the sentence before the words', [
    ['"Coyle, she adds, still sends her corrections. “…”": the one who adds, not the one she speaks of', '“She read my story,” says Lucy Penhallow, who left St Aldric’s in 2003.\n\nBernadette Coyle taught her. Coyle, she adds, still sends her corrections. “Every book. A postcard, green ink, three typos.”', 'Every book. A postcard, green ink, three typos.', 'Lucy Penhallow'],
  ]],
  ['a name set off after "X’s own" relative', [
    ['"Mariamma’s own daughter, Bindu Babu, is a nurse in the Gulf. She said … “…”"', 'Mariamma Pulikkal has worked there for years. “I laughed,” Rasiya Kareem said.\n\nMariamma’s own daughter, Bindu Babu, is a nurse in the Gulf. She said her mother had missed “every single Onam” of her childhood.', 'every single Onam', 'Bindu Babu'],
  ]],
  ['a comparison after the words names whom they are compared with, not who says them', [
    ['"Lindqvist said the books were "nowhere near" as graphic as some parents described"', 'Lindqvist said the books were "nowhere near" as graphic as some parents described.', 'nowhere near', 'Lindqvist'],
    ['"… "a disaster", as Smith put it": right after "as" it attributes', 'The plan was, "a disaster" as Smith put it.', 'a disaster', 'Smith'],
  ]],
  ['an objector is someone unnamed', [
    ['"Another objector, writing to the council, described the visitor centre as “a whisky theme park”"', 'One objector wrote to the council. Another objector, writing to the council, described the visitor centre as “a whisky theme park” and said the village would become “a car park for tour buses”.', 'a whisky theme park', 'another objector'],
  ]],
  ['a message sent "warning" its words', [
    ['"Daniel Wrexley sent message warning ‘you won’t see Sunday’ hours before …, jury hears": the sender, not the jury', 'Daniel Wrexley sent message warning ‘you won’t see Sunday’ hours before Lauren Pask died, jury hears\n\nBy Ruth Kellaway\n\nA FARMHAND sent his former partner a message. Daniel Wrexley, 34, denies murder.', 'you won’t see Sunday', 'Daniel Wrexley'],
  ]],
  ['a verb joined to the main clause after a comma shares its subject', [
    ['"Grant Feaver rejected the suggestion Kōwhai Bay had been forgotten, but acknowledged communication had been “…”"', 'Rangitāne District Civil Defence controller Grant Feaver rejected the suggestion Kōwhai Bay had been forgotten, but acknowledged communication with the community had been “not good enough”.', 'not good enough', 'Grant Feaver'],
  ]],
  ['one of a group its owner and a count describe', [
    ['"One of Brightwater’s 20 largest shareholders, who asked not to be identified, said the price “…”"', 'Brightwater agreed the sale. One of Brightwater’s 20 largest shareholders, who asked not to be identified, said the price “leaves money on the table”.', 'leaves money on the table', 'one of Brightwater’s 20 largest shareholders'],
  ]],
  ['"by his own count" is his', [
    ['"He has officiated four finals and, by his own count, “about ten thousand arguments”"', 'Curtis Mayhew retires on Saturday. He has played four finals and, by his own count, “about ten thousand arguments”.', 'about ten thousand arguments', 'Curtis Mayhew'],
  ]],
  ['a profile\'s narrative between an interview\'s answers', [
    ['an answer after the narrative is still the interviewee\'s', interview, 'Curtis Mayhew, no contest. He would chirp me the whole game and then ask about my kids.', 'Réjean Thibodeau'],
    ['the narrative\'s quotation is whoever it says', interview, 'He came home and sat in the truck for twenty minutes,', 'Lise Thibodeau'],
    ['the narrative after the last answer ends the interview, though a related teaser asks a question', interview, 'It goes in the museum,', 'Lise Thibodeau'],
  ]],
  ['the subject of a reported clause after an honorific is not whom the narrative is about', [
    ['"Tennant said Mr Vickery had been made a scapegoat …. “…”" after Vickery spoke: Tennant goes on', 'Mr Paul Vickery issued a statement. “I am disappointed,” he said.\n\nCr Doug Tennant voted against the motion.\n\nCr Tennant said Mr Vickery had been made a scapegoat for problems that predated him. “Half the contracts were waved through by this council.”', 'Half the contracts were waved through by this council.', 'Doug Tennant'],
  ]],
  ['a sentence opened by a participle\'s clause', [
    ['"Asked whether she still had confidence in staff, Cr Harrower was emphatic: “…”": not the "she" inside the clause', 'Mayor Glenda Harrower said it was over. A council spokeswoman said so. “Yes,” the spokeswoman said.\n\nAsked whether she still had confidence in staff, Cr Harrower was emphatic: “Absolutely.”', 'Absolutely.', 'Glenda Harrower'],
    ['"Speaking to reporters on Friday, Ms Harrower said: “…”"', 'Mayor Glenda Harrower said it was over. A council spokeswoman said so. “Yes,” the spokeswoman said.\n\nSpeaking to reporters on Friday, Ms Harrower was blunt: “Absolutely.”', 'Absolutely.', 'Glenda Harrower'],
  ]],
  ['a headline\'s document is no work of the byline under it', [
    ['"… after damning audit ¶ By Tegan Whitlock … “…,” the report states"', 'Coonabarra council sacks CEO after damning audit\n\nBy Tegan Whitlock\n\nThe audit found that records were “incomplete or missing” for half the files.\n\nIt stopped short of finding any fraud. “We have seen no evidence of fraud,” the report states.', 'We have seen no evidence of fraud,', 'the report'],
  ]],
  ['someone "aware of" a matter is an anonymous source', [
    ['"A person aware of the matter said … had been “…”"', 'A person aware of the matter said Mehrotra had been “at odds for weeks” over the pricing.', 'at odds for weeks', 'a person aware of the matter'],
    ['"… “…,” the person said" after it', 'A person aware of the matter said Mehrotra had been “at odds for weeks” over the pricing.\n\n“The investor wanted the deal done at any price,” the person said.', 'The investor wanted the deal done at any price,', 'a person aware of the matter'],
  ]],
  ['what a rule requires is its words', [
    ['"The regulator issued a circular …. The circular, dated December 1, requires issuers to publish “…”": the circular\'s author', 'The regulator issued a circular on Monday. The circular, dated December 1, requires issuers to publish “key performance indicators used in any pre-IPO communication”, along with their basis.', 'key performance indicators used in any pre-IPO communication', 'the regulator'],
    ['"The circular requires …" with no author: the circular', 'The circular, dated December 1, requires issuers to publish “key performance indicators used in any pre-IPO communication”, along with their basis.', 'key performance indicators used in any pre-IPO communication', 'the circular'],
  ]],
  ['a club that speaks of "their own" is a body, no man "he" could mean', [
    ['"Ashbourne Rovers responded with a statement of their own, …. Pundit Lee Cartwright …. He wrote: “…”"', 'Ashbourne Rovers responded with a terse statement of their own, saying they would “not be commenting further”.\n\nFormer Rovers defender turned pundit Lee Cartwright poured fuel on the fire with a post on X.\n\nHe wrote: “Been there, seen it.”', 'Been there, seen it.', 'Lee Cartwright'],
  ]],
  ['"he" in a clause inside the sentence is its subject', [
    ['"Governor Samuel Ajibade, who visited Dr. Nwosu …, commended the police for what he described as "…"" after another man spoke', 'Dr. Kehinde Alabi, the association chairman, said it was over. "Who will treat those people?"\n\nGovernor Samuel Ajibade, who visited Dr. Nwosu at the hospital on Monday, commended the police for what he described as "a job well done."', 'a job well done.', 'Samuel Ajibade'],
  ]],
  ['a role set off after a surname', [
    ['"Dr. Nwosu, a consultant surgeon at …, was kidnapped …. "…," the surgeon said" after the governor spoke', 'Police have rescued a doctor, Dr. Emeka Nwosu, who was abducted.\n\nDr. Nwosu, a consultant surgeon at the Igbara General Hospital, was kidnapped on November 26.\n\nGovernor Samuel Ajibade visited him. "We will not rest," the governor said.\n\n"I want to go back to work," the surgeon said as the governor left.', 'I want to go back to work,', 'Emeka Nwosu'],
  ]],
  ['a subordinate clause opening the sentence holds no subject', [
    ['"At one point, as the two lawyers traded figures …, the judge put it bluntly: “…”"', 'Justice Harriet Koh urged both sides to narrow the issues.\n\nAt one point, as the two lawyers traded figures on the cost of replacing the roof, the judge put it bluntly: “Counsel, the owners have been living with buckets.”', 'Counsel, the owners have been living with buckets.', 'Harriet Koh'],
  ]],
  ['the speech verb before a sentence\'s first quotation governs its last, whatever the next sentence says', [
    ['"Whitcomb accused him of “…” to pass a bill that had been “….” Castellanos responded that …"', 'Senator Dale Whitcomb spoke. Senator Raymond Castellanos shot back. “Then vote like it,” he said.\n\nWhitcomb accused him of “exploiting grief” to pass a bill that had been “written by lobbyists on the other side.” Castellanos responded that the only lobbyists he had met were mothers.', 'written by lobbyists on the other side.', 'Dale Whitcomb'],
  ]],
  ['a police command speaks as a body', [
    ['"The command urged residents "…"" after its spokesman', 'SP Adebayo Olanrewaju said police had rescued him.\n\nOlanrewaju added that efforts were ongoing to arrest the gang. The command urged residents "to report any person seen with fresh gunshot injuries" to the nearest police station.', 'to report any person seen with fresh gunshot injuries', 'the command'],
  ]],
  ['a name set off after an office "of the" body', [
    ['"The Omanhene of the Asuoso Traditional Area, Nana Adjei Boakye II, who …, cautioned against what he described as “…”"', 'The Omanhene of the Asuoso Traditional Area, Nana Adjei Boakye II, who received the minister at his palace, welcomed the exercise but cautioned against what he described as “the harassment of innocent farmers”.', 'the harassment of innocent farmers', 'Nana Adjei Boakye II'],
    ['"The chief of the Asuoso Traditional Area, Nana Adjei Boakye, welcomed …. “…,” he said"', 'The chief of the Asuoso Traditional Area, Nana Adjei Boakye, welcomed the exercise. “It is good,” he said.', 'It is good,', 'Nana Adjei Boakye'],
    ['"Nana Adjei Boakye II said …. “…,” he said": a generation\'s suffix is no word too many', 'Nana Adjei Boakye II said it was good. “It is good,” he said.', 'It is good,', 'Nana Adjei Boakye II'],
  ]],
  ['a relative named by a given name alone has the family\'s name', [
    ['"Dean’s mum Brenda, 68, leapt to her son’s defence …. “…,” she said": she is the subject, not the woman before', 'Dean Carraway split from Jodie Marchbanks. A spokesperson for Jodie said: “They separated amicably.”\n\nDean’s mum Brenda, 68, leapt to her son’s defence yesterday.\n\n“My Dean worked his socks off,” she said.', 'My Dean worked his socks off,', 'Brenda Carraway'],
  ]],
  ['a headline\'s pull-quote the body reports in the third person', [
    ['"‘My mother spent 31 hours on a trolley’: …" over "Her daughter, Aoife Brennock, said her mother, who has dementia, spent 31 hours on a trolley"', '‘My mother spent 31 hours on a trolley’: record numbers waiting for beds\n\nBy Niamh Kerr\n\nAmong those waiting was Bridie Brennock (87), who was brought in after a fall.\n\nHer daughter, Aoife Brennock, said her mother, who has dementia, spent 31 hours on a trolley before she was given a bed.\n\n“She didn’t know where she was,” Ms Brennock said.', 'My mother spent 31 hours on a trolley', 'Aoife Brennock'],
    ['the words told with no speech verb are nobody\'s report', '‘My mother spent 31 hours on a trolley’: record numbers waiting for beds\n\nBy Niamh Kerr\n\nRecords show Bridie Brennock, 87, spent 31 hours on a trolley before she was given a bed.\n\nThe hospital declined to comment.', 'My mother spent 31 hours on a trolley', null],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('a name something is known by in a named place is a term', () => {
  it('"The Rail Safety Act, known on Capitol Hill as the “East Larkin bill,” would require …"', () => {
    assert.deepEqual(kindsOf('The Rail Safety and Accountability Act, known on Capitol Hill as the “East Larkin bill,” would require two-person crews on most freight trains.'), ['scare']);
  });
});

describe('a name in title case is a name wherever it is quoted', () => {
  it('"opens in “The Salt Orchard”, a new play …" then "Tickets for “The Salt Orchard” went on sale, and a spokesman … said"', () => {
    assert.deepEqual(kindsOf('Next month she opens in “The Salt Orchard”, a new play by Bryony Keld.\n\nTickets for “The Salt Orchard” went on sale last week, and a spokesman for the theatre said the first weeks were “almost entirely sold”.'), ['scare', 'scare', 'direct']);
  });
  it('"waving orange "Fix It First" signs": a name that modifies the noun after it', () => {
    assert.deepEqual(kindsOf('Delacroix told several hundred supporters packed into the hall, many of them waving orange "Fix It First" signs.'), ['scare']);
  });
});
