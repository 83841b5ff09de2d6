import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes met in the fifth round: what the speaker must be
// (null: no guess rather than a wrong one).

const families: Array<[family: string, cases: Case[]]> = [
  ['"he"/"she" after a sentence whose real subject the narrative shows', [
    ['an inverted attribution closing reported speech', 'In Halifax, Tarek Al Masri, 51, and Lina Al Sabbagh, 44, want to apply for citizenship.\n\nThey left Jordan in 2016, where Al Masri worked with his brother.\n\nOne way or another, the family will pay the fees, says Al Sabbagh. “We can borrow the money from friends,” she says.', 'We can borrow the money from friends,', 'Lina Al Sabbagh'],
    ['an inverted attribution after a body as subject', 'Ingrid Solheim spoke first at the meeting.\n\nThe council will vote again in March, adds Tomas Ekberg. “Nobody here wants another delay,” he says.', 'Nobody here wants another delay,', 'Tomas Ekberg'],
    ['a surname never named in full, the subject after an opening clause', 'The tournament drew Dwayne Holcomb and Ray Pitkin to the course.\n\nWhen asked what scares him more, the mound or the green, Vandermeer did not hesitate. “It is the green, every single time,” he said.', 'It is the green, every single time,', 'Vandermeer'],
    ['a surname after "when", the subject of its clause', 'The Hawks beat the Rangers on Friday. The game turned late when Okafor scored twice. “I just wanted to help the team win,” he said.', 'I just wanted to help the team win,', 'Okafor'],
    ['a sentence opener followed by a verb is no one', 'Tomas Ekberg coached the club for a decade.\n\nStory continues below the photo of the team.\n\n“We never expected the season to last this long,” he said.', 'We never expected the season to last this long,', 'Tomas Ekberg'],
    ['a capitalised adjective before a plural noun is no one', 'Dwayne Holcomb studied the railway for years. In the 1950s, Black porters worked the night cars. “They were smart enough to go to Ottawa,” he says.', 'They were smart enough to go to Ottawa,', 'Dwayne Holcomb'],
  ]],
  ['a name after "titled", "called", "named" is a work\'s, never a speaker', [
    // (its publisher, "the carrier" whose website it is, rather than the title: a carrier is a body, since round 20)
    ['a document titled …', 'Freight trains slow down in deep cold.\n\n“Frozen switches are a fact of life on the prairies,” says a document titled Cold Rails: Running Freight in Winter on the carrier\'s website.', 'Frozen switches are a fact of life on the prairies,', 'the carrier'],
    ['a report called … (whose author is not named: the report itself, as the seeds\' annotator has "the statement")', 'The province studied its roads for two years.\n\n“Most of the highways were built for lighter trucks,” says the report called Road Ahead.', 'Most of the highways were built for lighter trucks,', 'the report'],
    ['a role before a name still names a person', 'The club met on Monday.\n\n“We will play the rest of the season at home,” says club president Marta Lindqvist.', 'We will play the rest of the season at home,', 'Marta Lindqvist'],
  ]],
  ['a capitalised word opening a sentence before a colon is a subject only when a verb can follow it', [
    ['a noun modifier opening the sentence is not the subject; the clause\'s subject past its adverb is', 'Karen Varga runs the company.\n\nOversight fatigue was on display in May when Varga again took to the radio with this: “The board is a formality and it will stay one for as long as I am here.”', 'The board is a formality and it will stay one for as long as I am here.', 'Karen Varga'],
    ['a surname with its verb before the colon', 'Karen Varga runs the company.\n\nVarga is more blunt: “The board is a formality and it will stay one for as long as I am here.”', 'The board is a formality and it will stay one for as long as I am here.', 'Karen Varga'],
    ['a surname with a past tense before the colon', 'Karen Varga runs the company.\n\nVarga posted a short message on Friday: “The board is a formality and it will stay one for as long as I am here.”', 'The board is a formality and it will stay one for as long as I am here.', 'Karen Varga'],
  ]],
];

for (const [family, cases] of families) table(family, cases);
