import { personFromEntity, type PersonAnnotation, type QuoteAnnotation, type FigureAnnotation, type SourceAnnotations } from '../annotations';
import type { Analysis } from '../model';
import type { SidecarModel } from './types';

// Sidecar model (already merged with the analysis) → the views' SourceAnnotations.

export function toAnnotations(model: SidecarModel, text: string, analysis: Analysis): SourceAnnotations {
  const found = new Map(analysis.quotes.map((q) => [`${q.start}:${q.end}`, q]));
  const statements = new Map<string, number>();
  let nextStatement = 0;
  const span = (t: { start: number; end: number }, orphaned: boolean) => {
    // an orphan has no place in the text any more: an empty span where it was, clamped to the text
    if (orphaned) {
      const at = Math.min(t.start, text.length);
      return { start: at, end: at };
    }
    return { start: t.start, end: t.end };
  };
  const quotes: QuoteAnnotation[] = model.quotes.map((item) => {
    const key = item.statement ?? item.id;
    let statement = statements.get(key);
    if (statement === undefined) statements.set(key, (statement = nextStatement++));
    const q: QuoteAnnotation = {
      id: item.id,
      ...span(item.target, item.status === 'orphaned'),
      text: item.text,
      status: item.status,
      speaker: item.speaker ?? null,
      role: item.role ?? null,
      kind: item.kind ?? 'direct',
      statement,
    };
    const machine = item.status !== 'orphaned' ? found.get(`${item.target.start}:${item.target.end}`) : undefined;
    if (machine?.speakerMention && machine.speaker === q.speaker) q.speakerMention = machine.speakerMention;
    if (item.note !== undefined) q.note = item.note;
    if (item.tags) q.tags = item.tags;
    return q;
  });
  const figures: FigureAnnotation[] = model.figures.map((item) => {
    const f: FigureAnnotation = { id: item.id, ...span(item.target, item.status === 'orphaned'), text: item.text, status: item.status, value: item.value ?? null, unit: item.unit ?? null };
    if (item.approximation !== undefined) f.approximation = item.approximation;
    if (item.note !== undefined) f.note = item.note;
    if (item.tags) f.tags = item.tags;
    return f;
  });
  const byName = new Map(model.entities.map((e) => [e.name, e]));
  const people: PersonAnnotation[] = analysis.entities.map((entity) => {
    const person = personFromEntity(entity);
    const saved = byName.get(entity.name);
    if (saved?.note !== undefined) person.note = saved.note;
    if (saved?.links) person.links = saved.links;
    return person;
  });
  const inAnalysis = new Set(analysis.entities.map((e) => e.name));
  for (const saved of model.entities) {
    if (inAnalysis.has(saved.name)) continue;
    const person: PersonAnnotation = { name: saved.name, kind: saved.kind ?? 'person', aliases: saved.aliases ?? [], role: saved.role ?? null, roles: saved.role ? [saved.role] : [], mentions: [] };
    if (saved.note !== undefined) person.note = saved.note;
    if (saved.links) person.links = saved.links;
    people.push(person);
  }
  return { articles: analysis.articles, quotes, figures, people };
}
