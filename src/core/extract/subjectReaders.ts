// The readers of a speech verb's subject in the sentence before a quotation: past appositives, asides and
// relative clauses, the clause a participle hangs on, the sentence's opening phrase. attribution.ts asks them
// in turn; each returns the phrase it reads, or null.
import { ANONYMOUS_HEADS, ORGANISATION_HEADS, PERSON_NOUNS, RELATION_HEADS, isRoleHead } from '../entities/titles';
import { isPossessive, type Token } from '../entities/names';
import { DOCUMENT_WORDS } from './documents';
import { ARTICLES } from './roleOwners';
import { isParticiple, isSpeechVerb } from './speechVerbs';
import { OPENING_SUBORDINATORS, PRONOUNS, RELATIVE_SUBJECTS, type SpeakerPhrase } from './phraseWords';
import { phraseAt } from './phrases';
import { phraseBefore } from './phraseBefore';

/**
 * The name or body ending at token `e` that ", which said" refers back to ("referred questions to the department,
 * which said"); null for anything vaguer.
 */
export function relativeAntecedent(text: string, tokens: Token[], e: number): SpeakerPhrase | null {
  let phrase = phraseBefore(text, tokens, e);
  if (!phrase) return null;
  // ("the Shoreline Adaptation Review, commissioned by the Department for Coasts, which concluded": "which" is said
  // of what the participle's clause describes, not of its agent)
  let by = tokens.findIndex((t) => t.start === phrase!.start) - 1;
  if (by >= 0 && ARTICLES.has(tokens[by].lower)) by--;
  const agentOf = by >= 3 && tokens[by].lower === 'by' && /^[a-z]+ed$/.test(tokens[by - 1].text) && tokens[by - 2].text === ',' ? phraseBefore(text, tokens, by - 3) : null;
  if (agentOf && (agentOf.kind === 'organization' || agentOf.kind === 'description')) phrase = agentOf;
  const body = phrase.kind === 'description' && 'head' in phrase && phrase.head !== undefined && ORGANISATION_HEADS.has(phrase.head) && /^the\s/i.test(phrase.name);
  return phrase.kind === 'organization' || phrase.kind === 'person' || body ? phrase : null;
}

/** The person, or someone described, whom "who" right after `e` is said of ("A landlord who told"); or null. */
export function restrictiveAntecedent(text: string, tokens: Token[], e: number): SpeakerPhrase | null {
  const phrase = phraseBefore(text, tokens, e);
  return phrase && (phrase.kind === 'person' || phrase.kind === 'anonymous' || (phrase.kind === 'description' && !!phrase.head && !ORGANISATION_HEADS.has(phrase.head))) ? phrase : null;
}

/**
 * `from Siobhán Gildea, a dairy farmer whose land borders the site, who described`: the person named before the
 * appositive that ends at the comma `comma`, whom "who" after it is said of; or null.
 */
export function personBeforeAppositive(text: string, tokens: Token[], comma: number): SpeakerPhrase | null {
  for (let c = comma - 1; c > 0 && comma - c <= APPOSITIVE_REACH; c--) {
    if (tokens[c].punct && tokens[c].text !== ',') return null;
    if (tokens[c].text !== ',') continue;
    const phrase = phraseBefore(text, tokens, c - 1);
    return phrase?.kind === 'person' ? phrase : null;
  }
  return null;
}

const APPOSITIVE_REACH = 16;

/**
 * `Joe Nienaber, a 1989 graduate and a county commissioner in Kenton County, where the school is, said`: a full
 * name opening the sentence, set off by a comma, is the subject of a verb after a comma however many appositives
 * stand between (no other speech verb among them).
 */
export function appositiveChainSubject(text: string, tokens: Token[], verb: number): SpeakerPhrase | null {
  const read = phraseAt(text, tokens, 0);
  if (!read || read.phrase.kind !== 'person' || !read.phrase.name.includes(' ')) return null;
  let after = 0;
  while (after < tokens.length && tokens[after].start < read.phrase.end) after++;
  if (tokens[after]?.text !== ',' || verb - after > 40) return null;
  for (let i = after + 1; i < verb; i++) if (isSpeechVerb(tokens[i].lower) && !tokens[i].cap) return null;
  return read.phrase;
}

// What follows a past participle opening an aside ("asked about the inquiry"), rather than an object.
const ASIDE_OPENERS = new Set(['in', 'at', 'during', 'after', 'before', 'through', 'via']);

const ASIDE_PREPOSITIONS = new Set(['about', 'on', 'by', 'at', 'in', 'for', 'after', 'over', 'if', 'whether', 'to', 'during']);

/**
 * `The prime minister, speaking in Brussels, said Europe “…”`: a subject opening the sentence and an aside that a
 * participle opens, set off by commas right before the verb at `verb` — the subject speaks, and the name after
 * the verb opens the reported clause instead of being an inverted subject.
 */
export function participleAsideSubject(text: string, tokens: Token[], verb: number): SpeakerPhrase | null {
  let after = 0;
  while (after < verb && !tokens[after].punct) after++;
  const opener = tokens[after + 1];
  if (after === 0 || tokens[after].text !== ',' || !opener || opener.cap || verb - after > 16) return null;
  // ("speaking in Oslo", "asked about the inquiry", "pressed on the timing")
  // (or a preposition: "The defence, in written submissions, states")
  if (!isParticiple(opener.lower) && !(opener.lower.endsWith('ed') && ASIDE_PREPOSITIONS.has(tokens[after + 2]?.lower ?? '')) && !ASIDE_OPENERS.has(opener.lower)) return null;
  for (let i = after + 2; i < verb - 1; i++) if (tokens[i].punct) return null;
  // (the subject is the whole stretch before the aside: "The jury foreman", read back from its comma)
  const subject = phraseBefore(text, tokens, after - 1);
  return subject && subject.kind !== 'pronoun' && subject.start === tokens[0].start ? subject : null;
}

/**
 * The antecedent of a relative clause set off by commas right before the verb at `verb` (`X, who …, said`):
 * what speaks, whatever the clause says or whom it names. A person, a body or an anonymous source only.
 */
export function relativeClauseSubject(text: string, tokens: Token[], verb: number): SpeakerPhrase | null {
  for (let c = verb - 2; c > 0 && verb - c < 40; c--) {
    const t = tokens[c];
    if (t.punct && t.text !== ',') return null;
    // (`One nurse who works in the department, and who spoke …, described`: a second relative clause joined to a
    // first, whose antecedent opens the sentence)
    if (t.text === ',' && tokens[c + 1]?.lower === 'and' && RELATIVE_SUBJECTS.has(tokens[c + 2]?.lower ?? '')) {
      const opening = phraseAt(text, tokens, 0)?.phrase;
      return opening && (opening.kind === 'person' || opening.kind === 'anonymous') && opening.end <= t.start ? opening : null;
    }
    if (t.text !== ',' || !RELATIVE_SUBJECTS.has(tokens[c + 1]?.lower ?? '')) continue;
    const subject = phraseBefore(text, tokens, c - 1);
    // (`Martin Osei, a partner at law firm Harcourt Blake, which advises …, said`: the appositive a name is set off by
    // is who the name is; the name speaks)
    if (subject && subject.kind === 'anonymous') {
      const at = tokens.findIndex((k) => k.start === subject.start);
      const named = at >= 2 && tokens[at - 1].text === ',' ? phraseBefore(text, tokens, at - 2) : null;
      if (named?.kind === 'person' && named.name.includes(' ')) return named;
    }
    return subject && (subject.kind === 'person' || subject.kind === 'organization' || subject.kind === 'anonymous') ? subject : null;
  }
  return null;
}

const OPENING_DETERMINERS = new Set(['the', 'a', 'an', 'one', 'his', 'her', 'their']);

/**
 * `The daughter of a man who died … in St Brendan’s Regional Hospital has said`: when the window opens with
 * "<determiner> <noun> of …" and a "who" clause runs from there to `found`, the opening phrase up to "who" is
 * the subject, whose head is the noun before "of".
 */
export function subjectOfRelative(text: string, tokens: Token[], found: SpeakerPhrase): SpeakerPhrase | null {
  if (tokens.length < 6 || !OPENING_DETERMINERS.has(tokens[0].lower)) return null;
  let of = 1;
  while (of < tokens.length && of <= 4 && !tokens[of].punct && tokens[of].lower !== 'of' && !tokens[of].cap) of++;
  if (of < 2 || tokens[of]?.lower !== 'of') return null;
  // (someone's kin or someone described, unnamed: "The head of the agency said" keeps the agency, an office's
  // holder being anyone nearby)
  const head = tokens[of - 1];
  if (!RELATION_HEADS.has(head.lower) && !PERSON_NOUNS.has(head.lower)) return null;
  // ("The father of a boy said": the object of "of" is no subject)
  if (tokens[of + 1]?.start === found.start) {
    return { kind: 'anonymous', start: tokens[0].start, end: found.end, name: text.slice(tokens[0].start, found.end), role: null, head: head.lower };
  }
  for (let r = of + 2; r < tokens.length && tokens[r].end <= found.start; r++) {
    if (tokens[r].punct && tokens[r].text !== ',' && tokens[r].text !== "'s" && tokens[r].text !== '’s') return null;
    if (tokens[r].lower !== 'who') continue;
    const end = tokens[r - 1].end;
    return { kind: 'anonymous', start: tokens[0].start, end, name: text.slice(tokens[0].start, end), role: null, head: head.lower };
  }
  return null;
}

/**
 * `A sous chef who worked at the restaurant …` before the verb at `v`: "a", "an", "one" or "another", a few
 * lowercase words ending in a person's or a role's noun, then "who" — that someone; or null.
 */
export function someoneWhoOpens(text: string, tokens: Token[], v: number): SpeakerPhrase | null {
  // (past an opening phrase set off by a comma: "In a victim impact statement read to the court, a retired teacher who …")
  let first = 0;
  if (OPENING_PHRASE_WORDS.has(tokens[0]?.lower ?? '')) {
    const comma = tokens.findIndex((t, i) => i < 16 && t.text === ',');
    if (comma > 0) first = comma + 1;
  }
  if (!SOMEONE_DETERMINERS.has(tokens[first]?.lower ?? '')) return null;
  let k = first + 1;
  while (k < v && k - first <= 4 && !tokens[k].punct && !tokens[k].cap && tokens[k].lower !== 'who') k++;
  if (k < first + 2 || k >= v - 1 || tokens[k].lower !== 'who') return null;
  const head = tokens[k - 1];
  if (!(isRoleHead(head.lower) || PERSON_NOUNS.has(head.lower) || ANONYMOUS_HEADS.has(head.lower))) return null;
  for (let i = k + 1; i < v; i++) if (tokens[i].text === '.' || tokens[i].text === ';' || tokens[i].text === ':') return null;
  return { kind: 'anonymous', start: tokens[first].start, end: head.end, name: text.slice(tokens[first].start, head.end), role: null, head: head.lower };
}

const SOMEONE_DETERMINERS = new Set(['a', 'an', 'one', 'another']);

// Words that open a phrase set off before a sentence's subject ("In a statement, …", "After the verdict, …").
const OPENING_PHRASE_WORDS = new Set(['in', 'at', 'on', 'after', 'before', 'outside', 'during', 'speaking', 'writing', 'later', 'earlier']);

/**
 * `A conservation report commissioned by the parish last year found`, `A 2019 audit by the state health
 * department found`: the document the window opens with (and whose it is, after "by"), when the finding verb at
 * `v` is its own — no other speech verb or sentence end between.
 */
export function openingDocument(text: string, tokens: Token[], v: number): SpeakerPhrase | null {
  if (!OPENING_DETERMINERS.has(tokens[0]?.lower ?? '') && tokens[0]?.lower !== 'this') return null;
  let k = 1;
  while (k < v && k <= 4 && !tokens[k].punct && !DOCUMENT_WORDS.has(tokens[k].lower)) k++;
  if (k >= v || !DOCUMENT_WORDS.has(tokens[k].lower)) return null;
  // (a speech verb after an article is a noun: "by the state health department")
  for (let i = k + 1; i < v; i++) if (tokens[i].text === '.' || (isSpeechVerb(tokens[i].lower) && !tokens[i].cap && !isParticiple(tokens[i].lower) && !tokens[i].lower.endsWith('ed') && !ARTICLES.has(tokens[i - 1].lower))) return null;
  let end = k;
  // ("… audit by the state health department": whose the document is)
  if (tokens[k + 1]?.lower === 'by') {
    let e = k + 2;
    while (e < v && e - k <= 7 && !tokens[e].punct && !(tokens[e].lower.endsWith('ed') && !tokens[e].cap) && tokens[e].lower !== 'and') e++;
    if (e > k + 2) end = e - 1;
  }
  const last = tokens[end];
  return { kind: 'anonymous', start: tokens[0].start, end: last.end, name: text.slice(tokens[0].start, last.end), role: null, head: tokens[k].lower };
}

/** `echoed by an ally of Latchford, who argued`: someone described by whose they are, not the one they are of. */
export function relationOf(text: string, tokens: Token[], found: SpeakerPhrase): SpeakerPhrase | null {
  const i = tokens.findIndex((t) => t.start === found.start);
  if (i < 3 || tokens[i - 1].lower !== 'of' || !RELATION_HEADS.has(tokens[i - 2].lower) || !OPENING_DETERMINERS.has(tokens[i - 3].lower)) return null;
  const start = tokens[i - 3].start;
  return { kind: 'anonymous', start, end: found.end, name: text.slice(start, found.end), role: null, head: tokens[i - 2].lower };
}

/** The subject before an aside in dashes or brackets that closes at token `close`, or null. */
export function subjectBeforeAside(text: string, tokens: Token[], close: number): SpeakerPhrase | null {
  const mark = tokens[close]?.text;
  if (mark !== ')' && mark !== '—' && mark !== '–') return null;
  const opener = mark === ')' ? '(' : mark;
  for (let o = close - 1; o >= 1 && close - o <= 30; o--) {
    if (tokens[o].text !== opener) continue;
    return tokens[o - 1].punct ? null : phraseBefore(text, tokens, o - 1);
  }
  return null;
}

// Closed-class words that cannot follow a subject as its verb.
const NOT_A_VERB = new Set(['of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'the', 'a', 'an', 'as', 'into', 'about', 'after', 'before', 'over', 'under', 'near', "'s", '’s', 'who', 'which', 'that',
  // (time words: "referee Paul Ainscough last night" has no verb after the name)
  'last', 'this', 'next', 'yesterday', 'today', 'tonight', 'earlier']);

/**
 * `Judge Ong accepted that Koh had made some restitution, but said …`: a verb joined by "and" or "but" to the
 * sentence's first, whose object is a "that" clause — the sentence's opening subject, not the clause's.
 */
export function openingSubjectPastClause(text: string, tokens: Token[], v: number): SpeakerPhrase | null {
  const opening = openingSubjectAndVerb(text, tokens);
  return opening && tokens[opening.verb + 1]?.lower === 'that' && opening.verb + 2 < v - 1 ? opening.phrase : null;
}

/**
 * `Grant Feaver rejected the suggestion Kōwhai Bay had been forgotten, but acknowledged`: after a comma, a verb
 * joined by "and" or "but" is the main clause's — the sentence's opening subject, whatever clause came between.
 */
export function mainSubjectOpening(text: string, tokens: Token[], v: number): SpeakerPhrase | null {
  const opening = openingSubjectAndVerb(text, tokens);
  return opening && opening.verb < v - 2 ? opening.phrase : null;
}

/** The person or body opening the sentence and the index of the finite verb in -ed or -s right after it, or null. */
function openingSubjectAndVerb(text: string, tokens: Token[]): { phrase: SpeakerPhrase; verb: number } | null {
  const opener = phraseAt(text, tokens, 0);
  if (!opener || (opener.phrase.kind !== 'person' && opener.phrase.kind !== 'organization')) return null;
  const verb = tokens[opener.next];
  return verb && !verb.cap && !verb.punct && /^[a-z]+(?:ed|s)$/.test(verb.text) ? { phrase: opener.phrase, verb: opener.next } : null;
}

/**
 * The subject of the clause a participle hangs on (`John Healey commended Trump, saying`): the nearest name,
 * leftwards, that a verb follows; failing that, the sentence's first noun phrase.
 */
export function clauseSubject(text: string, tokens: Token[], participle: number): SpeakerPhrase | null {
  // `Freeland says Canada has asked China …, calling it "inhumane."`: a sentence opened by its speaker and a
  // speech verb keeps that speaker for the participle, whatever clause came between
  const opener = isParticiple(tokens[participle].lower) ? phraseAt(text, tokens, 0) : null;
  if (opener && (opener.phrase.kind === 'person' || opener.phrase.kind === 'organization')) {
    const verb = tokens[opener.next];
    if (verb && verb.start >= opener.phrase.end && opener.next < participle - 2 && !verb.cap && isSpeechVerb(verb.lower) && !isParticiple(verb.lower)) return opener.phrase;
  }
  for (let i = participle - 2; i >= 0; i--) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (i === 0 && timeOpeningEnd(tokens) > 0) continue; // ("Hours later, …": a time, no subject)
    // a verb is a word ("Range Road 3083 to" has none)
    if (!(t.cap || PRONOUNS.has(t.lower)) || !next || next.punct || next.cap || NOT_A_VERB.has(next.lower) || !/^\p{L}/u.test(next.text)) continue;
    if (isRoleHead(next.lower) && !isSpeechVerb(next.lower)) continue; // "Superior Court of Ontario judge": a role word, no verb
    const subject = phraseBefore(text, tokens, i);
    if (subject && subject.kind !== 'description' && !objectOfPreposition(tokens, subject.start) && !modifierInNounPhrase(tokens, subject) && !modifiesFullName(tokens, i, subject)) return subject;
  }
  return sentenceSubject(text, tokens, participle);
}

/** `Hours later,`, `Minutes before,`: the comma's index after a sentence-opening time (a plural unit and a word of when), or -1. */
function timeOpeningEnd(tokens: readonly Token[]): number {
  return tokens[2]?.text === ',' && TIME_UNITS.has(tokens[0].lower) && TIME_RELATIONS.has(tokens[1].lower) ? 2 : -1;
}

/** The comma's index after what opens a sentence with no subject in it (a lone participle, a time, a participle's clause), or -1. */
function openingClauseEnd(tokens: readonly Token[], before: number): number {
  if (tokens[1]?.text === ',' && LONE_OPENING_PARTICIPLES.has(tokens[0].lower)) return 1;
  const time = timeOpeningEnd(tokens);
  return time >= 0 ? time : participleClauseEnd(tokens, before);
}

/**
 * `Asked whether …,`, `Speaking to reporters on Friday,`: the comma's index after a clause a participle opens
 * the sentence with (a capitalised word in -ed or -ing before a lowercase one), before token `before`; or -1.
 */
function participleClauseEnd(tokens: readonly Token[], before: number): number {
  const first = tokens[0];
  const next = tokens[1];
  if (!first || !next || next.cap || next.punct || !/^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(first.text)) return -1;
  return closingComma(tokens, 0, before);
}

const MAX_OPENING_CLAUSE = 20;

/** `as the two lawyers traded figures,` from token `at`: the comma's index after a clause a subordinator opens, before token `before`; or -1. */
function subordinateClauseEnd(tokens: readonly Token[], at: number, before: number): number {
  if (!OPENING_SUBORDINATORS.has(tokens[at].lower) || tokens[at + 1]?.punct !== false) return -1;
  return closingComma(tokens, at, before);
}

/** The first comma two tokens or more after the clause's first token `at`, with a token after it before `before`; or -1. */
function closingComma(tokens: readonly Token[], at: number, before: number): number {
  for (let c = at + 2; c < before && c - at <= MAX_OPENING_CLAUSE; c++) if (tokens[c].text === ',') return c + 1 < before ? c : -1;
  return -1;
}


const TIME_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments']);

const TIME_RELATIONS = new Set(['later', 'earlier', 'after', 'before', 'ago', 'afterwards']);

// Participles and adverbs that open a sentence alone before its comma: "Reacting,", "Meanwhile,". (A list, not a suffix:
// "Fleming, the mayor, said" opens with a name.)
const LONE_OPENING_PARTICIPLES = new Set(['reacting', 'responding', 'replying', 'commenting', 'speaking', 'confirming', 'continuing', 'concluding', 'separately', 'meanwhile', 'elsewhere']);

// Lowercase words after which a clause, and so its subject, may begin.
const BEFORE_CLAUSE_SUBJECT = new Set(['and', 'but', 'or', 'so', 'yet', 'then', 'that', 'who', 'which', 'when', 'while', 'as', 'because', 'if', 'after', 'before', 'since', 'though', 'although', 'until', 'once', 'where', 'whereas', 'now', 'also']);

/**
 * Whether a lone capitalised word modifies a noun rather than heading a clause: an article or another lowercase
 * word stands right before it (`who attended an all-girls Catholic school`), where a subject follows
 * punctuation, a conjunction or nothing. (A name with a role glued before it, "spokeswoman Hua Chunying", is
 * read whole by phraseBefore and is no modifier.)
 */
function modifierInNounPhrase(tokens: Token[], subject: SpeakerPhrase): boolean {
  // (a lone body's word too, after a word that is no article: "national ID numbers", where "the UN said" speaks)
  const body = subject.kind === 'organization';
  if ((subject.kind !== 'person' && !body) || subject.role || subject.name.includes(' ')) return false;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].start !== subject.start) continue;
    const prior = tokens[i - 1];
    return !prior.punct && !prior.cap && !PRONOUNS.has(prior.lower) && !BEFORE_CLAUSE_SUBJECT.has(prior.lower) && !(body && ARTICLES.has(prior.lower));
  }
  return false;
}

/** The subject of a sentence whose speech verb is a participle (`Trump stated his commitment…, saying, "`). */
export function sentenceSubject(text: string, tokens: Token[], before: number): SpeakerPhrase | null {
  for (let i = 0, read = 0; i < before && read < 6; i++, read++) {
    // `In a statement read to the court, X said`: an opening prepositional phrase up to its comma holds no subject
    // (and an opening participle: "Reacting, the Presidency appealed …, saying"; or a time: "Hours later, …")
    // (or a participle's clause: "Asked whether she still had confidence in staff, Cr Harrower was emphatic:")
    // (and at any clause start, a subordinate clause: "At one point, as the two lawyers traded figures, the judge
    // put it bluntly:")
    const opening = read === 0 && i === 0 ? openingClauseEnd(tokens, before) : -1;
    const subordinate = opening < 0 && read === 0 ? subordinateClauseEnd(tokens, i, before) : -1;
    if (subordinate > 0) {
      i = subordinate;
      read = -1;
      continue;
    }
    if (opening > 0) {
      i = opening;
      read = -1;
      continue;
    }
    if (SUBJECTLESS_PREPOSITIONS.has(tokens[i].lower) && read === 0) {
      let comma = i + 1;
      while (comma < before && comma - i < 12 && !tokens[comma].punct) comma++;
      if (tokens[comma]?.text === ',' && comma < before) {
        i = comma;
        read = -1;
        continue;
      }
    }
    // `on Twitter, writing "…"`: what follows a preposition is its object, never the subject
    if (i > 0 && SUBJECTLESS_PREPOSITIONS.has(tokens[i - 1].lower)) continue;
    const subject = phraseAt(text, tokens, i);
    if (subject && !modifiesFullName(tokens, i, subject.phrase)) return subject.phrase;
  }
  return null;
}

/**
 * Whether a lone capitalised word at token `at` modifies a noun before a full name rather than naming someone:
 * `Chip maker boss Dana Whitfield defended` (up to three lowercase words, none a preposition or a verb in -ed).
 */
function modifiesFullName(tokens: Token[], at: number, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'person' || phrase.role || phrase.name.includes(' ')) return false;
  let k = at + 1;
  for (; k < tokens.length && k - at <= 3; k++) {
    const t = tokens[k];
    if (t.cap || t.punct) break;
    if (NOT_A_VERB.has(t.lower) || isSpeechVerb(t.lower) || t.lower.endsWith('ed')) return false;
  }
  return k > at + 1 && tokens[k]?.cap === true && tokens[k + 1]?.cap === true && !tokens[k + 1].punct;
}

// Prepositions whose object is never the subject of the clause ("changes from Range Road", "on Twitter").
const SUBJECTLESS_PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'into', 'onto', 'via', 'about', 'over', 'under', 'near', 'across', 'through', 'toward', 'towards', 'against', 'between', 'among']);

/** Whether the phrase at `start` follows "to", past an article: "written to the League". */
export function objectOfTo(tokens: Token[], start: number): boolean {
  let at = tokens.findIndex((t) => t.start === start) - 1;
  if (at >= 0 && ARTICLES.has(tokens[at].lower)) at--;
  return at >= 0 && tokens[at].lower === 'to';
}

/** Whether the phrase starting at `start` follows a preposition (is its object). */
export function objectOfPreposition(tokens: Token[], start: number): boolean {
  for (let i = tokens.length - 1; i > 0; i--) {
    if (tokens[i].start !== start) continue;
    // ("construction of the Kestrel River gas pipeline": past the article the name was read without)
    const before = i >= 2 && ARTICLES_BEFORE_NAME.has(tokens[i - 1].lower) ? i - 2 : i - 1;
    return SUBJECTLESS_PREPOSITIONS.has(tokens[before].lower);
  }
  return false;
}

const ARTICLES_BEFORE_NAME = new Set(['the']);

// Where someone posts in their own name: "the club's official account posted".
const ACCOUNT_WORDS = new Set(['account', 'page', 'feed', 'channel', 'handle', 'profile']);

/**
 * `Kilbrack GAA’s official account posted:`, `the club's Instagram page shared`: whose account it is, before the
 * writing verb at `v` (a possessive, then up to two words such as "official" or a platform's name); or null.
 */
export function accountOwner(text: string, tokens: Token[], v: number): SpeakerPhrase | null {
  const account = v - 1;
  if (account < 2 || tokens[account].cap || !ACCOUNT_WORDS.has(tokens[account].lower)) return null;
  let p = account - 1;
  while (p > 0 && account - p <= 3 && !isPossessive(tokens[p]) && !tokens[p].punct) p--;
  if (p < 1 || !isPossessive(tokens[p])) return null;
  const owner = phraseBefore(text, tokens, p - 1);
  return owner && owner.kind !== 'pronoun' && owner.kind !== 'anonymous' ? owner : null;
}
