import type { Analysis, Entity, Figure, Quote } from '../model';
import { reanchor, targetFor } from './anchor';
import { fnv1a64 } from './hash';
import { allocateId } from './ids';
import { isTouched, SIDECAR_VERSION, type SidecarEntity, type SidecarFigure, type SidecarItem, type SidecarModel, type SidecarQuote } from './types';

// The merge, on plain data: the sidecar's items re-anchored to the current text, the fresh analysis laid
// over them. Rules: `auto` items are the machine's (refreshed, added, removed); everything a person made or
// decided (another status, a note, tags, entity notes and links) is kept as it is, only its anchor follows
// the text. A rejected item keeps suppressing the auto item at its anchor.

/** Re-anchors one item: new target, or `orphaned` with the status to restore in `was`; an orphan that is found again gets its status back. */
export function reanchorItem<T extends SidecarItem>(item: T, text: string, claimed?: ReadonlySet<string>, shift = 0): T {
  const found = reanchor(text, item.target, claimed, shift);
  if (!found) {
    if (item.status === 'orphaned') return item;
    return { ...item, status: 'orphaned', was: item.status };
  }
  const next: T = { ...item, target: targetFor(text, found.start, found.end) };
  if (item.status === 'orphaned') {
    next.status = item.was ?? 'auto';
    delete next.was;
  }
  return next;
}

/** Items whose recorded position still holds keep it and claim it; the others re-anchor around those claims. */
export function reanchorAll<T extends SidecarItem>(items: readonly T[], text: string): T[] {
  const holds = (item: T) => item.target.exact.length > 0 && item.target.start >= 0 && text.startsWith(item.target.exact, item.target.start);
  const claimed = new Set<string>();
  for (const item of items) if (holds(item)) claimed.add(`${item.target.start}:${item.target.start + item.target.exact.length}`);
  // the others one by one, each claiming where it lands, so two items never take the same copy of a text
  const out = items.map((item) => (holds(item) ? reanchorItem(item, text) : item));
  let shift = 0; // how far the previous item moved: the likely move of the next (items are in text order)
  items.forEach((item, i) => {
    if (holds(item)) {
      shift = 0;
      return;
    }
    const next = reanchorItem(item, text, claimed, shift);
    if (next.status !== 'orphaned') {
      claimed.add(`${next.target.start}:${next.target.end}`);
      shift = next.target.start - item.target.start;
    }
    out[i] = next;
  });
  return out;
}

export function mergeModel(old: SidecarModel | null, source: { name: string; text: string }, analysis: Analysis): SidecarModel {
  const { text } = source;
  const used = new Set<string>([...(old?.quotes ?? []), ...(old?.figures ?? [])].map((item) => item.id));
  const quotes = mergeItems<Quote, SidecarQuote>('q', reanchorAll(old?.quotes ?? [], text), analysis.quotes, text, used, refreshQuote);
  assignStatements(quotes, analysis.quotes);
  const figures = mergeItems<Figure, SidecarFigure>('f', reanchorAll(old?.figures ?? [], text), analysis.figures, text, used, refreshFigure);
  const main = analysis.articles.find((a) => a.kind === 'main') ?? analysis.articles.find((a) => a.kind !== 'boilerplate');
  return {
    version: SIDECAR_VERSION,
    source: { path: source.name, fnv1a64: fnv1a64(text), title: main ? main.title : null },
    articles: analysis.articles.map(({ title, kind, start, end, duplicateOf }) => (duplicateOf === undefined ? { title, kind, start, end } : { title, kind, start, end, duplicateOf })),
    quotes,
    figures,
    entities: mergeEntities(old?.entities ?? [], analysis.entities),
  };
}

function refreshQuote(item: SidecarQuote, quote: Quote, text: string): SidecarQuote {
  const next: SidecarQuote = { ...item, text: quote.text, speaker: quote.speaker, role: quote.role, kind: quote.kind, target: targetFor(text, quote.start, quote.end) };
  delete next.statement; // assigned afterwards
  return next;
}

function refreshFigure(item: SidecarFigure, figure: Figure, text: string): SidecarFigure {
  const next: SidecarFigure = { ...item, text: figure.text, value: figure.value, unit: figure.unit, target: targetFor(text, figure.start, figure.end) };
  if (figure.approximation) next.approximation = figure.approximation;
  else delete next.approximation;
  return next;
}

function mergeItems<A extends Quote | Figure, S extends SidecarItem>(
  letter: 'q' | 'f',
  items: S[],
  found: readonly A[],
  text: string,
  used: Set<string>,
  refresh: (item: S, a: A, text: string) => S,
): S[] {
  const anchored = items.filter((item) => item.status !== 'orphaned');
  const bySpan = new Map<string, S>();
  for (const item of anchored) if (!bySpan.has(key(item.target))) bySpan.set(key(item.target), item);
  const matchOf = new Map<A, S>();
  const taken = new Set<S>();
  for (const a of found) {
    const item = bySpan.get(key(a));
    if (item && !taken.has(item)) {
      matchOf.set(a, item);
      taken.add(item);
    }
  }
  // the extractor moved a boundary a little: an item overlapping most of both spans is the same item
  for (const a of found) {
    if (matchOf.has(a)) continue;
    let best: S | undefined;
    let bestRatio = 0.5;
    for (const item of anchored) {
      if (taken.has(item)) continue;
      const inter = Math.min(a.end, item.target.end) - Math.max(a.start, item.target.start);
      if (inter <= 0) continue;
      const ratio = inter / (Math.max(a.end, item.target.end) - Math.min(a.start, item.target.start));
      if (ratio >= bestRatio) {
        best = item;
        bestRatio = ratio;
      }
    }
    if (best) {
      matchOf.set(a, best);
      taken.add(best);
    }
  }
  const out: S[] = [];
  for (const item of items) {
    if (item.status === 'auto' && !isTouched(item) && !taken.has(item)) continue; // the extractor no longer finds it
    if (item.status === 'orphaned' && !isTouched(item)) continue; // an orphaned auto item: gone with its text
    out.push(item);
  }
  const refreshed = new Map<S, S>();
  const occurrences = new Map<string, number>();
  const sorted = [...found].sort((x, y) => x.start - y.start || x.end - y.end);
  for (const a of sorted) {
    const exact = text.slice(a.start, a.end);
    const occurrence = occurrences.get(exact) ?? 0;
    occurrences.set(exact, occurrence + 1);
    const item = matchOf.get(a);
    if (item) {
      if (item.status === 'auto') refreshed.set(item, refresh(item, a, text));
      continue;
    }
    if (a.end <= a.start) continue;
    const fresh = refresh({ id: allocateId(letter, exact, occurrence, used), status: 'auto', text: '', target: targetFor(text, a.start, a.end) } as unknown as S, a, text);
    out.push(fresh);
  }
  return out.map((item) => refreshed.get(item) ?? item).sort(byPosition);
}

function key(span: { start: number; end: number }): string {
  return `${span.start}:${span.end}`;
}

export function byPosition(a: SidecarItem, b: SidecarItem): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Auto quotes get `statement: <id of the statement's first quote>` when the analysis splits one statement in parts. */
function assignStatements(quotes: SidecarQuote[], found: readonly Quote[]): void {
  const groups = new Map<number, Quote[]>();
  for (const q of found) groups.set(q.statement, [...(groups.get(q.statement) ?? []), q]);
  const bySpan = new Map<string, SidecarQuote>();
  for (const q of quotes) if (q.status !== 'orphaned') bySpan.set(key(q.target), q);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const members = group.map((q) => bySpan.get(key(q))).filter((q): q is SidecarQuote => q !== undefined).sort(byPosition);
    if (members.length < 2) continue;
    for (const m of members) if (m.status === 'auto') m.statement = members[0].id;
  }
}

function mergeEntities(old: readonly SidecarEntity[], found: readonly Entity[]): SidecarEntity[] {
  const byName = new Map(old.map((e) => [e.name, e]));
  const seen = new Set<string>();
  const out: SidecarEntity[] = [];
  for (const entity of found) {
    if (seen.has(entity.name)) continue;
    seen.add(entity.name);
    const previous = byName.get(entity.name);
    const next: SidecarEntity = { ...(previous ?? {}), name: entity.name, kind: entity.kind, role: entity.role };
    if (entity.aliases.length) next.aliases = [...entity.aliases];
    else delete next.aliases;
    out.push(next);
  }
  for (const entity of old) {
    if (seen.has(entity.name)) continue;
    if (entity.note !== undefined || (entity.links && entity.links.length)) {
      seen.add(entity.name);
      out.push(entity);
    }
  }
  return out;
}
