import type { Quote } from '../model';
import { tokenize, type TokenBuffer } from '../entities/names';
import { attributionBefore } from './attribution';
import { isHeadlineLine, quoteWords } from './headlines';
import type { SpeakerPhrase } from './phraseWords';
import type { QuotedSpan } from './quotes';
import { sentenceTail } from './sentenceBounds';

/**
 * `‘My mother spent 31 hours on a trolley’: record numbers …` over `Her daughter, Aoife Brennock, said her mother,
 * who has dementia, spent 31 hours on a trolley`: a headline's pull-quote that no body quotation holds (see
 * headlinesFromBody) may put in the speaker's own words what the body reports them saying. Its last words, met
 * in the body outside any quotation, after a speech verb of their sentence, tell whose the words are: `give` is
 * called with that verb's subject. Bounded: the first three quotations of the text.
 */
export function headlinesFromReportedSpeech(text: string, outer: readonly QuotedSpan[], quoteOf: Map<QuotedSpan, Quote>, buffer: TokenBuffer, give: (speaker: SpeakerPhrase, at: number, quote: Quote) => void): void {
  for (let k = 0; k < outer.length && k < 3; k++) {
    const q = outer[k];
    const quote = quoteOf.get(q);
    if (!quote || quote.kind !== 'direct' || quote.speaker !== null || q.openAt !== q.lineStart || !isHeadlineLine(text, q)) continue;
    const words = quoteWords(quote.text).split(' ');
    if (words.length < REPORTED_WORDS + 1) continue;
    const tail = new RegExp(`(?<![\\p{L}\\p{N}])${words.slice(-REPORTED_WORDS).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'giu');
    // (the story under the headline: its first paragraphs)
    const within = text.slice(0, Math.min(text.length, q.lineEnd + STORY_REACH));
    tail.lastIndex = q.lineEnd;
    for (let m = tail.exec(within); m !== null; m = tail.exec(within)) {
      const at = m.index;
      if (outer.some((span) => span.start <= at && at < span.end)) continue;
      const from = Math.max(text.lastIndexOf('\n', at) + 1, at - SENTENCE_REACH);
      const before = sentenceTail(text, tokenize(text, from, at, buffer)).tokens;
      const attribution = attributionBefore(text, before, true);
      if (attribution && attribution.reach === 'clause') give(attribution.speaker, at, quote);
      break;
    }
  }
}

// How many of a pull-quote's last words the body's report must repeat, in order.
const REPORTED_WORDS = 5;
// How far below the headline the body's report may be.
const STORY_REACH = 4000;
// How far back from those words their sentence's attribution may start.
const SENTENCE_REACH = 300;
