import * as vscode from 'vscode';
import type { AnnotationStatus, FigureAnnotation, PersonAnnotation, QuoteAnnotation, SourceAnnotations } from '../core/annotations';
import type { Article, Span } from '../core/model';
import type { AnnotationStore } from './annotationStore';
import { CommandIds } from './commandIds';
import type { NewsmarkSettings } from './settings';
import { findSources } from './sourceDocuments';

export interface SourceNode {
  readonly kind: 'source';
  readonly uri: vscode.Uri;
}
export interface ArticleNode {
  readonly kind: 'article';
  readonly source: SourceNode;
  readonly article: Article;
  readonly index: number;
}
export type GroupName = 'quotes' | 'figures' | 'people' | 'orphans';
export interface GroupNode {
  readonly kind: 'group';
  readonly parent: ArticleNode | SourceNode;
  readonly group: GroupName;
}
export interface QuoteNode {
  readonly kind: 'quote';
  readonly parent: GroupNode;
  readonly source: SourceNode;
  readonly quote: QuoteAnnotation;
}
export interface FigureNode {
  readonly kind: 'figure';
  readonly parent: GroupNode;
  readonly source: SourceNode;
  readonly figure: FigureAnnotation;
}
export interface PersonNode {
  readonly kind: 'person';
  readonly parent: GroupNode;
  readonly source: SourceNode;
  readonly person: PersonAnnotation;
  readonly quoteCount: number;
}
export type SourcesTreeNode = SourceNode | ArticleNode | GroupNode | QuoteNode | FigureNode | PersonNode;

const LABEL_LENGTH = 60;

/**
 * Sources → articles → quotes, figures and people. Sources are listed from the workspace; a source is read
 * and analysed only when it is expanded, so the view opens quickly on large archives.
 */
export class SourcesTreeProvider implements vscode.TreeDataProvider<SourcesTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SourcesTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private sourceNodes = new Map<string, SourceNode>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: AnnotationStore,
    private settings: NewsmarkSettings,
  ) {
    this.subscription = store.onDidChange((uri) => this.refresh(uri));
  }

  updateSettings(settings: NewsmarkSettings): void {
    this.settings = settings;
    this.refresh();
  }

  /** Re-reads everything, or only one source's children. */
  refresh(sourceUri?: vscode.Uri): void {
    const node = sourceUri && this.sourceNodes.get(sourceUri.toString());
    if (sourceUri && !node) return; // not listed (yet): nothing on screen to update
    this.changed.fire(node || undefined);
  }

  async getChildren(element?: SourcesTreeNode): Promise<SourcesTreeNode[]> {
    if (!element) return this.listSources();
    switch (element.kind) {
      case 'source':
        return this.sourceChildren(element);
      case 'article':
        return this.articleChildren(element);
      case 'group':
        return this.groupChildren(element);
      default:
        return [];
    }
  }

  getParent(element: SourcesTreeNode): SourcesTreeNode | undefined {
    switch (element.kind) {
      case 'source':
        return undefined;
      case 'article':
        return element.source;
      case 'group':
        return element.parent;
      default:
        return element.parent;
    }
  }

  getTreeItem(element: SourcesTreeNode): vscode.TreeItem {
    switch (element.kind) {
      case 'source':
        return sourceItem(element, this.store);
      case 'article':
        return articleItem(element);
      case 'group':
        return groupItem(element);
      case 'quote':
        return quoteItem(element);
      case 'figure':
        return figureItem(element);
      case 'person':
        return personItem(element);
    }
  }

  private async listSources(): Promise<SourceNode[]> {
    const uris = await findSources(this.settings);
    const nodes = new Map<string, SourceNode>();
    for (const uri of uris) nodes.set(uri.toString(), this.sourceNodes.get(uri.toString()) ?? { kind: 'source', uri });
    this.sourceNodes = nodes;
    return [...nodes.values()];
  }

  private async sourceChildren(source: SourceNode): Promise<SourcesTreeNode[]> {
    const { annotations, tooLarge } = await this.store.get(source.uri);
    if (tooLarge) return [];
    const children: SourcesTreeNode[] = annotations.articles.map((article, index) => ({ kind: 'article', source, article, index }));
    if (hasOrphans(annotations)) children.push({ kind: 'group', parent: source, group: 'orphans' });
    return children;
  }

  private async articleChildren(article: ArticleNode): Promise<SourcesTreeNode[]> {
    const { annotations } = await this.store.get(article.source.uri);
    const inArticle = itemsOf(annotations, article.article);
    return (['quotes', 'figures', 'people'] as const)
      .filter((group) => inArticle[group].length > 0)
      .map((group) => ({ kind: 'group', parent: article, group }));
  }

  private async groupChildren(group: GroupNode): Promise<SourcesTreeNode[]> {
    const source = group.parent.kind === 'source' ? group.parent : group.parent.source;
    const { annotations } = await this.store.get(source.uri);
    if (group.group === 'orphans') {
      return [
        ...annotations.quotes.filter((q) => q.status === 'orphaned').map((quote): QuoteNode => ({ kind: 'quote', parent: group, source, quote })),
        ...annotations.figures.filter((f) => f.status === 'orphaned').map((figure): FigureNode => ({ kind: 'figure', parent: group, source, figure })),
      ];
    }
    const article = group.parent.kind === 'article' ? group.parent.article : undefined;
    const items = article ? itemsOf(annotations, article) : { quotes: [], figures: [], people: [] };
    switch (group.group) {
      case 'quotes':
        return items.quotes.map((quote) => ({ kind: 'quote', parent: group, source, quote }));
      case 'figures':
        return items.figures.map((figure) => ({ kind: 'figure', parent: group, source, figure }));
      default:
        return items.people.map((person) => ({
          kind: 'person',
          parent: group,
          source,
          person,
          quoteCount: items.quotes.filter((quote) => quote.speaker === person.name && quote.status !== 'rejected').length,
        }));
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function hasOrphans(annotations: SourceAnnotations): boolean {
  return annotations.quotes.some((q) => q.status === 'orphaned') || annotations.figures.some((f) => f.status === 'orphaned');
}

const inside = (span: Span, article: Article) => span.start >= article.start && span.start < Math.max(article.end, article.start + 1);

/** The quotes, figures and people (mentioned there) of one article; orphans belong to no article. */
function itemsOf(annotations: SourceAnnotations, article: Article) {
  return {
    quotes: annotations.quotes.filter((quote) => quote.status !== 'orphaned' && inside(quote, article)),
    figures: annotations.figures.filter((figure) => figure.status !== 'orphaned' && inside(figure, article)),
    people: annotations.people.filter((person) => person.mentions.some((mention) => inside(mention, article))),
  };
}

function shorten(text: string, length = LABEL_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

function revealCommand(source: SourceNode, span: Span): vscode.Command {
  return { command: CommandIds.revealAnnotation, title: 'Reveal in Source', arguments: [source.uri, span.start, span.end] };
}

const STATUS_ICONS: Record<AnnotationStatus, string> = {
  auto: 'circle-outline',
  confirmed: 'pass',
  edited: 'edit',
  rejected: 'circle-slash',
  manual: 'person-add',
  orphaned: 'warning',
};

function statusIcon(status: AnnotationStatus): vscode.ThemeIcon {
  const color = status === 'rejected' ? 'disabledForeground' : status === 'orphaned' ? 'problemsWarningIcon.foreground' : undefined;
  return new vscode.ThemeIcon(STATUS_ICONS[status], color ? new vscode.ThemeColor(color) : undefined);
}

function sourceItem(node: SourceNode, store: AnnotationStore): vscode.TreeItem {
  const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.uri.toString();
  item.contextValue = 'newsmark.source';
  item.iconPath = vscode.ThemeIcon.File; // a file icon from the theme, not the folder icon collapsible items get
  const folder = vscode.workspace.asRelativePath(node.uri, false).replace(/[^/]*$/, '').replace(/\/$/, '');
  const known = store.peek(node.uri);
  const counts = known && !known.tooLarge ? `${known.annotations.quotes.filter((q) => q.kind === 'direct').length} quotes` : '';
  item.description = [folder, counts, known?.tooLarge ? 'too large to analyse' : ''].filter(Boolean).join(' · ');
  return item;
}

const ARTICLE_ICONS: Record<Article['kind'], string> = { main: 'book', related: 'link', duplicate: 'copy', boilerplate: 'circle-slash' };

function articleItem(node: ArticleNode): vscode.TreeItem {
  const { article } = node;
  const expanded = article.kind === 'main' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(shorten(article.title || '(untitled)'), expanded);
  item.id = `${node.source.uri.toString()}#article-${node.index}-${article.start}`;
  item.contextValue = `newsmark.article.${article.kind}`;
  const muted = article.kind === 'duplicate' || article.kind === 'boilerplate';
  item.iconPath = new vscode.ThemeIcon(ARTICLE_ICONS[article.kind], muted ? new vscode.ThemeColor('disabledForeground') : undefined);
  item.description = article.kind === 'duplicate' && article.duplicateOf !== undefined ? `duplicate of #${article.duplicateOf + 1}` : article.kind;
  item.tooltip = `${article.title}\n${article.kind}`;
  item.command = revealCommand(node.source, { start: article.start, end: article.start });
  return item;
}

const GROUP_LABELS: Record<GroupName, [string, string]> = {
  quotes: ['Quotes', 'quote'],
  figures: ['Figures', 'symbol-number'],
  people: ['People', 'person'],
  orphans: ['Orphaned annotations', 'warning'],
};

function groupItem(node: GroupNode): vscode.TreeItem {
  const [label, icon] = GROUP_LABELS[node.group];
  const item = new vscode.TreeItem(label, node.group === 'quotes' || node.group === 'orphans' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  const parentId = node.parent.kind === 'source' ? node.parent.uri.toString() : `${node.parent.source.uri.toString()}#article-${node.parent.index}`;
  item.id = `${parentId}/${node.group}`;
  item.iconPath = new vscode.ThemeIcon(icon);
  item.contextValue = `newsmark.group.${node.group}`;
  return item;
}

function quoteItem(node: QuoteNode): vscode.TreeItem {
  const { quote } = node;
  const words = `“${shorten(quote.text)}”`;
  const label = quote.kind === 'scare' ? words : `${quote.speaker ?? 'Unattributed'}: ${words}`;
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.source.uri.toString()}#${quote.id}`;
  item.contextValue = `newsmark.quote.${quote.status}`;
  item.iconPath = statusIcon(quote.status);
  item.description = [quote.kind === 'scare' ? 'scare quote' : quote.role, quote.status, quote.note ? '✎' : ''].filter(Boolean).join(' · ');
  item.tooltip = new vscode.MarkdownString().appendText(`${quote.text}\n\n${quote.speaker ?? ''}${quote.role ? `, ${quote.role}` : ''} — ${quote.status}${quote.note ? `\nNote: ${quote.note}` : ''}`);
  item.command = revealCommand(node.source, quote);
  return item;
}

function figureItem(node: FigureNode): vscode.TreeItem {
  const { figure } = node;
  const value = figure.value === null ? '?' : figure.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const item = new vscode.TreeItem(`${value}${figure.unit ? ` ${figure.unit}` : ''}`, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.source.uri.toString()}#${figure.id}`;
  item.contextValue = `newsmark.figure.${figure.status}`;
  item.iconPath = statusIcon(figure.status);
  item.description = [`“${shorten(figure.text, 40)}”`, figure.status, figure.note ? '✎' : ''].filter(Boolean).join(' · ');
  item.command = revealCommand(node.source, figure);
  return item;
}

function personItem(node: PersonNode): vscode.TreeItem {
  const { person } = node;
  const item = new vscode.TreeItem(person.name, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.parent.parent.kind === 'article' ? `${node.source.uri.toString()}#article-${node.parent.parent.index}` : node.source.uri.toString()}/person/${person.name}`;
  item.contextValue = `newsmark.person.${person.kind}`;
  item.iconPath = new vscode.ThemeIcon(person.kind === 'person' ? 'person' : person.kind === 'organization' ? 'organization' : 'eye-closed');
  item.description = [person.role, `${node.quoteCount} quote${node.quoteCount === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
  const first = person.mentions[0];
  if (first) item.command = revealCommand(node.source, first);
  return item;
}
