import { isApostropheCode } from '../text/chars';
import type { Span } from '../model';
import { addAlias, addMention, isSurnameParticle, nameKey, PersonIndex, type Person } from './coreference';
import { appositiveRole, hasBodyWord, isNameWord, isPartyTagWord, isSentenceOpener, readNamePhrase, tokenize } from './names';
import { isGroupWord, isRoleHead, isRoleModifier, ORGANISATION_HEADS, ROLE_HEAD_WORDS, UNNAMED_PERSON_HEADS } from './titles';
import { firstNameGender, isGivenName } from './firstNames';
import { isStrongSpeechVerb, isStrongSpeechVerbAt } from '../extract/speechVerbs';
import { IntList } from '../text/intList';
import { wordList } from '../text/wordList';
import { CaptionLines } from '../text/captions';
import { isNameChar, isUpperLatin, mayNamePerson, NOT_A_FIRST_NAME, ORGANISATION_LIKE, PARTICLES, RunMemo, runShape, scanCapitalisedRuns } from './capitalisedRuns';
import { abbreviationBefore, actsAsSubject, BEFORE_SUBJECT, endsAppositive, invertedSpeakerAt, isAccordingTo, isInlineSpace, isLetterAscii, isLowercaseAscii, isSubject, lowercaseWordBefore, lowercaseWordEnd, NOT_VERB_AFTER, OBJECT_PREPOSITIONS, precededByComma, SPEAKING_VERBS, speechVerbAfter, speechVerbBefore } from './clausePosition';

// The people pass: which capitalised runs (capitalisedRuns.ts finds them) name people and bodies, and what the words
// around each mention say of it — the subject of its sentence, a speaker, a gender.

// What follows a name when it is the subject of a speech verb: "Healey said", "Matlow, a councillor, told",
// and the pronoun that often comes next ("Laurin said she was fortunate"), a gender cue ("it": a body's).
const THEN_VERB = /[ \u00a0]*(?:,[^,.;"“”\n]{1,90},[ \u00a0]*|(,)[ \u00a0]*)?(?:(?:has|have|had|also|later|then|previously|again|once|[a-z]+ly)[ \u00a0]+){0,2}([a-z]+)(?:[ \u00a0]+(?:that[ \u00a0]+)?(he|she|its?)\b)?/y;

// A verb right after a name (an adverb may come first), then "they": "confirmed they", "said that they".
// (or a few lowercase words on, "their": "Ashbourne Rovers responded with a terse statement of their own")
const THEN_THEY = /[ \u00a0]+(?:(?:later|also|then|[a-z]+ly)[ \u00a0]+)?([a-z]+)(?:[ \u00a0]+(?:that[ \u00a0]+)?they\b|(?:[ \u00a0]+[a-z]+){1,6}[ \u00a0]+their\b)/y;

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

// Nouns for bodies a name right after them names ("technology company Veltrix", "the retailer Harrowgate").
const BODY_NOUNS = new Set(['company', 'firm', 'group', 'retailer', 'carmaker', 'automaker', 'airline', 'bank', 'lender', 'insurer', 'broadcaster', 'publisher', 'developer', 'operator', 'supplier', 'manufacturer', 'maker', 'conglomerate', 'giant', 'charity', 'club', 'union', 'party', 'agency', 'regulator', 'council']);

// Nouns for things, places and creatures a name right after them names ("her restaurant Tidewrack", "the ship Ever Given").
const THING_NOUNS = new Set(['restaurant', 'bar', 'café', 'cafe', 'pub', 'bistro', 'bakery', 'hotel', 'shop', 'boutique', 'store', 'brewery', 'winery', 'distillery', 'nightclub', 'venue', 'band', 'album', 'ship', 'vessel', 'yacht', 'ferry', 'tanker', 'horse', 'racehorse', 'app', 'brand', 'label', 'podcast', 'newspaper', 'magazine', 'chain', 'startup', 'start-up']);

/**
 * `opens Lola Ising, a 48-seat restaurant on Harrow Street`: whether an appositive right after `end` says the name is
 * a thing's: an article, then at most three modifiers and a head that is one of THING_NOUNS.
 */
function thingDescribedAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const m = THING_APPOSITIVE.exec(text.slice(end, end + 80));
  if (!m) return false;
  const words = m[1].split(/[ \u00a0]+/);
  let head = 0;
  while (head + 1 < words.length && !isNounFollower(words[head + 1])) head++;
  return THING_NOUNS.has(words[head]);
}

// An article and up to four lowercase words after the comma: the appositive's noun phrase and what follows it.
const THING_APPOSITIVE = /^,[ \u00a0]+(?:a|an|the)[ \u00a0]+((?:[\p{Ll}\d][\p{Ll}\d-]*)(?:[ \u00a0]+[\p{Ll}\d][\p{Ll}\d-]*){0,3})/u;

/** Words that come after a noun phrase's head: a preposition or a relative pronoun ("restaurant on", "bar that"). */
function isNounFollower(word: string): boolean {
  return word === 'on' || word === 'in' || word === 'at' || word === 'of' || word === 'that' || word === 'which' || word === 'with' || word === 'named' || word === 'for' || word === 'run' || word === 'owned';
}

// Nouns for bodies a text names after "called" or "named": "a group called …", "a charity named …".
const NAMED_BODY_NOUNS = new Set([...BODY_NOUNS, 'organisation', 'organization', 'coalition', 'campaign', 'alliance', 'network', 'association', 'movement', 'collective', 'society', 'trust', 'foundation', 'nonprofit', 'non-profit']);

/** Where a body's name that runs on from `end` ends: over "for", "of", "and", "the" before more capitalised words. */
function namedBodyEnd(text: string, end: number): number {
  for (;;) {
    const m = NAME_CONTINUES.exec(text.slice(end, end + 60));
    if (!m) return end;
    end += m[0].length;
  }
}

const NAME_CONTINUES = /^[ \u00a0]+(?:(?:for|of|and|the|on|in)[ \u00a0]+)*\p{Lu}[\p{L}'’-]*/u;

/** The ASCII lowercase word ending one space before `start`, or ''. */
function wordBefore(text: string, start: number): string {
  const end = start - 1;
  if (end < 1 || text.charCodeAt(end) !== 32) return '';
  let from = end;
  for (let c = text.charCodeAt(from - 1); from > 0 && ((c >= 97 && c <= 122) || c === 45 || c === 233); c = text.charCodeAt(--from - 1));
  return from < end ? text.slice(from, end) : '';
}

// A single unknown capitalised word is taken for a person only before these ("Edmonton responded" is a team).
const PLAIN_SAID = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'writes', 'explained', 'recalled']);

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
    if (THING_NOUNS.has(nounBefore) || (!inQuote && thingDescribedAfter(text, end))) {
      index.addName(run, 'organization', null, { start, end }, { subject: false, thing: true });
      continue;
    }
    // ("a group called Parents for Transparent Schools": the name the text gives a body, read whole)
    if (!inQuote && (nounBefore === 'called' || nounBefore === 'named') && NAMED_BODY_NOUNS.has(wordBefore(text, start - nounBefore.length - 1))) {
      const bodyEnd = namedBodyEnd(text, end);
      index.addName(text.slice(start, bodyEnd), 'organization', null, { start, end: bodyEnd }, { subject: false });
      while (r + 1 < runFact.length && runStart.at(r + 1) < bodyEnd) r++;
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
      index.addName(withThe(text, start, text.slice(start, bodyEnd)), 'organization', null, { start, end: bodyEnd }, { subject: told(isSubject(text, start, bodyEnd), start), speaker: told(speechAfter(text, bodyEnd) !== null, start) });
      r++;
      continue;
    }
    // ("Graham “Gus” Whitlock has stopped …": a nickname in quotation marks between a given name and a surname)
    // (the quotation mark first: this is asked of every lone word)
    const surnameAt = fact.single && !inQuote && r + 1 < runFact.length ? nicknameEnd(text, end) : -1;
    if (surnameAt > 0 && isGivenName(run)) {
      // (the nickname is a run of its own, or two)
      let s = r + 1;
      while (s < runFact.length && s <= r + 3 && runStart.at(s) < surnameAt) s++;
      const next = s < runFact.length ? distinct[runFact.at(s)] : undefined;
      if (next && runStart.at(s) === surnameAt && next.single && !next.sentenceWord) {
        const nameEnd = surnameAt + next.name.length;
        const person = index.addName(`${run} ${next.name}`, 'person', roleWordsBefore(text, start), { start, end: nameEnd }, { firstNameGender: firstNameGender(run), subject: told(isSubject(text, start, nameEnd), start), speaker: told(speechAfter(text, nameEnd) !== null, start) });
        lastPersonEnd = nameEnd;
        learnGenderAfter(index, person, text, nameEnd, false, null);
        r = s;
        continue;
      }
    }
    if (fact.single) {
      const key = (fact.key ??= nameKey(run));
      // (people who share the name are told apart by the pronoun the mention's clause goes on with: read it first)
      const shared = !inQuote && index.sharesName(key);
      const sharedSpeech = shared ? speechAfter(text, end) : null;
      // (the word cut off counts for the clause: "said Mr Vickery had been" is no subject of the sentence)
      const clauseFrom = start - fact.cut;
      const sharedSubject = shared && told(isSubject(text, clauseFrom, end), start);
      const known = index.resolveSurnameKey(key, start, undefined, sharedSpeech?.pronoun ?? (sharedSubject ? pronounAfter(text, end) : undefined));
      if (known && known.kind === 'person') {
        if (inQuote) continue;
        const speech = shared ? sharedSpeech : speechAfter(text, end);
        const subject = shared ? sharedSubject : told(isSubject(text, clauseFrom, end), start);
        index.note(start, known, told(speaksAt(text, start, speech) || isAccordingTo(text, start), start), subject);
        // "McKinnon blamed …": the surname is another name the text gives them, and a mention for the hover
        if (isFamilyName(known.name, run)) {
          addAlias(known, run);
          addMention(known, { start, end });
        }
        learnGenderAfter(index, known, text, end, subject, speech); // "something Trump had claimed he …" is still his
        learnRoleAfter(known, text, end);
        continue;
      }
      if (known || inQuote) continue;
      // ("He and his wife Jodie have two children": a given name after a relative of someone named, their family's
      // name too, as the text goes on to call her "Jodie")
      const relative = relativeOfNamed(text, start, index);
      if (relative) {
        // (the subject from the possessive on: "Dean’s mum Brenda, 68, leapt to her son’s defence")
        const person = index.addName(`${run} ${relative.surname}`, 'person', relative.role, { start, end }, { firstNameGender: firstNameGender(run), subject: told(isSubject(text, relative.from, end), start) });
        addAlias(person, run);
        continue;
      }
      // "The city's transit agency, Metrolinx, said": a lone name set off after a body's description is that body
      if (precededByComma(text, start) && bodyDescribedBefore(text, start)) {
        index.addName(run, 'organization', null, { start, end }, { subject: told(isSubject(text, start, end), start) });
        continue;
      }
      const speech = speechAfter(text, end);
      // "Minister of Innovation, Science…, said": the preposition's object, not the verb's subject
      // ("the Professional Referees’ Board said": a body's own word, read alone after the possessive, is nobody's surname)
      if (speech && speech.plainSaid && !ORGANISATION_LIKE.test(run) && !isGroupWord(run) && !afterPreposition(text, start) && !ORGANISATION_HEADS.has((fact.key ??= nameKey(run)))) {
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
      index.addName(withThe(text, from, from < start ? text.slice(from, end) : run), 'organization', null, { start: from, end }, { subject: told(subject, start), speaker: told(subject && speechAfter(text, end) !== null, start) });
      continue;
    }
    // "Al Hashish gave birth": a surname with its particle, of someone the text named in full before
    const space = run.indexOf(' ');
    if (!inQuote && space > 0 && space === run.lastIndexOf(' ') && (PARTICLES.hasLowercased(run, 0, space) || (space <= 2 && isSurnameParticle(run.slice(0, space))))) {
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
    // ("Dai Thomas, who has followed the club for 60 years, remembers": "who" is said of people)
    const describedAfter = !shape.mayNamePerson && !surnameSpeaks && !aged && !roleBefore && !inverted && !inQuote && (personRoleAfter(text, run, end) || ((shape.twoWords ??= isTwoNameWords(run)) && (twoWordsNamePerson(text, start, end, lastPersonEnd, index) || (!shape.organisation && text.startsWith(', who ', end)))));
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
      shape.givenName = shape.phrase ? isGivenName(shape.words[0]) : false;
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
      index.addName(withThe(text, start, run), 'organization', null, { start, end }, { speaker: told(speech !== null && subject, start), subject: told(subject, start) });
      continue;
    }
    const phrase = { ...shape.phrase, start: start + shape.phrase.start, end: start + shape.phrase.end };
    const words = shape.words!;
    // four name words at most, particles aside ("Luiz Inácio Lula da Silva")
    if (words.length > 4 && words.filter((w) => !PARTICLES.has(w, 0, w.length)).length > 4) continue;
    const speech = phrase.end === end ? (speechAtEnd === undefined ? speechAfter(text, end, appositive) : speechAtEnd) : null;
    const gender = shape.gender;
    const givenName = shape.givenName;
    if (words.length < 2 && !inQuote) {
      // "Mr. Wilkinson predicted": a surname with an honorific or a role — a mention of someone known, or a person
      const known = index.resolveSurname(phrase.name, phrase.start, phrase.honorific);
      if (known && known.kind === 'person') {
        const subject = told(isSubject(text, start, end), start);
        index.note(phrase.start, known, told(speaksAt(text, start, speech) || isAccordingTo(text, start), start), subject);
        // ("Dr. Raghunathan spoke to …": a mention as much as the surname alone is, for the hover and interviews)
        if (isFamilyName(known.name, phrase.name)) addMention(known, { start: phrase.start, end: phrase.end });
        learnGenderAfter(index, known, text, end, subject, speech);
        learnRoleAfter(known, text, end);
        continue;
      }
    }
    // only names that look like people: a role, an honorific, a known first name, or speech
    if (words.length < 2 && !(speech && phrase.role) && !phrase.honorific) continue;
    if (!phrase.role && !phrase.honorific && !givenName && !speech && !(aged && words.length >= 2 && phrase.end === end) && !(roleBefore && words.length >= 2 && phrase.start === start) && !(inverted && words.length >= 2 && phrase.start === start) && !(describedAfter && words.length >= 2 && phrase.end === end)) {
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
      lastPersonEnd = end;
      continue;
    }
    if (inQuote) continue;
    const subject = told(isSubject(text, start, phrase.end), start);
    if (words.length >= 2 && !phrase.role && !phrase.honorific && !givenName && theNamed.has(words[words.length - 1])) {
      index.addName(phrase.name, 'organization', null, { start: phrase.start, end: phrase.end }, { subject, speaker: told(speech !== null, start) });
      continue;
    }
    // "Her lawyer, Tom Reyes, filed": the role an appositive name is set off from is theirs
    // "opposition leader Andrea Horwath": a known first name needs no role to be a person, but the role is still theirs
    // "Trade lawyer Mark Warner, a principal at MAAW Law," holds both roles
    // "Northgate Homes said it would review rents": a name that no given name, honorific or role marks as a
    // person, speaking of itself as "it", is a body ("Greenpeace said it would sue", for longer names)
    // "The housing association, Northgate Homes, said": a name set off after a body's description is that body's
    if (!phrase.role && !phrase.honorific && !givenName && !roleBefore && !mayNamePerson(phrase.name) && (speech?.pronoun === 'it' || speech?.pronoun === 'its' || (phrase.start === start && bodyDescribedBefore(text, start)))) {
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
    const person = index.addName(phrase.name, 'person', role, { start: phrase.start, end: phrase.end }, { honorific: phrase.honorific, firstNameGender: gender, speaker: told(speaksAt(text, start, speech) || isAccordingTo(text, start) || (inverted && phrase.start === start), start), subject, unnoted: captions.isByline(start) });
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
  return name.startsWith(`${word} `) && !isGivenName(word);
}

/**
 * What the text says of a person's gender right after a mention: the pronoun after their speech verb ("Laurin
 * said she"), or, for the subject of its sentence, the first he/she/his/himself/herself before the sentence ends
 * or another name comes ("McNeely found herself without her studies").
 */
function learnGenderAfter(index: PersonIndex, person: Person, text: string, end: number, subject: boolean, speech: { pronoun: string | undefined } | null): void {
  if ((!subject && !speech?.pronoun) || !index.mayLearnGender(person)) return;
  const pronoun = speech?.pronoun ?? (subject ? pronounAfter(text, end) : undefined);
  if (!pronoun) return;
  // (a first name's gender stands against the pronoun when someone else the sentence named before may be whom it
  // means: "Rachel Kendall has told the court … after her co-host Tom Brasher suggested that she had been drinking")
  if (person.gender && index.someoneElseBefore(person, sentenceStartBefore(text, end), end)) return;
  index.learnGenderFromText(person, pronoun);
}

/** Where the sentence holding `at` starts: after the last full stop, question or exclamation mark or line break. */
function sentenceStartBefore(text: string, at: number): number {
  let i = at - 1;
  for (; i > 0 && at - i < SENTENCE_REACH; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32)) return i + 1;
  }
  return Math.max(0, i);
}

const SENTENCE_REACH = 400;

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
/** A body's name as the text gives it: with the article it stands after ("the Department of Housing"). */
function withThe(text: string, start: number, name: string): string {
  return afterThe(text, start) && !name.startsWith('the ') && !name.startsWith('The ') ? `the ${name}` : name;
}

/** Whether a lowercase "the" stands right before `start` as a word of its own. */
export function afterThe(text: string, start: number): boolean {
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

// "The housing association, ", "its parent company, ", "The care home's operator, ": a body's description, a
// comma and the name after it.
const BODY_DESCRIPTION_BEFORE = /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+(?:['’]s)?\s+){0,2}([a-z]+),[ \u00a0]*$/;

function bodyDescribedBefore(text: string, start: number): boolean {
  const m = BODY_DESCRIPTION_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return m !== null && ORGANISATION_HEADS.has(m[1]) && !isRoleHead(m[1]);
}

/**
 * "Dr. Nwosu, a consultant surgeon at the Igbara General Hospital, was …": a role set off after a surname, as a
 * noun phrase an article opens, is theirs too (not a clause: "Trump, even as the president became …,").
 */
function learnRoleAfter(person: Person, text: string, end: number): void {
  if (!ARTICLE_AFTER_COMMA.test(text.slice(end, end + 6))) return;
  const role = appositiveRoleAfter(text, end);
  if (role && !person.roles.includes(role)) person.roles.push(role);
}

const ARTICLE_AFTER_COMMA = /^,[ \u00a0]+(?:an?|the)[ \u00a0]/i;

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

/**
 * Whether what stands around a run of two name-shaped words makes it a person's name: listed right after a
 * person's full name (which ended at `lastPersonEnd`), or opening a sentence the next one goes on with as "he" or "she".
 */
function twoWordsNamePerson(text: string, start: number, end: number, lastPersonEnd: number, index: PersonIndex): boolean {
  if (lastPersonEnd >= 0 && listedAfter(text, lastPersonEnd, start)) return true;
  return opensSentence(text, start) && isSubject(text, start, end) && personPronounNext(text, end, index);
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

function mayOpenPersonName(run: string): boolean {
  const space = run.search(/[ \u00a0]/);
  return space > 0 && !NOT_A_FIRST_NAME.test(run.slice(0, space)) && !ORGANISATION_LIKE.test(run);
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

/** Whether the name at `start..end` opens a picture credit: `(Lauren Pelley / CBC News)`, `(Haweya Fadal/CBC)`. */
function isPhotoCredit(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (text.charCodeAt(i) !== 40) return false; // (
  let j = end;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  return text.charCodeAt(j) === 47; // /
}

const RELATIVE_WORDS = new Set(['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'mum', 'mom', 'dad']);

// Relatives who share a family's name: "his wife Jodie", "her son Tomás", "Mr Ogunbiyi's daughter Funmilayo",
// "Dean’s mum Brenda".
const RELATIVE_BEFORE = new RegExp(`(?:\\b([Hh]is|[Hh]er)|(\\p{Lu}[\\p{L}'’-]+)['’]s)[ \\u00a0]+(${[...RELATIVE_WORDS].join('|')})[ \\u00a0]+$`, 'u');

/**
 * The family name and the role of a given name that a relative's word and the possessive of someone named stand
 * before ("his wife" after Colin Aske: "Aske", "wife"), and where that possessive starts; or null.
 */
function relativeOfNamed(text: string, start: number, index: PersonIndex): { surname: string; role: string; from: number } | null {
  // (the word before first: this is asked of every lone name the text has not met)
  // (a name set off by commas, "Her son, Declan, 44,", keeps the name as written: the golds differ, and most do)
  if (!RELATIVE_WORDS.has(wordBefore(text, start))) return null;
  const from = Math.max(0, start - 40);
  const m = RELATIVE_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const owner = m[1] ? index.resolvePronoun(m[1].toLowerCase() === 'his' ? 'he' : 'she', start, 600) : index.resolveSurname(m[2], start);
  if (!owner || owner.kind !== 'person' || !owner.name.includes(' ')) return null;
  return { surname: owner.name.slice(owner.name.lastIndexOf(' ') + 1), role: m[3], from: from + m.index };
}

/** Where the surname starts after a quoted nickname set after a given name ending at `end` (` “Gus” W…`), or -1. */
function nicknameEnd(text: string, end: number): number {
  const mark = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 32 || !(mark === 0x201c || mark === 34 || mark === 0x2018 || mark === 39)) return -1;
  const m = NICKNAME.exec(text.slice(end, end + 28));
  return m ? end + m[0].length : -1;
}

const NICKNAME = /^[ \u00a0]["“‘'][\p{Lu}][\p{L}.'’ -]{0,18}["”’'][ \u00a0](?=\p{Lu})/u;
