import type { Entity, Quote } from '../model';
import type { PersonIndex } from './coreference';

/**
 * The entities worth listing from a source's person index: everyone quoted, and every person the text gives
 * a role, with their canonical name, the other forms used, and their roles in order of appearance.
 */
export function toEntities(people: PersonIndex, quotes: readonly Quote[]): Entity[] {
  const speakers = new Set(quotes.map((q) => q.speaker).filter((s): s is string => s !== null));
  const entities: Entity[] = [];
  for (const person of people.people) {
    if (!speakers.has(person.name) && !(person.kind === 'person' && person.roles.length > 0)) continue;
    const aliases = person.aliases.filter((a) => a !== person.name);
    entities.push({
      name: person.name,
      kind: person.kind,
      aliases,
      role: mostSpecificRole(person.roles),
      roles: distinctRoles(person.roles),
      mentions: [...person.mentions].sort((a, b) => a.start - b.start),
    });
  }
  return entities;
}

/**
 * The roles in order of appearance, less those another one says in full ("coach" beside "Oilers head coach",
 * "President" beside "U.S. President"): the hover lists what the texts say of someone, once.
 */
function distinctRoles(roles: readonly string[]): string[] {
  const lower = roles.map((role) => ` ${role.toLowerCase()} `);
  return roles.filter((_, i) => !lower.some((other, k) => k !== i && other.length > lower[i].length && other.includes(lower[i])));
}

/** The longest role is usually the most specific ("U.K. Defense Secretary" over "secretary"). */
export function mostSpecificRole(roles: readonly string[]): string | null {
  let best: string | null = null;
  for (const role of roles) if (!best || role.length > best.length) best = role;
  return best;
}
