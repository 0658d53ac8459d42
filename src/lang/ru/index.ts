/** Russian. */
import { CYRILLIC_TO_LATIN, eastSlavicSpeech, stemVerbs } from '../east-slavic.js';
import type { Language } from '../types.js';
import * as W from './words.js';

export const ru: Language = {
  code: 'ru',
  name: 'Russian',
  script: 'Cyrl',
  functionWords: W.FUNCTION_WORDS,
  abbreviations: W.ABBREVIATIONS,
  stopwords: W.STOPWORDS,
  months: W.MONTHS,
  numberWords: W.NUMBER_WORDS,
  hedges: W.HEDGES,
  headlineLabels: W.HEADLINE_LABELS,
  descriptors: W.DESCRIPTORS,
  speech: eastSlavicSpeech({
    verb: stemVerbs(W.VERB_STEMS),
    prep: W.PREP_CUES,
    sourceStop: W.SOURCE_STOP,
    pronouns: W.PRONOUNS,
    anaphoric: W.ANAPHORIC,
    that: W.THAT,
  }),
  transliteration: CYRILLIC_TO_LATIN,
};
