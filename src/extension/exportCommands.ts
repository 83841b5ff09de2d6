import * as vscode from 'vscode';
import type { ExportOptions, ExportSource } from '../core/export/common';
import type { ExportFormat } from '../core/export/formats';
import type { AnnotationStore } from './annotationStore';
import { writeFileAtomically } from './atomicFiles';
import { CommandIds } from './commandIds';
import { loadExchangeFormats, type ExchangeFormats } from './exchangeFormats';
import type { NewsmarkSettings } from './settings';
import { findSources, findSourcesUnder } from './sourceListing';
import type { SourcesTreeNode } from './sourcesTree';

export type ExportScope = 'active' | 'selected' | 'workspace';

/** What the command can be given instead of asking (for keybindings, tasks and tests). */
export interface ExportRequest {
  format?: ExportFormat;
  scope?: ExportScope;
  /** The file to write, or for brat the folder. */
  destination?: vscode.Uri;
  onlyConfirmed?: boolean;
  includeRejected?: boolean;
  bom?: boolean;
}

export interface ExportResult {
  destination: vscode.Uri;
  files: vscode.Uri[];
  sources: number;
  items: number;
}

/** A source's path in an export: relative to its workspace folder (named too when there are several). */
export function exportPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** "Newsmark: Export Annotations…": format, scope, options and destination, then the file(s) written atomically. */
export function registerExportCommand(store: AnnotationStore, treeView: vscode.TreeView<SourcesTreeNode>, getSettings: () => NewsmarkSettings): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.exportAnnotations, async (request: ExportRequest = {}): Promise<ExportResult | undefined> => {
    const formats = await loadExchangeFormats();
    const format = request.format ?? (await pickFormat(formats));
    if (!format) return undefined;
    const scope = request.scope ?? (await pickScope(treeView));
    if (!scope) return undefined;
    const options = request.onlyConfirmed !== undefined || request.includeRejected !== undefined || request.bom !== undefined || request.destination ? requestOptions(request) : await pickOptions(format);
    if (!options) return undefined;
    const destination = request.destination ?? (await pickDestination(formats, format));
    if (!destination) return undefined;

    const uris = await sourcesInScope(scope, treeView, store, getSettings);
    if (uris.length === 0) {
      void vscode.window.showWarningMessage('Newsmark: there is no source to export here.');
      return undefined;
    }
    const sources = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Newsmark: exporting', cancellable: true },
      (progress, token) => readSources(store, uris, progress, token),
    );
    if (!sources) return undefined;
    const result = await writeExport(formats, sources, format, options, destination);
    void announce(result, format);
    return result;
  });
}

function requestOptions(request: ExportRequest): ExportOptions {
  return { onlyConfirmed: request.onlyConfirmed ?? false, includeRejected: request.includeRejected ?? false, bom: request.bom ?? false };
}

async function pickFormat({ EXPORT_FORMATS }: ExchangeFormats): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: f.label, description: f.multiFile ? 'a folder' : `.${f.extension}`, format: f.format })),
    { title: 'Newsmark: Export Annotations (1/3) — format', placeHolder: 'Export as…' },
  );
  return picked?.format;
}

async function pickScope(treeView: vscode.TreeView<SourcesTreeNode>): Promise<ExportScope | undefined> {
  const choices: Array<vscode.QuickPickItem & { scope: ExportScope }> = [];
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active) choices.push({ label: '$(file) The active source', description: vscode.workspace.asRelativePath(active, false), scope: 'active' });
  const selected = treeView.selection.length;
  if (selected > 0) choices.push({ label: '$(list-selection) The sources selected in the tree', description: `${selected} selected`, scope: 'selected' });
  choices.push({ label: '$(folder-library) The whole workspace', scope: 'workspace' });
  if (choices.length === 1) return 'workspace';
  const picked = await vscode.window.showQuickPick(choices, { title: 'Newsmark: Export Annotations (2/3) — which sources' });
  return picked?.scope;
}

async function pickOptions(format: ExportFormat): Promise<ExportOptions | undefined> {
  const items: Array<vscode.QuickPickItem & { key: keyof ExportOptions }> = [
    { label: 'Only confirmed items', detail: 'confirmed, edited and manual items: what a person decided', key: 'onlyConfirmed' },
    { label: 'Include rejected items', detail: 'left out by default', key: 'includeRejected' },
  ];
  if (format === 'csv') items.push({ label: 'Start with a UTF-8 byte-order mark', detail: 'so Excel reads accents right', key: 'bom' });
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Newsmark: Export Annotations (3/3) — options',
    placeHolder: 'Tick what applies, or press Enter for everything but rejected items',
    canPickMany: true,
  });
  if (!picked) return undefined;
  const options: ExportOptions = {};
  for (const item of picked) options[item.key] = true as never;
  return options;
}

async function pickDestination({ EXPORT_FORMATS }: ExchangeFormats, format: ExportFormat): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (format === 'brat') {
    const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folder, openLabel: 'Export brat files here', title: 'Newsmark: folder for the brat files' });
    return picked?.[0];
  }
  const { extension, label } = EXPORT_FORMATS.find((f) => f.format === format)!;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, `newsmark-annotations.${extension}`) : undefined,
    filters: { [label]: [extension] },
    saveLabel: 'Export',
    title: 'Newsmark: export to',
  });
}

/** The sources the tree's selection stands for: every source under a selected folder, a selected source, or the source of a selected article, quote… */
async function selectedSourceUris(treeView: vscode.TreeView<SourcesTreeNode>, settings: NewsmarkSettings): Promise<vscode.Uri[]> {
  const uris = new Map<string, vscode.Uri>();
  for (const node of treeView.selection) {
    if (node.kind === 'folder') for (const uri of await findSourcesUnder(node, settings)) uris.set(uri.toString(), uri);
    else if (node.kind === 'source') uris.set(node.uri.toString(), node.uri);
    else if (node.kind === 'speaker') for (const { source } of node.quotes) uris.set(source.uri.toString(), source.uri);
    else {
      const source = node.kind === 'group' ? (node.parent.kind === 'source' ? node.parent : node.parent.source) : node.source;
      uris.set(source.uri.toString(), source.uri);
    }
  }
  return [...uris.values()];
}

async function sourcesInScope(scope: ExportScope, treeView: vscode.TreeView<SourcesTreeNode>, store: AnnotationStore, getSettings: () => NewsmarkSettings): Promise<vscode.Uri[]> {
  if (scope === 'active') {
    const active = vscode.window.activeTextEditor?.document.uri;
    return active && store.isSource(active) ? [active] : [];
  }
  if (scope === 'selected') return selectedSourceUris(treeView, getSettings());
  return findSources(getSettings());
}

/** Each source's current text and annotations (sidecar merged with the analysis), or undefined if cancelled. */
async function readSources(store: AnnotationStore, uris: readonly vscode.Uri[], progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<ExportSource[] | undefined> {
  const sources: ExportSource[] = [];
  const broken: string[] = [];
  for (const [index, uri] of uris.entries()) {
    if (token.isCancellationRequested) return undefined;
    if (uris.length > 1) progress.report({ message: `${index + 1} of ${uris.length}: ${exportPath(uri)}`, increment: 100 / uris.length });
    const state = await store.get(uri);
    // a sidecar that cannot be read would export the machine's view without the person's decisions
    if (state.problems.length > 0) broken.push(exportPath(uri));
    sources.push({ path: exportPath(uri), text: state.text, annotations: state.annotations });
  }
  if (broken.length > 0) {
    const go = await vscode.window.showWarningMessage(
      `Newsmark: ${broken.length} sidecar(s) cannot be read (see Problems); their sources would be exported without your decisions.`,
      { modal: true, detail: broken.slice(0, 10).join('\n') },
      'Export Anyway',
    );
    if (go !== 'Export Anyway') return undefined;
  }
  return sources;
}

async function writeExport({ exportAnnotations, selectedItems }: ExchangeFormats, sources: readonly ExportSource[], format: ExportFormat, options: ExportOptions, destination: vscode.Uri): Promise<ExportResult> {
  const items = sources.reduce((sum, source) => sum + selectedItems(source.annotations, options).length, 0);
  if (format === 'brat') {
    const files: vscode.Uri[] = [];
    for (const file of exportAnnotations(sources, 'brat', options)) {
      const uri = vscode.Uri.joinPath(destination, ...file.path.split('/').filter((part) => part !== '..' && part !== '.' && part !== ''));
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await writeFileAtomically(uri, file.content);
      files.push(uri);
    }
    return { destination, files, sources: sources.length, items };
  }
  await writeFileAtomically(destination, exportAnnotations(sources, format, options));
  return { destination, files: [destination], sources: sources.length, items };
}

async function announce(result: ExportResult, format: ExportFormat): Promise<void> {
  const where = format === 'brat' ? `${result.files.length} files in ${vscode.workspace.asRelativePath(result.destination, false)}` : vscode.workspace.asRelativePath(result.destination, false);
  const actions = format === 'brat' ? ['Reveal in Explorer'] : format === 'md' ? ['Open Preview', 'Open'] : ['Open'];
  const choice = await vscode.window.showInformationMessage(`Newsmark: exported ${result.items} annotations from ${result.sources} source(s) to ${where}.`, ...actions);
  if (choice === 'Open') await vscode.window.showTextDocument(result.destination);
  else if (choice === 'Open Preview') await vscode.commands.executeCommand('markdown.showPreview', result.destination);
  else if (choice === 'Reveal in Explorer') await vscode.commands.executeCommand('revealInExplorer', result.files[0] ?? result.destination);
}
