/**
 * Language identification. Cyrillic text is told apart as Russian or Ukrainian by their
 * distinctive letters; Latin-script text whose words are mostly one registered language's
 * function words is that language (English, German); other text goes to franc (trigram profiles).
 * Returns ISO 639-1 where one exists, else the ISO 639-3 code, or `und`.
 */
import { franc } from 'franc-min';
import type { Stage } from '../doc/pipeline.js';
import { ISO3_TO_1 } from './data/iso639.js';
import { CYRILLIC, language, LANGUAGES } from '../lang/index.js';

const RU_WORDS = language('ru')!.functionWords;
const UK_WORDS = language('uk')!.functionWords;

const SAMPLE_CHARS = 2000;
const LATIN_SAMPLE = 1500;
/** Share of a language's function words above which a Latin-script text is that language without asking franc. */
const FUNCTION_SHARE = 0.12;
/** Fewer words than this are too few to count function words in. */
const MIN_WORDS = 3;
const CYRILLIC_G = new RegExp(CYRILLIC.source, 'g');
const LATIN = /[A-Za-z\u00C0-\u024F]/g;
const UK_ONLY = /[іїєґІЇЄҐ]/g;
const RU_ONLY = /[ыэъёЫЭЪЁ]/g;

export function identifyLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const cyr = count(sample, CYRILLIC_G);
  const lat = count(sample, LATIN);
  if (cyr + lat < 3) return 'und';
  if (cyr > lat) {
    const uk = count(sample, UK_ONLY);
    const ru = count(sample, RU_ONLY);
    if (uk > ru) return 'uk';
    if (ru > uk) return 'ru';
    const words = sample.toLowerCase().split(/[^\p{L}]+/u);
    const ruWords = words.filter((w) => RU_WORDS.has(w)).length;
    const ukWords = words.filter((w) => UK_WORDS.has(w)).length;
    if (ukWords > ruWords) return 'uk';
    if (ruWords > ukWords) return 'ru';
    return francTo1(sample, ['rus', 'ukr', 'bel', 'bul', 'srp', 'mkd']) ?? 'ru';
  }
  const latin = byFunctionWords(sample);
  if (latin) return latin;
  return francTo1(sample.length > LATIN_SAMPLE ? sample.slice(0, LATIN_SAMPLE) : sample) ?? 'und';
}

function francTo1(sample: string, only?: string[]): string | undefined {
  const code = franc(sample, only ? { minLength: 3, only } : { minLength: 3 });
  if (code === 'und') return undefined;
  return ISO3_TO_1[code] ?? code;
}

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

export const languageStage: Stage = {
  name: 'lang',
  requires: [],
  adds: ['lang'],
  run(doc) {
    doc.lang = identifyLanguage(doc.text);
  },
};

/** Fast path: a Latin-script text whose words are mostly one registered language's function words is that language. */
function byFunctionWords(sample: string): string | undefined {
  const words = sample.toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
  if (words.length < MIN_WORDS) return undefined;
  let best: string | undefined;
  let bestShare = FUNCTION_SHARE;
  for (const l of LANGUAGES) {
    if (l.script !== 'Latn') continue;
    let n = 0;
    for (const w of words) if (l.functionWords.has(w)) n++;
    if (n / words.length >= bestShare) {
      best = l.code;
      bestShare = n / words.length;
    }
  }
  return best;
}
