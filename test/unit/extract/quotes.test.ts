import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { findQuotedSpans } from '../../../src/core/extract/quotes';

/** The quoted words of `text`, outer quotations only, in order. */
function quoted(text: string): string[] {
  return findQuotedSpans(text)
    .filter((s) => s.nestedIn === undefined)
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));
}

describe('quotation marks', () => {
  const cases: Array<[string, string, string[]]> = [
    ['finds straight double quotes', 'He said "we will win" today.', ['we will win']],
    ['finds curly double quotes', 'He said “we will win” today.', ['we will win']],
    ['finds curly single quotes', 'He said ‘we will win’ today.', ['we will win']],
    ['finds straight single quotes around words', "a 'coalition of the willing' to help", ['coalition of the willing']],
    ['finds guillemets', 'Il a dit « nous gagnerons » hier.', ['nous gagnerons']],
    ['finds German low-high quotes', 'Er sagte „wir gewinnen“ gestern.', ['wir gewinnen']],
    ['finds single guillemets', 'She said ‹yes› twice.', ['yes']],
    ['pairs a scraped straight double opening with a single closing mark', `a postwar "reassurance force' in Ukraine`, ['reassurance force']],
    ['pairs two mismatched quotes on one line', `"A lot,' she told reporters. "The ceasefire.'`, ['A lot,', 'The ceasefire.']],
    ['closes a mismatched pair at a comma before its attribution, though a straight mark follows', `"Nobody likes a fare increase,' said chair Jamal Myers. "But the alternative was worse."`, ['Nobody likes a fare increase,', 'But the alternative was worse.']],
    ['keeps a single-quoted phrase inside a double-quoted one', `"They called it 'rubbish,' and left," she said.`, ["They called it 'rubbish,' and left,"]],
    ['takes no elision for a quotation ("rock ’n’ roll"), but a quoted capital letter is one', `"Rock ’n’ roll never dies," he said of the 'A' grade.`, ['Rock ’n’ roll never dies,', 'A']],
    ['never takes an apostrophe for a quote mark', "Ukraine's allies don't know its partners’ plans", []],
    ['keeps apostrophes inside a quotation', '“I’ve never said that Ukraine’s goal is impossible,” he said.', ['I’ve never said that Ukraine’s goal is impossible,']],
    ['keeps a plural possessive inside straight double quotes', 'He said "the players\' union agreed" today.', ["the players' union agreed"]],
    ['reads the words after a closing mark stranded at the end of the previous line', 'complete in the event of a ceasefire.”\nThe sincerity of Russia” is the question.', ['The sincerity of Russia']],
    ['ends a quotation whose closing mark was lost at its last sentence', '“I’ve never said that. But what’s the point? In Beijing, Putin stated, “Let’s see.”', ['I’ve never said that. But what’s the point?', 'Let’s see.']],
    ['splits a quotation around its attribution', '"We are ready," she said, "and we will go."', ['We are ready,', 'and we will go.']],
    ['reads two single closing marks typed for a double one', '“We publish local creators,’’ says the founder. “If you want more, go elsewhere.”', ['We publish local creators,', 'If you want more, go elsewhere.']],
    ['reads two straight apostrophes typed for a double closing mark', `the reasons "would not have been enough'' for his release, she said.`, ['would not have been enough']],
    ['reads two single opening marks typed for a double one', 'He said ‘‘we will win’’ today.', ['we will win']],
    ['ignores a lone quotation mark', 'He was 6\' tall and said " nothing.', []],
    ['does not pair across paragraphs without the continuation convention', '"Open here\nand text "closed there" now', ['closed there']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(quoted(text), expected));
  }

  it('continues a quotation across paragraphs (no closing mark, a new opening one) as one statement', () => {
    const text = '“The first paragraph of the speech goes on,\n“and the second one ends it,” she said.';
    const quotes = analyze(text).quotes.filter((q) => q.kind === 'direct');
    assert.deepEqual(quotes.map((q) => q.text), ['The first paragraph of the speech goes on,', 'and the second one ends it,']);
    assert.equal(quotes[0].statement, quotes[1].statement);
  });

  it('reports a quotation nested in another as a separate scare quote inside it', () => {
    const text = '“They called it ‘a disaster’ and left,” he said.';
    const quotes = analyze(text).quotes;
    const nested = quotes.find((q) => q.text === 'a disaster');
    assert.ok(nested, JSON.stringify(quotes));
    assert.equal(nested.kind, 'scare');
    assert.ok(quotes.some((q) => q.text === 'They called it ‘a disaster’ and left,' && q.kind === 'direct'));
  });

  it('gives offsets that cover the quoted words without their marks, CRLF and BOM counted', () => {
    const text = '\uFEFFTitle\r\nShe said: “Yes, we will.”\r\n';
    const [quote] = analyze(text).quotes;
    assert.equal(text.slice(quote.start, quote.end), 'Yes, we will.');
    assert.equal(quote.text, 'Yes, we will.');
  });

  it('treats no-break and zero-width spaces as spaces around marks', () => {
    assert.deepEqual(quoted('He said\u00a0“we will win”\u200b today.'), ['we will win']);
  });
});
