import { isRoleHead } from '../entities/titles';
import { isPossessive, type NamePhrase, type Token } from '../entities/names';
import { isSpeechVerb } from './speechVerbs';

// `Her younger brother, Ewan, …`, `Hartley's daughter, Ann, said`: a lone name set off after a description is
// the person described, and the description's owner ("her", "Hartley's") is someone the text named before. The
// role is written out with the owner's full name ("Morag Finlay's younger brother"): the family name itself is
// not lent to the lone name — real annotators leave "Darrin" as "Darrin", and a wife or a half-brother may not share it.

const OWNER_PRONOUNS = new Map([['his', 'he'], ['her', 'she']]);
export const ARTICLES = new Set(['the', 'a', 'an']);
const MAX_DESCRIPTION_WORDS = 4;

/** Whose a role is: a possessive pronoun ("her" → "she") or a name with "'s" ("Hartley's"). */
export type RoleOwner = NonNullable<NamePhrase['roleOwner']>;

/** The owner a possessive pronoun token stands for, or undefined. */
export function pronounOwner(token: Token | undefined): RoleOwner | undefined {
  const pronoun = token && OWNER_PRONOUNS.get(token.lower);
  return pronoun ? { name: pronoun, start: token.start, pronoun: true } : undefined;
}

/**
 * The description ending just before the comma at `comma` ("Her younger brother" in "Her younger brother,
 * Ewan,"): its role (without the determiner) and, when a possessive opens it, its owner. Null unless the
 * description is lowercase words ending in a role noun, opening the clause or following a determiner.
 */
export function descriptionBefore(text: string, tokens: readonly Token[], comma: number): { role: string; owner: RoleOwner | null } | null {
  const last = tokens[comma - 1];
  if (tokens[comma]?.text !== ',' || !last || last.cap || last.punct) return null;
  // "head of incident management": a role and its lowercase complement
  const head = isRoleHead(last.lower) ? last : complementedRole(tokens, comma);
  if (!head) return null;
  let first = tokens.indexOf(head);
  while (first > 0 && comma - first < MAX_DESCRIPTION_WORDS && isModifier(tokens[first - 1])) first--;
  const role = text.slice(tokens[first].start, last.end);
  const before = tokens[first - 1];
  // ("Its head of …", "their spokesperson": a body's, which no person's name writes out)
  if (!before || before.punct || ARTICLES.has(before.lower) || BODY_PRONOUNS.has(before.lower)) return { role, owner: null };
  const pronoun = pronounOwner(before);
  if (pronoun) return { role, owner: pronoun };
  // `Hartley's daughter`: the capitalised owner before the possessive
  if (isPossessive(before) && tokens[first - 2]?.cap) return { role, owner: { name: tokens[first - 2].text, start: tokens[first - 2].start, pronoun: false } };
  return null;
}

const BODY_PRONOUNS = new Set(['its', 'their']);

/** The role head before a lowercase complement that ends at `comma` ("head" of "head of incident management"). */
function complementedRole(tokens: readonly Token[], comma: number): Token | null {
  for (let of = comma - 2; of >= 1 && comma - of <= 3; of--) {
    if (tokens[of].lower === 'of') return roleComplementEnd(tokens as Token[], of) === comma ? tokens[of - 1] : null;
  }
  return null;
}

// Words that never open a role's complement ("chief of the army" is read by the name readers).
const NOT_COMPLEMENT = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'and', 'or', 'but', 'who', 'which', 'is', 'was', 'are', 'were', 'has', 'had', 'have']);

/**
 * Past the lowercase complement of a role ending right before token `of` ("chief of staff", "director of
 * public safety"): the index after it, or `of` itself when there is none. A capitalised complement ("Minister of
 * Finance") is the role's name, which the name readers take whole.
 */
export function roleComplementEnd(tokens: Token[], of: number): number {
  if (of < 1 || tokens[of]?.lower !== 'of' || tokens[of - 1].cap || !isRoleHead(tokens[of - 1].lower)) return of;
  let end = of + 1;
  // ("his wife of 42 years": a count may open the complement)
  if (/^\d+$/.test(tokens[end]?.text ?? '') && /^\p{Ll}+$/u.test(tokens[end + 1]?.text ?? '')) end++;
  while (end < tokens.length && end - of <= 2 && !tokens[end].punct && !tokens[end].cap && /^\p{Ll}+$/u.test(tokens[end].text) && !isSpeechVerb(tokens[end].lower) && !NOT_COMPLEMENT.has(tokens[end].lower)) end++;
  return end > of + 1 ? end : of;
}

function isModifier(token: Token): boolean {
  return !token.cap && !token.punct && !OWNER_PRONOUNS.has(token.lower) && !ARTICLES.has(token.lower) && /^[\p{Ll}-]+$/u.test(token.text);
}

/**
 * The role with its owner written out: "younger brother" owned by Morag Finlay is "Morag Finlay's younger
 * brother"; "his daughter" and "Hartley’s daughter" become "Tom Hartley’s daughter".
 */
export function ownedRole(role: string, ownerName: string): string {
  // ("Mr Walsh's widow", "Sir Keir Starmer’s spokesman": the owner's words before the possessive, all of them)
  const possessive = /^(?:his|her)\s+/i.exec(role) ?? /^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*['’]s\s+/u.exec(role);
  const mark = possessive?.[0].includes('’') ? '’' : "'";
  return `${ownerName}${mark}s ${possessive ? role.slice(possessive[0].length) : role}`;
}
