// From the phrase an attribution names ("he", "Healey", "the ministry", "a senior official", "the report") to the
// speaker it refers to, through the people the text names so far, the anonymous sources met and the documents
// that spoke.
import { hasLetter, isSpaceCode, quoteGlyph } from '../text/chars';
import type { Span } from '../model';
import { GENERIC_ORGANISATION_HEADS, isGroupWord, isRoleHead, KIN, ORGANISATION_HEADS, PERSON_NOUNS, UNNAMED_PERSON_HEADS } from '../entities/titles';
import { indefiniteAntecedent } from './descriptions';
import { addAlias, addMention, genderFrom, nameKey, officeInitials, pronounGender, type Person, type PersonIndex } from '../entities/coreference';
import { TokenBuffer, type NamePhrase } from '../entities/names';
import type { SpeakerPhrase } from './phraseWords';
import { precedingSubject, wantedFor } from './antecedents';
import { authorAfter, authorBefore, isDefiniteDocument, isDocument } from './documents';
import { isBareDescription } from './headlines';
import { ledeRoleHolder, namedInNextParagraph } from './namedAfter';
import { CaptionLines } from '../text/captions';
import { mostSpecificRole } from '../entities/entities';
import { ownedRole } from './roleOwners';
import { afterThe } from '../entities/mentions';

/** A description owned by someone the text spoke of: "his Philippines counterpart", "her husband", "their lawyer". */
const POSSESSIVE_DESCRIPTION = /^(?:his|her|their|its)\s/i;

export interface Resolved {
  speaker: string | null;
  role: string | null;
  mention?: Span;
}

// ", who gave his name only as Kasaine", ", who gave only her first name, Teresa", ", identified only as Omar",
// ", who identified herself only as Linda"
const NAME_GIVEN = /^,?[ \u00a0]+(?:who[ \u00a0]+(?:gave|would give|would only give|only gave)[ \u00a0]+(?:only[ \u00a0]+)?(?:his|her|their)[ \u00a0]+(?:first[ \u00a0]+|full[ \u00a0]+)?name(?:[ \u00a0]+only)?(?:[ \u00a0]+as|,)|(?:who[ \u00a0]+)?(?:identified|named)(?:[ \u00a0]+(?:himself|herself|themselves))?[ \u00a0]+only[ \u00a0]+as)[ \u00a0]+(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?)/u;

/** The name the text gives an unnamed speaker right after describing them, or null. */
function nameGivenAfter(text: string, phrase: SpeakerPhrase): string | null {
  return NAME_GIVEN.exec(text.slice(phrase.end, phrase.end + 90))?.[1] ?? null;
}

/** The body that opens the narrative's last sentences as their subject, when no person is known by its name; or null. */
function bodyOpeningBefore(context: QuoteContext, people: PersonIndex, sources: Sources, quoteAt: number): Resolved | null {
  const subject = precedingSubject(context.text, context.narrative.start, context.narrative.end, 'body', people, sources.captions, context.tokens);
  if (!subject || subject.kind !== 'organization' || people.known(subject.name)?.kind === 'person') return null;
  return resolve(subject, people, sources, quoteAt);
}

/** The last fuller description of a body with this head between `from` and `to` ("the regional weather centre"), or null. */
function bodyDescribedBefore(text: string, from: number, to: number, head: string): string | null {
  // (lowercase modifiers only: "the Alberta government" is a name's, which resolveOrganisation reads)
  const pattern = new RegExp(`\\b(?:[Tt]he|[Aa]n?)((?:[ \\u00a0]+[\\p{Ll}-]+){1,3})[ \\u00a0]+${head}\\b`, 'gu');
  let found: string | null = null;
  for (const m of text.slice(from, to).matchAll(pattern)) found = m[0];
  return found;
}

/** Where a quotation sits: the narrative before its attribution, for finding what a pronoun refers to. */
interface QuoteContext {
  text: string;
  narrative: Span;
  /** Reused for tokenizing the narrative (see TokenBuffer). */
  tokens: TokenBuffer;
}

/**
 * The speaker a phrase refers to. `pronoun` is the "he" or "she" a subject read back for stands for: a description
 * resolved to the person the passage is about must fit it.
 */
export function resolve(phrase: SpeakerPhrase, people: PersonIndex, sources: Sources, quoteAt = phrase.start, context?: QuoteContext, pronoun?: string): Resolved {
  const mention = { start: phrase.start, end: phrase.end };
  // a document speaks for its author, or as itself — never for a person named near it
  if (context && isDocument(phrase)) return { ...(documentAuthor(phrase, people, sources, quoteAt, context.text) ?? anonymous(phrase, people, sources.anonymousByHead, mention)), mention };
  switch (phrase.kind) {
    case 'pronoun': {
      if (phrase.name === 'i' || phrase.name === 'we') return { speaker: null, role: null };
      // the subject of the sentence just before: "Mamadou Dia was on a business trip. ¶ "…," he said."
      const wanted = context ? wantedFor(phrase.name) : null;
      const subject = wanted && context ? precedingSubject(context.text, context.narrative.start, context.narrative.end, wanted, people, sources.captions, context.tokens) : null;
      // ("Ms Keary, she said, was asking …": never the name the aside interrupts, the reported clause's subject)
      const interrupted = context ? interruptedName(context.text, phrase.start, people) : undefined;
      // ("The Executive Director of Pra Basin Watch, Mrs Abena Sarpong, said …. “…,” she said": a subject read as a
      // name the text never gave anyone, no gender to it, gives way to the one of the pronoun's gender named after it)
      const named = subject && context && subject.kind === 'person' && !people.known(subject.name) ? genderedNamedAfter(people, phrase.name, subject.start, context.narrative.end, quoteAt) : null;
      if (named) {
        people.note(phrase.start, named, true);
        return { speaker: named.name, role: mostSpecificRole(named.roles), mention };
      }
      if (subject && !(interrupted && subject.kind === 'person' && people.known(subject.name)?.name === interrupted)) {
        const local = resolve(subject, people, sources, quoteAt, undefined, phrase.name);
        // ("Piet Landsverk builds chairs. "…," he says": "he" tells his gender, for a "she" later)
        const known = local.speaker ? people.known(local.speaker) : null;
        // (never someone of the other gender a description of the subject was taken for: "The prime minister said
        // …" read as the woman the sentence before was about)
        const fits = !known || !known.gender || known.gender === pronounGender(phrase.name);
        if (known && fits) people.learnGender(known, phrase.name);
        if (local.speaker && fits) return { ...local, mention };
      }
      // ("She still has the letter Pell sent her. “…,” it reads": a document the narrative names, its author's words)
      if (phrase.name === 'it' && context && !subject) {
        const written = authorBefore(context.text, context.narrative.end, '', sources.documentTokens, context.narrative.start);
        if (written) return { ...resolveAuthor(written.phrase, people, sources, quoteAt), mention };
      }
      // antecedents come before the quotation: names inside it are not who says it
      const person = people.resolvePronoun(phrase.name, Math.min(phrase.start, quoteAt), undefined, interrupted);
      if (!person) return { speaker: null, role: null };
      people.learnGender(person, phrase.name);
      people.note(phrase.start, person, true);
      return { speaker: person.name, role: mostSpecificRole(person.roles), mention };
    }
    case 'person': {
      const words = nameKey(phrase.name).split(' ');
      // ("Parents for Transparent Schools posted": a body's name read only up to its first lowercase word)
      const body = words.length === 1 && context && BODY_NAME_GOES_ON.test(context.text.slice(phrase.end, phrase.end + 6)) ? fullerBodyAt(people, phrase, context.text) : null;
      if (body) return { speaker: body.name, role: null, mention };
      if (words.length === 1) {
        const known = people.resolveSurname(phrase.name, phrase.start, phrase.honorific);
        if (known) {
          addAlias(known, phrase.name);
          if (phrase.role && !known.roles.includes(phrase.role)) known.roles.push(phrase.role);
          addMention(known, mention);
          people.note(phrase.start, known, true);
          return { speaker: known.name, role: fullerRole(phrase.role, known.roles) ?? mostSpecificRole(known.roles), mention };
        }
      }
      // "what the Conservatives call", "Republicans said": a group's members, nobody in particular
      const group = words.length === 1 && !phrase.honorific && isGroupWord(phrase.name);
      const role = roleWrittenOut(phrase, people);
      const person = people.addName(phrase.name, group ? 'organization' : 'person', role, mention, { speaker: true, honorific: phrase.honorific });
      return { speaker: person.name, role: fullerRole(role, person.roles) ?? mostSpecificRole(person.roles), mention };
    }
    case 'organization': {
      // ("the environmental NGO Pra Basin Watch": what kind of body it is, glued before its name, is no part of it)
      if (DESCRIPTOR_INITIALS.test(phrase.name)) phrase = { ...phrase, name: phrase.name.replace(DESCRIPTOR_INITIALS, '') };
      // ("the PM said" after "Prime Minister Anna Holt": an office by its initials, when no body goes by them)
      const office = officeInitials(phrase.name);
      const holder = office ? people.resolveInitialism(office, Math.min(phrase.start, quoteAt)) : null;
      if (holder) {
        people.note(phrase.start, holder, true);
        return { speaker: holder.name, role: mostSpecificRole(holder.roles), mention };
      }
      // ("the Truth and Reconciliation Commission, which said": the body as the text named it, with its article)
      const named = /^the /i.test(phrase.name) ? null : people.known(`the ${phrase.name}`);
      // (a body first met as a speaker, "the Ekuseni Ratepayers and Residents’ Association said", keeps its article too)
      const org = (named?.kind === 'organization' ? named : null) ?? fullerBodyAt(people, phrase, context?.text) ?? people.addName(context && articleBeforeName(context.text, phrase) ? `the ${phrase.name}` : phrase.name, 'organization', phrase.role, mention, { speaker: true });
      return { speaker: org.name, role: null, mention };
    }
    case 'description': {
      // ("The second worker, a field supervisor, said": one more of several unnamed, never someone named before)
      if (context && ORDINAL_DESCRIPTION.test(phrase.name)) return anonymous(withAppositive(context.text, phrase), people, sources.anonymousByHead, mention);
      // "his office said": the office of whoever "his" is — the description is as specific as the text gets
      if (phrase.head && ORGANISATION_HEADS.has(phrase.head) && /^(?:his|her|their)\b|['’]s\b/i.test(phrase.name)) return anonymous(phrase, people, sources.anonymousByHead, mention);
      if (phrase.head && ORGANISATION_HEADS.has(phrase.head)) {
        // "the commission": the nearest body so called ("the Ontario Civilian Police Commission"), else the description
        const generic = GENERIC_ORGANISATION_HEADS.has(phrase.head);
        // ("Amnesty International has documented …. “…,” the group said": a body the sentence before opened with,
        // named by nothing the people index knows as a body)
        const opened = generic && context ? bodyOpeningBefore(context, people, sources, quoteAt) : null;
        if (opened) return { ...opened, mention };
        const body = people.resolveOrganisation(phrase.head, Math.min(phrase.start, quoteAt), generic);
        if (body) {
          people.note(phrase.start, body, true);
          return { speaker: body.name, role: null, mention };
        }
        // ("The regional weather centre issued …. In its bulletin, the centre said": as the text described it)
        const described = context && /^the\s+\S+$/i.test(phrase.name) ? bodyDescribedBefore(context.text, context.narrative.start, Math.min(phrase.start, quoteAt), phrase.head) : null;
        const name = (described ?? phrase.name).replace(/^The\b/, 'the');
        const org = people.addName(name, 'organization', null, mention, { speaker: true });
        return { speaker: org.name, role: null, mention };
      }
      // "his counterpart said", "her husband said": someone the possessor's antecedent is related to, never that
      // antecedent — a person known to hold that role, else the description as the text gives it
      if (phrase.head && POSSESSIVE_DESCRIPTION.test(phrase.name)) {
        const holder = people.resolveDescription(phrase.head, Math.min(phrase.start, quoteAt)) ?? (KIN.has(phrase.head) ? namedRelative(phrase.name, phrase.head, phrase.start, people) : null);
        if (!holder) return anonymous(phrase, people, sources.anonymousByHead, mention);
        addAlias(holder, phrase.name);
        people.note(phrase.start, holder, true);
        return { speaker: holder.name, role: mostSpecificRole(holder.roles), mention };
      }
      // "the official said" after "a justice official said": the anonymous source quoted before, not a named official
      if (phrase.head && /^the\b/i.test(phrase.name) && sources.anonymousByHead.has(phrase.head)) return anonymous(phrase, people, sources.anonymousByHead, mention);
      const antecedent = describedBefore(phrase, quoteAt, context);
      if (antecedent) return anonymous({ ...phrase, name: antecedent }, people, sources.anonymousByHead, mention);
      // "the lanky professor said": the subject of the sentence just before, if a person
      // ("“…,” the head teacher added" after "Coombes shook her head": someone who holds the role goes first)
      const heldBy = phrase.head && isRoleHead(phrase.head) ? people.resolveDescription(phrase.head, Math.min(phrase.start, quoteAt)) : null;
      // ("… was not lost on local TD Noreen Fallon. ¶ “…,” the Independent deputy said": the one person the paragraph
      // before introduces, unless the role the text gave them is another)
      // (and "the 29-year-old flanker said" after "according to club captain Rhodri Bevan": an age is given of
      // someone just brought in, whatever else the text calls them)
      const aged = AGED_DESCRIPTION.test(phrase.name);
      const introduced = !heldBy && context && phrase.head && (isRoleHead(phrase.head) || aged) && !KIN.has(phrase.head) && !UNNAMED_PERSON_HEADS.has(phrase.head) && !/['’]s\b|\s(?:of|at|for) an?\s/.test(phrase.name) ? introducedBefore(people, context, quoteAt) : null;
      if (introduced && (aged || mayHoldRole(people, introduced, phrase.head!))) {
        addAlias(introduced, phrase.name);
        people.note(phrase.start, introduced, true);
        return { speaker: introduced.name, role: mostSpecificRole(introduced.roles), mention };
      }
      const subject = !heldBy && context && !/['’]s\b/.test(phrase.name) ? precedingSubject(context.text, context.narrative.start, context.narrative.end, 'person', people, sources.captions, context.tokens, true) : null;
      if (subject?.kind === 'pronoun') {
        // the person that "she" opening the sentence before is, if she may hold the role
        const person = people.resolvePronoun(subject.name, subject.start);
        if (person && person.kind === 'person' && !KIN.has(phrase.head ?? '')) {
          people.note(phrase.start, person, true);
          return { speaker: person.name, role: mostSpecificRole(person.roles), mention };
        }
      }
      // ("One victim’s son, who …, said …. “…,” the man said", "One user … said …. “…,” the user wrote": the someone
      // just introduced, as the text described them)
      if (subject && subject.kind === 'anonymous' && phrase.head && (PERSON_NOUNS.has(phrase.head) || subject.head === phrase.head)) return anonymous(subject, people, sources.anonymousByHead, mention);
      if (subject && subject.kind === 'person') {
        const local = resolve(subject, people, sources, quoteAt);
        const person = local.speaker ? people.known(local.speaker) : null;
        if (person && lendOffice(person, phrase)) return { ...local, role: mostSpecificRole(person.roles), mention };
        if (local.speaker) return { ...local, mention };
      }
      // "the French minister": the nearest holder of that role; failing that, the person the passage is about
      // ("the father said" is someone's father, seldom the man the passage is about: no such guess for kin, nor
      // for a role a possessive owns, "the province's auditor general")
      // ("Housing secretary insists …", with no article: a headline's, whom the article names below it — or
      // nobody the text names, never the person the passage is about: `"…," says budget chief`)
      const bare = isBareDescription(phrase.name);
      const holder = phrase.head ? (people.resolveDescription(phrase.head, Math.min(phrase.start, quoteAt)) ?? (bare ? people.resolveDescriptionAfter(phrase.head, quoteAt) : null)) : null;
      // (nor for one brought in with an indefinite complement: "the chair of a public inquiry" is someone new)
      // (nor for an unnamed source's head: "the official said" is an official the text does not name, never the
      // last name it gave)
      const guessed = phrase.head && !bare && !KIN.has(phrase.head) && !UNNAMED_PERSON_HEADS.has(phrase.head) && !/['’]s\b|\s(?:of|at|for) an?\s/.test(phrase.name);
      const person = holder ?? (guessed ? people.resolvePronoun(GENDERED_NOUNS.get(phrase.head!) ?? pronoun ?? 'they-person', Math.min(phrase.start, quoteAt)) : null);
      if (person) {
        addAlias(person, phrase.name);
        if (holder === null) lendOffice(person, phrase);
        people.note(phrase.start, person, true);
        return { speaker: person.name, role: mostSpecificRole(person.roles), mention };
      }
      return anonymous(phrase, people, sources.anonymousByHead, mention);
    }
    case 'anonymous': {
      // ("one of the young men, who gave his name only as Kasaine": the name the text gives them after all)
      const givenName = context ? nameGivenAfter(context.text, phrase) : null;
      if (givenName) {
        const person = people.addName(givenName, 'person', null, mention, { speaker: true });
        return { speaker: person.name, role: null, mention };
      }
      const named = context ? (ledeRoleHolder(phrase, people, quoteAt) ?? namedInNextParagraph(context.text, phrase, people, quoteAt)) : null;
      if (named) {
        people.note(phrase.start, named, true);
        return { speaker: named.name, role: mostSpecificRole(named.roles), mention };
      }
      const antecedent = sources.anonymousByHead.has(phrase.head ?? phrase.name) ? null : describedBefore(phrase, quoteAt, context);
      return anonymous(antecedent ? { ...phrase, name: antecedent } : context ? withAppositive(context.text, phrase) : phrase, people, sources.anonymousByHead, mention);
    }
  }
}

// A lowercase word that goes on with a body's name after its first word: "Parents for …", "Friends of …".
const BODY_NAME_GOES_ON = /^ (?:for|of|and|on|in) /;

/** The person "he" or "she" means, when of that gender and named between `from` and `to`; or null. */
function genderedNamedAfter(people: PersonIndex, pronoun: string, from: number, to: number, quoteAt: number): Person | null {
  const gender = pronounGender(pronoun);
  if (!gender) return null;
  const person = people.resolvePronoun(pronoun, Math.min(to, quoteAt));
  return person && person.gender === gender && person.mentions.some((m) => m.start > from && m.start < to) ? person : null;
}

/**
 * `the Department of Water and Catchments said`, read as "the Department": the body the people pass read in full
 * at the same place, when its name goes on from the phrase's.
 */
function fullerBodyAt(people: PersonIndex, phrase: SpeakerPhrase, text?: string): Person | null {
  const name = phrase.name.replace(/^[Tt]he /, '');
  const from = phrase.name.length - name.length + phrase.start;
  for (const body of people.people) {
    if (body.kind !== 'organization' || body.name.length <= name.length || !body.name.startsWith(`${name} `)) continue;
    // ("Parents for Transparent Schools posted": or the text spells the body's whole name out from there)
    if (body.mentions.some((m) => m.start === from || m.start === phrase.start) || text?.startsWith(body.name, from)) return body;
  }
  return null;
}

/**
 * The role as the person's other mentions give it in full, when one ends with it ("chief" said next to a name
 * the text introduced as "UN aid chief Martin Griffiths"): a reading of the words before the name that went further.
 */
function fullerRole(role: string | null, roles: readonly string[]): string | null {
  if (role === null) return null;
  let fuller = role;
  for (const other of roles) if (other.length > fuller.length && other.endsWith(role) && /\s/.test(other.charAt(other.length - role.length - 1))) fuller = other;
  return fuller;
}

/** `Her younger brother, Ewan`: the role with the person its possessive refers to ("Morag Finlay's younger brother"). */
function roleWrittenOut(phrase: NamePhrase, people: PersonIndex): string | null {
  const owner = phrase.roleOwner;
  if (!owner || !phrase.role) return phrase.role;
  const person = owner.pronoun ? people.resolvePronoun(owner.name, owner.start) : people.resolveSurname(owner.name, owner.start);
  return person && person.kind === 'person' && person.name.includes(' ') ? ownedRole(phrase.role, person.name) : phrase.role;
}

// Person nouns that say whether "the woman" is a she, as a pronoun would.
const GENDERED_NOUNS = new Map([['woman', 'she'], ['girl', 'she'], ['man', 'he'], ['boy', 'he']]);

/**
 * Whom "the official" or "the woman" refers back to when the narrative since the previous quotation brought
 * them in unnamed: "A senior Ukrainian official, speaking on condition of anonymity, said …".
 */
function describedBefore(phrase: SpeakerPhrase, quoteAt: number, context: QuoteContext | undefined): string | null {
  const head = 'head' in phrase ? phrase.head : undefined;
  // (a role's head too: "One senior academic in the business school … the academic said", "one engineer who …")
  if (!context || !head || !/^the\b/i.test(phrase.name) || !(UNNAMED_PERSON_HEADS.has(head) || PERSON_NOUNS.has(head) || isRoleHead(head))) return null;
  return indefiniteAntecedent(context.text, context.narrative.start, Math.min(phrase.start, quoteAt), head);
}

/** What the speakers of one text's quotations share: the anonymous sources met, and the last document's author. */
export interface Sources {
  /** "the people said" after "people familiar with the matter": the name an anonymous head was first given. */
  anonymousByHead: Map<string, string>;
  /** The author the last document that spoke turned out to be, and where that document was named. */
  document: { author: Resolved; at: number; head: string } | null;
  /** The text's picture captions, which hold no antecedents. */
  captions: CaptionLines;
  /** Reused for tokenizing around a document that speaks (see TokenBuffer). */
  documentTokens: TokenBuffer;
}

// Initials that say what kind of body follows: "NGO Pra Basin Watch", "the CSO Citizens Watch".
const DESCRIPTOR_INITIALS = /^(?:NGO|INGO|CSO|CBO)[ \u00a0]+(?=\p{Lu})/u;

// "the 29-year-old flanker", "the 71-year-old": a description by age.
const AGED_DESCRIPTION = /^the\s+\d{1,3}-year-old\b/i;

/** How far back the body a statement is read as issuing by may be the subject of its sentence. */
const BODY_STATEMENT_REACH = 200;

/** How far back "the report" may still be the document whose author was found last. */
const DOCUMENT_REACH = 3000;

/**
 * The author of a document that speaks: named in its own sentence (`… on Canadian Pacific Railway's website`),
 * or, for "the report", the author of the document met last (as a speaker or in the narrative: `A study by the
 * University of Calgary's School of Public Policy`). Null when the text never says whose it is: the document
 * then speaks as itself ("the report"), not as a person named nearby.
 */
function documentAuthor(phrase: NamePhrase & { head: string }, people: PersonIndex, sources: Sources, quoteAt: number, text: string): Resolved | null {
  const definite = isDefiniteDocument(phrase.name);
  // `according to a statement from the Ministry`: the phrase may hold its author after the document word
  const headEnd = phrase.name.toLowerCase().indexOf(phrase.head);
  const afterHead = headEnd >= 0 && phrase.start + headEnd + phrase.head.length < phrase.end ? phrase.start + headEnd + phrase.head.length : phrase.end;
  let owner: SpeakerPhrase | null = authorAfter(text, afterHead, sources.documentTokens) ?? possessiveOwner(phrase);
  if (!owner && definite) {
    const named = authorBefore(text, Math.min(phrase.start, quoteAt), phrase.head, sources.documentTokens);
    // (the same document: "the statement" after a statement, never "the letter" after it)
    const last = sources.document && phrase.start - sources.document.at <= DOCUMENT_REACH && sources.document.head === phrase.head ? sources.document : null;
    if (last && (!named || last.at >= named.at)) return last.author;
    owner = named?.phrase ?? null;
  }
  // ("Declan took to Instagram …. He wrote: “…” The post … ended: “…”": whoever the sentence naming the platform is about)
  if (!owner && definite && SOCIAL_DOCUMENTS.has(phrase.head)) {
    const posted = socialPoster(text, phrase.start, people, sources);
    if (posted) return posted;
  }
  // (`The National League Board last night confirmed it was reviewing the incident. ¶ A statement said:`: a statement
  // right after a body's sentence is that body's)
  if (!owner && !definite) {
    const body = people.recentSubject(Math.max(0, phrase.start - BODY_STATEMENT_REACH), phrase.start);
    if (body?.kind === 'organization') return { speaker: body.name, role: null };
  }
  if (!owner) return null;
  // ("Its statement said": "it" is the body the sentences before are about, read in them)
  const author = resolveAuthor(owner, people, sources, quoteAt, owner.kind === 'pronoun' && owner.name === 'it' ? { text, narrative: { start: Math.max(0, phrase.start - ITS_REACH), end: phrase.start }, tokens: new TokenBuffer() } : undefined);
  if (author.speaker) sources.document = { author, at: phrase.start, head: phrase.head };
  return author;
}

/**
 * The one person the narrative just before a quotation at `quoteAt` names, and names there for the first time; or
 * null. That narrative is the quotation's paragraph before it, or the paragraph before when the quotation opens its
 * own, within the narrative since the last quotation.
 */
function introducedBefore(people: PersonIndex, context: QuoteContext, quoteAt: number): Person | null {
  const text = context.text;
  let from = text.lastIndexOf('\n', quoteAt - 1) + 1;
  if (!hasLetter(text, from, quoteAt)) {
    let end = from - 1;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    from = text.lastIndexOf('\n', end - 1) + 1;
  }
  from = Math.max(from, context.narrative.start);
  const only = people.onlyPersonBetween(from, context.narrative.end);
  return only && only.mentions[0].start >= from ? only : null;
}

/** "his wife", "her son": the relative named with the family name of whoever "his" or "her" is, or null. */
function namedRelative(description: string, head: string, at: number, people: PersonIndex): Person | null {
  const possessive = description.slice(0, description.indexOf(' ')).toLowerCase();
  const owner = possessive === 'his' || possessive === 'her' ? people.resolvePronoun(possessive === 'his' ? 'he' : 'she', at) : null;
  return owner ? people.relativeByFamilyName(owner, genderFrom(undefined, head)) : null;
}

/** Whether `person` may be who a description with the role `head` is: no role given them, or one with that head. */
function mayHoldRole(people: PersonIndex, person: Person, head: string): boolean {
  return person.roles.length === 0 || people.holdsRole(person, head);
}

/** Whom the author a document names is. */
function resolveAuthor(owner: SpeakerPhrase, people: PersonIndex, sources: Sources, quoteAt: number, context?: QuoteContext): Resolved {
  // "Calandra said in a statement": a lone word read as a body is the person the text named with that surname
  if (owner.kind === 'organization' && !owner.name.includes(' ') && people.resolveSurname(owner.name, owner.start)?.kind === 'person') owner = { ...owner, kind: 'person' };
  return resolve(owner, people, sources, quoteAt, context);
}

/** "The union's statement": the body a document's possessive names, as a description to resolve ("the union"). */
function possessiveOwner(phrase: NamePhrase): SpeakerPhrase | null {
  // ("The trust … had said …. Its statement on Saturday said": the body "its" refers to)
  const its = /^its\s/i.exec(phrase.name);
  if (its) return { kind: 'pronoun', start: phrase.start, end: phrase.start + 3, name: 'it', role: null };
  const owned = /^(the\s+(\p{Ll}+))['’]s\s/iu.exec(phrase.name);
  if (!owned || !ORGANISATION_HEADS.has(owned[2].toLowerCase())) return null;
  return { start: phrase.start, end: phrase.start + owned[1].length, name: owned[1], role: null, kind: 'description', head: owned[2].toLowerCase() };
}

export function anonymous(phrase: SpeakerPhrase, people: PersonIndex, anonymousByHead: Map<string, string>, mention: Span): Resolved {
  const head = 'head' in phrase && phrase.head ? phrase.head : phrase.name;
  let name = phrase.name.replace(/^(The|A|An|Another|One|His|Her|Their|Its)\b/, (d) => d.toLowerCase());
  // "the people said" after "people familiar with the matter": the same anonymous source
  // ("the mayor’s office" is the mayor's, whatever office spoke before)
  if (/^the\b/.test(name) && !/['’]s\b/.test(name) && anonymousByHead.has(head)) name = anonymousByHead.get(head)!;
  else anonymousByHead.set(head, name);
  const entity = people.addName(name, 'anonymous', null, mention, { speaker: true });
  return { speaker: entity.name, role: null, mention };
}

/**
 * `Rachel Reeves … the Chancellor said`: a capitalised office a description resolved to someone names becomes
 * their role when the text gave them none ("the 39-year-old founder" is no office). Whether it did.
 */
function lendOffice(person: Person, phrase: SpeakerPhrase): boolean {
  const office = phrase.name.replace(/^the\s+/i, '');
  const head = 'head' in phrase ? phrase.head : undefined;
  if (person.roles.length > 0 || person.kind !== 'person' || !head || !isRoleHead(head) || !/^(?:\p{Lu}[\p{L}.-]*\s?)+$/u.test(office)) return false;
  person.roles.push(office);
  return true;
}


/** The person whose surname stands right before an aside opening at `at` ("Ms Keary, she said,"), if the text knows them. */
function interruptedName(text: string, at: number, people: PersonIndex): string | undefined {
  const before = /(\p{Lu}[\p{L}'’-]+),[ \u00a0]$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!before) return undefined;
  const person = people.resolveSurname(before[1], at - before[0].length);
  return person?.kind === 'person' ? person.name : undefined;
}

// "the second worker", "a third resident": one more of several people the text leaves unnamed.
const ORDINAL_DESCRIPTION = /^(?:the|a)\s+(?:second|third|fourth|fifth|other)\s+\p{Ll}/iu;

/**
 * `The second worker, a field supervisor, said`, `said one of the four, a commissioner who …`: someone unnamed
 * described more closely by an indefinite appositive right after, as that appositive; else the phrase.
 */
function withAppositive(text: string, phrase: SpeakerPhrase): SpeakerPhrase {
  const after = APPOSITIVE_AFTER.exec(text.slice(phrase.end, phrase.end + 60));
  if (!after) return phrase;
  const start = phrase.end + after[0].indexOf(after[1]);
  return { ...phrase, name: after[1], start, end: start + after[1].length };
}

const APPOSITIVE_AFTER = /^,[ \u00a0]+(an?[ \u00a0]+[\p{Ll}\d-]+(?:[ \u00a0]+[\p{Ll}-]+){0,3}?)(?:,|[ \u00a0]+who\b)/u;

// Documents a social-media platform carries, and the platforms: "the post", "the tweet" after "on Instagram".
const SOCIAL_DOCUMENTS = new Set(['post', 'tweet', 'message', 'caption', 'update']);
const PLATFORM = /\b(?:Facebook|Instagram|Twitter|X|TikTok|LinkedIn|Threads|Bluesky|WhatsApp|Telegram|YouTube|Snapchat)\b/g;
const SOCIAL_REACH = 800;

/**
 * The author of "the post" when nothing names it: the subject of the last sentence before `at` that names a
 * platform ("Declan took to Instagram to blast the judge", "On its Facebook page, the club appealed for calm").
 */
function socialPoster(text: string, at: number, people: PersonIndex, sources: Sources): Resolved | null {
  const from = Math.max(0, at - SOCIAL_REACH);
  PLATFORM.lastIndex = from;
  let last = -1;
  for (let m = PLATFORM.exec(text); m !== null && m.index < at; m = PLATFORM.exec(text)) last = m.index;
  if (last < 0) return null;
  // the sentence holding the platform's name, up to its end
  let end = last;
  while (end < at && text.charCodeAt(end) !== 46 && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 58) end++;
  const buffer = new TokenBuffer();
  const subject = precedingSubject(text, from, end + 1, 'person', people, sources.captions, buffer) ?? precedingSubject(text, from, end + 1, 'body', people, sources.captions, buffer);
  if (!subject || subject.kind === 'pronoun') return null;
  const author = resolve(subject, people, sources, at);
  return author.speaker ? author : null;
}

// How far back "Its statement" looks for the body "its" means.
const ITS_REACH = 600;

/**
 * Whether "the" stands before a body's name: a lowercase "the" before it, a capitalised "The" opening the sentence
 * or the line before it, or a "The" opening the phrase's span that its name leaves out ("The Ministry of Sports and
 * Youth Affairs said").
 */
function articleBeforeName(text: string, phrase: SpeakerPhrase): boolean {
  if (afterThe(text, phrase.start)) return true;
  if (text.startsWith('The ', phrase.start)) return !/^the /i.test(phrase.name);
  const t = phrase.start - 4;
  if (t < 0 || !text.startsWith('The ', t)) return false;
  let i = t - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 46 || text.charCodeAt(i) === 33 || text.charCodeAt(i) === 63 || quoteGlyph(text.charCodeAt(i)) !== undefined;
}
