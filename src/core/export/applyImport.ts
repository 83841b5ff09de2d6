import type { SourceAnnotations } from '../annotations';
import type { Analysis } from '../model';
import { annotationsFor, editSidecar } from '../sidecar';
import { anchorIn } from './anchor';
import type { ImportedAnnotation } from './importTypes';

/** `{ message, line, column }` as src/core/sidecar reports it (1-based line and column in the sidecar). */
export interface ImportProblem {
  message: string;
  line: number;
  column: number;
}

/** The sidecar edits an import makes (a subset of src/core/sidecar's `SidecarEdit`). */
export type ImportEdit =
  | { type: 'addQuote'; start: number; end: number; speaker: string | null; role?: string | null; kind?: 'direct' | 'scare' }
  | { type: 'addFigure'; start: number; end: number; value: number | null; unit: string | null }
  | { type: 'note'; id: string; note: string }
  | { type: 'tags'; id: string; tags: string[] }
  | { type: 'setSpeaker'; id: string; speaker: string; role?: string | null };

/** The two functions of src/core/sidecar an import needs (the real ones by default; tests wrap them to record the edits). */
export interface SidecarApi {
  annotationsFor(existingSidecarText: string | null, sourceText: string, analysis: Analysis): { annotations: SourceAnnotations; problems: ImportProblem[] };
  editSidecar(existing: string | null, source: { name: string; text: string }, analysis: Analysis, edit: ImportEdit): { text: string; id?: string } | { problems: ImportProblem[] };
}

export interface ImportResult {
  /** The new sidecar text (unchanged — possibly null — when nothing was added). */
  sidecar: string | null;
  /** Items added to the sidecar as `manual`. */
  added: number;
  /**
   * Items whose span was already annotated but lacked what the import brings — a note, tags, a speaker — which
   * were filled in (a note or speaker only where there was none, tags added to the ones there).
   */
  updated: number;
  /** Items whose span is already annotated with everything they bring, or rejected (an import never overwrites). */
  skipped: number;
  /** Items not found in the current text. */
  notFound: number;
  /** Items the sidecar refused, with its problems. */
  failed: number;
  problems: ImportProblem[];
  /** One line per skipped, missing or failed item, for the person importing. */
  messages: string[];
}

/**
 * Applies imported annotations to a source's sidecar: each is anchored in the current text (see `anchorIn`)
 * and added as a `manual` quote or figure, then given its note and tags. A span that already holds a quote
 * (for quotes) or a figure (for figures) keeps everything it has: the import only fills in a missing note or
 * speaker and adds new tags (`updated`); otherwise — or when the item there is rejected — it is `skipped`.
 */
export function applyImport(
  existingSidecar: string | null,
  source: { name: string; text: string },
  analysis: Analysis,
  items: readonly ImportedAnnotation[],
  sidecar: SidecarApi = { annotationsFor, editSidecar },
): ImportResult {
  const result: ImportResult = { sidecar: existingSidecar, added: 0, updated: 0, skipped: 0, notFound: 0, failed: 0, problems: [], messages: [] };
  const current = sidecar.annotationsFor(existingSidecar, source.text, analysis);
  if (current.problems.length && existingSidecar !== null) {
    // a sidecar that cannot be read is never written over
    return { ...result, failed: items.length, problems: current.problems, messages: ['the sidecar has problems: fix them before importing'] };
  }
  const taken = new Map<string, SourceAnnotations['quotes'][number] | SourceAnnotations['figures'][number] | null>();
  for (const quote of current.annotations.quotes) taken.set(`quote:${quote.start}-${quote.end}`, quote);
  for (const figure of current.annotations.figures) taken.set(`figure:${figure.start}-${figure.end}`, figure);
  const label = (item: ImportedAnnotation) => `${item.type} “${item.exact.length > 50 ? `${item.exact.slice(0, 49)}…` : item.exact}”`;

  const applyAll = (edits: ImportEdit[], item: ImportedAnnotation) => {
    for (const edit of edits) {
      const edited = sidecar.editSidecar(result.sidecar, source, analysis, edit);
      if ('problems' in edited) {
        result.problems.push(...edited.problems);
        result.messages.push(`${label(item)}: its ${edit.type === 'setSpeaker' ? 'speaker' : edit.type} was not saved: ${edited.problems.map((p) => p.message).join('; ')}`);
      } else {
        result.sidecar = edited.text;
      }
    }
  };
  for (const item of items) {
    const span = anchorIn(source.text, item);
    if (!span) {
      result.notFound++;
      result.messages.push(`${label(item)}: not found in the text`);
      continue;
    }
    const key = `${item.type}:${span.start}-${span.end}`;
    if (taken.has(key)) {
      const existing = taken.get(key);
      const fill = existing && existing.status !== 'rejected' ? fillIns(existing, item) : [];
      if (!fill.length) {
        result.skipped++;
        continue;
      }
      const before = result.messages.length;
      applyAll(fill, item);
      if (result.messages.length === before) result.updated++;
      else result.failed++;
      taken.set(key, null); // filled once: a repeat in the same import is skipped
      continue;
    }
    const edit: ImportEdit =
      item.type === 'quote'
        ? { type: 'addQuote', start: span.start, end: span.end, speaker: item.speaker ?? null, ...(item.role !== undefined ? { role: item.role } : {}), ...(item.kind ? { kind: item.kind } : {}) }
        : { type: 'addFigure', start: span.start, end: span.end, value: item.value ?? null, unit: item.unit ?? null };
    const added = sidecar.editSidecar(result.sidecar, source, analysis, edit);
    if ('problems' in added) {
      result.failed++;
      result.problems.push(...added.problems);
      result.messages.push(`${label(item)}: ${added.problems.map((p) => p.message).join('; ')}`);
      continue;
    }
    result.sidecar = added.text;
    result.added++;
    taken.set(key, null);
    const id = added.id ?? findId(sidecar, result.sidecar, source.text, analysis, item.type, span.start, span.end);
    const followUps: ImportEdit[] = [];
    if (item.note && id) followUps.push({ type: 'note', id, note: item.note });
    if (item.tags?.length && id) followUps.push({ type: 'tags', id, tags: item.tags });
    applyAll(followUps, item);
  }
  return result;
}

/** What an import adds to an item already there without overwriting anything: a missing note or speaker, new tags. */
function fillIns(existing: SourceAnnotations['quotes'][number] | SourceAnnotations['figures'][number], item: ImportedAnnotation): ImportEdit[] {
  const edits: ImportEdit[] = [];
  if ('speaker' in existing && existing.speaker === null && item.speaker) edits.push({ type: 'setSpeaker', id: existing.id, speaker: item.speaker, ...(item.role ? { role: item.role } : {}) });
  if (!existing.note && item.note) edits.push({ type: 'note', id: existing.id, note: item.note });
  const newTags = (item.tags ?? []).filter((tag) => !(existing.tags ?? []).includes(tag));
  if (newTags.length) edits.push({ type: 'tags', id: existing.id, tags: [...(existing.tags ?? []), ...newTags] });
  return edits;
}

function findId(sidecar: SidecarApi, text: string, sourceText: string, analysis: Analysis, type: 'quote' | 'figure', start: number, end: number): string | undefined {
  const { annotations } = sidecar.annotationsFor(text, sourceText, analysis);
  return (type === 'quote' ? annotations.quotes : annotations.figures).find((i) => i.start === start && i.end === end)?.id;
}
