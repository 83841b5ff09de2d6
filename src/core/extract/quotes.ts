import { isSpaceCode, QUOTE_MARK_CLASS, quoteGlyph } from '../text/chars';
import { classifyQuoteMark, isDoubledSingle, type QuoteMark } from './quoteMarks';

/** A quoted span found by pairing marks, before anyone is attributed. */
export interface QuotedSpan {
  /** The quoted words, without their marks (trimmed). */
  start: number;
  end: number;
  /** Index of the opening mark, or -1 when it was lost in scraping (stranded at the end of the previous line). */
  openAt: number;
  /** Index of the closing mark, or -1 when the quotation runs to the end of its paragraph. */
  closeAt: number;
  /** Start of the line (paragraph) the quotation begins on. */
  lineStart: number;
  /** End of that line, before its line break. */
  lineEnd: number;
  /** For a quotation inside another one: the index of the outer span in the result. */
  nestedIn?: number;
  /** The quotation goes on in the next paragraph (the convention: no closing mark, a new opening mark). */
  continues?: boolean;
  /** An interview's answer line, no marks around it (see interviews.ts). */
  answer?: true;
}

const MARKS = new RegExp(`[${QUOTE_MARK_CLASS}]`, 'g');

/**
 * Pairs the quotation marks of `text` into quoted spans, one linear pass, paragraph by paragraph (a line is a
 * paragraph in scraped text). Handles straight, curly, low-9 and angle marks, mismatched scraped pairs
 * (`"…'`), nested quotations, quotations continued across paragraphs, closing marks stranded at the end of
 * the previous line, and openings whose closing mark was lost. Apostrophes never pair.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  MARKS.lastIndex = 0;
  let pending = nextMark(text); // index of the next quotation-mark character, Infinity when none is left
  let carryOpen = false; // a closing mark stranded at the end of the last non-empty line opens this one
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const next = lineEnd + 1;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const marks: QuoteMark[] = [];
    while (pending < contentEnd) {
      const mark = classifyQuoteMark(text, pending);
      if (mark) marks.push(mark);
      if (isDoubledSingle(text, pending)) nextMark(text); // its second character is the same mark
      pending = nextMark(text);
    }
    while (pending < next) pending = nextMark(text); // a lone \r
    // a line without marks, and no quotation carried into it, pairs nothing
    if ((marks.length > 0 || carryOpen) && !isBlank(text, lineStart, contentEnd)) {
      carryOpen = pairLine(text, lineStart, contentEnd, marks, carryOpen, spans, (at) => nextLineOpensWith(text, at));
    }
    if (lineEnd >= text.length) break;
    lineStart = next;
  }
  return spans;
}

/** `test` rather than `exec`: a mark is one character, its index is lastIndex - 1, and no match object is made. */
function nextMark(text: string): number {
  return MARKS.test(text) ? MARKS.lastIndex - 1 : Infinity;
}

/** Pairs the marks of one line; returns whether a stranded closing mark at its end opens the next line. */
function pairLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  marks: QuoteMark[],
  carryOpen: boolean,
  spans: QuotedSpan[],
  nextLineOpens: (lineEnd: number) => QuoteMark | null,
): boolean {
  // For mismatched pairs: does a proper closing mark of each family still come later in this line?
  const laterDoubleClose: boolean[] = new Array(marks.length);
  const laterSingleClose: boolean[] = new Array(marks.length);
  let seenDouble = false;
  let seenSingle = false;
  for (let k = marks.length - 1; k >= 0; k--) {
    laterDoubleClose[k] = seenDouble;
    laterSingleClose[k] = seenSingle;
    const m = marks[k];
    if (m.canClose && m.family === 'double') seenDouble = true;
    if (m.canClose && m.family === 'single' && !m.possessive) seenSingle = true;
  }

  let open: QuoteMark | null = null;
  let openIndex = -1; // index in spans the open quotation will get, for nesting
  if (carryOpen) {
    const first = firstNonSpace(text, lineStart, lineEnd);
    open = { at: first - 1, family: 'double', canOpen: true, canClose: false, possessive: false };
  }
  let inner: QuoteMark | null = null;
  const innerSpans: QuotedSpan[] = [];
  const emit = (from: QuoteMark, closeAt: number, virtualOpen: boolean, extra?: Partial<QuotedSpan>): void => {
    const span = trimmedSpan(text, from.at + 1, closeAt, virtualOpen ? -1 : from.at, extra?.continues ? -1 : closeAt, lineStart, lineEnd);
    if (!span) return;
    if (extra?.continues) span.continues = true;
    spans.push(span);
    const outer = spans.length - 1;
    for (const nested of innerSpans) {
      if (nested.start >= span.start && nested.end <= span.end) spans.push({ ...nested, nestedIn: outer });
    }
    innerSpans.length = 0;
  };
  let openIsVirtual = carryOpen;

  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    if (!open) {
      if (m.canOpen && !(m.family === 'single' && !m.canClose && m.possessive)) {
        open = m;
        openIsVirtual = false;
        continue;
      }
      if (m.canClose && m.family === 'double' && isBlank(text, m.at + 1, lineEnd)) return true;
      continue;
    }
    if (inner) {
      if (m.family === inner.family && m.canClose) {
        const nested = trimmedSpan(text, inner.at + 1, m.at, inner.at, m.at, lineStart, lineEnd);
        if (nested) innerSpans.push(nested);
        inner = null;
        continue;
      }
      if (m.family !== open.family || !m.canClose) continue;
      inner = null; // the inner quotation never closed; the outer one does now
    }
    // `‘Every roster complies with the drivers’ hours rules.’`: a plural possessive, when the next single mark
    // can only close — were it the close, that mark would close nothing
    if (m.canClose && m.family === open.family && !(m.possessive && isFollowedByLowercaseWord(text, m.at + 1) && nextSingleOnlyCloses(marks, k))) {
      emit(open, m.at, openIsVirtual);
      open = null;
      continue;
    }
    if (m.canClose && !m.canOpen) {
      // a mark of the other family that can only close: a scraped mismatched pair (`"…'`) when no proper
      // closing mark follows; otherwise an apostrophe or a stray
      const properCloseLater = open.family === 'double' ? laterDoubleClose[k] : laterSingleClose[k];
      if ((!properCloseLater && !(m.possessive && isFollowedByLowercaseWord(text, m.at + 1))) || closesBeforeAttribution(text, m.at)) {
        emit(open, m.at, openIsVirtual);
        open = null;
      }
      continue;
    }
    if (m.canOpen) {
      if (m.family !== open.family) {
        inner = m;
        continue;
      }
      // A second opening mark while one is open: the first lost its closing mark. Keep it up to its last
      // sentence end, if it has one, and start again.
      if (!m.canClose) {
        const end = lastSentenceEnd(text, open.at + 1, m.at);
        if (end > 0) emit(open, end, openIsVirtual);
        else innerSpans.length = 0;
        open = m;
        openIsVirtual = false;
      }
    }
  }
  if (open) {
    const follower = nextLineOpens(lineEnd);
    if (follower && follower.family === open.family) {
      emit(open, lineEnd, openIsVirtual, { continues: true });
    } else if (!openIsVirtual && (looksLikeLostClose(text, open.at + 1, lineEnd) || closesAloneOnNextLine(text, lineEnd, open.family))) {
      // (a line a stranded mark opened closes in it, or it was no quotation: `(Submitted by Denise Leblanc)”`)
      emit(open, lineEnd, openIsVirtual, { continues: false });
      const last = spans[spans.length - 1];
      if (last && last.end <= lineEnd && last.closeAt === lineEnd) last.closeAt = -1;
    }
  }
  void openIndex;
  return false;
}

/** The opening mark the next non-empty line starts with, if any. */
function nextLineOpensWith(text: string, lineEnd: number): QuoteMark | null {
  let i = lineEnd;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= text.length) return null;
  const mark = classifyQuoteMark(text, i);
  return mark && mark.canOpen ? mark : null;
}

/**
 * `"It never came.⏎"⏎`: scraping pushed the closing mark onto a line of its own. The quotation closes there,
 * however short it is.
 */
function closesAloneOnNextLine(text: string, lineEnd: number, family: QuoteMark['family']): boolean {
  let i = lineEnd;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  // (a straight mark alone on its line faces neither way: its glyph and its family decide)
  const glyph = i < text.length ? quoteGlyph(text.charCodeAt(i)) : undefined;
  return glyph !== undefined && glyph.family === family && glyph.lean !== 'open' && isBlank(text, i + 1, lineEndAt(text, i));
}

function lineEndAt(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** A quotation that opened and ran to the end of its paragraph: real when it reads as whole sentences. */
function looksLikeLostClose(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end - from < 20) return false;
  const last = text.charCodeAt(end - 1);
  return last === 46 || last === 33 || last === 63; // . ! ?
}

function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from + 10; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 63 || c === 33) && isSpaceCode(text.charCodeAt(i + 1))) return i + 1;
  }
  return -1;
}

/**
 * `"Nobody likes it,' said Myers. "But …"`: a mark right after a comma (or ? or !) and before a word, or after a
 * full stop and before a capital, closes the quotation whatever mark opened it, even with a proper closing mark
 * later in the line (there, the next quotation's opening). No apostrophe stands so.
 */
function closesBeforeAttribution(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before !== 44 && before !== 63 && before !== 33 && before !== 46) return false;
  if (text.charCodeAt(at + 1) !== 32) return false;
  const c = text.charCodeAt(at + 2);
  // (after a full stop, only before the next sentence: `species.' It said`; "the U.S.' allies" is a possessive)
  return (c >= 65 && c <= 90) || (before !== 46 && c >= 97 && c <= 122);
}

/** Whether the first single mark after `marks[k]` can close and cannot open. */
function nextSingleOnlyCloses(marks: readonly QuoteMark[], k: number): boolean {
  for (let j = k + 1; j < marks.length; j++) if (marks[j].family === 'single') return marks[j].canClose && !marks[j].canOpen;
  return false;
}

function isFollowedByLowercaseWord(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

function trimmedSpan(text: string, from: number, to: number, openAt: number, closeAt: number, lineStart: number, lineEnd: number): QuotedSpan | null {
  let start = from;
  let end = to;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end <= start) return null;
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, Math.min(end, start + 64)))) return null;
  // "rock ’n’ roll": one lowercase letter between single marks is an elision, no quotation ('A' grade is one)
  if (end - start === 1 && openAt >= 0 && isSingleMark(text.charCodeAt(openAt)) && /\p{Ll}/u.test(text[start])) return null;
  return { start, end, openAt, closeAt, lineStart, lineEnd };
}

function isSingleMark(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 0x2019;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
