import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes met in the fourth round: what the speaker must be
// (null: no guess rather than a wrong one).

const families: Array<[family: string, cases: Case[]]> = [
  ['a lone capitalised word after a preposition is its object, never a new person', [
    ['the field of a role with several fields', 'Tavish Renwick, Minister of Fisheries, Oceans and Rural Development, said on Monday that the talks were on a “broader scale,” not meant to help one firm.\n\n“We heard the fishers and we heard the scientists before we set them,” he said.', 'We heard the fishers and we heard the scientists before we set them,', 'Tavish Renwick'],
    ['the field of a head of department', 'Orrin Maddox, the head of Research, Planning and Budgets, said on Monday that the cuts were “final,” not a draft.\n\n“There is no money left for the program in this budget,” he said.', 'There is no money left for the program in this budget,', 'Orrin Maddox'],
    ['a lone surname that speaks is still a person', 'Renwick said on Monday that the talks were on a “broader scale,” not meant to help one firm.\n\n“We heard the fishers and we heard the scientists before we set them,” he said.', 'We heard the fishers and we heard the scientists before we set them,', 'Renwick'],
  ]],

  ['"the Kentucky Republican" describes a person named before, never a body', [
    ['a party member', 'Senator Dalia Ferreira blamed the press for the attacks on the students.\n\n“Members of the national media isolated a few seconds of video from any shred of context,” the Oregon Democrat said.', 'Members of the national media isolated a few seconds of video from any shred of context,', 'Dalia Ferreira'],
    ['a party member after a quoted term', 'Senator Dalia Ferreira blamed “out-of-state activists” and the press for the attacks on the students.\n\n“Members of the national media isolated a few seconds of video from any shred of context,” the Oregon Democrat said.', 'Members of the national media isolated a few seconds of video from any shred of context,', 'Dalia Ferreira'],
    ['a body is still a body', 'The board met on Monday.\n\n“We will publish the full audit of the hospital next week,” the Ontario Health Coalition said.', 'We will publish the full audit of the hospital next week,', 'the Ontario Health Coalition'],
  ]],

  ['an opening subordinate clause holds no subject for the next "he said"', [
    ['"As X reopened …, Y blamed"', 'As Lakeview Academy reopened on Wednesday after the threats, Senator Dalia Ferreira blamed the press for the attacks on the students.\n\n“Members of the national media isolated a few seconds of video from any shred of context,” the Oregon Democrat said.', 'Members of the national media isolated a few seconds of video from any shred of context,', 'Dalia Ferreira'],
    ['"While X …, Y said" with a pronoun', 'Tomas Ekberg coached the club for a decade. While Ingrid Solheim ran the league office, Tomas Ekberg wrote the rules.\n\n“We never expected the season to last this long,” he said.', 'We never expected the season to last this long,', 'Tomas Ekberg'],
  ]],
  ['a speech verb after a comma with its speaker right after it', [
    ['a role and a name after "asks"', 'Rather than the current layout, in which government and opposition MPs sit facing each other, asks Civic Design editor Marisol Quevedo, “has anyone considered whether other shapes might work better?”', 'has anyone considered whether other shapes might work better?', 'Marisol Quevedo'],
    ['a bare name after "writes"', 'If the board keeps the current rules, in which Councillors vote in secret, writes Anika Sorensen, “nobody will ever know who blocked the plan.”', 'nobody will ever know who blocked the plan.', 'Anika Sorensen'],
    ['a name before the comma still speaks', 'The mayor, Hana Reyes, said: “We are ready for the storm and for whatever comes after it.”', 'We are ready for the storm and for whatever comes after it.', 'Hana Reyes'],
  ]],
  ['a quotation given to the narrative\'s subject makes them the next "he"', [
    ['"But he says …" after a bare quotation paragraph', 'Graham Pelham, a paramedic, spoke first.\n\n“There were no units left in the city that night,” said Pelham.\n\nMark Rudnick with the health authority says there are many reasons for the delays.\n\n“The emergency department cares for the sickest patient first, and others wait.”\n\nBut he says the delays are symptoms of a system that is not working.\n\n“It takes us far too long to move patients to beds upstairs and to other programs.”', 'It takes us far too long to move patients to beds upstairs and to other programs.', 'Mark Rudnick'],
    ['the bare quotation before it', 'Graham Pelham, a paramedic, spoke first.\n\n“There were no units left in the city that night,” said Pelham.\n\nMark Rudnick with the health authority says there are many reasons for the delays.\n\n“The emergency department cares for the sickest patient first, and others wait.”\n\nBut he says the delays are symptoms of a system that is not working.\n\n“It takes us far too long to move patients to beds upstairs and to other programs.”', 'The emergency department cares for the sickest patient first, and others wait.', 'Mark Rudnick'],
  ]],
  ['an age set off by commas after a name marks a person', [
    ['the full name, later called by surname', 'In Halifax, Oduya Bel Karrum, 49, is eager to apply for citizenship.\n\nThey came to Canada in 2016, when Bel Karrum was with his sister.\n\n“When you have a family and children to look after, my study comes afterwards,” he said.', 'When you have a family and children to look after, my study comes afterwards,', 'Oduya Bel Karrum'],
  ]],
];

for (const [family, cases] of families) table(family, cases);
