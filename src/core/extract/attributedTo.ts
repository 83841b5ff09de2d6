import type { Quote } from '../model';
import type { PersonIndex } from '../entities/coreference';
import { tokenize, type TokenBuffer } from '../entities/names';
import { phraseAt } from './phrases';
import { resolve, type Sources } from './resolveSpeaker';

// `Voltaris … said in a statement it was "disappointed" …. The statement was attributed to Chief Executive Janine
// Marsh.`: a sentence after the words says, after the fact, whose the body's statement was.
// Found by its rare last words, then read back: a regex opening on "the" would be tried at every "the" of the text.
const ATTRIBUTED_TO = 'attributed to ';
const STATEMENT_BEFORE = /\b[Tt]he (?:statement|comments|remarks|email|letter|post|message) (?:was|were) $/;

/**
 * Gives the quotations of the paragraph before such a sentence, where a body spoke, to the person it names. Runs
 * once over the text after attribution; `quotes` are in text order.
 */
export function reattributeStatements(text: string, quotes: Quote[], people: PersonIndex, sources: Sources, buffer: TokenBuffer): void {
  for (let at = text.indexOf(ATTRIBUTED_TO); at >= 0; at = text.indexOf(ATTRIBUTED_TO, at + 1)) {
    // (the longest opening is 19 characters: the slice holds the character before it, for `\b`)
    const opening = STATEMENT_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
    if (!opening) continue;
    const sentenceAt = at - opening[0].length;
    const from = at + ATTRIBUTED_TO.length;
    const tokens = tokenize(text, from, Math.min(text.length, from + 80), buffer);
    const read = phraseAt(text, tokens, 0);
    if (!read || read.phrase.kind !== 'person') continue;
    const paragraphStart = text.lastIndexOf('\n', sentenceAt) + 1;
    // (a body, or a lone name nothing marks as a person's: "Voltaris said in a statement")
    const spoken = quotes.filter((q) => q.start >= paragraphStart && q.end <= sentenceAt && q.kind === 'direct' && q.speaker !== null && (people.known(q.speaker)?.kind === 'organization' || !/\s/.test(q.speaker)));
    if (spoken.length === 0) continue;
    const author = resolve(read.phrase, people, sources, from);
    if (!author.speaker) continue;
    for (const q of spoken) {
      q.speaker = author.speaker;
      q.role = author.role;
      if (author.mention) q.speakerMention = author.mention;
      else delete q.speakerMention;
    }
  }
}
