import * as vscode from 'vscode';
import { locateInSidecar, updateSidecar } from '../core/sidecar';
import { notAnalysedLabel, type AnnotationStore, type SidecarChangeResult } from './annotationStore';
import { resolveTarget } from './annotationTarget';
import { CommandIds } from './commandIds';
import type { NewsmarkSettings } from './settings';
import { sidecarUriFor } from './sidecarFiles';
import { findSources } from './sourceListing';
import type { SourcesTreeNode } from './sourcesTree';

/** Re-extracts one source into its sidecar: auto items refreshed, everything a person decided kept. */
export function extractSource(store: AnnotationStore, uri: vscode.Uri): Promise<SidecarChangeResult> {
  return store.changeSidecar(uri, (sidecarText, source, analysis) => updateSidecar(sidecarText, source, analysis));
}

/** The source a command is about: a tree node's, the one given, or the active editor's. */
function sourceOf(store: AnnotationStore, argument: unknown): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) return argument;
  const node = argument as SourcesTreeNode | undefined;
  if (node && typeof node === 'object' && 'kind' in node) {
    if (node.kind === 'source') return node.uri;
    if ('source' in node) return node.source.uri;
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && store.isSource(active)) return active;
  const sidecarSource = active && active.path.endsWith('.annotations.yaml') ? active.with({ path: active.path.slice(0, -'.annotations.yaml'.length) }) : undefined;
  return sidecarSource && store.isSource(sidecarSource) ? sidecarSource : undefined;
}

/** Opens a sidecar, writing it first from the current analysis when the source has none yet. */
async function openSidecar(store: AnnotationStore, source: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const state = await store.get(source);
  if (state.sidecarText === null && state.problems.length === 0) {
    const result = await extractSource(store, source);
    if (!result.written) {
      void vscode.window.showErrorMessage(`Newsmark: ${result.reason}`);
      return undefined;
    }
  }
  const document = await vscode.workspace.openTextDocument(sidecarUriFor(source));
  return vscode.window.showTextDocument(document, { preview: false });
}

export function registerSidecarCommands(store: AnnotationStore, getSettings: () => NewsmarkSettings): vscode.Disposable {
  const report = (result: SidecarChangeResult) => {
    if (!result.written) void vscode.window.showErrorMessage(`Newsmark: ${result.reason}`);
    return result;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.openSidecar, async (argument?: unknown) => {
      const source = sourceOf(store, argument);
      if (!source) return void vscode.window.showInformationMessage('Newsmark: open a source first.');
      return openSidecar(store, source);
    }),
    vscode.commands.registerCommand(CommandIds.editInSidecar, async (argument?: unknown) => {
      const target = await resolveTarget(store, argument);
      if (!target) return void vscode.window.showInformationMessage('Newsmark: put the cursor on a quote or figure in a source, or use the Newsmark view.');
      // an auto item may not be written yet: writing the sidecar first gives it its place
      let state = await store.get(target.uri);
      if (state.sidecarText === null || locateInSidecar(state.sidecarText, target.item.id) === undefined) {
        report(await extractSource(store, target.uri));
        state = await store.get(target.uri);
      }
      const editor = await openSidecar(store, target.uri);
      const at = editor && locateInSidecar(editor.document.getText(), target.item.id);
      if (!editor || !at) return editor;
      const position = new vscode.Position(at.line - 1, at.column - 1);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
      return editor;
    }),
    vscode.commands.registerCommand(CommandIds.reextractSource, async (argument?: unknown) => {
      const source = sourceOf(store, argument);
      if (!source) return void vscode.window.showInformationMessage('Newsmark: open a source first.');
      return report(await extractSource(store, source));
    }),
    vscode.commands.registerCommand(CommandIds.reextractWorkspace, () => {
      // say it once, instead of once per source after a pass that writes nothing
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showErrorMessage('Newsmark: Newsmark does not write in an untrusted workspace; trust it to re-extract.');
        return { done: 0, total: 0, failed: [] };
      }
      return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Newsmark: re-extracting', cancellable: true }, async (progress, token) => {
        const sources = await findSources(getSettings(), token);
        const failed: string[] = [];
        let done = 0;
        for (const source of sources) {
          if (token.isCancellationRequested) break;
          progress.report({ message: `${done + 1} of ${sources.length}: ${vscode.workspace.asRelativePath(source, false)}`, increment: 100 / Math.max(1, sources.length) });
          const result = await extractSource(store, source).catch((error: unknown) => ({ written: false as const, reason: String(error) }));
          if (!result.written) failed.push(`${vscode.workspace.asRelativePath(source, false)}: ${result.reason}`);
          done++;
        }
        const summary = `${done} of ${sources.length} sources re-extracted${failed.length ? `, ${failed.length} left untouched (see Problems)` : ''}${token.isCancellationRequested ? ' — cancelled' : ''}.`;
        // a notification has no room for detail: the first few reasons go in the message itself
        if (failed.length) void vscode.window.showWarningMessage(`Newsmark: ${summary} ${failed.slice(0, 3).join('; ')}`);
        else void vscode.window.showInformationMessage(`Newsmark: ${summary}`);
        return { done, total: sources.length, failed };
      });
    }),
  );
}

/**
 * `newsmark.extractOnSave`: saving a source merges its fresh analysis into its sidecar.
 * `newsmark.extractOnOpen`: opening a source that already has a sidecar refreshes the machine's items in it
 * (a source without one is analysed and shown, but no file appears until the person asks for one or saves).
 */
export function registerAutomaticExtraction(store: AnnotationStore, getSettings: () => NewsmarkSettings): vscode.Disposable {
  const refresh = async (document: vscode.TextDocument, createSidecar: boolean) => {
    if (!store.isSource(document.uri) || !vscode.workspace.isTrusted) return;
    const state = await store.get(document.uri);
    if (notAnalysedLabel(state) || state.problems.length > 0) return;
    if (state.sidecarText === null && !createSidecar) return;
    await extractSource(store, document.uri);
  };
  return vscode.Disposable.from(
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (getSettings().extractOnSave) void refresh(document, true);
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (getSettings().extractOnOpen) void refresh(document, false);
    }),
  );
}
