/** Builds a `Language` from a folder's word lists (the shape every `<code>/words.ts` exports). */
import type { Language, Script, SpeechCues } from './types.js';

export interface WordLists {
  FUNCTION_WORDS: ReadonlySet<string>;
  ABBREVIATIONS: ReadonlySet<string>;
  STOPWORDS: ReadonlySet<string>;
  MONTHS: Readonly<Record<string, number>>;
  NUMBER_WORDS: Readonly<Record<string, number>>;
  HEDGES: readonly string[];
  HEADLINE_LABELS: ReadonlySet<string>;
  DESCRIPTORS: ReadonlySet<string>;
  PERSON_PRONOUNS: ReadonlySet<string>;
  THING_PRONOUNS: ReadonlySet<string>;
}

export function languageOf(
  id: { code: string; name: string; script: Script },
  w: WordLists,
  speech: SpeechCues,
  transliteration?: Readonly<Record<string, string>>,
): Language {
  return {
    ...id,
    functionWords: w.FUNCTION_WORDS,
    abbreviations: w.ABBREVIATIONS,
    stopwords: w.STOPWORDS,
    months: w.MONTHS,
    numberWords: w.NUMBER_WORDS,
    hedges: w.HEDGES,
    headlineLabels: w.HEADLINE_LABELS,
    descriptors: w.DESCRIPTORS,
    references: { person: w.PERSON_PRONOUNS, thing: w.THING_PRONOUNS },
    speech,
    ...(transliteration ? { transliteration } : {}),
  };
}
