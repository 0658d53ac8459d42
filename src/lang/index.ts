/**
 * The language registry. Adding a language: one folder exporting a `Language` (see types.ts and
 * en/ for the shape) and one line in LANGUAGES.
 *
 * Stages read each sentence's language with `sentenceLanguages` (sentences.ts). A language that
 * is not registered gives `undefined`: the stages then find mentions and numbers only, never
 * applying another language's cues.
 */
import { de } from './de/index.js';
import { en } from './en/index.js';
import { ru } from './ru/index.js';
import { uk } from './uk/index.js';
import type { Language } from './types.js';

export type { Language, PrepCue, Script, SpeechCues, VerbInfo } from './types.js';

export const LANGUAGES: readonly Language[] = [en, ru, uk, de];

const BY_CODE = new Map(LANGUAGES.map((l) => [l.code, l]));

/** The registered language with this code, or undefined. */
export function language(code: string): Language | undefined {
  return BY_CODE.get(code);
}

/** Whether Sift has cue lists for this language (otherwise: mentions and numbers only). */
export function isSupported(code: string): boolean {
  return BY_CODE.has(code);
}

/** A Cyrillic letter (the one definition: test with `.test`, count with `new RegExp(CYRILLIC.source, 'g')`). */
export const CYRILLIC = /[\u0400-\u04FF]/;

function union<T>(sets: Iterable<ReadonlySet<T>>): ReadonlySet<T> {
  const out = new Set<T>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
}

/** Abbreviations of every registered language: a period after any of them ends no sentence. */
export const ALL_ABBREVIATIONS: ReadonlySet<string> = union(LANGUAGES.map((l) => l.abbreviations));
/** Pronouns of every registered language (a pronoun is never a new source, whatever the language). */
export const ALL_PRONOUNS: ReadonlySet<string> = union(LANGUAGES.map((l) => l.speech.pronouns));
/** Pronouns referring to a person, and to an outlet or organisation, in every registered language (naming a source crosses languages). */
export const ALL_PERSON_PRONOUNS: ReadonlySet<string> = union(LANGUAGES.map((l) => l.references.person));
export const ALL_THING_PRONOUNS: ReadonlySet<string> = union(LANGUAGES.map((l) => l.references.thing));
/** Role nouns of every registered language: mentions are found the same way in every language. */
export const ALL_DESCRIPTORS: ReadonlySet<string> = union(LANGUAGES.map((l) => l.descriptors));
/** Month names of every registered language → month number (date mentions cross languages). */
export const ALL_MONTHS: Readonly<Record<string, number>> = Object.assign({}, ...LANGUAGES.map((l) => l.months));
/** Letters → Latin over every registered non-Latin script, for script-independent name keys. */
export const TRANSLITERATION: Readonly<Record<string, string>> = Object.assign({}, ...LANGUAGES.map((l) => l.transliteration ?? {}));
