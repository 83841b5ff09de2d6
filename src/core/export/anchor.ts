import { reanchor } from '../sidecar';
import type { Span } from '../model';
import type { ImportedAnnotation } from './importTypes';

export type AnchorMethod = 'exact-position' | 'exact' | 'whitespace' | 'fuzzy';

/**
 * Finds an imported annotation in the current text with the sidecar's own re-anchoring (`reanchor` of src/core/sidecar:
 * its offsets if the text there is still `exact`; else the copy of `exact` whose prefix and suffix match best,
 * nearest its old offset; else a fuzzy match) — with one step of its own before the fuzzy one: `exact` ignoring
 * differences in whitespace (brat joins a multi-line span's fragments with a space).
 */
export function anchorIn(text: string, item: Pick<ImportedAnnotation, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>): (Span & { method: AnchorMethod }) | undefined {
  const { exact } = item;
  if (!exact) return undefined;
  const target = { exact, prefix: item.prefix, suffix: item.suffix, start: item.start ?? -1, end: item.end ?? -1 };
  if (text.includes(exact)) {
    const found = reanchor(text, target);
    if (found) return { start: found.start, end: found.end, method: found.how === 'position' ? 'exact-position' : found.how };
  }
  const words = exact.trim().split(/\s+/).filter(Boolean);
  if (words.length) {
    const candidates: Span[] = [];
    for (const match of text.matchAll(new RegExp(words.map(escapeRegExp).join('\\s+'), 'g'))) {
      candidates.push({ start: match.index!, end: match.index! + match[0].length });
      if (candidates.length >= 1000) break;
    }
    if (candidates.length) return { ...best(text, candidates, item, item.start ?? 0), method: 'whitespace' };
  }
  const found = reanchor(text, target);
  return found && { start: found.start, end: found.end, method: found.how === 'position' ? 'exact-position' : found.how };
}

/** The candidate whose surroundings match the prefix and suffix best, then the nearest to the old offset. */
function best(text: string, candidates: Span[], item: Pick<ImportedAnnotation, 'prefix' | 'suffix'>, hint: number): Span {
  const score = (c: Span) => commonSuffix(text.slice(Math.max(0, c.start - 64), c.start), item.prefix ?? '') + commonPrefix(text.slice(c.end, c.end + 64), item.suffix ?? '');
  let chosen = candidates[0];
  let chosenScore = score(chosen);
  for (const candidate of candidates.slice(1)) {
    const s = score(candidate);
    if (s > chosenScore || (s === chosenScore && Math.abs(candidate.start - hint) < Math.abs(chosen.start - hint))) {
      chosen = candidate;
      chosenScore = s;
    }
  }
  return { start: chosen.start, end: chosen.end };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
