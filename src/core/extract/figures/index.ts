import type { Figure } from '../../model';
import { atSentenceStart, before, isDigit, isInlineSpace, isLetter, isUpper, letterWordEnd, LOOK, wordAfter, wordBefore, wordEndAt } from './context';
import { isApostropheCode, isRegExpSpaceCode } from '../../text/chars';
import { wordList } from '../../text/wordList';
import { resolveDollar } from './currency';
import {
  APPROXIMATORS,
  COMPOUND_NOUNS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  DURATIONS,
  IRREGULAR_PLURALS,
  ISO_CODES,
  MONTHS,
  MULTIPLIER_WORDS,
  NOUN_MODIFIERS,
  NOUN_STOPS,
  PLURAL_SCALES,
  REFERENCE_WORDS,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  SMALL_NUMBERS,
  WORD_REFERENCES,
} from './lexicon';

// How it works: one global regex finds every place a figure can start — a digit, a currency sign, or a
// number word — and each hit is read forwards with short sticky patterns (the number, its scale, %, a currency,
// the counted noun) and judged by bounded look-arounds (a month before it, "Article" before it, "years" after
// it…). The scan resumes after whatever the reading consumed, so every character is looked at a bounded number
// of times: linear in the text, whatever its shape.
//
// Conventions (see README of the tests for examples):
// - The span covers the number, its currency, scale, %/fold/times and the counted noun with the words between
//   ("200 military planners", "£1 billion", "3.5%"), never the approximator before it ("about", "up to",
//   "hundreds of"), which goes to `approximation` in lower case.
// - `unit` of a count is the counted noun as written, lower-cased, plural kept ("drones", "people"); null when
//   there is none ("Fifteen of them"). Money: the ISO code. Percentages and percentage points: `%` and
//   `percentage points`. Multipliers (twice, fivefold, three times): `x`.
// - Bare "one" counts only with a scale, %, a currency or -fold ("one million", "one percent"): as a word it is
//   mostly a pronoun or a determiner ("one of the", "no one", "one side").

/**
 * Where a figure written with digits or a currency sign can start: a digit, or a sign of Latin-1 ($ £ ¥). A
 * one-class regex, all Latin-1, which the engine scans natively and about 2.5 times as fast in a two-byte string
 * as a class with the signs beyond it (€ ₹ ₽…). Those are found from the digit they come before instead (see
 * nextDigit): a sign starts a figure only when its amount follows, glued or after one space.
 */
const SIGNS = ['$', ...CURRENCY_SYMBOLS.keys()];
const DIGIT_TRIGGER = new RegExp(`[0-9${SIGNS.filter((sign) => sign.charCodeAt(0) < 0x100).join('')}]`, 'g');
const OTHER_SIGNS: ReadonlySet<number> = new Set(SIGNS.map((sign) => sign.charCodeAt(0)).filter((code) => code >= 0x100));

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million',
  'millions', 'billion', 'billions', 'trillion', 'trillions', 'dozen', 'dozens', 'tens', 'twice', 'thrice',
];

/**
 * The number words as one prefix tree ("[tT](?:[eE][nN]|…)"): the regex engine walks it, never backtracks far.
 * Each letter is spelt as its two ASCII cases rather than with the `i` flag, which makes the engine fold case at
 * every position it tries: twice as slow, and this pattern is tried after every space of the text.
 */
function wordTree(words: readonly string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let child = n.next.get(ch);
      if (!child) n.next.set(ch, (child = { end: false, next: new Map() }));
      n = child;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    if (n.next.size === 0) return '';
    const alts = [...n.next].map(([ch, child]) => bothCases(ch) + emit(child));
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * Where a spelt-out number can start: a number word after a space, line break, quotation mark, bracket or dash.
 * Anchoring on that one preceding character lets the engine skip the inside of words quickly; the start of the
 * text is checked on its own.
 */
const WORD_TREE = wordTree(NUMBER_WORDS);
const FOLD = `(?:-?${[...'fold'].map(bothCases).join('')})?`;
// (An explicit class, not \s, which makes the engine give up its fast skipping.)
const WORD_TRIGGER = new RegExp(`[ \\n\\r\\t\u00a0"'“‘(—–/\\[-]${WORD_TREE}${FOLD}`, 'g');
const WORD_AT = new RegExp(`${WORD_TREE}${FOLD}`, 'y');

/** `[tT]` for `t`: a letter of either case, as the `i` flag would match it (ASCII only, without `u`). */
function bothCases(letter: string): string {
  return `[${letter}${letter.toUpperCase()}]`;
}

/** The letters a spaced scale word can start with (hundred, thousand, million, billion, trillion, lakh, crore), lower case. */
const SCALE_INITIALS: ReadonlySet<number> = new Set([...SCALE_WORDS.keys()].map((w) => w.charCodeAt(0)));

/** A plain or grouped number with an optional decimal part ("1,200", "3.5", "10000"). */
const NUMBER = /\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?/y;
/** A run of the characters an identifier or URL can be made of: skipped as a whole. */
const TOKEN_TAIL = /[\p{L}\p{N}_\-./:@#%&=?+]*/uy;
const SCALE_WORD = /(hundred|thousand|million|billion|trillion|lakh|crore)(?![\p{L}])/iuy;
const SPACED_ABBREV = /(bn|mn|mln|bln|tn|trn|m|b|k)(?![A-Za-z\d])\.?/iy;
const PERCENT_WORD = /(?:percent|per[ \u00a0-]cent|pct)(?![\p{L}])/iuy;
const POINTS_WORD = /(percentage|basis)[ \u00a0-]points?(?![\p{L}])/iuy;
const TIME_WORD = /(?:[ap]\.m\.|[ap]m(?![\p{L}])|gmt|utc|bst|cet|cest|e[sd]?t|p[sd]?t|c[sd]t|local time|o['’]clock)/iuy;
const NUMBER_WORD = /([\p{L}]+)/uy;

type Kind = 'count' | 'money' | 'percent' | 'multiplier';

/** A figure being read: its span so far, its value before scaling, what it measures. */
interface Reading {
  start: number;
  end: number;
  value: number;
  kind: Kind;
  unit: string | null;
  approximation: string | null;
  /** Written with digits (a year, an age or an id can only be digits). */
  digits: boolean;
  /** The digits as written, for the year test ("2024" but not "2,024"). */
  raw: string;
  /** A scale word or abbreviation was applied ("million", "bn"). */
  scaled: boolean;
  /** Where the number itself starts (after a currency sign). */
  numberStart: number;
}

interface Scan {
  text: string;
  /** The dollar of this document (USD, or CAD in Canadian news), found on first use. */
  dollar: string | null;
}

/**
 * The figures (counts, money, percentages, multipliers) in `text`, in text order, non-overlapping. `dollar`
 * is what a bare `$` means when `text` is one part of a larger source (default: decided from `text` itself).
 */
export function extractFigures(text: string, dollar?: string): Figure[] {
  const scan: Scan = { text, dollar: dollar ?? null };
  const figures: Figure[] = [];
  const digits = new RegExp(DIGIT_TRIGGER.source, DIGIT_TRIGGER.flags);
  const words = new RegExp(WORD_TRIGGER.source, WORD_TRIGGER.flags);
  // Two trigger streams merged in text order; after each reading both resume where it ended. A digit trigger
  // is one character: `test` finds it without a match object (-1 when there is none left).
  let d = nextDigit(digits, text, 0);
  let w = firstWord(text) ?? nextWord(words, text);
  while (d >= 0 || w) {
    const useDigit = d >= 0 && (w === null || d <= w.index);
    const at = useDigit ? d : w!.index;
    const hitLength = useDigit ? 1 : w!.text.length;
    const { reading, next } = useDigit ? readDigits(scan, at) : readWords(scan, at, w!.text);
    if (reading) {
      withSignAndDegrees(text, reading);
      const last = figures[figures.length - 1];
      if (!last || last.end <= reading.start) figures.push(toFigure(text, reading));
    }
    const resume = Math.max(next, at + hitLength);
    if (d >= 0 && d < resume) {
      digits.lastIndex = resume;
      d = nextDigit(digits, text, resume);
    }
    if (w && w.index < resume) {
      // The trigger's leading character may be the last one consumed: look again from just before.
      words.lastIndex = resume - 1;
      w = nextWord(words, text);
    }
  }
  shareRangeUnits(text, figures);
  return figures;
}

/**
 * The next digit or Latin-1 sign at or after `from` — or the sign beyond Latin-1 right before that digit, glued
 * or one space away ("€5", "₹ 100"), when it is at or after `from` too. The regex resumes after the digit: if
 * the sign is read as no figure, the scan resumes at the sign's next character and finds the digit again.
 */
function nextDigit(re: RegExp, text: string, from: number): number {
  if (!re.test(text)) return -1;
  const at = re.lastIndex - 1;
  if (at - 1 >= from && OTHER_SIGNS.has(text.charCodeAt(at - 1))) return at - 1;
  if (at - 2 >= from && isInlineSpace(text.charCodeAt(at - 1)) && OTHER_SIGNS.has(text.charCodeAt(at - 2))) return at - 2;
  return at;
}

/** The next number word that is a whole word (not "tenant", "oneness"). */
function nextWord(re: RegExp, text: string): { index: number; text: string } | null {
  for (;;) {
    const m = re.exec(text);
    if (!m) return null;
    const end = m.index + m[0].length;
    if (!isLetter(text.charCodeAt(end)) && !isDigit(text.charCodeAt(end))) return { index: m.index + 1, text: m[0].slice(1) };
    re.lastIndex = end;
  }
}

/** A number word at the very start of the text (or after a BOM), which the trigger cannot see. */
function firstWord(text: string): { index: number; text: string } | null {
  const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  WORD_AT.lastIndex = at;
  const m = WORD_AT.exec(text);
  if (!m || isLetter(text.charCodeAt(at + m[0].length))) return null;
  return { index: at, text: m[0] };
}

/**
 * A minus sign glued before the number ("-0.3%", "−2.1 per cent", "-40 C") makes it negative, where it follows
 * a space, a bracket or nothing (after a digit or a word it is a range's or a compound's hyphen); a temperature
 * sign after a count ("30 C", "35°C", "-5 °F") is its unit.
 */
function withSignAndDegrees(text: string, r: Reading): void {
  if (!r.digits) return;
  if (r.kind === 'count' && r.unit === null) {
    DEGREES.lastIndex = r.end;
    const m = DEGREES.exec(text);
    if (m) {
      r.unit = m[1] === 'F' ? '°F' : '°C';
      r.end += m[0].length;
    }
  }
  const sign = text.charCodeAt(r.start - 1);
  if (r.kind === 'money' || r.start !== r.numberStart || (sign !== 45 && sign !== 0x2212)) return;
  const before = r.start >= 2 ? text.charCodeAt(r.start - 2) : 32;
  if (!(isInlineSpace(before) || before === 10 || before === 13 || before === 40 || before === 91)) return;
  r.value = -r.value;
  r.start--;
  r.numberStart--;
}

// "30 C", "30C", "35°C", "-5 ° F": a capital C on its own, or C or F after a degree sign, not a word's letter
const DEGREES = /(?:[ \u00a0]?°[ \u00a0]?([CF])|[ \u00a0]?(C))(?![\p{L}\d\-])/uy;

function toFigure(text: string, r: Reading): Figure {
  const f: Figure = { start: r.start, end: r.end, text: text.slice(r.start, r.end), value: r.value, unit: r.unit };
  if (r.approximation) f.approximation = r.approximation;
  return f;
}

/** Multiplies without binary noise: 2.26 × 1e9 is 2260000000, not 2260000000.0000005. */
function scale(value: number, by: number): number {
  const v = value * by;
  const r = Math.round(v);
  return Math.abs(v - r) < 1e-6 * Math.max(1, Math.abs(v)) ? r : v;
}

// ---------------------------------------------------------------------------------------------- digits

function readDigits(scan: Scan, at: number): { reading: Reading | null; next: number } {
  const { text } = scan;
  let start = at;
  let numberStart = at;
  let currency: string | null = null;
  const c0 = text.charCodeAt(at);
  if (!isDigit(c0)) {
    // A currency sign: the amount follows, glued or after one space ("$5", "€ 2.5bn").
    let n = at + 1;
    if (n < text.length && isInlineSpace(text.charCodeAt(n))) n++;
    if (n >= text.length || !isDigit(text.charCodeAt(n))) return { reading: null, next: at + 1 };
    numberStart = n;
    if (text[at] === '$') {
      const glued = /([A-Za-z.]{1,5})$/.exec(text.slice(Math.max(0, at - 5), at));
      const code = glued ? DOLLAR_PREFIXES.get(glued[1].replace(/\./g, '').toUpperCase()) : undefined;
      if (glued && code && !isLetter(text.charCodeAt(at - glued[1].length - 1))) {
        currency = code;
        start = at - glued[1].length;
      } else if (glued) {
        return { reading: null, next: skipToken(text, at) }; // "abc$5": some identifier
      } else {
        const w = wordBefore(text, at);
        if (w && /^(?:US|U\.S\.?)$/.test(w.text) && w.end === at - 1) {
          currency = 'USD';
          start = w.start;
        } else currency = '$';
      }
    } else currency = CURRENCY_SYMBOLS.get(text[at]) ?? null;
  } else {
    const prev = at > 0 ? text.charCodeAt(at - 1) : 32;
    // Glued to a word or a symbol on the left: an identifier, a hashtag, a path, a model ("G7", "F-16", "#3").
    if (isLetter(prev) || prev === 95 || prev === 47 || prev === 92 || prev === 35 || prev === 64 || prev === 43 || prev === 61 || prev === 38) {
      return { reading: null, next: skipToken(text, at) };
    }
    if (prev === 45 || prev === 8209) {
      const pp = at > 1 ? text.charCodeAt(at - 2) : 32;
      // "F-16", "COVID-19", "top-10" are names; "near-30 per cent" is a figure with its approximator.
      if (isDigit(pp) || (isLetter(pp) && !/(?:^|[^\p{L}])(?:near|nearly|about|around|some|almost)$/iu.test(before(text, at - 1, 8)))) {
        return { reading: null, next: skipToken(text, at) };
      }
    }
    if (prev === 46 && at > 1 && isDigit(text.charCodeAt(at - 2))) return { reading: null, next: skipToken(text, at) };
    // An ISO code or "Rs" before the amount: "USD 5 million", "CHF 3bn", "Rs 500". Either ends in a capital, an
    // s or a full stop, right before the number or one space before it: any other word is not read.
    const gap = isInlineSpace(text.charCodeAt(at - 1)) ? at - 1 : at;
    const last = text.charCodeAt(gap - 1);
    const w = (last >= 65 && last <= 90) || last === 115 || last === 46 ? wordBefore(text, at) : null;
    if (w && at - w.end <= 1) {
      const t = w.text.replace(/\.$/, '');
      if (ISO_CODES.has(t)) {
        currency = t === 'RMB' ? 'CNY' : t;
        start = w.start;
      } else if (t === 'Rs') {
        currency = 'INR';
        start = w.start;
      }
    }
  }

  NUMBER.lastIndex = numberStart;
  const nm = NUMBER.exec(text);
  if (!nm) return { reading: null, next: numberStart + 1 };
  const raw = nm[0];
  let p = numberStart + raw.length;
  const nextNext = p;
  // Very long digit runs and leading zeros are ids, phone numbers or codes, not quantities.
  if ((raw.length >= 10 && !raw.includes(',') && !raw.includes('.')) || (raw.charCodeAt(0) === 48 && isDigit(raw.charCodeAt(1)))) return { reading: null, next: skipToken(text, p) };
  let value = parseFloat(raw.includes(',') ? raw.replace(/,/g, '') : raw);
  const r: Reading = { start, end: p, value, kind: currency ? 'money' : 'count', unit: currency, approximation: null, digits: true, raw, scaled: false, numberStart };

  const c = p < text.length ? text.charCodeAt(p) : 32;
  // Times, dates, versions, paths and tweet counters: "10:30", "06/05/2025", "1.2.3", "1/", "2/5".
  if (c === 58 && isDigit(text.charCodeAt(p + 1))) return { reading: null, next: skipToken(text, p) };
  if (c === 47 || c === 92) return { reading: null, next: skipToken(text, p) };
  if (c === 46 && isDigit(text.charCodeAt(p + 1))) return { reading: null, next: skipToken(text, p) };
  if (c === 44 && isDigit(text.charCodeAt(p + 1)) && !isInlineSpace(text.charCodeAt(p + 2))) return { reading: null, next: skipToken(text, p) };
  if (c === 95 || c === 64) return { reading: null, next: skipToken(text, p) };

  // "10-15 people", "51-49", "555-1234", "2025-03-01": a second number after a hyphen or dash.
  let rangeTo: number | null = null;
  if ((c === 45 || c === 0x2013) && isDigit(text.charCodeAt(p + 1))) {
    NUMBER.lastIndex = p + 1;
    const second = NUMBER.exec(text);
    if (!second) return { reading: null, next: p + 1 };
    const q = p + 1 + second[0].length;
    const after = text.charCodeAt(q);
    if (after === 45 || after === 0x2013 || after === 47 || after === 58 || isLetter(after) || (after === 46 && isDigit(text.charCodeAt(q + 1)))) {
      return { reading: null, next: skipToken(text, q) };
    }
    rangeTo = parseFloat(second[0].replace(/,/g, ''));
    p = q;
    r.end = p;
  }

  // "40- or 45-year-old", "two- and three-bedroom": a suspended compound, like the one it is paired with.
  if (rangeTo === null && text.charCodeAt(p) === 45 && isInlineSpace(text.charCodeAt(p + 1)) && /^(?:or|and|to)\s/.test(text.slice(p + 2, p + 6))) {
    return { reading: null, next: p + 1 };
  }
  // Letters glued to the number: a scale ("5m", "3.2bn"), an ordinal, a decade, a unit of measure, or an id.
  if (rangeTo === null && p < text.length && isLetter(text.charCodeAt(p))) {
    const g = /^[A-Za-z]+/.exec(text.slice(p, p + 12));
    const suffix = g ? g[0] : '';
    const after = text.charCodeAt(p + suffix.length);
    const ends = !isLetter(after) && !isDigit(after);
    const low = suffix.toLowerCase();
    if (!ends || !suffix) return { reading: null, next: skipToken(text, p) };
    if (/^(?:st|nd|rd|th)$/.test(low)) return { reading: null, next: p + suffix.length };
    if (low === 's') return { reading: null, next: p + 1 };
    if (low === 'am' || low === 'pm' || low === 'h' || low === 'hrs' || low === 'hr' || low === 'min' || low === 'd') return { reading: null, next: p + suffix.length };
    // "hit 40C", "-5C": a temperature (withSignAndDegrees reads the C); "Apartment 4C", "Form 10C" name things
    if (suffix === 'C' && !currency && raw.length <= 3 && !nameBefore(text, r.start - 1)) {
      r.end = p;
      return finish(scan, r, p);
    }
    const abbr = SCALE_ABBREVIATIONS.get(low);
    if (abbr !== undefined && (currency || (low !== 'm' && low !== 'b' && low !== 't') || ((low === 'm' || low === 'b') && countedInMillionsAfter(text, p + suffix.length)))) {
      r.value = scale(value, abbr);
      r.scaled = true;
      p += suffix.length;
      if (text[p] === '.' && /^(?:m|b|k|bn|mn|mln|tn)$/i.test(suffix) && false) p++;
    } else if (low === 'x') {
      r.kind = 'multiplier';
      r.unit = 'x';
      r.end = p + 1;
      return finish(scan, r, p + 1);
    } else if (MEASURES.has(low) && (suffix.length > 1 ? suffix !== suffix.toUpperCase() || /^(?:MW|GW|KW|TB|GB|MB)$/.test(suffix) : suffix === low)) {
      r.end = p + suffix.length;
      r.unit = low;
      return finish(scan, r, r.end);
    } else return { reading: null, next: skipToken(text, p) };
    r.end = p;
  }
  if (text.charCodeAt(p) === 39 || text.charCodeAt(p) === 0x2019) {
    // "1990's", "the '90s", "2022's invasion": a decade or a year.
    if ((text[p + 1] === 's' || text[p + 1] === 'S') && !isLetter(text.charCodeAt(p + 2)) && !currency && (raw.length === 4 || raw.length === 2)) {
      return { reading: null, next: p + 2 };
    }
  }

  // A number right after an apostrophe ("'90s") or between name parts: leave it.
  value = r.value;
  // Hyphenated word after the number: "$5-million", "5-fold", "45-year-old", "12-member jury".
  const compound = readCompound(scan, r, p, rangeTo);
  if (compound) return compound;
  p = r.end;

  // Spaced scale word or abbreviation: "1.5 million", "$5 bn", "30 thousand".
  if (!r.scaled && rangeTo === null) {
    let q = p;
    if (isInlineSpace(text.charCodeAt(q))) q++;
    SCALE_WORD.lastIndex = q;
    const sm = q > p && SCALE_INITIALS.has(text.charCodeAt(q) | 32) ? SCALE_WORD.exec(text) : null;
    if (sm) {
      r.value = scale(r.value, SCALE_WORDS.get(sm[1].toLowerCase())!);
      r.scaled = true;
      p = q + sm[0].length;
      // "two hundred thousand", "1.5 hundred million" (rare, but keep the product).
      const q2 = isInlineSpace(text.charCodeAt(p)) ? p + 1 : p;
      SCALE_WORD.lastIndex = q2;
      const sm2 = SCALE_WORD.exec(text);
      if (sm2 && sm2[1].toLowerCase() !== 'hundred') {
        r.value = scale(r.value, SCALE_WORDS.get(sm2[1].toLowerCase())!);
        p = q2 + sm2[0].length;
      }
      r.end = p;
    } else if (q > p && currency) {
      SPACED_ABBREV.lastIndex = q;
      const am = SPACED_ABBREV.exec(text);
      if (am) {
        r.value = scale(r.value, SCALE_ABBREVIATIONS.get(am[1].toLowerCase())!);
        r.scaled = true;
        p = q + am[1].length;
        r.end = p;
      }
    }
  }
  return readSuffix(scan, r, p, rangeTo, nextNext);
}

/**
 * A hyphenated word glued to the number: a scale ("$5-million"), -fold, -percent, a duration or age
 * ("45-year-old", "three-day": not figures), a fraction ("two-thirds"), or a compound count ("a 12-member
 * jury": the word is the unit). Returns a verdict, or null to carry on reading (after a scale).
 */
const RATE_AFTER = /^[-\u2011](?:an?|per)[-\u2011](?:hour|day|week|month|year|night|head|person|barrel|share|tonne|litre|gallon)\b/i;

function readCompound(scan: Scan, r: Reading, p: number, rangeTo: number | null): { reading: Reading | null; next: number } | null {
  const { text } = scan;
  if (!((text.charCodeAt(p) === 45 || text.charCodeAt(p) === 8209) && isLetter(text.charCodeAt(p + 1)))) return null;
  const w = wordAfter(text, p + 1);
  if (!w) return null;
  const low = w.text.toLowerCase();
  const head = low.split('-')[0];
  const sw = SCALE_WORDS.get(head);
  if (sw !== undefined && !r.scaled) {
    r.value = scale(r.value, sw);
    r.scaled = true;
    r.end = p + 1 + head.length;
    return null;
  }
  if (head === 'fold') {
    r.kind = 'multiplier';
    r.unit = 'x';
    r.end = p + 5;
    return finish(scan, r, r.end);
  }
  // "a $25-an-hour wage", "a $90,000-a-year job": the amount is the figure, the rate is how it is paid
  if (r.kind === 'money' && RATE_AFTER.test(text.slice(p, p + 12))) return finish(scan, r, r.end);
  if (head === 'percent' || head === 'per') {
    PERCENT_WORD.lastIndex = p + 1;
    const pm = PERCENT_WORD.exec(text);
    if (pm && r.kind !== 'money') {
      r.kind = 'percent';
      r.unit = '%';
      r.end = p + 1 + pm[0].length;
      return finish(scan, r, r.end);
    }
    return { reading: null, next: w.end };
  }
  // Durations, ages, fractions, scores, names: "three-day", "45-year-old", "two-thirds", "one-on-one",
  // "205-pound title", "3-wood". Only a digit compound on a counting noun is a figure: "a 12-member jury".
  if (r.kind === 'money' || rangeTo !== null || !r.digits || !COMPOUND_NOUNS.has(head)) return { reading: null, next: w.end };
  // A compound count: "a 12-member jury", "the 28-nation bloc", "a 30,000-strong force".
  r.end = p + 1 + head.length;
  r.unit = head === 'strong' ? null : head;
  if (head === 'strong') {
    const noun = readNoun(text, r.end, r.value);
    if (noun) {
      r.unit = noun.unit;
      r.end = noun.end;
    }
  }
  return finish(scan, r, r.end);
}

/** Units of measure glued to a number ("10km", "5kg"): kept as the unit of a count. */
const MEASURES: ReadonlySet<string> = new Set([
  'km', 'kg', 'mm', 'cm', 'ft', 'lb', 'lbs', 'mph', 'kph', 'kmh', 'gw', 'mw', 'kw', 'kwh', 'mwh', 'gwh', 'twh',
  'mg', 'ml', 'l', 'g', 'mi', 'sq', 'ha', 'tonnes', 'bpd', 'mb', 'gb', 'tb', 'ghz', 'mhz', 'hz', 'db', 'kt', 'mt',
  'oz', 'm', 'b', 't', 'yd', 'in', 'c', 'f',
]);

/** Skips past the identifier-ish token at `pos` (bounded by the text, linear overall since the scan resumes there). */
function skipToken(text: string, pos: number): number {
  TOKEN_TAIL.lastIndex = pos;
  const m = TOKEN_TAIL.exec(text);
  let end = pos + (m ? m[0].length : 0);
  // A token never ends in sentence punctuation: leave it for the next sentence.
  while (end > pos && /[.:?%&=+\-]/.test(text[end - 1])) end--;
  return Math.max(end, pos + 1);
}

// ----------------------------------------------------------------------------------------------- words

function readWords(scan: Scan, at: number, hit: string): { reading: Reading | null; next: number } {
  const { text } = scan;
  const low = hit.toLowerCase();
  const next = at + hit.length;
  // "top-three", "Catch-22": glued to a word on the left, a name or an idiom.
  if (text.charCodeAt(at - 1) === 45 && isLetter(text.charCodeAt(at - 2))) return { reading: null, next };
  // A capitalised number word inside a sentence belongs to a name ("Group of Seven", "Big Three").
  if (isUpper(hit.charCodeAt(0)) && !atSentenceStart(text, at)) {
    const w = wordBefore(text, at);
    if (w && (isUpper(w.text.charCodeAt(0)) || w.text === 'of' || w.text === 'the')) {
      if (!(w.text === w.text.toUpperCase() && w.text.length > 1 && /[A-Z]/.test(w.text)) || w.text === 'of') {
        const allCapsHeadline = /^[A-Z]+$/.test(hit);
        if (!allCapsHeadline) return { reading: null, next };
      }
    }
  }
  const mult = MULTIPLIER_WORDS.get(low);
  if (mult !== undefined) {
    const r = wordReading(at, next, mult, hit);
    r.kind = 'multiplier';
    r.unit = 'x';
    return finish(scan, r, next);
  }
  if (low.endsWith('fold')) {
    const base = low.replace(/-?fold$/, '');
    const v = SMALL_NUMBERS.get(base) ?? SCALE_WORDS.get(base);
    if (v === undefined) return { reading: null, next };
    const r = wordReading(at, next, v, hit);
    r.kind = 'multiplier';
    r.unit = 'x';
    return finish(scan, r, next);
  }
  const plural = PLURAL_SCALES.get(low);
  if (plural !== undefined) return readPluralScale(scan, at, next, low, plural);

  // A run of number words: "twenty-five", "two hundred and fifty thousand", "a dozen", "half a million".
  let start = at;
  let total = 0;
  let current = 0;
  let any = false;
  let p = at;
  let end = at;
  let words = 0;
  let onlyOne = true;
  let scaled = false;
  // "a million", "a dozen", "half a billion": the article belongs to the number.
  const leadScale = SCALE_WORDS.get(low) ?? (low === 'dozen' ? 12 : undefined);
  if (leadScale !== undefined) {
    const b = before(text, at, 9);
    const half = /(?:^|[^\p{L}])half an? $/u.exec(b);
    const art = /(?:^|[^\p{L}])an? $/u.exec(b);
    if (half) {
      current = 0.5;
      start = at - half[0].length + (half[0].startsWith('half') ? 0 : 1);
      any = true;
    } else if (art) {
      current = 1;
      start = at - art[0].length + (art[0].startsWith('a') ? 0 : 1);
      any = true;
    } else return { reading: null, next };
  }
  while (words < 12) {
    NUMBER_WORD.lastIndex = p;
    const wm = NUMBER_WORD.exec(text);
    if (!wm) break;
    const w = wm[1].toLowerCase();
    const small = SMALL_NUMBERS.get(w);
    const sc = SCALE_WORDS.get(w) ?? (w === 'dozen' ? 12 : undefined);
    if (small !== undefined) {
      if (current % 100 !== 0 && current >= 20 && small < 10 && small > 0 && current % 10 === 0) current += small;
      else if (current > 0 && !(current >= 100)) break; // "two three" is not a number
      else current += small;
      if (small !== 1) onlyOne = false;
    } else if (sc !== undefined) {
      if (w === 'hundred') current = (current || 1) * 100;
      else if (w === 'dozen') current = (current || 1) * 12;
      else {
        total += (current || 1) * sc;
        current = 0;
      }
      scaled = true;
      onlyOne = false;
    } else break;
    any = true;
    words++;
    p = p + wm[0].length;
    end = p;
    // Between number words: a hyphen ("twenty-five"), a space, or " and " after hundred ("two hundred and five").
    const ch = text.charCodeAt(p);
    if (ch === 45 && isLetter(text.charCodeAt(p + 1))) {
      const nw = wordAfter(text, p + 1);
      if (nw && (SMALL_NUMBERS.has(nw.text.toLowerCase()) || SCALE_WORDS.has(nw.text.toLowerCase()))) {
        p++;
        continue;
      }
      break;
    }
    if (!isInlineSpace(ch)) break;
    const nw = wordAfter(text, p);
    if (!nw) break;
    const nl = nw.text.toLowerCase();
    if (nl === 'and' && current >= 100 && current % 100 === 0) {
      const nw2 = wordAfter(text, nw.end);
      if (nw2 && SMALL_NUMBERS.has(nw2.text.toLowerCase())) {
        p = nw2.start;
        continue;
      }
      break;
    }
    if (SMALL_NUMBERS.has(nl) || SCALE_WORDS.has(nl) || nl === 'dozen') {
      p = nw.start;
      continue;
    }
    break;
  }
  if (!any) return { reading: null, next };
  const value = total + current;
  const r = wordReading(start, end, value, text.slice(start, end));
  r.scaled = scaled;
  const compound = readCompound(scan, r, end, null);
  if (compound) return compound;
  // "one" and "zero" on their own are mostly pronouns and idioms: they need a %, a currency or a scale.
  const bare = (onlyOne || value === 0) && !r.scaled;
  return readSuffix(scan, r, r.end, null, r.end, bare);
}

function wordReading(start: number, end: number, value: number, raw: string): Reading {
  return { start, end, value, kind: 'count', unit: null, approximation: null, digits: false, raw, scaled: false, numberStart: start };
}

/** "hundreds of thousands of people", "dozens of drones", "billions of dollars": vague, kept with their approximation. */
function readPluralScale(scan: Scan, at: number, next: number, low: string, v: number): { reading: Reading | null; next: number } {
  const { text } = scan;
  const of = wordAfter(text, next);
  if (!of || of.text.toLowerCase() !== 'of' || of.start !== next + 1) return { reading: null, next };
  const second = wordAfter(text, of.end);
  let r: Reading;
  const secondValue = second && second.start === of.end + 1 ? PLURAL_SCALES.get(second.text.toLowerCase()) : undefined;
  if (secondValue !== undefined && secondValue > v && secondValue >= 1000) {
    // "hundreds of thousands": the span starts at the second word, the first is the approximation.
    r = wordReading(second!.start, second!.end, v * secondValue, second!.text);
    r.approximation = `${low} of`;
    const of2 = wordAfter(text, second!.end);
    if (!of2 || of2.text.toLowerCase() !== 'of') {
      // "in the hundreds of thousands" — no noun follows
      r.scaled = true;
      return finish(scan, r, r.end);
    }
    r.scaled = true;
    return readOfNoun(scan, r, of2);
  }
  if (low === 'tens') return { reading: null, next };
  r = wordReading(at, next, v, text.slice(at, next));
  r.approximation = `${low} of`;
  r.scaled = true;
  return readOfNoun(scan, r, of);
}

/** After "thousands of": a currency ("of dollars") or the counted noun ("of ordinary people"). */
function readOfNoun(scan: Scan, r: Reading, of: { end: number }): { reading: Reading | null; next: number } {
  const { text } = scan;
  const cur = currencyAfter(scan, of.end, true);
  if (cur) {
    r.kind = 'money';
    r.unit = cur.code;
    r.end = cur.end;
    return finish(scan, r, r.end);
  }
  const noun = readNoun(text, of.end, r.value);
  if (!noun) return { reading: null, next: r.end };
  if (DURATIONS.has(noun.unit)) return { reading: null, next: noun.end };
  r.unit = noun.unit;
  r.end = noun.end;
  return finish(scan, r, r.end);
}

// ---------------------------------------------------------------------------------------------- suffix

/** What follows the number (and its scale): %, percentage points, -fold, times, a currency, a time, a noun. */
function readSuffix(scan: Scan, r: Reading, p: number, rangeTo: number | null, fallbackNext: number, bareWord = false): { reading: Reading | null; next: number } {
  const { text } = scan;
  let q = p;
  if (isInlineSpace(text.charCodeAt(q))) q++;
  // %
  if (text.charCodeAt(q) === 37 || text.charCodeAt(q) === 0xff05) {
    if (r.kind === 'money') return { reading: null, next: q + 1 };
    r.kind = 'percent';
    r.unit = '%';
    r.end = q + 1;
    return finish(scan, r, r.end, rangeTo);
  }
  // Each word is tried only after the letter it starts with: "percent", "pct" and "percentage points" with a p,
  // "basis points" with a b, "times" and "fold" with a t or an f.
  const lead = text.charCodeAt(q) | 32;
  if (q > p && (lead === 112 || lead === 98 || lead === 116 || lead === 102)) {
    PERCENT_WORD.lastIndex = q;
    const pm = lead === 112 ? PERCENT_WORD.exec(text) : null;
    if (pm && r.kind !== 'money') {
      r.kind = 'percent';
      r.unit = '%';
      r.end = q + pm[0].length;
      return finish(scan, r, r.end, rangeTo);
    }
    POINTS_WORD.lastIndex = q;
    const ptm = lead === 112 || lead === 98 ? POINTS_WORD.exec(text) : null;
    if (ptm && r.kind !== 'money') {
      r.unit = `${ptm[1].toLowerCase()} points`;
      r.end = q + ptm[0].length;
      return finish(scan, r, r.end, rangeTo);
    }
    const w = lead === 116 || lead === 102 ? wordAfter(text, q) : null;
    if (w && w.start === q) {
      const wl = w.text.toLowerCase();
      if ((wl === 'times' || wl === 'fold') && r.kind === 'count') {
        r.kind = 'multiplier';
        r.unit = 'x';
        r.end = w.end;
        return finish(scan, r, r.end, rangeTo);
      }
    }
  }
  if (r.kind === 'count') {
    const cur = currencyAfter(scan, p, r.scaled);
    if (cur) {
      r.kind = 'money';
      r.unit = cur.code;
      r.end = cur.end;
      return finish(scan, r, r.end, rangeTo);
    }
  } else if (r.kind === 'money' && r.unit === '$') {
    // "$5 million US", "$300 Cdn": an explicit marker after the amount.
    const w = wordAfter(text, p);
    if (w && w.start === p + 1 && /^(?:US|U\.S|USD|CAD|Cdn|CDN|Canadian|AUD|NZD|HKD)$/.test(w.text)) {
      const t = w.text.toUpperCase();
      r.unit = t.startsWith('U') ? 'USD' : t === 'AUD' || t === 'NZD' || t === 'HKD' ? t : 'CAD';
      r.end = w.end + (w.text === 'U.S' && text[w.end] === '.' ? 1 : 0);
    }
  }
  if (r.kind === 'money') return finish(scan, r, r.end, rangeTo);
  if (bareWord) return { reading: null, next: r.end };

  // Times: "3 p.m.", "10 am", "18:00 GMT".
  if (q > p && q < text.length && r.digits && !r.scaled && 'apgubcelo'.includes(text[q].toLowerCase())) {
    TIME_WORD.lastIndex = q;
    if (TIME_WORD.exec(text)) return { reading: null, next: q };
  }
  // Dates: "3 March 2025", "9 May".
  const after = wordAfter(text, p);
  if (after && after.start === q && q > p && r.digits && !r.scaled && r.value <= 31 && MONTHS.has(after.text.replace(/\.$/, ''))) {
    return { reading: null, next: after.end };
  }
  // The counted noun.
  const noun = readNoun(text, p, r.value);
  if (noun) {
    if (DURATIONS.has(noun.unit) || DURATIONS.has(noun.first)) return { reading: null, next: noun.end };
    if (noun.plural || !r.digits || !isYear(r) || r.scaled) {
      r.unit = noun.unit;
      r.end = noun.end;
    }
  } else if (after && after.start === q && q > p && DURATIONS.has(after.text.toLowerCase())) {
    return { reading: null, next: after.end };
  } else if (after && after.start === p + 1 && after.text.toLowerCase() === 'of') {
    // "Fifteen of them", "two of the world's richest men": no noun of its own.
    const of2 = wordAfter(text, after.end);
    if (of2 && DURATIONS.has(of2.text.toLowerCase())) return { reading: null, next: of2.end };
  }
  // A score, a split or a record unless it counts something plural: "3-1", "51-49", "a 3-2 win" (but "10-15 people").
  if (rangeTo !== null && (r.unit === null || !isPlural(r.unit))) return { reading: null, next: r.end };
  void fallbackNext;
  return finish(scan, r, r.end, rangeTo);
}

/** A currency written after the amount: "1 billion euros", "10 million hryvnias", "5 USD", "2.26 billion pounds". */
function currencyAfter(scan: Scan, p: number, scaled: boolean): { code: string; end: number } | null {
  const { text } = scan;
  if (!isInlineSpace(text.charCodeAt(p))) return null;
  // The word right after the space, looked up where it stands: nearly always it is no currency.
  const start = p + 1;
  if (isInlineSpace(text.charCodeAt(start))) return null;
  const end = wordEndAt(text, start, Math.min(text.length, p + LOOK));
  if (end === start) return null;
  if (ISO_CODE_WORDS.has(text, start, end)) {
    const code = text.slice(start, end);
    return { code: code === 'RMB' ? 'CNY' : code, end };
  }
  if (!CURRENCY_FIRST.hasLowercased(text, start, end)) return null;
  const w1 = { text: text.slice(start, end), start, end };
  const l1 = w1.text.toLowerCase();
  const w2 = wordAfter(text, w1.end);
  if (w2 && w2.start === w1.end + 1) {
    const two = CURRENCY_WORDS.get(`${l1} ${w2.text.toLowerCase()}`);
    if (two) return { code: two === '$' ? dollarOf(scan) : two, end: w2.end };
    const w3 = wordAfter(text, w2.end);
    if (w3 && w3.start === w2.end + 1) {
      const three = CURRENCY_WORDS.get(`${l1} ${w2.text.toLowerCase()} ${w3.text.toLowerCase()}`);
      if (three) return { code: three, end: w3.end };
    }
  }
  const one = CURRENCY_WORDS.get(l1);
  if (!one) return null;
  // "won" and "rand" are verbs/names too; "pounds of cocaine" is a weight.
  if ((l1 === 'won' || l1 === 'rand') && !scaled) return null;
  // "10 pounds" is a weight; "2.26 billion pounds" is money (an unscaled sum in pounds is nearly always "£").
  if ((l1 === 'pounds' || l1 === 'pound') && !scaled) return null;
  if (l1 === 'euro' || l1 === 'dollar' || l1 === 'pound') {
    // Singular only as in "a billion-euro deal"? Only after a scale: "1 billion euro".
    if (!scaled) return null;
  }
  return { code: one === '$' ? dollarOf(scan) : one, end: w1.end };
}

/** First words of every currency name: a quick no for the words that cannot start one. */
const CURRENCY_FIRST = wordList([...CURRENCY_WORDS.keys()].map((k) => k.split(' ')[0]));
const ISO_CODE_WORDS = wordList(ISO_CODES);

function dollarOf(scan: Scan): string {
  if (scan.dollar === null) scan.dollar = resolveDollar(scan.text);
  return scan.dollar;
}

const SINGULAR_S = /(?:ss|us|is|ous|ics|sis|xis|ws)$/;

/** Looks plural: "drones", "people", "allies" — not "process", "status", "analysis". */
function isPlural(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (w.length <= 2 || !w.endsWith('s')) return false;
  return !SINGULAR_S.test(isApostropheCode(w.charCodeAt(w.length - 2)) ? w.slice(0, -2) : w);
}

/**
 * The counted noun after a number: up to four words, stopping at function words, taking the first plural
 * ("5,000 advanced air defense missiles" → missiles) or, failing that, the first word ("509k barrel addition").
 */
function readNoun(text: string, p: number, value: number): { unit: string; end: number; first: string; plural: boolean } | null {
  if (!isInlineSpace(text.charCodeAt(p))) return null;
  let i = p + 1;
  let first: { w: string; end: number; raw: string } | null = null;
  let firstReal: { w: string; end: number; raw: string } | null = null;
  for (let n = 0; n < 4; n++) {
    const wordEnd = letterWordEnd(text, i);
    if (wordEnd === i || wordEnd - i > 30) break;
    // "Ukraine's", "drones’": a possessive is the last word of the noun, without its 's.
    const apostropheS = isApostropheCode(text.charCodeAt(wordEnd - 2)) && (text.charCodeAt(wordEnd - 1) | 32) === 115;
    const possessive = apostropheS || isApostropheCode(text.charCodeAt(wordEnd));
    const end = apostropheS ? wordEnd - 2 : wordEnd;
    // The function words that end the search are looked up where they stand: most words after a number are one.
    if (n === 0 && DURATION_WORDS.hasLowercased(text, i, end)) {
      const w = text.slice(i, end).toLowerCase();
      return { unit: w, end, first: w, plural: true };
    }
    if (NOUN_MODIFIER_WORDS.hasLowercased(text, i, end)) {
      if (!first) first = wordAt(text, i, end);
    } else {
      if (NOUN_STOP_WORDS.hasLowercased(text, i, end) || NUMBER_WORDS_BELOW_100.hasLowercased(text, i, end) || SCALE_WORD_LIST.hasLowercased(text, i, end) || MONTH_NAMES.has(text, i, end)) break;
      // "a 2023 study found commuters …": a verb after the noun ends the phrase, whatever it is followed by
      if (firstReal && !firstReal.w.endsWith('ly') && isPastVerb(text, i, end)) break;
      const word = wordAt(text, i, end);
      const { w } = word;
      if (!first) first = word;
      if (!firstReal) firstReal = word;
      if (firstReal.w === w && DURATIONS.has(w)) return { unit: w, end, first: w, plural: true };
      if (isPlural(w) || (value === 1 && n === 0)) return { unit: withRate(text, w, end), end: rateEnd(text, end), first: first.w, plural: isPlural(w) };
    }
    if (possessive) break;
    i = wordEnd;
    if (!isInlineSpace(text.charCodeAt(i)) || !isLetter(text.charCodeAt(i + 1))) break;
    i++;
  }
  if (!firstReal) return null;
  // A singular word after a number other than one: a modifier of a noun we did not reach, or a proper name.
  if (isUpper(firstReal.raw.charCodeAt(0))) return null;
  // Verbs and adverbs right after a number ("200 added", "two shared", "five straight") are not what it counts.
  if (/(?:ly|ing|ed)$/.test(firstReal.w)) return null;
  return { unit: withRate(text, firstReal.w, firstReal.end), end: rateEnd(text, firstReal.end), first: first!.w, plural: false };
}

const WIDGET_COUNTERS = new Set(['comments', 'comment', 'replies', 'shares', 'likes', 'views', 'reviews', 'reactions', 'responses', 'retweets', 'reposts']);

const IRREGULAR_PAST_VERBS = wordList(['found', 'said', 'showed', 'shown', 'told', 'made', 'saw', 'took', 'gave', 'put', 'led', 'won', 'lost', 'hit', 'cut', 'met', 'paid', 'sold', 'built', 'held', 'kept', 'brought', 'thought', 'became', 'began', 'ran', 'rose', 'fell', 'grew', 'wrote', 'spent', 'sent', 'drew']);

/** Whether the lowercase word at start..end is a past tense ("found", "reported"): a clause's verb, not a modifier. */
function isPastVerb(text: string, start: number, end: number): boolean {
  return IRREGULAR_PAST_VERBS.has(text, start, end) || (end - start > 4 && text.charCodeAt(end - 1) === 100 && text.charCodeAt(end - 2) === 101 && text.charCodeAt(end - 3) !== 101);
}

function wordAt(text: string, start: number, end: number): { w: string; end: number; raw: string } {
  const raw = text.slice(start, end);
  return { w: raw.toLowerCase(), end, raw };
}

const DURATION_WORDS = wordList(DURATIONS);
const NOUN_MODIFIER_WORDS = wordList(NOUN_MODIFIERS);
const NOUN_STOP_WORDS = wordList(NOUN_STOPS);
const NUMBER_WORDS_BELOW_100 = wordList(SMALL_NUMBERS.keys());
const SCALE_WORD_LIST = wordList(SCALE_WORDS.keys());
const MONTH_NAMES = wordList(MONTHS);

/** "80 km/h", "50 km/hr": a rate unit written with a slash keeps its denominator. */
function withRate(text: string, unit: string, end: number): string {
  if (text.charCodeAt(end) !== 47) return unit;
  const m = /^\/(h|hr|s|sec|day|year|yr)(?![\p{L}])/u.exec(text.slice(end, end + 5));
  return m ? `${unit}/${m[1]}` : unit;
}

function rateEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 47) return end;
  const m = /^\/(h|hr|s|sec|day|year|yr)(?![\p{L}])/u.exec(text.slice(end, end + 5));
  return m ? end + m[0].length : end;
}

/** Words before a year ("in 2003", "for 2019", "of 1999"): after them a four-digit number is a year. */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'for', 'of', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'during', 'through', 'to', 'the', 'early', 'late', 'mid', 'and', 'or']);

function isYear(r: Reading): boolean {
  return r.digits && /^\d{4}$/.test(r.raw) && r.value >= 1000 && r.value <= 2100;
}

// ---------------------------------------------------------------------------------------------- judge

const RATIO_AFTER = /[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?:\d{1,3}(?![\d,.])|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)\b)/iy;

/** "1.5m people", "2b users": a noun counted in millions after a glued m or b makes it a scale, not metres or bytes. */
function countedInMillionsAfter(text: string, at: number): boolean {
  const m = /^[ \u00a0]+([a-z]+)/.exec(text.slice(at, at + 24));
  if (!m) return false;
  return COUNTED_IN_MILLIONS.has(m[1]);
}

// What news counts in millions with a glued "m" ("1.5m people"); sport's "400m hurdles" is metres.
const COUNTED_IN_MILLIONS = new Set([
  'people', 'children', 'men', 'women', 'residents', 'customers', 'users', 'voters', 'jobs', 'homes', 'households',
  'barrels', 'doses', 'tonnes', 'tons', 'subscribers', 'viewers', 'visitors', 'cases', 'deaths', 'refugees',
  'workers', 'patients', 'students', 'vehicles', 'cars', 'shares', 'copies', 'followers', 'downloads', 'passengers',
  'tourists', 'migrants', 'years', 'acres', 'hectares', 'litres', 'liters',
  'gallons', 'signatures', 'votes', 'units', 'devices', 'accounts', 'records', 'members', 'employees', 'farmers',
]);

/** Whether " in 10", " in five" follows `at`: the number before it is a proportion's numerator. */
function ratioFollows(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32 && text.charCodeAt(at) !== 0xa0) return false;
  RATIO_AFTER.lastIndex = at;
  return RATIO_AFTER.test(text);
}

/**
 * "one in five renters", "1 in 4 Canadians", "three out of four voters": a proportion, not a count of five renters. `inAt` is where the
 * "in" before the count `r` starts; the reading becomes the share in per cent from the numerator on, or null.
 */
function ratioOf(text: string, inAt: number, r: Reading): Reading | null {
  let end = inAt;
  while (end > 0 && isInlineSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 8 && (isLetter(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(start - 1)))) start--;
  if (start === end || start === inAt || (start > 0 && (isLetter(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(start - 1))))) return null;
  const word = text.slice(start, end);
  const numerator = /^\d+$/.test(word) ? Number(word) : SMALL_NUMBERS.get(word.toLowerCase());
  if (numerator === undefined || numerator < 1 || numerator >= r.value || r.value > 1000) return null;
  const share: Reading = { ...r, start, numberStart: start, value: Math.round((numerator / r.value) * 10000) / 100, kind: 'percent', unit: '%', digits: false };
  share.approximation = approximatorBefore(text, start);
  return share;
}

/** Final checks on the context before the number, the approximator, and the figure as read. */
function finish(scan: Scan, r: Reading, next: number, rangeTo: number | null = null): { reading: Reading | null; next: number } {
  const { text } = scan;
  const reject = { reading: null, next };
  if (r.unit === '$') r.unit = dollarOf(scan);
  const plain = r.kind === 'count' && !r.scaled;
  // Only an unscaled count (a date, a reference, a year, an age, a name) or a spelt-out count ("day two") is
  // judged by the word before it: money, percentages and scaled figures never look at it.
  if (!plain && !(r.kind === 'count' && !r.digits)) {
    if (!r.approximation) r.approximation = approximatorBefore(text, r.start);
    return { reading: r, next };
  }
  const prev = wordBefore(text, r.start);
  const prevText = !prev ? '' : prev.text.endsWith('.') ? prev.text.slice(0, -1) : prev.text;
  const prevLow = prevText.toLowerCase();
  const possessive = isApostropheCode(prevText.charCodeAt(prevText.length - 1)) || (prevText.endsWith('s') && isApostropheCode(prevText.charCodeAt(prevText.length - 2)));
  // "nine in 10 voters": the numerator is read with the count after "in" (ratioOf)
  if (r.unit === null && r.value >= 1 && ratioFollows(text, r.end)) return reject;
  if (prevLow === 'in' && prev && plain) {
    const ratio = ratioOf(text, prev.start, r);
    if (ratio) return { reading: ratio, next };
  }
  // "three out of four voters": the same proportion
  const out = prevLow === 'of' && prev && plain ? wordBefore(text, prev.start) : null;
  if (out && out.text.toLowerCase() === 'out') {
    const ratio = ratioOf(text, out.start, r);
    if (ratio) return { reading: ratio, next };
  }
  if (r.digits && r.kind !== 'money') {
    // "March 3", "Dec 2021", "June 4, 1989": the number belongs to a date ("December's 52.6" is a figure).
    if (prev && !possessive && MONTHS.has(prevText) && r.start - prev.end <= 2 && plain) return reject;
    // "Article 5", "page 4", "Bill 96": a reference, not a quantity.
    if (prev && REFERENCE_WORDS.has(prevLow) && r.start - prev.end <= 1 && plain && (r.unit === null || !isPlural(r.unit)) && isUpperOrRef(prev.text)) return reject;
    // Years: "in 2024", "an 1895 encounter", "for 2019 thanks to…". Only a plain plural noun right after, with no
    // preposition before, makes a year-like number a count ("2000 troops").
    if (isYear(r) && !r.scaled && r.kind === 'count' && (r.unit === null || !isPlural(r.unit) || YEAR_PREPOSITIONS.has(prevLow) || isUpper(text.charCodeAt(r.end - r.unit.length)))) return reject;
    // ", 52," or ", 9." after a name, "(45)" after a name: an age.
    if (plain && r.unit === null && r.value < 130 && text[r.start - 1] === ' ' && text[r.start - 2] === ',' && (text[r.end] === ',' || (text[r.end] === '.' && !isDigit(text.charCodeAt(r.end + 1)))) && nameBefore(text, r.start - 2)) return reject;
    if (plain && r.unit === null && text[r.start - 1] === '(' && text[r.end] === ')' && nameBefore(text, r.start - 1)) return reject;
    // "Comments (12)", "Shares (340)": a page widget's counter, not what the article says
    if (plain && r.unit === null && text[r.start - 1] === '(' && text[r.end] === ')' && WIDGET_COUNTERS.has(wordBefore(text, r.start - 1)?.text.toLowerCase() ?? '')) return reject;
    // "Nikkei 225 index", "Boeing 737", "Werk 1 plant", "Group of 20": a number right after a name is part of it.
    if (plain && (r.unit === null || !isPlural(r.unit)) && prev && !possessive && r.start - prev.end === 1 && isUpper(prev.text.charCodeAt(0)) && !atSentenceStart(text, prev.start)) return reject;
  }
  if (!r.digits && r.kind === 'count' && prev && r.start - prev.end === 1 && WORD_REFERENCES.has(prevLow)) return reject; // "day two"

  // Approximators: "about 30 leaders", "up to 30,000 troops", "at least".
  if (!r.approximation) r.approximation = approximatorBefore(text, r.start);
  // Ages: "aged 60", "at almost 70", "age 45" — a bare number with nothing counted.
  if (r.kind === 'count' && r.unit === null && !r.scaled) {
    let w = prev;
    if (r.approximation && prev) {
      const lastApprox = r.approximation.split(' ');
      if (prevLow === lastApprox[lastApprox.length - 1]) w = wordBefore(text, r.start - r.approximation.length - 1);
    }
    const wl = w ? w.text.toLowerCase() : '';
    // "aged 40 to 61", "ages 7, 5 and 2": the rest of a list of ages.
    if (endsOnListGap(text, r.start) && /(?:^|[^\p{L}])(?:aged?|ages)\s+\d+(?:\s*(?:,|to|and|or|-|–)\s*\d+)*\s*(?:,|to|and|or|-|–)\s*$/u.test(before(text, r.start, 40))) return reject;
    if ((wl === 'aged' || wl === 'age' || wl === 'ages' || wl === 'at' || wl === 'turned' || wl === 'turns' || wl === 'turning') && r.value < 120 && Number.isInteger(r.value)) return reject;
    // "at the age of 91", "died aged 91"
    if (wl === 'of' && r.value < 120 && Number.isInteger(r.value) && /\bages?[ \u00a0]+of[ \u00a0]+$/i.test(before(text, r.start, 12))) return reject;
  }
  void rangeTo;
  return { reading: r, next };
}

/** The approximators by their last word, those of more words first ("just over" before "over"). */
const APPROXIMATORS_BY_LAST: ReadonlyMap<string, readonly string[]> = (() => {
  const byLast = new Map<string, string[]>();
  const words = (a: string) => a.split(' ').length;
  for (const a of [...APPROXIMATORS].sort((a, b) => words(b) - words(a))) {
    const last = a.slice(a.lastIndexOf(' ') + 1);
    byLast.set(last, [...(byLast.get(last) ?? []), a]);
  }
  return byLast;
})();

/** Last words of the approximators: most figures have none, and one lookup in place says so. */
/**
 * Whether the 40 characters before `pos` end on what joins a list of ages ("aged 40 to ", "ages 7, 5 and "): a
 * comma, a dash, or the last letter of "to", "and" or "or", then only spaces. A quick no before the list's regex.
 */
function endsOnListGap(text: string, pos: number): boolean {
  const stop = Math.max(0, pos - 40);
  let i = pos;
  while (i > stop && isRegExpSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i === stop) return false;
  const c = text.charCodeAt(i - 1);
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  return lower === 44 || lower === 45 || lower === 0x2013 || lower === 111 || lower === 100 || lower === 114;
}

const APPROXIMATOR_LAST_WORDS = wordList(APPROXIMATORS.map((a) => a.slice(a.lastIndexOf(' ') + 1)));

/** The qualifier right before a figure ("about", "up to", "more than"), up to four words, longest first. */
function approximatorBefore(text: string, start: number): string | null {
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 0xa0 && c !== 45) return null;
  let i = start - 1;
  const stop = Math.max(0, start - 20);
  while (i > stop && !isInlineSpace(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 10) i--;
  // As written, or capitalised ("About 30"): looked up where it stands, sliced only when it is one.
  const asWritten = APPROXIMATOR_LAST_WORDS.has(text, i, start - 1);
  if (!asWritten && !(isUpper(text.charCodeAt(i)) && APPROXIMATOR_LAST_WORDS.hasLowercased(text, i, start - 1))) return null;
  const last = asWritten ? text.slice(i, start - 1) : text.slice(i, start - 1).toLowerCase();
  if (c === 45) return last === 'near' || last === 'nearly' || last === 'almost' || last === 'about' || last === 'around' || last === 'some' ? last : null; // "near-30 per cent"
  // The longest approximator ending in that word whose words stand, whole, right before the number.
  for (const phrase of APPROXIMATORS_BY_LAST.get(last)!) if (phraseBefore(text, start - 1, phrase)) return phrase;
  return null;
}

/**
 * Whether `phrase` (lower case, its words one space apart) is written right before `end` as whole words: in any
 * case, each space a space or a no-break space, a space, a no-break space or the start of the text before it.
 */
function phraseBefore(text: string, end: number, phrase: string): boolean {
  const from = end - phrase.length;
  if (from < 0 || (from > 0 && !isWordGap(text.charCodeAt(from - 1)))) return false;
  for (let k = 0; k < phrase.length; k++) {
    const p = phrase.charCodeAt(k);
    const c = text.charCodeAt(from + k);
    if (p === 32 ? !isWordGap(c) : (c >= 65 && c <= 90 ? c + 32 : c) !== p) return false;
  }
  return true;
}

/** The spaces an approximator's words are written apart with. */
function isWordGap(c: number): boolean {
  return c === 32 || c === 0xa0;
}

function isUpperOrRef(w: string): boolean {
  return isUpper(w.charCodeAt(0)) || /^(?:page|pages|p|pp|no|nos|section|paragraph|para|chapter|clause|article|item|figure|fig|table|rule|step|line|vol|volume|episode|season|part|exhibit|route|highway|gate|terminal|platform|room|floor|row|seat|bill|resolution|amendment|phase|stage|level|category|class|grade|tier|version|game)$/i.test(w);
}

/** A capitalised word (a name) ends right before `pos`. */
function nameBefore(text: string, pos: number): boolean {
  const w = wordBefore(text, pos);
  return !!w && isUpper(w.text.charCodeAt(0)) && w.end === pos;
}

// ------------------------------------------------------------------------------------------ post-pass

// ", down from", " compared with", " versus": what stands between a figure and the one it is measured against
// (after a few words with no number or sentence end: "484,507 vehicles in the fourth quarter, up from 405,278")
const COMPARED_WITH = /^(?:[ \u00a0][^.!?;:\d\n]{0,40}?)?,?[ \u00a0]+(?:(?:down|up)[ \u00a0]+from|compared[ \u00a0]+(?:with|to)|versus|vs\.?)[ \u00a0]+(?:(?:about|roughly|around|nearly|almost)[ \u00a0]+)?$/;

// What stands between a part and its whole: "40 of the 58 drones", "three of its 12 stores".
const PART_OF = /^[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|his|her|our|all)[ \u00a0]+)?$/;

/**
 * "between 10 and 15 per cent", "2 to 3 million people": the first number of a range takes the unit (and the
 * scale) of the second when it has none of its own; "8,100 people, down from 11,600": the second of a
 * comparison takes the first's.
 */
function shareRangeUnits(text: string, figures: Figure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    // "8,100 people, down from 11,600": the earlier figure a change is measured from counts the same
    if (a.unit !== null && b.unit === null && /^\d/.test(b.text) && COMPARED_WITH.test(text.slice(a.end, b.start))) {
      b.unit = a.unit;
      continue;
    }
    if (a.unit !== null || b.unit === null) continue;
    const gap = text.slice(a.end, b.start);
    // "40 of the 58 drones": a part of a whole counts what the whole does
    if (PART_OF.test(gap) && !/^[$£€¥₴₽₹]/.test(b.text) && b.unit !== '%') {
      a.unit = b.unit;
      continue;
    }
    if (!/^(?:\s?(?:-|–|to|and|or)\s?|-|–)$/.test(gap)) continue;
    if (/^\d/.test(a.text) && !/^\d/.test(b.text) && !/^[$£€¥₴₽₹]/.test(b.text)) continue;
    a.unit = b.unit;
    // "2 to 3 million": 2 million as well, when the second number carries a scale the first lacks.
    const scaleWord = /\b(hundred|thousand|million|billion|trillion)\b|\d(?:bn|m|k)\b/i.exec(b.text);
    if (scaleWord && !/\b(?:hundred|thousand|million|billion|trillion)\b|\d(?:bn|m|k)\b/i.test(a.text) && b.value > a.value) {
      const bNum = parseFloat(b.text.replace(/^[^\d]*/, '').replace(/,/g, ''));
      if (bNum > 0) a.value = Number(((a.value * b.value) / bNum).toPrecision(12));
    }
  }
}
