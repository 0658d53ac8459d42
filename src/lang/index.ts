/**
 * The language registry. Adding a language: one folder exporting a `Language` (see types.ts and
 * en/ for the shape) and one line in LANGUAGES.
 *
 * Stages read a sentence's language with `sentenceLanguage`: the document's language (the `lang`
 * layer) unless the sentence is written in another script. A language that is not registered
 * gives `undefined`: the stages then find mentions and numbers only, never applying another
 * language's cues.
 */
import { de } from './de/index.js';
import { en } from './en/index.js';
import { ru } from './ru/index.js';
import { uk } from './uk/index.js';
import type { Language, Script } from './types.js';

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

/** The script most letters of `text` are written in, if Latin or Cyrillic. */
export function dominantScript(text: string): Script | undefined {
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
  }
  if (latin + cyrillic === 0) return undefined;
  return cyrillic > latin ? 'Cyrl' : 'Latn';
}

/** Letters only Ukrainian or only Russian uses. */
const UK_ONLY = /[іїєґ]/iu;
const RU_ONLY = /[ыэъё]/iu;
/** Share of a language's function words above which a short Latin-script sentence is that language. */
const SENTENCE_SHARE = 0.12;

/**
 * The language of one sentence of a document in `docLang`: the document's own when the sentence
 * is in that language's script; otherwise told by distinctive letters (Cyrillic) or function
 * words (Latin) among the registered languages of the sentence's script. Undefined when no
 * registered language fits.
 */
export function sentenceLanguage(sentence: string, docLang: string): Language | undefined {
  const doc = BY_CODE.get(docLang);
  const script = dominantScript(sentence);
  if (script === undefined || (doc && doc.script === script)) return doc;
  if (script === 'Cyrl') {
    if (UK_ONLY.test(sentence) && !RU_ONLY.test(sentence)) return uk;
    return ru;
  }
  const words = sentence.toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
  let best: Language | undefined;
  let bestShare = SENTENCE_SHARE;
  for (const l of LANGUAGES) {
    if (l.script !== 'Latn') continue;
    const share = words.filter((w) => l.functionWords.has(w)).length / Math.max(1, words.length);
    if (share >= bestShare) {
      best = l;
      bestShare = share;
    }
  }
  return best;
}

function union<T>(sets: Iterable<ReadonlySet<T>>): ReadonlySet<T> {
  const out = new Set<T>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
}

/** Abbreviations of every registered language: a period after any of them ends no sentence. */
export const ALL_ABBREVIATIONS: ReadonlySet<string> = union(LANGUAGES.map((l) => l.abbreviations));
/** Pronouns of every registered language (a pronoun is never a new source, whatever the language). */
export const ALL_PRONOUNS: ReadonlySet<string> = union(LANGUAGES.map((l) => l.speech.pronouns));
/** Role nouns of every registered language: mentions are found the same way in every language. */
export const ALL_DESCRIPTORS: ReadonlySet<string> = union(LANGUAGES.map((l) => l.descriptors));
/** Month names of every registered language → month number (date mentions cross languages). */
export const ALL_MONTHS: Readonly<Record<string, number>> = Object.assign({}, ...LANGUAGES.map((l) => l.months));
/** Letters → Latin over every registered non-Latin script, for script-independent name keys. */
export const TRANSLITERATION: Readonly<Record<string, string>> = Object.assign({}, ...LANGUAGES.map((l) => l.transliteration ?? {}));
