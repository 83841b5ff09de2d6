import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of mistakes met in the twenty-second round (misses of the new dev
// sets blind39 and blind40, read as families).

const families: Array<[family: string, cases: Case[]]> = [
  ['someone unnamed is who the words after them say, where they work included', [
    ['"said a source in the state ministry": after an article, "state" is a noun, no speech verb', '“There are two lists and they do not match,” said a source in the state ministry.', 'There are two lists and they do not match,', 'a source in the state ministry'],
    ['"An analyst in Pellmar\'s Leeds office, who …, said …. ¶ “…” the analyst said": the whole description', 'An analyst in Pellmar\'s Leeds office, who asked not to be named, said staff learned of it from the news.\n\n“People are mostly confused,” the analyst said.', 'People are mostly confused,', 'an analyst in Pellmar\'s Leeds office'],
    ['"A Western diplomat in Lusaka said …. ¶ … the diplomat said": a place alone says where, not who', 'A Western diplomat in Lusaka said the vote was flawed.\n\n“Nobody is saying it was rigged,” the diplomat said.', 'Nobody is saying it was rigged,', 'a Western diplomat'],
    ['"A spokesman in a statement said …. ¶ … the spokesman said": how they spoke is no part of who', 'A spokesman in a statement said the works would finish soon.\n\n“We are on schedule,” the spokesman said.', 'We are on schedule,', 'a spokesman'],
  ]],
  ['a nation is a body', [
    ['"Chief Mary Tallis of the Oskwa Nation, whose …, said …. ¶ “…,” she said": "she" is the chief, not the nation', 'Chief Mary Tallis of the Oskwa Nation, whose clan set up the camp, said she was “not surprised” by the ruling.\n\n“Every time we stand up for our land, a court tells us we are trespassing,” she said.', 'Every time we stand up for our land, a court tells us we are trespassing,', 'Mary Tallis'],
  ]],
  ['"she" after someone unnamed brought in with a clause of their own', [
    ['"A waitress who asked not to be named said …. “…,” she said": the waitress, not the woman named before', 'Chloe Barnes, a chef, said the staff were owed wages. “I want my money,” she said.\n\nA waitress who asked not to be named said she did not believe the promise. “If he cared he could have paid us in October,” she said.', 'If he cared he could have paid us in October,', 'a waitress'],
    ['"A porter who lives nearby said …. “…,” he said": likewise', 'Tom Reyes, the owner, apologised. “We tried everything,” he said.\n\nA porter who lives nearby said the doors had been locked for a week. “Nobody told us anything,” he said.', 'Nobody told us anything,', 'a porter'],
  ]],
];

for (const [family, cases] of families) table(family, cases);
