import { isApostropheCode } from '../text/chars';
import { isCorporateWord, isTitleAbbreviation, isSentenceOpener, type NamePhrase } from './names';
import { isHonorific, isRoleHead } from './titles';
import { isGivenName, INITIALS_FIRST_NAMES } from './firstNames';
import { wordList } from '../text/wordList';

// Runs of capitalised words ("Lithuanian Defense Minister Dovile Sakaliene", "Healey"), with name particles and
// abbreviated titles ("Rep. Lucille Roybal Allard"): Latin script, scanned by hand (this runs over the whole text);
// and what each distinct run is worked out once (RunMemo): the facts mentions.ts reads a person or a body from.

// Name particles that may stand inside a run.
export const PARTICLES = wordList(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el']);

export function isUpperLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x17f);
}

function isLowerLatin(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x17f);
}

/** A character a name word may hold: letters and digits (Latin), apostrophes, hyphens, the underscore. */
export function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 0x2019 || c === 45 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * The end of the capitalised word at `i` (a Latin capital starting it, a lowercase letter ending it: "Healey",
 * "McEwan", "O'Brien"; an abbreviated title with its period: "Rep."; initials: "U.S.", "J."), or -1.
 */
function capitalisedWordEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (!isUpperLatin(c)) return -1;
  let j = i + 1;
  while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 46 && j - i <= 5 && isTitleAbbreviation(text, i, j)) return j + 1;
  let end = j;
  while (end > i + 1 && !isLowerLatin(text.charCodeAt(end - 1))) end--;
  if (end > i + 1) return end;
  // the Irish "Ó" that opens a surname: "Cian Ó Fearghail"
  if (c === 0xd3 && j === i + 1 && text.charCodeAt(j) === 32 && isUpperLatin(text.charCodeAt(j + 1))) return j;
  // initials that are a first name: "TJ Reid", "AJ Mitchell" (before another word of the name)
  if (j === i + 2 && text.charCodeAt(j) === 32 && isUpperLatin(text.charCodeAt(j + 1)) && INITIALS_NAMES.has(text.slice(i, j))) return j;
  // a lede's first word set in capitals, a given name before a surname: "GARETH Pryce has insisted"
  if (j - i >= 3 && (i === 0 || text.charCodeAt(i - 1) === 10) && text.charCodeAt(j) === 32 && isUpperLatin(text.charCodeAt(j + 1)) && isLowerLatin(text.charCodeAt(j + 2)) && isGivenName(text.slice(i, j))) return j;
  // a title set in capitals before a name, a word of the run so the name keeps it as its role: "Acme CEO Jane
  // Doe", "Labour MP Diane Abbott", "PMRCL MD V. Raghunandan" (never a run's last word: "said the CEO." names
  // nobody; nor "PC", a constable as often as a party, a brand or a computer: "PC Optimum Points")
  if (j - i >= 2 && j - i <= 4 && text.charCodeAt(j) === 32 && isUpperLatin(text.charCodeAt(j + 1)) && (isLowerLatin(text.charCodeAt(j + 2)) || text.charCodeAt(j + 2) === 46)) {
    const title = text.slice(i, j);
    if (title !== 'PC' && isRoleHead(title)) return j;
  }
  // initials: "U.S.", "J."
  if (j === i + 1 && text.charCodeAt(i + 1) === 46) {
    let k = i + 2;
    while (k + 1 < text.length && isUpperLatin(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 46) k += 2;
    return k;
  }
  return -1;
}

// Pairs of initials that go by as first names, as firstNames.ts lists them.
const INITIALS_NAMES = new Set(INITIALS_FIRST_NAMES.map((name) => name.toUpperCase()));

/**
 * Calls `found` for every run of capitalised words ("Lithuanian Defense Minister Dovile Sakaliene", "Healey"),
 * name particles allowed inside ("Ursula von der Leyen"): one hand-written linear pass, no regex.
 */
export function scanCapitalisedRuns(text: string, found: (start: number, end: number) => void): void {
  const n = text.length;
  CAPITAL.lastIndex = 0;
  // `test` rather than `exec`: no match object per capital letter, the position is lastIndex - 1
  while (CAPITAL.test(text)) {
    const i = CAPITAL.lastIndex - 1;
    if (i > 0 && (isNameChar(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 35)) continue; // inside a word, or a hashtag
    let end = capitalisedWordEnd(text, i);
    if (end < 0) continue;
    // more words: a space, an optional particle and its space, another capitalised word
    for (;;) {
      const sep = text.charCodeAt(end);
      if (sep !== 32 && sep !== 0xa0) break;
      let next = end + 1;
      let word = capitalisedWordEnd(text, next);
      // up to two particles ("von der Leyen", "de la Cruz")
      for (let particles = 0; word < 0 && particles < 2; particles++) {
        let p = next;
        while (p < n && text.charCodeAt(p) >= 97 && text.charCodeAt(p) <= 122 && p - next < 4) p++;
        const after = text.charCodeAt(p);
        if (!(p > next && (after === 32 || after === 0xa0) && PARTICLES.has(text, next, p))) break;
        next = p + 1;
        word = capitalisedWordEnd(text, next);
      }
      if (word < 0) break;
      end = word;
    }
    found(i, end);
    CAPITAL.lastIndex = end;
  }
}

// A Latin capital: where a name may start (the regex engine skips the rest of the text fastest).
const CAPITAL = /[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f]/g;

export const ORGANISATION_LIKE = /^(?:[\p{Lu}\d&.]{2,6}|.*(?:Inc|Corp|Ltd|Gmb|AG|LLC|PLC|Co|Canada|Police|Council|Hydro|News|Times|Post|Group|Party|Department|Ministry|Office|Government|Court|Commission|Association|University|Hospital|Agency|Service|Services|Board))$/u;

// Runs whose first word opens a place or a group's name, not a person's ("British Columbia", "New Brunswick").
export const NOT_A_FIRST_NAME = /(?:ian|ean|ish|ese|ern)$|^(?:New|North|South|East|West|Upper|Lower|Greater|Great|Saint|St\.?|Old|Royal|National|Federal|Central|United|The)$/;

/**
 * The facts of the distinct capitalised runs met so far, by number. They depend on a run's text alone, so the
 * blocks of one analysis share them (names recur from block to block); never kept past that analysis.
 */
export class RunMemo {
  readonly facts: RunFacts[] = [];
  /** Each distinct run's text, by number. */
  readonly runs: string[] = [];
  // An open-addressing table from a run's text to its number, probed with the text in place: the scan meets
  // ~100 000 runs per MiB, nearly all met before ("The", names), and slicing each out for a Map lookup
  // allocated and hashed a string per run. A slot holds a number (-1: empty) and that run's hash.
  private slots = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(1024);

  /** The number of the run `run` if it was met, else -1. */
  find(run: string): number {
    const h = runHash(run, 0, run.length);
    const mask = this.slots.length - 1;
    for (let slot = h & mask, id = this.slots[slot]; id >= 0; slot = (slot + 1) & mask, id = this.slots[slot]) {
      if (this.hashes[slot] === h && this.runs[id] === run) return id;
    }
    return -1;
  }

  /** The number of the run `text.slice(start, end)`; a run met for the first time gets the next one and its facts. */
  idOf(text: string, start: number, end: number): number {
    const h = runHash(text, start, end);
    const length = end - start;
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (let id = this.slots[slot]; id >= 0; id = this.slots[slot]) {
      if (this.hashes[slot] === h) {
        const run = this.runs[id];
        if (run.length === length && text.startsWith(run, start)) return id;
      }
      slot = (slot + 1) & mask;
    }
    const run = text.slice(start, end);
    const id = this.facts.push(runFacts(run)) - 1;
    this.runs.push(run);
    this.slots[slot] = id;
    this.hashes[slot] = h;
    if (this.facts.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /** Doubles the table, placing every run again. */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let old = 0; old < this.slots.length; old++) {
      const id = this.slots[old];
      if (id < 0) continue;
      let slot = this.hashes[old] & mask;
      while (slots[slot] >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
      hashes[slot] = this.hashes[old];
    }
    this.slots = slots;
    this.hashes = hashes;
  }
}

/** The FNV-1a hash of `text.slice(start, end)`, read in place. */
function runHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** What a capitalised run's text alone says, worked out once per distinct run. */
interface RunFacts {
  /** The run without a sentence word glued before a lone name ("Later Durning", "But Healey" → "Healey"). */
  name: string;
  /** How many characters that word (and its space) took from the front. */
  cut: number;
  /** `name` is one word. */
  single: boolean;
  /** `name` is one word that opens sentences ("The", "But"), never a name. */
  sentenceWord: boolean;
  /** nameKey of `name`, once it is needed. */
  key?: string;
  /** For runs of several words: what those words say, once it is needed. */
  shape?: RunShape;
}

function runFacts(run: string): RunFacts {
  let name = run;
  let cut = 0;
  const space = run.indexOf(' ');
  if (space > 0 && run.indexOf(' ', space + 1) < 0 && isSentenceWord(run.slice(0, space))) {
    cut = space + 1;
    name = run.slice(cut);
  }
  // "Jeanine Durning’s work": the possessive is no part of the name
  if (name.length > 3 && name.charCodeAt(name.length - 1) === 115 && isApostropheCode(name.charCodeAt(name.length - 2))) name = name.slice(0, -2);
  const single = name.indexOf(' ') < 0 && name.indexOf('\u00a0') < 0;
  return { name, cut, single, sentenceWord: single && isSentenceWord(name) };
}

/** What a run of several words says about it. */
interface RunShape {
  organisation: boolean;
  mayNamePerson: boolean;
  /** The last word, the surname if it names a person. */
  lastWord: string;
  /** The run read as a person's name (offsets relative to the run), null when it is none; undefined until needed. */
  phrase?: NamePhrase | null;
  words?: string[];
  /** The gender of the phrase's first word as a first name (see firstNameGender). */
  gender?: 'f' | 'm';
  /** Whether the phrase's first word is a known given name, gendered or not ("Pat", "Robin"). */
  givenName?: boolean;
  /** The second-last word, when it can be a first name. */
  secondLast?: { text: string; start: number } | null;
  /** Whether the run is two name-shaped words (see isTwoNameWords); undefined until asked. */
  twoWords?: boolean;
  /** Whether the name reader read the run as a body's name ("Northgate Homes"); set with `phrase`. */
  body?: boolean;
}

export function runShape(fact: RunFacts): RunShape {
  const run = fact.name;
  if (fact.shape) return fact.shape;
  const lastWord = run.slice(Math.max(run.lastIndexOf(' '), run.lastIndexOf('\u00a0')) + 1);
  // ("Brackenridge Zoo": a last word no surname is makes a body of any longer name)
  fact.shape = { organisation: ORGANISATION_LIKE.test(run) || (run.includes(' ') && isCorporateWord(lastWord)), mayNamePerson: mayNamePerson(run), lastWord };
  return fact.shape;
}

export function mayNamePerson(run: string): boolean {
  const words = run.split(/[ \u00a0]/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (isRoleHead(w) || isHonorific(w) || (i < words.length - 1 && isGivenName(w))) return true;
  }
  return false;
}

/** Whether a capitalised word is one that opens sentences ("The", "But"). */
function isSentenceWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (isSentenceOpener(lower)) return true;
  // ("You’ve said Pell was …", "I’m", "They’re": a pronoun's contraction)
  const apostrophe = lower.search(/['’]/);
  return apostrophe > 0 && CONTRACTED_PRONOUNS.has(lower.slice(0, apostrophe));
}

const CONTRACTED_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'what', 'who', 'let']);
