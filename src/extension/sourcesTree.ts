import * as vscode from 'vscode';
import { figureMatches, quoteMatches, type AnnotationFilter } from '../core/annotationFilter';
import type { AnnotationStatus, FigureAnnotation, PersonAnnotation, QuoteAnnotation, SourceAnnotations } from '../core/annotations';
import type { Article, Span } from '../core/model';
import { notAnalysedLabel, type AnnotationStore } from './annotationStore';
import { CommandIds } from './commandIds';
import type { NewsmarkSettings } from './settings';
import { basename, findSources, joinRelative, listFolder, type WorkspaceDirectory } from './sourceListing';

/** A folder of the workspace (or, in a multi-root workspace, a workspace folder itself); it is read when expanded. */
export interface FolderNode extends WorkspaceDirectory {
  readonly kind: 'folder';
  readonly parent?: FolderNode;
}
export interface SourceNode {
  readonly kind: 'source';
  readonly uri: vscode.Uri;
  /** The folder it is listed in; none at the root, nor in the flat list a filter shows. */
  readonly parent?: FolderNode;
}
export interface ArticleNode {
  readonly kind: 'article';
  readonly source: SourceNode;
  readonly article: Article;
  readonly index: number;
  /** The "repeats and site furniture" group it is folded into, if it is a duplicate or boilerplate. */
  readonly folded?: GroupNode;
}
export type GroupName = 'quotes' | 'figures' | 'people' | 'orphans' | 'furniture';
export interface GroupNode {
  readonly kind: 'group';
  readonly parent: ArticleNode | SourceNode;
  readonly group: GroupName;
}
/** A speaker across the workspace, when the tree groups quotes by speaker. */
export interface SpeakerNode {
  readonly kind: 'speaker';
  /** null for the quotes nobody is credited with. */
  readonly name: string | null;
  readonly quotes: ReadonlyArray<{ readonly source: SourceNode; readonly quote: QuoteAnnotation }>;
}
export interface QuoteNode {
  readonly kind: 'quote';
  readonly parent: GroupNode | SpeakerNode;
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
export type SourcesTreeNode = FolderNode | SourceNode | ArticleNode | GroupNode | SpeakerNode | QuoteNode | FigureNode | PersonNode;

const NO_FILTER = undefined;

const LABEL_LENGTH = 60;

/**
 * Folders → sources → articles → quotes, figures and people. The tree mirrors the workspace's folders and reads
 * one folder only when it is expanded, and a source only when it is expanded, so the view opens quickly on large
 * archives. A filter or the grouping by speaker needs every source: those list the whole workspace.
 */
export class SourcesTreeProvider implements vscode.TreeDataProvider<SourcesTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SourcesTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private sourceNodes = new Map<string, SourceNode>();
  private readonly subscription: vscode.Disposable;
  private bySpeaker = false;
  private filter: AnnotationFilter | undefined = NO_FILTER;
  /** Each listed folder's description, once per folder: asRelativePath on each of 10,000 sources took ~60 ms of the first paint. */
  private readonly folderDescriptions = new Map<string, string>();

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

  /** Whether the roots are speakers (with their quotes from every source) rather than sources. */
  get groupedBySpeaker(): boolean {
    return this.bySpeaker;
  }

  setGroupedBySpeaker(on: boolean): void {
    this.bySpeaker = on;
    this.changed.fire(undefined);
  }

  get activeFilter(): AnnotationFilter | undefined {
    return this.filter;
  }

  /** Shows only the quotes and figures that match (and the sources and articles that have some). */
  setFilter(filter: AnnotationFilter | undefined): void {
    this.filter = filter;
    this.changed.fire(undefined);
  }

  /** Re-reads everything, or only one source's children. */
  refresh(sourceUri?: vscode.Uri): void {
    // grouped by speaker or filtered, one source's change can move items anywhere in the tree
    if (this.bySpeaker || this.filter) sourceUri = undefined;
    const node = sourceUri && this.sourceNodes.get(sourceUri.toString());
    if (sourceUri && !node) return; // not listed (yet): nothing on screen to update
    this.changed.fire(node || undefined);
  }

  async getChildren(element?: SourcesTreeNode): Promise<SourcesTreeNode[]> {
    if (!element) return this.bySpeaker ? this.listSpeakers() : this.filter ? this.listMatchingSources() : this.listRoot();
    switch (element.kind) {
      case 'folder':
        return this.folderChildren(element, element);
      case 'speaker':
        return element.quotes.map(({ source, quote }) => ({ kind: 'quote', parent: element, source, quote }));
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
      case 'folder':
      case 'source':
        return element.parent;
      case 'speaker':
        return undefined;
      case 'article':
        return element.folded ?? element.source;
      case 'group':
        return element.parent;
      default:
        return element.parent;
    }
  }

  getTreeItem(element: SourcesTreeNode): vscode.TreeItem {
    switch (element.kind) {
      case 'folder':
        return folderItem(element);
      case 'source':
        // under its folder node the folder goes without saying; in a flat list it tells sources apart
        return sourceItem(element, this.store, element.parent ? '' : this.folderDescription(element.uri));
      case 'article':
        return articleItem(element);
      case 'group':
        return groupItem(element);
      case 'speaker':
        return speakerItem(element);
      case 'quote':
        return quoteItem(element);
      case 'figure':
        return figureItem(element);
      case 'person':
        return personItem(element);
    }
  }

  /** The source's folder relative to its workspace folder ('' at the top). */
  private folderDescription(uri: vscode.Uri): string {
    const key = `${uri.scheme}://${uri.authority}${uri.path.slice(0, uri.path.lastIndexOf('/'))}`;
    let description = this.folderDescriptions.get(key);
    if (description === undefined) {
      description = vscode.workspace.asRelativePath(uri, false).replace(/[^/]*$/, '').replace(/\/$/, '');
      this.folderDescriptions.set(key, description);
    }
    return description;
  }

  /** What is directly in the workspace folder; in a multi-root workspace, one node per workspace folder. */
  private async listRoot(): Promise<SourcesTreeNode[]> {
    this.folderDescriptions.clear(); // workspace folders may have been added, removed or renamed since
    const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
    const roots = workspaceFolders.map((workspaceFolder): FolderNode => ({ kind: 'folder', workspaceFolder, uri: workspaceFolder.uri, relativePath: '' }));
    if (roots.length !== 1) return roots;
    return this.folderChildren(roots[0], undefined);
  }

  /** The folders and sources directly in `directory`, listed under `parent` (none at the root). */
  private async folderChildren(directory: WorkspaceDirectory, parent: FolderNode | undefined): Promise<SourcesTreeNode[]> {
    const { folders, sources } = await listFolder(directory, this.settings);
    const folderNodes = folders.map((uri): FolderNode => ({
      kind: 'folder',
      workspaceFolder: directory.workspaceFolder,
      uri,
      relativePath: joinRelative(directory.relativePath, basename(uri)),
      parent,
    }));
    return [...folderNodes, ...sources.map((uri) => this.sourceNode(uri, parent))];
  }

  /**
   * The node for a source, the same object each time it is listed in the same place: VS Code knows elements by
   * identity, and a change to that source refreshes only its item.
   */
  private sourceNode(uri: vscode.Uri, parent: FolderNode | undefined): SourceNode {
    const known = this.sourceNodes.get(uri.toString());
    if (known && known.parent?.uri.toString() === parent?.uri.toString()) return known;
    const node: SourceNode = { kind: 'source', uri, parent };
    this.sourceNodes.set(uri.toString(), node);
    return node;
  }

  /** Every source of the workspace, flat. */
  private async listSources(): Promise<SourceNode[]> {
    const uris = await findSources(this.settings);
    this.folderDescriptions.clear();
    return uris.map((uri) => this.sourceNode(uri, undefined));
  }

  /** The sources, anywhere in the workspace, that have a quote or figure the filter lets through. */
  private async listMatchingSources(): Promise<SourceNode[]> {
    const kept: SourceNode[] = [];
    for (const node of await this.listSources()) {
      const { annotations } = await this.store.get(node.uri);
      const matching = this.visible(annotations);
      if (matching.quotes.length + matching.figures.length > 0) kept.push(node);
    }
    return kept;
  }

  /** Every speaker of the workspace with their quotes, most quoted first; the unattributed last. */
  private async listSpeakers(): Promise<SpeakerNode[]> {
    const sources = await this.listSources();
    const bySpeaker = new Map<string | null, Array<{ source: SourceNode; quote: QuoteAnnotation }>>();
    for (const source of sources) {
      const { annotations } = await this.store.get(source.uri);
      for (const quote of this.visible(annotations).quotes) {
        if (quote.kind !== 'direct' || quote.status === 'orphaned') continue;
        const list = bySpeaker.get(quote.speaker) ?? [];
        list.push({ source, quote });
        bySpeaker.set(quote.speaker, list);
      }
    }
    return [...bySpeaker]
      .map(([name, quotes]): SpeakerNode => ({ kind: 'speaker', name, quotes }))
      .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : b.quotes.length - a.quotes.length || a.name.localeCompare(b.name)));
  }

  /** The annotations the filter lets through (all of them without a filter). */
  private visible(annotations: SourceAnnotations): Pick<SourceAnnotations, 'quotes' | 'figures'> {
    const filter = this.filter;
    if (!filter) return annotations;
    return { quotes: annotations.quotes.filter((quote) => quoteMatches(quote, filter)), figures: annotations.figures.filter((figure) => figureMatches(figure, filter)) };
  }

  private async sourceChildren(source: SourceNode): Promise<SourcesTreeNode[]> {
    const state = await this.store.get(source.uri);
    if (notAnalysedLabel(state)) return [];
    const all = state.annotations;
    const annotations = { ...all, ...this.visible(all) };
    const articles: ArticleNode[] = annotations.articles.map((article, index) => ({ kind: 'article', source, article, index }));
    if (this.filter) {
      const matching: SourcesTreeNode[] = articles.filter(({ article }) => {
        const items = itemsOf(annotations, article);
        return items.quotes.length + items.figures.length > 0;
      });
      if (hasOrphans(annotations)) matching.push({ kind: 'group', parent: source, group: 'orphans' });
      return matching;
    }
    // repeats and site furniture would bury the stories: they go into one collapsed group at the end
    const children: SourcesTreeNode[] = articles.filter(({ article }) => !isFurniture(article));
    if (articles.length > children.length) children.push({ kind: 'group', parent: source, group: 'furniture' });
    if (hasOrphans(annotations)) children.push({ kind: 'group', parent: source, group: 'orphans' });
    return children;
  }

  private async articleChildren(article: ArticleNode): Promise<SourcesTreeNode[]> {
    const { annotations: all } = await this.store.get(article.source.uri);
    const inArticle = itemsOf({ ...all, ...this.visible(all) }, article.article);
    return (['quotes', 'figures', 'people'] as const)
      .filter((group) => inArticle[group].length > 0 && !(this.filter && group === 'people'))
      .map((group) => ({ kind: 'group', parent: article, group }));
  }

  private async groupChildren(group: GroupNode): Promise<SourcesTreeNode[]> {
    const source = group.parent.kind === 'source' ? group.parent : group.parent.source;
    const { annotations: all } = await this.store.get(source.uri);
    const annotations = { ...all, ...this.visible(all) };
    if (group.group === 'furniture') {
      return all.articles.flatMap((article, index): ArticleNode[] => (isFurniture(article) ? [{ kind: 'article', source, article, index, folded: group }] : []));
    }
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

function isFurniture(article: Article): boolean {
  return article.kind === 'duplicate' || article.kind === 'boilerplate';
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

function folderItem(node: FolderNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Collapsed);
  // a workspace folder goes by its name in the workspace, which may differ from its folder's
  if (!node.relativePath) item.label = node.workspaceFolder.name;
  item.id = `folder:${node.uri.toString()}`;
  item.contextValue = 'newsmark.folder';
  item.iconPath = vscode.ThemeIcon.Folder;
  return item;
}

function sourceItem(node: SourceNode, store: AnnotationStore, folder: string): vscode.TreeItem {
  const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.uri.toString();
  item.contextValue = 'newsmark.source';
  item.iconPath = vscode.ThemeIcon.File; // a file icon from the theme, not the folder icon collapsible items get
  const known = store.peek(node.uri);
  const skipped = known && notAnalysedLabel(known);
  const counts = known && !skipped ? `${known.annotations.quotes.filter((q) => q.kind === 'direct').length} quotes` : '';
  item.description = [folder, counts, skipped].filter(Boolean).join(' · ');
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
  furniture: ['Repeats and site furniture', 'fold'],
};

function groupItem(node: GroupNode): vscode.TreeItem {
  const [label, icon] = GROUP_LABELS[node.group];
  const item = new vscode.TreeItem(label, node.group === 'quotes' || node.group === 'orphans' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  const parentId = node.parent.kind === 'source' ? node.parent.uri.toString() : `${node.parent.source.uri.toString()}#article-${node.parent.index}`;
  item.id = `${parentId}/${node.group}`;
  item.iconPath = new vscode.ThemeIcon(icon);
  item.contextValue = `newsmark.group.${node.group}`;
  if (node.group === 'furniture') {
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor('disabledForeground'));
    item.tooltip = 'Duplicated passages and page furniture (bylines, share widgets, link cards…) found around the articles';
  }
  return item;
}

function speakerItem(node: SpeakerNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.name ?? 'Unattributed', vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `speaker:${node.name ?? ''}`;
  item.contextValue = 'newsmark.speaker';
  item.iconPath = new vscode.ThemeIcon(node.name === null ? 'question' : 'person');
  const sources = new Set(node.quotes.map(({ source }) => source.uri.toString())).size;
  const roles = [...new Set(node.quotes.map(({ quote }) => quote.role).filter(Boolean))];
  item.description = [roles[0], `${node.quotes.length} quote${node.quotes.length === 1 ? '' : 's'}`, `${sources} source${sources === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
  return item;
}

function quoteItem(node: QuoteNode): vscode.TreeItem {
  const { quote } = node;
  const words = `“${shorten(quote.text)}”`;
  const underSpeaker = node.parent.kind === 'speaker';
  const label = quote.kind === 'scare' || underSpeaker ? words : `${quote.speaker ?? 'Unattributed'}: ${words}`;
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `${underSpeaker ? 'by-speaker:' : ''}${node.source.uri.toString()}#${quote.id}`;
  item.contextValue = `newsmark.quote.${quote.status}`;
  item.iconPath = statusIcon(quote.status);
  const where = underSpeaker ? vscode.workspace.asRelativePath(node.source.uri, false) : undefined;
  item.description = [where ?? (quote.kind === 'scare' ? 'scare quote' : quote.role), quote.status, quote.note ? '✎' : ''].filter(Boolean).join(' · ');
  // A plain string tooltip: file content never becomes Markdown.
  item.tooltip = `${quote.text}\n\n${quote.speaker ?? ''}${quote.role ? `, ${quote.role}` : ''} — ${quote.status}${quote.note ? `\nNote: ${quote.note}` : ''}`;
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
