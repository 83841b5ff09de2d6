import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of mistakes met in the twenty-third round: a role word's gender
// against a first name's (blind40's "committee chairman Norlela Ismail … she said", blind6's "Chairman Pat Kinsella
// … he said").

const families: Array<[family: string, cases: Case[]]> = [
  ['a masculine role said of women too yields to a woman\'s first name', [
    ['"Committee chairman Mary Ismail said …. ¶ “…,” she said"', 'Committee chairman Mary Ismail said the state had paid its share.\n\n“We will keep pressing for the rest,” she said.', 'We will keep pressing for the rest,', 'Mary Ismail'],
    ['"The party spokesman, Sarah Lee, said …. ¶ “…,” she said"', 'The party spokesman, Sarah Lee, said the vote would go ahead.\n\n“Nothing has changed,” she said.', 'Nothing has changed,', 'Sarah Lee'],
    ['a spokesman whose first name says nothing is still a he: "she" is the woman before', 'Emma Hart, who runs the cafe, said the road would close for a month. Council spokesman Rashid Okafor said the works were needed.\n\n“We were never asked,” she said.', 'We were never asked,', 'Emma Hart'],
  ]],
  ['a given name of either gender leaves the pronoun to the text', [
    ['"Pat Kinsella, who has run the club for a decade, said …. ‘…,’ he said": Pat is Patrick as often as Patricia', 'Pat Kinsella, who has run the club for a decade, said the decision was unanimous.\n\n‘It was the hardest call I have made,’ he said.', 'It was the hardest call I have made,', 'Pat Kinsella'],
    ['"Kim Seung-min, the coach, said …. “…,” he said"', 'Kim Seung-min, the coach, said the squad was tired.\n\n“We need a week off,” he said.', 'We need a week off,', 'Kim Seung-min'],
  ]],
];

for (const [family, cases] of families) table(family, cases);
