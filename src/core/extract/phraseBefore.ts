import { TIED_BY, TIED_TO, tiedSomeoneBefore } from './complements';
import { ANONYMOUS_HEADS, ORGANISATION_HEADS, PERSON_NOUNS, UNNAMED_PERSON_HEADS, isHonorific, isRoleHead } from '../entities/titles';
import { appositiveRole, continuesName, isNameParticle, isNameWord, isPossessive, isRoleWord, MEMBER_PREPOSITIONS, possessiveInBodyName, readNamePhrase, type NamePhrase, type Token } from '../entities/names';
import { asMemberDescription } from './descriptions';
import { DOCUMENT_WORDS } from './documents';
import { ARTICLES, descriptionBefore } from './roleOwners';
import { isSpeechVerb } from './speechVerbs';
import { ANONYMOUS_EXTENSIONS, BETWEEN_SUBJECT_AND_VERB, officeOfChamber, complementBefore, conjoinedPeople, DEFINITE_DETERMINERS, DETERMINERS, IN_WHAT, INDEFINITE_DETERMINERS, isLyAdverb, mayNameBody, NOT_IN_NOUN_PHRASE, officeWithComplement, ownedBy, partyTagStart, POSSESSIVE_PRONOUNS, possessiveOwnerStart, PRONOUNS, roleBeforeComplement, setOffAfter, setOffAfterBodyWord, type SpeakerPhrase, startsAfterPreposition } from './phraseWords';

// The noun-phrase readers of attribution read back from a token: whom the words before a speech verb name
// ("Tuvalu's foreign minister Simon Kofe said", "a senior official at the ministry said").

/**
 * A noun phrase ending at token `e`, read backwards (the subject of a speech verb at `e + 1`); a body's name
 * that is the object of "a spokesperson for" is read with that spokesperson (see unnamedMemberOf).
 */
export function phraseBefore(text: string, tokens: Token[], e: number): SpeakerPhrase | null {
  // "The union's statement said": the document a described body owns (a document word alone is skipped as in "said in a statement")
  if (e >= 3 && DOCUMENT_WORDS.has(tokens[e].lower) && isPossessive(tokens[e - 1]) && ORGANISATION_HEADS.has(tokens[e - 2].lower) && tokens[e - 3].lower === 'the') {
    return { start: tokens[e - 3].start, end: tokens[e].end, name: text.slice(tokens[e - 3].start, tokens[e].end), role: null, kind: 'description', head: tokens[e].lower };
  }
  // ("A letter seen by the Chronicle said": the document a participle's agent is no author of speaks)
  const seen = documentBeforeAgent(text, tokens, e);
  if (seen) return seen;
  // ("Its statement on Saturday said": the document of the body "its" refers to)
  const d = timeBefore(tokens, e);
  if (d >= 1 && DOCUMENT_WORDS.has(tokens[d].lower) && tokens[d - 1].lower === 'its' && (d === 1 || tokens[d - 2].punct)) {
    return { start: tokens[d - 1].start, end: tokens[d].end, name: text.slice(tokens[d - 1].start, tokens[d].end), role: null, kind: 'description', head: tokens[d].lower };
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
  // ("Leader of the Opposition Meenakshi Kulkarni said": read back to the office the chamber's name belongs to)
  if (phrase?.kind === 'person') {
    const at = tokens.findIndex((t) => t.start === phrase.start);
    const office = at >= 3 && tokens[at - 1].lower === 'the' && tokens[at - 2].lower === 'of' ? officeOfChamber(text, tokens, at - 3) : null;
    if (office && office.phrase.end === phrase.end) return office.phrase;
  }
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
    // (`The buildings' owner, Calder Kestrel Properties, said`: or after a role a body may hold)
    if (inner?.kind === 'description' && mayNameBody(inner.head ?? '') && between?.kind === 'organization' && between.start >= tokens[c].end) return between;
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
  const another = last.lower === 'another' ? anotherOfThoseBefore(text, tokens, j) : null;
  if (another) return another;
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
    const phrase = readNamePhrase(text, tokens, from, j + 1, determiner) ?? nameAfterRoleWords(text, tokens, from, j);
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
      // ("A 2021 safety review": a year after the article is one of its modifiers; "The 38-page report": a measure)
      while (s > 0 && j - s < 10 && !tokens[s - 1].punct && (DETERMINERS.has(tokens[s - 1].lower) || /^(?:\d[\d.,]*-)?[a-z-]+$/.test(tokens[s - 1].text) || isRoleWord(tokens[s - 1]) || (/^(?:19|20)\d\d$/.test(tokens[s - 1].text) && ARTICLES.has(tokens[s - 2]?.lower ?? ''))) && !isSpeechVerb(tokens[s - 1].lower) && !NOT_IN_NOUN_PHRASE.has(tokens[s - 1].lower) && !PRONOUNS.has(tokens[s - 1].lower) && !PRONOUNS.has(tokens[s - 2]?.lower ?? '')) {
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

/**
 * `Opposition spokesperson on energy Lwazi Bhengu`: role words the name reader does not take whole (a role and
 * what it is on or for) before a full name ending at `j` — that name, the words from `from` before it its role; or null.
 */
function nameAfterRoleWords(text: string, tokens: Token[], from: number, j: number): NamePhrase | null {
  let n = j;
  while (n > from && tokens[n - 1].cap && isNameWord(tokens[n - 1])) n--;
  // (the words before the name end in a noun of the role's: "the director of the Enkare Wildlife Forum" names a body)
  if (n === from || j - n < 1 || ROLE_CONNECTORS.has(tokens[n - 1].lower) || !tokens.slice(from, n).some((t) => isRoleHead(t.lower))) return null;
  const named = readNamePhrase(text, tokens, n, j + 1, null);
  return named?.kind === 'person' && !named.role ? { ...named, role: text.slice(tokens[from].start, tokens[n - 1].end) } : null;
}

const ROLE_CONNECTORS = new Set(['of', 'the', 'at', 'for', 'and', 'to', 'in', 'on', 'with', 'from', 'a', 'an']);

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

/** `No 10`, `Unit 5`: a number after a capitalised word, or "No" before one, is a word of the name. */
function numberedName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (/^\d+$/.test(t.text)) return k > 0 && tokens[k - 1].cap && !tokens[k - 1].punct;
  return (t.text === 'No' || t.text === 'No.') && /^\d+$/.test(tokens[k + 1]?.text ?? '');
}

// Words that pick members out of a group: "one of them", "two of the officials".
const GROUP_QUANTIFIERS = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'another']);

/**
 * `One of them said`, `one of the officials said`: a member of a group, anonymous, never the group itself nor
 * whoever "them" was last (the words after "of" are a plural pronoun or a plain noun phrase, ending at `j`).
 */
function memberOfGroupBefore(text: string, tokens: Token[], j: number): SpeakerPhrase | null {
  let of = j - 1;
  // (the group's words may hold its owner and a count: "one of Brightwater’s 20 largest shareholders")
  while (of > 0 && j - of < 7 && (!tokens[of].punct || isPossessive(tokens[of])) && tokens[of].lower !== 'of') of--;
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

/** A person named right before a comma-closed appositive (`Reagan Ruslim, who joined the board last month,`). */
export function personBefore(text: string, tokens: Token[], comma: number): SpeakerPhrase | null {
  const phrase = phraseBefore(text, tokens, comma);
  // (`Aoife Dunne of the Keys Now Alliance, which organised the march, told`: the body is whom she is of; she speaks)
  const member = phrase?.kind === 'organization' ? personOf(text, tokens, phrase) : null;
  if (member) return member;
  // "a spokesperson for the Office, who …, said", "a Toronto woman …, and who …, said": someone, unnamed
  if (phrase && (phrase.kind === 'person' || (phrase.kind === 'anonymous' && (UNNAMED_PERSON_HEADS.has(phrase.head ?? '') || PERSON_NOUNS.has(phrase.head ?? ''))))) return phrase;
  // "The Halvard Alliance, which Kessany is not a member of, said": a body with a clause or description set off;
  // "The transit operator, Esmer Metropolitan Transit, said": a body's name set off after its description
  return phrase && phrase.kind === 'organization' && (setOffAfter(tokens, phrase.end) || setOffAfterBodyWord(tokens, phrase.start)) ? phrase : null;
}

/** `Aoife Dunne of the Keys Now Alliance`: the person named right before "of (the)" and the phrase, or null. */
export function personOf(text: string, tokens: Token[], phrase: SpeakerPhrase): SpeakerPhrase | null {
  let at = tokens.findIndex((k) => k.start === phrase.start);
  // (back over capitalised words the body's name has and its reading may have left out: "Keys Now Alliance")
  for (let words = 0; words < 3 && at > 0 && tokens[at - 1].cap && !tokens[at - 1].punct; words++) at--;
  if (at > 0 && tokens[at - 1].lower === 'the') at--;
  if (at < 2 || tokens[at - 1].lower !== 'of') return null;
  const person = phraseBefore(text, tokens, at - 2);
  return person?.kind === 'person' && person.name.includes(' ') ? person : null;
}

/**
 * `One viewer posted on X: “…” ¶ But another hit back: “…”`: "another" alone, opening its clause, is one more of
 * the people the text just counted one of — "another viewer".
 */
function anotherOfThoseBefore(text: string, tokens: Token[], at: number): SpeakerPhrase | null {
  const word = tokens[at];
  if (at > 0 && !tokens[at - 1].punct && !CLAUSE_OPENERS.has(tokens[at - 1].lower)) return null;
  ONE_SOMEONE.lastIndex = Math.max(0, word.start - ANOTHER_REACH);
  let noun: string | null = null;
  for (let m = ONE_SOMEONE.exec(text); m !== null && m.index < word.start; m = ONE_SOMEONE.exec(text)) {
    if (isRoleHead(m[1]) || UNNAMED_PERSON_HEADS.has(m[1]) || PERSON_NOUNS.has(m[1])) noun = m[1];
  }
  return noun ? { kind: 'anonymous', start: word.start, end: word.end, name: `another ${noun}`, role: null, head: noun } : null;
}

const CLAUSE_OPENERS = new Set(['but', 'and', 'while', 'yet']);
const ONE_SOMEONE = /\b[Oo]ne ([a-z]+)\b/g;
const ANOTHER_REACH = 500;

/**
 * `A letter signed by 23 MPs and seen by the Chronicle said`, `A memo, obtained by the Courier, warned`: when the
 * words ending at `e` are the agent of a participle that makes nobody an author (seen, obtained, leaked), the
 * document before the participle is the subject; or null. (Whom "commissioned by" names is left as it was read:
 * the sets' golds disagree on whether the commissioner speaks.)
 */
function documentBeforeAgent(text: string, tokens: Token[], e: number): SpeakerPhrase | null {
  let k = e;
  for (let hops = 0; hops < 3; hops++) {
    let by = k;
    // (the raw text, not the lowercased: this asks of every phrase read back)
    while (by > 1 && k - by < 8 && tokens[by].text !== 'by' && !tokens[by].punct) by--;
    if (tokens[by]?.text !== 'by' || by < 2) return null;
    const participle = tokens[by - 1];
    if (!AGENT_PARTICIPLES.has(participle.lower) && !(hops > 0 && AUTHOR_PARTICIPLES.has(participle.lower))) return null;
    const before = by - 2;
    // (past "and" or a comma joining two participles: "signed by …and seen by", "commissioned by …, obtained by")
    if (tokens[before].lower === 'and' || tokens[before].text === ',') {
      k = before - 1;
      continue;
    }
    if (!DOCUMENT_WORDS.has(tokens[before].lower) || tokens[before].cap) return null;
    const document = phraseBefore(text, tokens, before);
    return document && (document.kind === 'description' || document.kind === 'anonymous') && document.head === tokens[before].lower ? document : null;
  }
  return null;
}

// Participles whose agent has not written the document ("seen by the Chronicle"), and those whose agent has.
const AGENT_PARTICIPLES = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'leaked', 'released', 'shared', 'cited', 'quoted', 'read']);
const AUTHOR_PARTICIPLES = new Set(['signed', 'written', 'sent', 'issued', 'published', 'prepared', 'compiled', 'drafted']);
