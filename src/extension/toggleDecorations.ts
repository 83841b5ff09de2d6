import * as vscode from 'vscode';
import { CommandIds } from './commandIds';
import { DECORATION_KINDS, type DecorationKind, readSettings } from './settings';

const KIND_LABELS: Record<DecorationKind, string> = {
  speakers: 'Speakers',
  quotes: 'Direct quotes',
  scareQuotes: 'Scare quotes',
  figures: 'Figures',
};

/**
 * Newsmark: Toggle Decorations… — pick which kinds the editor marks (or pass a kind to flip just that one).
 * The choice is stored in the `newsmark.decorations.*` settings, so it survives a restart.
 */
async function toggleDecorations(kind?: DecorationKind): Promise<void> {
  const config = vscode.workspace.getConfiguration('newsmark');
  const current = readSettings().decorations;
  if (kind && DECORATION_KINDS.includes(kind)) {
    await config.update(`decorations.${kind}`, !current[kind], vscode.ConfigurationTarget.Global);
    return;
  }
  const picks = DECORATION_KINDS.map((k) => ({ label: KIND_LABELS[k], decoration: k, picked: current[k] }));
  const chosen = await vscode.window.showQuickPick(picks, { canPickMany: true, title: 'Newsmark: which annotations to mark in the editor' });
  if (!chosen) return;
  for (const k of DECORATION_KINDS) {
    const on = chosen.some((pick) => pick.decoration === k);
    if (on !== current[k]) await config.update(`decorations.${k}`, on, vscode.ConfigurationTarget.Global);
  }
}

export function registerToggleDecorations(): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.toggleDecorations, toggleDecorations);
}
