import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

interface Expected {
  text: string;
  speaker: string | null;
  role?: string | null;
  kind?: 'direct' | 'scare';
}

function quoteOf(source: string, words: string) {
  const quote = analyze(source).quotes.find((q) => q.text === words);
  assert.ok(quote, `no quote "${words}" in ${JSON.stringify(analyze(source).quotes.map((q) => q.text))}`);
  return quote;
}

describe('speakers', () => {
  const cases: Array<[string, string, Expected]> = [
    ['X said after the quote', '"We will win," Jane Smith said.', { text: 'We will win,', speaker: 'Jane Smith' }],
    ['said X after the quote', '"We will win," said Jane Smith, a spokesperson.', { text: 'We will win,', speaker: 'Jane Smith', role: 'spokesperson' }],
    ['X told reporters', '"We need to see a lot," Lithuanian Defense Minister Dovile Sakaliene told reporters.', { text: 'We need to see a lot,', speaker: 'Dovile Sakaliene', role: 'Lithuanian Defense Minister' }],
    ['X stated: before the quote', 'Prime Minister Keir Starmer stated: “We are at a crossroads in history.”', { text: 'We are at a crossroads in history.', speaker: 'Keir Starmer', role: 'Prime Minister' }],
    ['X wrote on social media', '“Such ingratitude,” Elon Musk wrote on X.', { text: 'Such ingratitude,', speaker: 'Elon Musk' }],
    ['according to X', 'The goal is “clarity on what the coalition can offer,” according to NATO chief Mark Rutte.', { text: 'clarity on what the coalition can offer,', speaker: 'Mark Rutte' }],
    ['an appositive between name and verb', '"We fire all politicians who betrayed us," Musk, the wannabe kingmaker, threatened on X.', { text: 'We fire all politicians who betrayed us,', speaker: 'Musk' }],
    ['a pronoun resolved to the full name', 'U.K. Defense Secretary John Healey spoke in Brussels.\n"The most effective deterrence is the strength of the Ukrainian forces," he said.', { text: 'The most effective deterrence is the strength of the Ukrainian forces,', speaker: 'John Healey', role: 'U.K. Defense Secretary' }],
    ['a surname resolved to the full name', 'Defence Secretary John Healey arrived.\n"We are ready to help make the skies safe," Healey said.', { text: 'We are ready to help make the skies safe,', speaker: 'John Healey' }],
    ['she resolved past a nearer man', 'Dr. Sarah Lee met Tom Brown.\n"The results are clear and we must act now," she said.', { text: 'The results are clear and we must act now,', speaker: 'Sarah Lee' }],
    ['an organisation', '"We will not comment on the talks at this stage," the Kremlin said.', { text: 'We will not comment on the talks at this stage,', speaker: 'the Kremlin' }],
    ['an anonymous source', '"The plan is ready for the president to consider," a senior official said.', { text: 'The plan is ready for the president to consider,', speaker: 'a senior official' }],
    ['people familiar with the matter', '"It will be presented within weeks to the U.S. side," people familiar with the matter said.', { text: 'It will be presented within weeks to the U.S. side,', speaker: 'people familiar with the matter' }],
    ['a speaker introduced by the previous paragraph', 'Trump wrote on Truth Social:\n"The easiest way to save money in our Budget is to terminate the contracts."', { text: 'The easiest way to save money in our Budget is to terminate the contracts.', speaker: 'Trump' }],
    ['a participle after the subject', 'Trump backed the deal on Wednesday, saying, “I think we’re going to get it all straightened out.”', { text: 'I think we’re going to get it all straightened out.', speaker: 'Trump' }],
    ['a speech verb governing a partial quote', 'Healey told allies that planners drew up a "well-developed" plan.', { text: 'well-developed', speaker: 'Healey', kind: 'direct' }],
    ['a term nobody says is a scare quote', 'Europe wants a "coalition of the willing" to help Ukraine.', { text: 'coalition of the willing', speaker: null, kind: 'scare' }],
    ['an unattributed long quote with nobody around has no speaker', 'Prices rose.\n"Something must be done about prices before the winter comes."', { text: 'Something must be done about prices before the winter comes.', speaker: null }],
    ['a possessive before the name', '"That wasn\'t very good," said Vancouver\'s Bo Horvat.', { text: "That wasn't very good,", speaker: 'Bo Horvat' }],
    ['a name with an organisation after it', '"The worries surround the uncertainties," said Jingyi Pan of IG.', { text: 'The worries surround the uncertainties,', speaker: 'Jingyi Pan' }],
    ['open-class role words before the name', '"This rally is the only voice for the people," Rally Canada volunteer media coordinator Tom Hinderks said.', { text: 'This rally is the only voice for the people,', speaker: 'Tom Hinderks' }],
  ];
  for (const [name, source, expected] of cases) {
    it(`attributes ${name}`, () => {
      const quote = quoteOf(source, expected.text);
      assert.equal(quote.speaker, expected.speaker);
      if (expected.role !== undefined) assert.equal(quote.role, expected.role);
      assert.equal(quote.kind, expected.kind ?? 'direct');
    });
  }

  it('links the two halves of a quote split around its attribution as one statement with one speaker', () => {
    const quotes = analyze('"We are ready," Jane Smith said, "and we will go."').quotes;
    assert.equal(quotes.length, 2);
    assert.equal(quotes[0].statement, quotes[1].statement);
    assert.deepEqual(quotes.map((q) => q.speaker), ['Jane Smith', 'Jane Smith']);
  });

  // [what, text, whether its two quotations are one statement]
  const statements: Array<[string, string, boolean]> = [
    ['the words go on right after the attribution\'s sentence', '"We are ready," Jane Smith said. "We will go on Monday."', true],
    ['the words go on after an attribution that ends in a question', '"Are we ready?" asked Jane Smith. "We will see on Monday."', true],
    ['narrative between the two, on one line', '"We are ready," Jane Smith said. The team left on Monday. "We will win," she said.', false],
    ['a new sentence of narrative before an attribution of its own', '"We are ready," Jane Smith said. When told of the delay, Smith said, "We will wait."', false],
    ['a long stretch of narrative without a full stop in reach', `"We are ready," Jane Smith said. ${'The team, which trained all winter in the hills above the town, '.repeat(4)}left on Monday. "We will win," she said.`, false],
  ];
  for (const [what, text, one] of statements) {
    it(`statements: ${one ? 'one' : 'two'} when ${what}`, () => {
      const quotes = analyze(text).quotes.filter((q) => q.kind === 'direct');
      assert.equal(quotes.length, 2, JSON.stringify(quotes));
      assert.equal(quotes[0].statement === quotes[1].statement, one);
      assert.deepEqual(quotes.map((q) => q.speaker), ['Jane Smith', 'Jane Smith']);
    });
  }

  it('keeps separate statements apart', () => {
    const quotes = analyze('"One thing," Jane Smith said.\n\n"Another thing entirely," Tom Brown said.').quotes;
    assert.notEqual(quotes[0].statement, quotes[1].statement);
  });

  it('marks where the text names the speaker', () => {
    const text = '"We will win," Jane Smith said.';
    const [quote] = analyze(text).quotes;
    assert.ok(quote.speakerMention);
    assert.equal(text.slice(quote.speakerMention.start, quote.speakerMention.end), 'Jane Smith');
  });
});
