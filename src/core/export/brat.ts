import type { PersonAnnotation, QuoteAnnotation } from '../annotations';
import type { Span } from '../model';
import { CodePoints, isAnchored, selectedItems, type ExportFile, type ExportOptions, type ExportSource } from './common';

// brat standoff format (https://brat.nlplab.org/standoff.html). Offsets count Unicode code points (brat is
// Python), no span may contain a line break (multi-line spans become discontinuous fragments `10 20;21 30`),
// and the text of a discontinuous span is its fragments joined by a space.

/** The entity and relation types the export uses, for brat's annotation.conf. */
export const BRAT_ANNOTATION_CONF = `[entities]
Quote
ScareQuote
Speaker
Figure

[relations]
SaidBy Arg1:Quote|ScareQuote, Arg2:Speaker

[events]

[attributes]
SpeakerName Arg:Quote|ScareQuote
Tag Arg:Quote|ScareQuote|Figure
Value Arg:Figure
Unit Arg:Figure
`;

/**
 * `brat`: per source a `.txt` copy of the text and a `.ann` standoff file — `T` lines for quotes (`Quote`,
 * `ScareQuote`), speakers (`Speaker`, at the mention the quote is attributed to, else the person's nearest
 * mention) and figures (`Figure`); `R… SaidBy` from quote to speaker; `#… AnnotatorNotes` for notes (and the
 * speaker's canonical name on the Speaker entity); `A…` attributes for tags, figure values and units, and the
 * speaker's name when the text has no mention of them. Plus an `annotation.conf` declaring these types.
 * Items whose text is no longer found at their offsets (orphaned) cannot be placed and are left out.
 */
export function exportBrat(sources: readonly ExportSource[], options: ExportOptions = {}): ExportFile[] {
  const files: ExportFile[] = [];
  for (const source of sources) {
    const base = source.path.replace(/\.txt$/i, '');
    files.push({ path: `${base}.txt`, content: source.text }, { path: `${base}.ann`, content: bratAnn(source, options) });
  }
  files.push({ path: 'annotation.conf', content: BRAT_ANNOTATION_CONF });
  return files;
}

/** The `.ann` content of one source. */
export function bratAnn({ text, annotations }: ExportSource, options: ExportOptions = {}): string {
  const points = new CodePoints(text);
  const lines: string[] = [];
  let t = 0;
  let r = 0;
  let n = 0;
  let a = 0;
  const speakerIds = new Map<string, string>(); // "start-end" → T id
  const attribute = (name: string, id: string, value: string) => lines.push(`A${++a}\t${name} ${id} ${token(value)}`);
  const note = (id: string, value: string) => lines.push(`#${++n}\tAnnotatorNotes ${id}\t${flat(value)}`);
  const entity = (type: string, span: Span): string | undefined => {
    const fragments = fragmentsOf(text, span);
    if (!fragments.length) return undefined;
    const id = `T${++t}`;
    const offsets = fragments.map((f) => `${points.toCodePoint(f.start)} ${points.toCodePoint(f.end)}`).join(';');
    lines.push(`${id}\t${type} ${offsets}\t${fragments.map((f) => text.slice(f.start, f.end)).join(' ')}`);
    return id;
  };

  for (const item of selectedItems(annotations, options)) {
    if (!isAnchored(text, item)) continue;
    const id = entity(item.type === 'figure' ? 'Figure' : item.kind === 'scare' ? 'ScareQuote' : 'Quote', item);
    if (!id) continue;
    if (item.type === 'quote' && item.speaker) {
      const mention = speakerSpan(text, item, annotations.people);
      const key = mention && `${mention.start}-${mention.end}`;
      let speakerId = key ? speakerIds.get(key) : undefined;
      if (mention && !speakerId) {
        speakerId = entity('Speaker', mention);
        if (speakerId) {
          speakerIds.set(key!, speakerId);
          // the canonical name, when the mention is another form of it ("Healey", "he")
          if (text.slice(mention.start, mention.end) !== item.speaker) note(speakerId, item.speaker);
        }
      }
      if (speakerId) lines.push(`R${++r}\tSaidBy Arg1:${id} Arg2:${speakerId}`);
      else attribute('SpeakerName', id, item.speaker);
    }
    if (item.type === 'figure') {
      if (item.value !== null) attribute('Value', id, String(item.value));
      if (item.unit) attribute('Unit', id, item.unit);
    }
    for (const tag of item.tags ?? []) attribute('Tag', id, tag);
    if (item.note) note(id, item.note);
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** Where the text names the quote's speaker: the attributed mention, else the speaker's mention nearest the quote. */
function speakerSpan(text: string, quote: QuoteAnnotation, people: readonly PersonAnnotation[]): Span | undefined {
  const valid = (s: Span | undefined) => s && s.start >= 0 && s.end <= text.length && s.start < s.end;
  if (valid(quote.speakerMention)) return quote.speakerMention;
  const person = people.find((p) => p.name === quote.speaker);
  let best: Span | undefined;
  for (const mention of person?.mentions ?? []) {
    if (!valid(mention)) continue;
    // a name ("Healey") before a pronoun ("he"), then the nearest
    const distance = (m: Span) => (/^\p{Lu}/u.test(text.slice(m.start, m.end)) ? 0 : text.length) + (m.end <= quote.start ? quote.start - m.end : m.start >= quote.end ? m.start - quote.end : 0);
    if (!best || distance(mention) < distance(best)) best = mention;
  }
  return best;
}

/** A span cut at line breaks into the non-empty fragments brat accepts. */
export function fragmentsOf(text: string, span: Span): Span[] {
  const fragments: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    const c = i < span.end ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || i === span.end) {
      if (i > start) fragments.push({ start, end: i });
      start = i + 1;
    }
  }
  return fragments;
}

/** An attribute value: brat's values are single tokens, so whitespace becomes `_`. */
function token(value: string): string {
  return value.trim().replace(/\s+/g, '_');
}

/** A note on one line. */
function flat(value: string): string {
  return value.replace(/[\r\n\t\u2028\u2029]+/g, ' ');
}
