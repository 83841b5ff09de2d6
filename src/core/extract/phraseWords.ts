import { ORGANISATION_HEADS, isHonorific, isRoleHead } from '../entities/titles';
import { isNameWord, isPartyPrefix, isRoleWord, MEMBER_PREPOSITIONS, readNamePhrase, type NamePhrase, type Token } from '../entities/names';
import { DOCUMENT_WORDS } from './documents';
import { roleComplementEnd } from './roleOwners';

// What the forward and backward phrase readers share: the speaker phrase's type, the function words that bound
// a phrase, and small readers of party tags, complements and possessive owners.

/** A speaker as the text names them near a quotation, before coreference: a name, a pronoun or a description. */
export type SpeakerPhrase = NamePhrase | { kind: 'pronoun'; start: number; end: number; name: string; role: null };

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'another', 'other', 'senior', 'both', 'his', 'her', 'their', 'its']);

// Words that may stand between a subject and its speech verb: "she later said", "Healey has repeatedly warned".
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'once', 'again', 'would', 'will', 'could', 'may', 'might', 'did',
  'does', 'do', 'previously', 'earlier', 'recently', 'further', 'simply', 'just', 'first', 'still', 'even', 'often',
  'was', 'were', 'is', 'are', 'had', 'already', 'never', 'always', 'reportedly', 'publicly', 'privately', 'since',
  'only', 'both', 'all', 'in', 'an', 'interview', 'statement', 'the', 'a', 'not', 'himself', 'herself', 'themselves', 'itself',
  'nonetheless', 'nevertheless', 'instead', 'too', 'subsequently', 'meanwhile', 'however', 'though', 'therefore', 'thus', 'likewise',
]);

// Nouns and adjectives that end like adverbs: "The family said" has no adverb before its verb.
const LY_NOT_ADVERBS = new Set(['family', 'ally', 'allies', 'rally', 'assembly', 'supply', 'reply', 'daily', 'weekly', 'monthly', 'quarterly', 'fly', 'belly', 'bully', 'lily', 'jelly', 'anomaly', 'monopoly', 'italy']);

/** Whether a lowercase word ending in -ly is an adverb ("repeatedly", "later"), not "family" or "ally". */
export function isLyAdverb(word: string): boolean {
  return word.endsWith('ly') && !LY_NOT_ADVERBS.has(word);
}

// The nouns of "in a statement", "in an interview" between a subject and its verb.
export const IN_WHAT = new Set(['statement', 'interview']);

// What may follow an anonymous head: "people familiar with the matter", "a spokesperson for the camp".
export const ANONYMOUS_EXTENSIONS = new Set(['familiar', 'close', 'with', 'who', 'briefed', 'knowledgeable', 'aware', 'at', 'for', 'in', 'from', 'of']);

export const RELATIVE_SUBJECTS = new Set(['which', 'who']);

/** Where the role ending in a lowercase complement at token `j` ends ("chief" of "chief of staff"), or -1. */
export function roleBeforeComplement(tokens: Token[], j: number): number {
  for (let of = j - 1; of >= 1 && j - of <= 2; of--) if (tokens[of].lower === 'of') return roleComplementEnd(tokens, of) === j + 1 ? of - 1 : -1;
  return -1;
}

export const DEFINITE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its']);

export const POSSESSIVE_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);

// Words that open a relative clause or a description set off after a name ("…, which …,", "…, the office of …,").
const SET_OFF_OPENERS = new Set(['which', 'whose', 'who', 'the', 'a', 'an']);

/** Whether a comma and a body's lowercase head ("operator") stand right before the phrase starting at `start`. */
export function setOffAfterBodyWord(tokens: Token[], start: number): boolean {
  const at = tokens.findIndex((t) => t.start >= start);
  return at >= 2 && tokens[at - 1].text === ',' && !tokens[at - 2].cap && mayNameBody(tokens[at - 2].lower);
}

/** Whether a description with this head may be a body's: a body's noun, or a role bodies hold as often as people. */
export function mayNameBody(head: string): boolean {
  return ORGANISATION_HEADS.has(head) || HELD_BY_BODIES.has(head);
}

// Roles a body holds as often as a person: "The buildings' owner, Calder Kestrel Properties, said".
const HELD_BY_BODIES = new Set(['owner', 'owners', 'landlord', 'employer', 'contractor', 'builder', 'supplier', 'sponsor', 'organiser', 'organizer', 'promoter', 'buyer', 'seller', 'distributor', 'manager', 'insurer', 'lender', 'creditor', 'investor', 'shareholder', 'parent', 'partner', 'client', 'tenant', 'licensee', 'franchisee', 'franchisor', 'leaseholder', 'freeholder', 'vendor', 'purchaser', 'bidder', 'applicant', 'appellant', 'respondent', 'plaintiff', 'defendant', 'claimant']);

/** Whether a comma and a relative pronoun or an article follow the phrase ending at `end`. */
export function setOffAfter(tokens: Token[], end: number): boolean {
  const comma = tokens.findIndex((t) => t.start >= end);
  return comma >= 0 && tokens[comma].text === ',' && SET_OFF_OPENERS.has(tokens[comma + 1]?.lower ?? '');
}

/**
 * `The Marble House, the office of President Aurel Stoyan, said`: the name inside the set-off words after a
 * preposition is its complement ("the office of …"), not who the set-off words describe.
 */
export function complementBefore(tokens: Token[], comma: number, nameStart: number): boolean {
  // ("The jury, chaired by Colm Arkwright, praised": an agent after "by" is no more who the words describe)
  // ("Janet Okoro, who lives on Tanner Street, said": nor is a name inside a relative clause)
  for (let k = comma + 1; k < tokens.length && tokens[k].start < nameStart; k++) if (MEMBER_PREPOSITIONS.has(tokens[k].lower) || tokens[k].lower === 'by' || RELATIVE_SUBJECTS.has(tokens[k].lower)) return true;
  return false;
}

// Words that open a subordinate clause before the main one, which holds the sentence's subject: "As the lawyers
// traded figures, the judge …".
export const OPENING_SUBORDINATORS = new Set(['as', 'when', 'while', 'whilst', 'although', 'though', 'because', 'since', 'once', 'if', 'until', 'whereas']);

// Closed-class words that cannot stand between a determiner and its head noun ("the days after his official").
export const NOT_IN_NOUN_PHRASE = new Set(['after', 'before', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'and', 'or', 'but', 'that', 'which', 'who', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'as', 'than', 'when', 'while', 'if', 'because', 'since', 'until']);

// Prepositions that join a role to its field ("Minister of Innovation", "Minister for Women"); "by X" is an agent.
const ROLE_PREPOSITIONS = new Set(['of', 'for']);

/** Whether the token right before the one starting at `start` joins a role to its field (`Minister of Innovation`). */
/** Whether a phrase is an office read with its complement ("Minister of Innovation"): a role, not who it belongs to. */
export function officeWithComplement(phrase: SpeakerPhrase): boolean {
  return phrase.kind === 'description' && /\s(?:of|for|to)\s\p{Lu}/u.test(phrase.name);
}

export function startsAfterPreposition(tokens: Token[], start: number): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].start === start) return ROLE_PREPOSITIONS.has(tokens[i - 1].text);
  return false;
}

/**
 * Where a US party-and-state tag starting at token `i` ends ("D-N.Y.", "R-Ky.", "I-Vt.", "R-Texas": tokens
 * D-N . Y .), or `i` when there is none.
 */
export function partyTagEnd(tokens: Token[], i: number): number {
  if (!isPartyPrefix(tokens[i]?.text ?? '') || !/^[DRI]-[A-Z][A-Za-z]*$/.test(tokens[i].text)) return i;
  let k = i + 1;
  while (k + 1 < tokens.length && tokens[k].text === '.' && /^[A-Z][a-z]?$/.test(tokens[k + 1].text)) k += 2;
  if (tokens[k]?.text === '.') k++;
  return k;
}

/** The start of the party-and-state tag ending at token `end` (inclusive), or -1. */
export function partyTagStart(tokens: Token[], end: number): number {
  for (let i = end; i >= 0 && end - i < 6; i--) if (isPartyPrefix(tokens[i].text)) return partyTagEnd(tokens, i) === end + 1 ? i : -1;
  return -1;
}


/**
 * `Ray and Sheila Pettigrew said`, `Tore Sohlberg and Lehla Abreder said`: two people joined by "and" before the
 * verb speak together, as one speaker named as written (the name reader stopped at the first of them).
 */
export function conjoinedPeople(text: string, tokens: Token[], first: SpeakerPhrase, j: number): SpeakerPhrase | null {
  // (most names end where the read did: no "and" to look for)
  if (first.kind !== 'person' || first.role || first.end >= tokens[j].end) return null;
  const and = tokens.findIndex((t) => t.start >= first.end);
  if (and < 0 || and >= j || tokens[and].lower !== 'and') return null;
  const second = readNamePhrase(text, tokens, and + 1, j + 1, null);
  if (!second || second.kind !== 'person' || second.end !== tokens[j].end || !second.name.includes(' ')) return null;
  return { start: first.start, end: second.end, name: text.slice(first.start, second.end), role: null, kind: 'anonymous', head: 'pair' };
}

export const INDEFINITE_DETERMINERS = new Set(['a', 'an', 'one', 'another']);

/** A description with its owner's name put before it ("Sir Keir Starmer’s spokesman"). */
export function ownedBy(text: string, phrase: SpeakerPhrase, start: number): SpeakerPhrase {
  return { ...phrase, start, name: text.slice(start, phrase.end) };
}

/**
 * Where the owner ending at token `k` before a possessive starts: a name ("Justin Trudeau", "Sir Keir
 * Starmer", "the Liberal Party") or a role after a determiner ("the prime minister"); -1 when neither.
 */
export function possessiveOwnerStart(tokens: Token[], k: number): number {
  if (tokens[k].punct) return -1;
  if (tokens[k].cap) {
    if (!isNameWord(tokens[k])) return -1;
    let s = k;
    while (s > 0 && k - s < 5 && !tokens[s - 1].punct && tokens[s - 1].cap && (isNameWord(tokens[s - 1]) || isHonorific(tokens[s - 1].lower))) s--;
    return s > 0 && tokens[s - 1].lower === 'the' ? s - 1 : s;
  }
  // "the prime minister", "the Toronto hospital": role words, or a body's lowercase head and its modifiers
  const body = ORGANISATION_HEADS.has(tokens[k].lower) || DOCUMENT_WORDS.has(tokens[k].lower); // "the study's authors"
  let s = k;
  while (s >= 0 && k - s < 4 && !tokens[s].punct && !DEFINITE_DETERMINERS.has(tokens[s].lower) && (isRoleWord(tokens[s]) || (s === k && body) || (s < k && body && isNameWord(tokens[s])))) s--;
  return s >= 0 && s < k && DEFINITE_DETERMINERS.has(tokens[s].lower) ? s : -1;
}

// Chambers an office is "of the": "Leader of the Opposition", "Speaker of the House", "Clerk of the Dáil".
const CHAMBERS = new Set(['opposition', 'house', 'senate', 'assembly', 'commons', 'lords', 'dáil', 'dail', 'council', 'parliament']);

/**
 * `Leader of the Opposition Meenakshi Kulkarni`: a role head at `i`, "of the" and a chamber, then a name — the person
 * with that office as their role, and the index after the name; or null.
 */
export function officeOfChamber(text: string, tokens: Token[], i: number): { phrase: NamePhrase; end: number } | null {
  const head = tokens[i];
  if (!head?.cap || !isRoleHead(head.lower) || tokens[i + 1]?.lower !== 'of' || tokens[i + 2]?.lower !== 'the') return null;
  const chamber = tokens[i + 3];
  if (!chamber?.cap || !CHAMBERS.has(chamber.lower) || !tokens[i + 4] || !isNameWord(tokens[i + 4])) return null;
  let end = i + 4;
  while (end < tokens.length && end - i < 8 && isNameWord(tokens[end])) end++;
  const name = readNamePhrase(text, tokens, i + 4, end, null);
  if (!name || name.kind !== 'person') return null;
  return { phrase: { ...name, role: text.slice(head.start, chamber.end) }, end };
}
