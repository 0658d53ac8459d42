/**
 * The same-story score: the probability that two articles retell one source report, from a
 * logistic model over a few named measurements of what their fingerprints share.
 *
 * Each anchor family is compared on its own, weighted by how rare its anchors are in the corpus
 * (idf): names, name skeletons, numbers, dates and cited sources cross languages; quotes, content
 * terms and lead terms are compared within one language only. Two more measurements: how much
 * rare evidence the pair shares in all, and — when both are dated, at whatever precision — how
 * many days apart they were published. A missing date is no evidence either way.
 *
 * The weights (data/score-model.ts) are fitted by scripts/fit-story-score.ts on labelled real
 * pages and the fictional sample, with cross-validation split by story (docs/stories.md).
 */
import { anchorType, type Fingerprint } from './fingerprint.js';
import { SCORE_MODEL } from './data/score-model.js';
import { dateInterval, type DateInterval } from '../article/date.js';

/** Weight of each anchor family in the shared-evidence mass and in candidate ranking. */
export const FAMILY_WEIGHT: Record<string, number> = { n: 1, w: 0.7, k: 0.5, '#': 1.2, d: 0.8, s: 1, q: 1.5, t: 0.6, h: 0.8, y: 0.3 };
/** An anchor no corpus holds; `idf` must give it the largest weight. */
const UNSEEN = '\u0000unseen';

/** The measurements the model weighs, in the order of SCORE_MODEL.weights. */
export const FEATURES = [
  'bias', 'sameLang', 'names', 'skeletons', 'numbers', 'numbersAgree', 'dates', 'sources', 'quotes', 'terms', 'lead', 'evidence', 'daysApart',
  // Across languages the facts must carry the decision alone; within one language, shared facts
  // without shared wording are as likely an independent report of the same event. So the facts
  // get their own weights across languages.
  'namesAcross', 'skeletonsAcross', 'numbersAcross', 'evidenceAcross',
] as const;
export type FeatureName = (typeof FEATURES)[number];

/** Which families each overlap measurement reads, and whether it needs one language. */
const OVERLAPS: ReadonlyArray<{ name: FeatureName; families: readonly string[]; sameLangOnly: boolean }> = [
  { name: 'names', families: ['n', 'w'], sameLangOnly: false },
  { name: 'skeletons', families: ['k'], sameLangOnly: false },
  { name: 'numbers', families: ['#'], sameLangOnly: false },
  { name: 'dates', families: ['d', 'y'], sameLangOnly: false },
  { name: 'sources', families: ['s'], sameLangOnly: true },
  { name: 'quotes', families: ['q'], sameLangOnly: true },
  { name: 'terms', families: ['t'], sameLangOnly: true },
  { name: 'lead', families: ['h'], sameLangOnly: true },
];
const FAMILY_FEATURE = new Map<string, { index: number; sameLangOnly: boolean }>();
/** Position of each measurement in the vector (looked up once, not per pair). */
const AT = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<FeatureName, number>;
for (const o of OVERLAPS) for (const f of o.families) FAMILY_FEATURE.set(f, { index: AT[o.name], sameLangOnly: o.sameLangOnly });

/** Measurements moved to their cross-language twin when the pair is in two languages. */
const ACROSS: ReadonlyArray<[number, number]> = (['names', 'skeletons', 'numbers', 'evidence'] as const).map((f) => [AT[f], AT[`${f}Across`]]);

export interface ScoreDetail {
  probability: number;
  /** The measurements, by name (see FEATURES). */
  features: Record<FeatureName, number>;
  /** Shared evidence: the idf-weighted mass of the shared anchors, in units of a never-seen anchor. */
  evidence: number;
  /** Days between the two publication dates (0 when they overlap at their precision), or null. */
  daysApart: number | null;
  shared: string[];
}

/** The measurements for a pair, as a vector in FEATURES order, with what they shared. */
export function pairFeatures(a: Fingerprint, b: Fingerprint, idf: (anchor: string) => number): { x: number[]; shared: string[]; evidence: number; daysApart: number | null } {
  const sameLang = a.lang === b.lang;
  const x = new Array<number>(FEATURES.length).fill(0);
  x[0] = 1;
  x[1] = sameLang ? 1 : 0;
  const n = FEATURES.length;
  const massA = new Array<number>(n).fill(0);
  const massB = new Array<number>(n).fill(0);
  const sharedMass = new Array<number>(n).fill(0);
  const setB = new Set(b.anchors);
  const shared: string[] = [];
  let evidenceMass = 0;
  const idfMax = Math.max(1e-9, idf(UNSEEN));
  for (const anchor of a.anchors) {
    const fam = anchorType(anchor);
    const f = FAMILY_FEATURE.get(fam);
    if (!f || (f.sameLangOnly && !sameLang)) continue;
    const w = idf(anchor);
    massA[f.index]! += w;
    if (setB.has(anchor)) {
      sharedMass[f.index]! += w;
      evidenceMass += (FAMILY_WEIGHT[fam] ?? 0) * w;
      shared.push(anchor);
    }
  }
  for (const anchor of b.anchors) {
    const f = FAMILY_FEATURE.get(anchorType(anchor));
    if (!f || (f.sameLangOnly && !sameLang)) continue;
    massB[f.index]! += idf(anchor);
  }
  // Overlap coefficient per measurement: shared mass over the smaller side's mass (padding on
  // one side does not dilute it).
  for (const o of OVERLAPS) {
    const i = AT[o.name];
    const min = Math.min(massA[i]!, massB[i]!);
    x[i] = min > 0 ? sharedMass[i]! / min : 0;
  }
  const agree = agreement(a.anchors, setB, b.anchors, '#:');
  x[AT.numbersAgree] = agree === null ? 0 : agree - 0.5;
  const evidence = evidenceMass / idfMax;
  x[AT.evidence] = Math.log1p(evidence);
  const days = daysApart(a.anchors, b.anchors);
  x[AT.daysApart] = days === null ? 0 : Math.log1p(days);
  if (!sameLang) {
    for (const [from, to] of ACROSS) {
      x[to] = x[from]!;
      x[from] = 0;
    }
  }
  return { x, shared, evidence, daysApart: days };
}

export function scoreDetail(a: Fingerprint, b: Fingerprint, idf: (anchor: string) => number): ScoreDetail {
  const { x, shared, evidence, daysApart: days } = pairFeatures(a, b, idf);
  let z = 0;
  for (let i = 0; i < x.length; i++) z += SCORE_MODEL.weights[i]! * x[i]!;
  const features = Object.fromEntries(FEATURES.map((f, i) => [f, round(x[i]!)])) as Record<FeatureName, number>;
  return { probability: 1 / (1 + Math.exp(-z)), features, evidence, daysApart: days, shared };
}

/** Calibrated probability that two articles retell the same source report. */
export function sameStoryScore(a: Fingerprint, b: Fingerprint, idf: (anchor: string) => number): number {
  return scoreDetail(a, b, idf).probability;
}

/** Of the anchors with `prefix` that both sides have any of, the share that agree (by the smaller side). */
function agreement(aAnchors: readonly string[], setB: ReadonlySet<string>, bAnchors: readonly string[], prefix: string): number | null {
  let na = 0;
  let both = 0;
  for (const x of aAnchors) {
    if (!x.startsWith(prefix)) continue;
    na++;
    if (setB.has(x)) both++;
  }
  let nb = 0;
  for (const x of bAnchors) if (x.startsWith(prefix)) nb++;
  if (na === 0 || nb === 0) return null;
  return both / Math.min(na, nb);
}

const DAY = 86_400_000;

/** Whole days between two dates' intervals (0 when they overlap), or null when one is undated. */
function daysApart(a: readonly string[], b: readonly string[]): number | null {
  const ia = intervalOf(a);
  const ib = intervalOf(b);
  if (!ia || !ib) return null;
  const gap = Math.max(0, ia.start - ib.end, ib.start - ia.end);
  return Math.ceil(gap / DAY);
}

/** The `p:` anchor (the publication date at its precision) as an interval. */
function intervalOf(anchors: readonly string[]): DateInterval | undefined {
  for (const x of anchors) if (x.startsWith('p:')) return dateInterval(x.slice(2));
  return undefined;
}

/** Inverse document frequency with add-one smoothing: rare anchors weigh more. */
export function idfOf(df: number, n: number): number {
  return Math.log(1 + (n + 1) / (df + 1));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
