// Small, bounded look-arounds used by the figures extractor. Every helper reads at most a fixed number of
// characters (LOOK) either side of a position, so checking context never turns the scan quadratic, even on a
// 20 MiB line without a space.

import { isLetterCodePoint } from '../../text/chars';

/** The farthest any look-around reaches, in characters. */
export const LOOK = 48;

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters of any script (accented names, Cyrillic) — used where a number glued to a word makes an identifier. */
export function isLetter(c: number): boolean {
  if (isAsciiLetter(c)) return true;
  if (c < 0xc0) return false;
  return /\p{L}/u.test(String.fromCharCode(c));
}

export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Spaces that may sit inside a figure ("3.5 %", "$ 5"): a plain space, no-break and thin spaces. */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Where the word starting at `i` ends, read as `/\p{L}+(?:[-'’][\p{L}\d]+)*\/uy` would ("drones", "Ukraine's",
 * "F-16s"); `i` itself when no letter starts there. Letters of any script, astral ones as their surrogate pairs.
 */
export function letterWordEnd(text: string, i: number): number {
  let end = letterRunEnd(text, i, false);
  if (end === i) return i;
  for (;;) {
    const c = text.charCodeAt(end);
    if (c !== 45 && c !== 39 && c !== 0x2019) return end;
    const next = letterRunEnd(text, end + 1, true);
    if (next === end + 1) return end;
    end = next;
  }
}

/** The end of the run of letters (and digits, when `digits`) from `i`, by code point. */
function letterRunEnd(text: string, i: number, digits: boolean): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (isAsciiLetter(c) || (digits && isDigit(c))) j++;
    else if (c < 0xaa || Number.isNaN(c)) return j;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const low = text.charCodeAt(j + 1);
      if (!(low >= 0xdc00 && low <= 0xdfff) || !isLetterCodePoint((c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000)) return j;
      j += 2;
    } else if (isLetterCodePoint(c)) j++;
    else return j;
  }
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * The word ending right before `pos` (skipping up to one run of inline spaces), letters, dots and apostrophes
 * included ("U.S.", "Ukraine's"); null when punctuation or a line break comes first.
 */
export function wordBefore(text: string, pos: number): Word | null {
  let i = pos;
  const stop = Math.max(0, pos - LOOK);
  while (i > stop && isInlineSpace(text.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > stop) {
    const c = text.charCodeAt(i - 1);
    if (isLetter(c) || c === 46 || c === 39 || c === 0x2019) i--;
    else break;
  }
  if (i === end) return null;
  // A trailing full stop belongs to the sentence, not the word, unless the word is an abbreviation ("U.S.", "No.").
  let wEnd = end;
  const w = text.slice(i, end);
  if (w.endsWith('.') && !/\..*\.$|^(?:no|nos|p|pp|vol|fig|art|sec|para|approx|ca|max|min)\.$/i.test(w)) wEnd--;
  if (wEnd === i) return null;
  return { text: text.slice(i, wEnd), start: i, end: wEnd };
}

/** The word starting right after `pos` past one run of inline spaces (letters and inner hyphens/apostrophes). */
export function wordAfter(text: string, pos: number): Word | null {
  let i = pos;
  const stop = Math.min(text.length, pos + LOOK);
  while (i < stop && isInlineSpace(text.charCodeAt(i))) i++;
  const start = i;
  const end = wordEndAt(text, start, stop);
  if (end === start) return null;
  return { text: text.slice(start, end), start, end };
}

/** Where the word `wordAfter` reads from `start` ends, looking no further than `stop` (`start` when there is none). */
export function wordEndAt(text: string, start: number, stop: number): number {
  let i = start;
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) i++;
    else if ((c === 45 || c === 39 || c === 0x2019 || c === 46) && i + 1 < stop && isLetter(text.charCodeAt(i + 1)) && i > start) i++;
    else break;
  }
  return i;
}

/** True when `pos` starts a sentence, a line, a headline or a quotation: a capital there is not a name. */
export function atSentenceStart(text: string, pos: number): boolean {
  let i = pos;
  const stop = Math.max(0, pos - LOOK);
  while (i > stop && isInlineSpace(text.charCodeAt(i - 1))) i--;
  if (i === 0) return true;
  if (i === stop) return false;
  const c = text[i - 1];
  return '.!?:;"“”\'‘’(\n\r—–-•*|[>\uFEFF'.includes(c);
}

/** The lower-cased text of the `n` characters before `pos` (bounded). */
export function before(text: string, pos: number, n: number): string {
  return text.slice(Math.max(0, pos - Math.min(n, LOOK)), pos).toLowerCase();
}
