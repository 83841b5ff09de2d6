import { wordList } from '../text/wordList';

// Where a mention stands in its clause, read from the characters around it: the subject of its sentence or of a
// speech verb, set off by commas, after a preposition — cheap scans that the people pass asks of every name.

/** Whether the full stop at `dot` closes a short capitalised abbreviation ("St.", "U.S.", "N.B."). */
export function abbreviationBefore(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 3 && isLetterAscii(text.charCodeAt(i - 1))) i--;
  return i < dot && text.charCodeAt(i) >= 65 && text.charCodeAt(i) <= 90 && (i === 0 || !isLetterAscii(text.charCodeAt(i - 1)));
}

export function isLetterAscii(c: number): boolean {
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
export function endsAppositive(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 34 || c === 0x201c || c === 0x201d || c === 10;
}

/** A letter (any script), a digit, an apostrophe or a hyphen: `/[\p{L}\d'’-]/u` for one code unit, the common cases by hand. */
function isWordPartCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45;
  return c === 0x2019 || /\p{L}/u.test(String.fromCharCode(c));
}

export function isLowercaseAscii(c: number): boolean {
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

export function isSubject(text: string, start: number, end: number): boolean {
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
export const SPEAKING_VERBS = wordList([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'recalled', 'recalls', 'wrote', 'writes',
  'notes', 'noted', 'insists', 'insisted', 'admits', 'admitted', 'argues', 'argued', 'continues', 'continued', 'replied', 'replies', 'stated', 'states',
]);

/**
 * Whether the lone word at `start..end` opens its sentence and an auxiliary or past-tense verb follows it
 * ("Niederreiter has", "Durning scored"): how a story goes on about someone it named in full.
 */
export function actsAsSubject(text: string, start: number, end: number): boolean {
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

export function speechVerbAfter(text: string, at: number): boolean {
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

export function speechVerbBefore(text: string, at: number): boolean {
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
export function invertedSpeakerAt(text: string, start: number, end: number): boolean {
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

export function precededByComma(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  return i >= 0 && text.charCodeAt(i) === 44;
}

/** "according to Healey": the name is a source of words, as much as "Healey said". */
export function isAccordingTo(text: string, start: number): boolean {
  return start >= 13 && (text.startsWith('according to ', start - 13) || text.startsWith('According to ', start - 13));
}

export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 0xa0;
}

/** The end of the run of ASCII lowercase letters at `i` (`i` itself when there is none). */
export function lowercaseWordEnd(text: string, i: number): number {
  let j = i;
  for (let c = text.charCodeAt(j); c >= 97 && c <= 122; c = text.charCodeAt(++j));
  return j;
}

// Words that open a sentence before its subject ("But Jamil acknowledges…", "Meanwhile, Guest says…").
const OPENERS = wordList(['but', 'and', 'so', 'yet', 'then', 'now', 'still', 'meanwhile', 'however', 'later', 'earlier', 'instead', 'also', 'the', 'a', 'an', 'for', 'his', 'her', 'their']);

// Lowercase words after a name that show it is not the subject of a verb ("Rask of the Wild", "Guest and …").
export const NOT_VERB_AFTER = wordList(['of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'into', 'about', 'after', 'before', 'over', 'under', 'than', 'who', 'which', 'that', 'last', 'this', 'next', 'during', 'since', 'because', 'when', 'while', 'if', 'so']);

// Prepositions whose object a lone capitalised word is ("Minister of Innovation", "the people of Homs"): never a new person.
export const OBJECT_PREPOSITIONS = wordList(['of', 'for', 'in', 'at', 'from', 'with', 'to', 'on', 'into', 'about']);

/** Whether a lowercase word (a verb, a preposition: "said Covington Catholic has", "for Rask") stands right before `start`. */
function afterLowercaseWord(text: string, start: number): boolean {
  const word = lowercaseWordBefore(text, start);
  return word !== undefined && !BEFORE_SUBJECT.has(text, word.start, word.end);
}

/** The all-lowercase word (a–z) right before `start`, past spaces; none when a capitalised or mixed word ends there. */
export function lowercaseWordBefore(text: string, start: number): { start: number; end: number } | undefined {
  let i = start - 1;
  while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && isLowercaseAscii(text.charCodeAt(i))) i--;
  if (end === i + 1) return undefined;
  if (i >= 0 && isWordPartCode(text.charCodeAt(i))) return undefined; // a capitalised or mixed word
  return { start: i + 1, end };
}

// Lowercase words that may stand right before a main-clause subject ("and Guest says", "but Jamil adds").
// Conjunctions keep a clause's subject a subject ("a comment that Scheer found concerning"); a verb or a
// preposition before a name makes it an object or a reported clause's subject ("said Covington Catholic has").
export const BEFORE_SUBJECT = wordList(['and', 'but', 'so', 'yet', 'then', 'now', 'still', 'meanwhile', 'however', 'the', 'that', 'as', 'when', 'while', 'because', 'if', 'although', 'though', 'since', 'after', 'before', 'until', 'once', 'where']);
