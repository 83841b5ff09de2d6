// Where sentences start and end around a quotation: cheap character scans that narrow what gets tokenized, and
// token-level cuts at sentence ends and datelines.
import { endsTitleAbbreviation, type Token } from '../entities/names';
import type { QuotedSpan } from './quotes';
import { hasLetter, isSpaceCode } from '../text/chars';

function isSentenceEnd(token: Token): boolean {
  return token.text === '.' || token.text === '!' || token.text === '?';
}

/** Three lowercase ASCII letters right before `i` (a word, not an abbreviation like "U.S." or "Dr."). */
function lowercaseBefore(text: string, i: number): boolean {
  for (let k = i - 3; k < i; k++) {
    const c = text.charCodeAt(k);
    if (!(c >= 97 && c <= 122)) return false;
  }
  return i >= 3;
}

/**
 * Where the sentence holding `to` starts, no earlier than `from`: a cheap character scan that only narrows the
 * window (the tokenizer still decides about abbreviations), so each quotation tokenizes one sentence or so.
 */
export function sentenceStart(text: string, from: number, to: number): number {
  for (let i = to - 2; i > from; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32 && i - 4 > from && text.charCodeAt(i - 2) !== 46 && lowercaseBefore(text, i) && !endsTitleAbbreviation(text, i)) return i + 1;
  }
  return from;
}

/**
 * Whether a quotation whose window was cut at a sentence end (`beforeFrom`, past `beforeBound`) opens a sentence
 * after narrative, not right after the previous quotation's own sentence: `"A," Payne said. "B."` goes on with
 * Payne's words; `"A," he said. When told of …, he said, "B."` is a new statement. Narrative is words of the
 * quotation's own sentence before it (`words`), a second sentence end since the previous quotation closed (at
 * `prevClose`), or more text than the window holds.
 */
export function opensAfterNarrative(text: string, prevClose: number, beforeBound: number, beforeFrom: number, words: boolean): boolean {
  if (beforeFrom <= beforeBound) return false;
  if (words || beforeBound > prevClose || sentenceStart(text, beforeBound, beforeFrom - 1) > beforeBound) return true;
  // (`… had “no plan, just slogans”. He rejected that. “…”`: the previous quotation ended its sentence, and a
  // sentence of narrative came between)
  let k = prevClose;
  while (k < beforeFrom && isSpaceCode(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return (c === 46 || c === 33 || c === 63) && hasLetter(text, k + 1, beforeFrom);
}

export function sentenceEnd(text: string, from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && (i + 1 >= to || text.charCodeAt(i + 1) === 32) && lowercaseBefore(text, i) && !endsTitleAbbreviation(text, i)) return i + 1;
  }
  return to;
}

/** The tokens after the last sentence end (the current sentence up to a quotation), and whether one was cut. */
export function sentenceTail(text: string, tokens: Token[]): { tokens: Token[]; sentenceEnded: boolean } {
  for (let i = tokens.length - 1; i >= 0; i--) if (endsSentence(text, tokens[i])) return { tokens: tokens.slice(i + 1), sentenceEnded: true };
  const dateline = datelineLength(text, tokens);
  return { tokens: dateline > 0 ? tokens.slice(dateline) : tokens, sentenceEnded: false };
}

/**
 * How many tokens a dateline opening the line takes ("OTTAWA —", "KYIV, Ukraine (AP) —", "SAN FRANCISCO, March 4
 * (Reuters) -"), dash included, or 0: the place is no part of the sentence, and never its subject.
 */
function datelineLength(text: string, tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first || first.punct || first.end - first.start < 2 || first.text !== first.text.toUpperCase() || !first.cap) return 0;
  if (first.start > 0 && text.charCodeAt(first.start - 1) !== 10) return 0;
  for (let i = 0; i < tokens.length && i < 12; i++) {
    const t = tokens[i];
    if (t.text === '—' || t.text === '–') return i > 0 ? i + 1 : 0;
    if (!(t.cap || t.punct || /^\d+$/.test(t.text)) || t.text === '.' || t.text === ':' || t.text === ';') return 0;
    // a spaced hyphen is no token: "(Reuters) - Shares fell"
    if (/^[ \u00a0]+-[ \u00a0]/.test(text.slice(t.end, t.end + 4))) return i + 1;
  }
  return 0;
}

/** Whether the tokens after a quotation run, with no sentence end, up to the next quotation on its line. */
export function reachesNext(text: string, after: readonly Token[], afterTo: number, next: QuotedSpan | null): boolean {
  if (!next || afterTo !== (next.openAt >= 0 ? next.openAt : next.start)) return false;
  const last = after[after.length - 1];
  if (!last) return false;
  for (let i = last.end; i < afterTo; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return false;
  }
  return true;
}

/** The tokens up to the first sentence end (the rest of the sentence after a quotation). */
export function sentenceHead(text: string, tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) if (endsSentence(text, tokens[i])) return tokens.slice(0, i);
  return tokens;
}

/** A full stop, ! or ? that ends a sentence: not one glued to a letter, a comma or a bracket ("D-N.Y., said", "(R-Ky.)"). */
export function endsSentence(text: string, token: Token): boolean {
  if (!isSentenceEnd(token)) return false;
  const after = text.charCodeAt(token.end);
  return !(after === 44 || after === 41 || (after >= 65 && after <= 90) || (after >= 97 && after <= 122));
}
