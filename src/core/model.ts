// The analysis of one source file: plain data, offsets as JavaScript string indices into the text exactly
// as VS Code holds it (a BOM, CRLF and every other character count).

/** A half-open range of string indices: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export type ArticleKind = 'main' | 'related' | 'duplicate' | 'boilerplate';

/** A run of a source that belongs together: the main article, another article's card, a repeat, site furniture. */
export interface Article extends Span {
  title: string;
  kind: ArticleKind;
  /** For `duplicate`: the index in `articles` of the earlier segment this one repeats. */
  duplicateOf?: number;
}

/** `direct`: someone's reported words. `scare`: a term in quotation marks that nobody is reported as saying. */
export type QuoteKind = 'direct' | 'scare';

/** A quoted span; `start`/`end` cover the quoted words without their quotation marks. */
export interface Quote extends Span {
  text: string;
  /** The canonical name of whoever said it (a person, an organisation, an anonymous source), or null. */
  speaker: string | null;
  /** The speaker's role as the text gives it ("U.K. Defense Secretary"), or null. */
  role: string | null;
  kind: QuoteKind;
  /** Quotes of one statement (split around an attribution) share this number; unique otherwise. */
  statement: number;
  /** Where the text names the speaker for this quote (the mention attributed), when it does. */
  speakerMention?: Span;
}

/** A number the article rests on: a count, money, a percentage, a multiplier. */
export interface Figure extends Span {
  text: string;
  /** The normalised numeric value (`£1 billion` → 1000000000, `3.5%` → 3.5, `fivefold` → 5). */
  value: number;
  /** The counted noun or the currency (ISO code for money: GBP, USD, EUR…), `%` for percentages, `x` for multipliers. */
  unit: string | null;
  /** A qualifier kept from the text: `about`, `up to`, `more than`… */
  approximation?: string | null;
}

export type EntityKind = 'person' | 'organization' | 'anonymous';

/** Someone (or some body) the source mentions, unified across its articles. */
export interface Entity {
  name: string;
  kind: EntityKind;
  /** Every other surface form the text uses for them ("Healey", "Mr Healey"). */
  aliases: string[];
  /** The most specific role the text gives, or null. */
  role: string | null;
  /** Every role the text gives, in order of first appearance. */
  roles?: string[];
  /** Where the text mentions them. */
  mentions?: Span[];
}

export interface Analysis {
  articles: Article[];
  quotes: Quote[];
  figures: Figure[];
  entities: Entity[];
}
