import { firstNameGender, isGivenName } from '../entities/firstNames';
import { genderFrom, officeInitials } from '../entities/coreference';
import { ORGANISATION_HEADS, isRoleHead } from '../entities/titles';
import { isNameWord, isPossessive, lineBreakBetween, tokenize, TokenBuffer, type NamePhrase, type Token } from '../entities/names';
import { conjoinedPeople, OPENING_SUBORDINATORS, RELATIVE_SUBJECTS, type SpeakerPhrase } from './phraseWords';
import { phraseAt } from './phrases';
import { DOCUMENT_WORDS, isDocument } from './documents';
import { isSpeechVerb } from './speechVerbs';
import type { CaptionLines } from '../text/captions';

// The likeliest antecedent of "he said" / "it said" is the subject of the narrative sentence just before the
// quotation ("Mamadou Dia was on a business trip … ¶ "…," he said."): sentence structure, read in a short
// window, before the document-wide recency of the person index.

const NARRATIVE_REACH = 420;
const SENTENCES_BACK = 3;
const APPOSITIVE_TOKENS = 40;

// Lowercase words after a name that show it is no subject (a preposition, a conjunction, a determiner).
const NOT_A_VERB = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'the', 'a', 'an', 'as', 'into',
  'about', 'after', 'before', 'over', 'under', 'near', 'who', 'which', 'that', 'whose', 'where', 'when', 'while',
  'this', 'his', 'her', 'their', 'its', 'than', 'news', 'lens', 'plus', 'minus', 'versus', 'across', 'us',
]);
// Words after which a name is an object or a complement, not the sentence's subject.
const NOT_BEFORE_SUBJECT = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'into', 'about', 'after', 'before', 'over',
  'under', 'near', 'like', 'than', 'between', 'among', 'against', 'toward', 'towards', 'through', 'without',
]);
const IRREGULAR_FINITE = new Set([
  'was', 'is', 'has', 'had', 'did', 'does', 'went', 'told', 'said', 'took', 'made', 'gave', 'got', 'came', 'saw',
  'knew', 'thought', 'felt', 'began', 'kept', 'left', 'ran', 'spoke', 'wrote', 'became', 'found', 'held', 'led',
  'won', 'lost', 'sat', 'stood', 'met', 'paid', 'sent', 'spent', 'built', 'brought', 'bought', 'heard', 'meant',
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'also', 'then', 'later', 'still', 'never',
  'were', 'are', 'have', 'do', 'struck', 'threw', 'drove', 'flew', 'broke', 'chose', 'fell', 'fought', 'grew',
  'hid', 'rose', 'sang', 'shook', 'shot', 'sold', 'slept', 'stole', 'swore', 'taught', 'tore', 'understood',
  'woke', 'wore', 'withdrew', 'caught', 'dealt', 'drew', 'ate', 'forgave', 'fled', 'froze', 'hung', 'lent',
  'overcame', 'rode', 'rang', 'sought', 'sank', 'stuck', 'swept', 'swam', 'swung', 'undertook', 'upheld',
  'withstood', 'wept', 'arose', 'awoke', 'bore', 'bent', 'blew', 'bound', 'dug', 'forbade', 'foresaw', 'forgot',
  'strove', 'wound', 'oversaw', 'underwent', 'mistook', 'shut', 'quit', 'thrust', 'sped', 'spun', 'split',
]);

/** What the person index tells about a name read in the narrative. */
export interface PersonLookup {
  genderOf(phrase: NamePhrase): 'm' | 'f' | undefined;
  known(name: string): { kind: 'person' | 'organization' | 'anonymous' } | null;
  resolveInitialism(initials: string, at: number): { gender?: 'm' | 'f' } | null;
}

/** What a pronoun may refer to: a person of a gender, any person, a body ("it said") or a group ("they said"). */
export type Wanted = 'm' | 'f' | 'person' | 'body' | 'group';

export function wantedFor(pronoun: string): Wanted | null {
  if (pronoun === 'he') return 'm';
  if (pronoun === 'she') return 'f';
  if (pronoun === 'it') return 'body';
  if (pronoun === 'they') return 'group';
  return null;
}

/**
 * The subject of the last narrative sentences in `from..to` (no quotation inside: callers pass the narrative
 * since the previous quotation) that can be what `wanted` refers to, or null. Sentences on the text's caption lines are skipped.
 */
export function precedingSubject(text: string, from: number, to: number, wanted: Wanted, people: PersonLookup, captions: CaptionLines, buffer = new TokenBuffer(), keepPronoun = false): SpeakerPhrase | null {
  const start = Math.max(from, to - NARRATIVE_REACH);
  if (to - start < 8) return null;
  const tokens = tokenize(text, start, to, buffer);
  let end = tokens.length;
  // a sentence cut by the window's start is read only when it starts the window
  for (let n = 0; n < SENTENCES_BACK && end > 0; n++) {
    let begin = end - 1;
    while (begin > 0 && !isSentenceEnd(tokens[begin - 1]) && !lineBreakBetween(text, tokens[begin - 1], tokens[begin])) begin--;
    if (begin === 0 && start > from) return null;
    // a picture caption between the paragraphs is no narrative: who it shows is not whom "he" means
    const subject = captions.has(tokens[begin].start) ? null : sentenceSubject(text, tokens.slice(begin, end), people, wanted === 'm' || wanted === 'f', wanted !== 'body', keepPronoun);
    if (subject) {
      // ("She cautioned that …. “…,” the professor said": the pronoun, for the caller to resolve)
      if (keepPronoun && subject.kind === 'pronoun' && (subject.name === 'he' || subject.name === 'she')) return subject;
      if (!compatible(subject, wanted, people)) return null;
      // "BC Hydro said": read as a name, it is a body when "it" refers to it
      return wanted === 'body' && subject.kind === 'person' ? { ...subject, kind: 'organization' } : subject;
    }
    end = begin > 0 && isSentenceEnd(tokens[begin - 1]) ? begin - 1 : begin;
  }
  return null;
}

function isSentenceEnd(token: Token): boolean {
  return token.text === '.' || token.text === '!' || token.text === '?';
}

// Heads a text chooses when it withholds who someone is, gender too.
const WITHHELD_GENDER_HEADS = new Set(['person', 'source', 'individual']);

function compatible(subject: SpeakerPhrase, wanted: Wanted, people: PersonLookup): boolean {
  if (subject.kind === 'pronoun') return false;
  // "Economists at Goldman Sachs expect … "…," they wrote": people unnamed, in the plural
  // (or a person the text keeps from gendering, whom a singular "they" means: "One person who worked on the show
  // told this newspaper …. ‘…,’ they said"; "A resident said …. “…,” they said" may be residents at large)
  if (wanted === 'group') return subject.kind === 'anonymous' && (isPluralGroup(subject) || subject.head === 'pair' || (isSomeoneIntroduced(subject) && WITHHELD_GENDER_HEADS.has(subject.head ?? ''))) && !isDocument(subject);
  // ("The council's consultation report … found …. However, it said": a document is an "it" too)
  if (wanted === 'body') return subject.kind === 'organization' || (subject.kind === 'description' && subject.role === null && !isPersonHead(subject)) || looksLikeBody(subject) || isDocument(subject);
  // "A nurse said she …": someone new and unnamed, whom "she" means, not the last person named
  if (subject.kind === 'anonymous') return isSomeoneIntroduced(subject) && !isDocument(subject);
  // "Her mother laughs. "…," she says": a description whose own words tell a gender (mother, husband)
  // ("The union president said …. “…,” he said": a role whose words tell no gender may be anyone's, resolved to its holder)
  if (subject.kind === 'description' && (wanted === 'm' || wanted === 'f')) {
    const gender = genderFrom(undefined, subject.name);
    // (only "the …": "His doctor gave him …" is someone else than the "he" it belongs to, and a headline's
    // "Commuter chaos" is no one)
    return gender === wanted || (gender === undefined && subject.head !== undefined && isRoleHead(subject.head) && /^the\s/i.test(subject.name) && !/['’]/.test(subject.name));
  }
  // ("The PM was also asked …. “…,” she said": an office by its initials, when its holder is of that gender)
  const initials = subject.kind === 'organization' && (wanted === 'm' || wanted === 'f') ? officeInitials(subject.name) : null;
  if (initials) {
    const holder = people.resolveInitialism(initials, subject.start);
    return holder !== null && (!holder.gender || holder.gender === wanted);
  }
  if (subject.kind !== 'person') return false;
  // ("… if CalderLink agreed to a review. ¶ “…,” she said": a one-word name the text knows as a body is no "she")
  if (people.known(subject.name)?.kind === 'organization') return false;
  if (wanted === 'person') return true;
  const gender = people.genderOf(subject);
  return gender === undefined || gender === wanted;
}

/**
 * `Another rider, who …, said she backed them. “They keep …”`: the someone new and unnamed who is the subject of
 * the narrative just before a quotation (`from..to`), or null.
 */
export function introducedSpeakerBefore(text: string, from: number, to: number, people: PersonLookup, captions: CaptionLines, buffer?: TokenBuffer): SpeakerPhrase | null {
  const subject = precedingSubject(text, from, to, 'person', people, captions, buffer);
  return subject && subject.kind === 'anonymous' && isSomeoneIntroduced(subject) && !isDocument(subject) ? subject : null;
}

/** Unnamed people in the plural ("analysts at Barclays", "residents"), not one someone ("a nurse"). */
function isPluralGroup(subject: SpeakerPhrase): boolean {
  const head = subject.kind === 'anonymous' ? subject.head : undefined;
  return !!head && /[^su]s$/.test(head) && !isSomeoneIntroduced(subject);
}

/** An unnamed single person brought in by an indefinite article ("a nurse", "another rider"; "a statement" is no one). */
function isSomeoneIntroduced(subject: SpeakerPhrase): boolean {
  return /^(?:an?|another|one)\s/i.test(subject.name);
}

/**
 * `Another rider, who gave only her first name, said she …`: an indefinite article, up to three words ending
 * in a lowercase noun, a relative clause or up to two asides set off by commas, and a speech verb — someone new speaking, whom no
 * lexicon of role words need know.
 */
function indefiniteSpeaker(text: string, tokens: Token[], i: number): SpeakerPhrase | null {
  if (!INTRODUCING.has(tokens[i].lower)) return null;
  let j = i + 1;
  // ("One victim’s son": a possessive inside the description)
  while (j < tokens.length && j - i <= 4 && !tokens[j].punct && (/^[\p{L}-]+$/u.test(tokens[j].text) || (isPossessive(tokens[j]) && j > i + 1)) && !NOT_A_VERB.has(tokens[j].lower) && !isSpeechVerb(tokens[j].lower)) j++;
  const head = tokens[j - 1];
  if (j === i + 1 || head.cap) return null;
  let verb = j;
  verb = speechVerbPastWho(tokens, verb) ?? verb;
  // ", who gave only her first name, Teresa, said": each aside closed by the comma that opens the next
  if (tokens[verb]?.text === ',') {
    for (let asides = 0; asides < 2 && !isSpeechVerb(tokens[verb + 1]?.lower ?? ''); asides++) {
      let close = verb + 1;
      while (close < tokens.length && close - verb < 26 && !tokens[close].punct) close++;
      if (tokens[close]?.text !== ',') return null;
      verb = close;
    }
    verb++;
  }
  const said = tokens[verb];
  if (!said || said.cap || !isSpeechVerb(said.lower)) return null;
  return { kind: 'anonymous', start: tokens[i].start, end: head.end, name: text.slice(tokens[i].start, head.end), role: null, head: head.lower };
}

const INTRODUCING = new Set(['a', 'an', 'another', 'one']);

/**
 * "A man who lives nearby said", "A waitress who asked not to be named said": past a relative clause at `who`,
 * with its own verb first, the index of the speech verb after it; undefined when none follows within it.
 */
function speechVerbPastWho(tokens: Token[], who: number): number | undefined {
  if (tokens[who]?.lower !== 'who') return undefined;
  let v = who + 2;
  while (v < tokens.length && v - who <= 8 && !tokens[v].punct && !isSpeechVerb(tokens[v].lower)) v++;
  return v < tokens.length && !tokens[v].punct && !tokens[v].cap && isSpeechVerb(tokens[v].lower) ? v : undefined;
}

const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'still', 'meanwhile', 'however']);

/** A name read as a person that no cue makes one ("BC Hydro said"): no known first name, role or honorific. */
function looksLikeBody(subject: SpeakerPhrase): boolean {
  if (subject.kind !== 'person' || subject.role || ('honorific' in subject && subject.honorific)) return false;
  const words = subject.name.split(' ');
  return words.length >= 2 && !isGivenName(words[0]) && words.some((w) => /^[A-Z]{2,}$/.test(w));
}

function isPersonHead(subject: SpeakerPhrase): boolean {
  // (any body's head is no person's: "the university said … it said")
  return subject.kind === 'description' && !!subject.head && !ORGANISATION_HEADS.has(subject.head);
}

/**
 * The subject of one sentence: the first name or description, not after a preposition, that a finite verb
 * follows — directly or after an appositive set off by commas or dashes ("Tareq Hadad, the co-founder …, says").
 */
function sentenceSubject(text: string, tokens: Token[], people: PersonLookup, gendered: boolean, introduced: boolean, keepPronoun = false): SpeakerPhrase | null {
  // `As Covington Catholic reopened …, McConnell blamed …`: an opening subordinate clause holds no main subject
  // (nor an opening prepositional phrase: "In a statement, the university said" — "a statement" is no subject)
  const opener = tokens[0]?.lower ?? '';
  // (nor an opening participle's: "Speaking with our correspondent at the Oja-Tuntun Market, a foodstuff seller, …")
  const participle = OPENING_PARTICIPLES.has(opener);
  const comma = SUBORDINATORS.has(opener) || OPENING_PREPOSITIONS.has(opener) || participle ? tokens.findIndex((t) => t.text === ',') : -1;
  const main = comma > 0 && (SUBORDINATORS.has(opener) || comma <= (participle ? 16 : 12)) ? comma + 1 : 0;
  const inverted = gendered ? invertedSpeaker(text, tokens) : null;
  if (inverted) return inverted;
  if (main === 0) return subjectFrom(text, tokens, 0, tokens.length, people, gendered, introduced, keepPronoun);
  return subjectFrom(text, tokens, main, tokens.length, people, gendered, introduced) ?? (opener === 'for' && gendered ? topicPerson(text, tokens) : null) ?? subjectFrom(text, tokens, 0, main, people, gendered, introduced); // the main clause read once
}

/**
 * `For Aunty Lorraine Walsh, a Traditional Owner, the images were heartbreaking.`: the person an opening "For"
 * names is whom the sentence is about, when its main clause has no subject of its own to offer.
 */
function topicPerson(text: string, tokens: Token[]): SpeakerPhrase | null {
  const read = phraseAt(text, tokens, 1);
  return read && read.phrase.kind === 'person' && read.phrase.name.includes(' ') && tokens[phraseEndIndex(tokens, 1, read.phrase.end)]?.text === ',' ? read.phrase : null;
}

/**
 * `Somehow, the family will find a way, adds Al Basha.`: reported speech closed by an inverted attribution —
 * its speaker, after the speech verb at the sentence's end, is who the sentence is about.
 */
function invertedSpeaker(text: string, tokens: Token[]): SpeakerPhrase | null {
  let last = tokens.length - 1;
  if (last >= 0 && isSentenceEnd(tokens[last])) last--;
  // the speech verb after a comma, within the sentence's last few tokens
  for (let v = last - 1; v >= 1 && last - v <= 5; v--) {
    const verb = tokens[v];
    if (verb.punct || verb.cap || !isSpeechVerb(verb.lower) || tokens[v - 1].text !== ',') continue;
    const read = phraseAt(text, tokens, v + 1);
    if (!read || read.phrase.kind !== 'person' || phraseEndIndex(tokens, v + 1, read.phrase.end) !== last + 1) return null;
    return read.phrase;
  }
  return null;
}

/** The last sentence of a narrative before a quotation: where it starts, and the pronoun opening its main clause. */
export interface LastSentence {
  /** Where it starts, or -1 when it is the tail of the quotation the narrative follows. */
  start: number;
  /** "he" or "she" opening its main clause, with a lowercase word (its verb) after it, or null. */
  pronoun: { lower: string; start: number; end: number } | null;
}

/**
 * The last sentence of `from..to`, which must end right before `to` (`afterQuotation`: `from` is where the quotation
 * before it closed), or null: `When I repeat this to Lachance-Oduya, she rolls her eyes. “…”`, `That explanation did
 * not satisfy Mrs Pryce. “…”`. One tokenization for both readings.
 */
export function lastSentenceBefore(text: string, from: number, to: number, afterQuotation: boolean, buffer = new TokenBuffer()): LastSentence | null {
  const tokens = tokenize(text, from, to, buffer);
  const end = tokens.length - 1;
  const begin = lastSentenceBegin(tokens);
  if (begin < 0) return null;
  let main = begin;
  // (and an opening participle's clause: "Asked about Mr. Kulkarni’s admission, he said")
  if (SUBORDINATORS.has(tokens[begin].lower) || OPENING_PARTICIPLES.has(tokens[begin].lower)) {
    while (main < end && tokens[main].text !== ',') main++;
    main++;
  }
  const pronoun = tokens[main];
  const verb = tokens[main + 1];
  // (a verb of speaking right after the quotation before attributes that one: "‘…,’ she said, her voice breaking.
  // ‘…’" is left to the readers of continued quotations; its own sentence may speak: "He rejected that. “…”")
  const opens = pronoun && (pronoun.lower === 'he' || pronoun.lower === 'she') && verb && main + 1 < end && !verb.punct && !verb.cap && (begin > 0 || !isSpeechVerb(verb.lower));
  // (the token objects are reused: the pronoun is copied out)
  return { start: begin > 0 || !afterQuotation ? tokens[begin].start : -1, pronoun: opens ? { lower: pronoun.lower, start: pronoun.start, end: pronoun.end } : null };
}

/** The index of the first token of the last sentence, which must end the tokens with its full stop; or -1. */
function lastSentenceBegin(tokens: readonly Token[]): number {
  const end = tokens.length - 1;
  if (end < 2 || !isSentenceEnd(tokens[end])) return -1;
  let begin = end - 1;
  while (begin > 0 && !isSentenceEnd(tokens[begin - 1])) begin--;
  return begin;
}

// Participles that open a sentence with a clause set off by a comma before its subject ("Asked about …, he said").
const OPENING_PARTICIPLES = new Set(['asked', 'pressed', 'questioned', 'told', 'challenged', 'speaking', 'responding', 'reacting', 'commenting', 'writing', 'addressing']);

// Prepositions that open a sentence with a phrase set off by a comma before its subject.
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'following', 'despite', 'under', 'for', 'with', 'without', 'outside', 'inside', 'by']);

// Words that open a subordinate clause before the main one ("When asked …, Mulder didn't hesitate"); here also
// "after", "before" and "unless".
const SUBORDINATORS = new Set([...OPENING_SUBORDINATORS, 'after', 'before', 'unless']);

/** The full name set off by commas right after `end` ("…, Musa Danlami, …"), or null. */
function nameSetOffAfter(text: string, tokens: Token[], end: number, to: number): SpeakerPhrase | null {
  const comma = tokens.findIndex((t) => t.start >= end);
  if (comma < 0 || tokens[comma].text !== ',') return null;
  const read = phraseAt(text, tokens, comma + 1);
  if (!read || read.phrase.kind !== 'person' || !read.phrase.name.includes(' ')) return null;
  const after = phraseEndIndex(tokens, comma + 1, read.phrase.end);
  return after < to && tokens[after].text === ',' ? read.phrase : null;
}

/** After `, who …,` at the comma `comma`: the index past the clause's closing comma, or -1 when no such clause. */
function pastRelativeClause(tokens: readonly Token[], comma: number, to: number): number {
  if (!RELATIVE_SUBJECTS.has(tokens[comma + 1]?.lower ?? '')) return -1;
  let close = comma + 2;
  while (close < to && tokens[close].text !== ',' && !tokens[close].punct) close++;
  return tokens[close]?.text === ',' ? close + 1 : -1;
}

function subjectFrom(text: string, tokens: Token[], from: number, to: number, people: PersonLookup, gendered: boolean, introduced: boolean, keepPronoun = false): SpeakerPhrase | null {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // (`A former sales executive, who … with the company, said`: a relative clause set off by commas holds no
    // subject of the sentence's)
    if (t.text === ',' && RELATIVE_SUBJECTS.has(tokens[i + 1]?.lower ?? '')) {
      let close = i + 2;
      while (close < to && tokens[close].text !== ',' && !tokens[close].punct) close++;
      if (tokens[close]?.text === ',') i = close;
      continue;
    }
    // ("But one volunteer firefighter, who …, said": someone introduced after an opening conjunction)
    if (t.punct || !(t.cap || t.lower === 'the' || (i === from + 1 && INTRODUCING.has(t.lower) && OPENING_CONJUNCTIONS.has(tokens[from].lower)))) continue;
    const prior = tokens[i - 1];
    // (a preposition's object is none, nor any word of it after "of" or "the": "The chief of the Asuoso Traditional
    // Area, Nana Adjei Boakye, welcomed" names the chief; after "before" or "as" only its first word, for the name may
    // open a clause: "… before Mrs Justice Amberley intervened")
    const ofThe = (prior?.lower === 'of' && !prior.cap) || (prior?.lower === 'the' && i >= 2 && !tokens[i - 2].punct && !tokens[i - 2].cap && NOT_BEFORE_SUBJECT.has(tokens[i - 2].lower));
    if (ofThe || (prior && !prior.punct && !prior.cap && NOT_BEFORE_SUBJECT.has(prior.lower))) {
      const skipped = ofThe && t.cap ? phraseAt(text, tokens, i) : null;
      if (skipped) i = phraseEndIndex(tokens, i, skipped.phrase.end) - 1;
      continue;
    }
    // "The minister's statement was blunt": the document a possessive gives its owner is the subject
    const owned = ownedDocumentAt(text, tokens, i);
    if (owned) return owned;
    const read = phraseAt(text, tokens, i);
    if (!read && introduced) {
      const someone = indefiniteSpeaker(text, tokens, i);
      // ("A tanker driver, Musa Danlami, who joined the march, said": the name set off after someone introduced)
      if (someone) return nameSetOffAfter(text, tokens, someone.end, to) ?? someone;
    }
    // ("She cautioned that Delacroix would …": the pronoun is the subject, not the name in its clause)
    // (a speech verb of hers, as "the professor said" after it reports hers too; "He wouldn't let her leave" says nothing)
    if (keepPronoun && read?.phrase.kind === 'pronoun' && i === from && (read.phrase.name === 'he' || read.phrase.name === 'she') && isSpeechVerb(tokens[i + 1]?.lower ?? '')) return read.phrase;
    if (!read || read.phrase.kind === 'pronoun' || !(isNameLike(read.phrase, people) || (gendered && (isLoneSurnameSubject(read.phrase, prior, tokens[i + 1]) || isLoneFirstName(read.phrase, tokens, i) || isAgedName(read.phrase, tokens, i))))) {
      // ("One of them described the atmosphere at the Anniversary Towers headquarters": the sentence's subject is
      // someone unnamed, and a name after its verb is none)
      if (i === from && opensWithUnnamedSubject(tokens, from, read?.phrase ?? null)) return null;
      continue;
    }
    const endIndex = phraseEndIndex(tokens, i, read.phrase.end);
    // "The housing association, Northgate Homes, said": the body's name set off after its description
    const named = read.phrase.kind === 'description' && ORGANISATION_HEADS.has(read.phrase.head ?? '') ? namedAfterDescription(text, tokens, endIndex) : null;
    if (named) return named;
    // "students Jonah Pettifer and Elsie Marwood held up a banner. ¶ '…,' they said": two people, together
    if (!gendered && tokens[endIndex]?.lower === 'and') {
      let last = endIndex + 1;
      while (last < to && isNameWord(tokens[last])) last++;
      const pair = last > endIndex + 2 ? conjoinedPeople(text, tokens, read.phrase, last - 1) : null;
      if (pair && finiteVerbFollows(tokens, last)) return pair;
    }
    // "Dr. Kilbride and two colleagues showed …. …, she wrote,": the first of those the sentence is about, for "she"
    // (never the last of a list: "Al Hashish, Al Mnajer and their daughters arrived")
    if (gendered && read.phrase.kind === 'person' && prior?.text !== ',' && tokens[endIndex]?.lower === 'and' && companionsThenVerb(tokens, endIndex + 1)) return read.phrase;
    // "His wife, Anita Sandhu, wept": the name set off after a description closes with its comma, then the verb
    const setOff = read.phrase.start > t.start && tokens[endIndex]?.text === ',' && isFiniteVerb(tokens[endIndex + 1]);
    // ("Dlamini, who made 64 before edging Farrelly to Merriman, was more blunt": past the relative clause to the verb)
    if (read.phrase.kind === 'person' && tokens[endIndex]?.text === ',' && isFiniteVerb(tokens[pastRelativeClause(tokens, endIndex, to)])) return read.phrase;
    if (setOff || finiteVerbFollows(tokens, endIndex) || (read.phrase.kind === 'person' && finiteVerbFollows(tokens, bodyComplementEnd(tokens, endIndex)))) return read.phrase;
    // ("A waitress who asked not to be named said …": someone unnamed brought in with a clause of their own)
    if (read.phrase.kind === 'anonymous' && speechVerbPastWho(tokens, endIndex) !== undefined) return read.phrase;
    i = Math.max(i, endIndex - 1);
  }
  return null;
}

/** `One of them described`, `One of the officials said`: the sentence opens with someone unnamed and their verb. */
function opensWithUnnamedSubject(tokens: Token[], from: number, read: SpeakerPhrase | null): boolean {
  if (read) return read.kind === 'anonymous' && finiteVerbFollows(tokens, phraseEndIndex(tokens, from, read.end));
  if (!GROUP_MEMBER_OPENERS.has(tokens[from].lower) || tokens[from + 1]?.lower !== 'of') return false;
  for (let k = from + 2; k < tokens.length && k - from <= 5 && !tokens[k].punct; k++) if (finiteVerbFollows(tokens, k + 1)) return true;
  return false;
}

const GROUP_MEMBER_OPENERS = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'another', 'none']);

/** `two colleagues showed`, `her team found`: a few lowercase words from `at` and a finite verb after them. */
function companionsThenVerb(tokens: Token[], at: number): boolean {
  for (let i = at; i < tokens.length && i - at < 4; i++) {
    const t = tokens[i];
    if (t.punct || t.cap) return false;
    if (i > at && finiteVerbFollows(tokens, i)) return true;
  }
  return false;
}

/** `The minister's statement was …`: up to four words of an owner from `from`, a possessive, a document word and a finite verb. */
function ownedDocumentAt(text: string, tokens: Token[], from: number): SpeakerPhrase | null {
  let k = from;
  while (k < tokens.length && k - from < 4 && !tokens[k].punct && !isPossessive(tokens[k])) k++;
  const word = tokens[k + 1];
  if (k === from || !isPossessive(tokens[k]) || !word || !DOCUMENT_WORDS.has(word.lower) || !finiteVerbFollows(tokens, k + 2)) return null;
  return { kind: 'description', start: tokens[from].start, end: word.end, name: text.slice(tokens[from].start, word.end), role: null, head: word.lower };
}

/** `, Northgate Homes, said`: the name set off by commas at `comma`, with a finite verb after it, as a body. */
function namedAfterDescription(text: string, tokens: Token[], comma: number): SpeakerPhrase | null {
  if (tokens[comma]?.text !== ',') return null;
  const read = phraseAt(text, tokens, comma + 1);
  if (!read || (read.phrase.kind !== 'person' && read.phrase.kind !== 'organization')) return null;
  const end = phraseEndIndex(tokens, comma + 1, read.phrase.end);
  return tokens[end]?.text === ',' && isFiniteVerb(tokens[end + 1]) ? { ...read.phrase, kind: 'organization' } : null;
}

/**
 * `Gail Munro of Lune and Carrow Fire and Rescue said`: the end of the body a person is "of" (or "at", "with",
 * "from") — capitalised words, with "and", "of", "the" and "&" between them — so the verb after it is the
 * person's, not that of the body's last word. `at` itself when no such complement starts there.
 */
function bodyComplementEnd(tokens: Token[], at: number): number {
  if (!BODY_PREPOSITIONS.has(tokens[at]?.lower ?? '') || !tokens[at + 1]?.cap) return at;
  let k = at + 1;
  while (k < tokens.length && k - at <= 12 && !tokens[k].punct && (tokens[k].cap || BODY_NAME_JOINERS.has(tokens[k].lower))) k++;
  return tokens[k - 1].cap ? k : at;
}

const BODY_PREPOSITIONS = new Set(['of', 'at', 'with', 'from']);
const BODY_NAME_JOINERS = new Set(['and', 'of', 'the', '&', 'for']);

// A generation's suffix after a name: "II", "Jr".
const GENERATION_SUFFIX = /^(?:I{2,3}|IV|Jr\.?|Sr\.?)$/;

/**
 * Whether a phrase is surely someone: a name the index knows, one with a known first name, a role or an
 * honorific, a description, or a body's name of two words or an acronym — never a capitalised sentence opener
 * ("Somehow", "Story continues below").
 */
function isNameLike(phrase: SpeakerPhrase, people: PersonLookup): boolean {
  if (phrase.kind === 'description' || phrase.kind === 'anonymous') return true;
  if (phrase.kind === 'organization') return phrase.name.includes(' ') || /^[A-Z]{2,6}$/.test(phrase.name);
  if (phrase.kind !== 'person') return false;
  if (/^\p{Lu}\p{Ll}+ing\b/u.test(phrase.name)) return false; // "Knowing Bardos …": a participle opening the sentence
  if (phrase.role || phrase.honorific || people.known(phrase.name)) return true;
  const words = phrase.name.split(' ');
  // ("Nana Adjei Boakye II", "Ken Griffey Jr": a generation's suffix is no word of the name to count)
  if (words.length > 2 && GENERATION_SUFFIX.test(words[words.length - 1])) words.pop();
  if (words.length < 2 || words.length > 3) return false;
  if (isGivenName(words[0]) || /^[A-Z]{2,}$/.test(words[0])) return true;
  // a first name no lexicon knows ("Mamadou Dia"): any two or three name words but a demonym or adjective first
  return !words.some((w) => DEMONYM_OR_ADJECTIVE.test(w));
}

/**
 * `When asked …, Mulder didn't hesitate. ¶ "…," he said`: a lone capitalised word no one named in full, as the
 * subject of a clause that does not open the sentence (after a comma or a clause-opening conjunction), is the
 * person "he" or "she" refers to — a sentence's first word may be any opener ("Story continues below"). Its
 * verb must come right after it and be surely one (`, Black porters made`: "porters" is a plural noun).
 */
function isLoneSurnameSubject(phrase: SpeakerPhrase, prior: Token | undefined, next: Token | undefined): boolean {
  if (phrase.kind !== 'person' || phrase.name.includes(' ') || !prior || !isSureFiniteVerb(next)) return false;
  if (!(prior.text === ',' || (!prior.punct && !prior.cap && CLAUSE_OPENERS.has(prior.lower)))) return false;
  return /^\p{Lu}\p{Ll}{2,}$/u.test(phrase.name) && !/(?:ing|ans|ists|ers)$/.test(phrase.name);
}

/** `Alvarez, 29, scored twice`: a lone capitalised name with an age set off after it is someone. */
function isAgedName(phrase: SpeakerPhrase, tokens: Token[], at: number): boolean {
  return phrase.kind === 'person' && !phrase.name.includes(' ') && tokens[at + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[at + 2]?.text ?? '') && tokens[at + 3]?.text === ',';
}

/**
 * `Noor rolls her eyes. ¶ "…," she says`: a lone given name a lexicon knows is someone the text calls by first
 * name (a child, a family member in a feature) when a pronoun of that gender follows it in the sentence — many
 * given names are words too ("Crews met engineer Michael Patel").
 */
function isLoneFirstName(phrase: SpeakerPhrase, tokens: Token[], at: number): boolean {
  if (phrase.kind !== 'person' || phrase.name.includes(' ') || DEMONYM_OR_ADJECTIVE.test(phrase.name)) return false;
  const gender = firstNameGender(phrase.name);
  if (gender === undefined) return false;
  const pronouns = gender === 'f' ? FEMININE : MASCULINE;
  for (let k = at + 1; k < tokens.length && k - at < 25; k++) if (!tokens[k].cap && pronouns.has(tokens[k].lower)) return true;
  return false;
}

const FEMININE = new Set(['she', 'her', 'hers', 'herself']);
const MASCULINE = new Set(['he', 'him', 'his', 'himself']);

// Lowercase words after which a clause, and its subject, begins ("… when Jones recorded", "… and Poulter said").
const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'yet', 'when', 'while', 'as', 'because', 'after', 'before', 'since', 'though', 'although', 'until', 'once', 'whereas', 'then']);

// "British Columbia", "Prominent Canadian", "Syrian refugee": capitalised words that open no person's name.
const DEMONYM_OR_ADJECTIVE = /(?:ian|ean|ish|ese|ive|ous|ern|ful|less|est)$|^(?:New|North|South|East|West|Upper|Lower|Greater|Great|Saint|St\.?|Old|Big|Little|Royal|National|Federal|Central|United|First|Second|Third|Last|Next|Many|Most|Some|Other|Every|All|Such|Our|Your)$/;

function phraseEndIndex(tokens: Token[], from: number, end: number): number {
  let i = from;
  while (i < tokens.length && tokens[i].start < end) i++;
  return i;
}

/** Whether a finite verb comes right after `at`, or right after an appositive (commas or dashes) opening there. */
function finiteVerbFollows(tokens: Token[], at: number): boolean {
  if (isFiniteVerb(tokens[at])) return true;
  // "The document itself is": an intensifying reflexive before the verb
  if (INTENSIFIERS.has(tokens[at]?.lower ?? '')) return isFiniteVerb(tokens[at + 1]);
  // "Economists at Goldman Sachs now expect": after an adverb, any word a verb could be
  if (!tokens[at]?.punct && PRE_VERB_ADVERBS.has(tokens[at]?.lower ?? '')) return couldBeVerb(tokens[at + 1]);
  // "The staff report that accompanies the draft is blunter": past a restrictive relative clause to the verb
  if (RESTRICTIVE_RELATIVES.has(tokens[at]?.lower ?? '')) return verbAfterRelativeClause(tokens, at + 1);
  const opener = tokens[at]?.text;
  if (opener !== ',' && opener !== '—' && opener !== '–') return false;
  for (let i = at + 1; i < tokens.length && i - at < APPOSITIVE_TOKENS; i++) {
    const t = tokens[i];
    if (isSentenceEnd(t) && t.text !== '.') return false;
    if ((t.text === ',' || t.text === '—' || t.text === '–') && isFiniteVerb(tokens[i + 1])) return true;
  }
  return false;
}

const INTENSIFIERS = new Set(['itself', 'himself', 'herself', 'themselves']);
const RESTRICTIVE_RELATIVES = new Set(['that', 'which']);

/** A clause's own finite verb within a few words of `from`, then, a few words on, the sentence's. */
function verbAfterRelativeClause(tokens: Token[], from: number): boolean {
  let own = from;
  while (own < tokens.length && own - from < 3 && !tokens[own].punct && !isFiniteVerb(tokens[own])) own++;
  if (!isFiniteVerb(tokens[own])) return false;
  for (let i = own + 1; i < tokens.length && i - own <= 6; i++) {
    if (tokens[i].punct) return false;
    if (IRREGULAR_FINITE.has(tokens[i].lower) && !tokens[i].cap) return true;
  }
  return false;
}
const PRE_VERB_ADVERBS = new Set(['now', 'already', 'often', 'just', 'again', 'recently', 'previously', 'initially', 'originally', 'repeatedly', 'nearby', 'first', 'earlier', 'publicly', 'privately', 'separately', 'generally', 'largely', 'broadly', 'widely']);

function couldBeVerb(token: Token | undefined): boolean {
  return !!token && !token.punct && !token.cap && /^\p{Ll}+$/u.test(token.text) && !NOT_A_VERB.has(token.lower) && !token.lower.endsWith('ing');
}

/** A finite verb no plural noun can be: an irregular form, a speech verb, a negation, a past tense. */
function isSureFiniteVerb(token: Token | undefined): boolean {
  if (!token || token.punct || token.cap || NOT_A_VERB.has(token.lower)) return false;
  const w = token.lower;
  if (w.endsWith('ing')) return false;
  return IRREGULAR_FINITE.has(w) || isSpeechVerb(w) || w.endsWith("n't") || w.endsWith('n’t') || (w.endsWith('ed') && w.length > 3);
}

function isFiniteVerb(token: Token | undefined): boolean {
  if (!token || token.punct || token.cap) return false;
  const w = token.lower;
  if (NOT_A_VERB.has(w)) return false;
  if (IRREGULAR_FINITE.has(w) || isSpeechVerb(w) || w.endsWith("n't") || w.endsWith('n’t')) return !w.endsWith('ing');
  return (w.endsWith('ed') || (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'))) && w.length > 3;
}
