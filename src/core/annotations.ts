import type { Analysis, Article, Entity, EntityKind, QuoteKind, Span } from './model';

// What the views show for one source: the machine's analysis merged with the person's decisions from the
// sidecar. Tree, decorations, hovers, status bar and exports all read this one shape.

export type AnnotationStatus = 'auto' | 'confirmed' | 'edited' | 'rejected' | 'manual' | 'orphaned';

export const ANNOTATION_STATUSES: readonly AnnotationStatus[] = ['auto', 'confirmed', 'edited', 'rejected', 'manual', 'orphaned'];

interface AnnotationBase extends Span {
  /** Stable across re-extraction of unchanged text; the sidecar's key for this item. */
  id: string;
  text: string;
  status: AnnotationStatus;
  note?: string;
  tags?: string[];
}

export interface QuoteAnnotation extends AnnotationBase {
  speaker: string | null;
  role: string | null;
  kind: QuoteKind;
  statement: number;
  speakerMention?: Span;
}

export interface FigureAnnotation extends AnnotationBase {
  value: number | null;
  unit: string | null;
  approximation?: string | null;
}

export interface PersonAnnotation {
  name: string;
  kind: EntityKind;
  aliases: string[];
  role: string | null;
  roles: string[];
  mentions: Span[];
  note?: string;
  links?: string[];
}

export interface SourceAnnotations {
  articles: Article[];
  quotes: QuoteAnnotation[];
  figures: FigureAnnotation[];
  people: PersonAnnotation[];
}

/** The views' model of a source that has no sidecar yet: every item is the machine's (`auto`). */
export function annotationsFromAnalysis(analysis: Analysis): SourceAnnotations {
  return {
    articles: analysis.articles,
    quotes: analysis.quotes.map((quote) => ({ ...quote, id: `q${quote.start}-${quote.end}`, status: 'auto' })),
    figures: analysis.figures.map((figure) => ({ ...figure, id: `f${figure.start}-${figure.end}`, status: 'auto' })),
    people: analysis.entities.map(personFromEntity),
  };
}

/** A person or organisation as the views show it, before any sidecar note or link is added. */
export function personFromEntity(entity: Entity): PersonAnnotation {
  return {
    name: entity.name,
    kind: entity.kind,
    aliases: entity.aliases,
    role: entity.role,
    roles: entity.roles ?? (entity.role ? [entity.role] : []),
    mentions: entity.mentions ?? [],
  };
}

/** The annotation whose span contains `offset` (the innermost when they nest), if any. */
export function annotationAt<T extends Span>(items: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (item.start <= offset && offset <= item.end && (!best || item.end - item.start < best.end - best.start)) best = item;
  }
  return best;
}
