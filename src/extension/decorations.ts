import * as vscode from 'vscode';
import type { SourceAnnotations } from '../core/annotations';
import type { Span } from '../core/model';
import { notAnalysedLabel, type AnnotationStore } from './annotationStore';
import { decorationSpans, type DecorationSlot } from './decorationSpans';
import type { NewsmarkSettings } from './settings';

/** Past this many lines only what is on screen (and a margin) is decorated, so typing never stalls. */
const VISIBLE_ONLY_LINES = 20_000;
const VISIBLE_MARGIN_LINES = 200;

function createDecorationTypes(): Record<DecorationSlot, vscode.TextEditorDecorationType> {
  const color = (id: string) => new vscode.ThemeColor(`newsmark.${id}`);
  return {
    speakers: vscode.window.createTextEditorDecorationType({ color: color('speakerForeground'), fontWeight: '600' }),
    quotes: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('quoteBackground'),
      overviewRulerColor: color('quoteBackground'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    scareQuotes: vscode.window.createTextEditorDecorationType({ borderStyle: 'dotted', borderWidth: '0 0 1px 0', borderColor: color('scareQuoteBorder') }),
    figures: vscode.window.createTextEditorDecorationType({
      borderStyle: 'solid',
      borderWidth: '1px',
      borderRadius: '3px',
      borderColor: color('figureBorder'),
      overviewRulerColor: color('figureBorder'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
    confirmed: vscode.window.createTextEditorDecorationType({ after: { contentText: '✓', color: color('confirmedForeground'), margin: '0 0 0 2px' } }),
    rejected: vscode.window.createTextEditorDecorationType({ textDecoration: 'line-through', opacity: '0.6' }),
  };
}

/** The ranges of one editor's decorations, by slot: what the person sees (and what the tests check). */
export type AppliedDecorations = Record<DecorationSlot, vscode.Range[]>;

/**
 * Marks speakers, direct quotes, scare quotes and figures in visible source editors, with confirmed and
 * rejected states. Recomputed when the store announces a change (already debounced while typing).
 */
export class DecorationController implements vscode.Disposable {
  private readonly types = createDecorationTypes();
  private readonly applied = new Map<string, AppliedDecorations>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: AnnotationStore,
    private settings: NewsmarkSettings,
  ) {
    this.subscriptions.push(
      store.onDidChange((uri) => this.refresh(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document.lineCount > VISIBLE_ONLY_LINES) void this.decorate(event.textEditor);
      }),
    );
    this.refresh();
  }

  updateSettings(settings: NewsmarkSettings): void {
    this.settings = settings;
    this.refresh();
  }

  /** The decorations last applied to the visible editor of `uri`, if any. */
  appliedTo(uri: vscode.Uri): AppliedDecorations | undefined {
    return this.applied.get(uri.toString());
  }

  refresh(uri?: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!uri || editor.document.uri.toString() === uri.toString()) void this.decorate(editor);
    }
  }

  private async decorate(editor: vscode.TextEditor): Promise<void> {
    const { document } = editor;
    if (!this.store.isSource(document.uri)) return;
    const state = await this.store.get(document.uri);
    if (notAnalysedLabel(state)) {
      this.clear(editor); // marks from before it grew past the limit (or its analysis failed) would be stale
      return;
    }
    if (state.text !== document.getText()) return; // the person typed meanwhile; the next change event redraws
    const ranges = this.rangesFor(document, state.annotations, visibleWindow(editor));
    for (const slot of Object.keys(this.types) as DecorationSlot[]) editor.setDecorations(this.types[slot], ranges[slot]);
    this.applied.set(document.uri.toString(), ranges);
  }

  private clear(editor: vscode.TextEditor): void {
    for (const type of Object.values(this.types)) editor.setDecorations(type, []);
    this.applied.delete(editor.document.uri.toString());
  }

  private rangesFor(document: vscode.TextDocument, annotations: SourceAnnotations, window: Span | undefined): AppliedDecorations {
    const spans = decorationSpans(annotations, this.settings.decorations, window);
    const toRange = (span: Span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    const ranges = {} as AppliedDecorations;
    for (const slot of Object.keys(spans) as DecorationSlot[]) ranges[slot] = spans[slot].map(toRange);
    return ranges;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions, ...Object.values(this.types)).dispose();
  }
}

/** For very long documents, the offsets on screen plus a margin; otherwise undefined (decorate everything). */
function visibleWindow(editor: vscode.TextEditor): Span | undefined {
  const { document } = editor;
  if (document.lineCount <= VISIBLE_ONLY_LINES || editor.visibleRanges.length === 0) return undefined;
  const first = Math.max(0, Math.min(...editor.visibleRanges.map((range) => range.start.line)) - VISIBLE_MARGIN_LINES);
  const last = Math.min(document.lineCount - 1, Math.max(...editor.visibleRanges.map((range) => range.end.line)) + VISIBLE_MARGIN_LINES);
  return { start: document.offsetAt(new vscode.Position(first, 0)), end: document.offsetAt(document.lineAt(last).range.end) };
}
