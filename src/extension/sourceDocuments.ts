import * as vscode from 'vscode';
import { isExcludedFolder, isSourcePath, type SourceFilter } from '../core/sourceFiles';
import type { NewsmarkSettings } from './settings';

/**
 * The workspace's source files, sorted by path. Walks each folder with `workspace.fs` (so virtual file systems
 * work too) and never enters an excluded folder: `findFiles` took 1.4–3 s on a 10,000-source archive before the
 * tree could paint. Honours `files.exclude` as `findFiles` did; linked folders are not followed (they can loop).
 */
export async function findSources(settings: NewsmarkSettings, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    await collectSources(folder.uri, '', { sources: settings.sources, hidden: filesExcludeOf(folder) }, found, token);
  }
  const byPath = new Intl.Collator().compare; // the order localeCompare gave, without its per-call set-up
  return found.sort((a, b) => byPath(a.path, b.path));
}

interface WalkFilters {
  readonly sources: SourceFilter;
  /** `files.exclude`, as an include list: what it matches is hidden, files and folders alike. */
  readonly hidden: SourceFilter;
}

async function collectSources(dir: vscode.Uri, relative: string, filters: WalkFilters, found: vscode.Uri[], token?: vscode.CancellationToken): Promise<void> {
  if (token?.isCancellationRequested) return;
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return; // an unreadable folder has no sources we can show
  }
  const subfolders: Promise<void>[] = [];
  for (const [name, type] of entries) {
    const path = relative ? `${relative}/${name}` : name;
    if (isSourcePath(path, filters.hidden)) continue;
    if (type & vscode.FileType.Directory) {
      if (!(type & vscode.FileType.SymbolicLink) && !isExcludedFolder(path, filters.sources)) subfolders.push(collectSources(vscode.Uri.joinPath(dir, name), path, filters, found, token));
    } else if (type & vscode.FileType.File && isSourcePath(path, filters.sources)) {
      found.push(vscode.Uri.joinPath(dir, name));
    }
  }
  await Promise.all(subfolders);
}

function filesExcludeOf(folder: vscode.WorkspaceFolder): SourceFilter {
  const patterns = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude', {});
  return { include: Object.keys(patterns).filter((glob) => patterns[glob] === true), exclude: [] };
}

/** The text of a source as the user sees it: the open editor's buffer if there is one, else the file on disk. */
export async function readSourceText(uri: vscode.Uri): Promise<string> {
  const open = openDocument(uri);
  if (open) return open.getText();
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * Like `readSourceText`, but a file on disk larger than `maxBytes` is not read at all (`tooLarge`, empty text):
 * reading and decoding 50 MB blocked the extension host for seconds. An open editor's buffer is already in
 * memory and is measured in characters.
 */
export async function readSourceWithin(uri: vscode.Uri, maxBytes: number): Promise<{ text: string; tooLarge: boolean }> {
  const open = openDocument(uri);
  if (open) {
    const text = open.getText();
    return { text, tooLarge: text.length > maxBytes };
  }
  if ((await vscode.workspace.fs.stat(uri)).size > maxBytes) return { text: '', tooLarge: true };
  return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)), tooLarge: false };
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}
