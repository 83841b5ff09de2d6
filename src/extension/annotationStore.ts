import * as vscode from 'vscode';
import type { SourceAnnotations } from '../core/annotations';
import { BoundedCache } from '../core/boundedCache';
import type { Analysis, Figure } from '../core/model';
import { annotationsFor, type SidecarProblem } from '../core/sidecar';
import { isSourcePath } from '../core/sourceFiles';
import { looksBinaryText } from '../core/text/decode';
import type { AnalysisClient } from './analysisClient';
import type { NewsmarkSettings } from './settings';
import type { SidecarDiagnostics } from './sidecarDiagnostics';
import { readSidecarText, sidecarUriFor, sourceUriForSidecar, writeSidecarText } from './sidecarFiles';
import { readSourceWithin } from './sourceDocuments';

/** Sources whose text and annotations stay in memory; the rest are read again when asked for. */
const SOURCES_KEPT = 500;

/** One source as the views see it: the analysis of its current text merged with its sidecar. */
export interface SourceState {
  readonly uri: vscode.Uri;
  readonly text: string;
  /** The sidecar's text the annotations were merged from (null: there is none yet). */
  readonly sidecarText: string | null;
  readonly annotations: SourceAnnotations;
  /** Why the sidecar could not be used (it is then shown as if absent, and never written). */
  readonly problems: readonly SidecarProblem[];
  /** Set when the source is larger than `newsmark.analysis.maxFileSizeKB`: listed, not analysed. */
  readonly tooLarge?: boolean;
  /** Set when the source looks like a binary file (NUL or control bytes): listed, not analysed, never written. */
  readonly binary?: boolean;
  /** Why the analysis failed (the worker crashed or hung): listed without annotations, never written. */
  readonly analysisFailed?: string;
}

/** Why a source is listed but not analysed, in a few words for the views (undefined: it is analysed). */
export function notAnalysedLabel(state: SourceState): string | undefined {
  if (state.binary) return 'binary file, not analysed';
  if (state.tooLarge) return 'too large to analyse';
  if (state.analysisFailed) return `analysis failed: ${state.analysisFailed}`;
  return undefined;
}

/** What a sidecar change computes from the current sidecar, source text and analysis. */
/** Computes a sidecar's new text from its current one; `unchanged` when there is nothing to write. */
export type SidecarChange = (sidecarText: string | null, source: { name: string; text: string }, analysis: Analysis) => { text: string; id?: string } | { problems: SidecarProblem[] } | { unchanged: true };

export type SidecarChangeResult = { written: true; id?: string } | { written: false; reason: string };

/** Tries again this often when another writer changed the sidecar between our read and our write. */
const WRITE_ATTEMPTS = 3;

const EMPTY_ANALYSIS: Analysis = { articles: [], quotes: [], figures: [], entities: [] };
const TYPING_DELAY_MS = 300;

/**
 * The single place views get a source's annotations from. Computes them lazily, caches them per text, and
 * announces a change (debounced while the person types) when a source or its sidecar changes.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with a source's uri when its annotations changed, or undefined when all may have. */
  readonly onDidChange = this.changed.event;
  private readonly cache = new BoundedCache<string, SourceState>(SOURCES_KEPT);
  /** Per source, the analysis of the text last asked for (a promise, so concurrent views wait for one run). */
  private readonly analyses = new BoundedCache<string, { text: string; analysis: Promise<Analysis> }>(SOURCES_KEPT);
  private readonly pendingTyping = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per sidecar, the change being written (later ones wait for it). */
  private readonly sidecarWrites = new Map<string, Promise<void>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private settings: NewsmarkSettings,
    private readonly diagnostics: SidecarDiagnostics,
    private readonly analyser: AnalysisClient,
  ) {
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
    this.analyses.clear();
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
    const [source, sidecar] = await Promise.all([this.readSource(uri), this.readSidecar(uri)]);
    const cached = this.cache.get(uri.toString());
    const reusable = cached && !cached.analysisFailed; // a failed analysis is tried again on every ask
    if (reusable && cached.text === source.text && !cached.tooLarge === !source.tooLarge && cached.sidecarText === sidecar.text) return cached;
    const state = await this.compute(uri, source, sidecar);
    this.cache.set(uri.toString(), state);
    return state;
  }

  /** The cached state without reading anything (for hot paths such as hovers while typing). */
  peek(uri: vscode.Uri): SourceState | undefined {
    return this.cache.get(uri.toString());
  }

  /** The machine's analysis of the source's current text (cached per text; empty for a source too large to analyse). */
  async analysis(uri: vscode.Uri): Promise<{ text: string; analysis: Analysis; tooLarge: boolean }> {
    const source = await this.readSource(uri);
    return { text: source.text, analysis: await this.analyse(uri, source), tooLarge: source.tooLarge };
  }

  /** The figures the extractor reads in a few words on their own (a selection the person marks as a figure). */
  figuresIn(text: string): Promise<Figure[]> {
    return this.analyser.figuresIn(text);
  }

  private readSource(uri: vscode.Uri): Promise<{ text: string; tooLarge: boolean }> {
    return readSourceWithin(uri, this.settings.maxFileSizeBytes);
  }

  /**
   * Changes a source's sidecar through `change`, which computes the new text from the current one. The write is
   * atomic (or one undoable edit when the sidecar is open); if someone else changed the sidecar meanwhile the
   * change is recomputed from theirs, so neither is lost. A broken sidecar is reported and never written.
   */
  async changeSidecar(uri: vscode.Uri, change: SidecarChange): Promise<SidecarChangeResult> {
    // One change of a sidecar at a time: two commands at once both read the old text, and the second's write
    // passed the "unchanged since I read it" check before the first's landed, dropping the first's change.
    const key = sidecarUriFor(uri).toString();
    const previous = this.sidecarWrites.get(key) ?? Promise.resolve();
    const mine = previous.then(() => this.changeSidecarNow(uri, change));
    const settled = mine.then(() => undefined, () => undefined);
    this.sidecarWrites.set(key, settled);
    try {
      return await mine;
    } finally {
      if (this.sidecarWrites.get(key) === settled) this.sidecarWrites.delete(key);
    }
  }

  private async changeSidecarNow(uri: vscode.Uri, change: SidecarChange): Promise<SidecarChangeResult> {
    if (!vscode.workspace.isTrusted) return { written: false, reason: 'Newsmark does not write in an untrusted workspace.' };
    const sidecarUri = sidecarUriFor(uri);
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      let analysed: { text: string; analysis: Analysis; tooLarge: boolean };
      let sidecar: { text: string | null; problem?: SidecarProblem };
      try {
        [analysed, sidecar] = await Promise.all([this.analysis(uri), this.readSidecar(uri)]);
      } catch (error) {
        // without the analysis every auto item would look gone and be dropped: write nothing
        return { written: false, reason: `Newsmark could not analyse ${sourceName(uri)} (${errorMessage(error)}); the sidecar is left untouched.` };
      }
      const { text, analysis, tooLarge } = analysed;
      // an unanalysed source would look as if the machine found nothing, and its auto items would be dropped
      if (tooLarge) return { written: false, reason: `${sourceName(uri)} is larger than newsmark.analysis.maxFileSizeKB; Newsmark does not analyse it.` };
      if (looksBinaryText(text)) return { written: false, reason: `${sourceName(uri)} looks like a binary file, not a news text; Newsmark does not annotate it.` };
      if (sidecar.problem) return this.refuse(uri, [sidecar.problem]);
      const result = change(sidecar.text, { name: sourceName(uri), text }, analysis);
      if ('problems' in result) return this.refuse(uri, result.problems);
      if ('unchanged' in result) return { written: false, reason: 'nothing to change' };
      if (await writeSidecarText(sidecarUri, result.text, sidecar.text)) {
        this.diagnostics.report(sidecarUri, []);
        this.invalidate(uri);
        return { written: true, id: result.id };
      }
    }
    return { written: false, reason: `${sourceName(uri)}.annotations.yaml keeps changing; try again.` };
  }

  /** Forget what is known about a source (or all) and tell the views. */
  invalidate(uri?: vscode.Uri): void {
    if (uri) this.cache.delete(uri.toString());
    else this.cache.clear();
    if (!uri) this.analyses.clear();
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

  private refuse(uri: vscode.Uri, problems: SidecarProblem[]): SidecarChangeResult {
    this.diagnostics.report(sidecarUriFor(uri), problems);
    const first = problems[0];
    return { written: false, reason: `${sourceName(uri)}.annotations.yaml is not valid${first ? ` (line ${first.line}, column ${first.column}: ${first.message})` : ''}; fix it first — Newsmark leaves it untouched.` };
  }

  private async readSidecar(uri: vscode.Uri): Promise<{ text: string | null; problem?: SidecarProblem }> {
    try {
      return { text: await readSidecarText(sidecarUriFor(uri)) };
    } catch (error) {
      // a directory or an unreadable file where the sidecar should be: show the source without it
      return { text: null, problem: { message: `cannot read the sidecar: ${errorMessage(error)}`, line: 1, column: 1 } };
    }
  }

  /** The analysis of the source's text, run once per text; a failed one is not kept, so the next ask tries again. */
  private analyse(uri: vscode.Uri, { text, tooLarge }: { text: string; tooLarge: boolean }): Promise<Analysis> {
    if (tooLarge || looksBinaryText(text)) return Promise.resolve(EMPTY_ANALYSIS);
    const key = uri.toString();
    const cached = this.analyses.get(key);
    if (cached && cached.text === text) return cached.analysis;
    const entry = { text, analysis: this.analyser.analyze(key, text) };
    this.analyses.set(key, entry);
    entry.analysis.catch(() => this.analyses.get(key) === entry && this.analyses.delete(key));
    return entry.analysis;
  }

  private async compute(uri: vscode.Uri, source: { text: string; tooLarge: boolean }, sidecar: { text: string | null; problem?: SidecarProblem }): Promise<SourceState> {
    const { text, tooLarge } = source;
    if (tooLarge) {
      // listed, not analysed: re-anchoring the sidecar on megabytes of text would stall the editor too
      this.diagnostics.report(sidecarUriFor(uri), []);
      return { uri, text, sidecarText: sidecar.text, annotations: { articles: [], quotes: [], figures: [], people: [] }, problems: [], tooLarge };
    }
    const binary = looksBinaryText(text);
    let analysis: Analysis;
    try {
      analysis = await this.analyse(uri, source);
    } catch (error) {
      // shown without annotations (an empty analysis merged with the sidecar would mark every auto item orphaned)
      return { uri, text, sidecarText: sidecar.text, annotations: { articles: [], quotes: [], figures: [], people: [] }, problems: [], analysisFailed: errorMessage(error) };
    }
    const merged = annotationsFor(sidecar.problem ? null : sidecar.text, text, analysis);
    const problems = sidecar.problem ? [sidecar.problem] : merged.problems;
    this.diagnostics.report(sidecarUriFor(uri), problems);
    return { uri, text, sidecarText: sidecar.text, annotations: binary ? { ...merged.annotations, articles: [] } : merged.annotations, problems, binary: binary || undefined };
  }

  /** Forget a source that was deleted or renamed away. */
  forget(uri: vscode.Uri): void {
    this.analyses.delete(uri.toString());
    this.analyser.forget(uri.toString());
    this.invalidate(uri);
  }

  dispose(): void {
    for (const timer of this.pendingTyping.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The source's file name, as its sidecar records it. */
export function sourceName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
