/**
 * Export and import of annotations — pure: no vscode, no Node built-ins (it runs in the web worker too).
 *
 * Export:
 *   exportAnnotations(sources: ExportSource[], format: 'json' | 'jsonl' | 'csv' | 'md' | 'w3c', options?): string
 *   exportAnnotations(sources: ExportSource[], format: 'brat', options?): ExportFile[]   // { path, content }: .txt + .ann per source, annotation.conf
 *     ExportSource  = { path (relative, forward slashes); text (the current text); annotations: SourceAnnotations }
 *     ExportOptions = { onlyConfirmed?, includeRejected?, bom? (csv), exported? (json/w3c timestamp), baseUri? (w3c) }
 *   By default every quote and figure except `rejected` ones is exported; `onlyConfirmed` keeps confirmed,
 *   edited and manual items only. `EXPORT_FORMATS` lists the formats with a label and a file extension.
 *
 * Import (two steps, so a caller can show what it read before writing):
 *   importAnnotations(content, 'w3c' | 'brat', { source?, text? }): { items: ImportedAnnotation[]; warnings: string[] }
 *     w3c: `source` picks the annotations targeting that file; brat: `text` is the .txt the .ann was made on.
 *   applyImport(existingSidecar, { name, text }, analysis, items, sidecar = { annotationsFor, editSidecar }): ImportResult
 *     anchors each item in the current text (anchorIn: exact offsets, nearest exact occurrence, whitespace-
 *     insensitive, fuzzy) and adds it as a `manual` quote or figure with its note and tags. Where the span is
 *     already annotated nothing is overwritten: only a missing note or speaker and new tags are filled in.
 *     Returns the new sidecar text (write it only if it changed) and { added, updated, skipped, notFound, failed }.
 *   importFormatFor(fileName) guesses the format from the extension (.ann → brat, .json/.jsonld → w3c).
 */
import type { ExportFile, ExportOptions, ExportSource } from './common';
import { exportBrat } from './brat';
import { exportCsv } from './csv';
import { exportJson, exportJsonl } from './json';
import { exportMarkdown } from './markdown';
import { exportW3c } from './w3c';
import { importBrat, type BratImportOptions } from './importBrat';
import { importW3c, type W3cImportOptions } from './importW3c';
import type { ImportParse } from './importTypes';

export type { ExportFile, ExportItem, ExportOptions, ExportSource } from './common';
export { keepsStatus, selectedItems } from './common';
export type { ImportedAnnotation, ImportParse } from './importTypes';
export { anchorIn, type AnchorMethod } from './anchor';
export { applyImport, type ImportEdit, type ImportProblem, type ImportResult, type SidecarApi } from './applyImport';
export { exportBrat, bratAnn, BRAT_ANNOTATION_CONF } from './brat';
export { exportCsv, CSV_COLUMNS } from './csv';
export { exportJson, exportJsonl } from './json';
export { exportMarkdown } from './markdown';
export { exportW3c, w3cCollection, W3C_CONTEXT, type W3cAnnotation, type W3cCollection } from './w3c';
export { importBrat, type BratImportOptions } from './importBrat';
export { importW3c, segmentsInCommon, w3cTargetSources, type W3cImportOptions } from './importW3c';

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'md' | 'w3c' | 'brat';
export type ImportFormat = 'w3c' | 'brat';

/** The formats, for pickers and `--format`: a label, the file extension, and whether the export is several files. */
export const EXPORT_FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; extension: string; multiFile: boolean }> = [
  { format: 'json', label: 'JSON (the full model)', extension: 'json', multiFile: false },
  { format: 'jsonl', label: 'JSON Lines (one annotation a line)', extension: 'jsonl', multiFile: false },
  { format: 'csv', label: 'CSV (a spreadsheet row per quote or figure)', extension: 'csv', multiFile: false },
  { format: 'md', label: 'Markdown report', extension: 'md', multiFile: false },
  { format: 'w3c', label: 'W3C Web Annotation (JSON-LD)', extension: 'jsonld', multiFile: false },
  { format: 'brat', label: 'brat standoff (.ann + .txt per source)', extension: 'ann', multiFile: true },
];

export function isExportFormat(value: string): value is ExportFormat {
  return EXPORT_FORMATS.some((f) => f.format === value);
}

export function exportAnnotations(sources: readonly ExportSource[], format: 'brat', options?: ExportOptions): ExportFile[];
export function exportAnnotations(sources: readonly ExportSource[], format: Exclude<ExportFormat, 'brat'>, options?: ExportOptions): string;
export function exportAnnotations(sources: readonly ExportSource[], format: ExportFormat, options?: ExportOptions): string | ExportFile[];
export function exportAnnotations(sources: readonly ExportSource[], format: ExportFormat, options: ExportOptions = {}): string | ExportFile[] {
  switch (format) {
    case 'json':
      return exportJson(sources, options);
    case 'jsonl':
      return exportJsonl(sources, options);
    case 'csv':
      return exportCsv(sources, options);
    case 'md':
      return exportMarkdown(sources, options);
    case 'w3c':
      return exportW3c(sources, options);
    case 'brat':
      return exportBrat(sources, options);
  }
}

/** Reads another tool's annotations (not yet anchored or applied: see `applyImport`). */
export function importAnnotations(content: string, format: ImportFormat, options: W3cImportOptions & BratImportOptions = {}): ImportParse {
  return format === 'brat' ? importBrat(content, options) : importW3c(content, options);
}

/** The import format of a file, by its name: `.ann` → brat, `.json`/`.jsonld` → w3c. */
export function importFormatFor(fileName: string): ImportFormat | undefined {
  if (/\.ann$/i.test(fileName)) return 'brat';
  if (/\.(json|jsonld)$/i.test(fileName)) return 'w3c';
  return undefined;
}
