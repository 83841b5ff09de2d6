import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import { annotationsFromAnalysis, type SourceAnnotations } from '../core/annotations';
import { isSourcePath } from '../core/sourceFiles';
import type { NewsmarkSettings } from './settings';
import { sourceUriForSidecar } from './sidecarFiles';
import { readSourceText } from './sourceDocuments';

/** One source as the views see it. */
export interface SourceState {
  readonly uri: vscode.Uri;
  readonly text: string;
  readonly annotations: SourceAnnotations;
  /** Set when the source is larger than `newsmark.analysis.maxFileSizeKB`: listed, not analysed. */
  readonly tooLarge?: boolean;
}

const EMPTY: SourceAnnotations = { articles: [], quotes: [], figures: [], people: [] };
const TYPING_DELAY_MS = 300;

/**
 * The single place views get a source's annotations from. Computes them lazily, caches them per text, and
 * announces a change (debounced while the person types) when a source or its sidecar changes.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with a source's uri when its annotations changed, or undefined when all may have. */
  readonly onDidChange = this.changed.event;
  private readonly cache = new Map<string, { text: string; state: SourceState }>();
  private readonly pendingTyping = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private settings: NewsmarkSettings) {
    const sidecarWatcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
    const onSidecar = (uri: vscode.Uri) => {
      const source = sourceUriForSidecar(uri);
      if (source) this.invalidate(source);
    };
    this.subscriptions.push(
      this.changed,
      sidecarWatcher,
      sidecarWatcher.onDidChange(onSidecar),
      sidecarWatcher.onDidCreate(onSidecar),
      sidecarWatcher.onDidDelete(onSidecar),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.isSource(event.document.uri)) this.invalidateSoon(event.document.uri);
        const source = sourceUriForSidecar(event.document.uri);
        if (source && event.contentChanges.length > 0) this.invalidateSoon(source);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.isSource(document.uri) && this.invalidate(document.uri)),
    );
  }

  updateSettings(settings: NewsmarkSettings): void {
    this.settings = settings;
    this.cache.clear();
    this.changed.fire(undefined);
  }

  /** Whether `uri` is a source under the current settings. */
  isSource(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    return isSourcePath(relative, this.settings.sources);
  }

  /** The source's current state, from the open editor's text if there is one, else from disk. */
  async get(uri: vscode.Uri): Promise<SourceState> {
    const text = await readSourceText(uri);
    const cached = this.cache.get(uri.toString());
    if (cached && cached.text === text) return cached.state;
    const state = this.compute(uri, text);
    this.cache.set(uri.toString(), { text, state });
    return state;
  }

  /** The cached state without reading anything (for hot paths such as hovers while typing). */
  peek(uri: vscode.Uri): SourceState | undefined {
    return this.cache.get(uri.toString())?.state;
  }

  /** Forget what is known about a source (or all) and tell the views. */
  invalidate(uri?: vscode.Uri): void {
    if (uri) this.cache.delete(uri.toString());
    else this.cache.clear();
    this.changed.fire(uri);
  }

  private invalidateSoon(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pendingTyping.get(key));
    this.pendingTyping.set(
      key,
      setTimeout(() => {
        this.pendingTyping.delete(key);
        this.invalidate(uri);
      }, TYPING_DELAY_MS),
    );
  }

  private compute(uri: vscode.Uri, text: string): SourceState {
    if (text.length > this.settings.maxFileSizeBytes) return { uri, text, annotations: EMPTY, tooLarge: true };
    return { uri, text, annotations: annotationsFromAnalysis(analyze(text)) };
  }

  dispose(): void {
    for (const timer of this.pendingTyping.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
