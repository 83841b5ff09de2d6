import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { annotationsFromAnalysis, type FigureAnnotation, type QuoteAnnotation, type SourceAnnotations } from '../../../src/core/annotations';
import type { ExportSource, ImportEdit, SidecarApi } from '../../../src/core/export';
import type { Analysis } from '../../../src/core/model';

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

interface FakeDoc {
  quotes: QuoteAnnotation[];
  figures: FigureAnnotation[];
}

/**
 * An in-memory stand-in for src/core/sidecar (a JSON "sidecar" of manual items on top of the analysis), so
 * the import logic is tested on its own; it refuses edits that overlap nothing it knows.
 */
export function fakeSidecar(): SidecarApi & { edits: ImportEdit[] } {
  const edits: ImportEdit[] = [];
  const read = (text: string | null): FakeDoc => (text ? (JSON.parse(text) as FakeDoc) : { quotes: [], figures: [] });
  return {
    edits,
    annotationsFor(existing, sourceText, analysis) {
      const base = annotationsFromAnalysis(analysis);
      const doc = read(existing);
      void sourceText;
      return { annotations: { ...base, quotes: [...base.quotes, ...doc.quotes], figures: [...base.figures, ...doc.figures] }, problems: [] };
    },
    editSidecar(existing, source, _analysis, edit) {
      edits.push(edit);
      const doc = read(existing);
      if (edit.type === 'addQuote') {
        const id = `m${edit.start}-${edit.end}`;
        doc.quotes.push({ id, start: edit.start, end: edit.end, text: source.text.slice(edit.start, edit.end), speaker: edit.speaker, role: edit.role ?? null, kind: 'direct', statement: 1000 + doc.quotes.length, status: 'manual' });
        return { text: JSON.stringify(doc), id };
      }
      if (edit.type === 'addFigure') {
        const id = `mf${edit.start}-${edit.end}`;
        doc.figures.push({ id, start: edit.start, end: edit.end, text: source.text.slice(edit.start, edit.end), value: edit.value, unit: edit.unit, status: 'manual' });
        return { text: JSON.stringify(doc), id };
      }
      const item = [...doc.quotes, ...doc.figures].find((i) => i.id === edit.id);
      if (!item) return { problems: [{ message: `no item ${edit.id}`, line: 1, column: 1 }] };
      if (edit.type === 'note') item.note = edit.note;
      else if (edit.type === 'tags') item.tags = edit.tags;
      else if ('speaker' in item) item.speaker = edit.speaker;
      return { text: JSON.stringify(doc) };
    },
  };
}
