import * as vscode from 'vscode';
import { CommandIds, SOURCES_VIEW_ID } from './commandIds';
import { registerRevealAnnotation } from './revealAnnotation';
import { onSettingsChanged, readSettings } from './settings';
import { SourcesTreeProvider } from './sourcesTree';

/** What `activate` returns: the live parts that integration tests inspect. */
export interface NewsmarkApi {
  readonly sourcesTree: SourcesTreeProvider;
}

/** Wires Newsmark's features; shared by the Node and the web-worker entry points. Keep it cheap. */
export function activateNewsmark(context: vscode.ExtensionContext): NewsmarkApi {
  const sourcesTree = new SourcesTreeProvider(readSettings());
  const treeView = vscode.window.createTreeView(SOURCES_VIEW_ID, { treeDataProvider: sourcesTree, showCollapseAll: true });
  const sourceWatcher = vscode.workspace.createFileSystemWatcher('**/*.txt');

  context.subscriptions.push(
    sourcesTree,
    treeView,
    sourceWatcher,
    sourceWatcher.onDidCreate(() => sourcesTree.refresh()),
    sourceWatcher.onDidDelete(() => sourcesTree.refresh()),
    sourceWatcher.onDidChange((uri) => sourcesTree.refresh(uri)),
    onSettingsChanged((settings) => sourcesTree.updateSettings(settings)),
    registerRevealAnnotation(),
    vscode.commands.registerCommand(CommandIds.refreshSources, () => sourcesTree.refresh()),
  );
  return { sourcesTree };
}
