import { analyze } from '../core/analyze';
import type { Analysis } from '../core/model';
import { readSource } from './readSource';
import { collectSources } from './sourceWalk';

export interface SourceAnalysis extends Analysis {
  source: string;
}

/**
 * `newsmark analyze <file|folder>... [--json]`: prints the analysis of every source. Sources that cannot be
 * read as text (binary, invalid UTF-8, too large) are reported on stderr; binary and oversized ones are
 * listed with empty results so the JSON still has one element per source file.
 */
export function runAnalyze(paths: readonly string[], options: { json: boolean }, out: NodeJS.WritableStream, err: NodeJS.WritableStream = process.stderr): number {
  const results: SourceAnalysis[] = [];
  for (const source of collectSources(paths)) {
    const { text, problem } = readSource(source);
    if (problem) err.write(`newsmark: ${source}: ${problem.message}\n`);
    results.push({ source, ...analyze(text) });
  }
  if (options.json) {
    out.write(`${JSON.stringify(results.map(toJson), null, 2)}\n`);
    return 0;
  }
  for (const result of results) writeSummary(result, out);
  return 0;
}

/** "1 segment", "4 quotes". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function writeSummary(result: SourceAnalysis, out: NodeJS.WritableStream): void {
  const direct = result.quotes.filter((q) => q.kind === 'direct');
  const counted = [count(result.articles.length, 'segment'), `${count(direct.length, 'quote')} (+${result.quotes.length - direct.length} scare)`, count(result.figures.length, 'figure'), count(result.entities.length, 'entity', 'entities')];
  out.write(`${result.source}: ${counted.join(', ')}\n`);
  for (const article of result.articles) {
    if (article.kind === 'boilerplate') continue;
    out.write(`  [${article.kind}${article.duplicateOf !== undefined ? ` of ${article.duplicateOf}` : ''}] ${truncate(article.title, 90)}\n`);
  }
  for (const quote of direct) {
    const who = quote.speaker ? `${quote.speaker}${quote.role ? ` (${quote.role})` : ''}` : '(no speaker)';
    out.write(`    ${who}: “${truncate(quote.text, 100)}”\n`);
  }
  const scare = result.quotes.filter((q) => q.kind === 'scare').map((q) => `“${truncate(q.text, 40)}”`);
  if (scare.length) out.write(`    scare quotes: ${scare.join(', ')}\n`);
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The CLI's JSON contract: exactly these fields, in this order. */
function toJson(result: SourceAnalysis) {
  return {
    source: result.source,
    articles: result.articles.map(({ title, start, end, kind }) => ({ title, start, end, kind })),
    quotes: result.quotes.map(({ start, end, text, speaker, role, kind, statement }) => ({ start, end, text, speaker, role, kind, statement })),
    figures: result.figures.map(({ start, end, text, value, unit }) => ({ start, end, text, value, unit })),
    entities: result.entities.map(({ name, kind, aliases, role }) => ({ name, kind, aliases, role })),
  };
}
