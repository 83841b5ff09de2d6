import { fnv1a32 } from './hash';

// Ids: a letter for the block (q quotes, f figures), 8 hex digits of FNV-1a 32 of the exact text, and `-N`
// for the N-th copy of that text (N ≥ 2) in the source. Offsets play no part, so inserting text above an
// item keeps its id; an item keeps the id it was written with for as long as it lives in the sidecar.

export function baseId(letter: 'q' | 'f', exact: string): string {
  return `${letter}-${fnv1a32(exact.normalize('NFC'))}`;
}

/** The id for the `occurrence`-th (0-based) copy of `exact`, skipping ids already in `used` (then added to it). */
export function allocateId(letter: 'q' | 'f', exact: string, occurrence: number, used: Set<string>): string {
  const base = baseId(letter, exact);
  for (let n = occurrence; ; n++) {
    const id = n === 0 ? base : `${base}-${n + 1}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}
