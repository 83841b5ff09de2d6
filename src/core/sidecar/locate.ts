import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { utf8Length } from './hash';
import { MAX_SIDECAR_BYTES } from './types';

/** The 1-based line and column of the item with `id` (a quote's or figure's id, or an entity's name), for "Edit Annotation in Sidecar". */
export function locateInSidecar(text: string, id: string): { line: number; column: number } | undefined {
  if (text.length > MAX_SIDECAR_BYTES || utf8Length(text) > MAX_SIDECAR_BYTES) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  for (const [block, key] of [['quotes', 'id'], ['figures', 'id'], ['entities', 'name']] as const) {
    const seq = doc.get(block, true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      if (!isMap(item) || item.get(key) !== id) continue;
      const offset = item.range?.[0];
      if (offset === undefined) return undefined;
      const pos = lineCounter.linePos(offset);
      return { line: pos.line, column: pos.col };
    }
  }
  return undefined;
}
