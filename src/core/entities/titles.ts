import { wordList } from '../text/wordList';
// Titles and roles that newswriting glues to names ("Lithuanian Defense Minister Dovile Sakaliene"). A name
// starts after the last role word of a capitalised run; everything before it is the role.

const ROLE_HEADS = [
  'president', 'vice-president', 'taoiseach', 'tánaiste', 'tanaiste', 'cathaoirleach', 'minister', 'secretary', 'chancellor', 'premier', 'ambassador', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'chief', 'director', 'commander', 'general', 'governor', 'mayor', 'senator',
  'congressman', 'congresswoman', 'representative', 'leader', 'chair', 'chairman', 'chairwoman', 'chairperson',
  'ceo', 'cfo', 'coo', 'cto', 'md', 'founder', 'co-founder', 'officer', 'professor', 'judge', 'justice', 'inspector',
  'sergeant', 'constable', 'councillor', 'councilor', 'councilman', 'councilwoman', 'mp', 'mpp', 'mla', 'mna', 'msp', 'mep', 'mha', 'td',
  // police ranks before a name ("SP Chinedu Okereafor", "DSP Meena Rao")
  'sp', 'dsp', 'asp', 'acp', 'dcp', 'igp',
  'trustee', 'superintendent', 'commissioner', 'coach', 'captain', 'lieutenant', 'colonel', 'major', 'admiral',
  'marshal', 'sheriff', 'attorney', 'lawyer', 'counsel', 'prosecutor', 'detective', 'analyst', 'economist',
  'strategist', 'researcher', 'scientist', 'author', 'editor', 'columnist', 'reporter', 'correspondent',
  'manager', 'boss', 'skipper', 'head', 'principal', 'dean', 'provost', 'pastor', 'reverend', 'rabbi', 'imam', 'bishop', 'pope',
  'king', 'queen', 'prince', 'princess', 'emperor', 'sultan', 'sheikh', 'ayatollah', 'deputy', 'speaker',
  'advocate', 'activist', 'organizer', 'organiser', 'owner', 'partner', 'president-elect', 'candidate', 'nominee',
  'administrator', 'auditor', 'ombudsman', 'registrar', 'treasurer', 'comptroller', 'controller', 'adviser',
  'advisor', 'aide', 'staffer', 'official', 'diplomat', 'negotiator', 'coordinator', 'member', 'chef', 'doctor',
  'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'dame', 'lord', 'lady', 'sen.', 'rep.', 'gov.',
  'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'prof.', 'rev.', 'hon.', 'insp.', 'supt.', 'cst.', 'det.', 'cmdr.',
  'adm.', 'maj.', 'sec.', 'pres.', 'atty.', 'cpl.', 'pte.', 'pvt.', 'brig.', 'const.', 'msgr.', 'premier-designate',
  'mayor-elect', 'nurse', 'teacher', 'student',
  'player', 'forward', 'goaltender', 'quarterback', 'pitcher', 'defenceman', 'defenseman', 'winger', 'striker',
  'midfielder', 'goalkeeper', 'athlete', 'artist', 'singer', 'actor', 'actress', 'director', 'producer', 'writer',
  'opener', 'batsman', 'spinner', 'paceman', 'seamer', 'wicketkeeper', 'all-rounder',
  'waiter', 'waitress', 'bartender', 'barista', 'cook', 'cleaner', 'porter', 'courier', 'cashier', 'receptionist', 'mechanic',
  'builder', 'labourer', 'laborer', 'hawker', 'vendor',
  'songwriter', 'composer', 'guitarist', 'drummer', 'bassist', 'pianist', 'violinist', 'vocalist', 'playwright', 'dancer', 'choreographer',
  'host', 'anchor', 'pilot', 'firefighter', 'paramedic', 'resident', 'mother', 'father', 'parent', 'son',
  'daughter', 'wife', 'husband', 'widow', 'widower', 'brother', 'sister', 'grandmother', 'grandfather', 'uncle', 'aunt', 'veteran',
  'tsar', 'czar', 'counterpart', 'successor', 'predecessor', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'colleague',
  'secretary-general', 'director-general', 'critic', 'physician', 'surgeon', 'pharmacist', 'psychologist',
  'psychiatrist', 'epidemiologist', 'dentist', 'engineer', 'architect', 'historian', 'lecturer', 'consultant', 'specialist', 'commentator', 'pollster', 'lobbyist',
  'executive', 'prefect', 'magistrate', 'lawmaker', 'legislator', 'coun.', 'cllr', 'amb.', 'supt', 'insp', 'sgt', 'det',
  'dci', 'pc', 'adjudicator', 'arbitrator', 'mediator', 'tenant', 'landlord', 'referee', 'umpire', 'clerk', 'coroner',
  'pathologist', 'warden', 'chaplain', 'curator', 'librarian', 'planner', 'accountant', 'banker', 'broker', 'trader',
  'investor', 'shareholder', 'stakeholder', 'creditor', 'entrepreneur', 'farmer', 'rancher', 'fisherman', 'miner', 'trucker', 'electrician', 'plumber',
  'carpenter', 'contractor', 'realtor', 'photographer', 'filmmaker', 'novelist', 'poet', 'musician', 'comedian',
  'rapper', 'designer', 'chemist', 'physicist', 'biologist', 'ecologist', 'geologist', 'sociologist', 'criminologist',
  'demographer', 'statistician', 'meteorologist', 'climatologist', 'virologist', 'immunologist', 'cardiologist',
  'oncologist', 'neurologist', 'pediatrician', 'paediatrician', 'veterinarian', 'midwife', 'therapist', 'counsellor',
  'counselor', 'caregiver', 'hydrologist', 'seismologist', 'toxicologist', 'archaeologist', 'anthropologist', 'zoologist',
  'botanist', 'astronomer', 'oceanographer', 'glaciologist', 'volcanologist', 'nutritionist', 'dietitian',
  'microbiologist', 'bacteriologist', 'radiologist', 'anesthesiologist', 'anaesthetist', 'dermatologist',
  'gastroenterologist', 'endocrinologist', 'urologist', 'gynaecologist', 'gynecologist', 'ophthalmologist',
  'pulmonologist', 'nephrologist', 'haematologist', 'hematologist', 'pharmacologist', 'neuroscientist', 'ethicist',
  'bioethicist', 'linguist', 'philosopher', 'theologian', 'mathematician', 'technician', 'clinician', 'dietician',
  'optometrist', 'podiatrist', 'physiotherapist', 'psychotherapist', 'geographer', 'futurist',
  // trades a country story quotes by ("stock and station agent Leanne Carmody", "auctioneer Sam Reid")
  'agent', 'auctioneer', 'grazier', 'agronomist', 'vintner', 'winemaker', 'shopkeeper', 'publican', 'baker', 'butcher',
  // titles of local councils ("Cr Darren Pockett", "Cllr") and the people a local story quotes by what they are
  'cr', 'cr.', 'cllr.', 'reader', 'neighbour', 'neighbor', 'witness', 'bystander', 'commuter', 'shopper', 'passenger',
  'viewer', 'listener', 'voter', 'survivor', 'volunteer', 'campaigner', 'protester', 'protestor', 'holidaymaker',
  'motorist', 'cyclist', 'pedestrian', 'homeowner', 'ratepayer', 'parishioner', 'juror', 'fan', 'spectator',
  'attendee', 'participant', 'mourner', 'demonstrator', 'supporter', 'observer', 'tourist', 'visitor', 'customer',
  'client', 'villager', 'retiree', 'pensioner', 'inmate', 'prisoner', 'soldier', 'shopkeeper',
  'diner', 'patron', 'regular', 'punter', 'local', 'employee', 'worker', 'caregiver', 'teen', 'teenager', 'driver',
  // sport's positions and the athletes a match report names by what they do ("defender Tom Baines")
  'defender', 'keeper', 'batter', 'bowler', 'jockey', 'boxer', 'swimmer', 'sprinter', 'skier', 'golfer', 'skater',
  'rider', 'runner', 'rower', 'climber', 'surfer',
  // rugby's positions ("in-form flyhalf Sipho Mahlangu", "scrum-half Faf Botha")
  'flyhalf', 'fly-half', 'scrumhalf', 'scrum-half',
  'foreman', 'forewoman', 'delegate',
  // members of a legislature by where they sit
  'backbencher', 'frontbencher', 'peer', 'senator-elect',
  'investigator', 'examiner', 'assessor', 'surveyor', 'inspector-general', 'whistleblower', 'eyewitness',
  'academic', 'scholar', 'fellow',
  // people of business and money ("Businessman Luc Lavallée finished third")
  'businessman', 'businesswoman', 'businessperson', 'tycoon', 'magnate', 'billionaire', 'millionaire', 'philanthropist',
  'restaurateur', 'hotelier', 'collector',
  // parties to a case and people a story knows by what they use or buy ("the user wrote", "the plaintiff said")
  'defendant', 'plaintiff', 'complainant', 'claimant', 'applicant', 'petitioner', 'appellant', 'respondent',
  'user', 'commenter', 'subscriber', 'buyer', 'seller', 'renter', 'borrower', 'policyholder',
];

/** Honorifics that are not part of the canonical name ("Mr. Trump" is Donald Trump). */
// (with "Aunty" and "Uncle", the respect Aboriginal and Torres Strait Islander elders are named with; "Madam" and "Mdm", as
// Singapore's and Malaysia's papers name women)
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'prof', 'prof.', 'rev', 'rev.', 'hon.', 'aunty', 'auntie', 'uncle', 'madam', 'madame', 'mdm', 'mdm.', 'mme', 'mme.']);

const HEADS = new Set(ROLE_HEADS);

/** The role heads as a list tested in place (`text.slice(i, j)` without the substring), for the whole-text pass. */
export const ROLE_HEAD_WORDS = wordList(ROLE_HEADS.filter((w) => /^[a-z-]+$/.test(w)));

/** Lowercase words that may stand inside a role before a name ("U.S. special envoy", "former prime minister"). */
const ROLE_MODIFIERS = new Set([
  'special', 'former', 'first', 'deputy', 'acting', 'interim', 'senior', 'junior', 'chief', 'vice', 'assistant', 'associate',
  'executive', 'foreign', 'defence', 'defense', 'finance', 'health', 'prime', 'state', 'federal', 'provincial',
  'municipal', 'city', 'police', 'fire', 'military', 'army', 'navy', 'top', 'general', 'attorney', 'presidential',
  'opposition', 'party', 'union', 'team', 'head', 'lead', 'co-', 'then', 'then-', 'longtime', 'long-time',
  'outgoing', 'incoming', 'newly', 'elected', 'retired', 'ex-', 'national', 'security', 'trade', 'economic',
  'environment', 'justice', 'public', 'safety', 'education', 'immigration', 'labour', 'labor', 'transport',
  'energy', 'agriculture', 'fisheries', 'industry', 'treasury', 'home', 'interior', 'culture', 'sports', 'tourism',
  'of', 'for', 'and', 'the', 'to', 'at', 'on', 'in', 'affairs', 'relations', 'development', 'services', 'staff',
  'ukrainian', 'russian', 'french', 'british', 'german', 'american', 'canadian', 'chinese', 'european', 'u.s.',
  'u.k.', 'uk', 'us', 'eu', 'nato', 'un', 'regional', 'local', 'county', 'district', 'communications', 'media',
  'press', 'policy', 'political', 'campaign', 'white', 'house', 'department', 'ministry', 'office', 'spokes',
]);

/** Whether a word (any case) heads a role or title: Minister, secretary, Sen., Dr., Vice-Premier. */
export function isRoleHead(word: string): boolean {
  if (HEADS.has(word) || (hasUpper(word) && HEADS.has(word.toLowerCase()))) return true;
  // a prefixed head: "Vice-Premier", "co-chair", "ex-minister", "deputy-mayor"
  const hyphen = word.indexOf('-');
  if (hyphen <= 0) return false;
  const first = word.slice(0, hyphen).toLowerCase();
  const rest = word.slice(hyphen + 1).toLowerCase();
  // (and two heads joined: "singer-songwriter", "player-manager", "actor-director")
  return (ROLE_PREFIXES.has(first) || HEADS.has(first)) && HEADS.has(rest);
}

const ROLE_PREFIXES = new Set(['vice', 'co', 'ex', 'deputy', 'acting', 'interim', 'sub', 'under', 'assistant']);

/** Whether an ASCII or other uppercase letter is in the word (callers mostly pass lowercase words already). */
function hasUpper(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 0xc0) return true; // beyond ASCII: let the lowercase lookup decide
  }
  return false;
}

/** Whether a lowercase word can stand inside a role phrase before the head or the name. */
export function isRoleModifier(word: string): boolean {
  return ROLE_MODIFIERS.has(word) || (hasUpper(word) && ROLE_MODIFIERS.has(word.toLowerCase()));
}

/** Whether a word is an honorific kept out of the canonical name (Mr., Dr., Sir). */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word) || (hasUpper(word) && HONORIFICS.has(word.toLowerCase()));
}

/**
 * Anonymous heads that are a person or a few, not a document or a crowd: "a spokesperson for Health Canada" is
 * someone of that body, where "a statement from the EU" is the EU's words.
 */
export const UNNAMED_PERSON_HEADS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'official', 'officials', 'source', 'sources', 'aide', 'aides',
  'representative', 'representatives', 'diplomat', 'diplomats', 'insider', 'insiders', 'figure', 'figures', 'analyst', 'analysts',
  'economist', 'economists', 'expert', 'experts', 'researchers', 'scientists', 'staff',
]);

// Kin: "the father said" speaks for someone's family, whom the text need not have named.
export const KIN = new Set(['mother', 'father', 'son', 'daughter', 'wife', 'husband', 'widow', 'widower', 'brother', 'sister', 'grandmother', 'grandfather', 'uncle', 'aunt', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'parent', 'parents']);
// Kin and the people close to someone: "The daughter of a man who died …", "a friend of the victim".
export const RELATION_HEADS = new Set([...KIN, 'friend', 'neighbour', 'neighbor', 'cousin', 'niece', 'nephew', 'relative', 'family', 'partner', 'colleague', 'ally', 'supporter', 'associate', 'confidant', 'confidante']);

/** Plain words for a person the text describes without naming ("a Toronto woman", "one local man"). */
export const PERSON_NOUNS = new Set([
  'woman', 'man', 'girl', 'boy', 'teen', 'teenager', 'resident', 'neighbour', 'neighbor', 'customer', 'passenger',
  'shopper', 'commuter', 'motorist', 'mother', 'father', 'student', 'worker', 'employee', 'tenant', 'homeowner',
  'patient', 'survivor', 'volunteer', 'parent', 'witness', 'victim', 'driver', 'relative', 'bystander', 'caller',
  'objector', 'islander', 'onlooker', 'traveller', 'traveler',
]);

/** Plural heads that name groups of anonymous speakers ("officials", "people familiar with the matter"). */
export const ANONYMOUS_HEADS = new Set([
  'people', 'persons', 'person', 'source', 'sources', 'official', 'officials', 'insider', 'insiders', 'figure', 'figures', 'diplomat',
  'diplomats', 'aide', 'aides', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'representatives',
  'someone', 'voice', 'voices', 'analysts', 'experts', 'observers', 'critics', 'residents', 'witnesses', 'police', 'investigators',
  'authorities', 'organizers', 'organisers', 'protesters', 'lawyers', 'statement', 'report', 'release', 'document', 'documents', 'review', 'audit', 'analysis',
  'court', 'lawsuit', 'filing', 'letter', 'post', 'memo', 'website', 'study', 'survey', 'poll', 'assessment', 'evaluation', 'inspection',
  // groups that speak as one ("protesters chanted", "students shout"): the group is as specific as the text gets
  'students', 'parents', 'workers', 'employees', 'fans', 'demonstrators', 'activists', 'supporters', 'voters',
  'teachers', 'doctors', 'nurses', 'scientists', 'researchers', 'economists', 'neighbours', 'neighbors', 'locals',
  'participants', 'delegates', 'advocates', 'opponents', 'lawmakers', 'legislators', 'crowd', 'crowds', 'staff',
  // one of the public, whom the text does not name ("a citizen, whose name is redacted, wrote", "a friend asked")
  'citizen', 'citizens', 'friend', 'viewer', 'viewers', 'reader', 'readers', 'passerby', 'bystander', 'onlooker', 'commenter',
  // a family speaks as one in statements ("the boy's family said"), whom the text need not name
  'family', 'relatives', 'couple', 'siblings', 'twins',
  // a prize's or a show's panel gives its verdict as one ("the judges called it …")
  'judges', 'jurors', 'jury', 'panel',
  // a paper's or a report's writers ("the study's authors wrote")
  'authors', 'co-authors',
  // a pupil by their year ("A Hollis Elementary fourth-grader who was on the bus told WKTV"), unnamed as children are
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', '12th'].map((year) => `${year}-grader`),
  'sixth-former', 'schoolgirl', 'schoolboy', 'pupil', 'pupils',
]);

/** Public institutions, whose word names a body whether it heads a description or ends a name ("Brackenridge Zoo"). */
export const INSTITUTION_WORDS = ['zoo', 'museum', 'library', 'theatre', 'theater', 'orchestra', 'prison', 'aquarium'];

/** Lowercase heads of descriptions that refer to a body, not a person ("the commission said", "the company said"). */
export const ORGANISATION_HEADS = new Set([
  'company', 'corporation', 'firm', 'agency', 'commission', 'ministry', 'department', 'board', 'union', 'government', 'council',
  'committee', 'association', 'organization', 'organisation', 'group', 'office', 'court', 'tribunal', 'university',
  'school', 'hospital', 'bank', 'network', 'airline', 'club', 'team', 'league', 'party', 'campaign', 'church',
  'institute', 'foundation', 'charity', 'service', 'city', 'province', 'municipality', 'district', 'county', 'borough', 'township', 'regulator', 'watchdog',
  'retailer', 'manufacturer', 'carmaker', 'automaker', 'insurer', 'startup', 'broadcaster', 'publisher', 'station',
  'utility', 'railway', 'railroad', 'operator', 'provider', 'developer', 'lender', 'chain', 'brand', 'ministry', 'carrier',
  'federation', 'alliance', 'coalition', 'co-op', 'co-operative', 'cooperative', 'trust', 'society', 'academy', 'authority', 'bureau', 'force', 'centre', 'center',
  // public institutions ("the zoo said", "the museum said")
  ...INSTITUTION_WORDS, 'gallery',
  'administration', 'secretariat', 'directorate', 'inspectorate', 'command',
  // the sides of a case, which speak as one in court ("the defence said", "the prosecution argued")
  'defence', 'defense', 'prosecution',
]);

/** Heads that name any body at all: "the company" is whichever organisation the text was just about. */
export const GENERIC_ORGANISATION_HEADS = new Set(['co-op', 'co-operative', 'cooperative', 'carrier', 'utility', 'railway', 'railroad', 'operator', 'provider', 'lender', 'chain', 'company', 'firm', 'agency', 'organization', 'organisation', 'group', 'retailer', 'manufacturer', 'carmaker', 'automaker', 'insurer', 'startup', 'broadcaster', 'publisher', 'network']);

// Plural group names that "say" things but are nobody: Republicans, Albertans, Democrats, Conservatives,
// Liberals, MPs.
const GROUP_WORD = /^(?:[\p{Lu}]{2,}s|\p{Lu}\p{Ll}{4,}(?:ans|crats|ists|ites|ives|als))$/u;

/** Whether a single capitalised word names a group of people (a party's members, a province's people), not one person. */
export function isGroupWord(word: string): boolean {
  return GROUP_WORD.test(word);
}
