import * as assert from 'node:assert/strict';
import { isCaptionLine } from '../../../src/core/text/captions';
import { table, type Case } from './speakerTable';

// Invented sentences, one table per family of speaker mistakes met in the sixth round: what the speaker must be
// (null: no guess rather than a wrong one).

const families: Array<[family: string, cases: Case[]]> = [
  ['a picture caption between paragraphs is no narrative: whom it shows is not "he"', [
    ['a caption with its credit at the end', 'Ada Whitlock wrote a book about the porters. The porters organized in 1954, Whitlock writes.\n\nDelia Pryce, a retired porter, looks at a display of photos in Montreal. ( THE CANADIAN PRESS FILE PHOTO )\n\nThe trip drew national attention. “These men were smart enough to go to Ottawa,” she says.', 'These men were smart enough to go to Ottawa,', 'Ada Whitlock'],
    ['a caption credited "Name / Outlet"', 'Cecil Ward wrote a book about the porters. The porters organized in 1954, Ward writes.\n\nDesmond Pryce, a retired porter, looks at a display of photos in Montreal. (Lena Brook / The Daily Star)\n\nThe trip drew national attention. “These men were smart enough to go to Ottawa,” he says.', 'These men were smart enough to go to Ottawa,', 'Cecil Ward'],
    ['a paragraph with a parenthesis is still narrative', 'Cecil Ward wrote a book about the porters.\n\nDesmond Pryce, a retired porter, looks at a display of photos in Montreal (he worked there for decades).\n\n“These men were smart enough to go to Ottawa,” he says.', 'These men were smart enough to go to Ottawa,', 'Desmond Pryce'],
  ]],
];

for (const [family, cases] of families) table(family, cases);

describe('captions: lines that caption a picture', () => {
  const lines: Array<[string, boolean]> = [
    ['Desmond Pryce looks at photos in Montreal. ( THE CANADIAN PRESS FILE PHOTO )', true],
    ['A man sleeps on a vent outside a hospital. (Doug Ives/Canadian Press)', true],
    ['Tap the image above to read more. (Photo: City of Surrey)', true],
    ['Tijana Martin / The Canadian Press Ada Whitlock and Cecil Ward in their home.', true],
    ['The council met on Monday (its third meeting this year).', false],
    ['The ratio fell to 3/4 (from 4/5).', false],
    ['(Lena Brook / The Daily Star)', false],
  ];
  for (const [line, caption] of lines) it(`${caption ? 'is' : 'is not'} a caption: ${JSON.stringify(line)}`, () => assert.equal(isCaptionLine(line, 0, line.length), caption));
});
