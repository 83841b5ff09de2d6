import type { Quote, Span } from '../model';
import { genderFrom, nameKey, pronounGender, type Person, type PersonIndex } from '../entities/coreference';
import { tokenize, TokenBuffer, type Token } from '../entities/names';
import { asAtEnd, attributionAfter, attributionBefore, endsInCallingAs, hasOrphanSpeechVerb, passiveCallingAs, type Attribution } from './attribution';
import type { SpeakerPhrase } from './phraseWords';
import { phraseAt } from './phrases';
import type { QuotedSpan } from './quotes';
import { addressedInQuestion, interviewee } from './interviews';
import { otherSideIfAddressed } from './addressed';
import { reattributeStatements } from './attributedTo';
import { headlineLabel, headlinesFromBody, headlineTrailer } from './headlines';
import { headlinesFromReportedSpeech } from './reportedHeadlines';
import { personIntroducedNext, speakerNamedNext, verdictOwnerAfter } from './namedAfter';
import { countWords, SPEECH_WORDS } from './wordCount';
import { CaptionLines } from '../text/captions';
import { hasLetter, isLetterOrNumberAt, isSpaceCode } from '../text/chars';
import { mostSpecificRole } from '../entities/entities';
import { ARTICLES } from './roleOwners';
import { isCallingVerb, isStrongSpeechVerb } from './speechVerbs';
import { isGivenName } from '../entities/firstNames';
import { isHeadingOrTitle, isNickname, isTitleCase, listedTerms, modifiesNounAfter } from './terms';
import { resolve, type Resolved, type Sources } from './resolveSpeaker';
import { closesOnAnswer, contextSpeaker, WINDOW_BEFORE } from './contextSpeaker';
import { opensAfterNarrative, reachesNext, sentenceEnd, sentenceHead, sentenceStart, sentenceTail } from './sentenceBounds';

const WINDOW_AFTER = 160;
const SCARE_MAX_WORDS = 2;

/** A short quotation between a given name and a surname, "Rogelio “Jun” Baltazar": a nickname, part of the name. */
function isNameNickname(text: string, span: QuotedSpan): boolean {
  return span.end - span.start <= NICKNAME_MAX_CHARS && isNickname(text, span);
}

const NICKNAME_MAX_CHARS = 24;
// "so-called" flags a term of a few words too: `the so-called "coalition of the willing"`.
const TERM_MAX_WORDS = 6;
/**
 * Turns quoted spans into quotes: finds each one's attribution (after it, before it, in its sentence, or in
 * the neighbouring sentences and paragraphs), resolves the speaker through `people` (surnames, pronouns,
 * descriptions), decides direct or scare, and links the parts of one statement.
 */
export function attributeQuotes(text: string, spans: QuotedSpan[], people: PersonIndex): Quote[] {
  const outer = spans.filter((s) => s.nestedIn === undefined).sort((a, b) => a.start - b.start);
  const quotes: Quote[] = [];
  let statement = -1;
  // (`named`: its own sentence attributed it, not the context)
  let previous = null as { span: QuotedSpan; quote: Quote; attributed: boolean; named?: boolean } | null;
  const sources: Sources = { anonymousByHead: new Map(), document: null, captions: new CaptionLines(text), documentTokens: new TokenBuffer() };
  let lastAttribution: { span: QuotedSpan; attribution: Attribution } | null = null;
  // each quotation's windows reuse the token objects of the last one's (their tokens are read in its turn only)
  const beforeTokens = new TokenBuffer();
  const afterTokens = new TokenBuffer();
  const narrativeTokens = new TokenBuffer();
  const sentenceTokens = new TokenBuffer();
  const listed = listedTerms(text, outer);
  const quoteOf = new Map<QuotedSpan, Quote>();

  // the terms the writer flags with "so-called" somewhere: the same words quoted elsewhere are that term too
  const flaggedTerms = new Set<string>();
  let answerer: Person | null | undefined; // an interview's interviewee, found at its first answer
  let answeringNow: Person | null = null; // who answers the question last asked
  let previousAnswerEnd = -1;
  let otherAnswerer: Person | null = null; // someone else in the interview a question was put to by name
  // a paragraph-opening quotation the next sentence introduces someone after, until the next quotation says whose
  let pendingIntroduction: { quote: Quote; person: SpeakerPhrase } | null = null;
  let addressedReply: Quote | null = null; // the last quotation, when it answered someone it addressed
  for (let k = 0; k < outer.length; k++) {
    const q = outer[k];
    if (q.answer) {
      // "A: Badly, at first. …": the interviewee's words, a statement of their own
      if (answerer === undefined) answerer = interviewee(text, people, outer.filter((span) => span.answer));
      // ("Theo, what was it like …?": a question put to someone else by name is theirs to answer, paragraphs on too)
      const addressed = addressedInQuestion(text, q, previousAnswerEnd, people);
      if (addressed !== undefined) {
        answeringNow = addressed ?? answerer ?? null;
        if (addressed && addressed !== answerer) otherAnswerer = addressed;
      } else if (otherAnswerer && answerer && speaksOfAsFirstWord(text, q.start, answeringNow ?? answerer)) {
        // ("Terrifying. …" ¶ "He’s underselling it. …": a paragraph running on that opens on the one answering as
        // "he" or "she" is the other party to the conversation answering back)
        answeringNow = answeringNow === otherAnswerer ? answerer : otherAnswerer;
      }
      previousAnswerEnd = q.closeAt >= 0 ? q.closeAt + 1 : q.end;
      const speaker = answeringNow ?? answerer;
      const quote: Quote = { start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: speaker?.name ?? null, role: speaker ? mostSpecificRole(speaker.roles) : null, kind: 'direct', statement: 0 };
      quotes.push(quote);
      quote.statement = quotes.length - 1;
      previous = { span: q, quote, attributed: answerer !== null };
      quoteOf.set(q, quote);
      continue;
    }
    // (`“…,” San Isidro Mayor Rogelio “Jun” Baltazar told reporters`: a nickname inside a name bounds no window)
    let p = k - 1;
    while (p >= 0 && outer[p].lineStart === q.lineStart && isNameNickname(text, outer[p])) p--;
    let n = k + 1;
    while (n < outer.length && outer[n].lineStart === q.lineStart && isNameNickname(text, outer[n])) n++;
    const prev = p >= 0 && outer[p].lineStart === q.lineStart ? outer[p] : null;
    const next = n < outer.length && outer[n].lineStart === q.lineStart ? outer[n] : null;
    const openPos = q.openAt >= 0 ? q.openAt : q.start;
    const closePos = q.closeAt >= 0 ? q.closeAt + 1 : q.end;
    const prevClose = prev ? (prev.closeAt >= 0 ? prev.closeAt + 1 : prev.end) : q.lineStart;
    const beforeBound = Math.max(q.lineStart, prevClose, openPos - WINDOW_BEFORE);
    const beforeFrom = sentenceStart(text, beforeBound, openPos);
    const afterTo = sentenceEnd(text, closePos, Math.min(next ? (next.openAt >= 0 ? next.openAt : next.start) : q.lineEnd, closePos + WINDOW_AFTER));
    const before = sentenceTail(text, tokenize(text, beforeFrom, openPos, beforeTokens));
    // the sentence end the window was cut at is outside its tokens: a quotation after narrative opens a new sentence
    if (prev && opensAfterNarrative(text, prevClose, beforeBound, beforeFrom, before.tokens.length > 0)) before.sentenceEnded = true;
    // (`“…”, drawing a sharp retort from Ms. Deshpande. “…”`: the words closing the sentence name someone else, who
    // answers in the words after them — no attribution of the words before)
    if (prev && !before.sentenceEnded && beforeFrom > prevClose && closesOnAnswer(text, prevClose, beforeFrom)) before.sentenceEnded = true;
    const after = sentenceHead(text, tokenize(text, closePos, afterTo, afterTokens));

    // `"What will happen then?" Harcourt replied: "…"`: an attribution ending in a colon introduces the next quotation
    const afterIntroducesNext = next !== null && after.length > 0 && after[after.length - 1].text === ':' && endsWithSentencePunctuation(text, q);
    const endsSentence = endsWithSentencePunctuation(text, q);
    let attributedAfter = afterIntroducesNext ? null : attributionAfter(text, after, endsSentence);
    // (`Rod Tamblyn, who left … after seeing the smoke column “…”, said he had tried`: the quotation sits in the
    // subject's relative clause, and "he" opens the clause the verb reports — the subject before it speaks)
    if (attributedAfter?.speaker.kind === 'pronoun' && !before.sentenceEnded && after[0]?.text === ',' && after[2]?.start === attributedAfter.speaker.start && before.tokens.some((t) => t.lower === 'who')) {
      const subject = attributionBefore(text, [...before.tokens, after[0], after[1]]);
      if (subject && subject.speaker.kind !== 'pronoun') attributedAfter = { ...attributedAfter, speaker: subject.speaker };
    }
    // (`told Reyes that she had "crossed a line." She said …`: a quotation ending the sentence its own attribution
    // opened leaves the next sentence to what follows it)
    const ownSentence = endsSentence && before.tokens.length > 2 && !before.sentenceEnded;
    // (a speech verb before an earlier quotation of the sentence governs this one too: "Whitcomb accused him of
    // “…” to pass a bill that had been “….” Castellanos responded that …" — the sentence after is its own)
    const carried: Attribution | null = before.sentenceEnded ? null : clauseAttributionOf(prev, lastAttribution);
    const attributedBefore: Attribution | null = attributedAfter && !(endsSentence && (ownSentence || reachesNext(text, after, afterTo, next))) ? null : attributionAfterColon(text, before.tokens) ?? attributionBefore(text, before.tokens) ?? (attributedAfter && ownSentence ? carried : null);
    if (attributedAfter && carried && attributedBefore === carried) attributedAfter = null;
    // `said in a statement that he would sign it "immediately." Bates called it "a win"`: after a sentence the
    // quotation ends, a subject and verb running into the next quotation speak that one, if this one has its own
    // (a speech verb right before it, or one reporting a clause: "calling it a “global takeover.”" is weaker)
    if (attributedAfter && attributedBefore && (attributedBefore.reach === 'adjacent' || attributedBefore.strong)) attributedAfter = null;
    let attribution: Attribution | null = attributedAfter ?? attributedBefore;
    // (`The 38-page report, titled “Harvest of Debt”, said … had “…”`: a title quoted earlier in the sentence is part
    // of it, and its subject may stand before the title)
    if (!attribution && prev && !before.sentenceEnded && quoteOf.get(prev)?.kind === 'scare') attribution = attributionPastTerm(text, outer, k, openPos, sentenceTokens);
    // `Update: "…"` is no one: a lone word before a colon speaks only when the text names that person in full too
    if (attribution?.nameOnly && !speaksByName(attribution.speaker, people, openPos)) attribution = null;
    // the narrative between the previous quotation and the attribution's sentence, for pronoun antecedents
    const byIt = attribution?.speaker.kind === 'pronoun' && attribution.speaker.name === 'it';
    // ("the company recalled chargers over a fault that it described as “…”": a relative clause's "it" may mean the
    // subject of its own sentence, read up to the pronoun)
    // (and "he" or "she" in a clause a subordinator opens may mean the subject of the sentence's main clause:
    // "One delegate, who …, drew applause when she said:")
    const withinSentence = attribution && ((byIt && inRelativeClause(before.tokens, attribution.speaker.start)) || inSubordinateClause(before.tokens, attribution.speaker));
    const narrativeEnd = attributedAfter ? openPos : withinSentence && attribution ? attribution.speaker.start : (before.tokens[0]?.start ?? openPos);
    // (for "it" and for "the user", a term in quotation marks is part of the narrative)
    const pastTerms = byIt || attribution?.speaker.kind === 'description';
    const narrative = narrativeBefore(text, outer, k, narrativeEnd, pastTerms ? quoteOf : null);
    // a second quotation in a sentence whose speech verb came before the first: `told allies that a "plan" would "work"`
    if (!attribution) attribution = carried;
    const wordCount = countWords(text, q.start, q.end);
    let kind: Quote['kind'] = 'direct';
    let resolved: Resolved = { speaker: null, role: null };
    let sameStatement = false;
    let labelled: SpeakerPhrase | null = null;
    let introducedAfter: SpeakerPhrase | null = null;
    let calledBy: SpeakerPhrase | null = null;
    let reply = false; // the words answer someone they address, the other side of an exchange (see otherSideIfAddressed)

    const touchesPrevious = prev !== null && prev === previous?.span && isBlankBetween(text, prev.closeAt >= 0 ? prev.closeAt + 1 : prev.end, openPos);
    if (listed[k]) {
      // `the list includes "grapple," "optics," "eschew" and "thought leader."`: words named as words, nobody's
      kind = 'scare';
    } else if (!attribution && prev && prev === previous?.span && previous.quote.kind === 'direct' && (touchesPrevious || hasOrphanSpeechVerb(before.tokens))) {
      // `"What kind of target is there?" "There's nothing."`, `"…," he said, and added that "…"`: the same speaker
      resolved = { speaker: previous.quote.speaker, role: previous.quote.role, mention: previous.quote.speakerMention };
    } else if (!attribution?.names && writtenOnThing(before.tokens)) {
      // `unfurled a banner reading “Back the Bay”`: words on a sign, a slogan nobody is reported saying
      kind = 'scare';
    } else if (isHeadingOrTitle(text, q, openPos, closePos, wordCount)) {
      // a pull-quote subheading, a "WATCH: '…'" pointer, a programme's or an ad's title: nobody's words here
      kind = 'scare';
      // (a work's name inside a sentence, `opens in “The Salt Orchard”, a new play`, is that name wherever else it
      // is quoted: `Tickets for “The Salt Orchard” went on sale, and a spokesman said`)
      if (wordCount <= TERM_MAX_WORDS && hasLetter(text, q.lineStart, openPos) && isTitleCase(text, q)) flaggedTerms.add(termKey(text, q));
    } else if (wordCount <= TERM_MAX_WORDS && before.tokens[before.tokens.length - 1]?.lower === 'so-called') {
      // `met the definition of a so-called “weather bomb”`: the writer flags a term, whoever reports the clause
      kind = 'scare';
      flaggedTerms.add(termKey(text, q));
    } else if ((wordCount <= SCARE_MAX_WORDS || (wordCount <= MODIFIER_MAX_WORDS && (articleBefore(text, openPos) || EVERY_WORD_CAPITALISED.test(text.slice(q.start, q.end))))) && modifiesNounAfter(text, q) && !(calledBy = calledByWhat(text, before.tokens))) {
      // (longer after an article: `cultivated a ‘hard man of the hob’ image`; or a name in title case: `waving
      // orange "Fix It First" signs`)
      // `delivered as an "over-the-air" software update`, `'robotaxi' rollout`: a quoted modifier of the noun after it
      kind = 'scare';
    } else if (calledBy) {
      // `welcomed what he called a “balanced and thorough” decision`: his words, though they modify the noun after
      resolved = resolve(calledBy, people, sources, openPos, { text, narrative, tokens: narrativeTokens });
    } else if (wordCount <= SCARE_MAX_WORDS && isNickname(text, q)) {
      // `lead singer Riefian “Ifan” Fajarsyah`: a name's nickname, nobody's words
      kind = 'scare';
    } else if (attribution && describedAs(before.tokens)) {
      // `described the department’s figures as “heroic”`: the describer's own word for it, however short
      resolved = resolve(attribution.speaker, people, sources, openPos, { text, narrative, tokens: narrativeTokens });
    } else if (attribution && attribution.reach === 'clause' && !attribution.strong && !attribution.names && wordCount <= SCARE_MAX_WORDS && !suppliesClauseVerb(text, q, before.tokens)) {
      // `officials were "extremely disturbed"`: a word or two lifted into a sentence reads as a term, not a statement
      kind = 'scare';
    } else if (attribution && previous && (sharesPronoun(attribution, previous.span, lastAttribution) || sameSomeone(text, attribution, previous, q, people))) {
      // `It noted … “…” and concluded the impact was “…”`: the same pronoun as the words before, the same speaker
      resolved = { speaker: previous.quote.speaker, role: previous.quote.role, mention: previous.quote.speakerMention };
    } else if (attribution) {
      resolved = resolve(attribution.speaker, people, sources, openPos, { text, narrative, tokens: narrativeTokens });
      // `‘…?’ Mr Doyle asked. ¶ ‘…,’ the witness said.`: whoever a description answering a question means, it is not
      // the one who asked — the one who spoke before the question
      // (`"What time was that?" Ms Dunmore asked. ¶ "…," she said`: the nearest "she" but the asker — an asker the
      // text names, as it does when the turn passes; `“Why?” she asked. “Because …,” she said` is one speaker)
      if (previous && resolved.speaker !== null && resolved.speaker === previous.quote.speaker && endsWithQuestion(text, previous.span) && askedByName(lastAttribution, previous.span)) {
        const phrase = attribution.speaker;
        if (phrase.kind === 'description') resolved = answererBefore(quotes, previous.quote) ?? resolved;
        else if (phrase.kind === 'pronoun' && (phrase.name === 'he' || phrase.name === 'she')) {
          const other = people.resolvePronoun(phrase.name, openPos, undefined, resolved.speaker);
          if (other) resolved = { speaker: other.name, role: mostSpecificRole(other.roles), mention: { start: phrase.start, end: phrase.end } };
        }
      }
    } else if (!attribution && before.tokens.length === 0 && (labelled = headlineLabel(text, q, people, narrativeTokens))) {
      // `‘Not on my bus’: driver helps deliver baby`: a headline's pull-quote, however short, and whose it is
      resolved = resolve(labelled, people, sources, q.start);
    } else if (!attribution && (labelled = headlineTrailer(text, q, people, narrativeTokens))) {
      // `Flood defences 'would not have saved' village, report finds`: a headline's closing attribution
      resolved = resolve(labelled, people, sources, q.start);
    } else if (wordCount > SCARE_MAX_WORDS && passiveCallingAs(before.tokens)) {
      // `He was also described as “lacking a conscience.”`: someone's words, whose the text does not say
    } else if (looksLikeSpeech(text, q, wordCount)) {
      // no attribution in the sentence: a verdict the next paragraph gives its owner, or the paragraph's or the
      // previous paragraph's speaker
      const opensParagraph = before.tokens.length === 0 && endsSentence && !hasLetter(text, q.lineStart, openPos);
      const owner = (before.tokens.length === 0 && endsSentence ? speakerNamedNext(text, after, people, opensParagraph) : null) ?? (!q.continues ? verdictOwnerAfter(text, q, narrativeTokens) : null);
      const context = owner ? resolve(owner, people, sources, q.start) : contextSpeaker(text, q, before.tokens, previous, people, sources, narrativeTokens);
      if (context) resolved = context;
      if (!owner && opensParagraph) introducedAfter = personIntroducedNext(text, after, people);
      // `"…?" Fenwick asked. ¶ "…," Solvang replied. ¶ "But you can't rule it out." ¶ "…"`: turns of an exchange
      // (a question its speaker asked as "he said" is rhetorical, their own to answer)
      const turn = !owner && opensParagraph && previous && !(endsWithQuestion(text, previous.span) && byPronoun(lastAttribution, previous.span) && !askedAfter(text, previous.span)) ? nextTurn(text, q, quotes, previous.quote, !previous.named && !previous.span.continues, addressedReply === previous.quote) : null;
      if (turn) resolved = turn;
      // (`"Vouchers. For your airline." ¶ "For any Pinnacle route, yes, Senator."`: words addressed to the one the
      // context gave are the other side's, and the words after them the first side's again)
      const otherSide = !owner && opensParagraph ? otherSideIfAddressed(text.slice(q.start, q.end), resolved, quotes, people) : null;
      if (otherSide) resolved = otherSide;
      reply = otherSide !== null;
    } else if (prev && prev === previous?.span && previous.quote.kind === 'direct' && previous.quote.speaker && isWholeSentence(text, q)) {
      // `"…," Musk wrote on X. "Such ingratitude."`: a short sentence of its own, right after the speaker's words
      resolved = { speaker: previous.quote.speaker, role: previous.quote.role, mention: previous.quote.speakerMention };
    } else {
      kind = 'scare';
    }
    if (!attribution && kind === 'direct' && previous && previous.quote.kind === 'direct') {
      sameStatement = previous.span.continues === true || (prev === previous.span && !before.sentenceEnded && previous.attributed);
    }
    if (attribution && previous && prev === previous.span && !before.sentenceEnded && previous.attributed && previous.quote.speaker === resolved.speaker) {
      sameStatement = true; // "A," she said, "B."
    }
    if (previous?.span.continues && kind === 'direct') {
      sameStatement = true;
      if (!attribution || !resolved.speaker) resolved = { speaker: previous.quote.speaker, role: previous.quote.role, mention: previous.quote.speakerMention };
    }
    if (sameStatement && !resolved.speaker && previous) resolved = { speaker: previous.quote.speaker, role: previous.quote.role, mention: previous.quote.speakerMention };
    if (!sameStatement) statement++;
    if (kind === 'direct' && sameStatement && previous && previous.quote.statement !== statement) statement = previous.quote.statement;

    if (attribution) lastAttribution = { span: q, attribution };
    const quote: Quote = { start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: resolved.speaker, role: resolved.role, kind, statement: 0 };
    if (resolved.mention) quote.speakerMention = resolved.mention;
    quotes.push(quote);
    quote.statement = sameStatement && previous ? previous.quote.statement : quotes.length - 1;
    if (kind === 'direct' && pendingIntroduction && !sameStatement) {
      // the person named after the words before is whom this quotation's speaker turns out to be: those were hers too
      if (quote.speaker !== null && nameKey(quote.speaker) === nameKey(pendingIntroduction.person.name)) giveSpeaker(pendingIntroduction.quote, quote, pendingIntroduction.person);
      pendingIntroduction = null;
    }
    if (kind === 'direct' && introducedAfter) pendingIntroduction = { quote, person: introducedAfter };
    if (kind === 'direct') previous = { span: q, quote, attributed: attribution !== null || resolved.speaker !== null, named: attribution !== null };
    if (kind === 'direct') addressedReply = reply ? quote : null;
    quoteOf.set(q, quote);
    void statement;
  }
  headlinesFromBody(text, outer, quoteOf);
  headlinesFromReportedSpeech(text, outer, quoteOf, beforeTokens, (speaker, at, quote) => {
    const resolved = resolve(speaker, people, sources, at);
    if (resolved.speaker === null) return;
    quote.speaker = resolved.speaker;
    quote.role = resolved.role;
    if (resolved.mention) quote.speakerMention = resolved.mention;
  });
  reattributeStatements(text, quotes, people, sources, beforeTokens);
  // `warns European 'coalition of the willing' against …` in a headline, `the so-called "coalition of the willing"` below
  if (flaggedTerms.size > 0) {
    for (const q of outer) {
      const quote = quoteOf.get(q);
      if (!quote || quote.kind !== 'direct' || q.answer || countWords(text, q.start, q.end) > TERM_MAX_WORDS || !flaggedTerms.has(termKey(text, q))) continue;
      quote.kind = 'scare';
      quote.speaker = null;
      quote.role = null;
      delete quote.speakerMention;
    }
  }
  // nested quotations: words the speaker quotes from someone else, or a term
  for (const s of spans) {
    if (s.nestedIn === undefined) continue;
    quotes.push(nestedQuote(text, s, spans[s.nestedIn], quoteOf.get(spans[s.nestedIn]), people, sources, quotes.length, beforeTokens));
  }
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  return shareSpeakers(renumberStatements(quotes));
}

// Words that open a clause inside the sentence, whose "he" or "she" may be its main clause's subject ("drew applause
// when she said", "commended the police for what he described as").
const SUBORDINATORS = new Set(['when', 'as', 'after', 'before', 'because', 'while', 'until', 'once', 'what']);

/**
 * The attribution before a quotation read over its whole sentence when an aside naming a term quoted earlier in it
 * stands between its subject and verb ("The report, titled “…”, said"): the sentence read without the aside and
 * without the terms' words, which are no subject. Null when there is no such aside.
 */
function attributionPastTerm(text: string, outer: readonly QuotedSpan[], k: number, openPos: number, buffer: TokenBuffer): Attribution | null {
  const q = outer[k];
  const prev = outer[k - 1];
  const from = sentenceStart(text, Math.max(q.lineStart, openPos - WINDOW_BEFORE), openPos);
  if (from >= (prev.openAt >= 0 ? prev.openAt : prev.start)) return null;
  const quoted: Span[] = [];
  for (let j = k - 1; j >= 0 && outer[j].lineStart === q.lineStart; j--) quoted.push({ start: outer[j].openAt >= 0 ? outer[j].openAt : outer[j].start, end: outer[j].closeAt >= 0 ? outer[j].closeAt + 1 : outer[j].end });
  const words = sentenceTail(text, tokenize(text, from, openPos, buffer)).tokens.filter((t) => !quoted.some((span) => t.start < span.end && t.end > span.start));
  const tokens: Token[] = [];
  let aside = false;
  for (let i = 0; i < words.length; i++) {
    // (", titled ,": the aside that named the term, now empty)
    if (words[i].text === ',' && NAMING_PARTICIPLES.has(words[i + 1]?.lower ?? '') && words[i + 2]?.text === ',') {
      aside = true;
      i += 2;
    } else if (words[i].text === ',' && words[i + 1]?.text === ',') {
      // (", ,": a title set off by commas, now empty: "whose newsletter, “The Hungry Mainland”, has")
      aside = true;
      tokens.push(words[i++]);
    } else tokens.push(words[i]);
  }
  return aside ? attributionBefore(text, tokens) : null;
}

// Participles that set off a quoted title in an aside: "the report, titled “…”,".
const NAMING_PARTICIPLES = new Set(['titled', 'entitled', 'headed', 'headlined', 'called', 'dubbed', 'named', 'labelled', 'labeled', 'subtitled']);

/** Whether `speaker` is "he" or "she" right after a subordinator, with a main clause of four words or more before. */
function inSubordinateClause(tokens: readonly Token[], speaker: SpeakerPhrase): boolean {
  if (speaker.kind !== 'pronoun' || (speaker.name !== 'he' && speaker.name !== 'she')) return false;
  const i = tokens.findIndex((t) => t.start === speaker.start);
  return i >= 5 && SUBORDINATORS.has(tokens[i - 1].lower);
}

/** Whether the token at offset `at` comes right after a relative "that" or "which" inside the window. */
function inRelativeClause(tokens: readonly Token[], at: number): boolean {
  const i = tokens.findIndex((t) => t.start === at);
  return i >= 2 && (tokens[i - 1].lower === 'that' || tokens[i - 1].lower === 'which');
}

/** The last attribution when it was of `span` and reached over its clause (`told allies that a "plan" would`), else null. */
function clauseAttributionOf(span: QuotedSpan | null, last: { span: QuotedSpan; attribution: Attribution } | null): Attribution | null {
  return span !== null && last !== null && last.span === span && last.attribution.reach === 'clause' ? last.attribution : null;
}

/** Whether the last attribution was of `span`, by a pronoun ("he said"). */
function byPronoun(last: { span: QuotedSpan; attribution: Attribution } | null, span: QuotedSpan): boolean {
  return last !== null && last.span === span && last.attribution.speaker.kind === 'pronoun';
}

/** `“…?” he asked.`: whether a verb of asking attributes the quotation `span` right after it (a question put to someone). */
function askedAfter(text: string, span: QuotedSpan): boolean {
  const from = span.closeAt >= 0 ? span.closeAt + 1 : span.end;
  return ASKED_AFTER.test(text.slice(from, from + 24));
}

const ASKED_AFTER = /^[ \u00a0]+(?:he|she|they)[ \u00a0]+(?:asked|asks|demanded|pressed|queried)\b/;

/** Whether the last attribution was of `span`, by a name ("Ms Dunmore asked"), not a pronoun. */
function askedByName(last: { span: QuotedSpan; attribution: Attribution } | null, span: QuotedSpan): boolean {
  return last !== null && last.span === span && last.attribution.speaker.kind === 'person';
}

/** Whether the quotation's words end in a question mark. */
function endsWithQuestion(text: string, span: QuotedSpan): boolean {
  let end = span.end;
  while (end > span.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return text.charCodeAt(end - 1) === 63;
}

/** The speaker of the last direct quotation before `question` by someone other than its asker (within a few quotations). */
function answererBefore(quotes: readonly Quote[], question: Quote): Resolved | null {
  const at = quotes.lastIndexOf(question);
  for (let i = at - 1; i >= 0 && at - i <= 6; i--) {
    const quote = quotes[i];
    if (quote.kind !== 'direct' || !quote.speaker || quote.speaker === question.speaker) continue;
    return { speaker: quote.speaker, role: quote.role, mention: quote.speakerMention };
  }
  return null;
}

/** A question, or words opening with a conjunction ("But you can't rule it out."): a follow-up in an exchange. */
function isFollowUp(text: string, q: QuotedSpan): boolean {
  return endsWithQuestion(text, q) || FOLLOW_UP_OPENER.test(text.slice(q.start, Math.min(q.end, q.start + 6)));
}

const FOLLOW_UP_OPENER = /^(?:But|And|So|Yet|Or)\b/;
// A quotation's attribution by a verb of answering back, right after it: `,” Mrs Fenn replied.`, `,” retorted Dean.`,
// `,” the mayor replied.`
const REPLIED_AFTER = /^[,.!?]?['"’”]?[ \u00a0]+(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?[ \u00a0]+)?(?:(?:\p{Lu}[\p{L}'’-]+[ \u00a0]+){0,2}|(?:he|she|they)[ \u00a0]+|the[ \u00a0]+(?:\p{Ll}+[ \u00a0]+){1,3})(?:replied|retorted|countered|responded|snapped|shot back|fired back|hit back)\b|^[,.!?]?['"’”]?[ \u00a0]+(?:replied|retorted|countered|responded|snapped)[ \u00a0]+\p{Lu}/u;

/**
 * Whose turn an unattributed paragraph-opening quotation `q` is in an exchange of two people, after `last`:
 * after an answer to a question, a follow-up is the asker's; after a question, an answer is the one who
 * answered before. Null unless the two quotations before it are two different people's, one a question.
 */
function nextTurn(text: string, q: QuotedSpan, quotes: readonly Quote[], last: Quote, lastUnattributed: boolean, lastReplied: boolean): Resolved | null {
  const at = quotes.lastIndexOf(last);
  let before: Quote | undefined;
  for (let i = at - 1; i >= 0 && at - i <= 3 && !before; i--) if (quotes[i].kind === 'direct') before = quotes[i];
  if (!before || !before.speaker || !last.speaker || before.speaker === last.speaker) return null;
  const lastAsks = last.text.trimEnd().endsWith('?');
  const beforeAsks = before.text.trimEnd().endsWith('?');
  // (the other's turn: a follow-up after an answer, an answer after a question)
  // (and a rejoinder after an answer nobody introduced: `“…, how is that buying time?” ¶ “Your Honour, I accept …” ¶
  // “It is rather more than difficult.”`)
  // (and after a retort: `“We’ve never had one,” Mrs Fenn replied. ¶ “You had one in 2019.” ¶ “That was the
  // school’s.”` is the other's turn, then hers again)
  // (and after a reply to someone it addressed: `"Vouchers." ¶ "For any route, yes, Senator." ¶ "You left them …"`)
  const turn = lastReplied || (beforeAsks && !lastAsks && (isFollowUp(text, q) || lastUnattributed)) ? before : lastAsks && !endsWithQuestion(text, q) ? before : !lastAsks && (REPLIED_AFTER.test(text.slice(last.end, last.end + 60)) || (lastUnattributed && REPLIED_AFTER.test(text.slice(before.end, before.end + 60)))) ? before : null;
  return turn ? { speaker: turn.speaker, role: turn.role, mention: turn.speakerMention } : null;
}

/** `to` takes the speaker `from` has, named at `mention`. */
function giveSpeaker(to: Quote, from: Quote, mention: Span): void {
  to.speaker = from.speaker;
  to.role = from.role;
  to.speakerMention = { start: mention.start, end: mention.end };
}

/** Whether `attribution` is read from the very pronoun that attributed the quotation `span` before it. */
/**
 * `One senior player, …, said the squad had "stopped buying in" weeks ago. "…," he said.`: "he" or "she" in the
 * paragraph of the words of someone unnamed just introduced, with nobody named since, is that someone — whom no
 * name index holds for a pronoun to find.
 */
function sameSomeone(text: string, attribution: Attribution, previous: { span: QuotedSpan; quote: Quote }, q: QuotedSpan, people: PersonIndex): boolean {
  const phrase = attribution.speaker;
  if (phrase.kind !== 'pronoun' || (phrase.name !== 'he' && phrase.name !== 'she') || previous.span.lineStart !== q.lineStart) return false;
  const speaker = previous.quote.speaker;
  if (previous.quote.kind !== 'direct' || !speaker || !/^(?:an?|one|another)\s/i.test(speaker) || people.known(speaker)?.kind !== 'anonymous') return false;
  // ("A spokesman for the utility said …. “…,” she added": someone else)
  const gender = genderFrom(undefined, speaker);
  if (gender && gender !== pronounGender(phrase.name)) return false;
  const from = previous.span.closeAt >= 0 ? previous.span.closeAt + 1 : previous.span.end;
  // (a name mid-sentence since: someone else the pronoun may mean)
  return !/[\p{Ll},;]\s+\p{Lu}/u.test(text.slice(from, Math.min(phrase.start, q.start)));
}

function sharesPronoun(attribution: Attribution, span: QuotedSpan, last: { span: QuotedSpan; attribution: Attribution } | null): boolean {
  return last !== null && last.span === span && attribution.speaker.kind === 'pronoun' && last.attribution.speaker.start === attribution.speaker.start;
}

/**
 * `welcomed what he called a “balanced and thorough” decision`: when the words before end in "what", a subject and
 * a verb of calling, that subject, whose words the quotation is even as it modifies the noun after it; else null.
 */
function calledByWhat(text: string, tokens: Token[]): SpeakerPhrase | null {
  let i = tokens.length - 1;
  if (i >= 0 && ARTICLES.has(tokens[i].lower)) i--;
  // ("what she described as a “…”")
  if (i >= 0 && tokens[i].lower === 'as') i--;
  if (i < 2 || !WHAT_CALLED.has(tokens[i].lower)) return null;
  for (let w = i - 1; w >= 0 && i - w <= 4 && !tokens[w].punct; w--) {
    if (tokens[w].lower !== 'what') continue;
    const read = phraseAt(text, tokens, w + 1);
    return read && read.next === i ? read.phrase : null;
  }
  return null;
}

// Verbs of naming after "what": "what he called", "what she termed", "what they described as".
const WHAT_CALLED = new Set(['called', 'calls', 'termed', 'terms', 'dubbed', 'dubs', 'labelled', 'labeled', 'branded', 'described', 'describes', 'characterized', 'characterised']);

/**
 * Whether the window before a quotation ends in "describe … as" or "accuse … of", the quotation being what
 * the speaker calls it ("described the figures as “heroic”", "accused the government of “chaos”").
 */
function describedAs(tokens: readonly Token[]): boolean {
  if (asAtEnd(tokens) >= 0) {
    // the nearest verb of calling before "as" (endsInCallingAs refuses one a punctuation mark stands after)
    for (let i = tokens.length - 2; i >= 0 && tokens.length - i <= 15; i--) {
      if (isCallingVerb(tokens[i].lower) && !tokens[i].cap) return endsInCallingAs(tokens, i, false);
    }
    return false;
  }
  if (tokens[tokens.length - 1]?.lower !== 'of' || tokens.length < 3) return false;
  for (let i = tokens.length - 2; i >= 0 && tokens.length - i <= 14; i--) {
    if (tokens[i].punct) return false;
    if (tokens[i].lower.startsWith('accus')) return true;
  }
  return false;
}

// What a sign carries: "inscriptions such as", "slogans like".
const INSCRIPTIONS = new Set(['inscription', 'inscriptions', 'slogan', 'slogans']);
// Things words are written on; "a banner reading …" carries a slogan.
const WRITTEN_ON = new Set(['banner', 'banners', 'sign', 'signs', 'placard', 'placards', 'poster', 'posters', 'billboard', 'sticker', 'stickers', 't-shirt', 't-shirts', 'shirt', 'shirts', 'plaque', 'inscription', 'graffiti', 'tattoo', 'badge', 'badges', 'mural', 'flag', 'flags']);

/** Whether the window ends "<sign> reading", "<sign> that read", "<sign> saying": the quotation is what it bears. */
function writtenOnThing(tokens: readonly Token[]): boolean {
  let n = tokens.length;
  if (tokens[n - 1]?.text === ':' || tokens[n - 1]?.text === ',') n--;
  const verb = tokens[n - 1]?.lower;
  // (`placards with inscriptions such as “…”`, `banners bearing slogans like “…”`: what is written on them)
  if (verb === 'as' || verb === 'like' || verb === 'bearing' || verb === 'with') {
    for (let i = n - 2; i >= 0 && n - i <= 6 && !tokens[i].punct; i--) if (WRITTEN_ON.has(tokens[i].lower) || INSCRIPTIONS.has(tokens[i].lower)) return true;
    return false;
  }
  if (verb !== 'reading' && verb !== 'read' && verb !== 'reads' && verb !== 'saying' && verb !== 'said' && verb !== 'says') return false;
  const relative = tokens[n - 2]?.lower === 'that' || tokens[n - 2]?.lower === 'which';
  const before = relative ? n - 3 : n - 2;
  if (before >= 0 && WRITTEN_ON.has(tokens[before].lower)) return true;
  // `a banner unfurled by a section of the supporters, which read “…”`: the sign further back, its clause set off
  if (!relative || tokens[before]?.text !== ',') return false;
  for (let i = before - 1; i >= 1 && before - i <= 16 && !tokens[i].punct; i--) if (WRITTEN_ON.has(tokens[i].lower) && ARTICLES.has(tokens[i - 1].lower)) return true;
  return false;
}

/** A quoted term's words as compared across the text: lowercase, without punctuation at its ends. */
function termKey(text: string, q: QuotedSpan): string {
  // (trimmed by hand: asked of every short quotation once a term is flagged)
  let from = q.start;
  let to = q.end;
  while (from < to && !isLetterOrNumberAt(text, from)) from++;
  while (to > from && !isLetterOrNumberAt(text, to - 1)) to--;
  return text.slice(from, to).toLowerCase();
}


/**
 * A quotation inside another: `"The nurse told me, 'If you'd been later, we'd have lost him,'" she said` —
 * words the outer speaker reports someone saying, when the outer quotation attributes them right before or
 * after ("I told him, '…'" is the outer speaker's own; "he told me" someone the quote leaves unnamed); else a term.
 */
function nestedQuote(text: string, span: QuotedSpan, outerSpan: QuotedSpan, outerQuote: Quote | undefined, people: PersonIndex, sources: Sources, statement: number, buffer: TokenBuffer): Quote {
  const quote: Quote = { start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker: null, role: null, kind: 'scare', statement };
  const openPos = span.openAt >= 0 ? span.openAt : span.start;
  const closePos = span.closeAt >= 0 ? span.closeAt + 1 : span.end;
  const before = sentenceTail(text, tokenize(text, sentenceStart(text, Math.max(outerSpan.start, openPos - WINDOW_BEFORE), openPos), openPos, buffer)).tokens;
  let attribution = attributionBefore(text, before);
  if (!attribution || attribution.reach !== 'adjacent') {
    // after it only while its sentence goes on ("'…,' he told me"): "'….' I think" is the outer speaker again
    const after = sentenceHead(text, tokenize(text, closePos, sentenceEnd(text, closePos, Math.min(outerSpan.end, closePos + WINDOW_AFTER)), buffer));
    const first = after.find((t) => !t.punct);
    if (first && !(endsWithSentencePunctuation(text, span) && first.cap)) attribution = attributionAfter(text, after, false);
  }
  if (!attribution || attribution.reach !== 'adjacent' || countWords(text, span.start, span.end) <= SCARE_MAX_WORDS) return quote;
  quote.kind = 'direct';
  const phrase = attribution.speaker;
  if (phrase.kind === 'pronoun') {
    // the outer speaker's "I" is the outer speaker; any other pronoun inside their words is someone they leave unnamed
    if ((phrase.name === 'i' || phrase.name === 'we') && outerQuote?.kind === 'direct' && outerQuote.speaker) {
      quote.speaker = outerQuote.speaker;
      quote.role = outerQuote.role;
    }
    return quote;
  }
  if (phrase.kind === 'description' || phrase.kind === 'anonymous') {
    // "the nurse" someone the speaker tells of: as they describe them, not anyone the narrative named
    quote.speaker = phrase.name.replace(/^(?:The|A|An)\b/, (article) => article.toLowerCase());
    return quote;
  }
  const resolved = resolve(phrase, people, sources, openPos);
  quote.speaker = resolved.speaker;
  quote.role = resolved.role;
  return quote;
}

/** Whether the words at `at` open on "he" or "she" (or "he’s", "she’s") of `person`'s gender. */
function speaksOfAsFirstWord(text: string, at: number, person: Person): boolean {
  const first = FIRST_PRONOUN.exec(text.slice(at, at + 8))?.[1].toLowerCase();
  return first !== undefined && person.gender !== undefined && pronounGender(first) === person.gender;
}

const FIRST_PRONOUN = /^(He|She)\b/;

/**
 * The parts of one statement share their speaker: a paragraph that goes on into the next one, or `"A," she
 * said, "B."`, names the speaker only at a later part — the earlier parts get it too.
 */
function shareSpeakers(quotes: Quote[]): Quote[] {
  // statements are numbered 0… in text order (renumberStatements): an array indexed by them, not a Map
  const named: (Quote | undefined)[] = new Array(quotes.length);
  for (const quote of quotes) if (quote.kind === 'direct' && quote.speaker && !named[quote.statement]) named[quote.statement] = quote;
  for (const quote of quotes) {
    if (quote.kind !== 'direct' || quote.speaker) continue;
    const source = named[quote.statement];
    if (!source) continue;
    quote.speaker = source.speaker;
    quote.role = source.role;
    if (source.speakerMention) quote.speakerMention = source.speakerMention;
  }
  return quotes;
}

/** Statement numbers in text order, shared by the quotes of one statement. */
function renumberStatements(quotes: Quote[]): Quote[] {
  // statement numbers are quote indices (below quotes.length): a typed array maps them, -1 for not yet seen
  const renumbered = new Int32Array(quotes.length).fill(-1);
  let next = 0;
  for (const quote of quotes) {
    if (renumbered[quote.statement] < 0) renumbered[quote.statement] = next++;
    quote.statement = renumbered[quote.statement];
  }
  return quotes;
}

// Finite verbs a reported clause may open its quoted part with ("said the plan “was a mistake”").
const FINITE_OPENERS = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'can', 'must', 'did', 'shouldn’t', 'wouldn’t', 'couldn’t', 'can’t', 'won’t', 'don’t', 'doesn’t', 'didn’t', 'isn’t', 'aren’t', 'wasn’t', 'weren’t', 'mustn’t', 'haven’t', 'hasn’t']);
const CLAUSE_SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those']);
const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);

/**
 * `said the change “fundamentally altered” the deal`: right after a strong speech verb and the reported clause's
 * subject, the quotation is that clause's verb — the speaker's words, however few, not a term.
 */
function suppliesClauseVerb(text: string, q: QuotedSpan, before: readonly Token[]): boolean {
  const n = before.length;
  // ("says parents “shouldn't panic”": a bare plural for the clause's subject)
  const barePlural = n >= 2 && !before[n - 1].cap && !before[n - 1].punct && /^[a-z]+s$/.test(before[n - 1].text) && !before[n - 2].cap && isStrongSpeechVerb(before[n - 2].lower);
  // ("said he “completely understands”": a pronoun for the clause's subject)
  const pronounSubject = n >= 2 && CLAUSE_SUBJECT_PRONOUNS.has(before[n - 1].text) && !before[n - 2].cap && isStrongSpeechVerb(before[n - 2].lower);
  if (!barePlural && !pronounSubject) {
    let k = n - 1;
    while (k > 0 && n - 1 - k < 3 && !before[k].punct && !CLAUSE_SUBJECT_DETERMINERS.has(before[k].lower)) k--;
    if (k < 1 || k === n - 1 || !CLAUSE_SUBJECT_DETERMINERS.has(before[k].lower) || before[k - 1].cap || !isStrongSpeechVerb(before[k - 1].lower)) return false;
  }
  const words = /^([a-z]+n['’]t|[a-z]+)(?:\s+([a-z]+))?/.exec(text.slice(q.start, Math.min(q.end, q.start + 40)));
  if (!words) return false;
  const [, firstWord, second] = words;
  const first = firstWord.replace("'", '’');
  return FINITE_OPENERS.has(first) || (first.length > 4 && first.endsWith('ed')) || (first.endsWith('ly') && second !== undefined && (second.endsWith('ed') || (pronounSubject && second.length > 3 && second.endsWith('s'))));
}

/**
 * The narrative between the previous quotation and `end`; when there is none (`X, who …, said Y has “a
 * culture.” ¶ “…,” she said`), the narrative of the previous quotation's paragraph before it.
 */
function narrativeBefore(text: string, outer: QuotedSpan[], k: number, end: number, termsOf: ReadonlyMap<QuotedSpan, Quote> | null): Span {
  if (k === 0) return { start: 0, end };
  // (for "it", a term in quotation marks is part of the narrative: `A staff report found the project was
  // "generally consistent" with policy. It noted …` — the report is what "it" means)
  let p = k - 1;
  while (termsOf && p >= 0 && k - p <= 3 && termsOf.get(outer[p])?.kind === 'scare') p--;
  if (p < k - 1) return { start: p >= 0 ? closeEnd(outer[p]) : 0, end };
  const previous = outer[k - 1];
  const start = closeEnd(previous);
  if (hasLetter(text, start, end)) return { start, end };
  const previousOpen = previous.openAt >= 0 ? previous.openAt : previous.start;
  const floor = k > 1 ? Math.max(previous.lineStart, closeEnd(outer[k - 2])) : previous.lineStart;
  return { start: Math.min(floor, previousOpen), end: previousOpen };
}

function closeEnd(span: QuotedSpan): number {
  return span.closeAt >= 0 ? span.closeAt + 1 : span.end;
}

function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * `It has also drawn criticism: a minister …, whom X declined to name, called it “…”`: a clause after a colon
 * inside the window is a sentence of its own, whose attribution is read first (the whole window after it:
 * "He said: the plan is “dead”" has its verb before the colon).
 */
function attributionAfterColon(text: string, tokens: Token[]): Attribution | null {
  let colon = tokens.length - 2;
  while (colon > 0 && tokens[colon].text !== ':') colon--;
  return colon > 0 ? attributionBefore(text, tokens.slice(colon + 1)) : null;
}

const MODIFIER_MAX_WORDS = 6;
// A name's words, two or more, each capitalised: "Fix It First".
const EVERY_WORD_CAPITALISED = /^\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)+$/u;

/** Whether "a", "an" or "the" stands right before the mark at `openPos`. */
function articleBefore(text: string, openPos: number): boolean {
  return /(?:^|[\s(])(?:a|an|the)[ \u00a0]$/i.test(text.slice(Math.max(0, openPos - 5), openPos));
}

/** A quotation that reads as someone's words rather than a term: long enough, or a whole clause. */
function looksLikeSpeech(text: string, q: QuotedSpan, words: number): boolean {
  if (words >= SPEECH_WORDS) return !isTitleCase(text, q);
  const last = text.charCodeAt(q.end - 1);
  // ("What offer?", "Never again!": a short question or exclamation of its own is said, not a term)
  // (a capital after the first word is a title's: "Who Cares?")
  // (and "I'm serious.", "We won.": a sentence of two words that a speaker's "I", "we" or "you" opens)
  if (words === 2) return (last === 63 || last === 33 || (last === 46 && SPEAKER_OPENS.test(text.slice(q.start, q.end)))) && isWholeSentence(text, q) && !/\s\p{Lu}/u.test(text.slice(q.start, q.end));
  if (words < 3) return false;
  return (last === 46 || last === 33 || last === 63 || last === 44) && !isTitleCase(text, q);
}

const SPEAKER_OPENS = /^(?:I|We|You)(?:['’](?:m|re|ve|ll|d))?\s/;

/** A quotation that is a sentence of its own: a capital first, a full stop, question or exclamation mark last. */
function isWholeSentence(text: string, q: QuotedSpan): boolean {
  return /\p{Lu}/u.test(text.charAt(q.start)) && endsWithSentencePunctuation(text, q);
}

function endsWithSentencePunctuation(text: string, q: QuotedSpan): boolean {
  const last = text.charCodeAt(q.end - 1);
  return last === 46 || last === 33 || last === 63;
}

/**
 * Whether a name alone before a colon is someone (`Trudeau: "…"`): a full name with a known first name, or one
 * word that is the surname of someone the text names.
 */
function speaksByName(phrase: SpeakerPhrase, people: PersonIndex, at: number): boolean {
  if (phrase.kind !== 'person') return false;
  const words = phrase.name.split(' ');
  if (words.length > 1) return isGivenName(words[0]);
  return people.resolveSurname(phrase.name, at) !== null;
}
