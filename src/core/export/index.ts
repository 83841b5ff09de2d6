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
export { EXPORT_FORMATS, exportAnnotations, importAnnotations, importFormatFor, isExportFormat, type ExportFormat, type ImportFormat } from './formats';
