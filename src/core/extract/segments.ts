import type { Article } from '../model';
import { isSpaceCode } from '../text/chars';
import { ParagraphsSeen } from './paragraphsSeen';

/** A line of the source with what it looks like. */
export interface Line {
  start: number;
  end: number;
  text: string;
  kind: LineKind;
  /** The paragraph's hash for finding repeats (see hashParagraph), 0 for a line too short to count. */
  key: number;
  /** A second, independent hash of the paragraph: two paragraphs are repeats when both agree. */
  check: number;
}

type LineKind = 'blank' | 'furniture' | 'relatedMarker' | 'prose' | 'short';

// Site furniture: comment boxes, share widgets, "Related Articles", timestamps, bylines, datelines, sources.
const FURNITURE = [
  /^(?:comments?|no comments yet\.*|leave a (?:reply|comment)|share(?: this(?: article)?)?|tweet|email|print|subscribe|sign up|log ?in|advertisement|ad|skip to (?:main )?content|read more|continue reading|show more|load more|try our ai features|explore what .{1,40} can do for you:?|link to article|key points:?|follow us|click here.*|source:.*|photo:.*|image:.*|\(?(?:photo|image|file photo) .{0,60}\)?|[\w .-]{1,40} \| [\w .-]{1,40}|(?:by|from) [\p{Lu}][\p{L} .'-]{1,60}|[-–—] ?[\p{Lu}][\p{L}\d .&()'-]{0,40}|@\w+)$/iu,
  /^(?:\d+|an?|one) (?:seconds?|minutes?|hours?|days?|weeks?|months?) ago$/i,
  /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .{0,30}\d{1,2}:\d{2}.{0,10}$/i,
  /^(?:(?:last )?updated|published|posted|last modified)\b.{0,60}$/i,
  // a credit line with no writer: "CityNews Staff", "The Canadian Press", "Reuters"
  /^(?:[\p{Lu}][\p{L}.&'-]*\s){0,3}(?:staff|staff writer|staff reporter|news staff|wire services?)$|^(?:the canadian press|the associated press|associated press|reuters|agence france-presse|afp|bloomberg news)$/iu,
  /^[—–-] .{1,80}\(@\w+\).{0,40}$/u,
  // "By Jane Doe, Staff Reporter": a byline with the writer's desk (capitalised names: case matters here)
  /^(?:By|BY) \p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'.-]*){0,3}, [\p{L} &'-]{1,40}$/u,
  // the page's pointers to elsewhere: "Story continues below advertisement", "READ MORE: <another headline>"
  /^(?:story|article) continue[sd]? below\b.{0,20}$|^(?:read more|watch|related|also read|listen|more)\s?:\s?\S.{0,120}$/i,
  // a share widget's row of networks, a newsletter box, the copyright line
  /^(?:(?:share (?:on|via|to) )?(?:facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|pinterest|print|copy link|messenger|telegram|flipboard|share)[ \t|,·•]*){2,}$/i,
  // "By Marcus Lee · The Canadian Press": a byline and its outlet; "Comments are closed for this story."
  /^(?:By|BY) \p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'.-]*){0,3} ?[·•|/] ?[\p{L}\d &'.-]{1,40}$/u,
  /^comments (?:are|have been) (?:closed|disabled|turned off)\b.{0,40}$/i,
  /^(?:sign up|subscribe)\b.{0,80}$|^get (?:the latest|our) .{0,60}(?:inbox|email)\.?$/i,
  /^©.{0,120}$|^(?:\(c\)|copyright) ?©? ?\d{4}\b.{0,100}$|all rights reserved\.?$/i,
];
const RELATED_MARKER = /^(?:related(?: articles| stories| coverage| content| news| posts)?|more from .{1,40}|you may also like|recommended(?: for you)?|most (?:read|popular)|trending|read (?:next|also)|see also|more stories|other news):?$/i;

/**
 * Splits a source into articles: the main article, related-article cards and bodies (after a "Related
 * Articles" marker, or introduced by an outlet-and-headline card), duplicates of earlier passages (say which)
 * and site furniture. Segments are runs of whole lines; every non-blank line belongs to exactly one segment.
 *
 * A paragraph met before starts a duplicate; the duplicate then goes on for as long as the lines repeat the
 * earlier passage line for line, short ones too ("Also,", an outlet's name: too common to be found as repeats
 * on their own), and takes in the short lines just before it that repeat the lines before the original.
 */
export function segmentArticles(text: string, lines: readonly Line[] = splitLines(text)): Article[] {
  const articles: Article[] = [];
  const seen = new ParagraphsSeen();
  // the article each line went to (by line index), for the article a repeated passage was first in
  const articleOfLine = new Int32Array(lines.length).fill(-1);
  let mode: 'main' | 'related' = 'main';
  let current: Article | null = null;
  let currentFirstLine = -1;
  // while `current` is a duplicate: the line of the original passage its last line repeats
  let originLine = -1;
  // a card needs the main article's body begun: before it, short lines and furniture are its header (headline,
  // byline, timestamps), never another article's card
  let mainProseSeen = false;
  let firstMain: Article | null = null;
  const siteLines = siteNameLines(lines);

  const open = (kind: Article['kind'], i: number, title: string, duplicateOf?: number): Article => {
    const line = lines[i];
    const article: Article = { title, start: line.start, end: line.end, kind };
    if (duplicateOf !== undefined) article.duplicateOf = duplicateOf;
    articles.push(article);
    currentFirstLine = i;
    articleOfLine[i] = articles.length - 1;
    return article;
  };
  const extend = (i: number): void => {
    current!.end = lines[i].end;
    articleOfLine[i] = articles.length - 1;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'blank') continue;
    if (line.kind === 'relatedMarker') {
      mode = 'related';
      current = open('boilerplate', i, line.text);
      continue;
    }
    if (current?.kind === 'duplicate') {
      const next = nextNonBlank(lines, originLine + 1);
      if (next >= 0 && next < currentFirstLine && sameLine(lines[next], line)) {
        originLine = next;
        extend(i);
        continue;
      }
    }
    if (line.kind === 'furniture' || siteLines.has(i)) {
      if (current?.kind === 'boilerplate') extend(i);
      else current = open('boilerplate', i, line.text);
      continue;
    }
    const key = line.key;
    const earlierLine = key !== 0 ? seen.get(key, line.check) : undefined;
    if (earlierLine !== undefined) {
      const earlier = articleOfLine[earlierLine];
      if (current?.kind === 'duplicate' && current.duplicateOf === earlier) extend(i);
      else {
        // the short lines at the end of the current segment that repeat those before the original, line for line
        const floor = current === null || current.kind === 'duplicate' ? i : current === firstMain ? currentFirstLine + 1 : currentFirstLine;
        const lead = repeatedLead(lines, i, earlierLine, floor);
        if (lead.from === currentFirstLine) articles.pop();
        else if (lead.from < i) current!.end = lines[previousNonBlank(lines, lead.from - 1)].end;
        current = open('duplicate', lead.from, lines[lead.from].text.slice(0, 120), articleOfLine[lead.originFrom]);
        for (let k = lead.from; k <= i; k++) if (lines[k].kind !== 'blank') extend(k);
      }
      originLine = earlierLine;
      continue;
    }
    // ("Related Articles", two headlines, a blank line, then prose: a list of links, after which the main text resumes)
    if (mode === 'related' && line.kind === 'prose' && current?.kind === 'related' && linkListEnds(lines, currentFirstLine, i)) {
      mode = 'main';
      current = open('main', i, firstMain?.title ?? line.text.slice(0, 160));
      firstMain ??= current;
      mainProseSeen = true;
      if (key !== 0) seen.add(key, line.check, i);
      continue;
    }
    // a card: outlet line, (time), "- outlet", headline; or a short headline line followed by prose after a blank
    // gap or right after a duplicate ends
    const afterBreak = i === 0 || lines[i - 1].kind === 'blank' || current?.kind === 'duplicate';
    const card = line.kind === 'short' && (mode === 'related' || mainProseSeen) && afterBreak ? cardAt(lines, i) : null;
    // inside the main article a short line before prose is a subheading ("What critics say"), no card: only a
    // card's furniture ("- Japan Times", "15 minutes ago") or the site's furniture before it makes one there
    const startsCard = card === 'furniture' || (card === 'prose' && (mode === 'related' || current?.kind !== 'main'));
    if (startsCard) {
      const headline = cardHeadline(lines, i);
      current = open('related', i, headline);
      mode = 'related';
    } else if (!current || current.kind === 'boilerplate' || current.kind === 'duplicate') {
      const kind = mode === 'related' ? 'related' : 'main';
      if (kind === 'main' && firstMain) {
        // main text resumes after furniture: another part of the main article, under its title
        current = open('main', i, firstMain.title);
      } else current = open(kind, i, line.text.slice(0, 160));
      if (kind === 'main') firstMain ??= current;
    } else extend(i);
    if (current.kind === 'main' && line.kind === 'prose') mainProseSeen = true;
    if (key !== 0) seen.add(key, line.check, i);
  }
  if (articles.length === 0) return [{ title: '', start: 0, end: text.length, kind: 'main' }];
  return articles;
}

/**
 * Whether the lines `from..to-1` are a list of links right after a "Related" marker — two or more headline-long
 * lines in a row, no blank between them — and a blank line ends it before line `to`.
 */
function linkListEnds(lines: readonly Line[], from: number, to: number): boolean {
  const marker = previousNonBlank(lines, from - 1);
  if (marker < 0 || lines[marker].kind !== 'relatedMarker' || lines[to - 1]?.kind !== 'blank') return false;
  let last = to - 1;
  while (last > from && lines[last].kind === 'blank') last--;
  if (last - from < 1) return false;
  // (a headline may end in a question mark, which reads as prose: "Why are train drivers striking again?")
  for (let k = from; k <= last; k++) if (lines[k].kind === 'blank' || lines[k].text.length > LINK_MAX) return false;
  return true;
}

const LINK_MAX = 100;

const SITE_NAME_LETTERS = { min: 4, max: 30 };
/** The longest a site name is as written: four words of at most 30 letters and digits in all. */
const SITE_NAME_MAX = 45;

/**
 * The lines that are the site's own furniture, by the site's name: a scraped page repeats it in its title
 * ("Headline | ZeroHedge"), a byline ("Tyler Durden | Zero Hedge"), its header ("Zero Hedge") and tagline
 * ("ZeroHedge - On a long enough timeline…"). A name is taken from what follows the last " | " of a short line,
 * and counts once the page uses it twice; letters and digits only, case ignored ("Zero Hedge" is "ZeroHedge").
 * Read over the whole source: the lines are never changed (an analyser may keep them).
 */
function siteNameLines(lines: readonly Line[]): Set<number> {
  const uses = new Map<string, number>();
  for (const line of lines) {
    if (!mayBeSiteLine(line)) continue;
    const name = siteKey(afterLastBar(line.text));
    if (name !== null) uses.set(name, 0);
  }
  const found = new Set<number>();
  if (uses.size === 0) return found;
  // a line that starts with no name's first letter can only end with one (" | ZeroHedge"): asked cheaply first
  const initials = new Set([...uses.keys()].map((key) => key.charCodeAt(0)));
  const named: Array<[number, string]> = [];
  for (let i = 0; i < lines.length; i++) {
    if (!mayBeSiteLine(lines[i])) continue;
    const text = lines[i].text;
    const opens = initials.has(text.charCodeAt(0) | 0x20);
    const key = usedKey(uses, opens ? siteKey(text) : null) ?? usedKey(uses, siteKey(afterLastBar(text))) ?? (opens ? usedKey(uses, siteKey(beforeDash(text))) : null);
    if (key === null) continue;
    uses.set(key, uses.get(key)! + 1);
    named.push([i, key]);
  }
  for (const [i, key] of named) if (uses.get(key)! >= 2) found.add(i);
  return found;
}

/** `key` when it names one of the sites, else null. */
function usedKey(uses: ReadonlyMap<string, number>, key: string | null): string | null {
  return key !== null && uses.has(key) ? key : null;
}

/** A title, byline, header or tagline: a short line that does not end like a sentence (see classify). */
function mayBeSiteLine(line: Line): boolean {
  return line.kind === 'short' || line.kind === 'furniture';
}

/** A site name's key: its letters and digits, lowercased, when it is one to four words of 4–30 of them; else null. */
function siteKey(name: string | null): string | null {
  if (name === null || name.length > SITE_NAME_MAX) return null;
  let spaces = 0;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) spaces++;
  if (spaces > 3) return null;
  const key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key.length >= SITE_NAME_LETTERS.min && key.length <= SITE_NAME_LETTERS.max ? key : null;
}

function afterLastBar(text: string): string | null {
  const bar = text.lastIndexOf(' | ');
  return bar < 0 ? null : text.slice(bar + 3);
}

const SPACED_DASH = /\s[-–—]\s/;

/** "ZeroHedge - On a long enough timeline…": the part before a spaced dash. */
function beforeDash(text: string): string | null {
  const dash = SPACED_DASH.exec(text.length > SITE_NAME_MAX + 3 ? text.slice(0, SITE_NAME_MAX + 3) : text);
  return dash === null ? null : text.slice(0, dash.index);
}

/** What makes the short line at `i` a card's start: furniture within three lines ("- Outlet", a time-ago line), or prose; null for neither. */
function cardAt(lines: readonly Line[], i: number): 'furniture' | 'prose' | null {
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
    if (lines[j].kind === 'furniture') return 'furniture';
    if (lines[j].kind === 'prose') return lines[i].kind === 'short' ? 'prose' : null;
  }
  return null;
}

/** The first non-blank line at or after `i`, or -1. */
function nextNonBlank(lines: readonly Line[], i: number): number {
  for (; i < lines.length; i++) if (lines[i].kind !== 'blank') return i;
  return -1;
}

/** The last non-blank line at or before `i`, or -1. */
function previousNonBlank(lines: readonly Line[], i: number): number {
  for (; i >= 0; i--) if (lines[i].kind !== 'blank') return i;
  return -1;
}

/** Two lines that say the same: both paragraphs' hashes agree, or a short line's words are the same. */
function sameLine(a: Line, b: Line): boolean {
  return a.key !== 0 ? a.key === b.key && a.check === b.check : b.key === 0 && a.text === b.text;
}

/**
 * Where a duplicate that repeats line `original` at line `at` starts: back over the short lines (too short to
 * be found as repeats) from `floor` on that repeat, one for one, the lines before the original. With the
 * original line the first of them repeats.
 */
function repeatedLead(lines: readonly Line[], at: number, original: number, floor: number): { from: number; originFrom: number } {
  let from = at;
  let originFrom = original;
  for (;;) {
    const a = previousNonBlank(lines, from - 1);
    const o = previousNonBlank(lines, originFrom - 1);
    if (a < floor || o < 0 || lines[a].key !== 0 || (lines[a].kind !== 'short' && lines[a].kind !== 'furniture') || !sameLine(lines[a], lines[o])) break;
    from = a;
    originFrom = o;
  }
  return { from, originFrom };
}

/** A card's headline: the first short line after its outlet line that is not a "- Outlet" line (else its first line). */
function cardHeadline(lines: readonly Line[], i: number): string {
  for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
    const line = lines[j];
    if (line.kind === 'short' && !/^[-–—]/.test(line.text)) return line.text;
  }
  return lines[i].text;
}

/** The lines of `text` as segmentArticles reads them (a caller analysing a text in parts may pass its own). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let lead = start;
    while (lead < contentEnd && isSpaceCode(text.charCodeAt(lead))) lead++;
    let tail = contentEnd;
    while (tail > lead && isSpaceCode(text.charCodeAt(tail - 1))) tail--;
    const trimmed = text.slice(lead, tail);
    const line: Line = { start: lead, end: tail, text: trimmed, kind: classify(trimmed), key: 0, check: 0 };
    if (tail - lead >= 25) hashParagraph(text, line);
    lines.push(line);
    if (end >= text.length) break;
    start = end + 1;
  }
  return lines;
}

function classify(line: string): LineKind {
  if (line === '') return 'blank';
  // a long line ending like a sentence is prose: skip the furniture patterns (this runs on every line)
  const last = line.charCodeAt(line.length - 1);
  if (line.length > 60 && (last === 46 || last === 33 || last === 63 || last === 34 || last === 0x201d || last === 0x2019)) return 'prose';
  if (line.length <= 80 && RELATED_MARKER.test(line)) return 'relatedMarker';
  if (line.length <= 120 && FURNITURE.some((re) => re.test(line))) return 'furniture';
  if (line.length <= 120 && !/[.!?:"”’]$/.test(line)) return 'short';
  return 'prose';
}

/**
 * Sets the line's key (never 0) and check: two 30-bit hashes of its letters and digits, case and punctuation
 * ignored (so quote styles and spacing do not hide a repeat); leaves them 0 when it has fewer than 20 of them.
 * 30 bits each so that V8 keeps them as small integers, not as boxed doubles in every line and in the map of
 * paragraphs seen. It reads the first 256 and the last 64 of them only: this runs on every line, and two
 * paragraphs agreeing at both ends and in length are repeats. The line is read in place in `text`.
 */
function hashParagraph(text: string, line: Line): void {
  const from = line.start;
  const to = line.end;
  let h1 = 0x811c9dc5;
  let h2 = 0x1000193;
  let n = 0;
  let i = from;
  // Without a branch per character: a space or a mark leaves the hashes as they are through a mask (`keep`
  // is -1 for a significant character, else 0). About one character in five is skipped, at no pattern the
  // processor can predict: branching on each one cost a third of the line split (same hashes either way).
  for (; i < to && n < 256; i++) {
    const c = significantCode(text.charCodeAt(i));
    const keep = -((c + 0xffff) >>> 16);
    h1 ^= (Math.imul(h1 ^ c, 0x01000193) ^ h1) & keep;
    h2 ^= (Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15) ^ h2) & keep;
    n -= keep;
  }
  if (n < 20) return;
  for (let j = to - 1, m = 0; j >= i && m < 64; j--) {
    const c = significantCode(text.charCodeAt(j));
    const keep = -((c + 0xffff) >>> 16);
    h1 ^= (Math.imul(h1 ^ c, 0x01000193) ^ h1) & keep;
    m -= keep;
  }
  h2 = Math.imul(h2 ^ ((to - from) >>> 4), 0x5bd1e995);
  line.key = h1 >>> 2 || 1;
  line.check = h2 >>> 2;
}

/** A letter or digit, lowercased (ASCII), or 0 for spaces, punctuation and quotation marks. */
function significantCode(c: number): number {
  if (c < 128) return SIGNIFICANT_ASCII[c];
  return (c >= 0x2000 && c <= 0x206f) || c === 0xa0 || c === 0xab || c === 0xbb ? 0 : c;
}

// significantCode of the ASCII characters, looked up: hashParagraph asks it of nearly every character of the text
const SIGNIFICANT_ASCII = Int32Array.from({ length: 128 }, (_, c) => {
  if (c >= 97) return c <= 122 ? c : 0;
  if (c >= 65) return c <= 90 ? c | 32 : 0;
  return c >= 48 && c <= 57 ? c : 0;
});
