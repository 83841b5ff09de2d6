import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of mistakes met in the twenty-fourth round, on blind49's (dev)
// profile of a referee and his wife: a surname two people share, a relative the text names only by its family
// name, "by his own count", and a profile's narrative between the answers of its interview.

const interview = 'After 27 seasons, Réjean Thibodeau is hanging up his whistle. His wife, Lise Thibodeau, is relieved.\n\nWe sat down with Thibodeau a week before his final road trip. The conversation has been edited and condensed.\n\nDo you remember your first professional game?\n\nLike it was yesterday. I was so nervous I put my skates on the wrong feet.\n\nDid the abuse ever get to you?\n\nEarly on, yes. Somebody once posted our home address. That was the only time I thought about walking away.\n\nLise remembers that week vividly. “He came home and sat in the truck for twenty minutes,” she says.\n\nWho was the funniest player you ever dealt with?\n\nCurtis Mayhew, no contest. He would chirp me the whole game and then ask about my kids.\n\nThibodeau says he has not decided what to do with his whistle. Lise has a suggestion. “It goes in the museum,” she says.\n\nRELATED\nThe enforcers: Where are hockey’s tough guys now?';

const families: Array<[family: string, cases: Case[]]> = [
  ['a surname two people share is told apart by the pronoun its clause goes on with', [
    ['"Réjean Thibodeau … Lise Thibodeau … Thibodeau says he …": "Lise" stays hers, "she says" hers', 'After 27 seasons, Réjean Thibodeau is hanging up his whistle.\n\n“He won’t throw anything out,” says Lise Thibodeau.\n\nThibodeau, 54, will work his final game on Saturday.\n\nLise met her husband at a wedding in 1996. She says she knew early on that hockey would come first.\n\n“The first Christmas we were married, he was away,” she says.\n\nThibodeau says he has not decided what to do next.', 'The first Christmas we were married, he was away,', 'Lise Thibodeau'],
    ['"… Thibodeau says he …" is the husband', 'After 27 seasons, Réjean Thibodeau is hanging up his whistle.\n\n“He won’t throw anything out,” says Lise Thibodeau.\n\nThibodeau says he has not decided what to do next. “I might keep it,” Thibodeau said.', 'I might keep it,', 'Réjean Thibodeau'],
  ]],
  ['a relative named by the family name', [
    ['"Réjean Thibodeau … a drawer in his kitchen that his wife calls “the museum”" before "says Lise Thibodeau"', 'After 27 seasons, Réjean Thibodeau is hanging up his whistle. There is a drawer in his kitchen that his wife calls “the museum”.\n\n“He won’t throw anything out,” says Lise Thibodeau.', 'the museum', 'Lise Thibodeau'],
    ['no relative of that name: the description as the text gives it', 'After 27 seasons, Réjean Thibodeau is hanging up his whistle. There is a drawer in his kitchen that his wife calls “the museum”.\n\n“He won’t throw anything out,” says Curtis Mayhew.', 'the museum', 'his wife'],
  ]],
  ['"by his own count" is his', [
    ['"He has officiated four finals and, by his own count, “about ten thousand arguments”"', 'Curtis Mayhew retires on Saturday. He has played four finals and, by his own count, “about ten thousand arguments”.', 'about ten thousand arguments', 'Curtis Mayhew'],
  ]],
  ['a profile\'s narrative between an interview\'s answers', [
    ['an answer after the narrative is still the interviewee\'s', interview, 'Curtis Mayhew, no contest. He would chirp me the whole game and then ask about my kids.', 'Réjean Thibodeau'],
    ['the narrative\'s quotation is whoever it says', interview, 'He came home and sat in the truck for twenty minutes,', 'Lise Thibodeau'],
    ['the narrative after the last answer ends the interview, though a related teaser asks a question', interview, 'It goes in the museum,', 'Lise Thibodeau'],
  ]],
];

for (const [family, cases] of families) table(family, cases);
