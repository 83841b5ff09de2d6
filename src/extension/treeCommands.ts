import * as vscode from 'vscode';
import { parseAnnotationFilter } from '../core/annotationFilter';
import { CommandIds } from './commandIds';
import type { SourcesTreeNode, SourcesTreeProvider } from './sourcesTree';

/** Context keys the view's title buttons switch on. */
const BY_SPEAKER_KEY = 'newsmark.tree.bySpeaker';
const FILTERED_KEY = 'newsmark.tree.filtered';

/** Group by speaker / by source, and filter the tree by speaker, status or text. */
export function registerTreeCommands(tree: SourcesTreeProvider, view: vscode.TreeView<SourcesTreeNode>): vscode.Disposable {
  const showState = () => {
    const filter = tree.activeFilter;
    view.description = filter ? `filter: ${filter.query}` : tree.groupedBySpeaker ? 'by speaker' : undefined;
    view.message = filter?.ignored.length ? `Not understood: ${filter.ignored.join(' ')} (use status:auto|confirmed|edited|rejected|manual|orphaned, kind:direct|scare|figure)` : undefined;
    void vscode.commands.executeCommand('setContext', BY_SPEAKER_KEY, tree.groupedBySpeaker);
    void vscode.commands.executeCommand('setContext', FILTERED_KEY, filter !== undefined);
  };
  const groupBy = (bySpeaker: boolean) => {
    tree.setGroupedBySpeaker(bySpeaker);
    showState();
  };
  showState();
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.groupBySpeaker, () => groupBy(true)),
    vscode.commands.registerCommand(CommandIds.groupBySource, () => groupBy(false)),
    vscode.commands.registerCommand(CommandIds.filterTree, async (query?: string) => {
      const typed =
        typeof query === 'string'
          ? query
          : await vscode.window.showInputBox({
              title: 'Filter Newsmark annotations',
              prompt: 'Words in the text, speaker:<name>, status:<auto|confirmed|edited|rejected|manual|orphaned>, kind:<direct|scare|figure>',
              placeHolder: 'speaker:healey status:auto drones',
              value: tree.activeFilter?.query ?? '',
            });
      if (typed === undefined) return; // cancelled: keep what was there
      tree.setFilter(parseAnnotationFilter(typed));
      showState();
    }),
    vscode.commands.registerCommand(CommandIds.clearTreeFilter, () => {
      tree.setFilter(undefined);
      showState();
    }),
  );
}
