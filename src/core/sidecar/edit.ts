import { targetFor } from './anchor';
import { allocateId } from './ids';
import { byPosition } from './merge';
import type { QuoteKind } from '../model';
import type { SidecarFigure, SidecarItem, SidecarModel, SidecarQuote } from './types';

// The editor's commands as pure changes of the model.

export type SidecarEdit =
  | { type: 'confirm' | 'reject'; id: string }
  | { type: 'setSpeaker'; id: string; speaker: string; role?: string | null }
  | { type: 'note'; id: string; note: string }
  | { type: 'tags'; id: string; tags: string[] }
  | { type: 'addQuote'; start: number; end: number; speaker: string | null; role?: string | null; kind?: QuoteKind }
  | { type: 'addFigure'; start: number; end: number; value: number | null; unit: string | null }
  | { type: 'entityNote'; name: string; note?: string; links?: string[] };

export type EditResult = { ok: true; model: SidecarModel; id?: string } | { ok: false; message: string };

export function applyEdit(model: SidecarModel, sourceText: string, edit: SidecarEdit): EditResult {
  const next: SidecarModel = { ...model, quotes: model.quotes.map((q) => ({ ...q })), figures: model.figures.map((f) => ({ ...f })), entities: model.entities.map((e) => ({ ...e })) };
  switch (edit.type) {
    case 'confirm':
    case 'reject': {
      const item = find(next, edit.id);
      if (!item) return missing(edit.id);
      const status = edit.type === 'confirm' ? 'confirmed' : 'rejected';
      if (item.status === 'orphaned') item.was = status;
      else item.status = status;
      return { ok: true, model: next, id: item.id };
    }
    case 'setSpeaker': {
      const quote = next.quotes.find((q) => q.id === edit.id);
      if (!quote) return missing(edit.id, 'quote');
      quote.speaker = edit.speaker;
      if (edit.role !== undefined) quote.role = edit.role;
      editedStatus(quote);
      return { ok: true, model: next, id: quote.id };
    }
    case 'note': {
      const item = find(next, edit.id);
      if (!item) return missing(edit.id);
      if (edit.note.trim() === '') delete item.note;
      else item.note = edit.note;
      return { ok: true, model: next, id: item.id };
    }
    case 'tags': {
      const item = find(next, edit.id);
      if (!item) return missing(edit.id);
      const tags = [...new Set(edit.tags.map((t) => t.trim()).filter(Boolean))];
      if (tags.length) item.tags = tags;
      else delete item.tags;
      return { ok: true, model: next, id: item.id };
    }
    case 'addQuote':
    case 'addFigure': {
      const { start, end } = edit;
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= sourceText.length)) {
        return { ok: false, message: `cannot annotate ${start}..${end}: not a non-empty span of the source` };
      }
      const block = edit.type === 'addQuote' ? next.quotes : next.figures;
      const existing = (block as SidecarItem[]).find((item) => item.status !== 'orphaned' && item.target.start === start && item.target.end === end);
      if (existing) {
        if (edit.type === 'addQuote') {
          const quote = existing as SidecarQuote;
          quote.speaker = edit.speaker;
          if (edit.role !== undefined) quote.role = edit.role;
          if (edit.kind !== undefined) quote.kind = edit.kind;
        } else {
          const figure = existing as SidecarFigure;
          figure.value = edit.value;
          figure.unit = edit.unit;
        }
        editedStatus(existing);
        return { ok: true, model: next, id: existing.id };
      }
      const exact = sourceText.slice(start, end);
      const used = new Set([...next.quotes, ...next.figures].map((item) => item.id));
      const id = allocateId(edit.type === 'addQuote' ? 'q' : 'f', exact, 0, used);
      const target = targetFor(sourceText, start, end);
      if (edit.type === 'addQuote') {
        const quote: SidecarQuote = { id, status: 'manual', text: exact, speaker: edit.speaker, role: edit.role ?? null, kind: edit.kind ?? 'direct', target };
        next.quotes = [...next.quotes, quote].sort(byPosition);
      } else {
        const figure: SidecarFigure = { id, status: 'manual', text: exact, value: edit.value, unit: edit.unit, target };
        next.figures = [...next.figures, figure].sort(byPosition);
      }
      return { ok: true, model: next, id };
    }
    case 'entityNote': {
      let entity = next.entities.find((e) => e.name === edit.name);
      if (!entity) {
        entity = { name: edit.name };
        next.entities.push(entity);
      }
      if (edit.note !== undefined) {
        if (edit.note.trim() === '') delete entity.note;
        else entity.note = edit.note;
      }
      if (edit.links !== undefined) {
        const links = [...new Set(edit.links.map((l) => l.trim()).filter(Boolean))];
        if (links.length) entity.links = links;
        else delete entity.links;
      }
      return { ok: true, model: next, id: entity.name };
    }
  }
}

/** A person changed the item's content: `edited`, unless they made it (`manual`). */
function editedStatus(item: SidecarItem): void {
  if (item.status === 'orphaned') {
    if (item.was !== 'manual') item.was = 'edited';
  } else if (item.status !== 'manual') item.status = 'edited';
}

function find(model: SidecarModel, id: string): SidecarItem | undefined {
  return model.quotes.find((q) => q.id === id) ?? model.figures.find((f) => f.id === id);
}

function missing(id: string, what = 'annotation'): EditResult {
  return { ok: false, message: `no ${what} with id '${id}' in the sidecar` };
}
