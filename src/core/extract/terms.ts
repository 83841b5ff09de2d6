import type { QuotedSpan } from './quotes';
import { countWords } from './wordCount';
import { hasLetter, isLetterCodePoint, isRegExpSpaceCode, isUpperCodePoint } from '../text/chars';
import { isSpeechVerb } from './speechVerbs';

// Quoted words that are nobody's: a heading, a work's title, a name or a nickname, a modifier of the noun after
// it, a list of terms named as words. attributeQuotes asks these before it looks for whose words they are.

/**
 * Quoted words that head or name something rather than report it: a line that is nothing but a short quotation
 * without a sentence's end (a pull-quote subheading), a quotation on a "WATCH:"/"READ MORE:" pointer line, or a
 * title-case name after "on", a possessive or "watching" (`on CBS’ “Face the Nation.”`, `watching "We Believe:
 * The Best Men Can Be"`).
 */
export function isHeadingOrTitle(text: string, q: QuotedSpan, openPos: number, closePos: number, words: number): boolean {
  // (the cheap tests first: this asks of every quotation)
  if (POINTER_INITIALS.has(text.charCodeAt(q.lineStart) | 0x20) && POINTER_LINE.test(text.slice(q.lineStart, Math.min(q.lineEnd, q.lineStart + 16)))) return true;
  const last = text.charCodeAt(q.end - 1);
  const endsLikeSentence = last === 46 || last === 33 || last === 63 || last === 44 || last === 0x2026;
  // (a line of two sentences below the headlines is someone's words run on, not a heading: "… the children. Thank you x")
  if (words <= 10 && !endsLikeSentence && !hasLetter(text, q.lineStart, openPos) && !hasLetter(text, closePos, q.lineEnd) && !(q.lineStart > HEADLINE_AREA && INNER_SENTENCE_END.test(text.slice(q.start, q.end)))) return true;
  const before = text.slice(Math.max(q.lineStart, openPos - 16), openPos);
  // `The paper, titled “Rapid burial of blue carbon …”`: whatever follows "titled" is a work's title, in any case
  if (words <= MAX_TITLE_WORDS && TITLED_BEFORE.test(before)) return true;
  // `known, not always affectionately, as “the Duchess”`: a name someone goes by, in any case
  if (words <= 6 && KNOWN_AS_BEFORE.test(text.slice(Math.max(q.lineStart, openPos - 64), openPos))) return true;
  // `began calling her “the Acid Lady,” a nickname she claimed to hate`: what the noun after it says it is
  if (words <= 6 && NICKNAME_AFTER.test(text.slice(closePos, Math.min(q.lineEnd, closePos + 40)))) return true;
  if (words <= MAX_TITLE_WORDS && isUpperCodePoint(text.codePointAt(q.start) ?? 0) && NAMED_BEFORE.test(text.slice(Math.max(q.lineStart, openPos - 24), openPos)) && isTitleCase(text, q)) return true;
  // `the 2008 film “Harrowgate”`, `“The Salt Orchard”, a new play by …`: a work's name, by the noun beside it
  // `its ‘Buy With Confidence’ scheme`, `“Low Tide Blues” (1962)`: a name, by the noun or the year after it (one
  // capitalised word is a name too: `the 2008 film “Harrowgate”`)
  if (words <= 8 && isUpperCodePoint(text.codePointAt(q.start) ?? 0)) {
    const after = text.slice(closePos, Math.min(q.lineEnd, closePos + 40));
    const named = WORK_BEFORE.test(before) || WORK_AFTER.test(after) || (words <= 6 && (NAMED_THING_AFTER.test(after) || YEAR_AFTER.test(after)));
    if (named && (words === 1 || isTitleCase(text, q))) return true;
  }
  if (words > 8 || !isUpperCodePoint(text.codePointAt(q.start) ?? 0) || !TITLE_BEFORE.test(before)) return false;
  const titleWords = text.slice(q.start, q.end).split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return titleWords.length >= 2 && titleWords.every((w) => /^\p{Lu}/u.test(w));
}

// How far into a text its headlines may reach; a sentence ending inside a quotation, then another.
const HEADLINE_AREA = 300;
const INNER_SENTENCE_END = /[.!?][ \u00a0]+\p{Lu}/u;

// (and `under the title “…”`, `with the slogan “…”`, `posting under the name “trailrider_77”`: whatever follows is
// the title, the slogan or the name)
const TITLED_BEFORE = /\b(?:titled|entitled|the (?:title|headline|slogan|motto|hashtag|name|username|handle|pseudonym|alias|nickname|banner|tagline|theme))[ \u00a0]*$/;
// A name given to something: `a programme named “Fit for Forty”`, `which the developer has branded “Hexley Meadows”`
const NAMED_BEFORE = /\b(?:named|called|dubbed|branded|billed|nicknamed)[ \u00a0]*$/;
const WORK_NOUNS = 'film|movie|play|musical|opera|ballet|book|novel|memoir|biography|album|song|single|record|series|show|sitcom|documentary|podcast|poem|painting|exhibition|collection|drama|programme|program|comedy|thriller|soap|serial|track|ballad|anthem|symphony|guide|handbook|manual|leaflet|pamphlet|booklet|essay|sculpture|mural|history';
// What a capitalised name in quotation marks is the name of: `its ‘Buy With Confidence’ scheme`
const NAMED_THING_AFTER = /^[ \u00a0]+(?:scheme|campaign|programme|program|initiative|project|fund|award|awards|festival|movement|brand|label|strategy|policy|plan|app|platform|tour|exhibition|series)\b/;
// `"Low Tide Blues" (1962)`: a work and its year
const YEAR_AFTER = /^[ \u00a0]*\((?:1[89]|20)\d\d\)/;
// (a comma may set the title off: "the charity’s guide, ‘Ending a Tenancy: Know Your Rights’,")
const WORK_BEFORE = new RegExp(`\\b(?:${WORK_NOUNS}),?[ \\u00a0]*$`);
const WORK_AFTER = new RegExp(`^[,—–-]?[ \\u00a0]*(?:(?:a|an|the|his|her|their)[ \\u00a0]+)?(?:[a-z-]+[ \\u00a0]+){0,2}(?:${WORK_NOUNS})\\b`);
const NICKNAME_AFTER = /^[,—–-]?[ \u00a0]*(?:a|an|the|her|his|their|its)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:nickname|moniker|sobriquet|epithet|nom de plume|pen name|pseudonym)\b/;
// (an adverb may stand between: "known locally as “The Sower”"; and a place: "known in the case as the ‘Whitstable
// incident’", "known on Capitol Hill as the “East Larkin bill”")
const KNOWN_AS_BEFORE = /\b(?:known|nicknamed|dubbed|referred to)(?: [a-z]+ly)?(?: (?:in|at|on|among|to) (?:the |a |his |her |their |its )?(?:[a-z]+|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?(?:,[^,]{1,40},)? as(?: the| an?)?[ \u00a0]*$/;
const MAX_TITLE_WORDS = 25;
const POINTER_LINE = /^(?:watch|read more|related|listen|video|photos?)\s?:/i;
const POINTER_INITIALS = new Set([...'wrlvp'].map((c) => c.charCodeAt(0)));
// What stands before a programme's or a work's title: "on", a possessive ("CBS’", "CNN's"), "watching", "titled",
// "of" ("her 2006 staging of “The Lantern Keepers”")
const TITLE_BEFORE = /(?:\bon|\bof|['’]s?|\bwatching|\btitled|\bentitled)[ \u00a0]*$/;

/**
 * `an "over-the-air" software update`: a quotation without inner punctuation followed, after one space, by a
 * lowercase word that is no function word, adverb or verb form — the noun it modifies, so a term, not a statement.
 */
export function modifiesNounAfter(text: string, q: QuotedSpan): boolean {
  const quoted = text.slice(q.start, q.end);
  if (q.closeAt < 0 || text.charCodeAt(q.closeAt + 1) !== 32 || /[\p{P}]/u.test(quoted.replace(/[-'’]/g, '')) || isEvaluative(quoted)) return false;
  const word = /^\p{Ll}+/u.exec(text.slice(q.closeAt + 2, q.closeAt + 30))?.[0];
  if (!word || text.charAt(q.closeAt + 2 + word.length) === '-' || NOT_A_MODIFIED_NOUN.has(word) || isSpeechVerb(word)) return false;
  // `would "never accept" quotas`: after an auxiliary the words are a predicate and the noun its object
  const before = /(\p{Ll}+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, q.openAt - 12), q.openAt))?.[1];
  if (before && AUXILIARIES.has(before)) return false;
  return !/(?:ly|ed|ing)$/.test(word) && !/^(?:is|was|are|were|be|been|has|had|have|will|would|can|could|may|might|should|must|does|did|do)$/.test(word);
}

/**
 * `a "well-developed" plan`, `"intensive" deliberations`, `a "very active" season`: an adjective shaped like one
 * (its suffix, or "very") is the speaker's judgement of the noun, their words; a noun or a coined compound is a term.
 */
function isEvaluative(quoted: string): boolean {
  return /^(?:very|so|too|more|most|less|extremely|really|quite|fairly|highly)\s/i.test(quoted) || /(?:ive|able|ible|ous|ful|less|al|ic|ed|ing|ant|ent|ary|ory|ish)$/i.test(quoted);
}

const AUXILIARIES = new Set(['would', 'will', 'could', 'can', 'should', 'must', 'may', 'might', 'shall', 'did', 'does', 'do', 'to']);

// Lowercase words that follow a quotation without it modifying them: prepositions, conjunctions, pronouns, determiners.
const NOT_A_MODIFIED_NOUN = new Set([
  'in', 'on', 'at', 'of', 'to', 'for', 'from', 'with', 'by', 'as', 'about', 'into', 'over', 'under', 'after', 'before',
  'since', 'during', 'despite', 'against', 'between', 'among', 'through', 'than', 'and', 'or', 'but', 'nor', 'so', 'yet',
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'if', 'unless', 'until', 'though',
  'although', 'whether', 'the', 'a', 'an', 'this', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'i',
  'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'not', 'no', 'too', 'also', 'even', 'only',
  'just', 'still', 'again', 'now', 'then', 'there', 'here', 'enough', 'either', 'neither', 'both', 'all', 'any', 'each',
  'every', 'some', 'more', 'most', 'less', 'very', 'quite', 'rather', 'instead', 'per', 'via', 'around', 'across',
  'toward', 'towards', 'upon', 'within', 'without', 'throughout',
  'off', 'out', 'up', 'down', 'away', 'back', 'ago', 'anyway',
  'given', 'amid', 'amidst', 'like', 'unlike', 'beyond', 'besides', 'plus', 'whereas', 'considering', 'regarding',
]);

/** A quotation between two capitalised words with nothing else around it: `Riefian “Ifan” Fajarsyah`. */
export function isNickname(text: string, q: QuotedSpan): boolean {
  if (q.openAt < 1 || q.closeAt < 0) return false;
  const before = text.charCodeAt(q.openAt - 1);
  const after = text.charCodeAt(q.closeAt + 1);
  if (before !== 32 || after !== 32) return false;
  return isCapitalisedWordEndingAt(text, q.openAt - 1) && isCapitalisedWordAt(text, q.closeAt + 2);
}

function isCapitalisedWordEndingAt(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && /[\p{L}'’-]/u.test(text.charAt(i))) i--;
  return i + 1 < end && /\p{Lu}/u.test(text.charAt(i + 1));
}

function isCapitalisedWordAt(text: string, at: number): boolean {
  return /\p{Lu}/u.test(text.charAt(at)) && /\p{Ll}/u.test(text.charAt(at + 1));
}

const ABBREVIATED_TITLE = /^(?:Mrs|Mr|Ms|Dr|St|Jr|Sr|Mt|Ft)\.$/;

export function isTitleCase(text: string, q: QuotedSpan): boolean {
  // the words (split at \s) of the first 200 characters that start with a letter and are longer than three,
  // read in place
  const end = Math.min(q.end, q.start + 200);
  let words = 0;
  let capitalised = 0;
  // (a word after a sentence's full stop is capitalised as any sentence's first word: "Probably. Worth it." is no title)
  let afterSentence = false;
  for (let i = q.start; i < end; ) {
    while (i < end && isRegExpSpaceCode(text.charCodeAt(i))) i++;
    const from = i;
    while (i < end && !isRegExpSpaceCode(text.charCodeAt(i))) i++;
    const opensSentence = afterSentence;
    const last = text.charCodeAt(i - 1);
    afterSentence = i - from > 2 && (last === 46 || last === 33 || last === 63) && !ABBREVIATED_TITLE.test(text.slice(from, i));
    if (i - from <= 3 || opensSentence) continue;
    const first = text.codePointAt(from)!;
    if (!isLetterCodePoint(first)) continue;
    words++;
    if (isUpperCodePoint(first)) capitalised++;
  }
  if (words < 2) return false;
  return capitalised / words > 0.8;
}

/** The fewest quotations a list of terms has, and the most words each of them has. */
const LIST_MIN_ITEMS = 3;
const LIST_MAX_WORDS = 3;
/** What may stand between two items of a list: a comma (inside or outside the marks), "and", "or". */
const LIST_JOINT = /^[\s,]*(?:(?:and|or)\s+)?$/;

/**
 * Which quotations are items of a list of terms: three or more short ones in a row on one line with nothing
 * but commas, "and" or "or" between them (`"wrap my head around," "grapple," "optics," "eschew" and "thought
 * leader."`). A list of words or expressions names them as words; nobody is quoted saying them.
 */
export function listedTerms(text: string, outer: readonly QuotedSpan[]): boolean[] {
  const listed = new Array<boolean>(outer.length).fill(false);
  const short = (q: QuotedSpan) => countWords(text, q.start, q.end) <= LIST_MAX_WORDS;
  for (let k = 0; k < outer.length; ) {
    let end = k + 1;
    if (short(outer[k])) {
      while (end < outer.length && outer[end].lineStart === outer[k].lineStart && short(outer[end]) && isListJoint(text, outer[end - 1], outer[end])) end++;
    }
    if (end - k >= LIST_MIN_ITEMS) for (let i = k; i < end; i++) listed[i] = true;
    k = end;
  }
  return listed;
}

/** The longest joint a list has between two items: `", and "`, with room for spaces. */
const LIST_JOINT_MAX = 12;

/** Whether only a list's joint stands between one quotation's closing mark and the next one's opening mark. */
function isListJoint(text: string, a: QuotedSpan, b: QuotedSpan): boolean {
  const from = a.closeAt >= 0 ? a.closeAt + 1 : a.end;
  const to = b.openAt >= 0 ? b.openAt : b.start;
  return to - from <= LIST_JOINT_MAX && LIST_JOINT.test(text.slice(from, to));
}
