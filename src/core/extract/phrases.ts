import { TIED_BY, TIED_TO, tiedComplementEnd, tiedSomeoneBefore } from './complements';
import { ANONYMOUS_HEADS, ORGANISATION_HEADS, PERSON_NOUNS, UNNAMED_PERSON_HEADS, isHonorific, isRoleHead } from '../entities/titles';
import { appositiveRole, continuesName, isNameParticle, isNameWord, isPossessive, isRoleWord, MEMBER_PREPOSITIONS, possessiveInBodyName, readNamePhrase, type NamePhrase, type Token } from '../entities/names';
import { asMemberDescription, endsDocumentPhrase, WORK_NAMING } from './descriptions';
import { DOCUMENT_WORDS } from './documents';
import { ARTICLES, descriptionBefore, roleComplementEnd } from './roleOwners';
import { isSpeechVerb } from './speechVerbs';

// The noun-phrase readers of attribution: whom a window of tokens names at a speech verb, read forwards from a
// token (phraseAt: "said the minister, Jane Doe,") or back from one (phraseBefore: "Tuvalu's foreign minister
// Simon Kofe said"). attribution.ts finds the verbs and the frames; these say who stands in them.

/** A speaker as the text names them near a quotation, before coreference: a name, a pronoun or a description. */
export type SpeakerPhrase = NamePhrase | { kind: 'pronoun'; start: number; end: number; name: string; role: null };

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'another', 'other', 'senior', 'both', 'his', 'her', 'their', 'its']);
// Words that may stand between a subject and its speech verb: "she later said", "Healey has repeatedly warned".
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'once', 'again', 'would', 'will', 'could', 'may', 'might', 'did',
  'does', 'do', 'previously', 'earlier', 'recently', 'further', 'simply', 'just', 'first', 'still', 'even', 'often',
  'was', 'were', 'is', 'are', 'had', 'already', 'never', 'always', 'reportedly', 'publicly', 'privately', 'since',
  'only', 'both', 'all', 'in', 'an', 'interview', 'statement', 'the', 'a', 'not', 'himself', 'herself', 'themselves', 'itself',
  'nonetheless', 'nevertheless', 'instead', 'too', 'subsequently', 'meanwhile',
]);
// Nouns and adjectives that end like adverbs: "The family said" has no adverb before its verb.
const LY_NOT_ADVERBS = new Set(['family', 'ally', 'allies', 'rally', 'assembly', 'supply', 'reply', 'daily', 'weekly', 'monthly', 'quarterly', 'fly', 'belly', 'bully', 'lily', 'jelly', 'anomaly', 'monopoly', 'italy']);

/** Whether a lowercase word ending in -ly is an adverb ("repeatedly", "later"), not "family" or "ally". */
export function isLyAdverb(word: string): boolean {
  return word.endsWith('ly') && !LY_NOT_ADVERBS.has(word);
}

// The nouns of "in a statement", "in an interview" between a subject and its verb.
const IN_WHAT = new Set(['statement', 'interview']);
// What may follow an anonymous head: "people familiar with the matter", "a spokesperson for the camp".
const ANONYMOUS_EXTENSIONS = new Set(['familiar', 'close', 'with', 'who', 'briefed', 'knowledgeable', 'at', 'for', 'in', 'from', 'of']);

export const RELATIVE_SUBJECTS = new Set(['which', 'who']);

/**
 * A noun phrase starting at `i`, read forwards: a pronoun, a role and name, an organisation, a description (or
 * the person an appositive after it names: "Tuvalu's foreign minister, Simon Kofe,").
 */
export function phraseAt(text: string, tokens: Token[], i: number): { phrase: SpeakerPhrase; next: number } | null {
  let read = phraseReadOn(text, tokens, i);
  if (!read || (read.phrase.kind !== 'description' && read.phrase.kind !== 'anonymous')) return read;
  let comma = i;
  while (comma < tokens.length && tokens[comma].start < read.phrase.end) comma++;
  // "the mayor's chief of staff": a role's lowercase complement is part of the description
  const complementEnd = roleComplementEnd(tokens, comma);
  if (complementEnd > comma) {
    const end = tokens[complementEnd - 1].end;
    read = { phrase: { ...read.phrase, end, name: text.slice(read.phrase.start, end) }, next: skipAppositive(tokens, complementEnd) };
    comma = complementEnd;
  }
  // ("The province's health minister, Luc Bernier,": a body's possessive before the role read first)
  if (read.phrase.kind === 'description' && isPossessive(tokens[comma])) {
    let k = comma + 1;
    while (k < tokens.length && k - comma <= 4 && !tokens[k].punct && !tokens[k].cap && /^\p{Ll}+$/u.test(tokens[k].text)) k++;
    if (k > comma + 1 && tokens[k]?.text === ',' && isRoleHead(tokens[k - 1].lower)) comma = k;
  }
  // `Tuvalu's foreign minister, Simon Kofe, was blunt:`: the name set off after the role is who it is
  if (tokens[comma]?.text !== ',') return read;
  const named = phraseReadOn(text, tokens, comma + 1);
  if (!named || named.phrase.kind !== 'person' || named.phrase.role) return read;
  let after = comma + 1;
  while (after < tokens.length && tokens[after].start < named.phrase.end) after++;
  // (the window may end at the name: its sentence's full stop is outside it)
  if (after < tokens.length && tokens[after].text !== ',' && !(tokens[after].punct && after === tokens.length - 1)) return read;
  const from = DETERMINERS.has(tokens[i].lower) ? i + 1 : i;
  const role = from < comma ? text.slice(tokens[from].start, tokens[comma - 1].end) : null;
  const roleOwner = descriptionBefore(text, tokens, comma)?.owner ?? undefined;
  // (the comma closing the name is the name's: `his widow, Margaret, said`)
  const next = skipAppositive(tokens, after);
  return { phrase: { ...named.phrase, role, ...(roleOwner && { roleOwner }) }, next: next === after && tokens[after]?.text === ',' ? after + 1 : next };
}

/** Where the role ending in a lowercase complement at token `j` ends ("chief" of "chief of staff"), or -1. */
function roleBeforeComplement(tokens: Token[], j: number): number {
  for (let of = j - 1; of >= 1 && j - of <= 2; of--) if (tokens[of].lower === 'of') return roleComplementEnd(tokens, of) === j + 1 ? of - 1 : -1;
  return -1;
}

/** phraseAt without looking for a name set off after a description. */
function phraseReadOn(text: string, tokens: Token[], i: number): { phrase: SpeakerPhrase; next: number } | null {
  const read = phraseReadOnOwned(text, tokens, i);
  if (!read || read.phrase.kind !== 'description' || read.phrase.start <= tokens[i].start) return read;
  // "Sir Keir Starmer’s spokesman": a role its owner's possessive describes is someone of theirs, never the owner
  const possessive = tokens.findIndex((t) => t.end === read.phrase.start || (t.end < read.phrase.start && text.slice(t.end, read.phrase.start).trim() === ''));
  // ("the prime minister’s office": a role after a determiner owns it as well as a name does)
  if (possessive <= i || !isPossessive(tokens[possessive]) || (!tokens[possessive - 1].cap && possessiveOwnerStart(tokens, possessive - 1) !== i)) return read;
  return { phrase: ownedBy(text, read.phrase, tokens[i].start), next: read.next };
}

function phraseReadOnOwned(text: string, tokens: Token[], i: number): { phrase: SpeakerPhrase; next: number } | null {
  const t = tokens[i];
  if (!t || t.punct) return null;
  if (PRONOUNS.has(t.lower)) return { phrase: { kind: 'pronoun', start: t.start, end: t.end, name: t.lower, role: null }, next: skipAppositive(tokens, i + 1) };
  let from = i;
  let determiner: Token | null = null;
  if (DETERMINERS.has(t.lower)) {
    determiner = t;
    from = i + 1;
  }
  let j = from;
  while (j < tokens.length && j - from < 9) {
    const w = tokens[j];
    if (w.punct) break;
    if ((w.lower === "'s" || w.lower === '’s') && j > from && possessiveInBodyName(tokens, j, Math.min(tokens.length - 1, j + 6))) {
      j++; // "the Children's Aid Society": the possessor is part of the body's name
      continue;
    }
    if ((w.lower === "'s" || w.lower === '’s') && j > from) {
      // "Trudeau’s office said", "the Liberal Party’s campaign said": a body its owner's possessive names
      const owned = ownedBodyAfter(text, tokens, i, j);
      if (owned) return owned;
      // "Vancouver's Bo Horvat": the possessor is context, the name follows; "Trump's spokesperson": not Trump
      if (tokens[j + 1] && (isNameWord(tokens[j + 1]) || isRoleWord(tokens[j + 1]))) {
        from = j + 1;
        determiner = null;
        j++;
        continue;
      }
      // ("An MP on the party’s right": the phrase ends before the lowercase words that led to the possessive)
      const connector = tokens.findIndex((t, k) => k > from && k < j && !t.cap);
      if (connector < 0) return null;
      j = connector;
      break;
    }
    if ((j > from ? continuesName(tokens[j - 1], w) : isNameWord(w)) || isRoleWord(w) || (isNameParticle(w) && tokens[j + 1]?.cap) || (/^\d+$/.test(w.text) && j > from && tokens[j + 1] && (tokens[j + 1].cap || isRoleWord(tokens[j + 1])))) {
      if (!w.cap && isSpeechVerb(w.lower)) break;
      j++;
      continue;
    }
    break;
  }
  // "according to a Michigan school’s latest list": a possessed lowercase noun ends the phrase, and its owner speaks
  const possessed = tokens[j + 1];
  if (determiner && j > from && tokens[from].cap && tokens[j] && !tokens[j].cap && /^\p{Ll}+$/u.test(tokens[j].text) && possessed && isPossessive(possessed) && !(tokens[j + 2] && isRoleWord(tokens[j + 2]))) {
    const kind = INDEFINITE_DETERMINERS.has(determiner.lower) ? 'anonymous' : 'description';
    return { phrase: { start: determiner.start, end: tokens[j].end, name: text.slice(determiner.start, tokens[j].end), role: null, kind, head: tokens[j].lower }, next: j + 2 };
  }
  // "the Russian foreign ministry said": the run ends in a body's lowercase head, which readNamePhrase reads whole
  if (determiner?.lower === 'the' && j - 1 > from && tokens[from].cap && !tokens[j - 1].cap && ORGANISATION_HEADS.has(tokens[j - 1].lower)) {
    const body = readNamePhrase(text, tokens, from, j, determiner);
    if (body?.kind === 'organization') return { phrase: body, next: skipAppositive(tokens, j) };
  }
  // strip trailing lowercase modifiers and possessives: "the people" handled below
  while (j > from && !tokens[j - 1].cap && !isRoleHead(tokens[j - 1].lower)) j--;
  if (j > from && tokens[j] && ANONYMOUS_HEADS.has(tokens[j].lower) && !tokens[j].cap) {
    // "the Élysée source", "a German government spokesperson": an anonymous source of that body
    const startAt = determiner ?? tokens[from];
    const phrase: SpeakerPhrase = { start: startAt.start, end: tokens[j].end, name: text.slice(startAt.start, tokens[j].end), role: null, kind: 'anonymous', head: tokens[j].lower };
    return { phrase, next: skipAppositive(tokens, j + 1) };
  }
  // "Residents of the town said": a plural source word opening the sentence is no name
  const pluralSource = j === from + 1 && ANONYMOUS_HEADS.has(tokens[from].lower) && /[^su]s$/.test(tokens[from].lower);
  if (j > from && !pluralSource) {
    const read = readNamePhrase(text, tokens, from, j, determiner);
    const phrase = read && asMemberDescription(read);
    if (phrase) {
      if (phrase.kind === 'anonymous') j = withGroupComplement(text, tokens, j, phrase);
      const next = skipAppositive(tokens, j);
      if (phrase.kind === 'person' && !phrase.role) phrase.role = appositiveRole(text, tokens, j, appositiveEnd(tokens, j));
      return { phrase, next };
    }
  }
  // anonymous sources: "people familiar with the matter", "a senior official", "police"
  const headAt = findAnonymousHead(tokens, from);
  if (headAt >= 0 && determiner && POSSESSIVE_PRONOUNS.has(determiner.lower) && DOCUMENT_WORDS.has(tokens[headAt].lower)) {
    // "her statement read", "his post said": the words of the statement's author
    const phrase: SpeakerPhrase = { kind: 'pronoun', start: determiner.start, end: tokens[headAt].end, name: POSSESSIVE_PRONOUNS.get(determiner.lower)!, role: null };
    return { phrase, next: skipAppositive(tokens, headAt + 1) };
  }
  if (headAt < 0 && determiner && (determiner.lower === 'the' || POSSESSIVE_PRONOUNS.has(determiner.lower))) {
    // "the commission said", "the company said in a statement": a body named earlier, or the description itself
    for (let k = from; k < tokens.length && k - from < 4 && !tokens[k].punct && !tokens[k].cap; k++) {
      if (isSpeechVerb(tokens[k].lower) || NOT_IN_NOUN_PHRASE.has(tokens[k].lower)) break;
      // "the woman said": someone described before, named or not
      if (ORGANISATION_HEADS.has(tokens[k].lower) || (determiner.lower === 'the' && (PERSON_NOUNS.has(tokens[k].lower) || isAgeNoun(tokens[k].lower)))) {
        // ("the union president said": a body's word modifying a role is no body)
        const next = tokens[k + 1];
        if (next && !next.punct && !next.cap && isRoleHead(next.lower) && !isSpeechVerb(next.lower) && ORGANISATION_HEADS.has(tokens[k].lower)) {
          const phrase: SpeakerPhrase = { start: determiner.start, end: next.end, name: text.slice(determiner.start, next.end), role: null, kind: 'description', head: next.lower };
          return { phrase, next: skipAppositive(tokens, k + 2) };
        }
        const phrase: SpeakerPhrase = { start: determiner.start, end: tokens[k].end, name: text.slice(determiner.start, tokens[k].end), role: null, kind: 'description', head: tokens[k].lower };
        return { phrase, next: skipAppositive(tokens, k + 1) };
      }
    }
  }
  if (headAt >= 0 && (determiner || headAt === from)) {
    let end = headAt + 1;
    if (ANONYMOUS_EXTENSIONS.has(tokens[end]?.lower ?? '')) {
      // (a name ends it before a lowercase word that no name goes on with: "A source close to Dean hit back:")
      while (end < tokens.length && !tokens[end].punct && !(isSpeechVerb(tokens[end].lower) && !tokens[end].cap) && end - headAt < 10 && !afterNameEnds(tokens, end)) end++;
    }
    const startAt = determiner ?? tokens[from];
    const name = text.slice(startAt.start, tokens[end - 1].end);
    const phrase: SpeakerPhrase = { start: startAt.start, end: tokens[end - 1].end, name, role: null, kind: 'anonymous', head: tokens[headAt].lower };
    return { phrase, next: skipAppositive(tokens, end) };
  }
  return null;
}

/** Whether token `k`, lowercase, follows a name it cannot go on (not "of", "and", "for" nor a possessive): a verb, say. */
function afterNameEnds(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return k > 0 && tokens[k - 1].cap && !t.cap && !NAME_GOES_ON.has(t.lower);
}

const NAME_GOES_ON = new Set(['of', 'and', 'for', "'s", '’s', 'de', 'van', 'von']);

/** `another member of the public`, `one veteran of the projects`: the group an anonymous speaker belongs to is part of who they are. */
function withGroupComplement(text: string, tokens: Token[], at: number, phrase: NamePhrase): number {
  // ("A spokesman for the state ambulance service", "a senior nurse at the district hospital": whose they are)
  const end = tiedComplementEnd(tokens, at);
  if (end === at) return at;
  phrase.end = tokens[end - 1].end;
  phrase.name = text.slice(phrase.start, phrase.end);
  return end;
}

const DEFINITE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its']);
/** `the 23-year-old`, `the five-year-old`: an age standing for the person it is, as "the woman" does. */
function isAgeNoun(word: string): boolean {
  return word.endsWith('-year-old') && word.length > 9;
}

export const POSSESSIVE_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);

/** A person named right before a comma-closed appositive (`Reagan Ruslim, who joined the board last month,`). */
export function personBefore(text: string, tokens: Token[], comma: number): SpeakerPhrase | null {
  const phrase = phraseBefore(text, tokens, comma);
  // "a spokesperson for the Office, who …, said", "a Toronto woman …, and who …, said": someone, unnamed
  if (phrase && (phrase.kind === 'person' || (phrase.kind === 'anonymous' && (UNNAMED_PERSON_HEADS.has(phrase.head ?? '') || PERSON_NOUNS.has(phrase.head ?? ''))))) return phrase;
  // "The Halvard Alliance, which Kessany is not a member of, said": a body with a clause or description set off;
  // "The transit operator, Esmer Metropolitan Transit, said": a body's name set off after its description
  return phrase && phrase.kind === 'organization' && (setOffAfter(tokens, phrase.end) || setOffAfterBodyWord(tokens, phrase.start)) ? phrase : null;
}

// Words that open a relative clause or a description set off after a name ("…, which …,", "…, the office of …,").
const SET_OFF_OPENERS = new Set(['which', 'whose', 'who', 'the', 'a', 'an']);

/** Whether a comma and a body's lowercase head ("operator") stand right before the phrase starting at `start`. */
function setOffAfterBodyWord(tokens: Token[], start: number): boolean {
  const at = tokens.findIndex((t) => t.start >= start);
  return at >= 2 && tokens[at - 1].text === ',' && !tokens[at - 2].cap && ORGANISATION_HEADS.has(tokens[at - 2].lower);
}

/** Whether a comma and a relative pronoun or an article follow the phrase ending at `end`. */
function setOffAfter(tokens: Token[], end: number): boolean {
  const comma = tokens.findIndex((t) => t.start >= end);
  return comma >= 0 && tokens[comma].text === ',' && SET_OFF_OPENERS.has(tokens[comma + 1]?.lower ?? '');
}

/**
 * `The Marble House, the office of President Aurel Stoyan, said`: the name inside the set-off words after a
 * preposition is its complement ("the office of …"), not who the set-off words describe.
 */
function complementBefore(tokens: Token[], comma: number, nameStart: number): boolean {
  // ("The jury, chaired by Colm Arkwright, praised": an agent after "by" is no more who the words describe)
  // ("Janet Okoro, who lives on Tanner Street, said": nor is a name inside a relative clause)
  for (let k = comma + 1; k < tokens.length && tokens[k].start < nameStart; k++) if (MEMBER_PREPOSITIONS.has(tokens[k].lower) || tokens[k].lower === 'by' || RELATIVE_SUBJECTS.has(tokens[k].lower)) return true;
  return false;
}

// Closed-class words that cannot stand between a determiner and its head noun ("the days after his official").
const NOT_IN_NOUN_PHRASE = new Set(['after', 'before', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'and', 'or', 'but', 'that', 'which', 'who', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'as', 'than', 'when', 'while', 'if', 'because', 'since', 'until']);

function findAnonymousHead(tokens: Token[], from: number): number {
  for (let i = from; i < tokens.length && i - from < 4; i++) {
    const t = tokens[i];
    if (t.punct || (isSpeechVerb(t.lower) && !t.cap && !endsDocumentPhrase(tokens, i, from)) || NOT_IN_NOUN_PHRASE.has(t.lower)) return -1;
    if (ANONYMOUS_HEADS.has(t.lower)) {
      // ("A staff report presented to council found": after an article, a document noun ends the compound)
      const next = tokens[i + 1];
      if (next && !next.cap && DOCUMENT_WORDS.has(next.lower) && from > 0 && DETERMINERS.has(tokens[from - 1].lower)) return i + 1;
      return i;
    }
  }
  return -1;
}

// Prepositions that join a role to its field ("Minister of Innovation", "Minister for Women"); "by X" is an agent.
const ROLE_PREPOSITIONS = new Set(['of', 'for']);

/** Whether the token right before the one starting at `start` joins a role to its field (`Minister of Innovation`). */
/** Whether a phrase is an office read with its complement ("Minister of Innovation"): a role, not who it belongs to. */
function officeWithComplement(phrase: SpeakerPhrase): boolean {
  return phrase.kind === 'description' && /\s(?:of|for|to)\s\p{Lu}/u.test(phrase.name);
}

function startsAfterPreposition(tokens: Token[], start: number): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].start === start) return ROLE_PREPOSITIONS.has(tokens[i - 1].text);
  return false;
}

/**
 * Where a US party-and-state tag starting at token `i` ends ("D-N.Y.", "R-Ky.", "I-Vt.", "R-Texas": tokens
 * D-N . Y .), or `i` when there is none.
 */
function partyTagEnd(tokens: Token[], i: number): number {
  if (!isPartyPrefix(tokens[i]?.text ?? '') || !/^[DRI]-[A-Z][A-Za-z]*$/.test(tokens[i].text)) return i;
  let k = i + 1;
  while (k + 1 < tokens.length && tokens[k].text === '.' && /^[A-Z][a-z]?$/.test(tokens[k + 1].text)) k += 2;
  if (tokens[k]?.text === '.') k++;
  return k;
}

/** The start of the party-and-state tag ending at token `end` (inclusive), or -1. */
function partyTagStart(tokens: Token[], end: number): number {
  for (let i = end; i >= 0 && end - i < 6; i--) if (isPartyPrefix(tokens[i].text)) return partyTagEnd(tokens, i) === end + 1 ? i : -1;
  return -1;
}

/** "D-…", "R-…", "I-…": tested by character, as most appositives are read back through here. */
function isPartyPrefix(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c === 68 || c === 82 || c === 73) && word.charCodeAt(1) === 45;
}

/** After a name: `, the wannabe kingmaker,` or `, a spokesperson for the ministry,` is skipped. */
function skipAppositive(tokens: Token[], at: number): number {
  // a party and state after a name: ", D-N.Y.," or " (R-Ky.)"
  const open = tokens[at]?.text;
  if ((open === ',' || open === '(') && at + 1 < tokens.length) {
    const after = partyTagEnd(tokens, at + 1);
    if (after > at + 1 && tokens[after]?.text === (open === ',' ? ',' : ')')) return after + 1;
  }
  if (tokens[at]?.text !== ',') return at;
  for (let i = at + 1; i < tokens.length && i - at < 26; i++) {
    if (tokens[i].text === ',') return i + 1;
    if (tokens[i].punct) return at;
    if (isSpeechVerb(tokens[i].lower) && !tokens[i].cap && i === at + 1) return at;
  }
  return at;
}

/** The end (exclusive, past its closing comma if any) of an appositive starting at a comma at `at`. */
function appositiveEnd(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== ',') return at;
  for (let i = at + 1; i < tokens.length && i - at < 26; i++) {
    if (tokens[i].text === ',') return i + 1;
    if (tokens[i].punct) return i + 1;
  }
  return tokens.length + 1;
}

/**
 * A noun phrase ending at token `e`, read backwards (the subject of a speech verb at `e + 1`); a body's name
 * that is the object of "a spokesperson for" is read with that spokesperson (see unnamedMemberOf).
 */
export function phraseBefore(text: string, tokens: Token[], e: number): SpeakerPhrase | null {
  // "The union's statement said": the document a described body owns (a document word alone is skipped as in "said in a statement")
  if (e >= 3 && DOCUMENT_WORDS.has(tokens[e].lower) && isPossessive(tokens[e - 1]) && ORGANISATION_HEADS.has(tokens[e - 2].lower) && tokens[e - 3].lower === 'the') {
    return { start: tokens[e - 3].start, end: tokens[e].end, name: text.slice(tokens[e - 3].start, tokens[e].end), role: null, kind: 'description', head: tokens[e].lower };
  }
  const phrase = phraseReadBack(text, tokens, e);
  if (phrase && phrase.kind === 'description') {
    // "Starmer’s spokesman said": back over the owner's name before the possessive
    const at = tokens.findIndex((t) => t.start === phrase.start);
    let k = at - 1;
    if (k > 0 && isPossessive(tokens[k]) && tokens[k - 1].cap && isNameWord(tokens[k - 1])) {
      k--;
      while (k > 0 && !tokens[k - 1].punct && tokens[k - 1].cap && (isNameWord(tokens[k - 1]) || isHonorific(tokens[k - 1].lower))) k--;
      return ownedBy(text, phrase, tokens[k].start);
    }
    // "The Toronto hospital’s chief of staff said": a described owner, back to its determiner
    const owner = k > 0 && isPossessive(tokens[k]) ? possessiveOwnerStart(tokens, k - 1) : -1;
    if (owner >= 0) return ownedBy(text, phrase, tokens[owner].start);
  }
  if (phrase?.kind === 'pronoun') return phrase;
  const member = phrase && unnamedMemberOf(text, tokens, phrase, e);
  if (member) return member;
  // ("An MP on the party’s right said", "A parent at the school said": the someone the words are tied to)
  const tied = tiedSomeoneBefore(text, tokens, e);
  return tied && (!phrase || tied.start < phrase.start) ? tied : phrase;
}


/**
 * `Her younger brother, Ewan, who served …, remembers`: a lone name read back to the comma before it takes the
 * description before that comma as its role, and that description's owner as whose role it is.
 */
function describeFromBefore(text: string, tokens: Token[], person: NamePhrase): void {
  const comma = tokens.findIndex((t) => t.start === person.start) - 1;
  if (comma < 1 || tokens[comma].text !== ',') return;
  const described = descriptionBefore(text, tokens, comma);
  if (!described) return;
  person.role ??= described.role;
  if (described.owner && person.role === described.role) person.roleOwner = described.owner;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
const RELATIVE_DAYS = new Set(['yesterday', 'today', 'tonight']);
const LAST_WHAT = new Set(['week', 'night', 'month', 'year', 'weekend']);

/**
 * `Dariusz Kellan on Thursday rejected`: the token before a time adverbial ending at `e` ("on Thursday", "on
 * Thursday night", "yesterday", "last week"), or `e` when none ends there.
 */
export function timeBefore(tokens: Token[], e: number): number {
  let j = e;
  if (j >= 1 && PARTS_OF_DAY.has(tokens[j].lower) && WEEKDAYS.has(tokens[j - 1].lower)) j--;
  if (j >= 1 && WEEKDAYS.has(tokens[j].lower) && tokens[j - 1].lower === 'on') return j - 2;
  if (j === e && j >= 0 && RELATIVE_DAYS.has(tokens[j].lower) && !tokens[j].cap) return j - 1;
  if (j === e && j >= 1 && LAST_WHAT.has(tokens[j].lower) && tokens[j - 1].lower === 'last') return j - 2;
  return e;
}

const HEADLINE_CLAUSE_OPENERS = new Set(['as', 'while', 'but', 'after', 'and']);
const MODIFIED_ROLE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * `the council leader said`, `the jury foreman replied`: a body's noun at `i` modifying the role head `last`
 * after a determiner — the description whole, not the bare "leader".
 */
function nounModifiedRole(text: string, tokens: Token[], i: number, last: Token): SpeakerPhrase | null {
  const noun = tokens[i];
  const determiner = tokens[i - 1];
  if (i < 1 || noun.cap || !(ORGANISATION_HEADS.has(noun.lower) || ANONYMOUS_HEADS.has(noun.lower)) || !MODIFIED_ROLE_DETERMINERS.has(determiner.lower)) return null;
  const name = text.slice(determiner.start, last.end);
  return { start: determiner.start, end: last.end, name, role: null, kind: INDEFINITE_DETERMINERS.has(determiner.lower) ? 'anonymous' : 'description', head: last.lower };
}

/** A description with its owner's name put before it ("Sir Keir Starmer’s spokesman"). */
function ownedBy(text: string, phrase: SpeakerPhrase, start: number): SpeakerPhrase {
  return { ...phrase, start, name: text.slice(start, phrase.end) };
}

function phraseReadBack(text: string, tokens: Token[], e: number): SpeakerPhrase | null {
  let j = timeBefore(tokens, e);
  for (let skipped = 0; j >= 0 && skipped < 3 && !tokens[j].cap && (BETWEEN_SUBJECT_AND_VERB.has(tokens[j].lower) || isLyAdverb(tokens[j].lower)); skipped++) {
    // ("The policy statement said": after a lowercase modifier it is the statement speaking, not "in a statement")
    if (IN_WHAT.has(tokens[j].lower) && j >= 1 && !tokens[j - 1].cap && !tokens[j - 1].punct && !ARTICLES.has(tokens[j - 1].lower) && !BETWEEN_SUBJECT_AND_VERB.has(tokens[j - 1].lower)) break;
    j--;
  }
  j = timeBefore(tokens, j);
  if (j < 0) return null;
  // "The Toronto hospital’s chief of staff said": the role and its complement, not "staff"
  const role = roleBeforeComplement(tokens, j);
  if (role >= 0) {
    const described = phraseBefore(text, tokens, role);
    if (described && (described.kind === 'description' || described.kind === 'anonymous')) return { ...described, end: tokens[j].end, name: text.slice(described.start, tokens[j].end) };
  }
  // `Rand Paul (R-Ky.) said`, `Chuck Schumer, D-N.Y., said`: the name before the party and state
  if ((tokens[j].text === ')' || tokens[j].text === ',') && j > 1) {
    const tag = partyTagStart(tokens, j - 1);
    if (tag > 0 && tokens[tag - 1].text === (tokens[j].text === ')' ? '(' : ',')) return phraseReadBack(text, tokens, tag - 2);
  }
  if (tokens[j].text === ',') {
    // appositive: `Musk, the wannabe kingmaker, threatened`
    let c = j - 1;
    while (c >= 0 && j - c < 26 && tokens[c].text !== ',' && !(tokens[c].punct && tokens[c].text !== '.')) c--;
    if (c < 0 || tokens[c].text !== ',') return null;
    const between = phraseBefore(text, tokens, j - 1);
    if (between && between.kind === 'person' && between.start >= tokens[c].end && /^[\p{Lu}]/u.test(between.name) && between.name.includes(' ') && !complementBefore(tokens, c, between.start)) {
      describeFromBefore(text, tokens, between);
      return between;
    }
    let inner = phraseBefore(text, tokens, c - 1);
    // `The transit operator, Esmer Metropolitan Transit, said`: the body's name set off after its description
    if (inner?.kind === 'description' && ORGANISATION_HEADS.has(inner.head ?? '') && between?.kind === 'organization' && between.start >= tokens[c].end) return between;
    // `Navdeep Bains, Minister of Innovation, Science and Economic Development, said`: a name after a
    // preposition is the object inside a role listing several things, so the subject comes before that role
    for (let tries = 0; tries < 2 && inner && (startsAfterPreposition(tokens, inner.start) || officeWithComplement(inner)); tries++) {
      let earlier = c - 1;
      while (earlier >= 0 && c - earlier < 26 && tokens[earlier].text !== ',' && !tokens[earlier].punct) earlier--;
      if (earlier < 0 || tokens[earlier].text !== ',') return null;
      c = earlier;
      inner = phraseBefore(text, tokens, c - 1);
    }
    if (inner && inner.kind === 'person' && !inner.role) (inner as NamePhrase).role = appositiveRole(text, tokens, c, j + 1);
    if (inner && inner.kind === 'person') describeFromBefore(text, tokens, inner);
    return inner;
  }
  const last = tokens[j];
  const member = memberOfGroupBefore(text, tokens, j);
  if (member) return member;
  if (PRONOUNS.has(last.lower)) return { kind: 'pronoun', start: last.start, end: last.end, name: last.lower, role: null };
  const someone = someoneDescribed(text, tokens, j);
  if (someone) return someone;
  if ((last.lower === "'s" || last.lower === '’s') && j > 0 && tokens[j - 1].cap && isNameWord(tokens[j - 1])) {
    // "McDonald's said", "Wendy's said": nothing is possessed, so the "'s" is a company's name; after a longer
    // name ("Justin Trudeau's said") it is "has", and the name is before it
    const owner = tokens[j - 1];
    const alone = j === 1 || !tokens[j - 2].cap || tokens[j - 2].text === 'The';
    if (alone) return { kind: 'organization', start: owner.start, end: last.end, name: owner.text + last.text, role: null };
    return phraseReadBack(text, tokens, j - 1);
  }
  // "Nurses union says", "Ontario government said": capitalised words opening the sentence before a body's
  // lowercase head name that body, no article needed
  if (!last.cap && ORGANISATION_HEADS.has(last.lower) && j >= 1 && isNameWord(tokens[j - 1])) {
    let s = j - 1;
    while (s > 0 && j - s < 4 && isNameWord(tokens[s - 1])) s--;
    if ((s === 0 || tokens[s - 1].punct) && tokens[s].text !== 'The') return { kind: 'organization', start: tokens[s].start, end: last.end, name: text.slice(tokens[s].start, last.end), role: null };
  }
  const publication = namedPublicationBefore(text, tokens, j);
  if (publication) return publication;
  // walk back over the name and its role words
  let i = j;
  while (i >= 0 && j - i < 10) {
    const w = tokens[i];
    if (w.punct) break;
    // "Mohammad Al Mnajer and wife Fouzia Al Hashish": an "and" before a lowercase role joins two people, not a role
    if (w.lower === 'and' && i < j && !tokens[i + 1].cap) break;
    if (continuesName(tokens[i - 1], w) || isRoleWord(w) || (isNameParticle(w) && i < j) || (/^\d+$/.test(w.text) && i < j && i > 0 && tokens[i - 1].cap) || possessiveInBodyName(tokens, i, j)) {
      i--;
      continue;
    }
    break;
  }
  let from = i + 1;
  while (from <= j && !tokens[from].cap && !isRoleHead(tokens[from].lower)) from++; // "of the" left over
  // "The Kremlin said" opening a sentence: "The" is the determiner, capitalised, not part of the name
  if (from < j && tokens[from].text === 'The') i = from++;
  if (from <= j) {
    const determiner = i >= 0 && DETERMINERS.has(tokens[i].lower) ? tokens[i] : null;
    // `Surrey staff explained`, `Trump aides said`: a body's or a person's unnamed people, as phraseAt reads them
    if (from < j && !last.cap && ANONYMOUS_HEADS.has(last.lower) && tokens[from].cap) {
      const startAt = determiner ?? tokens[from];
      return { start: startAt.start, end: last.end, name: text.slice(startAt.start, last.end), role: null, kind: 'anonymous', head: last.lower };
    }
    if (!determiner && from === j && !last.cap && isRoleHead(last.lower)) {
      const unnamed = indefiniteBefore(text, tokens, i, last);
      if (unnamed) return unnamed;
      const modified = i === j - 1 ? nounModifiedRole(text, tokens, i, last) : null;
      if (modified) return modified;
    }
    // "the Russian foreign ministry said": capitalised modifiers before a body's lowercase head
    const article = determiner ?? (from > 0 && tokens[from - 1].lower === 'the' ? tokens[from - 1] : null);
    if (article && tokens[from].cap && !last.cap && ORGANISATION_HEADS.has(last.lower)) {
      const body = readNamePhrase(text, tokens, from, j + 1, article);
      if (body?.kind === 'organization') return body;
    }
    const phrase = readNamePhrase(text, tokens, from, j + 1, determiner);
    const pair = phrase ? conjoinedPeople(text, tokens, phrase, j) : null;
    if (pair) return pair;
    // "Later, the Attorney General of British Columbia said": the walk went back past the article to the
    // comma, and an office keeps it
    if (phrase && phrase.kind === 'description' && !determiner && from > 0 && ARTICLES.has(tokens[from - 1].lower)) {
      return governingAnonymous(text, tokens, from - 1, last) ?? readNamePhrase(text, tokens, from, j + 1, tokens[from - 1]);
    }
    if (phrase) return governingAnonymous(text, tokens, determiner ? i : from, last) ?? asMemberDescription(phrase);
  }
  // "Trudeau’s office said", "the prime minister’s campaign said": a body its owner's possessive names, as written
  // ("Saudi Arabia's energy ministry": a lowercase modifier or two may stand between them)
  if (ORGANISATION_HEADS.has(last.lower) && !last.cap) {
    let p = j - 1;
    while (p > j - 3 && p > 0 && !tokens[p].cap && !tokens[p].punct && /^\p{Ll}+$/u.test(tokens[p].text)) p--;
    const owner = p >= 1 && isPossessive(tokens[p]) ? possessiveOwnerStart(tokens, p - 1) : -1;
    if (owner >= 0) return { start: tokens[owner].start, end: last.end, name: text.slice(tokens[owner].start, last.end), role: null, kind: 'description', head: last.lower };
  }
  // `… as defence insists account is ‘…’`: a headline's bare body after a conjunction opening its clause
  if (ORGANISATION_HEADS.has(last.lower) && !last.cap && j >= 1 && HEADLINE_CLAUSE_OPENERS.has(tokens[j - 1].lower)) {
    return { start: last.start, end: last.end, name: last.text, role: null, kind: 'description', head: last.lower };
  }
  // "the group’s Tūranga branch said": a part of a body the text described speaks for it
  const whole = SUB_BODY_HEADS.has(last.lower) && !last.cap ? describedOwnerOfPart(text, tokens, j) : null;
  if (whole) return whole;
  // "his office said", "the company said": a body the description names (resolved to a named one later)
  if (ORGANISATION_HEADS.has(last.lower)) {
    for (let d = j - 1; d >= 0 && j - d <= 3 && !tokens[d].punct; d--) {
      if (!DEFINITE_DETERMINERS.has(tokens[d].lower)) continue;
      // ("A source close to the board said": the source the body is only the complement of)
      return governingAnonymous(text, tokens, d, last) ?? { start: tokens[d].start, end: last.end, name: text.slice(tokens[d].start, last.end), role: null, kind: 'description', head: last.lower };
    }
  }
  // anonymous: walk back to a determiner or an anonymous head
  for (let h = j; h >= 0 && j - h < 9; h--) {
    const w = tokens[h];
    // ("The report said": a document noun right before the verb is a noun, whatever verb it also spells)
    if (w.punct || (isSpeechVerb(w.lower) && !w.cap && !(h === j && DOCUMENT_WORDS.has(w.lower)))) break;
    // "A … judge chastised JAZZ.FM91 on Friday": a past tense is a clause's verb, never inside a source's description
    if (h < j && !w.cap && w.lower.length > 4 && w.lower.endsWith('ed') && !ANONYMOUS_EXTENSIONS.has(w.lower)) break;
    // (any document noun right before the verb speaks as the anonymous heads do: "The paper found")
    if (ANONYMOUS_HEADS.has(w.lower) || (h === j && DOCUMENT_WORDS.has(w.lower))) {
      if (h < j && !ANONYMOUS_EXTENSIONS.has(tokens[h + 1].lower)) break;
      let s = h;
      // never back over a clause's subject and verb: "he heard students shout" is the students'
      // ("A 2021 safety review": a year after the article is one of its modifiers)
      while (s > 0 && j - s < 10 && !tokens[s - 1].punct && (DETERMINERS.has(tokens[s - 1].lower) || /^[a-z-]+$/.test(tokens[s - 1].text) || isRoleWord(tokens[s - 1]) || (/^(?:19|20)\d\d$/.test(tokens[s - 1].text) && ARTICLES.has(tokens[s - 2]?.lower ?? ''))) && !isSpeechVerb(tokens[s - 1].lower) && !NOT_IN_NOUN_PHRASE.has(tokens[s - 1].lower) && !PRONOUNS.has(tokens[s - 1].lower) && !PRONOUNS.has(tokens[s - 2]?.lower ?? '')) {
        s--;
        if (DETERMINERS.has(tokens[s].lower) && tokens[s].lower !== 'senior') break;
      }
      // `The study's authors wrote`: whose people they are, a possessive owner before them
      if (s === h && s >= 2 && isPossessive(tokens[s - 1])) {
        const owner = possessiveOwnerStart(tokens, s - 2);
        if (owner >= 0) s = owner;
        // ("The boy’s family said": a described owner, back to its article)
        else if (s >= 3 && /^\p{Ll}+$/u.test(tokens[s - 2].text) && ARTICLES.has(tokens[s - 3].lower)) s -= 3;
      }
      // ("Her family said": a possessive pronoun is whose they are)
      if (s === h && s >= 1 && POSSESSIVE_PRONOUNS.has(tokens[s - 1].lower)) s--;
      // `Ferreira aides told`, `White House officials said`: whose people they are is part of who they are
      if (s === h) {
        while (s > 0 && h - s < 4 && (isNameWord(tokens[s - 1]) || numberedName(tokens, s - 1))) s--;
        // "A Western diplomat familiar with …": the article before those words opens the description
        if (s < h && s > 0 && ARTICLES.has(tokens[s - 1].lower)) s--;
      }
      return { start: tokens[s].start, end: last.end, name: text.slice(tokens[s].start, last.end), role: null, kind: 'anonymous', head: w.lower };
    }
  }
  return null;
}

// Nouns for publications, which a capitalised name before them names: "the Maple Plate guide", "the Harbour Daily newspaper".
const PUBLICATION_HEADS = new Set(['guide', 'newspaper', 'magazine', 'journal', 'tabloid', 'newsletter', 'website', 'blog', 'podcast']);

/** `the Maple Plate guide`: "the", capitalised words and a publication's noun ending at token `j`, as a body; or null. */
function namedPublicationBefore(text: string, tokens: Token[], j: number): SpeakerPhrase | null {
  const last = tokens[j];
  if (last.cap || !PUBLICATION_HEADS.has(last.lower)) return null;
  let s = j;
  while (s > 0 && j - s < 4 && isNameWord(tokens[s - 1])) s--;
  if (s === j || s === 0 || tokens[s - 1].lower !== 'the') return null;
  return { start: tokens[s - 1].start, end: last.end, name: text.slice(tokens[s - 1].start, last.end), role: null, kind: 'organization' };
}

// The parts of a body that speak for it: "the union’s Leeds branch", "the party’s youth wing".
const SUB_BODY_HEADS = new Set(['branch', 'branches', 'chapter', 'wing', 'arm', 'division', 'subsidiary', 'affiliate']);

/** `the group’s Tūranga branch`: the described body ("the group") owning the part whose head is token `j`, or null. */
function describedOwnerOfPart(text: string, tokens: Token[], j: number): SpeakerPhrase | null {
  let p = j - 1;
  while (p > j - 4 && p > 1 && !tokens[p].punct && !isPossessive(tokens[p])) p--;
  if (p < 2 || !isPossessive(tokens[p])) return null;
  const body = tokens[p - 1];
  const article = tokens[p - 2];
  if (body.cap || !ORGANISATION_HEADS.has(body.lower) || article.lower !== 'the') return null;
  return { start: article.start, end: body.end, name: text.slice(article.start, body.end), role: null, kind: 'description', head: body.lower };
}

// "close to", "familiar with": what ties an anonymous source to the person or matter after it

/**
 * `Sources close to the player said`: the anonymous source the description at token `d` (read back to the verb)
 * is only the complement of, or null.
 */
function governingAnonymous(text: string, tokens: Token[], d: number, last: Token): SpeakerPhrase | null {
  if (d < 3 || !TIED_BY.has(tokens[d - 2].lower) || !TIED_TO.has(tokens[d - 1].lower)) return null;
  const h = d - 3;
  if (!ANONYMOUS_HEADS.has(tokens[h].lower)) return null;
  const s = h > 0 && DETERMINERS.has(tokens[h - 1].lower) ? h - 1 : h;
  return { start: tokens[s].start, end: last.end, name: text.slice(tokens[s].start, last.end), role: null, kind: 'anonymous', head: tokens[h].lower };
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

/** The body a possessive at token `p` names when it owns a lowercase body word alone ("Trudeau’s office", not "Trudeau’s office manager"), read from token `i`. */
function ownedBodyAfter(text: string, tokens: Token[], i: number, p: number): { phrase: SpeakerPhrase; next: number } | null {
  // ("Saudi Arabia's energy ministry": a lowercase modifier or two before the body's word)
  let h = p + 1;
  while (h < p + 3 && tokens[h] && tokens[h + 1] && !tokens[h].cap && !tokens[h].punct && /^\p{Ll}+$/u.test(tokens[h].text) && !ORGANISATION_HEADS.has(tokens[h].lower) && !isSpeechVerb(tokens[h].lower)) h++;
  const head = tokens[h];
  if (!head || head.cap || !ORGANISATION_HEADS.has(head.lower) || isRoleHead(head.lower) || possessiveOwnerStart(tokens, p - 1) !== i) return null;
  const after = tokens[h + 1];
  if (after && !after.punct && (isRoleWord(after) || ANONYMOUS_HEADS.has(after.lower) || isNameWord(after))) return null;
  const phrase: SpeakerPhrase = { start: tokens[i].start, end: head.end, name: text.slice(tokens[i].start, head.end), role: null, kind: 'description', head: head.lower };
  return { phrase, next: skipAppositive(tokens, h + 1) };
}

/** Lowercase words from token `from` to the window's end or a mark, ending in a role head ("budget chief"). */
export function bareRoleAt(text: string, tokens: Token[], from: number): SpeakerPhrase | null {
  let end = from;
  while (end < tokens.length && end - from < 4 && !tokens[end].punct && !tokens[end].cap && /^[\p{Ll}-]+$/u.test(tokens[end].text) && !DEFINITE_DETERMINERS.has(tokens[end].lower) && !INDEFINITE_DETERMINERS.has(tokens[end].lower)) end++;
  if (end === from || (end < tokens.length && !tokens[end].punct) || !isRoleHead(tokens[end - 1].lower)) return null;
  return { start: tokens[from].start, end: tokens[end - 1].end, name: text.slice(tokens[from].start, tokens[end - 1].end), role: null, kind: 'description', head: tokens[end - 1].lower };
}

/**
 * Where the owner ending at token `k` before a possessive starts: a name ("Justin Trudeau", "Sir Keir
 * Starmer", "the Liberal Party") or a role after a determiner ("the prime minister"); -1 when neither.
 */
function possessiveOwnerStart(tokens: Token[], k: number): number {
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

/** `No 10`, `Unit 5`: a number after a capitalised word, or "No" before one, is a word of the name. */
function numberedName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (/^\d+$/.test(t.text)) return k > 0 && tokens[k - 1].cap && !tokens[k - 1].punct;
  return (t.text === 'No' || t.text === 'No.') && /^\d+$/.test(tokens[k + 1]?.text ?? '');
}

const INDEFINITE_DETERMINERS = new Set(['a', 'an', 'one', 'another']);

// Words that pick members out of a group: "one of them", "two of the officials".
const GROUP_QUANTIFIERS = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'another']);

/**
 * `One of them said`, `one of the officials said`: a member of a group, anonymous, never the group itself nor
 * whoever "them" was last (the words after "of" are a plural pronoun or a plain noun phrase, ending at `j`).
 */
function memberOfGroupBefore(text: string, tokens: Token[], j: number): SpeakerPhrase | null {
  let of = j - 1;
  while (of > 0 && j - of < 4 && !tokens[of].punct && tokens[of].lower !== 'of') of--;
  if (of < 1 || tokens[of].lower !== 'of' || !GROUP_QUANTIFIERS.has(tokens[of - 1].lower)) return null;
  const head = tokens[j];
  if (head.punct || !(head.lower === 'them' || head.lower === 'those' || (!head.cap && /^[a-z]+s$/.test(head.text)))) return null;
  const start = tokens[of - 1].start;
  return { start, end: head.end, name: text.slice(start, head.end), role: null, kind: 'anonymous', head: head.lower };
}

/**
 * `a Toronto woman said`, `a Toronto woman who relies on legal aid said`: someone new whom the text describes,
 * up to three words back to "a", "an", "one" or "another" — anonymous, never a name among the words ("Toronto")
 * nor the last person named. Reads back from token `j`, over a relative clause with no punctuation in it.
 */
function someoneDescribed(text: string, tokens: Token[], j: number): SpeakerPhrase | null {
  let end = j;
  for (let k = j; k > 0 && j - k < 12 && !tokens[k].punct; k--) {
    if (tokens[k].text === 'who') {
      end = k - 1;
      break;
    }
  }
  const head = tokens[end];
  if (!head || head.cap || !PERSON_NOUNS.has(head.lower)) return null;
  for (let d = end - 1; d >= 0 && end - d <= 3; d--) {
    const w = tokens[d];
    if (w.punct || (isSpeechVerb(w.lower) && !w.cap) || PRONOUNS.has(w.lower) || NOT_IN_NOUN_PHRASE.has(w.lower)) return null;
    if (INDEFINITE_DETERMINERS.has(w.lower)) return { start: w.start, end: head.end, name: text.slice(w.start, head.end), role: null, kind: 'anonymous', head: head.lower };
  }
  return null;
}

/** Whether only spaces stand between the line's start and `at`. */
function lineBreakBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10;
}

/**
 * `a spokesperson for Health Canada said`, `a spokesperson for the Prime Minister's Office, who …, said`:
 * read back from the verb, the body's name is the object of the preposition after an unnamed source, who is
 * the one speaking. That source and its body, whole; null when the phrase (ending by token `last`) is not so placed.
 */
function unnamedMemberOf(text: string, tokens: Token[], phrase: SpeakerPhrase, last: number): SpeakerPhrase | null {
  // the token before the phrase, which ends at or before token `last`
  let k = Math.min(last, tokens.length - 1);
  while (k >= 0 && tokens[k].start >= phrase.start) k--;
  // the rest of the body's name, which the backward read stopped in: "the Prime Minister's" before "Office"
  // ("the Toronto start-up Lumina": lowercase words of the body's description too)
  for (let n = 0; k > 0 && n < 8 && (tokens[k].cap || tokens[k].lower === "'s" || tokens[k].lower === '’s' || tokens[k].lower === 'the' || inBodyDescription(tokens[k])); n++) k--;
  if (k < 1 || !MEMBER_PREPOSITIONS.has(tokens[k].lower)) return null;
  // the role words read as part of the name ("spokesperson for Health Canada") end before the preposition
  let h = k - 1;
  const head = tokens[h];
  // a capital only where a sentence opens ("Analysts at RBC said")
  const opensSentence = h === 0 || tokens[h - 1].text === '.' || lineBreakBefore(text, head.start);
  if (head.cap && !opensSentence) return null;
  // `a former engineer at Lumina said`: any role after an indefinite article is someone of that body, unnamed
  if (!UNNAMED_PERSON_HEADS.has(head.lower)) return isRoleHead(head.lower) ? indefiniteMember(text, tokens, h, phrase.end) : null;
  // "a spokesperson", "a government spokesperson": back to the determiner, over at most one modifier; a plural
  // needs none ("analysts at RBC")
  if (h > 1 && !tokens[h - 1].punct && !tokens[h - 1].cap && !DETERMINERS.has(tokens[h - 1].lower) && INDEFINITE_DETERMINERS.has(tokens[h - 2].lower)) h -= 2;
  else if (h > 0 && DETERMINERS.has(tokens[h - 1].lower)) {
    h--;
    // ("A senior official at the ministry": the article before a modifier that counts as a determiner)
    if (h > 0 && ARTICLES.has(tokens[h - 1].lower) && !ARTICLES.has(tokens[h].lower)) h--;
  } else if (!head.lower.endsWith('s') && head.lower !== 'staff') return null;
  return { start: tokens[h].start, end: phrase.end, name: text.slice(tokens[h].start, phrase.end), role: null, kind: 'anonymous', head: head.lower };
}

/** A lowercase word that may describe a body before its name ("the Toronto start-up Lumina"). */
function inBodyDescription(token: Token): boolean {
  return !token.punct && !token.cap && /^[a-z-]+$/.test(token.text) && !NOT_IN_NOUN_PHRASE.has(token.lower) && !MEMBER_PREPOSITIONS.has(token.lower) && !isSpeechVerb(token.lower) && !PRONOUNS.has(token.lower);
}

/** `a former engineer at Lumina`: the role at `head` back over up to two modifiers to "a", "an" or "one", as far as `end`; or null. */
function indefiniteMember(text: string, tokens: Token[], head: number, end: number): SpeakerPhrase | null {
  for (let d = head - 1; d >= 0 && head - d <= 3; d--) {
    const w = tokens[d];
    if (INDEFINITE_DETERMINERS.has(w.lower)) return { start: w.start, end, name: text.slice(w.start, end), role: null, kind: 'anonymous', head: tokens[head].lower };
    if (w.punct || (w.cap && d > 0) || NOT_IN_NOUN_PHRASE.has(w.lower) || isSpeechVerb(w.lower) || PRONOUNS.has(w.lower)) return null;
  }
  return null;
}

/**
 * `a national newspaper columnist wrote`: a role word after lowercase modifiers back to "a" is someone new the
 * text does not name — anonymous, never the last person named before (`i` is the word before the role).
 */
function indefiniteBefore(text: string, tokens: Token[], i: number, head: Token): SpeakerPhrase | null {
  for (let d = i; d >= 0 && i - d < 3; d--) {
    const w = tokens[d];
    // (the article first: "A neighbouring farmer, who …, told" opens its sentence with a capital)
    if (INDEFINITE_DETERMINERS.has(w.lower) && !w.punct) return { start: w.start, end: head.end, name: text.slice(w.start, head.end), role: null, kind: 'anonymous', head: head.lower };
    if (w.punct || w.cap || NOT_IN_NOUN_PHRASE.has(w.lower) || isSpeechVerb(w.lower) || PRONOUNS.has(w.lower)) return null;
  }
  return null;
}

/**
 * `oil and gas worker Mike Wipf`, `club chairman Martin Greaves`: open-class lowercase words from token `from`,
 * then a person's name — the person, with those words for a role when the name has none.
 */
export function namedAfterRoleWords(text: string, tokens: Token[], from: number): SpeakerPhrase | null {
  for (let n = from + 1; n < tokens.length && n - from <= 7 && !tokens[n].punct; n++) {
    if (!isNameWord(tokens[n])) continue;
    // `says a document titled White Paper`: the name after "titled" is the work's, not the speaker's
    if (WORK_NAMING.has(tokens[n - 1].lower)) return null;
    const named = phraseAt(text, tokens, n);
    if (!named || named.phrase.kind !== 'person') return null;
    if (!named.phrase.role) named.phrase.role = text.slice(tokens[from].start, tokens[n - 1].end);
    return named.phrase;
  }
  return null;
}
