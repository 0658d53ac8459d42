/**
 * Learned content boundaries for English "X said C" frames: two averaged-perceptron rankers,
 * trained on PolNeAR train by scripts/train-boundary-model.ts, choose where the content starts
 * (among the first tokens after the cue) and where it ends (among the token positions up to the
 * sentence end). Features are the words at the boundary, the cue, and the distance.
 */
import type { Token } from '../doc/types.js';
import MODEL from './data/boundary-model.json' with { type: 'json' };

const W = new Map<string, number>(Object.entries((MODEL as { weights: Record<string, number> }).weights));
export const MAX_START_SHIFT = 6;

function norm(tokens: readonly Token[], i: number, a: number, b: number, pad: string): string {
  return i >= a && i < b ? tokens[i]!.norm : pad;
}

function bucket(n: number): string {
  return n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 10 ? '7-10' : n <= 20 ? '11-20' : '21+';
}

function cap(text: string, tokens: readonly Token[], i: number, a: number, b: number): string {
  if (i < a || i >= b) return '_';
  const t = tokens[i]!;
  if (t.kind !== 'word') return t.kind === 'number' ? '#' : 'P';
  const c = text[t.start]!;
  return c !== c.toLowerCase() ? 'C' : 'l';
}

/** Features of "content starts at token s" for the cue at token k. */
export function startFeatures(text: string, tokens: readonly Token[], k: number, s: number, a: number, b: number): string[] {
  const cue = tokens[k]!.norm;
  const w = norm(tokens, s, a, b, '</s>');
  const p = norm(tokens, s - 1, a, b, '<s>');
  const d = String(s - k);
  const f = [
    `S:d=${d}`, `S:w=${w}`, `S:p=${p}`, `S:pw=${p}|${w}`, `S:cd=${cue}|${d}`, `S:cw=${cue}|${w}`,
    `S:sh=${cap(text, tokens, s, a, b)}|${cap(text, tokens, s - 1, a, b)}`, `S:wd=${w}|${d}`,
  ];
  // The words skipped between the cue and the start: "told reporters", not "offered no proof".
  for (let x = k + 1; x < s; x++) f.push(`S:sk=${norm(tokens, x, a, b, '_')}`);
  f.push(`S:f=${norm(tokens, k + 1, a, b, '</s>')}|${d}`);
  return f;
}

/** Features of "content ends before token e" (content is tokens [s, e)). */
export function endFeatures(text: string, tokens: readonly Token[], k: number, s: number, e: number, last: number, a: number, b: number): string[] {
  const cue = tokens[k]!.norm;
  const prev = norm(tokens, e - 1, a, b, '<s>');
  const next = e > last ? '</s>' : norm(tokens, e, a, b, '</s>');
  const next2 = e + 1 > last ? '</s>' : norm(tokens, e + 1, a, b, '</s>');
  const len = bucket(e - s);
  const next3 = e + 2 > last ? '</s>' : norm(tokens, e + 2, a, b, '</s>');
  const s2 = next2.length > 3 ? next2.slice(-2) : next2;
  const rest = bucket(last + 1 - e);
  return [
    `E:p=${prev}`, `E:n=${next}`, `E:n2=${next2}`, `E:pn=${prev}|${next}`, `E:nn=${next}|${next2}`, `E:len=${len}`,
    `E:nl=${next}|${len}`, `E:cn=${cue}|${next}`, `E:end=${e > last}`, `E:sh=${cap(text, tokens, e, a, b)}|${cap(text, tokens, e + 1, a, b)}`,
    `E:nnn=${next}|${next2}|${next3}`, `E:n2s=${next}|${s2}`, `E:rest=${rest}`,
  ];
}

export function score(features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += W.get(f) ?? 0;
  return s;
}

/** Best content start in [k + 1, k + MAX_START_SHIFT] (never past `last`). */
export function bestStart(text: string, tokens: readonly Token[], k: number, last: number, a: number, b: number): number {
  let best = k + 1;
  let bestScore = -Infinity;
  for (let s = k + 1; s <= Math.min(last, k + MAX_START_SHIFT); s++) {
    const sc = score(startFeatures(text, tokens, k, s, a, b));
    if (sc > bestScore) {
      bestScore = sc;
      best = s;
    }
  }
  return best;
}

/** Best content end (exclusive token index) in (s, last + 1]. */
export function bestEnd(text: string, tokens: readonly Token[], k: number, s: number, last: number, a: number, b: number): number {
  let best = last + 1;
  let bestScore = -Infinity;
  for (const e of endCandidates(tokens, s, last)) {
    const sc = score(endFeatures(text, tokens, k, s, e, last, a, b));
    if (sc > bestScore) {
      bestScore = sc;
      best = e;
    }
  }
  return best;
}

/** Candidate content ends (exclusive token indexes) for content starting at `s`. */
export function endCandidates(tokens: readonly Token[], s: number, last: number): number[] {
  const out: number[] = [];
  for (let e = s + 1; e <= last + 1; e++) if (e > last || mayEndBefore(tokens[e]!)) out.push(e);
  return out;
}

/** Content usually ends before punctuation or a clause word; other positions are not scored. */
const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'when', 'because', 'after', 'before', 'while', 'as', 'then', 'which', 'who', 'if', 'since', 'although', 'though', 'saying', 'adding', 'to', 'for', 'in', 'at', 'on', 'with', 'during', 'despite', 'amid', 'by', 'from', 'until', 'where', 'so', 'than', 'that', 'according', 'even', 'including', 'over', 'about', 'against', 'without', 'into', 'through', 'under', 'after']);
function mayEndBefore(t: Token): boolean {
  return t.kind === 'punct' || t.kind === 'symbol' || CLAUSE_WORDS.has(t.norm);
}
