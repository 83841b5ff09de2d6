import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of mistakes met in the twenty-first round (misses of the dev sets
// blind25 and blind32 and of this round's new sets, read as families).

const families: Array<[family: string, cases: Case[]]> = [
  ['a body by the name the text gives it, with its article', [
    ['"In a statement released Friday, the Western Plains Junior Hockey League said …": a body read whole keeps its article', 'In a statement released Friday, the Western Plains Junior Hockey League said the coach had breached its code of conduct on “multiple occasions.”', 'multiple occasions.', 'the Western Plains Junior Hockey League'],
    ['"the Ridgeway Tenants and Ratepayers’ Association said …": a body first met as the speaker keeps it too', 'In Ridgeway, where taps ran dry for nine days, the Ridgeway Tenants and Ratepayers’ Association said the increase was “an insult”.', 'an insult', 'the Ridgeway Tenants and Ratepayers’ Association'],
  ]],
];

for (const [family, cases] of families) table(family, cases);
