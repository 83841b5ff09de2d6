import { analyzeBlockwise, type AnalyzeOptions } from './analyze';
import { analyseBlocks, type BlockAnalysis } from './blockAnalysis';
import type { Analysis } from './model';
import { flatCopy } from './text/flat';

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
    const analysis = analyzeBlockwise(text, options, (blockTexts, dollar, runs) => {
      // the blocks neither version has analysed (each text once: a document may repeat a block), made together
      const fresh = new Set<string>();
      for (const blockText of blockTexts) {
        if (current.has(blockText) || fresh.has(blockText)) continue;
        const known = previous.get(blockText);
        if (known && known.dollar === dollar) current.set(blockText, known);
        else fresh.add(blockText);
      }
      // a copy: V8 keeps a slice's whole parent string alive, so a kept block (its lines and quotes are slices)
      // would keep every old version of the document
      const made = [...fresh];
      analyseBlocks(made.map(flatCopy), dollar, runs).forEach((block, i) => current.set(made[i], block));
      return blockTexts.map((blockText) => current.get(blockText)!);
    }, true);
    this.blocks = current;
    return analysis;
  }
}
