/** German words and cues. */
import type { PrepCue } from '../types.js';

export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'dem', 'des', 'sich', 'auch', 'auf', 'für', 'eine',
  'einen', 'einer', 'wurde', 'werden', 'wird', 'hat', 'haben', 'dass', 'nach', 'bei', 'aus', 'vom', 'zum', 'zur',
  'über', 'sind', 'noch', 'wie', 'oder', 'aber', 'sie', 'er', 'es', 'im', 'ein',
]);

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'bzw', 'usw', 'ca', 'nr', 'vgl', 'evtl', 'ggf', 'sog', 'dr', 'prof', 'hr', 'fr', 'jh', 'mio', 'mrd', 'str',
  'abs', 'bspw', 'inkl', 'zzgl', 'ehem', 'gegr', 'jan', 'feb', 'okt', 'dez',
]);

export const STOPWORDS: ReadonlySet<string> = new Set([
  'werden', 'wurde', 'wurden', 'worden', 'haben', 'hatte', 'hatten', 'einer', 'einem', 'einen', 'eines', 'diese',
  'dieser', 'dieses', 'diesem', 'diesen', 'nicht', 'sowie', 'schon', 'sagte', 'sagten', 'erklärte', 'unter',
  'gegen', 'zwischen', 'wieder', 'immer', 'bereits', 'allerdings', 'jedoch', 'damit', 'dabei', 'deren', 'dessen',
  'seine', 'seiner', 'seinen', 'seinem', 'ihrer', 'ihren', 'ihrem', 'welche', 'welcher', 'sollen', 'sollte',
  'könnte', 'können', 'müssen', 'heute', 'gestern', 'jahre', 'jahren', 'jahres', 'etwas', 'viele', 'vielen',
  'andere', 'anderen', 'nachdem', 'während', 'sodass', 'obwohl', 'außerdem', 'zudem', 'ebenfalls', 'berichtet',
]);

export const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9,
  oktober: 10, november: 11, dezember: 12, okt: 10, dez: 12,
};

/** "ein", "acht" and "elf" are left out: "ein" is the article, and the others are frequent words elsewhere. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, neun: 9, zehn: 10, zwölf: 12, zwanzig: 20,
  dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100, tausend: 1000, million: 1e6, millionen: 1e6,
  milliarde: 1e9, milliarden: 1e9,
};

export const HEDGES: readonly string[] = [
  'angeblich', 'mutmaßlich', 'vermeintlich', 'offenbar', 'anscheinend', 'vermutlich', 'unbestätigt', 'unbestätigten',
  'wie es heißt', 'heißt es', 'berichten zufolge', 'gerüchten zufolge', 'medienberichten zufolge',
];

export const HEADLINE_LABELS: ReadonlySet<string> = new Set([
  'eilmeldung', 'exklusiv', 'video', 'live', 'kommentar', 'analyse', 'interview', 'meinung', 'liveticker', 'update',
]);

export const DESCRIPTORS: ReadonlySet<string> = new Set([
  'sprecher', 'sprecherin', 'minister', 'ministerin', 'präsident', 'präsidentin', 'experte', 'expertin', 'analyst',
  'analystin', 'beamter', 'beamte', 'kommandeur', 'gouverneur', 'bürgermeister', 'bürgermeisterin', 'abgeordneter',
  'abgeordnete', 'botschafter', 'diplomat', 'journalist', 'journalistin', 'korrespondent', 'chef', 'chefin', 'leiter',
  'leiterin', 'vorsitzender', 'vorsitzende', 'quelle', 'quellen', 'politiker', 'politikerin', 'zeuge', 'zeugin',
  'militärexperte', 'regierungssprecher', 'kanzler', 'kanzlerin', 'premierminister', 'außenminister',
]);

/** Speech verbs with their forms; weak ones need "dass", a colon, a quotation or the inverted order. */
export const VERBS: ReadonlyArray<{ forms: string[]; weak?: boolean }> = [
  { forms: ['sagte', 'sagten', 'sagt', 'sagen', 'gesagt'] },
  { forms: ['erklärte', 'erklärten', 'erklärt'] },
  { forms: ['betonte', 'betonten', 'betont'] },
  { forms: ['berichtete', 'berichteten', 'berichtet'] },
  { forms: ['schrieb', 'schrieben', 'schreibt', 'geschrieben'] },
  { forms: ['meinte', 'meinten', 'meint'] },
  { forms: ['behauptete', 'behaupteten', 'behauptet'] },
  { forms: ['warnte', 'warnten', 'warnt'] },
  { forms: ['äußerte', 'äußerten'] },
  { forms: ['bestätigte', 'bestätigten', 'bestätigt'] },
  { forms: ['verkündete', 'verkündeten'] },
  { forms: ['unterstrich', 'unterstrichen'] },
  { forms: ['kritisierte', 'kritisierten'] },
  { forms: ['antwortete', 'antworteten'] },
  { forms: ['teilte', 'teilten', 'mitgeteilt'], weak: true },
  { forms: ['fügte', 'fügten'], weak: true },
  // "„…“, so Putin": "so" is a cue only in that inverted order (weak elsewhere).
  { forms: ['so'], weak: true },
];

export const PREP_CUES: readonly PrepCue[] = [
  { words: ['laut'], kind: 'according' },
  { words: ['nach', 'angaben', 'von'], kind: 'according' },
  { words: ['nach', 'angaben', 'des'], kind: 'according' },
  { words: ['nach', 'angaben', 'der'], kind: 'according' },
  { words: ['nach', 'ansicht', 'von'], kind: 'according' },
  { words: ['nach', 'meinung', 'von'], kind: 'according' },
  { words: ['gemäß'], kind: 'according' },
  { words: ['unter', 'berufung', 'auf'], kind: 'citing' },
];

export const SOURCE_STOP: ReadonlySet<string> = new Set([
  'dass', 'und', 'aber', 'oder', 'weil', 'wenn', 'als', 'ob', 'nicht', 'wie', 'wo', 'denn', 'sondern', 'doch',
  'hat', 'habe', 'hatte', 'ist', 'war', 'wurde', 'sei',
  // separable particles of speech verbs ("teilte die Behörde mit", "fügte er hinzu")
  'mit', 'hinzu',
]);
export const PRONOUNS: ReadonlySet<string> = new Set(['er', 'sie', 'es', 'wir', 'ich']);
export const THAT: ReadonlySet<string> = new Set(['dass', 'daß']);

/** Pronoun sources that refer back to a person, or to an outlet or organisation. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['er', 'sie']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set([]);
