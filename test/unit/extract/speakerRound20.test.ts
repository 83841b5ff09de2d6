import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of mistakes met in the twentieth round (blind21's, blind25's and
// blind26's misses read as families).

const QNA = 'Ina Sorell Reopens the Kettle\n\nBy Tom Hale\n\nIna Sorell, 41, ran a soup cart for a decade before she found a shop. “I never meant to stay,” Sorell says. We caught her between two deliveries.\n\nWhy move now?\n\nBecause the old one flooded. I lost every chair.\n\nYou didn’t start out in cafés.\n\nNo. I trained as a welder. I still weld the table legs. The cart was meant to last one summer.\n\nAnd then it wasn’t.\n\nAnd then it wasn’t. Someone posted the soup and the queue began.\n\nWhat comes next?\n\nSleep, I hope.\n\nThe Kettle opens on Friday.\n';

const families: Array<[family: string, cases: Case[]]> = [
  ['an interview\'s interviewee is never someone its questions or answers talk about', [
    ['"You’ve said Rourke was …?": whom a question names is whom it asks about', 'Tessa Quill Is Still Restless\n\nAt 70, the cellist is recording again. She talked with us about Alan Rourke and touring.\n\nIt is noon and Tessa Quill is tuning. “I never practise scales,” Quill says. She grew up in Fenwick. At sixteen she wrote to the conductor Alan Rourke, who hired her.\n\nThis interview has been edited and condensed.\n\nYou’ve said Rourke was your great teacher. What did he teach you?\n\nPatience, mostly. He would wait for you to panic.\n\nAnd the new record?\n\nIt is quieter. I stopped needing to prove things.', 'Patience, mostly. He would wait for you to panic.', 'Tessa Quill'],
    ['"Q: Ms Arden, why …?": a question that addresses its interviewee by name', 'Lina Arden runs the food bank. We asked her about the winter.\n\nQ: Ms Arden, why is demand so high?\n\nA: Rents went up again in March.\n\nQ: What do you need?\n\nA: Volunteers, mostly. And tinned fish.', 'Rents went up again in March.', 'Lina Arden'],
  ]],
  ['a document the narrative names speaks for whoever wrote it', [
    ['"She keeps the letter Rourke sent her. “…,” it reads."', 'Tessa Quill met the conductor Alan Rourke in 1990. Drummer Kit Vance joined later. “Get it fixed,” Vance said.\n\nShe still keeps the letter Rourke sent her after the tour. It hangs in her kitchen. “You play like you are late for a train,” it reads. “Stay, and I will take you back.”', 'You play like you are late for a train,', 'Alan Rourke'],
    ['"… it reads. “…”": the words after are the letter\'s too', 'Tessa Quill met the conductor Alan Rourke in 1990. Drummer Kit Vance joined later. “Get it fixed,” Vance said.\n\nShe still keeps the letter Rourke sent her after the tour. It hangs in her kitchen. “You play like you are late for a train,” it reads. “Stay, and I will take you back.”', 'Stay, and I will take you back.', 'Alan Rourke'],
  ]],
  ['who answers back in an exchange, and whose verdict a sentence after the words gives', [
    ['"“…?” Jacobs asked. ¶ “…,” the mayor replied. ¶ “…”": after a described retort, the other\'s turn', 'Mayor Thandeka Dube said the council had no choice.\n\nOpposition councillor Raeesa Mohale accused the party of making residents “pay for its failures”.\n\n“Who has been running this metro for fifteen years?” Mohale asked.\n\n“The councillor knows the pipes we inherited were collapsing,” the mayor replied.\n\n“Inherited? You have been here since 2016.”', 'Inherited? You have been here since 2016.', 'Raeesa Mohale'],
    ['"“…” That was how Cr Farrugia summed up the night": the same paragraph goes on with whose words they were', 'Councillor Denise Farrugia moved the motion. Surf club president Brett Loughlin opposed it.\n\nMr Loughlin said he expected the argument to continue.\n\n“It’s a compromise, and nobody loves a compromise.” That was how Cr Farrugia summed up the night afterwards.', 'It’s a compromise, and nobody loves a compromise.', 'Denise Farrugia'],
  ]],
  ['who a profile is about: never its byline\'s author, never a restaurant', [
    ['"By Dana Whitcombe | December 4 | Photographs by …": the author is nobody "she" means', 'By Dana Whitcombe  |  December 4, 2026  |  Photographs by Leo Marchetti\n\nFor two years, the line outside Marisol Reyes’s pop-up stretched around the block. “It’s the food I grew up eating,” she says.', 'It’s the food I grew up eating,', 'Marisol Reyes'],
    ['"opens Lola Ising, a 48-seat restaurant on Harrow Street": a name a thing\'s appositive describes is no person', 'For two years, the line outside Marisol Reyes’s pop-up stretched around the block. On Friday, the chef opens Lola Ising, a 48-seat restaurant on Harrow Street named for her grandmother. “It’s the food I grew up eating,” she says.', 'It’s the food I grew up eating,', 'Marisol Reyes'],
  ]],
  ['a Q&A the writer introduces by meeting the interviewee, with prompts that are no questions', [
    ['"We caught her between …": the paragraphs after each question are hers', QNA, 'Because the old one flooded. I lost every chair.', 'Ina Sorell'],
    ['"You didn’t start out in cafés.": a prompt in the second person', QNA, 'No. I trained as a welder. I still weld the table legs. The cart was meant to last one summer.', 'Ina Sorell'],
    ['"And then it wasn’t.": a very short prompt, the interview going on after it', QNA, 'And then it wasn’t. Someone posted the soup and the queue began.', 'Ina Sorell'],
  ]],
  ['who a description, a body\'s name or an object pronoun means', [
    ['"… not lost on local TD Noreen Fallon. ¶ “…,” the Independent deputy said": the one person the paragraph before introduces', 'The board went against its own inspector, Declan Roche, who had advised refusal.\n\n“The development would injure the area,” Mr Roche wrote.\n\nThe significance of that was not lost on local TD Noreen Fallon.\n\n“What is the point of an oral hearing?” the Independent deputy said in a statement.', 'What is the point of an oral hearing?', 'Noreen Fallon'],
    ['"a group called Parents for Transparent Schools. The group says …": the name a body is called by, read whole', 'The books were flagged after complaints from a group called Parents for Safer Shelves. The group says the titles are “not appropriate for any child.”', 'not appropriate for any child.', 'Parents for Safer Shelves'],
    ['"… Parents for Safer Shelves posted on Facebook:": the body\'s whole name, though the reader stops at "for"', 'The books were flagged after complaints from a group called Parents for Safer Shelves.\n\nShortly after midnight, Parents for Safer Shelves posted on Facebook: “Tonight parents won.”', 'Tonight parents won.', 'Parents for Safer Shelves'],
    ['"According to him, “…”": an object pronoun after "according to"', 'A tanker driver, Musa Danlami, who joined the march, said queues were “worse than ever”.\n\nAccording to him, “Some stations are hoarding.”', 'Some stations are hoarding.', 'Musa Danlami'],
    ['"A tanker driver, Musa Danlami, who joined the march, said …. ¶ “…,” he said": the name set off after someone introduced', 'A tanker driver, Musa Danlami, who joined the march, said queues were “worse than ever”.\n\n“Some stations are hoarding,” he said.', 'Some stations are hoarding,', 'Musa Danlami'],
    ['"the state Police Public Relations Officer, SP Chinedu Okereafor, said": a police rank before the name', 'Confirming the incident, the state Police Public Relations Officer, SP Chinedu Okereafor, said in a statement that the command “will not fold its arms”.', 'will not fold its arms', 'Chinedu Okereafor'],
  ]],
  ['whose words a quotation is in the sentence around it', [
    ['"welcomed what he called a “balanced and thorough” decision": his words, though they modify the noun after', 'Ciarán Mulvey, the company’s project director, welcomed what he called a “balanced and thorough” decision.', 'balanced and thorough', 'Ciarán Mulvey'],
    ['"from Siobhán Gildea, a dairy farmer whose land borders the site, who described …": "who" past an appositive', 'That claim drew a sharp response from Siobhán Gildea, a dairy farmer whose land borders the site, who described the fund as “hush money, plain and simple”.', 'hush money, plain and simple', 'Siobhán Gildea'],
    ['"Reacting, the Presidency appealed …, saying …": a participle opening the sentence is no name', 'Reacting, the Presidency appealed to labour to shelve the strike, saying government was “working round the clock” to help.', 'working round the clock', 'the Presidency'],
    ['"Gary Threlfall launched an attack on referee Paul Ainscough last night – … claiming …": "last night" is no verb of the referee\'s', 'Gary Threlfall launched an attack on referee Paul Ainscough last night – branding his display a “disgrace” and claiming his side were “robbed in broad daylight”.', 'robbed in broad daylight', 'Gary Threlfall'],
    ['"The Denver-based carrier said in a statement it was “…”": a place joined to "-based" is no name', 'Skyward Air cancelled 60% of its flights.\n\nThe Denver-based carrier said in a statement it was “working around the clock” to restore its systems.', 'working around the clock', 'the Denver-based carrier'],
    ['"A landlord who told a family to “get out by Friday” must pay": whom a restrictive "who" follows', 'A landlord who told a family to “get out by Friday” must pay them €14,500, the tribunal ruled.', 'get out by Friday', 'a landlord'],
    ['"GARY THRELFALL launched …": a tabloid lede sets a given name and a surname in capitals', 'GARY THRELFALL launched an astonishing attack on the referee last night – claiming Hexley Town were “robbed in broad daylight”.', 'robbed in broad daylight', 'Gary Threlfall'],
    ['"carrying placards with inscriptions such as “…”": words on a sign', 'The marchers carried placards with inscriptions such as “We Are Hungry” and “Enough is Enough”.', 'We Are Hungry', null],
  ]],
  ['who answers whom', [
    ['"“…”, drawing a sharp retort from Ms. Deshpande. “…”": the one answering speaks next', 'Activist Meenakshi Deshpande obtained the figures.\n\nMinister K. Raghavendra Rao said there was “no shortage of money for metro”, drawing a sharp retort from Ms. Deshpande. “Then why is the contractor not paid?”', 'Then why is the contractor not paid?', 'Meenakshi Deshpande'],
    ['"“Kelly, he gets a bit of the ball,” Dunmore hit back": answering back is speaking', '“Look at the replay, he gets the ball,” pundit Kelly Sarwar said.\n\n“Kelly, he gets a bit of the ball and all of the man,” Lee Dunmore hit back.', 'Kelly, he gets a bit of the ball and all of the man,', 'Lee Dunmore'],
    ['"Speaking with our correspondent at the Oja-Tuntun Market, a foodstuff seller, Mrs. Folasade Eniola, lamented …. ¶ “…,” she said"', 'Speaking with our correspondent at the Oja-Tuntun Market, a foodstuff seller, Mrs. Folasade Eniola, lamented that costs had doubled.\n\n“Before, I paid ₦15,000. Now it is ₦28,000,” she said.', 'Before, I paid ₦15,000. Now it is ₦28,000,', 'Folasade Eniola'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('a Q&A the writer introduces by meeting the interviewee, read to its end', () => {
  it('takes the prompts for no answers and stops at the narrative after the last answer', () => {
    const texts = analyze(QNA).quotes.map((q) => q.text);
    assert.deepEqual(texts.slice(1), ['Because the old one flooded. I lost every chair.', 'No. I trained as a welder. I still weld the table legs. The cart was meant to last one summer.', 'And then it wasn’t. Someone posted the soup and the queue began.', 'Sleep, I hope.']);
  });
});
