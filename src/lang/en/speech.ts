/** The English speech-cue lexicon: hand-written verbs with their forms, plus forms derived from PolNeAR train. */
import { EN_BETWEEN, EN_INVERTING, EN_NOUN_CUES, EN_PREP_CUES, EN_PRONOUNS, EN_SOURCE_STOP, EN_VERB_CUES } from './cues.js';
import DERIVED from './cues-derived.json' with { type: 'json' };
import type { SpeechCues, VerbInfo } from '../types.js';

/** Derived forms that are not verb cues in Sift's frames (prepositions, hedges, adverbs). */
const NOT_VERBS = new Set(['according', 'reportedly', 'citing', 'quoting', 'referring', 'widely', 'per', 'in', 'for', 'to', 'from', 'by']);

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

function englishVerb(norm: string): VerbInfo | undefined {
  return EN_VERBS.get(norm);
}

export const SPEECH: SpeechCues = {
  verb: englishVerb,
  learned: true,
  prep: [...EN_PREP_CUES].sort((a, b) => b.words.length - a.words.length),
  nouns: EN_NOUN_CUES,
  inverts: (norm) => EN_INVERTING.has(norm),
  anySourceAfter: false,
  between: EN_BETWEEN,
  sourceStop: EN_SOURCE_STOP,
  pronouns: EN_PRONOUNS,
  anaphoric: new Set(),
  verbSecond: false,
  particles: new Set(),
  determiners: new Set(),
  that: new Set(),
};
