import { wordList } from '../text/wordList';

// The verbs reporters use to attribute words, with their inflections. A lexicon rather than a parser: it is
// what news attribution actually rests on (GenderGapTracker and Pareti's PARC corpus use the same idea).

const BASE_VERBS = [
  'say', 'tell', 'state', 'add', 'write', 'tweet', 'post', 'explain', 'note', 'insist', 'argue', 'claim', 'declare',
  'warn', 'announce', 'ask', 'answer', 'reply', 'respond', 'remark', 'comment', 'observe', 'acknowledge', 'admit',
  'concede', 'confirm', 'deny', 'emphasize', 'emphasise', 'stress', 'assert', 'maintain', 'contend', 'suggest',
  'recall', 'recount', 'describe', 'continue', 'conclude', 'caution', 'urge', 'predict', 'promise', 'pledge', 'vow',
  'boast', 'complain', 'lament', 'joke', 'quip', 'muse', 'sigh', 'shout', 'yell', 'scream', 'cry', 'whisper',
  'mutter', 'exclaim', 'demand', 'plead', 'beg', 'reiterate', 'repeat', 'testify', 'wonder', 'tweet', 'report',
  'reveal', 'disclose', 'allege', 'charge', 'counter', 'retort', 'rejoin', 'interject', 'agree', 'disagree',
  'point', 'highlight', 'underline', 'underscore', 'elaborate', 'clarify', 'summarize', 'summarise', 'estimate',
  'speculate', 'believe', 'think', 'feel', 'hope', 'fear', 'worry', 'threaten', 'thunder', 'fume', 'snap',
  'blast', 'slam', 'praise', 'criticize', 'criticise', 'condemn', 'mock', 'tease', 'proclaim', 'announce',
  'inform', 'assure', 'reassure', 'advise', 'recommend', 'propose', 'offer', 'indicate', 'signal', 'mention',
  'begin', 'start', 'finish', 'read', 'begin', 'chime', 'weigh', 'sum', 'put', 'recall', 'cite', 'quote',
  'remind', 'question', 'challenge', 'assess', 'characterize', 'characterise', 'call', 'label', 'dub',
  'brand', 'term', 'describe', 'reason', 'posit', 'surmise', 'figure', 'guess', 'reckon', 'gush', 'rave',
  'rage', 'rant', 'grumble', 'groan', 'sob', 'laugh', 'smile', 'chuckle', 'concur', 'object', 'protest',
  'echo', 'imply', 'hint', 'insinuate', 'instruct', 'order', 'command', 'inquire', 'enquire', 'query', 'chant', 'wrote', 'message', 'email', 'text',
  'blurt', 'murmur', 'mumble', 'stammer', 'stutter', 'holler', 'growl', 'hiss', 'sneer', 'scoff', 'marvel', 'enthuse',
  'gripe', 'whine', 'wail', 'gasp', 'confide', 'interrupt', 'remember', 'accuse',
  // how it was said, as sports and feature writing attribute ("beamed head coach Lisa Marsh")
  'beam', 'grin', 'gloat', 'snarl', 'bark', 'roar', 'bellow', 'drawl', 'opine', 'intone',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  read: ['reads', 'read', 'reading'],
  put: ['puts', 'put', 'putting'],
  cry: ['cries', 'cried', 'crying'],
  reply: ['replies', 'replied', 'replying'],
  deny: ['denies', 'denied', 'denying'],
  testify: ['testifies', 'testified', 'testifying'],
  worry: ['worries', 'worried', 'worrying'],
  clarify: ['clarifies', 'clarified', 'clarifying'],
  query: ['queries', 'queried', 'querying'],
  snap: ['snaps', 'snapped', 'snapping'],
  quip: ['quips', 'quipped', 'quipping'],
  sob: ['sobs', 'sobbed', 'sobbing'],
  dub: ['dubs', 'dubbed', 'dubbing'],
  admit: ['admits', 'admitted', 'admitting'],
  object: ['objects', 'objected', 'objecting'],
  sum: ['sums', 'summed', 'summing'],
  rejoin: ['rejoins', 'rejoined', 'rejoining'],
  label: ['labels', 'labelled', 'labeled', 'labelling', 'labeling'],
  signal: ['signals', 'signalled', 'signaled', 'signalling', 'signaling'],
  email: ['emails', 'emailed', 'emailing'],
  text: ['texts', 'texted', 'texting'],
  wrote: [],
  imply: ['implies', 'implied', 'implying'],
  echo: ['echoes', 'echoed', 'echoing'],
  slam: ['slams', 'slammed', 'slamming'],
  beg: ['begs', 'begged', 'begging'],
  grin: ['grins', 'grinned', 'grinning'],
};

function inflect(verb: string): string[] {
  if (IRREGULAR[verb]) return [verb, ...IRREGULAR[verb]];
  const third = /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const past = verb.endsWith('e') ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`;
  const gerund = verb.endsWith('ee') ? `${verb}ing` : verb.endsWith('e') ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
  return [verb, third, past, gerund];
}

const SPEECH_VERBS = new Set(BASE_VERBS.flatMap(inflect));

// Verbs that attribute words only with a particle or in certain frames: "pointed out", "went on", "chimed in".
const NEEDS_PARTICLE = new Set(['point', 'points', 'pointed', 'pointing', 'chime', 'chimes', 'chimed', 'chiming', 'weigh', 'weighs', 'weighed', 'weighing', 'sum', 'sums', 'summed', 'summing', 'put', 'puts', 'putting', 'go', 'went', 'goes']);
// Verbs that attribute words only with "back" after them: "hit back", "shot back", "fired back".
const BACK_VERBS = new Set(['hit', 'hits', 'hitting', 'shoot', 'shoots', 'shot', 'shooting', 'fire', 'fires', 'fired', 'firing']);
// The particles the others take: "pointed out", "chimed in", "went on", "summed up".
const PARTICLES = new Set(['out', 'in', 'on', 'up']);

// Tested in place by (length, first and second letter) before any string compare: most words asked about
// (every word before a quotation: "the", "that", "minister") are none.
const SPEECH_VERB_LIST = wordList(SPEECH_VERBS);

/** Whether a lowercase word is a form of a speech verb (said, told, writes, adding…). */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERB_LIST.has(word, 0, word.length);
}

// Verbs of calling something something: "hailed the deal as “historic”", "dismissed the claims as “nonsense”".
// Only in that frame do they report words, so they are no speech verbs of their own.
const CALLING_VERBS = new Set(['describe', 'characterize', 'characterise', 'welcome', 'hail', 'dismiss', 'denounce', 'condemn', 'decry', 'deride', 'reject', 'praise', 'criticize', 'criticise', 'portray', 'paint', 'slam', 'blast', 'greet', 'attack', 'brand', 'label', 'cast', 'celebrate', 'defend',
  // and a report's grading ("rated the levee's condition as “poor”", "graded the risk as “…”")
  'rate', 'grade', 'assess',
  // and memory's ("remembers the early days as “organised chaos”")
  'remember', 'recall'].flatMap(inflect));

// Verbs of offering and ordering: what they take after a determiner is a thing, not words ("offered a ‘fund’").
const OFFERING_VERBS = new Set(['offer', 'propose', 'recommend', 'order', 'signal', 'indicate'].flatMap(inflect));

/** Whether a lowercase word is a form of offer, propose, recommend, order, signal or indicate. */
export function isOfferingVerb(word: string): boolean {
  return OFFERING_VERBS.has(word);
}

/** Whether a lowercase word is a form of a verb that reports words in "… <verb> X as “…”". */
export function isCallingVerb(word: string): boolean {
  return CALLING_VERBS.has(word);
}

/** Whether the verb only attributes speech with a particle after it ("pointed out", "chimed in"). */
export function needsParticle(word: string): boolean {
  return NEEDS_PARTICLE.has(word);
}

/** Whether `next` is a particle a verb that needs one takes to attribute speech. */
export function particleFits(next: string): boolean {
  return PARTICLES.has(next);
}

/**
 * Whether `word` then `next` answer back ("hit back", "shot back", "fired back"): words attributed as a speech
 * verb's, though neither verb is one alone.
 */
export function answersBack(word: string, next: string): boolean {
  return next === 'back' && BACK_VERBS.has(word);
}

/** Whether the form is a present participle (`saying`, `adding`): its subject is the clause's subject. */
export function isParticiple(word: string): boolean {
  return word.endsWith('ing');
}

// Verbs whose frame "X <verb> … 'quoted term'" still reports words when the quote is short: weaker evidence.
const STRONG_VERBS = new Set(['stating', 'noting', 'arguing', 'insisting', 'warning', 'claiming', 'declaring', 'explaining', 'writing', 'telling', 'adding', 'saying', 'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'writing', 'state', 'states', 'stated', 'add', 'adds', 'added', 'adding', 'tweet', 'tweeted', 'tweets', 'ask', 'asked', 'asks', 'explain', 'explained', 'explains', 'reply', 'replied', 'respond', 'responded', 'declare', 'declared', 'insist', 'insisted', 'argue', 'argued', 'note', 'noted', 'warn', 'warned', 'recall', 'recalled', 'emphasize', 'emphasized', 'emphasised', 'stress', 'stressed', 'post', 'posted', 'announce', 'announced', 'acknowledge', 'acknowledged', 'admit', 'admitted', 'conclude', 'concluded', 'claim', 'claimed', 'reads', 'read',
  // the present of headlines and features ("Housing secretary insists reforms are ‘long overdue’")
  'insists', 'argues', 'notes', 'warns', 'recalls', 'emphasizes', 'emphasises', 'stresses', 'posts', 'announces',
  'acknowledges', 'admits', 'concludes', 'claims', 'declares', 'replies', 'responds']);

const BASE_FORMS = new Set(BASE_VERBS);

/** Whether a speech verb is in its base form ("say", "tell"): an infinitive or an order, no finite report. */
export function isBaseSpeechVerb(word: string): boolean {
  return BASE_FORMS.has(word);
}

/** A verb that introduces speech outright (said, told, wrote), as opposed to one that may (believes, hopes). */
export function isStrongSpeechVerb(word: string): boolean {
  return STRONG_VERBS.has(word);
}

const STRONG_VERB_LIST = wordList(STRONG_VERBS);

/** `isStrongSpeechVerb(text.slice(from, to))`, read in place: the name scan asks it after most capitalised words. */
export function isStrongSpeechVerbAt(text: string, from: number, to: number): boolean {
  return STRONG_VERB_LIST.has(text, from, to);
}
