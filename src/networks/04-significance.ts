/**
 * Stage 4: which pairs co-publish beyond what their activity explains. Two paths make an edge:
 *
 * - **repeated** — at least `minRepeats` co-published stories, and the hypergeometric null "each
 *   domain picked its stories at random among the N stories in the store" gives
 *   P(overlap ≥ c | N, k_a, k_b) whose Benjamini–Hochberg q over all co-publishing pairs is at
 *   most alpha (the test of statistically validated networks for bipartite data, Tumminello et
 *   al. 2011). Very active outlets that meet on many stories because they cover everything get a
 *   large expected overlap and no edge.
 * - **rare** — at least one co-published story is rare (co-published by at most `rareShare` of
 *   the store's other domains), and the overlap is a real part of what both publish:
 *   c / √(k_a · k_b) ≥ minOverlap. In a store of a few hundred pages no single shared story can
 *   pass a test corrected for every pair, yet a rare story two small sites both carry is the
 *   evidence there is; the overlap bound keeps a busy outlet that meets a small site once (and the
 *   many random meetings of a large store) out, and stage 5 asks for repetition at the level of
 *   the network (`minStories`).
 *
 * p and q are reported for every pair (q = 1 when fewer than `minRepeats` stories were shared).
 */
import { benjaminiHochberg, hypergeometricTail, logFactorials } from './stats.js';
import type { PairTable } from './03-pairs.js';
import type { CopyTable } from './types.js';

export interface PairTest {
  /** Hypergeometric P(overlap ≥ c) of the pairs tested on the repeated path or made edges on the rare path (NaN for the others: `pValue` computes it). */
  p: Float64Array;
  q: Float64Array;
  overlap: Float64Array;
  significant: Uint8Array;
  /** 1 repeated, 2 rare, 0 not an edge. */
  basis: Uint8Array;
  tested: number;
  /** The p-value of pair k (computed on first use for the pairs that did not need one). */
  pValue(k: number): number;
}

export interface TestOptions {
  minRepeats: number;
  alpha: number;
  minOverlap: number;
}

export function testPairs(t: CopyTable, pairs: PairTable, o: TestOptions): PairTest {
  const N = t.storyIds.length;
  const lf = logFactorials(N);
  const m = pairs.a.length;
  const p = new Float64Array(m).fill(NaN);
  const overlap = new Float64Array(m);
  const tested: number[] = [];
  const pOf = (k: number): number => hypergeometricTail(lf, N, t.domainStories[pairs.a[k]!]!, t.domainStories[pairs.b[k]!]!, pairs.coordinated[k]!);
  for (let k = 0; k < m; k++) {
    const c = pairs.coordinated[k]!;
    overlap[k] = c / Math.sqrt(t.domainStories[pairs.a[k]!]! * t.domainStories[pairs.b[k]!]!);
    if (c >= o.minRepeats) {
      p[k] = pOf(k);
      tested.push(k);
    }
  }
  const qTested = benjaminiHochberg(
    tested.map((k) => p[k]!),
    m,
  );
  const q = new Float64Array(m).fill(1);
  const significant = new Uint8Array(m);
  const basis = new Uint8Array(m);
  tested.forEach((k, i) => {
    q[k] = qTested[i]!;
    if (qTested[i]! <= o.alpha) {
      significant[k] = 1;
      basis[k] = 1;
    }
  });
  for (let k = 0; k < m; k++) {
    if (significant[k] || pairs.rare[k]! < 1 || overlap[k]! < o.minOverlap) continue;
    significant[k] = 1;
    basis[k] = 2;
    if (Number.isNaN(p[k]!)) p[k] = pOf(k);
  }
  return { p, q, overlap, significant, basis, tested: tested.length, pValue: (k) => (Number.isNaN(p[k]!) ? (p[k] = pOf(k)) : p[k]!) };
}
