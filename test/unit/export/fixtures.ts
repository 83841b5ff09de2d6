import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { annotationsFromAnalysis, type FigureAnnotation, type QuoteAnnotation, type SourceAnnotations } from '../../../src/core/annotations';
import type { ExportSource, ImportEdit, SidecarApi } from '../../../src/core/export';
import type { Analysis } from '../../../src/core/model';
import { annotationsFor, editSidecar } from '../../../src/core/sidecar';

/** A hand-made source with everything the exporters must survive: line breaks in a quote, formula-like cells, HTML, pipes, an astral character. */
export function handMade(): ExportSource {
  const text = [
    'Budget | <b>row</b>',
    'Jane Doe, the minister, said: "We will cut =SUM(A1) taxes',
    'by half," adding "@risk".',
    'Prices fell -5% to £1 billion 😀 in 2024.',
    '<script>alert(1)</script> | pipes *stars* "scare" words.',
    '',
  ].join('\n');
  const at = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`fixture: ${needle} not found`);
    return { start, end: start + needle.length, text: needle };
  };
  const jane = at('Jane Doe');
  const quotes: QuoteAnnotation[] = [
    { id: 'q1', ...at('We will cut =SUM(A1) taxes\nby half,'), speaker: 'Jane Doe', role: 'Chancellor', kind: 'direct', statement: 1, speakerMention: { start: jane.start, end: jane.end }, status: 'confirmed', note: 'Check <b>this</b> | *really*', tags: ['tax', '=cmd'] },
    { id: 'q2', ...at('@risk'), speaker: 'Jane Doe', role: null, kind: 'direct', statement: 2, status: 'auto' },
    { id: 'q3', ...at('scare'), speaker: null, role: null, kind: 'scare', statement: 3, status: 'rejected' },
  ];
  const figures: FigureAnnotation[] = [
    { id: 'f1', ...at('-5%'), value: -5, unit: '%', status: 'manual', note: '+1 check' },
    { id: 'f2', ...at('£1 billion'), value: 1e9, unit: 'GBP', status: 'auto' },
    { id: 'f3', ...at('2024'), value: 2024, unit: null, status: 'edited', tags: ['year'] },
  ];
  const annotations: SourceAnnotations = {
    articles: [{ start: 0, end: text.length, title: 'Budget | <b>row</b>', kind: 'main' }],
    quotes,
    figures,
    people: [{ name: 'Jane Doe', kind: 'person', aliases: ['Doe'], role: 'Chancellor', roles: ['Chancellor'], mentions: [{ start: jane.start, end: jane.end }], note: 'Has <i>notes</i>' }],
  };
  return { path: 'news/budget.txt', text, annotations };
}

/** The seed articles (relative to the working folder), analysed, every item `auto`. */
export function seedSources(): ExportSource[] {
  const dir = path.resolve(process.cwd(), 'seeds');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8').replace(/^\uFEFF/, '');
      return { path: `seeds/${name}`, text, annotations: annotationsFromAnalysis(analyze(text)) };
    });
}

export const EMPTY_ANALYSIS: Analysis = { articles: [], quotes: [], figures: [], entities: [] };

/**
 * The real sidecar (src/core/sidecar), recording the edits an import asks of it, so a test can check both the
 * sidecar that results and the order of the edits.
 */
export function recordingSidecar(): SidecarApi & { edits: ImportEdit[] } {
  const edits: ImportEdit[] = [];
  return {
    edits,
    annotationsFor: (existing, sourceText, analysis) => annotationsFor(existing, sourceText, analysis),
    editSidecar(existing, source, analysis, edit) {
      edits.push(edit);
      return editSidecar(existing, source, analysis, edit);
    },
  };
}
