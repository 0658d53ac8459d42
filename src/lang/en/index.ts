/** English. */
import type { Language } from '../types.js';
import { SPEECH } from './speech.js';
import { ABBREVIATIONS, DESCRIPTORS, FUNCTION_WORDS, HEADLINE_LABELS, HEDGES, MONTHS, NUMBER_WORDS, STOPWORDS } from './words.js';

export const en: Language = {
  code: 'en',
  name: 'English',
  script: 'Latn',
  functionWords: FUNCTION_WORDS,
  abbreviations: ABBREVIATIONS,
  stopwords: STOPWORDS,
  months: MONTHS,
  numberWords: NUMBER_WORDS,
  hedges: HEDGES,
  headlineLabels: HEADLINE_LABELS,
  descriptors: DESCRIPTORS,
  speech: SPEECH,
};
