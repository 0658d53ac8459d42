/** Cue lookups built once from the cue lists in `data/`. */
import { EN_NOUN_CUES, EN_VERB_CUES, EN_PREP_CUES } from './data/cues-en.js';
import DERIVED from './data/cues-en-derived.json' with { type: 'json' };

/** Derived forms that are not verb cues in Sift's frames (prepositions, hedges, adverbs). */
const NOT_VERBS = new Set(['according', 'reportedly', 'citing', 'quoting', 'referring', 'widely', 'per', 'in', 'for', 'to', 'from', 'by']);
import { SLAVIC_PREP_CUES, SLAVIC_VERB_ENDINGS, SLAVIC_VERB_STEMS } from './data/cues-ru-uk.js';

export interface VerbInfo {
  object: boolean;
  /** Forms that are often nouns or non-speech verbs: need "that"/":" or a clear frame. */
  weak: boolean;
  /** Found by the learned detector only, not by the lexicon. */
  learned?: boolean;
}

/** Forms that are also common nouns, adjectives, or perception verbs. */
const WEAK_FORMS = new Set([
  'report', 'reports', 'claim', 'claims', 'state', 'states', 'note', 'notes', 'show', 'shows', 'showed', 'shown',
  'find', 'finds', 'found', 'estimate', 'estimates', 'estimated', 'posts', 'posted', 'quote', 'quotes', 'warning',
  'charge', 'charges', 'charged', 'fear', 'fears', 'feared', 'hope', 'hopes', 'hoped', 'point', 'points', 'ask',
  'asks', 'asked', 'expected', 'expect', 'expects', 'learned', 'learnt', 'learn', 'know', 'knows', 'knew',
  'agree', 'agrees', 'agreed', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'written',
  'cite', 'cites', 'cited', 'quoted', 'indicate', 'indicates', 'indicated', 'blame', 'blames', 'blamed',
  'accuse', 'accuses', 'accused', 'add', 'adds', 'adding', 'saying', 'telling', 'reporting', 'writing', 'warning',
  'stating', 'noting', 'stress', 'stresses', 'forecast', 'forecasts', 'recall', 'recalls', 'concluded',
  'conclude', 'concludes', 'maintain', 'maintains', 'maintained', 'observe', 'observed', 'remark', 'remarks',
  'describing', 'revealing', 'posted', 'tweet', 'tweets', 'reply', 'replies', 'respond', 'responds', 'responded',
  'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'urge', 'urges', 'complain', 'complains',
  'predicted', 'predict', 'predicts', 'mused', 'wondered', 'remind', 'reminds', 'inform', 'informs', 'assure',
  'assures', 'testify', 'testifies', 'emphasise', 'emphasize', 'emphasizes', 'concede', 'concedes',
]);

const EN_VERBS = new Map<string, VerbInfo>();
for (const v of EN_VERB_CUES) {
  for (const f of v.forms) EN_VERBS.set(f, { object: v.object === true, weak: WEAK_FORMS.has(f) });
}

/** Forms learned from PolNeAR train (scripts/derive-cues.ts): strong at ratio ≥ 0.5, weak from 0.3. */
const DERIVED_STRONG = 0.4;
const DERIVED_WEAK = 0.3;
for (const [form, stat] of Object.entries(DERIVED.forms)) {
  if (EN_VERBS.has(form) || EN_NOUN_CUES.has(form) || NOT_VERBS.has(form) || stat.ratio < DERIVED_WEAK) continue;
  EN_VERBS.set(form, { object: false, weak: stat.ratio < DERIVED_STRONG });
}

export function englishVerb(norm: string): VerbInfo | undefined {
  return EN_VERBS.get(norm);
}

const STEMS = [...new Set(SLAVIC_VERB_STEMS)].sort((a, b) => b.length - a.length);
const ENDINGS = new Set(SLAVIC_VERB_ENDINGS.map((e) => e));
const SLAVIC_CACHE = new Map<string, VerbInfo | null>();

/** Russian/Ukrainian verb cue: a known stem followed by a verb ending (optionally reflexive -ся/-сь). */
export function slavicVerb(norm: string): VerbInfo | undefined {
  const cached = SLAVIC_CACHE.get(norm);
  if (cached !== undefined) return cached ?? undefined;
  let info: VerbInfo | null = null;
  const base = norm.replace(/(?:ся|сь)$/, '');
  for (const stem of STEMS) {
    if (base.startsWith(stem) && ENDINGS.has(base.slice(stem.length))) {
      info = { object: false, weak: base.length - stem.length === 0 };
      break;
    }
  }
  if (SLAVIC_CACHE.size < 50_000) SLAVIC_CACHE.set(norm, info);
  return info ?? undefined;
}

export interface PrepCue {
  words: string[];
  kind: 'according' | 'citing';
}

/** Multi-word prepositional cues of every language, longest first. */
export const PREP_CUES: readonly PrepCue[] = [...EN_PREP_CUES, ...SLAVIC_PREP_CUES].sort((a, b) => b.words.length - a.words.length);
