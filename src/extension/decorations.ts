import * as vscode from 'vscode';
import type { AnnotationStatus, SourceAnnotations } from '../core/annotations';
import type { Span } from '../core/model';
import type { AnnotationStore } from './annotationStore';
import type { DecorationKind, NewsmarkSettings } from './settings';

type DecorationSlot = DecorationKind | 'confirmed' | 'rejected';

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
    if (state.text !== document.getText()) return; // the person typed meanwhile; the next change event redraws
    const ranges = this.rangesFor(document, state.annotations, visibleWindow(editor));
    for (const slot of Object.keys(this.types) as DecorationSlot[]) editor.setDecorations(this.types[slot], ranges[slot]);
    this.applied.set(document.uri.toString(), ranges);
  }

  private rangesFor(document: vscode.TextDocument, annotations: SourceAnnotations, window: Span | undefined): AppliedDecorations {
    const shown = this.settings.decorations;
    const ranges: AppliedDecorations = { speakers: [], quotes: [], scareQuotes: [], figures: [], confirmed: [], rejected: [] };
    const add = (slot: DecorationSlot, span: Span) => {
      if (window && (span.end < window.start || span.start > window.end)) return;
      ranges[slot].push(new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
    };
    const addStatus = (status: AnnotationStatus, span: Span) => {
      if (status === 'confirmed' || status === 'edited' || status === 'manual') add('confirmed', span);
    };
    for (const quote of annotations.quotes) {
      if (quote.status === 'orphaned') continue;
      const slot: DecorationKind = quote.kind === 'scare' ? 'scareQuotes' : 'quotes';
      if (!shown[slot]) continue;
      if (quote.status === 'rejected') add('rejected', quote);
      else {
        add(slot, quote);
        addStatus(quote.status, quote);
      }
    }
    for (const figure of annotations.figures) {
      if (figure.status === 'orphaned' || !shown.figures) continue;
      if (figure.status === 'rejected') add('rejected', figure);
      else {
        add('figures', figure);
        addStatus(figure.status, figure);
      }
    }
    if (shown.speakers) {
      for (const person of annotations.people) for (const mention of person.mentions) add('speakers', mention);
      for (const quote of annotations.quotes) if (quote.speakerMention && quote.status !== 'rejected') add('speakers', quote.speakerMention);
    }
    ranges.speakers = dedupe(ranges.speakers);
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

function dedupe(ranges: vscode.Range[]): vscode.Range[] {
  const seen = new Set<string>();
  return ranges.filter((range) => {
    const key = `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
