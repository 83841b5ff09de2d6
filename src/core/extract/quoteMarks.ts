import { isQuoteNeighbourPunct, isSpaceCode, isWordCode, quoteGlyph, type QuoteFamily } from '../text/chars';

/** One quotation mark in the text and what its position allows it to do. */
export interface QuoteMark {
  /** String index of the mark. */
  at: number;
  family: QuoteFamily;
  /** Stands where a quotation can begin (before words, after a space or an opening bracket). */
  canOpen: boolean;
  /** Stands where a quotation can end (after words, before a space or punctuation). */
  canClose: boolean;
  /** A single mark right after an `s`: as likely a plural possessive (partners’ ) as a closing mark. */
  possessive: boolean;
}

/**
 * Classifies the quotation-mark character at `at` by its neighbours (the way CommonMark decides emphasis
 * flanking), or returns null when it cannot be a quotation mark at all: an apostrophe inside a word
 * (don't, Ukraine's), an elision ('90s), a mark with words glued on both sides.
 */
export function classifyQuoteMark(text: string, at: number): QuoteMark | null {
  const glyph = quoteGlyph(text.charCodeAt(at));
  if (!glyph) return null;
  // `creators,’’ says`: two single marks typed for a double one are one double mark, classified by what is around both
  const width = isDoubledSingle(text, at) ? 2 : 1;
  const prev = at > 0 ? text.charCodeAt(at - 1) : 32;
  const next = at + width < text.length ? text.charCodeAt(at + width) : 32;
  const prevSpace = isSpaceCode(prev);
  const nextSpace = isSpaceCode(next);
  const prevWord = !prevSpace && isWordCode(prev);
  const nextWord = !nextSpace && isWordCode(next);
  if (glyph.family === 'single' && width === 1) {
    if (prevWord && nextWord) return null; // don't, Ukraine's, O'Brien
    if (prevSpace && next >= 48 && next <= 57) return null; // '90s
    if (!prevWord && isDigitCode(next) && isDigitCode(at + 2 < text.length ? text.charCodeAt(at + 2) : 32)) return null; // mid-’80s, (’19)
    const afterNext = at + 2 < text.length ? text.charCodeAt(at + 2) : 32;
    if (!prevSpace && (next === 115 || next === 83) && !isWordCode(afterNext)) return null; // B.C.’s, 1990's
    if (glyph.lean !== 'open' && !prevWord && isElisionAt(text, at + 1)) return null; // give ’em hell, rock ’n’ roll
    if (prev === 110 && at >= 2 && quoteGlyph(text.charCodeAt(at - 2))?.family === 'single' && isSpaceCode(at >= 3 ? text.charCodeAt(at - 3) : 32)) return null; // the second mark of ’n’
  }
  const leftFlanking = !nextSpace && (prevSpace || isQuoteNeighbourPunct(prev));
  const rightFlanking = !prevSpace && (nextSpace || isQuoteNeighbourPunct(next));
  let canOpen: boolean;
  let canClose: boolean;
  if (leftFlanking && rightFlanking) {
    // `."The` or `("`: the glyph decides; a straight mark stays open to both readings
    canOpen = glyph.lean !== 'close';
    canClose = glyph.lean !== 'open';
  } else if (leftFlanking || rightFlanking) {
    canOpen = leftFlanking;
    canClose = rightFlanking;
  } else if (prevWord && nextWord) {
    // glued on both sides (`said“Hello`, `5"10`): only a typographic glyph says which way it faces
    canOpen = glyph.lean === 'open';
    canClose = glyph.lean === 'close';
  } else {
    // standing alone between spaces
    canOpen = glyph.lean === 'open';
    canClose = glyph.lean === 'close';
  }
  if (!canOpen && !canClose) return null;
  if (width === 2) return { at: canOpen && !canClose ? at + 1 : at, family: 'double', canOpen, canClose, possessive: false };
  const possessive = glyph.family === 'single' && (prev === 115 || prev === 83) && nextSpace;
  return { at, family: glyph.family, canOpen, canClose, possessive };
}

// Words an apostrophe starts by eliding their first letters: ’em, ’n’, ’til, ’cause, ’tis …
const ELISIONS = new Set(['em', 'n', 'til', 'cause', 'cos', 'tis', 'twas', 'bout', 'round']);

/** Whether a lowercase elided word (`em`, `til` …) starts at `at` and ends there. */
function isElisionAt(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && end - at < 6 && text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) end++;
  if (end === at || isWordCode(end < text.length ? text.charCodeAt(end) : 32)) return false;
  return ELISIONS.has(text.slice(at, end));
}

/** Two like single marks (’’, ‘‘, '') standing for one double mark: its first character. */
export function isDoubledSingle(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 0x2019 || c === 0x2018 || c === 39) && text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) !== c && text.charCodeAt(at - 1) !== c;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
