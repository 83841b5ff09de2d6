import * as vscode from 'vscode';
import type { FigureAnnotation, PersonAnnotation, QuoteAnnotation } from '../core/annotations';

// Hover text is built from file content, so it is untrusted: every piece of it goes through `plain`
// (which escapes Markdown, HTML and theme-icon syntax), the MarkdownString is not trusted (no command
// links) and allows no HTML. Only our own fixed labels are Markdown.

const QUOTES_SHOWN = 3;
const QUOTE_PREVIEW_LENGTH = 120;

function untrusted(): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString('', true);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  return markdown;
}

/**
 * Text from a file as inert Markdown. Unlike `appendText` it keeps spaces as spaces (so hover text reads
 * and copies normally); newlines become spaces so a value cannot start a block of its own.
 */
export function plain(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~<>$&:"']/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : `\\${char}`));
}

function line(markdown: vscode.MarkdownString, label: string, value: string | null | undefined): void {
  if (value === null || value === undefined || value === '') return;
  markdown.appendMarkdown(`**${label}:** `);
  markdown.appendMarkdown(plain(value));
  markdown.appendMarkdown('  \n');
}

function preview(text: string): string {
  return text.length > QUOTE_PREVIEW_LENGTH ? `${text.slice(0, QUOTE_PREVIEW_LENGTH - 1).trimEnd()}…` : text;
}

/** Someone's quotes elsewhere, for the person hover. */
export interface QuoteElsewhere {
  sourceName: string;
  text: string;
}

export interface PersonHoverFacts {
  person: PersonAnnotation;
  quotesHere: QuoteAnnotation[];
  quotesInWorkspace?: number;
  quotesElsewhere?: QuoteElsewhere[];
  otherSources?: string[];
  /** Roles and aliases from every source, when known (they include this source's). */
  roles?: string[];
  aliases?: string[];
}

export function personHover({ person, quotesHere, quotesInWorkspace, quotesElsewhere = [], otherSources = [], roles, aliases }: PersonHoverFacts): vscode.MarkdownString {
  const markdown = untrusted();
  markdown.appendMarkdown('$(person) ');
  markdown.appendMarkdown(plain(person.name));
  markdown.appendMarkdown(` — _${person.kind}_\n\n`);
  line(markdown, 'Roles', union(person.roles, roles).join('; '));
  line(markdown, 'Also called', union(person.aliases, aliases).filter((alias) => alias !== person.name).join(', '));
  const workspaceCount = quotesInWorkspace !== undefined ? `, ${quotesInWorkspace} across the workspace` : '';
  line(markdown, 'Quotes', `${quotesHere.length} here${workspaceCount}`);
  for (const quote of [...quotesHere.map((q) => ({ sourceName: '', text: q.text })), ...quotesElsewhere].slice(0, QUOTES_SHOWN)) {
    markdown.appendMarkdown('- “');
    markdown.appendMarkdown(plain(preview(quote.text)));
    markdown.appendMarkdown('”');
    if (quote.sourceName) {
      markdown.appendMarkdown(' — _');
      markdown.appendMarkdown(plain(quote.sourceName));
      markdown.appendMarkdown('_');
    }
    markdown.appendMarkdown('\n');
  }
  markdown.appendMarkdown('\n');
  if (otherSources.length > 0) line(markdown, 'Also in', otherSources.join(', '));
  line(markdown, 'Note', person.note);
  line(markdown, 'Links', person.links?.join(' · '));
  return markdown;
}

function union(here: readonly string[], everywhere: readonly string[] = []): string[] {
  return [...new Set([...here, ...everywhere])];
}

export function quoteHover(quote: QuoteAnnotation): vscode.MarkdownString {
  const markdown = untrusted();
  markdown.appendMarkdown(quote.kind === 'scare' ? '$(symbol-string) **Scare quote**\n\n' : '$(quote) **Quote**\n\n');
  if (quote.kind === 'direct') line(markdown, 'Speaker', quote.speaker ?? 'not attributed');
  line(markdown, 'Role', quote.role);
  line(markdown, 'Status', quote.status);
  line(markdown, 'Note', quote.note);
  line(markdown, 'Tags', quote.tags?.join(', '));
  return markdown;
}

export function figureHover(figure: FigureAnnotation): vscode.MarkdownString {
  const markdown = untrusted();
  markdown.appendMarkdown('$(symbol-number) **Figure**\n\n');
  line(markdown, 'Value', figure.value === null ? null : figure.value.toLocaleString('en-US', { maximumFractionDigits: 6 }));
  line(markdown, 'Unit', figure.unit);
  line(markdown, 'Approximation', figure.approximation);
  line(markdown, 'Status', figure.status);
  line(markdown, 'Note', figure.note);
  line(markdown, 'Tags', figure.tags?.join(', '));
  return markdown;
}
