import { isSpaceCode, QUOTE_MARK_CLASS } from './text/chars';

/**
 * A block is at least this long. A source shorter than this (one article, nearly always) is a single block
 * and is analysed exactly as a whole; a long one (an archive of many articles) is cut into blocks that are
 * analysed on their own, so an edit re-analyses one block. 64 KiB rather than 16: every block costs its own
 * people, placing and unifying, so a fresh 5 MiB analysis costs ~1.2× one whole pass instead of ~1.4×, while
 * re-analysis after an edit in 1 MB costs the same (p50 ~13 ms CPU at 16, 32 and 64 KiB; 128 KiB: ~19 ms).
 */
export const MIN_BLOCK_CHARS = 64 * 1024;

/**
 * Of the lines that may open a block, one in this many does (chosen by a hash of its first characters). The
 * choice depends on the line alone, so after an inserted line break the cuts further on fall where they were.
 */
const CUT_ONE_LINE_IN = 8;
const CUT_HASH_CHARS = 16;

const QUOTE_MARK = new RegExp(`[${QUOTE_MARK_CLASS}]`);

/**
 * Where the blocks of `text` start (the first is 0), in order. A block starts at the beginning of a line, at
 * least MIN_BLOCK_CHARS after the previous one, where no quotation crosses: the line does not open with a
 * quotation mark (a quotation continued from the paragraph before) and the line before does not end with one
 * (a closing mark stranded there opens this line).
 */
export function blockStarts(text: string): number[] {
  const starts = [0];
  for (;;) {
    const start = nextBlockStart(text, starts[starts.length - 1] + MIN_BLOCK_CHARS);
    if (start < 0) return starts;
    starts.push(start);
  }
}

/** The first line at or after `from` that may open a block, or -1. */
function nextBlockStart(text: string, from: number): number {
  if (from >= text.length) return -1;
  for (let lineStart = text.indexOf('\n', from - 1) + 1; lineStart > 0 && lineStart < text.length; lineStart = text.indexOf('\n', lineStart) + 1) {
    if (opensBlock(text, lineStart)) return lineStart;
  }
  return -1;
}

function opensBlock(text: string, lineStart: number): boolean {
  let first = lineStart;
  while (first < text.length && isSpaceCode(text.charCodeAt(first)) && text.charCodeAt(first) !== 10) first++;
  if (first >= text.length || text.charCodeAt(first) === 10 || QUOTE_MARK.test(text[first])) return false;
  let last = lineStart - 1;
  while (last >= 0 && isSpaceCode(text.charCodeAt(last))) last--;
  if (last < 0 || QUOTE_MARK.test(text[last])) return false;
  return lineHash(text, lineStart) % CUT_ONE_LINE_IN === 0;
}

/** FNV-1a of the line's first characters. */
function lineHash(text: string, lineStart: number): number {
  let h = 0x811c9dc5;
  const end = Math.min(text.length, lineStart + CUT_HASH_CHARS);
  for (let i = lineStart; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
