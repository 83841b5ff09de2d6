import * as vscode from 'vscode';
import { notAnalysedLabel, type AnnotationStore } from './annotationStore';
import { SOURCES_VIEW_ID } from './commandIds';

/** Quotes / unattributed quotes / figures / orphans of the active source; a click focuses the Newsmark view. */
export class SourceStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsmark.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: AnnotationStore) {
    this.item.name = 'Newsmark';
    this.item.command = `${SOURCES_VIEW_ID}.focus`;
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      store.onDidChange((uri) => {
        const active = vscode.window.activeTextEditor?.document.uri;
        if (!uri || (active && uri.toString() === active.toString())) void this.update();
      }),
    );
    void this.update();
  }

  /** The text shown now (for tests and screen readers). */
  /** What a click runs (focus the Newsmark view). */
  get command(): string | undefined {
    return typeof this.item.command === 'string' ? this.item.command : this.item.command?.command;
  }

  get text(): string | undefined {
    return this.item.text || undefined;
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.store.isSource(document.uri)) {
      this.item.hide();
      return;
    }
    const state = await this.store.get(document.uri);
    const notAnalysed = notAnalysedLabel(state);
    if (notAnalysed) {
      this.item.text = `$(quote) ${state.analysisFailed ? 'analysis failed' : notAnalysed}`;
      this.item.tooltip = state.binary
        ? 'Newsmark: this file looks binary (NUL or control bytes), not a news text, so it is not analysed.'
        : state.analysisFailed
          ? `Newsmark: the analysis of this source failed (${state.analysisFailed}); it is tried again on the next change.`
          : 'Newsmark: this source is larger than newsmark.analysis.maxFileSizeKB, so it is not analysed live.';
      this.item.show();
      return;
    }
    const live = state.annotations.quotes.filter((quote) => quote.status !== 'rejected');
    const direct = live.filter((quote) => quote.kind === 'direct');
    const unattributed = direct.filter((quote) => !quote.speaker).length;
    const figures = state.annotations.figures.filter((figure) => figure.status !== 'rejected').length;
    const orphans = [...state.annotations.quotes, ...state.annotations.figures].filter((item) => item.status === 'orphaned').length;
    const broken = state.problems.length > 0;
    this.item.text = `$(quote) ${direct.length}  $(question) ${unattributed}  $(symbol-number) ${figures}${orphans ? `  $(warning) ${orphans}` : ''}${broken ? '  $(error) sidecar' : ''}`;
    this.item.tooltip = `Newsmark — ${direct.length} quotes, ${unattributed} without a speaker, ${figures} figures, ${orphans} orphaned annotations.${broken ? ' The sidecar has errors (see Problems); it is left untouched until fixed.' : ''} Click to show the Newsmark view.`;
    this.item.accessibilityInformation = { label: this.item.tooltip };
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
