import { exportedAt, keepsStatus, selectedItems, type ExportOptions, type ExportSource } from './common';

/** `json`: the whole model, one element per source: `{ version: 1, exported, sources: [{ source, articles, quotes, figures, people }] }`. */
export function exportJson(sources: readonly ExportSource[], options: ExportOptions = {}): string {
  const document = {
    version: 1,
    exported: exportedAt(options),
    sources: sources.map(({ path, annotations }) => ({
      source: path,
      articles: annotations.articles,
      quotes: annotations.quotes.filter((q) => keepsStatus(q.status, options)),
      figures: annotations.figures.filter((f) => keepsStatus(f.status, options)),
      people: annotations.people,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `jsonl`: one quote or figure a line, `{ source, type: "quote" | "figure", ...the item }`, in text order. */
export function exportJsonl(sources: readonly ExportSource[], options: ExportOptions = {}): string {
  const lines: string[] = [];
  for (const { path, annotations } of sources) {
    for (const item of selectedItems(annotations, options)) lines.push(JSON.stringify({ source: path, ...item }));
  }
  return lines.map((line) => `${line}\n`).join('');
}
