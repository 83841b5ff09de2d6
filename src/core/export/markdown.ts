import type { QuoteAnnotation } from '../annotations';
import { isAnchored, lineNumbers, selectedItems, type ExportOptions, type ExportSource } from './common';

/**
 * `md`: a readable report per source — its title, its articles, who said what (grouped by speaker), scare
 * quotes, a figures table and the notes. Every piece of source text is escaped: nothing in an article can
 * inject HTML, links or Markdown structure into the report.
 */
export function exportMarkdown(sources: readonly ExportSource[], options: ExportOptions = {}): string {
  return sources.map((source) => sourceReport(source, options)).join('\n---\n\n');
}

function sourceReport({ path, text, annotations }: ExportSource, options: ExportOptions): string {
  const out: string[] = [];
  const lineOf = lineNumbers(text);
  const where = (item: { start: number; end: number; text: string }) => (isAnchored(text, item) ? `line ${lineOf(item.start)}` : 'not found in the text');
  const items = selectedItems(annotations, options);
  const main = annotations.articles.find((a) => a.kind === 'main');
  out.push(`# ${inline(main?.title || path)}`, '');
  out.push(`Source: \`${code(path)}\``, '');

  const articles = annotations.articles.filter((a) => a.kind !== 'boilerplate');
  if (articles.length) {
    out.push('## Articles', '');
    for (const article of articles) out.push(`- ${inline(article.title || '(untitled)')} *(${article.kind}, line ${lineOf(article.start)})*`);
    out.push('');
  }

  const quotes = items.filter((i): i is Extract<typeof i, { type: 'quote' }> => i.type === 'quote');
  const direct = quotes.filter((q) => q.kind === 'direct');
  out.push('## Who said what', '');
  if (!direct.length) out.push('*No quotes.*', '');
  const bySpeaker = new Map<string, QuoteAnnotation[]>();
  for (const quote of direct) {
    const key = quote.speaker ?? '';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), quote]);
  }
  const speakers = [...bySpeaker.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : 0));
  for (const speaker of speakers) {
    const said = bySpeaker.get(speaker)!;
    const role = said.find((q) => q.role)?.role;
    out.push(`### ${speaker ? inline(speaker) : 'Unattributed'}${role ? ` — ${inline(role)}` : ''}`, '');
    for (const quote of said) {
      out.push(`- “${inline(quote.text)}” *(${where(quote)}, ${quote.status})*${tagList(quote.tags)}`);
      if (quote.note) out.push(`  - Note: ${inline(quote.note)}`);
    }
    out.push('');
  }

  const scare = quotes.filter((q) => q.kind === 'scare');
  if (scare.length) {
    out.push('## Scare quotes', '');
    for (const quote of scare) out.push(`- “${inline(quote.text)}” *(${where(quote)}, ${quote.status})*${tagList(quote.tags)}`);
    out.push('');
  }

  const figures = items.filter((i): i is Extract<typeof i, { type: 'figure' }> => i.type === 'figure');
  out.push('## Figures', '');
  if (!figures.length) out.push('*No figures.*', '');
  else {
    out.push('| Figure | Value | Unit | Line | Status | Note |', '| --- | ---: | --- | ---: | --- | --- |');
    for (const figure of figures) {
      const line = isAnchored(text, figure) ? String(lineOf(figure.start)) : '—';
      // grouped digits for large numbers (1,000,000,000), not for years and small counts
      const value = figure.value === null ? '' : Math.abs(figure.value) >= 10000 ? figure.value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(figure.value);
      out.push(`| ${cell(figure.text)} | ${cell(value)} | ${cell(figure.unit ?? '')} | ${line} | ${figure.status} | ${cell(figure.note ?? '')} |`);
    }
    out.push('');
  }

  const notes = [
    ...items.filter((i) => i.note).map((i) => `- ${i.type === 'quote' ? 'Quote' : 'Figure'} “${inline(shorten(i.text, 60))}” (${where(i)}): ${inline(i.note!)}`),
    ...annotations.people.filter((p) => p.note).map((p) => `- ${inline(p.name)}: ${inline(p.note!)}`),
  ];
  if (notes.length) out.push('## Notes', '', ...notes, '');
  return `${out.join('\n')}\n`.replace(/\n{3,}/g, '\n\n');
}

function tagList(tags: readonly string[] | undefined): string {
  return tags?.length ? ` — tags: ${tags.map(inline).join(', ')}` : '';
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Escapes text for one line of Markdown: HTML (`<`, `&`), emphasis, links, code, tables and block markers all
 * become literal characters; line breaks become spaces.
 */
export function inline(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]#|~]/g, (c) => `\\${c}`)
    // what would open a block (a list, a quote, a thematic break) where the text starts a list item
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A table cell: `inline`, which also escapes `|`. */
function cell(text: string): string {
  return inline(text);
}

/** Text inside a code span: backticks cannot close it early (they become ˋ), and no line breaks. */
function code(text: string): string {
  return text.replace(/`/g, 'ˋ').replace(/[\r\n]+/g, ' ');
}
