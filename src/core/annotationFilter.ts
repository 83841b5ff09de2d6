import { ANNOTATION_STATUSES, type AnnotationStatus, type FigureAnnotation, type QuoteAnnotation } from './annotations';

/**
 * What the tree's filter box understands: free words match the text (and speaker) of an item,
 * `speaker:<name>` its speaker (any part of the name), `status:<status>` its status (several allowed),
 * `kind:direct|scare|figure` its kind. Quotes around a value keep spaces: `speaker:"John Healey"`.
 */
export interface AnnotationFilter {
  /** The query as typed, for display. */
  readonly query: string;
  readonly words: readonly string[];
  readonly speakers: readonly string[];
  readonly statuses: readonly AnnotationStatus[];
  readonly kinds: readonly ('direct' | 'scare' | 'figure')[];
  /** Terms the filter did not understand (an unknown status, say), to tell the person. */
  readonly ignored: readonly string[];
}

const TERM = /(\w+):(?:"([^"]*)"|(\S+))|"([^"]*)"|(\S+)/g;

/** Parses a filter query; undefined when it is empty. */
export function parseAnnotationFilter(query: string): AnnotationFilter | undefined {
  const words: string[] = [];
  const speakers: string[] = [];
  const statuses: AnnotationStatus[] = [];
  const kinds: AnnotationFilter['kinds'][number][] = [];
  const ignored: string[] = [];
  for (const match of query.matchAll(TERM)) {
    const [term, field, quotedValue, bareValue, quotedWords, word] = match;
    if (field === undefined) {
      words.push(fold(quotedWords ?? word ?? ''));
      continue;
    }
    const value = fold(quotedValue ?? bareValue ?? '');
    switch (field.toLowerCase()) {
      case 'speaker':
      case 'by':
        speakers.push(value);
        break;
      case 'status':
      case 'is':
        if ((ANNOTATION_STATUSES as readonly string[]).includes(value)) statuses.push(value as AnnotationStatus);
        else ignored.push(term);
        break;
      case 'kind':
        if (value === 'direct' || value === 'scare' || value === 'figure') kinds.push(value);
        else ignored.push(term);
        break;
      default:
        words.push(fold(term)); // "10:30" or "note:" are words, not fields we know
    }
  }
  const filter = { query: query.trim(), words: words.filter(Boolean), speakers, statuses, kinds, ignored };
  return filter.words.length + speakers.length + statuses.length + kinds.length + ignored.length > 0 ? filter : undefined;
}

export function quoteMatches(quote: QuoteAnnotation, filter: AnnotationFilter): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes(quote.kind)) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(quote.status)) return false;
  const speaker = fold(quote.speaker ?? '');
  if (filter.speakers.length > 0 && !filter.speakers.some((wanted) => speaker.includes(wanted))) return false;
  const haystack = `${fold(quote.text)}\n${speaker}\n${fold(quote.role ?? '')}\n${fold(quote.note ?? '')}`;
  return filter.words.every((word) => haystack.includes(word));
}

export function figureMatches(figure: FigureAnnotation, filter: AnnotationFilter): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes('figure')) return false;
  if (filter.speakers.length > 0) return false; // figures have no speaker
  if (filter.statuses.length > 0 && !filter.statuses.includes(figure.status)) return false;
  const haystack = `${fold(figure.text)}\n${fold(figure.unit ?? '')}\n${fold(figure.note ?? '')}`;
  return filter.words.every((word) => haystack.includes(word));
}

/** Case- and accent-blind comparison: "sakaliene" finds "Sakalienė". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
