import type { Analysis, Figure, Quote } from '../../../src/core/model';

// Hand-made analyses for the sidecar tests: a tiny deterministic "extractor" (text in double quotes is a
// quote, digits are figures) so merges can be tested without the real, changing extractor.

export function quoteAt(text: string, words: string, over: Partial<Quote> = {}, from = 0): Quote {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length, text: words, speaker: null, role: null, kind: 'direct', statement: start, ...over };
}

export function figureAt(text: string, words: string, value: number, unit: string | null = null, from = 0): Figure {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length, text: words, value, unit };
}

export function analysisOf(parts: Partial<Analysis> = {}): Analysis {
  return { articles: [], quotes: [], figures: [], entities: [], ...parts };
}

/** Quotes: every "…" span (speaker: the next capitalised word after `said`); figures: every run of digits. */
export function fakeExtract(text: string): Analysis {
  const quotes: Quote[] = [];
  for (const m of text.matchAll(/"([^"\n]+)"/g)) {
    const start = (m.index ?? 0) + 1;
    const after = /^\s*said ([A-Z][a-z]+)/.exec(text.slice(start + m[1].length + 1));
    quotes.push({ start, end: start + m[1].length, text: m[1], speaker: after ? after[1] : null, role: null, kind: after ? 'direct' : 'scare', statement: quotes.length });
  }
  const figures: Figure[] = [];
  for (const m of text.matchAll(/\d+/g)) figures.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], value: Number(m[0]), unit: null });
  const speakers = [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => s !== null))];
  return { articles: [], quotes, figures, entities: speakers.map((name) => ({ name, kind: 'person', aliases: [], role: null })) };
}

export const SOURCE = { name: 'a.txt' };
