/**
 * What Russian and Ukrainian share: speech verbs are found as a stem plus an ending (one entry
 * covers сообщил/сообщила/сообщили/сообщает, повідомив/повідомляє), and one romanisation of the
 * Cyrillic letters for script-independent name keys. Each language lists its own stems.
 */
import { languageOf, type WordLists } from './build.js';
import type { Language, PrepCue, SpeechCues, VerbInfo } from './types.js';

/** Verb endings after a stem (past, present, infinitive-less forms) of both languages. */
const VERB_ENDINGS: ReadonlySet<string> = new Set([
  'л', 'ла', 'ли', 'ло', 'ил', 'ила', 'или', 'ило', 'ал', 'ала', 'али', 'ало', 'ел', 'ела', 'ели',
  'ет', 'ют', 'ит', 'ят', 'ает', 'ают', 'ует', 'уют', 'ат', 'ив',
  'ів', 'в', 'є', 'ють', 'ить', 'ять', 'ує', 'ують', 'ає', 'ають', 'іла', 'іли',
  'ув', 'ула', 'ули', 'ав', 'ес', 'есла', 'если', 'ов', 'ова',
  '', 'а', 'и', 'ут', 'е',
]);

/** A verb lookup over `stems`: a stem followed by one of the endings, optionally reflexive (-ся/-сь). */
export function stemVerbs(stems: readonly string[]): (norm: string) => VerbInfo | undefined {
  const sorted = [...new Set(stems)].sort((a, b) => b.length - a.length);
  const cache = new Map<string, VerbInfo | null>();
  return (norm) => {
    const cached = cache.get(norm);
    if (cached !== undefined) return cached ?? undefined;
    let info: VerbInfo | null = null;
    const base = norm.endsWith('ся') || norm.endsWith('сь') ? norm.slice(0, -2) : norm;
    for (const stem of sorted) {
      if (base.startsWith(stem) && VERB_ENDINGS.has(base.slice(stem.length))) {
        info = { object: false, weak: base.length === stem.length };
        break;
      }
    }
    if (cache.size < 50_000) cache.set(norm, info);
    return info ?? undefined;
  };
}

/** What an East Slavic language's `words.ts` exports besides the common word lists. */
export interface EastSlavicWords extends WordLists {
  VERB_STEMS: readonly string[];
  PREP_CUES: readonly PrepCue[];
  SOURCE_STOP: ReadonlySet<string>;
  PRONOUNS: ReadonlySet<string>;
  ANAPHORIC: ReadonlySet<string>;
  THAT: ReadonlySet<string>;
}

/** An East Slavic language: stem-and-ending verbs, and inverted order ("…, — заявил глава") as ordinary. */
export function eastSlavicLanguage(id: { code: string; name: string }, w: EastSlavicWords): Language {
  const speech: SpeechCues = {
    verb: stemVerbs(w.VERB_STEMS),
    prep: [...w.PREP_CUES].sort((a, b) => b.words.length - a.words.length),
    sourceStop: w.SOURCE_STOP,
    pronouns: w.PRONOUNS,
    anaphoric: w.ANAPHORIC,
    that: w.THAT,
    learned: false,
    inverts: () => true,
    anySourceAfter: true,
    between: new Set(),
    nouns: new Set(),
    verbSecond: false,
    determiners: new Set(),
    particles: new Set(),
  };
  return languageOf({ ...id, script: 'Cyrl' }, w, speech, CYRILLIC_TO_LATIN);
}

/**
 * Cyrillic → Latin letters for script-independent name keys: one simplified romanisation for
 * both languages; the key normaliser folds the remaining differences between romanisation
 * systems (y/i/j, kh/h, g/h).
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'i',
  і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'iu', я: 'ia', "'": '', '’': '', ʼ: '',
};
