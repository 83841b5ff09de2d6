import { extractFigures } from './extract/figures';
import { attributeQuotes } from './extract/speakers';
import { findQuotedSpans, type QuotedSpan } from './extract/quotes';
import { interviewAnswers } from './extract/interviews';
import { splitLines, type Line } from './extract/segments';
import { PersonIndex } from './entities/coreference';
import { collectPeople } from './entities/mentions';
import { RunMemo } from './entities/capitalisedRuns';
import type { Figure, Quote, Span } from './model';

/**
 * What one block of a source says on its own, offsets relative to the block: its lines as segmentation reads
 * them, its quotes with their speakers, its figures and the people it names. Never changed once made, so an
 * analyser may keep it for the next edit.
 */
export interface BlockAnalysis {
  /** The dollar a bare `$` was read as, or null when figures were skipped: the figures hold for it only. */
  readonly dollar: string | null;
  /** The last is the empty line after the block's final line break: in the source, the next block starts there. */
  readonly lines: readonly Line[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly people: PersonIndex;
}

/**
 * Analyses one block (`dollar` null: without figures). `runs` holds what the source's other blocks worked out
 * about the capitalised runs they share: it changes how fast, never what, a block finds.
 */
export function analyseBlock(text: string, dollar: string | null, runs = new RunMemo()): BlockAnalysis {
  return analyseBlocks([text], dollar, runs)[0];
}

/**
 * Analyses several blocks, each exactly as analyseBlock does, stage by stage: every block's quotation marks,
 * then every block's people, and so on. Block by block, the stages take turns every 64 KiB; stage by stage,
 * each runs on over the whole source with its code and data warm, and 5 MiB of varied news is analysed 11–16 %
 * faster (CPU and wall time, alternated A/B).
 */
export function analyseBlocks(texts: readonly string[], dollar: string | null, runs = new RunMemo()): BlockAnalysis[] {
  const spans = texts.map((text) => {
    const quoted = findQuotedSpans(text);
    // (appended: a nested span's `nestedIn` is an index among the marked ones)
    const marked = quoted.length;
    for (const answer of interviewAnswers(text, quoted)) quoted.push(answer);
    nestInAnswers(quoted, marked);
    return quoted;
  });
  const people = texts.map((text, i) => {
    const index = new PersonIndex();
    collectPeople(text, index, outerQuotations(spans[i]), runs);
    return index;
  });
  const quotes = texts.map((text, i) => attributeQuotes(text, spans[i], people[i]));
  const lines = texts.map((text) => splitLines(text));
  const figures = texts.map((text) => (dollar === null ? [] : extractFigures(text, dollar)));
  return texts.map((_, i) => ({ dollar, lines: lines[i], quotes: quotes[i], figures: figures[i], people: people[i] }));
}

/**
 * `A: … One woman told us, ‘If I drink, I lose my row.’ …`: a quotation inside an answer is one the interviewee
 * quotes, nested in the answer (the answers are `spans[firstAnswer..]`, in text order).
 */
function nestInAnswers(spans: QuotedSpan[], firstAnswer: number): void {
  if (firstAnswer === spans.length) return;
  let a = firstAnswer;
  for (let i = 0; i < firstAnswer; i++) {
    const span = spans[i];
    if (span.nestedIn !== undefined) continue;
    while (a < spans.length && spans[a].end < span.start) a++;
    if (a < spans.length && spans[a].start <= span.start && span.end <= spans[a].end) span.nestedIn = a;
  }
}

/** The outer quotations in text order, for telling names inside quoted words from the narrative. */
function outerQuotations(spans: readonly QuotedSpan[]): Span[] {
  const outer: Span[] = [];
  for (const s of spans) if (s.nestedIn === undefined) outer.push({ start: s.start, end: s.end });
  return outer.sort((a, b) => a.start - b.start);
}

/** A block and where it starts in the source. */
export interface PlacedBlock {
  readonly start: number;
  readonly analysis: BlockAnalysis;
  /**
   * Made for this analysis alone (nobody keeps it for a later one): placing it in the source moves its lines,
   * quotes and figures in place instead of copying them, which a fresh analysis of a long text is mostly made of.
   */
  readonly owned: boolean;
}

// Placing a kept block's results in the source copies them (they are shared with the next analysis, never
// changed). Spans and lines are the many, so they are copied field by field: a spread is several times slower.

/** A copy of `span` (with whatever else it holds) moved `by` characters on. */
export function shifted<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

export function shiftedSpan(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

/** A block's line placed in the source: moved in place when the block is owned, else a moved copy. */
export function placedLine(line: Line, by: number, owned: boolean): Line {
  if (!owned) return { start: line.start + by, end: line.end + by, text: line.text, kind: line.kind, key: line.key, check: line.check };
  line.start += by;
  line.end += by;
  return line;
}

export function placedFigure(figure: Figure, by: number, owned: boolean): Figure {
  if (!owned) return shifted(figure, by);
  figure.start += by;
  figure.end += by;
  return figure;
}

/** A block's quote placed in the source: offsets moved on, statement numbers after those of earlier blocks. */
export function placedQuote(quote: Quote, by: number, statementsBefore: number, owned: boolean): Quote {
  const placed = owned ? quote : { ...quote };
  placed.start += by;
  placed.end += by;
  placed.statement += statementsBefore;
  // always a copy: a speaker mention is shared with the quotes that go on and with a person's mentions
  if (quote.speakerMention) placed.speakerMention = shiftedSpan(quote.speakerMention, by);
  return placed;
}

/** How many statements a block's quotes make (they are numbered 0… in text order). */
export function statementCount(quotes: readonly Quote[]): number {
  let count = 0;
  for (const quote of quotes) count = Math.max(count, quote.statement + 1);
  return count;
}
