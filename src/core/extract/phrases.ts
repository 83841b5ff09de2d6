import { tiedComplementEnd } from './complements';
import { ANONYMOUS_HEADS, ORGANISATION_HEADS, PERSON_NOUNS, isRoleHead } from '../entities/titles';
import { appositiveRole, continuesName, isNameParticle, isNameWord, isPlaceModifier, isPossessive, isRoleWord, possessiveInBodyName, readNamePhrase, type NamePhrase, type Token } from '../entities/names';
import { asMemberDescription, endsDocumentPhrase, WORK_NAMING } from './descriptions';
import { DOCUMENT_WORDS } from './documents';
import { descriptionBefore, roleComplementEnd } from './roleOwners';
import { isSpeechVerb } from './speechVerbs';
import { officeOfChamber, ANONYMOUS_EXTENSIONS, DEFINITE_DETERMINERS, DETERMINERS, INDEFINITE_DETERMINERS, NOT_IN_NOUN_PHRASE, ownedBy, partyTagEnd, POSSESSIVE_PRONOUNS, possessiveOwnerStart, PRONOUNS, type SpeakerPhrase } from './phraseWords';

// The noun-phrase readers of attribution, read forwards from a token (phraseAt: "said the minister, Jane Doe,");
// phraseBefore.ts reads back from one ("Tuvalu's foreign minister Simon Kofe said"), and phraseWords.ts holds what
// both share. attribution.ts finds the verbs and the frames; these say who stands in them.

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
  // (a role the name's own appositive gives is no title before it: "Her husband, Peter Whitfield, a retired teacher,")
  const roleAfter = named?.phrase.role != null && text.slice(named.phrase.end, named.phrase.end + 90).includes(named.phrase.role);
  if (!named || named.phrase.kind !== 'person' || (named.phrase.role && !roleAfter)) return read;
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
  // ("Leader of the Opposition Meenakshi Kulkarni", "Speaker of the House Nancy Pelosi": an office of a chamber)
  const office = officeOfChamber(text, tokens, from);
  if (office) return { phrase: office.phrase, next: skipAppositive(tokens, office.end) };
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
      // (nor "Mariamma’s own daughter": "own" stands between)
      const own = tokens[j + 1]?.lower === 'own' && tokens[j + 2] && isRoleWord(tokens[j + 2]) ? 1 : 0;
      if (tokens[j + 1 + own] && (isNameWord(tokens[j + 1 + own]) || isRoleWord(tokens[j + 1 + own]))) {
        from = j + 1 + own;
        determiner = null;
        j += 1 + own;
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
  // ("The Denver-based carrier said", "the Dallas airline said": a place before a body's lowercase head describes it)
  if (determiner?.lower === 'the') {
    let m = from;
    while (m < tokens.length && m - from < 2 && tokens[m].cap && !tokens[m].punct && (isPlaceModifier(tokens[m].text) || isNameWord(tokens[m]))) m++;
    const head = tokens[m];
    if (m > from && head && !head.cap && ORGANISATION_HEADS.has(head.lower) && !(tokens[m + 1] && isNameWord(tokens[m + 1]))) {
      const phrase: SpeakerPhrase = { start: determiner.start, end: head.end, name: text.slice(determiner.start, head.end), role: null, kind: 'description', head: head.lower };
      return { phrase, next: skipAppositive(tokens, m + 1) };
    }
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
      // (a name ends it before a lowercase word that no name goes on with: "A source close to Dean hit back:"; after
      // an article a speech verb is a noun: "a source in the state secretariat")
      while (end < tokens.length && !tokens[end].punct && !(isSpeechVerb(tokens[end].lower) && !tokens[end].cap && !DETERMINERS.has(tokens[end - 1].lower)) && end - headAt < 10 && !afterNameEnds(tokens, end)) end++;
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

/** `the 23-year-old`, `the five-year-old`: an age standing for the person it is, as "the woman" does. */
function isAgeNoun(word: string): boolean {
  return word.endsWith('-year-old') && word.length > 9;
}

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
