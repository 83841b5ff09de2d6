// The export and import formats without the sidecar machinery (YAML, re-anchoring): the extension loads this
// file lazily as its own bundle (dist/exchange.js), so the CSV writer and the formats cost nothing at activation.
import type { ExportFile, ExportOptions, ExportSource } from './common';
import { exportBrat } from './brat';
import { exportCsv } from './csv';
import { exportJson, exportJsonl } from './json';
import { exportMarkdown } from './markdown';
import { exportW3c } from './w3c';
import { importBrat, type BratImportOptions } from './importBrat';
import { importW3c, type W3cImportOptions } from './importW3c';
import type { ImportParse } from './importTypes';

export { selectedItems } from './common';
export { segmentsInCommon, w3cTargetSources } from './importW3c';

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
