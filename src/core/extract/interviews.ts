import type { Person, PersonIndex } from '../entities/coreference';
import type { Span } from '../model';
import type { QuotedSpan } from './quotes';

// A published interview in question-and-answer form: "Q: How did that work?" / "A: Badly, at first. …". The
// answers are the interviewee's words though no quotation mark sets them off; the questions are the
// interviewer's, whom news annotation does not count as a source.

const LABELLED_LINE = /^[ \t\u00a0]*(Q|A|Question|Answer)[ \t\u00a0]*[:.][ \t\u00a0]+(?=\S)/gm;
const QUESTION_AT = /(?:Q|Question)[ \t\u00a0]*[:.][ \t\u00a0]/y;
// An interview has a few of each; one "A:" line is more likely a caption or a list.
const MIN_EXCHANGES = 2;

/**
 * The answer lines of a Q&A interview in `text` as quoted spans (no marks: `openAt` and `closeAt` are -1),
 * each marked `answer`. None unless the text has at least two questions and two answers, and none for an
 * answer that holds a quotation of its own (`A: "A rent freeze," Ms Pike said.` is attributed as written).
 */
export function interviewAnswers(text: string, quoted: readonly QuotedSpan[]): QuotedSpan[] {
  if (!hasQuestionLine(text)) return unlabelledAnswers(text);
  const answers: QuotedSpan[] = [];
  // where quotations open: an answer that is one (`A: "…," Ms Pike said.`) is attributed as written
  const opensQuote = new Set(quoted.map((s) => (s.openAt >= 0 ? s.openAt : s.start)));
  const quotedLines = new Set(quoted.map((s) => s.lineStart));
  let questions = 0;
  let lastAnswerEnd = -1; // where the last answer's line ends, for the paragraphs that go on with it
  LABELLED_LINE.lastIndex = 0;
  for (let m = LABELLED_LINE.exec(text); m; m = LABELLED_LINE.exec(text)) {
    const lineStart = m.index;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // "A: …¶We also measured …¶Q: …": unlabelled paragraphs between an answer and the next label go on with it
    if (lastAnswerEnd >= 0) answers.push(...continuedAnswer(text, lastAnswerEnd, lineStart, quotedLines));
    lastAnswerEnd = -1;
    if (m[1] === 'Q' || m[1] === 'Question') {
      questions++;
      continue;
    }
    const start = m.index + m[0].length;
    let end = lineEnd;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    // (a quotation inside the answer, "One woman told us, ‘…’", is the interviewee's to report)
    if (end > start && !opensQuote.has(start)) {
      answers.push({ start, end, openAt: -1, closeAt: -1, lineStart, lineEnd, answer: true });
      lastAnswerEnd = lineEnd;
    }
  }
  return questions >= MIN_EXCHANGES && answers.length >= MIN_EXCHANGES ? answers : [];
}

// What introduces an interview printed as questions and answers: "Edited excerpts from the conversation:", "This
// interview has been edited for length and clarity." Looked for by a word of each (most texts have none).
// ("Five questions for Mireille Lachance-Oduya", "Five minutes with …", "Q&A with the coach", "In conversation with …": a
// heading that opens one)
// ("QUICKFIRE", "Rapid-fire round": a magazine's box of short questions)
const INTRODUCTION_CUES = ['xcerpts', 'xtracts', 'dited for', 'ondensed', 'uestions for', 'uestions with', 'inutes with', 'Q&A', 'onversation with', 'uickfire', 'UICKFIRE', 'uick-fire', 'UICK-FIRE', 'apid-fire', 'APID-FIRE', 'apid fire', 'APID FIRE'];
const INTRODUCTION_LINE = /^[^\n]{0,160}(?:\b(?:excerpts|extracts)(?: (?:from|of)\b|:[ \t\u00a0]*$)|\b(?:edited|condensed) (?:for|and)\b|\b(?:questions|minutes) (?:for|with)\b|\bQ ?& ?A\b|\bin conversation with\b|\b(?:quick|rapid)[- ]?fire\b)[^\n]{0,160}$/i;
// A question paragraph is short; an answer of more than one paragraph speaks in the first person after its first.
const MAX_QUESTION = 400;
// Paragraphs of narrative the introduction may have before the first question.
const MAX_INTRO_PARAGRAPHS = 2;
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Mm]yself)\b/;

/**
 * `Edited excerpts from the conversation:` then `Why English, then?` / `Because that is the language I …`: a Q&A
 * whose labels were lost in scraping (bold questions, plain answers). After such an introduction, paragraphs
 * ending in a question mark are questions and the paragraphs after each are its answer, as long as they go on
 * in the first person; the first paragraph that is neither ends the interview. At least two of each, or none.
 */
function unlabelledAnswers(text: string): QuotedSpan[] {
  // (the cheap no first: fewer than two paragraphs end in a question mark)
  if (!endsParagraphsAsking(text, MIN_EXCHANGES)) return [];
  // (an editor's note may close the interview instead: the writer's account of meeting them opens it)
  for (const introEnd of introductionEnds(text)) {
    const answers = answersAfter(text, introEnd);
    if (answers.length > 0) return answers;
  }
  return [];
}

/** The answers of an interview whose introduction ends at `introEnd`: at least two, after two questions, or none. */
function answersAfter(text: string, introEnd: number): QuotedSpan[] {
  const answers: QuotedSpan[] = [];
  let questions = 0;
  let answerParagraphs = -1; // paragraphs of the current answer so far; -1 before the first question
  let introParagraphs = 0;
  for (let lineStart = introEnd + 1; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    const next = lineEnd + 1;
    if (start === end) {
      lineStart = next;
      continue;
    }
    const paragraph = text.slice(start, end);
    if ((text.charCodeAt(end - 1) === 63 && end - start <= MAX_QUESTION) || (answerParagraphs > 0 && isPrompt(paragraph) && (firstPersonNext(text, next) || askedWithin(text, next, 3)))) {
      // ("You didn’t start out in Filipino food.": a prompt in the second person is a question too)
      questions++;
      answerParagraphs = 0;
    } else if (answerParagraphs < 0 && introParagraphs < MAX_INTRO_PARAGRAPHS) {
      introParagraphs++; // ("Five questions for …", then a line on who they are, then the first question)
    } else if (answerParagraphs > 0 && (isPullQuote(paragraph) || OPENS_WITH_MARK.test(paragraph)) && askedWithin(text, next, 3)) {
      // (a pull-quote set between the answers, “I was afraid of the crowd.”, repeats one; an answer the magazine set
      // in quotation marks over paragraphs is attributed as written: no answer span, and no end of the interview)
    } else if (answerParagraphs > 0 && reportsWordsBetween(paragraph) && askedWithin(text, next, 1)) {
      // (a profile's narrative between an answer and the next question, "Lise remembers that week. “He came home,”
      // she says.", quotes someone in their own marks: attributed as written, and the interview goes on)
    } else if (answerParagraphs < 0 || (answerParagraphs > 0 && !firstPersonNarrative(paragraph) && !(continuesAnswer(paragraph) && askedWithin(text, next, 3)))) {
      // (an answer's paragraph in the third person, "He’s underselling it.", when the questions go on after it)
      break;
    } else {
      answers.push({ start, end, openAt: -1, closeAt: -1, lineStart, lineEnd, answer: true });
      answerParagraphs++;
    }
    lineStart = next;
  }
  return questions >= MIN_EXCHANGES && answers.length >= MIN_EXCHANGES ? answers : [];
}

/**
 * Where the lines that may introduce an interview end, in text order: "Edited excerpts from the conversation:",
 * "This interview has been condensed.", "… We caught her between a plumbing inspection and a staff tasting."
 */
function introductionEnds(text: string): number[] {
  const ends: number[] = [];
  let cue = -1;
  for (const word of INTRODUCTION_CUES) {
    const at = text.indexOf(word);
    if (at >= 0 && (cue < 0 || at < cue)) cue = at;
  }
  if (cue >= 0) {
    const introStart = text.lastIndexOf('\n', cue) + 1;
    const introEnd = text.indexOf('\n', cue);
    if (introEnd >= 0 && INTRODUCTION_LINE.test(text.slice(introStart, introEnd))) ends.push(introEnd);
  }
  // (the writer's own account of meeting them, the last sentence of its paragraph)
  WRITER_MET.lastIndex = 0;
  for (let m = WRITER_MET.exec(text); m; m = WRITER_MET.exec(text)) {
    const introEnd = text.indexOf('\n', m.index);
    if (introEnd >= 0 && /^[^.!?\n]*[.!?:][ \t\u00a0]*$/.test(text.slice(m.index, introEnd))) ends.push(introEnd);
  }
  return ends.sort((a, b) => a - b);
}

// "We talked to her about …", "We caught him between …", "I sat down with them …": the writer meeting the interviewee.
const WRITER_MET = /\b(?:We|we|I) (?:talked|spoke|sat down|caught up) (?:to|with) (?:her|him|them)\b|\b(?:We|we|I) caught (?:her|him|them)\b/g;

const OPENS_WITH_MARK = /^["“”«]/;
const IMPERATIVE_PROMPT = /^(?:Tell|Talk|Walk|Take) (?:me|us)\b|^(?:Describe|Explain)\b/;

/**
 * A short paragraph in the second person and not the first, an interviewer's prompt ("You push back on that."), or
 * a very short one in neither ("And then it wasn’t.").
 */
function isPrompt(paragraph: string): boolean {
  // ("Tell me about Port Adair.": an imperative to the interviewee)
  if (paragraph.length <= MAX_PROMPT && IMPERATIVE_PROMPT.test(paragraph)) return true;
  return asksInSecondPerson(paragraph) || (paragraph.length <= MAX_BARE_PROMPT && !speaksInFirstPerson(paragraph));
}

function asksInSecondPerson(paragraph: string): boolean {
  return paragraph.length <= MAX_PROMPT && SECOND_PERSON.test(paragraph) && !speaksInFirstPerson(paragraph);
}

const MAX_PROMPT = 200;
const MAX_BARE_PROMPT = 40;
const SECOND_PERSON = /\b(?:[Yy]ou|[Yy]our|[Yy]ou['’](?:re|ve|d|ll))\b/;
const QUOTED_WORDS = /["“][^"“”\n]*["”]/g;

/** A short paragraph that is one quotation from mark to mark, as a magazine sets a pull-quote. */
function isPullQuote(paragraph: string): boolean {
  return paragraph.length <= MAX_PROMPT && /^["“‘]/.test(paragraph) && /["”’]$/.test(paragraph) && !/["“”]/.test(paragraph.slice(1, -1));
}

/** A paragraph of narrative, in the third person outside its quotations, that holds one: someone's words reported. */
function reportsWordsBetween(paragraph: string): boolean {
  return /["“][^"“”\n]+["”]/.test(paragraph) && !OPENS_WITH_MARK.test(paragraph) && !speaksInFirstPerson(paragraph);
}

/** A paragraph that may go on with an answer though it says no "I": short, and no quotation opens it or is reported in it. */
function continuesAnswer(paragraph: string): boolean {
  return paragraph.length <= MAX_PROMPT && !/^["“”«»‘]/.test(paragraph) && !reportsWordsBetween(paragraph);
}

/** Whether one of the `count` paragraphs after `from` is a question (the interview goes on). */
function askedWithin(text: string, from: number, count: number): boolean {
  let start = from;
  for (let k = 0; k < count && start < text.length; k++) {
    const p = nextParagraph(text, start);
    if (p.end > p.start && p.end - p.start <= MAX_QUESTION && (text.charCodeAt(p.end - 1) === 63 || asksInSecondPerson(text.slice(p.start, p.end)))) return true;
    // (paragraphs of a quotation run on between: not counted)
    if (OPENS_WITH_MARK.test(text.slice(p.start, p.start + 1))) k--;
    start = p.lineEnd + 1;
  }
  return false;
}

/** Whether the next paragraph after `from` speaks in the first person, as an answer does. */
function firstPersonNext(text: string, from: number): boolean {
  const p = nextParagraph(text, from);
  return p.start < p.lineEnd && firstPersonNarrative(text.slice(p.start, p.lineEnd));
}

/** The paragraph at or after `from`, past blank lines: its first character, its end without trailing space, its line's end. */
function nextParagraph(text: string, from: number): { start: number; end: number; lineEnd: number } {
  let start = from;
  while (start < text.length && /\s/.test(text.charAt(start))) start++;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  let end = lineEnd;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end, lineEnd };
}

/** Whether at least `wanted` paragraphs of `text` end in a question mark. */
function endsParagraphsAsking(text: string, wanted: number): boolean {
  let found = 0;
  for (let at = text.indexOf('?'); at >= 0; at = text.indexOf('?', at + 1)) {
    let next = at + 1;
    while (isInlineBlank(text.charCodeAt(next))) next++;
    if ((next >= text.length || isLineTerminator(text.charCodeAt(next))) && ++found >= wanted) return true;
  }
  return false;
}

/**
 * In the first person outside any quotation it holds, and opening with none: the narrative after an interview
 * quotes its subject (`“I’m done,” she said.`); an answer may quote someone (`she’d say, “Until it smells right.”
 * That drove me crazy`).
 */
function firstPersonNarrative(paragraph: string): boolean {
  return !/^["“”«»]/.test(paragraph) && speaksInFirstPerson(paragraph);
}

/** Whether the paragraph says "I", "my", "we" … outside the quotations it holds. */
function speaksInFirstPerson(paragraph: string): boolean {
  return FIRST_PERSON.test(paragraph.replace(QUOTED_WORDS, ''));
}

/** The unlabelled paragraphs from `from` to the next label at `to`: whole sentences without quotation marks. */
function continuedAnswer(text: string, from: number, to: number, quotedLines: ReadonlySet<number>): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  for (let lineStart = from + 1; lineStart < to; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    const last = text.charCodeAt(end - 1);
    if (end - start >= 40 && (last === 46 || last === 33 || last === 63) && !quotedLines.has(lineStart)) spans.push({ start, end, openAt: -1, closeAt: -1, lineStart, lineEnd, answer: true });
    lineStart = lineEnd + 1;
  }
  return spans;
}

/**
 * Whether a line opens with a question label ("Q:", "Question."), as LABELLED_LINE reads one: looked for
 * from each capital Q, which most texts hold few of (a multiline regex walks every line of every block).
 */
function hasQuestionLine(text: string): boolean {
  for (let at = text.indexOf('Q'); at >= 0; at = text.indexOf('Q', at + 1)) {
    let lineStart = at;
    while (lineStart > 0 && isInlineBlank(text.charCodeAt(lineStart - 1))) lineStart--;
    if (lineStart > 0 && !isLineTerminator(text.charCodeAt(lineStart - 1))) continue;
    QUESTION_AT.lastIndex = at;
    if (QUESTION_AT.test(text)) return true;
  }
  return false;
}

function isInlineBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** What ends a line for a multiline `^`: line feed, carriage return, line and paragraph separators. */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * Who answers: the person the writer says they met by name ("We sat down with Thibodeau a week before …"); else
 * the person the introduction right before the interview names last ("Duquesne, 26, worked as a teaching
 * assistant. We spoke to her between shows."; never whom they talk to), within INTRODUCTION_REACH of the first
 * answer; else the person the text names most before it (a feature about several people names its interviewee
 * most; the interviewer is named once, if at all). Null when it names nobody.
 */
export function interviewee(text: string, people: PersonIndex, answers: readonly QuotedSpan[]): Person | null {
  const firstAnswer = answers[0].start;
  const asked = interviewParagraphs(text, answers);
  // ("Her coach, Joseph Rotich, calls her …. We met her at the camp": the introduction's pronoun tells their gender)
  const gender = introducedGender(text, asked[0]?.start ?? firstAnswer);
  let best: Person | null = null;
  let bestCount = 0;
  let latest: Person | null = null;
  let latestAt = -1;
  let latestCount = 0;
  let met: Person | null = null;
  let metAt = -1;
  for (const person of people.people) {
    if (person.kind !== 'person' || namedInInterview(text, person, asked) || (gender && person.gender && person.gender !== gender)) continue;
    let count = 0;
    for (const mention of person.mentions) {
      if (mention.start >= firstAnswer) continue;
      count++;
      // ("We sat down with Thibodeau a week before …": whom the writer met is who answers)
      if (mention.start > metAt && firstAnswer - mention.start <= INTRODUCTION_REACH && WRITER_MET_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))) {
        met = person;
        metAt = mention.start;
      }
      // ("She talks to Alex Dunne": whom the interviewee talks to is the interviewer)
      if (mention.start > latestAt && !INTERVIEWER_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start))) {
        latest = person;
        latestAt = mention.start;
      }
    }
    // (a profile calls its subject by first name too: "Mariamma, now 64, joined …", a mention no speech verb noted)
    count = Math.max(count, occurrencesBefore(text, person.name, firstAnswer));
    if (person === latest) latestCount = count;
    if (count > bestCount) {
      best = person;
      bestCount = count;
    }
  }
  if (met) return met;
  // ("… cried openly. ¶ In her own words ¶ Q: …": a profile's own-words section is its subject's, named most)
  if (best && OWN_WORDS_HEADING.test(text.slice(Math.max(latestAt, firstAnswer - INTRODUCTION_REACH), firstAnswer))) return best;
  // (someone named in passing last, "Her editor, Arjun Sethi, said …", is no interviewee the text names far less)
  // (unless the paragraph naming them introduces the interview: "Coach Tomas Ferreyra was asked …. A transcript:")
  return latest && firstAnswer - latestAt <= INTRODUCTION_REACH && (latestCount * 2 >= bestCount || introducesInterview(text, latestAt)) ? latest : best;
}

/**
 * Whether the questions or answers (`paragraphs`, in text order) name `person` ("You’ve said Pell was …?", "Leon
 * will tell you."): they ask the interviewee about others, who answers of them. A question addressed by name ("Ms
 * Ruiz, why …?") names the interviewee.
 */
function namedInInterview(text: string, person: Person, paragraphs: readonly Span[]): boolean {
  return person.mentions.some((mention) => paragraphs.some((p) => mention.start >= p.start && mention.start < p.end) && !addressedAt(text, mention.start, mention.end));
}

/**
 * The gender of the pronoun ("her", "him", "she", "he") that the last sentence before the interview's start at `at`
 * gives whom the writer met or spoke to: "We met her at the camp, where she …"; undefined when it gives none.
 */
function introducedGender(text: string, at: number): 'f' | 'm' | undefined {
  const before = text.slice(Math.max(0, at - INTRODUCTION_REACH), at);
  const m = MET_PRONOUN.exec(before);
  return m ? (m[1].toLowerCase() === 'her' ? 'f' : 'm') : undefined;
}

// The writer meeting the interviewee, in the introduction's last paragraphs: "We met her", "I spoke to him".
const MET_PRONOUN = /\b(?:[Ww]e|I) (?:met|caught|interviewed|visited|joined|found|reached|called|spoke to|spoke with|talked to|talked with|sat down with|caught up with) (her|him)\b(?![\s\S]*\b(?:[Ww]e|I) (?:met|caught|interviewed|visited|joined|found|reached|called|spoke|talked|sat|caught) (?:her|him)\b)/;

/** The answers' paragraphs and the question before each (the paragraph before an answer's that is no answer). */
function interviewParagraphs(text: string, answers: readonly QuotedSpan[]): Span[] {
  const paragraphs: Span[] = [];
  const answerLines = new Set(answers.map((a) => a.lineStart));
  for (const answer of answers) {
    const question = previousParagraphStart(text, answer.lineStart);
    if (!answerLines.has(question)) paragraphs.push({ start: question, end: answer.lineStart });
    paragraphs.push({ start: answer.lineStart, end: answer.lineEnd });
  }
  return paragraphs;
}

/** Whether the name from `start` to `end` opens its paragraph or its question, set off by a comma: someone addressed. */
function addressedAt(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t\u00a0]*(?:(?:Q|Question)[ \t\u00a0]*[:.][ \t\u00a0]*)?(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?[ \t\u00a0]+)?$/.test(text.slice(lineStart, start));
}

/** Where the paragraph before the one holding `at` starts (the first question, before the first answer). */
function previousParagraphStart(text: string, at: number): number {
  let end = text.lastIndexOf('\n', at - 1);
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  return end <= 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
}

/** Whether the paragraph holding `at` ends in a colon, introducing what follows. */
function introducesInterview(text: string, at: number): boolean {
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  while (end > at && /\s/.test(text.charAt(end - 1))) end--;
  return text.charCodeAt(end - 1) === 58;
}

/** How often the first or the last word of `name` stands as a word in `text` before `end`. */
function occurrencesBefore(text: string, name: string, end: number): number {
  const words = name.split(' ');
  let count = 0;
  for (const word of new Set([words[0], words[words.length - 1]])) {
    if (word.length < 3) continue;
    for (let at = text.indexOf(word); at >= 0 && at < end; at = text.indexOf(word, at + word.length)) {
      if (!isWordCharAt(text, at - 1) && !isWordCharAt(text, at + word.length)) count++;
    }
  }
  return count;
}

function isWordCharAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && /[\p{L}\d]/u.test(text.charAt(at));
}

// A heading that gives a profile's subject the floor: "In her own words", "In his words".
const OWN_WORDS_HEADING = /(?:^|\n)[ \t\u00a0]*In (?:her|his|their) (?:own )?words[ \t\u00a0]*:?[ \t\u00a0]*\r?\n/;

// The writer meeting someone by name: "We sat down with", "I spoke to", "we caught up with".
const WRITER_MET_BEFORE = /\b(?:[Ww]e|I)[ \t\u00a0]+(?:sat[ \t\u00a0]+down|spoke|talked|caught[ \t\u00a0]+up|met[ \t\u00a0]+up)[ \t\u00a0]+(?:with|to)[ \t\u00a0]+$/;

// Words before the interviewer's name: "talks to", "spoke with", "interviewed by", "told".
const INTERVIEWER_BEFORE = /\b(?:to|with|by|told)\s+$/;

/** How far before the first answer the introduction may name its interviewee (a paragraph or two). */
const INTRODUCTION_REACH = 500;

/**
 * `Theo, what was it like watching that happen?`: whom the question before an answer addresses by name, the one
 * who answers it; undefined when the answer before (ending at `previousAnswerEnd`) runs on into this one, null when
 * the question names no one the text knows.
 */
export function addressedInQuestion(text: string, answer: QuotedSpan, previousAnswerEnd: number, people: PersonIndex): Person | null | undefined {
  let end = answer.lineStart - 1;
  while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32)) end--;
  if (end <= previousAnswerEnd + 1) return undefined;
  const start = Math.max(previousAnswerEnd, text.lastIndexOf('\n', end - 1) + 1);
  const question = text.slice(start, end);
  // the vocative opening the question's last sentence ("Theo, what …?") or closing it ("…, Theo?")
  const sentence = question.slice(Math.max(question.lastIndexOf('. '), question.lastIndexOf('? ')) + 1).trimStart();
  const name = VOCATIVE_OPENING.exec(sentence)?.[1] ?? VOCATIVE_CLOSING.exec(question)?.[1];
  if (!name) return null;
  const person = people.resolveSurname(name, start);
  return person?.kind === 'person' ? person : null;
}

const VOCATIVE_OPENING = /^(\p{Lu}[\p{Ll}'’-]+), /u;
const VOCATIVE_CLOSING = /, (\p{Lu}[\p{Ll}'’-]+)\?$/u;
