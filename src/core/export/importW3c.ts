import { CodePoints } from './common';
import type { ImportedAnnotation, ImportParse } from './importTypes';

export interface W3cImportOptions {
  /**
   * Keep only annotations whose target is this source: those whose target shares the most trailing path
   * segments with it (at least the file name), so a base URI or a parent folder does not matter. When no
   * file name matches and the file targets a single source, all of its annotations are taken (a rename).
   */
  source?: string;
  /** The text the annotations were made on, to turn code point positions into string indices (default: none, positions taken as they are). */
  text?: string;
}

type Json = Record<string, unknown>;

/**
 * Reads W3C Web Annotations: an `AnnotationCollection` (with its `first` page and any inline `next` pages), a
 * single `AnnotationPage`, a single `Annotation` or a JSON array of annotations. Quotes and figures are told
 * apart by `newsmark:kind` (or a `classifying` body), else by the motivation (`tagging` with a numeric value → figure).
 */
export function importW3c(content: string, options: W3cImportOptions = {}): ImportParse {
  const warnings: string[] = [];
  let document: unknown;
  try {
    document = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { items: [], warnings: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const annotations = annotationList(document);
  if (!annotations) return { items: [], warnings: ['not a W3C annotation collection, page or annotation'] };

  const targets = annotations.map((a) => targetOf(a));
  let chosen = annotations.map((_, i) => i);
  if (options.source !== undefined) {
    // the sources that share the most trailing path segments with the one named (at least its file name)
    const scores = targets.map((t) => (t.source === undefined ? 0 : segmentsInCommon(t.source, options.source!)));
    const top = Math.max(0, ...scores);
    const distinct = new Set(targets.map((t) => t.source));
    if (top > 0) chosen = chosen.filter((i) => scores[i] === top);
    else if (distinct.size > 1) {
      chosen = [];
      warnings.push(`no annotation targets ${options.source}`);
    }
  }
  const points = options.text !== undefined ? new CodePoints(options.text) : undefined;
  const items: ImportedAnnotation[] = [];
  for (const i of chosen) {
    const item = toImported(annotations[i], targets[i].selectors, points);
    if (typeof item === 'string') warnings.push(`annotation ${String(annotations[i].id ?? i + 1)}: ${item}`);
    else items.push(item);
  }
  return { items, warnings };
}

/** The distinct sources a W3C collection's annotations target (their `target.source`), in order of appearance. */
export function w3cTargetSources(content: string): string[] {
  let document: unknown;
  try {
    document = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return [];
  }
  const sources = (annotationList(document) ?? []).map((annotation) => targetOf(annotation).source);
  return [...new Set(sources.filter((source): source is string => typeof source === 'string' && source !== ''))];
}

function annotationList(document: unknown): Json[] | undefined {
  if (Array.isArray(document)) return document.filter(isObject);
  if (!isObject(document)) return undefined;
  const type = types(document);
  if (type.includes('Annotation')) return [document];
  if (type.includes('AnnotationPage')) return pageItems(document);
  if (type.includes('AnnotationCollection')) {
    const found: Json[] = [];
    let page: unknown = document.first;
    const seen = new Set<unknown>();
    while (isObject(page) && !seen.has(page)) {
      seen.add(page);
      found.push(...pageItems(page));
      page = page.next;
    }
    return found;
  }
  return undefined;
}

function pageItems(page: Json): Json[] {
  return Array.isArray(page.items) ? page.items.filter(isObject) : [];
}

function targetOf(annotation: Json): { source?: string; selectors: Json[] } {
  const target = Array.isArray(annotation.target) ? annotation.target.find(isObject) : annotation.target;
  if (typeof target === 'string') return { source: target, selectors: [] };
  if (!isObject(target)) return { selectors: [] };
  const selector = target.selector;
  const selectors = Array.isArray(selector) ? selector.filter(isObject) : isObject(selector) ? [selector] : [];
  // a selector may refine another (refinedBy): take those too
  for (const s of [...selectors]) if (isObject(s.refinedBy)) selectors.push(s.refinedBy);
  return { source: typeof target.source === 'string' ? target.source : typeof target.id === 'string' ? target.id : undefined, selectors };
}

function toImported(annotation: Json, selectors: Json[], points: CodePoints | undefined): ImportedAnnotation | string {
  const quote = selectors.find((s) => types(s).includes('TextQuoteSelector'));
  const position = selectors.find((s) => types(s).includes('TextPositionSelector'));
  if (!quote || typeof quote.exact !== 'string' || quote.exact === '') return 'no TextQuoteSelector with exact text';
  const bodies = (Array.isArray(annotation.body) ? annotation.body : annotation.body === undefined ? [] : [annotation.body]).filter(isObject);
  const valueOf = (purpose: string) => bodies.filter((b) => purposes(b).includes(purpose) && typeof b.value === 'string').map((b) => b.value as string);
  const kindProperty = annotation['newsmark:kind'];
  const classified = valueOf('classifying').find((v) => v === 'direct' || v === 'scare' || v === 'figure');
  const rawValue = annotation['newsmark:value'];
  const kind =
    kindProperty === 'direct' || kindProperty === 'scare' || kindProperty === 'figure'
      ? kindProperty
      : (classified ?? (typeof rawValue === 'number' ? 'figure' : 'direct'));
  const item: ImportedAnnotation = { type: kind === 'figure' ? 'figure' : 'quote', exact: quote.exact };
  if (typeof quote.prefix === 'string') item.prefix = quote.prefix;
  if (typeof quote.suffix === 'string') item.suffix = quote.suffix;
  if (position && Number.isInteger(position.start) && Number.isInteger(position.end)) {
    const start = position.start as number;
    const end = position.end as number;
    item.start = points ? points.fromCodePoint(start) : start;
    item.end = points ? points.fromCodePoint(end) : end;
  }
  const note = valueOf('commenting');
  if (note.length) item.note = note.join('\n\n');
  const tags = valueOf('tagging');
  if (tags.length) item.tags = tags;
  if (item.type === 'quote') {
    item.kind = kind === 'scare' ? 'scare' : 'direct';
    item.speaker = valueOf('identifying')[0] ?? null;
    const role = annotation['newsmark:role'];
    if (typeof role === 'string') item.role = role;
  } else {
    item.value = typeof rawValue === 'number' && Number.isFinite(rawValue) ? rawValue : null;
    const unit = annotation['newsmark:unit'];
    item.unit = typeof unit === 'string' ? unit : null;
  }
  return item;
}

/**
 * How many trailing path segments two source references share (`https://example.org/news/a/x.txt` and
 * `/home/me/a/x.txt` share 2); 0 when their file names differ.
 */
export function segmentsInCommon(a: string, b: string): number {
  const segments = (s: string) => {
    let path = s.replace(/^[a-z][a-z0-9+.-]*:(\/\/[^/]*)?/i, '').replace(/[?#].*$/, '');
    try {
      path = decodeURIComponent(path);
    } catch {
      /* keep it encoded */
    }
    return path.split(/[\\/]+/).filter((p) => p && p !== '.');
  };
  const x = segments(a);
  const y = segments(b);
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(value: Json): string[] {
  const type = value.type ?? value['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function purposes(body: Json): string[] {
  const purpose = body.purpose;
  return (Array.isArray(purpose) ? purpose : [purpose]).filter((p): p is string => typeof p === 'string');
}
