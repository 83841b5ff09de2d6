import * as vscode from 'vscode';
import type { AnalysisClient } from './analysisClient';
import { registerAnnotationCommands } from './annotationCommands';
import { AnnotationStore } from './annotationStore';
import { CommandIds, SOURCES_VIEW_ID } from './commandIds';
import { trackActiveSource } from './contextKeys';
import { DecorationController } from './decorations';
import { registerExportCommand } from './exportCommands';
import { registerHovers } from './hovers';
import { registerImportCommand } from './importCommand';
import { registerQuoteNavigation } from './quoteNavigation';
import { registerRevealAnnotation } from './revealAnnotation';
import { onSettingsChanged, readSettings } from './settings';
import { registerAutomaticExtraction, registerSidecarCommands } from './sidecarCommands';
import { SidecarDiagnostics } from './sidecarDiagnostics';
import { registerSourceRenames } from './sourceRenames';
import { SourcesTreeProvider, type SourcesTreeNode } from './sourcesTree';
import { SourceStatusBar } from './statusBar';
import { registerToggleDecorations } from './toggleDecorations';
import { registerTreeCommands } from './treeCommands';
import { WorkspacePeopleIndex } from './workspacePeopleIndex';

/** What `activate` returns: the live parts that integration tests inspect. */
export interface NewsmarkApi {
  /** Where the analysis runs (a worker thread in the Node extension host). */
  readonly analysis: AnalysisClient;
  readonly store: AnnotationStore;
  readonly sourcesTree: SourcesTreeProvider;
  readonly treeView: vscode.TreeView<SourcesTreeNode>;
  readonly decorations: DecorationController;
  readonly statusBar: SourceStatusBar;
  readonly diagnostics: SidecarDiagnostics;
  readonly people: WorkspacePeopleIndex;
  /** How long `activateNewsmark` took, in ms: our own share of activation (bench/activation.mjs reads it). */
  readonly activationMs: number;
}

/**
 * Wires Newsmark's features; shared by the Node and the web-worker entry points, which say where the analysis
 * runs (`analysis`: a worker thread, or this one). Keep it cheap.
 */
export function activateNewsmark(context: vscode.ExtensionContext, analysis: AnalysisClient): NewsmarkApi {
  const startedAt = performance.now();
  let settings = readSettings();
  const diagnostics = new SidecarDiagnostics();
  const store = new AnnotationStore(settings, diagnostics, analysis);
  const people = new WorkspacePeopleIndex(store, settings);
  const sourcesTree = new SourcesTreeProvider(store, settings);
  const treeView = vscode.window.createTreeView(SOURCES_VIEW_ID, { treeDataProvider: sourcesTree, showCollapseAll: true });
  const decorations = new DecorationController(store, settings);
  const statusBar = new SourceStatusBar(store);
  const sourceWatcher = vscode.workspace.createFileSystemWatcher('**/*');

  const currentSettings = () => settings;

  context.subscriptions.push(
    analysis,
    diagnostics,
    store,
    people,
    sourcesTree,
    treeView,
    decorations,
    statusBar,
    sourceWatcher,
    // a new or deleted file may change the list of sources; a changed one, that source's annotations
    sourceWatcher.onDidCreate((uri) => store.isSource(uri) && sourcesTree.refresh()),
    sourceWatcher.onDidDelete((uri) => {
      if (!store.isSource(uri)) return;
      store.forget(uri);
      sourcesTree.refresh();
    }),
    sourceWatcher.onDidChange((uri) => store.isSource(uri) && store.invalidate(uri)),
    // one workspace folder lists its contents at the root, several list a node each
    vscode.workspace.onDidChangeWorkspaceFolders(() => sourcesTree.refresh()),
    onSettingsChanged((next) => {
      settings = next;
      store.updateSettings(next);
      people.updateSettings(next);
      sourcesTree.updateSettings(next);
      decorations.updateSettings(next);
    }),
    trackActiveSource(store),
    registerRevealAnnotation(),
    registerHovers(store, people),
    registerTreeCommands(sourcesTree, treeView),
    registerAnnotationCommands(store, people),
    registerSidecarCommands(store, currentSettings),
    registerAutomaticExtraction(store, currentSettings),
    registerSourceRenames(store),
    registerExportCommand(store, treeView, currentSettings),
    registerImportCommand(store, currentSettings),
    registerQuoteNavigation(store),
    registerToggleDecorations(),
    vscode.commands.registerCommand(CommandIds.refreshSources, () => {
      store.invalidate();
      sourcesTree.refresh();
    }),
  );
  return { analysis, store, sourcesTree, treeView, decorations, statusBar, diagnostics, people, activationMs: performance.now() - startedAt };
}
