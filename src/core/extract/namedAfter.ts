import { genderFrom, type Person, type PersonIndex } from '../entities/coreference';
import { isRoleHead, PERSON_NOUNS, UNNAMED_PERSON_HEADS } from '../entities/titles';
import { tokenize, type Token, type TokenBuffer } from '../entities/names';
import { hasLetter, isSpaceCode } from '../text/chars';
import { namedAfterRoleWords, phraseAt } from './phrases';
import { type SpeakerPhrase } from './phraseWords';
import type { QuotedSpan } from './quotes';
import { isStrongSpeechVerb } from './speechVerbs';

// Speakers the text names only after their words: in the sentence that follows ("“…” Brenda Hollis, 63, said"),
// in a verdict on them ("That was the verdict of …", "Those were the words of …"), or after a lede that only
// describes them ("A grandmother from Eskdale Bridge says …. ¶ Janet Whitcombe, 68, …").

/**
 * `“I’ve voted for them my whole life. Not this time.” Brenda Hollis, 63, a retired postwoman, said …`: a
 * quotation opening its paragraph, and the sentence after it opening with a full name (an appositive may follow)
 * and a speech verb — the speaker introduced right after her words.
 */
export function speakerNamedNext(text: string, after: readonly Token[], people: PersonIndex, opensParagraph: boolean): SpeakerPhrase | null {
  const read = after.length > 2 ? phraseAt(text, after as Token[], 0) : null;
  if (!read || read.phrase.kind !== 'person') return null;
  let v = after.findIndex((t) => t.start >= read.phrase.end);
  // (`“Ask me in a month.” Brennock would not be drawn on his own future.`: who declines to say more said the words,
  // by surname too)
  if (opensParagraph && v > 0 && declinesToSayMore(after, v)) return read.phrase;
  if (!read.phrase.name.includes(' ')) return null;
  // (over appositives set off by commas, one comma closing one and opening the next: ", 63, a retired postwoman,";
  // a relative clause may run longer: ", who plays the widow’s son and grew up two streets from the harbour,")
  for (let sets = 0; v > 0 && after[v]?.text === ',' && sets < 3; sets++) {
    const open = v;
    const close = after.findIndex((t, i) => i > open && t.text === ',');
    if (close < 0 && sets > 0) {
      // the comma before closed the last appositive: a verb follows it ("…, a trainee nurse, had spent")
      v = open + 1;
      break;
    }
    if (close < 0 || close - open > (after[open + 1]?.lower === 'who' ? 30 : 12)) return null;
    v = after[close + 1]?.text === ',' || isStrongSpeechVerb(after[close + 1]?.lower ?? '') || LINKING_VERBS.has(after[close + 1]?.lower ?? '') ? close + 1 : close;
    if (v === close + 1) break;
  }
  const verb = after[v];
  if (!verb || verb.cap) return null;
  if (isStrongSpeechVerb(verb.lower)) return read.phrase;
  // `‘I auditioned in my own accent …’ Marcus Bellweather, who …, is half joking`, `…, was blunt`: how they speak,
  // when the words open their paragraph and introduce the person for the first time ("Brenda Hollis, the
  // candidate, arrived" says nothing of speaking)
  if (!opensParagraph || !LINKING_VERBS.has(verb.lower) || !speakingMannerAfter(after, v + 1)) return null;
  return introducedHere(people, read.phrase) ? read.phrase : null;
}

/**
 * `“We had ten minutes.” Margaret Holt stood in the car park …`: the person a paragraph-opening quotation's next
 * sentence opens with, named there for the first time, whatever she does — her words only if the text quotes her
 * next (`“…,” she said`), which the caller checks.
 */
export function personIntroducedNext(text: string, after: readonly Token[], people: PersonIndex): SpeakerPhrase | null {
  const read = after.length > 2 ? phraseAt(text, after as Token[], 0) : null;
  if (!read || read.phrase.kind !== 'person' || !read.phrase.name.includes(' ')) return null;
  const next = after.find((t) => t.start >= read.phrase.end);
  // (a verb or an appositive after the name: "Margaret Holt stood", "Amira Shah, 19, a trainee nurse, had")
  if (!next || (next.cap && !next.punct) || (next.punct && next.text !== ',')) return null;
  return introducedHere(people, read.phrase) ? read.phrase : null;
}

/** Whether the text first mentions this person at this phrase. */
function introducedHere(people: PersonIndex, phrase: SpeakerPhrase): boolean {
  const known = people.known(phrase.name);
  return !known || (known.mentions[0]?.start ?? 0) >= phrase.start;
}

/** `would not be drawn on`, `refused to be drawn`, `declined to elaborate`: from token `v`, whoever it is says no more. */
function declinesToSayMore(tokens: readonly Token[], v: number): boolean {
  const [a, b, c, d] = [tokens[v]?.lower, tokens[v + 1]?.lower, tokens[v + 2]?.lower, tokens[v + 3]?.lower];
  if ((a === 'would' || a === 'will') && b === 'not' && c === 'be' && d === 'drawn') return true;
  return (a === 'refused' || a === 'declined') && b === 'to' && ((c === 'be' && d === 'drawn') || c === 'elaborate');
}

const LINKING_VERBS = new Set(['is', 'was', 'sounds', 'sounded', 'seems', 'seemed', 'remains', 'remained']);
// How someone speaks, after "is" or "was": "was blunt", "is half joking", "was more measured".
const SPEAKING_MANNER = new Set(['blunt', 'blunter', 'joking', 'adamant', 'emphatic', 'candid', 'frank', 'scathing', 'defiant', 'unrepentant', 'unapologetic', 'measured', 'cautious', 'optimistic', 'pessimistic', 'forthright', 'philosophical', 'sanguine', 'dismissive', 'unmoved', 'upbeat', 'gloomy', 'firm', 'insistent', 'unequivocal', 'categorical', 'wry', 'rueful', 'laughing', 'smiling', 'emotional', 'tearful', 'direct', 'clear', 'succinct', 'diplomatic', 'circumspect', 'guarded', 'defensive', 'combative', 'critical', 'damning', 'withering', 'stark']);

/** Whether a word of speaking manner comes within three words from `at` ("half joking", "more measured", "blunt"). */
function speakingMannerAfter(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i < tokens.length && i < at + 3 && !tokens[i].punct; i++) if (SPEAKING_MANNER.has(tokens[i].lower)) return true;
  return false;
}

// `That was the verdict of …`, `Such is the view of …`, `That was how Cr Farrugia summed up …`: the paragraph after a
// quotation names whose it was.
const VERDICT_AFTER = /^[ \t\u00a0]*(?:(?:That|This) (?:was|is) how |(?:That|This|Such|So|Those|These) (?:was|is|were|are) (?:the |his |her |their )?(?:(?:blunt|frank|stark|damning|simple|honest|candid) )?(?:verdict|view|message|warning|assessment|reaction|opinion|argument|conclusion|response|judgment|judgement|plea|case|words|remarks|experience|story|frustration|complaint|lament|fear|hope|advice)(?: made| given| offered| spoken)? (?:of|from|by) )/;

const THAT_WAS_NAME = /^[ \t\u00a0]*(?:That|This) (?:was|is) (?:how |the way )?(?=\p{Lu})/u;
// `“…” The speaker was Arthur Boudreau, 81, …`, `“…” That memory came from the Rev. Alma Pruitt`, `“…” The words
// were those of chairman Martin Greaves`
const SOURCE_AFTER = /^[ \t\u00a0]*(?:The (?:speaker|voice) (?:was|is) |(?:The|Those|These) (?:words|remarks|comments|lines) (?:were|was) (?:posted|written|spoken|shared|uttered|tweeted)(?: (?:on|to|in) [^.,]{1,30}?)? by |(?:The|Those|These) (?:words|remarks|comments|lines) (?:were|are) (?:those|the words) of |(?:That|This|The|Those|These) (?:memory|memories|remarks?|comments?|recollections?|observations?|assessment|verdict|words?|quotes?|lines?|story|account|warning|plea|message|appeal|admission|criticism|description) (?:came|come|comes) from )/;

/**
 * `‘We have been told for two years …’ ¶ That was the verdict of Dr Marguerite Vance, …`: a quotation that
 * ends its paragraph with no attribution, and the next paragraph opening with whose verdict it was.
 */
export function verdictOwnerAfter(text: string, q: QuotedSpan, buffer: TokenBuffer): SpeakerPhrase | null {
  // (or the same paragraph goes on with it: `"…" That was the verdict of Rays captain Mitch Aleki, who …`)
  const sameLine = q.closeAt >= 0 && hasLetter(text, q.closeAt + 1, q.lineEnd);
  let at = sameLine ? q.closeAt + 1 : q.lineEnd;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(at, Math.min(lineEnd < 0 ? text.length : lineEnd, at + 200));
  // ("“I'm 29 and I live in my parents' basement.” That was Jonah Leclair, one of …": a person's name alone)
  const verdict = VERDICT_AFTER.exec(line) ?? SOURCE_AFTER.exec(line);
  const bare = verdict === null;
  const m = verdict ?? THAT_WAS_NAME.exec(line);
  if (!m) return null;
  const tokens = tokenize(text, at + m[0].length, at + line.length, buffer);
  // (`… those of club chairman Martin Greaves`: lowercase role words before the name)
  const read = phraseAt(text, tokens, 0) ?? (bare ? null : asRead(namedAfterRoleWords(text, tokens, 0)));
  if (!read || (bare && (read.phrase.kind !== 'person' || !read.phrase.name.includes(' ')))) return null;
  return read.phrase.kind === 'person' || read.phrase.kind === 'organization' || read.phrase.kind === 'anonymous' ? read.phrase : null;
}

// "Janet Whitcombe, 68,": a full name and an age opening a paragraph
const NAME_AND_AGE = /^(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)+), \d{1,3},/u;

/**
 * `A grandmother from Eskdale Bridge says she has been left ‘…’. ¶ Janet Whitcombe, 68, was referred …`: the
 * someone a lede describes, named with her age at the start of the next paragraph for the first time.
 */
export function namedInNextParagraph(text: string, phrase: SpeakerPhrase, people: PersonIndex, quoteAt: number): Person | null {
  if (!/^an?\s/i.test(phrase.name)) return null;
  const gender = genderFrom(undefined, phrase.name);
  const head = 'head' in phrase ? phrase.head : undefined;
  if (!gender && !(head && (PERSON_NOUNS.has(head) || isRoleHead(head)) && !UNNAMED_PERSON_HEADS.has(head))) return null;
  const lineEnd = text.indexOf('\n', quoteAt);
  if (lineEnd < 0) return null;
  let at = lineEnd;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  const m = NAME_AND_AGE.exec(text.slice(at, at + 80));
  const person = m ? people.known(m[1]) : null;
  if (!person || person.kind !== 'person' || (person.mentions[0]?.start ?? 0) < at) return null;
  // ("A local man said …. ¶ Dev Patel, 40, the chief executive, said …": someone else, speaking for himself)
  const sentence = text.slice(at, at + 200).split(/[.!?\n]/, 1)[0];
  if (sentence.split(/[^\p{Ll}]+/u).some((word) => isStrongSpeechVerb(word))) return null;
  const known = people.genderOf({ name: person.name, role: null });
  return !gender || !known || known === gender ? person : null;
}

// How far after a lede's "a judge" the text names the judge.
const LEDE_HOLDER_REACH = 800;

/**
 * `…has been jailed, with a judge describing his offending as “…”. ¶ … Judge Fiona McCreadie said`: an
 * office held by someone the text names only later, when nobody named before holds it. An official, a
 * spokesperson, a source stay unnamed; so do plain people ("a woman"), whom namedInNextParagraph reads.
 */
export function ledeRoleHolder(phrase: SpeakerPhrase, people: PersonIndex, quoteAt: number): Person | null {
  const head = 'head' in phrase ? phrase.head : undefined;
  if (!head || !/^an?\s/i.test(phrase.name) || !isRoleHead(head) || PERSON_NOUNS.has(head) || UNNAMED_PERSON_HEADS.has(head)) return null;
  if (people.resolveDescription(head, quoteAt)) return null;
  const holder = people.resolveDescriptionAfter(head, quoteAt);
  const named = holder?.mentions.find((m) => m.start > quoteAt);
  return holder && named && named.start - quoteAt <= LEDE_HOLDER_REACH ? holder : null;
}

function asRead(phrase: SpeakerPhrase | null): { phrase: SpeakerPhrase } | null {
  return phrase ? { phrase } : null;
}
