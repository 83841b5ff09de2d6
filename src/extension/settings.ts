import * as vscode from 'vscode';
import { DEFAULT_SOURCE_EXCLUDE, DEFAULT_SOURCE_INCLUDE, type SourceFilter } from '../core/sourceFiles';

/** A typed, immutable snapshot of the `newsmark.*` settings. Re-read only when they change. */
export interface NewsmarkSettings {
  readonly sources: SourceFilter;
  readonly maxFileSizeBytes: number;
}

export function readSettings(): NewsmarkSettings {
  const config = vscode.workspace.getConfiguration('newsmark');
  return Object.freeze({
    sources: Object.freeze({
      include: config.get<string[]>('sources.include', [...DEFAULT_SOURCE_INCLUDE]),
      exclude: config.get<string[]>('sources.exclude', [...DEFAULT_SOURCE_EXCLUDE]),
    }),
    maxFileSizeBytes: 1024 * config.get<number>('analysis.maxFileSizeKB', 5120),
  });
}

/** Calls `onChange` with a fresh snapshot whenever a `newsmark.*` setting changes. */
export function onSettingsChanged(onChange: (settings: NewsmarkSettings) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('newsmark')) onChange(readSettings());
  });
}
