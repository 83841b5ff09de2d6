import { isApostropheCode, isWordCode, quoteGlyph } from '../text/chars';
import { wordList } from '../text/wordList';
import { isGivenName } from './firstNames';
import { INSTITUTION_WORDS, ORGANISATION_HEADS, UNNAMED_PERSON_HEADS, isHonorific, isRoleHead, isRoleModifier } from './titles';

/** A word or punctuation token of a short window of text, with its string offsets. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Starts with an uppercase letter. */
  readonly cap: boolean;
  /** Punctuation (, ; : . ! ? — – ( )). */
  readonly punct: boolean;
}

/**
 * A token whose strings are cut from the text when first read: a window is tokenized whole, but the readers
 * of a quotation's windows look at the few words next to it (a speech verb, a name), and most tokens' strings
 * were sliced and lowercased for nobody.
 */
class WindowToken implements Token {
  source = '';
  start = 0;
  end = 0;
  cap = false;
  punct = false;
  private textRead: string | null = null;
  private lowerRead: string | null = null;

  get text(): string {
    return (this.textRead ??= this.source.slice(this.start, this.end));
  }

  get lower(): string {
    // lowercase ASCII already (most words): the same string, no lowercased copy
    return (this.lowerRead ??= isLowerAscii(this.source, this.start, this.end) ? this.text : this.text.toLowerCase());
  }

  set(source: string, start: number, end: number, cap: boolean, punct: boolean): void {
    this.source = source;
    this.start = start;
    this.end = end;
    this.cap = cap;
    this.punct = punct;
    this.textRead = null;
    this.lowerRead = null;
  }
}

// Abbreviated titles before a name ("Prof. Jane Smith"): their full stop ends no sentence.
const TITLE_ABBREVIATION_WORDS = ['mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sgt', 'sen', 'rep', 'gov', 'prof', 'rev', 'hon', 'capt', 'cmdr', 'adm', 'maj', 'insp', 'supt', 'cst', 'det', 'const', 'cpl', 'coun', 'amb', 'pte', 'pvt', 'brig', 'msgr', 'atty', 'pres', 'cr', 'cllr'];
const TITLE_ABBREVIATIONS = wordList(TITLE_ABBREVIATION_WORDS);
// Every abbreviation the tokenizer keeps its full stop on: the titles, and "St.", "Jr.", "Inc.", "No." …
const ABBREVIATIONS = wordList([...TITLE_ABBREVIATION_WORDS, 'st', 'jr', 'sr', 'fr', 'sec', 'mt', 'ft', 'no', 'vs', 'co', 'inc', 'ltd', 'corp', 'dept']);

/** Whether `text.slice(from, to)` is an abbreviated title without its full stop ("Rep", "Cpl"), any case. */
export function isTitleAbbreviation(text: string, from: number, to: number): boolean {
  return TITLE_ABBREVIATIONS.hasLowercased(text, from, to);
}

/** Whether the full stop at `dot` closes an abbreviated title ("Insp.", "Coun."), read in place. */
export function endsTitleAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 5 && isWordCode(text.charCodeAt(start - 1))) start--;
  return start < dot && (start === 0 || !isWordCode(text.charCodeAt(start - 1))) && TITLE_ABBREVIATIONS.hasLowercased(text, start, dot);
}

function isPunctCode(c: number): boolean {
  // , ; : . ! ? — – ( )
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 0x2014 || c === 0x2013 || c === 40 || c === 41;
}

/**
 * The tokens of one window after another, in token objects reused from window to window: a quotation's
 * windows make hundreds of thousands of tokens per megabyte, and each only lives until the next window. The
 * tokens of a window are valid until the buffer tokenizes the next one: hold their strings and offsets, never
 * the tokens themselves.
 */
export class TokenBuffer {
  private readonly window: Token[] = [];
  private readonly made: WindowToken[] = [];
  private count = 0;

  /** Starts a new window: the tokens of the previous one are reused. */
  begin(): void {
    this.count = 0;
  }

  /** Adds the token `text.slice(start, end)`; its strings are read from `text` when asked for. */
  add(text: string, start: number, end: number, cap: boolean, punct: boolean): void {
    const n = this.count++;
    let token = this.made[n];
    if (token === undefined) this.made.push((token = new WindowToken()));
    token.set(text, start, end, cap, punct);
    // written over in place: emptying the array and pushing again would give up its backing store every window
    this.window[n] = token;
  }

  /** The tokens of the window begun last. */
  end(): Token[] {
    if (this.window.length > this.count) this.window.length = this.count;
    return this.window;
  }
}

/** Whether a line ends between tokens `a` and `b`: a headline or paragraph ends there, full stop or not. */
export function lineBreakBetween(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Splits `text.slice(from, to)` into word and punctuation tokens with absolute offsets: one hand-written pass
 * (no regex), abbreviations (Mr., U.S.) kept whole, possessives split off (Trump's → Trump + 's). With a
 * `buffer`, the tokens are its reused ones (see TokenBuffer).
 */
export function tokenize(text: string, from: number, to: number, buffer = new TokenBuffer()): Token[] {
  buffer.begin();
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isPunctCode(c)) {
      buffer.add(text, i, i + 1, false, true);
      i++;
      continue;
    }
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (isWordCode(d)) j++;
      else if ((isApostropheCode(d) || d === 45) && j + 1 < to && isWordCode(text.charCodeAt(j + 1))) j += 2;
      else if (d === 46 && j + 2 < to && isWordCode(text.charCodeAt(j + 1)) && isWordCode(text.charCodeAt(j + 2)) && !(text.charCodeAt(j + 2) === 46)) j += 2; // e.GO, JAZZ.FM91, Amazon.com
      else if (d === 44 && isDigitCode(text.charCodeAt(j - 1)) && isThousandsGroup(text, j + 1, to)) j += 4; // $400,000: one number, no comma
      else if (d === 46 && j + 1 < to && isDigitCode(text.charCodeAt(j - 1)) && isDigitCode(text.charCodeAt(j + 1))) j += 2; // $1.2 billion, 3.5 per cent: no full stop
      else break;
    }
    if (j < to && text.charCodeAt(j) === 46) {
      // U.S., H.W., Mr., Dr., initials
      if (j - start === 1 && j + 2 < to && isWordCode(text.charCodeAt(j + 1)) && text.charCodeAt(j + 2) === 46) {
        j += 3;
        while (j + 1 < to && isWordCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
      } else if (j - start === 1) {
        // an initial ("John F. Kennedy") goes on to a name; "on X." before a quotation or a line end ends a sentence
        const bare = text.charAt(start);
        const initial = bare !== bare.toLowerCase() && (j + 1 >= to || isWordCode(text.charCodeAt(j + 2)));
        if (initial || ABBREVIATIONS.hasLowercased(text, start, j)) j++;
      } else if (ABBREVIATIONS.hasLowercased(text, start, j)) j++;
    }
    if (j - start > 2 && text.charCodeAt(j - 1) === 115 && isApostropheCode(text.charCodeAt(j - 2))) {
      addWord(buffer, text, start, j - 2);
      addWord(buffer, text, j - 2, j);
    } else addWord(buffer, text, start, j);
    i = j;
  }
  return buffer.end();
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Three digits at `at` and no fourth: a group after a thousands separator. */
function isThousandsGroup(text: string, at: number, to: number): boolean {
  return at + 3 <= to && isDigitCode(text.charCodeAt(at)) && isDigitCode(text.charCodeAt(at + 1)) && isDigitCode(text.charCodeAt(at + 2)) && !(at + 3 < to && isDigitCode(text.charCodeAt(at + 3)));
}

/** Adds the word token `text.slice(start, end)`. */
function addWord(buffer: TokenBuffer, text: string, start: number, end: number): void {
  const c = text.charCodeAt(start);
  // a hashtag ("#WelcomeToCanada") is no name, however it is capitalised
  const cap = text.charCodeAt(start - 1) === 35 ? false : c < 128 ? (c >= 65 && c <= 90) || ((c === 97 || c === 101) && isArticleName(text, start, end)) : startsUppercase(text, start);
  buffer.add(text, start, end, cap, false);
}

/** Whether the (non-ASCII) character at `at` is one lowercasing changes, as `charAt(0)` of the word would tell. */
function startsUppercase(text: string, at: number): boolean {
  const first = text.charAt(at);
  return first !== first.toLowerCase();
}

/** `al-Shabaab`, `el-Sisi`: an Arabic article glued to a capitalised name is that name's start. */
function isArticleName(text: string, start: number, end: number): boolean {
  if (end - start < 5 || text.charCodeAt(start + 2) !== 45 || text.charCodeAt(start + 1) !== 108) return false; // "al-", "el-" (callers check the a or e)
  const d = text.charCodeAt(start + 3);
  return d >= 65 && d <= 90;
}

/** Lowercase ASCII already (most words): no need to allocate a lowercased copy. Reads the text in place. */
function isLowerAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c >= 128) return false;
  }
  return true;
}

/** Capitalised words that start sentences or clauses and never belong to a name. */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before',
  'then', 'still', 'also', 'however', 'meanwhile', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we',
  'i', 'you', 'his', 'her', 'their', 'our', 'my', 'its', 'there', 'here', 'asked', 'speaking', 'according', 'later',
  'earlier', 'now', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'for', 'from', 'with', 'by', 'of', 'to', 'instead', 'indeed', 'last', 'next', 'since',
  'although', 'though', 'because', 'once', 'even', 'not', 'no', 'yes', 'what', 'who', 'why', 'how', 'where', 'which',
  'both', 'all', 'some', 'many', 'most', 'each', 'every', 'other', 'another', 'such', 'only', 'just', 'about',
  'during', 'under', 'over', 'into', 'through', 'without', 'within', 'among', 'between', 'until', 'despite',
  'inside', 'outside', 'behind', 'beyond', 'across', 'around', 'against', 'amid', 'amongst', 'towards', 'toward', 'upon', 'via',
  'thus', 'therefore', 'finally', 'first', 'second', 'third', 'again', 'rather', 'well', 'oh', 'mr', 'so-called',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'related', 'read', 'more', 'click', 'source', 'photo', 'image', 'video', 'watch', 'listen', 'updated', 'posted',
  'unlike', 'like', 'is', 'was', 'are', 'were', 'be', 'has', 'had', 'have', 'do', 'does', 'did',
  // numerals and indefinite pronouns opening a sentence ("One said", "Others warned") are nobody in particular
  'one', 'two', 'three', 'others', 'several', 'few', 'neither', 'either', 'none', 'everyone', 'someone', 'nobody',
  'anyone', 'everybody', 'somebody',
  // a headline's epithet before a name ("Fuming Threlfall blasts ref", "Tearful Maguire opens up")
  'fuming', 'furious', 'livid', 'raging', 'angry', 'defiant', 'tearful', 'emotional', 'heartbroken', 'devastated',
  'distraught', 'grieving', 'stunned', 'jubilant', 'delighted', 'beaming', 'brave', 'tragic', 'shamed', 'disgraced',
  'axed', 'embattled', 'beleaguered', 'under-fire',
]);

// Haulage and shipping firms' last words ("Calloway Freight"), no surname either.
const CARRIER_WORDS = ['freight', 'haulage', 'shipping', 'cargo', 'couriers'];

/** Words that make a capitalised run an organisation rather than a person. */
const ORGANISATION_WORDS = new Set([
  'ministry', 'department', 'police', 'service', 'services', 'agency', 'council', 'commission', 'company', 'inc',
  'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'gmbh', 'gmb', 'llc', 'plc', 'ag', 'group', 'university', 'college', 'party', 'office', 'government',
  'bank', 'association', 'union', 'board', 'committee', 'news', 'times', 'post', 'house', 'kremlin', 'pentagon',
  'institute', 'foundation', 'centre', 'center', 'hospital', 'court', 'parliament', 'senate', 'congress', 'army',
  'navy', 'force', 'forces', 'coalition', 'federation', 'assembly', 'nation', 'nations', 'tribe', 'network', 'media', 'press',
  'journal', 'review', 'herald', 'globe', 'mail', 'tribune', 'guardian', 'telegraph', 'bbc', 'cbc', 'cnn', 'reuters',
  'bloomberg', 'politico', 'administration', 'cabinet', 'secretariat', 'authority', 'authorities', 'club', 'league',
  'society', 'church', 'school', 'board', 'trust', 'fund', 'capital', 'partners', 'holdings', 'technologies',
  'systems', 'airlines', 'motors', 'energy', 'health', 'canada', 'statistics', 'rcmp', 'opp', 'nhl', 'nfl', 'nba',
  'fbi', 'cia', 'un', 'eu', 'nato', 'who', 'imf', 'opec', 'team', 'city', 'province', 'state', 'region', 'district',
  'international', 'industries', 'enterprises', 'solutions', 'consulting', 'communications', 'laboratories',
  'pharmaceuticals', 'resources', 'insurance', 'securities', 'investments', 'ventures', 'studio', 'studios', 'entertainment',
  'airways', 'railway', 'railways', 'bureau', 'organization', 'organisation', 'alliance', 'corporation', 'limited', 'llp',
  // utilities' and businesses' last words ("Thames Water", "Northern Powergrid", "Southern Rail"); a known first
  // name still makes a person ("Samantha Power")
  'water', 'rail', 'railroad', 'power', 'powergrid', 'grid', 'electric', 'electricity', 'gas', 'oil', 'petroleum',
  'utilities', 'mining', 'minerals', 'foods', 'logistics', 'transport', 'transit', 'airport', 'airline', 'telecom',
  'wireless', 'labs', 'financial', 'automotive', 'steel', 'chemicals', 'construction', 'homes', 'properties', 'hotels',
  'resorts', 'retail', 'stores', 'brands', 'pharma', 'biotech', 'therapeutics', 'software', 'broadcasting',
  ...INSTITUTION_WORDS, 'gallery', 'watch', ...CARRIER_WORDS,
]);

// Body words no surname is: after a known first name they still make a body ("Orlan Group"; "Sarah Post" and
// "Christopher House" are people).
const CORPORATE_WORDS = new Set(['group', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh', 'holdings', 'homes', 'industries', 'technologies', 'enterprises', 'solutions', 'pharmaceuticals', 'investments', 'ventures', 'logistics', 'airlines', 'airways', 'motors', 'foods', 'properties', 'hotels', 'resorts', 'studios', 'therapeutics', 'insurance', 'securities', 'bancorp', 'university', 'college', 'ministry', 'department', 'council', 'commission', 'agency', 'association', 'foundation', 'institute', 'hospital', 'railway', 'railways', 'utilities', 'powergrid', ...INSTITUTION_WORDS, 'watch', ...CARRIER_WORDS,
  // telecoms, media and technology ('Safiri Mobile', 'Northwind Networks')
  'mobile', 'telecom', 'telecoms', 'wireless', 'networks', 'communications', 'broadband', 'media', 'labs', 'systems', 'software', 'semiconductor', 'energy', 'petroleum', 'mining', 'minerals', 'pharma', 'biotech', 'capital', 'partners', 'bank', 'brewing', 'brewery', 'distillery',
  // ('Meadowbank Tenants Union', 'Nairobi Water Company')
  'union', 'company', 'corporation']);

const BODY_JOINTS = new Set(['of', 'the', 'and', 'for', '&']);

/** Whether a name's last word is one no surname is ("Orlan Group", "Brackenridge Zoo"): it names a body. */
export function isCorporateWord(word: string): boolean {
  return CORPORATE_WORDS.has(word.toLowerCase());
}

const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'mc', 'st.', 'dos', 'das', 'del']);

/** Whether a lowercase word is one that opens sentences and clauses and never names anyone (the, but, in). */
export function isSentenceOpener(lower: string): boolean {
  return NOT_NAME.has(lower);
}

/** Whether a capitalised word may be part of a person's or organisation's name (not a sentence opener). */
export function isNameWord(token: Token): boolean {
  // (an acronym spelled as a sentence word, "The WHO warned", is a name in capitals, never the word)
  // (nor is a US party-and-district tag a name: "Sen. Priya Venkataraman, D-Ashcombe,")
  return token.cap && !token.punct && (!NOT_NAME.has(token.lower) || token.text === 'WHO') && !isPartyTagWord(token.text) && !isPlaceModifier(token.text);
}

/**
 * "Denver-based", "London-born", "Ontario-wide": a name joined to one of the words that make it an adjective (never
 * any lowercase word: "Lau Ka-wing" is a name).
 */
export function isPlaceModifier(word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 0 || hyphen === word.length - 1) return false;
  const c = word.charCodeAt(hyphen + 1);
  return c >= 97 && c <= 122 && MODIFIER_SUFFIXES.has(word.slice(hyphen + 1));
}

const MODIFIER_SUFFIXES = new Set(['based', 'born', 'bred', 'raised', 'area', 'wide', 'made', 'owned', 'run', 'led', 'backed', 'funded', 'listed', 'registered', 'headquartered', 'style', 'era', 'bound', 'linked', 'allied', 'aligned', 'affiliated', 'controlled', 'dominated', 'operated']);

/** "D-Ashcombe", "R-Texas": a party's letter, a hyphen and a place (a US legislator's tag, no name). */
export function isPartyTagWord(word: string): boolean {
  return word.length > 3 && isPartyPrefix(word);
}

/** "D-…", "R-…", "I-…": tested by character, as most appositives and names are read through here. */
export function isPartyPrefix(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c === 68 || c === 82 || c === 73) && word.charCodeAt(1) === 45;
}

/**
 * Whether `token` goes on the name `previous` starts: a name word, or a capitalised word that is usually a
 * sentence word but follows a known first name ("Michael Every", "Jack Such").
 */
export function continuesName(previous: Token | undefined, token: Token): boolean {
  if (isNameWord(token)) return true;
  if (!token.cap || token.punct || previous === undefined || !previous.cap || previous.punct) return false;
  // ("Human Rights Watch": a sentence word that ends bodies' names, after a name word)
  return isGivenName(previous.text) || BODY_TAILS.has(token.lower);
}

// Words NOT_NAME holds for the site furniture they open ("Watch: …") that end bodies' names too.
const BODY_TAILS = new Set(['watch']);

// Possessors that belong to a body's name rather than standing before it: "the Children's Aid Society",
// "People's Party of Canada" (a role head owns one too: "the Prime Minister's Office").
const NAME_POSSESSORS = new Set(['children', 'people', 'women', 'men', 'workers', 'veterans']);

/**
 * Whether the possessive `'s` at `s` is inside a body's name: a possessor of that kind before it, and capitalised
 * words up to an organisation word after it ("Prime Minister's Office"), within `tokens[..last]`. "Canada's
 * Justin Trudeau", "Trudeau's Liberal Party": the possessor is context.
 */
export function possessiveInBodyName(tokens: readonly Token[], s: number, last: number): boolean {
  const owner = tokens[s - 1];
  if (!owner?.cap || !(NAME_POSSESSORS.has(owner.lower) || isRoleHead(owner.lower)) || (tokens[s].lower !== "'s" && tokens[s].lower !== '’s')) return false;
  for (let k = s + 1; k <= last && k - s <= 6; k++) {
    if (!tokens[k].cap && !isNameParticle(tokens[k])) return false;
    if (ORGANISATION_WORDS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Whether a name holds a word that makes a body of it ("Corran Homes", "Bank of Canada"). */
export function hasBodyWord(name: string): boolean {
  return name.split(' ').some((word) => ORGANISATION_WORDS.has(word.toLowerCase()));
}

/** Whether a lowercase token may sit inside a name ("Ursula von der Leyen"). */
export function isNameParticle(token: Token): boolean {
  return NAME_PARTICLES.has(token.lower);
}

/** A noun phrase read as a speaker: a person's name with its role, an organisation, or an anonymous description. */
export interface NamePhrase {
  start: number;
  end: number;
  /** The name without role or honorific ("John Healey"), or the description as written ("a senior official"). */
  name: string;
  role: string | null;
  kind: 'person' | 'organization' | 'anonymous' | 'description';
  /** For `description` ("the French minister"): its head word, to find whom it refers to. */
  head?: string;
  /** Honorific given with the name (Mr., Ms.), a gender cue. */
  honorific?: string;
  /** `Her younger brother, Ewan`: whose the role is — a pronoun ("she") or a name — to write it out in full. */
  roleOwner?: { name: string; start: number; pronoun: boolean };
}

// Prepositions that tie an unnamed source to its body: "a spokesperson for", "an official at", "a source in".
export const MEMBER_PREPOSITIONS = new Set(['for', 'at', 'with', 'from', 'in', 'of']);

/**
 * Reads a run of tokens (role words, then a name) as a speaker: splits "Lithuanian Defense Minister Dovile
 * Sakaliene" into role "Lithuanian Defense Minister" and name "Dovile Sakaliene", "the Kremlin" into an
 * organisation, "the French minister" into a description. Returns null when the run holds no name.
 */
export function readNamePhrase(text: string, tokens: Token[], from: number, to: number, determiner: Token | null): NamePhrase | null {
  if (to <= from) return null;
  // "John Smith MP", "Sophie Lam KC": letters after a name are no part of it; an elected member's are their role
  const lettersAt = postNominalsStart(tokens, from, to);
  if (lettersAt < to) {
    const phrase = readNamePhrase(text, tokens, from, lettersAt, determiner);
    if (phrase?.kind !== 'person') return phrase;
    const office = tokens.slice(lettersAt, to).find((t) => MEMBER_LETTERS.has(t.text));
    if (!phrase.role && office) phrase.role = office.text;
    return phrase;
  }
  // "the Office of the Chief Medical Examiner": a body's word and "of" open a body's name, whatever offices follow
  // (only capitalised words and their joints: "University of the Fraser Valley political scientist Hamish Telford"
  // is a person with a role)
  if (to - from >= 3 && tokens[from].cap && ORGANISATION_HEADS.has(tokens[from].lower) && tokens[from + 1].lower === 'of' && tokens.slice(from, to).every((t) => t.cap || BODY_JOINTS.has(t.lower))) {
    // (named without its article, as "Department of Water and Catchments" is)
    return { start: determiner?.lower === 'the' ? determiner.start : tokens[from].start, end: tokens[to - 1].end, name: joinName(text, tokens.slice(from, to)), role: null, kind: 'organization' };
  }
  let lastRole = -1;
  // "Open Justice Watch", "Justice Department": in capitalised words ending in a body's last word, a role word is
  // a word of the body's name
  const bodyName = to - from >= 2 && CORPORATE_WORDS.has(tokens[to - 1].lower) && tokens.slice(from, to).every((t) => t.cap && !t.punct);
  for (let i = from; i < to && !bodyName; i++) {
    // "the Prime Minister's Office": a role that owns the body is a word of the body's name
    if ((isRoleHead(tokens[i].lower) || (tokens[i].lower.endsWith('.') && isHonorific(tokens[i].lower))) && !(i + 1 < to && possessiveInBodyName(tokens, i + 1, to - 1))) lastRole = i;
  }
  if (lastRole >= from && (givenNameNotTitle(tokens, from, lastRole, to) || surnameAfterGivenName(tokens, from, lastRole, to))) lastRole = previousRoleHead(tokens, from, lastRole);
  let nameFrom = lastRole + 1;
  if (lastRole < from) nameFrom = from;
  let honorific: string | undefined;
  while (nameFrom < to && isHonorific(tokens[nameFrom].lower)) honorific = tokens[nameFrom++].text;
  if (lastRole >= from && isHonorific(tokens[lastRole].lower)) honorific = tokens[lastRole].text;
  const roleText = lastRole >= from ? text.slice(tokens[from].start, tokens[firstRoleEnd(tokens, from, lastRole)].end) : null;
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  if (nameFrom >= to) {
    if (lastRole < from) return null;
    const head = tokens[lastRole].lower;
    // "the French minister" refers to someone named earlier; "a senior official" stays anonymous
    const kind = determiner && !['the', 'his', 'her', 'their', 'its'].includes(determiner.lower) ? 'anonymous' : 'description';
    return { start: determiner?.start ?? start, end, name: text.slice(determiner?.start ?? start, end), role: null, kind, head };
  }
  // "Analysts at RBC Dominion Securities" opening a sentence: unnamed people of a body, no one named "Analysts"
  const members = nameFrom === from ? unnamedMembers(text, tokens, from, to, determiner?.start ?? start) : null;
  if (members) return members;
  // "Jingyi Pan of IG", "Terry Chapman with the union": the name ends at the first lowercase connector
  for (let i = nameFrom + 1; i < to; i++) {
    if (!tokens[i].cap && !isNameParticle(tokens[i])) {
      if (joinsBodyName(tokens, i, to, determiner) || possessiveInBodyName(tokens, i, to - 1) || ofInBodyName(tokens, i, to)) continue; // "the Truth and Reconciliation Commission"
      // "the Russian foreign ministry": capitalised words before a body's lowercase description are its modifiers
      if (determiner?.lower === 'the' && lastRole < from && describesBody(tokens, i, to)) {
        return { start: determiner.start, end, name: text.slice(determiner.start, end).replace(/^The\b/, 'the'), role: null, kind: 'organization' };
      }
      to = i;
      break;
    }
  }
  if (!isNameWord(tokens[nameFrom]) && lastRole >= from) {
    // "Ambassador to NATO Matthew Whitaker": the role's complement ends where the name begins — at a known
    // first name, or else the last two capitalised words
    let k = to - 1;
    while (k > nameFrom && tokens[k - 1].cap) k--;
    let nameStart = Math.max(k, to - 2);
    let firstName = false;
    for (let i = k; i < to - 1; i++) if (isGivenName(tokens[i].text)) { nameStart = i; firstName = true; break; }
    // "a spokesperson for Health Canada": an unnamed source of the body after the preposition, no person
    const member = firstName || nameFrom !== lastRole + 1 ? null : unnamedMembers(text, tokens, lastRole, to, determiner?.start ?? start);
    if (member) return member;
    // "the Attorney General of British Columbia": the words after the preposition are the office's complement,
    // not a name — the office itself is who is meant
    if (!firstName && nameStart < to && !tokens[nameStart - 1].cap && nameStart - 1 > lastRole) {
      return { start: determiner?.start ?? start, end, name: text.slice(determiner?.start ?? start, end), role: null, kind: determiner && determiner.lower !== 'the' ? 'anonymous' : 'description', head: tokens[lastRole].lower };
    }
    if (nameStart < to && isNameWord(tokens[nameStart]) && nameStart > nameFrom) {
      const role = text.slice(tokens[from].start, tokens[nameStart - 1].end);
      const name = joinName(text, tokens.slice(nameStart, to));
      return { start: tokens[nameStart].start, end: tokens[to - 1].end, name, role, kind: 'person', honorific };
    }
  }
  if (!isNameWord(tokens[nameFrom])) return null; // "In", "on Twitter": modifiers without a name
  const nameTokens = tokens.slice(nameFrom, to);
  if (isShoutedHeading(nameTokens)) return null;
  const nameEnd = tokens[to - 1].end;
  const name = joinName(text, nameTokens);
  // "Christopher House", "Sarah Post": a known first name and one more word is a person whatever the surname means
  const personByFirstName = nameTokens.length === 2 && lastRole < from && determiner === null && isGivenName(nameTokens[0].text);
  // "Forecaster Alex Deakin": an occupation opening the run before a known first name is a role, not a name word
  if (lastRole < from && determiner === null && occupationBeforeFirstName(nameTokens)) {
    return { start: nameTokens[1].start, end: nameEnd, name: joinName(text, nameTokens.slice(1)), role: nameTokens[0].text, kind: 'person', honorific };
  }
  // ("Orlan Group", "Corran Homes": a corporate word is a body's whatever first name comes before it)
  const organisation = (personByFirstName ? CORPORATE_WORDS.has(nameTokens[1].lower) : nameTokens.some((t) => ORGANISATION_WORDS.has(t.lower))) || (determiner?.lower === 'the' && lastRole < from) || (nameTokens.length === 1 && /^[\p{Lu}\d&.]{2,}$/u.test(name) && name.length <= 6);
  const role = roleText && !isHonorific(roleText.trim()) ? roleText.replace(/\s+/g, ' ') : null;
  // ("the Department for Education": a formal name with its field is named without the article, as with "of")
  const withArticle = determiner?.lower === 'the' && lastRole < from && !/ for \p{Lu}/u.test(name);
  if (organisation) return { start: determiner?.lower === 'the' ? determiner.start : start, end: nameEnd, name: withArticle ? `the ${name}` : name, role, kind: 'organization', honorific };
  return { start: tokens[nameFrom].start, end: nameEnd, name, role, kind: 'person', honorific };
}

// Titles that are also common given names: before a lone surname, after another title or opening the run, the
// first name ("coach Dean Walgett", "Dean Osei, whose twin daughters"); "Law School Dean Whitcombe" keeps the title.
const GIVEN_NAME_TITLES = new Set(['dean', 'marshal']);

/** Whether the role head at `at`, one capitalised word before `to`, is a first name rather than a title. */
function givenNameNotTitle(tokens: Token[], from: number, at: number, to: number): boolean {
  if (at !== to - 2 || !GIVEN_NAME_TITLES.has(tokens[at].text.toLowerCase()) || tokens[at].text !== `${tokens[at].text[0]}${tokens[at].lower.slice(1)}`) return false;
  return at === from || previousRoleHead(tokens, from, at) >= from;
}

/**
 * `Fatima Sheikh`, `Mary King`, `Ann Bishop`: a role word closing the run right after a known given name (the run's
 * first word, or after a role or an honorific) is that person's surname.
 */
function surnameAfterGivenName(tokens: Token[], from: number, at: number, to: number): boolean {
  if (at !== to - 1 || at - 1 < from || !tokens[at].cap || !isGivenName(tokens[at - 1].text) || isRoleHead(tokens[at - 1].lower)) return false;
  return at - 1 === from || isRoleHead(tokens[at - 2].lower) || isHonorific(tokens[at - 2].lower);
}

function previousRoleHead(tokens: Token[], from: number, before: number): number {
  for (let i = before - 1; i >= from; i--) if (isRoleHead(tokens[i].lower)) return i;
  return -1;
}

// Letters after a name: an elected member's (MP, MSP, TD …), and honours, ranks and degrees (KC, OBE, PhD).
const MEMBER_LETTERS = new Set(['MP', 'MPP', 'MLA', 'MNA', 'MHA', 'MSP', 'MS', 'MEP', 'TD', 'AM', 'MYP']);
const POST_NOMINALS = new Set([...MEMBER_LETTERS, 'KC', 'QC', 'SC', 'BL', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE', 'CH', 'OC', 'CM', 'FRS', 'FRSC', 'PhD', 'DPhil', 'MD']);

/**
 * Where letters after a name start in tokens[from..to) ("John Smith MP KC"), or `to`. Only after a person's
 * name: two or more capitalised words opening with a given name ("Scottish Labour MSP" is a role).
 */
function postNominalsStart(tokens: Token[], from: number, to: number): number {
  let end = to;
  while (end > from && POST_NOMINALS.has(tokens[end - 1].text)) end--;
  if (end === to || end - from < 2) return to;
  for (let i = from; i < end; i++) if (!tokens[i].cap || tokens[i].punct || isRoleHead(tokens[i].lower)) return to;
  return isGivenName(tokens[from].text) ? end : to;
}

/**
 * Whether a three- or four-word name opens with a word shaped like an occupation ("Forecaster", "Meteorologist",
 * "Campaigner") that is no given name, right before a known given name: titles the role lexicon lacks.
 */
function occupationBeforeFirstName(words: readonly Token[]): boolean {
  if (words.length < 3 || words.length > 4) return false;
  const [first, second] = words;
  return /^[A-Z][a-z]{4,}(?:er|or|ist|ian|ant|ent|eer|yst)$/.test(first.text) && !isGivenName(first.text) && isGivenName(second.text);
}

/**
 * `a spokesperson for Health Canada`, `Analysts at RBC Dominion Securities`: an unnamed-person head at `head`, a
 * member preposition after it and a capitalised body's name up to `to` — that source, whole, from `start`
 * (its determiner or first word); or null.
 */
function unnamedMembers(text: string, tokens: Token[], head: number, to: number, start: number): NamePhrase | null {
  if (to - head < 3 || !tokens[to - 1].cap || !UNNAMED_PERSON_HEADS.has(tokens[head].lower) || !MEMBER_PREPOSITIONS.has(tokens[head + 1].lower)) return null;
  return { start, end: tokens[to - 1].end, name: text.slice(start, tokens[to - 1].end), role: null, kind: 'anonymous', head: tokens[head].lower };
}

/**
 * A name's words as one string, one space between words: a possessive keeps to its word, and so does the
 * apostrophe of a plural one ("People's Party", "the Ontario Nurses' Association"), which the tokens drop.
 */
function joinName(text: string, words: readonly Token[]): string {
  let name = '';
  words.forEach((w, i) => {
    // ("Rogelio “Jun” Baltazar": a nickname in quotation marks inside the name is no part of it)
    if (i > 0 && i < words.length - 1 && quoteGlyph(text.charCodeAt(w.start - 1)) !== undefined && quoteGlyph(text.charCodeAt(w.end)) !== undefined) return;
    const glued = w.lower === "'s" || w.lower === '’s';
    name += (name && !glued ? ' ' : '') + w.text;
    // inside the name only: after its last word an apostrophe may close a single-quoted phrase
    const after = text.charCodeAt(w.end);
    if (!glued && i < words.length - 1 && (after === 39 || after === 0x2019) && w.lower.endsWith('s') && !isWordCode(text.charCodeAt(w.end + 1))) name += text[w.end];
  });
  return name;
}

/** Whether tokens[from..to) are one or two lowercase words ending in a body's head ("foreign ministry", "government"). */
function describesBody(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let i = from; i < to; i++) if (tokens[i].cap || tokens[i].punct || !/^\p{Ll}+$/u.test(tokens[i].text)) return false;
  return ORGANISATION_HEADS.has(tokens[to - 1].lower);
}

/**
 * `the Securities and Exchange Commission`, `Fisheries and Oceans Canada`: an "and" between capitalised words,
 * with only capitalised words after it up to the end, inside one body's name — one after "the", or one whose
 * words name a body. "Tore Sohlberg and Lehla Abreder" are two people.
 */
function joinsBodyName(tokens: Token[], and: number, to: number, determiner: Token | null): boolean {
  if (tokens[and].lower !== 'and' || !tokens[and - 1].cap || and + 1 >= to) return false;
  let body = determiner?.lower === 'the';
  for (let i = and + 1; i < to; i++) {
    if (!tokens[i].cap || tokens[i].punct) return false;
    if (ORGANISATION_WORDS.has(tokens[i].lower)) body = true;
  }
  return body;
}

/**
 * `the Ministry of Long-Term Care`, `University of Toronto`: an "of" after an organisation word, with only
 * capitalised words after it up to the end, inside one body's name ("Jingyi Pan of IG" is a person and a body).
 */
function ofInBodyName(tokens: Token[], of: number, to: number): boolean {
  // ("the Department for Education", "the Institute for Fiscal Studies": "for" too)
  if ((tokens[of].lower !== 'of' && tokens[of].lower !== 'for') || !ORGANISATION_WORDS.has(tokens[of - 1].lower) || of + 1 >= to) return false;
  for (let i = of + 1; i < to; i++) if (!tokens[i].cap || tokens[i].punct) return false;
  return true;
}

/**
 * `ANALYST'S VIEWPOINT:`, `BREAKING NEWS`: capitals throughout, longer than an acronym — a heading, not a name
 * ("NATO", "BBC" stay names).
 */
function isShoutedHeading(words: Token[]): boolean {
  // ("GARY THRELFALL launched …": a tabloid's lede sets a name in capitals, a given name then a surname)
  if ((words.length === 2 || words.length === 3) && isGivenName(words[0].text)) return false;
  let letters = 0;
  for (const w of words) {
    if (w.text !== w.text.toUpperCase() || w.text === w.text.toLowerCase()) return false;
    letters += w.text.length;
  }
  return letters > 6;
}

function firstRoleEnd(tokens: Token[], from: number, lastRole: number): number {
  // "Dr." alone before a name is an honorific, not a role: the role ends before trailing honorifics
  let i = lastRole;
  while (i > from && isHonorific(tokens[i].lower)) i--;
  return i;
}

/** Whether a token may continue a role phrase leftwards ("U.S. special envoy", "Minister of Foreign Affairs"). */
export function isRoleWord(token: Token): boolean {
  return isRoleHead(token.lower) || isRoleModifier(token.lower);
}

// Words that open an appositive clause, not a role: "who …", "at the time …", "in an interview".
const NOT_A_ROLE_OPENER = new Set([
  'who', 'whose', 'which', 'at', 'in', 'on', 'for', 'after', 'before', 'with', 'without', 'while', 'when', 'as',
  'also', 'still', 'now', 'then', 'however', 'though', 'too', 'has', 'have', 'had', 'is', 'was', 'are', 'were',
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'said', 'says', 'be',
]);
// "-ing" words that are part of a role ("acting director", "outgoing mayor").
const ROLE_PARTICIPLES = new Set([
  'acting', 'managing', 'outgoing', 'incoming', 'founding', 'presiding', 'reigning', 'ruling', 'governing',
  'sitting', 'serving', 'visiting', 'leading', 'longstanding', 'long-serving', 'consulting', 'supervising',
  'commanding', 'reporting', 'publishing', 'marketing', 'engineering', 'nursing', 'banking', 'accounting',
  'polling', 'fundraising', 'housing', 'training', 'planning', 'teaching',
]);

/**
 * The role an appositive set off by commas gives (`Jane Doe, president of the union,`: tokens `from` and
 * `to - 1` are its commas), or null when it names none or is a clause ("who …", "speaking to reporters").
 */
export function appositiveRole(text: string, tokens: Token[], from: number, to: number): string | null {
  if (to <= from + 2) return null;
  const words = tokens.slice(from + 1, to - 1);
  if (!words.length || !words.some((w) => isRoleHead(w.lower) && !isHonorific(w.lower))) return null;
  // `Michael Kovrig, a former diplomat and Michael Spavor, an entrepreneur`: a comma missing before the next name
  const next = words.findIndex((w, i) => w.lower === 'and' && words[i + 1]?.cap && words[i + 2]?.cap && isGivenName(words[i + 1].text));
  if (next > 0) words.length = next;
  // "a 34-year-old teacher who gave only her first name": a relative clause after the role is no part of it
  const relative = words.findIndex((w, i) => i > 0 && (w.lower === 'who' || w.lower === 'whose' || w.lower === 'which'));
  if (relative > 0) words.length = relative;
  // "a local businessman with roots in the community but not …": what is said of the holder is no part of the role
  // ("a lawyer with the firm", "an engineer with Hydro One" are where they work: kept)
  const aside = words.findIndex((w, i) => i > 0 && (w.lower === 'but' || (w.lower === 'with' && words[i + 1] !== undefined && !words[i + 1].cap && !OBJECT_DETERMINERS.has(words[i + 1].lower))));
  if (aside > 0) words.length = aside;
  // "herself a cardiologist": the reflexive is no part of the role
  if (words.length > 1 && REFLEXIVES.has(words[0].lower)) words.shift();
  // the article goes, but before a possessive ("the company's co-founder") it is the owner's
  let first = 0;
  if (['the', 'a', 'an'].includes(words[0].lower) && !words.slice(1, 4).some(isPossessive)) first = 1;
  if (first >= words.length) return null;
  // "Horwath, speaking to reporters at Queen's Park,": a clause about what someone does, no role they hold
  // ("WHO regional director": an acronym in capitals is no relative pronoun)
  // "Alan Pryce, defended the official.": a lowercase word with a determiner after it is a verb and its object
  if (first === 0 && ((NOT_A_ROLE_OPENER.has(words[0].lower) && !isAcronym(words[0].text)) || (words[0].lower.endsWith('ing') && !ROLE_PARTICIPLES.has(words[0].lower)) || (!words[0].cap && OBJECT_DETERMINERS.has(words[1]?.lower ?? '')))) return null;
  return text.slice(words[first].start, words[words.length - 1].end);
}

const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those']);

const REFLEXIVES = new Set(['herself', 'himself', 'themselves', 'itself']);

function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[A-Z]+$/.test(word);
}

/** Whether the token is the possessive "'s" (straight or curly). */
export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && (token.text === "'s" || token.text === '’s');
}
