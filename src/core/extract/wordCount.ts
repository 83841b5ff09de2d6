/** A quotation of this many words reads as speech unless it is title case (see looksLikeSpeech). */
export const SPEECH_WORDS = 6;

/**
 * The words of `text.slice(from, to)`, counted up to SPEECH_WORDS: the callers tell no more apart (a scare
 * quote's two words, speech's six), and most quotations are long.
 */
export function countWords(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  const end = Math.min(to, from + 400);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord && ++n === SPEECH_WORDS) return n;
    inWord = !space;
  }
  return n;
}
