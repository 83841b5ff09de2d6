// The pure half of the editor decorations: which spans get which mark. No `vscode` import, so the bench can
// time it on a 100,000-line source without an editor (bench/decorations.mjs).
import type { AnnotationStatus, SourceAnnotations } from '../core/annotations';
import type { Span } from '../core/model';
// type-only: erased from the bundle, so this file stays free of `vscode`
import type { DecorationKind } from './settings';

export type DecorationSlot = DecorationKind | 'confirmed' | 'rejected';
export type DecorationSpans = Record<DecorationSlot, Span[]>;

/**
 * The spans to mark, by slot, for the kinds switched on in `shown`. With a `window` (the offsets on screen of a
 * very long document) only spans touching it are kept. Speaker spans are deduplicated.
 */
export function decorationSpans(annotations: SourceAnnotations, shown: Readonly<Record<DecorationKind, boolean>>, window?: Span): DecorationSpans {
  const spans: DecorationSpans = { speakers: [], quotes: [], scareQuotes: [], figures: [], confirmed: [], rejected: [] };
  const add = (slot: DecorationSlot, span: Span) => {
    if (window && (span.end < window.start || span.start > window.end)) return;
    spans[slot].push({ start: span.start, end: span.end });
  };
  const addStatus = (status: AnnotationStatus, span: Span) => {
    if (status === 'confirmed' || status === 'edited' || status === 'manual') add('confirmed', span);
  };
  for (const quote of annotations.quotes) {
    if (quote.status === 'orphaned') continue;
    const slot: DecorationKind = quote.kind === 'scare' ? 'scareQuotes' : 'quotes';
    if (!shown[slot]) continue;
    if (quote.status === 'rejected') add('rejected', quote);
    else {
      add(slot, quote);
      addStatus(quote.status, quote);
    }
  }
  for (const figure of annotations.figures) {
    if (figure.status === 'orphaned' || !shown.figures) continue;
    if (figure.status === 'rejected') add('rejected', figure);
    else {
      add('figures', figure);
      addStatus(figure.status, figure);
    }
  }
  if (shown.speakers) {
    for (const person of annotations.people) for (const mention of person.mentions) add('speakers', mention);
    for (const quote of annotations.quotes) if (quote.speakerMention && quote.status !== 'rejected') add('speakers', quote.speakerMention);
  }
  spans.speakers = dedupe(spans.speakers);
  return spans;
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = `${span.start}-${span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
