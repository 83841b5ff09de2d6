import type { Quote } from '../model';
import type { PersonIndex } from '../entities/coreference';
import { tokenize, type TokenBuffer } from '../entities/names';
import { phraseAt } from './phrases';
import { resolve, type Sources } from './resolveSpeaker';

// `Voltaris … said in a statement it was "disappointed" …. The statement was attributed to Chief Executive Janine
// Marsh.`: a sentence after the words says, after the fact, whose the body's statement was.
const ATTRIBUTED_TO = /\b[Tt]he (?:statement|comments|remarks|email|letter|post|message) (?:was|were) attributed to /g;

/**
 * Gives the quotations of the paragraph before such a sentence, where a body spoke, to the person it names. Runs
 * once over the text after attribution; `quotes` are in text order.
 */
export function reattributeStatements(text: string, quotes: Quote[], people: PersonIndex, sources: Sources, buffer: TokenBuffer): void {
  ATTRIBUTED_TO.lastIndex = 0;
  for (let m = ATTRIBUTED_TO.exec(text); m !== null; m = ATTRIBUTED_TO.exec(text)) {
    const from = m.index + m[0].length;
    const tokens = tokenize(text, from, Math.min(text.length, from + 80), buffer);
    const read = phraseAt(text, tokens, 0);
    if (!read || read.phrase.kind !== 'person') continue;
    const paragraphStart = text.lastIndexOf('\n', m.index) + 1;
    // (a body, or a lone name nothing marks as a person's: "Voltaris said in a statement")
    const spoken = quotes.filter((q) => q.start >= paragraphStart && q.end <= m!.index && q.kind === 'direct' && q.speaker !== null && (people.known(q.speaker)?.kind === 'organization' || !/\s/.test(q.speaker)));
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
