import { PersonIndex } from './coreference';
import { isNameWord, isSentenceOpener, readNamePhrase, tokenize } from './names';
import { isHonorific, isRoleHead } from './titles';
import { firstNameGender } from './firstNames';
import { isStrongSpeechVerb } from '../extract/speechVerbs';

// Runs of capitalised words ("Lithuanian Defense Minister Dovile Sakaliene", "Healey"), with name particles.
// Latin-script capitals without the Unicode flag: this regex runs over the whole text and must stay fast.
const CAP_WORD = String.raw`(?:[A-Z\u00c0-\u00de\u0100-\u017f][\w\u00c0-\u024f'’\-]*[a-z\u00df-\u00ff\u0100-\u017f]|[A-Z]\.(?:[A-Z]\.)*)`;
const CAP_RUN = new RegExp(`${CAP_WORD}(?:[ \\u00a0](?:(?:de|van|von|der|den|da|di|du|la|le|bin|al|el)[ \\u00a0])?${CAP_WORD})*`, 'g');

// What follows a name when it is the subject of a speech verb: "Healey said", "Matlow, a councillor, told",
// and the pronoun that often comes next ("Laurin said she was fortunate"), a gender cue.
const THEN_VERB = /[ \u00a0]*(?:,[^,.;"“”\n]{1,90},[ \u00a0]*)?(?:(?:has|have|had|also|later|then|previously|again|once|[a-z]+ly)[ \u00a0]+){0,2}([a-z]+)(?:[ \u00a0]+(?:that[ \u00a0]+)?(he|she)\b)?/y;

/** Whether the words after `at` make the preceding name the subject of a speech verb, and the pronoun after it. */
function speechAfter(text: string, at: number): { pronoun: string | undefined; plainSaid: boolean } | null {
  THEN_VERB.lastIndex = at;
  const m = THEN_VERB.exec(text);
  return m !== null && isStrongSpeechVerb(m[1]) ? { pronoun: m[2], plainSaid: PLAIN_SAID.has(m[1]) } : null;
}

// A single unknown capitalised word is taken for a person only before these ("Edmonton responded" is a team).
const PLAIN_SAID = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'writes', 'explained', 'recalled']);

const ORGANISATION_LIKE = /^(?:[\p{Lu}\d&.]{2,6}|.*(?:Inc|Corp|Ltd|Canada|Police|Council|Hydro|News|Times|Post|Group|Party|Department|Ministry|Office|Government|Court|Commission|Association|University|Hospital|Agency|Service|Services))$/u;

/**
 * One pass over the text collecting the people it names, in text order: full names (with the roles glued to
 * them) become people; later surnames alone ("Healey") are noted as mentions of them; a name that is the
 * subject of a speech verb is noted as speaking, the likeliest antecedent of the next "he said".
 */
export function collectPeople(text: string, index: PersonIndex): void {
  CAP_RUN.lastIndex = 0;
  for (let m = CAP_RUN.exec(text); m; m = CAP_RUN.exec(text)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    const single = run.indexOf(' ') < 0 && run.indexOf('\u00a0') < 0;
    if (single) {
      const known = index.resolveSurname(run, start);
      if (known && known.kind === 'person') {
        const speech = speechAfter(text, end);
        index.note(start, known, speech !== null || isAccordingTo(text, start));
        if (speech?.pronoun) index.learnGender(known, speech.pronoun);
        continue;
      }
      if (known || isSentenceWord(run)) continue;
      const speech = speechAfter(text, end);
      if (speech && speech.plainSaid && !ORGANISATION_LIKE.test(run)) {
        const person = index.addName(run, 'person', null, { start, end }, { speaker: true, firstNameGender: firstNameGender(run) });
        if (speech.pronoun) index.learnGender(person, speech.pronoun);
      }
      continue;
    }
    // cheap filter before tokenizing: a role word, an honorific, a known first name or a speech verb after it
    if (!mayNamePerson(run) && speechAfter(text, end) === null) continue;
    const tokens = tokenize(text, start, end);
    let from = 0;
    while (from < tokens.length && !isNameWord(tokens[from])) from++;
    if (from >= tokens.length) continue;
    const phrase = readNamePhrase(text, tokens, from, tokens.length, null);
    if (!phrase || phrase.kind !== 'person') continue;
    const words = phrase.name.split(' ');
    if (words.length > 4) continue;
    const speech = phrase.end === end ? speechAfter(text, end) : null;
    const gender = firstNameGender(words[0]);
    // only names that look like people: a role, an honorific, a known first name, or speech
    if (words.length < 2 && !(speech && phrase.role)) continue;
    if (!phrase.role && !phrase.honorific && !gender && !speech) continue;
    const person = index.addName(phrase.name, 'person', phrase.role, { start: phrase.start, end: phrase.end }, { honorific: phrase.honorific, firstNameGender: gender, speaker: speech !== null || isAccordingTo(text, start) });
    if (speech?.pronoun) index.learnGender(person, speech.pronoun);
  }
}

/** "according to Healey": the name is a source of words, as much as "Healey said". */
function isAccordingTo(text: string, start: number): boolean {
  return start >= 13 && text.slice(start - 13, start).toLowerCase() === 'according to ';
}

function mayNamePerson(run: string): boolean {
  const words = run.split(/[ \u00a0]/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (isRoleHead(w) || isHonorific(w) || (i < words.length - 1 && firstNameGender(w))) return true;
  }
  return false;
}

function isSentenceWord(word: string): boolean {
  return isSentenceOpener(word.toLowerCase());
}
