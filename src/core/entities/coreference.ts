import type { Span } from '../model';
import { firstNameGender, isGivenName } from './firstNames';
import { nameKey } from './nameKey';

// Particles that open a Portuguese or Spanish surname ("da Silva", "del Toro"), as name keys hold them.
const IBERIAN_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'del']);

export { nameKey };

export type Gender = 'm' | 'f';

/** One person (or organisation) of a source, gathered from every mention of them. */
export interface Person {
  id: number;
  name: string;
  kind: 'person' | 'organization' | 'anonymous';
  /** The other forms the text gives the name, in order of appearance, each once (few: a list, not a set). */
  aliases: string[];
  roles: string[];
  gender?: Gender;
  /** Named with an honorific somewhere (Dr., Mr.): surely a person. */
  honorific?: boolean;
  /** The gender is only the first-name list's guess ("Morgan"): what the text says of them overrides it. */
  genderByName?: boolean;
  mentions: Span[];
  /** Named as a thing ("the app Tally", "whose restaurant Le Quai Noir"): no body "the company" means, never a person. */
  thing?: boolean;
}

interface TimelineEntry {
  at: number;
  person: Person;
  /** Mentioned as the one speaking: the likeliest antecedent of a later "he said". */
  speaker: boolean;
  /** Mentioned as the subject of its sentence ("Jamil acknowledges…"): salient, unlike a name in an object ("traded him for Victor Rask"). */
  subject: boolean;
}

/** How much further back than the nearest compatible mention a subject may lie and still be preferred. */
const SUBJECT_REACH_PAST_NEAREST = 400;

const FEMALE_HONORIFICS = new Set(['ms', 'ms.', 'mrs', 'mrs.', 'miss', 'dame', 'lady', 'madam', 'madame', 'aunty', 'auntie']);
const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'lord', 'monsieur', 'uncle']);
const FEMALE_ROLE = /\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|actress|queen|princess|mother|wife|daughter|sister|grandmother|aunt|woman|girl|she|widow|girlfriend|fiancee|niece|mum|mom|stepmother)\b/i;
// ("Committee chairman Mary Ismail", "spokesman Sarah Lee", "the actor Emma Stone": these are said of women too,
// so a woman's first name outranks them; their feminine forms are said of women only)
const GENERIC_MALE_ROLE = /\b(?:spokesman|chairman|congressman|councilman|businessman|actor)\b/i;
const MALE_ROLE = /\b(?:king|prince|father|husband|son|brother|grandfather|uncle|man|boy|widower|boyfriend|fiance|nephew|dad|stepfather)\b/i;

/**
 * The people of one source and where the text mentions them, for resolving a surname ("Healey"), a pronoun
 * ("he said") or a description ("the French minister") to the nearest compatible antecedent.
 * Mentions must be added in text order.
 */
export class PersonIndex {
  readonly people: Person[] = [];
  private readonly byLast = new Map<string, Person[]>();
  private readonly byFirst = new Map<string, Person[]>();
  private readonly byName = new Map<string, Person>();
  private readonly aliasKeysOf = new Map<Person, { count: number; keys: Set<string> }>();
  /** Bodies by the initials of their capitalised words: "EDC" is Export Development Canada. */
  private readonly byInitials = new Map<string, Person>();
  /** Mentions found in the first pass (in text order), and those noted while attributing (nearly in order). */
  private readonly timeline: TimelineEntry[] = [];
  private readonly spoken: TimelineEntry[] = [];

  /** Records a full name ("John Healey") with an optional role; merges with a person already known by first and last name. */
  addName(name: string, kind: Person['kind'], role: string | null, span: Span, options: { speaker?: boolean; subject?: boolean; honorific?: string; firstNameGender?: Gender; thing?: boolean; unnoted?: boolean } = {}): Person {
    // "The European Commission said" opens a sentence: the body's name is "the European Commission"
    if (kind === 'organization' && name.startsWith('The ')) name = `the${name.slice(3)}`;
    // ("GARETH Pryce has insisted": a lede's first word set in capitals is a given name, written as one)
    if (kind === 'person') name = withGivenNameCased(name);
    const key = nameKey(name);
    let person = this.byName.get(key) ?? (kind === 'organization' && ACRONYM.test(name) ? this.byInitials.get(name) : undefined);
    // the key's words, when a new name needs them (split once: below for a new person too)
    const words = person ? NO_WORDS : key.split(' ');
    if (!person && kind === 'person') {
      const last = words[words.length - 1];
      if (words.length === 2 && SURNAME_PARTICLES.has(words[0])) {
        // "Al Turkmani", "Van Horne": a surname with its particle, not a first name and a surname
        person = this.resolveSurname(words[1], span.start) ?? undefined;
      } else if (words.length >= 2) {
        const sameLast: readonly Person[] = this.byLast.get(last) ?? NO_PEOPLE;
        person = sameLast.find((p) => {
          const pw = nameKey(p.name).split(' ');
          return pw.length >= 2 && (pw[0] === words[0] || pw[0].charAt(0) === words[0].charAt(0) && (pw[0].length <= 2 || words[0].length <= 2));
        });
        // "Paz Akin" after "Lorena Paz Akin": a compound surname, the full name's last words
        person ??= sameLast.find((p) => {
          const pw = nameKey(p.name).split(' ');
          return pw.length > words.length && pw.slice(pw.length - words.length).join(' ') === key;
        });
        // "Healey said" before "John Healey" is named in full: the same person, now with a full name
        person ??= sameLast.length === 1 && !nameKey(sameLast[0].name).includes(' ') ? sameLast[0] : undefined;
      } else {
        person = this.resolveSurname(name, span.start) ?? undefined;
      }
    }
    if (!person) {
      person = { id: this.people.length, name, kind, aliases: [], roles: [], mentions: [], ...(options.thing && { thing: true }) };
      this.people.push(person);
      if (kind === 'organization' && words.length >= 2) this.byInitials.set(initials(name), person);
      if (kind === 'person') {
        const last = words[words.length - 1];
        appendTo(this.byLast, last, person);
        if (words.length >= 2) appendTo(this.byFirst, words[0], person);
        // "Luiz Inácio Lula da Silva" is "Lula" on second mention: the name before a particle that opens the surname
        if (words.length >= 4 && IBERIAN_PARTICLES.has(words[words.length - 2])) appendTo(this.byLast, words[words.length - 3], person);
        // "Terence Goh Wei Ming" is "Goh" on second mention: a family name before the given names, after an English one
        else if (words.length >= 3 && isGivenName(words[0]) && !isGivenName(words[1]) && !SURNAME_PARTICLES.has(words[1])) appendTo(this.byLast, words[1], person);
      }
    } else if (person.name !== name) {
      if (name.split(' ').length > person.name.split(' ').length && kind === 'person') {
        const shorter = person.name;
        person.name = name; // the fullest form is canonical
        addAlias(person, shorter);
      } else addAlias(person, name);
    }
    this.byName.set(key, person);
    if (role && !person.roles.includes(role)) person.roles.push(role);
    if (!person.gender) {
      const cue = genderFrom(options.honorific, role, options.firstNameGender);
      person.gender = cue ?? options.firstNameGender;
      if (!cue && person.gender) person.genderByName = true; // only the first name's guess
    }
    if (options.honorific) person.honorific = true;
    addMention(person, span);
    // (a byline's author is nobody the story's pronouns mean)
    if (!options.unnoted) this.note(span.start, person, options.speaker ?? false, options.subject);
    return person;
  }

  /** A single word ("Healey", or a first name "Darian") resolved to the nearest earlier person with that last (or first) name. */
  resolveSurname(word: string, at: number, honorific?: string): Person | null {
    return this.resolveSurnameKey(nameKey(word), at, honorific);
  }

  /** Whether more than one person goes by the last (or first) name `key`. */
  sharesName(key: string): boolean {
    return (this.byLast.get(key) ?? this.byFirst.get(key) ?? NO_PEOPLE).length > 1;
  }

  /**
   * `resolveSurname` of a word whose nameKey the caller holds. An honorific says whom it may be ("Ms Morgan"
   * after Andrew and Eluned Morgan is Eluned): people of the other gender are left out, when that leaves anyone;
   * so does `pronounAfter`, the pronoun the mention's clause goes on with ("Thibodeau says he …").
   */
  resolveSurnameKey(key: string, at: number, honorific?: string, pronounAfter?: string): Person | null {
    const sameSurname = this.byLast.get(key);
    let candidates = sameSurname ?? this.byFirst.get(key);
    if (candidates === undefined) return null;
    const gender = candidates.length === 1 ? undefined : honorific !== undefined ? genderFrom(honorific, null) : pronounAfter ? pronounGender(pronounAfter) : undefined;
    if (gender) {
      // those known to be of that gender, else those of no known gender
      const same = candidates.filter((person) => person.gender === gender);
      const fitting = same.length > 0 ? same : candidates.filter((person) => person.gender === undefined);
      if (fitting.length > 0) candidates = fitting;
    }
    if (candidates.length === 1) return candidates[0];
    let best: Person | null = null;
    let bestAt = -1;
    // People who share a surname are told apart the way news tells them apart ("Dorie Greenspan … her husband
    // Michael Greenspan … Michael said … says Greenspan"): whoever the text calls by first name alone is not the
    // one the bare surname means, and whoever it already called by the bare surname still is; else the one named
    // first. A first name alone ("Darian") means the nearest of those it may be.
    let meant = candidates;
    if (sameSurname !== undefined) {
      const byFirstName = candidates.filter((person) => this.calledByFirstName(person));
      if (byFirstName.length > 0 && byFirstName.length < candidates.length) meant = candidates.filter((person) => !byFirstName.includes(person));
      if (meant.length === 1) return meant[0];
      const bySurname = meant.filter((person) => this.aliasKeys(person).has(key));
      if (bySurname.length === 1) return bySurname[0];
      // (else the one named first, the story's own, as news writes a shared surname: "Réjean Thibodeau … says
      // Lise Thibodeau. ¶ Thibodeau, 54, will work his final game")
      let first: Person | null = null;
      for (const person of meant) if (person.mentions[0] && person.mentions[0].start <= at && (!first || person.mentions[0].start < first.mentions[0].start)) first = person;
      if (first) return first;
    }
    for (const person of meant) {
      // mentions are kept in text order (see addMention): the latest one before `at` is found from the end
      const mentions = person.mentions;
      for (let i = mentions.length - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
        if (mentions[i].start <= at) {
          if (mentions[i].start > bestAt) { best = person; bestAt = mentions[i].start; }
          break;
        }
      }
    }
    if (best) return best;
    // only named further on (a headline, a later introduction): the one the text names most
    let most = meant[0];
    for (const person of meant) if (person.mentions.length > most.mentions.length) most = person;
    return most;
  }

  /** Whether the text has called this person by their first name alone ("Michael" for Michael Greenspan). */
  private calledByFirstName(person: Person): boolean {
    const key = nameKey(person.name);
    const space = key.indexOf(' ');
    return space > 0 && this.aliasKeys(person).has(key.slice(0, space));
  }

  /** The nameKeys of a person's aliases, worked out again only when the aliases change (surnames are asked often). */
  private aliasKeys(person: Person): ReadonlySet<string> {
    let known = this.aliasKeysOf.get(person);
    if (known === undefined || known.count !== person.aliases.length) {
      known = { count: person.aliases.length, keys: new Set(person.aliases.map(nameKey)) };
      this.aliasKeysOf.set(person, known);
    }
    return known.keys;
  }

  /** Records that a person is mentioned (or speaks) at `at`, for later pronoun resolution. */
  note(at: number, person: Person, speaker: boolean, subject = speaker): void {
    // insertion from the end: each list receives notes almost in text order, so this stays linear in practice
    const last = this.timeline[this.timeline.length - 1];
    const timeline = !last || last.at <= at ? this.timeline : this.spoken;
    const entry: TimelineEntry = { at, person, speaker, subject: subject || speaker };
    let i = timeline.length;
    timeline.push(entry);
    while (i > 0 && timeline[i - 1].at > at) {
      timeline[i] = timeline[i - 1];
      i--;
    }
    timeline[i] = entry;
  }

  /**
   * The antecedent of a pronoun at `at`: the nearest earlier person of a compatible gender who is the subject of
   * their sentence or spoke (salience before mere recency: "Jamil acknowledges it. '…,' she said" is Jamil even
   * when a woman was named in an object since), else the nearest compatible person within `reach` characters.
   * Null for "they"/"we" unless a group or organisation was the subject last.
   */
  resolvePronoun(pronoun: string, at: number, reach = 1500, except?: string): Person | null {
    const p = pronoun.toLowerCase();
    const wanted: Gender | null = pronounGender(p) ?? null;
    const plural = p === 'they' || p === 'we' || p === 'it'; // 'they-person': any person, no gender
    let nearestPerson: Person | null = null;
    let nearestAt = -1;
    for (const entry of this.before(at, 40)) {
      const person = entry.person;
      if (at - entry.at > reach) break;
      if (person.name === except) continue;
      if (plural) {
        // ("it" is a body's: never a group of people or an unnamed person, whom "they" and "we" may be)
        if ((p === 'it' ? person.kind === 'organization' || isCollective(person) : person.kind !== 'person') && at - entry.at < 600) return person;
        continue;
      }
      // "a spokeswoman for Northern Powergrid said …. "…," she added": an unnamed speaker the words make a she
      if (person.kind === 'anonymous' && wanted && entry.speaker && genderFrom(undefined, person.name) === wanted) return person;
      if (person.kind !== 'person') continue;
      if (wanted && person.gender && person.gender !== wanted) continue;
      // a subject wins over nearer mentions in objects — unless it lies much further back than the nearest one
      // ("The only reason Ihor Maharynsky survived … he demanded": nobody nearer is a subject)
      if (entry.subject) return nearestAt >= 0 && nearestAt - entry.at > SUBJECT_REACH_PAST_NEAREST ? nearestPerson : person;
      if (!nearestPerson) {
        nearestPerson = person;
        nearestAt = entry.at;
      }
    }
    return nearestPerson;
  }

  /**
   * The person or body the narrative between `from` and `at` is about: the latest subject there (for a
   * paragraph of quotation after "Tim Guest says there are many reasons." — Guest, not the previous quote's speaker).
   */
  recentSubject(from: number, at: number, personOnly = false): Person | null {
    for (const entry of this.before(at, 30)) {
      if (entry.at < from) return null;
      if (entry.subject && entry.person.kind !== 'anonymous' && !(personOnly && entry.person.kind !== 'person')) return entry.person;
    }
    return null;
  }

  /** The one person mentioned between `from` and `at`, or null when none or several are. */
  onlyPersonBetween(from: number, at: number): Person | null {
    let only: Person | null = null;
    for (const entry of this.before(at, 12)) {
      if (entry.at < from) break;
      if (entry.person.kind !== 'person') continue;
      if (only && only !== entry.person) return null;
      only = entry.person;
    }
    return only;
  }

  /** Whoever spoke last before `at` (within `reach` characters): the speaker of an unattributed quotation that goes on. */
  recentSpeaker(at: number, reach: number, personOnly = false): Person | null {
    for (const entry of this.before(at, 30)) {
      if (at - entry.at > reach) return null;
      if (entry.speaker && !(personOnly && entry.person.kind !== 'person')) return entry.person;
    }
    return null;
  }

  /** Whether `person` holds a role with the head `head` (or a synonym or an abbreviation of it). */
  holdsRole(person: Person, head: string): boolean {
    const word = roleWordPattern(head);
    return person.roles.some((r) => word.test(r));
  }

  /** The person a description ("the French minister", "the spokesperson") refers to: the nearest earlier one holding that role. */
  resolveDescription(head: string, at: number): Person | null {
    const word = roleWordPattern(head);
    for (const entry of this.before(at, 60)) {
      const person = entry.person;
      if (person.roles.some((r) => word.test(r))) return person;
    }
    return null;
  }

  /**
   * The relative of `person` the text names with their family name ("his wife" of Réjean Thibodeau is Lise
   * Thibodeau): the one other person named in full with that last name, of `gender` when it is known; else null.
   */
  relativeByFamilyName(person: Person, gender: Gender | undefined): Person | null {
    const words = nameKey(person.name).split(' ');
    if (person.kind !== 'person' || words.length < 2) return null;
    const relatives = (this.byLast.get(words[words.length - 1]) ?? NO_PEOPLE).filter((other) => other !== person && other.kind === 'person' && other.name.includes(' ') && (!gender || !other.gender || other.gender === gender));
    return relatives.length === 1 ? relatives[0] : null;
  }

  /**
   * The person an initialism stands for ("the PM" after "Prime Minister Anna Holt", "the CS" after "Education
   * Cabinet Secretary Grace Mbugua"): the nearest earlier one whose role ends in words with those initials.
   * Null when a body goes by them ("the NHS").
   */
  resolveInitialism(initials: string, at: number): Person | null {
    if (this.byInitials.has(initials)) return null;
    const wanted = initials.toLowerCase();
    for (const entry of this.before(at, 60)) {
      const person = entry.person;
      if (person.kind === 'person' && person.roles.some((r) => roleInitialsEndWith(r, wanted))) return person;
    }
    return null;
  }

  /**
   * The person a headline's bare description ("Housing secretary insists …") refers to: the first one named
   * after `at` holding that role (the article names them below its headline).
   */
  resolveDescriptionAfter(head: string, at: number): Person | null {
    const word = roleWordPattern(head);
    let first: Person | null = null;
    let firstAt = Infinity;
    for (const person of this.people) {
      if (person.kind !== 'person' || !person.roles.some((r) => word.test(r))) continue;
      const mention = person.mentions.find((m) => m.start > at);
      if (mention && mention.start < firstAt) {
        first = person;
        firstAt = mention.start;
      }
    }
    return first;
  }

  /**
   * The body a description ("the commission", "the company") refers to: the nearest earlier organisation whose
   * name holds the head word, or — for a generic head — the nearest organisation at all, within a few paragraphs.
   */
  resolveOrganisation(head: string, at: number, generic: boolean): Person | null {
    for (const entry of this.before(at, 60)) {
      if (at - entry.at > 3000) break;
      const body = entry.person;
      // "Google said …. The company said": a lone name nothing marks as a person (no first name, gender or
      // role) that spoke is the likeliest company
      if (generic && entry.speaker && isLoneUnmarkedName(body)) {
        body.kind = 'organization'; // the text calls it a company (a body): that is what it is
        return body;
      }
      if (body.kind !== 'organization' || body.thing) continue;
      if (generic || (' ' + nameKey(body.name) + ' ').includes(` ${head} `)) return body;
    }
    return null;
  }

  /** The gender a name phrase carries: its honorific or role, the person it names, or its first name. */
  genderOf(phrase: { name: string; role: string | null; honorific?: string }): Gender | undefined {
    const byName = this.known(phrase.name)?.gender ?? firstNameGender(nameKey(phrase.name).split(' ')[0]);
    return genderFrom(phrase.honorific, phrase.role, byName) ?? byName;
  }

  /** The person or body already known by this name (a single word: by surname or first name), or null. */
  known(name: string): Person | null {
    const key = nameKey(name);
    return this.byName.get(key) ?? (key.includes(' ') ? null : this.resolveSurname(name, Number.MAX_SAFE_INTEGER));
  }

  /**
   * Learns a gender from a pronoun the narrative itself uses for the person ("McNeely found herself …", "Laurin
   * said she …"): it overrides a guess from the first name alone (Morgan, Jordan, Robin are anyone's), never a cue.
   */
  learnGenderFromText(person: Person, pronoun: string): void {
    if (person.gender && !person.genderByName) return;
    const gender = pronounGender(pronoun);
    if (!gender) return;
    person.gender = gender;
    person.genderByName = false;
  }

  /** Whether a person other than `person` is noted from `from` to `to`. */
  someoneElseBefore(person: Person, from: number, to: number): boolean {
    for (const entry of this.before(to, 12)) {
      if (entry.at < from) return false;
      if (entry.person !== person && entry.person.kind === 'person') return true;
    }
    return false;
  }

  /** Whether the text may still tell this person's gender (none known, or only the first name's guess). */
  mayLearnGender(person: Person): boolean {
    return !person.gender || person.genderByName === true;
  }

  /** Learns a gender from a pronoun that referred to the person. */
  learnGender(person: Person, pronoun: string): void {
    if (person.gender) return;
    const p = pronoun.toLowerCase();
    if (p === 'he') person.gender = 'm';
    else if (p === 'she') person.gender = 'f';
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

const NO_WORDS: readonly string[] = [];

/** The candidates of a name nobody has yet: one shared empty list, never written. */
const NO_PEOPLE: readonly Person[] = [];

const ACRONYM = /^[A-Z]{2,6}$/;
// (and the Irish "Ó", "Ní", "Uí", "Ua": "Ó Fearghail" is a surname whole; "Mac" and "Nic" are given names too)
const SURNAME_PARTICLES = new Set(['al', 'el', 'de', 'da', 'di', 'du', 'van', 'von', 'le', 'la', 'bin', 'ibn', 'abu', 'ben', 'st.', 'st', 'ó', 'ní', 'uí', 'ua']);

/** Whether a word opens a surname with its particle ("Al Turkmani", "Van Horne", "Ó Fearghail"). */
export function isSurnameParticle(word: string): boolean {
  return SURNAME_PARTICLES.has(word.toLowerCase());
}

/** "Export Development Canada" → "EDC", "the Royal Canadian Mounted Police" → "RCMP". */
function initials(name: string): string {
  let out = '';
  for (const word of name.split(/\s+/)) if (/^\p{Lu}/u.test(word)) out += word.charAt(0);
  return out;
}

/** The initials of an office named by them alone, "the PM" or "the CS", or null. */
export function officeInitials(name: string): string | null {
  return THE_INITIALISM.exec(name)?.[1] ?? null;
}

const THE_INITIALISM = /^the ([A-Z]{2,4})$/;

/** Whether the role's last words have these initials: "Education Cabinet Secretary" ends in "cs". */
function roleInitialsEndWith(role: string, initials: string): boolean {
  const words = role.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (words.length < initials.length) return false;
  const last = words.slice(words.length - initials.length);
  return last.every((word, i) => word.charAt(0) === initials.charAt(i));
}

/** Matches a role holding `head` as a whole word ("minister" in "Foreign Minister"), any case. */
function roleWordPattern(head: string): RegExp {
  const same = ROLE_SYNONYMS[head.toLowerCase()];
  return new RegExp(same ? `\\b(?:${same})(?![\\p{L}])` : `\\b${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, same ? 'iu' : 'i');
}

// Role words that name the same office ("the judge said" after "Justice Mireille Caron"), and their abbreviations.
const ROLE_SYNONYMS: Record<string, string> = {
  judge: 'judge|justice',
  justice: 'justice|judge',
  councillor: 'councillor|councilor|coun\\.|cllr\\.?|cr\\.',
  sergeant: 'sergeant|sgt\\.?',
  constable: 'constable|const\\.|cst\\.|pc',
  professor: 'professor|prof\\.',
  doctor: 'doctor|dr\\.?',
  senator: 'senator|sen\\.',
  representative: 'representative|rep\\.',
  governor: 'governor|gov\\.',
  superintendent: 'superintendent|supt\\.',
  inspector: 'inspector|insp\\.',
  detective: 'detective|det\\.',
  captain: 'captain|capt\\.|skipper',
  // ("the skipper laughed" after "Australian captain Jack Merriman"; "the Rovers boss" after "manager Gary Threlfall")
  skipper: 'skipper|captain|capt\\.',
  boss: 'boss|manager|head coach',
  manager: 'manager|boss',
  attorney: 'attorney|atty\\.',
  // (a TD is a deputy of the Dáil)
  deputy: 'deputy|td',
};

/** The gender an honorific or a role says; `byName`, what the first name says, outranks a role said of women too. */
export function genderFrom(honorific: string | undefined, role: string | null, byName?: Gender): Gender | undefined {
  const h = honorific?.toLowerCase();
  if (h && FEMALE_HONORIFICS.has(h)) return 'f';
  if (h && MALE_HONORIFICS.has(h)) return 'm';
  if (role && FEMALE_ROLE.test(role)) return 'f';
  if (role && MALE_ROLE.test(role)) return 'm';
  if (role && GENERIC_MALE_ROLE.test(role)) return byName === 'f' ? 'f' : 'm';
  return undefined;
}

// Unnamed bodies of people that the text calls "it": "the jury … In its citation, it said".
const COLLECTIVE = /\b(?:jury|panel|committee|board|family)$/;

function isCollective(person: Person): boolean {
  return person.kind === 'anonymous' && COLLECTIVE.test(person.name);
}

/** Adds `alias` to the person's other names unless it is one already. */
export function addAlias(person: Person, alias: string): void {
  // their own name is no other form of it ("Zentrix said" of Zentrix)
  if (alias !== person.name && !person.aliases.includes(alias)) person.aliases.push(alias);
}

/** Appends `value` to the list `map` holds at `key`, in place (a new list if none). */
function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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

/** A one-word name read as a person with nothing that says so: no gender, honorific, role or longer name. */
function isLoneUnmarkedName(person: Person): boolean {
  return person.kind === 'person' && !person.gender && !person.honorific && person.roles.length === 0 && !person.name.includes(' ') && person.aliases.length === 0;
}

/**
 * Adds a mention of `person`, keeping their mentions in text order, each once. The first pass over a text adds its full
 * names, in order; attribution then adds the surnames and descriptions it resolves, from the start again: each
 * goes in where it belongs (from the end, a few steps at most), so the latest mention before a point is the
 * last one there — read by `resolveSurname`, which a surname shared by two people ("Dorie Greenspan", "her husband
 * Michael Greenspan") resolves by.
 */
export function addMention(person: Person, span: Span): void {
  const mentions = person.mentions;
  let i = mentions.length;
  while (i > 0 && mentions[i - 1].start > span.start) i--;
  // the same words met by both passes (a full name that speaks: "…,” said Jane Doe.") are one mention
  for (let k = i - 1; k >= 0 && mentions[k].start === span.start; k--) if (mentions[k].end === span.end) return;
  mentions.splice(i, 0, span);
}

/**
 * A name whose first word is a given name set in capitals ("GARETH Pryce"), with that word in title case; a name
 * set in capitals throughout ("GARY THRELFALL"), with every word in title case.
 */
function withGivenNameCased(name: string): string {
  // (most names have a lowercase second letter: the cheap no first)
  const second = name.charCodeAt(1);
  if (second >= 97 && second <= 122) return name;
  const space = name.indexOf(' ');
  if (space < 3 || !/^\p{Lu}+$/u.test(name.slice(0, space))) return name;
  const first = name.charAt(0) + name.slice(1, space).toLowerCase();
  if (!isGivenName(first)) return name;
  if (/\p{Ll}/u.test(name.slice(space))) return first + name.slice(space);
  // (each part after a hyphen or an apostrophe in title case too: "O'NEILL", "SMITH-JONES")
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The gender a third-person pronoun gives (any case form: "he", "his", "herself"), else undefined. */
export function pronounGender(pronoun: string): Gender | undefined {
  return MALE_PRONOUNS.has(pronoun) ? 'm' : FEMALE_PRONOUNS.has(pronoun) ? 'f' : undefined;
}

const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);
