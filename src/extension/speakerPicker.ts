import * as vscode from 'vscode';
import type { PersonAnnotation } from '../core/annotations';

export interface PickedSpeaker {
  name: string | null;
  role: string | null;
}

interface SpeakerItem extends vscode.QuickPickItem {
  speaker: PickedSpeaker;
}

const NOBODY: SpeakerItem = { label: '$(circle-slash) No speaker', description: 'the quote is not attributed', speaker: { name: null, role: null } };

/**
 * Picks a speaker: this source's people first, then everyone the workspace knows; typing a name nobody has
 * used offers it as a new speaker. Undefined when the person cancels.
 */
export async function pickSpeaker(options: { title: string; here: readonly PersonAnnotation[]; workspace: readonly string[]; current?: string | null; allowNobody?: boolean }): Promise<PickedSpeaker | undefined> {
  const items: (SpeakerItem | vscode.QuickPickItem)[] = [];
  const seen = new Set<string>();
  if (options.here.length > 0) items.push({ label: 'In this source', kind: vscode.QuickPickItemKind.Separator });
  for (const person of options.here) {
    seen.add(person.name);
    items.push({ label: `$(person) ${person.name}`, description: person.role ?? undefined, detail: person.aliases.length ? `also: ${person.aliases.join(', ')}` : undefined, speaker: { name: person.name, role: person.role } });
  }
  const others = options.workspace.filter((name) => !seen.has(name));
  if (others.length > 0) items.push({ label: 'In the workspace', kind: vscode.QuickPickItemKind.Separator });
  for (const name of others) items.push({ label: `$(person) ${name}`, speaker: { name, role: null } });
  if (options.allowNobody) items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, NOBODY);

  const quickPick = vscode.window.createQuickPick<SpeakerItem | vscode.QuickPickItem>();
  quickPick.title = options.title;
  quickPick.placeholder = 'Pick a speaker, or type a new name';
  quickPick.matchOnDescription = true;
  quickPick.items = items;
  const typed = (value: string): SpeakerItem => ({ label: `$(add) ${value}`, description: 'new speaker', speaker: { name: value, role: null }, alwaysShow: true });
  quickPick.onDidChangeValue((value) => {
    const name = value.trim();
    const exists = name === '' || [...seen, ...others].some((known) => known.toLowerCase() === name.toLowerCase());
    quickPick.items = exists ? items : [typed(name), ...items];
  });
  const current = items.find((item) => 'speaker' in item && item.speaker.name === options.current);
  if (current) quickPick.activeItems = [current];
  try {
    return await new Promise<PickedSpeaker | undefined>((resolve) => {
      quickPick.onDidAccept(() => {
        const chosen = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
        resolve(chosen && 'speaker' in chosen ? chosen.speaker : quickPick.value.trim() ? { name: quickPick.value.trim(), role: null } : undefined);
      });
      quickPick.onDidHide(() => resolve(undefined));
      quickPick.show();
    });
  } finally {
    quickPick.dispose();
  }
}
