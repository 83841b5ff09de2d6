import * as vscode from 'vscode';
import type { SidecarProblem } from '../core/sidecar';

/**
 * Broken sidecars in the Problems panel, at the line and column where they break. A broken sidecar is never
 * rewritten, so this is how the person learns why their commands do nothing to it.
 */
export class SidecarDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsmark');

  report(sidecarUri: vscode.Uri, problems: readonly SidecarProblem[]): void {
    if (problems.length === 0) {
      this.collection.delete(sidecarUri);
      return;
    }
    this.collection.set(
      sidecarUri,
      problems.map((problem) => {
        const line = Math.max(0, problem.line - 1);
        const column = Math.max(0, problem.column - 1);
        const diagnostic = new vscode.Diagnostic(new vscode.Range(line, column, line, column + 1), problem.message, vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'Newsmark';
        return diagnostic;
      }),
    );
  }

  /** The problems currently reported for a sidecar (tests and the store's error messages read this). */
  problemsOf(sidecarUri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(sidecarUri) ?? [];
  }

  dispose(): void {
    this.collection.dispose();
  }
}
