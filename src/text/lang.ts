/**
 * Language identification. Cyrillic text is told apart as Russian or Ukrainian by their
 * distinctive letters; Latin-script text whose words are mostly one registered language's
 * function words is that language (English, German); other text goes to franc (trigram profiles).
 * Returns ISO 639-1 where one exists, else the ISO 639-3 code, or `und`.
 */
import { franc } from 'franc-min';
import type { Stage } from '../doc/pipeline.js';
import { ISO3_TO_1 } from './data/iso639.js';
import { cyrillicLanguage, latinLanguage, scriptCounts } from '../lang/identify.js';

const SAMPLE_CHARS = 2000;
const LATIN_SAMPLE = 1500;
/** Fewer words than this are too few to count function words in. */
const MIN_WORDS = 3;

export function identifyLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const { latin: lat, cyrillic: cyr } = scriptCounts(sample);
  if (cyr + lat < 3) return 'und';
  if (cyr > lat) return cyrillicLanguage(sample) ?? francTo1(sample, ['rus', 'ukr', 'bel', 'bul', 'srp', 'mkd']) ?? 'ru';
  const latin = latinLanguage(sample, MIN_WORDS);
  if (latin) return latin;
  return francTo1(sample.length > LATIN_SAMPLE ? sample.slice(0, LATIN_SAMPLE) : sample) ?? 'und';
}

function francTo1(sample: string, only?: string[]): string | undefined {
  const code = franc(sample, only ? { minLength: 3, only } : { minLength: 3 });
  if (code === 'und') return undefined;
  return ISO3_TO_1[code] ?? code;
}

export const languageStage: Stage = {
  name: 'lang',
  requires: [],
  adds: ['lang'],
  run(doc) {
    doc.lang = identifyLanguage(doc.text);
  },
};
