import { table } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes: what the speaker must be (null: no guess).

table('a role listing several fields between name and verb', [
  ['the name before "Minister of A, B and C,"', 'Priya Omwale, Minister of Transport, Housing and Rural Affairs, said on Monday that the plan was "a fair start for every town."', 'a fair start for every town.', 'Priya Omwale'],
  ['the speaker of the next paragraph too', 'Priya Omwale, Minister of Transport, Housing and Rural Affairs, said the plan was ready.\n\n"We listened to every town and every county before we wrote it," she said.', 'We listened to every town and every county before we wrote it,', 'Priya Omwale'],
  ['an agent after "by" is still the speaker', 'A letter sent to the council by Tomas Verhoek, who chairs the group, said "the park must stay open."', 'the park must stay open.', 'Tomas Verhoek'],
]);

table('a place or platform after a preposition is never the subject', [
  ['a road with a number after it', 'Okafor also measured the slope from Cedar Line 212 to Route 9, testifying "it was anything but level ground."', 'it was anything but level ground.', 'Okafor'],
  ['a platform named before the participle', 'Lena Dufresne lives in Lyon. She shared her views on Instagram, writing "Nobody should be left alone in the cold this winter."', 'Nobody should be left alone in the cold this winter.', 'Lena Dufresne'],
]);

table('headings and surnames that look like sentence words', [
  ['a shouted heading before a colon is nobody', 'MARKET OUTLOOK: "Prices will keep falling until the spring, whatever the banks decide."', 'Prices will keep falling until the spring, whatever the banks decide.', null],
  ['an acronym before a colon still speaks', 'NATO said: "The alliance will meet again in the spring to review the plan."', 'The alliance will meet again in the spring to review the plan.', 'NATO'],
  ['a surname that is also a sentence word', '"Can they hold out for another month?" Michael Every said in a note.', 'Can they hold out for another month?', 'Michael Every'],
  ['the same surname after an inverted verb', '"Nobody expected the rate to move this quickly," said Sarah Such, an economist.', 'Nobody expected the rate to move this quickly,', 'Sarah Such'],
]);

table('"the company" after a one-word company spoke', [
  ['the company that spoke, not the one in its clause', 'Quorvex said Thursday that Apple has also revoked its certificate.\n\nBut the company seemed confident. "We expect the disruption to be resolved very soon," the company said.', 'We expect the disruption to be resolved very soon,', 'Quorvex'],
  ['a person with a gender cue is no company', 'Dr. Halvorsen said the plan was late.\n\n"We expect the disruption to be resolved very soon," the company said.', 'We expect the disruption to be resolved very soon,', 'the company'],
]);
