import { flatCopy } from './text/flat';
import { resolveDollar } from './extract/figures/currency';
import { segmentArticles, type Line } from './extract/segments';
import { toEntities } from './entities/entities';
import { blockStarts } from './blocks';
import { attributeRepeats } from './duplicateQuotes';
import { RunMemo } from './entities/capitalisedRuns';
import { analyseBlocks, placedFigure, placedLine, placedQuote, statementCount, type BlockAnalysis, type PlacedBlock } from './blockAnalysis';
import { peopleByName, unifyPeople } from './unifyPeople';
import type { Analysis, Entity, Figure, Quote } from './model';

/** Options of `analyze`; every stage runs by default. */
export interface AnalyzeOptions {
  /** Skip figures (they have their own extractor and bench). */
  figures?: boolean;
}

/**
 * Analyses the given blocks' texts, in order; `dollar` is what a bare `$` means in the source (null: skip
 * figures); `runs` is shared by the blocks of one analysis (see analyseBlock).
 */
export type BlockAnalyser = (blockTexts: readonly string[], dollar: string | null, runs: RunMemo) => BlockAnalysis[];

/**
 * Analyses one source text: its articles (segments), quotes with their speakers, figures and people.
 * Pure and linear in the length of `text`: no I/O, offsets are string indices into `text` exactly as given.
 *
 * A long source is analysed block by block (see blocks.ts), and what spans blocks is decided over the whole
 * text: articles and their duplicates, which dollar a bare `$` is, and who is who across blocks.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  // a block cut from a longer text is a view into it (V8's sliced string), which every character read goes
  // through: each is read as a flat copy instead. A 64 KiB block of two-byte text is over V8's largest regular
  // object, so the copies are large-object allocations, but every stage reads every block: 5 MiB analysed ~3 %
  // faster in CPU time (alternated A/B, cycled and varied news)
  return analyzeBlockwise(text, options, (blockTexts, dollar, runs) => analyseBlocks(blockTexts.map((block) => (block.length < text.length ? flatCopy(block) : block)), dollar, runs), false);
}

/**
 * `analyze` with the blocks analysed by `analyseBlockTexts`: the incremental analyser passes one that reuses
 * the blocks an edit did not touch, so it returns exactly what `analyze` does. `blocksKept`: the analyser
 * keeps the block analyses it returns, so they are copied into the result, never changed.
 */
export function analyzeBlockwise(text: string, options: AnalyzeOptions, analyseBlockTexts: BlockAnalyser, blocksKept: boolean): Analysis {
  const dollar = options.figures === false ? null : resolveDollar(text);
  const starts = blockStarts(text);
  const runs = new RunMemo();
  const analyses = analyseBlockTexts(starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length)), dollar, runs);
  const blocks: PlacedBlock[] = starts.map((start, i) => ({ start, analysis: analyses[i], owned: !blocksKept }));
  const quotes = placedQuotes(blocks);
  const articles = segmentArticles(text, placedLines(blocks));
  attributeRepeats(articles, quotes);
  return { articles, quotes, figures: placedFigures(blocks), entities: sourceEntities(blocks, quotes) };
}

/** The source's lines: each block's, but the empty line its final line break leaves (the next block starts there). */
function placedLines(blocks: readonly PlacedBlock[]): Line[] {
  const lines: Line[] = [];
  blocks.forEach(({ start, analysis, owned }, i) => {
    const count = i < blocks.length - 1 ? analysis.lines.length - 1 : analysis.lines.length;
    for (let k = 0; k < count; k++) lines.push(placedLine(analysis.lines[k], start, owned));
  });
  return lines;
}

function placedQuotes(blocks: readonly PlacedBlock[]): Quote[] {
  const quotes: Quote[] = [];
  let statements = 0;
  for (const { start, analysis, owned } of blocks) {
    // counted before placing: an owned block's quotes are renumbered in place
    const blockStatements = statementCount(analysis.quotes);
    for (const quote of analysis.quotes) quotes.push(placedQuote(quote, start, statements, owned));
    statements += blockStatements;
  }
  return quotes;
}

function placedFigures(blocks: readonly PlacedBlock[]): Figure[] {
  const figures: Figure[] = [];
  for (const { start, analysis, owned } of blocks) for (const figure of analysis.figures) figures.push(placedFigure(figure, start, owned));
  return figures;
}

/**
 * The source's entities. One block: its people as they are. Several: unified across blocks, and each quote's
 * speaker renamed to the name its person has in the whole source. `quotes` are the placed quotes, in block order.
 */
function sourceEntities(blocks: readonly PlacedBlock[], quotes: Quote[]): Entity[] {
  if (blocks.length === 1) return toEntities(blocks[0].analysis.people, quotes);
  const { index, sourcePeople } = unifyPeople(blocks);
  let q = 0;
  for (const [b, { analysis }] of blocks.entries()) {
    const byName = peopleByName(analysis.people.people);
    for (let k = 0; k < analysis.quotes.length; k++, q++) {
      const speaker = quotes[q].speaker;
      const person = speaker === null ? undefined : byName.get(speaker);
      if (person) quotes[q].speaker = sourcePeople[b][person.id]?.name ?? speaker;
    }
  }
  return toEntities(index, quotes);
}
