import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of mistakes met in the twenty-third round: a role word's gender
// against a first name's (blind40's "committee chairman Norlela Ismail … she said", blind6's "Chairman Pat Kinsella
// … he said"), and a body named after a role it holds (blind6's "The buildings' owner, Calder Kestrel Properties, said"), and blind43's (dev) relative clause with a time in it and "the CS".

const families: Array<[family: string, cases: Case[]]> = [
  ['a masculine role said of women too yields to a woman\'s first name', [
    ['"Committee chairman Mary Ismail said …. ¶ “…,” she said"', 'Committee chairman Mary Ismail said the state had paid its share.\n\n“We will keep pressing for the rest,” she said.', 'We will keep pressing for the rest,', 'Mary Ismail'],
    ['"The party spokesman, Sarah Lee, said …. ¶ “…,” she said"', 'The party spokesman, Sarah Lee, said the vote would go ahead.\n\n“Nothing has changed,” she said.', 'Nothing has changed,', 'Sarah Lee'],
    ['a spokesman whose first name says nothing is still a he: "she" is the woman before', 'Emma Hart, who runs the cafe, said the road would close for a month. Council spokesman Rashid Okafor said the works were needed.\n\n“We were never asked,” she said.', 'We were never asked,', 'Emma Hart'],
  ]],
  ['a given name of either gender leaves the pronoun to the text', [
    ['"Pat Kinsella, who has run the club for a decade, said …. ‘…,’ he said": Pat is Patrick as often as Patricia', 'Pat Kinsella, who has run the club for a decade, said the decision was unanimous.\n\n‘It was the hardest call I have made,’ he said.', 'It was the hardest call I have made,', 'Pat Kinsella'],
    ['"Presiding commissioner Rowan Kellerman …. Kellerman told residents …. ¶ “…,” he said": Rowan may be a man', 'Presiding commissioner Rowan Kellerman thanked her.\n\nColin Fradd gave evidence. “I am not here to have a go at anyone,” he said.\n\nKellerman told residents the inquiry would hold further hearings before Christmas.\n\n“I want to be clear,” he said.', 'I want to be clear,', 'Rowan Kellerman'],
    ['"Kim Seung-min, the coach, said …. “…,” he said"', 'Kim Seung-min, the coach, said the squad was tired.\n\n“We need a week off,” he said.', 'We need a week off,', 'Kim Seung-min'],
  ]],
  ['a body set off after a role a body may hold', [
    ['"The buildings\' owner, Calder Kestrel Properties, said …": the owner is the company named', 'The buildings\' owner, Calder Kestrel Properties, said in a statement that the work was "necessary and long deferred" and that tenants would be paid.', 'necessary and long deferred', 'Calder Kestrel Properties'],
    ['"The club\'s landlord, Harwood Estates, said": likewise', 'The club\'s landlord, Harwood Estates, said the lease had "run its course".', 'run its course', 'Harwood Estates'],
    ['"The club\'s owner, Tom Reid, said": a person set off after the role is read as before', 'The club\'s owner, Tom Reid, said it was "a sad day".', 'a sad day', 'Tom Reid'],
  ]],
  ['a relative clause with a time before its verb', [
    ['"Grace Mbugua, who last week described the strike as “…”, …"', 'Education Secretary Grace Mbugua, who last week described the strike as “illegal and unprotected” and threatened to deduct pay, struck a softer tone on Wednesday.', 'illegal and unprotected', 'Grace Mbugua'],
    ['"X, who on Monday said …"', 'Tom Reid, who on Monday said the plan was “dead in the water”, changed his mind.', 'dead in the water', 'Tom Reid'],
  ]],
  ['an office by its initials', [
    ['"“…,” the PM said" after "Prime Minister Anna Holt"', 'Prime Minister Anna Holt said the deal was fair.\n\nAgnes Kerubo, a teacher, said she had not been paid. “This deal is a start,” said Ms Kerubo.\n\n“That is a matter for the court, not for me,” the PM said.', 'That is a matter for the court, not for me,', 'Anna Holt'],
    ['"The CS was also asked …. ¶ “…,” she said" after "Education Cabinet Secretary Grace Mbugua"', 'Education Cabinet Secretary Grace Mbugua said the deal was fair.\n\nAgnes Kerubo, a teacher, said she had not been paid. “This deal is a start,” said Ms Kerubo.\n\nThe CS was also asked on Wednesday whether the government would pursue contempt proceedings.\n\n“That is a matter for the court, not for me,” she said.', 'That is a matter for the court, not for me,', 'Grace Mbugua'],
    ['"the NHS said": a body that goes by its initials stays that body', 'The NHS said it was coping. Prime Minister Anna Holt said the deal was fair.\n\n“We are coping,” the NHS said.', 'We are coping,', 'the NHS'],
  ]],
  ['whose statement "the statement" is', [
    ['"In a statement to the Leader, a spokesperson for X said …. “…,” the statement said": the body spoken for', 'In a statement to the Leader, a spokesperson for Kilbrack County Council said the application was under consideration.\n\n“All submissions will be taken into account,” the statement said.', 'All submissions will be taken into account,', 'Kilbrack County Council'],
    ['"RELATED: … ¶ In a statement, X said …": a teaser line without a full stop before it still ends a sentence', 'RELATED: Juvenile numbers ‘at record high’, says county board\n\nIn a statement to the Leader, Kilbrack County Council said the application was “under active consideration”.\n\n“All submissions will be taken into account,” the statement said.', 'All submissions will be taken into account,', 'Kilbrack County Council'],
  ]],
  ['a nickname in quotation marks inside a name', [
    ['"“…,” San Isidro Mayor Rogelio “Jun” Baltazar told reporters": the name goes on past the nickname', '“We have never seen water like this,” San Isidro Mayor Rogelio “Jun” Baltazar told reporters at the gym.', 'We have never seen water like this,', 'Rogelio Baltazar'],
    ['"Mayor Rogelio “Jun” Baltazar told reporters: “…”": likewise before the words', 'Mayor Rogelio “Jun” Baltazar told reporters at the gym: “Our problem now is water.”', 'Our problem now is water.', 'Rogelio Baltazar'],
  ]],
  ['a decimal in the sentence before the words', [
    ['"said inflation hit 3.5 per cent and was “…”": the point of "3.5" ends no sentence', 'Tom Reid said inflation hit 3.5 per cent and was “a disaster for families”.', 'a disaster for families', 'Tom Reid'],
  ]],
  ['a co-op is a body', [
    ['"“…,” the co-op said" after "The Tui Co-operative said"', 'The Tui Co-operative said prices were falling.\n\n“It is a tough season,” the co-op said.', 'It is a tough season,', 'the Tui Co-operative'],
  ]],
  ['a pull-quote shouted in capitals', [
    ['"‘SHE’S A SNOB IN AN APRON’" over "branding her “a snob in an apron”": a few words of its own around the body\'s', '‘SHE’S A SNOB IN AN APRON’\n\nChef savages TV rival in furious rant\n\nCELEBRITY chef Declan Royce has launched an attack on judge Pippa Lowther, branding her “a snob in an apron”.', 'SHE’S A SNOB IN AN APRON', 'Declan Royce'],
    ['a shouted line the body never quotes stays nobody\'s', '‘TV TANTRUM AT THE TENT’\n\nCELEBRITY chef Declan Royce has launched an attack on judge Pippa Lowther, branding her “a snob in an apron”.', 'TV TANTRUM AT THE TENT', null],
  ]],
  ['a rugby position is a role', [
    ['"left out in-form flyhalf Sipho Mahlangu …. Mahlangu himself broke his silence in a post. ¶ “…”": the flyhalf, not the man who spoke last', 'The coach left out in-form flyhalf Sipho Mahlangu on Monday.\n\nWerner Dreyer declined to comment, saying only that he was “just focused on Saturday”.\n\nMahlangu himself broke his silence late on Tuesday night in a post on Instagram.\n\n“Disappointed is an understatement. But I will keep working.”', 'Disappointed is an understatement. But I will keep working.', 'Sipho Mahlangu'],
  ]],
  ['a letter quoted in the paragraph after "It reads:"', [
    ['"… a letter from Tom Reid. It reads: ¶ “…”": the letter\'s author', 'The council received a letter from Tom Reid. It reads:\n\n“I remember when the distillery employed eleven men.”', 'I remember when the distillery employed eleven men.', 'Tom Reid'],
    ['"… a letter from a resident who has lived on Scarra for more than 60 years. It reads in part: ¶ “…”": someone unnamed wrote it', 'Among the 412 representations is a letter from a resident who has lived on Scarra for more than 60 years. It reads in part:\n\n“I remember when the distillery employed eleven men.”', 'I remember when the distillery employed eleven men.', 'a resident'],
    ['"a letter from a retired teacher … the letter said"', 'The council received a letter from a retired teacher. “I remember when the distillery employed eleven men,” the letter said.', 'I remember when the distillery employed eleven men,', 'a retired teacher'],
  ]],
  ['"what it called" after a body in the middle of the sentence', [
    ['"Deputies were on hand after the district received what it called “…”"', 'The school board voted. Deputies were on hand after the district received what it called "a number of concerning messages" in the days before the vote.', 'a number of concerning messages', 'the district'],
  ]],
  ['a person of a body that a relative clause describes', [
    ['"Aoife Dunne of the Keys Now Alliance, which organised the march, told the crowd: “…”": she speaks, not the body', 'Aoife Dunne of the Keys Now Alliance, which organised the march with trade unions, told the crowd: “We were told to be patient.”', 'We were told to be patient.', 'Aoife Dunne'],
    ['"The Keys Now Alliance, which organised the march, said": a body alone still speaks', 'The Dublin Tenants Alliance, which organised the march with trade unions, said: “We were told to be patient.”', 'We were told to be patient.', 'the Dublin Tenants Alliance'],
  ]],
  ['more kinds of document', [
    ['"According to the RTI reply, …. The reply states that “…”": a reply is a document, not its speech verb', 'According to the RTI reply, issued on November 18, progress stood at 61%. The reply states that “no revised completion date has been approved”.', 'no revised completion date has been approved', 'the reply'],
  ]],
  ['a body named after the "The" opening its sentence keeps its article', [
    ['"The Ministry of Sports and Youth Affairs, which oversees the board, said … “…”"', 'The Ministry of Sports and Youth Affairs, which oversees the board, said in a statement on Wednesday that it had “taken notice” of the allegations.', 'taken notice', 'the Ministry of Sports and Youth Affairs'],
  ]],
  ['a headline\'s epithet is no given name', [
    ['"Fuming Threlfall blasts ref" over "Hexley boss Gary Threlfall": the headline names the manager, not a Fuming Threlfall', '‘IT WAS A DISGRACE’ Fuming Threlfall blasts ref after defeat\n\nThrelfall, 52, stormed into his press conference and raged: “It was a disgrace.”\n\nHexley boss Gary Threlfall remonstrates with the referee (Image: Getty)', 'It was a disgrace.', 'Gary Threlfall'],
  ]],
  ['"Its statement" is the statement of the body "its" refers to', [
    ['"The trust, which runs …, had said …. Its statement on Saturday said … “…”"', 'The trust, which runs the infirmary and two smaller hospitals, had said in an earlier update that the attack affected a server. Its statement on Saturday said the files appeared to have been copied “over a period of several days” before the breach was detected.', 'over a period of several days', 'the trust'],
  ]],
  ['a corporation is a body', [
    ['"The corporation, in a statement, said" after "The Westport Harbour Corporation"', 'The Westport Harbour Corporation runs the port. The corporation, in a statement, said permit holders would be “required to submit a plan” under the new rules.', 'required to submit a plan', 'the Westport Harbour Corporation'],
    ['"the municipal corporation" is no other body named nearer, a church', 'The Belmont Lane Baptist Church hosted the meeting. The municipal corporation, in a statement yesterday, said permit holders would be “required to submit a plan” under the new rules.', 'required to submit a plan', 'the municipal corporation'],
  ]],
  ['"the post" is the post of whoever the sentence naming the platform is about', [
    ['"Declan Royce took to Instagram …. He wrote: “…” ¶ The post, which racked up …, ended: “…”"', 'Declan Royce took to Instagram to blast the veteran judge.\n\nHe wrote: “Watching my girl get torn apart. A snob in an apron.”\n\nThe post, which racked up 40,000 likes, ended: “Shame on you, Pippa.”', 'Shame on you, Pippa.', 'Declan Royce'],
    ['"On its Facebook page, the club appealed for calm …. ¶ “…,” the post read"', 'On its Facebook page on Tuesday night, the club appealed for calm after comments were posted.\n\n“We ask all our members to respect our neighbours,” the post read.', 'We ask all our members to respect our neighbours,', 'the club'],
    ['no platform named: "the post" stays itself', 'Residents were angry about the closure.\n\n“We ask all our members to respect our neighbours,” the post read.', 'We ask all our members to respect our neighbours,', 'the post'],
  ]],
  ['"another" alone is one more of those just counted', [
    ['"One viewer posted on X: “…” ¶ But another hit back: “…”"', 'One viewer posted on X: “Declan’s not wrong. Pippa has been cruel all series.”\n\nBut another hit back: “It was literally raw. We all saw it.”', 'It was literally raw. We all saw it.', 'another viewer'],
    ['"One resident said …. Another said it was “…”"', 'One resident said the plan was “a disaster”. Another said it was “long overdue”.', 'long overdue', 'another resident'],
    ['"another" after a noun-less count is nobody: "One of them left. Another said …"', 'One of them left early. Another said it was “long overdue”.', 'long overdue', null],
  ]],
  ['a name after "of the" is no participle\'s subject', [
    ['"A judge has ordered protesters to dismantle a camp that blocked construction of the Kestrel River gas pipeline, calling the blockade “…”"', 'A Supreme Court judge has ordered protesters to dismantle a camp that has blocked construction of the Kestrel River gas pipeline for five months, calling the blockade “a deliberate and sustained interference with lawful work.”', 'a deliberate and sustained interference with lawful work.', 'a Supreme Court judge'],
  ]],
  ['"the skipper" is the captain', [
    ['"“…,” the skipper said" after "Australian captain Jack Merriman"', 'Australian captain Jack Merriman praised the bowlers. Mitch Garland is injured.\n\n“We will see on Monday,” the skipper said.', 'We will see on Monday,', 'Jack Merriman'],
    ['"Asked about …when Mitch Garland returns, the skipper laughed. “…”": the role the subject names, not the name inside the clause', 'Australian captain Jack Merriman praised the bowlers.\n\nAsked about his chances when Mitch Garland returns, the skipper laughed. “Ask me in 24 hours.”', 'Ask me in 24 hours.', 'Jack Merriman'],
  ]],
  ['a document seen by a newspaper is no words of the newspaper\'s', [
    ['"A letter signed by 23 MPs and seen by the Chronicle said … ‘…’"', 'A letter signed by 23 MPs and seen by the Chronicle said the party was ‘sleepwalking towards its worst result in a century’.', 'sleepwalking towards its worst result in a century', 'a letter'],
    ['"A report written by Tom Reid said": the writer is the author', 'A report written by Tom Reid said the road was ‘unsafe for cyclists and walkers’.', 'unsafe for cyclists and walkers', 'Tom Reid'],
  ]],
  ['a paragraph of two sentences in quotation marks, no full stop at its end, goes on with the words before', [
    ['"… telling her followers: “…” ¶ “Please respect our privacy, especially for the children. Thank you x”"', 'The couple married in 2015 and have two children. They were often pictured at charity events and premieres, and last year they bought a farmhouse in the Cotswolds. Friends said the pair had been living apart for months.\n\nJodie wrote on Instagram, telling her followers: “After a lot of soul-searching, we have decided to separate. We will always love each other.”\n\n“Please respect our privacy, especially for the children. Thank you x”', 'Please respect our privacy, especially for the children. Thank you x', 'Jodie'],
    ['a one-sentence line without a full stop is still a heading', 'The couple married in 2015 and have two children. They were often pictured at charity events and premieres, and last year they bought a farmhouse in the Cotswolds. Friends said the pair had been living apart for months.\n\nJodie wrote on Instagram, telling her followers: “After a lot of soul-searching, we have decided to separate. We will always love each other.”\n\n‘It was never going to last’\n\nThe pair met on a reality show.', 'It was never going to last', null],
  ]],
  ['a body quotation whose line ends in a bracket is no headline', [
    ['"‘Wala na kaming bahay’: residents pick up the pieces" over "“Wala na kaming bahay. …,” she said, crying. (We no longer have a house.)"', '‘Wala na kaming bahay’: residents pick up the pieces\n\nLorna Dimaculangan lost her home.\n\n“Wala na kaming bahay. Wala na lahat,” she said, crying. (We no longer have a house.)', 'Wala na kaming bahay', 'Lorna Dimaculangan'],
  ]],
  ['a district or a county speaks as a body', [
    ['"The district said … and that “…”"', 'The district said the books would be held in the library office and that "students with a signed parent permission form may continue to access them."', 'students with a signed parent permission form may continue to access them.', 'the district'],
    ['"The county said …"', 'The county said in a statement that the road would reopen "as soon as it is safe."', 'as soon as it is safe.', 'the county'],
  ]],
];

for (const [family, cases] of families) table(family, cases);
