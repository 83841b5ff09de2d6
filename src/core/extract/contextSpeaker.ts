// The speaker of a quotation whose own sentence names nobody: the line before announcing it, the person the
// narrative just spoke of, or the speaker who kept talking.
import type { Quote, Span } from '../model';
import type { PersonIndex } from '../entities/coreference';
import { tokenize, TokenBuffer, type Token } from '../entities/names';
import { isRoleHead } from '../entities/titles';
import { attributionBefore, reportingAsideIn } from './attribution';
import type { QuotedSpan } from './quotes';
import { introducedSpeakerBefore, lastSentenceBefore, precedingSubject } from './antecedents';
import { hasLetter, isSpaceCode } from '../text/chars';
import { mostSpecificRole } from '../entities/entities';
import { anonymous, resolve, type Resolved, type Sources } from './resolveSpeaker';
import { sentenceTail } from './sentenceBounds';
import { phraseAt } from './phrases';
import type { SpeakerPhrase } from './phraseWords';

/** How far before a quotation its attribution is looked for. */
export const WINDOW_BEFORE = 240;
// "I", "I’m", "my", "me": words only a person says of themselves.
const FIRST_PERSON_SINGULAR = /\b(?:I|I['’](?:m|ve|d|ll)|my|me|myself)\b/;

// "a sharp retort from", "an angry response from": someone answering, named after "from".
const ANSWER_FROM = /\b(?:response|retort|rebuke|reply|riposte|reaction|rejoinder|rebuttal)\s+from\s+[^!?\n]{1,80}[.!?:]\s*$/;

/** Whether the text from `from` to `to` ends on someone's answer to the words before ("a sharp retort from Ms. Deshpande."). */
export function closesOnAnswer(text: string, from: number, to: number): boolean {
  return ANSWER_FROM.test(text.slice(from, to));
}

/** How far back narrative about someone still makes a quotation with no attribution theirs. */
const RECENT_SPEAKER_REACH = 1000;

/** The speaker of a quotation with no attribution in its sentence: a speaker announced just before, or the one who kept talking. */
export function contextSpeaker(
  text: string,
  q: QuotedSpan,
  before: Token[],
  previous: { span: QuotedSpan; quote: Quote; attributed: boolean } | null,
  people: PersonIndex,
  sources: Sources,
  buffer: TokenBuffer,
): Resolved | null {
  // an interview's answer label ("A: “…”") opens the paragraph as well: the answer is the interviewee's
  // (a headline's labelled pull-quote was asked for before: attributeQuotes reads headlineLabel first)
  const startsParagraph = before.length === 0 || isAnswerLabel(before);
  // "Trump wrote on Truth Social:" ending the previous paragraph — only for a quotation opening its own line:
  // `…," said Tran. "So I didn't."` goes on mid-paragraph, and the line before may be a headline
  if (startsParagraph && !hasLetter(text, q.lineStart, q.openAt >= 0 ? q.openAt : q.start)) {
    const previousLine = previousLineTail(text, q.lineStart);
    if (previousLine) {
      const tokens = sentenceTail(text, tokenize(text, previousLine.start, previousLine.end, buffer)).tokens;
      const attribution = attributionBefore(text, tokens, true);
      const previousHasQuote = previous !== null && previous.span.lineStart >= previousLine.start - 1 && previous.span.lineStart <= previousLine.end;
      // (the narrative is the line up to its attribution: "… a letter from a resident. It reads in part:" is the letter's)
      if (attribution && !previousHasQuote) return resolve(attribution.speaker, people, sources, q.start, { text, narrative: { start: previousLine.start, end: Math.max(previousLine.start, attribution.start) }, tokens: new TokenBuffer() });
    }
  }
  // `Rubio commemorated the bravery of the demonstrators, “as well as those who …”`: words worked into a
  // sentence whose subject is someone the text knows are that person's
  if (!startsParagraph && before.some((t) => t.cap && people.known(t.text)?.kind === 'person')) {
    const subject = precedingSubject(text, before[0].start, q.openAt >= 0 ? q.openAt : q.start, 'person', people, sources.captions, buffer);
    if (subject && subject.kind === 'person' && people.known(subject.name)?.kind === 'person') {
      const local = resolve(subject, people, sources, q.start);
      if (local.speaker) return local;
    }
  }
  // "Another rider, who …, said she backed them. “They keep …”": someone new and unnamed speaking in the
  // sentence just before goes on speaking, not the last person named
  if (hasLetter(text, q.lineStart, q.openAt >= 0 ? q.openAt : q.start)) {
    const someone = introducedSpeakerBefore(text, Math.max(previous ? previous.span.end : 0, q.lineStart), q.openAt >= 0 ? q.openAt : q.start, people, sources.captions, buffer);
    if (someone) return anonymous(someone, people, sources.anonymousByHead, { start: someone.start, end: someone.end });
  }
  // (`“…,” Boyd said on air as Steenkamp hooked Farrelly to fine leg. “…”`: the one sentence between is the words
  // before's own attribution — their speaker goes on, whoever else it names)
  if (previous && previous.quote.speaker && ownAttributionBetween(text, previous, q)) {
    return { speaker: previous.quote.speaker, role: previous.quote.role, mention: previous.quote.speakerMention };
  }
  // ("When I repeat this to Lachance-Oduya, she rolls her eyes. “…”": whom the sentence before, in this paragraph, is about)
  const openAt = q.openAt >= 0 ? q.openAt : q.start;
  if (hasLetter(text, q.lineStart, openAt)) {
    const afterQuotation = previous !== null && previous.span.lineStart === q.lineStart;
    const last = lastSentenceBefore(text, afterQuotation ? previous.span.end : q.lineStart, openAt, afterQuotation, buffer);
    // ("Coyle, she adds, still sends her corrections. “…”": the sentence's reporter goes on in the words after it)
    // (never the one the aside interrupts: "Coyle" is whom she speaks of)
    const lastStart = last ? last.start : -1;
    const aside = lastStart >= 0 ? reportingAsideIn(text, lastStart, openAt, buffer) : null;
    const interrupted = aside ? people.onlyPersonBetween(lastStart, aside.start)?.name : undefined;
    const pronoun = aside ? { lower: aside.speaker.name, start: aside.speaker.start, end: aside.speaker.end } : last?.pronoun;
    const person = pronoun ? people.resolvePronoun(pronoun.lower, pronoun.start, undefined, interrupted) : null;
    if (pronoun && person && person.kind === 'person') {
      people.note(q.start, person, true);
      return { speaker: person.name, role: mostSpecificRole(person.roles), mention: { start: pronoun.start, end: pronoun.end } };
    }
    // ("That explanation did not satisfy Mrs Pryce. “…”": the one person a sentence of narrative names, whatever
    // its subject, answers in the words after it)
    // (or the quotation's own sentence when it closes on someone else's answer to it: `“…”, drawing a sharp retort
    // from Ms. Deshpande. “…”`)
    const sentenceAt = last ? (last.start >= 0 ? last.start : afterQuotation && closesOnAnswer(text, previous.span.end, openAt) ? previous.span.end : -1) : -1;
    // ("Asked about his place when Garland returns, the skipper laughed. “…”": a role the sentence's subject names is
    // whom it is about, not the one name inside it)
    const described = sentenceAt >= 0 ? roleAfterOpeningClause(text, sentenceAt, openAt, buffer) : null;
    const holder = described ? people.resolveDescription(described, sentenceAt) : null;
    if (holder && holder.kind === 'person') {
      people.note(q.start, holder, true);
      return { speaker: holder.name, role: mostSpecificRole(holder.roles) };
    }
    const only = sentenceAt >= 0 ? people.onlyPersonBetween(sentenceAt, openAt) : null;
    if (only && only.name !== previous?.quote.speaker) {
      people.note(q.start, only, true);
      return { speaker: only.name, role: mostSpecificRole(only.roles) };
    }
  }
  // narrative since the last quotation about someone ("Tim Guest says there are many reasons."): their words
  // (in the previous paragraphs for a paragraph-opening quotation, else earlier in its own paragraph)
  // (words in the first person singular are a person's: never a body's or a publication's, "I was sick …")
  const personal = FIRST_PERSON_SINGULAR.test(text.slice(q.start, Math.min(q.end, q.start + 400)));
  const speaks = (name: string | null | undefined): boolean => !personal || !name || people.known(name)?.kind !== 'organization';
  {
    // (after a body's words, "The Neue Abendpost described her Tosca as “…”", the narrative about someone before them counts)
    const since = previous ? (speaks(previous.quote.speaker) ? previous.span.end : previous.span.lineStart) : 0;
    const from = Math.max(since, startsParagraph ? q.start - RECENT_SPEAKER_REACH : q.lineStart);
    const person = people.recentSubject(from, q.start, personal);
    if (person) {
      people.note(q.start, person, true); // now the last speaker: "But he says …" after these words is them
      return { speaker: person.name, role: person.kind === 'person' ? mostSpecificRole(person.roles) : null };
    }
  }
  // (`The NDRO said in a separate advisory that …. ¶ “…”`: a body, or someone described, whose report of words
  // closes the paragraph before, goes on in the words after it — whoever spoke before that)
  if (startsParagraph && !personal && !hasLetter(text, q.lineStart, openAt)) {
    const reporter = reportClosingLineBefore(text, q.lineStart, previous, buffer);
    // (a document that reported them speaks for its author: "The white paper said …")
    if (reporter) return resolve(reporter, people, sources, q.start, { text, narrative: { start: reporter.start, end: reporter.start }, tokens: new TokenBuffer() });
  }
  if (previous && previous.quote.speaker && speaks(previous.quote.speaker) && (startsParagraph || previous.span.lineStart === q.lineStart)) {
    const gapLines = countLineBreaks(text, previous.span.end, q.start, 3);
    if (gapLines <= 2) return { speaker: previous.quote.speaker, role: previous.quote.role, mention: previous.quote.speakerMention };
  }
  // a paragraph that is all quotation, after narrative about the last speaker
  if (startsParagraph) {
    const person = people.recentSpeaker(q.start, RECENT_SPEAKER_REACH, personal);
    if (person) return { speaker: person.name, role: mostSpecificRole(person.roles) };
  }
  return null;
}

/**
 * The subject of the last sentence of the line before `lineStart` when it opens that sentence and reports words
 * with a strong speech verb (`The NDRO said in a separate advisory that …`), a body or someone unnamed; or null.
 * Never when that line holds the previous quotation.
 */
function reportClosingLineBefore(text: string, lineStart: number, previous: { span: QuotedSpan } | null, buffer: TokenBuffer): SpeakerPhrase | null {
  const line = previousLineTail(text, lineStart);
  if (!line || (previous && previous.span.end >= line.start)) return null;
  const tokens = tokenize(text, line.start, line.end, buffer);
  const last = tokens.length - 1;
  if (last < 3 || tokens[last].text !== '.') return null;
  let from = last - 1;
  while (from > 0 && tokens[from - 1].text !== '.' && tokens[from - 1].text !== '!' && tokens[from - 1].text !== '?') from--;
  const sentence = tokens.slice(from, last);
  const attribution = attributionBefore(text, sentence, true);
  const speaker = attribution?.speaker;
  if (!attribution || attribution.reach !== 'clause' || !speaker || speaker.start !== sentence[0].start) return null;
  return speaker.kind === 'organization' || speaker.kind === 'description' || speaker.kind === 'anonymous' ? speaker : null;
}

/** `A:` alone before a quotation: an answer in a transcribed interview. */
function isAnswerLabel(before: readonly Token[]): boolean {
  return before.length === 2 && before[0].text === 'A' && before[1].text === ':';
}

function previousLineTail(text: string, lineStart: number): Span | null {
  let end = lineStart - 1;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end <= 0) return null;
  let start = text.lastIndexOf('\n', end - 1) + 1;
  start = Math.max(start, end - WINDOW_BEFORE);
  return { start, end };
}

function countLineBreaks(text: string, from: number, to: number, cap: number): number {
  let n = 0;
  for (let i = from; i < to && n < cap; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * Whether all that stands between the previous quotation and `q`, on one line, is one sentence holding the
 * previous quotation's speaker mention: `"A," X said …. "B."`.
 */
function ownAttributionBetween(text: string, previous: { span: QuotedSpan; quote: Quote }, q: QuotedSpan): boolean {
  const mention = previous.quote.speakerMention;
  const from = previous.span.closeAt >= 0 ? previous.span.closeAt + 1 : previous.span.end;
  const to = q.openAt >= 0 ? q.openAt : q.start;
  if (!mention || previous.span.lineStart !== q.lineStart || mention.start < from || mention.end > to) return false;
  let ends = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && isSpaceCode(text.charCodeAt(i + 1))) ends++;
  }
  return ends === 1;
}

/**
 * `Asked about Farrelly’s chances …, the skipper laughed.`: the role head of a "the …" subject right after the
 * comma that closes an opening clause of the sentence `from..to`, with its verb after it; or null.
 */
function roleAfterOpeningClause(text: string, from: number, to: number, buffer: TokenBuffer): string | null {
  const tokens = tokenize(text, from, to, buffer);
  for (let c = tokens.length - 3; c > 0; c--) {
    if (tokens[c].text !== ',') continue;
    if (tokens[c + 1].lower !== 'the') return null;
    const read = phraseAt(text, tokens, c + 1);
    const head = read?.phrase.kind === 'description' ? read.phrase.head : undefined;
    const verb = read ? tokens[read.next] : undefined;
    return read !== null && head && isRoleHead(head) && verb && !verb.cap && !verb.punct && read.next === tokens.length - 1 - (tokens[tokens.length - 1].punct ? 1 : 0) ? head : null;
  }
  return null;
}
