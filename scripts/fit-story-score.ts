/**
 * Fits the same-story model (src/stories/score.ts) on labelled corpora and measures it by
 * cross-validation split by story.
 *
 *   node --import tsx scripts/fit-story-score.ts [--write] [--folds 5] [corpus folders…]
 *
 * Default corpora: ../shared/data/netcorpus-dev (real pages) and samples/corpus (the fictional
 * sample: it holds the translations that teach the cross-language weights). Every pair of articles in a corpus
 * is a training example (same gold story or not) described by `pairFeatures`, with idf from the
 * whole corpus. A logistic regression (L2, gradient descent) gives the weights; the join
 * threshold is the one whose incremental clustering (arrival order as in `sift eval stories`,
 * several seeds) scores best on the training stories.
 *
 * Cross-validation: stories (with the independent reports of their event) are dealt into folds;
 * each fold's model is fitted on the other folds' pairs (and every other corpus given, whole), the
 * whole corpus is clustered with it, and the held-out fold's articles are
 * scored (B-cubed and pairwise, counting merges with any other article). Reported per fold and
 * pooled. `--write` stores the model fitted on everything in src/stories/data/score-model.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { corpusArticle } from '../src/corpus/article.js';
import { loadCorpus } from '../src/corpus/load.js';
import { publicationOrder } from '../src/corpus/order.js';
import type { Corpus } from '../src/corpus/types.js';
import { fingerprint, type Fingerprint } from '../src/stories/fingerprint.js';
import { FEATURES, idfOf, pairFeatures } from '../src/stories/score.js';
import { bestStory } from '../src/stories/match.js';
import { REPO_ROOT } from '../test/shared.js';

const args = process.argv.slice(2);
const write = args.includes('--write');
const foldsArg = args.indexOf('--folds');
const K = foldsArg >= 0 ? Number(args[foldsArg + 1]) : 5;
const folders = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--folds');
if (folders.length === 0) folders.push(join(REPO_ROOT, '..', 'shared', 'data', 'netcorpus-dev'), join(REPO_ROOT, 'samples', 'corpus'));
const SEEDS = [1, 2, 3];
const THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
const L2 = 0.01;

interface Prepared {
  corpus: Corpus;
  ids: string[];
  fps: Map<string, Fingerprint>;
  gold: Map<string, string>;
  group: Map<string, string>;
}

function prepare(folder: string): Prepared {
  const corpus = loadCorpus(folder);
  const fps = new Map<string, Fingerprint>();
  const gold = new Map<string, string>();
  const group = new Map<string, string>();
  for (const a of corpus.articles) {
    fps.set(a.id, fingerprint(analyze(corpusArticle(corpus, a))));
    const l = corpus.labels.articles[a.id]!;
    gold.set(a.id, l.story);
    group.set(a.id, l.event ?? l.story);
  }
  return { corpus, ids: corpus.articles.map((a) => a.id), fps, gold, group };
}

function idfFor(p: Prepared, ids: readonly string[]): (x: string) => number {
  const df = new Map<string, number>();
  for (const id of ids) for (const x of p.fps.get(id)!.anchors) df.set(x, (df.get(x) ?? 0) + 1);
  return (x) => idfOf(df.get(x) ?? 0, ids.length);
}

/** Training pairs among `ids` (all of them; both orders are the same example). */
function examples(p: Prepared, ids: readonly string[]): { X: number[][]; y: number[] } {
  const idf = idfFor(p, p.ids);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = 0; j < i; j++) {
      X.push(pairFeatures(p.fps.get(ids[i]!)!, p.fps.get(ids[j]!)!, idf).x);
      y.push(p.gold.get(ids[i]!) === p.gold.get(ids[j]!) ? 1 : 0);
    }
  }
  return { X, y };
}

/** Logistic regression by Newton's method (IRLS) with a small L2 penalty (bias not penalised). */
function fitLogistic(X: number[][], y: number[]): number[] {
  const d = X[0]!.length;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < 30; it++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let n = 0; n < X.length; n++) {
      const x = X[n]!;
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k]! * x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const e = p - y[n]!;
      const s = Math.max(p * (1 - p), 1e-9);
      for (let k = 0; k < d; k++) {
        g[k]! += e * x[k]!;
        for (let l = 0; l <= k; l++) H[k]![l]! += s * x[k]! * x[l]!;
      }
    }
    for (let k = 0; k < d; k++) {
      for (let l = 0; l < k; l++) H[l]![k] = H[k]![l]!;
      if (k > 0) {
        g[k]! += L2 * X.length * 1e-3 * w[k]!;
        H[k]![k]! += L2 * X.length * 1e-3;
      }
      H[k]![k]! += 1e-9;
    }
    const step = solve(H, g);
    w = w.map((v, k) => v - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w;
}

/** Solves A x = b by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}

/** Incremental clustering in arrival order, as the store's matcher does (all earlier articles are candidates). */
function cluster(p: Prepared, w: readonly number[], threshold: number, seed: number): Map<string, string> {
  const df = new Map<string, number>();
  const seen: string[] = [];
  const story = new Map<string, string>();
  for (const a of publicationOrder(p.corpus.articles, seed)) {
    const fp = p.fps.get(a.id)!;
    const n = seen.length;
    const idf = (x: string): number => idfOf(df.get(x) ?? 0, n + 1);
    const scored = seen.map((o) => {
      const { x } = pairFeatures(fp, p.fps.get(o)!, idf);
      let z = 0;
      for (let k = 0; k < x.length; k++) z += w[k]! * x[k]!;
      return { storyId: story.get(o)!, probability: 1 / (1 + Math.exp(-z)) };
    });
    const best = bestStory(scored);
    story.set(a.id, best && best.probability >= threshold ? best.storyId : a.id);
    for (const x of fp.anchors) df.set(x, (df.get(x) ?? 0) + 1);
    seen.push(a.id);
  }
  return story;
}

interface Tally {
  p: number;
  r: number;
  items: number;
  tp: number;
  predLinks: number;
  goldLinks: number;
  mixed: number;
}
const empty = (): Tally => ({ p: 0, r: 0, items: 0, tp: 0, predLinks: 0, goldLinks: 0, mixed: 0 });

/** B-cubed and pairwise over `scored` items, counting any other article in their predicted story. */
function tally(p: Prepared, pred: Map<string, string>, scored: ReadonlySet<string>, t: Tally = empty()): Tally {
  const members = new Map<string, string[]>();
  for (const [id, c] of pred) (members.get(c) ?? members.set(c, []).get(c)!).push(id);
  const goldSize = new Map<string, number>();
  for (const id of p.ids) goldSize.set(p.gold.get(id)!, (goldSize.get(p.gold.get(id)!) ?? 0) + 1);
  for (const id of scored) {
    const m = members.get(pred.get(id)!)!;
    const same = m.filter((o) => p.gold.get(o) === p.gold.get(id)).length;
    t.p += same / m.length;
    t.r += same / goldSize.get(p.gold.get(id)!)!;
    t.items++;
    for (const o of m) {
      if (o === id) continue;
      // Each link counted once: from its scored end with the smaller id, or from the only scored end.
      if (scored.has(o) && o < id) continue;
      t.predLinks++;
      if (p.gold.get(o) === p.gold.get(id)) t.tp++;
    }
  }
  const seenGold = new Set<string>();
  for (const id of scored) {
    const g = p.gold.get(id)!;
    if (seenGold.has(g)) continue;
    seenGold.add(g);
    const k = goldSize.get(g)!;
    t.goldLinks += (k * (k - 1)) / 2;
  }
  for (const m of members.values()) {
    if (!m.some((id) => scored.has(id))) continue;
    if (new Set(m.map((id) => p.gold.get(id))).size > 1) t.mixed++;
  }
  return t;
}

function summary(t: Tally): { bcubed: number; bP: number; bR: number; pairF1: number; pairP: number; pairR: number; mixed: number } {
  const bP = t.p / t.items;
  const bR = t.r / t.items;
  const pairP = t.predLinks ? t.tp / t.predLinks : 0;
  const pairR = t.goldLinks ? t.tp / t.goldLinks : 0;
  return { bcubed: (2 * bP * bR) / (bP + bR), bP, bR, pairF1: pairP + pairR ? (2 * pairP * pairR) / (pairP + pairR) : 0, pairP, pairR, mixed: t.mixed };
}

function chooseThreshold(p: Prepared, w: readonly number[], scored: ReadonlySet<string>): number {
  let best = THRESHOLDS[0]!;
  let bestScore = -1;
  for (const th of THRESHOLDS) {
    const t = empty();
    for (const seed of SEEDS) tally(p, cluster(p, w, th, seed), scored, t);
    const s = summary(t);
    const score = s.bcubed + s.pairF1;
    if (score > bestScore) {
      bestScore = score;
      best = th;
    }
  }
  return best;
}

/** Held-out gold stories split across predicted stories, and predicted stories mixing gold ones. */
function printErrors(p: Prepared, pred: Map<string, string>, scored: ReadonlySet<string>): void {
  const members = new Map<string, string[]>();
  for (const [id, c] of pred) (members.get(c) ?? members.set(c, []).get(c)!).push(id);
  const byGold = new Map<string, string[]>();
  for (const id of scored) (byGold.get(p.gold.get(id)!) ?? byGold.set(p.gold.get(id)!, []).get(p.gold.get(id)!)!).push(id);
  for (const [g, ids] of byGold) {
    const parts = new Set(ids.map((id) => pred.get(id)));
    if (parts.size > 1) console.log(`    split ${g}: ${[...parts].map((c) => ids.filter((id) => pred.get(id) === c).join('+')).join(' | ')}`);
  }
  for (const m of members.values()) {
    if (!m.some((id) => scored.has(id)) || new Set(m.map((id) => p.gold.get(id))).size < 2) continue;
    console.log(`    mixed: ${m.map((id) => `${id}(${p.gold.get(id)!.slice(0, 18)})`).join(' ')}`);
  }
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const fmt = (x: number): string => x.toFixed(3);
const line = (s: ReturnType<typeof summary>): string =>
  `B-cubed ${fmt(s.bcubed)} (P ${fmt(s.bP)} R ${fmt(s.bR)})  pairwise ${fmt(s.pairF1)} (P ${fmt(s.pairP)} R ${fmt(s.pairR)})  mixed ${s.mixed}`;

const prepared = folders.map(prepare);
for (const p of prepared) {
  // Folds by story group (labelled stories round-robin in sorted order so each fold has some;
  // other groups by hash).
  const groups = [...new Set(p.ids.map((id) => p.group.get(id)!))].sort();
  const hasCopies = new Set(p.ids.filter((id) => p.corpus.labels.stories[p.gold.get(id)!]?.kind === 'rewrite').map((id) => p.group.get(id)!));
  const labelled = groups.filter((g) => hasCopies.has(g));
  const foldOf = new Map<string, number>();
  labelled.forEach((g, i) => foldOf.set(g, i % K));
  for (const g of groups) if (!foldOf.has(g)) foldOf.set(g, hash(g) % K);
  const pooled = empty();
  console.log(`${p.corpus.folder}: ${p.ids.length} articles, ${labelled.length} labelled stories, ${K} folds by story`);
  for (let f = 0; f < K; f++) {
    const test = new Set(p.ids.filter((id) => foldOf.get(p.group.get(id)!) === f));
    const train = p.ids.filter((id) => !test.has(id));
    // Trained on the other folds and on every other corpus whole, as the shipped model is.
    const parts = [examples(p, train), ...prepared.filter((o) => o !== p).map((o) => examples(o, o.ids))];
    const w = fitLogistic(
      parts.flatMap((e) => e.X),
      parts.flatMap((e) => e.y),
    );
    const th = chooseThreshold(p, w, new Set(train));
    const t = empty();
    for (const seed of SEEDS) tally(p, cluster(p, w, th, seed), test, t);
    for (const seed of SEEDS) tally(p, cluster(p, w, th, seed), test, pooled);
    console.log(`  fold ${f}: ${test.size} held out, threshold ${th}: ${line(summary(t))}`);
    if (args.includes('--errors')) printErrors(p, cluster(p, w, th, 1), test);
  }
  console.log(`  cross-validated (pooled over folds and ${SEEDS.length} arrival orders): ${line(summary(pooled))}`);
}

// The shipped model: fitted on every corpus given, threshold chosen on them all.
const all = prepared.map((p) => examples(p, p.ids));
const w = fitLogistic(
  all.flatMap((e) => e.X),
  all.flatMap((e) => e.y),
);
let bestTh = THRESHOLDS[0]!;
let bestScore = -1;
for (const th of THRESHOLDS) {
  let score = 0;
  for (const p of prepared) {
    const t = empty();
    for (const seed of SEEDS) tally(p, cluster(p, w, th, seed), new Set(p.ids), t);
    const s = summary(t);
    score += s.bcubed + s.pairF1;
  }
  if (score > bestScore) {
    bestScore = score;
    bestTh = th;
  }
}
console.log(`\nmodel fitted on all: threshold ${bestTh}`);
for (const [i, f] of FEATURES.entries()) console.log(`  ${f.padEnd(14)} ${w[i]!.toFixed(3)}`);
for (const p of prepared) {
  const t = empty();
  for (const seed of SEEDS) tally(p, cluster(p, w, bestTh, seed), new Set(p.ids), t);
  console.log(`  in-sample on ${p.corpus.folder}: ${line(summary(t))}`);
}
if (write) {
  const file = join(REPO_ROOT, 'src', 'stories', 'data', 'score-model.ts');
  const body = `/**
 * Weights of the same-story model (src/stories/score.ts), in the order of FEATURES, and the
 * probability at which an article joins a story. Written by scripts/fit-story-score.ts on
 * ${prepared.map((p) => p.corpus.folder.split('/').slice(-2).join('/')).join(', ')}; see docs/stories.md
 * for the cross-validation and the numbers.
 */
export const SCORE_MODEL = {
  features: [${FEATURES.map((f) => `'${f}'`).join(', ')}],
  weights: [${w.map((x) => x.toFixed(4)).join(', ')}],
  threshold: ${bestTh},
} as const;
`;
  writeFileSync(file, body);
  console.log(`wrote ${file}`);
}
