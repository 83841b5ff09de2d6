import { ANONYMOUS_HEADS, ORGANISATION_HEADS } from '../entities/titles';
import { isNameWord, readNamePhrase, type NamePhrase, type Token } from '../entities/names';
import { isSpeechVerb } from './speechVerbs';
import { DOCUMENT_WORDS, startsAuthorClause } from './documents';
import { ARTICLES, pronounOwner, roleComplementEnd } from './roleOwners';
import { HOW_OR_WHEN, TIED_BY, tiedComplementEnd } from './complements';

// Reads the speaker that follows an inverted speech verb when it is no bare name: `says the affable
// proprietor`, `says Cambridge cartoonist Andre Campbell`, `says Campbell's partner, Jason Louth`, `says one
// of the players`. Descriptions resolve later to whom they refer; here only their extent and head are read.

const DEFINITE = new Set(['the', 'his', 'her', 'their', 'its']);
// ("my two-year-old", "our neighbour": the writer's own, whom the text does not name)
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'my', 'our']);
// Words that end a noun phrase: its complement or a relative clause follows ("founder of X", "who moved").
const PHRASE_ENDERS = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'after', 'before', 'during', 'about', 'and', 'or',
  'but', 'who', 'which', 'that', 'whose', 'where', 'when', 'while', 'because', 'if', 'since', 'than', 'is', 'was',
  'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'recently', 'also', 'matter-of-factly',
  // ("a source close to the minister": what ties a source to someone)
  ...TIED_BY,
]);
const MAX_PHRASE_WORDS = 7;
const POSSESSIVE = new Set(["'s", '’s']);

/**
 * The speaker phrase starting at token `from` after an inverted speech verb, or null when it is a plain name
 * (left to the name reader) or no noun phrase at all.
 */
export function invertedDescriptionAt(text: string, tokens: Token[], from: number): NamePhrase | null {
  let i = from;
  const first = tokens[i];
  if (!first || first.punct) return null;
  let determiner: Token | null = null;
  let possessor = false;
  if (DEFINITE.has(first.lower) || INDEFINITE.has(first.lower)) {
    determiner = first;
    i++;
  } else {
    // `Wise's dad`: a capitalised possessor stands for a determiner
    let k = i;
    while (k < tokens.length && k - i < 3 && isNameWord(tokens[k])) k++;
    if (k > i && POSSESSIVE.has(tokens[k]?.lower ?? '')) {
      possessor = true;
      i = k + 1;
    }
  }
  // `one of the players`: a member of a group, anonymous
  if (determiner?.lower === 'one' && tokens[i]?.lower === 'of') return oneOfGroup(text, tokens, from, i);
  const wordsFrom = i;
  while (i < tokens.length && i - wordsFrom < MAX_PHRASE_WORDS) {
    const t = tokens[i];
    if (t.punct || POSSESSIVE.has(t.lower) || (!t.cap && (PHRASE_ENDERS.has(t.lower) || (isSpeechVerb(t.lower) && !endsDocumentPhrase(tokens, i, wordsFrom)) || (i > wordsFrom && startsAuthorClause(tokens, i))))) break;
    i++;
  }
  if (i === wordsFrom) return null;
  // `the mayor's chief of staff, Tom Willis`: past an owner's possessive, and a role's lowercase complement
  if (POSSESSIVE.has(tokens[i]?.lower ?? '') && determiner && !tokens[i - 1].cap) {
    const possessed = tokens[i + 1];
    if (possessed && !possessed.cap) {
      const ownedFrom = i + 1;
      i = ownedFrom;
      while (i < tokens.length && i - ownedFrom < 3 && !tokens[i].punct && !tokens[i].cap && !PHRASE_ENDERS.has(tokens[i].lower) && !isSpeechVerb(tokens[i].lower)) i++;
      if (i === ownedFrom) i = ownedFrom - 1; // nothing owned after all: the phrase ends at the owner
    }
  }
  i = roleComplementEnd(tokens, i);
  const last = tokens[i - 1];
  // a trailing capitalised run after lowercase words: `Cambridge cartoonist Andre Campbell`
  let runFrom = i;
  while (runFrom > wordsFrom && isNameWord(tokens[runFrom - 1])) runFrom--;
  // `a document titled White Paper`: the run names the work, the words before "titled" describe the speaker
  if (runFrom < i && runFrom - 1 > wordsFrom && WORK_NAMING.has(tokens[runFrom - 1].lower)) return describedWork(text, tokens, from, runFrom - 1, determiner);
  if (runFrom < i && runFrom > wordsFrom && !tokens[runFrom - 1].cap) {
    const named = readNamePhrase(text, tokens, runFrom, i, null);
    if (!named || named.kind !== 'person') return null;
    named.role ??= text.slice(tokens[from].start, tokens[runFrom - 1].end);
    return named;
  }
  if (last.cap || !(determiner || possessor)) return null; // a bare name: the name reader's
  const head = last.lower;
  if (ANONYMOUS_HEADS.has(head) || ORGANISATION_HEADS.has(head)) return null; // read by the anonymous and body readers
  const description = text.slice(tokens[from].start, last.end);
  // `Campbell's partner, Jason Louth`: the description's holder is named right after it
  const appositive = appositiveName(text, tokens, i);
  if (appositive) {
    // ("the foreign minister, Simon Kofe": the role is "foreign minister", as before a name)
    const role = determiner?.lower === 'the' ? text.slice(tokens[from + 1].start, last.end) : description;
    appositive.role ??= role;
    const owner = appositive.role === role ? descriptionOwner(tokens, from, determiner, possessor) : undefined;
    if (owner) appositive.roleOwner = owner;
    return appositive;
  }
  if (possessor) return null; // "Trump's spokesperson" alone is not Trump, and nobody named
  const kind = determiner && INDEFINITE.has(determiner.lower) ? 'anonymous' : 'description';
  // ("said a senior nurse at the district hospital": someone unnamed is who the words after them say)
  const tiedEnd = kind === 'anonymous' ? tiedComplementEnd(tokens, i) : i;
  const end = tiedEnd > i ? tokens[tiedEnd - 1].end : last.end;
  return { start: tokens[from].start, end, name: text.slice(tokens[from].start, end), role: null, kind, head };
}

const DOCUMENT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);

/**
 * `the report said`, `says the winter railroading report.`: a document noun that is also a speech verb ends a
 * noun phrase after a determiner or modifier (`from` is the phrase's first word after it) when a speech verb, a
 * punctuation mark or the end comes next — a noun there, not the verb.
 */
export function endsDocumentPhrase(tokens: Token[], i: number, from: number): boolean {
  if (i < from || i === 0 || !DOCUMENT_WORDS.has(tokens[i].lower)) return false;
  // ("the report was published": right after a determiner, "report" is no verb)
  if (i === from && DOCUMENT_DETERMINERS.has(tokens[i - 1].lower)) return true;
  const next = tokens[i + 1];
  return !next || next.punct || (isSpeechVerb(next.lower) && !next.cap);
}

/** Whose the description is: "her" ("she") or the capitalised possessor ("Hartley's"), to write its role out. */
function descriptionOwner(tokens: Token[], from: number, determiner: Token | null, possessor: boolean): NamePhrase['roleOwner'] {
  if (determiner) return pronounOwner(determiner);
  if (!possessor) return undefined;
  let k = from;
  while (isNameWord(tokens[k + 1]) && !POSSESSIVE.has(tokens[k + 1].lower)) k++;
  return { name: tokens[k].text, start: tokens[k].start, pronoun: false };
}

/** `a document titled …`: the words up to `end` (before "titled"), anonymous after "a", a description after "the". */
function describedWork(text: string, tokens: Token[], from: number, end: number, determiner: Token | null): NamePhrase | null {
  const last = tokens[end - 1];
  if (!determiner || last.cap) return null;
  const kind = INDEFINITE.has(determiner.lower) ? 'anonymous' : 'description';
  return { start: tokens[from].start, end: last.end, name: text.slice(tokens[from].start, last.end), role: null, kind, head: last.lower };
}

// Words before the name of a work ("a report titled", "a book called", "a campaign dubbed"): that name says nothing.
export const WORK_NAMING = new Set(['titled', 'entitled', 'called', 'named', 'dubbed', 'headlined']);

// Lowercase words that may follow the name set off after a description: its holder's affiliation or a relative
// clause ("its lead author, Prof. Joanna Hartley of James Cook University", "…, Tom Reyes, who").
const AFTER_APPOSITIVE_NAME = new Set(['of', 'at', 'from', 'with', 'who', 'whose']);

/** `, Jason Louth.` closing the sentence (or an affiliation) right after a description: the person it describes. */
function appositiveName(text: string, tokens: Token[], comma: number): NamePhrase | null {
  if (tokens[comma]?.text !== ',') return null;
  let end = comma + 1;
  while (end < tokens.length && isNameWord(tokens[end]) && end - comma <= 4) end++;
  if (end === comma + 1 || (end < tokens.length && !tokens[end].punct && !AFTER_APPOSITIVE_NAME.has(tokens[end].text))) return null;
  const named = readNamePhrase(text, tokens, comma + 1, end, null);
  return named && named.kind === 'person' ? named : null;
}

function oneOfGroup(text: string, tokens: Token[], from: number, of: number): NamePhrase | null {
  let end = of + 1;
  while (end < tokens.length && (!tokens[end].punct || tokens[end].lower === "'s" || tokens[end].lower === '’s') && end - of <= 6 && !(isSpeechVerb(tokens[end].lower) && !tokens[end].cap) && !PHRASE_ENDERS.has(tokens[end].lower)) end++;
  if (end <= of + 1) return null;
  const head = tokens[end - 1].lower;
  return { start: tokens[from].start, end: tokens[end - 1].end, name: text.slice(tokens[from].start, tokens[end - 1].end), role: null, kind: 'anonymous', head };
}

// Capitalised nouns that name a member, never a body: "the Kentucky Republican", "the veteran Liberal", "the Briton".
const MEMBER_NOUNS = new Set(['republican', 'democrat', 'liberal', 'conservative', 'tory', 'socialist', 'progressive', 'libertarian', 'independent', 'briton', 'canadian', 'american', 'australian', 'albertan', 'quebecer', 'ontarian', 'texan', 'californian', 'new yorker', 'londoner', 'parisian', 'native']);

/**
 * `the Kentucky Republican said`: "the" and capitalised words ending in a noun for a member of a party or a
 * people describe a person named earlier — a description, not a body called "the Kentucky Republican".
 */
export function asMemberDescription(phrase: NamePhrase): NamePhrase {
  if (phrase.kind !== 'organization' || !/^the /.test(phrase.name) || phrase.role) return phrase;
  const head = phrase.name.slice(phrase.name.lastIndexOf(' ') + 1).toLowerCase();
  return MEMBER_NOUNS.has(head) ? { ...phrase, kind: 'description', head } : phrase;
}

/**
 * The indefinite description "the official" refers back to: the last "a/an … official" in `text` between
 * `from` and `to` (the narrative since the previous quotation), as "a senior Ukrainian official", or null.
 * Up to three words may stand between the article and the head, none of them punctuated.
 */
export function indefiniteAntecedent(text: string, from: number, to: number, head: string): string | null {
  const passage = text.slice(from, to);
  const lower = passage.toLowerCase();
  for (let at = lower.lastIndexOf(head); at > 0; at = lower.lastIndexOf(head, at - 1)) {
    const end = at + head.length;
    if (/[\p{L}\d-]/u.test(lower.charAt(end)) || /[\p{L}\d-]/u.test(lower.charAt(at - 1))) continue;
    // (`after a district judge found …. District Judge Ong Hui Min ruled …. the judge said`: a title a name holds
    // since is nearer than the someone brought in unnamed)
    if (passage.charAt(at) !== lower.charAt(at)) return null;
    const words = /(?:^|[\s(])(an?|one)((?:[ \u00a0]+[\p{L}][\p{L}'’.-]*){0,3})[ \u00a0]+$/iu.exec(passage.slice(Math.max(0, at - 60), at));
    if (words) return `${words[1].toLowerCase()}${words[2]} ${passage.slice(at, end)}${complementAfter(passage, end)}`.replace(/[ \u00a0]+/g, ' ');
  }
  return null;
}

// "A spokesman for the state ambulance service confirmed": the complement saying whose someone is
// ("An engineer in Lumavine's Austin office": where they work; not "in a statement", "in his 40s", nor a place
// alone, "a Western diplomat in Nairobi")
const COMPLEMENT = /^[ \u00a0]+(for|at|with|from|of|in)[ \u00a0]+/;
const NO_COMPLEMENT_END = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The complement after a head ending at `end` (" for the state ambulance service"), up to its verb; or ''. */
function complementAfter(passage: string, end: number): string {
  const opener = COMPLEMENT.exec(passage.slice(end, end + 12));
  if (!opener) return '';
  const words = /^[\p{L}][\p{L}'’.-]*/u;
  let at = end + opener[0].length;
  let last = -1;
  let previous = ''; // the last word read, lowercased
  let previousCapitalised = false;
  for (let n = 0; n < 7; n++) {
    const word = words.exec(passage.slice(at, at + 40))?.[0];
    if (!word) break;
    const lower = word.toLowerCase();
    // (a verb ends it: "confirmed", "said"; after an article a speech verb is a noun, "the state")
    if ((lower.endsWith('ed') && word === lower) || (isSpeechVerb(lower) && word === lower && !ARTICLES.has(previous))) break;
    if (HOW_OR_WHEN.has(lower)) return '';
    last = at + word.length;
    previous = lower;
    previousCapitalised = word !== lower;
    at = last;
    if (passage.charCodeAt(at) !== 32 && passage.charCodeAt(at) !== 160) break;
    at++;
  }
  if (last < 0 || ARTICLES.has(previous) || NO_COMPLEMENT_END.has(previous)) return '';
  if (opener[1] === 'in' && previousCapitalised) return '';
  return passage.slice(end, last);
}
