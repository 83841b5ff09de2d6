import search from 'approx-string-match';
import type { SidecarTarget } from './types';

// Re-anchoring, after Hypothesis: (1) the recorded position still holds the exact text; (2) the exact text
// elsewhere, nearest the old position, preferring a copy whose prefix/suffix also match; (3) a fuzzy match
// (approx-string-match) scored on quote, prefix, suffix and distance moved; (4) otherwise: not found.

export const CONTEXT_LENGTH = 32;
/** Fuzzy matching allows at most this share of the quote's length as errors… */
const MAX_ERROR_RATE = 0.25;
/** …and never more than this many (bounds the cost of long quotes). */
const MAX_ERRORS = 64;
/** How many exact copies are compared before taking the nearest. */
const MAX_CANDIDATES = 1000;

export interface Anchored {
  start: number;
  end: number;
  how: 'position' | 'exact' | 'fuzzy';
}

export function contextOf(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return { prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start), suffix: text.slice(end, end + CONTEXT_LENGTH) };
}

export function targetFor(text: string, start: number, end: number): SidecarTarget {
  const { prefix, suffix } = contextOf(text, start, end);
  return { exact: text.slice(start, end), prefix, suffix, start, end };
}

/** Where `target` is in `text` now, or undefined when it is gone. */
export function reanchor(text: string, target: SidecarTarget, claimed?: ReadonlySet<string>, shift = 0): Anchored | undefined {
  const { exact, start } = target;
  if (exact.length === 0) return undefined;
  if (start >= 0 && start + exact.length <= text.length && text.startsWith(exact, start)) return { start, end: start + exact.length, how: 'position' };
  const free = <A extends Anchored>(found: A | undefined): A | undefined => (found && claimed?.has(`${found.start}:${found.end}`) ? undefined : found);
  // fast path: moved by the same amount as the item before it (text inserted or deleted above), context intact
  const moved = start + shift;
  if (shift !== 0 && moved >= 0 && text.startsWith(exact, moved) && text.endsWith(target.prefix ?? '', moved) && text.startsWith(target.suffix ?? '', moved + exact.length)) {
    const found = free({ start: moved, end: moved + exact.length, how: 'exact' as const });
    if (found) return found;
  }

  const prefix = target.prefix ?? '';
  const suffix = target.suffix ?? '';
  let best: { start: number; score: number; context: number } | undefined;
  let found = 0;
  for (let i = text.indexOf(exact); i !== -1 && found < MAX_CANDIDATES; i = text.indexOf(exact, i + 1), found++) {
    if (claimed?.has(`${i}:${i + exact.length}`)) continue; // another item holds this copy at its recorded position
    const context = (prefix && text.endsWith(prefix, i) ? 2 : sharedSuffix(text, i, prefix) / Math.max(1, prefix.length)) +
      (suffix && text.startsWith(suffix, i + exact.length) ? 2 : sharedPrefix(text, i + exact.length, suffix) / Math.max(1, suffix.length));
    const score = context * 1e9 - Math.abs(i - start);
    if (!best || score > best.score) best = { start: i, score, context };
  }
  if (best) {
    // a copy in a different context may be another occurrence: an edited original in its own context wins
    if (best.context < 1 && (prefix || suffix)) {
      const between = free(betweenContext(text, target));
      if (between) return between;
      const edited = free(fuzzy(text, target));
      if (edited && edited.context >= 0.75) return { start: edited.start, end: edited.end, how: 'fuzzy' };
    }
    return { start: best.start, end: best.start + exact.length, how: 'exact' };
  }
  const edited = free(fuzzy(text, target));
  return edited ? { start: edited.start, end: edited.end, how: 'fuzzy' } : free(betweenContext(text, target));
}

/** Short quotes changed beyond their error budget: the span between the unchanged prefix and suffix, when it still resembles the quote. */
function betweenContext(text: string, target: SidecarTarget): Anchored | undefined {
  const prefix = target.prefix ?? '';
  const suffix = target.suffix ?? '';
  if (prefix.length < 8 || suffix.length < 8) return undefined;
  let best: Anchored | undefined;
  let bestDistance = Infinity;
  let count = 0;
  for (let i = text.indexOf(prefix); i !== -1 && count < MAX_CANDIDATES; i = text.indexOf(prefix, i + 1), count++) {
    const start = i + prefix.length;
    const end = text.indexOf(suffix, start);
    if (end <= start || end - start > 2 * target.exact.length + 16) continue;
    if (similarity(text.slice(start, end), target.exact) < 0.5) continue;
    const distance = Math.abs(start - target.start);
    if (distance < bestDistance) {
      best = { start, end, how: 'fuzzy' };
      bestDistance = distance;
    }
  }
  return best;
}

function fuzzy(text: string, target: SidecarTarget): (Anchored & { context: number }) | undefined {
  const { exact } = target;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  if (maxErrors < 1) return undefined;
  // long quotes: search only the first 256 characters' worth of pattern precision is what costs; approx-string-match
  // is O(n · k/32), fine for news-sized texts
  const matches = search(text, exact, maxErrors);
  if (matches.length === 0) return undefined;
  const prefix = target.prefix ?? '';
  const suffix = target.suffix ?? '';
  let best: { start: number; end: number; score: number; context: number } | undefined;
  for (const m of matches.slice(0, 50)) {
    const quoteScore = 1 - m.errors / exact.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const posScore = 1 - Math.abs(m.start - target.start) / Math.max(1, text.length);
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score, context: (prefixScore + suffixScore) / 2 };
  }
  if (!best || best.score < 0.5) return undefined;
  return { start: best.start, end: best.end, how: 'fuzzy', context: best.context };
}

/** Share of `b` matched by `a`, via a cheap bounded fuzzy search (1 = equal). */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const k = Math.ceil(b.length / 2);
  const m = search(a, b, k);
  if (m.length === 0) return 0;
  const errors = Math.min(...m.map((x) => x.errors)) + Math.max(0, b.length - a.length);
  return Math.max(0, 1 - errors / b.length);
}

/** Characters of `context` that end exactly at `i` (context's tail). */
function sharedSuffix(text: string, i: number, context: string): number {
  let n = 0;
  while (n < context.length && i - n - 1 >= 0 && text[i - n - 1] === context[context.length - n - 1]) n++;
  return n;
}

function sharedPrefix(text: string, i: number, context: string): number {
  let n = 0;
  while (n < context.length && i + n < text.length && text[i + n] === context[n]) n++;
  return n;
}
