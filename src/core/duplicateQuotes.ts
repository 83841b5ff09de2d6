import type { Article, Quote } from './model';

// A scraped page that repeats a paragraph repeats its quotations: the repeat carries no attribution of its own
// worth reading (its neighbours are whatever the scrape put there), so each quotation in a duplicate passage is
// given what the same words were found to be where the text first had them.

/**
 * Gives every quote inside a `duplicate` article the speaker, role and kind of the first quote outside one with the
 * same words (and no mention, when that changes them: the repeat's named someone else).
 */
export function attributeRepeats(articles: readonly Article[], quotes: Quote[]): void {
  const repeats = articles.filter((a) => a.kind === 'duplicate');
  if (repeats.length === 0) return;
  const firstByWords = new Map<string, Quote>();
  let r = 0;
  for (const quote of quotes) {
    while (r < repeats.length && repeats[r].end <= quote.start) r++;
    const repeated = r < repeats.length && repeats[r].start <= quote.start;
    if (!repeated) {
      if (!firstByWords.has(quote.text)) firstByWords.set(quote.text, quote);
      continue;
    }
    const original = firstByWords.get(quote.text);
    if (!original || (original.speaker === quote.speaker && original.kind === quote.kind)) continue;
    quote.speaker = original.speaker;
    quote.role = original.role;
    quote.kind = original.kind;
    // (the repeat's own mention named someone else: the speaker is named where the words first were)
    delete quote.speakerMention;
  }
}
