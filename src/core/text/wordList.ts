// A fixed set of words tested against a stretch of the text in place. The scanners ask "is the word at i..j one
// of these?" hundreds of thousands of times, nearly always for a word that is not: slicing it out to look it up
// in a Set allocates a string and hashes it every time. Here the word's length and first character pick a
// bucket of a few candidates, and `startsWith` compares them where they stand.

export interface WordList {
  /** Whether `text.slice(from, to)` is one of the words, without making that substring. */
  has(text: string, from: number, to: number): boolean;
  /** Whether `text.slice(from, to).toLowerCase()` is one of the words (a list of lowercase ASCII words), in place. */
  hasLowercased(text: string, from: number, to: number): boolean;
}

export function wordList(words: Iterable<string>): WordList {
  const list = [...words].filter((w) => w.length > 0);
  const longest = Math.max(0, ...list.map((w) => w.length));
  // a dense table indexed by length and first character (its low 7 bits): one array read picks the bucket
  const buckets: (string[] | undefined)[] = new Array((longest + 1) * 128).fill(undefined);
  // and per bucket, the second characters its words have (their low 5 bits, as bits of a mask): most words
  // asked about share a bucket's length and first letter with none of its words ("the" and "try")
  const seconds = new Int32Array(buckets.length);
  for (const word of list) {
    const key = bucketKey(word.length, word.charCodeAt(0));
    (buckets[key] ??= []).push(word);
    seconds[key] |= secondBit(word.charCodeAt(1));
  }
  return {
    has(text: string, from: number, to: number): boolean {
      const length = to - from;
      if (length <= 0 || length > longest) return false;
      const key = bucketKey(length, text.charCodeAt(from));
      const bucket = buckets[key];
      if (bucket === undefined || (length > 1 && (seconds[key] & secondBit(text.charCodeAt(from + 1))) === 0)) return false;
      for (let k = 0; k < bucket.length; k++) if (text.startsWith(bucket[k], from)) return true;
      return false;
    },
    hasLowercased(text: string, from: number, to: number): boolean {
      const length = to - from;
      if (length <= 0 || length > longest) return false;
      const key = bucketKey(length, asciiLower(text.charCodeAt(from)));
      const bucket = buckets[key];
      if (bucket === undefined || (length > 1 && (seconds[key] & secondBit(asciiLower(text.charCodeAt(from + 1)))) === 0)) return false;
      for (let k = 0; k < bucket.length; k++) if (equalsLowercased(text, from, bucket[k])) return true;
      return false;
    },
  };
}

/** Whether the text at `from`, lowercased, reads `word` (lowercase ASCII). */
function equalsLowercased(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (asciiLower(text.charCodeAt(from + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * A code unit lowercased as `toLowerCase` would, as far as an ASCII word can tell: A–Z, and the Kelvin sign,
 * the one other character that lowercases to ASCII ("K" → "k"). İ lowercases to two characters, so a word
 * holding it never equals an ASCII word of the same length: left as it is, it mismatches too.
 */
function asciiLower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === 0x212a ? 107 : c;
}

/** The bit of a second character in a bucket's mask (a word of one character sets bit 0: NaN & 31 is 0). */
function secondBit(code: number): number {
  return 1 << (code & 31);
}

function bucketKey(length: number, firstCode: number): number {
  return length * 128 + (firstCode & 127);
}
