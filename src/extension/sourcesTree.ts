import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { Quote } from '../core/model';
import { CommandIds } from './commandIds';
import type { NewsmarkSettings } from './settings';
import { findSources, readSourceText } from './sourceDocuments';

export type SourcesTreeNode = SourceNode | QuoteNode;

export interface SourceNode {
  readonly kind: 'source';
  readonly uri: vscode.Uri;
}

export interface QuoteNode {
  readonly kind: 'quote';
  readonly source: SourceNode;
  readonly quote: Quote;
}

const QUOTE_LABEL_LENGTH = 60;

/**
 * Sources → quotes. Sources are listed from the workspace; a source is read and analysed only when it is
 * expanded, so the view opens quickly on large archives.
 */
export class SourcesTreeProvider implements vscode.TreeDataProvider<SourcesTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SourcesTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private sourceNodes = new Map<string, SourceNode>();

  constructor(private settings: NewsmarkSettings) {}

  updateSettings(settings: NewsmarkSettings): void {
    this.settings = settings;
    this.refresh();
  }

  /** Re-reads everything, or only one source's children. */
  refresh(sourceUri?: vscode.Uri): void {
    const node = sourceUri && this.sourceNodes.get(sourceUri.toString());
    this.changed.fire(node || undefined);
  }

  async getChildren(element?: SourcesTreeNode): Promise<SourcesTreeNode[]> {
    if (!element) {
      const uris = await findSources(this.settings);
      const nodes = new Map<string, SourceNode>();
      for (const uri of uris) nodes.set(uri.toString(), this.sourceNodes.get(uri.toString()) ?? { kind: 'source', uri });
      this.sourceNodes = nodes;
      return [...nodes.values()];
    }
    if (element.kind === 'source') {
      const text = await readSourceText(element.uri);
      if (text.length > this.settings.maxFileSizeBytes) return [];
      return analyze(text).quotes.map((quote) => ({ kind: 'quote', source: element, quote }));
    }
    return [];
  }

  getParent(element: SourcesTreeNode): SourcesTreeNode | undefined {
    return element.kind === 'quote' ? element.source : undefined;
  }

  getTreeItem(element: SourcesTreeNode): vscode.TreeItem {
    return element.kind === 'source' ? sourceItem(element) : quoteItem(element);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function sourceItem(node: SourceNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.uri.toString();
  item.contextValue = 'newsmark.source';
  item.iconPath = vscode.ThemeIcon.File; // a file icon from the theme, not the folder icon collapsible items get
  item.description = vscode.workspace.asRelativePath(node.uri, false).replace(/[^/]*$/, '').replace(/\/$/, '');
  return item;
}

function quoteItem(node: QuoteNode): vscode.TreeItem {
  const { quote } = node;
  const words = quote.text.length > QUOTE_LABEL_LENGTH ? `${quote.text.slice(0, QUOTE_LABEL_LENGTH - 1).trimEnd()}…` : quote.text;
  const label = quote.speaker ? `${quote.speaker}: “${words}”` : `“${words}”`;
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.source.uri.toString()}#${quote.start}-${quote.end}`;
  item.contextValue = `newsmark.quote.${quote.kind}`;
  item.iconPath = new vscode.ThemeIcon(quote.kind === 'scare' ? 'symbol-string' : 'quote');
  item.tooltip = quote.text;
  item.command = {
    command: CommandIds.revealAnnotation,
    title: 'Reveal in Source',
    arguments: [node.source.uri, quote.start, quote.end],
  };
  return item;
}
