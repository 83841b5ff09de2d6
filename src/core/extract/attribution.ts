import { ORGANISATION_HEADS, isHonorific } from '../entities/titles';
import { isNameWord, isPossessive, isSentenceOpener, readNamePhrase, tokenize, type Token, type TokenBuffer } from '../entities/names';
import { WORK_NAMING, invertedDescriptionAt } from './descriptions';
import { DOCUMENT_WORDS, isDocument } from './documents';
import { ARTICLES } from './roleOwners';
import { isBaseSpeechVerb, isCallingVerb, isOfferingVerb, isParticiple, isSpeechVerb, isStrongSpeechVerb, needsParticle, particleFits, answersBack } from './speechVerbs';
import { BETWEEN_SUBJECT_AND_VERB, POSSESSIVE_PRONOUNS, PRONOUNS, RELATIVE_SUBJECTS, isLyAdverb, type SpeakerPhrase } from './phraseWords';
import { bareRoleAt, namedAfterRoleWords, phraseAt } from './phrases';
import { personBefore, phraseBefore, timeBefore } from './phraseBefore';
import { accountOwner, appositiveChainSubject, objectOfPreposition, clauseSubject, mainSubjectOpening, objectOfTo, openingDocument, openingSubjectPastClause, participleAsideSubject, personBeforeAppositive, relationOf, relativeAntecedent, relativeClauseSubject, restrictiveAntecedent, sentenceSubject, someoneWhoOpens, subjectBeforeAside, subjectOfRelative } from './subjectReaders';

/** How the text attributes a quotation. */
export interface Attribution {
  speaker: SpeakerPhrase;
  /**
   * `adjacent`: the attribution touches the quotation (`"…," she said`, `He said: "…"`);
   * `clause`: a speech verb earlier in the sentence governs it (`Healey said the plan was "well-developed"`).
   */
  reach: 'adjacent' | 'clause';
  /** The attribution's extent between the quotation marks (for statements split around it). */
  start: number;
  end: number;
  /** A verb that reports words outright (said, told, wrote) governs the quotation: even a word or two is someone's. */
  strong?: boolean;
  /** The verb names its object with the quoted words (`called the plan "reckless"`): a word or two are the speaker's verdict. */
  names?: boolean;
  /** Only a name before a colon says so (`Trudeau: "…"`): it holds for a one-word name the text names elsewhere. */
  nameOnly?: boolean;
}

// Verbs whose object is whom the words are said to.
const ADDRESSEE_VERBS = new Set(['tell', 'tells', 'told', 'telling', 'inform', 'informs', 'informed', 'assure', 'assures', 'assured', 'remind', 'reminds', 'reminded', 'warn', 'warns', 'warned', 'urge', 'urges', 'urged']);

/**
 * Attribution right after a closing mark: `, she said`, `, said John Smith, a spokesperson`, `Musk, the
 * wannabe kingmaker, threatened on X`, `, according to the Élysée source`. `tokens` are those of the window
 * up to the end of the sentence or the next quotation.
 */
export function attributionAfter(text: string, tokens: Token[], quoteEndsSentence = false): Attribution | null {
  let k = 0;
  while (k < tokens.length && tokens[k].punct && tokens[k].text !== '.' && tokens[k].text !== '!' && tokens[k].text !== '?') k++;
  if (k >= tokens.length) return null;
  // (`Bhandari calls allegations ‘shameful’; Hegde demands …`: a semicolon opens a clause of its own)
  if (k > 0 && tokens[k - 1].text === ';') return null;
  const first = tokens[k];
  // `"….” While some critics say …`: after a full stop inside the marks, a sentence opener starts a new sentence
  // (an honorific opens a name: `‘…?’ Mr Doyle asked.`)
  if (quoteEndsSentence && first.cap && isSentenceOpener(first.lower) && !PRONOUNS.has(first.lower) && first.lower !== 'according' && !isHonorific(first.lower)) return null;
  // `…'trashed the economy', while Reform UK's Richard Tice called …`: a new clause, whose subject says the next words
  if (k > 0 && tokens[k - 1].text === ',' && NEW_CLAUSE.has(first.lower)) return null;
  // (`…”, advice she says she still hears`: a noun in apposition to the words, whatever clause it has, reports none)
  // (`…” in the poblacion, an allegation the mayor denied`: a claim the words are, and who denies it)
  if (k > 0 && tokens[k - 1].text === ',' && (APPOSED_NOUNS.has(first.lower) || (ARTICLES.has(first.lower) && APPOSED_CLAIMS.has(tokens[k + 1]?.lower ?? '')))) return null;
  // (`posted a single line: "…"`: after a verb of writing, "a" opens its object, not an inverted subject)
  const objectNext = WRITING_VERBS.has(first.lower) && ARTICLES.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1].lower !== 'the';
  // (`” pointed to unaccounted receipts`: a verb that reports words only with its particle reports none without it)
  const particleMissing = needsParticle(first.lower) && !particleFits(tokens[k + 1]?.lower ?? '');
  if (isSpeechVerb(first.lower) && !isParticiple(first.lower) && !objectNext && !particleMissing) {
    // inverted: `said John Smith`, `says the report`, `said he`, `points out the resident`
    const from = particleFits(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const described = invertedDescriptionAt(text, tokens, from);
    if (described) return { speaker: described, reach: 'adjacent', start: first.start, end: described.end };
    const subject = phraseAt(text, tokens, from);
    if (subject) return { speaker: subject.phrase, reach: 'adjacent', start: first.start, end: subject.phrase.end };
    // `said oil and gas worker Mike Wipf`: open-class role words, then the name
    const named = namedAfterRoleWords(text, tokens, from);
    if (named) return { speaker: named, reach: 'adjacent', start: first.start, end: named.end };
  }
  // `says budget chief`: a headline's bare role, no article and no name after it
  if (isSpeechVerb(first.lower) && !isParticiple(first.lower)) {
    const bare = bareRoleAt(text, tokens, k + 1);
    if (bare) return { speaker: bare, reach: 'adjacent', start: first.start, end: bare.end };
  }
  if (first.lower === 'according' && tokens[k + 1]?.lower === 'to') {
    const subject = phraseAt(text, tokens, k + 2);
    if (subject) return { speaker: subject.phrase, reach: 'adjacent', start: first.start, end: subject.phrase.end };
  }
  // (`,” the 29-year-old flanker said`: someone described by their age, whatever noun the lexicons lack)
  const aged = agedDescriptionAt(text, tokens, k);
  if (aged) {
    const verbAt = verbAfter(tokens, aged.next);
    if (verbAt >= 0) return { speaker: aged.phrase, reach: 'adjacent', start: first.start, end: tokens[verbAt].end };
  }
  const subject = phraseAt(text, tokens, k);
  if (subject) {
    const verbAt = verbAfter(tokens, subject.next);
    if (verbAt >= 0) return { speaker: subject.phrase, reach: 'adjacent', start: first.start, end: tokens[verbAt].end };
    // `Staff Sgt. Renée Lachance of the Lakeland Regional Police Service’s major crimes unit told reporters`
    const afterComplement = subject.phrase.kind === 'person' ? verbAfterComplement(tokens, tokens.findIndex((t) => t.start >= subject.phrase.end)) : -1;
    if (afterComplement >= 0) return { speaker: subject.phrase, reach: 'adjacent', start: first.start, end: tokens[afterComplement].end };
  }
  // `"The sincerity of Russia" is the question at hand, according to French President Emmanuel Macron`
  for (let a = k; a + 2 < tokens.length; a++) {
    if (tokens[a].lower === 'according' && tokens[a + 1].lower === 'to') {
      const subject = phraseAt(text, tokens, a + 2);
      if (subject) return { speaker: subject.phrase, reach: 'clause', start: tokens[a].start, end: subject.phrase.end };
    }
  }
  // a longer subject with open-class role words: `"…," Rally Canada volunteer media coordinator Tom Hinderks said`
  for (let v = k + 1; v < tokens.length && v - k <= 14; v++) {
    const t = tokens[v];
    if (t.punct && t.text !== ',') break;
    if (!isSpeechVerb(t.lower) || t.cap || isParticiple(t.lower) || tokens[v + 1]?.lower === 'for') continue; // "calls for" reports no words
    // (`“having a word” with Bellin and denied …`: a verb joined by "and" has its subject before the words, and a
    // preposition's object is none)
    if (tokens[v - 1].lower === 'and' || tokens[v - 1].lower === 'but') break;
    // (`…” in the poblacion, an allegation the mayor denied`: who denies a claim the words are speaks none of them)
    if (claimSetOffBetween(tokens, k, v)) break;
    const before = phraseBefore(text, tokens, v - 1);
    if (before && objectOfPreposition(tokens, before.start) && !afterOf(tokens, before.start)) break;
    // (`were “nowhere near” as graphic as some parents described`: a comparison the words open names whom they
    // are compared with; "as Smith put it" attributes them only right after "as")
    if (before && COMPARING.has(first.lower) && before.start > tokens[k + 1].start) break;
    // (`A "renoviction" is when a landlord tells a tenant …`, `… "deeply concerned" and that the city would add
    // patrols`: a clause the words after the quotation open is no attribution)
    if (before && before.start >= first.start && !opensClauseBetween(tokens, k, before.start)) return { speaker: before, reach: 'adjacent', start: first.start, end: t.end };
    break;
  }
  return sentenceFinalAttribution(text, tokens, k);
}

// Words after a quotation that open a comparison with it.
const COMPARING = new Set(['as', 'than']);

// Verbs of writing and posting, whose object an article after them opens.
const WRITING_VERBS = new Set(['posted', 'posts', 'wrote', 'writes', 'tweeted', 'tweets', 'shared', 'shares', 'sent', 'sends', 'texted', 'messaged', 'typed', 'penned']);

// What joins a description to its complement ("the chair of a public inquiry").
const BODY_OF = new Set(['of', 'at', 'for', 'with', 'from']);

/**
 * `showed ‘a culture of indifference’ that went far beyond individual failings, the chair of the inquiry said
 * yesterday.`: a subject and a strong speech verb set off by a comma at the very end of the sentence report all
 * of it, the quotation within it too.
 */
function sentenceFinalAttribution(text: string, tokens: Token[], from: number): Attribution | null {
  let last = tokens.length - 1;
  if (last >= 0 && (tokens[last].text === '.' || tokens[last].text === '!')) last--;
  // the window must reach the sentence's end (a caller's window may stop before its full stop)
  const after = last >= 0 ? text.charCodeAt(tokens[last].end) : 0;
  if (last < 0 || (last === tokens.length - 1 && after !== 46 && after !== 33)) return null;
  last = timeBefore(tokens, last);
  const verb = tokens[last];
  if (!verb || verb.cap || !isStrongSpeechVerb(verb.lower) || isParticiple(verb.lower)) return null;
  let c = last - 1;
  while (c > from && last - c <= 10 && tokens[c].text !== ',') c--;
  if (c <= from || tokens[c].text !== ',') return null;
  const read = phraseAt(text, tokens, c + 1);
  if (!read) return null;
  let subject = read.phrase;
  if (verbAfter(tokens, read.next) !== last) {
    // ("the chair of a public inquiry said": a description's complement runs up to the verb)
    if ((subject.kind !== 'description' && subject.kind !== 'anonymous') || !BODY_OF.has(tokens[read.next]?.lower ?? '')) return null;
    for (let i = read.next + 1; i < last; i++) if (tokens[i].punct || isSpeechVerb(tokens[i].lower)) return null;
    subject = { ...subject, end: tokens[last - 1].end, name: text.slice(subject.start, tokens[last - 1].end) };
  }
  return { speaker: subject, reach: 'clause', start: subject.start, end: verb.end, strong: true };
}

/** Whether ", an allegation", ", a claim" stand between tokens `from` and `to`. */
function claimSetOffBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = Math.max(from, 1); i + 1 < to; i++) if (tokens[i - 1].text === ',' && ARTICLES.has(tokens[i].lower) && APPOSED_CLAIMS.has(tokens[i + 1].lower)) return true;
  return false;
}

/** `the 29-year-old flanker`, `the 71-year-old`: "the", an age and up to two lowercase words from token `k`, with the token after. */
function agedDescriptionAt(text: string, tokens: Token[], k: number): { phrase: SpeakerPhrase; next: number } | null {
  if (tokens[k]?.lower !== 'the' || !/^\d{1,3}-year-old$/.test(tokens[k + 1]?.text ?? '')) return null;
  let end = k + 1;
  while (end + 1 < tokens.length && end - k < 3 && !tokens[end + 1].cap && !tokens[end + 1].punct && /^\p{Ll}+$/u.test(tokens[end + 1].text) && !isSpeechVerb(tokens[end + 1].lower)) end++;
  const last = tokens[end];
  const phrase: SpeakerPhrase = { kind: 'description', start: tokens[k].start, end: last.end, name: text.slice(tokens[k].start, last.end), role: null, head: last.lower };
  return { phrase, next: end + 1 };
}

/** Whether "of" stands right before the phrase at `start` ("one of the people said" is a member of them speaking). */
function afterOf(tokens: Token[], start: number): boolean {
  const at = tokens.findIndex((t) => t.start === start);
  return at > 0 && tokens[at - 1].lower === 'of';
}

/** Whether a clause-opening word stands among the tokens from `from` up to the one starting at `end`. */
function opensClauseBetween(tokens: Token[], from: number, end: number): boolean {
  for (let i = from; i < tokens.length && tokens[i].start < end; i++) if (NEW_CLAUSE.has(tokens[i].lower) || CLAUSE_AFTER_QUOTE.has(tokens[i].lower)) return true;
  return false;
}

// Words that open a clause after a quotation, beside NEW_CLAUSE: "…,” hours after the commission declared".
const CLAUSE_AFTER_QUOTE = new Set(['where', 'that', 'after', 'before', 'until', 'once']);

// Conjunctions that open a clause of its own after a quotation and a comma ("as" may attribute: "as Smith put it").
const NEW_CLAUSE = new Set(['while', 'whereas', 'although', 'though', 'but', 'when', 'because', 'since', 'unless', 'if', 'whilst']);

/**
 * Attribution in the sentence before an opening mark: `Putin stated, "`, `Trump wrote on Truth Social: "`,
 * `According to NATO commander Mark Rutte, the goal is "`, or a speech verb governing a partial quotation
 * (`Healey told allies that planners drew up a "well-developed" plan`). `tokens` run from the sentence start.
 */
export function attributionBefore(text: string, tokens: Token[], strongOnly = false): Attribution | null {
  // (`Ms Keary, she said, was asking the court to “…”`: an aside reporting the sentence frames all of it, whatever
  // speech verb its clause goes on with)
  const aside = reportingAside(tokens);
  if (aside) return aside;
  // (`the senator sent a text message reading: “…”`: whoever sent the message wrote its words)
  const sent = strongOnly ? null : documentSentBefore(text, tokens) ?? documentFromBefore(text, tokens);
  if (sent) return sent;
  const found = speechVerbBefore(text, tokens, strongOnly);
  if (found) return found;
  // `Martell, the addictions doctor, is more blunt: "…"`: a sentence ending in a colon introduces its subject's words
  const last = tokens[tokens.length - 1];
  // `Trudeau: 'We will not back down'`: a headline's name and a colon, nothing else, introduce that person's words
  if (last?.text === ':' && tokens.length >= 2 && tokens.length <= 5 && tokens.slice(0, -1).every((t) => t.cap && !t.punct && isNameWord(t))) {
    const named = phraseAt(text, tokens, 0);
    if (named && named.phrase.kind === 'person' && named.phrase.end === tokens[tokens.length - 2].end) return { speaker: named.phrase, reach: 'adjacent', start: named.phrase.start, end: last.end, nameOnly: true };
  }
  // (`printed the novelist Ruth Calloway’s blurb — “…”`: whose words or writing a dash or a colon sets out)
  const owned = last && (last.text === ':' || last.text === '—' || last.text === '–') ? ownedWordsBefore(text, tokens) : null;
  if (owned) return { speaker: owned, reach: 'adjacent', start: owned.start, end: last.end };
  if (last?.text === ':' && tokens.length > 2) {
    // `Her response to the criticism from Ron Baxter was blunt:`: whose response it is speaks, not whom it answers
    const owner = speechNounOwner(text, tokens);
    if (owner) return { speaker: owner, reach: 'adjacent', start: owner.start, end: last.end };
    const subject = sentenceSubject(text, tokens, tokens.length - 1);
    if (subject && !modifiesNoun(tokens, subject)) return { speaker: subject, reach: 'adjacent', start: subject.start, end: last.end };
  }
  return null;
}

/**
 * `Governance lassitude was on display when …:` — a lone capitalised word opening the sentence before a
 * lowercase word no verb form can be is that noun's modifier, not a subject (`Martell is more blunt:` is one).
 */
function modifiesNoun(tokens: Token[], subject: SpeakerPhrase): boolean {
  if (subject.kind !== 'person' || subject.role || subject.honorific || subject.name.includes(' ')) return false;
  const at = tokens.findIndex((t) => t.start >= subject.end);
  const next = tokens[at];
  if (at !== 1 || !next || next.punct || next.cap || !/^\p{Ll}+$/u.test(next.text)) return false;
  const w = next.lower;
  return !(MAY_FOLLOW_SUBJECT.has(w) || isSpeechVerb(w) || /(?:s|ed|ly)$/.test(w));
}

// Lowercase words that may follow a sentence's subject: verbs that need no -s or -ed, auxiliaries, adverbs.
const MAY_FOLLOW_SUBJECT = new Set(['was', 'is', 'has', 'had', 'did', 'does', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'also', 'then', 'later', 'still', 'never', 'now', 'too', 'were', 'are', 'have', 'do', 'took', 'made', 'gave', 'got', 'came', 'saw', 'knew', 'thought', 'felt', 'began', 'kept', 'left', 'ran', 'spoke', 'wrote', 'became', 'found', 'held', 'led', 'won', 'lost', 'sat', 'stood', 'met', 'paid', 'sent', 'put', 'set', 'went', 'told', 'said', 'who', 'and', 'herself', 'himself', 'not', 'quit']);

function speechVerbBefore(text: string, tokens: Token[], strongOnly: boolean): Attribution | null {
  // the last speech verb of the sentence governs what follows it
  for (let v = tokens.length - 1; v >= 0; v--) {
    const verb = tokens[v];
    // "according to X", and "in the words of X" alike
    const inWordsOf = verb.lower === 'words' && tokens[v - 1]?.lower === 'the' && tokens[v - 2]?.lower === 'in' && tokens[v + 1]?.lower === 'of';
    // "In Reyes's words,", "in her own words:": whose words they are stands before them
    // ("The rest are, in Lulu’s words, “…”": mid-sentence too, set off by commas)
    const inAt = verb.lower === 'words' && v === tokens.length - 2 && tokens[v + 1].punct ? wordsIn(tokens, v) : -1;
    if (inAt >= 0) {
      const owner = wordsOwner(text, tokens, v, inAt + 1);
      if (owner) return { speaker: owner, reach: 'adjacent', start: tokens[inAt].start, end: tokens[v + 1].end };
    }
    // "by her own account", "by Lund's own admission", "by Funmi’s estimate": whose account the words are
    const own = tokens[v - 1]?.lower === 'own' ? v - 1 : v;
    if (OWN_ACCOUNT.has(verb.lower) && own >= 2 && v >= tokens.length - 3) {
      let by = own - 2;
      while (by > 0 && own - by < 5 && tokens[by].lower !== 'by') by--;
      if (tokens[by].lower !== 'by') by = -1;
      const owner = by >= 0 ? possessorAt(text, tokens, by + 1, 3) : null;
      if (owner && owner.next === own) return { speaker: owner.phrase, reach: 'clause', start: tokens[by].start, end: verb.end, strong: true };
    }
    if ((verb.lower === 'according' && tokens[v + 1]?.lower === 'to') || inWordsOf) {
      // ("According to him, “…”": the object pronoun stands for whoever "he" would)
      const object = tokens[v + 2] && !tokens[v + 2].cap ? OBJECT_PRONOUN_SUBJECTS.get(tokens[v + 2].lower) : undefined;
      if (object) return { speaker: { kind: 'pronoun', start: tokens[v + 2].start, end: tokens[v + 2].end, name: object, role: null }, reach: 'clause', start: verb.start, end: tokens[v + 2].end };
      const subject = phraseAt(text, tokens, v + 2);
      // (strong: "According to X, the mood was “very quiet”" reports X's words, however few)
      if (subject) return { speaker: subject.phrase, reach: 'clause', start: inWordsOf ? tokens[v - 2].start : verb.start, end: subject.phrase.end, strong: true };
      continue;
    }
    // `The report found that …`, `The paper found the link was …`: what a study or report finds is its words
    if (!verb.cap && !strongOnly && FINDING_VERBS.has(verb.lower)) {
      // ("The consultation report, published in February, found": back over an appositive set off by commas)
      // ("official figures showed": the phrase must end at the verb, never a modifier of the noun before it)
      const read = tokens[v - 1] && !tokens[v - 1].punct ? phraseBefore(text, tokens, v - 1) : tokens[v - 1]?.text === ',' ? phraseBeforeAppositive(text, tokens, v - 1) : null;
      const before = read && (tokens[v - 1].punct || read.end === tokens[v - 1].end) ? read : null;
      const document = before && isDocument(before) ? before : (openingDocument(text, tokens, v) ?? before);
      // (a body's name inside the phrase, "An August PBO report", is left to the readers of named authors; a word
      // or two it "found" are a term, as after any weak verb: 'a report found … an "emergency."')
      if (document && isDocument(document) && !/\p{Lu}/u.test(document.name.slice(1))) return { speaker: document, reach: 'clause', start: document.start, end: tokens[tokens.length - 1].end, strong: false };
      // ("the Ohanlon County Court of Appeals found that …": what a court or an inquiry finds is its words too)
      if (before && isAdjudicator(before)) return { speaker: before, reach: 'clause', start: before.start, end: tokens[tokens.length - 1].end, strong: false };
      continue;
    }
    // (`welcomed the birth as “…”`: a verb of calling it so reports words in that frame only)
    // ("Hakimi shot back that the critic was “…”": answering back is speaking)
    const speaks = isSpeechVerb(verb.lower) || (!strongOnly && isCallingVerb(verb.lower) && endsInCallingAs(tokens, v)) || answersBack(verb.lower, tokens[v + 1]?.lower ?? '');
    if (!speaks || verb.cap || (strongOnly && !isStrongSpeechVerb(verb.lower))) continue;
    if (needsParticle(verb.lower) && !particleFits(tokens[v + 1]?.lower ?? '')) continue;
    // "Meta had continued the transfers": a verb of going on that reports words only when nothing is its object
    // (nor one of offering: "It has offered a ‘community benefit fund’" is a thing offered)
    if ((PHASE_VERBS.has(verb.lower) || isOfferingVerb(verb.lower)) && OBJECT_DETERMINERS.has(tokens[v + 1]?.lower ?? '')) continue;
    // ("talks … were continuing but that “…”": a verb of going on reports the words right after it only)
    if (PHASE_VERBS.has(verb.lower) && tokens.length - v > 2) continue;
    const prior = tokens[v - 1]?.lower ?? '';
    // ("used to tell her that “…”": a habit of speech is a report of it)
    const habitual = prior === 'to' && tokens[v - 2]?.lower === 'used';
    if ((prior === 'to' && !habitual) || prior === 'been' || prior === 'being' || NOUN_MARKERS.has(prior)) continue; // "to say", passive, "the question"
    // ("official figures showed": "figure" is a verb of reckoning only after a pronoun, "he figures")
    if (FIGURE_FORMS.has(verb.lower) && !PRONOUNS.has(prior)) continue;
    // ("hold a creditor call on November 19": a base form after "a" and a noun is a compound noun, no verb of its)
    if (isBaseSpeechVerb(verb.lower) && (tokens[v - 2]?.lower === 'a' || tokens[v - 2]?.lower === 'an') && !tokens[v - 1].cap && !tokens[v - 1].punct) continue;
    // ("said it did not comment on … but would “…”": what someone did not say reports no words; an earlier verb may)
    if ((prior === 'not' || prior === 'never') && tokens[v - 2] && DID.has(tokens[v - 2].lower)) continue;
    if (afterPluralPossessive(text, tokens, v) || afterModifiedDeterminer(tokens, v)) continue; // "the unions' principal demand", "his opening remarks": a noun
    // "He was also described as “…”", "they were told": a passive names no speaker ("was quoted as saying" does)
    if (isPassive(tokens, v)) continue;
    // "said the company would respond “within months”": what someone will or may say is no report of their words
    if (MODALS.has(prior) && tokens[tokens.length - 1].text !== ':') continue;
    // "X said:", or a sentence that ends in a colon introducing the words ("posted a photo with two words:")
    const adjacent = (tokens.length - v <= 3 && tokens.slice(v + 1).every((t) => t.punct || t.lower === 'that' || particleFits(t.lower) || t.lower === 'reporters' || OBJECT_PRONOUNS.has(t.lower))) || tokens[tokens.length - 1].text === ':';
    if (tokens[v + 1]?.lower === 'to') continue; // "pledged to build", "vowed to meet": not reporting words
    // (`Kilbrack GAA’s official account posted:`: whose account it is posts)
    let subject: SpeakerPhrase | null = WRITING_VERBS.has(verb.lower) ? accountOwner(text, tokens, v) : null;
    if (!subject && isParticiple(verb.lower) && tokens[v - 1] && !tokens[v - 1].punct) {
      subject = phraseBefore(text, tokens, v - 1); // "with a senior official stating"
      // ("said it had written to the League asking it to “…”": the object of "to" is no participle's subject)
      if (subject && objectOfTo(tokens, subject.start)) subject = clauseSubject(text, tokens, v);
    }
    // `X, who joined the board last month, said "…"`: the appositive's head, before any participle reading
    if (!subject && !isParticiple(verb.lower) && tokens[v - 1]?.text === ',') subject = personBefore(text, tokens, v - 1) ?? participleAsideSubject(text, tokens, v) ?? invertedBefore(text, tokens, v);
    if (!subject && !isParticiple(verb.lower) && tokens[v - 1]?.text === ',') subject = appositiveChainSubject(text, tokens, v);
    // `A person familiar with the plans, who spoke on condition of anonymity because …, said`: the relative clause's antecedent
    if (!subject && !isParticiple(verb.lower) && tokens[v - 1]?.text === ',') subject = relativeClauseSubject(text, tokens, v) ?? documentBeforeAside(text, tokens, v);
    // `funded by the Coastal Futures Trust, which said`: a relative pronoun's subject is the phrase before its comma
    // (`A landlord who told a family to “…”`: the noun a restrictive "who" follows)
    if (!subject && v >= 2 && tokens[v - 1].lower === 'who' && !tokens[v - 2].punct) subject = restrictiveAntecedent(text, tokens, v - 2);
    // (`X, who last week described the strike as “…”`: past a time between the pronoun and its verb)
    const relative = v >= 3 ? timeBefore(tokens, v - 1) : -1;
    if (!subject && relative >= 2 && RELATIVE_SUBJECTS.has(tokens[relative].lower) && tokens[relative - 1].text === ',') subject = relativeAntecedent(text, tokens, relative - 2) ?? (tokens[relative].lower === 'who' ? personBeforeAppositive(text, tokens, relative - 1) : null);
    // `X, whose complaint …, welcomed the fine but said`: a verb joined to the clause's own shares its subject
    // (after a comma, the verb is the main clause's: "Grant Feaver rejected the suggestion Kōwhai Bay had been
    // forgotten, but acknowledged communication had been “…”")
    if (!subject && (prior === 'and' || prior === 'but') && !isParticiple(verb.lower) && !isBaseSpeechVerb(verb.lower)) subject = openingSubjectPastClause(text, tokens, v) ?? (tokens[v - 2]?.text === ',' ? mainSubjectOpening(text, tokens, v) : null) ?? clauseSubject(text, tokens, v);
    // `Workers at the plant — who asked not to be named — said`, `The minister (appointed in June) said`
    if (!subject && !isParticiple(verb.lower)) subject = subjectBeforeAside(text, tokens, v - 1);
    if (!subject && (isParticiple(verb.lower) || tokens[v - 1]?.text === ',')) subject = clauseSubject(text, tokens, v);
    else if (!subject) subject = phraseBefore(text, tokens, v - 1);
    // (never after "told" or a naming verb: "tells court …", "called Lanternfish “…”" — that is whom it is told
    // to, or what is named)
    if (!subject && isSpeechVerb(verb.lower) && !ADDRESSEE_VERBS.has(verb.lower) && !NAMING_VERBS.has(verb.lower)) {
      const inverted = phraseAt(text, tokens, v + 1); // `said Prime Minister Starmer: "`
      // (`The judges called it “…”`: "it" is what is named, never who speaks)
      if (inverted && adjacentEnd(tokens, inverted.next) && !(inverted.phrase.kind === 'pronoun' && inverted.phrase.name === 'it')) subject = inverted.phrase;
    }
    // `The father of a boy who drowned at Lake Erie said`: the name read back sits in a relative clause of the
    // sentence's opening "X of Y"
    if (subject && subject.kind !== 'pronoun') subject = subjectOfRelative(text, tokens, subject) ?? relationOf(text, tokens, subject) ?? subject;
    // `A sous chef who worked at the restaurant for five years said:`: someone unnamed the sentence opens with,
    // whatever the relative clause after them names
    if (!isParticiple(verb.lower)) {
      const opening = someoneWhoOpens(text, tokens, v);
      if (opening && (!subject || subject.start > opening.end)) subject = opening;
    }
    // (`Vesper tells court label ‘…’`: whom words are told to is no subject of the clause they report; the teller
    // is, by the verb before)
    if (subject && subject.kind !== 'person' && toldTo(tokens, subject.start)) continue;
    // `The company blamed … what it called “…”`: "it" later in the sentence is the body the sentence opened with
    if (subject?.kind === 'pronoun' && subject.name === 'it' && subject.start > tokens[0].start) subject = bodyOpening(text, tokens, v, subject.start) ?? subject;
    if (subject) {
      const names = NAMING_VERBS.has(verb.lower) && namedObjectFits(tokens, v) && v < tokens.length - 1 && !tokens.slice(v + 1).some((t) => t.punct && t.text !== "'s" && t.text !== '’s');
      return { speaker: subject, reach: adjacent ? 'adjacent' : 'clause', start: subject.start, end: tokens[tokens.length - 1]?.end ?? verb.end, strong: isStrongSpeechVerb(verb.lower) && reportsClause(tokens, v), names };
    }
    // no subject here (a noun use, an infinitive): an earlier verb may still govern the quotation
  }
  return null;
}

/** `, she said,` set off inside the sentence, after its opening words: the pronoun reports the sentence; or null. */
function reportingAside(tokens: readonly Token[]): Attribution | null {
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (tokens[i].text !== ',' || tokens[i + 3].text !== ',') continue;
    const pronoun = tokens[i + 1];
    const verb = tokens[i + 2];
    if ((pronoun.lower === 'he' || pronoun.lower === 'she' || pronoun.lower === 'they') && !verb.cap && isStrongSpeechVerb(verb.lower) && !isParticiple(verb.lower)) {
      return { speaker: { kind: 'pronoun', start: pronoun.start, end: pronoun.end, name: pronoun.lower, role: null }, reach: 'clause', start: pronoun.start, end: verb.end, strong: true };
    }
  }
  return null;
}

/**
 * reportingAside of the sentence from `from` to `to`, read as tokens only when ", he ", ", she " or ", they "
 * stands in it (most sentences have none).
 */
export function reportingAsideIn(text: string, from: number, to: number, buffer: TokenBuffer): Attribution | null {
  for (let at = text.indexOf(', ', from); at >= 0 && at < to; at = text.indexOf(', ', at + 2)) {
    const c = text.charCodeAt(at + 2);
    if ((c === 104 || c === 115 || c === 116) && ASIDE_PRONOUN.test(text.slice(at + 2, at + 7))) return reportingAside(tokenize(text, from, to, buffer));
  }
  return null;
}

const ASIDE_PRONOUN = /^(?:he|she|they) /;

/** Whether the phrase starting at `start` is the object of a verb of telling right before it ("tells court", "told the inquiry"). */
function toldTo(tokens: readonly Token[], start: number): boolean {
  let at = tokens.findIndex((t) => t.start >= start) - 1;
  if (at >= 0 && tokens[at].lower === 'the') at--;
  return at >= 0 && !tokens[at].cap && ADDRESSEE_VERBS.has(tokens[at].lower);
}

/**
 * Whether the sentence ends "… <verb> X as" (or "as a", "as the") with no punctuation after the verb at `v`
 * the quotation that follows is what the verb's subject calls X.
 */
export function endsInCallingAs(tokens: readonly Token[], v: number, withObject = true): boolean {
  const as = asAtEnd(tokens);
  // (with its object between: "the deal was hailed as" names no one who hails it)
  if (as < 0 || as - v < (withObject ? 2 : 1) || as - v > 14) return false;
  for (let i = v + 1; i < as; i++) if (tokens[i].punct && !isPossessive(tokens[i])) return false;
  return true;
}

/** The index of the "as" the window ends with, an article after it or not ("… as “…”", "… as a “…”"), or -1. */
export function asAtEnd(tokens: readonly Token[]): number {
  let as = tokens.length - 1;
  if (as > 0 && ARTICLES.has(tokens[as].lower)) as--;
  return as >= 0 && tokens[as].lower === 'as' ? as : -1;
}

// The auxiliaries of a negated verb ("did not comment").
const DID = new Set(['did', 'does', 'do', 'would', 'could', 'will']);

// Nouns for what someone says: their owner is the speaker of the words a colon introduces.
const OWN_ACCOUNT = new Set(['account', 'admission', 'estimate', 'reckoning', 'description', 'telling', 'count']);
const SPEECH_NOUNS = new Set(['response', 'reply', 'answer', 'message', 'reaction', 'advice', 'verdict', 'view', 'take', 'explanation', 'warning', 'comment', 'comments', 'argument', 'plea', 'conclusion', 'assessment', 'retort', 'rebuttal', 'words', 'remarks', 'statement', 'instructions']);

/** `Her response … was`, `Reyes's message to her players:` — the owner opening the sentence of a speech noun. */
/** The person owning, by a possessive, the speech noun or the writing that ends the tokens before their dash or colon; or null. */
function ownedWordsBefore(text: string, tokens: Token[]): SpeakerPhrase | null {
  const n = tokens.length - 2;
  const noun = tokens[n];
  if (n < 2 || !noun || noun.cap || !(SPEECH_NOUNS.has(noun.lower) || OWNED_WRITING.has(noun.lower)) || !isPossessive(tokens[n - 1])) return null;
  const owner = phraseBefore(text, tokens, n - 2);
  return owner && owner.kind === 'person' ? owner : null;
}

// What someone writes that a dash may set out after its owner: "Calloway’s blurb —", "her review:".
const OWNED_WRITING = new Set(['blurb', 'review', 'tweet', 'post', 'note', 'letter', 'message', 'caption']);

function speechNounOwner(text: string, tokens: Token[]): SpeakerPhrase | null {
  const owner = possessorAt(text, tokens, 0, 4);
  return owner && SPEECH_NOUNS.has(tokens[owner.next]?.lower ?? '') ? owner.phrase : null;
}

/**
 * `the senator sent a text message reading:`, `Mr Verma posted a short message:`: a document word ending the words
 * before a quotation (alone, or with "reading", "saying", "warning" … or "that read"), after a verb of sending, is
 * its sender's.
 */
function documentSentBefore(text: string, tokens: Token[]): Attribution | null {
  let d = tokens.length - 1;
  if (tokens[d]?.text === ':' || tokens[d]?.text === ',') d--;
  if (tokens[d] && READING.has(tokens[d].lower)) d--;
  else if (tokens[d]?.lower === 'read' && tokens[d - 1]?.lower === 'that') d -= 2;
  if (d < 2 || tokens[d].cap || !DOCUMENT_WORDS.has(tokens[d].lower)) return null;
  for (let k = d - 1; k >= 1 && d - k <= 4 && !tokens[k].punct; k--) {
    if (!SENDING_VERBS.has(tokens[k].lower)) continue;
    const sender = phraseBefore(text, tokens, k - 1);
    if (!sender || sender.kind === 'description' && !!sender.head && DOCUMENT_WORDS.has(sender.head)) return null;
    return { speaker: sender, reach: 'adjacent', start: sender.start, end: tokens[tokens.length - 1].end };
  }
  return null;
}

/**
 * `had received an email from parish clerk Alison Webb on May 30 stating that the event would require “…”`: a
 * participle of speech a few words after "a document from X" reports X's words, whoever the sentence is about.
 */
function documentFromBefore(text: string, tokens: Token[]): Attribution | null {
  // (the cheap no first: no "from" among the last words)
  let from = tokens.length - 1;
  while (from > 0 && tokens.length - from <= DOCUMENT_CLAUSE + SENDER_REACH && tokens[from].lower !== 'from') from--;
  if (from <= 0 || tokens[from].lower !== 'from') return null;
  let v = tokens.length - 1;
  while (v > 2 && tokens.length - v <= DOCUMENT_CLAUSE && !(isParticiple(tokens[v].lower) && isSpeechVerb(tokens[v].lower) && !tokens[v].cap)) v--;
  if (v <= 2 || tokens.length - v > DOCUMENT_CLAUSE) return null;
  for (let d = v - 2; d > 0 && v - d <= SENDER_REACH && !tokens[d].punct; d--) {
    if (tokens[d + 1].lower !== 'from' || tokens[d].cap || !DOCUMENT_WORDS.has(tokens[d].lower)) continue;
    // (with lowercase role words before the name: "from parish clerk Alison Webb")
    const sender = tokens[d + 2]?.cap ? phraseAt(text, tokens, d + 2)?.phrase : namedAfterRoleWords(text, tokens, d + 2);
    if (!sender || (sender.kind !== 'person' && sender.kind !== 'organization')) return null;
    return { speaker: sender, reach: 'clause', start: tokens[d].start, end: tokens[v].end };
  }
  return null;
}

// How far before the quotation the participle may stand ("stating that the event would require"), and how far
// before the participle the document ("an email from parish clerk Alison Webb on May 30 stating"), in tokens.
const DOCUMENT_CLAUSE = 12;
const SENDER_REACH = 11;

// What a document sent does with its words: "a text message reading", "a message warning ‘…’".
const READING = new Set(['reading', 'saying', 'warning', 'stating', 'telling', 'urging']);

const SENDING_VERBS = new Set(['sent', 'posted', 'wrote', 'tweeted', 'issued', 'shared', 'published', 'emailed', 'texted', 'released', 'fired', 'dashed']);

/** Where "in" opens "in X's words" before "words" at `v`: the sentence's first token or one after a comma; or -1. */
function wordsIn(tokens: readonly Token[], v: number): number {
  for (let i = v - 2; i >= 0 && v - i <= 5; i--) if (tokens[i].lower === 'in' && (i === 0 || tokens[i - 1].text === ',')) return i;
  return -1;
}

/** `In Reyes's words,`, `In her own words,`: the owner of "words" opening the sentence (`v` is "words"). */
function wordsOwner(text: string, tokens: Token[], v: number, at = 1): SpeakerPhrase | null {
  const owner = possessorAt(text, tokens, at, v);
  return owner && (owner.next === v || (owner.next === v - 1 && tokens[owner.next].lower === 'own')) ? owner.phrase : null;
}

/**
 * The possessor at token `at`: "his", "her" or "their" (as the pronoun it stands for), or up to `maxWords` name
 * words and a possessive "'s" read as a person or a body; with the token after it.
 */
function possessorAt(text: string, tokens: Token[], at: number, maxWords: number): { phrase: SpeakerPhrase; next: number } | null {
  const first = tokens[at];
  const pronoun = first && POSSESSIVE_PRONOUNS.get(first.lower);
  if (pronoun) return { phrase: { kind: 'pronoun', start: first.start, end: first.end, name: pronoun, role: null }, next: at + 1 };
  let k = at;
  while (k < tokens.length && k - at < maxWords && isNameWord(tokens[k])) k++;
  if (k === at || !isPossessive(tokens[k])) return null;
  const owner = readNamePhrase(text, tokens, at, k, null);
  return owner && (owner.kind === 'person' || owner.kind === 'organization') ? { phrase: owner, next: k + 1 } : null;
}

/** The body (named, or described: "The company") that is the subject opening the sentence before `before`, or null. */
function bodyOpening(text: string, tokens: Token[], verb: number, before: number): SpeakerPhrase | null {
  const first = sentenceSubject(text, tokens, verb);
  if (first && first.start < before && isBody(first)) return first;
  // (`Deputies were on hand after the district received what it called “…”`: or the subject of the verb "what" is the object of)
  const it = tokens.findIndex((t) => t.start === before);
  const what = it - 1;
  if (what < 2 || tokens[what].lower !== 'what' || tokens[what - 1].cap || tokens[what - 1].punct) return null;
  const subject = phraseBefore(text, tokens, what - 2);
  return subject && isBody(subject) ? subject : null;
}

function isBody(phrase: SpeakerPhrase): boolean {
  return phrase.kind === 'organization' || (phrase.kind === 'description' && ORGANISATION_HEADS.has(phrase.head ?? ''));
}

/**
 * `The presentation, which ran to forty slides, concluded that …`: a document opening the sentence, set off by an
 * aside between commas right before the verb at `verb`, speaks.
 */
function documentBeforeAside(text: string, tokens: Token[], verb: number): SpeakerPhrase | null {
  const document = phraseBeforeAppositive(text, tokens, verb - 1);
  return document && isDocument(document) && document.start === tokens[0].start ? document : null;
}

/** The phrase before the appositive that the comma at `comma` closes (`X, published in February,`), or null. */
function phraseBeforeAppositive(text: string, tokens: Token[], comma: number): SpeakerPhrase | null {
  let open = comma - 1;
  while (open > 0 && comma - open < 12 && tokens[open].text !== ',' && !tokens[open].punct) open--;
  return open > 0 && tokens[open].text === ',' && !tokens[open - 1].punct ? phraseBefore(text, tokens, open - 1) : null;
}

// Verbs of starting and going on: speech verbs in `"…," he continued`, not in `continued the transfers`.
const PHASE_VERBS = new Set(['continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'begun', 'beginning', 'start', 'starts', 'started', 'starting', 'finish', 'finishes', 'finished', 'finishing']);
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'my', 'your']);

// Verbs that report what a document finds or lays down, never a person's words ("the study found that", "the
// audit shows that", "the circular requires issuers to").
const FINDING_VERBS = new Set(['found', 'finds', 'shows', 'showed', 'shown', 'requires', 'required', 'stipulates', 'stipulated']);

// Who finds as a court does: "the court found", "the tribunal found", "the Court of Appeals found".
const ADJUDICATORS = /\b(?:court|tribunal|inquiry|jury|coroner|ombudsman|panel)$/i;

/** Whether the phrase names a court, a tribunal or an inquiry: what it finds, it says. */
function isAdjudicator(phrase: SpeakerPhrase): boolean {
  if (phrase.kind === 'organization') return /\b(?:Court|Tribunal|Inquiry)\b/.test(phrase.name);
  return (phrase.kind === 'description' || phrase.kind === 'anonymous') && /^the\b/i.test(phrase.name) && ADJUDICATORS.test(phrase.name);
}

/**
 * `…, asks Policy Options editor Jennifer Ditchburn, "`: a speech verb after a comma with a name (or a document)
 * right after it that closes the sentence before the quotation is inverted — its subject is that name, not the clause's.
 */
function invertedBefore(text: string, tokens: Token[], verb: number): SpeakerPhrase | null {
  if (ADDRESSEE_VERBS.has(tokens[verb].lower)) return null; // "…, told the paper:": whom it is told to
  const phrase = invertedDescriptionAt(text, tokens, verb + 1) ?? phraseAt(text, tokens, verb + 1)?.phrase ?? null;
  if (!phrase || (phrase.kind !== 'person' && !isDocument(phrase))) return null; // `…, said the winter railroading report.`: a document speaks too
  let after = verb + 1;
  while (after < tokens.length && tokens[after].start < phrase.end) after++;
  return adjacentEnd(tokens, after) ? phrase : null;
}

/**
 * Whether the object between a naming verb at `v` and the quotation is short ("called it", "called the plan"),
 * or a longer noun phrase a determiner opens with no "to" in it ("calling their public pursuit of the player").
 */
function namedObjectFits(tokens: Token[], v: number): boolean {
  if (v >= tokens.length - 5) return true;
  if (v < tokens.length - 9 || !OBJECT_DETERMINERS.has(tokens[v + 1].lower)) return false;
  for (let i = v + 2; i < tokens.length; i++) if (tokens[i].lower === 'to' || tokens[i].lower === 'for') return false;
  return true;
}

// Speech verbs that are nouns too ("a demand", "their claims"): after a possessive, the noun
const NOUN_LIKE_SPEECH_VERBS = new Set(['remark', 'remarks', 'demand', 'demands', 'claim', 'claims', 'call', 'calls', 'reply', 'replies', 'answer', 'answers', 'comment', 'comments', 'request', 'requests', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'appeal', 'appeals', 'report', 'reports', 'plea', 'pleas', 'boast', 'boasts', 'warning', 'warnings', 'statement', 'statements']);

/**
 * `in his opening remarks`, `the final report`: a speech verb that is a noun too, after a determiner and an
 * adjective (a noun between is the subject: "her father calls", "the workers demand").
 */
function afterModifiedDeterminer(tokens: Token[], v: number): boolean {
  const modifier = tokens[v - 1];
  if (v < 2 || modifier.punct || !NOUN_MARKERS.has(tokens[v - 2].lower)) return false;
  // ("in a Facebook post", "an Instagram message": a platform's name before a medium word)
  if (modifier.cap) return ARTICLES.has(tokens[v - 2].lower) && MEDIUM_WORDS.has(tokens[v].lower);
  return NOUN_LIKE_SPEECH_VERBS.has(tokens[v].lower) && isAdjectiveLike(modifier.lower);
}

const MEDIUM_WORDS = new Set(['post', 'posts', 'tweet', 'tweets', 'message', 'messages', 'email', 'emails', 'note', 'notes', 'text', 'texts', 'statement', 'report']);

const PLAIN_ADJECTIVES = new Set(['first', 'last', 'new', 'latest', 'final', 'recent', 'earlier', 'later', 'brief', 'short', 'long', 'full', 'own']);

/** An adjective by its shape ("opening", "formal", "repeated") or a plain one ("final", "latest"). */
function isAdjectiveLike(word: string): boolean {
  return PLAIN_ADJECTIVES.has(word) || /(?:ing|al|ive|ic|ous|ful|ed)$/.test(word);
}

/**
 * Whether one of the two words before token `v`, a speech verb that is a noun too, is a plural possessive
 * ("the unions' principal demand"): the verb is a noun it owns ("the parents' lawyer said" is a verb still).
 */
function afterPluralPossessive(text: string, tokens: Token[], v: number): boolean {
  if (!NOUN_LIKE_SPEECH_VERBS.has(tokens[v].lower)) return false;
  for (let i = v - 1; i >= 0 && v - i <= 2 && !tokens[i].punct; i--) {
    const t = tokens[i];
    const after = text.charCodeAt(t.end);
    if (t.lower.endsWith('s') && (after === 39 || after === 0x2019) && text.charCodeAt(t.end + 1) === 32) return true;
  }
  return false;
}

/**
 * The strong speech verb after a person's complement of where they work ("of the X Service’s major crimes
 * unit"), within a dozen tokens with no punctuation but a possessive; or -1.
 */
function verbAfterComplement(tokens: Token[], at: number): number {
  if (!COMPLEMENT_OPENERS.has(tokens[at]?.lower ?? '')) return -1;
  for (let i = at + 1; i < tokens.length && i - at <= 12; i++) {
    const t = tokens[i];
    if (t.punct) return -1;
    if (!t.cap && isStrongSpeechVerb(t.lower) && !ARTICLES.has(tokens[i - 1].lower)) return i;
  }
  return -1;
}

const COMPLEMENT_OPENERS = new Set(['of', 'at', 'with', 'from']);

/** `told allies that planners drew up a "…"`: the quotation sits in the clause the verb reports ("that …"). */
function reportsClause(tokens: Token[], verb: number): boolean {
  let firstStretch = true;
  for (let i = verb + 1; i < tokens.length; i++) {
    if (tokens[i].punct) firstStretch = false;
    if (tokens[i].lower === 'that' || (i > verb + 1 && (CLAUSE_VERBS.has(tokens[i].lower) || (firstStretch && CLAUSE_MODALS.has(tokens[i].lower)) || isPastAfterSubject(tokens, i)))) return true;
  }
  return false;
}

/**
 * `said the prime minister retained “full confidence”`: a past tense after a lowercase noun or a name — the
 * reported clause's own verb — and not after a determiner or "to" ("the proposed", "to be called").
 */
function isPastAfterSubject(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (t.cap || t.punct || !before || before.punct || NOUN_MARKERS.has(before.lower) || NOT_BEFORE_FINITE.has(before.lower) || before.lower.endsWith('ly')) return false;
  // "wanted to “emphasize”": an infinitive after it, the quoted word its object — no clause reported
  if (WORK_NAMING.has(t.lower) || tokens[i + 1]?.lower === 'to') return false;
  return (t.lower.length > 4 && t.lower.endsWith('ed') && !t.lower.endsWith('eed')) || IRREGULAR_PASTS.has(t.lower);
}

// Words before which a past form is a participle, not a clause's verb: "was needed", "to be called", "so-called".
const NOT_BEFORE_FINITE = new Set(['to', 'so', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'had', 'have', 'get', 'got', 'not', 'also', 'newly', 'well']);

// Finite past forms without -ed that open a reported clause's predicate ("said the council took").
const IRREGULAR_PASTS = new Set(['took', 'made', 'gave', 'got', 'came', 'saw', 'knew', 'kept', 'left', 'ran', 'became', 'found', 'held', 'led', 'won', 'lost', 'met', 'paid', 'sent', 'brought', 'bought', 'built', 'meant', 'stood', 'fell', 'grew', 'did']);

// "told me:", "said to us,": whom the words were said to
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'to']);

// Verbs that give their object a name in the speaker's words: "called the allegation "false"".
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'calling', 'dubbed', 'branded', 'labelled', 'labeled', 'termed']);

// "said her client was …": a reported clause without "that" shows itself by its own finite verb
const CLAUSE_VERBS = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will']);
// "said the dates could be called off": a modal too, in the clause's first stretch (", so he can …" is another clause)
const CLAUSE_MODALS = new Set(['could', 'should', 'might', 'must', 'can', 'may']);

// Words after which a speech-verb form is a noun: "the question", "his comments", "a report".
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'whose', "'s", '’s']);

function adjacentEnd(tokens: Token[], at: number): boolean {
  return tokens.slice(at).every((t) => t.punct);
}

// Nouns that sum up the words before them, set off by a comma: "…”, advice she still hears", "…”, words he repeats".
const APPOSED_NOUNS = new Set(['advice', 'words', 'wisdom', 'counsel', 'phrase', 'motto', 'mantra', 'refrain', 'line', 'sentiment', 'warning', 'lesson']);

// Nouns for what words claim, set off after them with an article: "…, an allegation the mayor denied".
const APPOSED_CLAIMS = new Set(['allegation', 'accusation', 'claim', 'charge', 'assertion', 'suggestion']);

const FIGURE_FORMS = new Set(['figure', 'figures', 'figured', 'figuring']);

// Object pronouns and the subject pronouns they stand for ("according to him" is what "he" says).
const OBJECT_PRONOUN_SUBJECTS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/** Skips words that can stand between a subject and its verb; returns the verb's index or -1. */
function verbAfter(tokens: Token[], from: number): number {
  for (let i = from, skipped = 0; i < tokens.length && skipped <= 4; i++, skipped++) {
    const t = tokens[i];
    if (isSpeechVerb(t.lower) && !t.cap) {
      if (needsParticle(t.lower) && !particleFits(tokens[i + 1]?.lower ?? '')) return -1;
      return i;
    }
    // ("“…,” Dunmore hit back.")
    if (!t.cap && answersBack(t.lower, tokens[i + 1]?.lower ?? '')) return i;
    if (t.text === ',' || t.punct) return -1;
    if (!(BETWEEN_SUBJECT_AND_VERB.has(t.lower) || (isLyAdverb(t.lower) && !t.cap))) return -1;
  }
  return -1;
}

const MODALS = new Set(['would', 'will', 'could', 'may', 'might', 'should', 'can', 'must', 'shall']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are']);

/** `He was also described as “…”`, `has been called “…”`: the window ends in a passive verb of calling. */
export function passiveCallingAs(tokens: Token[]): boolean {
  const v = asAtEnd(tokens) - 1;
  return v >= 1 && isCallingVerb(tokens[v].lower) && (isPassive(tokens, v) || tokens[v - 1].lower === 'been');
}

function isPassive(tokens: Token[], v: number): boolean {
  const verb = tokens[v].lower;
  if (verb === 'quoted' || !(verb.endsWith('ed') || verb === 'told' || verb === 'written')) return false;
  let k = v - 1;
  while (k >= 0 && k >= v - 3 && !tokens[k].cap && (isLyAdverb(tokens[k].lower) || tokens[k].lower === 'also' || tokens[k].lower === 'later' || tokens[k].lower === 'often')) k--;
  return k >= 0 && BE_FORMS.has(tokens[k].lower);
}

/** Whether the tokens hold a speech verb whose subject is not in them ("…," she said, "and reiterated that…"). */
export function hasOrphanSpeechVerb(tokens: Token[]): boolean {
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v];
    if (v <= 3 && !t.cap && isSpeechVerb(t.lower) && (tokens[v - 1]?.lower === 'and' || tokens[v - 1]?.lower === 'but') && tokens[v + 1]?.lower !== 'to') return true;
  }
  return false;
}
