/**
 * A learned English cue detector: an averaged perceptron over the words around a token, trained
 * on PolNeAR train by scripts/train-cue-model.ts. It scores "this token heads an attribution cue";
 * the frames then find source and content around it as for any other cue.
 */
import type { Token } from '../doc/types.js';
import MODEL from './data/cue-model.json' with { type: 'json' };

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
const WEIGHTS = new Map<string, number>(Object.entries((MODEL as { weights: Record<string, number> }).weights));
/** Thresholds on the score (chosen on PolNeAR dev): above HIGH any word is a cue; lexicon cues need only LOW. */
export const CUE_THRESHOLDS = { high: -0.5, low: -2.5 };

function shape(text: string, t: Token | undefined): string {
  if (!t) return '_';
  if (t.kind === 'punct' || t.kind === 'symbol') return t.norm;
  if (t.kind === 'number') return '#';
  if (PRONOUNS.has(t.norm)) return 'PRON';
  const c = text[t.start]!;
  return c !== c.toLowerCase() ? 'Cap' : 'low';
}

/**
 * Feature strings for token `k` of a sentence spanning tokens [a, b). Shared by training and
 * inference so that both see exactly the same features.
 */
export function cueFeatures(text: string, tokens: readonly Token[], k: number, a: number, b: number): string[] {
  const t = tokens[k]!;
  const w = t.norm;
  const at = (i: number): Token | undefined => (i >= a && i < b ? tokens[i] : undefined);
  const p = at(k - 1);
  const p2 = at(k - 2);
  const n = at(k + 1);
  const n2 = at(k + 2);
  const pw = p?.norm ?? '<s>';
  const nw = n?.norm ?? '</s>';
  const l = lemma(w);
  return [
    'b',
    `w=${w}`,
    `s3=${w.slice(-3)}`,
    `p=${pw}`,
    `n=${nw}`,
    `p2=${p2?.norm ?? '<s>'}`,
    `n2=${n2?.norm ?? '</s>'}`,
    `wn=${w}|${nw}`,
    `pw=${pw}|${w}`,
    `ps=${shape(text, p)}`,
    `ns=${shape(text, n)}`,
    `ps2=${shape(text, p2)}|${shape(text, p)}`,
    `ws=${shape(text, t)}`,
    `s3n=${w.slice(-3)}|${nw}`,
    `first=${k === a}`,
    // The stem shares evidence between inflections: "worries", "worried".
    `l=${l}`,
    `ln=${l}|${nw}`,
    `pl=${pw}|${l}`,
  ];
}

/** A crude English lemma: the stem without -s, -es, -ed, -ing ("worries", "worried" → "worri"). */
function lemma(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) return w.slice(0, -1);
  return w;
}

/**
 * Cheap gate before scoring: a word whose own weight is very negative, or that the model never
 * saw, is not worth the context features (most tokens of an article stop here).
 */
export function cueCandidate(norm: string): boolean {
  const w = WEIGHTS.get(`w=${norm}`);
  return w !== undefined && w > GATE;
}
const GATE = -1;

/** Perceptron score of token `k` being a cue head (> 0 means yes at the trained bias). */
export function cueScore(text: string, tokens: readonly Token[], k: number, a: number, b: number): number {
  let s = 0;
  for (const f of cueFeatures(text, tokens, k, a, b)) s += WEIGHTS.get(f) ?? 0;
  return s;
}
