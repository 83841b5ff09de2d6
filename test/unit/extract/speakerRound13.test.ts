import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes met in the thirteenth round (a prime minister's
// office and campaign).

const premier = 'Justin Trudeau visited Ottawa on Monday. ';

const families: Array<[family: string, cases: Case[]]> = [
  ['a body a possessive owns speaks as written, never its owner nor the last person named', [
    ['"Trudeau’s office said"', `${premier}"We will not comment on that," Trudeau’s office said in a statement.`, 'We will not comment on that,', 'Trudeau’s office'],
    ['opening the sentence', `${premier}Trudeau’s campaign said: "We are confident of winning."`, 'We are confident of winning.', 'Trudeau’s campaign'],
    ['a role after "the" owns it', `${premier}"He is tired," the prime minister's office said.`, 'He is tired,', "the prime minister's office"],
    ['inverted, a body owning it', `${premier}"We agree with the plan," said the Liberal Party’s campaign.`, 'We agree with the plan,', 'the Liberal Party’s campaign'],
    ['another owner\'s office is not the office quoted before', `${premier}"No," Trudeau's office said. "He is tired," the mayor's office said.`, 'He is tired,', "the mayor's office"],
    ['a role after the body is that role\'s holder', `${premier}"We are close," Trudeau’s campaign manager said.`, 'We are close,', 'Trudeau’s campaign manager'],
    ['"his office" still speaks as written', `${premier}"No comment," his office said.`, 'No comment,', 'his office'],
  ]],
];

for (const [family, cases] of families) table(family, cases);
