import type { KEY_ORDER } from './types';

// The sidecar's block layout, shared by the Document writer (write.ts) and the canonical one (canonical.ts).

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain | undefined };

/** The root's sequences of items, each item a map in its KEY_ORDER; `key` matches an old item to a new one. */
export const ITEM_BLOCKS: Record<string, { order: keyof typeof KEY_ORDER; key?: string }> = {
  articles: { order: 'article' },
  quotes: { order: 'quote', key: 'id' },
  figures: { order: 'figure', key: 'id' },
  entities: { order: 'entity', key: 'name' },
};

/** Keys whose value is a nested map, with its KEY_ORDER. */
export const MAP_KEYS: Record<string, keyof typeof KEY_ORDER> = { source: 'source', target: 'target' };

/** The comment opening a new sidecar: the file name only when it is plain (a line break or '#' would change the document). */
export function headerComment(sourcePath: string): string {
  const name = /^[\p{L}\p{N}_.,+@=()\[\]-]+(?: [\p{L}\p{N}_.,+@=()\[\]-]+)*$/u.test(sourcePath) ? ` of ${sourcePath}` : '';
  return ` Newsmark annotations${name} (format: docs/sidecar.md)`;
}
