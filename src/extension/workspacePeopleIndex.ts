import * as vscode from 'vscode';
import type { SourceAnnotations } from '../core/annotations';
import { WorkspacePeople, type WorkspacePerson } from '../core/entities/workspacePeople';
import type { Analysis } from '../core/model';
import type { AnnotationStore } from './annotationStore';
import type { NewsmarkSettings } from './settings';
import { findSources } from './sourceListing';

/** Sources analysed per batch before yielding, so indexing a large archive never blocks the extension host. */
const BATCH = 20;

/**
 * Who is quoted where, across every source of the workspace, for hovers and the speaker picker. Built in the
 * background the first time someone asks, then kept current from the store's change events. People's decisions
 * count: a rejected quote is not theirs, a speaker a person set is.
 */
export class WorkspacePeopleIndex implements vscode.Disposable {
  private readonly people = new WorkspacePeople();
  private building: Promise<void> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: AnnotationStore,
    private settings: NewsmarkSettings,
  ) {
    this.subscription = store.onDidChange((uri) => {
      if (!this.building) return;
      if (uri) void this.refreshSource(uri);
      else this.building = undefined; // everything may have changed: rebuild on next use
    });
  }

  updateSettings(settings: NewsmarkSettings): void {
    this.settings = settings;
    this.building = undefined;
  }

  /** Everything known about a person across the workspace; waits for the first indexing at most `waitMs`. */
  async find(name: string, waitMs = 1500): Promise<WorkspacePerson | null> {
    await Promise.race([this.ready(), new Promise((resolve) => setTimeout(resolve, waitMs))]);
    return this.people.find(name);
  }

  /** Every canonical name of a person or organisation quoted or mentioned anywhere. */
  async names(): Promise<string[]> {
    await this.ready();
    return this.people.names().sort((a, b) => a.localeCompare(b));
  }

  /** Resolves when every source has been indexed once. */
  ready(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  private async build(): Promise<void> {
    const uris = await findSources(this.settings);
    for (let i = 0; i < uris.length; i += BATCH) {
      await Promise.all(uris.slice(i, i + BATCH).map((uri) => this.refreshSource(uri)));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  private async refreshSource(uri: vscode.Uri): Promise<void> {
    try {
      const state = await this.store.get(uri);
      this.people.update(uri.toString(), asAnalysis(state.annotations));
    } catch {
      this.people.remove(uri.toString()); // deleted or unreadable: it no longer says anything about anyone
    }
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

/** The decided view of a source, in the shape the core index reads (rejected and orphaned quotes left out). */
function asAnalysis(annotations: SourceAnnotations): Analysis {
  const quotes = annotations.quotes.filter((quote) => quote.status !== 'rejected' && quote.status !== 'orphaned' && quote.kind === 'direct');
  const entities: Analysis['entities'] = annotations.people.map((person) => ({ name: person.name, kind: person.kind, aliases: person.aliases, role: person.role, roles: person.roles }));
  // a speaker a person typed may be nobody the extractor found: they are still someone
  const known = new Set(entities.map((entity) => entity.name));
  for (const quote of quotes) {
    if (!quote.speaker || known.has(quote.speaker)) continue;
    known.add(quote.speaker);
    entities.push({ name: quote.speaker, kind: 'person', aliases: [], role: quote.role, roles: quote.role ? [quote.role] : [] });
  }
  return { articles: annotations.articles, quotes, figures: [], entities };
}
