// Word lists the figures extractor consults around each candidate number. They are plain sets so every
// context check is one hash lookup: the scan stays linear however the text looks.

/** Cardinal number words below a hundred ("twenty-five" is read as twenty + five). */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Scale words, spelt out: they multiply what precedes them ("1.5 million", "two hundred"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['lakh', 1e5], ['crore', 1e7],
]);

/** Abbreviated scales glued to a number ("$5m", "3.2bn", "509k") or after money ("$5 mln"). */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9],
  ['t', 1e12], ['tn', 1e12], ['trn', 1e12], ['tr', 1e12],
]);

/** Plural scale words that only count as a (vague) figure before "of": "hundreds of thousands", "dozens of". */
export const PLURAL_SCALES: ReadonlyMap<string, number> = new Map([
  ['tens', 10], ['dozens', 12], ['hundreds', 1e2], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
  ['trillions', 1e12],
]);

/** Currency symbols standing before the amount. `$` alone is resolved per document (USD, or CAD in Canadian news). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₴', 'UAH'], ['₽', 'RUB'], ['₹', 'INR'], ['₩', 'KRW'], ['₺', 'TRY'],
  ['₪', 'ILS'], ['₦', 'NGN'], ['₱', 'PHP'], ['₫', 'VND'], ['₸', 'KZT'], ['₾', 'GEL'],
]);

/** Letters glued before `$` that name the dollar ("US$5", "C$3", "A$", "HK$"). Keys are upper-case, dots removed. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'], ['USD', 'USD'], ['C', 'CAD'], ['CA', 'CAD'], ['CAN', 'CAD'], ['CDN', 'CAD'], ['CAD', 'CAD'],
  ['A', 'AUD'], ['AU', 'AUD'], ['AUD', 'AUD'], ['NZ', 'NZD'], ['HK', 'HKD'], ['S', 'SGD'], ['SG', 'SGD'],
  ['R', 'BRL'], ['MX', 'MXN'], ['NT', 'TWD'],
]);

/** ISO 4217 codes written beside an amount ("USD 5 million", "10 billion UAH"). */
export const ISO_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'JPY', 'CNY', 'RMB', 'INR', 'UAH', 'RUB', 'HKD', 'SGD', 'SEK',
  'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'TRY', 'ILS', 'ZAR', 'BRL', 'MXN', 'KRW', 'TWD', 'SAR', 'AED', 'QAR', 'IRR',
  'EGP', 'NGN', 'KES', 'PKR', 'BDT', 'IDR', 'MYR', 'THB', 'PHP', 'VND', 'KZT', 'BYN', 'GEL', 'RON', 'BGN',
]);

/**
 * Currency names after the amount ("1 billion euros", "10 million hryvnias"). `dollars` is resolved per
 * document like `$`; the two-word names are looked up first ("Swiss francs", "Canadian dollars").
 */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['us dollars', 'USD'], ['u.s. dollars', 'USD'], ['american dollars', 'USD'], ['canadian dollars', 'CAD'],
  ['australian dollars', 'AUD'], ['hong kong dollars', 'HKD'], ['new zealand dollars', 'NZD'],
  ['swiss francs', 'CHF'], ['pounds sterling', 'GBP'], ['british pounds', 'GBP'], ['chinese yuan', 'CNY'],
  ['japanese yen', 'JPY'], ['indian rupees', 'INR'], ['ukrainian hryvnias', 'UAH'], ['russian roubles', 'RUB'],
  ['russian rubles', 'RUB'],
  ['dollars', '$'], ['dollar', '$'], ['euros', 'EUR'], ['euro', 'EUR'], ['pounds', 'GBP'], ['pound', 'GBP'],
  ['sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rupees', 'INR'], ['rupee', 'INR'],
  ['hryvnias', 'UAH'], ['hryvnia', 'UAH'], ['hryvnas', 'UAH'], ['hryvna', 'UAH'], ['hryvni', 'UAH'],
  ['roubles', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['ruble', 'RUB'], ['francs', 'CHF'], ['franc', 'CHF'],
  ['pesos', 'MXN'], ['lira', 'TRY'], ['liras', 'TRY'], ['rand', 'ZAR'], ['shekels', 'ILS'], ['shekel', 'ILS'],
  ['zlotys', 'PLN'], ['zloty', 'PLN'], ['kronor', 'SEK'], ['krona', 'SEK'], ['kroner', 'NOK'], ['rial', 'IRR'],
  ['rials', 'IRR'], ['riyals', 'SAR'], ['riyal', 'SAR'], ['dirhams', 'AED'], ['won', 'KRW'], ['naira', 'NGN'],
]);

/** Words that, after a number, make it a time span (not a figure): "three years", "48 hours", "10 days". */
export const DURATIONS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'h', 'day', 'days',
  'night', 'nights', 'week', 'weeks', 'weekend', 'weekends', 'fortnight', 'fortnights', 'month', 'months',
  'year', 'years', 'yr', 'yrs', 'decade', 'decades', 'century', 'centuries', 'millennium', 'millennia',
  'quarter', 'quarters', 'semester', 'semesters', 'term', 'terms', 'season', 'seasons', 'period', 'periods', 'o\'clock', 'year-old',
  'years-old', 'year-olds', 'month-old', 'week-old', 'day-old',
]);

/** Month names and abbreviations (capitalised in the text): a number next to one is a date. */
export const MONTHS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/**
 * Words before a number that make it a name or a reference, not a quantity ("Article 5", "page 4",
 * "Bill 96", "Flight 17", "Vision 2030"). Compared lower-case.
 */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  'article', 'articles', 'section', 'sections', 'chapter', 'clause', 'paragraph', 'para', 'page', 'pages', 'p',
  'pp', 'rule', 'resolution', 'amendment', 'proposition', 'prop', 'bill', 'act', 'phase', 'stage', 'level',
  'category', 'class', 'grade', 'division', 'flight', 'route', 'highway', 'interstate', 'channel', 'room',
  'suite', 'apartment', 'apt', 'floor', 'gate', 'platform', 'terminal', 'row', 'seat', 'lot', 'number', 'no',
  'nos', 'vol', 'volume', 'issue', 'episode', 'season', 'part', 'item', 'figure', 'fig', 'table', 'exhibit',
  'version', 'model', 'type', 'mark', 'mk', 'batch', 'ward', 'district', 'precinct', 'zone', 'sector', 'station',
  'pier', 'brigade', 'battalion', 'regiment', 'corps', 'squadron', 'fleet', 'order', 'windows', 'iphone',
  'boeing', 'airbus', 'apollo', 'vision', 'agenda', 'covid', 'unit', 'game', 'week', 'day', 'year', 'step',
  'line', 'bus', 'exit', 'junction', 'gen', 'generation', 'tier', 'title', 'schedule', 'form', 'box', 'lane',
  'verse', 'psalm', 'psalms', 'op', 'opus', 'no.', 'number.', 'ps', 'plan', 'track', 'cell', 'block', 'hangar',
  'hall', 'pavilion', 'stand', 'list', 'resolutions', 'camp', 'base', 'sol', 'cp', 'mp', 'km', 'mile',
  'kilometre', 'kilometer', 'marker', 'grid', 'ticket', 'case', 'file', 'dossier', 'reference', 'ref', 'code',
  'top', 'formula', 'catch', 'super', 'ps5', 'xbox', 'galaxy', 'pixel', 'cohort', 'bloc',
]);

/**
 * Words that end the search for a counted noun: function words, auxiliaries and time adverbs. A number
 * followed by one of these directly has no noun ("killed 22 yesterday", "Fifteen of them").
 */
export const NOUN_STOPS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'and', 'or', 'but', 'nor', 'the', 'a', 'an',
  'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'been',
  'being', 'am', 'have', 'has', 'had', 'having', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must',
  'shall', 'did', 'do', 'does', 'per', 'than', 'as', 'ago', 'last', 'next', 'each', 'since', 'until', 'till',
  'after', 'before', 'into', 'onto', 'over', 'under', 'across', 'including', 'according', 'said', 'says', 'say',
  'told', 'tells', 'if', 'when', 'while', 'where', 'because', 'so', 'then', 'there', 'here', 'yesterday', 'today',
  'tomorrow', 'tonight', 'now', 'also', 'only', 'just', 'still', 'even', 'already', 'ever', 'never', 'not', 'no',
  'out', 'up', 'down', 'off', 'about', 'around', 'through', 'during', 'between', 'against', 'among', 'amid',
  'toward', 'towards', 'via', 'like', 'unlike', 'within', 'beyond', 'behind', 'near', 'above', 'below', 'both',
  'either', 'neither', 'all', 'any', 'some', 'such', 'it', 'its', 'they', 'them', 'their', 'he', 'she', 'his',
  'her', 'we', 'our', 'you', 'your', 'i', 'my', 'me', 'us', 'him', 'itself', 'themselves', 'what', 'how', 'why',
  'whether', 'again', 'respectively', 'apiece', 'each', 'altogether', 'overall', 'total', 'combined', 'away',
  'later', 'earlier', 'soon', 'once', 'twice', 'times', 'percent', 'per-cent', 'pct', 'a.m.', 'p.m.', 'am', 'pm',
  'more', 'less', 'fewer', 'most', 'least', 'yet', 'too', 'very', 'much', 'many', 'few', 'several', 'other',
  'others', 'another', 'one', 'ones', 'were', 'get', 'got', 'gets', 'make', 'made', 'makes', 'take', 'took',
  'went', 'go', 'goes', 'came', 'come', 'comes', 'remain', 'remained', 'remains', 'left', 'died', 'killed',
  'wounded', 'injured', 'arrested', 'rose', 'fell', 'dropped', 'increased', 'decreased', 'grew', 'jumped',
  'climbed', 'surged', 'plunged', 'slipped', 'gained', 'lost', 'won', 'voted', 'signed', 'joined', 'attended',
  'straight', 'indicate', 'indicates', 'show', 'shows', 'suggest', 'suggests', 'mean', 'means', 'meant', 'dealt',
  'thanks', 'affords', 'appear', 'appears', 'need', 'needs', 'want', 'wants', 'became', 'become', 'tend', 'seem',
  'overnight', 'nationwide', 'worldwide', 'annually', 'monthly', 'weekly', 'daily', 'yearly', 'alone', 'each',
  'apart', 'instead', 'either', 'ahead', 'back', 'forward', 'home', 'abroad', 'elsewhere', 'together', 'per',
]);

/** Modifiers that may sit between a number and its noun even though they are in no noun position themselves. */
export const NOUN_MODIFIERS: ReadonlySet<string> = new Set([
  'more', 'other', 'additional', 'extra', 'new', 'fewer', 'further', 'separate', 'different', 'full', 'total',
  'such', 'same',
]);

/** Plural nouns that do not end in -s. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'personnel', 'police', 'staff', 'crew', 'aircraft', 'cattle', 'sheep',
  'fish', 'feet', 'teeth', 'mice', 'geese', 'data', 'media', 'criteria', 'phenomena', 'livestock', 'offspring',
  'spacecraft', 'watercraft', 'deer', 'swine', 'militia', 'infantry', 'clergy', 'youth', 'folk', 'kin',
  'salmon', 'bison', 'moose', 'faculty', 'alumni', 'fungi', 'cacti', 'nuclei', 'stimuli', 'indices', 'head',
]);

/**
 * Qualifiers kept in `approximation` (never in the span). Longest first so "just over" wins over "over".
 * Compared lower-case against the words right before the number.
 */
export const APPROXIMATORS: readonly string[] = [
  'more or less', 'as many as', 'as much as', 'as few as', 'as little as', 'as high as', 'as low as',
  'in excess of', 'upwards of', 'no more than', 'no fewer than', 'no less than', 'not more than',
  'a little over', 'a little under', 'a little more than', 'a little less than',
  'more than', 'less than', 'fewer than', 'up to', 'at least', 'at most', 'close to', 'just over', 'just under',
  'just below', 'just above', 'well over', 'well under', 'well above', 'well below', 'an estimated',
  'an average of', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'approx.',
  'over', 'under', 'estimated', 'circa', 'ca.', 'above', 'below', 'barely', 'near',
  'upward of', 'in the region of', 'some', '~',
];

/** A comparison after "N times" that makes the multiplier read ("three times as many", "five times more"). */
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([['twice', 2], ['thrice', 3]]);

/**
 * Nouns a digit compound may count ("a 12-member jury", "a 1,147-km pipeline", "an 18-hole playoff"). Other
 * compounds are names, weight classes or clubs ("205-pound title", "3-wood", "5-star") and not figures.
 */
export const COMPOUND_NOUNS: ReadonlySet<string> = new Set([
  'member', 'nation', 'country', 'party', 'state', 'province', 'city', 'strong', 'km', 'kilometre', 'kilometer',
  'mile', 'metre', 'meter', 'foot', 'feet', 'yard', 'inch', 'acre', 'hectare', 'tonne', 'ton', 'hole', 'bed', 'room',
  'storey', 'story', 'floor', 'seat', 'man', 'person', 'vehicle', 'car', 'truck', 'ship', 'vessel', 'megawatt',
  'gigawatt', 'kilowatt', 'mw', 'gw', 'kw', 'unit', 'school', 'store', 'team', 'game', 'bag', 'company', 'page',
]);

/** Words before a spelt-out number that make it a name or a step, not a quantity ("day two", "game seven"). */
export const WORD_REFERENCES: ReadonlySet<string> = new Set([
  'day', 'game', 'round', 'phase', 'stage', 'step', 'part', 'chapter', 'season', 'episode', 'number', 'no',
  'level', 'act', 'scene', 'book', 'volume', 'week', 'year', 'page', 'section', 'article', 'channel', 'gate',
  'terminal', 'platform', 'room', 'hole', 'lap',
]);
