/**
 * The same-story score: a calibrated probability that two articles retell one source report.
 *
 * Evidence, each weighted by how rare its anchors are in the corpus (idf):
 *   overlap  — weighted overlap coefficient of the anchors both could share (names, numbers,
 *              dates, sources; plus quotes and terms when both are in one language);
 *   evidence — the idf-weighted mass of the shared anchors, in units of one never-seen anchor
 *              (a long shared list of rare anchors is strong evidence even when one article is
 *              much longer);
 *   numbers  — of the numbers both give, how many agree (different figures → different reports;
 *              weighted less across languages);
 *   sources  — of the sources both cite, how many agree (independent reporting cites others;
 *              same-language pairs only).
 * combined by a logistic function whose weights are set in SCORE_WEIGHTS (see docs/stories.md).
 */
import { anchorType, type Fingerprint } from './fingerprint.js';

/** Weight of each anchor family in the overlap. */
export const FAMILY_WEIGHT: Record<string, number> = { n: 1, w: 0.7, '#': 1.2, d: 0.8, s: 1, q: 1.5, t: 0.6, y: 0.3 };
/** An anchor no corpus holds; `idf` must give it the largest weight. */
const UNSEEN = '\u0000unseen';
/** Families that survive translation. */
const CROSS_LINGUAL = new Set(['n', 'w', '#', 'd', 's', 'y']);

/**
 * Logistic weights: z = bias + overlap·w + ln(1 + evidence)·w + (numbers − ½)·w + (sources − ½)·w.
 * Across languages fewer families can match, so the same story shows less evidence: the bias is
 * one unit lower there (biasAcross) and figures weigh half.
 */
export const SCORE_WEIGHTS = { bias: -5, biasAcross: -4, overlap: 2, evidence: 1.6, numbers: 3, numbersAcross: 1.5, sources: 4 };

export interface ScoreDetail {
  probability: number;
  overlap: number;
  /** Shared evidence: the idf-weighted mass of the shared anchors, in units of a never-seen anchor. */
  evidence: number;
  /** Share of agreeing numbers, or null when one side gives none. */
  numbers: number | null;
  sources: number | null;
  shared: string[];
}

export function scoreDetail(a: Fingerprint, b: Fingerprint, idf: (anchor: string) => number): ScoreDetail {
  const sameLang = a.lang === b.lang;
  const usable = (x: string): boolean => {
    const t = anchorType(x);
    return FAMILY_WEIGHT[t] !== undefined && (sameLang || CROSS_LINGUAL.has(t));
  };
  const setB = new Set(b.anchors);
  let massA = 0;
  let massB = 0;
  let shared = 0;
  const sharedList: string[] = [];
  const w = (x: string): number => (FAMILY_WEIGHT[anchorType(x)] ?? 0) * idf(x);
  // The weight of an anchor seen nowhere else: evidence is counted in such units, so that the
  // score does not drift with corpus size (idf grows with log N).
  const idfMax = Math.max(1e-9, idf(UNSEEN));
  for (const x of a.anchors) {
    if (!usable(x)) continue;
    const wx = w(x);
    massA += wx;
    if (setB.has(x)) {
      shared += wx;
      sharedList.push(x);
    }
  }
  for (const x of b.anchors) if (usable(x)) massB += w(x);
  const overlap = Math.min(massA, massB) > 0 ? shared / Math.min(massA, massB) : 0;
  // Source names are compared within one language only (translation rewrites "Минобороны" as
  // "Ministry of Defense"); figures count less across languages ("1 500" vs "1,500", rounding).
  const numbers = agreement(a.anchors, setB, b.anchors, '#:');
  const sources = sameLang ? agreement(a.anchors, setB, b.anchors, 's:') : null;
  const k = SCORE_WEIGHTS;
  const z =
    (sameLang ? k.bias : k.biasAcross) +
    k.overlap * overlap +
    k.evidence * Math.log1p(shared / idfMax) +
    (numbers === null ? 0 : (sameLang ? k.numbers : k.numbersAcross) * (numbers - 0.5)) +
    (sources === null ? 0 : k.sources * (sources - 0.5));
  return { probability: 1 / (1 + Math.exp(-z)), overlap, evidence: shared / idfMax, numbers, sources, shared: sharedList };
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

/** Inverse document frequency with add-one smoothing: rare anchors weigh more. */
export function idfOf(df: number, n: number): number {
  return Math.log(1 + (n + 1) / (df + 1));
}
