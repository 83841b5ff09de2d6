// The browser build of csv-stringify bundles its own Buffer: the default entry needs Node's global Buffer,
// which a web worker does not have.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { articleAt, isAnchored, lineNumbers, selectedItems, type ExportOptions, type ExportSource } from './common';

export const CSV_COLUMNS = ['source', 'article', 'kind', 'speaker', 'role', 'text', 'value', 'unit', 'status', 'note', 'tags', 'line', 'start', 'end'] as const;

type Cell = string | number | null;

/**
 * `csv`: one row per quote or figure (RFC 4180, CRLF, a header row; optionally a UTF-8 BOM). Text cells that a
 * spreadsheet would run as a formula (starting with `= + - @`, a tab or a CR) get a leading `'`; numbers stay numbers.
 */
export function exportCsv(sources: readonly ExportSource[], options: ExportOptions = {}): string {
  const rows: Cell[][] = [];
  for (const { path, text, annotations } of sources) {
    const lineOf = lineNumbers(text);
    for (const item of selectedItems(annotations, options)) {
      const quote = item.type === 'quote' ? item : undefined;
      const figure = item.type === 'figure' ? item : undefined;
      rows.push([
        safe(path),
        safe(articleAt(annotations.articles, item.start)?.title ?? ''),
        quote ? quote.kind : 'figure',
        safe(quote?.speaker ?? ''),
        safe(quote?.role ?? ''),
        safe(item.text),
        figure && figure.value !== null && Number.isFinite(figure.value) ? figure.value : '',
        safe(figure?.unit ?? ''),
        item.status,
        safe(item.note ?? ''),
        safe((item.tags ?? []).join('; ')),
        isAnchored(text, item) ? lineOf(item.start) : '',
        item.start,
        item.end,
      ]);
    }
  }
  const csv = stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: '\r\n', cast: { number: (value: number) => String(value) } });
  return options.bom ? `\uFEFF${csv}` : csv;
}

/** Neutralises a text cell against formula injection (CSV injection): `=1+1` → `'=1+1`. */
export function safe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
