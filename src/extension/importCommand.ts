import * as vscode from 'vscode';
import { applyImport, type ImportResult } from '../core/export/applyImport';
import type { ImportFormat } from '../core/export/formats';
import type { AnnotationStore } from './annotationStore';
import { CommandIds } from './commandIds';
import { loadExchangeFormats, type ExchangeFormats } from './exchangeFormats';
import { exportPath } from './exportCommands';
import type { NewsmarkSettings } from './settings';
import { readSourceText } from './sourceDocuments';
import { findSources } from './sourceListing';

/** What the command can be given instead of asking (for tasks and tests). */
export interface ImportRequest {
  file?: vscode.Uri;
  /** The source(s) to import into; by default the ones the file names, else the person picks. */
  into?: vscode.Uri | vscode.Uri[];
  format?: ImportFormat;
}

export interface SourceImport {
  source: vscode.Uri;
  result: Omit<ImportResult, 'sidecar'>;
  written: boolean;
  reason?: string;
}

/**
 * "Newsmark: Import Annotations…": a W3C Web Annotation collection or a brat `.ann` goes into the sidecars of
 * the sources it annotates as `manual` items, anchored in their current text. What is there is never
 * overwritten (an import only fills in a missing note or speaker and adds tags); every write goes through the
 * store, so a broken sidecar is refused and an open one gets one undoable edit.
 */
export function registerImportCommand(store: AnnotationStore, getSettings: () => NewsmarkSettings): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.importAnnotations, async (request: ImportRequest = {}): Promise<SourceImport[] | undefined> => {
    const file = request.file ?? (await pickFile());
    if (!file) return undefined;
    const formats = await loadExchangeFormats();
    const format = request.format ?? formats.importFormatFor(file.path);
    if (!format) {
      void vscode.window.showErrorMessage(`Newsmark: ${baseName(file)} is neither a W3C collection (.json, .jsonld) nor a brat file (.ann).`);
      return undefined;
    }
    const content = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
    const targets = request.into ? [request.into].flat() : await chooseTargets(formats, file, format, content, getSettings());
    if (!targets || targets.length === 0) return undefined;
    // brat offsets refer to the .txt the .ann was made on, exported beside it
    const madeOn = format === 'brat' ? await readIfExists(file.with({ path: file.path.replace(/\.ann$/i, '.txt') })) : undefined;

    const outcomes: SourceImport[] = [];
    for (const source of targets) {
      const parsed = formats.importAnnotations(content, format, { source: exportPath(source), text: madeOn });
      let result: ImportResult | undefined;
      const change = await store.changeSidecar(source, (sidecarText, sourceFile, analysis) => {
        result = applyImport(sidecarText, sourceFile, analysis, parsed.items);
        if (result.sidecar === null || result.sidecar === sidecarText) return result.problems.length > 0 && result.added + result.updated === 0 ? { problems: result.problems } : { unchanged: true };
        return { text: result.sidecar };
      });
      const { sidecar: _written, ...counts } = result ?? emptyResult(parsed.items.length);
      counts.messages = [...parsed.warnings, ...counts.messages];
      outcomes.push({ source, result: counts, written: change.written, reason: change.written ? undefined : change.reason });
    }
    void report(outcomes);
    return outcomes;
  });
}

async function pickFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { 'W3C Web Annotations': ['json', 'jsonld'], 'brat standoff': ['ann'] },
    openLabel: 'Import',
    title: 'Newsmark: Import Annotations from',
  });
  return picked?.[0];
}

/** The sources the file annotates, matched by path; when none match, the person picks (the active source first). */
async function chooseTargets({ w3cTargetSources, segmentsInCommon }: ExchangeFormats, file: vscode.Uri, format: ImportFormat, content: string, settings: NewsmarkSettings): Promise<vscode.Uri[] | undefined> {
  const sources = await findSources(settings);
  // a W3C collection names its sources; a brat export names its .ann after the source, without the extension
  const named = format === 'w3c' ? w3cTargetSources(content) : [baseName(file).replace(/\.ann$/i, '')];
  const comparable = (uri: vscode.Uri) => (format === 'w3c' ? exportPath(uri) : exportPath(uri).replace(/\.[^./]*$/, ''));
  // the text a brat export copied beside its .ann is not where the annotations should go
  const copyBeside = file.with({ path: file.path.replace(/\.ann$/i, '.txt') }).toString();
  const candidates = sources.filter((uri) => uri.toString() !== copyBeside);
  // for each source the file names, the workspace sources whose paths agree with it the most
  const matched = new Set<vscode.Uri>();
  for (const target of named) {
    const scores = candidates.map((uri) => segmentsInCommon(target, comparable(uri)));
    const best = Math.max(0, ...scores);
    if (best > 0) candidates.forEach((uri, i) => scores[i] === best && matched.add(uri));
  }
  if (format === 'w3c' ? matched.size > 0 : matched.size === 1) return [...matched];
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const items = sources
    .map((uri) => ({ label: exportPath(uri), uri, picked: uri.toString() === active }))
    .sort((a, b) => Number(b.picked) - Number(a.picked));
  const picked = await vscode.window.showQuickPick(items, {
    title: `Newsmark: import ${baseName(file)} into which source?`,
    placeHolder: named.length > 0 ? `It names ${named.slice(0, 3).join(', ')}, which is not in this workspace` : undefined,
    canPickMany: format === 'w3c',
  });
  if (!picked) return undefined;
  return [picked].flat().map((item) => item.uri);
}

async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return await readSourceText(uri);
  } catch {
    return undefined;
  }
}

function emptyResult(items: number): ImportResult {
  return { sidecar: null, added: 0, updated: 0, skipped: 0, notFound: 0, failed: items, problems: [], messages: [] };
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function report(outcomes: readonly SourceImport[]): Promise<void> {
  const total = (key: 'added' | 'updated' | 'skipped' | 'notFound' | 'failed') => outcomes.reduce((sum, o) => sum + o.result[key], 0);
  const refused = outcomes.filter((o) => !o.written && o.reason !== 'nothing to change');
  const summary = `imported into ${outcomes.length} source(s): ${total('added')} added, ${total('updated')} filled in, ${total('skipped')} already there, ${total('notFound')} not found in the text${total('failed') ? `, ${total('failed')} failed` : ''}.`;
  const detail = [...refused.map((o) => `${exportPath(o.source)}: ${o.reason}`), ...outcomes.flatMap((o) => o.result.messages.map((m) => `${exportPath(o.source)}: ${m}`))].slice(0, 3).join('; ');
  // a notification has no room for detail: the first few reasons go in the message itself
  if (refused.length > 0 || total('notFound') + total('failed') > 0) void vscode.window.showWarningMessage(`Newsmark: ${summary}${detail ? ` ${detail}` : ''}`);
  else void vscode.window.showInformationMessage(`Newsmark: ${summary}`);
}
