import { extractFigures } from './extract/figures';
import { attributeQuotes } from './extract/speakers';
import { findQuotedSpans } from './extract/quotes';
import { segmentArticles } from './extract/segments';
import { PersonIndex } from './entities/coreference';
import { collectPeople } from './entities/mentions';
import { toEntities } from './entities/entities';
import type { Analysis, Span } from './model';
import type { QuotedSpan } from './extract/quotes';

/** Options of `analyze`; every stage runs by default. */
export interface AnalyzeOptions {
  /** Skip figures (they have their own extractor and bench). */
  figures?: boolean;
}

/**
 * Analyses one source text: its articles (segments), quotes with their speakers, figures and people.
 * Pure and linear in the length of `text`: no I/O, offsets are string indices into `text` exactly as given.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const people = new PersonIndex();
  const spans = findQuotedSpans(text);
  collectPeople(text, people, outerQuotations(spans));
  const quotes = attributeQuotes(text, spans, people);
  return {
    articles: segmentArticles(text),
    quotes,
    figures: options.figures === false ? [] : extractFigures(text),
    entities: toEntities(people, quotes),
  };
}

/** The outer quotations in text order, for telling names inside quoted words from the narrative. */
function outerQuotations(spans: readonly QuotedSpan[]): Span[] {
  const outer: Span[] = [];
  for (const s of spans) if (s.nestedIn === undefined) outer.push({ start: s.start, end: s.end });
  return outer.sort((a, b) => a.start - b.start);
}
