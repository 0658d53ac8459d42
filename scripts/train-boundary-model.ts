/**
 * Trains the content-boundary rankers (src/attribution/boundary-model.ts) on the PolNeAR *train*
 * split: for gold relations whose content follows its cue in the same sentence, learn which token
 * the content starts at and which it ends before. Writes src/attribution/data/boundary-model.json.
 *
 *   node --import tsx scripts/train-boundary-model.ts [polnear-folder]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributionRelations, parseBrat } from '../src/eval/brat.js';
import { endCandidates, endFeatures, MAX_START_SHIFT, startFeatures } from '../src/attribution/boundary-model.js';
import { splitSentences } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokens.js';

const folder = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'polnear');
const EPOCHS = 8;
const AUX = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'also', 'not', 'did', 'does', 'do']);
const TRIM = /^[\s.,;:“”"‘’']+$/;

/** One ranking problem: candidate feature lists and the index of the gold candidate. */
interface Problem { cands: string[][]; gold: number; kind: 'start' | 'end' }

function problemsOf(split: string): Problem[] {
const problems: Problem[] = [];
const seen = new Set<string>();
for (const ann of readdirSync(join(split, 'attributions')).sort()) {
  const base = ann.replace(/_[^_]+\.ann$/, '');
  if (seen.has(base)) continue;
  seen.add(base);
  const text = readFileSync(join(split, 'text', `${base}.txt`), 'utf8');
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  for (const rel of attributionRelations(parseBrat(readFileSync(join(split, 'attributions', ann), 'utf8'))).relations) {
    if (rel.content.length !== 1 || rel.cue.length !== 1) continue;
    const cue = rel.cue[0]!;
    const content = rel.content[0]!;
    if (content.start < cue.end) continue;
    const sent = sentences.find((x) => x.start <= cue.start && content.end <= x.end);
    if (!sent) continue;
    const a = tokens.findIndex((t) => t.start >= sent.start);
    let b = a;
    while (b < tokens.length && tokens[b]!.end <= sent.end) b++;
    const k = tokens.findIndex((t) => t.start >= cue.start && t.end <= cue.end && t.kind === 'word' && !AUX.has(t.norm) && !t.norm.endsWith('ly'));
    if (k < 0) continue;
    const s = tokens.findIndex((t, i) => i > k && t.start >= content.start && !TRIM.test(t.norm));
    let e = s;
    while (e < b && tokens[e]!.end <= content.end) e++;
    while (e > s && TRIM.test(tokens[e - 1]!.norm)) e--;
    if (s < 0 || e <= s) continue;
    let last = b - 1;
    while (last > k && /^[.!?…]$/.test(tokens[last]!.norm)) last--;
    if (e > last + 1) e = last + 1;
    if (s - k <= MAX_START_SHIFT && s <= last) {
      const cands: string[][] = [];
      for (let x = k + 1; x <= Math.min(last, k + MAX_START_SHIFT); x++) cands.push(startFeatures(text, tokens, k, x, a, b));
      problems.push({ cands, gold: s - (k + 1), kind: 'start' });
    }
    // The same candidate ends as at inference; a gold end outside them cannot be learned.
    const ends = endCandidates(tokens, s, last);
    const gold = ends.indexOf(e);
    if (gold >= 0) problems.push({ cands: ends.map((x) => endFeatures(text, tokens, k, s, x, last, a, b)), gold, kind: 'end' });
  }
}
return problems;
}
const problems = problemsOf(join(folder, 'data', 'train'));

const w = new Map<string, number>();
const total = new Map<string, number>();
const stamp = new Map<string, number>();
let c = 1;
let seed = 7;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const sc = (f: string[]): number => f.reduce((n, x) => n + (w.get(x) ?? 0), 0);
const bump = (f: string[], by: number): void => {
  for (const x of f) {
    const old = w.get(x) ?? 0;
    total.set(x, (total.get(x) ?? 0) + (c - (stamp.get(x) ?? 0)) * old);
    stamp.set(x, c);
    w.set(x, old + by);
  }
};
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = problems.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [problems[i], problems[j]] = [problems[j]!, problems[i]!];
  }
  let errors = 0;
  for (const p of problems) {
    let best = 0;
    let bestScore = -Infinity;
    p.cands.forEach((f, i) => {
      const s = sc(f);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    if (best !== p.gold) {
      errors++;
      bump(p.cands[p.gold]!, 1);
      bump(p.cands[best]!, -1);
    }
    c++;
  }
  process.stdout.write(`epoch ${epoch + 1}: ${errors} errors / ${problems.length}\n`);
}
const weights: Record<string, number> = {};
for (const [f, v] of w) {
  const avg = ((total.get(f) ?? 0) + (c - (stamp.get(f) ?? 0)) * v) / c;
  if (Math.abs(avg) >= 0.01) weights[f] = Math.round(avg * 1000) / 1000;
}
// Ranking accuracy on dev (gold start given for the end ranker): the number to compare feature sets by.
const best = (p: Problem): number => {
  let bi = 0;
  let bs = -Infinity;
  p.cands.forEach((f, i) => {
    const v = f.reduce((n, x) => n + (weights[x] ?? 0), 0);
    if (v > bs) {
      bs = v;
      bi = i;
    }
  });
  return bi;
};
for (const kind of ['start', 'end'] as const) {
  const dev = problemsOf(join(folder, 'data', 'dev')).filter((p) => p.kind === kind);
  const right = dev.filter((p) => best(p) === p.gold).length;
  process.stdout.write(`dev ${kind}: ${right} / ${dev.length} = ${(right / dev.length).toFixed(3)}\n`);
}
const target = join(import.meta.dirname, '..', 'src', 'attribution', 'data', 'boundary-model.json');
writeFileSync(target, `${JSON.stringify({ source: 'PolNeAR v1.0.0 train split, averaged perceptron rankers', epochs: EPOCHS, weights })}\n`);
process.stdout.write(`${Object.keys(weights).length} weights → ${target}\n`);
