import { addAlias, PersonIndex, type Person } from './entities/coreference';
import { shiftedSpan, type PlacedBlock } from './blockAnalysis';

/**
 * The people of a whole source from those of its blocks: each block's people are added, in text order, to
 * one index, which merges them by the rules it merges names with inside a block ("Healey" in one block is
 * "John Healey" of another; the fullest name is canonical). Returns that index and, for each block, the
 * source's person each of its people became (indexed by the block person's id).
 */
export function unifyPeople(blocks: readonly PlacedBlock[]): { index: PersonIndex; sourcePeople: Person[][] } {
  const index = new PersonIndex();
  const sourcePeople: Person[][] = [];
  for (const { start, analysis } of blocks) {
    const people = analysis.people.people;
    // by id, not a Map keyed by person: a source of 5 MiB has thousands of block people
    const became: Person[] = new Array(people.length);
    for (const person of people) {
      const mentions = person.mentions;
      if (mentions.length === 0) continue;
      const merged = index.addName(person.name, person.kind, person.roles[0] ?? null, shiftedSpan(mentions[0], start));
      for (const role of person.roles) if (!merged.roles.includes(role)) merged.roles.push(role);
      for (const alias of person.aliases) if (alias !== merged.name) addAlias(merged, alias);
      for (let k = 1; k < mentions.length; k++) merged.mentions.push(shiftedSpan(mentions[k], start));
      became[person.id] = merged;
    }
    sourcePeople.push(became);
  }
  return { index, sourcePeople };
}

/** A block's people by every name they were given (canonical names first), for finding a quote's speaker. */
export function peopleByName(people: readonly Person[]): Map<string, Person> {
  const byName = new Map<string, Person>();
  for (const person of people) byName.set(person.name, person);
  for (const person of people) for (const alias of person.aliases) if (!byName.has(alias)) byName.set(alias, person);
  return byName;
}
