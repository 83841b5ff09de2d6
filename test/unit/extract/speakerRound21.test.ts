import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of mistakes met in the twenty-first round (misses of the dev sets
// blind25 and blind32 and of this round's new sets, read as families).

const families: Array<[family: string, cases: Case[]]> = [
  ['a body by the name the text gives it, with its article', [
    ['"In a statement released Friday, the Western Plains Junior Hockey League said …": a body read whole keeps its article', 'In a statement released Friday, the Western Plains Junior Hockey League said the coach had breached its code of conduct on “multiple occasions.”', 'multiple occasions.', 'the Western Plains Junior Hockey League'],
    ['"the Ridgeway Tenants and Ratepayers’ Association said …": a body first met as the speaker keeps it too', 'In Ridgeway, where taps ran dry for nine days, the Ridgeway Tenants and Ratepayers’ Association said the increase was “an insult”.', 'an insult', 'the Ridgeway Tenants and Ratepayers’ Association'],
  ]],
  ['a document\'s author: the holder of the office it names, the owner of the account that posts', [
    ['"a statement by the Chief Press Secretary to the Governor, Mrs Adaeze Okonkwo-Bell, said …. The statement read:"', 'But the Government House, in a statement by the Chief Press Secretary to the Governor, Mrs Adaeze Okonkwo-Bell, said the curfew was “regrettable but necessary”.\n\nThe statement read in part: “No government enjoys restricting movement.”', 'No government enjoys restricting movement.', 'Adaeze Okonkwo-Bell'],
    ['"Rathmore GAA’s official account posted:": whose account it is', 'Rathmore GAA’s official account posted minutes after the final whistle: “Eleven years. Worth the wait.”', 'Eleven years. Worth the wait.', 'Rathmore GAA'],
    ['"The club’s Instagram page shared:": a described owner too', 'The fans stayed for an hour. The club’s Instagram page shared a photo with the words: “Home at last.”', 'Home at last.', 'the club'],
  ]],
  ['an Irish surname with its particle, and who declines to say more', [
    ['"Ó Dálaigh, who scored 0-5, played down his part. ¶ “…”": "Ó" opens the surname, read as a mention', 'Darragh Ó Dálaigh scored the winner as Clonmore won. Manager Peadar Whelan was emotional.\n\n“We kept going,” said Clonmore manager Peadar Whelan.\n\nÓ Dálaigh, who scored 0-5, played down his part.\n\n“Anyone could have kicked it.”', 'Anyone could have kicked it.', 'Darragh Ó Dálaigh'],
    ['"“…” Whelan would not be drawn on his future.": who declines to say more said the words', 'Clonmore manager Peadar Whelan was emotional. Goalkeeper Ronan Tierney made three saves.\n\n“I’m 38, I can’t feel my knees,” Tierney said.\n\n“Ask me after Christmas. Tonight is for the lads.” Whelan would not be drawn on his future.', 'Ask me after Christmas. Tonight is for the lads.', 'Peadar Whelan'],
  ]],
  ['who a description and a name mean', [
    ['"after a magistrate found …. Magistrate Tan Wei Ling ruled …. the magistrate said": the named holder is nearer than the unnamed one', 'The tenants won an injunction after a magistrate found the notice defective.\n\nMagistrate Tan Wei Ling ruled on Monday that the notice was invalid.\n\nIn her grounds, the magistrate said: “Notice periods are not a formality.”', 'Notice periods are not a formality.', 'Tan Wei Ling'],
    ['"Madam Lim Bee Hoon, 68, said …": "Madam" is an honorific, no part of the name', 'Madam Lim Bee Hoon, 68, who has lived in the block since 1999, said the levy was too high. “I am on a pension,” she said.', 'I am on a pension,', 'Lim Bee Hoon'],
  ]],
  ['words addressed to the one the context gives are the other side\'s', [
    ['"“Refunds. In vouchers.” ¶ “Vouchers we honour, yes, Senator.”": the answer to the senator', 'The chief executive, Arthur Penhale, apologised. “We let our passengers down,” he said.\n\n“Mr. Penhale, sorry is cheap,” said Sen. Maria Kowalczyk, who chairs the panel.\n\nPenhale said refunds had been paid. Kowalczyk cut him off.\n\n“Refunds. In vouchers.”\n\n“Vouchers we honour on every route, yes, Senator.”\n\n“You stranded them, and now you sell them tickets.”', 'Vouchers we honour on every route, yes, Senator.', 'Arthur Penhale'],
    ['… and the words after the answer are the senator\'s again', 'The chief executive, Arthur Penhale, apologised. “We let our passengers down,” he said.\n\n“Mr. Penhale, sorry is cheap,” said Sen. Maria Kowalczyk, who chairs the panel.\n\nPenhale said refunds had been paid. Kowalczyk cut him off.\n\n“Refunds. In vouchers.”\n\n“Vouchers we honour on every route, yes, Senator.”\n\n“You stranded them, and now you sell them tickets.”', 'You stranded them, and now you sell them tickets.', 'Maria Kowalczyk'],
  ]],
  ['whose verb it is after the words, and whose before them', [
    ['"Hakimi shot back that the critic was “…”": answering back reports words', 'Opposition critic Dana Reyes attacked the plan. Minister Omar Hakimi shot back that the critic was “playing games with patients”.', 'playing games with patients', 'Omar Hakimi'],
    ['"Opposition spokesperson on transport Thabo Ndlovu dismissed …": a role and what it is on, before the name', 'Opposition spokesperson on transport Thabo Ndlovu dismissed the plan as “another round of promises”.', 'another round of promises', 'Thabo Ndlovu'],
    ['"“…” with Ashdown and denied any contact": a preposition\'s object is no subject of the verb after "and"', 'Harlow manager Dean Pryce was sent off after a row with referee Tom Ashdown.\n\nPryce, told of the criticism, hit back: “Old-fashioned? Fine by me.”\n\nHe insisted he had only been “making a point” with Ashdown and denied any contact.', 'making a point', 'Dean Pryce'],
    ['"“…” in the ward, an allegation the council leader denied": who denies a claim says none of it', 'A council worker who asked not to be named said some grants had gone to groups “close to the leader” in the ward, an allegation the council leader denied.', 'close to the leader', 'a council worker'],
  ]],
  ['a body whose report closes the paragraph before goes on in the words after it', [
    ['"The Northern Counties League Board … confirmed …. ¶ A statement said:": the body\'s statement', 'Harlow manager Dean Pryce was sent off.\n\nThe Northern Counties League Board last night confirmed it was reviewing the incident.\n\nA statement said: “The Board is aware of an incident.”', 'The Board is aware of an incident.', 'the Northern Counties League Board'],
    ['"The PDMA said in a later bulletin that …. ¶ “…”": not the one who spoke before', 'Outside, a man in the queue shouted: “Finally.”\n\nThe PDMA said in a later bulletin that a second storm was being tracked.\n\n“Residents should stay in evacuation centres.”', 'Residents should stay in evacuation centres.', 'the PDMA'],
  ]],
  ['whom "which" and a relative\'s given name mean', [
    ['"the Coastal Retreat Review, commissioned by the Department for Fisheries, which concluded …": what the participle describes, not its agent', 'The plan follows the Coastal Retreat Review, commissioned by the Department for Fisheries and Harbours, which concluded that new sea walls were “neither affordable nor sensible” after 2040.', 'neither affordable nor sensible', 'the Coastal Retreat Review'],
    ['"He and his wife Maren …. Maren is blunter. “…”": a relative named by a given name shares the family\'s name', 'His neighbour Pieter Vos sees it differently. He and his wife Maren have two children at the school.\n\n“We cannot wait for the sea,” Vos says.\n\nMaren is blunter. “Honestly? Move us first.”', 'Honestly? Move us first.', 'Maren Vos'],
    ['"His daughter Adaeze, 29, … “…,” she says": whatever lexicon knows the given name', 'Chukwudi Eze, 70, still lights the ovens. His daughter Adaeze, 29, arrives at five.\n\n“We argue about everything,” she says.', 'We argue about everything,', 'Adaeze Eze'],
  ]],
  ['someone named with a nickname, or described by their age', [
    ['"Graham “Gus” Whitlock has stopped …. His bore, he said, was pumping “…”": a quoted nickname inside the name', 'Ms Latimer said the authority had met the golf club. “Everybody’s in this together,” she said.\n\nDown the road, Douglas “Dougie” Farrant has stopped watering his paddocks. His bore, he said, was now pumping “more sand than water”.', 'more sand than water', 'Douglas Farrant'],
    ['"… according to club captain Rhodri Bevan. ¶ “…,” the 29-year-old flanker said": an age marks someone just brought in', 'Pryce-Lloyd, a former club captain, did not respond on Monday.\n\nThe players found out in a WhatsApp message, according to club captain Aled Morgan.\n\n“Nobody rang us. Nobody sat us down,” the 29-year-old flanker said.', 'Nobody rang us. Nobody sat us down,', 'Aled Morgan'],
  ]],
  ['a body without the kind of body glued to it, someone by the only name they gave, and a verb without its particle', [
    ['"the environmental NGO Tano River Watch published a report. … The report described …": the body, not "NGO Tano River Watch"', 'The crackdown comes a week after the environmental NGO Tano River Watch published a report which found heavy silt at four sites.\n\nThe report described the river as “close to biological death”.', 'close to biological death', 'Tano River Watch'],
    ['"Dai Pritchard, who has followed the club for 60 years, remembers …. ¶ “…”": "who" is said of people', 'Trust chair Carys Howells spoke. “We want to know,” she said.\n\nDai Pritchard, who has followed the club for more than 60 years, remembers the night the old clubhouse burned down.\n\n“We rebuilt it with our own hands then.”', 'We rebuilt it with our own hands then.', 'Dai Pritchard'],
    ['"printed the novelist Ada Strand’s blurb — “…” — across the cover": whose writing the dash sets out', 'Larkspur has printed the novelist Ada Strand’s blurb — “a book that drowns you gently” — across the top of the cover.', 'a book that drowns you gently', 'Ada Strand'],
    ['"remembers the early days as “organised chaos”": a memory\'s verdict in someone\'s words', 'Ruth Ambler, who has volunteered since the first week, remembers the early days as “happy bedlam”.', 'happy bedlam', 'Ruth Ambler'],
    ['"“Come off it, Pete,” Kilbride replied. ¶ “I’m serious.”": two words a speaker\'s "I" opens are said, the other side\'s turn', 'Fellow pundit Pete Mowbray disagreed. “I would have done the same,” he said.\n\n“Come off it, Pete,” Sean Kilbride replied.\n\n“I’m serious.”', 'I’m serious.', 'Pete Mowbray'],
    ['"The Executive Director of Ofin River Watch, Mrs Efua Mensah, said …. ¶ “…,” she said": the woman named, not a name read out of the office', 'The NGO Ofin River Watch published a report in August.\n\nThe Executive Director of Ofin River Watch, Mrs Efua Mensah, said previous operations had failed because they were “seasonal”.\n\n“Every two years there is a task force,” she said.', 'Every two years there is a task force,', 'Efua Mensah'],
    ['"Corvane said in a statement it was “disappointed” …. The statement was attributed to Chief Executive Ilse Brandt.": whose it was, said after', 'Corvane, which is owned by Halvorsen Group, said in a statement it was "disappointed" by the vote but would "bargain in good faith." The statement was attributed to Chief Executive Ilse Brandt.', 'bargain in good faith.', 'Ilse Brandt'],
    ['"Another landlord, who identified herself only as Marla, …": the name she gave', 'Another landlord, who identified herself only as Marla and said she owns a duplex, told the council she was "one bad winter" away from selling.', 'one bad winter', 'Marla'],
    ['"… that “credible material” pointed to unaccounted receipts of over Rs 90 crore": "pointed" without "out" reports nothing', 'The department’s counsel Harish Menon said the search was lawful and that “credible material” pointed to unaccounted receipts of over Rs 90 crore.', 'credible material', 'Harish Menon'],
  ]],
];

for (const [family, cases] of families) table(family, cases);
