import type { Article } from '../model';
import type { AnnotationStatus, FigureAnnotation, QuoteAnnotation, SourceAnnotations } from '../annotations';
import { LineIndex } from '../text/lineIndex';

// Shared by every exporter: what a source to export is, which items an export keeps, and small text helpers.

/** One source to export: its path relative to the workspace (forward slashes), its current text and its model. */
export interface ExportSource {
  path: string;
  text: string;
  annotations: SourceAnnotations;
}

export interface ExportOptions {
  /** Only what a person decided: `confirmed`, `edited` and `manual` items. */
  onlyConfirmed?: boolean;
  /** Keep `rejected` items too (default false). Ignored with `onlyConfirmed`. */
  includeRejected?: boolean;
  /** CSV only: start the file with a UTF-8 byte-order mark (for Excel). */
  bom?: boolean;
  /** JSON: the `exported` timestamp (ISO 8601). Defaults to now; pass one for deterministic output. */
  exported?: string | Date;
  /** W3C: the URI the relative source paths resolve against (`https://example.org/news/`); default: the paths as they are. */
  baseUri?: string;
}

/** One file of a multi-file export (brat): a path relative to the output folder and its content. */
export interface ExportFile {
  path: string;
  content: string;
}

const DECIDED: ReadonlySet<AnnotationStatus> = new Set(['confirmed', 'edited', 'manual']);

/** Whether an export with these options keeps an item of this status. */
export function keepsStatus(status: AnnotationStatus, options: ExportOptions = {}): boolean {
  if (options.onlyConfirmed) return DECIDED.has(status);
  return status !== 'rejected' || options.includeRejected === true;
}

export type ExportItem = ({ type: 'quote' } & QuoteAnnotation) | ({ type: 'figure' } & FigureAnnotation);

/** The quotes and figures an export keeps, in text order (quotes before figures at the same offset). */
export function selectedItems(annotations: SourceAnnotations, options: ExportOptions = {}): ExportItem[] {
  const items: ExportItem[] = [
    ...annotations.quotes.filter((q) => keepsStatus(q.status, options)).map((q) => ({ type: 'quote' as const, ...q })),
    ...annotations.figures.filter((f) => keepsStatus(f.status, options)).map((f) => ({ type: 'figure' as const, ...f })),
  ];
  return items.sort((a, b) => a.start - b.start || a.end - b.end || (a.type === b.type ? 0 : a.type === 'quote' ? -1 : 1));
}

/** Whether the item's offsets still select its text (false for orphaned items whose text moved or vanished). */
export function isAnchored(text: string, item: { start: number; end: number; text: string }): boolean {
  return item.start >= 0 && item.end <= text.length && item.start <= item.end && text.slice(item.start, item.end) === item.text;
}

/** The innermost article containing `offset`, if any. */
export function articleAt(articles: readonly Article[], offset: number): Article | undefined {
  let best: Article | undefined;
  for (const article of articles) {
    if (article.start <= offset && offset < article.end && (!best || article.end - article.start < best.end - best.start)) best = article;
  }
  return best;
}

/** 1-based line numbers of offsets in one text. */
export function lineNumbers(text: string): (offset: number) => number {
  const index = new LineIndex(text);
  return (offset) => index.positionAt(offset).line + 1;
}

/** The ISO timestamp of an export. */
export function exportedAt(options: ExportOptions): string {
  const at = options.exported ?? new Date();
  return typeof at === 'string' ? at : at.toISOString();
}

/**
 * Converts between JavaScript string indices (UTF-16 code units, what Newsmark stores) and Unicode code point
 * indices (what W3C selectors and brat's Python count). Identical for text without astral characters.
 */
export class CodePoints {
  /** UTF-16 indices of each astral character's low surrogate (each one counts one index less in code points). */
  private readonly lows: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) this.lows.push(++i);
      }
    }
  }

  /** The code point index of UTF-16 index `utf16`. */
  toCodePoint(utf16: number): number {
    return utf16 - this.countBelow(utf16); // each astral character before it counts once, not twice
  }

  /** The UTF-16 index of code point index `codePoint` (clamped to the text). */
  fromCodePoint(codePoint: number): number {
    let utf16 = codePoint;
    // each low surrogate before the position shifts it one unit right
    for (const low of this.lows) {
      if (low <= utf16) utf16++;
      else break;
    }
    return Math.min(Math.max(0, utf16), this.text.length);
  }

  private countBelow(limit: number): number {
    let low = 0;
    let high = this.lows.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.lows[mid] < limit) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Up to `max` UTF-16 units of `text` before `start`, never starting inside a surrogate pair. */
export function prefixOf(text: string, start: number, max = 32): string {
  let from = Math.max(0, start - max);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  return text.slice(from, start);
}

/** Up to `max` UTF-16 units of `text` after `end`, never ending inside a surrogate pair. */
export function suffixOf(text: string, end: number, max = 32): string {
  let to = Math.min(text.length, end + max);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return text.slice(end, to);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
