import { PersonIndex, type Person } from './entities/coreference';
import { shiftedSpan, type PlacedBlock } from './blockAnalysis';

/**
 * The people of a whole source from those of its blocks: each block's people are added, in text order, to
 * one index, which merges them by the rules it merges names with inside a block ("Healey" in one block is
 * "John Healey" of another; the fullest name is canonical). Returns that index and, for every block's person,
 * the source's person it became.
 */
export function unifyPeople(blocks: readonly PlacedBlock[]): { index: PersonIndex; sourcePerson: Map<Person, Person> } {
  const index = new PersonIndex();
  const sourcePerson = new Map<Person, Person>();
  for (const { start, analysis } of blocks) {
    for (const person of analysis.people.people) {
      const [first, ...rest] = person.mentions;
      if (!first) continue;
      const merged = index.addName(person.name, person.kind, person.roles[0] ?? null, shiftedSpan(first, start));
      for (const role of person.roles) if (!merged.roles.includes(role)) merged.roles.push(role);
      for (const alias of person.aliases) if (alias !== merged.name) merged.aliases.add(alias);
      for (const mention of rest) merged.mentions.push(shiftedSpan(mention, start));
      sourcePerson.set(person, merged);
    }
  }
  return { index, sourcePerson };
}

/** A block's people by every name they were given (canonical names first), for finding a quote's speaker. */
export function peopleByName(people: readonly Person[]): Map<string, Person> {
  const byName = new Map<string, Person>();
  for (const person of people) byName.set(person.name, person);
  for (const person of people) for (const alias of person.aliases) if (!byName.has(alias)) byName.set(alias, person);
  return byName;
}
