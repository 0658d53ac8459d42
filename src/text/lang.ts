/**
 * Language identification. Cyrillic text is told apart as Russian or Ukrainian by their
 * distinctive letters; Latin-script and other text goes to franc (trigram profiles).
 * Returns ISO 639-1 where one exists, else the ISO 639-3 code, or `und`.
 */
import { franc } from 'franc-min';
import type { Stage } from '../doc/pipeline.js';
import { ISO3_TO_1 } from './data/iso639.js';
import { EN_WORDS, RU_WORDS, UK_WORDS } from './data/function-words.js';

const SAMPLE_CHARS = 2000;
const LATIN_SAMPLE = 1500;
/** Share of English function words above which a Latin-script text is English without asking franc. */
const EN_SHARE = 0.12;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/g;
const UK_ONLY = /[іїєґІЇЄҐ]/g;
const RU_ONLY = /[ыэъёЫЭЪЁ]/g;

export function identifyLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const cyr = count(sample, CYRILLIC);
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
  if (looksEnglish(sample)) return 'en';
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

/** Fast path: a text whose words are mostly English function words is English. */
function looksEnglish(sample: string): boolean {
  const words = sample.slice(0, 2000).toLowerCase().split(/[^a-z']+/);
  let n = 0;
  let en = 0;
  for (const w of words) {
    if (!w) continue;
    n++;
    if (EN_WORDS.has(w)) en++;
  }
  return n >= 20 && en / n >= EN_SHARE;
}
