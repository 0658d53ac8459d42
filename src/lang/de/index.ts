/** German: a first version (cue and hedge lists, a hand-labelled test table in de.test.ts). */
import { languageOf } from '../build.js';
import type { SpeechCues, VerbInfo } from '../types.js';
import * as W from './words.js';

const VERBS = new Map<string, VerbInfo>();
for (const v of W.VERBS) for (const f of v.forms) VERBS.set(f, { object: false, weak: v.weak === true });

const SPEECH: SpeechCues = {
  verb: (norm) => VERBS.get(norm),
  learned: false,
  prep: [...W.PREP_CUES].sort((a, b) => b.words.length - a.words.length),
  nouns: new Set(),
  // Verb-second order puts the verb before its subject after a quotation: "„…“, sagte Scholz".
  inverts: () => true,
  anySourceAfter: true,
  between: new Set(['hat', 'habe', 'hatte', 'auch', 'bereits', 'zuvor', 'zudem', 'erneut', 'nun', 'jetzt']),
  sourceStop: W.SOURCE_STOP,
  pronouns: W.PRONOUNS,
  anaphoric: new Set(),
  verbSecond: true,
  particles: new Set(['mit', 'hinzu']),
  determiners: new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen']),
  that: W.THAT,
};

export const de = languageOf({ code: 'de', name: 'German', script: 'Latn' }, W, SPEECH);
