import type { Quote } from '../model';
import type { PersonIndex } from '../entities/coreference';
import { isRoleHead } from '../entities/titles';
import type { Resolved } from './resolveSpeaker';

// The words of an exchange may name whom they are said to: `"For any Pinnacle route, yes, Senator."`, `"Mr. Fenwick,
// an apology is free."`. Whoever they address is not who says them.

// An address closing the words (", Senator.", ", Mr. Fenwick?") or opening them ("Senator, …", "Mr. Fenwick, …").
const ADDRESS_AT_END = /,[ \u00a0]+((?:(?:Mr|Mrs|Ms|Dr)\.?[ \u00a0]+)?\p{Lu}[\p{L}'’-]+)[.!?]?$/u;
const ADDRESS_AT_START = /^((?:(?:Mr|Mrs|Ms|Dr)\.?[ \u00a0]+)?\p{Lu}[\p{L}'’-]+),[ \u00a0]/u;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr)\.?[ \u00a0]+/;
// How far back the other side of the exchange may have spoken, in quotations.
const EXCHANGE_REACH = 6;

/**
 * When a quotation's `words`, given `resolved` by their context, address that very speaker (by office or by name),
 * the other side of the exchange: whoever else spoke last before them. Null when they address nobody, or someone
 * else, or no other side is found.
 */
export function otherSideIfAddressed(words: string, resolved: Resolved, quotes: readonly Quote[], people: PersonIndex): Resolved | null {
  if (!resolved.speaker) return null;
  const trimmed = words.trim();
  const address = ADDRESS_AT_END.exec(trimmed)?.[1] ?? ADDRESS_AT_START.exec(trimmed)?.[1];
  if (!address) return null;
  const person = people.known(resolved.speaker);
  if (!person || person.kind !== 'person') return null;
  const honorific = HONORIFIC.test(address);
  const word = address.replace(HONORIFIC, '');
  // (an office only without an honorific: "Senator"; a name by its own words: "Mr. Fenwick", "Kelly")
  const addressed = !honorific && isRoleHead(word.toLowerCase()) ? people.holdsRole(person, word.toLowerCase()) : person.name.split(' ').includes(word) || person.aliases.includes(address);
  if (!addressed) return null;
  for (let i = quotes.length - 1; i >= 0 && quotes.length - i <= EXCHANGE_REACH; i--) {
    const other = quotes[i];
    if (other.kind === 'direct' && other.speaker && other.speaker !== resolved.speaker && people.known(other.speaker)?.kind === 'person') return { speaker: other.speaker, role: other.role, mention: other.speakerMention };
  }
  return null;
}
