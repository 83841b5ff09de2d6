// The sidecar: every annotation of `<source>.annotations.yaml` (docs/sidecar.md, schema/annotations.schema.json).
//
// API (pure functions, text in → text out; the caller reads and writes the files):
//   loadSidecar(text): SidecarLoad
//       parse + validate; { ok: true, sidecar, document } or { ok: false, problems } (1-based line/column).
//   updateSidecar(existing | null, { name, text }, analysis): { text, model } | { problems }
//       re-anchor + merge the fresh analysis; `text` is byte-identical to `existing` when nothing changed;
//       problems (and no text) when `existing` is broken — then nothing must be written. A sidecar that is
//       exactly a first extraction's output and would not change is recognised without parsing (unchanged.ts).
//   annotationsFor(existing | null, sourceText, analysis): { annotations, problems }
//       the views' model (ids = the ids updateSidecar writes), without writing; a broken sidecar gives
//       problems and the analysis alone.
//   editSidecar(existing | null, { name, text }, analysis, edit): { text, id? } | { problems }
//       merges like updateSidecar, then applies one editor command (SidecarEdit); `id` is the item's.
//   locateInSidecar(text, id): { line, column } | undefined   (1-based; id of a quote/figure or an entity name)
//
// Edits: confirm/reject set the status (of an orphan: its `was`); setSpeaker (+role when given) and addQuote /
// addFigure on an existing span make an item `edited` unless it is `manual`; note '' and tags [] remove them;
// addQuote/addFigure on a new span add a `manual` item; entityNote sets an entity's note and/or links (adding
// the entity if needed). An unknown id, an empty or out-of-range span give a problem at 1:1.
// Files: types (model, KEY_ORDER), hash (FNV-1a), ids, validate (JSON Schema), parse, anchor, merge, write
// (in-place Document update), canonical (a new sidecar without a Document), layout, unchanged, same, edit,
// views (→ SourceAnnotations), locate.
import type { Document } from 'yaml';
import type { SourceAnnotations } from '../annotations';
import type { Analysis } from '../model';
import { applyEdit, type SidecarEdit } from './edit';
import { mergeModel } from './merge';
import { loadSidecar } from './parse';
import { sameModel } from './same';
import { unchangedMachineSidecar } from './unchanged';
import { toAnnotations } from './views';
import { writeSidecar } from './write';
import type { SidecarModel, SidecarProblem } from './types';

export type { SidecarEdit } from './edit';
export type { SidecarLoad } from './parse';
export type { SidecarArticle, SidecarEntity, SidecarFigure, SidecarItem, SidecarModel, SidecarProblem, SidecarQuote, SidecarTarget } from './types';
export { MAX_SIDECAR_BYTES, SIDECAR_VERSION } from './types';
export { loadSidecar } from './parse';
export { locateInSidecar } from './locate';
export { reanchor } from './anchor';
export { fnv1a64 } from './hash';
export { mergeModel } from './merge';
export { writeSidecar } from './write';
export { sameModel } from './same';

export function updateSidecar(existing: string | null, source: { name: string; text: string }, analysis: Analysis): { text: string; model: SidecarModel } | { problems: SidecarProblem[] } {
  const unchanged = existing === null ? undefined : unchangedMachineSidecar(existing, source, analysis);
  if (existing !== null && unchanged) return { text: existing, model: unchanged };
  return updateByMerge(existing, source, analysis);
}

/** updateSidecar's full path: parse, validate, merge, print into the person's Document. */
export function updateByMerge(existing: string | null, source: { name: string; text: string }, analysis: Analysis): { text: string; model: SidecarModel } | { problems: SidecarProblem[] } {
  const loaded = load(existing);
  if ('problems' in loaded) return loaded;
  const model = mergeModel(loaded.model, source, analysis);
  return { text: render(existing, loaded, model), model };
}

export function annotationsFor(existing: string | null, sourceText: string, analysis: Analysis): { annotations: SourceAnnotations; problems: SidecarProblem[] } {
  const loaded = load(existing);
  const problems = 'problems' in loaded ? loaded.problems : [];
  const old = 'problems' in loaded ? null : loaded.model;
  const model = mergeModel(old, { name: old?.source.path ?? '', text: sourceText }, analysis);
  return { annotations: toAnnotations(model, sourceText, analysis), problems };
}

export function editSidecar(existing: string | null, source: { name: string; text: string }, analysis: Analysis, edit: SidecarEdit): { text: string; id?: string } | { problems: SidecarProblem[] } {
  const loaded = load(existing);
  if ('problems' in loaded) return loaded;
  const merged = mergeModel(loaded.model, source, analysis);
  const result = applyEdit(merged, source.text, edit);
  if (!result.ok) return { problems: [{ message: result.message, line: 1, column: 1 }] };
  return { text: render(existing, loaded, result.model), id: result.id };
}

type Loaded = { model: SidecarModel | null; document: Document | null } | { problems: SidecarProblem[] };

function load(existing: string | null): Loaded {
  if (existing === null) return { model: null, document: null };
  const result = loadSidecar(existing);
  return result.ok ? { model: result.sidecar, document: result.document } : { problems: result.problems };
}

function render(existing: string | null, loaded: { model: SidecarModel | null; document: Document | null }, model: SidecarModel): string {
  if (existing !== null && loaded.model && sameModel(loaded.model, model)) return existing;
  return writeSidecar(loaded.document, model);
}
