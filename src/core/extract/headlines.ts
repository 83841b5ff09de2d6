import type { Quote } from '../model';
import type { PersonIndex } from '../entities/coreference';
import { isPossessive, tokenize, type Token, type TokenBuffer } from '../entities/names';
import { phraseAt } from './phrases';
import { type SpeakerPhrase } from './phraseWords';
import { DOCUMENT_WORDS } from './documents';
import type { QuotedSpan } from './quotes';
import { isStrongSpeechVerb } from './speechVerbs';
import { countWords } from './wordCount';
import { isLetterCodePoint, isSpaceCode, quoteGlyph } from '../text/chars';

// Headlines: a pull-quote labelled with its speaker, a closing ", says minister", a pull-quote the body repeats.

/**
 * `‘I never wanted to be a politician’: Q&A with Mayor Elena Vasquez`: a headline that opens with a quotation
 * and labels it, after a colon or a dash, with a person the text names in full elsewhere too.
 */
export function headlineLabel(text: string, q: QuotedSpan, people: PersonIndex, buffer: TokenBuffer): SpeakerPhrase | null {
  if (q.closeAt < 0 || q.lineEnd - q.lineStart > HEADLINE_MAX || q.openAt !== q.lineStart) return null;
  const rest = text.slice(q.closeAt + 1, q.lineEnd);
  const label = /^\s*(?::|[—–-]\s)/.exec(rest);
  if (!label || /[.!?]\s*$/.test(rest)) return null;
  const from = q.closeAt + 1 + label[0].length;
  const tokens = tokenize(text, from, q.lineEnd, buffer);
  // the name first, or after an interview's label ("Q&A with", "In conversation with"): not any name in a headline
  let i = 0;
  while (i < tokens.length && i < 5 && INTERVIEW_LABEL.has(tokens[i].lower)) i++;
  const read = i < tokens.length ? phraseAt(text, tokens, i) : null;
  const phrase = read?.phrase;
  // ("‘Nothing to hide’: Tallack defends …": a surname alone, of someone the article names in full)
  const named = phrase && phrase.kind === 'person' ? people.known(phrase.name) : null;
  if (phrase && named && named.kind === 'person' && (phrase.name.includes(' ') || (named.name.includes(' ') && named.name.endsWith(` ${phrase.name}`)))) return phrase;
  // `‘Not on my bus’: driver helps deliver baby`: a bare role ("driver", no article) is whoever the article
  // names with it below the headline
  const head = phrase && phrase.kind === 'description' && i === 0 ? phrase.head : undefined;
  const holder = head && isBareDescription(phrase!.name) ? people.resolveDescriptionAfter(head, q.lineEnd) : null;
  return holder ? { kind: 'person', start: phrase!.start, end: phrase!.end, name: holder.name, role: null } : null;
}
const HEADLINE_MAX = 160;
// How far into a text its headline's line may start (after a kicker or a section label).
const ARTICLE_TOP = 200;

/**
 * `‘He cooked the way he argued’: Ned Corravane, 1943–2024` over the body's `“He cooked the way he argued –
 * loudly,” said his rival Lucien Dufrey`: a headline's pull-quote repeats the words a body quotation opens with,
 * and whose they are is what the body says (the label names whom the story is about; words met inside someone
 * else's quotation are theirs to report, not to own). Bounded: ten headlines, the hundred quotations after each.
 */
export function headlinesFromBody(text: string, outer: readonly QuotedSpan[], quoteOf: Map<QuotedSpan, Quote>): void {
  let headlines = 0;
  // each body quotation's opening and closing keys and words, worked out once when first compared
  const keys: (string | undefined)[] = [];
  const closingKeys: (string | undefined)[] = [];
  const openings: (string | undefined)[] = [];
  for (let k = 0; k < outer.length && headlines < 10; k++) {
    const q = outer[k];
    const quote = quoteOf.get(q);
    const wordCount = quote && isHeadlineLine(text, q) ? countWords(text, q.start, q.end) : 0;
    if (!quote || wordCount < 3) continue;
    // (a pull-quote standing alone on its line was read as a heading: words a body quotation holds are someone's,
    // unless it is title case, a work's name; a pull-quote opens its line: `‘…’: residents say`; a term inside a line is someone's only as it was read,
    // and a pull-quote set as a subheading further down is the page's furniture, as news annotation counts it)
    const pullQuote = q.openAt === q.lineStart;
    // (`… penalty over ‘culture of indifference’`: a term inside the top headline is someone's when the body quotes it)
    const headlineTerm = !pullQuote && q.lineStart <= ARTICLE_TOP && k < 2;
    // (`‘SHE’S A SNOB IN AN APRON’` over `branding her “a snob in an apron”`: a tabloid shouts its pull-quote in capitals)
    const shouted = pullQuote && !/\p{Ll}/u.test(quote.text);
    if (quote.kind !== 'direct' && (!(pullQuote || headlineTerm) || q.lineStart > ARTICLE_TOP || wordCount < 3 || !(shouted || /\s\p{Ll}{4,}/u.test(quote.text)))) continue;
    headlines++;
    const words = ` ${quoteWords(quote.text)} `;
    const key = openingKey(quote.text);
    const closing = closingKey(quote.text);
    const rare = longestWord(quote.text);
    for (let b = k + 1; b < outer.length && b - k <= 100; b++) {
      const body = quoteOf.get(outer[b]);
      if (!body || body.kind !== 'direct' || !body.speaker || isHeadlineLine(text, outer[b])) continue;
      // (a cheap key of the first or last letters first: most quotations open and close otherwise)
      const opens = (keys[b] ??= openingKey(body.text)) === key && (openings[b] ??= ` ${quoteWords(body.text.slice(0, HEADLINE_MAX))} `).startsWith(words);
      // `‘It will loom over every home in this valley’: anger as …` over `‘…, and it will loom over every home in
      // this valley,’ she said`: the pull-quote may end the body's quotation, its own words and not one it quotes
      const closes = !opens && (closingKeys[b] ??= closingKey(body.text)) === closing && endsWithOwnWords(body.text, words);
      // (`“I’m back on the touchline every Saturday”: eye injection …` over `“… Now I’m back on the touchline every
      // Saturday, shouting …”`: anywhere in a quotation that quotes no one else; a rare word of it found first)
      const within = !opens && !closes && (pullQuote || headlineTerm || quote.kind === 'direct') && rare !== '' && body.text.includes(rare) && !OPENING_MARK.test(body.text) && ` ${quoteWords(body.text)} `.includes(words);
      // (a shouted pull-quote may put a few words of its own around the body's: "SHE'S" before "a snob in an apron")
      const holds = shouted && !opens && !closes && !within && countWords(body.text, 0, body.text.length) >= 4 && words.includes(` ${quoteWords(body.text)} `);
      if (!opens && !closes && !within && !holds) continue;
      quote.kind = 'direct';
      quote.speaker = body.speaker;
      quote.role = body.role;
      if (body.speakerMention) quote.speakerMention = body.speakerMention;
      else delete quote.speakerMention;
      break;
    }
  }
}

/** Whether a quotation ends with `words` (as quoteWords gives them, space-padded), no nested quotation near them. */
function endsWithOwnWords(quotation: string, words: string): boolean {
  const tail = quotation.slice(-Math.min(quotation.length, words.length * 2 + 8));
  // (an opening mark in the tail: the words are someone else's the speaker quotes, "he said, 'Not on my bus'")
  return ` ${quoteWords(tail)} `.endsWith(words) && !OPENING_MARK.test(tail);
}

// A mark that opens a quotation inside another (a straight double one faces either way).
const OPENING_MARK = /["\u2018\u201c\u00ab]/u;

/** A headline's line: short, and not ended like a sentence. */
export function isHeadlineLine(text: string, q: QuotedSpan): boolean {
  if (q.lineEnd - q.lineStart > HEADLINE_MAX) return false;
  let end = q.lineEnd;
  while (end > q.lineStart && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === q.lineStart) return false;
  // (a sentence may end inside the closing mark, `… kept rising."`, or a bracket: `(Everything is gone.)`)
  let last = text.charCodeAt(end - 1);
  if (end - 1 > q.lineStart && (quoteGlyph(last) !== undefined || last === 41)) last = text.charCodeAt(end - 2);
  return last !== 46 && last !== 33 && last !== 63;
}

/** The first few letters and digits of a quotation, ASCII lowercased: equal for two that open alike. */
function openingKey(words: string): string {
  return letterKey(words, 0, 1);
}

/** The last few letters and digits of a quotation, in reverse: equal for two that close alike. */
function closingKey(words: string): string {
  return letterKey(words, words.length - 1, -1);
}

function letterKey(words: string, from: number, step: 1 | -1): string {
  let key = '';
  for (let i = from; i >= 0 && i < words.length && key.length < 8; i += step) {
    const c = words.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) key += words[i];
    else if (c >= 65 && c <= 90) key += String.fromCharCode(c | 32);
    else if (c > 127 && isLetterCodePoint(c)) key += words[i].toLowerCase();
  }
  return key;
}

/** The longest run of letters in a quotation (the first of equals), if it has five or more; else ''. */
function longestWord(words: string): string {
  let best = '';
  for (const m of words.matchAll(/\p{L}{5,}/gu)) if (m[0].length > best.length) best = m[0];
  return best;
}

/** A quotation's words for comparing: lowercase letters and digits, one space between. */
export function quoteWords(words: string): string {
  return words.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * `Defences 'would not have saved' village, says minister`, `…, report finds`: a headline (a short line with no
 * full stop) that ends in a comma and a speech verb in the present with its subject on either side is that
 * subject's. A bare role ("minister") is whoever the article names with it below the headline.
 */
export function headlineTrailer(text: string, q: QuotedSpan, people: PersonIndex, buffer: TokenBuffer): SpeakerPhrase | null {
  if (q.closeAt < 0 || q.lineEnd - q.lineStart > HEADLINE_MAX || /[.!?:]\s*$/.test(text.slice(q.closeAt + 1, q.lineEnd))) return null;
  const comma = text.lastIndexOf(',', q.lineEnd);
  if (comma <= q.closeAt) return null;
  const tokens = tokenize(text, comma + 1, q.lineEnd, buffer);
  if (tokens.length < 2 || tokens.length > 6 || tokens.some((t) => t.punct && !isPossessive(t))) return null;
  const reports = (t: Token): boolean => !t.cap && isHeadlineVerb(t.lower);
  let phrase: SpeakerPhrase | null = null;
  if (reports(tokens[0])) phrase = phraseAt(text, tokens, 1)?.phrase ?? null; // ", says minister"
  else if (reports(tokens[tokens.length - 1])) phrase = phraseAt(text, tokens.slice(0, -1), 0)?.phrase ?? bareDocument(tokens); // ", report finds"
  if (!phrase || phrase.end !== tokens[reports(tokens[0]) ? tokens.length - 1 : tokens.length - 2].end) return null;
  if ((phrase.kind === 'description' || phrase.kind === 'anonymous') && phrase.head && isBareDescription(phrase.name)) {
    const holder = people.resolveDescriptionAfter(phrase.head, q.lineEnd);
    if (holder) return { kind: 'person', start: phrase.start, end: phrase.end, name: holder.name, role: null };
  }
  return phrase;
}

/** `report finds`: a headline's bare document noun (itself a verb too, so no phrase reader takes it) before its verb. */
function bareDocument(tokens: Token[]): SpeakerPhrase | null {
  const noun = tokens[0];
  return tokens.length === 2 && !noun.cap && DOCUMENT_WORDS.has(noun.lower) ? { kind: 'anonymous', start: noun.start, end: noun.end, name: noun.text, role: null, head: noun.lower } : null;
}

/** A present-tense verb a headline reports words or findings with ("says", "warns", "finds"). */
function isHeadlineVerb(word: string): boolean {
  return word === 'finds' || (word.endsWith('s') && isStrongSpeechVerb(word));
}

// Words of an interview's label before its subject's name ("Q&A with", "In conversation with").
const INTERVIEW_LABEL = new Set(['q', '&', 'a', 'with', 'an', 'interview', 'in', 'conversation', 'exclusive', ':']);

/** A description with no article or possessive before it ("Housing secretary", "budget chief"): a headline's. */
export function isBareDescription(name: string): boolean {
  return !/^(?:the|a|an|his|her|their|its)\s/i.test(name);
}
