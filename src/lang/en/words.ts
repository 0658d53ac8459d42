/** English words: identification, sentence ends, story terms, calendar, hedges, labels, roles. */

/** The most frequent English function words (none of them common words in other Latin-script languages). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'to', 'is', 'was', 'that', 'with', 'for', 'it', 'as', 'on', 'by', 'from', 'this',
  'which', 'have', 'has', 'had', 'were', 'are', 'be', 'been', 'their', 'they', 'he', 'she', 'his', 'her',
  'said', 'not', 'but', 'or', 'an', 'at', 'its', 'who', 'will', 'would', 'there', 'after', 'about',
]);

/** Titles, months, days, common short forms and AP-style US states. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and honorifics
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'st', 'jr', 'sr', 'messrs', 'amb', 'atty', 'insp',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // common
  'no', 'nos', 'vs', 'etc', 'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'assn', 'fig',
  'vol', 'p', 'pp', 'ft', 'mt', 'ave', 'blvd', 'rd', 'ph', 'al',
  // US states in AP style
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Terms shorter than the story-term minimum (5 letters) are dropped anyway, so short words are omitted. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'about', 'above', 'after', 'again', 'against', 'along', 'already', 'also', 'although', 'among', 'another',
  'around', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'could', 'does', 'doing', 'down',
  'during', 'each', 'either', 'even', 'ever', 'every', 'from', 'further', 'have', 'having', 'here', 'however',
  'into', 'itself', 'just', 'last', 'least', 'less', 'like', 'made', 'make', 'many', 'might', 'more', 'most',
  'much', 'must', 'never', 'news', 'once', 'only', 'other', 'others', 'over', 'own', 'rather', 'reported',
  'reports', 'said', 'same', 'says', 'several', 'should', 'since', 'some', 'still', 'such', 'than', 'that',
  'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through', 'under', 'until',
  'very', 'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'will', 'with', 'within', 'without',
  'would', 'year', 'years', 'your', 'according', 'citing', 'told', 'week', 'today', 'yesterday', 'people',
  'including', 'amid', 'across', 'raising', 'questions', 'underscores', 'reminder', 'stark',
  'situation', 'growing', 'recent', 'recently', 'continued', 'continue', 'meanwhile',
]);

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, hundred: 100, dozen: 12, dozens: 24, hundreds: 200, thousand: 1000, thousands: 2000,
  million: 1e6, billion: 1e9,
};

export const HEDGES: readonly string[] = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'ostensibly', 'rumored', 'rumoured',
  'it is claimed', 'it was claimed', 'it is said', 'it was said', 'it is reported', 'it was reported',
  'it is believed', 'it is alleged', 'it was alleged', 'is said to', 'are said to', 'was said to', 'were said to',
  'is believed to', 'are believed to', 'is thought to', 'are thought to', 'is alleged to', 'are alleged to',
  'unconfirmed reports', 'some reports', 'according to some reports', 'it appears', 'it seems',
  'some say', 'rumors', 'rumours', 'unverified',
];

export const HEADLINE_LABELS: ReadonlySet<string> = new Set([
  'breaking', 'urgent', 'alert', 'flash', 'warning', 'exclusive', 'update', 'updated', 'updates', 'developing', 'latest',
  'new', 'special', 'revealed', 'exposed', 'shocking', 'confirmed', 'official', 'analysis', 'opinion', 'editorial',
  'commentary', 'column', 'explainer', 'explained', 'factbox', 'fact', 'factcheck', 'review', 'recap', 'timeline',
  'interview', 'watch', 'listen', 'read', 'video', 'photos', 'photo', 'gallery', 'podcast', 'live', 'quiz', 'sponsored',
  'correction', 'clarification', 'note', 'editor', "editor's", 'obituary', 'the', 'a', 'in', 'on', 'how', 'why', 'what',
]);

export const DESCRIPTORS: ReadonlySet<string> = new Set([
  'expert', 'analyst', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'official',
  'officials', 'commander', 'general', 'colonel', 'major', 'captain', 'sergeant', 'soldier', 'officer',
  'governor', 'mayor', 'senator', 'lawmaker', 'deputy', 'head', 'chief', 'director', 'chairman', 'secretary',
  'ambassador', 'diplomat', 'journalist', 'correspondent', 'reporter', 'editor', 'blogger', 'witness',
  'resident', 'residents', 'source', 'sources', 'observer', 'scientist', 'professor', 'researcher',
  'adviser', 'advisor', 'aide', 'leader', 'candidate', 'nominee', 'prosecutor', 'judge', 'lawyer',
  'attorney', 'representative', 'envoy', 'premier', 'counselor', 'strategist', 'economist', 'historian',
]);

/** Pronoun sources that refer back to a person, or to an outlet or organisation. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its']);
