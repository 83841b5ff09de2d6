import { isGivenName } from '../entities/firstNames';
import { continuesName, isNameWord, lineBreakBetween, readNamePhrase, tokenize, type NamePhrase, type Token, type TokenBuffer } from '../entities/names';
import { ORGANISATION_HEADS, UNNAMED_PERSON_HEADS, isHonorific, isRoleHead, isRoleModifier } from '../entities/titles';
import { isSpeechVerb } from './speechVerbs';
import { ARTICLES } from './roleOwners';
import type { SpeakerPhrase } from './phraseWords';

// A document "says" what its author wrote: `says a document titled … on Canadian Pacific Railway's website`,
// `the report said` after `A study by the University of Calgary's School of Public Policy …`. Its speaker is
// the body or person whose document it is — or nobody, never whoever the story named last.

/** Nouns for things that "say" on behalf of their author. */
export const DOCUMENT_WORDS = new Set([
  'document', 'report', 'study', 'paper', 'statement', 'release', 'letter', 'memo', 'email', 'e-mail', 'tweet',
  'message', 'filing', 'website', 'post', 'note', 'lawsuit', 'suit', 'claim', 'complaint', 'survey', 'analysis',
  'audit', 'review', 'notice', 'submission', 'ruling', 'judgment', 'judgement', 'decision', 'brief', 'bulletin',
  'assessment', 'evaluation', 'inspection',
  // what a company's or a prize's papers say ("the presentation concluded", "the jury's citation praised")
  'presentation', 'citation', 'transcript',
  // ("The reply states that …", "The budget papers put the blame on …", "the court documents show")
  'reply', 'response', 'papers', 'documents', 'records', 'minutes', 'affidavit', 'petition', 'indictment', 'circular', 'advisory',
]);

/** Where a body publishes its words: `on Canadian Pacific Railway's website`. */
const PLACES = new Set(['website', 'site', 'page', 'webpage', 'blog', 'account', 'feed', 'channel']);
/** Prepositions that introduce a document's author: `a report by`, `a statement from`, `a study for`. */
const AUTHOR_PREPOSITIONS = new Set(['by', 'from', 'for']);
/** Lowercase words inside a body's name: `University of Calgary's School of Public Policy`, `Securities and Exchange Commission`. */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'de', 'du', 'des', 'la', 'le', "'s", '’s', '&']);
const POSSESSIVE = new Set(["'s", '’s']);
/** Participles between a document and its author: `a statement released by`, `a report prepared for`. */
const AUTHORING = new Set(['released', 'issued', 'published', 'posted', 'written', 'prepared', 'signed', 'sent', 'filed', 'produced', 'authored', 'put']);
const SENTENCE_REACH = 240;
const NARRATIVE_REACH = 1200;
const AUTHOR_BEFORE_REACH = 160; // `X, a researcher at Y, stated in the company's blog post`: the author before the document word
const DOCUMENT_WORD = new RegExp(`\\b(?:${[...DOCUMENT_WORDS].join('|')})\\b`, 'g');

/**
 * The author the rest of a document's sentence names, from `from` (the end of the document's phrase) to the
 * sentence's end: `… on Canadian Pacific Railway's website`, `a statement released by the Prime Minister's Office`.
 * `buffer`'s tokens are reused (the phrase returned holds strings and offsets only).
 */
export function authorAfter(text: string, from: number, buffer: TokenBuffer): NamePhrase | null {
  const tokens = tokenize(text, from, Math.min(text.length, from + SENTENCE_REACH), buffer);
  // `The report, written by X,`: the authoring clause may be set off by a comma
  const lead = tokens[0]?.text === ',' ? 1 : 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '.' || t.text === '!' || t.text === '?') break;
    if (t.cap || t.punct) continue;
    const place = t.lower === 'on' || t.lower === 'at';
    // `a statement from X`, `a statement released by X` — but `the memo obtained by The Globe` is not The Globe's
    if (!place && !(AUTHOR_PREPOSITIONS.has(t.lower) && (i === lead || (i === lead + 1 && AUTHORING.has(tokens[lead].lower))))) continue;
    const owner = (place ? null : nameSetOffAfterOffice(text, tokens, i + 1)) ?? authorAt(text, tokens, i + 1);
    if (!owner) continue;
    // "on X's website" names the publisher; "on X" alone is what the document is about
    if (place && !(POSSESSIVE.has(tokens[owner.next]?.lower ?? '') && PLACES.has(tokens[owner.next + 1]?.lower ?? ''))) continue;
    return owner.phrase;
  }
  return null;
}

/**
 * The author of the nearest document the narrative before `to` names with one: `A study by the University of
 * Calgary's School of Public Policy analyzed …`, `the agency's annual report`. With where that mention is. An earlier
 * mention of the same noun (`head`) without an author is the document itself: its author is unknown (null).
 */
// Messages that are documents of their own kind, never another name for a report or a letter.
const DIFFERENT_KINDS = new Set(['email', 'e-mail', 'tweet', 'post', 'message']);

export function authorBefore(text: string, to: number, head: string, buffer: TokenBuffer, from = Math.max(0, to - NARRATIVE_REACH)): { phrase: SpeakerPhrase; at: number } | null {
  // the first document word in the window, found by the regex engine: most windows have none, and only the
  // stretch from a little before it is read as tokens
  DOCUMENT_WORD.lastIndex = from;
  const first = DOCUMENT_WORD.exec(text);
  if (first === null || first.index >= to) return null;
  const tokens = tokenize(text, Math.max(from, first.index - AUTHOR_BEFORE_REACH), to, buffer);
  for (let i = tokens.length - 1; i > 0; i--) {
    const t = tokens[i];
    if (t.cap || !DOCUMENT_WORDS.has(t.lower)) continue;
    // ("said in an email" is no author of "the letter" read after it)
    // (any kind for "it", whose head is '')
    if (head !== '' && t.lower !== head && DIFFERENT_KINDS.has(t.lower)) continue;
    // `Jason Schultz, a researcher at Talos, stated in the company's blog post`: who spoke in it wrote it
    const speaker = speakerInDocument(text, tokens, i) ?? speakerAfterDocument(text, tokens, i) ?? publisherBefore(text, tokens, i);
    if (speaker) return { phrase: speaker, at: t.start };
    // `a report by X`, `a study from X`, `a letter written by X`
    const by = AUTHOR_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '') ? i + 1 : startsAuthorClause(tokens, i + 1) ? i + 2 : -1;
    // (never across a line break: "… after damning audit ¶ By Tegan Whitlock" is a headline and its byline)
    if (by > 0 && !lineBreakBetween(text, t, tokens[by])) {
      // (`a statement by the Special Adviser to the President on Media, Mr Tunde Adeyemi-Cole,`: whoever holds the office)
      const owner = nameSetOffAfterOffice(text, tokens, by + 1) ?? authorAt(text, tokens, by + 1);
      if (owner) return { phrase: owner.phrase, at: t.start };
      // (`a letter from a resident who has lived on Scarra …`: someone unnamed wrote it)
      const someone = someoneUnnamedAt(text, tokens, by + 1);
      if (someone) return { phrase: someone, at: t.start };
    }
    // `the letter Pell sent her`: a relative clause whose subject is the author
    const writer = tokens[i + 1]?.cap ? authorAt(text, tokens, i + 1) : null;
    if (writer && WROTE.has(tokens[writer.next]?.lower ?? '')) return { phrase: writer.phrase, at: t.start };
    // `a text message Ms Kendall said she had received from Brasher`: whom its recipient had it from
    const sender = senderAfter(text, tokens, i + 1);
    if (sender) return { phrase: sender, at: t.start };
    // `X's annual report`: back over a few modifiers to the possessive
    for (let p = i - 1; p > 0 && i - p <= 4 && !tokens[p].punct; p--) {
      if (!POSSESSIVE.has(tokens[p].lower)) continue;
      const owner = authorEndingAt(text, tokens, p - 1);
      if (owner) return { phrase: owner, at: t.start };
      break;
    }
    // `A memo has been circulating …` before "the memo": the very document, and the text never says whose
    if (t.lower === head) return null;
  }
  return null;
}

/** `… received from Brasher`: the sender a clause after a document names, within its sentence (a few words on); or null. */
function senderAfter(text: string, tokens: Token[], from: number): NamePhrase | null {
  for (let k = from; k < tokens.length && k - from < 10; k++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === '!' || t.text === '?') return null;
    if (t.lower === 'from' && RECEIVED.has(tokens[k - 1]?.lower ?? '')) return authorAt(text, tokens, k + 1)?.phrase ?? null;
  }
  return null;
}

const RECEIVED = new Set(['received', 'got', 'gotten', 'receives', 'gets']);

/** Past tenses of writing a document, its author their subject: `the letter Pell sent her`. */
const WROTE = new Set(['sent', 'wrote', 'penned', 'signed', 'posted', 'published', 'issued', 'released', 'filed', 'left']);

/**
 * `X said in a statement`, `X, a researcher, stated in the company's blog post`: the name before a speech verb
 * and "in" that lead (over a few words) to the document at `doc`, past an appositive set off by commas.
 */
function speakerInDocument(text: string, tokens: Token[], doc: number): NamePhrase | null {
  let inAt = doc - 1;
  while (inAt > 0 && doc - inAt <= 5 && tokens[inAt].lower !== 'in' && !tokens[inAt].punct) inAt--;
  if (tokens[inAt]?.lower !== 'in') return null;
  // ("The club confirmed the decision in a short statement": over the verb's object, a few words)
  let v = inAt - 1;
  while (v > 0 && inAt - v <= 4 && !tokens[v].punct && !(isSpeechVerb(tokens[v].lower) && !tokens[v].cap) && !OBJECT_STOPS.has(tokens[v].lower)) v--;
  const verb = tokens[v];
  if (!verb || verb.cap || !isSpeechVerb(verb.lower) || (v < inAt - 1 && !ARTICLES.has(tokens[v + 1].lower))) return null;
  let end = v - 1;
  if (tokens[end]?.text === ',') {
    // ("The company's chair, Dame Helen Ashcroft, said in a letter": the name set off after a description wrote it)
    const setOff = authorEndingAt(text, tokens, end - 1);
    let first = setOff ? tokens.findIndex((t) => t.start === setOff.start) : -1;
    while (first > 0 && isHonorific(tokens[first - 1].lower)) first--;
    if (setOff?.kind === 'person' && tokens[first - 1]?.text === ',') return setOff;
    // the appositive back to its opening comma
    end = beforeAppositive(tokens, end);
    if (end < 0) return null;
  }
  return authorEndingAt(text, tokens, end, true);
}

/**
 * `Hutan Lestari Watch, a … group, published a report`: the subject of a verb of publishing whose object is the
 * document at `doc` (an article and a few modifiers between) wrote it.
 */
function publisherBefore(text: string, tokens: Token[], doc: number): NamePhrase | null {
  let v = doc - 1;
  while (v > 0 && doc - v <= 3 && !tokens[v].punct && !tokens[v].cap && !PUBLISHING.has(tokens[v].lower) && !ARTICLES.has(tokens[v].lower)) v--;
  if (!ARTICLES.has(tokens[v]?.lower ?? '')) return null;
  v--;
  if (v < 1 || !PUBLISHING.has(tokens[v].lower)) return null;
  let end = v - 1;
  if (tokens[end].text === ',') {
    // past the appositive set off after the name, back to its opening comma
    end = beforeAppositive(tokens, end);
    if (end < 0) return null;
  }
  return authorEndingAt(text, tokens, end, true);
}

/** The token before the comma opening the appositive that the comma at `close` ends (", a researcher at Talos,"), or -1. */
function beforeAppositive(tokens: readonly Token[], close: number): number {
  let open = close - 1;
  while (open > 0 && close - open < 16 && tokens[open].text !== ',' && !tokens[open].punct) open--;
  return tokens[open]?.text === ',' ? open - 1 : -1;
}

// Verbs whose subject is the author of the document they take as object.
const PUBLISHING = new Set(['published', 'released', 'issued', 'produced', 'compiled', 'submitted', 'filed', 'lodged', 'sent', 'wrote', 'penned', 'unveiled']);

// Words that cannot stand inside a verb's short object before "in a statement".
const OBJECT_STOPS = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'he', 'she', 'they', 'it', 'was', 'is', 'were', 'are', 'has', 'had', 'have']);

/**
 * `In a written statement, Calandra said`: an opening "in" phrase ending at the document at `doc`, then its
 * comma, a name and a speech verb — that name wrote it.
 */
function speakerAfterDocument(text: string, tokens: Token[], doc: number): SpeakerPhrase | null {
  // ("In a statement released shortly after 8.40am, the club said": a participle's clause may end the phrase)
  let comma = doc + 1;
  while (comma < tokens.length && comma - doc <= 10 && !tokens[comma].punct) comma++;
  if (tokens[comma]?.text !== ',') return null;
  let inAt = doc - 1;
  while (inAt >= 0 && doc - inAt <= 4 && tokens[inAt].lower !== 'in' && !tokens[inAt].punct) inAt--;
  // (opening its sentence: after punctuation, or a line a headline without a full stop ended)
  if (inAt < 0 || tokens[inAt].lower !== 'in' || (inAt > 0 && !tokens[inAt - 1].punct && !text.slice(tokens[inAt - 1].end, tokens[inAt].start).includes('\n'))) return null;
  // ("Halcyon Street, in a statement, called …": the phrase set off between a subject and its speech verb)
  const verbAfterAside = tokens[comma + 1];
  if (inAt > 1 && tokens[inAt - 1].text === ',' && verbAfterAside && !verbAfterAside.cap && isSpeechVerb(verbAfterAside.lower)) return authorEndingAt(text, tokens, inAt - 2, true);
  // ("In a statement to the Leader, a spokesperson for Kilbrack County Council said": the body it speaks for, as
  // after "A spokesperson for … said in a statement")
  const speaksFor = SPOKESPEOPLE.has(tokens[comma + 2]?.lower ?? '') && (tokens[comma + 1].lower === 'a' || tokens[comma + 1].lower === 'the') && FOR_OR_OF.has(tokens[comma + 3]?.lower ?? '') ? authorAt(text, tokens, comma + 4) : null;
  if (speaksFor && actsAsVerb(tokens[speaksFor.next])) return speaksFor.phrase;
  const owner = authorAt(text, tokens, comma + 1);
  // ("the Association of Grain and Meal Processors (AGMP) said": past the initials in parentheses)
  if (owner && tokens[owner.next]?.text === '(' && tokens[owner.next + 2]?.text === ')') owner.next += 3;
  const verb = owner ? tokens[owner.next] : undefined;
  // (any verb of the subject's: "In a statement, Public Safety Minister Carla Voss thanked firefighters")
  if (owner && actsAsVerb(verb)) return owner.phrase;
  // ("In a statement issued through his solicitor, Fraser Dunbar, he said": past the name that ends the phrase, "he"
  // wrote it)
  // ("In a statement, the Minister for Housing, Declan Furlong, said": the name set off after the office)
  const named = owner && verb?.text === ',' && tokens[owner.next + 1]?.cap ? authorAt(text, tokens, owner.next + 1) : null;
  const namedVerb = named && tokens[named.next]?.text === ',' ? tokens[named.next + 1] : undefined;
  if (named && named.phrase.kind === 'person' && actsAsVerb(namedVerb)) return named.phrase;
  const pronoun = owner && verb?.text === ',' ? tokens[owner.next + 1] : undefined;
  const spoke = tokens[owner ? owner.next + 2 : -1];
  if (pronoun && (pronoun.lower === 'he' || pronoun.lower === 'she') && spoke && !spoke.cap && isSpeechVerb(spoke.lower)) {
    return { kind: 'pronoun', start: pronoun.start, end: pronoun.end, name: pronoun.lower, role: null };
  }
  return null;
}

const SPOKESPEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative']);
const FOR_OR_OF = new Set(['for', 'of']);

/** `a resident`, `a retired teacher`, `one local farmer`: someone unnamed at token `i`, an article and a role or person noun ending up to three lowercase words. */
function someoneUnnamedAt(text: string, tokens: Token[], i: number): SpeakerPhrase | null {
  const article = tokens[i];
  if (!article || !UNNAMED_ARTICLES.has(article.lower)) return null;
  for (let k = i + 1; k < tokens.length && k - i <= 3; k++) {
    const t = tokens[k];
    if (t.cap || t.punct) return null;
    // (the noun ends the description: "a resident who …", "a farmer in Kilrea")
    const next = tokens[k + 1];
    if ((isRoleHead(t.lower) || UNNAMED_PERSON_HEADS.has(t.lower)) && (!next || next.punct || next.cap || !/^\p{Ll}+$/u.test(next.text) || NOUN_PHRASE_ENDS.has(next.lower))) {
      return { kind: 'anonymous', start: article.start, end: t.end, name: text.slice(article.start, t.end), role: null, head: t.lower };
    }
  }
  return null;
}

const UNNAMED_ARTICLES = new Set(['a', 'an', 'one']);
// Words that close a noun phrase: what follows the noun is a clause or a complement, not more of it.
const NOUN_PHRASE_ENDS = new Set(['who', 'whose', 'that', 'in', 'at', 'from', 'of', 'on', 'with', 'near', 'living', 'based', 'and']);

/** Whether a token may be the verb of the subject before it: a speech verb, or a word ending as a finite verb does. */
function actsAsVerb(verb: Token | undefined): boolean {
  return verb !== undefined && !verb.cap && !verb.punct && (isSpeechVerb(verb.lower) || /^[a-z]+(?:ed|s)$/.test(verb.text));
}

/** The author's name starting at token `i`: a capitalised run (a body's name may hold "of", "and", "'s"), or `the` and a body's head. */
function authorAt(text: string, tokens: Token[], i: number): { phrase: NamePhrase; next: number } | null {
  const setOff = nameSetOffAfterOwnedRole(text, tokens, i);
  if (setOff) return setOff;
  let k = i;
  const the = tokens[k]?.lower === 'the' ? tokens[k++] : null;
  // `written by hydrologist Dr. Fiona Reid`: lowercase role words before the author's name are their role
  let roleFrom = -1;
  if (!the) {
    let r = k;
    while (r < tokens.length && r - k < 3 && !tokens[r].cap && !tokens[r].punct && (isRoleHead(tokens[r].lower) || isRoleModifier(tokens[r].lower))) r++;
    if (r > k && tokens[r] && isNameWord(tokens[r])) [roleFrom, k] = [k, r];
  }
  const first = k;
  let last = -1;
  let connected = false;
  while (k < tokens.length && k - first < 12) {
    const t = tokens[k];
    if (isNameWord(t) || (last >= 0 && last === k - 1 && continuesName(tokens[last], t))) {
      last = k++;
      continue;
    }
    if (last === k - 1 && NAME_CONNECTORS.has(t.lower) && tokens[k + 1] && isNameWord(tokens[k + 1])) {
      connected = true;
      k++;
      continue;
    }
    break;
  }
  if (last >= 0 && roleFrom >= 0) {
    const named = readNamePhrase(text, tokens, first, last + 1, null);
    if (named?.kind === 'person') return { phrase: { ...named, role: named.role ?? text.slice(tokens[roleFrom].start, tokens[first - 1].end) }, next: last + 1 };
  }
  if (last >= 0) {
    const owned = ownersRole(text, tokens, the ?? tokens[first], last);
    if (owned) return owned;
    // ("Public Safety Minister Carla Voss": the title glued to the name is her role)
    const titled = !connected && last - first >= 2 ? readNamePhrase(text, tokens, first, last + 1, null) : null;
    if (titled?.kind === 'person' && titled.role) return { phrase: titled, next: last + 1 };
    return { phrase: authorPhrase(text, tokens, first, last, connected), next: last + 1 };
  }
  if (!the) return null;
  // ("In a statement after the sentencing, the police said": the police, as the text calls them)
  if (tokens[first]?.lower === 'police' && !tokens[first].punct) {
    return { phrase: { start: the.start, end: tokens[first].end, name: text.slice(the.start, tokens[first].end), role: null, kind: 'anonymous', head: 'police' }, next: first + 1 };
  }
  // `by the railway company`: a body the text describes, up to its last head word
  let head = -1;
  for (let h = first; h < tokens.length && h - first < 3 && !tokens[h].punct && !tokens[h].cap && !POSSESSIVE.has(tokens[h].lower); h++) if (ORGANISATION_HEADS.has(tokens[h].lower)) head = h;
  if (head < 0) return null;
  const owned = ownersRole(text, tokens, the, head);
  if (owned) return owned;
  const phrase: NamePhrase = { start: the.start, end: tokens[head].end, name: text.slice(the.start, tokens[head].end), role: null, kind: 'description', head: tokens[head].lower };
  return { phrase, next: head + 1 };
}

/**
 * `written by Mr Petrie’s wife, Jess,`: the name set off after a role a person's possessive owns, from token `i`,
 * with that role and its owner; or null.
 */
function nameSetOffAfterOwnedRole(text: string, tokens: Token[], i: number): { phrase: NamePhrase; next: number } | null {
  let k = i;
  if (isHonorific(tokens[k]?.lower ?? '')) k++;
  const ownerFrom = k;
  while (k < tokens.length && k - ownerFrom < 3 && isNameWord(tokens[k])) k++;
  if (k === ownerFrom || !POSSESSIVE.has(tokens[k]?.lower ?? '')) return null;
  const ownerLast = tokens[k - 1];
  const roleFrom = ++k;
  while (k < tokens.length && k - roleFrom < 3 && !tokens[k].cap && !tokens[k].punct) k++;
  if (k === roleFrom || tokens[k]?.text !== ',' || !isRoleHead(tokens[k - 1].lower)) return null;
  const roleEnd = tokens[k - 1].end;
  const nameFrom = ++k;
  while (k < tokens.length && k - nameFrom < 3 && isNameWord(tokens[k])) k++;
  if (k === nameFrom) return null;
  const phrase: NamePhrase = { start: tokens[nameFrom].start, end: tokens[k - 1].end, name: text.slice(tokens[nameFrom].start, tokens[k - 1].end), role: text.slice(tokens[roleFrom].start, roleEnd), kind: 'person', roleOwner: { name: ownerLast.text, start: ownerLast.start, pronoun: false } };
  return { phrase, next: k };
}

/**
 * `a statement by the Special Adviser to the President on Media, Mr Tunde Adeyemi-Cole, said`: an office (its
 * words up to a role head, then what it is of or to) set off before the full name of whoever holds it, from
 * token `i` — the holder is the author, the office their role; or null.
 */
function nameSetOffAfterOffice(text: string, tokens: Token[], i: number): { phrase: NamePhrase; next: number } | null {
  let k = tokens[i]?.lower === 'the' ? i + 1 : i;
  const roleFrom = k;
  while (k < tokens.length && k - roleFrom < 4 && tokens[k].cap && !tokens[k].punct) k++;
  if (k === roleFrom || !isRoleHead(tokens[k - 1].lower)) return null;
  // ("to the President on Media": what the office is of, to or for, up to the comma)
  while (k < tokens.length && k - roleFrom < 12 && !tokens[k].punct && (tokens[k].cap || OFFICE_COMPLEMENT.has(tokens[k].lower))) k++;
  if (tokens[k]?.text !== ',') return null;
  const roleEnd = tokens[k - 1].end;
  let nameFrom = k + 1;
  if (isHonorific(tokens[nameFrom]?.lower ?? '')) nameFrom++;
  let end = nameFrom;
  while (end < tokens.length && end - nameFrom < 4 && isNameWord(tokens[end])) end++;
  if (end - nameFrom < 2 || !(tokens[end] === undefined || tokens[end].punct)) return null;
  const named = readNamePhrase(text, tokens, nameFrom, end, null);
  if (named?.kind !== 'person' || named.role) return null;
  return { phrase: { ...named, role: text.slice(tokens[roleFrom].start, roleEnd) }, next: end };
}

// Words an office's name goes on with before the comma: "Adviser to the President on Media".
const OFFICE_COMPLEMENT = new Set(['to', 'the', 'of', 'on', 'for', 'and']);

/**
 * `by the province's auditor general`, `by Ontario's chief medical officer`: the role the possessive after token
 * `owner` gives, from `start` through its last role head — the author is whoever holds it, not the body.
 */
function ownersRole(text: string, tokens: Token[], start: Token, owner: number): { phrase: NamePhrase; next: number } | null {
  if (!POSSESSIVE.has(tokens[owner + 1]?.lower ?? '')) return null;
  let head = -1;
  for (let k = owner + 2; k < tokens.length && k - owner <= 5 && !tokens[k].punct && !tokens[k].cap; k++) {
    if (isRoleHead(tokens[k].lower)) head = k;
    else if (!isRoleModifier(tokens[k].lower)) break;
  }
  if (head < 0) return null;
  const phrase: NamePhrase = { start: start.start, end: tokens[head].end, name: text.slice(start.start, tokens[head].end), role: null, kind: 'description', head: tokens[head].lower };
  return { phrase, next: head + 1 };
}

/** The author's name ending at token `last`, read backwards over name words and the connectors between them. */
function authorEndingAt(text: string, tokens: Token[], last: number, described = false): NamePhrase | null {
  // ("The club confirmed … in a statement": a body the text named before, by its head, when it spoke in the document)
  if (described && last >= 1 && !tokens[last].cap && ORGANISATION_HEADS.has(tokens[last].lower) && tokens[last - 1].lower === 'the') {
    return { start: tokens[last - 1].start, end: tokens[last].end, name: text.slice(tokens[last - 1].start, tokens[last].end), role: null, kind: 'description', head: tokens[last].lower };
  }
  // ("Human Rights Watch": a sentence word may end a body's name after a name word)
  if (last < 0 || !(isNameWord(tokens[last]) || (last > 0 && isNameWord(tokens[last - 1]) && continuesName(tokens[last - 1], tokens[last])))) return null;
  let first = last;
  let connected = false;
  while (first > 0 && last - first < 12) {
    if (isNameWord(tokens[first - 1])) first--;
    else if (first > 1 && NAME_CONNECTORS.has(tokens[first - 1].lower) && isNameWord(tokens[first - 2])) {
      connected = true;
      first -= 2;
    } else break;
  }
  return authorPhrase(text, tokens, first, last, connected);
}

/** A person when the run is a first name and a surname or two, else a body. */
function authorPhrase(text: string, tokens: Token[], first: number, last: number, connected: boolean): NamePhrase {
  // ("Dame Helen Ashcroft": the honorific is no word of the name)
  if (first < last && !connected && isHonorific(tokens[first].lower)) first++;
  const name = text.slice(tokens[first].start, tokens[last].end);
  const words = last - first + 1;
  const person = !connected && words >= 2 && words <= 3 && isGivenName(tokens[first].text);
  return { start: tokens[first].start, end: tokens[last].end, name, role: null, kind: person ? 'person' : 'organization' };
}

/** `released by`, `prepared for` at token `i`: a participle that ends a document's noun phrase and leads to its author. */
export function startsAuthorClause(tokens: Token[], i: number): boolean {
  return AUTHORING.has(tokens[i].lower) && AUTHOR_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '');
}

/** Whether a speaker phrase is a document that speaks for its author ("a document", "the report"), by its head. */
export function isDocument(phrase: SpeakerPhrase): phrase is NamePhrase & { head: string } {
  return (phrase.kind === 'anonymous' || phrase.kind === 'description') && 'head' in phrase && phrase.head !== undefined && DOCUMENT_WORDS.has(phrase.head) && !/^(?:his|her|their)\b/i.test(phrase.name);
}

/** Whether a document's phrase refers to one named before ("the report", "this study"), rather than introducing one. */
export function isDefiniteDocument(name: string): boolean {
  return /^(?:the|this|that)\b/i.test(name);
}
