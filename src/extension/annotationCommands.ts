import * as vscode from 'vscode';
import { editSidecar, type SidecarEdit } from '../core/sidecar';
import type { AnnotationStore } from './annotationStore';
import { noTarget, resolveTarget, type AnnotationTarget } from './annotationTarget';
import { CommandIds } from './commandIds';
import { pickSpeaker } from './speakerPicker';
import type { WorkspacePeopleIndex } from './workspacePeopleIndex';

// Every command that changes an annotation goes through the store's changeSidecar, so the change is atomic,
// undoable when the sidecar is open, refused on a broken sidecar, and shown everywhere at once.
// Optional arguments after the target let keybindings, other extensions and tests run them without prompts.

async function apply(store: AnnotationStore, uri: vscode.Uri, edit: SidecarEdit): Promise<string | undefined> {
  const result = await store.changeSidecar(uri, (sidecarText, source, analysis) => editSidecar(sidecarText, source, analysis, edit));
  if (!result.written) {
    void vscode.window.showErrorMessage(`Newsmark: ${result.reason}`);
    return undefined;
  }
  return result.id;
}

async function withTarget(store: AnnotationStore, argument: unknown, what: string, act: (target: AnnotationTarget) => Promise<unknown>): Promise<unknown> {
  const target = await resolveTarget(store, argument);
  if (!target) return noTarget(what);
  return act(target);
}

/** The selection of the active source editor, with surrounding quotation marks and spaces left out. */
function selectedSpan(store: AnnotationStore): { uri: vscode.Uri; start: number; end: number; text: string } | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty || !store.isSource(editor.document.uri)) return undefined;
  const document = editor.document;
  let start = document.offsetAt(editor.selection.start);
  let end = document.offsetAt(editor.selection.end);
  const text = document.getText();
  const trimmed = /[\s"'“”‘’«»„‹›]/u;
  while (start < end && trimmed.test(text[start])) start++;
  while (end > start && trimmed.test(text[end - 1])) end--;
  return start < end ? { uri: document.uri, start, end, text: text.slice(start, end) } : undefined;
}

export function registerAnnotationCommands(store: AnnotationStore, people: WorkspacePeopleIndex): vscode.Disposable {
  const speakerFor = async (uri: vscode.Uri, title: string, current: string | null, allowNobody: boolean) => {
    const [{ annotations }, workspace] = await Promise.all([store.get(uri), people.names()]);
    return pickSpeaker({ title, here: annotations.people, workspace, current, allowNobody });
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.confirmAnnotation, (node?: unknown) =>
      withTarget(store, node, 'a quote or figure', (target) => apply(store, target.uri, { type: 'confirm', id: target.item.id })),
    ),
    vscode.commands.registerCommand(CommandIds.rejectAnnotation, (node?: unknown) =>
      withTarget(store, node, 'a quote or figure', (target) => apply(store, target.uri, { type: 'reject', id: target.item.id })),
    ),
    vscode.commands.registerCommand(CommandIds.setSpeaker, (node?: unknown, speaker?: string, role?: string | null) =>
      withTarget(store, node, 'a quote', async (target) => {
        if (target.type !== 'quote') return noTarget('a quote');
        const picked = typeof speaker === 'string' ? { name: speaker, role: role ?? null } : await speakerFor(target.uri, `Speaker of “${preview(target.item.text)}”`, target.item.speaker, false);
        if (!picked?.name) return undefined;
        return apply(store, target.uri, { type: 'setSpeaker', id: target.item.id, speaker: picked.name, role: picked.role ?? target.item.role });
      }),
    ),
    vscode.commands.registerCommand(CommandIds.addNote, (node?: unknown, note?: string) =>
      withTarget(store, node, 'a quote or figure', async (target) => {
        const text =
          typeof note === 'string'
            ? note
            : await vscode.window.showInputBox({ title: `Note on “${preview(target.item.text)}”`, prompt: 'An empty note removes it.', value: target.item.note ?? '' });
        if (text === undefined) return undefined;
        return apply(store, target.uri, { type: 'note', id: target.item.id, note: text });
      }),
    ),
    vscode.commands.registerCommand(CommandIds.annotateSelectionAsQuote, async (speaker?: string | null, role?: string | null) => {
      const span = selectedSpan(store);
      if (!span) return void vscode.window.showInformationMessage('Newsmark: select the quoted words in a source first.');
      const picked = speaker !== undefined ? { name: speaker, role: role ?? null } : await speakerFor(span.uri, `Who said “${preview(span.text)}”?`, null, true);
      if (!picked) return undefined;
      return apply(store, span.uri, { type: 'addQuote', start: span.start, end: span.end, speaker: picked.name, role: picked.role });
    }),
    vscode.commands.registerCommand(CommandIds.markSelectionAsFigure, async (value?: number | null, unit?: string | null) => {
      const span = selectedSpan(store);
      if (!span) return void vscode.window.showInformationMessage('Newsmark: select the number in a source first.');
      const read = value !== undefined ? { value, unit: unit ?? null } : await askFigure(store, span.text);
      if (!read) return undefined;
      return apply(store, span.uri, { type: 'addFigure', start: span.start, end: span.end, value: read.value, unit: read.unit });
    }),
  );
}

/** Reads the value and unit from the selected words when the extractor can, and lets the person correct them. */
async function askFigure(store: AnnotationStore, selected: string): Promise<{ value: number | null; unit: string | null } | undefined> {
  const guess = (await store.figuresIn(selected).catch(() => []))[0];
  const valueText = await vscode.window.showInputBox({
    title: `Figure: “${preview(selected)}”`,
    prompt: 'Its numeric value (empty if it has none)',
    value: guess ? String(guess.value) : (selected.match(/-?\d[\d,]*(?:\.\d+)?/)?.[0]?.replace(/,/g, '') ?? ''),
    validateInput: (input) => (input.trim() === '' || Number.isFinite(Number(input.replace(/,/g, ''))) ? undefined : 'A number, such as 1500000 or 3.5'),
  });
  if (valueText === undefined) return undefined;
  const unit = await vscode.window.showInputBox({ title: `Figure: “${preview(selected)}”`, prompt: 'What it counts, or its currency (GBP, USD…) or % (empty for none)', value: guess?.unit ?? '' });
  if (unit === undefined) return undefined;
  return { value: valueText.trim() === '' ? null : Number(valueText.replace(/,/g, '')), unit: unit.trim() || null };
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 50 ? `${flat.slice(0, 49)}…` : flat;
}
