import { isApostropheCode } from '../text/chars';
import type { Span } from '../model';
import { addAlias, addMention, nameKey, PersonIndex, type Person } from './coreference';
import { appositiveRole, hasBodyWord, isCorporateWord, isNameWord, isPartyTagWord, isTitleAbbreviation, isSentenceOpener, readNamePhrase, tokenize, type NamePhrase } from './names';
import { isGroupWord, isHonorific, isRoleHead, isRoleModifier, ORGANISATION_HEADS, ROLE_HEAD_WORDS, UNNAMED_PERSON_HEADS } from './titles';
import { firstNameGender, INITIALS_FIRST_NAMES } from './firstNames';
import { isStrongSpeechVerb, isStrongSpeechVerbAt } from '../extract/speechVerbs';
import { IntList } from '../text/intList';
import { wordList } from '../text/wordList';
import { CaptionLines } from '../text/captions';

// Runs of capitalised words ("Lithuanian Defense Minister Dovile Sakaliene", "Healey"), with name particles and
// abbreviated titles ("Rep. Lucille Roybal Allard"): Latin script, scanned by hand (this runs over the whole text).
const PARTICLES = wordList(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el']);

function isUpperLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x17f);
}

function isLowerLatin(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x17f);
}

/** A character a name word may hold: letters and digits (Latin), apostrophes, hyphens, the underscore. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 0x2019 || c === 45 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * The end of the capitalised word at `i` (a Latin capital starting it, a lowercase letter ending it: "Healey",
 * "McEwan", "O'Brien"; an abbreviated title with its period: "Rep."; initials: "U.S.", "J."), or -1.
 */
function capitalisedWordEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (!isUpperLatin(c)) return -1;
  let j = i + 1;
  while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 46 && j - i <= 5 && isTitleAbbreviation(text, i, j)) return j + 1;
  let end = j;
  while (end > i + 1 && !isLowerLatin(text.charCodeAt(end - 1))) end--;
  if (end > i + 1) return end;
  // initials that are a first name: "TJ Reid", "AJ Mitchell" (before another word of the name)
  if (j === i + 2 && text.charCodeAt(j) === 32 && isUpperLatin(text.charCodeAt(j + 1)) && INITIALS_NAMES.has(text.slice(i, j))) return j;
  // a lede's first word set in capitals, a given name before a surname: "GARETH Pryce has insisted"
  if (j - i >= 3 && (i === 0 || text.charCodeAt(i - 1) === 10) && text.charCodeAt(j) === 32 && isUpperLatin(text.charCodeAt(j + 1)) && isLowerLatin(text.charCodeAt(j + 2)) && firstNameGender(text.slice(i, j)) !== undefined) return j;
  // initials: "U.S.", "J."
  if (j === i + 1 && text.charCodeAt(i + 1) === 46) {
    let k = i + 2;
    while (k + 1 < text.length && isUpperLatin(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 46) k += 2;
    return k;
  }
  return -1;
}

// Pairs of initials that go by as first names, as firstNames.ts lists them.
const INITIALS_NAMES = new Set(INITIALS_FIRST_NAMES.map((name) => name.toUpperCase()));

/**
 * Calls `found` for every run of capitalised words ("Lithuanian Defense Minister Dovile Sakaliene", "Healey"),
 * name particles allowed inside ("Ursula von der Leyen"): one hand-written linear pass, no regex.
 */
export function scanCapitalisedRuns(text: string, found: (start: number, end: number) => void): void {
  const n = text.length;
  CAPITAL.lastIndex = 0;
  // `test` rather than `exec`: no match object per capital letter, the position is lastIndex - 1
  while (CAPITAL.test(text)) {
    const i = CAPITAL.lastIndex - 1;
    if (i > 0 && (isNameChar(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 35)) continue; // inside a word, or a hashtag
    let end = capitalisedWordEnd(text, i);
    if (end < 0) continue;
    // more words: a space, an optional particle and its space, another capitalised word
    for (;;) {
      const sep = text.charCodeAt(end);
      if (sep !== 32 && sep !== 0xa0) break;
      let next = end + 1;
      let word = capitalisedWordEnd(text, next);
      // up to two particles ("von der Leyen", "de la Cruz")
      for (let particles = 0; word < 0 && particles < 2; particles++) {
        let p = next;
        while (p < n && text.charCodeAt(p) >= 97 && text.charCodeAt(p) <= 122 && p - next < 4) p++;
        const after = text.charCodeAt(p);
        if (!(p > next && (after === 32 || after === 0xa0) && PARTICLES.has(text, next, p))) break;
        next = p + 1;
        word = capitalisedWordEnd(text, next);
      }
      if (word < 0) break;
      end = word;
    }
    found(i, end);
    CAPITAL.lastIndex = end;
  }
}

// A Latin capital: where a name may start (the regex engine skips the rest of the text fastest).
const CAPITAL = /[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f]/g;

// What follows a name when it is the subject of a speech verb: "Healey said", "Matlow, a councillor, told",
// and the pronoun that often comes next ("Laurin said she was fortunate"), a gender cue ("it": a body's).
const THEN_VERB = /[ \u00a0]*(?:,[^,.;"“”\n]{1,90},[ \u00a0]*|(,)[ \u00a0]*)?(?:(?:has|have|had|also|later|then|previously|again|once|[a-z]+ly)[ \u00a0]+){0,2}([a-z]+)(?:[ \u00a0]+(?:that[ \u00a0]+)?(he|she|its?)\b)?/y;

// A verb right after a name (an adverb may come first), then "they": "confirmed they", "said that they".
const THEN_THEY = /[ \u00a0]+(?:(?:later|also|then|[a-z]+ly)[ \u00a0]+)?([a-z]+)[ \u00a0]+(?:that[ \u00a0]+)?they\b/y;

/**
 * Whether a name's last word may end a club's or a group's name: a plural ("Rovers", "Wolves") or a word clubs
 * take ("Vale", "United"). A person's unknown name before "said they" is someone else's "they" ("Dia said they
 * were threatened": his family), so nothing else is read this way.
 */
function namesClub(lastWord: string): boolean {
  return (/[a-rt-z]s$/.test(lastWord) && !/['’]/.test(lastWord)) || CLUB_WORDS.has(lastWord);
}

const CLUB_WORDS = new Set(['United', 'City', 'Town', 'Athletic', 'Albion', 'Vale', 'County', 'FC', 'Orient', 'Argyle', 'Thistle']);

/** Whether the name ending at `end` is the subject of a verb whose clause calls it "they". */
function calledTheyAfter(text: string, end: number): boolean {
  // (the sticky pattern fails within a word or two; a search for "they" would run on through the text)
  if (text.charCodeAt(end) !== 32) return false;
  THEN_THEY.lastIndex = end;
  const m = THEN_THEY.exec(text);
  return m !== null && !NOT_VERB_AFTER.has(m[1], 0, m[1].length);
}

/** Whether the words after `at` make the preceding name the subject of a speech verb, and the pronoun after it. */
function speechAfter(text: string, at: number, appositive = false): { pronoun: string | undefined; plainSaid: boolean } | null {
  if (!strongVerbMayFollow(text, at)) return null;
  THEN_VERB.lastIndex = at;
  const m = THEN_VERB.exec(text);
  // `His father, Ernie LeBlanc, says`: a name set off by commas before the verb is its subject; a name before
  // one comma only ("in Halifax, said", "Railroad Workers United, said") is not
  if (m === null || (m[1] === ',' && !appositive)) return null;
  return isStrongSpeechVerb(m[2]) ? { pronoun: m[3], plainSaid: PLAIN_SAID.has(m[2]) } : null;
}

/**
 * A cheap no for THEN_VERB: without a comma next, its verb is one of the first three words after `at` (two
 * adverbs may come first), so when none is a strong speech verb the pattern need not run. Most names are
 * followed by anything but a speech verb.
 */
function strongVerbMayFollow(text: string, at: number): boolean {
  let i = at;
  while (isInlineSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 44) return true; // an appositive or a comma: the pattern decides
  for (let words = 0; words < 3; words++) {
    const end = lowercaseWordEnd(text, i);
    if (end === i) return false;
    if (isStrongSpeechVerbAt(text, i, end)) return true;
    i = end;
    if (!isInlineSpace(text.charCodeAt(i))) return false;
    while (isInlineSpace(text.charCodeAt(i))) i++;
  }
  return false;
}

function isInlineSpace(c: number): boolean {
  return c === 32 || c === 0xa0;
}

// Nouns for bodies a name right after them names ("technology company Veltrix", "the retailer Harrowgate").
const BODY_NOUNS = new Set(['company', 'firm', 'group', 'retailer', 'carmaker', 'automaker', 'airline', 'bank', 'lender', 'insurer', 'broadcaster', 'publisher', 'developer', 'operator', 'supplier', 'manufacturer', 'maker', 'conglomerate', 'giant', 'charity', 'club', 'union', 'party', 'agency', 'regulator', 'council']);

// Nouns for things, places and creatures a name right after them names ("her restaurant Tidewrack", "the ship Ever Given").
const THING_NOUNS = new Set(['restaurant', 'bar', 'café', 'cafe', 'pub', 'bistro', 'bakery', 'hotel', 'shop', 'boutique', 'store', 'brewery', 'winery', 'distillery', 'nightclub', 'venue', 'band', 'album', 'ship', 'vessel', 'yacht', 'ferry', 'tanker', 'horse', 'racehorse', 'app', 'brand', 'label', 'podcast', 'newspaper', 'magazine', 'chain', 'startup', 'start-up']);

/** The ASCII lowercase word ending one space before `start`, or ''. */
function wordBefore(text: string, start: number): string {
  const end = start - 1;
  if (end < 1 || text.charCodeAt(end) !== 32) return '';
  let from = end;
  for (let c = text.charCodeAt(from - 1); from > 0 && ((c >= 97 && c <= 122) || c === 45 || c === 233); c = text.charCodeAt(--from - 1));
  return from < end ? text.slice(from, end) : '';
}

/** The end of the run of ASCII lowercase letters at `i` (`i` itself when there is none). */
function lowercaseWordEnd(text: string, i: number): number {
  let j = i;
  for (let c = text.charCodeAt(j); c >= 97 && c <= 122; c = text.charCodeAt(++j));
  return j;
}

// A single unknown capitalised word is taken for a person only before these ("Edmonton responded" is a team).
const PLAIN_SAID = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'writes', 'explained', 'recalled']);

const ORGANISATION_LIKE = /^(?:[\p{Lu}\d&.]{2,6}|.*(?:Inc|Corp|Ltd|Gmb|AG|LLC|PLC|Co|Canada|Police|Council|Hydro|News|Times|Post|Group|Party|Department|Ministry|Office|Government|Court|Commission|Association|University|Hospital|Agency|Service|Services))$/u;

/**
 * One pass over the text collecting the people it names, in text order: full names (with the roles glued to
 * them) become people; later surnames alone ("Healey") are noted as mentions of them; a name that is the
 * subject of a speech verb is noted as speaking, the likeliest antecedent of the next "he said".
 */
export function collectPeople(text: string, index: PersonIndex, quoted: readonly Span[] = [], runs = new RunMemo()): void {
  // pass 1: the capitalised runs, and the lone words that speak ("says Greenspan", "Greenspan said") — a
  // surname known to speak anywhere makes its full name a person wherever it comes first
  // runs recur ("The", names): their facts are worked out once, and each run found is noted by number
  const distinct = runs.facts;
  const runFact = new IntList(); // index in `distinct` of each run kept, in text order
  const runStart = new IntList();
  // each run's previous occurrence in this block (-1: none), and each distinct run's last one: the lone words
  // that speak or act as subjects are asked of a longer run's last word only, so they are looked for then,
  // over that word's own occurrences, instead of around every lone word
  const previousSame = new IntList();
  const lastSeen: number[] = [];
  // plural words the text puts after "the" with no noun after them ("beat the Oilers 7-4"): a team's or a
  // group's name, never a surname ("the Jones family" is a surname's)
  const theNamed = new Set<string>();
  scanCapitalisedRuns(text, (start, end) => {
    const id = runs.idOf(text, start, end);
    const fact = distinct[id];
    if (fact.sentenceWord) return; // "The", "But": most lone capitalised words, never a name
    previousSame.push(lastSeen[id] ?? -1);
    lastSeen[id] = runFact.length;
    runFact.push(id);
    runStart.push(start);
    if (fact.single && text.charCodeAt(end - 1) === 115 && afterThe(text, start) && !beforeLowercaseWord(text, end)) theNamed.add(runs.runs[id]);
  });
  // per distinct lone word, once asked: 1 it speaks somewhere in the block ("says Greenspan", "Greenspan said"),
  // 2 it opens a clause as its subject somewhere ("Niederreiter has four goals"), 0 neither
  const loneWordRole: number[] = [];
  const roleOfLoneWord = (word: string): number => {
    const id = runs.find(word);
    if (id < 0 || !distinct[id].single) return 0;
    let role = loneWordRole[id];
    if (role === undefined) {
      role = 0;
      const length = runs.runs[id].length;
      for (let r = lastSeen[id] ?? -1; r >= 0 && role !== 1; r = previousSame.at(r)) {
        const at = runStart.at(r);
        if (speechVerbBefore(text, at) || speechVerbAfter(text, at + length)) role = 1;
        else if (actsAsSubject(text, at, at + length)) role = 2;
      }
      loneWordRole[id] = role;
    }
    return role;
  };
  let q = 0; // quoted spans are sorted: one pointer keeps the in-quote test linear
  // where the last full name read as a person's ended: "Ruan Steenkamp, Kagiso Dlamini and Pieter Vos" lists people
  let lastPersonEnd = -1;
  // a name in a picture caption introduces someone, but the caption is no narrative: never a subject or a speaker there
  const captions = new CaptionLines(text);
  // what the words around a mention say (a subject, a speaker) holds only outside captions: asked only when it would
  const told = (fact: boolean, at: number): boolean => fact && !captions.has(at);
  for (let r = 0; r < runFact.length; r++) {
    const fact = distinct[runFact.at(r)];
    const run = fact.name;
    const start = runStart.at(r) + fact.cut;
    const end = start + run.length;
    while (q < quoted.length && quoted[q].end <= start) q++;
    // a name inside a quotation is what the speaker talks about, never who is speaking: not an antecedent
    const inQuote = q < quoted.length && quoted[q].start <= start;
    if (isPhotoCredit(text, start, end)) continue; // "(Lauren Pelley / CBC News)": whoever took the picture says nothing
    if (isPartyTagWord(run)) continue; // "Sen. Priya Venkataraman, D-Ashcombe,": a party and a district
    // "whose restaurant Le Quai Noir was …": the name of a thing the noun before it says it is, never a person's
    // (nor a body "the company" could mean: "the maker of the popular budgeting app Tally")
    const nounBefore = inQuote ? '' : wordBefore(text, start);
    if (THING_NOUNS.has(nounBefore)) {
      index.addName(run, 'organization', null, { start, end }, { subject: false, thing: true });
      continue;
    }
    // ("Social media company Veltrix is to cut 420 jobs": a body the noun before it says it is, for "the company said")
    if (BODY_NOUNS.has(nounBefore) && !runShape(fact).mayNamePerson) {
      const speaks = speechAfter(text, end) !== null;
      index.addName(run, 'organization', null, { start, end }, { speaker: told(speaks, start), subject: told(speaks || isSubject(text, start - nounBefore.length - 1, end), start) });
      continue;
    }
    // "the state Department of Natural Resources said", "The Competition and Markets Board said": two runs joined
    // by "of" or "and" into one body's name, for "the department said" later (the scan cuts runs at both)
    const field = inQuote || r + 1 >= runFact.length ? -1 : bodyFieldAfter(text, run, end, runStart.at(r + 1), distinct[runFact.at(r + 1)].name);
    const fieldFact = field >= 0 ? distinct[runFact.at(r + 1)] : undefined;
    // (never past a possessive: "the University of Toronto's Jane Doe" names her)
    if (fieldFact && !/['’]/.test(fieldFact.name)) {
      let bodyEnd = field + fieldFact.cut + fieldFact.name.length;
      // ("the Department of Water and Catchments", "Ministry of Culture and Sport": a field of two, joined by "and")
      if (text.startsWith(' of ', end) && r + 2 < runFact.length && runStart.at(r + 2) === bodyEnd + 5 && text.startsWith(' and ', bodyEnd)) {
        const more = distinct[runFact.at(r + 2)];
        if (!/['’]/.test(more.name) && !runShape(more).mayNamePerson) {
          bodyEnd = runStart.at(r + 2) + more.cut + more.name.length;
          r++;
        }
      }
      index.addName(text.slice(start, bodyEnd), 'organization', null, { start, end: bodyEnd }, { subject: told(isSubject(text, start, bodyEnd), start), speaker: told(speechAfter(text, bodyEnd) !== null, start) });
      r++;
      continue;
    }
    if (fact.single) {
      const known = index.resolveSurnameKey((fact.key ??= nameKey(run)), start);
      if (known && known.kind === 'person') {
        if (inQuote) continue;
        const speech = speechAfter(text, end);
        const subject = told(isSubject(text, start, end), start);
        index.note(start, known, told(speaksAt(text, start, speech) || isAccordingTo(text, start), start), subject);
        // "McKinnon blamed …": the surname is another name the text gives them, and a mention for the hover
        if (isFamilyName(known.name, run)) {
          addAlias(known, run);
          addMention(known, { start, end });
        }
        learnGenderAfter(index, known, text, end, subject, speech); // "something Trump had claimed he …" is still his
        continue;
      }
      if (known || inQuote) continue;
      // "The city's transit agency, Metrolinx, said": a lone name set off after a body's description is that body
      if (precededByComma(text, start) && bodyDescribedBefore(text, start)) {
        index.addName(run, 'organization', null, { start, end }, { subject: told(isSubject(text, start, end), start) });
        continue;
      }
      const speech = speechAfter(text, end);
      // "Minister of Innovation, Science…, said": the preposition's object, not the verb's subject
      if (speech && speech.plainSaid && !ORGANISATION_LIKE.test(run) && !isGroupWord(run) && !afterPreposition(text, start)) {
        // "Greenpeace said it would sue", "Walmart said its stores …": a lone name that speaks of itself as "it" is a body
        if (speech.pronoun === 'it' || speech.pronoun === 'its') {
          index.addName(run, 'organization', null, { start, end }, { speaker: told(true, start), subject: told(isSubject(text, start, end), start) });
          continue;
        }
        const person = index.addName(run, 'person', null, { start, end }, { speaker: told(true, start), firstNameGender: firstNameGender(run) });
        learnGenderAfter(index, person, text, end, false, speech);
      }
      continue;
    }
    const shape = runShape(fact);
    if (!inQuote && shape.organisation && !shape.mayNamePerson) {
      // "the Ontario Civilian Police Commission": a body, for "the commission said" and "they" later
      const from = conjoinedBodyStart(text, start);
      // ("medical director of Ottawa’s Bariatric Medical Institute, who writes": a preposition's object is no subject)
      const subject = !afterPreposition(text, from) && isSubject(text, from, end);
      index.addName(from < start ? text.slice(from, end) : run, 'organization', null, { start: from, end }, { subject: told(subject, start), speaker: told(subject && speechAfter(text, end) !== null, start) });
      continue;
    }
    // "Al Hashish gave birth": a surname with its particle, of someone the text named in full before
    const space = run.indexOf(' ');
    if (!inQuote && space > 0 && space === run.lastIndexOf(' ') && PARTICLES.hasLowercased(run, 0, space)) {
      const known = index.resolveSurname(run.slice(space + 1), start);
      if (known && known.kind === 'person') {
        index.note(start, known, told(speechAfter(text, end) !== null, start), told(isSubject(text, start, end), start));
        continue;
      }
    }
    // cheap filter before tokenizing: a role word, an honorific, a known first name or a speech verb after it
    const appositive = precededByComma(text, start);
    const lastWord = shape.lastWord;
    const lastWordRole = roleOfLoneWord(lastWord);
    const surnameSpeaks = lastWordRole === 1 || (lastWordRole === 2 && mayOpenPersonName(run));
    const aged = isAgeAfter(text, end); // "Ragheb Al Turkmani, 49,": only people have an age set off so
    // ", insists 16-year-old Xander Wise,": the name an inverted speech verb reports is someone speaking
    const inverted = invertedSpeakerAt(text, start, end);
    // "wife Fouzia Al Hashish", "coach Ken Hitchcock": a lowercase role right before the run names its holder
    // ("Her producer, Joss Amadi, mixed": or a role the name is set off after, commas on both sides)
    const roleBefore = shape.mayNamePerson || surnameSpeaks || aged ? null : lowercaseRoleBefore(text, start) ?? (appositive && text.charCodeAt(end) === 44 ? lowercaseRoleBefore(text, text.lastIndexOf(',', start)) : null);
    // "Northfield Rovers later confirmed they would": a name no given name, role or honorific marks, speaking of
    // itself as "they", is a club's or a body's (for "they said" later)
    if (!inQuote && !shape.mayNamePerson && !surnameSpeaks && !aged && !inverted && namesClub(lastWord) && calledTheyAfter(text, end)) {
      index.addName(run, 'organization', null, { start, end }, { subject: told(true, start) });
      continue;
    }
    // "Better Streets Brackford, which campaigned for the scheme, welcomed …": "which" is said of things and
    // bodies — a name that marks no person and opens its sentence is a body's, for "the group said" later
    if (!inQuote && !shape.mayNamePerson && !surnameSpeaks && text.startsWith(', which ', end) && isSubject(text, start, end)) {
      index.addName(run, 'organization', null, { start, end }, { subject: told(true, start) });
      continue;
    }
    // "Pádraig Hession, a retired fisherman who …, was": a full name set off before a person's role is someone's,
    // whatever lexicon knows the given name
    // ("Hinerangi Bell is making scones. This, she insists, …": a subject the next sentence calls "she" is someone)
    const describedAfter = !shape.mayNamePerson && !surnameSpeaks && !aged && !roleBefore && !inverted && !inQuote && (personRoleAfter(text, run, end) || ((shape.twoWords ??= isTwoNameWords(run)) && ((lastPersonEnd >= 0 && listedAfter(text, lastPersonEnd, start)) || (opensSentence(text, start) && isSubject(text, start, end) && personPronounNext(text, end, index)))));
    // asked once: the phrase that ends with the run asks the same below
    let speechAtEnd: ReturnType<typeof speechAfter> | undefined;
    if (!shape.mayNamePerson && !surnameSpeaks && !aged && !roleBefore && !inverted && !describedAfter && (speechAtEnd = speechAfter(text, end, appositive)) === null) continue;
    // the run read as a name, once per distinct run (names recur): offsets relative to the run
    if (shape.phrase === undefined) {
      const tokens = tokenize(run, 0, run.length);
      let from = 0;
      while (from < tokens.length && !isNameWord(tokens[from])) from++;
      const read = from < tokens.length ? readNamePhrase(run, tokens, from, tokens.length, null) : null;
      shape.phrase = read && read.kind === 'person' ? read : null;
      shape.body = read?.kind === 'organization' && read.start === 0 && read.end === run.length;
      shape.words = shape.phrase ? shape.phrase.name.split(' ') : [];
      shape.gender = shape.phrase ? firstNameGender(shape.words[0]) : undefined;
      const first = tokens[tokens.length - 2];
      shape.secondLast = first && isNameWord(first) && !isRoleHead(first.lower) && !(first.text.includes('-') && isRoleHead(first.lower.split('-')[0])) ? { text: first.text, start: first.start } : null;
    }
    if (!shape.phrase) {
      // "The housing association, Northgate Homes, said": a body's name the reader knows by its last word, speaking
      // (only as the verb's own subject: "Tim Guest with the Nova Scotia Health Authority says" is Guest speaking)
      // (a body all the same, for "the company said" later: "Orlan Group cut 400 jobs")
      if (!shape.body || inQuote) continue;
      const speech = speechAtEnd === undefined ? speechAfter(text, end, appositive) : speechAtEnd;
      const object = afterPreposition(text, start) || (afterThe(text, start) && afterPreposition(text, start - 4));
      const subject = !object && (appositive ? bodyDescribedBefore(text, start) : isSubject(text, start, end));
      index.addName(run, 'organization', null, { start, end }, { speaker: told(speech !== null && subject, start), subject: told(subject, start) });
      continue;
    }
    const phrase = { ...shape.phrase, start: start + shape.phrase.start, end: start + shape.phrase.end };
    const words = shape.words!;
    // four name words at most, particles aside ("Luiz Inácio Lula da Silva")
    if (words.length > 4 && words.filter((w) => !PARTICLES.has(w, 0, w.length)).length > 4) continue;
    const speech = phrase.end === end ? (speechAtEnd === undefined ? speechAfter(text, end, appositive) : speechAtEnd) : null;
    const gender = shape.gender;
    if (words.length < 2 && !inQuote) {
      // "Mr. Wilkinson predicted": a surname with an honorific or a role — a mention of someone known, or a person
      const known = index.resolveSurname(phrase.name, phrase.start, phrase.honorific);
      if (known && known.kind === 'person') {
        const subject = told(isSubject(text, start, end), start);
        index.note(phrase.start, known, told(speaksAt(text, start, speech) || isAccordingTo(text, start), start), subject);
        // ("Dr. Raghunathan spoke to …": a mention as much as the surname alone is, for the hover and interviews)
        if (isFamilyName(known.name, phrase.name)) addMention(known, { start: phrase.start, end: phrase.end });
        learnGenderAfter(index, known, text, end, subject, speech);
        continue;
      }
    }
    // only names that look like people: a role, an honorific, a known first name, or speech
    if (words.length < 2 && !(speech && phrase.role) && !phrase.honorific) continue;
    if (!phrase.role && !phrase.honorific && !gender && !speech && !(aged && words.length >= 2 && phrase.end === end) && !(roleBefore && words.length >= 2 && phrase.start === start) && !(inverted && words.length >= 2 && phrase.start === start) && !(describedAfter && words.length >= 2 && phrase.end === end)) {
      // a full name whose surname alone speaks elsewhere ("Dorie Greenspan" … "says Greenspan") is a person: its
      // last two words (first name and surname), whatever capitalised words the run glued before them
      if (!(surnameSpeaks && words.length >= 2 && words[words.length - 1] === lastWord)) continue;
      const first = shape.secondLast;
      if (!first) continue;
      if (theNamed.has(lastWord)) {
        // "the slumping Edmonton Oilers": a team, whatever it does
        index.addName(phrase.name, 'organization', null, { start: phrase.start, end: phrase.end }, { subject: told(isSubject(text, start, phrase.end), start) });
        continue;
      }
      index.addName(`${first.text} ${lastWord}`, 'person', roleWordsBefore(text, start + first.start), { start: start + first.start, end }, { subject: told(isSubject(text, start + first.start, end), start) });
      continue;
    }
    if (inQuote) continue;
    const subject = told(isSubject(text, start, phrase.end), start);
    if (words.length >= 2 && !phrase.role && !phrase.honorific && !gender && theNamed.has(words[words.length - 1])) {
      index.addName(phrase.name, 'organization', null, { start: phrase.start, end: phrase.end }, { subject, speaker: told(speech !== null, start) });
      continue;
    }
    // "Her lawyer, Tom Reyes, filed": the role an appositive name is set off from is theirs
    // "opposition leader Andrea Horwath": a known first name needs no role to be a person, but the role is still theirs
    // "Trade lawyer Mark Warner, a principal at MAAW Law," holds both roles
    // "Northgate Homes said it would review rents": a name that no given name, honorific or role marks as a
    // person, speaking of itself as "it", is a body ("Greenpeace said it would sue", for longer names)
    // "The housing association, Northgate Homes, said": a name set off after a body's description is that body's
    if (!phrase.role && !phrase.honorific && !gender && !roleBefore && !mayNamePerson(phrase.name) && (speech?.pronoun === 'it' || speech?.pronoun === 'its' || (phrase.start === start && bodyDescribedBefore(text, start)))) {
      index.addName(phrase.name, 'organization', null, { start: phrase.start, end: phrase.end }, { speaker: told(true, start), subject });
      continue;
    }
    // "the scheme by Corran Homes, which includes a school": "which" is said of things and bodies, never of people
    if (!phrase.role && !phrase.honorific && phrase.end === end && text.startsWith(', which ', end)) {
      if (hasBodyWord(phrase.name)) index.addName(phrase.name, 'organization', null, { start: phrase.start, end: phrase.end }, { subject, speaker: told(speech !== null, start) });
      continue;
    }
    const roleAfter = phrase.end === end ? appositiveRoleAfter(text, end) : null;
    const role = (phrase.role ? withAcronymBefore(text, start, phrase.role) : phrase.start === start ? (appositiveRoleBefore(text, start) ?? roleWordsBefore(text, start)) : null) ?? roleAfter;
    const isNew = index.known(phrase.name) === null;
    const person = index.addName(phrase.name, 'person', role, { start: phrase.start, end: phrase.end }, { honorific: phrase.honorific, firstNameGender: gender, speaker: told(speaksAt(text, start, speech) || isAccordingTo(text, start) || (inverted && phrase.start === start), start), subject });
    if (words.length >= 2) lastPersonEnd = phrase.end;
    // ("Hinerangi Bell at home in Karewa Bay. “…,” she says." in a caption above "Hinerangi Bell is making scones. This,
    // she insists, …": the run's earlier occurrences, which said nothing of who it names, name her too)
    if (isNew && phrase.start === start && phrase.end === end) {
      for (let earlier = previousSame.at(r); earlier >= 0; earlier = previousSame.at(earlier)) {
        const at = runStart.at(earlier);
        if (inQuotation(quoted, at)) continue;
        addMention(person, { start: at, end: at + run.length });
        index.note(at, person, false);
      }
    }
    if (roleAfter && !person.roles.includes(roleAfter)) person.roles.push(roleAfter);
    learnGenderAfter(index, person, text, phrase.end, subject, speech);
  }
}

// A body's last word before "of" and its field ("Department of Natural Resources", "University of Westbridge").
const BODY_BEFORE_OF = new Set(['department', 'ministry', 'university', 'bank', 'office', 'institute', 'board', 'commission', 'council', 'college', 'museum', 'school', 'court', 'federation', 'association', 'society', 'academy', 'agency', 'authority', 'bureau', 'centre', 'center', 'chamber', 'committee', 'league', 'union', 'government', 'city', 'county', 'province', 'district', 'church', 'service', 'trust', 'foundation']);

/**
 * Where the rest of a body's name starts (`next`, the next run's start), or -1: after " of " when this run ends in
 * a body's word ("Department of Natural Resources"), after " and " when the next one does ("Competition and
 * Markets Board", "Securities and Exchange Commission").
 */
function bodyFieldAfter(text: string, run: string, end: number, next: number, nextRun: string | undefined): number {
  if (next === end + 4 && text.startsWith(' of ', end)) return BODY_BEFORE_OF.has(lastWordOf(run)) ? next : -1;
  if (next === end + 5 && nextRun !== undefined && text.startsWith(' and ', end)) return BODY_BEFORE_OF.has(lastWordOf(nextRun)) ? next : -1;
  return -1;
}

function lastWordOf(run: string): string {
  return run.slice(run.lastIndexOf(' ') + 1).toLowerCase();
}

/**
 * Whether a lone word is what a full name is called by alone: its last word, or a first word no lexicon knows
 * as a given name ("Xi" of Xi Jinping) — never a given name ("Jan." is a month, "his father, Joseph," someone else).
 */
function isFamilyName(name: string, word: string): boolean {
  const space = name.lastIndexOf(' ');
  if (space < 0) return false;
  if (name.slice(space + 1) === word) return true;
  return name.startsWith(`${word} `) && firstNameGender(word) === undefined;
}

/**
 * What the text says of a person's gender right after a mention: the pronoun after their speech verb ("Laurin
 * said she"), or, for the subject of its sentence, the first he/she/his/himself/herself before the sentence ends
 * or another name comes ("McNeely found herself without her studies").
 */
function learnGenderAfter(index: PersonIndex, person: Person, text: string, end: number, subject: boolean, speech: { pronoun: string | undefined } | null): void {
  if ((!subject && !speech?.pronoun) || !index.mayLearnGender(person)) return;
  const pronoun = speech?.pronoun ?? (subject ? pronounAfter(text, end) : undefined);
  if (pronoun) index.learnGenderFromText(person, pronoun);
}

const PRONOUN_REACH = 100;
// "her", "him" and "his" may be someone else's ("Easley offered to monitor his"): only these are the subject's
const SUBJECT_PRONOUNS = wordList(['he', 'she', 'himself', 'herself']);
// Words that open another clause, whose subject may be anyone ("Vickers was considering a run and she …")
const CLAUSE_WORDS = wordList(['and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'because', 'when', 'after', 'before', 'until', 'unless', 'since', 'if']);

/**
 * The first subject pronoun among the lowercase words after `end`, within the subject's own clause: before a
 * sentence end, a comma or other clause mark, a quotation, a clause-opening word or a capitalised word.
 */
function pronounAfter(text: string, end: number): string | undefined {
  const stop = Math.min(text.length, end + PRONOUN_REACH);
  let i = end;
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (isLowercaseAscii(c)) {
      const wordEnd = lowercaseWordEnd(text, i);
      if (!isNameChar(text.charCodeAt(wordEnd)) && wordEnd - i <= 7) {
        if (SUBJECT_PRONOUNS.has(text, i, wordEnd)) return text.slice(i, wordEnd);
        if (CLAUSE_WORDS.has(text, i, wordEnd)) return undefined;
      }
      i = wordEnd;
      while (i < stop && isNameChar(text.charCodeAt(i))) i++; // the rest of a word ("don't", "well-known")
      continue;
    }
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 34 || c === 0x201c || c === 0x201d || c === 59 || c === 44 || c === 58 || c === 0x2014 || c === 0x2013 || c === 40) return undefined;
    if (isUpperLatin(c)) return undefined; // another name, or a new sentence
    i++;
  }
  return undefined;
}

// Words that open a sentence before its subject ("But Jamil acknowledges…", "Meanwhile, Guest says…").
const OPENERS = wordList(['but', 'and', 'so', 'yet', 'then', 'now', 'still', 'meanwhile', 'however', 'later', 'earlier', 'instead', 'also', 'the', 'a', 'an', 'for', 'his', 'her', 'their']);
// Lowercase words after a name that show it is not the subject of a verb ("Rask of the Wild", "Guest and …").
const NOT_VERB_AFTER = wordList(['of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'into', 'about', 'after', 'before', 'over', 'under', 'than', 'who', 'which', 'that', 'last', 'this', 'next', 'during', 'since', 'because', 'when', 'while', 'if', 'so']);
// Lowercase words that may stand right before a main-clause subject ("and Guest says", "but Jamil adds").
// Conjunctions keep a clause's subject a subject ("a comment that Scheer found concerning"); a verb or a
// preposition before a name makes it an object or a reported clause's subject ("said Covington Catholic has").
const BEFORE_SUBJECT = wordList(['and', 'but', 'so', 'yet', 'then', 'now', 'still', 'meanwhile', 'however', 'the', 'that', 'as', 'when', 'while', 'because', 'if', 'although', 'though', 'since', 'after', 'before', 'until', 'once', 'where']);

// Prepositions whose object a lone capitalised word is ("Minister of Innovation", "the people of Homs"): never a new person.
const OBJECT_PREPOSITIONS = wordList(['of', 'for', 'in', 'at', 'from', 'with', 'to', 'on', 'into', 'about']);

/** Whether a preposition stands right before `start`, making the word there its object. */
function afterPreposition(text: string, start: number): boolean {
  const word = lowercaseWordBefore(text, start);
  return word !== undefined && OBJECT_PREPOSITIONS.has(text, word.start, word.end);
}

/** The lowercase role word right before `start` ("wife", "coach"), or null. */
function lowercaseRoleBefore(text: string, start: number): string | null {
  const word = lowercaseWordBefore(text, start);
  return word !== undefined && ROLE_HEAD_WORDS.has(text, word.start, word.end) ? text.slice(word.start, word.end) : null;
}

/**
 * `NATO Secretary General Mark Rutte`: runs never hold an all-capitals word (a heading's, mostly), so the body
 * an acronym right before the run names is put back in front of the run's role.
 */
function withAcronymBefore(text: string, start: number, role: string): string {
  if (text.charCodeAt(start - 1) !== 32) return role;
  let i = start - 1;
  while (i > 0 && start - 1 - i < 6 && (isUpperLatin(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46)) i--;
  const letters = start - 1 - i;
  // a word of its own: after a space, a line break or nothing ("Adrian Wyld/CP Foreign Affairs Minister" is a credit)
  if (letters < 2 || letters > 6 || (i > 0 && text.charCodeAt(i - 1) !== 32 && text.charCodeAt(i - 1) !== 10)) return role;
  // "BREAKING NEWS Defense Minister …": a heading's words, not a body's initials
  if (i > 1 && text.charCodeAt(i - 1) === 32 && isUpperLatin(text.charCodeAt(i - 2))) return role;
  const acronym = text.slice(i, start - 1);
  return HEADING_WORDS.has(acronym) ? role : `${acronym} ${role}`;
}

const HEADING_WORDS = new Set(['NEWS', 'WATCH', 'READ', 'MORE', 'LIVE', 'VIDEO', 'PHOTO', 'UPDATE', 'NOTE', 'ALERT', 'EXCLUSIVE', 'OPINION']);

/**
 * `Liberal leader Justin Trudeau`, `Bank of Canada governor David Dodge`, `former prime minister Stephen Harper`:
 * a lowercase role head right before the name, with the role modifiers and capitalised words before it (at most
 * five words, "of" between capitalised ones), or null.
 */
function roleWordsBefore(text: string, start: number): string | null {
  const head = lowercaseWordBefore(text, start);
  if (head === undefined || !ROLE_HEAD_WORDS.has(text, head.start, head.end)) return null;
  let from = head.start;
  for (let words = 0; words < 5; words++) {
    const space = from - 1;
    if (space < 1 || text.charCodeAt(space) !== 32) break;
    const i = wordStartBefore(text, space);
    if (i === space) break;
    const word = text.slice(i, space);
    const capitalised = isUpperLatin(word.charCodeAt(0));
    // a full stop ends a sentence unless the word is an abbreviation with dots inside ("U.S.")
    if (word.endsWith('.') && word.indexOf('.') === word.length - 1) break;
    if (word === 'of') {
      if (!isUpperLatin(text.charCodeAt(from)) || i < 2 || !isUpperLatin(text.charCodeAt(wordStartBefore(text, i - 1)))) break;
    } else if (capitalised ? isSentenceOpener(word.toLowerCase()) : (!isRoleModifier(word) && !ownedField(text, i, word)) || ROLE_JOINERS.has(word)) break;
    from = i;
  }
  return text.slice(from, head.end);
}

/**
 * `Patients' rights advocate`, `Conservative infrastructure critic`: an open-class lowercase word inside a role,
 * when a possessive, a party's or people's name or a body's initials stand right before it (never `Smith defended health critic`).
 */
function ownedField(text: string, start: number, word: string): boolean {
  if (!/^[a-z]{3,}$/.test(word) || word.endsWith('ed') || start < 2 || text.charCodeAt(start - 1) !== 32) return false;
  const owner = text.slice(wordStartBefore(text, start - 1), start - 1);
  if (!isUpperLatin(owner.charCodeAt(0))) return false;
  return /['’]s?$/.test(owner) || PARTY_OR_PEOPLE.test(owner) || BODY_ACRONYM.test(owner);
}

// A body's initials owning a field the same way ("UN aid chief", "EU trade commissioner").
const BODY_ACRONYM = /^[A-Z]{2,5}$/;

// Capitalised words that own a field inside a role: a party ("Conservative"), a people or place adjective ("Canadian").
const PARTY_OR_PEOPLE = /^(?:Conservative|Liberal|Labour|Democratic|Republican|Democrat|Green|Bloc|NDP|Tory|Reform|[\p{Lu}][\p{Ll}]+(?:ian|ean|an|ese|ish|ic))$/u;

// Words that join a role to more ("minister of", "Smith and deputy …"): never the start of a role read backwards.
const ROLE_JOINERS = new Set(['of', 'for', 'and', 'the', 'to', 'at', 'on', 'in', 'with', 'from', 'by', 'or']);

/** Where the word ending before the space at `space` starts: name characters, and the dots and ampersands of "U.S.", "AT&T". */
function wordStartBefore(text: string, space: number): number {
  let i = space;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (!(isNameChar(c) || c === 46 || c === 38)) break;
    i--;
  }
  return i;
}

/** Whether a lowercase word follows `end` after a space ("the Jones family", "the Sanders campaign": a noun they modify). */
function beforeLowercaseWord(text: string, end: number): boolean {
  return isInlineSpace(text.charCodeAt(end)) && isLowercaseAscii(text.charCodeAt(end + 1));
}

/** Whether the lowercase word "the" stands right before `start`. */
function afterThe(text: string, start: number): boolean {
  const t = start - 4;
  return t >= 0 && text.charCodeAt(start - 1) === 32 && text.startsWith('the', t) && (t === 0 || !isNameChar(text.charCodeAt(t - 1)));
}

/**
 * `the Securities and Exchange Commission`: where a body's name starts when "the", one capitalised word and
 * "and" come right before the run found at `start` (runs stop at lowercase words), else `start`.
 */
function conjoinedBodyStart(text: string, start: number): number {
  if (start < 10 || !text.startsWith(' and ', start - 5)) return start;
  // the capitalised words before "and" ("Truth", "U.S. Securities"), at most three
  let wordEnd = start - 5; // the space before "and", then the one before each word
  for (let words = 0; words < 3; words++) {
    let i = wordEnd - 1;
    while (i >= 0 && (isNameChar(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i--;
    if (i + 1 >= wordEnd || !isUpperLatin(text.charCodeAt(i + 1))) break;
    const wordStart = i + 1;
    wordEnd = i;
    if (!isInlineSpace(text.charCodeAt(i))) return start;
    // "the" or "The" as a word of its own before them: one body's name
    const t = wordStart - 4;
    if (t >= 0 && (text.startsWith('the ', t) || text.startsWith('The ', t)) && (t === 0 || !isNameChar(text.charCodeAt(t - 1)))) return wordStart;
  }
  return start;
}

/** Whether `, 49,` (an age of one or two digits between commas) follows the name ending at `end`. */
function isAgeAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44 || text.charCodeAt(end + 1) !== 32) return false;
  let i = end + 2;
  while (i < end + 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i > end + 2 && (text.charCodeAt(i) === 44 || text.charCodeAt(i) === 46);
}

/**
 * Whether the name at `start`, with `speech` after it, is a speaker the narrative carries on with: not in a
 * relative clause (`something Trump had claimed`), where the words are someone's but the sentence is about
 * something else.
 */
function speaksAt(text: string, start: number, speech: ReturnType<typeof speechAfter>): boolean {
  return speech !== null && !inRelativeClause(text, start) && !sourceOf(text, start);
}

/** `a spokeswoman for Northern Powergrid said`: the body whose unnamed source speaks, not the speaker. */
function sourceOf(text: string, start: number): boolean {
  const preposition = lowercaseWordBefore(text, start);
  if (!preposition || !SOURCE_PREPOSITIONS.has(text.slice(preposition.start, preposition.end))) return false;
  const head = lowercaseWordBefore(text, preposition.start);
  return head !== undefined && UNNAMED_PERSON_HEADS.has(text.slice(head.start, head.end));
}

const SOURCE_PREPOSITIONS = new Set(['for', 'at', 'of', 'with', 'from']);

/**
 * Whether a lowercase noun stands right before the name at `start` (`something Trump had claimed`): not a
 * clause word, a preposition, a speech verb or a role, which is part of the name's phrase ("president Trump said").
 */
function inRelativeClause(text: string, start: number): boolean {
  const word = lowercaseWordBefore(text, start);
  return word !== undefined && !BEFORE_SUBJECT.has(text, word.start, word.end) && !ROLE_HEAD_WORDS.has(text, word.start, word.end) && !SPEAKING_VERBS.has(text, word.start, word.end) && !OBJECT_PREPOSITIONS.has(text, word.start, word.end);
}

/** Whether a lowercase word (a verb, a preposition: "said Covington Catholic has", "for Rask") stands right before `start`. */
function afterLowercaseWord(text: string, start: number): boolean {
  const word = lowercaseWordBefore(text, start);
  return word !== undefined && !BEFORE_SUBJECT.has(text, word.start, word.end);
}

/** The all-lowercase word (a–z) right before `start`, past spaces; none when a capitalised or mixed word ends there. */
function lowercaseWordBefore(text: string, start: number): { start: number; end: number } | undefined {
  let i = start - 1;
  while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && isLowercaseAscii(text.charCodeAt(i))) i--;
  if (end === i + 1) return undefined;
  if (i >= 0 && isWordPartCode(text.charCodeAt(i))) return undefined; // a capitalised or mixed word
  return { start: i + 1, end };
}

// "The housing association, ", "its parent company, ", "The care home's operator, ": a body's description, a
// comma and the name after it.
const BODY_DESCRIPTION_BEFORE = /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+(?:['’]s)?\s+){0,2}([a-z]+),[ \u00a0]*$/;

function bodyDescribedBefore(text: string, start: number): boolean {
  const m = BODY_DESCRIPTION_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return m !== null && ORGANISATION_HEADS.has(m[1]) && !isRoleHead(m[1]);
}

/** The role an appositive right after a name gives ("Darlene Jackson, president of the nurses' union, said"), or null. */
function appositiveRoleAfter(text: string, end: number): string | null {
  if (text.charCodeAt(end) !== 44) return null;
  // "Rep. Tom Cole, R-Okla., chairman of the committee,": the party and state tag first, then the role
  const tag = PARTY_TAG.exec(text.slice(end, end + 24));
  if (tag) end += tag[0].length - 1;
  let k = end + 1;
  // the full stop of "St." or "U.S." goes on
  while (k < text.length && k - end < 90 && (!endsAppositive(text.charCodeAt(k)) || (text.charCodeAt(k) === 46 && abbreviationBefore(text, k)))) k++;
  const c = text.charCodeAt(k);
  if (c !== 44 && c !== 46) return null;
  // most appositives name no role ("Ragheb Al Turkmani, 49,", "Kadri, who scored,"): asked word by word first
  if (!holdsRoleHead(text, end + 1, k)) return null;
  const tokens = tokenize(text, end, k + 1);
  return appositiveRole(text, tokens, 0, tokens.length);
}

const PARTY_TAG = /^, ?[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?,/;

/** Whether `at` falls inside one of the sorted quoted spans (a binary search: asked of a name's earlier occurrences). */
function inQuotation(quoted: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = quoted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid].end <= at) lo = mid + 1;
    else if (quoted[mid].start > at) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Whether `start` opens a line or follows a sentence's end and a space ("… nobody. Hinerangi Bell is"). */
function opensSentence(text: string, start: number): boolean {
  if (start === 0 || text.charCodeAt(start - 1) === 10) return true;
  const stop = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 32 && (stop === 46 || stop === 33 || stop === 63) && !abbreviationBefore(text, start - 2);
}

/** Whether only ", " or " and " stands between a person's name ending at `end` and the run at `start`. */
function listedAfter(text: string, end: number, start: number): boolean {
  const between = start - end;
  return (between === 2 && text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32) || (between === 5 && text.startsWith(' and ', end)) || (between === 6 && text.startsWith(', and ', end));
}

/** Whether a run is two capitalised words, each a letter-led word with lowercase after its capital ("Hinerangi Bell"). */
function isTwoNameWords(run: string): boolean {
  return /^\p{Lu}\p{Ll}[\p{Ll}'’-]+ \p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(run);
}

/**
 * Whether the sentence after the one `end` is in opens (within its first few words, before any other name) with
 * "he" or "she" as a subject: what a person's name, not a body's, is followed by.
 */
function personPronounNext(text: string, end: number, index: PersonIndex): boolean {
  let i = end;
  const stop = Math.min(text.length, end + 200);
  while (i < stop && text.charCodeAt(i) !== 10 && !((text.charCodeAt(i) === 46 || text.charCodeAt(i) === 33) && text.charCodeAt(i + 1) === 32)) i++;
  if (i >= stop || text.charCodeAt(i) === 10 || !NEXT_SENTENCE_PRONOUN.test(text.slice(i + 2, i + 50))) return false;
  // (not when the sentence names someone the text knows: "Quail Hollow … is one of Woods’ courses. He won")
  for (const word of text.slice(end, i).matchAll(CAPITALISED_WORD)) if (index.resolveSurname(word[0], end)?.kind === 'person') return false;
  return true;
}

const CAPITALISED_WORD = /\p{Lu}\p{Ll}+/gu;

// "She …", "This, she insists,", "Today he …": a he or she among the first words of a sentence, no name before it.
const NEXT_SENTENCE_PRONOUN = /^(?:(?:He|She)\s|\p{Lu}\p{Ll}*,?\s(?:[\p{Ll},]+\s){0,2}(?:he|she)\s)/u;

/**
 * Whether a run of two or three words is set off before an indefinite person's role ("Pádraig Hession, a retired
 * fisherman who …,"): what a body's name seldom is, as its appositive names a kind of body instead.
 */
function personRoleAfter(text: string, run: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44 || !/^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(run)) return false;
  if (!/^, an? /.test(text.slice(end, end + 5))) return false;
  const role = appositiveRoleAfter(text, end);
  return role !== null && !hasBodyWord(role);
}

/** Whether a role head word (any case, or after a prefix: "co-owner") stands between `from` and `to`. */
function holdsRoleHead(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    while (i < to && !isLetterAscii(text.charCodeAt(i))) i++;
    let j = i;
    while (j < to && isLetterAscii(text.charCodeAt(j))) j++;
    if (j > i && ROLE_HEAD_WORDS.hasLowercased(text, i, j)) return true;
    i = j;
  }
  return false;
}

/** Whether the full stop at `dot` closes a short capitalised abbreviation ("St.", "U.S.", "N.B."). */
function abbreviationBefore(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 3 && isLetterAscii(text.charCodeAt(i - 1))) i--;
  return i < dot && text.charCodeAt(i) >= 65 && text.charCodeAt(i) <= 90 && (i === 0 || !isLetterAscii(text.charCodeAt(i - 1)));
}

function isLetterAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Where the lowercase word after a name starts (past spaces, and past an appositive set off by commas:
 * "Matlow, a councillor, told"), or -1: `/[ \u00a0]*(?:,[^,.;"“”\n]{1,90},[ \u00a0]*)?([a-z]+)/y` by hand.
 */
function wordAfterName(text: string, end: number): number {
  let i = end;
  while (isInlineSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 44) {
    const from = i + 1;
    let k = from;
    while (k < text.length && k - from < 90 && !endsAppositive(text.charCodeAt(k))) k++;
    if (k === from || text.charCodeAt(k) !== 44) return -1;
    let word = k + 1;
    while (isInlineSpace(text.charCodeAt(word))) word++;
    return isLowercaseAscii(text.charCodeAt(word)) ? word : -1;
  }
  return isLowercaseAscii(text.charCodeAt(i)) ? i : -1;
}

/** The characters an appositive between commas cannot hold: , . ; " “ ” and a line break. */
function endsAppositive(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 34 || c === 0x201c || c === 0x201d || c === 10;
}

/** A letter (any script), a digit, an apostrophe or a hyphen: `/[\p{L}\d'’-]/u` for one code unit, the common cases by hand. */
function isWordPartCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45;
  return c === 0x2019 || /\p{L}/u.test(String.fromCharCode(c));
}

function isLowercaseAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Whether the name at `start..end` is the subject of its sentence: it opens the sentence (after at most an
 * opener or a short adverbial ending in a comma), or a finite verb follows it ("Niederreiter has", "Jamil
 * acknowledges"). Names after a preposition or a verb ("traded him for Victor Rask") are not.
 */
/** Whether a lowercase word that may be a verb comes right after the name ending at `end` (a space between). */
function verbLikeAfter(text: string, end: number): boolean {
  // ("Agnes Thorvik, a 67-year-old retired nurse, held up": over an appositive set off by commas)
  if (text.charCodeAt(end) === 44) {
    let close = end + 1;
    while (close < text.length && close - end < 80 && text.charCodeAt(close) !== 44 && !isClauseEnd(text.charCodeAt(close))) close++;
    if (text.charCodeAt(close) !== 44) return false;
    end = close + 1;
  }
  if (text.charCodeAt(end) !== 32) return false;
  const wordEnd = lowercaseWordEnd(text, end + 1);
  return wordEnd > end + 2 && !NOT_VERB_AFTER.has(text, end + 1, wordEnd) && !PRONOUN_WORDS.has(text, end + 1, wordEnd);
}

const PRONOUN_WORDS = wordList(['he', 'she', 'they', 'we', 'it', 'i']);

function isClauseEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10 || c === 34 || c === 0x201c || c === 0x201d;
}

// `Among those who addressed council was Evelyn Brar, 81, …`: a name after the verb of an inverted sentence.
const INVERTED_BEFORE = /(?:^|[.!?]["”’]?\s+|\n)(?:Among|Also|Joining|Chief among|First up|Next up|Last up)\b[^.!?\n]{0,80}\s(?:was|were|is|are)\s$/;

/** Whether "was ", "were ", " is " or "are " stands right before `start` (the cheap test before INVERTED_BEFORE). */
function afterCopula(text: string, start: number): boolean {
  return text.startsWith('was ', start - 4) || text.startsWith('were ', start - 5) || text.startsWith(' is ', start - 4) || text.startsWith('are ', start - 4);
}

function isSubject(text: string, start: number, end: number): boolean {
  if (start > 4 && afterCopula(text, start) && INVERTED_BEFORE.test(text.slice(Math.max(0, start - 100), start))) return true;
  // "Alfonso Espinos, who like Montalban was born in Mexico": the subject of the clause that introduces them —
  // not someone spoken of ("Wojtaszek said of William Shrubsall, who fractured …")
  if (text.startsWith(', who ', end)) return !spokenOf(text, start);
  // ("The third candidate, businessman Nick Olander, struggled": the name set off after the subject's description)
  if (text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32 && setOffAfterComma(text, start)) {
    const word = end + 2;
    const wordEnd = lowercaseWordEnd(text, word);
    if (wordEnd > word && endsLikeFinite(text, wordEnd) && !NOT_VERB_AFTER.has(text, word, wordEnd) && text.charCodeAt(wordEnd) === 32) return true;
  }
  const verb = wordAfterName(text, end);
  if (verb >= 0) {
    const verbEnd = lowercaseWordEnd(text, verb);
    const finite = endsLikeFinite(text, verbEnd) || AUXILIARIES.has(text, verb, verbEnd);
    if (!NOT_VERB_AFTER.has(text, verb, verbEnd) && finite && !afterLowercaseWord(text, start)) return true;
  }
  // walk back to the sentence start: only openers, or a short adverbial closed by a comma, may stand before
  let i = start - 1;
  let words = 0;
  let comma = false;
  while (i >= 0 && start - i < 80) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 0x201c || c === 34) return words === 0 || comma || i + 1 === start;
    if (c === 32 || c === 0xa0) {
      // ("… too little time. Coombes shook her head": the space after a sentence's end opens this one, when a
      // verb-like word follows the name — not "Silverman and Svensson have won", not "Schumer, he said,")
      const stop = text.charCodeAt(i - 1);
      if (words === 0 && (stop === 46 || stop === 33 || stop === 63) && !abbreviationBefore(text, i - 1) && verbLikeAfter(text, end)) return true;
      // a word ended at i+1
      let j = i - 1;
      while (j >= 0 && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 10) j--;
      const last = text.charCodeAt(i - 1); // a word's trailing comma or semicolon is no part of it
      if (words === 0 && last === 44 && i - 1 > j) comma = true;
      const wordEnd = last === 44 || last === 59 ? Math.max(j + 1, i - 1) : i;
      const word = wordEnd > j + 1;
      if (word && !comma && !OPENERS.hasLowercased(text, j + 1, wordEnd)) return false;
      if (word) words++;
      if (words > 6) return false;
      i = j;
      continue;
    }
    i--;
  }
  return i < 0;
}

/** Whether a speech verb and a preposition come within a few words before `start` ("said of 47-year-old X", "wrote about"). */
function spokenOf(text: string, start: number): boolean {
  let end = start;
  for (let words = 0; words < 4; words++) {
    let i = end - 1;
    while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--;
    const wordEnd = i + 1;
    while (i >= 0 && isWordPartCode(text.charCodeAt(i))) i--;
    const wordStart = i + 1;
    if (wordStart >= wordEnd) return false; // punctuation: the clause begins here
    if (OBJECT_PREPOSITIONS.has(text, wordStart, wordEnd)) {
      const verb = lowercaseWordBefore(text, wordStart);
      return verb !== undefined && SPEAKING_VERBS.has(text, verb.start, verb.end);
    }
    end = wordStart;
  }
  return false;
}

const AUXILIARIES = wordList(['has', 'had', 'is', 'was', 'will', 'would', 'can', 'could', 'also', 'then', 'later', 'says', 'said', 'told', 'wrote', 'hopes', 'thinks', 'believes', 'took', 'went', 'made', 'began', 'got', 'knew', 'felt', 'thought', 'found', 'saw', 'gave', 'left', 'became', 'came', 'kept', 'ran', 'spoke', 'does', 'did', 'may', 'might', 'must', 'should',
  // irregular past tenses a subject opens a narrative sentence with ("Goh, in a purple prison T-shirt, stood")
  'stood', 'sat', 'held', 'led', 'lost', 'won', 'met', 'paid', 'sent', 'spent', 'brought', 'bought', 'heard', 'struck', 'shook', 'threw', 'wore', 'rose', 'fell', 'drove', 'flew', 'grew', 'broke', 'chose', 'drew', 'wept', 'swore', 'understood', 'hung', 'sang', 'sought', 'fought', 'taught', 'caught']);

// The plain speech verbs that make a lone capitalised word next to them a speaker: "says Greenspan", "Greenspan said".
const SPEAKING_VERBS = wordList([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'recalled', 'recalls', 'wrote', 'writes',
  'notes', 'noted', 'insists', 'insisted', 'admits', 'admitted', 'argues', 'argued', 'continues', 'continued', 'replied', 'replies', 'stated', 'states',
]);

/**
 * Whether the lone word at `start..end` opens its sentence and an auxiliary or past-tense verb follows it
 * ("Niederreiter has", "Durning scored"): how a story goes on about someone it named in full.
 */
function actsAsSubject(text: string, start: number, end: number): boolean {
  let i = end;
  if (!isInlineSpace(text.charCodeAt(i))) return false;
  while (isInlineSpace(text.charCodeAt(i))) i++;
  const verbEnd = lowercaseWordEnd(text, i);
  if (verbEnd - i < 3) return false;
  const pastTense = text.charCodeAt(verbEnd - 2) === 101 && text.charCodeAt(verbEnd - 1) === 100; // "-ed"
  if (!(pastTense || AUXILIARIES.has(text, i, verbEnd))) return false;
  // the sentence opens with it: a line start or a full stop and a space before it
  let k = start - 1;
  while (k >= 0 && isInlineSpace(text.charCodeAt(k))) k--;
  const c = k < 0 ? 10 : text.charCodeAt(k);
  return c === 10 || c === 13 || (k < start - 1 && (c === 46 || c === 33 || c === 63));
}

// Runs whose first word opens a place or a group's name, not a person's ("British Columbia", "New Brunswick").
const NOT_A_FIRST_NAME = /(?:ian|ean|ish|ese|ern)$|^(?:New|North|South|East|West|Upper|Lower|Greater|Great|Saint|St\.?|Old|Royal|National|Federal|Central|United|The)$/;

function mayOpenPersonName(run: string): boolean {
  const space = run.search(/[ \u00a0]/);
  return space > 0 && !NOT_A_FIRST_NAME.test(run.slice(0, space)) && !ORGANISATION_LIKE.test(run);
}

function speechVerbAfter(text: string, at: number): boolean {
  // "Kadri, who was playing his 900th game, said": over an appositive set off by commas
  if (text.charCodeAt(at) === 44) {
    const word = wordAfterName(text, at);
    return word >= 0 && SPEAKING_VERBS.has(text, word, lowercaseWordEnd(text, word));
  }
  let i = at;
  while (isInlineSpace(text.charCodeAt(i))) i++;
  if (i === at) return false;
  const end = lowercaseWordEnd(text, i);
  return SPEAKING_VERBS.has(text, i, end);
}

function speechVerbBefore(text: string, at: number): boolean {
  let i = at - 1;
  if (i < 0 || (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 0xa0)) return false;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  const wordEnd = i + 1;
  while (i >= 0 && wordEnd - i <= 10 && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i--;
  return wordEnd - i > 4 && wordEnd - i <= 10 && SPEAKING_VERBS.has(text, i + 1, wordEnd);
}

// The speech verbs that report their speaker after them in an inverted attribution ("…, says Jane Doe");
// "told Jane Doe" names whom the words were said to.
const INVERTED_SPEECH_VERBS = wordList(['said', 'says', 'added', 'adds', 'explained', 'explains', 'insists', 'insisted', 'notes', 'noted', 'argues', 'argued', 'recalled', 'recalls', 'wrote', 'writes', 'replied', 'replies', 'continued', 'continues', 'admits', 'admitted']);

/**
 * Whether the run at `start..end` follows an inverted speech verb set off by a comma or a closing quotation mark,
 * with at most an age before the name, and ends the attribution: `…, insists 16-year-old Xander Wise,`, `,” says
 * Jane Doe.` — not `…, said Covington Catholic has`, where the name opens the reported clause.
 */
function invertedSpeakerAt(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  if (!(after === 44 || after === 46 || after === 58 || after === 59 || after === 10 || end === text.length)) return false;
  let verbEnd = start;
  // an age between verb and name: "16-year-old"
  let i = start - 1;
  while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--;
  if (i >= 10 && text.startsWith('-year-old', i - 8)) {
    let k = i - 9;
    while (k >= 0 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k--;
    if (k === i - 9 || !isInlineSpace(text.charCodeAt(k))) return false;
    verbEnd = k + 1;
  }
  const verb = lowercaseWordBefore(text, verbEnd);
  if (verb === undefined || !INVERTED_SPEECH_VERBS.has(text, verb.start, verb.end)) return false;
  let c = verb.start - 1;
  while (c >= 0 && isInlineSpace(text.charCodeAt(c))) c--;
  const mark = text.charCodeAt(c);
  return mark === 44 || mark === 0x201d || mark === 34;
}

// What may stand before a role an appositive name follows: "her lawyer, Tom Reyes", "the company's founder, Ada Park".
const ROLE_OWNERS = wordList(['his', 'her', 'their', 'its', 'the', 'a', 'an']);

/**
 * The role a name set off by a comma is the appositive of (`Her lawyer, Tom Reyes,`, `His father, Ernie LeBlanc,`):
 * a lowercase role word right before the comma, itself after a possessive, an article or a possessed name,
 * which the role then takes in (`Campbell’s partner, Jason Louth`); else null.
 */
function appositiveRoleBefore(text: string, start: number): string | null {
  let i = start - 1;
  while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) !== 44) return null;
  const role = lowercaseWordBefore(text, i);
  if (role === undefined || !ROLE_HEAD_WORDS.has(text, role.start, role.end)) return longRoleBefore(text, i);
  let k = role.start - 1;
  if (!isInlineSpace(text.charCodeAt(k))) return null;
  while (k >= 0 && isInlineSpace(text.charCodeAt(k))) k--;
  // a possessed name, part of the role: "Campbell’s partner", "Trump's lawyer"
  if (text.charCodeAt(k) === 115 && isApostropheCode(text.charCodeAt(k - 1))) {
    let owner = k - 2;
    while (owner >= 0 && isNameChar(text.charCodeAt(owner)) && !isApostropheCode(text.charCodeAt(owner))) owner--;
    return isUpperLatin(text.charCodeAt(owner + 1)) ? text.slice(owner + 1, role.end) : longRoleBefore(text, i);
  }
  const owner = k + 1;
  while (k >= 0 && isNameChar(text.charCodeAt(k))) k--;
  return ROLE_OWNERS.hasLowercased(text, k + 1, owner) ? text.slice(role.start, role.end) : longRoleBefore(text, i);
}

// A longer role set off before a name, read when the word before the comma is no role head itself: a possessor
// or article, up to three lowercase modifiers, the head, and a complement ("Canada's ambassador to the U.S.,",
// "The company's chief financial officer,", "The minister for housing,").
const LONG_ROLE_BEFORE = /(?:^|[\s(])((?:[\p{Lu}][\p{L}.]*|(?:[Tt]he\s+)?[a-z]+)['’]s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+((?:[a-z-]+\s+){0,3}?([a-z-]+)(?:\s+(?:to|of|for|at|in)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3}|[a-z-]+(?:\s+and\s+[a-z-]+)?))?)$/u;

// "The Health Secretary, Wes Streeting,": a capitalised title after "The", set off before the name
const TITLED_ROLE_BEFORE = /(?:^|[\s(])[Tt]he\s+((?:[\p{Lu}][\p{L}.-]*\s+){0,3}([\p{Lu}][\p{L}-]*))$/u;

/** `The Health Secretary, Wes Streeting,`: that title, when its last word heads a role. */
function titledRoleBefore(before: string): string | null {
  const m = TITLED_ROLE_BEFORE.exec(before);
  return m && isRoleHead(m[2].toLowerCase()) ? m[1] : null;
}

/** `Canada's ambassador to the U.S., Kirsten Hillman,`: that role, with a named possessor kept ("Canada's …"). */
function longRoleBefore(text: string, comma: number): string | null {
  const before = text.slice(Math.max(0, comma - 90), comma);
  const m = LONG_ROLE_BEFORE.exec(before);
  if (!m || !isRoleHead(m[3])) return titledRoleBefore(before);
  return /^[\p{Lu}]/u.test(m[1]) && /['’]s$/.test(m[1]) && !/^The\s/.test(m[1]) ? `${m[1]} ${m[2]}` : m[2];
}

/** Whether the word ending at `end` ends as a finite verb may: "-s", "-ed". */
function endsLikeFinite(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 115 || (text.charCodeAt(end - 2) === 101 && text.charCodeAt(end - 1) === 100);
}

/** Whether a comma stands before the name at `start`, with at most a few lowercase words between ("…, businessman Nick"). */
function setOffAfterComma(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= 32; i--) {
    const c = text.charCodeAt(i);
    if (c === 44) return true;
    if (!(c === 32 || c === 45 || (c >= 97 && c <= 122))) return false;
  }
  return false;
}

function precededByComma(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  return i >= 0 && text.charCodeAt(i) === 44;
}

/** "according to Healey": the name is a source of words, as much as "Healey said". */
function isAccordingTo(text: string, start: number): boolean {
  return start >= 13 && (text.startsWith('according to ', start - 13) || text.startsWith('According to ', start - 13));
}

/**
 * The facts of the distinct capitalised runs met so far, by number. They depend on a run's text alone, so the
 * blocks of one analysis share them (names recur from block to block); never kept past that analysis.
 */
export class RunMemo {
  readonly facts: RunFacts[] = [];
  /** Each distinct run's text, by number. */
  readonly runs: string[] = [];
  // An open-addressing table from a run's text to its number, probed with the text in place: the scan meets
  // ~100 000 runs per MiB, nearly all met before ("The", names), and slicing each out for a Map lookup
  // allocated and hashed a string per run. A slot holds a number (-1: empty) and that run's hash.
  private slots = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(1024);

  /** The number of the run `run` if it was met, else -1. */
  find(run: string): number {
    const h = runHash(run, 0, run.length);
    const mask = this.slots.length - 1;
    for (let slot = h & mask, id = this.slots[slot]; id >= 0; slot = (slot + 1) & mask, id = this.slots[slot]) {
      if (this.hashes[slot] === h && this.runs[id] === run) return id;
    }
    return -1;
  }

  /** The number of the run `text.slice(start, end)`; a run met for the first time gets the next one and its facts. */
  idOf(text: string, start: number, end: number): number {
    const h = runHash(text, start, end);
    const length = end - start;
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (let id = this.slots[slot]; id >= 0; id = this.slots[slot]) {
      if (this.hashes[slot] === h) {
        const run = this.runs[id];
        if (run.length === length && text.startsWith(run, start)) return id;
      }
      slot = (slot + 1) & mask;
    }
    const run = text.slice(start, end);
    const id = this.facts.push(runFacts(run)) - 1;
    this.runs.push(run);
    this.slots[slot] = id;
    this.hashes[slot] = h;
    if (this.facts.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /** Doubles the table, placing every run again. */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let old = 0; old < this.slots.length; old++) {
      const id = this.slots[old];
      if (id < 0) continue;
      let slot = this.hashes[old] & mask;
      while (slots[slot] >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
      hashes[slot] = this.hashes[old];
    }
    this.slots = slots;
    this.hashes = hashes;
  }
}

/** The FNV-1a hash of `text.slice(start, end)`, read in place. */
function runHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** What a capitalised run's text alone says, worked out once per distinct run. */
interface RunFacts {
  /** The run without a sentence word glued before a lone name ("Later Durning", "But Healey" → "Healey"). */
  name: string;
  /** How many characters that word (and its space) took from the front. */
  cut: number;
  /** `name` is one word. */
  single: boolean;
  /** `name` is one word that opens sentences ("The", "But"), never a name. */
  sentenceWord: boolean;
  /** nameKey of `name`, once it is needed. */
  key?: string;
  /** For runs of several words: what those words say, once it is needed. */
  shape?: RunShape;
}

function runFacts(run: string): RunFacts {
  let name = run;
  let cut = 0;
  const space = run.indexOf(' ');
  if (space > 0 && run.indexOf(' ', space + 1) < 0 && isSentenceWord(run.slice(0, space))) {
    cut = space + 1;
    name = run.slice(cut);
  }
  // "Jeanine Durning’s work": the possessive is no part of the name
  if (name.length > 3 && name.charCodeAt(name.length - 1) === 115 && isApostropheCode(name.charCodeAt(name.length - 2))) name = name.slice(0, -2);
  const single = name.indexOf(' ') < 0 && name.indexOf('\u00a0') < 0;
  return { name, cut, single, sentenceWord: single && isSentenceWord(name) };
}

/** What a run of several words says about it. */
interface RunShape {
  organisation: boolean;
  mayNamePerson: boolean;
  /** The last word, the surname if it names a person. */
  lastWord: string;
  /** The run read as a person's name (offsets relative to the run), null when it is none; undefined until needed. */
  phrase?: NamePhrase | null;
  words?: string[];
  /** The gender of the phrase's first word as a first name (see firstNameGender). */
  gender?: 'f' | 'm';
  /** The second-last word, when it can be a first name. */
  secondLast?: { text: string; start: number } | null;
  /** Whether the run is two name-shaped words (see isTwoNameWords); undefined until asked. */
  twoWords?: boolean;
  /** Whether the name reader read the run as a body's name ("Northgate Homes"); set with `phrase`. */
  body?: boolean;
}

function runShape(fact: RunFacts): RunShape {
  const run = fact.name;
  if (fact.shape) return fact.shape;
  const lastWord = run.slice(Math.max(run.lastIndexOf(' '), run.lastIndexOf('\u00a0')) + 1);
  // ("Brackenridge Zoo": a last word no surname is makes a body of any longer name)
  fact.shape = { organisation: ORGANISATION_LIKE.test(run) || (run.includes(' ') && isCorporateWord(lastWord)), mayNamePerson: mayNamePerson(run), lastWord };
  return fact.shape;
}

function mayNamePerson(run: string): boolean {
  const words = run.split(/[ \u00a0]/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (isRoleHead(w) || isHonorific(w) || (i < words.length - 1 && firstNameGender(w))) return true;
  }
  return false;
}

/** Whether a capitalised word is one that opens sentences ("The", "But"). */
function isSentenceWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (isSentenceOpener(lower)) return true;
  // ("You’ve said Pell was …", "I’m", "They’re": a pronoun's contraction)
  const apostrophe = lower.search(/['’]/);
  return apostrophe > 0 && CONTRACTED_PRONOUNS.has(lower.slice(0, apostrophe));
}

const CONTRACTED_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'what', 'who', 'let']);

/** Whether the name at `start..end` opens a picture credit: `(Lauren Pelley / CBC News)`, `(Haweya Fadal/CBC)`. */
function isPhotoCredit(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (text.charCodeAt(i) !== 40) return false; // (
  let j = end;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  return text.charCodeAt(j) === 47; // /
}
