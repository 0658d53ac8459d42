/**
 * Hedged claims: sentences carrying a hedge cue ("reportedly", "якобы", "нібито") where the cue
 * is not inside content attributed to a named source.
 */
import type { Stage } from '../doc/pipeline.js';
import type { Doc, Hedge } from '../doc/types.js';
import type { Language } from '../lang/index.js';
import { sentenceLanguages } from '../lang/sentences.js';
import { containment } from '../doc/sorted.js';

interface HedgeLookup {
  cues: readonly string[][];
  firstWords: ReadonlySet<string>;
}
const LOOKUPS = new WeakMap<Language, HedgeLookup>();

/** A language's hedge cues as token sequences, longest first, with their first words. */
function lookup(lang: Language): HedgeLookup {
  let l = LOOKUPS.get(lang);
  if (!l) {
    const cues = lang.hedges.map((c) => c.split(' ')).sort((a, b) => b.length - a.length);
    l = { cues, firstWords: new Set(cues.map((c) => c[0]!)) };
    LOOKUPS.set(lang, l);
  }
  return l;
}

export function findHedges(doc: Doc): Hedge[] {
  const out: Hedge[] = [];
  const tokens = doc.tokens;
  const langs = sentenceLanguages(doc);
  const attributed = containment(doc.attributions.map((a) => a.content));
  let ti = 0;
  doc.sentences.forEach((s, si) => {
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    const lang = langs[si];
    if (!lang) return;
    const { cues, firstWords } = lookup(lang);
    for (let k = ti; k < tokens.length && tokens[k]!.end <= s.end; k++) {
      if (!firstWords.has(tokens[k]!.norm)) continue;
      const cue = cues.find((c) => c.every((w, x) => tokens[k + x]?.norm === w && tokens[k + x]!.end <= s.end));
      if (!cue) continue;
      const start = tokens[k]!.start;
      const end = tokens[k + cue.length - 1]!.end;
      if (attributed(start, end)) continue;
      out.push({
        start: s.start,
        end: s.end,
        text: doc.text.slice(s.start, s.end),
        cue: { start, end, text: doc.text.slice(start, end) },
        sentence: si,
      });
      break;
    }
  });
  return out;
}

export const hedgeStage: Stage = {
  name: 'hedged',
  requires: ['sentences', 'tokens', 'attributions'],
  adds: ['hedged'],
  run(doc) {
    doc.hedged = findHedges(doc);
  },
};
