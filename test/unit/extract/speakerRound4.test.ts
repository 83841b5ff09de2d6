import { table } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes met in the fourth round: what the speaker must be
// (null: no guess rather than a wrong one).

table('a lone capitalised word after a preposition is its object, never a new person', [
  ['the field of a role with several fields', 'Tavish Renwick, Minister of Fisheries, Oceans and Rural Development, said on Monday that the talks were on a “broader scale,” not meant to help one firm.\n\n“We heard the fishers and we heard the scientists before we set them,” he said.', 'We heard the fishers and we heard the scientists before we set them,', 'Tavish Renwick'],
  ['the field of a head of department', 'Orrin Maddox, the head of Research, Planning and Budgets, said on Monday that the cuts were “final,” not a draft.\n\n“There is no money left for the program in this budget,” he said.', 'There is no money left for the program in this budget,', 'Orrin Maddox'],
  ['a lone surname that speaks is still a person', 'Renwick said on Monday that the talks were on a “broader scale,” not meant to help one firm.\n\n“We heard the fishers and we heard the scientists before we set them,” he said.', 'We heard the fishers and we heard the scientists before we set them,', 'Renwick'],
]);
