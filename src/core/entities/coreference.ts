import type { Span } from '../model';

export type Gender = 'm' | 'f';

/** One person (or organisation) of a source, gathered from every mention of them. */
export interface Person {
  id: number;
  name: string;
  kind: 'person' | 'organization' | 'anonymous';
  aliases: Set<string>;
  roles: string[];
  gender?: Gender;
  mentions: Span[];
}

interface TimelineEntry {
  at: number;
  person: Person;
  /** Mentioned as the one speaking: the likeliest antecedent of a later "he said". */
  speaker: boolean;
}

const FEMALE_HONORIFICS = new Set(['ms', 'ms.', 'mrs', 'mrs.', 'miss', 'dame', 'lady', 'madam', 'madame']);
const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'lord', 'monsieur']);
const FEMALE_ROLE = /\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|actress|queen|princess|mother|wife|daughter|sister|grandmother|aunt|woman|girl|she)\b/i;
const MALE_ROLE = /\b(?:spokesman|chairman|congressman|councilman|businessman|actor|king|prince|father|husband|son|brother|grandfather|uncle|man|boy)\b/i;

/**
 * The people of one source and where the text mentions them, for resolving a surname ("Healey"), a pronoun
 * ("he said") or a description ("the French minister") to the nearest compatible antecedent.
 * Mentions must be added in text order.
 */
export class PersonIndex {
  readonly people: Person[] = [];
  private readonly byLast = new Map<string, Person[]>();
  private readonly byName = new Map<string, Person>();
  /** Mentions found in the first pass (in text order), and those noted while attributing (nearly in order). */
  private readonly timeline: TimelineEntry[] = [];
  private readonly spoken: TimelineEntry[] = [];

  /** Records a full name ("John Healey") with an optional role; merges with a person already known by first and last name. */
  addName(name: string, kind: Person['kind'], role: string | null, span: Span, options: { speaker?: boolean; honorific?: string; firstNameGender?: Gender } = {}): Person {
    const key = nameKey(name);
    let person = this.byName.get(key);
    if (!person && kind === 'person') {
      const words = key.split(' ');
      const last = words[words.length - 1];
      if (words.length >= 2) {
        person = (this.byLast.get(last) ?? []).find((p) => {
          const pw = nameKey(p.name).split(' ');
          return pw.length >= 2 && (pw[0] === words[0] || pw[0].charAt(0) === words[0].charAt(0) && (pw[0].length <= 2 || words[0].length <= 2));
        });
      } else {
        person = this.resolveSurname(name, span.start) ?? undefined;
      }
    }
    if (!person) {
      person = { id: this.people.length, name, kind, aliases: new Set(), roles: [], mentions: [] };
      this.people.push(person);
      const words = key.split(' ');
      if (kind === 'person') {
        const last = words[words.length - 1];
        this.byLast.set(last, [...(this.byLast.get(last) ?? []), person]);
        if (words.length >= 2) {
          const first = words[0];
          this.byLast.set(`^${first}`, [...(this.byLast.get(`^${first}`) ?? []), person]);
        }
      }
    } else if (person.name !== name) {
      if (name.split(' ').length > person.name.split(' ').length && kind === 'person') {
        person.aliases.add(person.name);
        person.name = name; // the fullest form is canonical
      } else person.aliases.add(name);
    }
    this.byName.set(key, person);
    if (role && !person.roles.includes(role)) person.roles.push(role);
    if (!person.gender) person.gender = genderFrom(options.honorific, role) ?? options.firstNameGender;
    person.mentions.push(span);
    this.note(span.start, person, options.speaker ?? false);
    return person;
  }

  /** A single word ("Healey", or a first name "Darian") resolved to the nearest earlier person with that last (or first) name. */
  resolveSurname(word: string, at: number): Person | null {
    const key = nameKey(word);
    const byLast = this.byLast.get(key) ?? [];
    const byFirst = this.byLast.get(`^${key}`) ?? [];
    const candidates = byLast.length ? byLast : byFirst;
    if (!candidates.length) return null;
    if (candidates.length === 1) return candidates[0];
    let best: Person | null = null;
    let bestAt = -1;
    for (const person of candidates) {
      // mentions arrive nearly in text order: the latest one before `at` is found from the end
      const mentions = person.mentions;
      for (let i = mentions.length - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
        if (mentions[i].start <= at) {
          if (mentions[i].start > bestAt) { best = person; bestAt = mentions[i].start; }
          break;
        }
      }
    }
    return best ?? candidates[0];
  }

  /** Records that a person is mentioned (or speaks) at `at`, for later pronoun resolution. */
  note(at: number, person: Person, speaker: boolean): void {
    // insertion from the end: each list receives notes almost in text order, so this stays linear in practice
    const last = this.timeline[this.timeline.length - 1];
    const timeline = !last || last.at <= at ? this.timeline : this.spoken;
    let i = timeline.length;
    timeline.push({ at, person, speaker });
    while (i > 0 && timeline[i - 1].at > at) {
      timeline[i] = timeline[i - 1];
      i--;
    }
    timeline[i] = { at, person, speaker };
  }

  /**
   * The antecedent of a pronoun at `at`: the nearest earlier person of a compatible gender, preferring one
   * who spoke within `speakerReach` characters. Null for "they"/"we" unless a group or organisation spoke last.
   */
  resolvePronoun(pronoun: string, at: number, speakerReach = 600): Person | null {
    this.sortTimeline();
    const p = pronoun.toLowerCase();
    const wanted: Gender | null = p === 'he' || p === 'him' || p === 'his' ? 'm' : p === 'she' || p === 'her' || p === 'hers' ? 'f' : null;
    const plural = p === 'they' || p === 'we' || p === 'it'; // 'they-person': any person, no gender
    let nearestPerson: Person | null = null;
    const entries = this.before(at, 40);
    for (const entry of entries) {
      const person = entry.person;
      if (plural) {
        if (person.kind !== 'person' && at - entry.at < speakerReach) return person;
        continue;
      }
      if (person.kind !== 'person') continue;
      if (wanted && person.gender && person.gender !== wanted) continue;
      if (entry.speaker && at - entry.at < speakerReach) return person;
      if (!nearestPerson) nearestPerson = person;
      if (at - entry.at > speakerReach) break;
      if (p === 'they-person' && at - entry.at <= speakerReach) return person;
    }
    return nearestPerson;
  }

  /** Whoever spoke last before `at` (within `reach` characters): the speaker of an unattributed quotation that goes on. */
  recentSpeaker(at: number, reach: number): Person | null {
    for (const entry of this.before(at, 30)) {
      if (at - entry.at > reach) return null;
      if (entry.speaker) return entry.person;
    }
    return null;
  }

  /** The person a description ("the French minister", "the spokesperson") refers to: the nearest earlier one holding that role. */
  resolveDescription(head: string, at: number): Person | null {
    this.sortTimeline();
    const word = new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    for (const entry of this.before(at, 60)) {
      const person = entry.person;
      if (person.roles.some((r) => word.test(r))) return person;
    }
    return null;
  }

  /** Learns a gender from a pronoun that referred to the person. */
  learnGender(person: Person, pronoun: string): void {
    if (person.gender) return;
    const p = pronoun.toLowerCase();
    if (p === 'he') person.gender = 'm';
    else if (p === 'she') person.gender = 'f';
  }

  private sortTimeline(): void {
    // both lists are kept sorted by `note`
  }

  /** Up to `limit` notes before `at`, nearest first, merged from both lists. */
  private before(at: number, limit: number): TimelineEntry[] {
    const out: TimelineEntry[] = [];
    let i = upperBound(this.timeline, at) - 1;
    let j = upperBound(this.spoken, at) - 1;
    while (out.length < limit && (i >= 0 || j >= 0)) {
      if (j < 0 || (i >= 0 && this.timeline[i].at >= this.spoken[j].at)) out.push(this.timeline[i--]);
      else out.push(this.spoken[j--]);
    }
    return out;
  }
}

function genderFrom(honorific: string | undefined, role: string | null): Gender | undefined {
  const h = honorific?.toLowerCase();
  if (h && FEMALE_HONORIFICS.has(h)) return 'f';
  if (h && MALE_HONORIFICS.has(h)) return 'm';
  if (role && FEMALE_ROLE.test(role)) return 'f';
  if (role && MALE_ROLE.test(role)) return 'm';
  return undefined;
}

function upperBound(timeline: TimelineEntry[], at: number): number {
  let low = 0;
  let high = timeline.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (timeline[mid].at <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

const nameKeys = new Map<string, string>();

/** The comparison key of a name: lowercase, honorifics and middle initials out, curly apostrophes straightened. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size > 50000) nameKeys.clear(); // a bounded memo
    key = computeNameKey(name);
    nameKeys.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\b(?:mr|mrs|ms|dr|sir|dame)\.?\s+/g, '')
    .replace(/\s+\p{L}\.(?=\s)/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
