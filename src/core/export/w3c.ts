import { CodePoints, exportedAt, isAnchored, prefixOf, selectedItems, suffixOf, type ExportItem, type ExportOptions, type ExportSource } from './common';

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), JSON-LD serialisation.

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'identifying' | 'commenting' | 'tagging' | 'classifying' | 'describing';
  value: string;
}

export interface W3cTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface W3cTextPositionSelector {
  type: 'TextPositionSelector';
  /** Unicode code points, as the model counts them (equal to string indices unless the text has astral characters). */
  start: number;
  end: number;
}

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'tagging' | 'commenting' | 'highlighting';
  body: W3cTextualBody[];
  target: { source: string; selector: Array<W3cTextQuoteSelector | W3cTextPositionSelector> };
  'newsmark:kind': 'direct' | 'scare' | 'figure';
  'newsmark:status': string;
  'newsmark:role'?: string;
  'newsmark:value'?: number | null;
  'newsmark:unit'?: string | null;
}

export interface W3cCollection {
  '@context': typeof W3C_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

/**
 * `w3c`: one `AnnotationCollection` with every kept quote and figure. Each annotation targets its source (the
 * relative path, or `baseUri` + path) with a TextQuoteSelector (exact, ≤32-character prefix and suffix) and a
 * TextPositionSelector; speaker, note, tags and kind are TextualBody items with a purpose; the status, role,
 * value and unit are `newsmark:` properties.
 */
export function exportW3c(sources: readonly ExportSource[], options: ExportOptions = {}): string {
  return `${JSON.stringify(w3cCollection(sources, options), null, 2)}\n`;
}

export function w3cCollection(sources: readonly ExportSource[], options: ExportOptions = {}): W3cCollection {
  const items: W3cAnnotation[] = [];
  for (const source of sources) {
    const points = new CodePoints(source.text);
    for (const item of selectedItems(source.annotations, options)) items.push(toAnnotation(source, item, points, options));
  }
  const generated = exportedAt(options);
  const id = `urn:newsmark:export:${generated}`;
  return {
    '@context': W3C_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Newsmark annotations',
    generated,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

function toAnnotation(source: ExportSource, item: ExportItem, points: CodePoints, options: ExportOptions): W3cAnnotation {
  const body: W3cTextualBody[] = [];
  const kind = item.type === 'quote' ? item.kind : 'figure';
  if (item.type === 'quote' && item.speaker) body.push({ type: 'TextualBody', purpose: 'identifying', value: item.speaker });
  body.push({ type: 'TextualBody', purpose: 'classifying', value: kind });
  if (item.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: item.note });
  for (const tag of item.tags ?? []) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });

  const quoteSelector: W3cTextQuoteSelector = { type: 'TextQuoteSelector', exact: item.text };
  const selector: W3cAnnotation['target']['selector'] = [quoteSelector];
  if (isAnchored(source.text, item)) {
    quoteSelector.prefix = prefixOf(source.text, item.start);
    quoteSelector.suffix = suffixOf(source.text, item.end);
    selector.push({ type: 'TextPositionSelector', start: points.toCodePoint(item.start), end: points.toCodePoint(item.end) });
  }
  const annotation: W3cAnnotation = {
    id: `urn:newsmark:${encodeURI(source.path)}#${encodeURIComponent(item.id)}`,
    type: 'Annotation',
    motivation: item.type === 'figure' ? 'tagging' : item.speaker ? 'identifying' : item.note ? 'commenting' : 'highlighting',
    body,
    target: { source: targetSource(source.path, options.baseUri), selector },
    'newsmark:kind': kind,
    'newsmark:status': item.status,
  };
  if (item.type === 'quote' && item.role) annotation['newsmark:role'] = item.role;
  if (item.type === 'figure') {
    annotation['newsmark:value'] = item.value;
    annotation['newsmark:unit'] = item.unit;
  }
  return annotation;
}

function targetSource(path: string, baseUri: string | undefined): string {
  if (!baseUri) return path;
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return baseUri.endsWith('/') ? `${baseUri}${encoded}` : `${baseUri}/${encoded}`;
}
