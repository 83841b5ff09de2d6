import type { Analysis, Quote } from '../model';
import { nameKey } from './nameKey';

/** One person (or organisation, or anonymous source) as known across every source of a workspace. */
export interface WorkspacePerson {
  name: string;
  aliases: string[];
  roles: string[];
  /** Every quote attributed to them, with the source it is in. */
  quotes: Array<{ sourceId: string; quote: Quote }>;
  /** The sources that mention them. */
  sources: string[];
}

interface SourceEntry {
  name: string;
  aliases: string[];
  roles: string[];
  quotes: Quote[];
}

/**
 * The people of a whole workspace, for hovers: each source's analysis is added (or replaced) as it changes and
 * removed when the source goes; `find` answers by canonical name or any alias, case- and honorific-blind, and
 * unifies people whose full names agree ("John Healey" in one source, "Healey" with the same full name in another).
 */
export class WorkspacePeople {
  private readonly bySource = new Map<string, SourceEntry[]>();
  private index: Map<string, string> | null = null; // key → canonical key, rebuilt lazily

  /** Adds or replaces what one source says about people. */
  update(sourceId: string, analysis: Analysis): void {
    const entries: SourceEntry[] = analysis.entities.map((entity) => ({
      name: entity.name,
      aliases: entity.aliases,
      roles: entity.roles ?? (entity.role ? [entity.role] : []),
      quotes: analysis.quotes.filter((q) => q.speaker === entity.name),
    }));
    this.bySource.set(sourceId, entries);
    this.index = null;
  }

  /** Forgets a source (deleted, or no longer a source). */
  remove(sourceId: string): void {
    if (this.bySource.delete(sourceId)) this.index = null;
  }

  /** Everything the workspace says about the person named `name` (canonical name or alias), or null. */
  find(name: string): WorkspacePerson | null {
    const index = this.buildIndex();
    const canonical = index.get(nameKey(name));
    if (!canonical) return null;
    let found: WorkspacePerson | null = null;
    for (const [sourceId, entries] of this.bySource) {
      for (const entry of entries) {
        if (index.get(nameKey(entry.name)) !== canonical) continue;
        if (!found) found = { name: entry.name, aliases: [], roles: [], quotes: [], sources: [] };
        if (entry.name.length > found.name.length) found.name = entry.name;
        for (const form of [entry.name, ...entry.aliases]) if (!found.aliases.includes(form)) found.aliases.push(form);
        for (const role of entry.roles) if (!found.roles.includes(role)) found.roles.push(role);
        for (const quote of entry.quotes) found.quotes.push({ sourceId, quote });
        if (!found.sources.includes(sourceId)) found.sources.push(sourceId);
      }
    }
    if (found) found.aliases = found.aliases.filter((a) => a !== found!.name);
    return found;
  }

  /** Every canonical name known, for completion and lists. */
  names(): string[] {
    const index = this.buildIndex();
    return [...new Set(index.values())];
  }

  private buildIndex(): Map<string, string> {
    if (this.index) return this.index;
    // union of names and aliases that any source says belong together
    const parent = new Map<string, string>();
    const find = (k: string): string => {
      let root = k;
      while (parent.get(root) !== root) root = parent.get(root)!;
      parent.set(k, root);
      return root;
    };
    const add = (k: string) => {
      if (!parent.has(k)) parent.set(k, k);
    };
    const union = (a: string, b: string) => {
      add(a);
      add(b);
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(rb.length > ra.length ? ra : rb, rb.length > ra.length ? rb : ra); // the longer name wins
    };
    for (const entries of this.bySource.values()) {
      for (const entry of entries) {
        const key = nameKey(entry.name);
        add(key);
        for (const alias of entry.aliases) {
          const aliasKey = nameKey(alias);
          // an alias joins its person everywhere: two people sharing a bare-surname alias would merge (rare in one workspace)
          union(key, aliasKey);
        }
      }
    }
    const index = new Map<string, string>();
    for (const key of parent.keys()) index.set(key, find(key));
    this.index = index;
    return index;
  }
}
