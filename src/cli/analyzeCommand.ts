import { analyze } from '../core/analyze';
import type { Analysis } from '../core/model';
import { readSourceFile } from './readSource';
import { collectSources } from './sourceWalk';

export interface SourceAnalysis extends Analysis {
  source: string;
}

/** `newsmark analyze <file|folder>... [--json]`: prints the analysis of every source. */
export function runAnalyze(paths: readonly string[], options: { json: boolean }, out: NodeJS.WritableStream): number {
  const results: SourceAnalysis[] = collectSources(paths).map((source) => ({ source, ...analyze(readSourceFile(source)) }));
  if (options.json) {
    out.write(`${JSON.stringify(results.map(toJson), null, 2)}\n`);
    return 0;
  }
  for (const result of results) {
    out.write(`${result.source}: ${result.articles.length} articles, ${result.quotes.length} quotes, ${result.figures.length} figures, ${result.entities.length} entities\n`);
    for (const quote of result.quotes) {
      out.write(`  ${quote.speaker ?? '(no speaker)'}: “${quote.text}”\n`);
    }
  }
  return 0;
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
