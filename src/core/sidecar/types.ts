import type { ArticleKind, EntityKind, QuoteKind } from '../model';
import type { AnnotationStatus } from '../annotations';

// The sidecar's data model: exactly what the YAML holds (schema/annotations.schema.json), as plain objects.

export const SIDECAR_VERSION = 1;
/** Sidecars larger than this are refused (not parsed). */
export const MAX_SIDECAR_BYTES = 5 * 1024 * 1024;

export interface SidecarProblem {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/** W3C TextQuoteSelector (exact, prefix, suffix) + TextPositionSelector (start, end). */
export interface SidecarTarget {
  exact: string;
  prefix?: string;
  suffix?: string;
  start: number;
  end: number;
}

export type PersonStatus = Exclude<AnnotationStatus, 'orphaned'>;

interface SidecarItemBase {
  id: string;
  text: string;
  status: AnnotationStatus;
  /** For `orphaned` items: the status to restore when the text comes back. */
  was?: PersonStatus;
  note?: string;
  tags?: string[];
  target: SidecarTarget;
}

export interface SidecarQuote extends SidecarItemBase {
  speaker?: string | null;
  role?: string | null;
  kind?: QuoteKind;
  /** The id of the first quote of a statement split around its attribution; absent for a stand-alone quote. */
  statement?: string;
}

export interface SidecarFigure extends SidecarItemBase {
  value?: number | null;
  unit?: string | null;
  approximation?: string | null;
}

export type SidecarItem = SidecarQuote | SidecarFigure;

export interface SidecarEntity {
  name: string;
  kind?: EntityKind;
  aliases?: string[];
  role?: string | null;
  note?: string;
  links?: string[];
}

export interface SidecarArticle {
  title: string;
  kind: ArticleKind;
  start: number;
  end: number;
  duplicateOf?: number;
}

export interface SidecarModel {
  version: 1;
  source: { path: string; fnv1a64?: string; title?: string | null };
  articles: SidecarArticle[];
  quotes: SidecarQuote[];
  figures: SidecarFigure[];
  entities: SidecarEntity[];
}

/** Key order of every block, as written for new items and kept when a key is added to an existing one. */
export const KEY_ORDER = {
  root: ['version', 'source', 'articles', 'quotes', 'figures', 'entities'],
  source: ['path', 'fnv1a64', 'title'],
  article: ['title', 'kind', 'start', 'end', 'duplicateOf'],
  quote: ['id', 'status', 'was', 'text', 'speaker', 'role', 'kind', 'statement', 'note', 'tags', 'target'],
  figure: ['id', 'status', 'was', 'text', 'value', 'unit', 'approximation', 'note', 'tags', 'target'],
  entity: ['name', 'kind', 'aliases', 'role', 'note', 'links'],
  target: ['exact', 'prefix', 'suffix', 'start', 'end'],
} as const;

export function isPersonStatus(status: AnnotationStatus): status is PersonStatus {
  return status !== 'orphaned';
}

/** Whether a person made or decided this item (so re-extraction must not touch it). */
export function isTouched(item: SidecarItem): boolean {
  const status = item.status === 'orphaned' ? item.was ?? 'auto' : item.status;
  return status !== 'auto' || item.note !== undefined || (item.tags !== undefined && item.tags.length > 0);
}
