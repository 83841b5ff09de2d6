import type { Span } from '../model';
import { CodePoints, prefixOf, suffixOf } from './common';
import type { ImportedAnnotation, ImportParse } from './importTypes';

export interface BratImportOptions {
  /**
   * The `.txt` the `.ann` was made on. With it, a discontinuous span's exact text (line breaks included) and
   * its prefix and suffix come from the text, and code point offsets become string indices exactly; without
   * it, the fragments' texts are joined by a space and matched ignoring whitespace.
   */
  text?: string;
}

interface Entity {
  id: string;
  type: string;
  fragments: Span[];
  text: string;
}

const QUOTE_TYPES: Record<string, 'direct' | 'scare'> = { Quote: 'direct', ScareQuote: 'scare' };

/**
 * Reads a brat `.ann`: `Quote`/`ScareQuote`/`Figure` entities become quotes and figures; a `SaidBy` relation
 * names a quote's speaker (the Speaker entity's AnnotatorNotes if it has one — the canonical name — else its
 * text), as does a `SpeakerName` attribute; `AnnotatorNotes` become notes, `Tag` attributes tags, `Value` and
 * `Unit` attributes a figure's value and unit. Other entity types, events and normalisations are ignored.
 */
export function importBrat(ann: string, options: BratImportOptions = {}): ImportParse {
  const warnings: string[] = [];
  const entities = new Map<string, Entity>();
  const notes = new Map<string, string[]>();
  const attributes = new Map<string, Array<{ name: string; value: string }>>();
  const saidBy = new Map<string, string>();
  const points = options.text !== undefined ? new CodePoints(options.text) : undefined;

  ann.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const [id, annotation = '', rest = ''] = line.split('\t');
    const where = `line ${index + 1}`;
    if (id.startsWith('T')) {
      const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(annotation);
      if (!match) return void warnings.push(`${where}: cannot read the entity '${annotation}'`);
      const fragments = match[2].split(';').map((pair) => {
        const [start, end] = pair.split(' ').map(Number);
        return points ? { start: points.fromCodePoint(start), end: points.fromCodePoint(end) } : { start, end };
      });
      entities.set(id, { id, type: match[1], fragments, text: rest });
    } else if (id.startsWith('R')) {
      const match = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(annotation.trim());
      if (match && match[1] === 'SaidBy') saidBy.set(match[2], match[3]);
    } else if (id.startsWith('#')) {
      const match = /^AnnotatorNotes (\S+)$/.exec(annotation.trim());
      if (match) notes.set(match[1], [...(notes.get(match[1]) ?? []), rest]);
    } else if (id.startsWith('A') || id.startsWith('M')) {
      const [name, target, ...value] = annotation.trim().split(' ');
      if (target) attributes.set(target, [...(attributes.get(target) ?? []), { name, value: value.join(' ').replace(/_/g, ' ') }]);
    }
  });

  const items: ImportedAnnotation[] = [];
  for (const entity of entities.values()) {
    const kind = QUOTE_TYPES[entity.type];
    if (!kind && entity.type !== 'Figure') continue;
    const first = entity.fragments[0];
    const last = entity.fragments[entity.fragments.length - 1];
    const item: ImportedAnnotation = { type: kind ? 'quote' : 'figure', exact: entity.text, start: first.start, end: last.end };
    if (options.text !== undefined) {
      const exact = options.text.slice(first.start, last.end);
      if (fragmentsMatch(options.text, entity)) {
        item.exact = exact;
        item.prefix = prefixOf(options.text, first.start);
        item.suffix = suffixOf(options.text, last.end);
      } else {
        warnings.push(`${entity.id}: its text does not match the .txt at its offsets`);
      }
    }
    const attrs = attributes.get(entity.id) ?? [];
    const tags = attrs.filter((a) => a.name === 'Tag').map((a) => a.value);
    if (tags.length) item.tags = tags;
    const note = notes.get(entity.id);
    if (note?.length) item.note = note.join('\n');
    if (kind) {
      item.kind = kind;
      const speaker = entities.get(saidBy.get(entity.id) ?? '');
      item.speaker = speaker ? (notes.get(speaker.id)?.[0] ?? speaker.text) : (attrs.find((a) => a.name === 'SpeakerName')?.value ?? null);
    } else {
      const value = attrs.find((a) => a.name === 'Value')?.value;
      item.value = value !== undefined && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : null;
      item.unit = attrs.find((a) => a.name === 'Unit')?.value ?? null;
    }
    items.push(item);
  }
  return { items, warnings };
}

/** Whether the entity's fragment texts are what the text holds at its offsets (joined by spaces, brat's way). */
function fragmentsMatch(text: string, entity: Entity): boolean {
  return entity.fragments.every((f) => f.start >= 0 && f.end <= text.length && f.start <= f.end) && entity.fragments.map((f) => text.slice(f.start, f.end)).join(' ') === entity.text;
}
