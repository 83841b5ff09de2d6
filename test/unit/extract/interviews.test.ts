import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

// A Q&A interview: the answers are the interviewee's words with no quotation marks around them.
const intro = 'Ines Calder on grief and lorries\n\nInes Calder drove a lorry for eleven years. She talks to Alex Dunne about her prize.\n\n';
const interview = `${intro}Q: How did that work?\n\nA: Badly, at first. I wrote on my phone.\n\nQ: Are you still driving?\n\nA: Two days a week. I need it.\n`;

describe('interview answers', () => {
  it('each answer line is a direct quote of the interviewee, without its label', () => {
    const quotes = analyze(interview).quotes.map((q) => [q.text, q.speaker, q.kind]);
    assert.deepEqual(quotes, [
      ['Badly, at first. I wrote on my phone.', 'Ines Calder', 'direct'],
      ['Two days a week. I need it.', 'Ines Calder', 'direct'],
    ]);
  });
  it('offsets cover the answer words in the text', () => {
    for (const q of analyze(interview).quotes) assert.equal(interview.slice(q.start, q.end), q.text);
  });
  it('each answer is a statement of its own', () => {
    const [a, b] = analyze(interview).quotes;
    assert.notEqual(a.statement, b.statement);
  });
  it('the questions are nobody\'s quote', () => {
    assert.ok(!analyze(interview).quotes.some((q) => q.text.includes('How did that work')));
  });
  it('one "A:" line is no interview', () => {
    assert.deepEqual(analyze(`${intro}Q: Why?\n\nA: Because.\n`).quotes, []);
  });
  it('an answer holding a quotation is attributed as written', () => {
    const text = `${intro}Q: Why?\n\nA: Because.\n\nQ: And then?\n\nA: "A rent freeze," Ms Calder said.\n\nQ: Anything else?\n\nA: Nothing more.\n`;
    const quotes = analyze(text).quotes.map((q) => [q.text, q.speaker]);
    assert.deepEqual(quotes, [
      ['Because.', 'Ines Calder'],
      ['A rent freeze,', 'Ines Calder'],
      ['Nothing more.', 'Ines Calder'],
    ]);
  });
  it('the person the introduction names last, right before the questions, answers them', () => {
    const text = 'Director Solveig Harrowby has run the Ormond for a decade. "We nearly closed," Harrowby said. Harrowby hired the whole cast herself.\n\nMaren Duquesne, 26, was a teaching assistant until last year. We spoke to her between shows.\n\nQ: Were you nervous?\n\nA: Terrified, every night.\n\nQ: How did they find you?\n\nA: At a pub quiz, of all places.\n';
    assert.deepEqual(analyze(text).quotes.filter((q) => q.text.startsWith('Terrified') || q.text.startsWith('At a pub')).map((q) => q.speaker), ['Maren Duquesne', 'Maren Duquesne']);
  });
  it('a text with no labelled lines is unchanged', () => {
    assert.deepEqual(analyze('Ines Calder said: "Hello."').quotes.map((q) => q.text), ['Hello.']);
  });
  it('many answers stay linear', () => {
    const many = intro + 'Q: Why?\n\nA: "Because," she said.\n\n'.repeat(20000);
    const started = performance.now();
    analyze(many);
    assert.ok(performance.now() - started < 5000);
  });
});

describe('an interview whose question labels were lost in scraping', () => {
  const profile = 'Mira Das on rivers and memory\n\nMira Das has written four novels. "I never planned any of them," Das said.\n\nHer agent, Tom Pryce, said the book "sold itself". "It was an easy pitch," he said.\n\n';
  const excerpts = 'Edited excerpts from the conversation:\n\nWhy the river?\n\nBecause it decides everything here. I grew up on its bank.\n\nMy mother still lives there.\n\nWhat comes next?\n\nSomething short, I hope.\n\nThe prize is announced in July. Das says she has no speech ready.\n';
  it('after an introduction, the paragraphs after each question are the interviewee\'s, named most before', () => {
    const quotes = analyze(profile + excerpts).quotes.filter((q) => q.speaker === 'Mira Das').map((q) => q.text);
    assert.deepEqual(quotes, ['I never planned any of them,', 'Because it decides everything here. I grew up on its bank.', 'My mother still lives there.', 'Something short, I hope.']);
  });
  it('the narrative after the last answer is no answer', () => {
    assert.ok(!analyze(profile + excerpts).quotes.some((q) => q.text.startsWith('The prize is announced')));
  });
  it('"… spoke to this newspaper. Excerpts:" introduces them too, and a title set in capitals names the interviewee', () => {
    const news = 'The metro will open in March, the corporation said. Rehan Siddiqui, a shopkeeper, said the works had cost him customers. "Now at least let them run," he said.\n\nAcme MD V. Raghunandan spoke to this newspaper after the announcement. Excerpts:\n\nIs March a firm date?\n\nIt is our target.\n\nWill there be a partial opening?\n\nWe have examined it. So no.\n';
    const answers = analyze(news).quotes.filter((q) => q.text === 'It is our target.' || q.text === 'We have examined it. So no.');
    assert.deepEqual(answers.map((q) => [q.speaker, q.role]), [['V. Raghunandan', 'Acme MD'], ['V. Raghunandan', 'Acme MD']]);
  });
  it('"Excerpts" inside a sentence introduces nothing', () => {
    const text = profile + 'Excerpts of the novel were read aloud at the launch.\n\nWhy the river?\n\nBecause it decides everything here.\n';
    assert.ok(!analyze(text).quotes.some((q) => q.text.startsWith('Because it decides')));
  });
  it('questions without an introduction are no interview', () => {
    const bare = excerpts.replace('Edited excerpts from the conversation:\n\n', '');
    assert.ok(!analyze(profile + bare).quotes.some((q) => q.text.startsWith('Because it decides')));
  });
});

describe('an interview with two people answering', () => {
  const text = 'Marisol Reyes opened her restaurant in an alley. "It was supposed to be a one-time thing," Reyes said.\n\nEdited excerpts from the conversation:\n\nHow did it start?\n\nWith my cousin\'s birthday. Sixty people came.\n\nYour husband, Theo Aguilar, is your business partner. He joined us for part of this conversation. Theo, what was it like watching that happen?\n\nTerrifying. We were running a restaurant out of a bike shop.\n\nHe\'s underselling it. He built the permit file from scratch.\n\nShe\'s the talent. I just make sure the lights stay on.\n\nWhat comes next?\n\nA second site, maybe.\n';
  const speakers = () => analyze(text).quotes.filter((q) => q.start > text.indexOf('excerpts')).map((q) => [q.text.split('.')[0], q.speaker]);
  it('a question put to someone by name is theirs to answer, and the interviewee takes the next question back', () => {
    assert.deepEqual(speakers(), [
      ['With my cousin\'s birthday', 'Marisol Reyes'],
      ['Terrifying', 'Theo Aguilar'],
      ['He\'s underselling it', 'Marisol Reyes'],
      ['She\'s the talent', 'Theo Aguilar'],
      ['A second site, maybe', 'Marisol Reyes'],
    ]);
  });
});
