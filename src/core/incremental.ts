import { analyzeBlockwise, type AnalyzeOptions } from './analyze';
import { analyseBlock, type BlockAnalysis } from './blockAnalysis';
import type { Analysis } from './model';

/**
 * Analyses successive versions of one document, re-analysing only the blocks an edit changed: the analysis of
 * each block is kept by its text, for the blocks of the latest version only (so what it holds is bounded by
 * the document, and an old version's text is not kept alive). The result is always exactly `analyze(text)`.
 */
export class IncrementalAnalyzer {
  private blocks = new Map<string, BlockAnalysis>();

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const previous = this.blocks;
    const current = new Map<string, BlockAnalysis>();
    const analysis = analyzeBlockwise(text, options, (blockText, dollar) => {
      const known = current.get(blockText) ?? previous.get(blockText);
      const block = known && known.dollar === dollar ? known : analyseBlock(blockText, dollar);
      current.set(blockText, block);
      return block;
    });
    this.blocks = current;
    return analysis;
  }
}
