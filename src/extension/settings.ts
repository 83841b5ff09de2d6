import * as vscode from 'vscode';
import { DEFAULT_SOURCE_EXCLUDE, DEFAULT_SOURCE_INCLUDE, type SourceFilter } from '../core/sourceFiles';

/** What the editor can mark, each with its own `newsmark.decorations.<kind>` switch. */
export const DECORATION_KINDS = ['speakers', 'quotes', 'scareQuotes', 'figures'] as const;
export type DecorationKind = (typeof DECORATION_KINDS)[number];

/** A typed, immutable snapshot of the `newsmark.*` settings. Re-read only when they change. */
export interface NewsmarkSettings {
  readonly sources: SourceFilter;
  readonly maxFileSizeBytes: number;
  readonly decorations: Readonly<Record<DecorationKind, boolean>>;
  readonly extractOnOpen: boolean;
  readonly extractOnSave: boolean;
}

export function readSettings(): NewsmarkSettings {
  const config = vscode.workspace.getConfiguration('newsmark');
  const decorations = Object.fromEntries(DECORATION_KINDS.map((kind) => [kind, config.get<boolean>(`decorations.${kind}`, true)]));
  return Object.freeze({
    sources: Object.freeze({
      include: config.get<string[]>('sources.include', [...DEFAULT_SOURCE_INCLUDE]),
      exclude: config.get<string[]>('sources.exclude', [...DEFAULT_SOURCE_EXCLUDE]),
    }),
    maxFileSizeBytes: 1024 * config.get<number>('analysis.maxFileSizeKB', 5120),
    decorations: Object.freeze(decorations as Record<DecorationKind, boolean>),
    extractOnOpen: config.get<boolean>('extractOnOpen', true),
    extractOnSave: config.get<boolean>('extractOnSave', true),
  });
}

/** Calls `onChange` with a fresh snapshot whenever a `newsmark.*` setting changes. */
export function onSettingsChanged(onChange: (settings: NewsmarkSettings) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('newsmark')) onChange(readSettings());
  });
}
