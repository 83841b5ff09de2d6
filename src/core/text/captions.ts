// Picture captions scraped into an article's text: a line that ends in a credit in parentheses ("… in
// Montreal. ( THE CANADIAN PRESS FILE PHOTO )", "… (Steve Lawrence/CBC)") or opens with one ("Tijana Martin /
// The Canadian Press Anne Marie Cerato and Patrick Bardos."), and bylines ("By Jane Doe"). Who a caption shows
// or who wrote the story is no subject of its narrative: the next "he says" in the article proper refers to
// someone the narrative is about.

const MAX_CREDIT = 120;

/**
 * Whether the line `text.slice(lineStart, lineEnd)` is a picture caption (its credit ends or opens it) or a
 * byline: neither is narrative.
 */
export function isCaptionLine(text: string, lineStart: number, lineEnd: number): boolean {
  return isCreditLine(text, lineStart, lineEnd) || isByline(text, lineStart, lineEnd);
}

/** A picture caption's line: its credit ends or opens it. */
function isCreditLine(text: string, lineStart: number, lineEnd: number): boolean {
  return endsWithCredit(text, lineStart, lineEnd) || opensWithCredit(text, lineStart, lineEnd);
}

const MAX_BYLINE = 120;
// "By Jane Doe", "By Jane Doe, Reuters"; "Tyler Durden | Zero Hedge": a name, then at most its outlet
// ("By Jane Doe  |  December 4, 2026  |  Photographs by …": or fields set off by bars)
const BYLINE = /^(?:By \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:,? [^,.|]{1,40}|(?:[ \u00a0]+\|[ \u00a0]+[^|]{1,50}){1,3})?|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} \| [^|]{1,40})$/u;

/** The author's line, `By Jane Doe` or `Tyler Durden | Zero Hedge`: who wrote the story is not whom it is about. */
function isByline(text: string, lineStart: number, lineEnd: number): boolean {
  if (lineEnd - lineStart > MAX_BYLINE) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  return (line.startsWith('By ') || line.includes(' | ')) && BYLINE.test(line);
}

/** `… ( Peter Lee / Waterloo Region Record )`, `(Photo: City of Surrey)`: a parenthesised credit closes the line. */
function endsWithCredit(text: string, lineStart: number, lineEnd: number): boolean {
  let end = lineEnd;
  while (end > lineStart && isBlank(text.charCodeAt(end - 1))) end--;
  if (end <= lineStart || text.charCodeAt(end - 1) !== 41) return false; // )
  let open = end - 2;
  while (open >= lineStart && end - open < MAX_CREDIT && text.charCodeAt(open) !== 40 && text.charCodeAt(open) !== 41) open--;
  if (open < lineStart || text.charCodeAt(open) !== 40 || open === lineStart) return false; // a line that is all parentheses is no caption
  for (let i = open + 1; i < end - 1; i++) if (text.charCodeAt(i) === 47 && isCreditSlash(text, i)) return true; // "Name / Outlet"
  return /^\(\s*(?:photo\b|[A-Z][A-Z ]*\bPHOTO\b)/i.test(text.slice(open, Math.min(end, open + 40)));
}

/** A slash between a photographer's name and an outlet's: a letter before it, a capital after it ("3/4" is none). */
function isCreditSlash(text: string, at: number): boolean {
  let before = at - 1;
  while (text.charCodeAt(before) === 32) before--;
  let after = at + 1;
  while (text.charCodeAt(after) === 32) after++;
  return /\p{L}/u.test(text.charAt(before)) && /\p{Lu}/u.test(text.charAt(after));
}

/** `Tijana Martin / The Canadian Press Anne Marie Cerato …`: two or three capitalised words and a slash open the line. */
function opensWithCredit(text: string, lineStart: number, lineEnd: number): boolean {
  const end = Math.min(lineEnd, lineStart + 60);
  let slash = lineStart;
  while (slash < end && text.charCodeAt(slash) !== 47) slash++;
  return slash < end && CREDIT_OPENING.test(text.slice(lineStart, end)); // most lines have no slash there
}

const CREDIT_OPENING = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2} ?\/ ?\p{Lu}/u;

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0;
}

/** Captions are short: a longer line is the article's own text. */
const MAX_CAPTION_LINE = 500;

/**
 * Answers "is `at` on a caption line?" for a text, remembering the line last looked at: offsets that move
 * forward cost one look per line (two native scans for its ends), so a pass over the text stays linear, and a
 * walk back from a quotation looks at the few lines it crosses.
 */
export class CaptionLines {
  private from = 0;
  private to = 0;
  private caption = false;
  private byline = false;

  constructor(private readonly text: string) {}

  has(at: number): boolean {
    if (at >= this.from && at < this.to) return this.caption;
    const start = at > 0 ? this.text.lastIndexOf('\n', at - 1) + 1 : 0;
    const newline = this.text.indexOf('\n', at);
    const end = newline < 0 ? this.text.length : newline;
    // (the byline asked once: it is a caption line too)
    const short = end - start <= MAX_CAPTION_LINE;
    this.byline = short && isByline(this.text, start, end);
    this.caption = this.byline || (short && isCreditLine(this.text, start, end));
    this.from = start;
    this.to = end + 1;
    return this.caption;
  }

  /** Whether the line holding `at` is the story's byline: its author is nobody a pronoun in it may mean. */
  isByline(at: number): boolean {
    return this.has(at) && this.byline;
  }
}
