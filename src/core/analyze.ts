import { extractFigures } from './extract/figures';
import type { Analysis, Quote } from './model';

// A first, deliberately simple extractor: paired double quotation marks become direct quotes with no speaker.
// The extraction engine (segmentation, speakers, entities, figures) replaces it behind the same signature.
const QUOTED = /["“”]([^"“”\n]{2,}?)["“”]/g;

/** Analyses one source text. Pure: no I/O, offsets into `text` as given. */
export function analyze(text: string): Analysis {
  const quotes: Quote[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const start = match.index + 1;
    const words = match[1];
    quotes.push({ start, end: start + words.length, text: words, speaker: null, role: null, kind: 'direct', statement: quotes.length });
  }
  return { articles: [{ title: firstLine(text), start: 0, end: text.length, kind: 'main' }], quotes, figures: extractFigures(text), entities: [] };
}

function firstLine(text: string): string {
  return text.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? '';
}
