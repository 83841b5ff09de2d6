import { ANONYMOUS_HEADS, PERSON_NOUNS, UNNAMED_PERSON_HEADS, isRoleHead } from '../entities/titles';
import type { Token } from '../entities/names';
import type { SpeakerPhrase } from './phraseWords';
import { DOCUMENT_WORDS } from './documents';
import { isSpeechVerb } from './speechVerbs';

// `a senior nurse at the district hospital`, `an MP on the party’s right`, `a firefighter on the line near Route
// 9`: an unnamed someone is who the words after their head say — where they work, whose they are, which side
// they stand on. The text names them no better, and annotators write the phrase whole.

// Prepositions that may tie someone to a place, a body or a side.
const TIES = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'near', 'inside', 'outside', 'within', 'behind', 'among', 'across']);
// Words that tie someone to a matter or a person before "to", "with", "about", "on", "of" ("close to the board",
// "aware of the matter").
export const TIED_BY = new Set(['close', 'familiar', 'knowledgeable', 'briefed', 'aware']);
export const TIED_TO = new Set(['to', 'with', 'about', 'on', 'of']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);
// After a preposition, words that say how or when someone spoke, not who they are ("a spokesman in a statement",
// "a resident on Tuesday", "a parent at the meeting", "a source on condition of anonymity").
export const HOW_OR_WHEN = new Set([
  'statement', 'interview', 'email', 'e-mail', 'post', 'tweet', 'letter', 'briefing', 'conference', 'news', 'press', 'meeting',
  'hearing', 'rally', 'vigil', 'protest', 'event', 'ceremony', 'session', 'call', 'phone', 'telephone', 'radio', 'television',
  'tv', 'podcast', 'court', 'condition', 'camera', 'video', 'time', 'weekend', 'week', 'day', 'night', 'morning', 'afternoon',
  'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'speech', 'message', 'remarks',
  'social', 'facebook', 'twitter', 'instagram', 'x', 'tiktok', 'linkedin', 'youtube', 'air', 'stage', 'record', 'behalf',
  'response', 'reply', 'writing', 'person', 'tears', 'part', 'total', 'all', 'particular', 'recent', 'addition', 'turn',
]);
// Words that end the complement: a clause goes on from them.
const CLAUSE_WORDS = new Set([
  'who', 'which', 'that', 'whose', 'where', 'when', 'while', 'and', 'or', 'but', 'as', 'because', 'if', 'since', 'after',
  'before', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'did', 'does', 'do', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'also', 'later', 'then', 'recently', 'previously', 'to',
]);
const MAX_WORDS = 7;

/** Whether a word may name someone unnamed: a person noun, a role or an anonymous source's head (no document's). */
export function isSomeoneHead(lower: string): boolean {
  return PERSON_NOUNS.has(lower) || UNNAMED_PERSON_HEADS.has(lower) || (ANONYMOUS_HEADS.has(lower) && !DOCUMENT_WORDS.has(lower)) || isRoleHead(lower);
}

/** A verb ending the complement: a speech verb or a past tense, except as a noun right after a determiner. */
function isVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.cap || DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return false;
  return isSpeechVerb(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'));
}

/** The tie starting at token `at` ("at", "close to"): the index of its object's first word, or -1. */
function objectStart(tokens: readonly Token[], at: number): number {
  const t = tokens[at];
  if (!t || t.cap) return -1;
  if (TIED_BY.has(t.lower)) return TIED_TO.has(tokens[at + 1]?.lower ?? '') ? at + 2 : -1;
  if (!TIES.has(t.lower)) return -1;
  // ("on condition of anonymity", "in a statement", "at Tuesday's meeting": how and when, up to two words in)
  for (let k = at + 1; k <= at + 3 && k < tokens.length && !tokens[k].punct; k++) if (HOW_OR_WHEN.has(tokens[k].lower)) return -1;
  return at + 1;
}

/**
 * Past the complement tying someone to where or whose they are, starting at token `at` (" on the party’s right",
 * " at the district hospital"): the index after it, or `at` when none starts there or it does not end where the
 * noun phrase must — at a mark, a verb or the window's end.
 */
export function tiedComplementEnd(tokens: readonly Token[], at: number): number {
  let end = objectStart(tokens, at);
  if (end < 0) return at;
  const first = end;
  while (end < tokens.length && end - first < MAX_WORDS) {
    const t = tokens[end];
    if ((t.punct && t.lower !== "'s" && t.lower !== '’s') || CLAUSE_WORDS.has(t.lower) || isVerbAt(tokens, end)) break;
    // (a second tie goes on: "on the line near Route 9")
    if (TIES.has(t.lower) && objectStart(tokens, end) < 0) return at;
    end++;
  }
  if (end === first || DETERMINERS.has(tokens[end - 1].lower) || TIES.has(tokens[end - 1].lower)) return at;
  const stop = tokens[end];
  return !stop || stop.punct || CLAUSE_WORDS.has(stop.lower) || isVerbAt(tokens, end) ? end : at;
}

const INDEFINITE = new Set(['a', 'an', 'one', 'another']);

/**
 * `An MP on the party’s right said`, `A parent at the school said`: read back from token `j` (before the verb),
 * someone unnamed — "a"/"an"/"one", up to two modifiers, a head — and the complement tying them to where or whose
 * they are, ending at `j`. Null when the words before the verb are not so made.
 */
export function tiedSomeoneBefore(text: string, tokens: readonly Token[], j: number): SpeakerPhrase | null {
  for (let k = j - 1; k >= 1 && j - k <= MAX_WORDS + 1; k--) {
    const t = tokens[k];
    if (t.punct && t.lower !== "'s" && t.lower !== '’s') return null;
    if (!TIES.has(t.lower) && !(TIED_BY.has(t.lower) && k < j)) continue;
    const head = tokens[k - 1];
    if (head.punct || !isSomeoneHead(head.lower) || (head.cap && !isRoleHead(head.text))) continue;
    // ("A resident at the meeting said": where they spoke, which says nothing of who they are)
    const end = tiedComplementEnd(tokens, k) === j + 1 ? tokens[j].end : saysHowOrWhen(tokens, k, j) ? head.end : -1;
    if (end < 0) continue;
    for (let d = k - 2; d >= 0 && k - 1 - d <= 3; d--) {
      const w = tokens[d];
      if (INDEFINITE.has(w.lower)) return { start: w.start, end, name: text.slice(w.start, end), role: null, kind: 'anonymous', head: head.lower };
      if (w.punct || w.cap || CLAUSE_WORDS.has(w.lower) || TIES.has(w.lower) || isSpeechVerb(w.lower) || DETERMINERS.has(w.lower)) break;
    }
  }
  return null;
}

/** Whether the words from the tie at `at` through token `j` say how or when someone spoke ("at the meeting"). */
function saysHowOrWhen(tokens: readonly Token[], at: number, j: number): boolean {
  if (j - at > 4 || !TIES.has(tokens[at].lower)) return false;
  for (let k = at + 1; k <= j; k++) if (tokens[k].punct || isVerbAt(tokens, k)) return false;
  return objectStart(tokens, at) < 0;
}
