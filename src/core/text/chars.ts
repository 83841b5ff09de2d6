// Character classes for scraped text: every kind of space, letters beyond ASCII, and the quotation marks of
// English and European typography. Code-unit tests only, so callers stay linear and allocation-free.

/** Whitespace as a reader sees it: ASCII spaces, line breaks, no-break and typographic spaces, zero-width marks, a stray BOM. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff || c === 0x1680;
}

/** What `\s` matches in a regex: ASCII spaces and line breaks, no-break and typographic spaces, BOM (no zero-width marks). */
export function isRegExpSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER_START = /^\p{L}/u;
const UPPER_START = /^\p{Lu}/u;

/** `\p{L}` for one code point (ASCII without a regex). */
export function isLetterCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return LETTER_START.test(String.fromCodePoint(cp));
}

/** `[\p{L}\p{N}]` for the code unit at `at` (ASCII without a regex). */
export function isLetterOrNumberAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_NUMBER.test(text.charAt(at));
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** `\p{Lu}` for one code point (ASCII without a regex). */
export function isUpperCodePoint(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return UPPER_START.test(String.fromCodePoint(cp));
}

/** A line break (`\n`, `\r`, Unicode line/paragraph separators). */
export function isLineBreakCode(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

const LETTER = /\p{L}|\p{N}/u;

/** A letter or digit in any script (fast path for ASCII). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters: never quote marks, close enough
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation (curly quotes, dashes, spaces): the commonest non-ASCII in news
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7; // Latin-1 and Latin Extended letters
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xb2 && c <= 0xb3) || c === 0xb9 || (c >= 0xbc && c <= 0xbe);
  return LETTER.test(String.fromCharCode(c));
}

/** Which quotation-mark family a character belongs to, or null for any other character. */
export type QuoteFamily = 'double' | 'single';

/** How the glyph itself leans: `open` (“ ‘ „ ‚ « ‹), `close` (” ’ » ›) or `either` (straight " and '). */
export type GlyphLean = 'open' | 'close' | 'either';

export interface QuoteGlyph {
  family: QuoteFamily;
  lean: GlyphLean;
}

const GLYPHS = new Map<number, QuoteGlyph>([
  [0x22, { family: 'double', lean: 'either' }], // "
  [0x201c, { family: 'double', lean: 'open' }], // “
  [0x201d, { family: 'double', lean: 'close' }], // ”
  [0x201e, { family: 'double', lean: 'open' }], // „
  [0x201f, { family: 'double', lean: 'open' }], // ‟
  [0xab, { family: 'double', lean: 'open' }], // «
  [0xbb, { family: 'double', lean: 'close' }], // »
  [0x27, { family: 'single', lean: 'either' }], // '
  [0x2018, { family: 'single', lean: 'open' }], // ‘
  [0x2019, { family: 'single', lean: 'close' }], // ’
  [0x201a, { family: 'single', lean: 'open' }], // ‚
  [0x201b, { family: 'single', lean: 'open' }], // ‛
  [0x2039, { family: 'single', lean: 'open' }], // ‹
  [0x203a, { family: 'single', lean: 'close' }], // ›
]);

/** The quotation-mark glyph at code unit `c`, or undefined. */
export function quoteGlyph(c: number): QuoteGlyph | undefined {
  return GLYPHS.get(c);
}

/** Every quotation-mark character, for a scanning regex. */
export const QUOTE_MARK_CLASS = `"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b\u2039\u203a`;

/** Punctuation that may stand right after a closing mark or right before an opening one without a space. */
export function isQuoteNeighbourPunct(c: number): boolean {
  // . , ; : ! ? ) ] } — – - / … and other quote marks
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47 || c === 0x2026 || c === 40 || c === 91 || c === 123 || GLYPHS.has(c);
}

/** A straight or curly apostrophe (' ’): in "Ukraine's", "partners’". */
export function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Whether a letter of any script stands in `text` between `from` and `to`. */
export function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/\p{L}/u.test(text.charAt(i))) return true;
  return false;
}
